"""A separate process that writes to a store, for the fault tests in test_store.py.

store_worker.py save-loop DB QUESTIONNAIRE_JSON START
    Saves run START, START+1, ... until killed, each with its own questionnaire
    version (so each save writes a snapshot and a run), printing "i id" after
    each commit.

store_worker.py finish DB QUESTIONNAIRE_JSON TOKEN...
    One thread per token, each with its own Store, prints "ready", waits for a
    line on stdin, then all finish their drafts at once; prints one JSON line
    per token: {"token", "id", "created"} or {"token", "error"}.
"""

from __future__ import annotations

import itertools
import json
import sys
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scoring.model import Questionnaire  # noqa: E402
from scoring.results import Result, new_result  # noqa: E402
from scoring.store import Store  # noqa: E402

BASE_TIME = datetime(2024, 1, 1, tzinfo=UTC)


def versioned(data: dict[str, Any], i: int) -> Questionnaire:
    return Questionnaire.model_validate({**data, "version": f"v{i}"})


def run_for(questionnaire: Questionnaire, i: int) -> Result:
    """Run number i, the same every time it is asked for, so a test can recompute it."""
    answers = {
        item.id: (None if (i + k) % 6 == 0 else (i + k) % 6) for k, item in enumerate(questionnaire.items)
    }
    return new_result(
        questionnaire,
        answers,
        organisation=f"Org {i % 3}",
        role="official",
        created_at=BASE_TIME + timedelta(seconds=i),
    )


def save_loop(db: str, data: dict[str, Any], start: int) -> None:
    store = Store(db)
    for i in itertools.count(start):
        questionnaire = versioned(data, i)
        saved = store.save_run(run_for(questionnaire, i), questionnaire)
        print(i, saved.id, flush=True)


def finish(db: str, data: dict[str, Any], tokens: list[str]) -> None:
    questionnaire = Questionnaire.model_validate(data)
    go = threading.Event()
    ready = threading.Barrier(len(tokens) + 1)
    out: list[dict[str, Any]] = []

    def session(n: int, token: str) -> None:
        try:
            store = Store(db)
            result = new_result(questionnaire, {"a0-i0": 1 + n % 5}, organisation=f"Proc {token[:6]} {n}")
        finally:
            ready.wait()  # even after a failure, so the others are not left waiting
        go.wait()
        try:
            saved = store.finish_draft(token, result, questionnaire)
            out.append({"token": token, "id": saved.id, "created": saved.created})
        except Exception as exc:  # reported to the test, which fails on it
            out.append({"token": token, "error": f"{type(exc).__name__}: {exc}"})

    threads = [threading.Thread(target=session, args=(n, t)) for n, t in enumerate(tokens)]
    for thread in threads:
        thread.start()
    ready.wait()
    print("ready", flush=True)
    sys.stdin.readline()
    go.set()
    for thread in threads:
        thread.join()
    for line in out:
        print(json.dumps(line), flush=True)


def main(argv: list[str]) -> None:
    verb, db, questionnaire_json, *rest = argv
    data = json.loads(Path(questionnaire_json).read_text(encoding="utf-8"))
    if verb == "save-loop":
        save_loop(db, data, int(rest[0]))
    elif verb == "finish":
        finish(db, data, rest)
    else:
        raise SystemExit(f"unknown verb {verb}")


if __name__ == "__main__":
    main(sys.argv[1:])
