"""Comparing two runs: what moved, overall, per area and per item."""

from __future__ import annotations

import json
from dataclasses import replace

from scoring.compare import Change, compare, comparison_to_dict, differences, differences_line
from scoring.model import Questionnaire
from scoring.results import Result, new_result


def full(area: int, factor: int, pitfall: int) -> dict[str, int]:
    answers = {f"a{area}-i{i}": factor for i in range(4)}
    answers[f"a{area}-i4"] = pitfall
    return answers


def runs(mini: Questionnaire) -> tuple[Result, Result]:
    # Before: area 0 at 50, area 1 at 25.  After: area 0 at 75, area 1 unscored.
    before = new_result(mini, full(0, 3, 3) | full(1, 2, 4) | {"a1-i0": 2})
    after = new_result(mini, full(0, 4, 2) | {"a1-i1": 5})
    return before, after


def test_the_overall_index_has_before_after_and_delta(mini: Questionnaire) -> None:
    before = new_result(mini, full(0, 3, 3) | full(1, 2, 4))
    after = new_result(mini, full(0, 4, 2) | full(1, 4, 2))
    overall = compare(mini, before, after).overall
    assert (overall.before, overall.after, overall.delta) == (37.5, 75, 37.5)


def test_each_area_has_before_after_and_delta(mini: Questionnaire) -> None:
    comparison = compare(mini, *runs(mini))
    assert comparison.areas == (Change("a0", 50, 75), Change("a1", 25, None))
    assert comparison.areas[0].delta == 25
    assert comparison.areas[1].delta is None


def test_a_falling_score_has_a_negative_delta(mini: Questionnaire) -> None:
    before = new_result(mini, full(0, 4, 2))
    after = new_result(mini, full(0, 2, 4))
    assert compare(mini, before, after).areas[0].delta == -50


def test_items_answered_in_both_runs_are_compared(mini: Questionnaire) -> None:
    comparison = compare(mini, *runs(mini))
    assert [c.id for c in comparison.items] == ["a0-i0", "a0-i1", "a0-i2", "a0-i3", "a0-i4", "a1-i1"]
    a1_i1 = comparison.items[-1]
    assert (a1_i1.before, a1_i1.after, a1_i1.delta) == (25, 100, 75)
    pitfall = comparison.items[4]
    assert (pitfall.before, pitfall.after, pitfall.delta) == (50, 75, 25)


def test_don_t_know_in_one_run_is_compared_without_a_delta(mini: Questionnaire) -> None:
    before = new_result(mini, {"a0-i0": None})
    after = new_result(mini, {"a0-i0": 4})
    (item,) = compare(mini, before, after).items
    assert (item.before, item.after, item.delta) == (None, 75, None)


def test_items_in_only_one_run_are_listed_on_their_side(mini: Questionnaire) -> None:
    comparison = compare(mini, *runs(mini))
    assert comparison.only_before == ("a1-i0", "a1-i2", "a1-i3", "a1-i4")
    assert comparison.only_after == ()
    reverse = compare(mini, runs(mini)[1], runs(mini)[0])
    assert reverse.only_after == ("a1-i0", "a1-i2", "a1-i3", "a1-i4")
    assert reverse.only_before == ()


def test_the_same_version_is_recognised(mini: Questionnaire) -> None:
    assert compare(mini, *runs(mini)).same_version is True


def test_a_different_questionnaire_version_is_flagged(mini: Questionnaire) -> None:
    before, after = runs(mini)
    comparison = compare(mini, replace(before, questionnaire_version="0.9"), after)
    assert comparison.same_version is False
    assert (comparison.before_version, comparison.after_version) == ("0.9", "1")


def test_a_run_compared_with_itself_has_zero_deltas(mini: Questionnaire) -> None:
    before, _ = runs(mini)
    comparison = compare(mini, before, before)
    assert comparison.overall.delta == 0
    assert all(c.delta in (0, None) for c in comparison.areas + comparison.items)
    assert comparison.only_before == comparison.only_after == ()


def test_a_delta_is_the_difference_of_the_figures_shown(mini: Questionnaire) -> None:
    # 100, 100, 0 (66.7) before; 100, 0, 0 (33.3) after: the reader sees
    # 66.7 -> 33.3, so the delta agrees with those figures, to one decimal.
    before = new_result(mini, {"a0-i0": 5, "a0-i1": 5, "a0-i2": 1})
    after = new_result(mini, {"a0-i0": 5, "a0-i1": 1, "a0-i2": 1})
    area = compare(mini, before, after).areas[0]
    assert (area.before, area.after) == (66.7, 33.3)
    assert area.delta == -33.4


def test_the_json_contract_has_exactly_its_keys(mini: Questionnaire) -> None:
    body = comparison_to_dict(compare(mini, *runs(mini)))
    assert set(body) == {"overall", "areas", "items", "only_before", "only_after"}
    assert set(body["overall"]) == {"before", "after", "delta"}
    for change in body["areas"] + body["items"]:
        assert set(change) == {"id", "before", "after", "delta"}


def test_the_json_contract_holds_the_figures(mini: Questionnaire) -> None:
    body = comparison_to_dict(compare(mini, *runs(mini)))
    assert body["overall"] == {"before": 37.5, "after": 75.0, "delta": 37.5}
    assert body["areas"] == [
        {"id": "a0", "before": 50.0, "after": 75.0, "delta": 25.0},
        {"id": "a1", "before": 25.0, "after": None, "delta": None},
    ]
    assert body["items"][-1] == {"id": "a1-i1", "before": 25.0, "after": 100.0, "delta": 75.0}
    assert body["only_before"] == ["a1-i0", "a1-i2", "a1-i3", "a1-i4"]
    assert body["only_after"] == []
    assert json.loads(json.dumps(body)) == body


# --- runs that differ in more than time ----------------------------------------------------------


def test_runs_of_other_roles_organisations_or_versions_are_named_as_different(mini: Questionnaire) -> None:
    before = new_result(mini, {}, organisation="Kommunen", role="politician")
    assert differences(before, replace(before, organisation=" kommunen "), "sv") == []
    assert differences_line(before, before, "sv") is None
    after = replace(before, role="official", organisation="Regionen", questionnaire_version="9")
    reasons = differences(before, after, "sv")
    assert reasons == [
        "olika roller (Förtroendevald och Tjänsteperson)",
        "olika organisationer (Kommunen och Regionen)",
        f"olika versioner av frågorna ({before.questionnaire_version} och 9)",
    ]
    line = differences_line(before, after, "en")
    assert line is not None and line.startswith("Note: the runs differ: different roles")
