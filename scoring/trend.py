"""The trend over time: runs labelled by their day, and one small chart per series.

`date_label` and `run_labels` are the one rule for how a run's date is shown to people,
on the timeline, in History's table and pickers and above a reopened run.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

import altair as alt

from scoring.charts import FONT, LEVEL_COLOURS
from scoring.model import Lang, Questionnaire
from scoring.score import Scores
from scoring.strings import t


def trend_rows(
    questionnaire: Questionnaire, runs: list[tuple[str, Scores]], lang: Lang
) -> list[dict[str, Any]]:
    """One row per run and series (the overall index, then each area); `when` is the run's label."""
    overall = t("csv_overall", lang)
    labels = run_labels([created_at for created_at, _ in runs], lang)
    rows = []
    for (created_at, scores), when in zip(runs, labels, strict=True):
        rows.append({"created_at": created_at, "when": when, "series": overall, "score": scores.overall})
        rows += [
            {
                "created_at": created_at,
                "when": when,
                "series": area.title(lang),
                "score": scores.area(area.id).score,
            }
            for area in questionnaire.areas
        ]
    return rows


MONTHS = {
    "sv": ("jan.", "feb.", "mars", "apr.", "maj", "juni", "juli", "aug.", "sep.", "okt.", "nov.", "dec."),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
}


def date_label(created_at: str, lang: Lang) -> str:
    """ "2 dec. 2026" (Swedish) or "2 Dec 2026": the day a run was made, as a reader writes it."""
    moment = datetime.fromisoformat(created_at)
    return f"{moment.day} {MONTHS[lang][moment.month - 1]} {moment.year}"


def run_labels(times: Sequence[str], lang: Lang) -> list[str]:
    """One label per run: its day, with the time of day (24-hour clock) only where runs share a day."""
    days = [date_label(when, lang) for when in times]
    labels = []
    for when, day in zip(times, days, strict=True):
        moment = datetime.fromisoformat(when)
        clock = f"{moment:%H.%M}" if lang == "sv" else f"{moment:%H:%M}"
        labels.append(day if days.count(day) == 1 else f"{day} {clock}")
    return [
        label if labels.count(label) == 1 else f"{label} ({n})" for n, label in enumerate(labels, start=1)
    ]


def trend_chart(questionnaire: Questionnaire, runs: list[tuple[str, Scores]], lang: Lang) -> alt.FacetChart:
    """One small chart per series (the overall index, then each area), runs in time order along x."""
    rows = trend_rows(questionnaire, runs, lang)
    series = [t("csv_overall", lang), *(area.title(lang) for area in questionnaire.areas)]
    order = list(dict.fromkeys(r["when"] for r in rows))
    base = (
        alt.Chart()
        .encode(
            # Runs are labelled days, in order: no hour ticks and no 12-hour clock from Vega's defaults.
            x=alt.X(
                "when:O",
                sort=order,
                title=t("trend_axis_time", lang),
                axis=alt.Axis(labelAngle=-40, labelLimit=120),
            ),
            y=alt.Y("score:Q", scale=alt.Scale(domain=[0, 100]), title=t("chart_axis_score", lang)),
            tooltip=[
                alt.Tooltip("series:N", title=t("col_area", lang)),
                alt.Tooltip("when:N", title=t("trend_axis_time", lang)),
                alt.Tooltip("score:Q", title=t("col_score", lang), format=".1f"),
            ],
        )
        .transform_filter("datum.score != null")
    )
    lines = base.mark_line(strokeWidth=2, color=LEVEL_COLOURS[-1])
    points = base.mark_point(size=60, filled=True, color=LEVEL_COLOURS[-1])
    return (
        alt.layer(lines, points, data=alt.Data(values=rows))
        .properties(width=200, height=120)
        .facet(
            facet=alt.Facet("series:N", sort=series, title=None, header=alt.Header(labelFontWeight="bold")),
            columns=3,
            title=t("trend_title", lang),
        )
        .configure(font=FONT)
    )


def run_label(created_at: str, among: Sequence[str], lang: Lang) -> str:
    """The label `run_labels` gives `created_at` when shown with the runs `among` (it need not be one)."""
    times = list(among) if created_at in among else [*among, created_at]
    return run_labels(times, lang)[times.index(created_at)]
