"""The SQLite store: round trips, drafts, history files, the CLI verbs, and faults.

The fault tests use real failures where a test can cause them: a SIGKILLed
writer, fifty sessions at once, damaged files. Read-only and full disks cannot
be made as root, so SQLite itself is told to refuse (query_only, max_page_count)
through the store's one connection function; the errors are SQLite's own.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import store_worker
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import scoring.store.database as database_module
from scoring.cli import main
from scoring.errors import StoreError
from scoring.history_file import parse_history
from scoring.model import Questionnaire
from scoring.results import ROLES, Result, dump_result, new_result
from scoring.score import score
from scoring.services import ImportOutcome, import_files
from scoring.store import (
    APPLICATION_ID,
    MIGRATIONS,
    Store,
    default_db_path,
    snapshot_of,
)
from scoring.store.drafts import new_token
from tests.conftest import ROOT, mini_data, write_yaml

WORKER = Path(__file__).resolve().parent / "store_worker.py"
WHEN = datetime(2024, 3, 1, 9, 0, tzinfo=UTC)
MINI_ITEMS = [f"a{a}-i{i}" for a in range(2) for i in range(5)]


# --- helpers ----------------------------------------------------------------------


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "store.db"


@pytest.fixture
def store(db: Path) -> Store:
    return Store(db)


def a_result(
    questionnaire: Questionnaire,
    answers: dict[str, int | None] | None = None,
    organisation: str = "Exempelkommun",
    minutes: int = 0,
) -> Result:
    given_answers = answers if answers is not None else {item.id: 4 for item in questionnaire.items}
    return new_result(
        questionnaire,
        given_answers,
        organisation=organisation,
        role="official",
        created_at=WHEN + timedelta(minutes=minutes),
    )


def edited(data: dict[str, Any]) -> Questionnaire:
    """Version 2 of the mini questionnaire: a0-i1 removed, a0-i5 added, a1-i0 reworded."""
    items = data["areas"][0]["items"]
    added = {**items[0], "id": "a0-i5", "text": {"sv": "Nytt påstående", "en": "A new statement"}}
    data["areas"][0]["items"] = [item for item in items if item["id"] != "a0-i1"] + [added]
    data["areas"][1]["items"][0]["text"] = {"sv": "Omformulerat", "en": "Reworded"}
    return Questionnaire.model_validate({**data, "version": "2"})


def import_history(store: Store, text: str | bytes, questionnaire: Questionnaire) -> ImportOutcome:
    """A history file through the production path, as the CLI and the History page import it."""
    raw = text.encode("utf-8") if isinstance(text, str) else text
    return import_files(store, [("historik.json", raw)], questionnaire)


def one_sentence(message: str) -> bool:
    body = message.rstrip(".")
    return message.endswith(".") and "\n" not in message and ". " not in body


def side_files(path: Path) -> list[Path]:
    return [p for p in (Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")) if p.exists()]


def worker_env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT)}


def counts(path: Path) -> tuple[int, int]:
    with sqlite3.connect(path) as conn:
        runs = conn.execute("SELECT count(*) FROM runs").fetchone()[0]
        drafts = conn.execute("SELECT count(*) FROM drafts").fetchone()[0]
    conn.close()
    return runs, drafts


# --- runs -------------------------------------------------------------------------


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    answers=st.dictionaries(st.sampled_from(MINI_ITEMS), st.none() | st.integers(1, 5)),
    organisation=st.text(max_size=30),
    role=st.sampled_from([None, *ROLES]),
)
def test_a_saved_run_loads_back_exactly_as_it_was_saved(
    store: Store, mini: Questionnaire, answers: dict[str, int | None], organisation: str, role: Any
) -> None:
    result = new_result(mini, answers, organisation=organisation, role=role, created_at=WHEN)
    saved = store.save_run(result, mini)
    stored = store.get_run(saved.id)
    assert stored is not None
    assert stored.result == result
    assert stored.snapshot == snapshot_of(mini)
    summary = next(s for s in store.list_runs() if s.id == saved.id)
    assert summary.overall == score(mini, answers).overall


def test_the_same_result_saved_twice_is_one_run(store: Store, mini: Questionnaire) -> None:
    result = a_result(mini)
    first, second = store.save_run(result, mini), store.save_run(result, mini)
    reordered = replace(result, answers=dict(reversed(list(result.answers.items()))))
    third = store.save_run(reordered, mini)
    assert first.created and not second.created and not third.created
    assert first.id == second.id == third.id
    assert len(store.list_runs()) == 1


def test_a_different_answer_or_time_is_a_new_run(store: Store, mini: Questionnaire) -> None:
    store.save_run(a_result(mini), mini)
    store.save_run(a_result(mini, minutes=1), mini)
    store.save_run(a_result(mini, answers={"a0-i0": 1}), mini)
    assert len(store.list_runs()) == 3


def test_runs_are_listed_oldest_first_by_the_instant_not_the_text(store: Store, mini: Questionnaire) -> None:
    late = replace(a_result(mini), created_at="2024-03-01T10:00:00+02:00")  # 08:00 UTC
    early = replace(a_result(mini), created_at="2024-03-01T09:00:00+00:00")
    middle = replace(a_result(mini), created_at="2024-03-01T08:30:00+00:00", organisation="Annan")
    ids = [store.save_run(r, mini).id for r in (early, late, middle)]
    assert [s.id for s in store.list_runs()] == [ids[1], ids[2], ids[0]]
    assert [s.id for s in store.list_runs("Exempelkommun")] == [ids[1], ids[0]]
    assert store.organisations() == ["Annan", "Exempelkommun"]


def test_the_summary_keeps_the_overall_index_computed_at_save_time(store: Store, mini: Questionnaire) -> None:
    result = a_result(mini)
    store.save_run(result, mini)
    [summary] = store.list_runs()
    assert summary.overall is not None and summary.overall == score(mini, result.answers).overall
    assert (summary.organisation, summary.role, summary.questionnaire_version) == (
        "Exempelkommun",
        "official",
        "1",
    )


def test_a_deleted_run_is_gone_and_its_unused_snapshot_with_it(
    store: Store, db: Path, mini: Questionnaire
) -> None:
    saved = store.save_run(a_result(mini), mini)
    assert store.delete_run(saved.id) is True
    assert store.delete_run(saved.id) is False
    assert store.get_run(saved.id) is None
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM snapshots").fetchone()[0] == 0
    conn.close()


def test_a_result_that_does_not_fit_the_questionnaire_is_refused(store: Store, mini: Questionnaire) -> None:
    with pytest.raises(StoreError, match="no item 'nope'"):
        store.save_run(replace(a_result(mini), answers={"nope": 3}), mini)
    with pytest.raises(StoreError, match="1 to 5"):
        store.save_run(replace(a_result(mini), answers={"a0-i0": 7}), mini)
    with pytest.raises(StoreError, match="belongs to the questionnaire"):
        store.save_run(replace(a_result(mini), questionnaire_id="other"), mini)
    assert store.list_runs() == []


def test_runs_saved_before_and_after_the_questions_changed_keep_their_own_snapshots(
    store: Store, mini: Questionnaire, mini_dict: dict[str, Any]
) -> None:
    version_2 = edited(mini_dict)
    first = store.save_run(a_result(mini, {"a0-i1": 2, "a1-i0": 5}), mini)
    second = store.save_run(a_result(version_2, {"a0-i5": 3, "a1-i0": 1}, minutes=5), version_2)
    old, new = store.get_run(first.id), store.get_run(second.id)
    assert old is not None and new is not None
    assert old.result.answers == {"a0-i1": 2, "a1-i0": 5}
    assert new.result.answers == {"a0-i5": 3, "a1-i0": 1}
    assert (old.snapshot.version, new.snapshot.version) == ("1", "2")
    assert "a0-i1" in old.snapshot.item_ids and "a0-i5" not in old.snapshot.item_ids
    assert "a0-i5" in new.snapshot.item_ids and "a0-i1" not in new.snapshot.item_ids
    reworded = {i.id: i for i in new.snapshot.items}["a1-i0"]
    original = {i.id: i for i in old.snapshot.items}["a1-i0"]
    assert (original.text["en"], reworded.text["en"]) == ("Statement 1.0 (en)", "Reworded")
    assert original.area_title == {"sv": "Area 1 (sv)", "en": "Area 1 (en)"}
    assert old.snapshot.hash != new.snapshot.hash
    assert [s.questionnaire_version for s in store.list_runs()] == ["1", "2"]


def test_a_single_result_file_is_imported_as_a_run(store: Store, mini: Questionnaire) -> None:
    raw = dump_result(a_result(mini)).encode("utf-8")
    first = import_files(store, [("resultat.json", raw)], mini)
    again = import_files(store, [("resultat.json", raw)], mini)
    assert (first.added, again.added, again.skipped) == (1, 0, 1)
    assert len(store.list_runs()) == 1


# --- history files ----------------------------------------------------------------


def test_a_history_file_moves_runs_and_snapshots_whole_to_another_store(
    tmp_path: Path, mini: Questionnaire, mini_dict: dict[str, Any]
) -> None:
    version_2 = edited(mini_dict)
    source, target = Store(tmp_path / "a.db"), Store(tmp_path / "b.db")
    source.save_run(a_result(mini, {"a0-i1": 2}), mini)
    source.save_run(a_result(version_2, {"a0-i5": None}, minutes=1), version_2)
    source.save_run(a_result(mini, organisation="Annan"), mini)
    text = source.export_history("Exempelkommun")
    data = json.loads(text)
    assert (data["format"], data["format_version"], data["organisation"]) == (
        "sjalvskattning-history",
        1,
        "Exempelkommun",
    )
    assert data["runs"][0]["result"] == json.loads(dump_result(a_result(mini, {"a0-i1": 2})))

    report = import_history(target, text, version_2)
    assert (report.added, report.skipped) == (2, 0)
    again = import_history(target, text.encode("utf-8"), version_2)
    assert (again.added, again.skipped) == (0, 2)
    assert import_history(source, text, version_2).skipped == 2

    def loaded(store: Store) -> list[tuple[Result, Any]]:
        runs = [store.get_run(s.id) for s in store.list_runs("Exempelkommun")]
        return [(r.result, r.snapshot) for r in runs if r is not None]

    assert loaded(target) == loaded(source)
    assert target.export_history("Exempelkommun") == text


@pytest.mark.parametrize(
    "breakage",
    [
        "bad answer in the last run",
        "snapshot edited after export",
        "run of another organisation",
        "not json",
        "newer format",
        "duplicate key",
    ],
)
def test_a_broken_history_file_adds_nothing(tmp_path: Path, mini: Questionnaire, breakage: str) -> None:
    source, target = Store(tmp_path / "a.db"), Store(tmp_path / "b.db")
    for minute in range(3):
        source.save_run(a_result(mini, minutes=minute), mini)
    data = json.loads(source.export_history("Exempelkommun"))
    text = ""
    if breakage == "bad answer in the last run":
        data["runs"][-1]["result"]["answers"]["a0-i0"] = 6
    elif breakage == "snapshot edited after export":
        data["runs"][1]["snapshot"]["items"][0]["text"]["sv"] = "Ändrad"
    elif breakage == "run of another organisation":
        data["runs"][2]["result"]["organisation"] = "Annan"
    elif breakage == "not json":
        text = json.dumps(data)[:-40]
    elif breakage == "newer format":
        data["format_version"] = 2
    else:
        text = json.dumps(data).replace('"format": ', '"format": "x", "format": ', 1)
    with pytest.raises(StoreError) as caught:
        import_history(target, text or json.dumps(data), mini)
    assert one_sentence(str(caught.value))
    assert target.list_runs() == []


def test_a_history_import_that_fails_midway_rolls_back_every_run(
    tmp_path: Path, questionnaire: Questionnaire, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Three runs with three large snapshots; the target may grow by only about
    # one and a half of them, so the disk fills up during the second insert.
    source, target = Store(tmp_path / "a.db"), Store(tmp_path / "b.db")
    for n in range(3):
        version = questionnaire.model_copy(update={"version": f"test-{n}"})
        source.save_run(a_result(version, minutes=n), version)
    text = source.export_history("Exempelkommun")
    probe = Store(tmp_path / "probe.db")
    before = _page_count(tmp_path / "probe.db")
    probe.add_runs(parse_history(text, questionnaire)[1][:1], questionnaire)
    per_run = _page_count(tmp_path / "probe.db") - before
    limit = _page_count(tmp_path / "b.db") + per_run + per_run // 2
    _refuse_writes(monkeypatch, f"PRAGMA max_page_count = {limit}")
    with pytest.raises(StoreError, match="full") as caught:
        import_history(target, text, questionnaire)
    assert one_sentence(str(caught.value))
    monkeypatch.undo()
    assert target.list_runs() == [] and target.check() == []


def _page_count(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.close()
    return pages


# --- drafts -----------------------------------------------------------------------


def test_a_draft_keeps_answers_dont_knows_and_who_is_answering(store: Store) -> None:
    token = store.new_draft()
    assert len(token) >= 32  # token_urlsafe(24): 192 random bits
    fresh = store.load_draft(token)
    assert fresh is not None and fresh.answers == {} and fresh.organisation == "" and fresh.round_id is None
    assert store.save_answer(token, "a0-i0", 4)
    assert store.save_answer(token, "a0-i1", None)
    assert store.save_answer(token, "a0-i2", 2)
    assert store.save_answer(token, "a0-i0", 5)
    assert store.clear_answer(token, "a0-i2")
    assert store.save_draft_meta(token, "  Exempelkommun ", "politician")
    draft = store.load_draft(token)
    assert draft is not None
    assert draft.answers == {"a0-i0": 5, "a0-i1": None}
    assert (draft.organisation, draft.role, draft.kind) == ("Exempelkommun", "politician", "single")
    assert draft.updated_at > fresh.updated_at


def test_every_draft_write_moves_its_updated_time(store: Store) -> None:
    token = store.new_draft()
    times = []
    for write in (
        lambda: store.save_answer(token, "a0-i0", 1),
        lambda: store.clear_answer(token, "a0-i0"),
        lambda: store.save_draft_meta(token, "X", None),
    ):
        write()
        draft = store.load_draft(token)
        assert draft is not None
        times.append(draft.updated_at)
    assert times == sorted(times) and len(set(times)) == 3


def test_a_draft_can_be_tied_to_a_round(store: Store) -> None:
    draft = store.load_draft(store.new_draft(kind="round", round_id=7))
    assert draft is not None and (draft.kind, draft.round_id) == ("round", 7)
    with pytest.raises(StoreError):
        store.new_draft(kind="team-of-one")


def test_finishing_a_draft_saves_the_run_and_removes_the_draft(store: Store, mini: Questionnaire) -> None:
    token = store.new_draft()
    store.save_answer(token, "a0-i0", 3)
    saved = store.finish_draft(token, a_result(mini, {"a0-i0": 3}), mini)
    assert saved.created and store.load_draft(token) is None
    stored = store.get_run(saved.id)
    assert stored is not None and stored.result.answers == {"a0-i0": 3}
    # A second click, or a draft already purged: the run is not lost or doubled.
    assert store.finish_draft(token, a_result(mini, {"a0-i0": 3}), mini) == replace(saved, created=False)


def test_a_draft_can_start_under_a_token_made_before_it(store: Store) -> None:
    token = new_token()
    assert store.load_draft(token) is None
    assert store.new_draft(answers={"a0-i0": 2}, token=token) == token
    draft = store.load_draft(token)
    assert draft is not None and draft.answers == {"a0-i0": 2}


def test_a_token_that_is_malformed_or_already_had_a_draft_starts_none(
    store: Store, mini: Questionnaire
) -> None:
    with pytest.raises(StoreError):
        store.new_draft(token="short")
    taken = store.new_draft()
    with pytest.raises(StoreError):
        store.new_draft(token=taken)
    store.finish_draft(taken, a_result(mini, {"a0-i0": 3}), mini)
    with pytest.raises(StoreError):  # saved as a run: its link says so, it never opens a new draft
        store.new_draft(token=taken)
    assert store.load_draft(taken) is None


def test_drafts_untouched_for_thirty_days_are_purged(store: Store) -> None:
    old, touched = store.new_draft(), store.new_draft()
    assert store.save_answer(touched, "a0-i0", 2)
    old_time, touched_time = (_updated(store, token) for token in (old, touched))
    month = timedelta(days=30)
    assert store.purge_drafts(now=touched_time + timedelta(days=29)) == 0
    assert store.purge_drafts(now=old_time + month) == 0  # exactly 30 days: kept
    assert store.purge_drafts(now=old_time + (touched_time - old_time) / 2 + month) == 1
    assert store.load_draft(old) is None and store.load_draft(touched) is not None
    assert store.purge_drafts(now=touched_time + month + timedelta(seconds=1), max_age_days=30) == 1
    assert store.load_draft(touched) is None


def _updated(store: Store, token: str) -> datetime:
    draft = store.load_draft(token)
    assert draft is not None
    return draft.updated_at


@pytest.mark.parametrize(
    "token",
    ["", "short", "x" * 31, "x" * 65, "a" * 31 + "!", "../../etc/passwd" + "a" * 20, "é" * 32, None, 12345],
)
def test_a_bad_token_finds_nothing_and_writes_nothing(store: Store, db: Path, token: Any) -> None:
    store.new_draft()
    assert store.load_draft(token) is None
    assert store.save_answer(token, "a0-i0", 3) is False
    assert store.clear_answer(token, "a0-i0") is False
    assert store.save_draft_meta(token, "X", None) is False
    assert counts(db) == (0, 1)


def test_an_unknown_well_formed_token_finds_nothing(store: Store) -> None:
    token = "A" * 32
    assert store.load_draft(token) is None
    assert store.save_answer(token, "a0-i0", 3) is False


def test_tokens_do_not_repeat(store: Store) -> None:
    tokens = {store.new_draft() for _ in range(200)}
    assert len(tokens) == 200


def test_a_bad_answer_or_role_in_a_draft_is_refused(store: Store) -> None:
    token = store.new_draft()
    for value in (0, 6, True, 2.5, "3"):
        with pytest.raises(StoreError):
            store.save_answer(token, "a0-i0", value)  # type: ignore[arg-type]
    with pytest.raises(StoreError):
        store.save_answer(token, "Not an id", 3)
    with pytest.raises(StoreError):
        store.save_draft_meta(token, "X", "mayor")
    draft = store.load_draft(token)
    assert draft is not None and draft.answers == {}


# --- opening, migrations, paths ---------------------------------------------------


def test_the_default_path_comes_from_the_environment_or_data_in_the_repository(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("SJALVSKATTNING_DB", str(tmp_path / "x.db"))
    assert default_db_path() == tmp_path / "x.db"
    monkeypatch.delenv("SJALVSKATTNING_DB")
    assert default_db_path() == ROOT / "data" / "sjalvskattning.db"


def test_a_new_store_is_in_wal_mode_marked_as_ours_and_fully_migrated(store: Store, db: Path) -> None:
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    conn.close()
    assert len({name for name, _ in MIGRATIONS}) == len(MIGRATIONS)


def test_an_older_store_is_upgraded_when_opened(db: Path, mini: Questionnaire) -> None:
    conn = sqlite3.connect(db, isolation_level=None)
    conn.executescript(MIGRATIONS[0][1])
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("PRAGMA user_version = 1")
    conn.close()
    store = Store(db)
    token = store.new_draft()
    assert store.load_draft(token) is not None
    assert store.save_run(a_result(mini), mini).created


def test_a_migration_added_at_the_end_is_applied_once_when_a_store_opens(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    Store(db)
    later = ("later-feature", "CREATE TABLE later_feature (id INTEGER PRIMARY KEY, name TEXT NOT NULL);")
    monkeypatch.setattr(database_module, "MIGRATIONS", (*MIGRATIONS, later))
    Store(db)
    Store(db)
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS) + 1
        assert conn.execute("SELECT count(*) FROM later_feature").fetchone()[0] == 0
    conn.close()
    monkeypatch.undo()
    with pytest.raises(StoreError, match="newer version"):
        Store(db)


def test_an_empty_file_becomes_a_new_store(db: Path, mini: Questionnaire) -> None:
    db.touch()
    assert Store(db).save_run(a_result(mini), mini).created


def test_a_missing_folder_is_created_for_a_new_store(tmp_path: Path) -> None:
    Store(tmp_path / "data" / "deeper" / "s.db")
    assert (tmp_path / "data" / "deeper" / "s.db").is_file()


def test_without_create_a_missing_store_is_reported_and_not_made(db: Path) -> None:
    with pytest.raises(StoreError, match="no store at"):
        Store(db, create=False)
    assert not db.exists()


def test_stores_are_safe_to_share_between_threads_because_each_call_has_its_own_connection(
    store: Store, mini: Questionnaire
) -> None:
    with ThreadPoolExecutor(4) as pool:
        saved = list(pool.map(lambda n: store.save_run(a_result(mini, minutes=n), mini), range(8)))
    assert len({s.id for s in saved}) == 8


# --- faults: files that are not a store ---------------------------------------------


def _damaged_database(path: Path, mini: Questionnaire) -> None:
    store = Store(path)
    for n in range(60):
        store.save_run(a_result(mini, minutes=n, organisation=f"Kommun {n}" * 5), mini)
    store.close()  # its idle connection goes, so the last close checkpoints the WAL into the file
    size = path.stat().st_size
    assert size >= 8 * 4096 and not side_files(path)  # checkpointed: everything is in the file
    data = bytearray(path.read_bytes())
    rng = random.Random(1)
    start, end = (size // 4096) // 3 * 4096, (size // 4096) * 2 // 3 * 4096
    data[start:end] = bytes(rng.randrange(256) for _ in range(end - start))
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        ("random bytes", "not a SQLite database"),
        ("text", "not a SQLite database"),
        ("sqlite header then garbage", "damaged SQLite database"),
        ("middle pages overwritten", "damaged SQLite database"),
        ("another program's database", "another program"),
        ("a newer store", "newer version"),
    ],
)
def test_a_file_that_is_not_a_sound_store_is_refused_and_left_byte_for_byte(
    db: Path, mini: Questionnaire, kind: str, expected: str
) -> None:
    if kind == "random bytes":
        db.write_bytes(random.Random(2).randbytes(10_000))
    elif kind == "text":
        db.write_text("Mina anteckningar om digital ledning.\n", encoding="utf-8")
    elif kind == "sqlite header then garbage":
        db.write_bytes(b"SQLite format 3\x00" + random.Random(3).randbytes(8192))
    elif kind == "middle pages overwritten":
        _damaged_database(db, mini)
    elif kind == "another program's database":
        with sqlite3.connect(db) as conn:
            conn.execute("CREATE TABLE notes (body TEXT)")
        conn.close()
    else:
        Store(db)
        with sqlite3.connect(db) as conn:
            conn.execute("PRAGMA user_version = 99")
        conn.close()
    before = db.read_bytes()
    for attempt in (lambda: Store(db), lambda: Store(db, create=False)):
        with pytest.raises(StoreError, match=expected) as caught:
            attempt()
        assert one_sentence(str(caught.value))
    assert db.read_bytes() == before


def test_a_path_that_is_a_folder_or_under_a_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="not a file"):
        Store(tmp_path)
    note = tmp_path / "note.txt"
    note.write_text("x", encoding="utf-8")
    with pytest.raises(StoreError, match="cannot be read") as caught:
        Store(note / "s.db")
    assert one_sentence(str(caught.value)) and note.read_text(encoding="utf-8") == "x"


# --- faults: read-only and full ---------------------------------------------------


def _refuse_writes(monkeypatch: pytest.MonkeyPatch, pragma: str) -> None:
    """Every connection the store opens from now on runs `pragma` first."""
    original = database_module._new_connection

    def connect(path: Path) -> sqlite3.Connection:
        conn = original(path)
        conn.execute(pragma)
        return conn

    monkeypatch.setattr(database_module, "_new_connection", connect)


def test_a_read_only_store_refuses_every_write_in_one_sentence_and_keeps_its_data(
    store: Store, db: Path, mini: Questionnaire, monkeypatch: pytest.MonkeyPatch
) -> None:
    saved = store.save_run(a_result(mini), mini)
    token = store.new_draft()
    store.save_answer(token, "a0-i0", 2)
    history = store.export_history("Exempelkommun")
    _refuse_writes(monkeypatch, "PRAGMA query_only = ON")
    writes: list[Callable[[], object]] = [
        lambda: store.save_run(a_result(mini, minutes=1), mini),
        lambda: store.finish_draft(token, a_result(mini, minutes=2), mini),
        lambda: store.new_draft(),
        lambda: store.save_answer(token, "a0-i1", 3),
        lambda: store.save_draft_meta(token, "X", None),
        lambda: store.delete_run(saved.id),
        lambda: store.purge_drafts(now=datetime.now(UTC) + timedelta(days=99)),
        lambda: import_history(store, history.replace("Exempelkommun", "Annan"), mini),
        lambda: Store(db.with_name("new.db")),  # a new store must write its tables
    ]
    for write in writes:
        with pytest.raises(StoreError, match="read-only") as caught:
            write()
        assert one_sentence(str(caught.value))
    assert [s.id for s in store.list_runs()] == [saved.id]  # reading still works
    monkeypatch.undo()
    draft = Store(db).load_draft(token)
    assert draft is not None and draft.answers == {"a0-i0": 2}
    assert [s.id for s in Store(db).list_runs()] == [saved.id]


def test_a_full_disk_refuses_the_write_in_one_sentence_and_keeps_earlier_runs(
    store: Store, mini: Questionnaire, questionnaire: Questionnaire, monkeypatch: pytest.MonkeyPatch
) -> None:
    saved = store.save_run(a_result(mini), mini)
    _refuse_writes(monkeypatch, "PRAGMA max_page_count = 1")  # SQLite raises it to the current size
    with pytest.raises(StoreError, match="full") as caught:
        store.save_run(a_result(questionnaire), questionnaire)  # a snapshot needing new pages
    assert one_sentence(str(caught.value))
    monkeypatch.undo()
    assert [s.id for s in store.list_runs()] == [saved.id] and store.check() == []


def test_no_sqlite_exception_escapes_even_for_an_unexpected_failure(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(path: Path) -> sqlite3.Connection:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(database_module, "_new_connection", broken)
    with pytest.raises(StoreError, match="disk I/O error") as caught:
        store.list_runs()
    assert one_sentence(str(caught.value))


# --- faults: killed writers and many sessions -------------------------------------


@pytest.mark.slow
def test_a_writer_killed_mid_save_leaves_every_run_whole_or_absent(
    tmp_path: Path, mini_dict: dict[str, Any]
) -> None:
    db, spec = tmp_path / "killed.db", tmp_path / "q.json"
    spec.write_text(json.dumps(mini_dict), encoding="utf-8")
    reported: dict[int, int] = {}  # run number -> id, for every save the worker saw commit
    for round_ in range(3):
        worker = subprocess.Popen(
            [sys.executable, str(WORKER), "save-loop", str(db), str(spec), str(round_ * 10_000)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=worker_env(),
        )
        assert worker.stdout is not None
        for _ in range(random.Random(round_).randint(25, 60)):
            line = worker.stdout.readline()
            assert line, f"the worker stopped early: {worker.stderr.read() if worker.stderr else ''}"
            number, run_id = map(int, line.split())
            reported[number] = run_id
        worker.send_signal(signal.SIGKILL)  # somewhere inside the next save, or between two
        worker.wait(timeout=60)
        # Saves that committed before the kill may still sit in the pipe: they count as reported.
        for line in worker.stdout.read().splitlines():
            number, run_id = map(int, line.split())
            reported[number] = run_id
        worker.stdout.close()
        if worker.stderr:
            worker.stderr.close()
        _assert_every_run_whole(db, reported, round_ + 1)


def _assert_every_run_whole(db: Path, reported: dict[int, int], rounds: int) -> None:
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        runs, snapshots = (
            conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("runs", "snapshots")
        )
    conn.close()
    assert runs == snapshots  # every save wrote one run and its own snapshot, or neither
    store = Store(db)
    assert store.check() == []
    present = {s.id for s in store.list_runs()}
    assert set(reported.values()) <= present  # nothing committed was lost
    assert len(present) - len(reported) <= rounds  # at most the save in flight per kill
    data = mini_data()
    for number, run_id in reported.items():
        stored = store.get_run(run_id)
        expected = store_worker.versioned(data, number)
        assert stored is not None
        assert stored.result == store_worker.run_for(expected, number)
        assert stored.snapshot == snapshot_of(expected)


@pytest.mark.slow
def test_fifty_sessions_finishing_drafts_at_the_same_moment_all_get_their_run(
    store: Store, db: Path, mini: Questionnaire
) -> None:
    tokens = [store.new_draft() for _ in range(50)]
    barrier = threading.Barrier(50)

    def session(n: int) -> tuple[int, bool]:
        own = Store(db)  # each session its own store object and connections
        own.save_answer(tokens[n], "a0-i0", 1 + n % 5)
        barrier.wait()
        saved = own.finish_draft(
            tokens[n], a_result(mini, {"a0-i0": 1 + n % 5}, organisation=f"Kommun {n}"), mini
        )
        return saved.id, saved.created

    with ThreadPoolExecutor(50) as pool:
        outcomes = list(pool.map(session, range(50)))  # re-raises any exception
    assert all(created for _, created in outcomes)
    assert len({run_id for run_id, _ in outcomes}) == 50
    assert counts(db) == (50, 0)
    assert store.check() == []


@pytest.mark.slow
def test_sessions_in_separate_processes_finishing_at_once_all_get_their_run(
    store: Store, db: Path, tmp_path: Path, mini_dict: dict[str, Any]
) -> None:
    spec = tmp_path / "q.json"
    spec.write_text(json.dumps(mini_dict), encoding="utf-8")
    groups = [[store.new_draft() for _ in range(10)] for _ in range(3)]
    workers = [
        subprocess.Popen(
            [sys.executable, str(WORKER), "finish", str(db), str(spec), *tokens],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=worker_env(),
        )
        for tokens in groups
    ]
    for worker in workers:
        assert worker.stdout is not None and worker.stdout.readline().strip() == "ready"
    for worker in workers:  # all three start within microseconds of each other
        assert worker.stdin is not None
        worker.stdin.write("go\n")
        worker.stdin.flush()
    lines = []
    for worker in workers:
        assert worker.stdin is not None and worker.stdout is not None
        worker.stdin.close()
        lines += [json.loads(line) for line in worker.stdout.read().splitlines()]
        worker.stdout.close()
        assert worker.wait(timeout=60) == 0
    assert [line for line in lines if "error" in line] == []
    assert sorted(line["token"] for line in lines) == sorted(t for g in groups for t in g)
    assert counts(db) == (30, 0)


def test_a_backup_taken_while_another_thread_writes_is_a_sound_store(
    store: Store, tmp_path: Path, mini: Questionnaire
) -> None:
    stop, writing_started = threading.Event(), threading.Event()

    def keep_writing() -> int:
        n = 0
        while not stop.is_set():
            store.save_run(a_result(mini, minutes=n), mini)
            n += 1
            writing_started.set()
        return n

    with ThreadPoolExecutor(1) as pool:
        writing = pool.submit(keep_writing)
        assert writing_started.wait(timeout=60)
        store.backup(tmp_path / "copy.db")
        stop.set()
        written = writing.result()
    # One self-contained file: no -wal beside it, and no temporary file left over.
    assert not side_files(tmp_path / "copy.db")
    assert [p.name for p in tmp_path.iterdir() if "partial" in p.name] == []
    copy = Store(tmp_path / "copy.db", create=False)
    assert copy.check() == []
    assert 0 < len(copy.list_runs()) <= written


def test_a_backup_is_never_written_over_the_store_itself(store: Store, db: Path) -> None:
    with pytest.raises(StoreError, match="store itself"):
        store.backup(db)


def test_check_reports_problems_the_database_cannot_see(store: Store, db: Path, mini: Questionnaire) -> None:
    store.save_run(a_result(mini), mini)
    assert store.check() == []
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE runs SET answers = 'not json'")
        conn.execute("UPDATE snapshots SET body = replace(body, 'Statement', 'Changed')")
    conn.close()
    problems = store.check()
    assert len(problems) == 2 and "answers" in problems[0] and "hash" in problems[1]
    with pytest.raises(StoreError, match="damaged"):
        store.get_run(1)


# --- the CLI ----------------------------------------------------------------------


@pytest.fixture
def questions(tmp_path: Path) -> Path:
    return write_yaml(tmp_path, mini_data())


def result_file(tmp_path: Path, questionnaire: Questionnaire, name: str, **kwargs: Any) -> Path:
    path = tmp_path / name
    path.write_text(dump_result(a_result(questionnaire, **kwargs)), encoding="utf-8")
    return path


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_import_adds_result_files_and_counts_the_ones_already_stored(
    tmp_path: Path, db: Path, mini: Questionnaire, questions: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = result_file(tmp_path, mini, "1.json")
    second = result_file(tmp_path, mini, "2.json", minutes=30)
    code, out, _ = run_cli(capsys, "import", first, second, first, "--db", db, "--questions", questions)
    assert (code, out.strip()) == (0, "added 2 runs, 1 already stored")
    code, out, _ = run_cli(capsys, "import", second, "--db", db, "--questions", questions)
    assert (code, out.strip()) == (0, "added 0 runs, 1 already stored")


def test_cli_history_json_lists_runs_oldest_first_with_the_contract_keys(
    tmp_path: Path, db: Path, mini: Questionnaire, questions: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    late = result_file(tmp_path, mini, "late.json", minutes=60)
    early = result_file(tmp_path, mini, "early.json", answers={"a0-i0": 1})
    other = result_file(tmp_path, mini, "other.json", organisation="Annan")
    run_cli(capsys, "import", late, early, other, "--db", db, "--questions", questions)
    code, out, _ = run_cli(capsys, "history", "--db", db, "--format", "json")
    rows = json.loads(out)
    assert code == 0 and [r["created_at"] for r in rows] == sorted(r["created_at"] for r in rows)
    assert all(
        set(r) == {"id", "organisation", "role", "created_at", "questionnaire_version", "overall"}
        for r in rows
    )
    assert rows[-1]["overall"] == 65.0 and rows[0]["overall"] is None
    assert rows[0]["questionnaire_version"] == "1"
    code, out, _ = run_cli(capsys, "history", "--db", db, "--format", "json", "--organisation", "Annan")
    assert [r["organisation"] for r in json.loads(out)] == ["Annan"]
    code, out, _ = run_cli(capsys, "history", "--db", db)
    assert code == 0 and out.splitlines()[0].split() == [
        "id",
        "created_at",
        "organisation",
        "role",
        "version",
        "overall",
    ]


def test_cli_export_then_import_moves_an_organisations_history(
    tmp_path: Path, db: Path, mini: Questionnaire, questions: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = [result_file(tmp_path, mini, f"{n}.json", minutes=n) for n in range(3)]
    run_cli(capsys, "import", *files, "--db", db, "--questions", questions)
    history = tmp_path / "history.json"
    code, out, _ = run_cli(capsys, "export", "--organisation", "Exempelkommun", "-o", history, "--db", db)
    assert (code, out.strip()) == (0, f"wrote 3 runs to {history}")
    other = tmp_path / "other.db"
    code, out, _ = run_cli(capsys, "import", history, files[0], "--db", other, "--questions", questions)
    assert (code, out.strip()) == (0, "added 3 runs, 1 already stored")
    code, _, err = run_cli(capsys, "export", "--organisation", "Ingen", "-o", tmp_path / "x.json", "--db", db)
    assert code == 2 and "no runs for the organisation 'Ingen'" in err and not (tmp_path / "x.json").exists()


def test_cli_import_of_a_bad_file_adds_nothing_and_creates_no_store(
    tmp_path: Path, db: Path, mini: Questionnaire, questions: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = result_file(tmp_path, mini, "good.json")
    bad = tmp_path / "bad.json"
    bad.write_text('{"format_version": 1', encoding="utf-8")
    code, out, err = run_cli(capsys, "import", good, bad, "--db", db, "--questions", questions)
    assert code == 2 and out == "" and err.startswith("error: ") and "Traceback" not in err
    assert not db.exists()


def test_cli_import_names_every_bad_file_on_one_line(
    tmp_path: Path, db: Path, mini: Questionnaire, questions: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = result_file(tmp_path, mini, "good.json")
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    first.write_text("[]", encoding="utf-8")
    second.write_text('{"format": "sjalvskattning-history", "format_version": 9}', encoding="utf-8")
    code, out, err = run_cli(capsys, "import", first, good, second, "--db", db, "--questions", questions)
    assert code == 2 and out == "" and err.count("\n") == 1
    assert f"{first}: " in err and f"{second}: " in err and "good.json" not in err
    assert not db.exists()


def test_cli_backup_writes_a_store_with_the_same_runs(
    tmp_path: Path, db: Path, mini: Questionnaire, questions: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run_cli(capsys, "import", result_file(tmp_path, mini, "1.json"), "--db", db, "--questions", questions)
    copy = tmp_path / "backup.db"
    code, out, _ = run_cli(capsys, "backup", "-o", copy, "--db", db)
    assert (code, out.strip()) == (0, f"wrote {copy}")
    assert Store(copy, create=False).list_runs() == Store(db).list_runs()
    code, _, err = run_cli(capsys, "backup", "-o", db, "--db", db)
    assert code == 2 and "store itself" in err


def test_cli_check_says_ok_for_a_sound_store(
    store: Store, db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_cli(capsys, "check", "--db", db)[:2] == (0, "ok\n")


@pytest.mark.parametrize("verb", ["check", "history", "import", "export", "backup"])
def test_cli_verbs_never_write_to_a_file_that_is_not_a_store(
    tmp_path: Path, mini: Questionnaire, questions: Path, capsys: pytest.CaptureFixture[str], verb: str
) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("Inte en databas.\n", encoding="utf-8")
    extra = {
        "check": [],
        "history": ["--format", "json"],
        "import": [result_file(tmp_path, mini, "r.json"), "--questions", questions],
        "export": ["--organisation", "Exempelkommun", "-o", tmp_path / "h.json"],
        "backup": ["-o", tmp_path / "b.db"],
    }[verb]
    code, out, err = run_cli(capsys, verb, *extra, "--db", notes)
    assert code == 2 and out == ""
    assert err == f"error: The file at {notes} is not a SQLite database, so it was left untouched.\n"
    assert notes.read_text(encoding="utf-8") == "Inte en databas.\n" and not side_files(notes)


@pytest.mark.parametrize("verb", ["check", "history"])
def test_cli_check_and_history_on_a_missing_path_say_so_and_create_nothing(
    db: Path, capsys: pytest.CaptureFixture[str], verb: str
) -> None:
    code, _, err = run_cli(capsys, verb, "--db", db)
    assert code == 2 and err == f"error: There is no store at {db}.\n"
    assert not db.exists()


def test_cli_check_on_a_damaged_store_exits_2_and_leaves_it_alone(
    db: Path, mini: Questionnaire, capsys: pytest.CaptureFixture[str]
) -> None:
    _damaged_database(db, mini)
    before = db.read_bytes()
    code, _, err = run_cli(capsys, "check", "--db", db)
    assert code == 2 and "damaged SQLite database" in err and err.count("\n") == 1
    assert db.read_bytes() == before


def test_cli_without_db_uses_the_configured_default(capsys: pytest.CaptureFixture[str]) -> None:
    # conftest points SJALVSKATTNING_DB at a temporary file that does not exist yet.
    code, _, err = run_cli(capsys, "history")
    assert code == 2 and err == f"error: There is no store at {default_db_path()}.\n"
    assert "default-store" in str(default_db_path())


def test_a_new_draft_can_start_with_the_answers_a_session_already_has(db: Path, mini: Questionnaire) -> None:
    store = Store(db)
    seed = {mini.items[0].id: 4, mini.items[1].id: None}
    token = store.new_draft(answers=seed, organisation="Kommun", role="official")
    draft = store.load_draft(token)
    assert draft is not None and draft.answers == seed
    assert (draft.organisation, draft.role) == ("Kommun", "official")
