"""The workshop agenda: what a team round's leadership group should discuss, in order.

What comes on the agenda
------------------------
Two kinds of statement:

- **split** statements, where the answers form two camps (`scoring.split.is_split`).
  How split a statement is, is the smaller camp's share of its answers 1–5,
  min(low, high) / n, at most one half (`scoring.split.split_share`);
- **role divides**, where politicians and officials clearly see the statement
  differently. These are looked for only when each of the two roles has at least
  `MIN_ROLE_RESPONDENTS` (3) respondents in the round, and a statement is compared
  only when at least 3 in each role answered it 1–5, so that no role's figure rests
  on one or two people. The difference is the politicians' mean item score minus
  the officials', each rounded to one decimal as shown, and its margin is

      t × √(s₁²/n₁ + s₂²/n₂)

  from the item scores within each role (`scoring.uncertainty.welch_margin`): the
  half-width of a 95 % interval for the difference, with t Student's quantile at
  the Welch–Satterthwaite degrees of freedom rounded down. Between rounds the
  team uses 1.96 for t, but roles are compared at three or four people a side,
  where 1.96 would call one statement in six a clear divide when both roles
  answer alike; t keeps that near one in thirty (4.3 at three against three
  when one role answered alike, 2.8 when both spread alike). The difference is
  clear when it is larger than its margin, and only a clear difference makes a
  role divide. How divided a statement is, is the size of the difference.

Every statement on the agenda carries the role means, difference, margin and
verdict whenever the roles could be compared on it, including split statements
whose difference is not clear.

The ranking
-----------
1. Statements that are both split and a role divide come first: the group
   disagrees, and the disagreement runs along the line between the roles. Among
   them, the larger difference first, then the more split, then questionnaire
   order.
2. Then the split-only and role-divide-only statements take turns, a split one
   first, since a split concerns the whole group: the most split, the largest
   difference, the next most split, and so on; when one list runs out the other
   continues. Within each list ties go to questionnaire order.

The agenda is cut at `DEFAULT_LIMIT` (8) entries, numbered from 1.

Politicians and officials side by side
--------------------------------------
`role_sides` gives, per area and for the overall index, the politicians' and the
officials' team scores (as `scoring.team.aggregate` computes a role's scores),
their difference and its margin, with s and n taken from the respondents' own
area scores, as a change between rounds is judged but with t as above. Nothing is given
unless each of the two roles has at least `MIN_ROLE_RESPONDENTS` respondents.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from fractions import Fraction
from itertools import zip_longest
from typing import Literal

from scoring.model import Questionnaire
from scoring.results import Result, Role
from scoring.score import round1
from scoring.split import VALUES, is_split, split_share
from scoring.team import (
    MIN_ROLE_RESPONDENTS,
    Counts,
    aggregate,
    item_scores_from_counts,
    merge_tallies,
    own_scores,
    tally_by_role,
)
from scoring.uncertainty import welch_margin

DEFAULT_LIMIT = 8
POLITICIAN: Role = "politician"
OFFICIAL: Role = "official"

Reason = Literal["split", "roles", "both"]


@dataclass(frozen=True)
class RoleGap:
    """Politicians against officials on one statement, area or the overall index."""

    politicians: float | None  # the politicians' score, 0-100, one decimal
    officials: float | None
    difference: float | None  # politicians minus officials, one decimal
    margin: float | None  # None when a role has fewer than two scores
    clear: bool  # the difference is larger than its margin


@dataclass(frozen=True)
class AgendaEntry:
    rank: int  # 1 for the first thing to discuss
    id: str
    area: str
    reason: Reason
    distribution: Mapping[int, int]  # answer 1-5 -> how many gave it
    dont_know: int
    share: Fraction  # the smaller camp's share of the answers 1-5: how split
    roles: RoleGap | None  # None unless both roles answered it enough to be compared

    @property
    def split(self) -> bool:
        return self.reason != "roles"

    @property
    def role_divide(self) -> bool:
        return self.reason != "split"


@dataclass(frozen=True)
class AreaSides:
    id: str  # an area id, or "overall"
    gap: RoleGap


@dataclass(frozen=True)
class RoleSides:
    politicians: int  # respondents in each role
    officials: int
    overall: AreaSides
    areas: tuple[AreaSides, ...]  # questionnaire order


# --- the agenda ----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Candidate:
    order: int  # position in the questionnaire
    entry: AgendaEntry  # rank 0 until ranked

    @property
    def gap(self) -> float:
        roles = self.entry.roles
        return 0.0 if roles is None or roles.difference is None else abs(roles.difference)


def agenda(
    questionnaire: Questionnaire, respondents: Sequence[Result], limit: int = DEFAULT_LIMIT
) -> tuple[AgendaEntry, ...]:
    """The statements to discuss, ranked and numbered as the module docstring says; at most `limit`."""
    if limit < 0:
        raise ValueError(f"limit must not be negative, not {limit}")
    groups, sizes = tally_by_role(questionnaire, respondents)
    total = merge_tallies(questionnaire, groups.values())
    compare = _comparable(sizes)
    politicians, officials = groups.get(POLITICIAN), groups.get(OFFICIAL)
    candidates: list[_Candidate] = []
    placed = [(area.id, item) for area in questionnaire.areas for item in area.items]
    for order, (area_id, item) in enumerate(placed):
        counts = total[item.id]
        distribution = {value: counts[value] for value in VALUES}
        gap = None
        if compare and politicians is not None and officials is not None:
            gap = item_gap(item.kind, politicians[item.id], officials[item.id])
        split = is_split(distribution)
        divide = gap is not None and gap.clear
        if not (split or divide):
            continue
        reason: Reason = "both" if split and divide else "split" if split else "roles"
        entry = AgendaEntry(
            rank=0,
            id=item.id,
            area=area_id,
            reason=reason,
            distribution=distribution,
            dont_know=counts[0],
            share=split_share(distribution),
            roles=gap,
        )
        candidates.append(_Candidate(order, entry))
    return tuple(_with_rank(c.entry, rank) for rank, c in enumerate(_ranked(candidates)[:limit], start=1))


def _ranked(candidates: list[_Candidate]) -> list[_Candidate]:
    both = sorted(
        (c for c in candidates if c.entry.reason == "both"),
        key=lambda c: (-c.gap, -c.entry.share, c.order),
    )
    split = sorted(
        (c for c in candidates if c.entry.reason == "split"), key=lambda c: (-c.entry.share, c.order)
    )
    roles = sorted((c for c in candidates if c.entry.reason == "roles"), key=lambda c: (-c.gap, c.order))
    turns = [c for pair in zip_longest(split, roles) for c in pair if c is not None]
    return both + turns


def statement_code(questionnaire: Questionnaire, item_id: str) -> str:
    """The statement's number as the charts show it: area number, dot, place in the area ("1.3")."""
    for a, area in enumerate(questionnaire.areas, start=1):
        for n, item in enumerate(area.items, start=1):
            if item.id == item_id:
                return f"{a}.{n}"
    raise KeyError(item_id)


def _with_rank(entry: AgendaEntry, rank: int) -> AgendaEntry:
    return replace(entry, rank=rank)


def _comparable(sizes: Mapping[Role | None, int]) -> bool:
    return sizes.get(POLITICIAN, 0) >= MIN_ROLE_RESPONDENTS and sizes.get(OFFICIAL, 0) >= MIN_ROLE_RESPONDENTS


def item_gap(kind: str, politicians: Counts, officials: Counts) -> RoleGap | None:
    """Politicians against officials on one statement, from each role's answer counts.

    None when fewer than `MIN_ROLE_RESPONDENTS` in a role answered it 1-5.
    """
    own_p, own_o = item_scores_from_counts(kind, politicians), item_scores_from_counts(kind, officials)
    if len(own_p) < MIN_ROLE_RESPONDENTS or len(own_o) < MIN_ROLE_RESPONDENTS:
        return None
    return _gap(round1(sum(own_p) / len(own_p)), round1(sum(own_o) / len(own_o)), own_p, own_o)


def _gap(
    politicians: float | None, officials: float | None, own_p: Sequence[float], own_o: Sequence[float]
) -> RoleGap:
    """Difference and margin of two shown scores, the margin from the scores behind them."""
    difference = None if politicians is None or officials is None else round1(politicians - officials)
    margin = welch_margin(own_p, own_o)
    clear = difference is not None and margin is not None and abs(difference) > margin
    return RoleGap(politicians, officials, difference, margin, clear)


def agenda_to_dict(entries: Sequence[AgendaEntry]) -> list[dict[str, object]]:
    """The agenda as JSON-ready data: figures to one decimal, the share to three."""
    return [
        {
            "rank": entry.rank,
            "id": entry.id,
            "area": entry.area,
            "reason": entry.reason,
            "distribution": {str(value): count for value, count in entry.distribution.items()},
            "dont_know": entry.dont_know,
            "share": round(float(entry.share), 3),
            "roles": None if entry.roles is None else _gap_to_dict(entry.roles),
        }
        for entry in entries
    ]


def _gap_to_dict(gap: RoleGap) -> dict[str, object]:
    return {
        "politicians": gap.politicians,
        "officials": gap.officials,
        "difference": gap.difference,
        "margin": gap.margin,
        "clear": gap.clear,
    }


# --- politicians and officials side by side ------------------------------------------------


def role_sides(questionnaire: Questionnaire, respondents: Sequence[Result]) -> RoleSides | None:
    """Per area and overall, the politicians' and officials' scores, difference and margin.

    None unless each of the two roles has at least `MIN_ROLE_RESPONDENTS` respondents.
    """
    team = aggregate(questionnaire, respondents)
    shown = {role.role: role for role in team.roles}
    pol, off = shown.get(POLITICIAN), shown.get(OFFICIAL)
    if pol is None or off is None:
        return None
    own = {
        role: [own_scores(questionnaire, r.answers) for r in respondents if r.role == role]
        for role in (POLITICIAN, OFFICIAL)
    }
    areas = tuple(
        AreaSides(
            area.id,
            _gap(
                p.score,
                o.score,
                _present(s.areas[k] for s in own[POLITICIAN]),
                _present(s.areas[k] for s in own[OFFICIAL]),
            ),
        )
        for k, (area, p, o) in enumerate(
            zip(questionnaire.areas, pol.scores.areas, off.scores.areas, strict=True)
        )
    )
    overall = AreaSides(
        "overall",
        _gap(
            pol.scores.overall,
            off.scores.overall,
            _present(s.overall for s in own[POLITICIAN]),
            _present(s.overall for s in own[OFFICIAL]),
        ),
    )
    return RoleSides(politicians=pol.n, officials=off.n, overall=overall, areas=areas)


def _present(values: Iterable[float | None]) -> list[float]:
    return [value for value in values if value is not None]
