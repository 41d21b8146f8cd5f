"""Backup (consistent while others write) and check (damage SQLite and the content can show)."""

from __future__ import annotations

import json
import os
import secrets
import sqlite3
from pathlib import Path

from scoring.answers import sha256_hex
from scoring.store.database import Database, failure


def backup(db: Database, target: str | Path) -> None:
    target = Path(target)
    if _same_file(target, db.path):
        raise failure(f"The backup cannot be written over the store itself ({target}).", "backup_over_store")
    partial = target.with_name(f".{target.name}.{secrets.token_hex(6)}.partial")
    try:
        with db.connection() as source:
            _copy_into(source, partial, target)
        os.replace(partial, target)
    except OSError as exc:
        raise failure(
            f"The backup could not be written to {target} ({exc.strerror}).", "backup_failed", exc
        ) from exc
    finally:
        for leftover in (partial, *(Path(f"{partial}{s}") for s in ("-journal", "-wal", "-shm"))):
            leftover.unlink(missing_ok=True)


def check(db: Database) -> list[str]:
    with db.reading() as conn:
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        problems = [] if rows == ["ok"] else rows
        problems += [
            f"{table} row {rowid} refers to a missing {parent} row"
            for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check")
        ]
        if not problems:
            problems += _content_problems(conn)
    return problems


def _copy_into(source: sqlite3.Connection, partial: Path, target: Path) -> None:
    try:
        dest = sqlite3.connect(partial, isolation_level=None)
    except sqlite3.Error as exc:
        raise failure(f"The backup could not be written to {target} ({exc}).", "backup_failed", exc) from exc
    try:
        # One step (pages=-1): a single read snapshot, so writers are never blocked.
        source.backup(dest)
        # A self-contained single file: no -wal beside the copy.
        dest.execute("PRAGMA journal_mode = DELETE")
        if dest.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise failure(
                f"The backup written to {target} did not pass its check, so it was removed.", "backup_failed"
            )
    except sqlite3.Error as exc:
        raise failure(f"The backup could not be written to {target} ({exc}).", "backup_failed", exc) from exc
    finally:
        dest.close()


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (a.exists() and b.exists() and a.samefile(b))
    except OSError:
        return False


def _content_problems(conn: sqlite3.Connection) -> list[str]:
    """What SQLite cannot see: JSON that does not parse, a snapshot whose hash is wrong."""
    problems = []
    for run_id, answers in conn.execute("SELECT id, answers FROM runs"):
        try:
            if not isinstance(json.loads(answers), dict):
                raise ValueError
        except ValueError:
            problems.append(f"run {run_id} has answers that are not a JSON object")
    for action_id, items in conn.execute("SELECT id, items FROM actions"):
        try:
            if not isinstance(json.loads(items), list):
                raise ValueError
        except ValueError:
            problems.append(f"action {action_id} has items that are not a JSON list")
    for snapshot_id, digest, body in conn.execute("SELECT id, hash, body FROM snapshots"):
        if sha256_hex(body) != digest:
            problems.append(f"snapshot {snapshot_id} does not match its hash")
    return problems
