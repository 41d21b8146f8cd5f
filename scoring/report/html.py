"""The report as one self-contained HTML file that prints on A4; its first page is the brief."""

from __future__ import annotations

from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from scoring import charts, export, tables
from scoring.actions import SINGLE_RUN_THRESHOLD
from scoring.brief import ReportInput, build_brief
from scoring.strings import STRINGS, number, t
from scoring.summary import summarise

_TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
_ENV = Environment(
    loader=FileSystemLoader(_TEMPLATES),
    autoescape=select_autoescape(default=True, default_for_string=True),
    trim_blocks=True,
    lstrip_blocks=True,
)


def render(data: ReportInput, brief_only: bool = False) -> str:
    """The whole report, or with `brief_only` the one-page brief alone."""
    q, lang = data.questionnaire, data.lang
    brief = build_brief(data)
    all_steps = tables.next_steps(q, data.scores, lang)
    return _ENV.get_template("report.html.j2").render(
        d=data,
        b=brief,
        brief_only=brief_only,
        q=q,
        lang=lang,
        s={key: value[lang] for key, value in STRINGS.items()},
        num=lambda value, sign=False: tables.NO_VALUE if value is None else number(value, lang, sign),
        chart_svg=Markup(export.chart_svg(brief.chart)),  # our own vl-convert output; it escapes its texts
        item_chart_svg=None
        if brief_only
        else Markup(export.chart_svg(charts.item_chart(q, data.scores, lang))),
        dont_know=charts.dont_know_caption(q, data.scores, lang),
        more_steps=all_steps if brief.steps_from_plan or len(all_steps) > len(brief.steps) else (),
        more_pitfalls=all_pitfalls(data) if len(all_pitfalls(data)) > len(brief.pitfalls) else (),
        area_rows=charts.area_rows(q, data.scores, lang, data.previous),
        split=split_rows(data),
        item_table=tables.item_table(q, data.scores, lang),
        discussion=discussion_rows(data),
        roles=tables.role_table(q, lang, data.team) if data.team and data.team.roles else None,
        changes=changes(data),
        plan=plan(data),
        plan_rule=plan_rule(data),
    )


def all_pitfalls(data: ReportInput) -> tuple[str, ...]:
    """Every active pitfall, worst first: the brief shows the first few and points here."""
    q = data.questionnaire
    return tuple(
        row.item.text(data.lang) for row in summarise(q, data.scores, limit=len(q.items)).active_pitfalls
    )


def discussion_rows(data: ReportInput) -> list[dict[str, object]]:
    """The discussion questions of each area the group is split in, in the questionnaire's order."""
    if data.team is None:
        return []
    q, lang = data.questionnaire, data.lang
    split_areas = {q.area_of(item_id).id for item_id in data.team.split_items}
    return [
        {"area": tables.area_label(q, area.id, lang), "questions": list(area.discussion(lang))}
        for area in q.areas
        if area.id in split_areas
    ]


def split_rows(data: ReportInput) -> list[dict[str, object]]:
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
            "rationale": data.rationales.get(item_id),
        }
        for item_id in data.team.split_items
    ]


def changes(data: ReportInput) -> tables.Table | None:
    comparison = data.round_change or data.comparison
    return tables.change_table(data.questionnaire, data.lang, comparison) if comparison else None


def plan(data: ReportInput) -> tuple[tables.Table, tables.Table | None] | None:
    """The action plan after the brief and, when an earlier assessment is compared, each action's
    verdict beside the measured change."""
    if not any(action.deleted_at is None for action in data.plan):
        return None
    q, lang = data.questionnaire, data.lang
    listed = tables.plan_report_table(q, data.plan, lang, data.today)
    change = data.change
    return listed, None if change is None else tables.plan_check_table(q, data.plan, change, lang, data.today)


def plan_rule(data: ReportInput) -> str | None:
    """How the plan's verdicts were reached, when there are any."""
    if plan(data) is None or data.change is None:
        return None
    if data.round_change is not None:
        return t("actions_check_rule_round", data.lang)
    return t("actions_check_rule_single", data.lang, threshold=number(SINGLE_RUN_THRESHOLD, data.lang))
