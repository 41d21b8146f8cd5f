"""The app started as an operator starts it: from another folder, with a public address."""

from __future__ import annotations

import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import BrowserContext, expect

from devtools.server import Server
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
