"""The rows the screen and every report show, built once so they can never disagree.

Each table names its columns by string keys (`col_area`, …) and holds raw
values; the shells translate the headers and format the numbers in the
reader's language. Next steps follow one rule everywhere (see `next_steps`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from scoring.actions import Action, areas_of, check_plan
from scoring.agenda import RoleSides, statement_code
from scoring.compare import Change, Comparison
from scoring.model import Lang, Questionnaire
from scoring.score import Scores, round1
from scoring.strings import number, t
from scoring.summary import summarise
from scoring.team import RoundChange, RoundComparison, TeamScores

Cell = str | float | int | None
MAX_NEXT_STEPS = 6
NO_VALUE = "–"
# Columns whose numbers are changes and carry their sign (+3,5 / −2,0).
SIGNED_COLUMNS = frozenset({"col_delta", "col_items_delta", "col_area_delta"})
TEXT_COLUMNS = frozenset(
    {"col_area", "col_statement", "col_kind", "col_level", "report_clear"}
    | {"col_action", "col_items", "col_owner", "col_due", "col_status", "col_overdue", "col_note"}
    | {"col_verdict", "col_updated_at", "col_updated_by", "col_clear_gap"}
)


@dataclass(frozen=True)
class Table:
    columns: tuple[str, ...]  # string keys, translated by `headers`
    rows: tuple[tuple[Cell, ...], ...]

    def headers(self, lang: Lang) -> list[str]:
        return [t(key, lang) if not key.startswith("=") else key[1:] for key in self.columns]

    @property
    def numeric(self) -> tuple[bool, ...]:
        """Per column: does it hold figures (aligned right in print)?"""
        return tuple(key not in TEXT_COLUMNS for key in self.columns)

    def formatted(self, lang: Lang) -> list[list[str]]:
        """Every cell as text: numbers with the language's decimal mark, a dash for no value."""
        return [
            [
                format_cell(cell, lang, signed=column in SIGNED_COLUMNS)
                for column, cell in zip(self.columns, row, strict=True)
            ]
            for row in self.rows
        ]

    def records(self, lang: Lang) -> list[dict[str, Cell]]:
        """Rows keyed by translated header, raw values kept (for interactive tables)."""
        headers = self.headers(lang)
        return [dict(zip(headers, row, strict=True)) for row in self.rows]


def format_cell(cell: Cell, lang: Lang, signed: bool = False) -> str:
    if cell is None:
        return NO_VALUE
    if isinstance(cell, str | int):  # bool is an int: counts and flags print as they are
        return str(cell)
    return number(cell, lang, sign=signed)


def area_label(questionnaire: Questionnaire, area_id: str, lang: Lang) -> str:
    return questionnaire.area_label(area_id, lang)


def area_table(
    questionnaire: Questionnaire, scores: Scores, lang: Lang, previous: Scores | None = None
) -> Table:
    columns = ("col_area", "col_score", "col_level") + (("col_before", "col_delta") if previous else ())
    rows = []
    for area, current in zip(questionnaire.areas, scores.areas, strict=True):
        level = current.level.label(lang) if current.level else t("no_level", lang)
        row: tuple[Cell, ...] = (area_label(questionnaire, area.id, lang), current.score, level)
        if previous is not None:
            before = previous.area(area.id).score
            row += (before, _delta(before, current.score))
        rows.append(row)
    return Table(columns, tuple(rows))


def item_table(questionnaire: Questionnaire, scores: Scores, lang: Lang) -> Table:
    rows = tuple(
        (
            area_label(questionnaire, area.id, lang),
            item.text(lang),
            t("kind_pitfall" if item.kind == "pitfall" else "kind_factor", lang),
            scores.item(item.id).score,
        )
        for area in questionnaire.areas
        for item in area.items
    )
    return Table(("col_area", "col_statement", "col_kind", "col_score"), rows)


def change_table(questionnaire: Questionnaire, lang: Lang, comparison: Comparison | RoundComparison) -> Table:
    """Before, after and change per area and overall; for rounds also whether the change is clear."""
    changes: Sequence[Change | RoundChange] = (*comparison.areas, comparison.overall)
    rounds = isinstance(comparison, RoundComparison)
    columns = ("col_area", "col_before", "col_after", "col_delta") + (("report_clear",) if rounds else ())
    rows = []
    for change in changes:
        name = (
            t("csv_overall", lang) if change.id == "overall" else area_label(questionnaire, change.id, lang)
        )
        row: tuple[Cell, ...] = (name, change.before, change.after, change.delta)
        if isinstance(change, RoundChange):
            row += (t("report_clear_yes" if change.clear else "report_clear_no", lang),)
        rows.append(row)
    return Table(columns, tuple(rows))


def moved_items_table(questionnaire: Questionnaire, lang: Lang, comparison: Comparison) -> Table:
    rows = tuple((questionnaire.item(c.id).text(lang), c.before, c.after, c.delta) for c in comparison.moved)
    return Table(("col_statement", "col_before", "col_after", "col_delta"), rows)


def role_table(questionnaire: Questionnaire, lang: Lang, team: TeamScores) -> Table:
    """Each role with enough respondents side by side, per area and overall."""
    columns = ("col_area", *(f"={t(f'role_{r.role}', lang)} (n = {r.n})" for r in team.roles))
    rows: list[tuple[Cell, ...]] = [
        (area_label(questionnaire, area.id, lang), *(r.scores.area(area.id).score for r in team.roles))
        for area in questionnaire.areas
    ]
    rows.append((t("csv_overall", lang), *(r.scores.overall for r in team.roles)))
    return Table(columns, tuple(rows))


@dataclass(frozen=True)
class NextStep:
    title: str  # what the step is about: a statement, or an area
    area: str
    step: str


def next_steps(
    questionnaire: Questionnaire, scores: Scores, lang: Lang, limit: int = MAX_NEXT_STEPS
) -> tuple[NextStep, ...]:
    """The one rule for next steps: each gap's advice, worst first; without gaps, the weakest area's
    recommendations; nothing when too little is answered to tell."""
    summary = summarise(questionnaire, scores, limit=limit)
    steps = tuple(
        NextStep(row.label(lang), area_label(questionnaire, row.area.id, lang), row.item.advice(lang))
        for row in summary.gaps
        if row.item.advice is not None
    )
    if steps or not summary.weakest_areas:
        return steps
    area = summary.weakest_areas[0]
    label = area_label(questionnaire, area.id, lang)
    return tuple(NextStep(label, label, step) for step in area.recommendations(lang)[:limit])


# --- the action plan --------------------------------------------------------------


def plan_table(questionnaire: Questionnaire, plan: Sequence[Action], lang: Lang, today: date) -> Table:
    """The whole plan, every field: the screen's list and the CSV file."""
    columns = (
        "col_action", "col_area", "col_items", "col_owner", "col_due", "col_status",
        "col_overdue", "col_note", "col_updated_at", "col_updated_by",
    )  # fmt: skip
    rows = tuple(
        (
            action.title,
            action_areas(questionnaire, action, lang),
            "; ".join(
                questionnaire.item(i).text(lang) if questionnaire.has_item(i) else i
                for i in action.fields.items
            ),
            action.fields.owner,
            _due(action),
            t(f"action_status_{action.status}", lang),
            _overdue(action, today, lang),
            action.fields.note,
            action.updated_at.isoformat(timespec="minutes"),
            action.updated_by,
        )
        for action in plan
    )
    return Table(columns, rows)


def open_actions_table(
    questionnaire: Questionnaire, plan: Sequence[Action], lang: Lang, today: date
) -> Table:
    """The actions still open (planned or in progress), overdue ones flagged: for the brief."""
    rows = tuple(
        _action_row(action, action_areas(questionnaire, action, lang), lang, today)
        for action in plan
        if not action.fields.closed and action.deleted_at is None
    )
    return Table(("col_action", "col_area", "col_owner", "col_due", "col_status", "col_overdue"), rows)


def _action_row(action: Action, where: str, lang: Lang, today: date) -> tuple[str, ...]:
    """An action as the plan's tables list it: title, where it acts, owner, due date, status, overdue."""
    status = t(f"action_status_{action.status}", lang)
    return (action.title, where, action.fields.owner, _due(action), status, _overdue(action, today, lang))


def action_check_table(
    questionnaire: Questionnaire,
    plan: Sequence[Action],
    comparison: Comparison | RoundComparison,
    lang: Lang,
    today: date,
) -> Table:
    """Each action beside the measured change of its statements and areas, with the verdict."""
    # The verdict next to the action: what a reader looks for first, before the figures behind it.
    columns = (
        "col_action", "col_verdict", "col_items_delta", "col_area_delta",
        "col_area", "col_status", "col_due", "col_overdue",
    )  # fmt: skip
    rows = tuple(
        (
            check.action.title,
            t(f"action_verdict_{check.verdict}", lang),
            check.item_delta,
            check.area_delta,
            action_areas(questionnaire, check.action, lang),
            t(f"action_status_{check.action.status}", lang),
            _due(check.action),
            t("action_overdue", lang) if check.overdue else "",
        )
        for check in check_plan(questionnaire, plan, comparison, today)
    )
    return Table(columns, rows)


def plan_report_table(questionnaire: Questionnaire, plan: Sequence[Action], lang: Lang, today: date) -> Table:
    """The plan as the reports list it after the brief: every action not deleted, its statements by
    the numbers the charts show."""
    rows = tuple(
        (*_action_row(action, _statements(questionnaire, action, lang), lang, today), action.fields.note)
        for action in plan
        if action.deleted_at is None
    )
    columns = ("col_action", "col_items", "col_owner", "col_due", "col_status", "col_overdue", "col_note")
    return Table(columns, rows)


def plan_check_table(
    questionnaire: Questionnaire,
    plan: Sequence[Action],
    comparison: Comparison | RoundComparison,
    lang: Lang,
    today: date,
) -> Table:
    """For the reports: each action's verdict beside the measured change (a narrow table for print)."""
    kept = tuple(action for action in plan if action.deleted_at is None)
    rows = tuple(
        (check.action.title, t(f"action_verdict_{check.verdict}", lang), check.item_delta, check.area_delta)
        for check in check_plan(questionnaire, kept, comparison, today)
    )
    return Table(("col_action", "col_verdict", "col_items_delta", "col_area_delta"), rows)


def _statements(questionnaire: Questionnaire, action: Action, lang: Lang) -> str:
    """ "1.3 Short text; 2.1 …", then the areas: the statements by the numbers the charts show."""
    known = [i for i in action.fields.items if questionnaire.has_item(i)]
    named = [f"{statement_code(questionnaire, i)} {questionnaire.item(i).short(lang)}" for i in known]
    gone = [i for i in action.fields.items if not questionnaire.has_item(i)]
    return "; ".join(named + gone) + f" ({action_areas(questionnaire, action, lang)})"


def action_areas(questionnaire: Questionnaire, action: Action, lang: Lang) -> str:
    labels = [area_label(questionnaire, a, lang) for a in areas_of(questionnaire, action.fields)]
    return "; ".join(labels) or NO_VALUE


def _due(action: Action) -> str:
    return action.fields.due.isoformat() if action.fields.due else NO_VALUE


def _overdue(action: Action, today: date, lang: Lang) -> str:
    return t("action_overdue", lang) if action.overdue(today) else ""


def _delta(before: float | None, after: float | None) -> float | None:
    return None if before is None or after is None else round1(after - before)


def role_sides_table(questionnaire: Questionnaire, lang: Lang, sides: RoleSides) -> Table:
    """Politicians beside officials per area and overall, the difference, its margin and the verdict."""
    columns = (
        "col_area",
        f"={t('role_politician', lang)} (n = {sides.politicians})",
        f"={t('role_official', lang)} (n = {sides.officials})",
        "col_delta",
        "col_margin",
        "col_clear_gap",
    )
    rows: list[tuple[Cell, ...]] = []
    for side in (*sides.areas, sides.overall):
        name = t("csv_overall", lang) if side.id == "overall" else area_label(questionnaire, side.id, lang)
        gap = side.gap
        verdict = t("report_clear_yes" if gap.clear else "report_clear_no", lang)
        rows.append((name, gap.politicians, gap.officials, gap.difference, gap.margin, verdict))
    return Table(columns, tuple(rows))
