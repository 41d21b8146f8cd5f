"""WCAG 1.4.11 in the charts: every colour the specs draw with, checked as WCAG computes contrast."""

from __future__ import annotations

from typing import Any

import pytest

from scoring.charts import item_chart, strengths_gaps_chart
from scoring.model import Questionnaire
from scoring.score import Scores, score
from scoring.team import OwnScores, own_scores
from scoring.team_charts import spread_chart
from scoring.trend import trend_chart

WHITE = "#ffffff"
NON_TEXT = 3.0  # WCAG 2.1 1.4.11: graphical objects need 3:1 against adjacent colours


def luminance(colour: str) -> float:
    channels = [int(colour.lstrip("#")[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def blend(colour: str, opacity: float, under: str = WHITE) -> str:
    """The colour a translucent mark shows on `under`."""
    top = [int(colour.lstrip("#")[i : i + 2], 16) for i in (0, 2, 4)]
    bottom = [int(under.lstrip("#")[i : i + 2], 16) for i in (0, 2, 4)]
    return "#" + "".join(
        f"{round(t * opacity + b * (1 - opacity)):02x}" for t, b in zip(top, bottom, strict=True)
    )


def walk(spec: Any) -> list[dict[str, Any]]:
    """Every dict in a spec, depth first."""
    found = []
    if isinstance(spec, dict):
        found.append(spec)
        for value in spec.values():
            found += walk(value)
    elif isinstance(spec, list):
        for value in spec:
            found += walk(value)
    return found


def fills(spec: dict[str, Any]) -> list[str]:
    """The colours data is drawn with: colour scale ranges and fixed mark colours (with opacity)."""
    colours = []
    for node in walk(spec):
        scale = node.get("scale") if isinstance(node.get("scale"), dict) else {}
        if isinstance(scale.get("range"), list) and node.get("field") in {"level", "band_label", "series"}:
            colours += scale["range"]
        mark = node.get("mark")
        if isinstance(mark, dict) and isinstance(mark.get("color"), str) and mark.get("aria") is not False:
            colours.append(blend(mark["color"], mark.get("opacity", 1.0)))
    return colours


def background(spec: dict[str, Any]) -> str:
    return str(spec.get("background", WHITE))


def everything(questionnaire: Questionnaire, answer: int | None) -> Scores:
    return score(questionnaire, {item.id: answer for item in questionnaire.items})


def specs(questionnaire: Questionnaire) -> dict[str, dict[str, Any]]:
    low, high = everything(questionnaire, 1), everything(questionnaire, 5)
    own: list[OwnScores] = [own_scores(questionnaire, {i.id: v for i in questionnaire.items}) for v in (2, 4)]
    return {
        "strengths and gaps": strengths_gaps_chart(questionnaire, high, "sv", low).to_dict(),
        "statement by statement": item_chart(questionnaire, high, "sv").to_dict(),
        "trend": trend_chart(questionnaire, [("2025-01-01", low), ("2026-01-01", high)], "sv").to_dict(),
        "spread": spread_chart(questionnaire, own, high, "sv").to_dict(),
    }


@pytest.mark.parametrize("chart", ["strengths and gaps", "statement by statement", "trend", "spread"])
def test_every_colour_a_chart_draws_data_with_has_3_to_1_on_its_background(
    questionnaire: Questionnaire, chart: str
) -> None:
    spec = specs(questionnaire)[chart]
    colours = fills(spec)
    assert colours, f"no colours found in the {chart} chart"
    weak = {
        c: round(contrast(c, background(spec)), 2)
        for c in colours
        if contrast(c, background(spec)) < NON_TEXT
    }
    assert not weak, f"{chart}: colours under {NON_TEXT}:1 on {background(spec)}: {weak}"


def test_the_previous_run_tick_stands_out_3_to_1_on_every_level_colour(questionnaire: Questionnaire) -> None:
    spec = specs(questionnaire)["strengths and gaps"]
    ticks = [
        n["mark"]["color"]
        for n in walk(spec)
        if isinstance(n.get("mark"), dict) and n["mark"].get("type") == "tick"
    ]
    assert len(ticks) >= 2, "a tick and its casing expected"
    levels = next(n["scale"]["range"] for n in walk(spec) if n.get("field") == "level" and "scale" in n)
    report = {bar: max(round(contrast(tick, bar), 2) for tick in ticks) for bar in levels}
    assert min(report.values()) >= NON_TEXT, f"best tick contrast per bar colour: {report}"


def test_the_trend_is_one_small_chart_per_series_drawn_in_one_dark_colour(
    questionnaire: Questionnaire,
) -> None:
    # One small chart per series (the overall index and each area): no legend of seven colours to
    # tell apart; the one line colour must still stand out on white.
    spec = specs(questionnaire)["trend"]
    assert "facet" in spec
    colours = {
        n["color"]
        for n in walk(spec)
        if isinstance(n.get("color"), str) and n.get("type") in ("line", "point")
    }
    assert colours and all(contrast(colour, "#ffffff") >= 3 for colour in colours)
