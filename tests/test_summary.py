"""The summary a leadership group reads first: ranked strengths, gaps, pitfalls and areas."""

from __future__ import annotations

import pytest

from scoring.model import Questionnaire
from scoring.score import score
from scoring.summary import AREA_COUNT, summarise
from tests.conftest import mini_data

# Six areas of five items; each area's last item (i4) is a pitfall.
SIX = Questionnaire.model_validate(mini_data(areas=6))


def area_at(area: int, target: int) -> dict[str, int]:
    """Answers giving every item of `area` the score `target` (0, 25, 50, 75 or 100)."""
    steps = target // 25
    answers = {f"a{area}-i{i}": steps + 1 for i in range(4)}
    answers[f"a{area}-i4"] = 5 - steps
    return answers


# Areas 0-4 score 100, 75, 50, 25 and 0; area 5 is not answered, so it has no score.
STEPPED = area_at(0, 100) | area_at(1, 75) | area_at(2, 50) | area_at(3, 25) | area_at(4, 0)


def ids(rows: tuple[object, ...]) -> list[str]:
    return [row.item.id for row in rows]  # type: ignore[attr-defined]


def test_strengths_come_best_first(mini: Questionnaire) -> None:
    answers = {"a0-i0": 4, "a0-i1": 5, "a0-i2": 4, "a0-i4": 1, "a1-i0": 5, "a1-i4": 2}
    summary = summarise(mini, score(mini, answers))
    # Six strengths, cut to the default five: the three at 100, then two of the three at 75.
    assert [row.score for row in summary.strengths] == [100.0, 100.0, 100.0, 75.0, 75.0]
    assert set(ids(summary.strengths)[:3]) == {"a0-i1", "a0-i4", "a1-i0"}
    assert set(ids(summary.strengths)[3:]) < {"a0-i0", "a0-i2", "a1-i4"}


def test_gaps_come_worst_first(mini: Questionnaire) -> None:
    answers = {"a0-i0": 2, "a0-i1": 1, "a1-i2": 2, "a1-i4": 5, "a0-i3": 3}
    summary = summarise(mini, score(mini, answers))
    assert [(row.item.id, row.score) for row in summary.gaps[:2]] in (
        [("a0-i1", 0.0), ("a1-i4", 0.0)],
        [("a1-i4", 0.0), ("a0-i1", 0.0)],
    )
    assert sorted(ids(summary.gaps[2:])) == ["a0-i0", "a1-i2"]
    assert [row.score for row in summary.gaps] == [0.0, 0.0, 25.0, 25.0]
    assert "a0-i3" not in ids(summary.gaps)


def test_a_ranked_item_carries_its_statement_and_its_area(mini: Questionnaire) -> None:
    summary = summarise(mini, score(mini, {"a1-i2": 1}))
    (gap,) = summary.gaps
    assert gap.item is mini.item("a1-i2")
    assert gap.area is mini.area_of("a1-i2")
    assert gap.score == 0.0


def test_active_pitfalls_are_the_pitfalls_answered_four_or_five_worst_first(mini: Questionnaire) -> None:
    summary = summarise(mini, score(mini, {"a0-i4": 4, "a1-i4": 5}))
    assert ids(summary.active_pitfalls) == ["a1-i4", "a0-i4"]
    assert [row.score for row in summary.active_pitfalls] == [0.0, 25.0]


def test_a_pitfall_answered_three_or_lower_is_not_active(mini: Questionnaire) -> None:
    summary = summarise(mini, score(mini, {"a0-i4": 3, "a1-i4": 1}))
    assert summary.active_pitfalls == ()


def test_don_t_know_and_unanswered_items_are_neither_strengths_nor_gaps(mini: Questionnaire) -> None:
    summary = summarise(mini, score(mini, {"a0-i0": None}))
    assert summary.strengths == () and summary.gaps == () and summary.active_pitfalls == ()


def test_the_three_strongest_areas_come_best_first() -> None:
    summary = summarise(SIX, score(SIX, STEPPED))
    assert AREA_COUNT == 3
    assert [area.id for area in summary.strongest_areas] == ["a0", "a1", "a2"]


def test_the_three_weakest_areas_come_worst_first() -> None:
    summary = summarise(SIX, score(SIX, STEPPED))
    assert [area.id for area in summary.weakest_areas] == ["a4", "a3", "a2"]


def test_an_area_without_a_score_is_neither_strongest_nor_weakest() -> None:
    summary = summarise(SIX, score(SIX, STEPPED))
    assert "a5" not in [a.id for a in summary.strongest_areas + summary.weakest_areas]


def test_with_fewer_scored_areas_than_three_only_those_are_listed() -> None:
    summary = summarise(SIX, score(SIX, area_at(2, 50) | area_at(4, 75)))
    assert [a.id for a in summary.strongest_areas] == ["a4", "a2"]
    assert [a.id for a in summary.weakest_areas] == ["a2", "a4"]


def test_without_answers_every_list_is_empty() -> None:
    summary = summarise(SIX, score(SIX, {}))
    assert summary.strongest_areas == () and summary.weakest_areas == ()
    assert summary.strengths == () and summary.gaps == () and summary.active_pitfalls == ()


@pytest.mark.parametrize("limit", [0, 1, 3, 7])
def test_the_limit_caps_strengths_gaps_and_pitfalls(limit: int) -> None:
    # Areas 0 and 1 give ten strengths, areas 3 and 4 ten gaps and two active pitfalls.
    summary = summarise(SIX, score(SIX, STEPPED), limit=limit)
    assert len(summary.strengths) == min(limit, 10)
    assert len(summary.gaps) == min(limit, 10)
    assert len(summary.active_pitfalls) == min(limit, 2)
    # The limit keeps the best strengths and the worst gaps, not the first in the questionnaire.
    assert all(row.score == 100.0 for row in summary.strengths[:5])
    assert all(row.score == 0.0 for row in summary.gaps[:5])


def test_the_default_limit_is_five() -> None:
    summary = summarise(SIX, score(SIX, STEPPED))
    assert len(summary.strengths) == 5 and len(summary.gaps) == 5
    assert {row.area.id for row in summary.strengths} == {"a0"}
    assert {row.area.id for row in summary.gaps} == {"a4"}


def test_the_limit_does_not_cap_the_areas() -> None:
    summary = summarise(SIX, score(SIX, STEPPED), limit=1)
    assert len(summary.strongest_areas) == 3 and len(summary.weakest_areas) == 3


# --- labels that read right ---------------------------------------------------------


def test_a_pitfall_that_scores_well_is_a_risk_avoided_never_its_risky_statement(mini: Questionnaire) -> None:
    summary = summarise(mini, score(mini, {"a0-i4": 1, "a0-i0": 5}))
    labels = {row.item.id: row.label("sv") for row in summary.strengths}
    assert labels == {"a0-i0": "Short 0.0 (sv)", "a0-i4": "Undviker: short 0.4 (sv)"}
    assert [row.item.id for row in summary.avoided] == ["a0-i4"]
    assert summary.strengths[0].label("en") in ("Short 0.0 (en)", "Avoids: short 0.4 (en)")
    assert all(row.item.text.sv not in labels.values() for row in summary.strengths)


def test_a_pitfall_the_group_is_in_is_named_by_its_risk(mini: Questionnaire) -> None:
    summary = summarise(mini, score(mini, {"a0-i4": 5}))
    (row,) = summary.active_pitfalls
    assert (row.label("sv"), row.avoided) == ("Short 0.4 (sv)", False)


def test_an_acronym_keeps_its_capitals_after_avoids(mini: Questionnaire) -> None:
    from scoring.summary import item_label

    item = mini.item("a0-i4").model_copy(
        update={"short": mini.item("a0-i4").short.model_copy(update={"en": "IT alone"})}
    )
    assert item_label(item, 100.0, "en") == "Avoids: IT alone"
    assert item_label(item, 50.0, "en") == "IT alone"


def test_every_real_label_fits_without_being_cut(questionnaire: Questionnaire) -> None:
    from scoring.model import SHORT_MAX
    from scoring.summary import item_label

    for item in questionnaire.items:
        for lang in ("sv", "en"):
            assert len(item.short(lang)) <= SHORT_MAX
            assert "…" not in item_label(item, 100.0, lang)
