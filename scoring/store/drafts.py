"""Drafts: the answers of a run in progress, saved the moment each is given.

A draft's token is its only key, so it is unguessable; drafts untouched for
DRAFT_MAX_AGE_DAYS are purged.
"""

from __future__ import annotations

import re
import secrets
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import cast

from scoring.answers import (
    MAX_ORGANISATION,
    ROLES,
    Role,
    organisation_name,
    sha256_hex,
    valid_answer,
    valid_organisation,
    valid_role,
)
from scoring.history_file import HistoryRun
from scoring.model import SLUG, Questionnaire
from scoring.results import Result
from scoring.snapshot import check_result, snapshot_of
from scoring.store.database import Database, failure, iso, now, valid_token
from scoring.store.runs import SavedRun, insert_run, put_in_place_of

DRAFT_KINDS = ("single", "round")
DRAFT_MAX_AGE_DAYS = 30
_SLUG = re.compile(SLUG)


@dataclass(frozen=True)
class Draft:
    token: str
    kind: str
    organisation: str
    role: Role | None
    answers: dict[str, int | None]
    created_at: datetime
    updated_at: datetime
    round_id: int | None


def _refuse(text: str) -> Exception:
    # A caller's bug, not a person's mistake: the sentence says only that nothing was saved.
    return failure(text, "draft_refused")


def new_token() -> str:
    """A draft's address: 192 random bits, so it cannot be guessed."""
    return secrets.token_urlsafe(24)


def new_draft(
    db: Database,
    kind: str = "single",
    round_id: int | None = None,
    answers: Mapping[str, int | None] | None = None,
    organisation: str = "",
    role: str | None = None,
    token: str | None = None,
) -> str:
    """A new draft under `token` (one from new_token(), never from a request), else a new token."""
    if kind not in DRAFT_KINDS:
        raise _refuse(f"A draft's kind must be one of {', '.join(DRAFT_KINDS)}, got {kind!r}.")
    if round_id is not None and type(round_id) is not int:
        raise _refuse(f"A draft's round must be a whole number, got {round_id!r}.")
    seed = dict(answers or {})
    for item_id, value in seed.items():
        if not isinstance(item_id, str) or not _SLUG.fullmatch(item_id) or not valid_answer(value):
            raise _refuse(f"The answer {value!r} to {item_id!r} cannot start a draft.")
    organisation = organisation_name(organisation)[:MAX_ORGANISATION]
    if not valid_role(role):
        raise _refuse(f"The role must be one of {', '.join(ROLES)} or none, got {role!r}.")
    token = new_token() if token is None else token
    if not valid_token(token):
        raise _refuse("A draft's token must be one new_token() made.")
    moment = iso(now())
    with db.writing() as conn:
        if _token_used(conn, token):  # a live draft's or a saved run's token: its link says so
            raise _refuse("That token already belongs to a draft, so no draft was started.")
        conn.execute(
            "INSERT INTO drafts (token, kind, round_id, organisation, role, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (token, kind, round_id, organisation, role, moment, moment),
        )
        conn.executemany(
            "INSERT INTO draft_answers (token, item_id, value) VALUES (?, ?, ?)",
            [(token, item_id, value) for item_id, value in seed.items()],
        )
    return token


def save_answer(db: Database, token: str, item_id: str, value: int | None) -> bool:
    if not isinstance(item_id, str) or not _SLUG.fullmatch(item_id):
        raise _refuse(f"{item_id!r} is not an item id, so the answer was not saved.")
    if not valid_answer(value):
        raise _refuse(f"An answer must be 1 to 5 or None, got {value!r}, so it was not saved.")
    if not valid_token(token):
        return False
    with db.writing() as conn:
        if not _touch(conn, token):
            return False
        _upsert(conn, token, {item_id: value})
        return True


def _upsert(conn: sqlite3.Connection, token: str, answers: Mapping[str, int | None]) -> None:
    conn.executemany(
        "INSERT INTO draft_answers (token, item_id, value) VALUES (?, ?, ?) "
        "ON CONFLICT (token, item_id) DO UPDATE SET value = excluded.value",
        [(token, item_id, value) for item_id, value in answers.items()],
    )


def save_answers(
    db: Database, token: str, answers: Mapping[str, int | None], organisation: str, role: str | None
) -> bool:
    """Write a whole session's answers, organisation and role in one transaction (after a failure).

    Answers the draft holds for other items stay: another tab may have given them.
    """
    for item_id, value in answers.items():
        if not isinstance(item_id, str) or not _SLUG.fullmatch(item_id) or not valid_answer(value):
            raise _refuse(f"The answer {value!r} to {item_id!r} cannot be saved.")
    organisation = organisation_name(organisation)[:MAX_ORGANISATION]
    if not valid_role(role):
        raise _refuse(f"The role must be one of {', '.join(ROLES)} or none, got {role!r}.")
    if not valid_token(token):
        return False
    with db.writing() as conn:
        if not _touch(conn, token):
            return False
        _upsert(conn, token, answers)
        conn.execute(
            "UPDATE drafts SET organisation = ?, role = ? WHERE token = ?", (organisation, role, token)
        )
        return True


def changed_since(draft: Mapping[str, int | None], seen: Mapping[str, int | None]) -> dict[str, int | None]:
    """The draft's answers that differ from what one session last wrote or read there:
    answers another tab (on the same draft) gave, which that session has not seen."""
    return {
        item_id: value for item_id, value in draft.items() if item_id not in seen or seen[item_id] != value
    }


def clear_answer(db: Database, token: str, item_id: str) -> bool:
    if not valid_token(token) or not isinstance(item_id, str):
        return False
    with db.writing() as conn:
        if not _touch(conn, token):
            return False
        conn.execute("DELETE FROM draft_answers WHERE token = ? AND item_id = ?", (token, item_id))
        return True


def save_draft_meta(db: Database, token: str, organisation: str, role: str | None) -> bool:
    organisation = organisation_name(organisation)
    if not valid_organisation(organisation):
        raise failure(
            f"An organisation name may be at most {MAX_ORGANISATION} characters.",
            "organisation_too_long",
            max=MAX_ORGANISATION,
        )
    if not valid_role(role):
        raise _refuse(f"The role must be one of {', '.join(ROLES)} or none, got {role!r}.")
    if not valid_token(token):
        return False
    with db.writing() as conn:
        if not _touch(conn, token):
            return False
        conn.execute(
            "UPDATE drafts SET organisation = ?, role = ? WHERE token = ?", (organisation, role, token)
        )
        return True


def load_draft(db: Database, token: str) -> Draft | None:
    if not valid_token(token):
        return None
    with db.reading() as conn:
        row = conn.execute(
            "SELECT token, kind, organisation, role, created_at, updated_at, round_id "
            "FROM drafts WHERE token = ?",
            (token,),
        ).fetchone()
        answers = conn.execute(
            "SELECT item_id, value FROM draft_answers WHERE token = ? ORDER BY rowid", (token,)
        ).fetchall()
    if row is None:
        return None
    return Draft(
        token=row[0],
        kind=row[1],
        organisation=row[2],
        role=cast("Role | None", row[3]),
        answers={item_id: value for item_id, value in answers},
        created_at=datetime.fromisoformat(row[4]),
        updated_at=datetime.fromisoformat(row[5]),
        round_id=row[6],
    )


def finish_draft(
    db: Database, token: str, result: Result, questionnaire: Questionnaire, replaces: int | None = None
) -> SavedRun:
    run = HistoryRun(result, snapshot_of(questionnaire))
    check_result(result, run.snapshot)
    with db.writing() as conn:
        saved = insert_run(conn, run, questionnaire)
        if replaces is not None:
            put_in_place_of(conn, saved.id, replaces)
        if valid_token(token):
            conn.execute(
                "INSERT INTO draft_runs (token_hash, run_id) VALUES (?, ?) "
                "ON CONFLICT (token_hash) DO UPDATE SET run_id = excluded.run_id",
                (sha256_hex(token), saved.id),
            )
        if valid_token(token):
            conn.execute("DELETE FROM drafts WHERE token = ?", (token,))
        return saved


def run_of_draft(db: Database, token: str) -> int | None:
    """The run a finished draft was saved as, None for any other token."""
    if not valid_token(token):
        return None
    with db.reading() as conn:
        row = conn.execute(
            "SELECT run_id FROM draft_runs WHERE token_hash = ?", (sha256_hex(token),)
        ).fetchone()
    return None if row is None else int(row[0])


def purge_drafts(db: Database, when: datetime | None = None, max_age_days: int = DRAFT_MAX_AGE_DAYS) -> int:
    if max_age_days < 0:
        raise _refuse(f"max_age_days must not be negative, got {max_age_days}.")
    cutoff = iso((when or now()) - timedelta(days=max_age_days))
    with db.writing() as conn:
        return conn.execute("DELETE FROM drafts WHERE updated_at < ?", (cutoff,)).rowcount


def _token_used(conn: sqlite3.Connection, token: str) -> bool:
    return (
        conn.execute("SELECT 1 FROM drafts WHERE token = ?", (token,)).fetchone() is not None
        or conn.execute("SELECT 1 FROM draft_runs WHERE token_hash = ?", (sha256_hex(token),)).fetchone()
        is not None
    )


def _touch(conn: sqlite3.Connection, token: str) -> bool:
    return conn.execute("UPDATE drafts SET updated_at = ? WHERE token = ?", (iso(now()), token)).rowcount == 1
