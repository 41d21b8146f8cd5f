"""The frozen questionnaire model: its rules hold however it is built."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from scoring.model import Questionnaire, Text
from tests.conftest import mini_data


def build(data: dict[str, Any]) -> Questionnaire:
    return Questionnaire.model_validate(data)


def error_locations(data: dict[str, Any]) -> list[tuple[Any, ...]]:
    with pytest.raises(ValidationError) as caught:
        build(data)
    return [tuple(err["loc"]) for err in caught.value.errors()]


def test_a_text_answers_in_the_language_asked_for() -> None:
    text = Text(sv="Hej", en="Hello")
    assert text("sv") == "Hej"
    assert text("en") == "Hello"


def test_an_empty_text_in_either_language_is_refused() -> None:
    with pytest.raises(ValidationError):
        Text(sv="", en="Hello")
    with pytest.raises(ValidationError):
        Text(sv="Hej", en="")


def test_a_text_of_only_spaces_counts_as_blank() -> None:
    # The model promises "neither may be blank"; spaces alone are blank.
    with pytest.raises(ValidationError):
        Text(sv="   ", en="Hello")


def test_the_model_is_frozen(mini: Questionnaire) -> None:
    with pytest.raises(ValidationError):
        mini.id = "other"  # type: ignore[misc]
    with pytest.raises(ValidationError):
        mini.areas[0].items[0].weight = 2.0  # type: ignore[misc]


def test_items_are_listed_in_area_order(mini: Questionnaire) -> None:
    assert [item.id for item in mini.items] == [f"a{a}-i{i}" for a in range(2) for i in range(5)]


def test_an_item_and_its_area_are_found_by_id(mini: Questionnaire) -> None:
    assert mini.item("a1-i4").kind == "pitfall"
    assert mini.area_of("a1-i4").id == "a1"
    assert mini.has_item("a0-i0")
    assert not mini.has_item("nope")


def test_the_weight_defaults_to_one(mini: Questionnaire) -> None:
    assert all(item.weight == 1.0 for item in mini.items)


def test_a_whole_number_weight_is_accepted() -> None:
    data = mini_data()
    data["areas"][0]["items"][0]["weight"] = 2
    assert build(data).item("a0-i0").weight == 2


@pytest.mark.parametrize("weight", [0, -1, "2", True])
def test_a_weight_that_is_not_a_positive_number_is_refused(weight: object) -> None:
    data = mini_data()
    data["areas"][0]["items"][0]["weight"] = weight
    assert ("areas", 0, "items", 0, "weight") in error_locations(data)


def test_an_unknown_kind_is_refused() -> None:
    data = mini_data()
    data["areas"][0]["items"][1]["kind"] = "risk"
    assert ("areas", 0, "items", 1, "kind") in error_locations(data)


def test_an_id_that_is_not_a_slug_is_refused() -> None:
    data = mini_data()
    data["areas"][0]["items"][0]["id"] = "Bad Id"
    assert ("areas", 0, "items", 0, "id") in error_locations(data)


def test_an_area_with_four_items_is_refused() -> None:
    assert ("areas", 0, "items") in error_locations(mini_data(areas=1, items=4))


def test_an_area_without_a_pitfall_is_refused() -> None:
    data = mini_data()
    data["areas"][1]["items"][4]["kind"] = "factor"
    assert ("areas", 1, "items") in error_locations(data)


def test_the_scale_must_run_from_one_to_five_in_order() -> None:
    data = mini_data()
    data["scale"]["points"].reverse()
    assert ("scale", "points") in error_locations(data)


def test_a_scale_value_written_as_text_is_refused() -> None:
    data = mini_data()
    data["scale"]["points"][0]["value"] = "1"
    assert ("scale", "points", 0, "value") in error_locations(data)


def test_recommendations_need_as_many_entries_in_both_languages() -> None:
    data = mini_data()
    data["areas"][0]["recommendations"]["en"] = ["only one"]
    assert ("areas", 0, "recommendations") in error_locations(data)


def test_levels_must_start_at_zero() -> None:
    data = mini_data()
    data["levels"][0]["min"] = 10
    assert ("levels",) in error_locations(data)


def test_levels_must_ascend() -> None:
    data = mini_data()
    data["levels"][2]["min"] = 50
    assert ("levels",) in error_locations(data)


def test_a_level_above_one_hundred_is_refused() -> None:
    data = mini_data()
    data["levels"][2]["min"] = 101
    assert ("levels", 2, "min") in error_locations(data)


def test_level_ids_must_be_unique() -> None:
    data = mini_data()
    data["levels"][2]["id"] = "low"
    with pytest.raises(ValidationError, match="level ids must be unique"):
        build(data)


def test_an_area_id_may_not_repeat_an_item_id() -> None:
    data = mini_data()
    data["areas"][1]["id"] = "a0-i0"
    with pytest.raises(ValidationError, match="duplicate id 'a0-i0'"):
        build(data)


def test_an_unknown_field_is_refused() -> None:
    data = mini_data()
    data["areas"][0]["items"][0]["colour"] = "red"
    assert ("areas", 0, "items", 0, "colour") in error_locations(data)


def test_the_scale_labels_don_t_know_as_none(mini: Questionnaire) -> None:
    assert mini.scale.label(None, "en") == "dk (en)"
    assert mini.scale.label(3, "sv") == "p3 (sv)"


@pytest.mark.parametrize(
    ("value", "level"),
    [(0, "low"), (49.9, "low"), (50, "mid"), (79.9, "mid"), (80, "high"), (100, "high")],
)
def test_the_level_is_the_highest_whose_min_is_not_above_the_score(
    mini: Questionnaire, value: float, level: str
) -> None:
    found = mini.level_for(value)
    assert found is not None and found.id == level


def test_no_score_has_no_level(mini: Questionnaire) -> None:
    assert mini.level_for(None) is None
