"""Accessibility in a real browser: axe-core on every page, text alternatives, page language."""

from __future__ import annotations

import contextlib
import json

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import Page, expect

from tests.browser.conftest import nav_titles, open_nav, table_after, table_rows, wait_idle
from tests.conftest import ROOT

BLOCKING = ("serious", "critical")

# Violations in markup that Streamlit itself renders and the project cannot change: each entry
# is (axe rule id, a substring of the offending node's CSS selector or HTML, the shortcoming).
# A node is let through only when both match; everything else fails the test.
INHERITED: list[tuple[str, str, str]] = []

_axe = Axe()


def _inherited(rule: str, node: dict) -> str | None:
    where = " ".join(str(t) for t in node.get("target", [])) + " " + node.get("html", "")
    for rule_id, fragment, why in INHERITED:
        if rule == rule_id and fragment in where:
            return why
    return None


def _scan(page: Page, where: str) -> tuple[list[str], list[str], list[str]]:
    """Run axe on the page; returns (project's blocking, inherited blocking, everything) as lines."""
    results = _axe.run(page)
    own, inherited, every = [], [], []
    for violation in results.response["violations"]:
        for node in violation["nodes"]:
            impact = node.get("impact") or violation.get("impact")
            target = ", ".join(str(t) for t in node.get("target", []))
            html = node["html"][:200]
            line = f"[{where}] {violation['id']} ({impact}): {violation['help']} at {target}: {html}"
            every.append(line)
            if impact not in BLOCKING:
                continue
            why = _inherited(violation["id"], node)
            (inherited if why else own).append(line + (f"  [inherited: {why}]" if why else ""))
    return own, inherited, every


def _settled(page: Page) -> None:
    wait_idle(page)
    expect(page.get_by_test_id("stMain").get_by_role("heading", level=1).first).to_be_visible()
    # Charts draw after the rerun ends: wait until each has its SVG or canvas.
    page.wait_for_function(
        """() => [...document.querySelectorAll('[data-testid=stVegaLiteChart]')]
                 .every((chart) => chart.querySelector('svg, canvas'))"""
    )


def test_no_page_has_serious_or_critical_axe_violations_of_its_own(filled: Page) -> None:
    titles = nav_titles(filled)
    assert {"Fyll i", "Resultat", "Jämför", "Historik", "Om metoden"} <= set(titles), titles
    own, inherited, every = [], [], []

    def scan(where: str) -> None:
        _settled(filled)
        found = _scan(filled, where)
        own.extend(found[0])
        inherited.extend(found[1])
        every.extend(found[2])

    for title in titles:
        open_nav(filled, title)
        if title == "Resultat":
            expect(filled.get_by_test_id("stVegaLiteChart").first).to_be_visible()
        scan(title)
    open_nav(filled, "Jämför")
    filled.locator("input[type=file]").set_input_files(ROOT / "examples" / "exempel-2025.json")
    expect(filled.get_by_role("heading", name="Påståenden som har förändrats")).to_be_visible()
    scan("Jämför, with a comparison")

    print(f"\naxe: pages scanned: {[*titles, 'Jämför, with a comparison']}")
    print("axe: every violation found, any impact:\n  " + ("\n  ".join(every) or "none"))
    print("axe: serious or critical, inherited from Streamlit:\n  " + ("\n  ".join(inherited) or "none"))
    assert not own, "serious or critical axe violations in the project's own content:\n" + "\n".join(own)


def test_every_chart_on_the_results_and_compare_pages_has_a_data_table_beside_it(filled: Page) -> None:
    report = []
    for title in ("Resultat", "Jämför"):
        open_nav(filled, title)
        if title == "Jämför":
            filled.locator("input[type=file]").set_input_files(ROOT / "examples" / "exempel-2025.json")
            expect(filled.get_by_role("heading", name="Påståenden som har förändrats")).to_be_visible()
        charts = filled.get_by_test_id("stVegaLiteChart")
        expect(charts.first).to_be_visible()
        count = charts.count()
        assert count >= (2 if title == "Resultat" else 1), f"{title}: {count} charts"
        for n in range(count):
            chart = charts.nth(n)
            name = chart.get_attribute("aria-label") or ""
            rows = table_rows(table_after(filled, chart))
            report.append(f"{title} chart {n + 1}: accessible name {name!r}, table of {rows} rows")
            assert rows > 0, f"{title} chart {n + 1} has an empty data table"
            assert name.strip() or rows, f"{title} chart {n + 1} has neither a name nor a table"
    print("\n" + "\n".join(report))


def _wait_lang(page: Page, prefix: str) -> str:
    with contextlib.suppress(PlaywrightError):  # a wrong language is reported by the caller
        page.wait_for_function(
            f"() => document.documentElement.lang.toLowerCase().startsWith({json.dumps(prefix)})",
            timeout=10_000,
        )
    return page.evaluate("document.documentElement.lang")


def _choose(page: Page, language: str) -> None:
    languages = page.get_by_test_id("stSidebar").get_by_role("radiogroup", name="Språk / Language")
    languages.get_by_test_id("stRadioOption").filter(has_text=language).click()


def test_the_page_declares_swedish_and_then_english_after_the_switch(page: Page) -> None:
    swedish = _wait_lang(page, "sv")
    _choose(page, "English")
    expect(page.get_by_text("Answered: 0 of 36")).to_be_visible()
    english = _wait_lang(page, "en")
    _choose(page, "Svenska")
    expect(page.get_by_text("Besvarade: 0 av 36")).to_be_visible()
    back = _wait_lang(page, "sv")
    assert [swedish[:2].lower(), english[:2].lower(), back[:2].lower()] == ["sv", "en", "sv"], (
        f'<html lang> was "{swedish}" with Swedish chosen, "{english}" after switching to English '
        f'and "{back}" after switching back'
    )
