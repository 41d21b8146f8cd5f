"""Store errors: a sentence for people (sv and en, no path), the detail in the log."""

from __future__ import annotations

import logging
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

import scoring.store.database as database_module
from scoring.errors import StoreError
from scoring.store import Store
from scoring.store.rounds import RoundClosedError
from scoring.strings import STRINGS
from tests.conftest import ROOT

PAGES_A_RESPONDENT_CANNOT_REACH = ("Resultat", "Results", "Historik", "History", "Jämför", "Compare")


def failures(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[StoreError]:
    errors: list[StoreError] = []
    not_sqlite = tmp_path / "notes.txt"
    not_sqlite.write_text("Inte en databas.\n", encoding="utf-8")
    for path in (tmp_path / "missing.db", not_sqlite, tmp_path):
        with pytest.raises(StoreError) as caught:
            Store(path, create=False)
        errors.append(caught.value)
    store = Store(tmp_path / "store.db")

    def broken(path: Path) -> sqlite3.Connection:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(database_module, "_new_connection", broken)
    with pytest.raises(StoreError) as caught:
        store.list_runs()
    errors.append(caught.value)
    return errors


def test_a_store_error_s_message_names_no_path_in_either_language(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    errors = failures(tmp_path, monkeypatch)
    assert [e.key for e in errors] == ["store_missing", "store_not_store", "store_not_store", "store_failed"]
    for error in errors:
        assert str(tmp_path) in str(error)  # the operator's sentence keeps the path
        for lang in ("sv", "en"):
            message = error.message(lang)
            assert message and str(tmp_path) not in message and "/" not in message
            assert "disk I/O" not in message and "sqlite" not in message.lower()
    assert errors[0].message("sv") != errors[0].message("en")


def test_the_detail_goes_to_the_log(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="scoring.store"):
        errors = failures(tmp_path, monkeypatch)
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert str(tmp_path / "missing.db") in logged and "disk I/O error" in logged
    assert all(record.name.startswith("scoring.store") for record in caplog.records)
    assert len(caplog.records) >= len(errors)


def test_every_store_message_key_exists_in_both_languages() -> None:
    keys = [
        key for key in STRINGS if key.startswith(("store_", "history_", "round_", "import_bad", "backup_"))
    ]
    for key in keys:
        assert set(STRINGS[key]) == {"sv", "en"}
    assert StoreError("x").message("sv") == STRINGS["store_failed"]["sv"]
    assert RoundClosedError().message("en") == STRINGS["round_closed_error"]["en"]


def test_a_respondent_is_never_pointed_to_pages_they_cannot_reach() -> None:
    for key in ("store_unavailable_respondent", "save_run_no_store_respondent"):
        for lang in ("sv", "en"):
            assert not any(page in STRINGS[key][lang] for page in PAGES_A_RESPONDENT_CANNOT_REACH)
    store_keys = [k for k in STRINGS if k.startswith("store_") and k != "store_unavailable"]
    for key in store_keys:
        for lang in ("sv", "en"):
            text = (
                StoreError("x", key).message(lang, respondent=True) if "{" not in STRINGS[key][lang] else ""
            )
            assert not any(page in text for page in PAGES_A_RESPONDENT_CANNOT_REACH), key
    # A key with a respondent variant uses it for a respondent.
    error = StoreError("x", "save_run_no_store")
    assert error.message("sv", respondent=True) == STRINGS["save_run_no_store_respondent"]["sv"]


def test_the_cli_prints_one_sentence_and_no_log_echo(tmp_path: Path) -> None:
    missing = tmp_path / "missing.db"
    done = subprocess.run(
        [sys.executable, "-m", "scoring", "check", "--db", str(missing)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == f"error: There is no store at {missing}.\n"
