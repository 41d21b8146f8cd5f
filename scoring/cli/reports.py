"""Aggregate several result files as one team round, and write the meeting report for a run or a round."""

from __future__ import annotations

import argparse
from pathlib import Path

from scoring.cli.common import _common, _fig, _ids, _load, _print_json
from scoring.cli.results import format_scores
from scoring.errors import ScoringError
from scoring.outputs import write_output
from scoring.questionnaire import DEFAULT_PATH, load_questionnaire
from scoring.report import FORMATS, report_bytes, round_input, single_input
from scoring.team import aggregate, team_to_dict

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
