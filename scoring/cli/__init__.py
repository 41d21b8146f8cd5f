"""`python -m scoring`: a thin shell over the library.

Each verb is one small function. Domain errors become exit code 2 and one
sentence on stderr; nothing a user types can produce a traceback.

One module per group of verbs: `results` (validate, score, compare, chart),
`store` (history, import, export, backup, check, actions) and `reports`
(aggregate, report); `common` holds what they share.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence

from scoring.bounds import quoted
from scoring.cli.reports import _aggregate_args, _report_args, cmd_aggregate, cmd_report
from scoring.cli.results import (
    _chart_args,
    _compare_args,
    _score_args,
    _validate_args,
    cmd_chart,
    cmd_compare,
    cmd_score,
    cmd_validate,
)
from scoring.cli.store import (
    _actions_args,
    _backup_args,
    _check_args,
    _export_args,
    _history_args,
    _import_args,
    cmd_actions,
    cmd_backup,
    cmd_check,
    cmd_export,
    cmd_history,
    cmd_import,
)
from scoring.errors import ScoringError

BAD_INPUT = 2
# The CLI prints the operator's sentence itself; without a handler, the store's log
# records of the same failure would reach stderr a second time (logging's last resort).
_NO_LOG_ECHO = logging.NullHandler()
# An error line quotes at most this much: a file's 1 MB item id must not become a 1 MB line.
MAX_ERROR_LINE = 500


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
