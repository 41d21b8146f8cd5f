"""`python -m scoring`: a thin shell over the library.

Each verb is one small function. Domain errors become exit code 2 and one
sentence on stderr; nothing a user types can produce a traceback.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import logging
import re
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from scoring import charts, export
from scoring.actions import action_to_dict
from scoring.bounds import printable, quoted, read_regular
from scoring.compare import compare, comparison_to_dict
from scoring.errors import ScoringError, StoreError
from scoring.history_file import MAX_HISTORY_BYTES
from scoring.model import Questionnaire
from scoring.outputs import check_output, write_output
from scoring.questionnaire import DEFAULT_PATH, load_questionnaire
from scoring.report import FORMATS, report_bytes, round_input, single_input
from scoring.results import LoadedResult, load_result_file
from scoring.score import Scores, score, scores_to_dict
from scoring.services import import_files
from scoring.store import DB_ENV, Store, default_db_path
from scoring.team import aggregate, team_to_dict
from scoring.versions import is_previous_version

BAD_INPUT = 2
CHART_FORMATS = (".png", ".svg", ".html")
# The CLI prints the operator's sentence itself; without a handler, the store's log
# records of the same failure would reach stderr a second time (logging's last resort).
_NO_LOG_ECHO = logging.NullHandler()
# An error line quotes at most this much: a file's 1 MB item id must not become a 1 MB line.
MAX_ERROR_LINE = 500
# In JSON output: characters a terminal acts on, and lone surrogates, written as \u escapes.
_JSON_UNSAFE = re.compile(r"[\x7f-\x9f\ud800-\udfff]")


def main(argv: Sequence[str] | None = None) -> int:
    logging.getLogger("scoring").addHandler(_NO_LOG_ECHO)  # once: the same handler is added only once
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse has printed its own sentence
        return int(exc.code or 0)
    try:
        status: int = args.run(args)
        return status
    except ScoringError as exc:
        _error(str(exc))
    except OSError as exc:
        _error(f"{exc.filename or ''} {exc.strerror or exc}".strip())
    except (RecursionError, MemoryError, UnicodeError, ValueError) as exc:
        # The parsers bound their input; this is the last line, so no input ever gives a traceback.
        _error(f"the input could not be processed ({type(exc).__name__}).")
    return BAD_INPUT


def _error(text: str) -> None:
    """The sentence on stderr: control characters made harmless, no line longer than MAX_ERROR_LINE."""
    # A questionnaire's problems stay one per line, so an editor can fix them all in one pass.
    lines = [quoted(line, MAX_ERROR_LINE) for line in text.split("\n")]
    print("error: " + "\n".join(lines), file=sys.stderr)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m scoring", description="Score and compare digital-leadership self-assessments."
    )
    verbs = parser.add_subparsers(dest="verb", required=True, metavar="VERB")
    for name, (handler, configure, summary) in VERBS.items():
        sub = verbs.add_parser(name, help=summary, description=summary)
        configure(sub)
        sub.set_defaults(run=handler)
    return parser


# --- validate -----------------------------------------------------------------


def _validate_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("questions", nargs="?", default=str(DEFAULT_PATH), help="questionnaire YAML")


def cmd_validate(args: argparse.Namespace) -> int:
    questionnaire = load_questionnaire(args.questions)
    print(
        f"{args.questions}: ok ({questionnaire.id} {questionnaire.version}, "
        f"{len(questionnaire.areas)} areas, {len(questionnaire.items)} items)"
    )
    return 0


# --- score ----------------------------------------------------------------------


def _score_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("result", help="result file (JSON)")
    _common(p)


def cmd_score(args: argparse.Namespace) -> int:
    questionnaire = load_questionnaire(args.questions)
    loaded = _load(args.result, questionnaire)
    scores = score(questionnaire, loaded.result.answers)
    if args.format == "json":
        _print_json(scores_to_dict(scores))
    else:
        print(format_scores(scores))
    return 0


def format_scores(scores: Scores) -> str:
    level = f" ({scores.level.id})" if scores.level else ""
    lines = [f"Overall index: {_fig(scores.overall)}{level}", ""]
    lines += _table(
        ["area", "score", "level", "answered", "dont_know", "unanswered"],
        [
            [a.id, _fig(a.score), a.level.id if a.level else "-", a.answered, a.dont_know, a.unanswered]
            for a in scores.areas
        ],
    )
    lines += [
        "",
        f"Strengths: {_ids(scores.strengths)}",
        f"Gaps: {_ids(scores.gaps)}",
        f"Active pitfalls: {_ids(scores.active_pitfalls)}",
    ]
    return "\n".join(lines)


# --- compare --------------------------------------------------------------------


def _compare_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("old", help="the earlier result file")
    p.add_argument("new", help="the later result file")
    _common(p)


def cmd_compare(args: argparse.Namespace) -> int:
    questionnaire = load_questionnaire(args.questions)
    old, new = _load(args.old, questionnaire), _load(args.new, questionnaire)
    comparison = compare(questionnaire, old.result, new.result)
    if not comparison.same_version:
        print(
            f"note: the runs used questionnaire versions {comparison.before_version} and "
            f"{comparison.after_version}; items are compared where both have an answer.",
            file=sys.stderr,
        )
    if args.format == "json":
        _print_json(comparison_to_dict(comparison))
        return 0
    o = comparison.overall
    lines = [f"Overall index: {_fig(o.before)} -> {_fig(o.after)} ({_delta(o.delta)})", ""]
    lines += _table(
        ["area", "before", "after", "delta"],
        [[c.id, _fig(c.before), _fig(c.after), _delta(c.delta)] for c in comparison.areas],
    )
    moved = [c for c in comparison.items if c.delta]
    lines += ["", f"Items that moved: {len(moved)} of {len(comparison.items)} compared"]
    lines += [f"  {c.id}: {_fig(c.before)} -> {_fig(c.after)} ({_delta(c.delta)})" for c in moved]
    lines += [f"Only in old: {_ids(comparison.only_before)}", f"Only in new: {_ids(comparison.only_after)}"]
    print("\n".join(lines))
    return 0


# --- chart ----------------------------------------------------------------------


def _chart_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("result", help="result file (JSON)")
    p.add_argument("--previous", metavar="OLD", help="an earlier result file to mark on the chart")
    p.add_argument("--lang", choices=("sv", "en"), default="sv")
    p.add_argument("-o", "--output", required=True, metavar="OUT", help="OUT.png, OUT.svg or OUT.html")
    p.add_argument("--questions", default=str(DEFAULT_PATH), metavar="Q", help="questionnaire YAML")


def cmd_chart(args: argparse.Namespace) -> int:
    out = Path(args.output)
    if out.suffix.lower() not in CHART_FORMATS:
        raise ScoringError(f"The output must end in .png, .svg or .html, got '{out.name}'.")
    inputs = [args.result, args.questions, *([args.previous] if args.previous else [])]
    check_output(out, inputs=inputs)  # before the work, so a bad target costs nothing
    questionnaire = load_questionnaire(args.questions)
    current = score(questionnaire, _load(args.result, questionnaire).result.answers)
    previous = None
    if args.previous:
        previous = score(questionnaire, _load(args.previous, questionnaire).result.answers)
    chart = charts.strengths_gaps_chart(questionnaire, current, args.lang, previous)
    renderers: dict[str, Callable[[], str | bytes]] = {
        ".png": lambda: export.chart_png(chart),
        ".svg": lambda: export.chart_svg(chart),
        ".html": lambda: export.chart_html(chart),
    }
    write_output(out, renderers[out.suffix.lower()](), inputs=inputs)
    print(f"wrote {out}")
    return 0


# --- the store: history, import, export, backup, check -------------------------------
# Only `import` may create a store; the others say "no store at PATH" instead, and
# every verb refuses a file that is not a store before writing anything to it.


def _db_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", metavar="PATH", help=f"the store (default: ${DB_ENV} or data/sjalvskattning.db)")


def _db(args: argparse.Namespace) -> Path:
    # Resolved at run time, not parse time, so the environment is read when the verb runs.
    return Path(args.db) if args.db else default_db_path()


def _history_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--organisation", metavar="NAME", help="only this organisation's runs")
    p.add_argument("--format", choices=("table", "json"), default="table")
    _db_arg(p)


def cmd_history(args: argparse.Namespace) -> int:
    runs = Store(_db(args), create=False).list_runs(args.organisation)
    if args.format == "json":
        _print_json([dataclasses.asdict(run) for run in runs])
        return 0
    if not runs:
        print("no runs stored")
        return 0
    rows: list[list[object]] = [
        [r.id, r.created_at, r.organisation or "-", r.role or "-", r.questionnaire_version, _fig(r.overall)]
        for r in runs
    ]
    print("\n".join(_table(["id", "created_at", "organisation", "role", "version", "overall"], rows)))
    return 0


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
    p.add_argument("--organisation", metavar="NAME", help="only this organisation's action plan")
    p.add_argument("--format", choices=("table", "json"), default="table")
    _db_arg(p)


def cmd_actions(args: argparse.Namespace) -> int:
    plan = Store(_db(args), create=False).list_actions(args.organisation)
    today = date.today()
    if args.format == "json":
        _print_json([action_to_dict(a) | {"overdue": a.overdue(today)} for a in plan])
        return 0
    if not plan:
        print("no actions stored")
        return 0
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
    print("\n".join(_table(["id", "organisation", "status", "due", "overdue", "owner", "title"], rows)))
    return 0


# --- aggregate and report ----------------------------------------------------------


def _aggregate_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("results", nargs="+", metavar="RESULT", help="result files, one per respondent")
    _common(p)


def cmd_aggregate(args: argparse.Namespace) -> int:
    questionnaire = load_questionnaire(args.questions)
    responses = [_load(path, questionnaire).result for path in args.results]
    team = aggregate(questionnaire, responses)
    if args.format == "json":
        _print_json(team_to_dict(team))
        return 0
    lines = [f"Respondents: {team.respondents}", format_scores(team.scores), ""]
    split = team.split_items
    lines.append(f"Split items: {_ids(split)}")
    for role in team.roles:
        areas = ", ".join(f"{a.id} {_fig(a.score)}" for a in role.scores.areas)
        lines.append(f"{role.role} (n={role.n}): overall {_fig(role.scores.overall)}; {areas}")
    print("\n".join(lines))
    return 0


def _report_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("results", nargs="+", metavar="RESULT", help="one result file, or several for a round")
    p.add_argument("--previous", nargs="+", default=[], metavar="OLD", help="earlier result file(s)")
    p.add_argument("--lang", choices=("sv", "en"), default="sv")
    p.add_argument(
        "-o", "--output", required=True, metavar="FILE", help="the report to write: .html, .pdf or .docx"
    )
    p.add_argument("--brief", action="store_true", help="write the one-page brief alone")
    p.add_argument("--questions", default=str(DEFAULT_PATH), metavar="Q", help="questionnaire YAML")


def cmd_report(args: argparse.Namespace) -> int:
    out = Path(args.output)
    suffix = ".html" if out.suffix.lower() == ".htm" else out.suffix.lower()
    if suffix not in FORMATS:
        raise ScoringError(f"The report is written as .html, .pdf or .docx, so '{out.name}' cannot be.")
    questionnaire = load_questionnaire(args.questions)
    responses = [_load(path, questionnaire).result for path in args.results]
    previous = [_load(path, questionnaire).result for path in args.previous]
    if len(responses) == 1:
        data = single_input(questionnaire, responses[0], args.lang, previous[0] if previous else None)
    else:
        data = round_input(questionnaire, responses[0].organisation, responses, args.lang, previous=previous)
    body = report_bytes(data, suffix, brief_only=args.brief)
    write_output(out, body, inputs=[*args.results, *args.previous, args.questions])
    print(f"wrote {out}")
    return 0


# --- shared helpers ---------------------------------------------------------------


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--questions", default=str(DEFAULT_PATH), metavar="Q", help="questionnaire YAML")
    p.add_argument("--format", choices=("table", "json"), default="table")


def _load(path: str, questionnaire: Questionnaire) -> LoadedResult:
    try:
        loaded = load_result_file(path, questionnaire)
    except ScoringError as exc:
        raise ScoringError(f"{path}: {exc}") from exc
    version = loaded.result.questionnaire_version
    if is_previous_version(questionnaire, version):
        print(
            f"note: {path}: answered with questionnaire version {version}; {len(loaded.result.answers)} "
            f"answers carried over to version {questionnaire.version} where the statement kept its meaning.",
            file=sys.stderr,
        )
    if loaded.ignored:
        _warn_ignored(path, loaded.ignored)
    return loaded


def _warn_ignored(path: str, items: Sequence[str]) -> None:
    names = ", ".join(quoted(item) for item in items)
    print(
        printable(f"warning: {path}: ignored answers to items this questionnaire no longer has: {names}"),
        file=sys.stderr,
    )


def _print_json(payload: object) -> None:
    # json escapes C0 controls itself; DEL, C1 controls and lone surrogates it would print raw.
    text = json.dumps(payload, ensure_ascii=False, indent=2)
    print(_JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text))


def _table(headers: list[str], rows: list[list[object]]) -> list[str]:
    # Cells may hold names from imported files: control characters are made harmless.
    cells = [headers] + [[printable(str(c)) for c in row] for row in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    return ["  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip() for row in cells]


def _fig(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f}"


def _delta(value: float | None) -> str:
    return "-" if value is None else f"{value:+.1f}"


def _ids(ids: Sequence[str]) -> str:
    return ", ".join(ids) if ids else "none"


VERBS: dict[
    str, tuple[Callable[[argparse.Namespace], int], Callable[[argparse.ArgumentParser], None], str]
] = {
    "validate": (cmd_validate, _validate_args, "check a questionnaire file and list every problem"),
    "score": (cmd_score, _score_args, "score one result file"),
    "compare": (cmd_compare, _compare_args, "compare an earlier result file with a later one"),
    "chart": (cmd_chart, _chart_args, "draw the strengths-and-gaps chart to PNG, SVG or HTML"),
    "history": (cmd_history, _history_args, "list the runs in the store, oldest first"),
    "import": (cmd_import, _import_args, "add result files or history files to the store as runs"),
    "export": (cmd_export, _export_args, "write one organisation's runs to a history file"),
    "backup": (cmd_backup, _backup_args, "write a consistent copy of the store"),
    "check": (cmd_check, _check_args, "check the store for damage"),
    "actions": (
        cmd_actions,
        _actions_args,
        "list the action plan: each action, its owner, due date and status",
    ),
    "aggregate": (cmd_aggregate, _aggregate_args, "score several result files as one team round"),
    "report": (cmd_report, _report_args, "write the meeting report (HTML, PDF or Word) for a run or a round"),
}
