"""The verbs on result files: validate, score, compare and chart."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from scoring import charts, export
from scoring.cli.common import _common, _delta, _fig, _ids, _load, _print_json, _table
from scoring.compare import compare, comparison_to_dict
from scoring.errors import ScoringError
from scoring.outputs import check_output, write_output
from scoring.questionnaire import DEFAULT_PATH, load_questionnaire
from scoring.score import Scores, score, scores_to_dict

CHART_FORMATS = (".png", ".svg", ".html")


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
