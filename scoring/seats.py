"""Who sees what: which statements each role can judge from its own seat, and how the
political leadership sees itself beside how the officials see it.

Each item says who can judge it (`answerable_by`: politicians, officials or both)
and whom it is about (`about`: political, administration or both). A respondent
with a role is told when a statement is mainly seen from the other seat; the
team view counts, per role, the statements that role can judge, and puts the
politicians' own view of the political leadership beside the officials' view of it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from scoring.agenda import OFFICIAL, POLITICIAN, RoleGap, item_gap
from scoring.model import Item, Lang, Questionnaire
from scoring.results import Result, Role
from scoring.tables import Table
from scoring.team import MIN_ROLE_RESPONDENTS, tally_by_role

Side = Literal["politicians", "officials"]
SIDES: dict[Role, Side] = {POLITICIAN: "politicians", OFFICIAL: "officials"}
OTHER: dict[Role, Role] = {POLITICIAN: OFFICIAL, OFFICIAL: POLITICIAN}


def other_seat(item: Item, role: Role | None) -> Role | None:
    """The other role, when only it can judge the item from its own seat; else None."""
    if role not in SIDES:
        return None
    side = SIDES[role]
    return None if item.answerable_by_side(side) else OTHER[role]


def own_seat_counts(questionnaire: Questionnaire) -> dict[Role, int]:
    """Per role: how many statements it can judge from its own seat."""
    return {
        role: sum(1 for item in questionnaire.items if item.answerable_by_side(side))
        for role, side in SIDES.items()
    }


@dataclass(frozen=True)
class SelfView:
    """One statement about the political leadership: as politicians see it, as officials do."""

    id: str
    gap: RoleGap


def political_self_view(questionnaire: Questionnaire, respondents: list[Result]) -> tuple[SelfView, ...]:
    """The statements about the political leadership, politicians' view beside officials'.

    Empty unless each role has at least `MIN_ROLE_RESPONDENTS` respondents; a
    statement is left out when fewer than that answered it 1-5 in a role.
    """
    groups, sizes = tally_by_role(questionnaire, respondents)
    if sizes.get(POLITICIAN, 0) < MIN_ROLE_RESPONDENTS or sizes.get(OFFICIAL, 0) < MIN_ROLE_RESPONDENTS:
        return ()
    views = []
    for item in questionnaire.items:
        if item.about != "political":
            continue
        gap = item_gap(item.kind, groups[POLITICIAN][item.id], groups[OFFICIAL][item.id])
        if gap is not None:
            views.append(SelfView(item.id, gap))
    return tuple(views)


def self_view_table(questionnaire: Questionnaire, views: tuple[SelfView, ...], lang: Lang) -> Table:
    """Statement, politicians about themselves, officials about them, the difference and its margin."""
    rows = tuple(
        (
            questionnaire.item(view.id).short(lang),
            view.gap.politicians,
            view.gap.officials,
            view.gap.difference,
            view.gap.margin,
        )
        for view in views
    )
    return Table(
        ("col_statement", "col_politicians_self", "col_officials_about", "col_delta", "col_margin"), rows
    )
