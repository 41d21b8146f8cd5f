"""The workshop agenda: split statements and role divides, ranked; politicians and officials side by side."""

from __future__ import annotations

import json
import math
import random
import statistics
from fractions import Fraction

import pytest

from scoring.agenda import DEFAULT_LIMIT, agenda, agenda_to_dict, item_gap, role_sides
from scoring.model import Questionnaire
from scoring.results import Result, Role

ITEMS = [f"a{a}-i{i}" for a in range(2) for i in range(5)]  # the mini questionnaire, in order
T_4 = 2.776  # Student's t, two-sided 95 %, 4 degrees of freedom


def respondent(answers: dict[str, int | None], role: Role | None = None) -> Result:
    return Result(
        questionnaire_id="mini",
        questionnaire_version="1",
        organisation="Kommunen",
        role=role,
        created_at="2024-05-01T10:00:00+00:00",
        answers=answers,
    )


def by_item(politicians: dict[str, list[int | None]], officials: dict[str, list[int | None]]) -> list[Result]:
    """Respondent k of each role answers politicians[item][k] or officials[item][k]; 3 otherwise."""
    people: list[Result] = []
    for role, answers in (("politician", politicians), ("official", officials)):
        size = max(len(v) for v in answers.values())
        for k in range(size):
            own: dict[str, int | None] = dict.fromkeys(ITEMS, 3)
            own |= {item: values[k] for item, values in answers.items() if k < len(values)}
            people.append(respondent(own, role))  # type: ignore[arg-type]
    return people


def gauss_answer(rng: random.Random, centre: float) -> int:
    return min(5, max(1, round(rng.gauss(centre, 0.8))))


# --- what comes on the agenda, and in which order -------------------------------------------


def test_politicians_high_and_officials_low_put_the_role_divided_statements_first(
    mini: Questionnaire,
) -> None:
    rng = random.Random(11)
    divided = ["a0-i2", "a1-i1", "a1-i4"]  # a1-i4 is a pitfall: the divide runs the other way
    people = []
    for role, camp in (("politician", (4, 5)), ("official", (1, 2))):
        for _ in range(3):
            answers = {item: gauss_answer(rng, 3) for item in ITEMS}
            answers |= {item: rng.choice(camp) for item in divided}
            people.append(respondent(dict(answers), role))  # type: ignore[arg-type]
    entries = agenda(mini, people)
    assert {e.id for e in entries[:3]} == set(divided)
    for entry in entries[:3]:
        assert entry.reason == "both"  # three against three at the extremes is also a split
        assert entry.roles is not None and entry.roles.clear
        assert entry.share == Fraction(1, 2)
    signs = {e.id: math.copysign(1, e.roles.difference or 0) for e in entries[:3] if e.roles is not None}
    assert signs == {"a0-i2": 1, "a1-i1": 1, "a1-i4": -1}
    assert [e.rank for e in entries] == list(range(1, len(entries) + 1))


def test_with_fewer_than_three_in_a_role_no_role_divide_is_on_the_agenda(mini: Questionnaire) -> None:
    people = by_item(
        {"a0-i0": [5, 5], "a0-i1": [1, 5]},
        {"a0-i0": [1, 1, 1, 1], "a0-i1": [1, 1, 5, 5]},
    )
    entries = agenda(mini, people)
    # Both split by the whole group: a0-i1 three against three, a0-i0 two against four.
    assert [e.id for e in entries] == ["a0-i1", "a0-i0"]
    assert all(e.reason == "split" and e.roles is None for e in entries)
    assert role_sides(mini, people) is None


def test_both_come_first_then_split_and_role_divides_take_turns(mini: Questionnaire) -> None:
    people = by_item(
        {
            "a0-i1": [4, 4, 4],  # a role divide of 25, no split
            "a0-i2": [1, 5, 5],  # split 1/3, roles alike
            "a0-i3": [5, 5, 5],  # a role divide of 50, no split
            "a1-i0": [1, 5, 5],  # split 1/2, the roles' difference within its margin
            "a1-i2": [5, 5, 5],  # both: split 1/2 and a role divide of 100
        },
        {
            "a0-i1": [3, 3, 3],
            "a0-i2": [1, 5, 5],
            "a0-i3": [3, 3, 3],
            "a1-i0": [1, 1, 5],
            "a1-i2": [1, 1, 1],
        },
    )
    entries = agenda(mini, people)
    assert [(e.id, e.reason) for e in entries] == [
        ("a1-i2", "both"),
        ("a1-i0", "split"),
        ("a0-i3", "roles"),
        ("a0-i2", "split"),
        ("a0-i1", "roles"),
    ]
    assert [e.share for e in entries] == [Fraction(1, 2), Fraction(1, 2), 0, Fraction(1, 3), 0]


def test_equally_split_statements_keep_questionnaire_order_and_the_agenda_stops_at_eight(
    mini: Questionnaire,
) -> None:
    people = [respondent(dict.fromkeys(ITEMS, answer)) for answer in (1, 1, 5, 5)]
    entries = agenda(mini, people)
    assert len(entries) == DEFAULT_LIMIT == 8
    assert [e.id for e in entries] == ITEMS[:8]
    assert [e.id for e in agenda(mini, people, limit=3)] == ITEMS[:3]


def test_a_group_that_agrees_has_an_empty_agenda(mini: Questionnaire) -> None:
    people = [respondent(dict.fromkeys(ITEMS, 3), role) for role in ("politician",) * 3 + ("official",) * 3]
    assert agenda(mini, people) == ()  # type: ignore[arg-type]


# --- what each entry carries ----------------------------------------------------------------


def test_an_entry_carries_its_distribution_role_means_difference_and_margin(mini: Questionnaire) -> None:
    people = by_item({"a0-i0": [4, 5, 5, None]}, {"a0-i0": [1, 2, 2]})
    (entry,) = agenda(mini, people)
    assert (entry.id, entry.area, entry.reason, entry.rank) == ("a0-i0", "a0", "both", 1)
    assert entry.distribution == {1: 1, 2: 2, 3: 0, 4: 1, 5: 2}
    assert entry.dont_know == 1
    assert entry.split and entry.role_divide
    gap = entry.roles
    assert gap is not None
    # Politicians 75, 100, 100; officials 0, 25, 25.
    assert (gap.politicians, gap.officials, gap.difference) == (91.7, 16.7, 75.0)
    spread = statistics.variance([75, 100, 100]) / 3 + statistics.variance([0, 25, 25]) / 3
    # Equal spreads, three a side: Welch's degrees of freedom are 4, and t is 2.776.
    assert gap.margin == pytest.approx(T_4 * math.sqrt(spread), abs=0.05)
    assert gap.clear


def test_a_split_statement_carries_the_role_figures_even_when_they_are_not_clear(mini: Questionnaire) -> None:
    (entry,) = agenda(mini, by_item({"a0-i0": [1, 5, 5]}, {"a0-i0": [1, 1, 5]}))
    assert entry.reason == "split" and not entry.role_divide
    assert entry.roles is not None
    # 66.7 - 33.3 as shown, within its margin.
    assert (entry.roles.politicians, entry.roles.officials, entry.roles.difference) == (66.7, 33.3, 33.4)
    assert entry.roles.margin is not None and entry.roles.margin > 33.3
    assert not entry.roles.clear


def test_a_statement_fewer_than_three_of_a_role_answered_is_not_compared(mini: Questionnaire) -> None:
    # Three politicians in the round, but one said "don't know" here: two answers could be singled out.
    (entry,) = agenda(mini, by_item({"a0-i0": [5, 5, None]}, {"a0-i0": [1, 1, 1]}))
    assert entry.reason == "split" and entry.roles is None


def test_the_same_answers_from_both_roles_differ_by_nothing() -> None:
    gap = item_gap("factor", [0, 1, 1, 1, 0, 0], [0, 1, 1, 1, 0, 0])
    assert gap is not None
    assert (gap.difference, gap.clear) == (0.0, False)


def test_everyone_in_a_role_answering_alike_gives_no_margin_to_hide_in() -> None:
    gap = item_gap("factor", [0, 0, 0, 0, 3, 0], [0, 0, 0, 3, 0, 0])
    assert gap is not None
    assert (gap.politicians, gap.officials, gap.difference, gap.margin, gap.clear) == (
        75.0,
        50.0,
        25.0,
        0.0,
        True,
    )


def test_a_pitfall_compares_item_scores_not_answers() -> None:
    # Politicians agree with a pitfall (4), officials do not (2): the politicians score lower.
    gap = item_gap("pitfall", [0, 0, 0, 0, 3, 0], [0, 0, 3, 0, 0, 0])
    assert gap is not None and gap.difference == -50.0


def test_the_agenda_turns_into_json_ready_data(mini: Questionnaire) -> None:
    people = by_item({"a0-i0": [4, 5, 5, None], "a0-i1": [1, 5, 5]}, {"a0-i0": [1, 2, 2], "a0-i1": [1, 1, 5]})
    body = agenda_to_dict(agenda(mini, people))
    assert json.loads(json.dumps(body)) == body
    assert body[0] == {
        "rank": 1,
        "id": "a0-i0",
        "area": "a0",
        "reason": "both",
        "distribution": {"1": 1, "2": 2, "3": 0, "4": 1, "5": 2},
        "dont_know": 1,
        "share": 0.5,
        "roles": {"politicians": 91.7, "officials": 16.7, "difference": 75.0, "margin": 32.7, "clear": True},
    }
    assert (body[1]["id"], body[1]["reason"]) == ("a0-i1", "split")


def test_a_negative_limit_is_an_error(mini: Questionnaire) -> None:
    with pytest.raises(ValueError, match="limit"):
        agenda(mini, [], limit=-1)


# --- politicians and officials side by side -------------------------------------------------


def everywhere(answer: int, role: Role) -> Result:
    return respondent(dict.fromkeys(ITEMS, answer), role)


def test_role_sides_give_each_area_and_the_index_for_politicians_and_officials(mini: Questionnaire) -> None:
    people = [everywhere(a, "politician") for a in (4, 5, 5)] + [everywhere(a, "official") for a in (2, 2, 3)]
    sides = role_sides(mini, people)
    assert sides is not None
    assert (sides.politicians, sides.officials) == (3, 3)
    assert [a.id for a in sides.areas] == ["a0", "a1"]
    # Each area: four factors and one pitfall, weighted alike; answer 4 scores 75 and 25.
    team = {4: (4 * 75 + 25) / 5, 5: (4 * 100 + 0) / 5, 2: (4 * 25 + 75) / 5, 3: 50.0}
    politicians = statistics.mean(team[a] for a in (4, 5, 5))
    officials = statistics.mean(team[a] for a in (2, 2, 3))
    for side in (*sides.areas, sides.overall):
        assert side.gap.politicians == pytest.approx(politicians, abs=0.05)
        assert side.gap.officials == pytest.approx(officials, abs=0.05)
        assert side.gap.difference == pytest.approx(politicians - officials, abs=0.1)
        spread = statistics.variance([team[a] for a in (4, 5, 5)]) / 3
        spread += statistics.variance([team[a] for a in (2, 2, 3)]) / 3
        assert side.gap.margin == pytest.approx(T_4 * math.sqrt(spread), abs=0.05)  # equal spreads again
        assert side.gap.clear
    assert sides.overall.id == "overall"


def test_role_sides_call_a_difference_within_its_margin_unclear(mini: Questionnaire) -> None:
    people = [everywhere(a, "politician") for a in (1, 3, 5)] + [everywhere(a, "official") for a in (1, 3, 4)]
    sides = role_sides(mini, people)
    assert sides is not None
    assert not any(side.gap.clear for side in (*sides.areas, sides.overall))


def test_role_sides_need_three_officials_too(mini: Questionnaire) -> None:
    people = (
        [everywhere(5, "politician")] * 3 + [everywhere(1, "official")] * 2 + [everywhere(1, "other")] * 3
    )
    assert role_sides(mini, people) is None


# --- the margin for small groups ------------------------------------------------------------


def test_three_against_three_answering_alike_are_seldom_called_a_clear_divide() -> None:
    rng = random.Random(3)
    items, clear = 2000, 0
    for _ in range(items):
        sides = [[0] * 6, [0] * 6]
        for side in sides:
            for _ in range(3):
                side[gauss_answer(rng, 3)] += 1
        gap = item_gap("factor", sides[0], sides[1])
        clear += gap is not None and gap.clear
    # 1.96 instead of t would call about 16 % clear.
    assert clear / items <= 0.05, f"{clear / items:.1%} of alike items called a clear divide"
