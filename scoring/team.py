"""Team rounds: many respondents' answers read as one team's scores.

How a team is scored
--------------------
An item's team score is the average of the item scores of everyone who
answered it 1–5; "don't know" and unanswered items are left out of that
average. Areas, the overall index, levels, strengths and gaps then follow the
same rules as a single run, applied to these team item scores. A pitfall is
active for the team when its team score is 25 or lower, that is when the team
on average finds it at least "mostly true".

When an item is split
---------------------
An item is split when the answers 1–5 form two camps, so that the team's
average hides a disagreement. Counting only answers 1–5 (n of them), the low
camp is those who answered 1 or 2, the high camp those who answered 4 or 5, and
the middle those who answered 3. The item is split when all of these hold:

1. at least three answered it (n ≥ 3);
2. each camp holds at least a quarter of the answers and at least two people,
   that is at least max(2, ⌈n/4⌉); three answers can only form camps of one and
   two, so for n = 3 each camp needs one person;
3. the middle is thinner than either camp: fewer answered 3 than are in the
   smaller camp (for n = 3, nobody answered 3);
4. when anyone answered 3, and always for n = 3, the answers lie at least
   three steps apart: the highest answer minus the lowest is 3 or more (a 1
   facing a 4 or 5, or a 2 facing a 5).

Rule 2 keeps one or two dissenters in a large group from counting as a camp.
Rules 3 and 4 tell two camps from answers merely spread around the middle:
2s and 4s around a few 3s are one group's spread, while 2s and 4s with nobody
in the middle are two camps. With the old rule (a quarter low and a quarter
high) three people answering 2, 3 and 4 were "split". Three answers are where
chance alone most easily looks like camps, hence rule 4 always applies there:
2, 2 and 4 is not split, 2, 2 and 5 is.

The rule is checked by a seeded simulation in tests/test_split_rule.py: a
single group answering round(gauss(c, 0.8)), clipped to 1–5, around a centre c
of 2, 3 or 4, must be flagged for at most 12 % of items for n = 3, 5, 8, 12 and
30 (measured: at most 6 %, at centre 3), and two camps (n // 2 people answering
1 or 2 and the rest 4 or 5) for at least 95 % of items for n ≥ 5 and 80 % for
n = 3 (measured: all of them from n = 4; 88 % at n = 3, where the misses are
the draws of 2 against 4 and 4).

How split an item is, for ranking, is the smaller camp's share of the answers:
min(low, high) / n. Two equal camps give one half, the most.

Scores per role (politicians, officials, others) are shown only for a role
with at least three respondents, so that nobody can be singled out.
Respondents who gave no role count in the team but never form a group.

When a change between two rounds is clear
-----------------------------------------
Every respondent's own score for an area is worked out exactly as for a single
run. For each round we take how widely those own scores spread (the sample
standard deviation, s) and how many respondents have one (n). The margin is

    1.96 × √(s₁²/n₁ + s₂²/n₂)

which is the half-width of a 95 % interval for the difference between the two
rounds' average scores. A change is called clear only when both rounds have at
least two respondents with a score and the change in the team's score is
larger than the margin; otherwise we say there is no clear change. The overall
index is judged the same way, using each respondent's own overall index. A
single run compared with a round is therefore never a clear change: one answer
says nothing about how much answers vary.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import cast

from scoring.model import Questionnaire
from scoring.results import ROLES, Answers, Result, Role
from scoring.score import (
    GAP_AT,
    ItemScore,
    Scores,
    assemble,
    item_score,
    overall_index,
    round1,
    scores_to_dict,
    weighted_area_score,
)

MIN_ROLE_RESPONDENTS = 3
MIN_SPLIT_ANSWERS = 3
MIN_CAMP = 2  # people in each camp, from four answers on
MIN_SPLIT_STEPS = 3  # highest answer minus lowest
# A team score this low on a pitfall is what everyone answering 4 would give.
ACTIVE_PITFALL_AT = GAP_AT  # the same line as for a gap: a pitfall scoring this low is active
MIN_ROUND_SCORES = 2
CLEAR_Z = 1.96  # two-sided 95 % under the normal approximation
VALUES = (1, 2, 3, 4, 5)
# Student's t, two-sided 95 %, for 1 to 30 degrees of freedom.
T_975 = (
    12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
    2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086,
    2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042,
)  # fmt: skip

ROLE_ORDER: tuple[Role, ...] = ROLES

# counts[0] is "don't know", counts[1] to counts[5] the answers 1 to 5.
Counts = list[int]
Tally = dict[str, Counts]


@dataclass(frozen=True)
class TeamItem:
    id: str
    n: int  # answers 1-5
    dont_know: int
    mean: float | None  # the team item score, 0-100; None when nobody answered 1-5
    sd: float | None  # sample standard deviation of the item scores; None below 2 answers
    distribution: Mapping[int, int]  # answer 1-5 -> how many gave it
    split: bool


@dataclass(frozen=True)
class RoleScores:
    role: Role
    n: int
    scores: Scores


@dataclass(frozen=True)
class TeamScores:
    scores: Scores
    items: tuple[TeamItem, ...]  # questionnaire order
    respondents: int
    roles: tuple[RoleScores, ...]  # only roles with MIN_ROLE_RESPONDENTS or more, in ROLES order

    @property
    def split_items(self) -> tuple[str, ...]:
        return tuple(item.id for item in self.items if item.split)

    def item(self, item_id: str) -> TeamItem:
        return next(i for i in self.items if i.id == item_id)


@dataclass(frozen=True)
class RoundChange:
    id: str  # an area id, or "overall"
    before: float | None  # the team score as shown
    after: float | None
    delta: float | None
    margin: float | None  # None when a round has fewer than MIN_ROUND_SCORES own scores
    clear: bool


@dataclass(frozen=True)
class RoundComparison:
    overall: RoundChange
    areas: tuple[RoundChange, ...]
    before: TeamScores
    after: TeamScores


# --- one round ---------------------------------------------------------------------------


def aggregate(questionnaire: Questionnaire, respondents: Sequence[Result]) -> TeamScores:
    groups, sizes = _tally(questionnaire, respondents)
    scores, items = _team_scores(questionnaire, _merge(questionnaire, groups.values()))
    roles = tuple(
        RoleScores(role, sizes[role], _team_scores(questionnaire, groups[role])[0])
        for role in ROLE_ORDER
        if sizes.get(role, 0) >= MIN_ROLE_RESPONDENTS
    )
    return TeamScores(scores=scores, items=items, respondents=len(respondents), roles=roles)


def tally_by_role(
    questionnaire: Questionnaire, respondents: Sequence[Result]
) -> tuple[dict[Role | None, Tally], dict[Role | None, int]]:
    """Per role (None for no role): the answer counts per item, and how many respondents."""
    return _tally(questionnaire, respondents)


def merge_tallies(questionnaire: Questionnaire, tallies: Iterable[Tally]) -> Tally:
    """The answer counts per item over all the given tallies."""
    return _merge(questionnaire, tallies)


def _tally(
    questionnaire: Questionnaire, respondents: Sequence[Result]
) -> tuple[dict[Role | None, Tally], dict[Role | None, int]]:
    """Answer counts per role (None included) per item, in one pass.

    Counting per role first lets the team total and every role group come from
    the same pass; a round of thousands never builds a Scores per respondent.
    """
    ids = [item.id for item in questionnaire.items]
    groups: dict[Role | None, Tally] = {}
    sizes: dict[Role | None, int] = {}
    for respondent in respondents:
        tally = groups.get(respondent.role)
        if tally is None:
            tally = groups[respondent.role] = {item_id: [0] * 6 for item_id in ids}
        sizes[respondent.role] = sizes.get(respondent.role, 0) + 1
        for item_id, answer in respondent.answers.items():
            counts = tally.get(item_id)
            # Ids the questionnaire lacks are ignored, as a single run ignores them.
            if counts is not None:
                counts[0 if answer is None else answer] += 1
    return groups, sizes


def _merge(questionnaire: Questionnaire, tallies: Iterable[Tally]) -> Tally:
    merged: Tally = {item.id: [0] * 6 for item in questionnaire.items}
    for tally in tallies:
        for item_id, counts in tally.items():
            total = merged[item_id]
            for slot, count in enumerate(counts):
                total[slot] += count
    return merged


def _team_scores(questionnaire: Questionnaire, tally: Tally) -> tuple[Scores, tuple[TeamItem, ...]]:
    team_items: list[TeamItem] = []
    item_scores: list[ItemScore] = []
    for area in questionnaire.areas:
        for item in area.items:
            team_item = _team_item(item.id, item.kind, tally[item.id])
            team_items.append(team_item)
            item_scores.append(
                ItemScore(
                    id=item.id,
                    area=area.id,
                    kind=item.kind,
                    answer=None,  # a team has no single answer
                    answered=team_item.n > 0 or team_item.dont_know > 0,
                    score=team_item.mean,
                )
            )
    items = tuple(item_scores)
    active = tuple(
        i.id for i in items if i.kind == "pitfall" and i.score is not None and i.score <= ACTIVE_PITFALL_AT
    )
    scores = assemble(questionnaire, items, {i.id: i.score for i in items}, active)
    return scores, tuple(team_items)


def _team_item(item_id: str, kind: str, counts: Counts) -> TeamItem:
    mean, sd = _mean_and_sd(kind, counts)
    distribution = {value: counts[value] for value in VALUES}
    return TeamItem(
        id=item_id,
        n=sum(counts[1:]),
        dont_know=counts[0],
        mean=mean,
        sd=sd,
        distribution=distribution,
        split=is_split(distribution),
    )


def item_scores_from_counts(kind: str, counts: Counts) -> list[float]:
    """Every answer 1-5 in `counts` as its item score, lowest answer first."""
    return [score for score, count in zip(_value_scores(kind), counts[1:], strict=True) for _ in range(count)]


def _value_scores(kind: str) -> tuple[float, ...]:
    """The item score of each answer 1-5; none of them is None."""
    scores = [item_score(kind, value) for value in VALUES]
    return tuple(s for s in scores if s is not None)


def _mean_and_sd(kind: str, counts: Counts) -> tuple[float | None, float | None]:
    """Mean and sample SD from the counts: an item score takes only five values."""
    n = sum(counts[1:])
    if n == 0:
        return None, None
    weighted = list(zip(_value_scores(kind), counts[1:], strict=True))
    mean = sum(score * count for score, count in weighted) / n
    if n < 2:
        return mean, None
    # Deviations from the mean rather than sums of squares: no cancellation error.
    variance = sum(count * (score - mean) ** 2 for score, count in weighted) / (n - 1)
    return mean, math.sqrt(variance)


def is_split(distribution: Mapping[int, int]) -> bool:
    """Two camps, 1-2 and 4-5, each at least `min_camp(n)` strong, fewer 3s than the
    smaller camp, and the answers three steps apart when anyone answered 3 or n = 3.

    The module docstring gives the reasons. Integer arithmetic throughout, so
    "a quarter" has no floating-point edge.
    """
    n = sum(distribution.get(value, 0) for value in VALUES)
    if n < MIN_SPLIT_ANSWERS:
        return False
    low, middle, high = _camps(distribution)
    smaller = min(low, high)
    if smaller < min_camp(n) or middle >= smaller:
        return False
    if middle == 0 and n > MIN_SPLIT_ANSWERS:
        return True
    given = [value for value in VALUES if distribution.get(value, 0) > 0]
    return given[-1] - given[0] >= MIN_SPLIT_STEPS


def min_camp(n: int) -> int:
    """The fewest people each camp needs among n answers: max(2, ⌈n/4⌉), one for n = 3."""
    if n <= MIN_SPLIT_ANSWERS:
        return 1
    return max(MIN_CAMP, -(-n // 4))


def split_share(distribution: Mapping[int, int]) -> Fraction:
    """How split an item is: the smaller camp's share of the answers 1-5, 0 to 1/2.

    An exact fraction, so that equal shares tie and the tie goes to questionnaire order.
    """
    n = sum(distribution.get(value, 0) for value in VALUES)
    if n == 0:
        return Fraction(0)
    low, _middle, high = _camps(distribution)
    return Fraction(min(low, high), n)


def _camps(distribution: Mapping[int, int]) -> tuple[int, int, int]:
    """How many answered 1-2, 3 and 4-5."""
    low = distribution.get(1, 0) + distribution.get(2, 0)
    high = distribution.get(4, 0) + distribution.get(5, 0)
    return low, distribution.get(3, 0), high


# --- two rounds ----------------------------------------------------------------------------


@dataclass(frozen=True)
class OwnScores:
    areas: tuple[float | None, ...]
    overall: float | None


def compare_rounds(
    questionnaire: Questionnaire, before: Sequence[Result], after: Sequence[Result]
) -> RoundComparison:
    old, new = aggregate(questionnaire, before), aggregate(questionnaire, after)
    kinds = _kinds(questionnaire)
    own_old = [_own_scores(questionnaire, kinds, r.answers) for r in before]
    own_new = [_own_scores(questionnaire, kinds, r.answers) for r in after]
    areas = tuple(
        _round_change(
            area.id,
            old_area.score,
            new_area.score,
            [own.areas[k] for own in own_old],
            [own.areas[k] for own in own_new],
        )
        for k, (area, old_area, new_area) in enumerate(
            zip(questionnaire.areas, old.scores.areas, new.scores.areas, strict=True)
        )
    )
    overall = _round_change(
        "overall",
        old.scores.overall,
        new.scores.overall,
        [own.overall for own in own_old],
        [own.overall for own in own_new],
    )
    return RoundComparison(overall=overall, areas=areas, before=old, after=new)


def own_scores(questionnaire: Questionnaire, answers: Answers) -> OwnScores:
    """A respondent's area scores and overall index, as `score` gives them.

    Built from the same functions `score` uses but without its per-item records,
    which would make comparing rounds of thousands take seconds.
    """
    return _own_scores(questionnaire, _kinds(questionnaire), answers)


def _kinds(questionnaire: Questionnaire) -> dict[str, str]:
    return {item.id: item.kind for item in questionnaire.items}


def _own_scores(questionnaire: Questionnaire, kinds: Mapping[str, str], answers: Answers) -> OwnScores:
    item_scores = {i: item_score(kinds[i], a) for i, a in answers.items() if i in kinds}
    raw = [weighted_area_score(area, item_scores) for area in questionnaire.areas]
    return OwnScores(
        areas=tuple(round1(value) for value in raw),
        overall=round1(overall_index(raw, len(questionnaire.areas))),
    )


def _round_change(
    id_: str,
    before: float | None,
    after: float | None,
    own_before: list[float | None],
    own_after: list[float | None],
) -> RoundChange:
    delta = None if before is None or after is None else round1(after - before)
    margin = clear_margin([v for v in own_before if v is not None], [v for v in own_after if v is not None])
    clear = delta is not None and margin is not None and abs(delta) > margin
    return RoundChange(id=id_, before=before, after=after, delta=delta, margin=margin, clear=clear)


def clear_margin(before: Sequence[float], after: Sequence[float]) -> float | None:
    """1.96 × √(s₁²/n₁ + s₂²/n₂), to one decimal; None below two scores in a round.

    Rounded like the delta it is compared with, so the verdict can be checked
    from the figures shown.
    """
    if len(before) < MIN_ROUND_SCORES or len(after) < MIN_ROUND_SCORES:
        return None
    spread = _sample_variance(before) / len(before) + _sample_variance(after) / len(after)
    return round1(CLEAR_Z * math.sqrt(spread))


def welch_margin(first: Sequence[float], second: Sequence[float]) -> float | None:
    """t × √(s₁²/n₁ + s₂²/n₂), to one decimal; None below two values in a group.

    For two groups as small as three people: t is Student's two-sided 95 %
    quantile at the Welch–Satterthwaite degrees of freedom, rounded down (so
    the margin errs wide). The normal 1.96 of `clear_margin` would call a
    difference between three and three people clear for about one statement in
    six where both answer alike (simulated); with t it is about one in thirty.
    """
    if len(first) < MIN_ROUND_SCORES or len(second) < MIN_ROUND_SCORES:
        return None
    a, b = _sample_variance(first) / len(first), _sample_variance(second) / len(second)
    if a + b == 0:
        return 0.0
    df = (a + b) ** 2 / (a * a / (len(first) - 1) + b * b / (len(second) - 1))
    return round1(t_quantile(df) * math.sqrt(a + b))


def t_quantile(df: float) -> float:
    """Student's t two-sided 95 % quantile; df below 1 counts as 1, and is rounded down up to 30."""
    whole = max(1, math.floor(df + 1e-9))
    if whole <= len(T_975):
        return T_975[whole - 1]
    # Cornish-Fisher expansion around the normal quantile: within 0.001 from df = 30.
    z = CLEAR_Z
    return z + (z**3 + z) / (4 * df) + (5 * z**5 + 16 * z**3 + 3 * z) / (96 * df**2)


def _sample_variance(values: Sequence[float]) -> float:
    # Two passes in floats: statistics.variance is exact but far slower on a
    # round of thousands, and scores to one decimal need no exact fractions.
    mean = sum(values) / len(values)
    return sum((value - mean) ** 2 for value in values) / (len(values) - 1)


# --- the JSON contract ---------------------------------------------------------------------


def team_to_dict(team: TeamScores) -> dict[str, object]:
    """The `aggregate --format json` contract: the score contract plus team figures."""
    body = scores_to_dict(team.scores)
    entries = cast(list[dict[str, object]], body["items"])
    body["items"] = [entry | _team_item_fields(item) for entry, item in zip(entries, team.items, strict=True)]
    body["respondents"] = team.respondents
    body["roles"] = [
        {
            "role": role.role,
            "n": role.n,
            "overall": role.scores.overall,
            "areas": [{"id": a.id, "score": a.score} for a in role.scores.areas],
        }
        for role in team.roles
    ]
    return body


def _team_item_fields(item: TeamItem) -> dict[str, object]:
    return {
        "n": item.n,
        "dont_know": item.dont_know,
        "mean": round1(item.mean),
        "sd": round1(item.sd),
        "distribution": {str(value): count for value, count in item.distribution.items()},
        "split": item.split,
    }


def role_counts(respondents: Sequence[Result]) -> dict[str, int]:
    """How many answered in each role ("none" for no role); counts reveal no answers."""
    counts = {role: 0 for role in (*ROLES, "none")}
    for respondent in respondents:
        counts[respondent.role or "none"] += 1
    return counts
