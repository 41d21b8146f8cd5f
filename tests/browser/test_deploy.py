"""The app started as an operator starts it: from another folder, with a public address."""

from __future__ import annotations

import re
import urllib.request
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, Route, expect

from devtools.browser import CHROMIUM, CHROMIUM_ARGS, new_context
from devtools.server import Server
from scoring.model import Questionnaire
from scoring.results import new_result
from scoring.store import Store
from tests.browser.conftest import wait_idle
from tests.conftest import ROOT

PUBLIC = "https://sjalvskattning.example.se"


@pytest.fixture(scope="module")
def outside(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    folder = tmp_path_factory.mktemp("elsewhere")
    server = Server(
        folder / "outside.db",
        cwd=folder,
        script=str(ROOT / "app.py"),
        env={"SJALVSKATTNING_PUBLIC_URL": PUBLIC},
    )
    server.start()  # returns once /_stcore/health answers
    yield server
    server.stop()


def test_started_from_another_folder_the_app_is_healthy_and_its_round_links_use_the_public_address(
    outside: Server, context: BrowserContext
) -> None:
    with urllib.request.urlopen(f"{outside.url}/_stcore/health", timeout=10) as response:
        assert response.status == 200 and response.read().decode().strip() == "ok"
    page = context.new_page()
    page.goto(f"{outside.url}/runda")
    # No sign-in and listening on 127.0.0.1: the app runs, and says it is for this computer only.
    expect(page.get_by_text("Utan inloggning: appen svarar bara på den här datorn.")).to_be_visible()
    page.get_by_label("Organisation (kommun eller region)").fill("Utanförkommun")
    page.get_by_role("button", name="Starta rundan").click()
    codes = page.locator("[data-testid=stCode] code")
    expect(codes).to_have_count(2)
    assert codes.nth(0).inner_text().strip().startswith(f"{PUBLIC}/runda?svar=")
    assert codes.nth(1).inner_text().strip().startswith(f"{PUBLIC}/runda?leda=")
    expect(page.get_by_text("SJALVSKATTNING_PUBLIC_URL", exact=False)).to_have_count(0)
    wait_idle(page)
    assert Path(outside.db).exists()


def _documented_policy() -> str:
    """The Content-Security-Policy docs/deploy.md gives, the same for Caddy and nginx."""
    text = (ROOT / "docs" / "deploy.md").read_text(encoding="utf-8")
    caddy = re.findall(r'Content-Security-Policy "([^"]+)"', text)
    nginx = re.findall(r'add_header Content-Security-Policy "([^"]+)" always;', text)
    assert caddy and nginx and set(caddy) == set(nginx), "Caddy and nginx must send the same policy"
    return caddy[0]


LNA_OFF = "--disable-features=LocalNetworkAccessChecks,BlockInsecurePrivateNetworkRequests"
CSP_WATCH_JS = """
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation',
    (e) => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));
"""


@pytest.fixture
def proxied(browser: Browser) -> Iterator[BrowserContext]:
    """A context whose pages get the proxy's headers on every document.

    A document answered by Playwright has no network address, so chromium's
    local-network checks would refuse its websocket to 127.0.0.1; a proxy in
    front of the app has no such problem, so those checks are off here.
    """
    own = browser.browser_type.launch(executable_path=CHROMIUM, args=[*CHROMIUM_ARGS, LNA_OFF])
    context = new_context(own)
    yield context
    context.close()
    own.close()


def test_the_documented_security_headers_leave_the_app_and_its_charts_working(
    outside: Server, proxied: BrowserContext, questionnaire: Questionnaire
) -> None:
    context = proxied
    store = Store(outside.db)
    for day, value in ((1, 2), (2, 4)):
        answers = {item.id: value for item in questionnaire.items}
        when = datetime(2026, 3, day, 9, tzinfo=UTC)
        store.save_run(new_result(questionnaire, answers, "Rubrikkommun", "politician", when), questionnaire)
    headers = {
        "content-security-policy": _documented_policy(),
        "x-frame-options": "DENY",
        "referrer-policy": "no-referrer",
    }

    def as_the_proxy_sends_it(route: Route) -> None:
        if route.request.resource_type != "document":
            route.continue_()
            return
        response = route.fetch()
        # The body comes decoded: drop the encoding headers that described the compressed one.
        kept = {k: v for k, v in response.headers.items() if k not in ("content-encoding", "content-length")}
        route.fulfill(response=response, headers={**kept, **headers})

    context.add_init_script(CSP_WATCH_JS)
    context.route("**/*", as_the_proxy_sends_it)
    page = context.new_page()
    page.goto(f"{outside.url}/historik")
    expect(page.get_by_role("combobox", name="Organisation (kommun eller region)")).to_have_value(
        "Rubrikkommun"
    )
    expect(
        page.locator("[data-testid=stVegaLiteChart] canvas, [data-testid=stVegaLiteChart] svg").first
    ).to_be_visible()
    expect(page.get_by_test_id("stTable").first).to_be_visible()
    wait_idle(page)
    violations = page.evaluate("window.__cspViolations")
    # The tab icon (page_icon=":material/...") comes from fonts.gstatic.com; the policy keeps
    # browsers from calling Google, so that one image is refused on purpose.
    assert [v for v in violations if "fonts.gstatic.com" not in v] == []
