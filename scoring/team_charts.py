"""Charts of a team round: the spread of respondents, the answer distribution, the roles side by side.

Pure, like `scoring.charts`, whose colours and font they share.
"""

from __future__ import annotations

import statistics
from collections.abc import Mapping, Sequence
from typing import Any

import altair as alt

from scoring.agenda import RoleSides
from scoring.charts import FONT, SPREAD_DOT, TEAM_TICK
from scoring.model import Lang, Questionnaire
from scoring.score import Scores
from scoring.strings import number, t
from scoring.team import OwnScores


def spread_rows(questionnaire: Questionnaire, own: Sequence[OwnScores], lang: Lang) -> list[dict[str, Any]]:
    """Each respondent's own score per area: one dot each in the spread chart."""
    return [
        {"area": questionnaire.area_label(area.id, lang), "respondent": n, "score": person.areas[k - 1]}
        for n, person in enumerate(own, start=1)
        for k, area in enumerate(questionnaire.areas, start=1)
        if person.areas[k - 1] is not None
    ]


def spread_summary(
    questionnaire: Questionnaire, own: Sequence[OwnScores], lang: Lang
) -> list[dict[str, Any]]:
    """The spread chart as a table: lowest, median and highest own score per area."""
    rows = []
    for k, area in enumerate(questionnaire.areas):
        values = sorted(v for person in own if (v := person.areas[k]) is not None)
        rows.append(
            {
                "area": f"{k + 1}. {area.title(lang)}",
                "n": len(values),
                "min": values[0] if values else None,
                "median": round(statistics.median(values), 1) if values else None,
                "max": values[-1] if values else None,
            }
        )
    return rows


def spread_chart(
    questionnaire: Questionnaire, own: Sequence[OwnScores], team: Scores, lang: Lang
) -> alt.LayerChart:
    order = [questionnaire.area_label(area.id, lang) for area in questionnaire.areas]
    dots = (
        alt.Chart(alt.Data(values=spread_rows(questionnaire, own, lang)))
        .mark_circle(size=80, opacity=0.85, color=SPREAD_DOT, stroke="#ffffff", strokeWidth=0.5)
        .encode(
            y=alt.Y("area:N", sort=order, title=None, axis=alt.Axis(labelLimit=320)),
            yOffset=alt.YOffset("jitter:Q", scale=alt.Scale(domain=[0, 1])),
            x=alt.X("score:Q", scale=alt.Scale(domain=[0, 100]), title=t("chart_axis_score", lang)),
            tooltip=[alt.Tooltip("score:Q", title=t("col_score", lang), format=".1f")],
        )
        # A stable pseudo-random spread within the row, so equal scores do not hide each other.
        .transform_calculate(jitter="(datum.respondent * 0.618034) % 1")
    )
    means = [
        {"area": name, "score": scores.score}
        for name, scores in zip(order, team.areas, strict=True)
        if scores.score is not None
    ]
    team_marks = (
        alt.Chart(alt.Data(values=means))
        .mark_tick(color=TEAM_TICK, thickness=3, size=34)
        .encode(y=alt.Y("area:N", sort=order), x=alt.X("score:Q", scale=alt.Scale(domain=[0, 100])))
    )
    return (
        alt.layer(dots, team_marks)
        .properties(title=t("spread_title", lang), width=460, height=alt.Step(44))
        .configure(font=FONT)
    )


def distribution_chart(
    distribution: Mapping[int, int], dont_know: int, labels: Mapping[int, str], lang: Lang
) -> alt.Chart:
    """A compact bar per answer 1-5 and "don't know": how a statement's answers fell."""
    rows = [{"answer": labels[v], "n": distribution.get(v, 0)} for v in sorted(labels)]
    rows.append({"answer": t("col_dont_know", lang), "n": dont_know})
    order = [str(row["answer"]) for row in rows]
    bars = alt.Chart(alt.Data(values=rows)).encode(
        x=alt.X("answer:N", sort=order, title=None, axis=alt.Axis(labelAngle=0, labelLimit=90)),
        y=alt.Y("n:Q", title=t("chart_axis_count", lang), axis=alt.Axis(tickMinStep=1)),
        tooltip=[alt.Tooltip("answer:N", title=t("col_answer", lang)), alt.Tooltip("n:Q", title="n")],
    )
    counts = bars.mark_text(dy=-8, fontSize=14).encode(text="n:Q")
    return (
        alt.layer(bars.mark_bar(color="#1b3a5c"), counts)
        .properties(width=360, height=130)
        .configure(font=FONT)
        .configure_axis(labelFontSize=13, titleFontSize=13)
    )


def role_sides_rows(questionnaire: Questionnaire, sides: RoleSides, lang: Lang) -> list[dict[str, Any]]:
    rows = []
    names = {area.id: questionnaire.area_label(area.id, lang) for area in questionnaire.areas}
    names["overall"] = t("csv_overall", lang)
    for side in (*sides.areas, sides.overall):
        for role, value in (("politician", side.gap.politicians), ("official", side.gap.officials)):
            if value is not None:
                label = f"{t(f'role_{role}', lang)} (n = {getattr(sides, f'{role}s')})"
                rows.append(
                    {"area": names[side.id], "role": label, "score": value, "text": number(value, lang)}
                )
    return rows


def role_sides_chart(questionnaire: Questionnaire, sides: RoleSides, lang: Lang) -> alt.Chart:
    """Politicians and officials side by side: two bars per area and for the overall index."""
    rows = role_sides_rows(questionnaire, sides, lang)
    order = list(dict.fromkeys(str(row["area"]) for row in rows))
    roles = list(dict.fromkeys(str(row["role"]) for row in rows))
    base = alt.Chart(alt.Data(values=rows)).encode(
        y=alt.Y("area:N", sort=order, title=None, axis=alt.Axis(labelLimit=320, labelFontSize=14)),
        yOffset=alt.YOffset("role:N", sort=roles),
        x=alt.X("score:Q", scale=alt.Scale(domain=[0, 100]), title=t("chart_axis_score", lang)),
        tooltip=[alt.Tooltip("role:N"), alt.Tooltip("text:N", title=t("col_score", lang))],
    )
    bars = base.mark_bar(stroke="#1b1b1b", strokeWidth=0.5).encode(
        color=alt.Color(
            "role:N",
            sort=roles,
            scale=alt.Scale(domain=roles, range=["#1b3a5c", "#8fb3d9"]),
            legend=alt.Legend(title=None, orient="bottom", labelFontSize=14),
        )
    )
    labels = base.mark_text(align="left", dx=4, fontSize=13).encode(text="text:N")
    return (
        alt.layer(bars, labels)
        .properties(title=t("role_sides_title", lang), width=460, height=alt.Step(22))
        .configure(font=FONT)
    )
