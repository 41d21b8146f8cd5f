"""The store's pooled connections: reused while the file is the same, never after it changed."""

from __future__ import annotations

import os
import sqlite3
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from scoring.errors import StoreError
from scoring.store import Store
from scoring.store.database import _new_connection
from scoring.store.pool import KEEP, Pool
from tests.test_store import one_sentence


def opened(counter: list[Path]) -> object:
    def open_(path: Path) -> sqlite3.Connection:
        counter.append(path)
        return _new_connection(path)

    return open_


def test_a_connection_given_back_serves_the_next_use_without_opening_another(tmp_path: Path) -> None:
    Store(tmp_path / "s.db")
    pool, made = Pool(tmp_path / "s.db"), []
    first, on = pool.take(opened(made))  # type: ignore[arg-type]
    pool.give_back(first, on)
    second, _ = pool.take(opened(made))  # type: ignore[arg-type]
    assert second is first and len(made) == 1


def test_a_connection_left_in_a_transaction_is_closed_not_kept(tmp_path: Path) -> None:
    Store(tmp_path / "s.db")
    pool, made = Pool(tmp_path / "s.db"), []
    conn, on = pool.take(opened(made))  # type: ignore[arg-type]
    conn.execute("BEGIN IMMEDIATE")
    pool.give_back(conn, on)
    again, _ = pool.take(opened(made))  # type: ignore[arg-type]
    assert again is not conn and len(made) == 2
    with pytest.raises(sqlite3.ProgrammingError):
        conn.execute("SELECT 1")  # closed, so its write lock is gone too


def test_no_more_than_keep_idle_connections_stay_open(tmp_path: Path) -> None:
    Store(tmp_path / "s.db")
    pool, made = Pool(tmp_path / "s.db"), []
    taken = [pool.take(opened(made)) for _ in range(KEEP + 3)]  # type: ignore[arg-type]
    for conn, on in taken:
        pool.give_back(conn, on)
    closed = 0
    for conn, _ in taken:
        try:
            conn.execute("SELECT 1")
        except sqlite3.ProgrammingError:
            closed += 1
    assert closed == 3


def answered(db: Path) -> tuple[Store, str]:
    """A store with one draft and one answer: a pooled connection now points at `db`'s file."""
    store = Store(db)
    token = store.new_draft()
    assert store.save_answer(token, "item-a", 3)
    return store, token


def test_a_store_file_replaced_under_a_running_store_is_never_written_through_an_old_connection(
    tmp_path: Path,
) -> None:
    db = tmp_path / "s.db"
    store, token = answered(db)
    replacement = Store(tmp_path / "other.db")
    kept = replacement.new_draft()
    replacement.close()
    for path in tmp_path.glob("s.db*"):  # the whole store goes, its WAL too, then another comes
        path.unlink()
    os.replace(tmp_path / "other.db", db)
    assert store.save_answer(kept, "item-b", 4)  # lands in the file now at the path
    assert not store.save_answer(token, "item-c", 5)  # the old file's draft is not there
    draft = Store(db).load_draft(kept)
    assert draft is not None and draft.answers == {"item-b": 4}


def test_a_store_file_deleted_under_a_running_store_fails_in_one_sentence_instead_of_writing_nowhere(
    tmp_path: Path,
) -> None:
    store, token = answered(tmp_path / "s.db")
    for path in tmp_path.glob("s.db*"):
        path.unlink()
    with pytest.raises(StoreError) as caught:
        store.save_answer(token, "item-b", 4)
    assert one_sentence(str(caught.value))


def test_many_threads_sharing_one_store_each_save_every_answer(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.db")
    tokens = [store.new_draft() for _ in range(8)]

    def answer_all(token: str) -> bool:
        return all(store.save_answer(token, f"item-{n}", n % 5 + 1) for n in range(40))

    with ThreadPoolExecutor(max_workers=8) as pool:
        assert all(pool.map(answer_all, tokens))
    for token in tokens:
        draft = Store(tmp_path / "s.db").load_draft(token)
        assert draft is not None and len(draft.answers) == 40
