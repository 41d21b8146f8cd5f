"""The results page's downloads and the Jämför page's uploads, in a real browser."""

from __future__ import annotations

import json
import re
import struct
import xml.etree.ElementTree as ET
from datetime import datetime
from pathlib import Path

from playwright.sync_api import Page, expect

from scoring.model import Questionnaire
from tests.browser.conftest import (
    FILLED_ORGANISATION,
    answers_by_id,
    expect_answer,
    go_to_area,
    open_nav,
    pattern,
    progress,
    wait_idle,
)
from tests.conftest import ROOT

RESULT_KEYS = {
    "format_version",
    "questionnaire_id",
    "questionnaire_version",
    "organisation",
    "role",
    "created_at",
    "answers",
}


def _results(page: Page) -> None:
    open_nav(page, "Resultat")
    expect(page.get_by_role("heading", name="Resultat", exact=True)).to_be_visible()
    expect(page.get_by_text(re.compile(r"Underlag: \d+ av 36 påståenden besvarade med 1–5"))).to_be_visible()


def _download(page: Page, button: str) -> tuple[str, bytes]:
    with page.expect_download(timeout=60_000) as info:
        page.get_by_role("button", name=button).click()
    download = info.value
    assert download.failure() is None, f"{button}: {download.failure()}"
    return download.suggested_filename, Path(download.path()).read_bytes()


def test_the_chart_downloads_as_a_png_and_as_an_svg_with_the_swedish_title(filled: Page) -> None:
    _results(filled)

    name, png = _download(filled, "Diagram (PNG)")
    assert name.endswith(".png")
    assert png[:8] == b"\x89PNG\r\n\x1a\n", f"not a PNG: {png[:16]!r}"
    assert 5_000 < len(png) < 5_000_000, f"PNG of {len(png)} bytes"
    assert png[12:16] == b"IHDR"
    width, height = struct.unpack(">II", png[16:24])
    assert 300 <= width <= 5_000 and 150 <= height <= 5_000, f"PNG of {width}×{height} pixels"

    name, svg = _download(filled, "Diagram (SVG)")
    assert name.endswith(".svg")
    root = ET.fromstring(svg)
    assert root.tag in ("svg", "{http://www.w3.org/2000/svg}svg"), f"root element is {root.tag}"
    text = " ".join("".join(root.itertext()).split())
    assert "Styrkor och gap per område" in text
    assert "1. Lös verkliga problem" in text


def test_the_result_file_download_follows_the_result_file_contract(
    filled: Page, questionnaire: Questionnaire
) -> None:
    _results(filled)
    name, raw = _download(filled, "Resultatfil (JSON)")
    assert name.endswith(".json")
    data = json.loads(raw.decode("utf-8"))
    assert set(data) == RESULT_KEYS
    assert data["format_version"] == 1
    assert data["questionnaire_id"] == questionnaire.id
    assert data["questionnaire_version"] == questionnaire.version
    assert data["organisation"] == FILLED_ORGANISATION
    assert data["role"] == "politician"
    created = datetime.fromisoformat(data["created_at"])
    assert created.tzinfo is not None, "created_at should carry its time zone"
    assert len(data["answers"]) == 36
    assert data["answers"] == answers_by_id(questionnaire, pattern)


def test_an_earlier_result_file_uploaded_on_jamfor_is_compared_with_the_answers(filled: Page) -> None:
    open_nav(filled, "Jämför")
    expect(filled.get_by_role("heading", name="Jämför med en tidigare mätning")).to_be_visible()
    filled.locator("input[type=file]").set_input_files(ROOT / "examples" / "exempel-2025.json")

    expect(filled.get_by_role("heading", name="Påståenden som har förändrats")).to_be_visible()
    metric = filled.get_by_test_id("stMetric").filter(has_text="Samlat index (0–100)")
    expect(metric.get_by_test_id("stMetricValue")).to_have_text(re.compile(r"^\d+,\d$"))
    expect(metric.get_by_test_id("stMetricDelta")).to_have_text(re.compile(r"^[+−-]\d+,\d$"))
    expect(filled.get_by_text("Tidigare mätning: 20 nov. 2025, Exempelkommun.")).to_be_visible()
    chart = filled.get_by_test_id("stVegaLiteChart")
    expect(chart).to_have_count(1)
    expect(chart).to_contain_text("jämfört med förra mätningen")
    expect(filled.get_by_test_id("stAlertContentError")).to_have_count(0)
    # The statements that moved, listed in a table below the heading: a header row and at least one more.
    moved = filled.get_by_test_id("stTable").last.locator("table tbody tr")
    expect(moved.first).to_be_visible()


def test_a_broken_upload_shows_one_error_and_keeps_every_answer(
    filled: Page, questionnaire: Questionnaire, tmp_path: Path
) -> None:
    broken = tmp_path / "trasig.json"
    broken.write_text('{"format_version": 1, "answers": ', encoding="utf-8")
    open_nav(filled, "Jämför")
    expect(filled.get_by_role("heading", name="Jämför med en tidigare mätning")).to_be_visible()
    filled.locator("input[type=file]").set_input_files(broken)

    errors = filled.get_by_test_id("stAlertContentError")
    expect(errors).to_have_count(1)
    expect(errors).to_contain_text("inte giltig JSON")
    wait_idle(filled)  # every rerun the upload started has finished: a second message would be here
    expect(errors).to_have_count(1)
    expect(filled.get_by_role("alert").filter(has_text="inte giltig JSON")).to_have_count(1)
    expect(filled.get_by_test_id("stMetric")).to_have_count(0)

    open_nav(filled, "Fyll i")
    progress(filled, 36)
    given = answers_by_id(questionnaire, pattern)
    for step, area in enumerate(questionnaire.areas):
        go_to_area(filled, step)
        for n, item in enumerate(area.items, start=1):
            expect_answer(filled, f"{step + 1}.{n}", given[item.id] or 0)
