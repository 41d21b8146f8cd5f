"""Corrected runs: a new version replaces the run in the list, earlier versions stay restorable."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from scoring.model import Questionnaire
from scoring.results import Result, new_result
from scoring.store import Store

WHEN = datetime.fromisoformat("2026-03-01T09:41:05+01:00")


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(tmp_path / "runs.db")


def result(mini: Questionnaire, value: int, organisation: str = "Kommunen") -> Result:
    answers = {"a0-i0": value, "a0-i1": 3}
    return new_result(mini, answers, organisation=organisation, role="politician", created_at=WHEN)


def test_a_corrected_run_replaces_the_original_in_the_list(store: Store, mini: Questionnaire) -> None:
    first = store.save_run(result(mini, 2), mini)
    other = store.save_run(result(mini, 5, "Annan"), mini)
    second = store.save_run(result(mini, 4), mini, replaces=first.id)
    assert [run.id for run in store.list_runs()] == sorted([second.id, other.id])
    assert [run.id for run in store.list_runs("Kommunen")] == [second.id]
    assert [run.id for run in store.run_versions(first.id)] == [first.id, second.id]
    assert store.current_version(first.id) == second.id
    assert store.get_run(first.id) is not None  # kept, only hidden


def test_an_earlier_version_can_be_restored_and_the_correction_restored_again(
    store: Store, mini: Questionnaire
) -> None:
    first = store.save_run(result(mini, 2), mini)
    second = store.save_run(result(mini, 4), mini, replaces=first.id)
    third = store.save_run(result(mini, 5), mini, replaces=second.id)
    assert store.restore_version(first.id)
    assert [run.id for run in store.list_runs()] == [first.id]
    assert store.restore_version(third.id)
    assert [run.id for run in store.list_runs()] == [third.id]
    assert not store.restore_version(third.id)  # already the current one
    assert [run.id for run in store.run_versions(second.id)] == [first.id, second.id, third.id]


def test_a_correction_with_unchanged_answers_stays_one_run(store: Store, mini: Questionnaire) -> None:
    first = store.save_run(result(mini, 2), mini)
    again = store.save_run(result(mini, 2), mini, replaces=first.id)
    assert again.id == first.id
    assert [run.id for run in store.list_runs()] == [first.id]
    assert [run.id for run in store.run_versions(first.id)] == [first.id]


def test_finishing_a_draft_that_corrects_a_run_replaces_it(store: Store, mini: Questionnaire) -> None:
    first = store.save_run(result(mini, 2), mini)
    token = store.new_draft("single")
    saved = store.finish_draft(token, result(mini, 1), mini, replaces=first.id)
    assert [run.id for run in store.list_runs()] == [saved.id]


def test_deleting_the_correction_shows_the_earlier_version_again(store: Store, mini: Questionnaire) -> None:
    first = store.save_run(result(mini, 2), mini)
    second = store.save_run(result(mini, 4), mini, replaces=first.id)
    assert store.delete_run(second.id)
    assert [run.id for run in store.list_runs()] == [first.id]
