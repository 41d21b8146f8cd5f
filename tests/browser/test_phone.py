"""The statement-by-statement chart on a phone: it stacks to the screen's width instead of clipping."""

from __future__ import annotations

import contextlib
import os

import pytest
from playwright.sync_api import Browser, expect
from playwright.sync_api import Error as PlaywrightError

from tests.browser.conftest import new_context, open_app, progress

FITS_JS = "() => document.scrollingElement.scrollWidth <= window.innerWidth"
SHOTS = os.environ.get("PHONE_SHOTS")  # a folder: screenshots for a person to look at


@pytest.mark.parametrize("width", [390, 320, *([1280] if SHOTS else [])])
def test_on_a_phone_the_item_chart_fits_the_screen_and_the_page_does_not_scroll_sideways(
    browser: Browser, filled_draft: str, width: int
) -> None:
    ctx = new_context(browser, viewport={"width": width, "height": 844})
    try:
        page = open_app(ctx, filled_draft)
        progress(page, 36)
        narrow = width < 700  # Streamlit collapses the sidebar below its breakpoint
        if narrow:
            page.get_by_test_id("stExpandSidebarButton").click()
        page.get_by_test_id("stSidebarNavLink").filter(has_text="Resultat").click()
        expect(page.get_by_role("heading", name="Resultat", exact=True)).to_be_visible()
        charts = page.get_by_test_id("stVegaLiteChart")
        expect(charts).to_have_count(2)
        items = charts.nth(1)
        expect(items.locator("svg").first).to_be_attached()
        # A chart sized to its container redraws once it knows the width: wait for that layout.
        with contextlib.suppress(PlaywrightError):
            page.wait_for_function(FITS_JS, timeout=30_000)
        wide = page.evaluate("document.scrollingElement.scrollWidth - window.innerWidth")
        assert wide <= 0, f"the page scrolls {wide} px sideways at {width} px"
        box = items.locator("svg").first.evaluate(
            "(svg) => { const r = svg.getBoundingClientRect(); return [r.left, r.right, r.width]; }"
        )
        assert box[0] >= 0 and box[1] <= width, f"the item chart spans {box[0]}–{box[1]} px of {width} px"
        outer = items.evaluate("(c) => c.scrollWidth - c.clientWidth")
        assert outer <= 0, f"the item chart scrolls {outer} px sideways inside its box at {width} px"
        if SHOTS:
            if narrow:  # the open sidebar lies over the chart
                page.get_by_test_id("stSidebar").get_by_role("button").first.click()
                expect(page.get_by_test_id("stExpandSidebarButton")).to_be_visible()
            items.locator("svg").first.scroll_into_view_if_needed()
            page.screenshot(path=f"{SHOTS}/items-{width}.png", full_page=True)
    finally:
        ctx.close()
