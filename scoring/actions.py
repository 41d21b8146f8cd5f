"""The action plan: what the group decided to do about its gaps, and whether it worked.

Pure model and rules; the store keeps the plan (`scoring.store.actions`) and
`scoring.tables` renders it.

Whether an action worked
------------------------
An action names the statements (items) it is meant to improve, and so their
areas. At the next assessment each action is set beside the measured change:

- Two team rounds (`RoundComparison`): the rule for a clear change is the one
  the round comparison already uses per area (`scoring.team`: the change is
  larger than its 95 % margin). An action is a *clear improvement* when at least
  one of its areas improved clearly and none declined clearly, a *clear
  decline* in the mirror case, and otherwise *no clear change* (also when its
  areas moved clearly in opposite directions).
- Two single runs (`Comparison`): one person's answers carry no uncertainty to
  measure, so a fixed threshold stands in for the margin: the mean change of
  the action's own items must be at least SINGLE_RUN_THRESHOLD points (one step
  on the answer scale for every one of its items) to count as clear.
- When none of the action's items has a score in both runs, the change
  *cannot be judged*.

An action is overdue when its due date has passed and it is neither done nor
dropped.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Literal

from scoring.answers import organisation_name
from scoring.compare import Comparison
from scoring.errors import ScoringError
from scoring.model import Questionnaire
from scoring.score import round1
from scoring.team import RoundComparison

Status = Literal["planned", "in_progress", "done", "dropped"]
STATUSES: tuple[Status, ...] = ("planned", "in_progress", "done", "dropped")
CLOSED: frozenset[str] = frozenset({"done", "dropped"})
MAX_TITLE = 200
MAX_OWNER = 200
MAX_NOTE = 2000
# A deleted action can be restored for this long, then it is purged (like drafts).
ACTION_RECOVERY_DAYS = 30
# For two single runs: one answer step (25 points) on average over the action's items.
SINGLE_RUN_THRESHOLD = 25.0

Verdict = Literal["clear_improvement", "no_clear_change", "clear_decline", "cannot_judge"]
VERDICTS: tuple[Verdict, ...] = ("clear_improvement", "no_clear_change", "clear_decline", "cannot_judge")


class ActionError(ScoringError):
    """An action breaks a rule; the message says which, in the reader's language."""

    def __init__(self, key: str, **fields: object) -> None:
        from scoring.strings import t  # late: strings imports the model

        self.key = key
        self.fields = fields
        super().__init__(t(key, "en", **fields))

    def message(self, lang: str) -> str:
        from scoring.strings import t

        return t(self.key, "en" if lang == "en" else "sv", **self.fields)


@dataclass(frozen=True)
class ActionFields:
    """What a person decides about an action; built only by `action_fields`, so always valid."""

    title: str
    items: tuple[str, ...]
    owner: str = ""  # a role or a name, free text
    due: date | None = None
    status: Status = "planned"
    note: str = ""

    @property
    def closed(self) -> bool:
        return self.status in CLOSED


@dataclass(frozen=True)
class Action:
    """An action as the store keeps it: the fields, who made and changed it, and when."""

    id: int
    uid: str  # the same action on every machine: a history file's import matches on it
    organisation: str
    fields: ActionFields
    created_at: datetime
    created_by: str  # the signed-in user's e-mail, "" without sign-in
    updated_at: datetime
    updated_by: str
    deleted_at: datetime | None = None

    @property
    def title(self) -> str:
        return self.fields.title

    @property
    def status(self) -> Status:
        return self.fields.status

    def overdue(self, today: date) -> bool:
        return is_overdue(self.fields, today)


@dataclass(frozen=True)
class ActionChange:
    """One line of an action's history: who changed it, when, how, and the fields after."""

    at: datetime
    by: str
    change: str  # one of CHANGES
    fields: ActionFields


CHANGES = ("created", "edited", "deleted", "restored", "imported")


def action_fields(
    questionnaire: Questionnaire,
    *,
    title: str,
    items: Iterable[str],
    owner: str = "",
    due: date | str | None = None,
    status: str = "planned",
    note: str = "",
) -> ActionFields:
    """Checked fields: title 1–200 characters, items the questionnaire has, a known status, an ISO date."""
    title = _text(title, "title").strip()
    if not 1 <= len(title) <= MAX_TITLE:
        raise ActionError("action_err_title", max=MAX_TITLE)
    chosen = _items(questionnaire, items)
    owner = _text(owner, "owner").strip()
    if len(owner) > MAX_OWNER:
        raise ActionError("action_err_owner", max=MAX_OWNER)
    note = _text(note, "note").strip()
    if len(note) > MAX_NOTE:
        raise ActionError("action_err_note", max=MAX_NOTE)
    if status not in STATUSES:
        raise ActionError("action_err_status", got=repr(status))
    return ActionFields(title, chosen, owner, parse_due(due), status, note)


def _text(value: object, field: str) -> str:
    if not isinstance(value, str):
        raise ActionError("action_err_text", field=field)
    return value


def _items(questionnaire: Questionnaire, items: Iterable[str]) -> tuple[str, ...]:
    if isinstance(items, str):
        raise ActionError("action_err_no_items")
    chosen = tuple(dict.fromkeys(items))  # order kept, repeats dropped
    if not chosen:
        raise ActionError("action_err_no_items")
    for item_id in chosen:
        if not isinstance(item_id, str) or not questionnaire.has_item(item_id):
            raise ActionError("action_err_item", item=str(item_id))
    # Questionnaire order, so the same choice always reads the same way.
    order = {item.id: n for n, item in enumerate(questionnaire.items)}
    return tuple(sorted(chosen, key=order.__getitem__))


def parse_due(due: date | str | None) -> date | None:
    """A due date from a date or an ISO text (YYYY-MM-DD); None or "" is no date."""
    if due is None or due == "":
        return None
    if isinstance(due, datetime):
        raise ActionError("action_err_due", got=repr(due.isoformat()))
    if isinstance(due, date):
        return due
    if isinstance(due, str) and len(due) == 10:
        try:
            return date.fromisoformat(due)
        except ValueError:
            pass
    raise ActionError("action_err_due", got=repr(due))


def parse_time(value: object) -> datetime:
    """A moment from an ISO 8601 text that carries its zone, as UTC."""
    if not isinstance(value, str):
        raise ValueError(f"a time must be ISO 8601 text, got {value!r}")
    moment = datetime.fromisoformat(value)
    if moment.tzinfo is None:
        raise ValueError(f"the time {value!r} has no zone")
    return moment.astimezone(UTC)


def plan_organisation(name: str) -> str:
    """An action belongs to a named organisation: the name as it is kept everywhere."""
    normalised = organisation_name(name)
    if not normalised:
        raise ActionError("action_err_organisation")
    return normalised


def is_overdue(fields: ActionFields, today: date) -> bool:
    return fields.due is not None and fields.due < today and not fields.closed


def areas_of(questionnaire: Questionnaire, fields: ActionFields) -> tuple[str, ...]:
    """The area ids of the action's items the questionnaire still has, in questionnaire order."""
    touched = {questionnaire.area_of(i).id for i in fields.items if questionnaire.has_item(i)}
    return tuple(area.id for area in questionnaire.areas if area.id in touched)


# --- checking the plan against the next assessment ---------------------------------------


@dataclass(frozen=True)
class ActionCheck:
    action: Action
    areas: tuple[str, ...]
    item_delta: float | None  # mean change of the action's items with a score in both runs
    area_delta: float | None  # mean change of the action's areas with a score in both runs
    verdict: Verdict
    overdue: bool


def check_plan(
    questionnaire: Questionnaire,
    plan: Sequence[Action],
    comparison: Comparison | RoundComparison,
    today: date,
) -> tuple[ActionCheck, ...]:
    """Each action beside the measured change of its items and areas (rules: the module's docstring)."""
    return tuple(_check(questionnaire, action, comparison, today) for action in plan)


def _check(
    questionnaire: Questionnaire, action: Action, comparison: Comparison | RoundComparison, today: date
) -> ActionCheck:
    areas = areas_of(questionnaire, action.fields)
    item_delta = _mean(_item_deltas(action.fields.items, comparison))
    area_changes = [c for c in comparison.areas if c.id in areas]
    area_delta = _mean([c.delta for c in area_changes if c.delta is not None])
    if isinstance(comparison, RoundComparison):
        clear = [c.delta for c in comparison.areas if c.id in areas and c.clear and c.delta is not None]
        verdict = _verdict(item_delta, sum(1 for d in clear if d > 0), sum(1 for d in clear if d < 0))
    else:
        up = item_delta is not None and item_delta >= SINGLE_RUN_THRESHOLD
        down = item_delta is not None and item_delta <= -SINGLE_RUN_THRESHOLD
        verdict = _verdict(item_delta, int(up), int(down))
    return ActionCheck(action, areas, item_delta, area_delta, verdict, action.overdue(today))


def _verdict(item_delta: float | None, better: int, worse: int) -> Verdict:
    if item_delta is None:
        return "cannot_judge"
    if better and not worse:
        return "clear_improvement"
    if worse and not better:
        return "clear_decline"
    return "no_clear_change"


def _item_deltas(items: Sequence[str], comparison: Comparison | RoundComparison) -> list[float]:
    if isinstance(comparison, Comparison):
        changes = {c.id: c.delta for c in comparison.items}
        return [d for i in items if (d := changes.get(i)) is not None]
    before = {item.id: item.mean for item in comparison.before.items}
    after = {item.id: item.mean for item in comparison.after.items}
    return [
        after_mean - before_mean
        for i in items
        if (before_mean := before.get(i)) is not None and (after_mean := after.get(i)) is not None
    ]


def _mean(values: Sequence[float]) -> float | None:
    return round1(sum(values) / len(values)) if values else None


# --- the file contract -------------------------------------------------------------------


def fields_to_dict(fields: ActionFields) -> dict[str, object]:
    return {
        "title": fields.title,
        "items": list(fields.items),
        "owner": fields.owner,
        "due": fields.due.isoformat() if fields.due else None,
        "status": fields.status,
        "note": fields.note,
    }


def action_to_dict(action: Action) -> dict[str, object]:
    """The `actions --format json` contract, and an action's entry in a history file."""
    return {
        "id": action.id,
        "uid": action.uid,
        "organisation": action.organisation,
        **fields_to_dict(action.fields),
        "created_at": action.created_at.isoformat(),
        "created_by": action.created_by,
        "updated_at": action.updated_at.isoformat(),
        "updated_by": action.updated_by,
        "deleted_at": action.deleted_at.isoformat() if action.deleted_at else None,
    }
