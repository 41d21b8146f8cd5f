"""Downloads: chart files and the answers CSV."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable
from typing import Any

import altair as alt
import pytest

from scoring.charts import item_chart, strengths_gaps_chart
from scoring.export import answers_csv, chart_html, chart_png, chart_spec, chart_svg, neutralise_cell
from scoring.model import Questionnaire
from scoring.results import Result, new_result
from scoring.score import Scores, score
from scoring.strings import t
from tests.conftest import mini_data

BOM = b"\xef\xbb\xbf"


@pytest.fixture(scope="module")
def chart() -> alt.LayerChart:
    questionnaire = Questionnaire.model_validate(mini_data())
    answers = {item.id: 4 for item in questionnaire.items}
    return strengths_gaps_chart(questionnaire, score(questionnaire, answers), "en")


def run(mini: Questionnaire, answers: dict[str, int | None], **fields: Any) -> tuple[Result, Scores]:
    result = new_result(mini, answers, **fields)
    return result, score(mini, result.answers)


def csv_rows(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))


# --- charts ------------------------------------------------------------------------------------


def test_a_png_starts_with_the_png_signature(chart: alt.LayerChart) -> None:
    data = chart_png(chart_spec(chart))
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    assert len(data) > 1000


def test_an_svg_is_an_svg_document_with_the_title(chart: alt.LayerChart) -> None:
    svg = chart_svg(chart)
    assert svg.startswith("<svg")
    assert "Strengths and gaps by area" in svg


def test_the_html_page_is_self_contained(chart: alt.LayerChart) -> None:
    html = chart_html(chart)
    assert "<html" in html.lower()
    assert re.search(r"<script[^>]*\bsrc\s*=", html, re.IGNORECASE) is None
    assert re.search(r"<link[^>]*\bhref\s*=\s*[\"']?https?:", html, re.IGNORECASE) is None
    assert re.search(r"\bimport\s*\(?\s*[\"']https?:", html) is None
    assert "Strengths and gaps by area" in html


def test_the_spec_is_the_chart_s_vega_lite(chart: alt.LayerChart) -> None:
    spec = chart_spec(chart)
    assert spec == chart.to_dict()
    assert "vega-lite" in spec["$schema"]


# The exported kinds test_the_spec_is_the_chart_s_vega_lite does not cover; the CLI, the brief and
# the pages export no others.
OTHER_EXPORTED: dict[str, Callable[[Questionnaire, Scores, Scores], alt.TopLevelMixin]] = {
    "against an earlier run": lambda q, now, before: strengths_gaps_chart(q, now, "en", previous=before),
    "statements": lambda q, now, _before: item_chart(q, now, "sv"),
}


@pytest.mark.parametrize("kind", OTHER_EXPORTED)
def test_every_exported_chart_kind_is_valid_vega_lite_though_export_skips_the_check(
    mini: Questionnaire, kind: str
) -> None:
    now = score(mini, {item.id: 4 for item in mini.items})
    before = score(mini, {item.id: 2 for item in mini.items})
    chart = OTHER_EXPORTED[kind](mini, now, before)
    # to_dict() validates against the schema and raises on an invalid chart.
    assert chart_spec(chart) == chart.to_dict(validate=True)


# --- the answers CSV ----------------------------------------------------------------------------


def test_the_csv_starts_with_a_byte_order_mark(mini: Questionnaire) -> None:
    result, scores = run(mini, {"a0-i0": 3})
    assert answers_csv(mini, result, scores, "sv").startswith(BOM)


def test_the_csv_uses_semicolons_and_crlf(mini: Questionnaire) -> None:
    result, scores = run(mini, {"a0-i0": 3})
    data = answers_csv(mini, result, scores, "en")
    header = data[len(BOM) :].split(b"\r\n")[0].decode("utf-8")
    keys = ("col_area", "col_item_id", "col_kind", "col_statement", "col_answer", "col_score")
    assert header == ";".join(t(key, "en") for key in keys)


def test_the_csv_has_a_row_per_item_then_the_summary(mini: Questionnaire) -> None:
    result, scores = run(mini, {"a0-i0": 4, "a0-i4": None}, organisation="Kommunen")
    rows = csv_rows(answers_csv(mini, result, scores, "en"))
    items = rows[1 : 1 + len(mini.items)]
    assert [r[1] for r in items] == [item.id for item in mini.items]
    assert items[0] == ["Area 0 (en)", "a0-i0", "Success factor", "Statement 0.0 (en)", "4 p4 (en)", "75.0"]
    assert items[4][2:] == ["Pitfall", "Statement 0.4 (en)", "dk (en)", ""]
    assert items[1][4:] == [t("not_answered", "en"), ""]
    summary = rows[1 + len(mini.items) :]
    assert summary == [
        [],
        [t("csv_organisation", "en"), "Kommunen"],
        [t("csv_created_at", "en"), result.created_at],
        [t("csv_overall", "en"), ""],
    ]


def test_swedish_figures_use_a_decimal_comma(mini: Questionnaire) -> None:
    answers = {"a0-i0": 5, "a0-i1": 5, "a0-i2": 1, "a1-i0": 4, "a1-i1": 4, "a1-i2": 4}
    result, scores = run(mini, answers)
    rows = csv_rows(answers_csv(mini, result, scores, "sv"))
    assert rows[1][5] == "100,0"
    assert rows[-1] == [t("csv_overall", "sv"), "70,8"]


def test_english_figures_use_a_decimal_point(mini: Questionnaire) -> None:
    answers = {"a0-i0": 5, "a0-i1": 5, "a0-i2": 1, "a1-i0": 4, "a1-i1": 4, "a1-i2": 4}
    result, scores = run(mini, answers)
    assert csv_rows(answers_csv(mini, result, scores, "en"))[-1] == [t("csv_overall", "en"), "70.8"]


def test_a_formula_in_the_organisation_is_neutralised(mini: Questionnaire) -> None:
    hostile = '=HYPERLINK("http://evil.example","click")'
    result, scores = run(mini, {"a0-i0": 3}, organisation=hostile)
    rows = csv_rows(answers_csv(mini, result, scores, "sv"))
    assert [t("csv_organisation", "sv"), "'" + hostile] in rows
    assert not any(cell.startswith("=") for row in rows for cell in row)


def test_a_formula_in_the_questionnaire_text_is_neutralised() -> None:
    data = mini_data()
    data["areas"][0]["items"][0]["text"] = {"sv": "+46 kommuner", "en": "@SUM(A1)"}
    questionnaire = Questionnaire.model_validate(data)
    result, scores = run(questionnaire, {})
    assert csv_rows(answers_csv(questionnaire, result, scores, "sv"))[1][3] == "'+46 kommuner"
    assert csv_rows(answers_csv(questionnaire, result, scores, "en"))[1][3] == "'@SUM(A1)"


@pytest.mark.parametrize("value", ["=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1"])
def test_a_cell_that_excel_would_run_gets_an_apostrophe(value: str) -> None:
    assert neutralise_cell(value) == "'" + value


@pytest.mark.parametrize("value", ["", "Kommunen", "1-2", "a=b", "'=1", " text"])
def test_a_harmless_cell_is_left_alone(value: str) -> None:
    assert neutralise_cell(value) == value
