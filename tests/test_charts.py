"""The charts, checked through their Vega-Lite specs (nothing is drawn here)."""

from __future__ import annotations

from typing import Any

import pytest

from scoring.charts import (
    area_rows,
    dont_know_caption,
    dont_know_items,
    item_chart,
    item_rows,
    strengths_gaps_chart,
)
from scoring.model import Questionnaire
from scoring.score import Scores, score
from scoring.strings import t
from scoring.team import OwnScores
from scoring.team_charts import spread_chart, spread_rows, spread_summary


def everything(questionnaire: Questionnaire, answer: int | None) -> Scores:
    return score(questionnaire, {item.id: answer for item in questionnaire.items})


def layers_by_mark(spec: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    found: dict[str, list[dict[str, Any]]] = {}
    for layer in spec["layer"]:
        mark = layer["mark"]
        found.setdefault(mark["type"] if isinstance(mark, dict) else mark, []).append(layer)
    return found


def bar_layer(spec: dict[str, Any]) -> dict[str, Any]:
    (bars,) = layers_by_mark(spec)["bar"]
    return bars


# --- the strengths-and-gaps chart ---------------------------------------------------------


def test_the_chart_has_one_bar_row_per_area(questionnaire: Questionnaire) -> None:
    spec = strengths_gaps_chart(questionnaire, everything(questionnaire, 4), "sv").to_dict()
    rows = bar_layer(spec)["data"]["values"]
    assert len(rows) == len(questionnaire.areas)
    assert [r["area"] for r in rows] == [
        f"{n}. {area.title('sv')}" for n, area in enumerate(questionnaire.areas, start=1)
    ]


def test_the_areas_keep_the_questionnaire_order(questionnaire: Questionnaire) -> None:
    spec = strengths_gaps_chart(questionnaire, everything(questionnaire, 4), "sv").to_dict()
    y = bar_layer(spec)["encoding"]["y"]
    assert y["sort"] == [r["area"] for r in bar_layer(spec)["data"]["values"]]


def test_the_score_axis_runs_from_zero_to_one_hundred(questionnaire: Questionnaire) -> None:
    spec = strengths_gaps_chart(questionnaire, everything(questionnaire, 4), "sv").to_dict()
    x = bar_layer(spec)["encoding"]["x"]
    assert x["field"] == "score"
    assert x["scale"]["domain"] == [0, 100]


def test_the_title_is_swedish_for_sv(questionnaire: Questionnaire) -> None:
    spec = strengths_gaps_chart(questionnaire, everything(questionnaire, 4), "sv").to_dict()
    assert spec["title"] == "Styrkor och gap per område"
    assert bar_layer(spec)["encoding"]["x"]["title"] == t("chart_axis_score", "sv")


def test_the_title_is_english_for_en(questionnaire: Questionnaire) -> None:
    spec = strengths_gaps_chart(questionnaire, everything(questionnaire, 4), "en").to_dict()
    assert spec["title"] == "Strengths and gaps by area"
    rows = bar_layer(spec)["data"]["values"]
    assert rows[0]["area"] == f"1. {questionnaire.areas[0].title('en')}"


def test_each_bar_carries_its_level_as_text(questionnaire: Questionnaire) -> None:
    scores = everything(questionnaire, 4)
    spec = strengths_gaps_chart(questionnaire, scores, "en").to_dict()
    (text,) = layers_by_mark(spec)["text"]
    assert text["encoding"]["text"]["field"] == "bar_label"
    for row, area in zip(text["data"]["values"], scores.areas, strict=True):
        assert row["bar_label"] == f"{area.score:.1f} · {area.level.label('en')}"


def test_the_level_thresholds_are_drawn_as_rules(questionnaire: Questionnaire) -> None:
    spec = strengths_gaps_chart(questionnaire, everything(questionnaire, 4), "sv").to_dict()
    (rules,) = layers_by_mark(spec)["rule"]
    assert [r["min"] for r in rules["data"]["values"]] == [lvl.min for lvl in questionnaire.levels[1:]]


def test_the_colour_legend_lists_every_level_in_order(questionnaire: Questionnaire) -> None:
    spec = strengths_gaps_chart(questionnaire, everything(questionnaire, 4), "en").to_dict()
    colour = bar_layer(spec)["encoding"]["color"]
    assert colour["scale"]["domain"] == [level.label("en") for level in questionnaire.levels]


def test_without_a_previous_run_there_is_no_tick(questionnaire: Questionnaire) -> None:
    spec = strengths_gaps_chart(questionnaire, everything(questionnaire, 4), "sv").to_dict()
    assert "tick" not in layers_by_mark(spec)
    assert all(r["previous"] is None for r in bar_layer(spec)["data"]["values"])


def test_a_previous_run_adds_a_tick_and_delta_labels(questionnaire: Questionnaire) -> None:
    now, before = everything(questionnaire, 5), everything(questionnaire, 3)
    spec = strengths_gaps_chart(questionnaire, now, "sv", previous=before).to_dict()
    marks = layers_by_mark(spec)
    # The tick and the white casing under it, both at the previous score.
    assert [tick["encoding"]["x"]["field"] for tick in marks["tick"]] == ["previous", "previous"]
    assert any(layer["encoding"]["text"]["field"] == "delta_label" for layer in marks["text"])
    rows = bar_layer(spec)["data"]["values"]
    for row, area_now, area_before in zip(rows, now.areas, before.areas, strict=True):
        assert row["previous"] == area_before.score
        assert row["delta"] == pytest.approx(area_now.score - area_before.score, abs=0.05)
        assert row["delta_label"] == f"{row['delta']:+.1f}".replace(".", ",")  # Swedish decimal comma
    assert spec["title"] == t("chart_title_with_previous", "sv")


def test_a_fall_since_last_time_is_labelled_with_a_minus(questionnaire: Questionnaire) -> None:
    rows = area_rows(questionnaire, everything(questionnaire, 2), "en", everything(questionnaire, 4))
    assert all(r["delta_label"].startswith("-") for r in rows if r["delta"] < 0)
    assert any(r["delta"] < 0 for r in rows)


# --- area rows -----------------------------------------------------------------------------------


def test_area_rows_give_the_data_table(questionnaire: Questionnaire) -> None:
    scores = everything(questionnaire, 4)
    rows = area_rows(questionnaire, scores, "sv")
    assert [r["position"] for r in rows] == list(range(1, len(questionnaire.areas) + 1))
    for row, area in zip(rows, scores.areas, strict=True):
        assert row["score"] == area.score
        assert row["level"] == area.level.label("sv")
        assert row["previous"] is None and row["delta"] is None and row["delta_label"] == ""


def test_an_area_without_a_score_says_so(questionnaire: Questionnaire) -> None:
    rows = area_rows(questionnaire, everything(questionnaire, None), "sv")
    assert all(r["score"] is None for r in rows)
    assert all(r["bar_label"] == t("too_little", "sv") for r in rows)
    assert all(r["level"] == t("no_level", "sv") for r in rows)


def test_an_area_unscored_in_one_run_has_no_delta(questionnaire: Questionnaire) -> None:
    rows = area_rows(questionnaire, everything(questionnaire, 4), "sv", everything(questionnaire, None))
    assert all(r["delta"] is None and r["delta_label"] == "" for r in rows)


def test_a_chart_with_no_scores_still_builds(questionnaire: Questionnaire) -> None:
    empty = everything(questionnaire, None)
    spec = strengths_gaps_chart(questionnaire, empty, "en", previous=empty).to_dict()
    assert len(bar_layer(spec)["data"]["values"]) == len(questionnaire.areas)


# --- the item chart ------------------------------------------------------------------------------


def item_layers(spec: dict[str, Any]) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The item chart's bar layer and its two text layers (area headings, statement labels)."""
    bars = next(layer for layer in spec["layer"] if layer["mark"]["type"] == "bar")
    texts = [layer for layer in spec["layer"] if layer["mark"]["type"] == "text"]
    return bars, texts


def test_the_item_chart_groups_items_by_area(questionnaire: Questionnaire) -> None:
    spec = item_chart(questionnaire, everything(questionnaire, 4), "sv").to_dict()
    bars, (headings, _labels) = item_layers(spec)
    areas = [f"{n}. {a.title('sv')}" for n, a in enumerate(questionnaire.areas, start=1)]
    assert [" ".join(h["lines"]) for h in headings["data"]["values"]] == areas
    assert [r["area"] for r in bars["data"]["values"]] == [
        f"{n}. {a.title('sv')}" for n, a in enumerate(questionnaire.areas, start=1) for _ in a.items
    ]
    # Stacked down one column: every heading sits above the bars of its area.
    tops = [h["label_top"] for h in headings["data"]["values"]]
    assert tops == sorted(tops)
    assert " ".join(spec["title"]["text"]) == t("item_chart_title", "sv")


def test_a_score_of_exactly_fifty_gets_a_mark_where_its_bar_has_no_length(
    questionnaire: Questionnaire,
) -> None:
    spec = item_chart(questionnaire, everything(questionnaire, 3), "sv").to_dict()
    bars, _texts = item_layers(spec)
    mark = next(
        layer for layer in spec["layer"] if {"filter": "datum.score == 50"} in layer.get("transform", [])
    )
    assert mark["mark"]["type"] in {"rule", "tick"}
    assert all(r["score"] == 50 for r in bars["data"]["values"])


def test_statements_answered_dont_know_are_listed_by_their_code(questionnaire: Questionnaire) -> None:
    second_area = questionnaire.areas[1]
    answers = {item.id: 4 for item in questionnaire.items} | {second_area.items[1].id: None}
    answers.pop(questionnaire.items[0].id)  # unanswered is not "Vet ej"
    assert dont_know_items(questionnaire, score(questionnaire, answers)) == ["2.2"]
    caption = dont_know_caption(questionnaire, score(questionnaire, answers), "sv")
    assert caption == "Besvarade med Vet ej (ingen stapel): 2.2"
    assert dont_know_caption(questionnaire, everything(questionnaire, 3), "sv") is None


def test_the_item_chart_leaves_out_items_without_a_score(questionnaire: Questionnaire) -> None:
    first = questionnaire.items[0]
    answers = {item.id: 4 for item in questionnaire.items} | {first.id: None}
    bars, _texts = item_layers(item_chart(questionnaire, score(questionnaire, answers), "sv").to_dict())
    assert len(bars["data"]["values"]) == len(questionnaire.items) - 1
    assert all(r["text"] != first.text("sv") for r in bars["data"]["values"])


def test_the_item_chart_axis_runs_from_zero_to_one_hundred(questionnaire: Questionnaire) -> None:
    spec = item_chart(questionnaire, everything(questionnaire, 4), "en").to_dict()
    bars, _texts = item_layers(spec)
    assert bars["encoding"]["x"]["scale"]["domain"] == [0, 100]
    assert " ".join(spec["title"]["text"]) == t("item_chart_title", "en")


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_pitfalls_are_marked_in_their_label(questionnaire: Questionnaire, lang: Any) -> None:
    marker = f"[{t('kind_pitfall', lang)}]"
    rows = item_rows(questionnaire, everything(questionnaire, 4), lang)
    for row, item in zip(rows, questionnaire.items, strict=True):
        assert (marker in row["item"]) == (item.kind == "pitfall"), row["item"]


def test_item_labels_are_unique(questionnaire: Questionnaire) -> None:
    rows = item_rows(questionnaire, everything(questionnaire, 3), "sv")
    assert len({r["item"] for r in rows}) == len(rows)


def test_item_labels_are_numbered_by_area_and_position(questionnaire: Questionnaire) -> None:
    rows = item_rows(questionnaire, everything(questionnaire, 3), "en")
    assert rows[0]["item"].startswith("1.1 ")
    second_area_first = len(questionnaire.areas[0].items)
    assert rows[second_area_first]["item"].startswith("2.1 ")
    assert rows[second_area_first]["area"] == f"2. {questionnaire.areas[1].title('en')}"


def test_the_label_is_the_short_label_uncut_and_the_statement_is_kept_in_full(
    questionnaire: Questionnaire,
) -> None:
    rows = item_rows(questionnaire, everything(questionnaire, 3), "sv")
    for row, item in zip(rows, questionnaire.items, strict=True):
        assert "…" not in row["item"]
        assert row["item"].split(" [")[0].split(" ", 1)[1] == item.short.sv
        assert row["text"] == item.text.sv


def test_a_pitfall_that_scores_well_is_labelled_as_a_risk_avoided(questionnaire: Questionnaire) -> None:
    rows = item_rows(questionnaire, everything(questionnaire, 1), "sv")
    pitfall = questionnaire.item("losning-soker-problem")
    (row,) = [r for r in rows if r["text"] == pitfall.text.sv]
    assert row["item"] == "1.5 Undviker: lösning som söker ett problem [Fallgrop]"


@pytest.mark.parametrize(
    ("answer", "band"), [(5, "strength"), (4, "strength"), (3, "middle"), (2, "gap"), (1, "gap")]
)
def test_an_item_is_banded_by_its_score(mini: Questionnaire, answer: int, band: str) -> None:
    (row,) = [r for r in item_rows(mini, score(mini, {"a0-i0": answer}), "en") if r["score"] is not None]
    assert row["band"] == band
    assert row["band_label"] == t(f"band_{band}", "en")


def test_an_unscored_item_has_no_band_label(mini: Questionnaire) -> None:
    rows = item_rows(mini, score(mini, {}), "sv")
    assert all(r["score"] is None and r["band_label"] == "" for r in rows)


# --- the spread chart ----------------------------------------------------------------------------


SPREAD = [
    OwnScores(areas=(10.0, None), overall=None),
    OwnScores(areas=(30.0, 50.0), overall=40.0),
    OwnScores(areas=(20.0, None), overall=None),
    OwnScores(areas=(40.0, 70.0), overall=55.0),
    OwnScores(areas=(None, None), overall=None),
]


def test_spread_rows_give_one_dot_per_respondent_and_scored_area(mini: Questionnaire) -> None:
    rows = spread_rows(mini, SPREAD, "en")
    assert rows == [
        {"area": "1. Area 0 (en)", "respondent": 1, "score": 10.0},
        {"area": "1. Area 0 (en)", "respondent": 2, "score": 30.0},
        {"area": "2. Area 1 (en)", "respondent": 2, "score": 50.0},
        {"area": "1. Area 0 (en)", "respondent": 3, "score": 20.0},
        {"area": "1. Area 0 (en)", "respondent": 4, "score": 40.0},
        {"area": "2. Area 1 (en)", "respondent": 4, "score": 70.0},
    ]


def test_spread_rows_of_nobody_are_empty(mini: Questionnaire) -> None:
    assert spread_rows(mini, [], "sv") == []


def test_the_spread_summary_gives_count_lowest_median_and_highest_per_area(mini: Questionnaire) -> None:
    assert spread_summary(mini, SPREAD, "sv") == [
        {"area": "1. Area 0 (sv)", "n": 4, "min": 10.0, "median": 25.0, "max": 40.0},
        {"area": "2. Area 1 (sv)", "n": 2, "min": 50.0, "median": 60.0, "max": 70.0},
    ]


def test_the_spread_summary_of_an_odd_count_takes_the_middle_score(mini: Questionnaire) -> None:
    own = [OwnScores((v, None), None) for v in (90.0, 12.5, 37.5)]
    (first, second) = spread_summary(mini, own, "en")
    assert (first["n"], first["min"], first["median"], first["max"]) == (3, 12.5, 37.5, 90.0)
    assert (second["n"], second["min"], second["median"], second["max"]) == (0, None, None, None)


def test_the_spread_chart_draws_a_dot_per_own_score_and_a_tick_per_team_score(mini: Questionnaire) -> None:
    team = score(mini, {f"a0-i{i}": 3 for i in range(5)})  # area a1 has no score
    spec = spread_chart(mini, SPREAD, team, "en").to_dict()
    layers = layers_by_mark(spec)
    (dots,) = layers["circle"]
    (ticks,) = layers["tick"]
    assert dots["data"]["values"] == spread_rows(mini, SPREAD, "en")
    assert ticks["data"]["values"] == [{"area": "1. Area 0 (en)", "score": 50.0}]
    order = ["1. Area 0 (en)", "2. Area 1 (en)"]
    for layer in (dots, ticks):
        assert layer["encoding"]["x"]["field"] == "score"
        assert layer["encoding"]["x"]["scale"]["domain"] == [0, 100]
        assert layer["encoding"]["y"]["field"] == "area"
        assert layer["encoding"]["y"]["sort"] == order
    assert spec["title"] == t("spread_title", "en")


def test_the_spread_chart_is_titled_in_the_language_asked(mini: Questionnaire) -> None:
    spec = spread_chart(mini, SPREAD, score(mini, {}), "sv").to_dict()
    assert spec["title"] == t("spread_title", "sv")
    assert layers_by_mark(spec)["tick"][0]["data"]["values"] == []
