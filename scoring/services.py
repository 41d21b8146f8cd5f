"""Use cases both shells call, so the app and the CLI cannot drift apart.

`import_files` is the one way result files and history files get into the
store: every file is read and checked first, and the runs and action plans
go in as one transaction, so one bad file adds nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from scoring.errors import ScoringError, StoreError
from scoring.history_file import HistoryAction, HistoryRun, looks_like_history, parse_history_file
from scoring.model import Lang, Questionnaire
from scoring.results import parse_result
from scoring.snapshot import snapshot_of
from scoring.store import Store


@dataclass(frozen=True)
class ImportOutcome:
    added: int
    skipped: int  # already stored
    # (file name, item ids): result files whose answers to items no longer asked were dropped
    ignored: tuple[tuple[str, tuple[str, ...]], ...] = ()
    actions_added: int = 0  # actions of history files' plans
    actions_updated: int = 0  # stored actions the file held a newer version of


class ImportFilesError(StoreError):
    """One or more files cannot be imported, so none was; `problems` names each with its reason."""

    def __init__(self, problems: Sequence[tuple[str, ScoringError]]) -> None:
        self.problems = tuple(problems)
        super().__init__("; ".join(f"{name}: {error}" for name, error in self.problems), "import_bad_files")

    def message(self, lang: str, *, respondent: bool = False) -> str:
        from scoring.strings import t

        lg: Lang = "en" if lang == "en" else "sv"
        files = " ".join(
            t("import_bad_file", lg, name=name, detail=error.message(lg)) for name, error in self.problems
        )
        return t("import_bad_files", lg, files=files)


Plan = tuple[str, tuple[HistoryAction, ...]]


def read_files(
    files: Sequence[tuple[str, bytes]], questionnaire: Questionnaire
) -> tuple[list[HistoryRun], tuple[tuple[str, tuple[str, ...]], ...]]:
    """Every run in the files, each file checked; ImportFilesError names every bad file."""
    runs, _plans, ignored = read_history_files(files, questionnaire)
    return runs, ignored


def read_history_files(
    files: Sequence[tuple[str, bytes]], questionnaire: Questionnaire
) -> tuple[list[HistoryRun], list[Plan], tuple[tuple[str, tuple[str, ...]], ...]]:
    """Every run and every action plan (organisation, actions) in the files, each file checked."""
    runs: list[HistoryRun] = []
    plans: list[Plan] = []
    ignored: list[tuple[str, tuple[str, ...]]] = []
    problems: list[tuple[str, ScoringError]] = []
    for name, raw in files:
        try:
            if looks_like_history(raw):
                history = parse_history_file(raw, questionnaire)
                runs += history.runs
                if history.actions:
                    plans.append((history.organisation, history.actions))
            else:
                loaded = parse_result(raw, questionnaire)
                runs.append(HistoryRun(loaded.result, snapshot_of(questionnaire)))
                if loaded.ignored:
                    ignored.append((name, loaded.ignored))
        except ScoringError as error:
            problems.append((name, error))
    if problems:
        raise ImportFilesError(problems)
    return runs, plans, tuple(ignored)


def import_files(
    store: Store | Callable[[], Store],
    files: Sequence[tuple[str, bytes]],
    questionnaire: Questionnaire,
    organisation: str | None = None,
) -> ImportOutcome:
    """Add the runs of result files and history files (name, content): all of them, or none.

    `store` may be a function that opens it: it is called only once every file
    is good, so a bad file never creates a store. `organisation`: the importer
    may add runs of this organisation only (a signed-in user); any other refuses all.
    """
    runs, plans, ignored = read_history_files(files, questionnaire)
    if organisation is not None:
        owners = {run.result.organisation for run in runs} | {owner for owner, _ in plans}
        foreign = sorted(owners - {organisation})
        if foreign:
            raise StoreError(
                f"the files hold runs of other organisations: {', '.join(foreign)}",
                "auth_foreign_import",
                organisations=", ".join(foreign),
                organisation=organisation,
            )
    target = store if isinstance(store, Store) else store()
    report, plan = target.add_history(runs, plans, questionnaire)
    return ImportOutcome(report.added, report.skipped, ignored, plan.added, plan.updated)
