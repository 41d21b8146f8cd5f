"""The workshop on a shared screen: a signed-in facilitator, six respondents in their own
browsers, the count rising live, the agenda, and what the meeting agreed and why."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, BrowserContext, expect

from devtools.oidc import Provider, sign_in
from devtools.server import Server
from scoring.model import Questionnaire
from scoring.store import Store
from scoring.store.rounds import Rounds
from tests.browser.conftest import answer, new_context, open_nav, pick, wait_for_app, wait_idle

ROLE_INDEX = {"politician": 0, "official": 1}
DIVIDED, SPLIT = "1.1", "1.2"  # politicians 4 and officials 3 on 1.1; both camps on 1.2
PEOPLE = [
    ("politician", 4, 1), ("politician", 4, 5), ("politician", 4, 5),
    ("official", 3, 1), ("official", 3, 5), ("official", 3, 1),
]  # fmt: skip


@pytest.fixture(scope="module")
def provider(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Provider]:
    running = Provider(tmp_path_factory.mktemp("oidc") / "provider.log").start()
    try:
        running.add_user("anna", {"email": "anna@lund.se", "name": "Anna Lund"})
        yield running
    finally:
        running.stop()


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory, provider: Provider) -> Iterator[Server]:
    folder = tmp_path_factory.mktemp("workshop")
    server = Server(
        folder / "workshop.db", host="localhost", env={"SJALVSKATTNING_ORGANISATIONS": "lund.se=Lunds kommun"}
    )
    secrets = provider.write_secrets(folder / "secrets.toml", server.url)
    server.extra_args = ("--secrets.files", str(secrets))
    server.start()
    yield server
    server.stop()


def _sign_in_and_start(context: BrowserContext, app: Server) -> tuple[list[str], str]:
    page = context.new_page()
    page.goto(f"{app.url}/runda")
    sign_in(page, "anna")
    wait_for_app(page)
    open_nav(page, "Teamrunda")
    page.get_by_label("Antal inbjudna").fill(str(len(PEOPLE)))
    page.get_by_role("button", name="Starta rundan").click()
    codes = page.locator("[data-testid=stCode] code")
    expect(codes).to_have_count(2)
    personal = codes.nth(0).inner_text().strip().splitlines()
    facilitator = codes.nth(1).inner_text().strip()
    expect(page.get_by_role("button", name="Ladda ner resultatlänken som textfil")).to_be_visible()
    page.close()
    return personal, facilitator


def _respond(browser: Browser, link: str, role: str, divided: int, split: int) -> None:
    context = new_context(browser)
    page = context.new_page()
    page.goto(link)
    expect(page.get_by_text("Du svarar anonymt", exact=False)).to_be_visible()
    pick(page.get_by_role("radiogroup", name="Din roll"), ROLE_INDEX[role])
    wait_idle(page)
    if role == "politician":  # 1.2 is judged from the officials' seat
        expect(page.get_by_text("Mest synligt för tjänstepersoner", exact=False).first).to_be_visible()
    answer(page, DIVIDED, divided)
    answer(page, SPLIT, split)
    wait_idle(page)
    page.get_by_role("button", name="Skicka in mina svar").click()
    expect(page.get_by_text("Tack! Dina svar är inskickade.")).to_be_visible()
    context.close()


def test_a_workshop_counts_answers_live_ranks_the_agenda_and_records_the_agreement(
    browser: Browser, app: Server, questionnaire: Questionnaire
) -> None:
    facilitator = new_context(browser)
    personal, link = _sign_in_and_start(facilitator, app)
    screen = facilitator.new_page()
    screen.goto(link)
    expect(screen.get_by_text("0 svar hittills")).to_be_visible()

    for token_link, (role, divided, split) in zip(personal, PEOPLE, strict=True):
        _respond(browser, token_link, role, divided, split)

    # No reload: the count refreshes itself while the round is open.
    expect(screen.get_by_text("6 svar hittills")).to_be_visible()
    screen.get_by_role("button", name="Visa resultatet med de nya svaren").click()
    split_text = questionnaire.areas[0].items[1].text("sv")
    divided_text = questionnaire.areas[0].items[0].text("sv")
    expect(screen.get_by_role("heading", name=f"1. {SPLIT} {split_text}")).to_be_visible()
    expect(screen.get_by_role("heading", name=f"2. {DIVIDED} {divided_text}")).to_be_visible()
    expect(screen.get_by_text("skillnad +25,0 ± 0,0 poäng", exact=False)).to_be_visible()

    split_id = questionnaire.areas[0].items[1].id
    wait_idle(screen)  # the rerun with the new answers has finished drawing
    agreed = screen.get_by_role("combobox", name=re.compile(rf"^Enades om \({re.escape(SPLIT)} "))
    agreed.click()
    screen.keyboard.type("4 ")  # the select filters its options as one types
    screen.keyboard.press("Enter")
    expect(agreed).to_have_value(re.compile(r"^4 "))
    wait_idle(screen)
    rationale = screen.get_by_label(f"Motivering, en rad ({SPLIT})")
    rationale.fill("Vi följer upp nyttan varje kvartal")
    rationale.press("Enter")
    wait_idle(screen)
    rounds = Rounds(Store(app.db))
    found = rounds.for_facilitator(link.split("?leda=")[1])
    assert found is not None and found.organisation == "Lunds kommun"
    assert rounds.agreed(found.id) == {split_id: 4}
    # The text field's Enter reaches the server a moment after the key press: wait for the saved line.
    wanted = {split_id: "Vi följer upp nyttan varje kvartal"}
    deadline = time.monotonic() + 60
    while rounds.rationales(found.id) != wanted and time.monotonic() < deadline:
        wait_idle(screen)
    assert rounds.rationales(found.id) == wanted
    facilitator.close()
