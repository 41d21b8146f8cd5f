"""Sign-in for real: a local OpenID Connect provider, the app with an [auth] section, chromium.

The provider (oidc-provider-mock) and the app are started here, on free ports.
The secrets file is a temporary one passed with --secrets.files, so the
repository's own .streamlit/ is never touched while other tests run. The
browser opens the app on `localhost`, the host of redirect_uri: Streamlit's
callback checks that the two agree.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect

from devtools import oidc
from devtools.oidc import Provider
from devtools.server import Server
from scoring.model import Questionnaire
from scoring.results import dump_result, new_result
from scoring.store import Store
from scoring.store.rounds import Rounds
from tests.browser.conftest import nav_titles, new_context, open_nav, wait_for_app, wait_idle

USERS = {
    "anna": {"email": "anna@lund.se", "name": "Anna Lund"},
    "hans": {"email": "hans@helsingborg.se", "name": "Hans Helsingborg"},
    "eva": {"email": "eva@lund.se.example.com", "name": "Eva Annanstans"},
}
ORGANISATIONS = "lund.se=Lunds kommun;helsingborg.se=Helsingborgs stad"


@pytest.fixture(scope="module")
def provider(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Provider]:
    """A running OpenID Connect provider that knows the users above."""
    running = Provider(tmp_path_factory.mktemp("oidc") / "provider.log").start()
    try:
        for sub, claims in USERS.items():
            running.add_user(sub, claims)
        yield running
    finally:
        running.stop()


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory, provider: Provider) -> Iterator[Server]:
    """The app with sign-in, serving two organisations by e-mail domain."""
    folder = tmp_path_factory.mktemp("signin")
    env = {"SJALVSKATTNING_ORGANISATIONS": ORGANISATIONS}
    server = Server(folder / "signin.db", host="localhost", env=env)
    secrets = provider.write_secrets(folder / "secrets.toml", server.url)
    server.extra_args = ("--secrets.files", str(secrets))
    server.start()
    yield server
    server.stop()


@pytest.fixture
def fresh(browser: Browser) -> Iterator[BrowserContext]:
    context = new_context(browser)
    yield context
    context.close()


@pytest.fixture(scope="module")
def stored(app: Server, questionnaire: Questionnaire) -> Store:
    """One run of each organisation in the app's store."""
    store = Store(app.db)
    for organisation, value in (("Lunds kommun", 2), ("Helsingborgs stad", 4)):
        answers = {item.id: value for item in questionnaire.items}
        store.save_run(new_result(questionnaire, answers, organisation, "politician"), questionnaire)
    return store


def sign_in(page: Page, sub: str) -> None:
    """Press the page's sign-in button and pick the user at the provider; back on the app, signed in."""
    oidc.sign_in(page, sub)
    wait_for_app(page)  # Streamlit sends a signed-in person to the app's home page
    who = USERS[sub]["email"]
    expect(page.get_by_test_id("stSidebar").get_by_text(f"Inloggad som {who}")).to_be_visible()


def open_page(context: BrowserContext, url: str) -> Page:
    page = context.new_page()
    page.goto(url)
    expect(page.locator("h1").first).to_be_visible()
    wait_idle(page)
    return page


def test_signed_out_history_shows_a_sign_in_button_and_no_data(
    app: Server, stored: Store, fresh: BrowserContext
) -> None:
    page = open_page(fresh, f"{app.url}/historik")
    expect(page.get_by_role("button", name="Logga in")).to_be_visible()
    expect(page.get_by_text("Logga in för att se och ändra")).to_be_visible()
    for hidden in ("Lunds kommun", "Helsingborgs stad"):
        expect(page.get_by_text(hidden)).to_have_count(0)
    expect(page.get_by_test_id("stDataFrame")).to_have_count(0)
    expect(page.get_by_test_id("stTable")).to_have_count(0)
    expect(page.get_by_test_id("stFileUploader")).to_have_count(0)


def test_a_signed_in_user_sees_only_their_organisations_runs_and_cannot_import_another(
    app: Server, stored: Store, fresh: BrowserContext, questionnaire: Questionnaire, tmp_path: Path
) -> None:
    page = open_page(fresh, f"{app.url}/historik")
    sign_in(page, "anna")
    open_nav(page, "Historik")
    expect(page.get_by_test_id("stTable").first).to_be_visible()  # the runs, as a real HTML table
    picker = page.get_by_role("combobox", name="Organisation (kommun eller region)")
    expect(picker).to_have_value("Lunds kommun")
    expect(page.get_by_text("Helsingborgs stad")).to_have_count(0)
    picker.click()
    expect(page.get_by_role("option")).to_have_count(1)  # the only organisation offered
    page.keyboard.press("Escape")

    foreign = tmp_path / "helsingborg.json"
    other = new_result(questionnaire, {"modeord": 3}, "Helsingborgs stad", "official")
    foreign.write_text(dump_result(other), encoding="utf-8")
    page.locator("[data-testid=stFileUploader] input[type=file]").set_input_files(str(foreign))
    page.get_by_role("button", name="Lägg till i historiken").click()
    expect(page.get_by_text("Importen avbröts")).to_be_visible()
    assert len(stored.list_runs("Helsingborgs stad")) == 1


def test_a_signed_in_user_of_no_listed_organisation_sees_no_data(
    app: Server, stored: Store, fresh: BrowserContext
) -> None:
    page = open_page(fresh, f"{app.url}/historik")
    sign_in(page, "eva")
    open_nav(page, "Historik")
    expect(page.get_by_text("Ditt konto hör inte till någon organisation")).to_be_visible()
    for hidden in ("Lunds kommun", "Helsingborgs stad"):
        expect(page.get_by_text(hidden)).to_have_count(0)
    expect(page.get_by_test_id("stDataFrame")).to_have_count(0)
    expect(page.get_by_test_id("stTable")).to_have_count(0)


def test_a_respondent_link_never_needs_sign_in_and_never_reaches_history(
    app: Server, stored: Store, fresh: BrowserContext
) -> None:
    created = Rounds(stored).create("Lunds kommun", None)
    page = open_page(fresh, f"{app.url}/runda?svar={created.respondent_token}")
    expect(page.get_by_text("Du svarar anonymt", exact=False)).to_be_visible()
    expect(page.get_by_role("button", name="Logga in")).to_have_count(0)
    titles = nav_titles(page)
    assert "Historik" not in titles and "Resultat" not in titles and "Fyll i" not in titles


def test_a_facilitator_signs_in_and_starts_a_round_for_their_organisation(
    app: Server, stored: Store, fresh: BrowserContext
) -> None:
    page = open_page(fresh, f"{app.url}/runda")
    expect(page.get_by_role("button", name="Starta rundan")).to_have_count(0)
    sign_in(page, "hans")
    open_nav(page, "Teamrunda")
    organisation = page.get_by_label("Organisation (kommun eller region)")
    expect(organisation).to_have_value("Helsingborgs stad")
    expect(organisation).to_be_disabled()
    page.get_by_role("button", name="Starta rundan").click()
    codes = page.locator("[data-testid=stCode] code")
    expect(codes).to_have_count(2)
    assert codes.nth(0).inner_text().strip().startswith(f"{app.url}/runda?svar=")
    expect(page.get_by_text("SJALVSKATTNING_PUBLIC_URL", exact=False)).to_be_visible()  # links on localhost
    wait_idle(page)
    rounds = Rounds(stored)
    facilitator = codes.nth(1).inner_text().strip()
    found = rounds.for_facilitator(re.sub(r".*[?&]leda=", "", facilitator))
    assert found is not None and found.organisation == "Helsingborgs stad"
