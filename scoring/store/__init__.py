"""The SQLite store: saved runs, the questionnaire each was answered on, drafts, team rounds
and action plans.

`Store` is the one object the shells hold; it hides SQLite. Its parts:
`database` (opening, connections, migrations), `runs`, `drafts`, `rounds`,
`actions` and `maintenance` (backup, check). The file formats it reads and writes live
outside it: `scoring.snapshot` and `scoring.history_file`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from pathlib import Path

from scoring.actions import ACTION_RECOVERY_DAYS, Action, ActionChange, ActionFields
from scoring.history_file import (
    HISTORY_FORMAT,
    HISTORY_FORMAT_VERSION,
    MAX_HISTORY_BYTES,
    HistoryAction,
    HistoryRun,
    looks_like_history,
    parse_history,
)
from scoring.model import Questionnaire
from scoring.results import Result
from scoring.snapshot import Snapshot, SnapshotItem, check_result, snapshot_of, snapshot_to_dict
from scoring.store import actions, drafts, maintenance, runs
from scoring.store.actions import ActionImport
from scoring.store.database import (
    APPLICATION_ID,
    BUSY_TIMEOUT_S,
    DB_ENV,
    DEFAULT_DB,
    Database,
    default_db_path,
    valid_token,
)
from scoring.store.drafts import DRAFT_KINDS, DRAFT_MAX_AGE_DAYS, Draft
from scoring.store.migrations import MIGRATIONS
from scoring.store.runs import ImportReport, RunSummary, SavedRun, StoredRun, result_hash

__all__ = [
    "ACTION_RECOVERY_DAYS",
    "APPLICATION_ID",
    "BUSY_TIMEOUT_S",
    "DB_ENV",
    "DEFAULT_DB",
    "DRAFT_KINDS",
    "DRAFT_MAX_AGE_DAYS",
    "HISTORY_FORMAT",
    "HISTORY_FORMAT_VERSION",
    "MAX_HISTORY_BYTES",
    "MIGRATIONS",
    "ActionImport",
    "Draft",
    "HistoryRun",
    "ImportReport",
    "RunSummary",
    "SavedRun",
    "Snapshot",
    "SnapshotItem",
    "Store",
    "StoredRun",
    "check_result",
    "default_db_path",
    "looks_like_history",
    "parse_history",
    "result_hash",
    "snapshot_of",
    "snapshot_to_dict",
    "valid_token",
]


class Store(Database):
    """A store file; `create=False` refuses a path where no store exists yet."""

    # runs

    def save_run(self, result: Result, questionnaire: Questionnaire, replaces: int | None = None) -> SavedRun:
        """Store a run with a snapshot of `questionnaire`; the same result twice stays one run."""
        return runs.save_run(self, result, questionnaire, replaces)

    def add_runs(self, history_runs: Iterable[HistoryRun], questionnaire: Questionnaire) -> ImportReport:
        """Store many runs in one transaction: all of them, or none if anything fails."""
        return runs.add_runs(self, history_runs, questionnaire)

    def export_history(self, organisation: str) -> str:
        """The organisation's runs as a history file, oldest first, with its action plan."""
        return runs.export_history(self, organisation, actions.plan_for_export(self, organisation))

    def add_history(
        self,
        history_runs: Iterable[HistoryRun],
        plans: Iterable[tuple[str, Sequence[HistoryAction]]],
        questionnaire: Questionnaire,
    ) -> tuple[ImportReport, ActionImport]:
        """History files' runs and action plans (organisation, actions) in one transaction."""
        return actions.add_history(self, history_runs, plans, questionnaire)

    def list_runs(self, organisation: str | None = None) -> list[RunSummary]:
        """Oldest first; `overall` is the index computed when the run was saved."""
        return runs.list_runs(self, organisation)

    def get_run(self, run_id: int) -> StoredRun | None:
        return runs.get_run(self, run_id)

    def run_versions(self, run_id: int) -> list[RunSummary]:
        """Every version of a corrected run, oldest first (one entry for a run never corrected)."""
        return runs.run_versions(self, run_id)

    def current_version(self, run_id: int) -> int | None:
        return runs.current_version(self, run_id)

    def restore_version(self, run_id: int) -> bool:
        """Show an earlier version again in the list in place of the current one."""
        return runs.restore_version(self, run_id)

    def delete_run(self, run_id: int) -> bool:
        return runs.delete_run(self, run_id)

    def organisations(self) -> list[str]:
        """Names with at least one run, sorted; runs without a name are left out."""
        return runs.organisations(self)

    # drafts

    def new_draft(
        self,
        kind: str = "single",
        round_id: int | None = None,
        answers: Mapping[str, int | None] | None = None,
        organisation: str = "",
        role: str | None = None,
        token: str | None = None,
    ) -> str:
        """A new draft, seeded in one transaction with what the session already holds.

        The returned token is the draft's only key, so it is unguessable: `token` when given
        (made by drafts.new_token() before the draft, so a page can show it early), else a new one.
        """
        return drafts.new_draft(self, kind, round_id, answers, organisation, role, token)

    def save_answer(self, token: str, item_id: str, value: int | None) -> bool:
        """Record one answer (None: don't know); False if there is no such draft."""
        return drafts.save_answer(self, token, item_id, value)

    def save_answers(
        self, token: str, answers: Mapping[str, int | None], organisation: str, role: str | None
    ) -> bool:
        """Write a session's answers, organisation and role at once; False if there is no such draft."""
        return drafts.save_answers(self, token, answers, organisation, role)

    def clear_answer(self, token: str, item_id: str) -> bool:
        return drafts.clear_answer(self, token, item_id)

    def save_draft_meta(self, token: str, organisation: str, role: str | None) -> bool:
        return drafts.save_draft_meta(self, token, organisation, role)

    def load_draft(self, token: str) -> Draft | None:
        """The draft, or None for a token that is malformed, unknown or purged."""
        return drafts.load_draft(self, token)

    def finish_draft(
        self, token: str, result: Result, questionnaire: Questionnaire, replaces: int | None = None
    ) -> SavedRun:
        """Save the run and drop its draft in one transaction.

        The run is saved even when the draft is already gone (purged, or finished
        in another tab): the answers in `result` are what matter.
        """
        return drafts.finish_draft(self, token, result, questionnaire, replaces)

    def run_of_draft(self, token: str) -> int | None:
        """The run a finished draft became (its link then says so), None for any other token."""
        return drafts.run_of_draft(self, token)

    def purge_drafts(self, now: datetime | None = None, max_age_days: int = DRAFT_MAX_AGE_DAYS) -> int:
        """Remove drafts not touched for `max_age_days`; return how many went."""
        return drafts.purge_drafts(self, now, max_age_days)

    # the action plan; `by` is the signed-in user's e-mail, "" without sign-in

    def add_action(self, organisation: str, fields: ActionFields, by: str = "") -> Action:
        return actions.add_action(self, organisation, fields, by)

    def update_action(self, action_id: int, fields: ActionFields, by: str = "") -> Action | None:
        """The action with new fields; None when there is no live action with this id."""
        return actions.update_action(self, action_id, fields, by)

    def delete_action(self, action_id: int, by: str = "") -> bool:
        """Soft delete: restorable for ACTION_RECOVERY_DAYS, then purged."""
        return actions.delete_action(self, action_id, by)

    def restore_action(self, action_id: int, by: str = "") -> bool:
        return actions.restore_action(self, action_id, by)

    def get_action(self, action_id: int) -> Action | None:
        return actions.get_action(self, action_id)

    def list_actions(self, organisation: str | None = None, *, deleted: bool = False) -> list[Action]:
        """Live actions (or only deleted ones), oldest first."""
        return actions.list_actions(self, organisation, deleted=deleted)

    def action_history(self, action_id: int) -> list[ActionChange]:
        return actions.action_history(self, action_id)

    def purge_actions(self, now: datetime | None = None, max_age_days: int = ACTION_RECOVERY_DAYS) -> int:
        """Remove actions deleted more than `max_age_days` ago; return how many went."""
        return actions.purge_actions(self, now, max_age_days)

    # maintenance

    def backup(self, target: str | Path) -> None:
        """A consistent copy, safe while others write; the target is replaced whole or not at all."""
        maintenance.backup(self, target)

    def check(self) -> list[str]:
        """Every problem found (empty: the store is sound)."""
        return maintenance.check(self)
