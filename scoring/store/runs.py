"""Saved runs: insert (deduplicated by content), list, read back, delete, export, versions."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from scoring.answers import Role, canonical_json, sha256_hex
from scoring.history_file import HistoryAction, HistoryRun, dump_history
from scoring.model import Questionnaire
from scoring.results import Result, dump_result
from scoring.score import score
from scoring.snapshot import Snapshot, check_result, parse_snapshot, snapshot_body, snapshot_of
from scoring.store.database import Database, failure, iso, now


@dataclass(frozen=True)
class SavedRun:
    id: int
    created: bool  # False: the same result was already stored under this id


@dataclass(frozen=True)
class RunSummary:
    id: int
    organisation: str
    role: Role | None
    created_at: str
    questionnaire_version: str
    overall: float | None


@dataclass(frozen=True)
class StoredRun:
    id: int
    result: Result
    snapshot: Snapshot


@dataclass(frozen=True)
class ImportReport:
    added: int
    skipped: int  # already stored


def result_hash(result: Result) -> str:
    """Identity of a result: the same file content, whatever the key order, is the same run."""
    return sha256_hex(canonical_json(json.loads(dump_result(result))))


def save_run(
    db: Database, result: Result, questionnaire: Questionnaire, replaces: int | None = None
) -> SavedRun:
    """Save a run; with `replaces`, it is a corrected version shown in place of that run."""
    run = HistoryRun(result, snapshot_of(questionnaire))
    check_result(result, run.snapshot)
    with db.writing() as conn:
        saved = insert_run(conn, run, questionnaire)
        if replaces is not None:
            put_in_place_of(conn, saved.id, replaces)
        return saved


def add_runs(db: Database, runs: Iterable[HistoryRun], questionnaire: Questionnaire) -> ImportReport:
    runs = list(runs)
    for run in runs:
        check_result(run.result, run.snapshot)
    with db.writing() as conn:
        saved = [insert_run(conn, run, questionnaire) for run in runs]
    added = sum(1 for s in saved if s.created)
    return ImportReport(added=added, skipped=len(saved) - added)


def export_history(db: Database, organisation: str, actions: Iterable[HistoryAction] = ()) -> str:
    runs = stored_runs(db, organisation)
    return dump_history(organisation, (HistoryRun(run.result, run.snapshot) for run in runs), actions)


def list_runs(db: Database, organisation: str | None = None) -> list[RunSummary]:
    where, args = ("WHERE organisation = ?", (organisation,)) if organisation is not None else ("", ())
    sql = (
        "SELECT id, organisation, role, created_at, questionnaire_version, overall "
        f"FROM runs WHERE {_CURRENT} {where.replace('WHERE', 'AND')} ORDER BY created_utc, id"
    )
    with db.reading() as conn:
        rows = conn.execute(sql, args).fetchall()
    return [RunSummary(r[0], r[1], cast("Role | None", r[2]), r[3], r[4], r[5]) for r in rows]


def run_versions(db: Database, run_id: int) -> list[RunSummary]:
    """Every version of the run `run_id` belongs to (itself included), oldest first."""
    with db.reading() as conn:
        ids = _lineage(conn, run_id)
        marks = ", ".join("?" * len(ids))
        rows = conn.execute(
            "SELECT id, organisation, role, created_at, questionnaire_version, overall "
            f"FROM runs WHERE id IN ({marks}) ORDER BY created_utc, id",
            tuple(ids),
        ).fetchall()
    return [RunSummary(r[0], r[1], cast("Role | None", r[2]), r[3], r[4], r[5]) for r in rows]


def current_version(db: Database, run_id: int) -> int | None:
    """The version of `run_id`'s run that the list shows, None for an unknown run."""
    with db.reading() as conn:
        return _current_in(conn, _lineage(conn, run_id))


def restore_version(db: Database, run_id: int) -> bool:
    """Show the earlier version `run_id` again in place of the current one; nothing is deleted."""
    with db.writing() as conn:
        current = _current_in(conn, _lineage(conn, run_id))
        if current is None or current == run_id:
            return False
        put_in_place_of(conn, run_id, current)
        return True


def put_in_place_of(conn: sqlite3.Connection, run_id: int, replaced: int) -> None:
    """Record that `run_id` now stands in place of `replaced` (inside the caller's transaction)."""
    if run_id == replaced:
        return  # the correction changed nothing: the same content is the same run
    if conn.execute("SELECT 1 FROM runs WHERE id = ?", (replaced,)).fetchone() is None:
        raise failure(f"Run {replaced} to be replaced is not in the store.", "store_run_gone")
    conn.execute(
        "INSERT INTO run_versions (run_id, replaces, at) VALUES (?, ?, ?)", (run_id, replaced, iso(now()))
    )


# A run is current unless the latest version event naming it put another run in its place.
_CURRENT = (
    "NOT EXISTS (SELECT 1 FROM run_versions v WHERE v.replaces = runs.id AND v.id = "
    "(SELECT MAX(w.id) FROM run_versions w WHERE w.run_id = runs.id OR w.replaces = runs.id))"
)


def _lineage(conn: sqlite3.Connection, run_id: int) -> list[int]:
    """The run and every run linked to it by a version event, in either direction."""
    if conn.execute("SELECT 1 FROM runs WHERE id = ?", (run_id,)).fetchone() is None:
        return []
    seen, todo = {run_id}, [run_id]
    while todo:
        one = todo.pop()
        for a, b in conn.execute(
            "SELECT run_id, replaces FROM run_versions WHERE run_id = ?1 OR replaces = ?1", (one,)
        ):
            for other in (a, b):
                if other not in seen:
                    seen.add(other)
                    todo.append(other)
    return sorted(seen)


def _current_in(conn: sqlite3.Connection, ids: list[int]) -> int | None:
    if not ids:
        return None
    marks = ", ".join("?" * len(ids))
    row = conn.execute(
        f"SELECT id FROM runs WHERE id IN ({marks}) AND {_CURRENT} ORDER BY id DESC", tuple(ids)
    ).fetchone()
    return None if row is None else int(row[0])


def get_run(db: Database, run_id: int) -> StoredRun | None:
    with db.reading() as conn:
        row = conn.execute(f"{_RUN_SELECT} WHERE runs.id = ?", (run_id,)).fetchone()
    return None if row is None else _checked_stored_run(db, row)


def delete_run(db: Database, run_id: int) -> bool:
    with db.writing() as conn:
        row = conn.execute("DELETE FROM runs WHERE id = ? RETURNING snapshot_id", (run_id,)).fetchone()
        if row is None:
            return False
        # A snapshot no other run uses is removed with its last run.
        conn.execute(
            "DELETE FROM snapshots WHERE id = ?1 AND NOT EXISTS (SELECT 1 FROM runs WHERE snapshot_id = ?1)",
            (row[0],),
        )
        return True


def organisations(db: Database) -> list[str]:
    with db.reading() as conn:
        rows = conn.execute("SELECT DISTINCT organisation FROM runs WHERE organisation != ''").fetchall()
    return sorted((r[0] for r in rows), key=lambda name: (name.casefold(), name))


def stored_runs(db: Database, organisation: str) -> list[StoredRun]:
    with db.reading() as conn:
        rows = conn.execute(
            f"{_RUN_SELECT} WHERE runs.organisation = ? ORDER BY runs.created_utc, runs.id",
            (organisation,),
        ).fetchall()
    return [_checked_stored_run(db, row) for row in rows]


# --- rows -------------------------------------------------------------------------

_RUN_SELECT = (
    "SELECT runs.id, runs.questionnaire_id, runs.questionnaire_version, runs.organisation, runs.role, "
    "runs.created_at, runs.answers, snapshots.hash, snapshots.body "
    "FROM runs JOIN snapshots ON snapshots.id = runs.snapshot_id"
)


def _checked_stored_run(db: Database, row: tuple[Any, ...]) -> StoredRun:
    try:
        return _stored_run(row)
    except (KeyError, TypeError, ValueError) as exc:
        raise failure(f"Run {row[0]} in the store at {db.path} is damaged ({exc}).", "store_damaged") from exc


def _stored_run(row: tuple[Any, ...]) -> StoredRun:
    run_id, questionnaire_id, version, organisation, role, created_at, answers, digest, body = row
    result = Result(
        questionnaire_id=questionnaire_id,
        questionnaire_version=version,
        organisation=organisation,
        role=role,
        created_at=created_at,
        answers=json.loads(answers),
    )
    return StoredRun(run_id, result, parse_snapshot({"hash": digest, **json.loads(body)}))


def insert_run(conn: sqlite3.Connection, run: HistoryRun, questionnaire: Questionnaire) -> SavedRun:
    """Insert one checked run inside the caller's transaction; the same content twice stays one run."""
    content_hash = result_hash(run.result)
    row = conn.execute("SELECT id FROM runs WHERE content_hash = ?", (content_hash,)).fetchone()
    if row is not None:
        return SavedRun(row[0], created=False)
    snapshot_id = _snapshot_id(conn, run.snapshot)
    result = run.result
    # Answers to items `questionnaire` lacks (an older snapshot's) do not count.
    overall = score(questionnaire, result.answers).overall
    cursor = conn.execute(
        "INSERT INTO runs (content_hash, snapshot_id, questionnaire_id, questionnaire_version, organisation, "
        "role, created_at, created_utc, answers, overall, saved_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            content_hash,
            snapshot_id,
            result.questionnaire_id,
            result.questionnaire_version,
            result.organisation,
            result.role,
            result.created_at,
            iso(datetime.fromisoformat(result.created_at)),
            json.dumps(dict(result.answers), ensure_ascii=False),
            overall,
            iso(now()),
        ),
    )
    return SavedRun(cast(int, cursor.lastrowid), created=True)


def _snapshot_id(conn: sqlite3.Connection, snapshot: Snapshot) -> int:
    body = snapshot_body(snapshot.questionnaire_id, snapshot.version, snapshot.items)
    conn.execute(
        "INSERT INTO snapshots (hash, questionnaire_id, version, body) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (hash) DO NOTHING",
        (snapshot.hash, snapshot.questionnaire_id, snapshot.version, body),
    )
    return cast(int, conn.execute("SELECT id FROM snapshots WHERE hash = ?", (snapshot.hash,)).fetchone()[0])
