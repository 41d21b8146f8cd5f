"""The action plan in the store: changes with who and when, soft delete, restore, purge,
the history file round trip and the CLI verb `actions`."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

import scoring.store.actions as store_actions
from scoring.actions import ACTION_RECOVERY_DAYS, ActionError, ActionFields, action_fields
from scoring.cli import main
from scoring.errors import StoreError
from scoring.export import table_csv
from scoring.history_file import parse_history, parse_history_file
from scoring.model import Questionnaire
from scoring.results import new_result
from scoring.services import ImportFilesError, import_files
from scoring.store import Store
from scoring.tables import plan_table

ORG = "Exempelkommun"


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "store.db"


@pytest.fixture
def store(db: Path) -> Store:
    return Store(db)


def fields(q: Questionnaire, title: str = "Utbilda nämnden", **more: object) -> ActionFields:
    return action_fields(q, title=title, items=[q.items[0].id], **more)  # type: ignore[arg-type]


def at(monkeypatch: pytest.MonkeyPatch, moment: datetime) -> None:
    """The store's clock, set: purging after 30 days is tested without waiting 30 days."""
    monkeypatch.setattr(store_actions, "now", lambda: moment)


# --- create, read, update, delete ------------------------------------------------------


def test_an_added_action_is_read_back_with_who_and_when(store: Store, questionnaire: Questionnaire) -> None:
    made = store.add_action(f" {ORG} ", fields(questionnaire, owner="KSO", due="2027-01-31"), by="a@x.se")
    assert store.get_action(made.id) == made
    assert made.organisation == ORG and made.fields.owner == "KSO"
    assert made.created_by == made.updated_by == "a@x.se" and made.created_at == made.updated_at
    assert made.created_at.tzinfo is not None and made.deleted_at is None
    assert [a.id for a in store.list_actions(ORG)] == [made.id]
    assert store.list_actions("Another") == []


def test_an_action_needs_an_organisation(store: Store, questionnaire: Questionnaire) -> None:
    with pytest.raises(ActionError):
        store.add_action("  ", fields(questionnaire))


def test_an_edit_keeps_who_and_when_and_every_change_is_in_the_history(
    store: Store, questionnaire: Questionnaire, monkeypatch: pytest.MonkeyPatch
) -> None:
    start = datetime(2026, 1, 1, 9, tzinfo=UTC)
    at(monkeypatch, start)
    made = store.add_action(ORG, fields(questionnaire), by="a@x.se")
    at(monkeypatch, start + timedelta(hours=1))
    edited = store.update_action(made.id, fields(questionnaire, status="in_progress"), by="b@x.se")
    assert edited is not None
    assert (edited.status, edited.updated_by, edited.updated_at) == (
        "in_progress",
        "b@x.se",
        start + timedelta(hours=1),
    )
    assert (edited.created_by, edited.created_at) == ("a@x.se", start)
    history = store.action_history(made.id)
    assert [(c.change, c.by, c.at, c.fields.status) for c in history] == [
        ("created", "a@x.se", start, "planned"),
        ("edited", "b@x.se", start + timedelta(hours=1), "in_progress"),
    ]


def test_editing_an_action_that_is_not_there_changes_nothing(
    store: Store, questionnaire: Questionnaire
) -> None:
    assert store.update_action(999, fields(questionnaire)) is None
    made = store.add_action(ORG, fields(questionnaire))
    store.delete_action(made.id)
    assert store.update_action(made.id, fields(questionnaire, title="Nytt")) is None
    assert store.get_action(made.id).title == "Utbilda nämnden"  # type: ignore[union-attr]


def test_a_deleted_action_leaves_the_plan_and_comes_back_as_it_was(
    store: Store, questionnaire: Questionnaire
) -> None:
    made = store.add_action(ORG, fields(questionnaire, owner="KSO"))
    assert store.delete_action(made.id, by="b@x.se")
    assert store.list_actions(ORG) == []
    [deleted] = store.list_actions(ORG, deleted=True)
    assert deleted.deleted_at is not None and deleted.updated_by == "b@x.se"
    assert not store.delete_action(made.id)  # already deleted
    assert store.restore_action(made.id, by="c@x.se")
    [restored] = store.list_actions(ORG)
    assert restored.fields == made.fields and restored.deleted_at is None
    assert not store.restore_action(made.id)  # not deleted
    assert [c.change for c in store.action_history(made.id)] == ["created", "deleted", "restored"]


def test_a_deleted_action_is_purged_after_thirty_days_with_its_history(
    store: Store, db: Path, questionnaire: Questionnaire, monkeypatch: pytest.MonkeyPatch
) -> None:
    start = datetime(2026, 1, 1, 9, tzinfo=UTC)
    at(monkeypatch, start)
    gone = store.add_action(ORG, fields(questionnaire, title="Borttagen"))
    kept = store.add_action(ORG, fields(questionnaire, title="Kvar"))
    store.delete_action(gone.id)
    assert ACTION_RECOVERY_DAYS == 30
    assert store.purge_actions(start + timedelta(days=30)) == 0  # exactly 30 days: still restorable
    assert store.purge_actions(start + timedelta(days=30, seconds=1)) == 1
    assert store.get_action(gone.id) is None and not store.restore_action(gone.id)
    assert store.get_action(kept.id) is not None
    with sqlite3.connect(db) as conn:
        assert conn.execute(
            "SELECT count(*) FROM action_changes WHERE action_id = ?", (gone.id,)
        ).fetchone() == (0,)


def test_the_database_refuses_an_unknown_status(store: Store, db: Path, questionnaire: Questionnaire) -> None:
    made = store.add_action(ORG, fields(questionnaire))
    with sqlite3.connect(db) as conn, pytest.raises(sqlite3.IntegrityError):
        conn.execute("UPDATE actions SET status = 'finished' WHERE id = ?", (made.id,))


def test_a_damaged_action_row_is_a_store_error(store: Store, db: Path, questionnaire: Questionnaire) -> None:
    made = store.add_action(ORG, fields(questionnaire))
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE actions SET items = 'not json' WHERE id = ?", (made.id,))
    with pytest.raises(StoreError) as caught:
        store.list_actions(ORG)
    assert caught.value.key == "store_damaged"


# --- the history file ---------------------------------------------------------------


def a_plan(store: Store, q: Questionnaire, monkeypatch: pytest.MonkeyPatch) -> None:
    start = datetime(2026, 2, 1, 8, 30, 15, 123456, tzinfo=UTC)
    at(monkeypatch, start)
    store.save_run(new_result(q, {item.id: 3 for item in q.items}, ORG, created_at=start), q)
    first = store.add_action(ORG, fields(q, owner="=HYPERLINK(1)", due="2027-01-31", note="åäö"), by="a@x.se")
    at(monkeypatch, start + timedelta(days=1))
    store.update_action(first.id, fields(q, owner="KSO", status="in_progress"), by="b@x.se")
    dropped = store.add_action(ORG, fields(q, title="Struken åtgärd"))
    store.delete_action(dropped.id, by="b@x.se")
    store.add_action("Another", fields(q, title="Someone else's"))


def everything(store: Store, organisation: str) -> list[tuple[object, ...]]:
    plan = store.list_actions(organisation) + store.list_actions(organisation, deleted=True)
    return [
        (a.uid, a.organisation, a.fields, a.created_at, a.created_by, a.updated_at, a.updated_by,
         a.deleted_at, store.action_history(a.id))
        for a in plan
    ]  # fmt: skip


def test_export_on_one_store_and_import_on_a_fresh_one_reproduce_the_plan_exactly(
    store: Store, tmp_path: Path, questionnaire: Questionnaire, monkeypatch: pytest.MonkeyPatch
) -> None:
    a_plan(store, questionnaire, monkeypatch)
    text = store.export_history(ORG)
    fresh = Store(tmp_path / "fresh.db")
    outcome = import_files(fresh, [("historik.json", text.encode("utf-8"))], questionnaire)
    assert (outcome.added, outcome.actions_added, outcome.actions_updated) == (1, 2, 0)
    assert everything(fresh, ORG) == everything(store, ORG)
    assert fresh.list_actions("Another") == []
    assert fresh.export_history(ORG) == text
    again = import_files(fresh, [("historik.json", text.encode("utf-8"))], questionnaire)
    assert (again.added, again.actions_added, again.actions_updated) == (0, 0, 0)
    assert everything(fresh, ORG) == everything(store, ORG)


def test_a_later_export_updates_an_imported_action_and_adds_its_new_changes(
    store: Store, tmp_path: Path, questionnaire: Questionnaire, monkeypatch: pytest.MonkeyPatch
) -> None:
    a_plan(store, questionnaire, monkeypatch)
    fresh = Store(tmp_path / "fresh.db")
    import_files(fresh, [("h.json", store.export_history(ORG).encode())], questionnaire)
    [live] = store.list_actions(ORG)
    at(monkeypatch, datetime(2026, 3, 1, tzinfo=UTC))
    store.update_action(live.id, fields(questionnaire, status="done"), by="c@x.se")
    outcome = import_files(fresh, [("h.json", store.export_history(ORG).encode())], questionnaire)
    assert (outcome.actions_added, outcome.actions_updated) == (0, 1)
    assert everything(fresh, ORG) == everything(store, ORG)


def test_a_history_file_without_a_plan_is_exactly_what_older_versions_write(
    store: Store, questionnaire: Questionnaire
) -> None:
    store.save_run(new_result(questionnaire, {questionnaire.items[0].id: 3}, ORG), questionnaire)
    data = json.loads(store.export_history(ORG))
    assert set(data) == {"format", "format_version", "organisation", "runs"}
    assert data["format_version"] == 1


def test_a_history_file_with_a_bad_action_imports_nothing(
    store: Store, tmp_path: Path, questionnaire: Questionnaire, monkeypatch: pytest.MonkeyPatch
) -> None:
    a_plan(store, questionnaire, monkeypatch)
    data = json.loads(store.export_history(ORG))
    data["actions"][0]["items"] = ["no-such-item"]
    fresh = Store(tmp_path / "fresh.db")
    with pytest.raises(ImportFilesError) as caught:
        import_files(fresh, [("h.json", json.dumps(data).encode())], questionnaire)
    [(_, problem)] = caught.value.problems
    assert isinstance(problem, StoreError) and problem.key == "history_bad_action_because"
    assert "Åtgärd 1" in problem.message("sv") and "no-such-item" in problem.message("sv")
    assert fresh.list_runs() == [] and fresh.list_actions() == []


@pytest.mark.parametrize(
    ("field", "value"),
    [("uid", "short"), ("created_at", "2026-01-01T00:00:00"), ("changes", {}), ("status", "finished")],
)
def test_each_action_field_is_checked_when_a_history_file_is_read(
    store: Store, questionnaire: Questionnaire, monkeypatch: pytest.MonkeyPatch, field: str, value: object
) -> None:
    a_plan(store, questionnaire, monkeypatch)
    data = json.loads(store.export_history(ORG))
    data["actions"][1][field] = value
    with pytest.raises(StoreError) as caught:
        parse_history_file(json.dumps(data), questionnaire)
    assert caught.value.key.startswith("history_bad_action")


def test_parse_history_still_gives_organisation_and_runs(
    store: Store, questionnaire: Questionnaire, monkeypatch: pytest.MonkeyPatch
) -> None:
    a_plan(store, questionnaire, monkeypatch)
    organisation, runs = parse_history(store.export_history(ORG), questionnaire)
    assert organisation == ORG and len(runs) == 1


def test_the_plan_csv_opens_in_excel_and_runs_no_formula(
    store: Store, questionnaire: Questionnaire, monkeypatch: pytest.MonkeyPatch
) -> None:
    a_plan(store, questionnaire, monkeypatch)
    store.update_action(store.list_actions(ORG)[0].id, fields(questionnaire, owner="=SUM(A1)"))
    raw = table_csv(plan_table(questionnaire, store.list_actions(ORG), "sv", datetime.now(UTC).date()), "sv")
    assert raw.startswith("\ufeff".encode())
    lines = raw.decode("utf-8-sig").split("\r\n")
    assert lines[0].split(";")[:3] == ["Åtgärd", "Område", "Påståenden"]
    assert "'=SUM(A1)" in lines[1].split(";")


# --- the CLI -------------------------------------------------------------------------


def run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_actions_lists_the_plan_as_a_table(
    store: Store, db: Path, questionnaire: Questionnaire, capsys: pytest.CaptureFixture[str]
) -> None:
    store.add_action(ORG, fields(questionnaire, owner="KSO", due="2020-01-31"))
    store.add_action("Another", fields(questionnaire, title="Annat", status="done"))
    code, out, err = run(capsys, "actions", "--organisation", ORG, "--db", db)
    assert (code, err) == (0, "")
    header, row = out.splitlines()
    assert header.split() == ["id", "organisation", "status", "due", "overdue", "owner", "title"]
    assert row.split() == ["1", ORG, "planned", "2020-01-31", "yes", "KSO", "Utbilda", "nämnden"]
    code, out, _ = run(capsys, "actions", "--db", db)
    assert len(out.splitlines()) == 3


def test_cli_actions_as_json(
    store: Store, db: Path, questionnaire: Questionnaire, capsys: pytest.CaptureFixture[str]
) -> None:
    made = store.add_action(ORG, fields(questionnaire), by="a@x.se")
    code, out, _ = run(capsys, "actions", "--format", "json", "--db", db)
    [entry] = json.loads(out)
    assert code == 0
    assert entry["uid"] == made.uid and entry["title"] == "Utbilda nämnden"
    assert entry["items"] == [questionnaire.items[0].id] and entry["status"] == "planned"
    assert entry["created_by"] == "a@x.se" and entry["overdue"] is False and entry["deleted_at"] is None


def test_cli_actions_says_so_when_there_is_none_or_no_store(
    store: Store, db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "actions", "--db", db)[:2] == (0, "no actions stored\n")
    code, out, err = run(capsys, "actions", "--db", tmp_path / "absent.db")
    assert (code, out) == (2, "") and err.startswith("error: There is no store")


def test_check_names_an_action_whose_items_are_damaged(
    store: Store, db: Path, questionnaire: Questionnaire
) -> None:
    made = store.add_action(ORG, fields(questionnaire))
    assert store.check() == []
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE actions SET items = '{' WHERE id = ?", (made.id,))
    assert store.check() == [f"action {made.id} has items that are not a JSON list"]


def test_cli_export_and_import_move_the_plan_to_another_machine(
    store: Store,
    db: Path,
    tmp_path: Path,
    questionnaire: Questionnaire,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    a_plan(store, questionnaire, monkeypatch)
    out = tmp_path / "historik.json"
    assert run(capsys, "export", "--organisation", ORG, "-o", out, "--db", db)[:2] == (
        0,
        f"wrote 1 run to {out}\n",
    )
    other = tmp_path / "other.db"
    code, printed, err = run(capsys, "import", out, "--db", other)
    # The plan's two actions (one of them deleted) are counted on a line of their own.
    assert (code, printed, err) == (0, "added 1 run, 0 already stored\nactions: 2 added, 0 updated\n", "")
    assert everything(Store(other), ORG) == everything(store, ORG)


def test_cli_import_prints_no_actions_line_when_nothing_of_the_plan_changes(
    store: Store,
    db: Path,
    tmp_path: Path,
    questionnaire: Questionnaire,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    a_plan(store, questionnaire, monkeypatch)
    out = tmp_path / "historik.json"
    run(capsys, "export", "--organisation", ORG, "-o", out, "--db", db)
    other = tmp_path / "other.db"
    run(capsys, "import", out, "--db", other)
    assert run(capsys, "import", out, "--db", other) == (0, "added 0 runs, 1 already stored\n", "")


def test_a_history_file_with_actions_but_no_organisation_is_refused(
    store: Store, questionnaire: Questionnaire, monkeypatch: pytest.MonkeyPatch
) -> None:
    a_plan(store, questionnaire, monkeypatch)
    data = json.loads(store.export_history(ORG))
    data["organisation"], data["runs"] = "", []
    with pytest.raises(StoreError) as caught:
        parse_history_file(json.dumps(data), questionnaire)
    assert caught.value.key == "history_invalid"
