"""A team round as people run it: a facilitator and three respondents in separate browsers."""

from __future__ import annotations

import re
from pathlib import Path

from playwright.sync_api import Browser, BrowserContext, Page, expect

from scoring.model import Questionnaire
from tests.browser.conftest import Server, go_to_area, new_context, pick, progress, wait_idle

SPLIT_STATEMENT = "1.1"
ROLE_INDEX = {"Förtroendevald": 0, "Tjänsteperson": 1, "Annan roll": 2}


def _new_page(browser: Browser, url: str) -> tuple[BrowserContext, Page]:
    context = new_context(browser)
    page = context.new_page()
    page.goto(url)
    return context, page


def _start_round(
    browser: Browser, server: Server, invitees: int = 3
) -> tuple[BrowserContext, list[str], str]:
    """A round with one personal link per invitee: each link takes one response."""
    context, page = _new_page(browser, f"{server.url}/runda")
    page.get_by_label("Organisation (kommun eller region)").fill("Rundkommun")
    page.get_by_label("Antal inbjudna").fill(str(invitees))
    page.get_by_role("button", name="Starta rundan").click()
    codes = page.locator("[data-testid=stCode] code")
    expect(codes).to_have_count(2)
    personal, facilitator = codes.nth(0).inner_text().strip(), codes.nth(1).inner_text().strip()
    respondents = personal.splitlines()
    assert len(respondents) == invitees and all("?svar=" in link for link in respondents)
    assert "?leda=" in facilitator
    return context, respondents, facilitator


def _respond(page: Page, questionnaire: Questionnaire, role: str, first_answer: int) -> None:
    expect(page.get_by_text("Du svarar anonymt", exact=False)).to_be_visible()
    pick(page.get_by_role("radiogroup", name="Din roll"), ROLE_INDEX[role])
    wait_idle(page)
    done = 0
    for step, area in enumerate(questionnaire.areas):
        go_to_area(page, step)
        for n in range(1, len(area.items) + 1):
            value = first_answer if f"{step + 1}.{n}" == SPLIT_STATEMENT else 3
            group = page.get_by_role("radiogroup", name=re.compile(rf"^{step + 1}\.{n} "))
            pick(group, value - 1)
            done += 1
            progress(page, done)
    # A respondent sees no one's results: no charts, no figures.
    expect(page.locator("[data-testid=stVegaLiteChart]")).to_have_count(0)
    page.get_by_role("button", name="Skicka in mina svar").click()
    expect(page.get_by_text("Tack! Dina svar är inskickade.")).to_be_visible()


def test_a_round_with_three_respondents_shows_the_team_and_prints_its_report(
    browser: Browser, server: Server, questionnaire: Questionnaire, tmp_path: Path
) -> None:
    facilitator_context, respondent_links, facilitator_link = _start_round(browser, server)
    people = [("Förtroendevald", 1), ("Förtroendevald", 5), ("Tjänsteperson", 5)]
    for link, (role, first) in zip(respondent_links, people, strict=True):
        context, page = _new_page(browser, link)
        _respond(page, questionnaire, role, first)
        context.close()

    page = facilitator_context.new_page()
    page.goto(facilitator_link)
    expect(page.get_by_role("heading", name="Teamrundans resultat")).to_be_visible()
    expect(page.get_by_text("3 svar hittills", exact=False)).to_be_visible()
    expect(page.get_by_role("heading", name="Att samtala om")).to_be_visible()
    statement = questionnaire.areas[0].items[0].text("sv")
    expect(page.get_by_role("heading", name=f"1. {SPLIT_STATEMENT} {statement}")).to_be_visible()
    # The team chart, the split statement's answers on the agenda, and the spread.
    expect(page.locator("[data-testid=stVegaLiteChart]")).to_have_count(3)

    with page.expect_download() as info:
        page.get_by_role("button", name="Rapport (HTML)").click()
    report = tmp_path / "rapport.html"
    info.value.save_as(report)
    html = report.read_text(encoding="utf-8")
    assert "Rundkommun" in html and "teamrunda med 3 svarande" in html and "<svg" in html

    printer = facilitator_context.new_page()
    printer.goto(report.as_uri())
    pdf = tmp_path / "rapport.pdf"
    printer.pdf(path=str(pdf), format="A4", print_background=True)
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 20_000
    facilitator_context.close()


def test_the_respondents_link_never_opens_the_results(browser: Browser, server: Server) -> None:
    context, respondent_links, _facilitator = _start_round(browser, server)
    token = respondent_links[0].split("?svar=")[1]
    page = context.new_page()
    page.goto(f"{server.url}/runda?leda={token}")
    expect(page.get_by_text("Länken är inte giltig", exact=False)).to_be_visible()
    expect(page.locator("[data-testid=stVegaLiteChart]")).to_have_count(0)
    context.close()
