"""A real Streamlit server and Debian's chromium, driven by Playwright.

The tests start the app themselves on a free port with a store of their own,
and fail (never skip) when the browser is missing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, Locator, Page, expect, sync_playwright

from devtools.browser import ACTION_TIMEOUT_MS, CHROMIUM, CHROMIUM_ARGS, new_context, wait_idle
from devtools.server import Server
from scoring.model import Questionnaire
from scoring.questionnaire import load_questionnaire
from tests.conftest import ROOT

TIMEOUT_MS = ACTION_TIMEOUT_MS
# A draft's token in a page's address (scoring.store.drafts.new_token makes 32 characters).
DRAFT_IN_URL = re.compile(r"[?&]utkast=([\w-]{16,})")
# Assertions wait as long as actions: on a loaded 2-core machine a rerun can take many seconds.
expect.set_options(timeout=ACTION_TIMEOUT_MS)


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    srv = Server(tmp_path_factory.mktemp("browser") / "browser.db").start()
    yield srv
    srv.stop()


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (scripts/test.sh does)")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def context(browser: Browser, tmp_path: Path) -> Iterator[BrowserContext]:
    ctx = new_context(browser)
    yield ctx
    ctx.close()


@pytest.fixture
def page(context: BrowserContext, server: Server) -> Page:
    page = context.new_page()
    page.goto(server.url)
    wait_for_app(page)
    return page


@pytest.fixture(scope="session")
def questionnaire() -> Questionnaire:
    return load_questionnaire(ROOT / "questions.yaml")


def wait_for_app(page: Page) -> None:
    expect(page.get_by_text(re.compile(r"(Besvarade|Answered): \d+ (av|of) \d+"))).to_be_visible()
    wait_idle(page)


def url_token(page: Page) -> str | None:
    """The draft's token in the page's address, if it has one."""
    found = DRAFT_IN_URL.search(page.url)
    return found.group(1) if found else None


def progress(page: Page, done: int, total: int = 36) -> None:
    expect(page.get_by_text(f"Besvarade: {done} av {total}")).to_be_visible()


def pick(group: Locator, index: int) -> None:
    """Choose option `index` of a radio group by clicking its visible label, as a person does.

    A forced click on the visually hidden <input> lands on whatever covers its 1-px box.
    """
    group.get_by_test_id("stRadioOption").nth(index).click()
    expect(group.get_by_role("radio").nth(index)).to_be_checked()


def go_to_area(page: Page, step: int) -> None:
    nav = page.get_by_role("radiogroup", name="Område")
    pick(nav, step)
    expect(page.get_by_role("heading", name=re.compile(rf"^{step + 1}\. "))).to_be_visible()


def answer(page: Page, code: str, value: int) -> None:
    """Answer statement `code` (e.g. "2.3") with 1..5, or 0 for "Vet ej"."""
    group = page.get_by_role("radiogroup", name=re.compile(rf"^{re.escape(code)} "))
    pick(group, value - 1 if value else 5)


def fill_area(page: Page, questionnaire: Questionnaire, step: int, value: int, done_before: int) -> int:
    go_to_area(page, step)
    for n, _item in enumerate(questionnaire.areas[step].items, start=1):
        answer(page, f"{step + 1}.{n}", value)
        progress(page, done_before + n)
    return done_before + len(questionnaire.areas[step].items)


def fill_everything(
    page: Page, questionnaire: Questionnaire, value: int = 4, organisation: str = "Testkommun"
) -> None:
    page.get_by_label("Organisation (kommun eller region)").fill(organisation)
    page.get_by_label("Organisation (kommun eller region)").press("Enter")
    pick(page.get_by_role("radiogroup", name="Din roll"), 0)
    done = 0
    for step in range(len(questionnaire.areas)):
        done = fill_area(page, questionnaire, step, value, done)
    wait_idle(page)


# --- helpers added for the page tests -----------------------------------------------

FOCUSED_JS = """() => {
    const el = document.activeElement;
    if (!el) return {};
    const group = el.closest('[role=radiogroup]');
    return {
        tag: el.tagName,
        type: el.type || '',
        value: el.value === undefined ? null : el.value,
        checked: !!el.checked,
        group: group ? group.getAttribute('aria-label') : null,
        text: (el.innerText || '').trim(),
        label: el.getAttribute('aria-label'),
    };
}"""


def focused(page: Page) -> dict[str, object]:
    """What has keyboard focus: tag, radio group, text and aria-label."""
    return page.evaluate(FOCUSED_JS)


def tab_to(
    page: Page, wanted: Callable[[dict[str, object]], bool], what: str, backwards: bool = False
) -> int:
    """Press Tab (or Shift+Tab) until `wanted(focused(page))`; returns the presses it took.

    Fails after more than a full lap of the page.
    """
    key = "Shift+Tab" if backwards else "Tab"
    seen = []
    for presses in range(1, 251):
        page.keyboard.press(key)
        now = focused(page)
        if wanted(now):
            return presses
        seen.append(f"{now.get('tag')}:{now.get('group') or now.get('label') or str(now.get('text'))[:30]}")
    raise AssertionError(f"{key} never reached {what}; focus went through: {seen[:80]}")


def open_app(ctx: BrowserContext, url: str) -> Page:
    page = ctx.new_page()
    page.goto(url)
    wait_for_app(page)
    return page


def nav_titles(page: Page) -> list[str]:
    """The page names in the sidebar navigation, top to bottom."""
    links = page.get_by_test_id("stSidebarNav").get_by_test_id("stSidebarNavLink")
    expect(links.first).to_be_visible()
    # Each link holds a material icon (its ligature text) and the title as the last line.
    return [text.strip().splitlines()[-1].strip() for text in links.all_inner_texts()]


def open_nav(page: Page, title: str) -> None:
    """Follow a sidebar link, as a user would, keeping the session."""
    link = page.get_by_test_id("stSidebarNav").get_by_test_id("stSidebarNavLink")
    link.filter(has=page.get_by_text(title, exact=True)).click()
    expect(link.filter(has=page.get_by_text(title, exact=True))).to_have_attribute("aria-current", "page")
    wait_idle(page)


def radio_group(page: Page, code: str) -> Locator:
    return page.get_by_role("radiogroup", name=re.compile(rf"^{re.escape(code)} "))


def option_index(value: int) -> int:
    """Position of an answer among the radio's options: 1..5, then "Vet ej" (0)."""
    return value - 1 if value else 5


def expect_answer(page: Page, code: str, value: int | None) -> None:
    """Statement `code` shows `value` selected (None: nothing selected)."""
    radios = radio_group(page, code).get_by_role("radio")
    expect(radios).to_have_count(6)
    if value is None:
        for n in range(6):
            expect(radios.nth(n)).not_to_be_checked()
    else:
        expect(radios.nth(option_index(value))).to_be_checked()


def click_answer(page: Page, code: str, value: int) -> None:
    """Answer with a real mouse click on the option's visible label."""
    group = radio_group(page, code)
    group.get_by_test_id("stRadioOption").nth(option_index(value)).click()
    expect(group.get_by_role("radio").nth(option_index(value))).to_be_checked()


def pattern(step: int, n: int) -> int:
    """A mixed set of answers, "Vet ej" included: area `step` (0-based), statement n (1-based)."""
    return (0, 1, 2, 3, 4, 5, 4, 3, 2)[(step * 6 + n) % 9]


def answers_by_id(questionnaire: Questionnaire, pick: Callable[[int, int], int]) -> dict[str, int | None]:
    """The answers `pick` gives, keyed by item id as the core wants them ("Vet ej" is None)."""
    return {
        item.id: (pick(step, n) or None)
        for step, area in enumerate(questionnaire.areas)
        for n, item in enumerate(area.items, start=1)
    }


def fill_with(
    page: Page,
    questionnaire: Questionnaire,
    choose: Callable[[int, int], int],
    organisation: str,
    role: int = 0,
) -> None:
    """Fill in everything with mouse clicks, with `choose(step, n)` as each answer."""
    page.get_by_label("Organisation (kommun eller region)").fill(organisation)
    page.get_by_label("Organisation (kommun eller region)").press("Enter")
    pick(page.get_by_role("radiogroup", name="Din roll"), role)
    done = 0
    for step, area in enumerate(questionnaire.areas):
        go_to_area(page, step)
        for n, _item in enumerate(area.items, start=1):
            wait_idle(page)  # let the last answer's rerun finish, as a person's pace would
            click_answer(page, f"{step + 1}.{n}", choose(step, n))
            done += 1
            progress(page, done)
    wait_idle(page)


@pytest.fixture(scope="session")
def filled_draft(browser: Browser, server: Server, questionnaire: Questionnaire) -> str:
    """The address of a draft with all 36 statements answered by `pattern`, filled in once.

    Opening it in a new context is what a returning user does, and restores the answers.
    """
    ctx = new_context(browser)
    try:
        page = open_app(ctx, server.url)
        fill_with(page, questionnaire, pattern, organisation=FILLED_ORGANISATION, role=0)
        expect(page).to_have_url(DRAFT_IN_URL)
        return page.url
    finally:
        ctx.close()


FILLED_ORGANISATION = "Resultatkommun"


def open_filled(browser: Browser, filled_draft: str) -> tuple[BrowserContext, Page]:
    """A new session on the filled-in draft, answers restored."""
    ctx = new_context(browser)
    page = open_app(ctx, filled_draft)
    progress(page, 36)
    return ctx, page


EXPANDER_AFTER_JS = """(chart) => {
    const box = chart.closest('[data-testid=stElementContainer]');
    const next = box ? box.nextElementSibling : null;
    if (!next) return -1;
    const expander = next.matches('[data-testid=stExpander]')
        ? next : next.querySelector('[data-testid=stExpander]');
    return expander ? [...document.querySelectorAll('[data-testid=stExpander]')].indexOf(expander) : -1;
}"""


def table_after(page: Page, chart: Locator) -> Locator:
    """The expander right after `chart`, opened, after checking it is the chart's data table."""
    index = chart.evaluate(EXPANDER_AFTER_JS)
    assert index >= 0, "no expander follows the chart"
    expander = page.get_by_test_id("stExpander").nth(index)
    summary = expander.locator("summary")
    expect(summary).to_contain_text("Visa diagrammets data som tabell")
    if expander.locator("details[open]").count() == 0:
        summary.click()
    # A real HTML table (st.table), not Streamlit's canvas grid: readable, wrapped, localised.
    expect(expander.locator("[data-testid=stTable] table")).to_be_visible()
    return expander


def table_rows(expander: Locator) -> int:
    """Data rows in the table inside an opened expander (its header row not counted)."""
    return expander.locator("[data-testid=stTable] table tbody tr").count()


@pytest.fixture
def filled(browser: Browser, filled_draft: str) -> Iterator[Page]:
    """A new session on the draft with all 36 answers, on the fill-in page."""
    ctx, page = open_filled(browser, filled_draft)
    yield page
    ctx.close()
