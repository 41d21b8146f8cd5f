"""import_files: the one import path of the CLI and the History page; all or nothing."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from scoring.errors import StoreError
from scoring.model import Questionnaire
from scoring.results import dump_result, new_result
from scoring.services import ImportFilesError, import_files
from scoring.store import Store


def result_bytes(mini: Questionnaire, minute: int = 0, answers: dict[str, int | None] | None = None) -> bytes:
    result = new_result(
        mini,
        answers if answers is not None else {item.id: 3 for item in mini.items},
        organisation="Exempelkommun",
        created_at=datetime(2024, 3, 1, 9, minute, tzinfo=UTC),
    )
    return dump_result(result).encode("utf-8")


def test_good_files_are_added_and_the_same_again_is_skipped(tmp_path: Path, mini: Questionnaire) -> None:
    store = Store(tmp_path / "s.db")
    files = [("a.json", result_bytes(mini, 0)), ("b.json", result_bytes(mini, 1))]
    first = import_files(store, files, mini)
    assert (first.added, first.skipped) == (2, 0)
    history = store.export_history("Exempelkommun").encode("utf-8")
    again = import_files(store, [("historik.json", history), ("a.json", result_bytes(mini, 0))], mini)
    assert (again.added, again.skipped) == (0, 3)


def test_one_bad_file_adds_nothing_and_every_bad_file_is_named_with_its_reason(
    tmp_path: Path, mini: Questionnaire
) -> None:
    store = Store(tmp_path / "s.db")
    broken_history = json.dumps({"format": "sjalvskattning-history", "format_version": 9}).encode()
    files = [
        ("good.json", result_bytes(mini)),
        ("bad-answer.json", result_bytes(mini, answers={"a0-i0": 7})),
        ("newer.json", broken_history),
        ("not-json.json", b"{"),
    ]
    with pytest.raises(ImportFilesError) as caught:
        import_files(store, files, mini)
    assert [name for name, _ in caught.value.problems] == ["bad-answer.json", "newer.json", "not-json.json"]
    assert store.list_runs() == []
    for lang in ("sv", "en"):
        message = caught.value.message(lang)
        assert all(name in message for name in ("bad-answer.json", "newer.json", "not-json.json"))
        assert "good.json" not in message and str(tmp_path) not in message
    assert "newer version" in caught.value.message("en")
    assert "nyare version" in caught.value.message("sv")


def test_a_store_opened_on_demand_is_not_created_when_a_file_is_bad(
    tmp_path: Path, mini: Questionnaire
) -> None:
    db = tmp_path / "never.db"
    with pytest.raises(ImportFilesError):
        import_files(lambda: Store(db), [("x.json", b"[]")], mini)
    assert not db.exists()
    report = import_files(lambda: Store(db), [("x.json", result_bytes(mini))], mini)
    assert report.added == 1 and db.exists()


def test_answers_to_items_no_longer_asked_are_reported_by_file(tmp_path: Path, mini: Questionnaire) -> None:
    raw = json.loads(result_bytes(mini))
    raw["answers"]["gone-item"] = 2
    report = import_files(Store(tmp_path / "s.db"), [("old.json", json.dumps(raw).encode())], mini)
    assert report.added == 1 and report.ignored == (("old.json", ("gone-item",)),)


def test_a_bad_run_in_a_history_file_gives_its_reason_in_the_reader_s_language(
    tmp_path: Path, mini: Questionnaire
) -> None:
    source = Store(tmp_path / "a.db")
    import_files(source, [("a.json", result_bytes(mini))], mini)
    data = json.loads(source.export_history("Exempelkommun"))
    data["runs"][0]["result"]["answers"]["a0-i0"] = 9
    with pytest.raises(ImportFilesError) as caught:
        import_files(Store(tmp_path / "b.db"), [("historik.json", json.dumps(data).encode())], mini)
    assert "Mätning 1 i historikfilen är inte giltig: Svaret på påstående ”a0-i0”" in caught.value.message(
        "sv"
    )
    assert "Run 1 of the history file is not valid: The answer to item 'a0-i0'" in caught.value.message("en")
    assert str(caught.value).startswith("historik.json: Run 1 of the history file is not a valid result: ")


def test_an_import_limited_to_one_organisation_refuses_files_of_another_and_adds_nothing(
    tmp_path: Path, mini: Questionnaire
) -> None:
    store = Store(tmp_path / "s.db")
    files = [("a.json", result_bytes(mini, 0)), ("b.json", result_bytes(mini, 1))]
    with pytest.raises(StoreError) as raised:
        import_files(store, files, mini, organisation="Lunds kommun")
    assert raised.value.key == "auth_foreign_import"
    assert "Exempelkommun" in raised.value.message("sv") and "Lunds kommun" in raised.value.message("en")
    assert store.list_runs() == []
    assert import_files(store, files, mini, organisation="Exempelkommun").added == 2
