"""Team rounds: item means and spread, splits, roles, clear changes and the JSON contract."""

from __future__ import annotations

import json
import math
import statistics
from collections.abc import Sequence

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scoring.model import Questionnaire
from scoring.results import Result, Role
from scoring.score import score, scores_to_dict
from scoring.team import (
    MIN_ROLE_RESPONDENTS,
    aggregate,
    compare_rounds,
    own_scores,
    team_to_dict,
)
from tests.conftest import mini_data

ANSWER = st.one_of(st.none(), st.integers(min_value=1, max_value=5))
ROLE = st.sampled_from([None, "politician", "official", "other"])
# Hypothesis cannot use function-scoped fixtures, so its examples share this one.
MINI = Questionnaire.model_validate(mini_data())


def respondent(answers: dict[str, int | None], role: Role | None = None) -> Result:
    return Result(
        questionnaire_id="mini",
        questionnaire_version="1",
        organisation="Kommunen",
        role=role,
        created_at="2024-05-01T10:00:00+00:00",
        answers=answers,
    )


def on_item(item_id: str, answers: Sequence[int | None], role: Role | None = None) -> list[Result]:
    """One respondent per answer, each answering only `item_id`."""
    return [respondent({item_id: answer}, role) for answer in answers]


def full_area(area: int, target: float) -> dict[str, int]:
    """Answers giving every item in mini area `area` the score `target` (a multiple of 25)."""
    steps = int(target // 25)
    answers = {f"a{area}-i{i}": steps + 1 for i in range(4)}
    answers[f"a{area}-i4"] = 5 - steps
    return answers


def everywhere(target: float, role: Role | None = None) -> Result:
    """A respondent whose every mini area, and so whose overall index, scores `target`."""
    return respondent(full_area(0, target) | full_area(1, target), role)


# --- items ---------------------------------------------------------------------------------


def test_a_team_item_score_is_the_mean_of_the_respondents_item_scores(mini: Questionnaire) -> None:
    team = aggregate(mini, on_item("a0-i0", [5, 3]) + on_item("a0-i4", [4, 2]))
    # Factor: 100 and 50. Pitfall: 25 and 75.
    assert team.item("a0-i0").mean == 75
    assert team.item("a0-i4").mean == 50
    assert team.scores.item("a0-i0").score == 75


def test_the_mean_ignores_don_t_know(mini: Questionnaire) -> None:
    item = aggregate(mini, on_item("a0-i0", [5, None, None, 4])).item("a0-i0")
    assert (item.n, item.dont_know) == (2, 2)
    assert item.mean == 87.5


def test_an_item_answered_only_with_don_t_know_has_no_mean_but_counts_as_answered(
    mini: Questionnaire,
) -> None:
    team = aggregate(mini, on_item("a0-i0", [None, None]))
    item = team.item("a0-i0")
    assert (item.n, item.dont_know, item.mean, item.sd) == (0, 2, None, None)
    assert team.scores.item("a0-i0").answered is True
    area = team.scores.area("a0")
    assert (area.answered, area.dont_know, area.unanswered) == (0, 1, 4)


def test_an_item_nobody_answered_is_unanswered(mini: Questionnaire) -> None:
    team = aggregate(mini, on_item("a0-i0", [3]))
    assert team.scores.item("a0-i1").answered is False
    assert team.item("a0-i1").mean is None


def test_the_distribution_counts_each_answer(mini: Questionnaire) -> None:
    item = aggregate(mini, on_item("a0-i0", [1, 1, 3, 5, None])).item("a0-i0")
    assert item.distribution == {1: 2, 2: 0, 3: 1, 4: 0, 5: 1}


def test_one_answer_has_no_standard_deviation(mini: Questionnaire) -> None:
    assert aggregate(mini, on_item("a0-i0", [4, None])).item("a0-i0").sd is None


def test_two_answers_give_the_sample_standard_deviation(mini: Questionnaire) -> None:
    # Scores 0 and 100 around 50: sqrt((50² + 50²) / (2 - 1)), not / 2.
    sd = aggregate(mini, on_item("a0-i0", [1, 5])).item("a0-i0").sd
    assert sd == pytest.approx(math.sqrt(5000))


def test_the_sample_standard_deviation_of_a_pitfall_uses_its_scores(mini: Questionnaire) -> None:
    sd = aggregate(mini, on_item("a0-i4", [1, 2, 2, 4])).item("a0-i4").sd
    assert sd == pytest.approx(statistics.stdev([100, 75, 75, 25]))


@given(answers=st.lists(ANSWER, max_size=30), kind=st.sampled_from(["a0-i0", "a0-i4"]))
def test_mean_and_standard_deviation_match_the_answers_listed_one_by_one(
    answers: list[int | None], kind: str
) -> None:
    item = aggregate(MINI, on_item(kind, answers)).item(kind)
    scores = [score(MINI, {kind: a}).item(kind).score for a in answers if a is not None]
    assert item.n == len(scores)
    assert item.mean == (pytest.approx(statistics.mean(scores)) if scores else None)
    assert item.sd == (pytest.approx(statistics.stdev(scores)) if len(scores) >= 2 else None)


def test_answers_to_items_the_questionnaire_lacks_are_ignored(mini: Questionnaire) -> None:
    team = aggregate(mini, [respondent({"a0-i0": 5, "gone": 1})])
    assert team.scores == aggregate(mini, [respondent({"a0-i0": 5})]).scores


# --- split items ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("answers", "split"),
    [
        ([1, 1, 5], True),  # n=3: camps of two and one, nobody in the middle, 1 against 5
        ([2, 2, 5], True),  # n=3: 2 against 5 is three steps
        ([1, 4, 4], True),
        ([1, 3, 5], False),  # n=3: spread, not camps: somebody in the middle
        ([2, 3, 4], False),  # the old rule's worst case: three ordinary answers
        ([2, 2, 4], False),  # n=3 always needs answers three steps apart
        ([1, 5], False),  # n=2 is never split
        ([1, 5, 5, None, None], True),  # don't know does not count ...
        ([1, 5, None, None], False),  # ... towards the three
        ([1, 1, 5, 5], True),  # n=4: two and two
        ([2, 2, 4, 4], True),  # nobody in the middle: two camps, however mild
        ([2, 2, 3, 4, 4], False),  # spread around a 3, not camps
        ([1, 2, 3, 4, 4], True),  # a 3, but a 1 against the 4s
        ([1, 3, 3, 5], False),  # n=4: camps of one are not camps
        ([1, 1, 3, 5, 5], True),  # n=5: one in the middle, fewer than either camp
        ([1, 1, 3, 3, 5, 5], False),  # n=6: the middle as thick as a camp
        ([1, 2, 3, 3, 4, 5], False),
        ([1, 1, 4, 4, 4, 4, 4, 4, 4, 4], False),  # n=10: two dissenters are under a quarter
        ([1, 1, 1, 4, 4, 4, 4, 4, 4, 4], True),  # n=10: three are a camp (⌈10/4⌉ = 3)
        ([1, 1, 1], False),  # all low
        ([3, 4, 5], False),  # nobody low
    ],
)
def test_an_item_is_split_when_its_answers_form_two_camps(
    mini: Questionnaire, answers: list[int | None], split: bool
) -> None:
    assert aggregate(mini, on_item("a0-i0", answers)).item("a0-i0").split is split


def test_split_items_are_listed_in_questionnaire_order(mini: Questionnaire) -> None:
    respondents = [
        respondent({"a1-i2": 1, "a0-i3": 1, "a0-i1": 3}),
        respondent({"a1-i2": 5, "a0-i3": 5, "a0-i1": 3}),
        respondent({"a1-i2": 5, "a0-i3": 4, "a0-i1": 3}),
    ]
    assert aggregate(mini, respondents).split_items == ("a0-i3", "a1-i2")


# --- areas, the overall index, strengths and gaps ------------------------------------------


def test_an_area_counts_as_covered_when_the_team_together_answered_half(mini: Questionnaire) -> None:
    # Nobody alone answered three of a0's five items; together they did.
    team = aggregate(mini, [respondent({"a0-i0": 5, "a0-i1": 5}), respondent({"a0-i2": 2})])
    assert team.scores.area("a0").score == 75
    assert team.scores.area("a1").score is None


def test_the_overall_index_is_the_mean_of_the_team_area_scores(mini: Questionnaire) -> None:
    team = aggregate(mini, [everywhere(100), everywhere(50), respondent(full_area(1, 0))])
    assert [a.score for a in team.scores.areas] == [75, 50]
    assert team.scores.overall == 62.5
    assert team.scores.level is not None and team.scores.level.id == "mid"


def test_strengths_and_gaps_come_from_the_team_item_scores(mini: Questionnaire) -> None:
    respondents = on_item("a0-i0", [5, 3]) + on_item("a0-i1", [4, 3]) + on_item("a0-i2", [2, 3])
    scores = aggregate(mini, respondents).scores
    assert scores.strengths == ("a0-i0",)  # 75; a0-i1 is 62.5
    assert scores.gaps == ()  # a0-i2 is 37.5


@pytest.mark.parametrize(
    ("answers", "mean"),
    [
        ([4, 4], 25.0),
        ([5, 3, 4], 25.0),  # 0 + 50 + 25 over three
        ([5, 5, 2], 25.0),
    ],
)
def test_a_pitfall_with_a_team_score_of_exactly_25_is_active(
    mini: Questionnaire, answers: list[int], mean: float
) -> None:
    team = aggregate(mini, on_item("a0-i4", answers))
    assert team.item("a0-i4").mean == mean
    assert team.scores.active_pitfalls == ("a0-i4",)
    assert team.scores.gaps == ("a0-i4",)


def test_a_pitfall_with_a_team_score_of_25_1_is_not_active(mini: Questionnaire) -> None:
    # 249 answers of 4 (score 25) and one of 3 (score 50): 6275 / 250 = 25.1.
    team = aggregate(mini, on_item("a0-i4", [4] * 249 + [3]))
    assert team.item("a0-i4").mean == pytest.approx(25.1)
    assert team.scores.active_pitfalls == ()


def test_a_pitfall_just_above_25_among_three_is_not_active(mini: Questionnaire) -> None:
    team = aggregate(mini, on_item("a0-i4", [4, 4, 3]))
    assert team.item("a0-i4").mean == pytest.approx(33.3, abs=0.05)
    assert team.scores.active_pitfalls == ()


def test_a_factor_is_never_an_active_pitfall(mini: Questionnaire) -> None:
    assert aggregate(mini, on_item("a0-i0", [1, 1])).scores.active_pitfalls == ()


def test_a_team_without_respondents_has_no_scores(mini: Questionnaire) -> None:
    team = aggregate(mini, [])
    assert team.respondents == 0
    assert team.scores.overall is None
    assert all(item.n == 0 and item.mean is None for item in team.items)
    assert team.roles == ()


# --- roles -------------------------------------------------------------------------------


def test_a_role_with_two_respondents_is_hidden(mini: Questionnaire) -> None:
    team = aggregate(mini, [everywhere(100, "politician"), everywhere(50, "politician")])
    assert team.roles == ()
    assert team.respondents == 2


def test_a_role_with_three_respondents_is_shown_with_its_own_scores(mini: Questionnaire) -> None:
    politicians = [everywhere(100, "politician"), everywhere(75, "politician"), everywhere(50, "politician")]
    team = aggregate(mini, [*politicians, everywhere(0, "official"), everywhere(0, "official")])
    assert MIN_ROLE_RESPONDENTS == 3
    assert [(r.role, r.n) for r in team.roles] == [("politician", 3)]
    assert team.roles[0].scores == aggregate(mini, politicians).scores
    assert team.roles[0].scores.overall == 75
    assert team.scores.overall == 45  # everyone, officials included


def test_respondents_without_a_role_never_form_a_group(mini: Questionnaire) -> None:
    team = aggregate(mini, [everywhere(50) for _ in range(5)])
    assert team.roles == ()
    assert team.respondents == 5
    assert team.scores.overall == 50


def test_roles_come_in_the_order_politician_official_other(mini: Questionnaire) -> None:
    roles: list[Role] = ["other", "official", "politician"]
    respondents = [everywhere(50, role) for role in roles for _ in range(3)]
    assert [r.role for r in aggregate(mini, respondents).roles] == ["politician", "official", "other"]


# --- properties on the real questionnaire --------------------------------------------------


def answers_for(questionnaire: Questionnaire) -> st.SearchStrategy[dict[str, int | None]]:
    ids = [item.id for item in questionnaire.items]
    return st.dictionaries(st.sampled_from(ids), ANSWER, max_size=len(ids))


def respondents_for(questionnaire: Questionnaire, max_size: int = 8) -> st.SearchStrategy[list[Result]]:
    one = st.builds(respondent, answers_for(questionnaire), ROLE)
    return st.lists(one, max_size=max_size)


@given(data=st.data())
def test_a_team_of_one_scores_as_that_single_run(questionnaire: Questionnaire, data: st.DataObject) -> None:
    answers = data.draw(answers_for(questionnaire))
    team = aggregate(questionnaire, [respondent(answers)]).scores
    single = score(questionnaire, answers)
    assert team.overall == single.overall
    assert team.level == single.level
    assert team.areas == single.areas
    assert team.strengths == single.strengths
    assert team.gaps == single.gaps
    assert team.active_pitfalls == single.active_pitfalls
    # A team has no single answer, so compare everything about an item but that.
    assert [(i.id, i.area, i.kind, i.answered, i.score) for i in team.items] == [
        (i.id, i.area, i.kind, i.answered, i.score) for i in single.items
    ]


@given(data=st.data())
def test_every_team_figure_is_between_zero_and_one_hundred(
    questionnaire: Questionnaire, data: st.DataObject
) -> None:
    team = aggregate(questionnaire, data.draw(respondents_for(questionnaire)))
    shown = [team.scores, *(r.scores for r in team.roles)]
    figures = [s.overall for s in shown] + [a.score for s in shown for a in s.areas]
    figures += [i.mean for i in team.items]
    assert all(value is None or 0 <= value <= 100 for value in figures)
    assert all(item.sd is None or item.sd >= 0 for item in team.items)
    assert all(r.n >= MIN_ROLE_RESPONDENTS for r in team.roles)


@given(data=st.data())
def test_the_order_of_the_respondents_does_not_matter(
    questionnaire: Questionnaire, data: st.DataObject
) -> None:
    respondents = data.draw(respondents_for(questionnaire))
    shuffled = data.draw(st.permutations(respondents))
    first, second = aggregate(questionnaire, respondents), aggregate(questionnaire, shuffled)
    assert first.scores == second.scores
    assert [(i.n, i.dont_know, i.distribution, i.split) for i in first.items] == [
        (i.n, i.dont_know, i.distribution, i.split) for i in second.items
    ]


@given(data=st.data())
def test_a_respondent_s_own_scores_are_the_single_run_scores(
    questionnaire: Questionnaire, data: st.DataObject
) -> None:
    answers = data.draw(answers_for(questionnaire))
    own, single = own_scores(questionnaire, answers), score(questionnaire, answers)
    assert own.areas == tuple(a.score for a in single.areas)
    assert own.overall == single.overall


# --- comparing rounds ---------------------------------------------------------------------


def test_identical_rounds_show_no_clear_change(mini: Questionnaire) -> None:
    round_ = [everywhere(25), everywhere(50), everywhere(100)]
    comparison = compare_rounds(mini, round_, list(round_))
    for change in [comparison.overall, *comparison.areas]:
        assert change.delta == 0
        assert change.margin is not None
        assert change.clear is False


def test_a_big_shift_with_little_spread_is_clear(mini: Questionnaire) -> None:
    before = [everywhere(25), everywhere(25), everywhere(50)]
    after = [everywhere(75), everywhere(100), everywhere(100)]
    comparison = compare_rounds(mini, before, after)
    assert comparison.overall.delta == pytest.approx(58.4, abs=0.05)
    assert comparison.overall.clear is True
    assert all(change.clear for change in comparison.areas)


def test_no_spread_and_no_change_is_not_clear(mini: Questionnaire) -> None:
    round_ = [everywhere(50), everywhere(50)]
    change = compare_rounds(mini, round_, list(round_)).overall
    assert (change.delta, change.margin, change.clear) == (0, 0, False)


def test_one_respondent_against_a_round_is_never_clear(mini: Questionnaire) -> None:
    round_ = [everywhere(100), everywhere(100), everywhere(100)]
    comparison = compare_rounds(mini, [everywhere(0)], round_)
    assert comparison.overall.delta == 100
    assert comparison.overall.margin is None
    assert comparison.overall.clear is False
    assert not any(change.clear for change in comparison.areas)


def test_the_margin_is_1_96_times_the_standard_error_of_the_difference(mini: Questionnaire) -> None:
    before = [everywhere(25), everywhere(50), everywhere(75)]
    after = [everywhere(50), everywhere(100)]
    comparison = compare_rounds(mini, before, after)
    # Own scores 25, 50, 75 (s² = 625, n = 3) against 50, 100 (s² = 1250, n = 2).
    by_hand = 1.96 * math.sqrt(625 / 3 + 1250 / 2)
    assert by_hand == pytest.approx(56.5803, abs=1e-4)
    for change in [comparison.overall, *comparison.areas]:
        assert change.margin == 56.6  # by hand, to one decimal like the delta
        assert change.delta == 25
        assert change.clear is False


def test_the_overall_margin_uses_each_respondent_s_own_overall_index(mini: Questionnaire) -> None:
    # Own overall indexes 50, 50, 100 and 0, 50, 50; only area 0 for the last two in each.
    before = [everywhere(50), everywhere(50), respondent(full_area(0, 100))]
    after = [everywhere(0), everywhere(50), respondent(full_area(0, 50))]
    overall = compare_rounds(mini, before, after).overall
    s1 = statistics.variance([50, 50, 100])
    s2 = statistics.variance([0, 50, 50])
    assert overall.margin == pytest.approx(1.96 * math.sqrt(s1 / 3 + s2 / 3), abs=0.05)


def test_respondents_without_an_own_area_score_do_not_count_towards_the_margin(
    mini: Questionnaire,
) -> None:
    # Only one respondent per round scores area 1, so its margin cannot be computed.
    before = [everywhere(50), respondent(full_area(0, 50))]
    after = [everywhere(100), respondent(full_area(0, 100))]
    comparison = compare_rounds(mini, before, after)
    assert comparison.areas[0].margin is not None
    assert comparison.areas[1].margin is None
    assert comparison.areas[1].delta == 50
    assert comparison.areas[1].clear is False


def test_an_area_without_a_team_score_has_no_delta(mini: Questionnaire) -> None:
    round_ = [respondent(full_area(0, 50)), respondent(full_area(0, 75))]
    comparison = compare_rounds(mini, round_, [everywhere(50), everywhere(75)])
    area = comparison.areas[1]
    assert (area.before, area.delta, area.clear) == (None, None, False)


@given(data=st.data())
def test_the_margin_follows_the_respondents_single_run_scores(
    questionnaire: Questionnaire, data: st.DataObject
) -> None:
    before = data.draw(respondents_for(questionnaire, max_size=5))
    after = data.draw(respondents_for(questionnaire, max_size=5))
    overall = compare_rounds(questionnaire, before, after).overall
    old = [s for s in (score(questionnaire, r.answers).overall for r in before) if s is not None]
    new = [s for s in (score(questionnaire, r.answers).overall for r in after) if s is not None]
    if len(old) < 2 or len(new) < 2:
        assert overall.margin is None
        assert overall.clear is False
    else:
        spread = statistics.variance(old) / len(old) + statistics.variance(new) / len(new)
        assert overall.margin == pytest.approx(1.96 * math.sqrt(spread), abs=0.05)
        assert overall.clear == (overall.delta is not None and abs(overall.delta) > overall.margin)


# --- the JSON contract ---------------------------------------------------------------------


TEAM_ITEM_KEYS = {"n", "dont_know", "mean", "sd", "distribution", "split"}


def contract_team() -> list[Result]:
    politicians = [everywhere(100, "politician"), everywhere(75, "politician"), everywhere(50, "politician")]
    return [*politicians, everywhere(0, "official"), everywhere(25), respondent({"a0-i0": None})]


def test_the_team_json_contract_has_exactly_its_keys(mini: Questionnaire) -> None:
    body = team_to_dict(aggregate(mini, contract_team()))
    assert set(body) == {
        "overall",
        "level",
        "areas",
        "items",
        "strengths",
        "gaps",
        "active_pitfalls",
        "respondents",
        "roles",
    }
    for item in body["items"]:
        assert set(item) == {"id", "area", "kind", "answer", "score"} | TEAM_ITEM_KEYS
        assert set(item["distribution"]) == {"1", "2", "3", "4", "5"}
    for role in body["roles"]:
        assert set(role) == {"role", "n", "overall", "areas"}
        for area in role["areas"]:
            assert set(area) == {"id", "score"}


def test_the_team_json_contract_is_the_score_contract_plus_team_figures(mini: Questionnaire) -> None:
    team = aggregate(mini, contract_team())
    body = team_to_dict(team)
    plain = {key: value for key, value in body.items() if key not in ("respondents", "roles")}
    plain["items"] = [{k: v for k, v in item.items() if k not in TEAM_ITEM_KEYS} for item in body["items"]]
    assert plain == scores_to_dict(team.scores)


def test_the_team_json_contract_holds_the_figures(mini: Questionnaire) -> None:
    body = team_to_dict(aggregate(mini, contract_team()))
    assert body["respondents"] == 6
    assert body["roles"] == [
        {
            "role": "politician",
            "n": 3,
            "overall": 75.0,
            "areas": [{"id": "a0", "score": 75.0}, {"id": "a1", "score": 75.0}],
        }
    ]
    first = body["items"][0]
    # a0-i0 answered 5, 4, 3, 1, 2 and once "don't know": 100, 75, 50, 0, 25.
    assert first == {
        "id": "a0-i0",
        "area": "a0",
        "kind": "factor",
        "answer": None,
        "score": 50.0,
        "n": 5,
        "dont_know": 1,
        "mean": 50.0,
        "sd": 39.5,
        "distribution": {"1": 1, "2": 1, "3": 1, "4": 1, "5": 1},
        "split": True,
    }
    assert statistics.stdev([100, 75, 50, 0, 25]) == pytest.approx(39.53, abs=0.01)


def test_the_team_json_contract_gives_null_for_missing_figures(mini: Questionnaire) -> None:
    body = team_to_dict(aggregate(mini, on_item("a0-i0", [4])))
    first, second = body["items"][0], body["items"][1]
    assert (first["mean"], first["sd"]) == (75.0, None)
    assert (second["mean"], second["sd"], second["n"]) == (None, None, 0)
    assert body["roles"] == []


def test_the_team_json_contract_survives_json(mini: Questionnaire) -> None:
    body = team_to_dict(aggregate(mini, contract_team()))
    assert json.loads(json.dumps(body)) == body
