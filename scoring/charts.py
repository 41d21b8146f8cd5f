"""Altair charts and their data tables. Pure: they return objects, never draw.

Colours step clearly in lightness and every bar also carries its level as text,
so the charts read in greyscale and for colour-blind readers.
"""

from __future__ import annotations

import textwrap
from typing import Any

import altair as alt

from scoring.model import Lang, Questionnaire
from scoring.score import GAP_AT, STRENGTH_AT, Scores
from scoring.strings import number, t
from scoring.summary import item_label

# The item chart's labels wrap at WRAP_CHARS, which fit above the bars on a 320 px screen; PNG,
# SVG and the report draw it EXPORT_WIDTH wide, the screen as wide as its container.
WRAP_CHARS = 40
LINE_PX, BAR_PX = 15, 14
EXPORT_WIDTH = 460

BACKGROUND = "#ffffff"
# Light to dark, every one at least 3:1 on the white background (WCAG 1.4.11); each bar also
# carries its level as text, so no reader has to tell two blues apart.
LEVEL_COLOURS = ("#6b8fbf", "#4a72a8", "#2e5a8f", "#1b3a5c")
STRENGTH, MIDDLE, GAP = "strength", "middle", "gap"
_ITEM_COLOURS = {STRENGTH: "#1b3a5c", MIDDLE: "#767676", GAP: "#c05a00"}
# The previous run's tick: black in a white casing, so it stands out on the lightest and the
# darkest bar alike.
TICK, TICK_CASING = "#000000", "#ffffff"
SPREAD_DOT, TEAM_TICK = "#1b3a5c", "#c05a00"
FONT = "Source Sans Pro, Arial, sans-serif"


def area_rows(
    questionnaire: Questionnaire, scores: Scores, lang: Lang, previous: Scores | None = None
) -> list[dict[str, Any]]:
    rows = []
    for position, (area, current) in enumerate(zip(questionnaire.areas, scores.areas, strict=True), start=1):
        before = previous.area(area.id).score if previous else None
        delta = None if before is None or current.score is None else round(current.score - before, 1)
        rows.append(
            {
                "position": position,
                "area": questionnaire.area_label(area.id, lang),
                "score": current.score,
                "level": current.level.label(lang) if current.level else t("no_level", lang),
                "bar_label": _bar_label(
                    current.score, current.level.label(lang) if current.level else "", lang
                ),
                "previous": before,
                "delta": delta,
                "delta_label": number(delta, lang, sign=True) if delta is not None else "",
            }
        )
    return rows


def strengths_gaps_chart(
    questionnaire: Questionnaire, scores: Scores, lang: Lang, previous: Scores | None = None
) -> alt.LayerChart:
    rows = area_rows(questionnaire, scores, lang, previous)
    levels = [level.label(lang) for level in questionnaire.levels]
    base = alt.Chart(alt.Data(values=rows)).encode(
        y=alt.Y("area:N", sort=[r["area"] for r in rows], title=None, axis=alt.Axis(labelLimit=320))
    )
    x = alt.X("score:Q", scale=alt.Scale(domain=[0, 100]), title=t("chart_axis_score", lang))
    bars = base.mark_bar(height={"band": 0.7}, stroke="#1b1b1b", strokeWidth=0.5).encode(
        x=x,
        color=alt.Color(
            "level:N",
            scale=alt.Scale(domain=levels, range=_level_colours(len(levels))),
            legend=alt.Legend(title=t("chart_legend_level", lang), orient="bottom", columns=2),
        ),
        tooltip=[
            alt.Tooltip("area:N", title=t("col_area", lang)),
            alt.Tooltip("score:Q", title=t("col_score", lang), format=".1f"),
            alt.Tooltip("level:N", title=t("col_level", lang)),
        ],
    )
    labels = (
        # aria=False: the bar already says this; its helper fields are no name for a mark.
        base.mark_text(align="left", dx=4, font=FONT, fontSize=12, color="#1b1b1b", aria=False)
        .encode(x=alt.X("label_x:Q", scale=alt.Scale(domain=[0, 100])), text="bar_label:N")
        .transform_calculate(label_x="datum.score == null ? 0 : datum.score")
    )
    thresholds = (
        alt.Chart(alt.Data(values=[{"min": level.min} for level in questionnaire.levels[1:]]))
        .mark_rule(strokeDash=[3, 3], color="#767676", aria=False)
        .encode(x="min:Q")
    )
    layers: list[alt.Chart] = [thresholds, bars, labels]
    if previous is not None:
        layers += _previous_layers(base, lang)
    title = t("chart_title_with_previous" if previous else "chart_title", lang)
    return (
        alt.layer(*layers)
        .properties(title=title, width=460, height=alt.Step(40))
        .configure(font=FONT)
        .configure_axis(labelFontSize=12, titleFontSize=12)
    )


def _level_colours(count: int) -> list[str] | alt.UndefinedType:
    """Light to dark for up to four levels; Vega's own scheme beyond that."""
    return list(LEVEL_COLOURS[-count:]) if count <= len(LEVEL_COLOURS) else alt.Undefined


def _previous_layers(base: alt.Chart, lang: Lang) -> list[alt.Chart]:
    casing = (
        base.mark_tick(color=TICK_CASING, thickness=7, size=30, aria=False)
        .encode(x=alt.X("previous:Q", scale=alt.Scale(domain=[0, 100])))
        .transform_filter("datum.previous != null")
    )
    marker = (
        base.mark_tick(color=TICK, thickness=3, size=26)
        .encode(
            x=alt.X("previous:Q", scale=alt.Scale(domain=[0, 100])),
            tooltip=[alt.Tooltip("previous:Q", title=t("col_before", lang), format=".1f")],
        )
        .transform_filter("datum.previous != null")
    )
    delta = (
        base.mark_text(align="right", dx=-6, dy=-13, font=FONT, fontSize=11, fontWeight="bold", aria=False)
        .encode(x=alt.X("previous:Q", scale=alt.Scale(domain=[0, 100])), text="delta_label:N")
        .transform_filter("datum.previous != null")
    )
    return [casing, marker, delta]


def item_rows(questionnaire: Questionnaire, scores: Scores, lang: Lang) -> list[dict[str, Any]]:
    rows = []
    for a, area in enumerate(questionnaire.areas, start=1):
        for n, item in enumerate(area.items, start=1):
            value = scores.item(item.id).score
            pitfall = item.kind == "pitfall"
            rows.append(
                {
                    "area": questionnaire.area_label(area.id, lang),
                    "item": _item_label(f"{a}.{n}", item_label(item, value, lang), pitfall, lang),
                    "text": item.text(lang),
                    "kind": t("kind_pitfall" if pitfall else "kind_factor", lang),
                    "score": value,
                    "band": _band(value),
                    "band_label": t(f"band_{_band(value)}", lang) if value is not None else "",
                }
            )
    return rows


def item_chart(
    questionnaire: Questionnaire, scores: Scores, lang: Lang, width: int | str = EXPORT_WIDTH
) -> alt.LayerChart:
    """Areas stacked in one column, each statement's label above its bar.

    One view, not a facet, so `width="container"` lets a phone narrow it to fit; rows are laid
    out in pixels here (y is a pixel scale) so labels wrap instead of being cut. PNG, SVG and the
    report need a fixed width: the default.
    """
    rows, height = _item_layout(questionnaire, item_rows(questionnaire, scores, lang), lang)
    items = [r for r in rows if r["kind"] != "area"]
    bands = [STRENGTH, MIDDLE, GAP]
    y = alt.Y("top:Q", scale=alt.Scale(domain=[height, 0]), axis=None)
    x = alt.X("score:Q", scale=alt.Scale(domain=[0, 100]), title=t("chart_axis_item", lang))
    base = alt.Chart(alt.Data(values=items))
    bars = base.mark_bar(stroke="#1b1b1b", strokeWidth=0.5).encode(
        x=x,
        x2=alt.datum(50),
        y=y,
        y2="bottom:Q",
        color=alt.Color(
            "band_label:N",
            scale=alt.Scale(
                domain=[t(f"band_{b}", lang) for b in bands], range=[_ITEM_COLOURS[b] for b in bands]
            ),
            legend=alt.Legend(title=None, orient="top", direction="vertical"),
        ),
        tooltip=[
            alt.Tooltip("text:N", title=t("col_statement", lang)),
            alt.Tooltip("kind:N", title=t("col_kind", lang)),
            alt.Tooltip("score:Q", title=t("col_score", lang), format=".1f"),
        ],
    )
    # Bars start at 50, so a score of exactly 50 would draw nothing: a thick mark shows it is there.
    at_middle = (
        base.mark_rule(color="#1b1b1b", strokeWidth=3)
        .encode(x=alt.datum(50), y=y, y2="bottom:Q")
        .transform_filter("datum.score == 50")
    )
    middle = (
        alt.Chart(alt.Data(values=[{"x": 50}]))
        .mark_rule(color="#767676", strokeDash=[3, 3], aria=False)
        .encode(x=alt.X("x:Q", scale=alt.Scale(domain=[0, 100])))
    )
    # aria=False: the labels repeat what each bar's tooltip and the table after the chart say.
    label_y = alt.Y("label_top:Q", scale=alt.Scale(domain=[height, 0]), axis=None)
    text: dict[str, Any] = {
        "align": "left",
        "baseline": "top",
        "font": FONT,
        "lineHeight": LINE_PX,
        "color": "#1b1b1b",
    }
    headings = [r for r in rows if r["kind"] == "area"]
    styles: list[tuple[list[dict[str, Any]], dict[str, Any]]] = [
        (headings, {"fontSize": 13, "fontWeight": "bold"}),
        (items, {"fontSize": 12}),
    ]
    labels = [
        alt.Chart(alt.Data(values=data))
        .mark_text(aria=False, **text, **style)
        .encode(x=alt.datum(0), y=label_y, text="lines:N")
        for data, style in styles
    ]
    return (
        alt.layer(middle, bars, at_middle, *labels)
        .properties(title=alt.Title(_wrap(t("item_chart_title", lang), WRAP_CHARS), anchor="start"))
        .properties(width=width, height=height)
        .configure(font=FONT)
        .configure_view(stroke=None)
    )


def _item_layout(
    questionnaire: Questionnaire, rows: list[dict[str, Any]], lang: Lang
) -> tuple[list[dict[str, Any]], int]:
    """Each area's heading, then each scored statement's wrapped label and its bar, top to bottom."""
    laid, top = [], 0
    for area in questionnaire.areas:
        name = questionnaire.area_label(area.id, lang)
        lines = _wrap(name, WRAP_CHARS - 4)
        laid.append({"kind": "area", "lines": lines, "label_top": top + 6})
        top += 6 + len(lines) * (LINE_PX + 1) + 4
        for row in (r for r in rows if r["area"] == name and r["score"] is not None):
            lines = _wrap(row["item"], WRAP_CHARS)
            bar_top = top + len(lines) * LINE_PX + 2
            laid.append(row | {"lines": lines, "label_top": top, "top": bar_top, "bottom": bar_top + BAR_PX})
            top = bar_top + BAR_PX + 8
    return laid, top


def _wrap(text: str, width: int) -> list[str]:
    """Whole words per line (a word longer than a line keeps its own line): never cut mid-word."""
    return textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False) or [""]


def dont_know_items(questionnaire: Questionnaire, scores: Scores) -> list[str]:
    """The codes ("1.3") of statements answered "Vet ej": the item chart has no bar for them."""
    return [
        f"{a}.{n}"
        for a, area in enumerate(questionnaire.areas, start=1)
        for n, item in enumerate(area.items, start=1)
        if (found := scores.item(item.id)).answered and found.answer is None
    ]


def dont_know_caption(questionnaire: Questionnaire, scores: Scores, lang: Lang) -> str | None:
    """The line under the item chart naming the statements it has no bar for, None when none."""
    codes = dont_know_items(questionnaire, scores)
    return t("item_dont_know_list", lang, items=", ".join(codes)) if codes else None


def _item_label(code: str, short: str, pitfall: bool, lang: Lang) -> str:
    # `short` is the item's short label (at most SHORT_MAX characters), never cut.
    marker = f" [{t('kind_pitfall', lang)}]" if pitfall else ""
    return f"{code} {short}{marker}"


def _band(value: float | None) -> str:
    if value is None or GAP_AT < value < STRENGTH_AT:
        return MIDDLE
    return STRENGTH if value >= STRENGTH_AT else GAP


def _bar_label(value: float | None, level: str, lang: Lang) -> str:
    if value is None:
        return t("too_little", lang)
    return f"{number(value, lang)} · {level}"
