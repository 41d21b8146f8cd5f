"""Saved runs in the history: two sessions, the trend, the comparison, and a server restart."""

from __future__ import annotations

import re
from collections.abc import Callable

from playwright.sync_api import Browser, Page, expect

from scoring.model import Questionnaire
from scoring.score import score
from tests.browser.conftest import (
    Server,
    answers_by_id,
    fill_with,
    new_context,
    open_app,
    open_nav,
    table_after,
    table_rows,
    wait_idle,
)

ORGANISATION = "Historikprovets kommun"
Pick = Callable[[int, int], int]


def _first(step: int, n: int) -> int:
    return 4


def _second(step: int, n: int) -> int:
    return (2, 3, 1, 5, 2, 0)[n - 1]


def _overall(questionnaire: Questionnaire, pick: Pick) -> str:
    overall = score(questionnaire, answers_by_id(questionnaire, pick)).overall
    assert overall is not None
    # Data tables show the figure as stored; allow either decimal mark.
    return f"{overall:.1f}".replace(".", "[.,]")


def _save_a_run(
    browser: Browser, server: Server, questionnaire: Questionnaire, pick: Pick, role: int
) -> None:
    ctx = new_context(browser)
    try:
        page = open_app(ctx, server.url)
        fill_with(page, questionnaire, pick, organisation=ORGANISATION, role=role)
        open_nav(page, "Resultat")
        expect(
            page.get_by_text(re.compile(r"Underlag: \d+ av 36 påståenden besvarade med 1–5"))
        ).to_be_visible()
        page.get_by_role("button", name="Spara i historiken").click()
        expect(page.get_by_text("Mätningen är sparad i historiken.")).to_be_visible()
        wait_idle(page)
    finally:
        ctx.close()


def _open_history(page: Page) -> None:
    open_nav(page, "Historik")
    expect(page.get_by_role("heading", name="Historik", exact=True)).to_be_visible()
    picker = page.get_by_role("combobox", name="Organisation (kommun eller region)")
    expect(picker).to_be_visible()
    if picker.input_value() != ORGANISATION:
        picker.click()
        page.get_by_role("option", name=ORGANISATION, exact=True).click()
    expect(picker).to_have_value(ORGANISATION)
    wait_idle(page)


def _both_runs_listed(page: Page, first: str, second: str) -> None:
    runs = page.get_by_test_id("stTable").first.locator("table")
    expect(runs.locator("tbody tr")).to_have_count(2)
    cells = runs.locator("td")
    expect(cells.filter(has_text=re.compile(rf"^{first}$"))).to_have_count(1)
    expect(cells.filter(has_text=re.compile(rf"^{second}$"))).to_have_count(1)
    expect(cells.filter(has_text="Förtroendevald")).to_have_count(1)
    expect(cells.filter(has_text="Tjänsteperson")).to_have_count(1)


def test_two_saved_runs_show_in_the_history_with_trend_and_comparison_and_survive_a_restart(
    browser: Browser, server: Server, questionnaire: Questionnaire
) -> None:
    first, second = _overall(questionnaire, _first), _overall(questionnaire, _second)
    assert first != second
    _save_a_run(browser, server, questionnaire, _first, role=0)
    _save_a_run(browser, server, questionnaire, _second, role=1)

    ctx = new_context(browser)
    try:
        page = open_app(ctx, server.url)
        _open_history(page)
        _both_runs_listed(page, first, second)

        trend = page.get_by_test_id("stVegaLiteChart").filter(has_text="Utveckling över tid")
        expect(trend).to_have_count(1)
        expect(trend).to_contain_text("Samlat index")
        rows = table_rows(table_after(page, trend))
        assert rows == 2 * 7, (
            f"the trend's table should hold 2 runs × 7 series (index and 6 areas), not {rows}"
        )

        expect(page.get_by_role("heading", name="Jämför två mätningar")).to_be_visible()
        before = page.get_by_role("combobox", name="Före", exact=True)
        after = page.get_by_role("combobox", name="Efter", exact=True)
        expect(before).to_have_value(re.compile(rf" · Förtroendevald · {first}$"))
        expect(after).to_have_value(re.compile(rf" · Tjänsteperson · {second}$"))
        metric = page.get_by_test_id("stMetric").filter(has_text="Samlat index (0–100)")
        expect(metric.get_by_test_id("stMetricValue")).to_have_text(re.compile(rf"^{second}$"))
        expect(metric.get_by_test_id("stMetricDelta")).to_have_text(re.compile(r"^[+−-]\d+,\d$"))
        comparison = page.get_by_test_id("stVegaLiteChart").filter(has_text="jämfört med förra mätningen")
        expect(comparison).to_have_count(1)
        expect(page.get_by_role("heading", name="Påståenden som har förändrats")).to_be_visible()
    finally:
        ctx.close()

    server.restart()
    assert server.process is not None and server.process.poll() is None, "the server should be running"

    ctx = new_context(browser)
    try:
        page = open_app(ctx, server.url)
        _open_history(page)
        _both_runs_listed(page, first, second)
    finally:
        ctx.close()
