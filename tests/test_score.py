"""The scoring rules: items, areas, the overall index, levels and the JSON contract."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scoring.model import Questionnaire
from scoring.score import item_score, score, scores_to_dict
from tests.conftest import mini_data

ANSWER = st.one_of(st.none(), st.integers(min_value=1, max_value=5))


def answer_for(kind: str, target: float) -> int:
    """The answer that gives an item of `kind` the score `target`."""
    steps = int(target // 25)
    return steps + 1 if kind == "factor" else 5 - steps


def build(data: dict[str, Any]) -> Questionnaire:
    return Questionnaire.model_validate(data)


# --- items ---------------------------------------------------------------------------


@pytest.mark.parametrize(("answer", "expected"), [(1, 0), (2, 25), (3, 50), (4, 75), (5, 100)])
def test_a_factor_scores_twenty_five_per_step_above_one(answer: int, expected: float) -> None:
    assert item_score("factor", answer) == expected


@pytest.mark.parametrize(("answer", "expected"), [(1, 100), (2, 75), (3, 50), (4, 25), (5, 0)])
def test_a_pitfall_scores_twenty_five_per_step_below_five(answer: int, expected: float) -> None:
    assert item_score("pitfall", answer) == expected


def test_a_pitfall_answered_five_scores_zero(mini: Questionnaire) -> None:
    assert score(mini, {"a0-i4": 5}).item("a0-i4").score == 0


def test_a_factor_answered_five_scores_one_hundred(mini: Questionnaire) -> None:
    assert score(mini, {"a0-i0": 5}).item("a0-i0").score == 100


def test_don_t_know_is_answered_but_has_no_score(mini: Questionnaire) -> None:
    item = score(mini, {"a0-i0": None}).item("a0-i0")
    assert item.answered is True
    assert item.answer is None
    assert item.score is None


def test_an_unanswered_item_has_no_score(mini: Questionnaire) -> None:
    item = score(mini, {}).item("a0-i0")
    assert item.answered is False
    assert item.score is None


# --- areas -----------------------------------------------------------------------------


def test_an_area_with_two_of_five_answered_has_no_score(mini: Questionnaire) -> None:
    scores = score(mini, {"a0-i0": 5, "a0-i1": 5})
    assert scores.area("a0").score is None
    assert scores.area("a0").level is None


def test_an_area_with_three_of_five_answered_has_a_score(mini: Questionnaire) -> None:
    scores = score(mini, {"a0-i0": 5, "a0-i1": 3, "a0-i2": 1})
    assert scores.area("a0").score == 50


def test_an_area_with_six_items_needs_three_answers() -> None:
    six = build(mini_data(areas=1, items=6))
    assert score(six, {"a0-i0": 5, "a0-i1": 5}).area("a0").score is None
    assert score(six, {"a0-i0": 5, "a0-i1": 5, "a0-i2": 5}).area("a0").score == 100


def test_don_t_know_does_not_count_towards_coverage(mini: Questionnaire) -> None:
    answers = {"a0-i0": 5, "a0-i1": 5, "a0-i2": None, "a0-i3": None, "a0-i4": None}
    assert score(mini, answers).area("a0").score is None


def test_the_area_score_ignores_don_t_know(mini: Questionnaire) -> None:
    answers = {"a0-i0": 5, "a0-i1": 5, "a0-i2": 1, "a0-i3": None, "a0-i4": None}
    assert score(mini, answers).area("a0").score == pytest.approx(66.7)


def test_the_area_score_honours_weights(mini_dict: dict[str, Any]) -> None:
    mini_dict["areas"][0]["items"][0]["weight"] = 3
    weighted = build(mini_dict)
    answers = {"a0-i0": 5, "a0-i1": 1, "a0-i2": 1, "a0-i3": 1, "a0-i4": 5}
    # (3 * 100 + 0 + 0 + 0 + 0) / 7 = 42.857..., where unweighted would give 20.
    assert score(weighted, answers).area("a0").score == 42.9


def test_weights_only_count_among_answered_items(mini_dict: dict[str, Any]) -> None:
    mini_dict["areas"][0]["items"][3]["weight"] = 10
    weighted = build(mini_dict)
    answers = {"a0-i0": 5, "a0-i1": 5, "a0-i2": 1}
    assert score(weighted, answers).area("a0").score == pytest.approx(66.7)


def test_a_heavy_weight_does_not_make_up_for_missing_answers(mini_dict: dict[str, Any]) -> None:
    mini_dict["areas"][0]["items"][0]["weight"] = 10
    weighted = build(mini_dict)
    assert score(weighted, {"a0-i0": 5, "a0-i1": 5}).area("a0").score is None


def test_an_area_counts_answered_don_t_know_and_unanswered(mini: Questionnaire) -> None:
    area = score(mini, {"a0-i0": 5, "a0-i1": 2, "a0-i2": None}).area("a0")
    assert (area.answered, area.dont_know, area.unanswered) == (2, 1, 2)
    assert area.items == ("a0-i0", "a0-i1", "a0-i2", "a0-i3", "a0-i4")


def test_an_area_gets_the_level_of_its_score(mini: Questionnaire) -> None:
    answers = {f"a0-i{i}": 5 for i in range(4)} | {"a0-i4": 1}
    area = score(mini, answers).area("a0")
    assert area.score == 100
    assert area.level is not None and area.level.id == "high"


# --- overall -----------------------------------------------------------------------------


def full_area(area: int, target: float) -> dict[str, int]:
    """Answers giving every item in mini area `area` the score `target`."""
    answers = {f"a{area}-i{i}": answer_for("factor", target) for i in range(4)}
    answers[f"a{area}-i4"] = answer_for("pitfall", target)
    return answers


def test_the_overall_index_is_the_unweighted_mean_of_area_scores(mini: Questionnaire) -> None:
    # Area 0: five items at 100. Area 1: three items at 0. An item mean would give 62.5.
    answers = full_area(0, 100) | {"a1-i0": 1, "a1-i1": 1, "a1-i2": 1}
    scores = score(mini, answers)
    assert [a.score for a in scores.areas] == [100, 0]
    assert scores.overall == 50


def test_item_weights_do_not_weight_areas_in_the_overall_index(mini_dict: dict[str, Any]) -> None:
    mini_dict["areas"][0]["items"][0]["weight"] = 5
    weighted = build(mini_dict)
    assert score(weighted, full_area(0, 100) | full_area(1, 0)).overall == 50


def test_half_the_areas_with_a_score_is_enough(mini: Questionnaire) -> None:
    scores = score(mini, full_area(0, 75))
    assert scores.area("a1").score is None
    assert scores.overall == 75


def test_fewer_than_half_the_areas_with_a_score_gives_no_overall_index() -> None:
    three = build(mini_data(areas=3))
    scores = score(three, full_area(0, 75))
    assert scores.overall is None
    assert scores.level is None


def test_two_of_three_areas_with_a_score_give_their_mean() -> None:
    three = build(mini_data(areas=3))
    assert score(three, full_area(0, 75) | full_area(2, 25)).overall == 50


def test_no_answers_give_no_scores_at_all(mini: Questionnaire) -> None:
    scores = score(mini, {})
    assert scores.overall is None
    assert scores.level is None
    assert all(area.score is None for area in scores.areas)
    assert scores.strengths == scores.gaps == scores.active_pitfalls == ()


def test_an_overall_index_of_exactly_forty_is_at_the_forty_level(
    questionnaire: Questionnaire,
) -> None:
    answers: dict[str, int] = {}
    for area in questionnaire.areas:
        # Five answered items scoring 50, 50, 50, 25, 25: a mean of exactly 40.
        for item, target in zip(area.items[:5], (50, 50, 50, 25, 25), strict=True):
            answers[item.id] = answer_for(item.kind, target)
    scores = score(questionnaire, answers)
    assert all(area.score == 40 for area in scores.areas)
    assert scores.overall == 40
    forty = next(level for level in questionnaire.levels if level.min == 40)
    assert scores.level == forty
    assert all(area.level == forty for area in scores.areas)


def test_just_under_a_level_stays_at_the_level_below(questionnaire: Questionnaire) -> None:
    first, second = questionnaire.levels[0], questionnaire.levels[1]
    assert questionnaire.level_for(second.min - 0.1) == first
    assert questionnaire.level_for(second.min) == second


# --- strengths, gaps and pitfalls --------------------------------------------------------


def test_seventy_five_is_a_strength_and_twenty_five_a_gap(mini: Questionnaire) -> None:
    scores = score(mini, {"a0-i0": 4, "a0-i1": 2, "a0-i2": 3, "a0-i4": 2, "a1-i4": 4})
    assert scores.strengths == ("a0-i0", "a0-i4")
    assert scores.gaps == ("a0-i1", "a1-i4")


def test_just_inside_the_middle_is_neither_strength_nor_gap(mini: Questionnaire) -> None:
    scores = score(mini, {"a0-i0": 3, "a0-i4": 3})
    assert scores.strengths == ()
    assert scores.gaps == ()


def test_a_pitfall_answered_four_or_five_is_active(mini: Questionnaire) -> None:
    scores = score(mini, {"a0-i4": 4, "a1-i4": 5, "a0-i0": 5})
    assert scores.active_pitfalls == ("a0-i4", "a1-i4")


@pytest.mark.parametrize("answer", [1, 2, 3, None])
def test_a_pitfall_answered_below_four_is_not_active(mini: Questionnaire, answer: int | None) -> None:
    assert score(mini, {"a0-i4": answer}).active_pitfalls == ()


def test_a_factor_is_never_an_active_pitfall(mini: Questionnaire) -> None:
    assert score(mini, {f"a0-i{i}": 5 for i in range(4)}).active_pitfalls == ()


# --- the JSON contract ---------------------------------------------------------------------


def test_the_json_contract_has_exactly_its_keys(mini: Questionnaire) -> None:
    body = scores_to_dict(score(mini, full_area(0, 75) | {"a1-i0": None}))
    assert set(body) == {"overall", "level", "areas", "items", "strengths", "gaps", "active_pitfalls"}
    assert [a["id"] for a in body["areas"]] == ["a0", "a1"]
    for area in body["areas"]:
        assert set(area) == {"id", "score", "level", "answered", "dont_know", "unanswered", "items"}
    assert [i["id"] for i in body["items"]] == [item.id for item in mini.items]
    for item in body["items"]:
        assert set(item) == {"id", "area", "kind", "answer", "score"}


def test_the_json_contract_holds_ids_and_figures(mini: Questionnaire) -> None:
    body = scores_to_dict(score(mini, full_area(0, 75) | {"a1-i0": None, "a1-i4": 5}))
    assert body["overall"] == 75
    assert body["level"] == "mid"
    assert body["areas"][0] == {
        "id": "a0",
        "score": 75,
        "level": "mid",
        "answered": 5,
        "dont_know": 0,
        "unanswered": 0,
        "items": ["a0-i0", "a0-i1", "a0-i2", "a0-i3", "a0-i4"],
    }
    assert body["areas"][1]["score"] is None and body["areas"][1]["level"] is None
    assert body["items"][4] == {"id": "a0-i4", "area": "a0", "kind": "pitfall", "answer": 2, "score": 75}
    assert body["items"][5] == {"id": "a1-i0", "area": "a1", "kind": "factor", "answer": None, "score": None}
    assert body["strengths"] == ["a0-i0", "a0-i1", "a0-i2", "a0-i3", "a0-i4"]
    assert body["gaps"] == ["a1-i4"]
    assert body["active_pitfalls"] == ["a1-i4"]


def test_the_json_contract_survives_json(mini: Questionnaire) -> None:
    body = scores_to_dict(score(mini, full_area(0, 75)))
    assert json.loads(json.dumps(body)) == body


def test_figures_are_rounded_to_one_decimal(mini: Questionnaire) -> None:
    # Area 0: 100, 100, 0 -> 66.666...; area 1: 100, 0, 0 -> 33.333...
    answers = {"a0-i0": 5, "a0-i1": 5, "a0-i2": 1, "a1-i0": 5, "a1-i1": 1, "a1-i2": 1}
    body = scores_to_dict(score(mini, answers))
    assert [a["score"] for a in body["areas"]] == [66.7, 33.3]
    assert body["overall"] == 50.0


def test_the_overall_index_is_rounded_to_one_decimal() -> None:
    three = build(mini_data(areas=3))
    # Areas 100, 100 and 0 average to 66.666...
    assert score(three, full_area(0, 100) | full_area(1, 100) | full_area(2, 0)).overall == 66.7


# --- properties on the real questionnaire ---------------------------------------------------


def answers_for(questionnaire: Questionnaire) -> st.SearchStrategy[dict[str, int | None]]:
    ids = [item.id for item in questionnaire.items]
    return st.dictionaries(st.sampled_from(ids), ANSWER, max_size=len(ids))


@given(data=st.data())
def test_every_score_is_between_zero_and_one_hundred(
    questionnaire: Questionnaire, data: st.DataObject
) -> None:
    scores = score(questionnaire, data.draw(answers_for(questionnaire)))
    figures = [scores.overall] + [a.score for a in scores.areas] + [i.score for i in scores.items]
    assert all(value is None or 0 <= value <= 100 for value in figures)
    assert (scores.level is None) == (scores.overall is None)


@given(data=st.data())
def test_an_area_score_lies_between_its_lowest_and_highest_item(
    questionnaire: Questionnaire, data: st.DataObject
) -> None:
    scores = score(questionnaire, data.draw(answers_for(questionnaire)))
    for area in scores.areas:
        values = [scores.item(i).score for i in area.items if scores.item(i).score is not None]
        if area.score is not None:
            assert min(values) - 0.05 <= area.score <= max(values) + 0.05


@given(data=st.data())
def test_raising_an_answer_raises_a_factor_and_lowers_a_pitfall(
    questionnaire: Questionnaire, data: st.DataObject
) -> None:
    answers = data.draw(answers_for(questionnaire))
    item = data.draw(st.sampled_from(questionnaire.items))
    low = data.draw(st.integers(min_value=1, max_value=4))
    high = data.draw(st.integers(min_value=low + 1, max_value=5))
    before = score(questionnaire, answers | {item.id: low})
    after = score(questionnaire, answers | {item.id: high})
    area = questionnaire.area_of(item.id).id
    old_item, new_item = before.item(item.id).score, after.item(item.id).score
    old_area, new_area = before.area(area).score, after.area(area).score
    assert old_item is not None and new_item is not None
    assert (old_area is None) == (new_area is None)
    if item.kind == "factor":
        assert new_item > old_item
        assert new_area is None or old_area is None or new_area > old_area
    else:
        assert new_item < old_item
        assert new_area is None or old_area is None or new_area < old_area


@given(data=st.data())
def test_changing_one_answer_moves_only_its_own_area(
    questionnaire: Questionnaire, data: st.DataObject
) -> None:
    answers = data.draw(answers_for(questionnaire))
    item = data.draw(st.sampled_from(questionnaire.items))
    changed = dict(answers)
    if data.draw(st.booleans()):
        changed[item.id] = data.draw(ANSWER)
    else:
        changed.pop(item.id, None)
    before, after = score(questionnaire, answers), score(questionnaire, changed)
    own = questionnaire.area_of(item.id).id
    for old, new in zip(before.areas, after.areas, strict=True):
        if old.id != own:
            assert old == new
    assert [i for i in before.items if i.id != item.id] == [i for i in after.items if i.id != item.id]


@given(data=st.data())
def test_the_order_of_the_answers_does_not_matter(questionnaire: Questionnaire, data: st.DataObject) -> None:
    answers = data.draw(answers_for(questionnaire))
    reordered = dict(reversed(list(answers.items())))
    assert score(questionnaire, answers) == score(questionnaire, reordered)
