"""A saved run reopened in a new browser: its Word brief, then a comparison with a second run as PDF."""

from __future__ import annotations

import io
import re
from pathlib import Path

from docx import Document
from playwright.sync_api import Browser, Page, expect

from scoring.model import Questionnaire
from tests.browser.conftest import Server, fill_with, new_context, open_app, open_nav, wait_idle
from tests.browser.conftest import pick as choose

ORGANISATION = "Återöppningsprovets kommun"


def _save_a_run(
    browser: Browser, server: Server, questionnaire: Questionnaire, value: int, role: int
) -> None:
    ctx = new_context(browser)
    try:
        page = open_app(ctx, server.url)
        # conftest's fill_with names its answer picker `pick`, hiding the radio helper it means to
        # call for the role, so the role is chosen here with that helper.
        choose(page.get_by_role("radiogroup", name="Din roll"), role)
        wait_idle(page)
        fill_with(page, questionnaire, lambda step, n: value, organisation=ORGANISATION, role=role)
        open_nav(page, "Resultat")
        page.get_by_role("button", name="Spara i historiken").click()
        expect(page.get_by_text("Mätningen är sparad i historiken.")).to_be_visible()
        expect(page.get_by_role("button", name="Öppna den sparade mätningen")).to_be_visible()
        wait_idle(page)
    finally:
        ctx.close()  # the session that saved is gone: what follows reads only the store


def _open_history(page: Page) -> None:
    open_nav(page, "Historik")
    picker = page.get_by_role("combobox", name="Organisation (kommun eller region)")
    expect(picker).to_be_visible()
    if picker.input_value() != ORGANISATION:
        picker.click()
        page.get_by_role("option", name=ORGANISATION, exact=True).click()
    expect(picker).to_have_value(ORGANISATION)
    wait_idle(page)


def _download(page: Page, button: str, target: Path) -> bytes:
    with page.expect_download() as info:
        page.get_by_role("button", name=button).first.click()
    info.value.save_as(target)
    return target.read_bytes()


def test_a_saved_run_reopens_in_a_new_browser_with_its_word_brief_and_compares_as_pdf(
    browser: Browser, server: Server, questionnaire: Questionnaire, tmp_path: Path
) -> None:
    _save_a_run(browser, server, questionnaire, value=2, role=0)

    ctx = new_context(browser)
    try:
        page = open_app(ctx, server.url)
        _open_history(page)
        page.get_by_role("button", name="Visa resultatet").click()
        expect(page.get_by_role("heading", name=re.compile("^Sparad mätning från"))).to_be_visible()
        wait_idle(page)
        word = _download(page, "Rapport (Word)", tmp_path / "rapport.docx")
        text = "\n".join(p.text for p in Document(io.BytesIO(word)).paragraphs)
        assert ORGANISATION in text, "the Word brief should name the organisation of the reopened run"
    finally:
        ctx.close()

    _save_a_run(browser, server, questionnaire, value=4, role=1)

    ctx = new_context(browser)
    try:
        page = open_app(ctx, server.url)
        _open_history(page)
        expect(page.get_by_role("heading", name="Ladda ned jämförelsen")).to_be_visible()
        expect(
            page.get_by_text(re.compile(r"olika roller \(Förtroendevald och Tjänsteperson\)"))
        ).to_be_visible()
        pdf = _download(page, "Rapport (PDF)", tmp_path / "jamforelse.pdf")
        assert pdf.startswith(b"%PDF")
    finally:
        ctx.close()
