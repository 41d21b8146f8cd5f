"""Opening and inspecting a store file, connections, migrations and transactions.

Every public call takes a connection from the store's pool (scoring/store/pool.py),
does its work in it and gives it back, so one object can serve many threads and
sessions, one connection per call at a time. Besides, each store keeps one idle
connection open for its lifetime, never used for work: while it is open, closing a
working connection is not the last close, which would checkpoint the WAL into the
file and delete it (about 2 ms of every answer click).
Every write is one `BEGIN IMMEDIATE` transaction; every failure reaches the
caller as a StoreError (a sentence for the operator, a message key for people),
never as a raw sqlite3 exception. The detail (path, SQLite's error) is logged.

The store never decides where it lives: the path is always passed in.
`default_db_path()` is for the shells (app and CLI) to call.
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
import stat
import urllib.parse
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, suppress
from datetime import UTC, datetime
from pathlib import Path

from scoring.errors import StoreError
from scoring.store.migrations import MIGRATIONS  # tests patch it here, where it is used
from scoring.store.pool import Pool

logger = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parent.parent.parent
DB_ENV = "SJALVSKATTNING_DB"
DEFAULT_DB = ROOT / "data" / "sjalvskattning.db"

SQLITE_HEADER = b"SQLite format 3\x00"
# Marks a database as ours, so another program's SQLite file is refused, not altered.
APPLICATION_ID = 0x534A4C56  # "SJLV"
BUSY_TIMEOUT_S = 10.0
# token_urlsafe(24) gives 32 characters; the upper bound leaves room for longer tokens.
_TOKEN = re.compile(r"[A-Za-z0-9_-]{32,64}")


def default_db_path() -> Path:
    """Where the shells keep the store: $SJALVSKATTNING_DB, else data/ in the repository."""
    return Path(os.environ.get(DB_ENV) or DEFAULT_DB)


def valid_token(token: object) -> bool:
    return isinstance(token, str) and _TOKEN.fullmatch(token) is not None


def utc(moment: datetime) -> datetime:
    # A time without a zone is taken as UTC, the zone the app writes.
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def iso(moment: datetime) -> str:
    # One fixed width, so text order is time order in SQL.
    return utc(moment).isoformat(timespec="microseconds")


def now() -> datetime:
    return datetime.now(UTC)


def failure(text: str, key: str, cause: BaseException | None = None, **fields: object) -> StoreError:
    """A StoreError whose detail is logged here, where it arises; people see only the key's sentence."""
    if cause is None:
        logger.warning("%s", text)
    else:
        logger.warning("%s (%s: %s)", text, type(cause).__name__, cause)
    return StoreError(text, key, **fields)


# --- connections ------------------------------------------------------------------


def _new_connection(path: Path) -> sqlite3.Connection:
    """Open one connection; tests replace this to make SQLite itself refuse writes."""
    # isolation_level=None: the store writes BEGIN IMMEDIATE and COMMIT itself.
    # check_same_thread=False: a pooled connection serves the next call, on any thread
    # (one at a time; SQLite is built serialized here).
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False)
    conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
    conn.execute("PRAGMA foreign_keys = ON")
    # NORMAL in WAL mode: a commit is in the WAL file before COMMIT returns, so a killed
    # server process loses nothing it reported as saved; only an OS crash or power cut can
    # lose the last commits (the WAL is synced at checkpoints, not at every commit). FULL
    # synced on every answer click, which a workshop of thirty feels.
    conn.execute("PRAGMA synchronous = NORMAL")
    return conn


# Only this opener's connections are pooled: a replacement (the fault tests') is called
# for every use, as before, so what it makes SQLite do applies from the next call on.
_POOLED_OPENER = _new_connection


def _sqlite_failure(path: Path, exc: sqlite3.Error) -> StoreError:
    key, text = _describe(path, exc)
    return failure(text, key, exc)


def _describe(path: Path, exc: sqlite3.Error) -> tuple[str, str]:
    """A message key and one sentence for a SQLite failure, by its error code where Python gives one."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    text = str(exc)
    if name.startswith("SQLITE_READONLY") or "readonly" in text:
        return "store_readonly", f"The store at {path} is read-only, so nothing was saved."
    if name.startswith("SQLITE_FULL") or "disk is full" in text:
        return "store_full", f"The disk holding the store at {path} is full, so nothing was saved."
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in text:
        return (
            "store_busy",
            f"The store at {path} stayed busy for {BUSY_TIMEOUT_S:g} seconds, "
            "so nothing was done; try again.",
        )
    if name.startswith("SQLITE_CANTOPEN") or "unable to open" in text:
        return (
            "store_cannot_open",
            f"The store at {path} cannot be opened; check that its folder exists and may be written.",
        )
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")) or "malformed" in text:
        return "store_damaged", f"The store at {path} is damaged ({text}); restore it from a backup."
    return "store_failed", f"The store at {path} failed ({text})."


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


class Database:
    """A store file's connections, transactions and migrations; `Store` builds on it."""

    def __init__(self, path: str | Path, *, create: bool = True) -> None:
        self.path = Path(path)
        if _inspect(self.path, create):
            with suppress(OSError):
                self.path.parent.mkdir(parents=True, exist_ok=True)
        self._pool = Pool(self.path)
        self._migrate()
        self._idle = self._idle_connection()

    def _idle_connection(self) -> sqlite3.Connection | None:
        # Reading once attaches it to the WAL; it then holds its shared lock until the
        # store is dropped. Never used again, so sharing it across threads is safe.
        try:
            conn = sqlite3.connect(
                self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False
            )
            conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
        except sqlite3.Error as exc:
            logger.warning("no idle connection to %s (%s); every close may checkpoint", self.path, exc)
            return None
        return conn

    def close(self) -> None:
        """Drop the open connections (the store stays usable, only slower); for tests and tools."""
        self._pool.close()
        if self._idle is not None:
            self._idle.close()
            self._idle = None

    def __repr__(self) -> str:
        return f"{type(self).__name__}({str(self.path)!r})"

    @contextmanager
    def connection(self) -> Iterator[sqlite3.Connection]:
        """One connection, outside any transaction (backup and PRAGMAs)."""
        pooled = _new_connection is _POOLED_OPENER
        try:
            conn, opened_on = (
                self._pool.take(_new_connection) if pooled else (_new_connection(self.path), None)
            )
        except sqlite3.Error as exc:
            raise _sqlite_failure(self.path, exc) from exc
        reusable = False
        try:
            yield conn
            reusable = pooled
        except sqlite3.Error as exc:
            raise _sqlite_failure(self.path, exc) from exc
        finally:
            # After any failure the connection is closed, not kept: its state is not known.
            self._pool.give_back(conn, opened_on if reusable else None)

    def writing(self) -> AbstractContextManager[sqlite3.Connection]:
        """One write transaction: committed when the block ends, rolled back if it raises."""
        return self._write()

    def reading(self) -> AbstractContextManager[sqlite3.Connection]:
        """One read transaction, so several queries see the same moment."""
        return self._read()

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        # IMMEDIATE takes the write lock up front, so the busy timeout applies
        # and a read never has to be upgraded (which fails at once in WAL mode).
        with self.connection() as conn:
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
        with self.connection() as conn:
            conn.execute("BEGIN")
            try:
                yield conn
            finally:
                with suppress(sqlite3.Error):
                    conn.execute("COMMIT")

    def _migrate(self) -> None:
        migrations = MIGRATIONS
        with self.connection() as conn:
            if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                conn.execute("PRAGMA journal_mode = WAL")
            if conn.execute("PRAGMA user_version").fetchone()[0] == len(migrations):
                return
        with self._write() as conn:
            # Checked again under the lock: another process may have migrated meanwhile.
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            for number, (_name, sql) in enumerate(migrations[version:], start=version + 1):
                for statement in _statements(sql):
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {number}")
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")


# --- opening ----------------------------------------------------------------------


def _inspect(path: Path, create: bool) -> bool:
    """Refuse anything that is not our store before a single byte is written; True: a new store."""
    try:
        info = path.stat()
    except FileNotFoundError:
        if not create:
            raise failure(f"There is no store at {path}.", "store_missing") from None
        return True
    except OSError as exc:
        raise failure(
            f"The store at {path} cannot be read ({exc.strerror}).", "store_unreadable", exc
        ) from exc
    if not stat.S_ISREG(info.st_mode):
        raise failure(f"{path} is not a file, so it cannot be a store.", "store_not_store")
    if info.st_size == 0:
        if not create:
            raise failure(f"There is no store at {path} (the file is empty).", "store_missing")
        return True
    # Only SQLite opens the file here. Closing any descriptor of a file drops every POSIX
    # lock this process holds on it, so a plain open() and close() would drop the shared
    # lock of a store already open in this process: another process's last close could
    # then checkpoint and delete the WAL and its index under it, and this process would
    # go on reading, and writing, a WAL nobody else sees (answers reported saved, lost).
    return _inspect_database(path)


def _not_sqlite(path: Path) -> bool:
    """True for a file without SQLite's header; asked only once SQLite has refused the file."""
    try:
        with path.open("rb") as handle:
            return handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER
    except OSError:
        return False


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
            raise _sqlite_failure(path, exc) from exc
        if _not_sqlite(path):
            raise failure(
                f"The file at {path} is not a SQLite database, so it was left untouched.", "store_not_store"
            ) from exc
        raise failure(
            f"The file at {path} is a damaged SQLite database ({exc}), so it was left untouched.",
            "store_damaged",
        ) from exc
    if problems != ["ok"]:
        raise failure(
            f"The file at {path} is a damaged SQLite database ({problems[0]}), so it was left untouched.",
            "store_damaged",
        )
    if app_id == APPLICATION_ID:
        if version > len(MIGRATIONS):
            raise failure(
                f"The store at {path} was made by a newer version of this tool, so it was left untouched.",
                "store_newer",
            )
        return False
    if app_id == 0 and tables == 0 and version == 0:
        return True  # an empty SQLite file, e.g. made by `sqlite3 FILE .quit`
    raise failure(
        f"The file at {path} is another program's SQLite database, so it was left untouched.",
        "store_not_store",
    )
