"""What the verbs share: the common options, loading a result file, and printing tables and JSON."""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Sequence

from scoring.bounds import printable, quoted
from scoring.errors import ScoringError
from scoring.model import Questionnaire
from scoring.questionnaire import DEFAULT_PATH
from scoring.results import LoadedResult, load_result_file
from scoring.versions import is_previous_version

# In JSON output: characters a terminal acts on, and lone surrogates, written as \u escapes.
_JSON_UNSAFE = re.compile(r"[\x7f-\x9f\ud800-\udfff]")


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
