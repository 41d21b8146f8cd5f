"""Team rounds: many respondents' answers read as one team's scores.

How a team is scored
--------------------
An item's team score is the average of the item scores of everyone who
answered it 1–5; "don't know" and unanswered items are left out of that
average. Areas, the overall index, levels, strengths and gaps then follow the
same rules as a single run, applied to these team item scores. A pitfall is
active for the team when its team score is 25 or lower, that is when the team
on average finds it at least "mostly true".

An item is split when its answers 1–5 form two camps; the rule and its reasons
are in `scoring.split`.

Scores per role (politicians, officials, others) are shown only for a role
with at least three respondents, so that nobody can be singled out.
Respondents who gave no role count in the team but never form a group.

When a change between two rounds is clear, and its margin, is explained in
`scoring.uncertainty`.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
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
from scoring.split import VALUES, is_split
from scoring.uncertainty import clear_margin

MIN_ROLE_RESPONDENTS = 3
# A team score this low on a pitfall is what everyone answering 4 would give.
ACTIVE_PITFALL_AT = GAP_AT  # the same line as for a gap: a pitfall scoring this low is active

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
