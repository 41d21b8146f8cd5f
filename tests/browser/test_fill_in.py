"""Filling in the questionnaire in a real browser: mouse, keyboard, refresh, language."""

from __future__ import annotations

import contextlib
import re

import pytest
from playwright.sync_api import BrowserContext, Page, expect
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from scoring.model import Questionnaire
from scoring.score import score
from scoring.store import Store
from scoring.store.drafts import new_token
from scoring.strings import number
from tests.browser.conftest import (
    DRAFT_IN_URL,
    Server,
    answer,
    answers_by_id,
    click_answer,
    expect_answer,
    focused,
    go_to_area,
    option_index,
    pick,
    progress,
    radio_group,
    tab_to,
    url_token,
    wait_for_app,
    wait_idle,
)


def _mouse_pick(step: int, n: int) -> int:
    return (5, 4, 2, 1, 3, 0)[(step + n) % 6]


def _keyboard_pick(step: int, n: int) -> int:
    """1 by Space; 2 and 3 by one or two presses of the right arrow."""
    return 1 + (step + n) % 3


def _heading(page: Page, step: int) -> None:
    expect(page.get_by_role("heading", name=re.compile(rf"^{step + 1}\. "))).to_be_visible()


def _overall_and_level(page: Page, questionnaire: Questionnaire, given: dict[str, int | None]) -> None:
    scores = score(questionnaire, given)
    assert scores.overall is not None and scores.level is not None
    overall = page.get_by_test_id("stMetric").filter(has_text="Samlat index (0–100)")
    expect(overall.get_by_test_id("stMetricValue")).to_have_text(number(scores.overall, "sv"))
    level = page.get_by_test_id("stMetric").filter(has_text=re.compile(r"^Nivå"))
    expect(level.get_by_test_id("stMetricValue")).to_have_text(scores.level.label("sv"))
    # The basis counts answers 1-5 only; "Vet ej" is not a basis for a score.
    expect(
        page.get_by_text(f"Underlag: {scores.answered} av 36 påståenden besvarade med 1–5")
    ).to_be_visible()


def test_every_area_can_be_filled_in_with_the_mouse_and_the_results_show_the_index_and_level(
    page: Page, questionnaire: Questionnaire
) -> None:
    page.get_by_label("Organisation (kommun eller region)").click()
    page.keyboard.type("Muskommun")
    page.keyboard.press("Enter")
    page.get_by_role("radiogroup", name="Din roll").get_by_test_id("stRadioOption").nth(1).click()
    expect(page.get_by_role("radiogroup", name="Din roll").get_by_role("radio").nth(1)).to_be_checked()
    done = 0
    for step, area in enumerate(questionnaire.areas):
        _heading(page, step)
        for n, _item in enumerate(area.items, start=1):
            click_answer(page, f"{step + 1}.{n}", _mouse_pick(step, n))
            done += 1
            progress(page, done)
        if step < len(questionnaire.areas) - 1:
            page.get_by_role("button", name="Nästa område →").click()
    progress(page, 36)
    expect(page.get_by_text(re.compile(r"^Område 1: 6 av 6 · .* · Område 6: 6 av 6$"))).to_be_visible()
    # The index and level shown must be the ones the core computes from these 36 answers.
    page.get_by_role("link", name=re.compile("Se resultatet")).click()
    expect(page.get_by_role("heading", name="Resultat", exact=True)).to_be_visible()
    _overall_and_level(page, questionnaire, answers_by_id(questionnaire, _mouse_pick))


def test_the_whole_questionnaire_can_be_filled_in_with_the_keyboard_alone(
    page: Page, questionnaire: Questionnaire
) -> None:
    # From here on only page.keyboard acts on the page; focused() only reads where focus is.
    tab_to(page, lambda f: f.get("label") == "Organisation (kommun eller region)", "the organisation field")
    page.keyboard.type("Tangentbordskommun")
    page.keyboard.press("Enter")
    expect(page.get_by_label("Organisation (kommun eller region)")).to_have_value("Tangentbordskommun")
    wait_idle(page)
    tab_to(page, lambda f: f.get("group") == "Din roll", "the role radios")
    page.keyboard.press("Space")
    expect(page.get_by_role("radiogroup", name="Din roll").get_by_role("radio").nth(0)).to_be_checked()
    page.keyboard.press("ArrowDown")
    expect(page.get_by_role("radiogroup", name="Din roll").get_by_role("radio").nth(1)).to_be_checked()
    wait_idle(page)

    done = 0
    last = len(questionnaire.areas) - 1
    after_next = []  # Tab presses from "Nästa område →" to the next area's first statement
    extra = 0  # key presses that are not the answer itself: Tab, and Enter/Space on buttons and links
    for step, area in enumerate(questionnaire.areas):
        _heading(page, step)
        for n, _item in enumerate(area.items, start=1):
            code = f"{step + 1}.{n}"
            presses = tab_to(
                page, lambda f, code=code: str(f.get("group") or "").startswith(f"{code} "), code
            )
            extra += presses
            if n == 1 and step > 0:
                after_next.append(presses)
            assert focused(page)["value"] == "0", f"Tab should land on the first option of {code}"
            value = _keyboard_pick(step, n)
            if value == 1:
                page.keyboard.press("Space")
            for _ in range(value - 1):
                page.keyboard.press("ArrowRight")
            expect_answer(page, code, value)
            done += 1
            progress(page, done)
            wait_idle(page)
        if step < last:
            extra += tab_to(
                page, lambda f: f.get("text") == "Nästa område →", f"the next-area button in area {step + 1}"
            )
            page.keyboard.press("Enter" if step % 2 == 0 else "Space")
            extra += 1
            _heading(page, step + 1)
            # Focus is on the new area's heading, so the next statement is one Tab away.
            page.wait_for_function(
                "(n) => document.activeElement.tagName === 'H2'"
                " && document.activeElement.innerText.startsWith(n + '. ')",
                arg=step + 2,
            )
            wait_idle(page)
    progress(page, 36)
    expect(page.get_by_text(re.compile(r"^Område 1: 6 av 6 · .* · Område 6: 6 av 6$"))).to_be_visible()

    extra += tab_to(page, lambda f: "Se resultatet" in str(f.get("text")), "the link to the results")
    page.keyboard.press("Enter")
    extra += 1
    print(
        f"\nTab presses from 'Nästa område →' to the next area's first statement: {after_next}; "
        f"key presses beyond the answers: {extra} for 36 statements ({extra / 36:.2f} each)"
    )
    assert after_next == [1] * last, after_next
    assert extra / 36 <= 1.5, f"{extra} key presses beyond the answers for 36 statements"
    expect(page.get_by_role("heading", name="Resultat", exact=True)).to_be_visible()
    _overall_and_level(page, questionnaire, answers_by_id(questionnaire, _keyboard_pick))


def test_answers_survive_a_browser_refresh_and_a_notice_says_so(
    page: Page, questionnaire: Questionnaire
) -> None:
    given = {f"1.{n}": (n % 5) + 1 for n in range(1, 7)}
    given |= {"2.1": 3, "2.2": 0, "2.4": 5, "2.6": 1}
    for done, (code, value) in enumerate(given.items(), start=1):
        go_to_area(page, int(code[0]) - 1)
        answer(page, code, value)
        progress(page, done)
    wait_idle(page)
    expect(page).to_have_url(DRAFT_IN_URL)
    token = url_token(page)
    assert token is not None

    page.reload()
    expect(page.get_by_text(re.compile("återställts"))).to_be_visible()
    expect(page.get_by_text(re.compile("utkast med 10 svar har återställts"))).to_be_visible()
    progress(page, 10)
    assert f"utkast={token}" in page.url, "the draft's address should stay in the URL"
    for step in (0, 1):
        go_to_area(page, step)
        for n in range(1, 7):
            code = f"{step + 1}.{n}"
            expect_answer(page, code, given.get(code))


SHOWN_JS = """() => Object.fromEntries([...document.querySelectorAll('[role=radiogroup]')].map(g => {
    const label = g.getAttribute('aria-label') || '';
    const checked = [...g.querySelectorAll('input[type=radio]')].findIndex(r => r.checked);
    return [/^\\d\\.\\d /.test(label) ? label.split(' ')[0] : label, checked < 0 ? null : checked];
}))"""


def _shown_until(page: Page, wanted: dict[str, int | None]) -> dict[str, int | None]:
    """The selection each radio group shows, once it matches `wanted` or the wait times out."""
    probe = (
        "(wanted) => { const everything = (" + SHOWN_JS + ")();"
        " return Object.keys(wanted).every((key) =>"
        " (key in everything ? everything[key] : 'missing') === wanted[key]); }"
    )
    with contextlib.suppress(PlaywrightTimeoutError):
        page.wait_for_function(probe, arg=wanted, timeout=30_000)
    everything = page.evaluate(SHOWN_JS)
    return {key: everything.get(key, "missing") for key in wanted}


def test_switching_to_english_midway_keeps_every_answer_and_the_shown_area(
    page: Page, questionnaire: Questionnaire
) -> None:
    page.get_by_label("Organisation (kommun eller region)").fill("Språkkommun")
    page.get_by_label("Organisation (kommun eller region)").press("Enter")
    pick(page.get_by_role("radiogroup", name="Din roll"), 2)
    given = {"1.1": 5, "1.2": 0, "1.3": 2, "3.1": 4, "3.2": 1, "3.5": 3}
    for done, (code, value) in enumerate(given.items(), start=1):
        go_to_area(page, int(code[0]) - 1)
        answer(page, code, value)
        progress(page, done)
    wait_idle(page)
    _heading(page, 2)

    page.get_by_test_id("stSidebar").get_by_role("radiogroup", name="Språk / Language").get_by_test_id(
        "stRadioOption"
    ).filter(has_text="English").click()

    expect(page.get_by_role("heading", name=questionnaire.title("en"))).to_be_visible()
    expect(page.get_by_text("Answered: 6 of 36")).to_be_visible()
    area = questionnaire.areas[2]
    expect(page.get_by_role("heading", name=f"3. {area.title('en')}")).to_be_visible()
    expect(page.get_by_label("Organisation (municipality or region)")).to_have_value("Språkkommun")
    for n, item in enumerate(area.items, start=1):
        expect(radio_group(page, f"3.{n}")).to_have_attribute("aria-label", f"3.{n} {item.text('en')}")
    # What the radios show: the area, the role and area 3's answers, as option positions.
    wanted = {"Area": 2, "Your role": 2}
    wanted |= {f"3.{n}": given.get(f"3.{n}") for n in range(1, 7)}
    wanted = {
        k: (v if k in ("Area", "Your role") or v is None else option_index(v)) for k, v in wanted.items()
    }
    shown = _shown_until(page, wanted)
    assert shown == wanted, (
        "after switching to English the radios should still show the chosen area, role and answers "
        f"(option positions, None = nothing selected); expected {wanted}, the page shows {shown}"
    )
    pick(page.get_by_role("radiogroup", name="Area"), 0)
    expect(page.get_by_role("heading", name=f"1. {questionnaire.areas[0].title('en')}")).to_be_visible()
    for n in range(1, 7):
        expect_answer(page, f"1.{n}", given.get(f"1.{n}"))


SPY = """() => {
  window.__address = [];
  for (const name of ['pushState', 'replaceState']) {
    const own = history[name].bind(history);
    history[name] = (data, unused, url) => {
      window.__address.push([name, String(url)]);
      return own(data, unused, url);
    };
  }
}"""


@pytest.mark.parametrize("by", ["mouse", "keyboard", "script"])
def test_the_first_answer_puts_the_draft_s_token_into_the_address_without_a_redraw(
    page: Page, server: Server, questionnaire: Questionnaire, by: str
) -> None:
    # A URL set by the server makes Streamlit push a history entry and redraw the whole page,
    # which doubled the first answers' wait in a room of thirty. The page's script sets it at
    # the answer instead (ui/autosave.next_address); the draft is stored under that token.
    assert "utkast" not in page.url
    page.evaluate(SPY)
    first = radio_group(page, "1.1").get_by_role("radio").first
    if by == "mouse":
        click_answer(page, "1.1", 3)
    elif by == "keyboard":
        first.focus()
        page.keyboard.press("Space")
    else:  # a click with no pointer, as some screen readers give it
        first.evaluate("(input) => input.click()")
    progress(page, 1)
    wait_idle(page)
    token = url_token(page)
    assert token is not None
    changes = page.evaluate("window.__address")
    assert [name for name, _ in changes] == ["replaceState"], "the server changed the address"
    draft = Store(server.db).load_draft(token)
    given = 3 if by == "mouse" else 1
    assert draft is not None and draft.answers == {questionnaire.areas[0].items[0].id: given}


def test_a_right_click_on_an_option_answers_nothing_and_leaves_the_address_alone(page: Page) -> None:
    # A token in the address before a draft exists would be the key to the draft started later.
    page.evaluate(SPY)
    radio_group(page, "1.1").get_by_test_id("stRadioOption").nth(2).click(button="right")
    page.keyboard.press("Escape")  # the browser's context menu
    expect_answer(page, "1.1", None)
    wait_idle(page)
    assert "utkast" not in page.url and page.evaluate("window.__address") == []


def test_moving_between_areas_before_any_answer_leaves_the_address_without_a_token(page: Page) -> None:
    # Only an answer starts a draft; an address copied before one must not hold a token.
    go_to_area(page, 2)
    page.get_by_role("button", name="Nästa område").click()
    expect(page.get_by_role("heading", name=re.compile(r"^4\. "))).to_be_visible()
    wait_idle(page)
    assert "utkast" not in page.url


def test_a_token_of_someone_else_s_choosing_in_the_address_is_replaced_by_the_server_not_kept(
    context: BrowserContext, server: Server, questionnaire: Questionnaire
) -> None:
    # The script never writes over a token already in the address; the server puts the draft's own.
    chosen = new_token()
    page = context.new_page()
    page.goto(f"{server.url}/?utkast={chosen}")
    wait_for_app(page)
    page.evaluate(SPY)
    click_answer(page, "1.1", 4)
    progress(page, 1)
    wait_idle(page)
    token = url_token(page)
    assert token is not None and token != chosen
    assert [name for name, _ in page.evaluate("window.__address")] == ["pushState"]
    assert Store(server.db).load_draft(chosen) is None
    draft = Store(server.db).load_draft(token)
    assert draft is not None and draft.answers == {questionnaire.areas[0].items[0].id: 4}
