"""The store's verbs: history, import, export, backup, check and actions."""

from __future__ import annotations

import argparse
import dataclasses
from datetime import date
from pathlib import Path

from scoring.actions import action_to_dict
from scoring.bounds import read_regular
from scoring.cli.common import _fig, _print_json, _table, _warn_ignored
from scoring.errors import StoreError
from scoring.history_file import MAX_HISTORY_BYTES
from scoring.outputs import check_output, write_output
from scoring.questionnaire import DEFAULT_PATH, load_questionnaire
from scoring.services import import_files
from scoring.store import DB_ENV, Store, default_db_path

# --- the store: history, import, export, backup, check -------------------------------
# Only `import` may create a store; the others say "no store at PATH" instead, and
# every verb refuses a file that is not a store before writing anything to it.


def _db_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", metavar="PATH", help=f"the store (default: ${DB_ENV} or data/sjalvskattning.db)")


def _db(args: argparse.Namespace) -> Path:
    # Resolved at run time, not parse time, so the environment is read when the verb runs.
    return Path(args.db) if args.db else default_db_path()


def _listing_args(p: argparse.ArgumentParser, whose: str) -> None:
    """The options of a verb that lists what the store holds: history, actions."""
    p.add_argument("--organisation", metavar="NAME", help=f"only this organisation's {whose}")
    p.add_argument("--format", choices=("table", "json"), default="table")
    _db_arg(p)


def _print_listing(
    args: argparse.Namespace, as_json: list[object], none: str, headers: list[str], rows: list[list[object]]
) -> int:
    """A listing as JSON, as a table, or the sentence that says there is nothing."""
    if args.format == "json":
        _print_json(as_json)
    elif not rows:
        print(none)
    else:
        print("\n".join(_table(headers, rows)))
    return 0


def _history_args(p: argparse.ArgumentParser) -> None:
    _listing_args(p, "runs")


def cmd_history(args: argparse.Namespace) -> int:
    runs = Store(_db(args), create=False).list_runs(args.organisation)
    rows: list[list[object]] = [
        [r.id, r.created_at, r.organisation or "-", r.role or "-", r.questionnaire_version, _fig(r.overall)]
        for r in runs
    ]
    headers = ["id", "created_at", "organisation", "role", "version", "overall"]
    return _print_listing(args, [dataclasses.asdict(run) for run in runs], "no runs stored", headers, rows)


def _import_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("results", nargs="+", metavar="RESULT", help="result files or history files (JSON)")
    p.add_argument("--questions", default=str(DEFAULT_PATH), metavar="Q", help="questionnaire YAML")
    _db_arg(p)


def cmd_import(args: argparse.Namespace) -> int:
    questionnaire = load_questionnaire(args.questions)
    files = [(path, _read_import_file(path)) for path in args.results]
    # Every file is checked before the store is opened, and all runs go in as one
    # transaction: one bad file adds nothing.
    report = import_files(lambda: Store(_db(args)), files, questionnaire)
    for path, items in report.ignored:
        _warn_ignored(path, items)
    print(f"added {_count_runs(report.added)}, {report.skipped} already stored")
    if report.actions_added or report.actions_updated:  # files without a plan print exactly as before
        print(f"actions: {report.actions_added} added, {report.actions_updated} updated")
    return 0


def _read_import_file(path: str) -> bytes:
    def too_large(_size: int) -> StoreError:
        return StoreError(f"{path} is larger than 64 MiB, so it is neither a result file nor a history file.")

    # A FIFO, a device or a folder is refused unread (`import /dev/zero` must not read for ever).
    return read_regular(path, MAX_HISTORY_BYTES, on_large=too_large)


def _export_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--organisation", required=True, metavar="NAME", help="whose runs to export")
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="the history file to write")
    _db_arg(p)


def cmd_export(args: argparse.Namespace) -> int:
    db, out = _db(args), Path(args.output)
    check_output(out, store=db)
    store = Store(db, create=False)
    count = len(store.list_runs(args.organisation))
    if count == 0:
        raise StoreError(f"The store at {db} has no runs for the organisation {args.organisation!r}.")
    write_output(out, store.export_history(args.organisation), store=db)
    print(f"wrote {_count_runs(count)} to {out}")
    return 0


def _backup_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="where to write the copy")
    _db_arg(p)


def cmd_backup(args: argparse.Namespace) -> int:
    db, out = _db(args), Path(args.output)
    # The store writes the copy itself, to a temporary file it then renames over the output.
    check_output(out, store=db)
    Store(db, create=False).backup(out)
    print(f"wrote {out}")
    return 0


def _check_args(p: argparse.ArgumentParser) -> None:
    _db_arg(p)


def cmd_check(args: argparse.Namespace) -> int:
    db = _db(args)
    problems = Store(db, create=False).check()
    if problems:
        print("\n".join(problems))
        raise StoreError(f"The store at {db} has {len(problems)} problem(s); restore it from a backup.")
    print("ok")
    return 0


def _count_runs(count: int) -> str:
    return f"{count} run" if count == 1 else f"{count} runs"


# --- actions ---------------------------------------------------------------------


def _actions_args(p: argparse.ArgumentParser) -> None:
    _listing_args(p, "action plan")


def cmd_actions(args: argparse.Namespace) -> int:
    plan = Store(_db(args), create=False).list_actions(args.organisation)
    today = date.today()
    rows: list[list[object]] = [
        [
            a.id,
            a.organisation,
            a.status,
            a.fields.due.isoformat() if a.fields.due else "-",
            "yes" if a.overdue(today) else "-",
            a.fields.owner or "-",
            a.title,
        ]
        for a in plan
    ]
    as_json: list[object] = [action_to_dict(a) | {"overdue": a.overdue(today)} for a in plan]
    headers = ["id", "organisation", "status", "due", "overdue", "owner", "title"]
    return _print_listing(args, as_json, "no actions stored", headers, rows)
