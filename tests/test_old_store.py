"""A store written before the store became a package still opens, reads and writes.

tests/data/store-v3.db was made by the code at commit 7377aab (see tests/data/README.md).
It is copied first, so the committed file is never changed.
"""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from scoring.model import Questionnaire
from scoring.results import new_result
from scoring.services import import_files
from scoring.store import MIGRATIONS, Store
from scoring.store.rounds import Rounds

FIXTURE = Path(__file__).resolve().parent / "data" / "store-v3.db"
# The fixture's history export, written by the same old code.
EXPORT = FIXTURE.with_name("store-v3-export.json")
DRAFT_TOKEN = "hu1QUfBzqVU9_uhZP6tHbhnKKHuOdTmy"
RESPONDENT_TOKEN = "g4oop6fxvin5FUjx9qVse9zxO9c9tO4B"
FACILITATOR_TOKEN = "wV4SrwDz78gMXfoNqsVveCXRrzjjuHhP"


@pytest.fixture
def old(tmp_path: Path) -> Store:
    copy = tmp_path / "store-v3.db"
    shutil.copyfile(FIXTURE, copy)
    return Store(copy, create=False)


def schema(path: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT name, sql FROM sqlite_schema ORDER BY name").fetchall()


def test_the_fixture_is_a_store_at_schema_version_three() -> None:
    with sqlite3.connect(f"file:{FIXTURE}?mode=ro", uri=True) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 3 <= len(MIGRATIONS)


def test_the_old_store_is_migrated_to_the_current_schema_and_keeps_its_response(
    old: Store, questionnaire: Questionnaire
) -> None:
    with sqlite3.connect(old.path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    found = Rounds(old).for_respondent(RESPONDENT_TOKEN)
    assert found is not None and not found.personal
    [kept] = Rounds(old).responses(found.id, questionnaire)
    assert (kept.role, kept.created_at) == ("politician", "2025-01-03T09:00:00+00:00")


def test_the_first_three_migrations_keep_their_names() -> None:
    assert [name for name, _ in MIGRATIONS[:3]] == ["runs-and-snapshots", "drafts", "team-rounds"]


def test_the_old_store_gains_an_empty_action_plan_that_takes_actions(
    old: Store, questionnaire: Questionnaire
) -> None:
    from scoring.actions import action_fields

    assert old.list_actions() == []
    made = old.add_action(
        "Gamla kommunen", action_fields(questionnaire, title="T", items=[questionnaire.items[0].id])
    )
    assert old.list_actions("Gamla kommunen") == [made]
    assert old.check() == []


def test_the_old_store_s_run_is_read_with_its_snapshot(old: Store) -> None:
    [summary] = old.list_runs()
    assert (summary.organisation, summary.role, summary.created_at) == (
        "Gamla kommunen",
        "official",
        "2025-01-02T09:00:00+00:00",
    )
    stored = old.get_run(summary.id)
    assert stored is not None
    assert len(stored.result.answers) == 21 and list(stored.result.answers.values()).count(None) == 1
    assert set(stored.result.answers) <= set(stored.snapshot.item_ids)
    assert old.organisations() == ["Gamla kommunen"]
    assert old.export_history("Gamla kommunen") == EXPORT.read_text(encoding="utf-8")
    assert old.check() == []


def test_the_old_store_s_draft_is_read(old: Store) -> None:
    draft = old.load_draft(DRAFT_TOKEN)
    assert draft is not None
    assert (draft.kind, draft.organisation, draft.role, draft.round_id) == (
        "single",
        "Gamla kommunen",
        "politician",
        None,
    )
    assert sorted(draft.answers.values(), key=str) == [3, None]


def test_the_old_store_s_round_is_found_by_both_links(old: Store, questionnaire: Questionnaire) -> None:
    rounds = Rounds(old)
    by_respondent = rounds.for_respondent(RESPONDENT_TOKEN)
    by_facilitator = rounds.for_facilitator(FACILITATOR_TOKEN)
    assert by_respondent is not None and by_respondent == by_facilitator
    assert by_respondent.organisation == "Gamla kommunen" and by_respondent.is_open()
    [response] = rounds.responses(by_respondent.id, questionnaire)
    assert response.role == "politician" and set(response.answers.values()) == {2}
    assert len(rounds.agreed(by_respondent.id)) == 1


def test_the_old_store_can_still_be_written(old: Store, questionnaire: Questionnaire) -> None:
    before = schema(old.path)
    item = questionnaire.items[0].id
    assert old.save_answer(DRAFT_TOKEN, item, 5)
    result = new_result(
        questionnaire, {item: 4}, organisation="Gamla kommunen", created_at=datetime(2026, 1, 1, tzinfo=UTC)
    )
    assert old.finish_draft(DRAFT_TOKEN, result, questionnaire).created
    assert old.load_draft(DRAFT_TOKEN) is None
    rounds = Rounds(old)
    found = rounds.for_respondent(RESPONDENT_TOKEN)
    assert found is not None
    rounds.set_agreed(found.id, item, 5)
    assert rounds.agreed(found.id)[item] == 5
    assert len(old.list_runs("Gamla kommunen")) == 2
    assert schema(old.path) == before  # the schema never changes
    assert old.check() == []


def test_a_new_store_has_exactly_the_migrated_old_schema(old: Store, tmp_path: Path) -> None:
    new = Store(tmp_path / "new.db")
    assert schema(new.path) == schema(old.path)
    with sqlite3.connect(new.path) as conn:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == 0x534A4C56


def test_the_old_export_imports_into_a_new_store_and_exports_the_same(
    tmp_path: Path, questionnaire: Questionnaire
) -> None:
    new = Store(tmp_path / "new.db")
    text = EXPORT.read_text(encoding="utf-8")
    assert import_files(new, [("historik.json", text.encode("utf-8"))], questionnaire).added == 1
    assert new.export_history("Gamla kommunen") == text
