"""A server process killed while it records answers loses none it reported as saved.

The store commits with `synchronous = NORMAL` in WAL mode: a commit is in the WAL file
before COMMIT returns, so killing the process (SIGKILL, no clean-up of any kind) cannot
take it back. Only an OS crash or power cut could (README, "Data").
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from scoring.store import Store

ROOT = Path(__file__).resolve().parent.parent

# Three drafts answered in turn, as three sessions of one server would; one line per
# answer after save_answer has returned True: "<token index> <item id> <value>".
ANSWER_LOOP = """
import sys
from scoring.store import Store
store = Store(sys.argv[1])
tokens = [store.new_draft() for _ in range(3)]
print("tokens", *tokens, flush=True)
i = 0
while True:
    n, item, value = i % 3, f"item-{i}", i % 5 + 1
    assert store.save_answer(tokens[n], item, value)
    print(n, item, value, flush=True)
    i += 1
"""


@pytest.mark.slow
def test_a_server_killed_while_saving_answers_loses_no_answer_it_reported_as_saved(tmp_path: Path) -> None:
    db = tmp_path / "killed-server.db"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for round_ in range(3):
        worker = subprocess.Popen(
            [sys.executable, "-c", ANSWER_LOOP, str(db)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert worker.stdout is not None and worker.stderr is not None
        first = worker.stdout.readline().split()
        assert first and first[0] == "tokens", worker.stderr.read()
        tokens = first[1:]
        reported: list[tuple[int, str, int]] = []
        for _ in range(random.Random(round_).randint(40, 120)):
            line = worker.stdout.readline()
            assert line, f"the worker stopped early: {worker.stderr.read()}"
            n, item, value = line.split()
            reported.append((int(n), item, int(value)))
        worker.send_signal(signal.SIGKILL)  # inside the next save, or between two
        worker.wait(timeout=60)
        # Answers saved just before the kill may still sit in the pipe: they were reported too.
        # A line the kill cut short (no newline) was not reported: the kill came mid-print.
        for line in worker.stdout.read().split("\n")[:-1]:
            n, item, value = line.split()
            reported.append((int(n), item, int(value)))
        worker.stdout.close()
        worker.stderr.close()

        with sqlite3.connect(db) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        conn.close()
        store = Store(db)
        drafts = [store.load_draft(token) for token in tokens]
        for n, item, value in reported:
            draft = drafts[n]
            assert draft is not None
            assert draft.answers.get(item) == value, f"answer {item} of draft {n} was lost"


def test_opening_a_second_store_in_a_process_keeps_the_first_ones_hold_on_the_wal(tmp_path: Path) -> None:
    # A plain open() and close() of the database file drops every POSIX lock the process holds
    # on it. Another process's last close could then checkpoint and delete the WAL and its index
    # under the first store, which went on using the deleted ones: answers reported saved by
    # that other process were not seen here, and would have been lost by the next write.
    db = tmp_path / "two-stores.db"
    first = Store(db)
    first.new_draft()
    Store(db)  # inspects the file again, in the same process
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    other = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from scoring.store import Store; print(Store(sys.argv[1]).new_draft())",
            str(db),
        ],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    assert Path(f"{db}-wal").exists(), "the other process's close deleted the WAL this process still uses"
    assert first.load_draft(other.stdout.strip()) is not None
