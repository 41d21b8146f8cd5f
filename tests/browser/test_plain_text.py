"""A round named like Markdown shows its name as those very characters in a real browser (issue 9, B2).

AppTest sees only the Markdown source; this checks what Streamlit's frontend makes of the escaping.
"""

from __future__ import annotations

from playwright.sync_api import Browser, expect

from tests.browser.conftest import Server, new_context, wait_idle

NAME = "[Logga in](http://x.invalid) ![p](http://x.invalid/px.png) :red[röd] www.x.invalid a@x.invalid"


def test_a_round_named_like_a_link_and_an_image_shows_plain_text_to_its_respondents(
    browser: Browser, server: Server
) -> None:
    context = new_context(browser)
    page = context.new_page()
    page.goto(f"{server.url}/runda")
    page.get_by_label("Organisation (kommun eller region)").fill(NAME)
    page.get_by_role("button", name="Starta rundan").click()
    codes = page.locator("[data-testid=stCode] code")
    expect(codes).to_have_count(2)
    respondent_link = codes.nth(0).inner_text().strip().splitlines()[0]  # the first personal link

    respondent = new_context(browser)
    answering = respondent.new_page()
    answering.goto(respondent_link)
    # The heading reads as the name; word joiners (U+2060) that break autolinks are invisible.
    heading = answering.locator("[data-testid=stMain] h2").first
    expect(heading).to_be_visible()
    assert heading.inner_text().replace("\u2060", "").strip() == NAME
    wait_idle(answering)
    main = answering.locator("[data-testid=stMain]")
    expect(main.locator("a[href*='x.invalid'], a[href^='mailto:']")).to_have_count(0)
    expect(main.locator("img[src*='x.invalid']")).to_have_count(0)
    respondent.close()
    context.close()
