"""Files for download: charts as PNG/SVG/HTML, answers as CSV.

vl-convert renders Vega-Lite in-process: no browser, no network.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from scoring.model import Lang, Questionnaire
from scoring.results import Result
from scoring.score import Scores
from scoring.strings import number, t
from scoring.tables import Table

if TYPE_CHECKING:  # Altair and vl-convert take about a second to import: only when a chart is made
    import altair as alt

VL_VERSION = "6.4"
PNG_SCALE = 2.0
# Excel runs a cell as a formula when it starts with one of these.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def chart_spec(chart: alt.TopLevelMixin) -> dict[str, Any]:
    # Not validated against the Vega-Lite schema here: that took 9 of the 13 ms of turning
    # the results chart into a spec, on every download. The charts are built by our code
    # only, and tests/test_export.py validates every kind that is exported.
    return chart.to_dict(validate=False)


def chart_png(chart: alt.TopLevelMixin | dict[str, Any]) -> bytes:
    import vl_convert as vlc

    return vlc.vegalite_to_png(_spec(chart), vl_version=VL_VERSION, scale=PNG_SCALE)


def chart_svg(chart: alt.TopLevelMixin | dict[str, Any]) -> str:
    import vl_convert as vlc

    return vlc.vegalite_to_svg(_spec(chart), vl_version=VL_VERSION)


def chart_html(chart: alt.TopLevelMixin | dict[str, Any]) -> str:
    """A self-contained page: the JavaScript is inlined, nothing is fetched."""
    import vl_convert as vlc

    return vlc.vegalite_to_html(_spec(chart), vl_version=VL_VERSION, bundle=True)


def warm_up() -> None:
    """Render a tiny chart once: vl-convert's first call in a process takes a second or more."""
    import vl_convert as vlc

    vlc.vegalite_to_png(
        {
            "mark": "point",
            "data": {"values": [{"x": 1}]},
            "encoding": {"x": {"field": "x", "type": "quantitative"}},
        },
        vl_version=VL_VERSION,
    )


def _spec(chart: alt.TopLevelMixin | dict[str, Any]) -> dict[str, Any]:
    return chart if isinstance(chart, dict) else chart_spec(chart)


def answers_csv(questionnaire: Questionnaire, result: Result, scores: Scores, lang: Lang) -> bytes:
    """UTF-8 with BOM and semicolons, which Swedish Excel opens directly."""
    return excel_csv(_csv_rows(questionnaire, result, scores, lang))


def table_csv(table: Table, lang: Lang) -> bytes:
    """A core table as Excel CSV: headers in the reader's language, cells as the screen shows them."""
    return excel_csv([table.headers(lang), *table.formatted(lang)])


def excel_csv(rows: Iterable[Sequence[str]]) -> bytes:
    """UTF-8 with BOM and semicolons, every cell that Excel would run as a formula neutralised."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    for row in rows:
        writer.writerow([neutralise_cell(cell) for cell in row])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def _csv_rows(questionnaire: Questionnaire, result: Result, scores: Scores, lang: Lang) -> list[list[str]]:
    header = ("col_area", "col_item_id", "col_kind", "col_statement", "col_answer", "col_score")
    rows = [[t(key, lang) for key in header]]
    for area in questionnaire.areas:
        for item in area.items:
            scored = scores.item(item.id)
            if scored.answered:
                label = questionnaire.scale.label(scored.answer, lang)
                answer = f"{scored.answer} {label}" if scored.answer else label
            else:
                answer = t("not_answered", lang)
            score = "" if scored.score is None else number(scored.score, lang)
            rows.append(
                [area.title(lang), item.id, t(f"kind_{item.kind}", lang), item.text(lang), answer, score]
            )
    overall = "" if scores.overall is None else number(scores.overall, lang)
    rows += [
        [],
        [t("csv_organisation", lang), result.organisation],
        [t("csv_created_at", lang), result.created_at],
        [t("csv_overall", lang), overall],
    ]
    return rows


def neutralise_cell(value: str) -> str:
    """Prefix an apostrophe so Excel shows the text instead of running it."""
    return "'" + value if value.startswith(_FORMULA_STARTS) else value
