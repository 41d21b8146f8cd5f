"""ui/charts.py: chart specs are built once per set of data and shared by every session."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import streamlit as st

from scoring import charts
from scoring.model import Questionnaire
from scoring.score import score
from ui import charts as screen


@dataclass(frozen=True)
class FakeChart:
    value: int

    def to_dict(self) -> dict[str, Any]:
        return {"value": self.value}


def test_a_chart_is_built_once_for_the_same_data_and_again_for_other_data() -> None:
    built: list[int] = []

    def build(value: int, lang: str) -> FakeChart:
        built.append(value)
        return FakeChart(value)

    st.cache_data.clear()
    assert screen.spec(build, 1, "sv") == {"value": 1}
    assert screen.spec(build, 1, "sv") == {"value": 1}
    assert built == [1]
    assert screen.spec(build, 2, "sv") == {"value": 2}
    screen.spec(build, 1, "en")
    assert built == [1, 2, 1]


def test_options_and_the_builder_are_part_of_the_key() -> None:
    def wide(value: int, width: int = 0) -> FakeChart:
        return FakeChart(value + width)

    def other(value: int, width: int = 0) -> FakeChart:
        return FakeChart(-value)

    st.cache_data.clear()
    assert screen.spec(wide, 1) == {"value": 1}
    assert screen.spec(wide, 1, width=10) == {"value": 11}
    assert screen.spec(other, 1) == {"value": -1}


def test_the_cached_spec_is_the_cores_chart_exactly(questionnaire: Questionnaire) -> None:
    q = questionnaire
    scores = score(q, {item.id: 4 for item in q.items})
    st.cache_data.clear()
    cached = screen.spec(charts.strengths_gaps_chart, q, scores, "sv")
    assert cached == charts.strengths_gaps_chart(q, scores, "sv").to_dict()
    other = score(q, {item.id: 2 for item in q.items})
    assert screen.spec(charts.strengths_gaps_chart, q, other, "sv") != cached


def test_a_reloaded_questionnaire_never_finds_the_charts_of_the_one_before(mini: Questionnaire) -> None:
    # A freed object's id can be given to the next one; each questionnaire named in a key is
    # kept, so an edited questions.yaml (a new object) always gets charts of its own.
    st.cache_data.clear()

    def build(q: Questionnaire, lang: str) -> FakeChart:
        return FakeChart(len(q.title(lang)))

    first = mini.model_copy(update={})
    seen = screen.spec(build, first, "sv")
    ids = {id(first)}
    del first
    for _ in range(50):
        edited = mini.model_copy(update={})
        assert id(edited) not in ids
        ids.add(id(edited))
        assert screen.spec(build, edited, "sv") == seen
