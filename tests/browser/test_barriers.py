"""The manual audit's barriers (issue 13), one test each, in Chromium.

Each test names the barrier it guards by its number in the audit and the WCAG criteria.
"""

from __future__ import annotations

import contextlib
import itertools
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect
from playwright.sync_api import Error as PlaywrightError

from scoring.model import Questionnaire
from scoring.results import Result, new_result
from scoring.store import Store
from scoring.store.rounds import Rounds
from tests.browser.conftest import (
    FILLED_ORGANISATION,
    Server,
    answers_by_id,
    focused,
    go_to_area,
    new_context,
    open_app,
    open_filled,
    open_nav,
    pattern,
    progress,
    radio_group,
    tab_to,
    table_after,
    wait_idle,
)
from tests.test_chart_contrast import contrast

SAID_JS = "(pattern) => (window.__a11y ? window.__a11y.said : []).some((t) => new RegExp(pattern).test(t))"


def _announced(page: Page, pattern: str) -> None:
    """Wait until the page's live region has announced a text matching `pattern`."""
    page.wait_for_function(SAID_JS, arg=pattern)


def hex_colour(css: str) -> str:
    """'rgb(27, 58, 92)' or 'rgba(…, 1)' as '#1b3a5c' (alpha blended on white)."""
    parts = [float(p) for p in re.findall(r"[\d.]+", css)]
    red, green, blue = parts[:3]
    alpha = parts[3] if len(parts) > 3 else 1.0
    return "#" + "".join(f"{round(c * alpha + 255 * (1 - alpha)):02x}" for c in (red, green, blue))


STYLE_JS = """(el) => { const s = getComputedStyle(el); return {
    outlineStyle: s.outlineStyle, outlineWidth: parseFloat(s.outlineWidth), outlineColor: s.outlineColor,
    borderColor: s.borderTopColor, borderWidth: parseFloat(s.borderTopWidth), boxShadow: s.boxShadow,
    fontWeight: s.fontWeight, background: s.backgroundColor}; }"""


def _active_is(page: Page, tag: str, text: str) -> None:
    page.wait_for_function(
        "([tag, text]) => document.activeElement && document.activeElement.tagName === tag"
        " && document.activeElement.innerText.trim().startsWith(text)",
        arg=[tag, text],
    )


def _ring(outline: dict[str, object]) -> str:
    assert outline["outlineStyle"] != "none" and float(str(outline["outlineWidth"])) >= 2, outline
    return hex_colour(str(outline["outlineColor"]))


@pytest.fixture
def filled_context(browser: Browser, filled_draft: str) -> Iterator[tuple[BrowserContext, Page]]:
    ctx, page = open_filled(browser, filled_draft)
    yield ctx, page
    ctx.close()


# 1. Help text only in a tooltip (1.3.1, 3.3.2, 4.1.2)
def test_1_each_statements_help_text_is_on_the_page_and_describes_its_radio_group(
    page: Page, questionnaire: Questionnaire
) -> None:
    for n, item in enumerate(questionnaire.areas[0].items, start=1):
        group = radio_group(page, f"1.{n}")
        expect(group).to_have_attribute("aria-describedby", re.compile(r"\S"))
        help_text = page.locator(f"[id='{group.get_attribute('aria-describedby')}']")
        expect(help_text).to_be_visible()
        expect(help_text).to_contain_text(item.help("sv")[:40])
    # No tooltip button stands between one statement and the next.
    expect(page.get_by_test_id("stMain").get_by_test_id("stTooltipIcon")).to_have_count(0)


# 2. Focus after "Nästa område" and "Se resultatet" (2.4.3, 4.1.3)
def test_2_next_area_moves_focus_to_the_new_areas_heading_and_announces_it(page: Page) -> None:
    page.get_by_role("button", name="Nästa område →").focus()
    page.keyboard.press("Enter")
    _active_is(page, "H2", "2. ")
    _announced(page, r"^2\. ")
    assert tab_to(page, lambda f: str(f.get("group") or "").startswith("2.1 "), "2.1") == 1
    go_to_area(page, 4)
    page.get_by_role("button", name="Nästa område →").focus()
    page.keyboard.press("Enter")  # the button itself goes: area 6 has "Se resultatet" instead
    _active_is(page, "H2", "6. ")
    page.get_by_role("link", name=re.compile("Se resultatet")).focus()
    page.keyboard.press("Enter")
    _active_is(page, "H1", "Resultat")


# 3. Focus indicators and borders (2.4.7, 1.4.11)
def test_3_focus_rings_current_page_radio_rings_and_input_borders_have_3_to_1(page: Page) -> None:
    tab_to(page, lambda f: str(f.get("group") or "").startswith("1.1 "), "statement 1.1")
    ring = page.evaluate_handle(
        "() => document.activeElement.closest('[data-testid=stRadioOption]')"
        ".querySelector(':scope > div > div')"
    )
    assert contrast(_ring(page.evaluate(STYLE_JS, ring)), "#ffffff") >= 3
    unchecked = (
        radio_group(page, "1.2").get_by_test_id("stRadioOption").nth(2).locator(":scope > div > div").first
    )
    style = unchecked.evaluate(STYLE_JS)
    assert contrast(hex_colour(str(style["borderColor"])), "#ffffff") >= 3 and style["borderWidth"] >= 1, (
        style
    )
    field = page.get_by_test_id("stTextInputRootElement").first.evaluate(STYLE_JS)
    assert contrast(hex_colour(str(field["borderColor"])), "#ffffff") >= 3, field

    links = page.get_by_test_id("stSidebarNavLink")
    links.nth(1).focus()  # after keyboard use, so :focus-visible applies
    sidebar = page.get_by_test_id("stSidebar").evaluate(STYLE_JS)
    assert contrast(_ring(links.nth(1).evaluate(STYLE_JS)), hex_colour(str(sidebar["background"]))) >= 3
    current, other = links.nth(0).evaluate(STYLE_JS), links.nth(2).evaluate(STYLE_JS)
    assert current["boxShadow"] != "none" and int(str(current["fontWeight"])) >= 600, (current, other)
    assert other["boxShadow"] == "none"


@pytest.fixture
def own_filled(browser: Browser, server: Server, questionnaire: Questionnaire) -> Iterator[Page]:
    """A filled-in draft of this test's own: saving it must not use up the draft other tests share."""
    answers = answers_by_id(questionnaire, pattern)
    token = Store(server.db).new_draft("single", None, answers, FILLED_ORGANISATION, "politician")
    ctx, page = open_filled(browser, f"{server.url}/?utkast={token}")
    yield page
    ctx.close()


# 4. Focus and announcements after page changes and actions; the progress bar's name (2.4.3, 4.1.3)
def test_4_page_changes_actions_and_progress_are_announced_and_keep_focus(own_filled: Page) -> None:
    page = own_filled
    expect(page.get_by_role("progressbar", name="Besvarade: 36 av 36")).to_be_attached()
    open_nav(page, "Resultat")
    _active_is(page, "H1", "Resultat")
    _announced(page, "^Resultat – ")
    page.get_by_role("button", name="Spara i historiken").focus()
    page.keyboard.press("Enter")
    _announced(page, "^Mätningen är sparad i historiken")
    region = page.evaluate("[window.__a11y.region.getAttribute('role'), window.__a11y.region.isConnected]")
    assert region == ["status", True], region
    wait_idle(page)
    assert page.evaluate("document.activeElement !== document.body"), "focus went to <body> after saving"


# 4. Focus after a download: the button is disabled while its file is fetched, which drops focus (2.4.3)
def test_4_a_download_started_with_the_keyboard_leaves_focus_on_its_button(
    filled_context: tuple[BrowserContext, Page],
) -> None:
    _ctx, page = filled_context
    open_nav(page, "Resultat")
    button = page.locator(".st-key-dl_report_download").get_by_role("button", name="Rapport (HTML)")
    button.focus()
    with page.expect_download() as info:
        page.keyboard.press("Enter")
    assert info.value.suggested_filename.endswith(".html")
    # The button is enabled again once the file has been fetched, and focus goes back to it.
    # This runs within a second of the click on "Resultat": that click must not count as the
    # reason focus was lost (it failed so, at random, when the page loaded quickly).
    expect(button).to_be_enabled()
    expect(button).to_be_focused()


def test_4_a_download_clicked_with_the_mouse_leaves_focus_on_its_button(
    filled_context: tuple[BrowserContext, Page],
) -> None:
    _ctx, page = filled_context
    open_nav(page, "Resultat")
    button = page.locator(".st-key-dl_report_download").get_by_role("button", name="Rapport (HTML)")
    with page.expect_download() as info:
        button.click()
    assert info.value.suggested_filename.endswith(".html")
    expect(button).to_be_enabled()
    expect(button).to_be_focused()


# 5. 320 px wide / 400 % zoom (1.4.10, 2.4.7)
def test_5_at_320_px_the_hidden_sidebar_takes_no_focus_and_the_results_need_no_sideways_scroll(
    browser: Browser, filled_draft: str
) -> None:
    ctx = new_context(browser, viewport={"width": 320, "height": 800})
    try:
        page = open_app(ctx, filled_draft)
        progress(page, 36)
        expect(page.get_by_test_id("stSidebarNavLink").first).to_be_hidden()
        for _ in range(12):
            page.keyboard.press("Tab")
            inside = page.evaluate("!!document.activeElement.closest('[data-testid=stSidebar]')")
            assert not inside, f"Tab reached the hidden sidebar: {focused(page)}"
        # Focus, then Enter at once: the quick sequence that once let the input's older focus loss
        # pull focus back out of the sidebar.
        page.get_by_test_id("stExpandSidebarButton").focus()
        page.keyboard.press("Enter")
        page.wait_for_function("!!document.activeElement.closest('[data-testid=stSidebar]')")
        expect(page.get_by_test_id("stSidebar").get_by_test_id("stSidebarNavLink").first).to_be_focused()
        page.get_by_test_id("stSidebarNavLink").filter(has_text="Resultat").click()
        expect(page.get_by_role("heading", name="Resultat", exact=True)).to_be_visible()
        charts = page.get_by_test_id("stVegaLiteChart")
        expect(charts).to_have_count(2)
        page.wait_for_function(
            "() => [...document.querySelectorAll('[data-testid=stVegaLiteChart]')]"
            ".every(c => c.querySelector('svg'))"
        )
        # Charts sized to their container settle after they draw: wait for the layout, then measure.
        with contextlib.suppress(PlaywrightError):
            page.wait_for_function(
                "document.scrollingElement.scrollWidth <= window.innerWidth", timeout=30_000
            )
        wide = page.evaluate("document.scrollingElement.scrollWidth - window.innerWidth")
        assert wide <= 0, f"the page scrolls {wide} px sideways at 320 px"
        area = charts.first.evaluate(
            "(c) => [c.querySelector('svg').getBoundingClientRect().width, c.getBoundingClientRect().width]"
        )
        assert area[0] <= area[1] + 1, f"the area chart ({area[0]} px) is cut by its box ({area[1]} px)"
    finally:
        ctx.close()


def _result(q: Questionnaire, first: int, role: str, organisation: str = "", day: int = 1) -> Result:
    answers = {item.id: 3 for item in q.items} | {q.items[0].id: first}
    when = datetime(2026, 1, day, 9, tzinfo=UTC)
    return new_result(q, answers, organisation=organisation, role=role, created_at=when)  # type: ignore[arg-type]


# 6. Facilitator view: named selects (2.4.6, 4.1.2)
def test_6_each_agreed_answer_select_names_its_statement(
    page: Page, server: Server, questionnaire: Questionnaire
) -> None:
    rounds = Rounds(Store(server.db))
    links = rounds.create("Namnkommun")
    for first, role in ((1, "politician"), (5, "politician"), (5, "official")):  # split: 1 against 5, 5
        rounds.submit(links.respondent_token, _result(questionnaire, first, role), questionnaire)
    page.goto(f"{server.url}/runda?leda={links.facilitator_token}")
    expect(page.get_by_role("heading", name="Att samtala om")).to_be_visible()
    selects = page.get_by_role("combobox", name=re.compile(r"^Enades om \(\d+\.\d+ "))
    expect(selects.first).to_be_visible()
    names = [s.get_attribute("aria-label") for s in selects.all()]
    assert len(set(names)) == len(names), names
    expect(page.get_by_role("combobox", name="Enades om", exact=True)).to_have_count(0)


# 7. The HTML report (1.1.1, 1.3.1)
def test_7_the_downloaded_report_has_the_statement_table_and_no_skipped_heading(
    filled_context: tuple[BrowserContext, Page], tmp_path: Path
) -> None:
    _ctx, page = filled_context
    open_nav(page, "Resultat")
    with page.expect_download() as info:
        page.get_by_role("button", name="Rapport (HTML)").click()
    path = tmp_path / "rapport.html"
    info.value.save_as(path)
    html = path.read_text(encoding="utf-8")
    levels = [int(n) for n in re.findall(r"<h([1-6])[ >]", html)]
    assert levels[0] == 1 and all(b <= a + 1 for a, b in itertools.pairwise(levels)), levels
    assert re.search(r"</figure>\s*<table>", html.split("<h2>Påstående för påstående")[-1]), "no item table"


# 8. Page titles (2.4.2)
def test_8_every_page_has_its_own_title_in_both_languages(page: Page) -> None:
    titles = []
    for language in ("Svenska", "English"):
        if language == "English":
            page.get_by_test_id("stSidebar").get_by_test_id("stRadioOption").filter(
                has_text="English"
            ).click()
            expect(page.get_by_test_id("stSidebarNavLink").first).to_contain_text("Fill in")
        links = page.get_by_test_id("stSidebarNavLink")
        for n in range(links.count()):
            links.nth(n).click()
            name = links.nth(n).inner_text().strip().splitlines()[-1]
            # The title names the page it is on (waited for, as the title is set after the rerun);
            # reading it again afterwards could race the next page's change.
            expect(page).to_have_title(re.compile(rf"^{re.escape(name)} – "))
            titles.append(name)
    assert len(set(titles)) == len(titles), titles


# 9. Tables and chart marks (1.1.1, 1.3.1, 1.4.3, 1.4.13)
def test_9_tables_are_real_swedish_tables_and_chart_tooltips_close_with_escape(
    filled_context: tuple[BrowserContext, Page],
) -> None:
    _ctx, page = filled_context
    open_nav(page, "Resultat")
    charts = page.get_by_test_id("stVegaLiteChart")
    expect(charts).to_have_count(2)
    items = table_after(page, charts.nth(1))
    cells = items.locator("td")
    expect(cells.filter(has_text=re.compile(r"^–$")).first).to_be_attached()  # "Vet ej": no score
    texts = cells.all_inner_texts()
    assert "None" not in texts and not any(re.fullmatch(r"\d+\.\d", t) for t in texts), texts[:20]
    assert any(re.fullmatch(r"\d+,\d", t) for t in texts), texts[:20]
    names = charts.first.locator("[role=graphics-symbol]").evaluate_all(
        "(marks) => marks.map((m) => m.getAttribute('aria-label') || '')"
    )
    assert names and not [n for n in names if "label_x" in n or "bar_label" in n], names[:5]
    bar = charts.first.locator(".mark-rect path, .mark-rect rect, path[role=graphics-symbol]").first
    bar.hover()
    tooltip = page.locator("#vg-tooltip-element")
    expect(tooltip).to_be_visible()
    page.keyboard.press("Escape")
    expect(tooltip).to_be_hidden()


# 10. The trend chart's colours (1.4.11)
def test_10_every_trend_line_has_3_to_1_on_white(
    page: Page, server: Server, questionnaire: Questionnaire
) -> None:
    store = Store(server.db)
    for day, first in ((1, 2), (2, 5)):
        store.save_run(_result(questionnaire, first, "politician", "Trendkommun", day), questionnaire)
    page.get_by_label("Organisation (kommun eller region)").fill("Trendkommun")
    page.get_by_label("Organisation (kommun eller region)").press("Enter")
    wait_idle(page)
    open_nav(page, "Historik")
    chart = page.get_by_test_id("stVegaLiteChart").first
    expect(chart.locator(".mark-line path").first).to_be_attached()
    strokes = chart.locator(".mark-line path").evaluate_all(
        "(ps) => ps.map((p) => getComputedStyle(p).stroke)"
    )
    weak = {
        c: round(contrast(hex_colour(c), "#ffffff"), 2)
        for c in strokes
        if contrast(hex_colour(c), "#ffffff") < 3
    }
    assert len(strokes) == len(questionnaire.areas) + 1 and not weak, (strokes, weak)
