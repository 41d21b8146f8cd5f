"""The action plan across two team rounds: actions made from round 1's agenda with owners and
dates, round 2 answered better on one of them, and the comparison and the brief saying so."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from devtools.server import Server
from scoring.model import Questionnaire
from scoring.store import Store
from tests.browser.conftest import answer, go_to_area, new_context, pick, wait_idle

ORGANISATION = "Plankommun"
IMPROVED, SAME = "1.2", "2.1"
# An area has a score only when half its statements are answered: these fill areas 1 and 2 up.
# Area 1's move with IMPROVED within a round; area 2's stay at 3.
HELPERS, STEADY = ("1.3", "1.4"), ("2.2", "2.3")
# Per respondent: (IMPROVED, HELPERS, SAME). Round 1 splits 1.2 and 2.1 (both on the agenda);
# round 2 agrees on 5 in area 1 and answers 2.1 as before.
ROUND_1 = [(1, 1, 1), (1, 1, 1), (5, 1, 5)]
ROUND_2 = [(5, 5, 1), (5, 5, 1), (5, 5, 5)]
OWNERS = {IMPROVED: "Kommundirektören", SAME: "Nämndens ordförande"}
DUE = {IMPROVED: date(2030, 6, 30), SAME: date(2030, 9, 30)}


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    server = Server(tmp_path_factory.mktemp("plan") / "plan.db").start()
    yield server
    server.stop()


def _start_round(page: Page, app: Server, invitees: int) -> tuple[list[str], str]:
    page.goto(f"{app.url}/runda")
    page.get_by_label("Organisation (kommun eller region)").fill(ORGANISATION)
    page.get_by_label("Antal inbjudna").fill(str(invitees))
    page.get_by_role("button", name="Starta rundan").click()
    codes = page.locator("[data-testid=stCode] code")
    expect(codes).to_have_count(2)
    return codes.nth(0).inner_text().strip().splitlines(), codes.nth(1).inner_text().strip()


def _respond(browser: Browser, link: str, answers: tuple[int, int, int]) -> None:
    context = new_context(browser)
    page = context.new_page()
    page.goto(link)
    expect(page.get_by_text("Du svarar anonymt", exact=False)).to_be_visible()
    pick(page.get_by_role("radiogroup", name="Din roll"), 0)
    wait_idle(page)
    improved, helper, same = answers
    for code, value in ((IMPROVED, improved), *((h, helper) for h in HELPERS)):
        answer(page, code, value)
        wait_idle(page)
    go_to_area(page, 1)
    for code, value in ((SAME, same), *((s, 3) for s in STEADY)):
        answer(page, code, value)
        wait_idle(page)
    page.get_by_role("button", name="Skicka in mina svar").click()
    expect(page.get_by_text("Tack! Dina svar är inskickade.")).to_be_visible()
    context.close()


def _round(browser: Browser, page: Page, app: Server, people: list[tuple[int, int, int]]) -> str:
    links, facilitator = _start_round(page, app, len(people))
    for link, answers in zip(links, people, strict=True):
        _respond(browser, link, answers)
    page.goto(facilitator)
    expect(page.get_by_text(f"{len(people)} svar hittills", exact=False)).to_be_visible()
    wait_idle(page)
    return facilitator


def _add_action(page: Page, rank: int, code: str, title: str) -> None:
    """From the agenda entry: open "Lägg till som åtgärd", set owner and date, add."""
    entry = page.locator(f".st-key-agenda_{rank}")
    expect(entry.get_by_role("heading", name=re.compile(rf"^{rank}\. {re.escape(code)} "))).to_be_visible()
    entry.get_by_text("Lägg till som åtgärd").click()
    entry.get_by_label("Ansvarig (roll eller namn)").fill(OWNERS[code])
    # The date field is three spin buttons; typing the digits moves from year to month to day.
    entry.get_by_role("spinbutton", name="year, Klart senast").click()
    page.keyboard.type(DUE[code].strftime("%Y%m%d"))
    expect(entry.get_by_role("spinbutton", name="day, Klart senast")).to_have_text(f"{DUE[code].day:02d}")
    entry.get_by_role("button", name="Lägg till åtgärd").click()
    expect(page.get_by_text(f"”{title}” är tillagd i handlingsplanen.")).to_be_visible()
    wait_idle(page)


def test_round_two_shows_the_improved_action_as_a_clear_improvement_and_the_brief_lists_both(
    browser: Browser, app: Server, questionnaire: Questionnaire, tmp_path: Path
) -> None:
    items = {code: questionnaire.areas[int(code[0]) - 1].items[int(code[2]) - 1] for code in OWNERS}
    titles = {code: item.advice("sv") for code, item in items.items() if item.advice is not None}
    context = new_context(browser)
    page = context.new_page()

    first = _round(browser, page, app, ROUND_1)
    _add_action(page, 1, IMPROVED, titles[IMPROVED])
    _add_action(page, 2, SAME, titles[SAME])
    plan = Store(app.db).list_actions(ORGANISATION)
    assert {(a.fields.items, a.fields.owner, a.fields.due) for a in plan} == {
        ((items[code].id,), OWNERS[code], DUE[code]) for code in OWNERS
    }

    _round(browser, page, app, ROUND_2)
    # The agenda opens with the actions still open, before the new splits.
    expect(page.get_by_role("heading", name="Först: åtgärder som pågår")).to_be_visible()
    earlier = page.get_by_role("textbox", name="…eller klistra in resultatlänken från en tidigare teamrunda")
    earlier.fill(first)
    earlier.press("Enter")
    expect(page.get_by_role("heading", name="Gav åtgärderna effekt?")).to_be_visible()
    checks = page.locator("table").filter(has_text="Bedömning")
    expect(checks.get_by_role("row").filter(has_text=titles[IMPROVED])).to_contain_text("Tydlig förbättring")
    expect(checks.get_by_role("row").filter(has_text=titles[SAME])).to_contain_text("Ingen tydlig förändring")
    wait_idle(page)

    with page.expect_download() as info:
        page.get_by_role("button", name="Rapport (HTML)").click()
    report = tmp_path / "rapport.html"
    info.value.save_as(report)
    text = report.read_text(encoding="utf-8")
    brief = html.unescape(text[text.index('<article class="brief"') : text.index("</article>")])
    assert "Handlingsplanens öppna åtgärder" in brief
    for code, title in titles.items():
        assert title[:100] in brief and OWNERS[code] in brief and DUE[code].isoformat() in brief
    rest = html.unescape(text[text.index("</article>") :])
    assert "Tydlig förbättring" in rest and "Ingen tydlig förändring" in rest
    context.close()
