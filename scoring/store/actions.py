"""The action plan in the store: one organisation's actions, every change kept with who and when.

Who and when: the `actions` row holds created_at/by and updated_at/by; every
change (created, edited, deleted, restored, imported) also adds an
`action_changes` row with the fields as they were after it, so the whole
history of an action can be read back. `by` is the signed-in user's e-mail
where sign-in is on, else "" (the caller passes it in).

Delete is soft: a deleted action keeps its row with `deleted_at` set, can be
restored, and is purged ACTION_RECOVERY_DAYS after it was deleted, its
history with it.
"""

from __future__ import annotations

import json
import secrets
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, cast

from scoring.actions import (
    ACTION_RECOVERY_DAYS,
    STATUSES,
    Action,
    ActionChange,
    ActionFields,
    fields_to_dict,
    plan_organisation,
)
from scoring.history_file import HistoryAction, HistoryRun
from scoring.model import Questionnaire
from scoring.snapshot import check_result
from scoring.store.database import Database, failure, iso, now, utc
from scoring.store.runs import ImportReport, insert_run

_COLUMNS = (
    "id, uid, organisation, title, items, owner, due, status, note, "
    "created_at, created_by, updated_at, updated_by, deleted_at"
)


@dataclass(frozen=True)
class ActionImport:
    added: int
    updated: int  # the file held a newer version of an action already stored
    skipped: int  # already stored as the file has it, or newer here


def add_action(db: Database, organisation: str, fields: ActionFields, by: str = "") -> Action:
    organisation = plan_organisation(organisation)
    moment = iso(now())
    with db.writing() as conn:
        cursor = conn.execute(
            "INSERT INTO actions (uid, organisation, title, items, owner, due, status, note, "
            "created_at, created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (secrets.token_urlsafe(16), organisation, *_field_values(fields), moment, by, moment, by),
        )
        action_id = cast(int, cursor.lastrowid)
        _log(conn, action_id, moment, by, "created", fields)
        return _read(db, conn, action_id)


def update_action(db: Database, action_id: int, fields: ActionFields, by: str = "") -> Action | None:
    """Replace the fields of a live action; None when there is none (never was, or deleted)."""
    moment = iso(now())
    with db.writing() as conn:
        changed = conn.execute(
            "UPDATE actions SET title = ?, items = ?, owner = ?, due = ?, status = ?, note = ?, "
            "updated_at = ?, updated_by = ? WHERE id = ? AND deleted_at IS NULL",
            (*_field_values(fields), moment, by, action_id),
        ).rowcount
        if not changed:
            return None
        _log(conn, action_id, moment, by, "edited", fields)
        return _read(db, conn, action_id)


def delete_action(db: Database, action_id: int, by: str = "") -> bool:
    """Mark the action deleted; it can be restored until it is purged."""
    return _set_deleted(db, action_id, by, deleted=True)


def restore_action(db: Database, action_id: int, by: str = "") -> bool:
    """Bring a deleted action back, as it was; False when it is not deleted (or already purged)."""
    return _set_deleted(db, action_id, by, deleted=False)


def _set_deleted(db: Database, action_id: int, by: str, *, deleted: bool) -> bool:
    moment = iso(now())
    condition = "deleted_at IS NULL" if deleted else "deleted_at IS NOT NULL"
    with db.writing() as conn:
        changed = conn.execute(
            f"UPDATE actions SET deleted_at = ?, updated_at = ?, updated_by = ? WHERE id = ? AND {condition}",
            (moment if deleted else None, moment, by, action_id),
        ).rowcount
        if not changed:
            return False
        action = _read(db, conn, action_id)
        _log(conn, action_id, moment, by, "deleted" if deleted else "restored", action.fields)
        return True


def get_action(db: Database, action_id: int) -> Action | None:
    """The action, deleted or not; None when there is no such action."""
    with db.reading() as conn:
        row = conn.execute(f"SELECT {_COLUMNS} FROM actions WHERE id = ?", (action_id,)).fetchone()
    return None if row is None else _action(db, row)


def list_actions(db: Database, organisation: str | None = None, *, deleted: bool = False) -> list[Action]:
    """Live actions (or, with `deleted`, the deleted ones), oldest first."""
    where = ["deleted_at IS NOT NULL" if deleted else "deleted_at IS NULL"]
    args: tuple[object, ...] = ()
    if organisation is not None:
        where.append("organisation = ?")
        args = (organisation,)
    sql = f"SELECT {_COLUMNS} FROM actions WHERE {' AND '.join(where)} ORDER BY created_at, id"
    with db.reading() as conn:
        rows = conn.execute(sql, args).fetchall()
    return [_action(db, row) for row in rows]


def action_history(db: Database, action_id: int) -> list[ActionChange]:
    """Every change of the action, oldest first."""
    with db.reading() as conn:
        rows = conn.execute(
            "SELECT changed_at, changed_by, change, fields FROM action_changes "
            "WHERE action_id = ? ORDER BY changed_at, id",
            (action_id,),
        ).fetchall()
    return [_change(db, action_id, row) for row in rows]


def purge_actions(
    db: Database, when: datetime | None = None, max_age_days: int = ACTION_RECOVERY_DAYS
) -> int:
    """Remove actions deleted more than `max_age_days` ago, with their history; return how many went."""
    if max_age_days < 0:
        raise failure(f"max_age_days must not be negative, got {max_age_days}.", "action_refused")
    cutoff = iso((when or now()) - timedelta(days=max_age_days))
    with db.writing() as conn:
        return conn.execute(
            "DELETE FROM actions WHERE deleted_at IS NOT NULL AND deleted_at < ?", (cutoff,)
        ).rowcount


# --- the history file --------------------------------------------------------------


def plan_for_export(db: Database, organisation: str) -> list[HistoryAction]:
    """Every action of the organisation, deleted ones too, with its whole history."""
    actions = list_actions(db, organisation) + list_actions(db, organisation, deleted=True)
    actions.sort(key=lambda a: (a.created_at, a.id))
    return [HistoryAction(action, tuple(action_history(db, action.id))) for action in actions]


def add_history(
    db: Database,
    history_runs: Iterable[HistoryRun],
    plans: Iterable[tuple[str, Sequence[HistoryAction]]],
    questionnaire: Questionnaire,
) -> tuple[ImportReport, ActionImport]:
    """A history file's runs and plans (organisation, actions) in one transaction: all, or none."""
    history_runs = list(history_runs)
    for run in history_runs:
        check_result(run.result, run.snapshot)
    total = ActionImport(0, 0, 0)
    with db.writing() as conn:
        saved = [insert_run(conn, run, questionnaire) for run in history_runs]
        for organisation, entries in plans:
            done = import_actions(conn, plan_organisation(organisation), entries)
            total = ActionImport(
                total.added + done.added, total.updated + done.updated, total.skipped + done.skipped
            )
    added = sum(1 for s in saved if s.created)
    return ImportReport(added=added, skipped=len(saved) - added), total


def import_actions(
    conn: sqlite3.Connection, organisation: str, entries: Iterable[HistoryAction]
) -> ActionImport:
    """Add a history file's actions inside the caller's transaction, matched on their uid.

    An action already stored is replaced only when the file's copy was changed
    later; its history then gains the changes it lacked. Importing the same file
    twice changes nothing.
    """
    added = updated = skipped = 0
    for entry in entries:
        action = entry.action
        row = conn.execute("SELECT id, updated_at FROM actions WHERE uid = ?", (action.uid,)).fetchone()
        if row is None:
            action_id = _insert(conn, organisation, action)
            added += 1
        elif iso(action.updated_at) > row[1]:
            action_id = row[0]
            _overwrite(conn, action_id, action)
            updated += 1
        else:
            skipped += 1
            continue
        _add_missing_changes(conn, action_id, entry.changes)
    return ActionImport(added, updated, skipped)


def _insert(conn: sqlite3.Connection, organisation: str, action: Action) -> int:
    cursor = conn.execute(
        "INSERT INTO actions (uid, organisation, title, items, owner, due, status, note, created_at, "
        "created_by, updated_at, updated_by, deleted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (action.uid, organisation, *_field_values(action.fields), *_times(action)),
    )
    return cast(int, cursor.lastrowid)


def _overwrite(conn: sqlite3.Connection, action_id: int, action: Action) -> None:
    conn.execute(
        "UPDATE actions SET title = ?, items = ?, owner = ?, due = ?, status = ?, note = ?, "
        "created_at = ?, created_by = ?, updated_at = ?, updated_by = ?, deleted_at = ? WHERE id = ?",
        (*_field_values(action.fields), *_times(action), action_id),
    )


def _times(action: Action) -> tuple[str, str, str, str, str | None]:
    deleted = iso(action.deleted_at) if action.deleted_at else None
    return iso(action.created_at), action.created_by, iso(action.updated_at), action.updated_by, deleted


def _add_missing_changes(conn: sqlite3.Connection, action_id: int, changes: Sequence[ActionChange]) -> None:
    known = set(
        conn.execute(
            "SELECT changed_at, changed_by, change FROM action_changes WHERE action_id = ?", (action_id,)
        ).fetchall()
    )
    for change in changes:
        if (iso(change.at), change.by, change.change) not in known:
            _log(conn, action_id, iso(change.at), change.by, change.change, change.fields)


# --- rows ----------------------------------------------------------------------------


def _field_values(fields: ActionFields) -> tuple[str, str, str, str | None, str, str]:
    items = json.dumps(list(fields.items), ensure_ascii=False)
    due = fields.due.isoformat() if fields.due else None
    return fields.title, items, fields.owner, due, fields.status, fields.note


def _log(
    conn: sqlite3.Connection, action_id: int, at: str, by: str, change: str, fields: ActionFields
) -> None:
    conn.execute(
        "INSERT INTO action_changes (action_id, changed_at, changed_by, change, fields) "
        "VALUES (?, ?, ?, ?, ?)",
        (action_id, at, by, change, json.dumps(fields_to_dict(fields), ensure_ascii=False)),
    )


def _read(db: Database, conn: sqlite3.Connection, action_id: int) -> Action:
    row = conn.execute(f"SELECT {_COLUMNS} FROM actions WHERE id = ?", (action_id,)).fetchone()
    return _action(db, row)


def _action(db: Database, row: tuple[Any, ...]) -> Action:
    try:
        fields = _fields(row[3], json.loads(row[4]), row[5], row[6], row[7], row[8])
        return Action(
            id=row[0],
            uid=row[1],
            organisation=row[2],
            fields=fields,
            created_at=utc(datetime.fromisoformat(row[9])),
            created_by=row[10],
            updated_at=utc(datetime.fromisoformat(row[11])),
            updated_by=row[12],
            deleted_at=utc(datetime.fromisoformat(row[13])) if row[13] else None,
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise failure(
            f"Action {row[0]} in the store at {db.path} is damaged ({exc}).", "store_damaged"
        ) from exc


def _change(db: Database, action_id: int, row: tuple[Any, ...]) -> ActionChange:
    try:
        body = json.loads(row[3])
        fields = _fields(
            body["title"], body["items"], body["owner"], body["due"], body["status"], body["note"]
        )
        return ActionChange(utc(datetime.fromisoformat(row[0])), row[1], row[2], fields)
    except (KeyError, TypeError, ValueError) as exc:
        raise failure(
            f"The history of action {action_id} in the store at {db.path} is damaged ({exc}).",
            "store_damaged",
        ) from exc


def _fields(title: str, items: object, owner: str, due: str | None, status: str, note: str) -> ActionFields:
    # Read back without the questionnaire: an action keeps its items even after they are renamed.
    if not isinstance(items, list) or not all(isinstance(i, str) for i in items) or status not in STATUSES:
        raise ValueError("items or status out of shape")
    return ActionFields(title, tuple(items), owner, date.fromisoformat(due) if due else None, status, note)
