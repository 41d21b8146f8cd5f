"""The meeting report: one self-contained HTML file that prints on A4.

The first page is a one-page brief; the rest is the detail a meeting may
want. Charts are inlined as SVG and nothing is fetched, so the file can be
mailed and opened offline. Jinja2 escapes every text, organisation names
included.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from scoring import charts, export, tables
from scoring.compare import Comparison, compare
from scoring.model import Lang, Questionnaire
from scoring.results import Result
from scoring.score import Scores, score
from scoring.strings import STRINGS, number
from scoring.summary import summarise
from scoring.team import RoundComparison, TeamScores, aggregate, compare_rounds

MAX_NEXT_STEPS = 6
_TEMPLATES = Path(__file__).resolve().parent / "templates"
_ENV = Environment(
    loader=FileSystemLoader(_TEMPLATES),
    autoescape=select_autoescape(default=True, default_for_string=True),
    trim_blocks=True,
    lstrip_blocks=True,
)


@dataclass(frozen=True)
class ReportInput:
    questionnaire: Questionnaire
    lang: Lang
    organisation: str
    scores: Scores
    respondents: int = 1
    team: TeamScores | None = None
    agreed: Mapping[str, int] = field(default_factory=dict)
    previous: Scores | None = None
    comparison: Comparison | None = None
    round_change: RoundComparison | None = None
    date: str = field(default_factory=lambda: datetime.now(UTC).date().isoformat())


def single_report(
    questionnaire: Questionnaire, result: Result, lang: Lang, previous: Result | None = None
) -> str:
    comparison = compare(questionnaire, previous, result) if previous else None
    return render(
        ReportInput(
            questionnaire=questionnaire,
            lang=lang,
            organisation=result.organisation,
            scores=score(questionnaire, result.answers),
            previous=comparison.before_scores if comparison else None,
            comparison=comparison,
            date=result.created_at[:10],
        )
    )


def round_report(
    questionnaire: Questionnaire,
    organisation: str,
    responses: Sequence[Result],
    lang: Lang,
    agreed: Mapping[str, int] | None = None,
    previous: Sequence[Result] = (),
) -> str:
    team = aggregate(questionnaire, responses)
    change = compare_rounds(questionnaire, previous, responses) if previous else None
    return render(
        ReportInput(
            questionnaire=questionnaire,
            lang=lang,
            organisation=organisation,
            scores=team.scores,
            respondents=team.respondents,
            team=team,
            agreed=dict(agreed or {}),
            previous=change.before.scores if change else None,
            round_change=change,
        )
    )


def render(data: ReportInput) -> str:
    q, lang = data.questionnaire, data.lang
    chart = charts.strengths_gaps_chart(q, data.scores, lang, data.previous)
    summary = summarise(q, data.scores, limit=MAX_NEXT_STEPS)
    return _ENV.get_template("report.html.j2").render(
        d=data,
        q=q,
        lang=lang,
        s={key: value[lang] for key, value in STRINGS.items()},
        num=lambda value, sign=False: "–" if value is None else number(value, lang, sign),
        chart_svg=Markup(export.chart_svg(chart)),  # our own vl-convert output; it escapes its texts
        item_chart_svg=Markup(export.chart_svg(charts.item_chart(q, data.scores, lang))),
        item_table=tables.item_table(q, data.scores, lang),
        summary=summary,
        next_steps=tables.next_steps(q, data.scores, lang, limit=MAX_NEXT_STEPS),
        area_rows=charts.area_rows(q, data.scores, lang, data.previous),
        split=_split_rows(data),
        roles=tables.role_table(q, lang, data.team) if data.team and data.team.roles else None,
        changes=_changes(data),
    )


def _split_rows(data: ReportInput) -> list[dict[str, object]]:
    if data.team is None:
        return []
    q, lang = data.questionnaire, data.lang
    return [
        {
            "text": q.item(item_id).text(lang),
            "area": q.area_of(item_id).title(lang),
            "distribution": [data.team.item(item_id).distribution.get(v, 0) for v in range(1, 6)],
            "mean": data.team.item(item_id).mean,
            "agreed": q.scale.label(data.agreed[item_id], lang) if item_id in data.agreed else None,
            "agreed_value": data.agreed.get(item_id),
        }
        for item_id in data.team.split_items
    ]


def _changes(data: ReportInput) -> tables.Table | None:
    comparison = data.round_change or data.comparison
    return tables.change_table(data.questionnaire, data.lang, comparison) if comparison else None
