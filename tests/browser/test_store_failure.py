"""A store locked while someone answers: the answer fragment says so at once, and nothing is lost.

The answers are drawn in a fragment, so a click reruns only the fragment; this is the
one place where a message at the top of the page would never appear.
"""

from __future__ import annotations

import sqlite3

from playwright.sync_api import Page, expect

from scoring.store import Store
from tests.browser.conftest import DRAFT_IN_URL, Server, answer, progress, url_token, wait_idle


def test_a_store_locked_longer_than_the_busy_timeout_is_said_in_the_fragment_and_caught_up(
    page: Page, server: Server
) -> None:
    answer(page, "1.1", 3)
    progress(page, 1)
    expect(page).to_have_url(DRAFT_IN_URL)
    wait_idle(page)
    token = url_token(page)
    assert token is not None

    lock = sqlite3.connect(server.db, isolation_level=None)
    try:
        lock.execute("BEGIN IMMEDIATE")  # another writer holds the store for longer than 10 s
        answer(page, "1.2", 4)
        expect(page.get_by_text("Lagringen kunde inte spara ditt senaste svar", exact=False)).to_be_visible()
        expect(page.get_by_text("upptagen för länge", exact=False)).to_be_visible()
        expect(page.get_by_role("button", name="Resultatfil (JSON)")).to_be_visible()
        progress(page, 2)  # the answer stays on screen
    finally:
        lock.execute("ROLLBACK")
        lock.close()

    answer(page, "1.3", 5)
    expect(page.get_by_text("Lagringen fungerar igen", exact=False)).to_be_visible()
    expect(page.get_by_text("Lagringen kunde inte spara ditt senaste svar", exact=False)).to_have_count(0)
    draft = Store(server.db).load_draft(token)
    assert draft is not None and sorted(draft.answers.values()) == [3, 4, 5]
