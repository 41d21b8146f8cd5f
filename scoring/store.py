"""The SQLite store: saved runs, the questionnaire each was answered on, and drafts.

Every public call opens its own connection, does its work and closes it, so a
Store holds no connection and one object can serve many threads and sessions.
Every write is one `BEGIN IMMEDIATE` transaction; every failure reaches the
caller as a StoreError with one sentence, never as a raw sqlite3 exception.

The store never decides where it lives: the path is always passed in.
`default_db_path()` is for the shells (app and CLI) to call.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import secrets
import sqlite3
import stat
import urllib.parse
from collections.abc import Iterable, Iterator, Mapping
from contextlib import AbstractContextManager, contextmanager, suppress
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, cast

from scoring.errors import ScoringError, StoreError
from scoring.model import SLUG, Questionnaire
from scoring.results import ROLES, Result, Role, dump_result, parse_result
from scoring.score import score

ROOT = Path(__file__).resolve().parent.parent
DB_ENV = "SJALVSKATTNING_DB"
DEFAULT_DB = ROOT / "data" / "sjalvskattning.db"

SQLITE_HEADER = b"SQLite format 3\x00"
# Marks a database as ours, so another program's SQLite file is refused, not altered.
APPLICATION_ID = 0x534A4C56  # "SJLV"
BUSY_TIMEOUT_S = 10.0

HISTORY_FORMAT = "sjalvskattning-history"
HISTORY_FORMAT_VERSION = 1
MAX_HISTORY_BYTES = 64 * 1024 * 1024

DRAFT_KINDS = ("single", "round")
DRAFT_MAX_AGE_DAYS = 30
MAX_ORGANISATION = 200
# token_urlsafe(24) gives 32 characters; the upper bound leaves room for longer tokens.
_TOKEN = re.compile(r"[A-Za-z0-9_-]{32,64}")
_SLUG = re.compile(SLUG)

# Ordered and append-only: a store at user_version N has had the first N applied.
MIGRATIONS: tuple[tuple[str, str], ...] = (
    (
        "runs-and-snapshots",
        """
        CREATE TABLE snapshots (
            id INTEGER PRIMARY KEY,
            hash TEXT NOT NULL UNIQUE,       -- sha256 of body
            questionnaire_id TEXT NOT NULL,
            version TEXT NOT NULL,
            body TEXT NOT NULL               -- canonical JSON of the questionnaire as it was
        );
        CREATE TABLE runs (
            id INTEGER PRIMARY KEY,
            content_hash TEXT NOT NULL UNIQUE,  -- sha256 of the canonical result JSON
            snapshot_id INTEGER NOT NULL REFERENCES snapshots (id),
            questionnaire_id TEXT NOT NULL,
            questionnaire_version TEXT NOT NULL,
            organisation TEXT NOT NULL,
            role TEXT,
            created_at TEXT NOT NULL,        -- as the result gives it
            created_utc TEXT NOT NULL,       -- the same instant in UTC, for ordering
            answers TEXT NOT NULL,           -- JSON object: item id -> 1..5 or null
            overall REAL,                    -- cache of score(questionnaire, answers) at save time
            saved_at TEXT NOT NULL
        );
        CREATE INDEX runs_by_time ON runs (created_utc, id);
        CREATE INDEX runs_by_organisation ON runs (organisation, created_utc, id);
        CREATE INDEX runs_by_snapshot ON runs (snapshot_id);
        """,
    ),
    (
        "drafts",
        """
        CREATE TABLE drafts (
            token TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            round_id INTEGER,                -- a team round, once rounds exist
            organisation TEXT NOT NULL DEFAULT '',
            role TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX drafts_by_age ON drafts (updated_at);
        CREATE TABLE draft_answers (
            token TEXT NOT NULL REFERENCES drafts (token) ON DELETE CASCADE,
            item_id TEXT NOT NULL,
            value INTEGER CHECK (value IS NULL OR value BETWEEN 1 AND 5),
            PRIMARY KEY (token, item_id)
        );
        """,
    ),
    (
        "team-rounds",
        """
        CREATE TABLE rounds (
            id INTEGER PRIMARY KEY,
            organisation TEXT NOT NULL,
            closes_on TEXT,                  -- ISO date, last day answers are taken; NULL: open-ended
            respondent_token TEXT NOT NULL UNIQUE,
            facilitator_hash TEXT NOT NULL UNIQUE,  -- sha256 of the facilitator's token, never the token
            closed INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL
        );
        CREATE TABLE round_responses (
            id INTEGER PRIMARY KEY,
            round_id INTEGER NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,
            content_hash TEXT NOT NULL,      -- the same response twice (a double click) is kept once
            questionnaire_version TEXT NOT NULL,
            role TEXT,
            created_at TEXT NOT NULL,
            answers TEXT NOT NULL,
            UNIQUE (round_id, content_hash)
        );
        CREATE INDEX round_responses_by_round ON round_responses (round_id, id);
        CREATE TABLE round_agreed (
            round_id INTEGER NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,
            item_id TEXT NOT NULL,
            value INTEGER CHECK (value IS NULL OR value BETWEEN 1 AND 5),
            PRIMARY KEY (round_id, item_id)
        );
        """,
    ),
)


def default_db_path() -> Path:
    """Where the shells keep the store: $SJALVSKATTNING_DB, else data/ in the repository."""
    return Path(os.environ.get(DB_ENV) or DEFAULT_DB)


# --- values ---------------------------------------------------------------------


@dataclass(frozen=True)
class SnapshotItem:
    id: str
    area: str
    area_title: dict[str, str]  # {"sv": ..., "en": ...}
    text: dict[str, str]
    kind: str


@dataclass(frozen=True)
class Snapshot:
    """The questionnaire as a run saw it: enough to show the run after the questions change."""

    questionnaire_id: str
    version: str
    hash: str  # sha256 of the canonical JSON of everything else
    items: tuple[SnapshotItem, ...]

    @property
    def item_ids(self) -> tuple[str, ...]:
        return tuple(item.id for item in self.items)


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
class HistoryRun:
    """One run as a history file carries it: no store id, its own snapshot."""

    result: Result
    snapshot: Snapshot


@dataclass(frozen=True)
class ImportReport:
    added: int
    skipped: int  # already stored


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


# --- pure helpers -----------------------------------------------------------------


def _canonical(payload: object) -> str:
    return json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _snapshot_body(questionnaire_id: str, version: str, items: Iterable[SnapshotItem]) -> str:
    return _canonical(
        {
            "questionnaire_id": questionnaire_id,
            "version": version,
            "items": [
                {
                    "id": i.id,
                    "area": i.area,
                    "area_title": dict(i.area_title),
                    "text": dict(i.text),
                    "kind": i.kind,
                }
                for i in items
            ],
        }
    )


def snapshot_of(questionnaire: Questionnaire) -> Snapshot:
    items = tuple(
        SnapshotItem(
            id=item.id,
            area=area.id,
            area_title={"sv": area.title.sv, "en": area.title.en},
            text={"sv": item.text.sv, "en": item.text.en},
            kind=item.kind,
        )
        for area in questionnaire.areas
        for item in area.items
    )
    body = _snapshot_body(questionnaire.id, questionnaire.version, items)
    return Snapshot(questionnaire.id, questionnaire.version, _sha256(body), items)


def snapshot_to_dict(snapshot: Snapshot) -> dict[str, Any]:
    body = json.loads(_snapshot_body(snapshot.questionnaire_id, snapshot.version, snapshot.items))
    return {"hash": snapshot.hash, **body}


def result_hash(result: Result) -> str:
    """Identity of a result: the same file content, whatever the key order, is the same run."""
    return _sha256(_canonical(json.loads(dump_result(result))))


def _utc(moment: datetime) -> datetime:
    # A time without a zone is taken as UTC, the zone the app writes.
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _iso(moment: datetime) -> str:
    # One fixed width, so text order is time order in SQL.
    return _utc(moment).isoformat(timespec="microseconds")


def _now() -> datetime:
    return datetime.now(UTC)


def valid_token(token: object) -> bool:
    return isinstance(token, str) and _TOKEN.fullmatch(token) is not None


def _valid_answer(value: object) -> bool:
    return value is None or (type(value) is int and 1 <= value <= 5)


def check_result(result: Result, snapshot: Snapshot) -> None:
    """A result the store takes must fit its snapshot; bad ones are refused, not stored."""
    if result.questionnaire_id != snapshot.questionnaire_id:
        raise StoreError(
            f"The run belongs to the questionnaire {result.questionnaire_id!r}, "
            f"not to {snapshot.questionnaire_id!r}, so it was not saved."
        )
    if result.role is not None and result.role not in ROLES:
        raise StoreError(
            f"The role {result.role!r} is not one of {', '.join(ROLES)}, so the run was not saved."
        )
    try:
        datetime.fromisoformat(result.created_at)
    except (TypeError, ValueError) as exc:
        raise StoreError(
            f"The time {result.created_at!r} is not an ISO 8601 time, so the run was not saved."
        ) from exc
    known = set(snapshot.item_ids)
    for item_id, value in result.answers.items():
        if item_id not in known:
            raise StoreError(f"The questionnaire has no item {item_id!r}, so the run was not saved.")
        if not _valid_answer(value):
            raise StoreError(f"The answer to {item_id!r} must be 1 to 5 or null, so the run was not saved.")


# --- history files ----------------------------------------------------------------


def runs_from_bytes(raw: bytes, questionnaire: Questionnaire) -> list[HistoryRun]:
    """The runs in an uploaded file: a history file's runs, or one result file's run."""
    if looks_like_history(raw):
        return list(parse_history(raw, questionnaire)[1])
    return [HistoryRun(parse_result(raw, questionnaire).result, snapshot_of(questionnaire))]


def looks_like_history(raw: bytes) -> bool:
    """A history file is a JSON object with a "format" key; a result file has none."""
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return False
    return isinstance(data, dict) and "format" in data


def parse_history(raw: bytes | str, questionnaire: Questionnaire) -> tuple[str, tuple[HistoryRun, ...]]:
    """Check a whole history file before anything is stored; return its organisation and runs."""
    data = _decode_history(raw)
    runs = data["runs"]
    return data["organisation"], tuple(
        _history_run(entry, position, data["organisation"], questionnaire)
        for position, entry in enumerate(runs, start=1)
    )


def _decode_history(raw: bytes | str) -> dict[str, Any]:
    if len(raw) > MAX_HISTORY_BYTES:
        raise StoreError("The history file is larger than 64 MiB, so it was not imported.")
    try:
        text = raw.decode("utf-8-sig") if isinstance(raw, bytes) else raw
        data = json.loads(text, parse_constant=_refuse_constant, object_pairs_hook=_unique_keys)
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise StoreError("The history file is not valid UTF-8 JSON, so it was not imported.") from exc
    if not isinstance(data, dict) or data.get("format") != HISTORY_FORMAT:
        raise StoreError(f"The file is not a history file (its format is not '{HISTORY_FORMAT}').")
    version = data.get("format_version")
    if type(version) is int and version > HISTORY_FORMAT_VERSION:
        raise StoreError(f"The history file has format_version {version}: it was made by a newer version.")
    if version != HISTORY_FORMAT_VERSION or type(version) is not int:
        raise StoreError(f"The history file's format_version must be {HISTORY_FORMAT_VERSION}.")
    if set(data) != {"format", "format_version", "organisation", "runs"}:
        raise StoreError("The history file must have exactly format, format_version, organisation and runs.")
    if not isinstance(data["organisation"], str) or not isinstance(data["runs"], list):
        raise StoreError("The history file's organisation must be text and its runs a list.")
    return data


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    # A key given twice would silently keep the last value; refuse the file instead.
    data = dict(pairs)
    if len(data) != len(pairs):
        raise ValueError("a key appears twice")
    return data


def _history_run(entry: object, position: int, organisation: str, questionnaire: Questionnaire) -> HistoryRun:
    where = f"Run {position} of the history file"
    if not isinstance(entry, dict) or set(entry) != {"result", "snapshot"}:
        raise StoreError(f"{where} must be an object with exactly result and snapshot.")
    snapshot = _snapshot_from_dict(entry["snapshot"], where)
    if not isinstance(entry["result"], dict):
        raise StoreError(f"{where} has a result that is not an object.")
    answers = entry["result"].get("answers")
    try:
        # The result file's own rules; answers it drops as unknown today are kept,
        # since they are checked against the run's snapshot below.
        loaded = parse_result(json.dumps(entry["result"]).encode("utf-8"), questionnaire)
    except ScoringError as exc:
        raise StoreError(f"{where} is not a valid result: {exc}") from exc
    result = replace(loaded.result, answers=dict(answers) if isinstance(answers, dict) else {})
    if result.organisation != organisation:
        raise StoreError(f"{where} belongs to {result.organisation!r}, not to {organisation!r}.")
    try:
        check_result(result, snapshot)
    except StoreError as exc:
        raise StoreError(f"{where} does not fit its snapshot: {exc}") from exc
    return HistoryRun(result, snapshot)


def _snapshot_from_dict(data: object, where: str) -> Snapshot:
    try:
        return _parse_snapshot(data)
    except (KeyError, TypeError, ValueError) as exc:
        raise StoreError(f"{where} has a snapshot that is not valid ({exc}).") from exc


def _parse_snapshot(data: object) -> Snapshot:
    if not isinstance(data, dict) or set(data) != {"hash", "questionnaire_id", "version", "items"}:
        raise ValueError("it needs exactly hash, questionnaire_id, version and items")
    items = tuple(_snapshot_item(item) for item in data["items"])
    if not isinstance(data["questionnaire_id"], str) or not isinstance(data["version"], str):
        raise ValueError("questionnaire_id and version must be text")
    body = _snapshot_body(data["questionnaire_id"], data["version"], items)
    if _sha256(body) != data["hash"]:
        raise ValueError("its hash does not match its content")
    return Snapshot(data["questionnaire_id"], data["version"], data["hash"], items)


def _snapshot_item(data: object) -> SnapshotItem:
    if not isinstance(data, dict) or set(data) != {"id", "area", "area_title", "text", "kind"}:
        raise ValueError("each item needs exactly id, area, area_title, text and kind")
    texts = [data["area_title"], data["text"]]
    if not all(isinstance(t, dict) and set(t) == {"sv", "en"} for t in texts):
        raise ValueError("area_title and text need sv and en")
    strings = [data["id"], data["area"], data["kind"], *texts[0].values(), *texts[1].values()]
    if not all(isinstance(s, str) for s in strings) or data["kind"] not in ("factor", "pitfall"):
        raise ValueError(f"item {data['id']!r} has a value of the wrong type")
    return SnapshotItem(data["id"], data["area"], dict(texts[0]), dict(texts[1]), data["kind"])


# --- connections ------------------------------------------------------------------


def _new_connection(path: Path) -> sqlite3.Connection:
    """Open one connection; tests replace this to make SQLite itself refuse writes."""
    # isolation_level=None: the store writes BEGIN IMMEDIATE and COMMIT itself.
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
    conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
    conn.execute("PRAGMA foreign_keys = ON")
    # FULL: a run reported as saved survives a power cut, not only a crash.
    conn.execute("PRAGMA synchronous = FULL")
    return conn


def _describe(path: Path, exc: sqlite3.Error) -> str:
    """One sentence for a SQLite failure, by its error code where Python gives one."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    text = str(exc)
    if name.startswith("SQLITE_READONLY") or "readonly" in text:
        return f"The store at {path} is read-only, so nothing was saved."
    if name.startswith("SQLITE_FULL") or "disk is full" in text:
        return f"The disk holding the store at {path} is full, so nothing was saved."
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in text:
        return (
            f"The store at {path} stayed busy for {BUSY_TIMEOUT_S:g} seconds, so nothing was done; try again."
        )
    if name.startswith("SQLITE_CANTOPEN") or "unable to open" in text:
        return f"The store at {path} cannot be opened; check that its folder exists and may be written."
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")) or "malformed" in text:
        return f"The store at {path} is damaged ({text}); restore it from a backup."
    return f"The store at {path} failed ({text})."


def _statements(sql: str) -> Iterator[str]:
    # Python's executescript() would commit first, so a migration is split here
    # and run statement by statement inside one transaction.
    buffer = ""
    for piece in sql.split(";"):
        buffer += piece + ";"
        if sqlite3.complete_statement(buffer):
            if buffer.strip(" \n;"):
                yield buffer.strip()
            buffer = ""


# --- the store --------------------------------------------------------------------


class Store:
    """A store file; `create=False` refuses a path where no store exists yet."""

    def __init__(self, path: str | Path, *, create: bool = True) -> None:
        self.path = Path(path)
        if _inspect(self.path, create):
            with suppress(OSError):
                self.path.parent.mkdir(parents=True, exist_ok=True)
        self._migrate()

    def __repr__(self) -> str:
        return f"Store({str(self.path)!r})"

    # connections and transactions

    @contextmanager
    def _connection(self) -> Iterator[sqlite3.Connection]:
        try:
            conn = _new_connection(self.path)
        except sqlite3.Error as exc:
            raise StoreError(_describe(self.path, exc)) from exc
        try:
            yield conn
        except sqlite3.Error as exc:
            raise StoreError(_describe(self.path, exc)) from exc
        finally:
            conn.close()

    def writing(self) -> AbstractContextManager[sqlite3.Connection]:
        """One write transaction, for sibling modules (rounds) that add tables."""
        return self._write()

    def reading(self) -> AbstractContextManager[sqlite3.Connection]:
        return self._read()

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        # IMMEDIATE takes the write lock up front, so the busy timeout applies
        # and a read never has to be upgraded (which fails at once in WAL mode).
        with self._connection() as conn:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:  # SQLite may already have rolled back (disk full)
                    with suppress(sqlite3.Error):
                        conn.execute("ROLLBACK")
                raise

    @contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        # One read transaction, so several queries see the same moment.
        with self._connection() as conn:
            conn.execute("BEGIN")
            try:
                yield conn
            finally:
                with suppress(sqlite3.Error):
                    conn.execute("COMMIT")

    def _migrate(self) -> None:
        with self._connection() as conn:
            if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                conn.execute("PRAGMA journal_mode = WAL")
            if conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS):
                return
        with self._write() as conn:
            # Checked again under the lock: another process may have migrated meanwhile.
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            for number, (_name, sql) in enumerate(MIGRATIONS[version:], start=version + 1):
                for statement in _statements(sql):
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {number}")
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")

    # runs

    def save_run(self, result: Result, questionnaire: Questionnaire) -> SavedRun:
        """Store a run with a snapshot of `questionnaire`; the same result twice stays one run."""
        run = HistoryRun(result, snapshot_of(questionnaire))
        check_result(result, run.snapshot)
        with self._write() as conn:
            return _insert_run(conn, run, questionnaire)

    def add_runs(self, runs: Iterable[HistoryRun], questionnaire: Questionnaire) -> ImportReport:
        """Store many runs in one transaction: all of them, or none if anything fails."""
        runs = list(runs)
        for run in runs:
            check_result(run.result, run.snapshot)
        with self._write() as conn:
            saved = [_insert_run(conn, run, questionnaire) for run in runs]
        added = sum(1 for s in saved if s.created)
        return ImportReport(added=added, skipped=len(saved) - added)

    def import_result_bytes(self, raw: bytes, questionnaire: Questionnaire) -> SavedRun:
        """One result file; answers to items the questionnaire no longer has are dropped."""
        return self.save_run(parse_result(raw, questionnaire).result, questionnaire)

    def import_history(self, raw: bytes | str, questionnaire: Questionnaire) -> ImportReport:
        """A whole history file in one transaction; runs already stored are skipped."""
        _organisation, runs = parse_history(raw, questionnaire)
        return self.add_runs(runs, questionnaire)

    def export_history(self, organisation: str) -> str:
        runs = self._stored_runs(organisation)
        payload = {
            "format": HISTORY_FORMAT,
            "format_version": HISTORY_FORMAT_VERSION,
            "organisation": organisation,
            "runs": [
                {"result": json.loads(dump_result(run.result)), "snapshot": snapshot_to_dict(run.snapshot)}
                for run in runs
            ],
        }
        return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"

    def list_runs(self, organisation: str | None = None) -> list[RunSummary]:
        """Oldest first; `overall` is the index computed when the run was saved."""
        where, args = ("WHERE organisation = ?", (organisation,)) if organisation is not None else ("", ())
        sql = (
            "SELECT id, organisation, role, created_at, questionnaire_version, overall "
            f"FROM runs {where} ORDER BY created_utc, id"
        )
        with self._read() as conn:
            rows = conn.execute(sql, args).fetchall()
        return [RunSummary(r[0], r[1], cast("Role | None", r[2]), r[3], r[4], r[5]) for r in rows]

    def get_run(self, run_id: int) -> StoredRun | None:
        with self._read() as conn:
            row = conn.execute(f"{_RUN_SELECT} WHERE runs.id = ?", (run_id,)).fetchone()
        return None if row is None else self._stored_run(row)

    def delete_run(self, run_id: int) -> bool:
        with self._write() as conn:
            row = conn.execute("DELETE FROM runs WHERE id = ? RETURNING snapshot_id", (run_id,)).fetchone()
            if row is None:
                return False
            # A snapshot no other run uses is removed with its last run.
            conn.execute(
                "DELETE FROM snapshots WHERE id = ?1 "
                "AND NOT EXISTS (SELECT 1 FROM runs WHERE snapshot_id = ?1)",
                (row[0],),
            )
            return True

    def organisations(self) -> list[str]:
        """Names with at least one run, sorted; runs without a name are left out."""
        with self._read() as conn:
            rows = conn.execute("SELECT DISTINCT organisation FROM runs WHERE organisation != ''").fetchall()
        return sorted((r[0] for r in rows), key=lambda name: (name.casefold(), name))

    def _stored_runs(self, organisation: str) -> list[StoredRun]:
        with self._read() as conn:
            rows = conn.execute(
                f"{_RUN_SELECT} WHERE runs.organisation = ? ORDER BY runs.created_utc, runs.id",
                (organisation,),
            ).fetchall()
        return [self._stored_run(row) for row in rows]

    def _stored_run(self, row: tuple[Any, ...]) -> StoredRun:
        try:
            return _stored_run(row)
        except (KeyError, TypeError, ValueError) as exc:
            raise StoreError(f"Run {row[0]} in the store at {self.path} is damaged ({exc}).") from exc

    # drafts

    def new_draft(
        self,
        kind: str = "single",
        round_id: int | None = None,
        answers: Mapping[str, int | None] | None = None,
        organisation: str = "",
        role: str | None = None,
    ) -> str:
        """A new draft, seeded in one transaction with what the session already holds.

        The returned token is the draft's only key, so it is unguessable.
        """
        if kind not in DRAFT_KINDS:
            raise StoreError(f"A draft's kind must be one of {', '.join(DRAFT_KINDS)}, got {kind!r}.")
        if round_id is not None and type(round_id) is not int:
            raise StoreError(f"A draft's round must be a whole number, got {round_id!r}.")
        seed = dict(answers or {})
        for item_id, value in seed.items():
            if not isinstance(item_id, str) or not _SLUG.fullmatch(item_id) or not _valid_answer(value):
                raise StoreError(f"The answer {value!r} to {item_id!r} cannot start a draft.")
        organisation = (organisation or "").strip()[:MAX_ORGANISATION]
        if role is not None and role not in ROLES:
            raise StoreError(f"The role must be one of {', '.join(ROLES)} or none, got {role!r}.")
        token = secrets.token_urlsafe(24)  # 192 random bits
        now = _iso(_now())
        with self._write() as conn:
            conn.execute(
                "INSERT INTO drafts (token, kind, round_id, organisation, role, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (token, kind, round_id, organisation, role, now, now),
            )
            conn.executemany(
                "INSERT INTO draft_answers (token, item_id, value) VALUES (?, ?, ?)",
                [(token, item_id, value) for item_id, value in seed.items()],
            )
        return token

    def save_answer(self, token: str, item_id: str, value: int | None) -> bool:
        """Record one answer (None: don't know); False if there is no such draft."""
        if not isinstance(item_id, str) or not _SLUG.fullmatch(item_id):
            raise StoreError(f"{item_id!r} is not an item id, so the answer was not saved.")
        if not _valid_answer(value):
            raise StoreError(f"An answer must be 1 to 5 or None, got {value!r}, so it was not saved.")
        if not valid_token(token):
            return False
        with self._write() as conn:
            if not _touch(conn, token):
                return False
            conn.execute(
                "INSERT INTO draft_answers (token, item_id, value) VALUES (?, ?, ?) "
                "ON CONFLICT (token, item_id) DO UPDATE SET value = excluded.value",
                (token, item_id, value),
            )
            return True

    def clear_answer(self, token: str, item_id: str) -> bool:
        if not valid_token(token) or not isinstance(item_id, str):
            return False
        with self._write() as conn:
            if not _touch(conn, token):
                return False
            conn.execute("DELETE FROM draft_answers WHERE token = ? AND item_id = ?", (token, item_id))
            return True

    def save_draft_meta(self, token: str, organisation: str, role: str | None) -> bool:
        organisation = (organisation or "").strip()
        if len(organisation) > MAX_ORGANISATION:
            raise StoreError(f"An organisation name may be at most {MAX_ORGANISATION} characters.")
        if role is not None and role not in ROLES:
            raise StoreError(f"The role must be one of {', '.join(ROLES)} or none, got {role!r}.")
        if not valid_token(token):
            return False
        with self._write() as conn:
            if not _touch(conn, token):
                return False
            conn.execute(
                "UPDATE drafts SET organisation = ?, role = ? WHERE token = ?", (organisation, role, token)
            )
            return True

    def load_draft(self, token: str) -> Draft | None:
        """The draft, or None for a token that is malformed, unknown or purged."""
        if not valid_token(token):
            return None
        with self._read() as conn:
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

    def finish_draft(self, token: str, result: Result, questionnaire: Questionnaire) -> SavedRun:
        """Save the run and drop its draft in one transaction.

        The run is saved even when the draft is already gone (purged, or finished
        in another tab): the answers in `result` are what matter.
        """
        run = HistoryRun(result, snapshot_of(questionnaire))
        check_result(result, run.snapshot)
        with self._write() as conn:
            saved = _insert_run(conn, run, questionnaire)
            if valid_token(token):
                conn.execute("DELETE FROM drafts WHERE token = ?", (token,))
            return saved

    def purge_drafts(self, now: datetime | None = None, max_age_days: int = DRAFT_MAX_AGE_DAYS) -> int:
        """Remove drafts not touched for `max_age_days`; return how many went."""
        if max_age_days < 0:
            raise StoreError(f"max_age_days must not be negative, got {max_age_days}.")
        cutoff = _iso((now or _now()) - timedelta(days=max_age_days))
        with self._write() as conn:
            return conn.execute("DELETE FROM drafts WHERE updated_at < ?", (cutoff,)).rowcount

    # maintenance

    def backup(self, target: str | Path) -> None:
        """A consistent copy, safe while others write; the target is replaced whole or not at all."""
        target = Path(target)
        if _same_file(target, self.path):
            raise StoreError(f"The backup cannot be written over the store itself ({target}).")
        partial = target.with_name(f".{target.name}.{secrets.token_hex(6)}.partial")
        try:
            with self._connection() as source:
                _copy_into(source, partial, target)
            os.replace(partial, target)
        except OSError as exc:
            raise StoreError(f"The backup could not be written to {target} ({exc.strerror}).") from exc
        finally:
            for leftover in (partial, *(Path(f"{partial}{s}") for s in ("-journal", "-wal", "-shm"))):
                leftover.unlink(missing_ok=True)

    def check(self) -> list[str]:
        """Every problem found (empty: the store is sound)."""
        with self._read() as conn:
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
        raise StoreError(f"The backup could not be written to {target} ({exc}).") from exc
    try:
        # One step (pages=-1): a single read snapshot, so writers are never blocked.
        source.backup(dest)
        # A self-contained single file: no -wal beside the copy.
        dest.execute("PRAGMA journal_mode = DELETE")
        if dest.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise StoreError(f"The backup written to {target} did not pass its check, so it was removed.")
    except sqlite3.Error as exc:
        raise StoreError(f"The backup could not be written to {target} ({exc}).") from exc
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
    for snapshot_id, digest, body in conn.execute("SELECT id, hash, body FROM snapshots"):
        if _sha256(body) != digest:
            problems.append(f"snapshot {snapshot_id} does not match its hash")
    return problems


# --- rows -------------------------------------------------------------------------

_RUN_SELECT = (
    "SELECT runs.id, runs.questionnaire_id, runs.questionnaire_version, runs.organisation, runs.role, "
    "runs.created_at, runs.answers, snapshots.hash, snapshots.body "
    "FROM runs JOIN snapshots ON snapshots.id = runs.snapshot_id"
)


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
    return StoredRun(run_id, result, _parse_snapshot({"hash": digest, **json.loads(body)}))


def _insert_run(conn: sqlite3.Connection, run: HistoryRun, questionnaire: Questionnaire) -> SavedRun:
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
            _iso(datetime.fromisoformat(result.created_at)),
            json.dumps(dict(result.answers), ensure_ascii=False),
            overall,
            _iso(_now()),
        ),
    )
    return SavedRun(cast(int, cursor.lastrowid), created=True)


def _snapshot_id(conn: sqlite3.Connection, snapshot: Snapshot) -> int:
    body = _snapshot_body(snapshot.questionnaire_id, snapshot.version, snapshot.items)
    conn.execute(
        "INSERT INTO snapshots (hash, questionnaire_id, version, body) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (hash) DO NOTHING",
        (snapshot.hash, snapshot.questionnaire_id, snapshot.version, body),
    )
    return conn.execute("SELECT id FROM snapshots WHERE hash = ?", (snapshot.hash,)).fetchone()[0]


def _touch(conn: sqlite3.Connection, token: str) -> bool:
    return (
        conn.execute("UPDATE drafts SET updated_at = ? WHERE token = ?", (_iso(_now()), token)).rowcount == 1
    )


# --- opening ----------------------------------------------------------------------


def _inspect(path: Path, create: bool) -> bool:
    """Refuse anything that is not our store before a single byte is written; True: a new store."""
    try:
        info = path.stat()
    except FileNotFoundError:
        if not create:
            raise StoreError(f"There is no store at {path}.") from None
        return True
    except OSError as exc:
        raise StoreError(f"The store at {path} cannot be read ({exc.strerror}).") from exc
    if not stat.S_ISREG(info.st_mode):
        raise StoreError(f"{path} is not a file, so it cannot be a store.")
    if info.st_size == 0:
        if not create:
            raise StoreError(f"There is no store at {path} (the file is empty).")
        return True
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise StoreError(f"The store at {path} cannot be read ({exc.strerror}).") from exc
    if header != SQLITE_HEADER:
        raise StoreError(f"The file at {path} is not a SQLite database, so it was left untouched.")
    return _inspect_database(path)


def _inspect_database(path: Path) -> bool:
    # Read-only, so a damaged file is looked at but never changed (no recovery,
    # no checkpoint on close).
    uri = f"file:{urllib.parse.quote(str(path.resolve()))}?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_S, isolation_level=None)
        try:
            problems = [r[0] for r in conn.execute("PRAGMA quick_check")]
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            tables = conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error as exc:
        # Only a damaged file is called damaged; a busy or unopenable one is described as such.
        if not (getattr(exc, "sqlite_errorname", "") or "").startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
            raise StoreError(_describe(path, exc)) from exc
        raise StoreError(
            f"The file at {path} is a damaged SQLite database ({exc}), so it was left untouched."
        ) from exc
    if problems != ["ok"]:
        raise StoreError(
            f"The file at {path} is a damaged SQLite database ({problems[0]}), so it was left untouched."
        )
    if app_id == APPLICATION_ID:
        if version > len(MIGRATIONS):
            raise StoreError(
                f"The store at {path} was made by a newer version of this tool, so it was left untouched."
            )
        return False
    if app_id == 0 and tables == 0 and version == 0:
        return True  # an empty SQLite file, e.g. made by `sqlite3 FILE .quit`
    raise StoreError(f"The file at {path} is another program's SQLite database, so it was left untouched.")
