"""The one-page brief for the board, built once; the HTML, PDF and Word reports all render it.

What the brief says, and the rules behind it
--------------------------------------------
- The overall index and level. For a team round, also its uncertainty:
  ± 1.96 × s / √n, where s is the standard deviation of the respondents' own
  overall indices and n how many have one (at least two).
- The areas that stand out: an area is named as strong or weak only when its
  score differs by more than `STANDOUT_MARGIN` points from the mean of the
  other scored areas. Otherwise the brief says the profile is flat; it never
  forces a top three.
- For a round: respondents per role, how many statements are split and the
  three most split, and politicians beside officials when each has at least
  three respondents. The difference between them is clear when it is larger
  than `uncertainty.clear_margin` of their own overall indices.
- A round is *divided* when any statement is split or the role difference is
  clear. A divided group never gets an all-clear.
- With a previous run or round: what changed clearly and what did not (for a
  round, the margin in `scoring.team`; for one person's run, which has no
  spread, more than `STANDOUT_MARGIN` points, said as such).
- Next steps: the organisation's open actions when its plan has any (the
  most urgent first, at most `BRIEF_ACTIONS`, then "and N more"); otherwise
  the one rule in `tables.next_steps`.

The brief holds raw figures and finished sentences in the reader's language,
so every renderer shows the same words.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from scoring import brief_group, charts, tables
from scoring.actions import Action
from scoring.brief_group import RoleGap, margin_text, overall_margin
from scoring.compare import Comparison, compare
from scoring.model import Lang, Questionnaire
from scoring.results import Result, Role
from scoring.score import Scores, score
from scoring.strings import number, t
from scoring.summary import summarise
from scoring.team import RoundComparison, TeamScores, aggregate, compare_rounds, own_scores

STANDOUT_MARGIN = 10.0
BRIEF_STEPS = 3
BRIEF_PITFALLS = 3
BRIEF_ACTIONS = 3  # open actions the page lists; the rest are on page 2
# Characters of an action's title and owner on the page, so that long ones cannot push it over.
BRIEF_ACTION_TITLE = 110
BRIEF_OWNER = 50


Day = date  # `date` is also the name of a ReportInput field, which hides the type inside it


def _today() -> date:
    return datetime.now(UTC).date()


@dataclass(frozen=True)
class Respondent:
    """What the brief needs of one respondent: the role and their own overall index."""

    role: Role | None
    overall: float | None


@dataclass(frozen=True)
class ReportInput:
    """Everything a report is made from; `single_input` and `round_input` build it."""

    questionnaire: Questionnaire
    lang: Lang
    organisation: str
    scores: Scores
    respondents: int = 1
    team: TeamScores | None = None
    own: tuple[Respondent, ...] = ()
    agreed: Mapping[str, int] = field(default_factory=dict)
    rationales: Mapping[str, str] = field(default_factory=dict)  # item id -> why the group agreed so
    previous: Scores | None = None
    comparison: Comparison | None = None
    round_change: RoundComparison | None = None
    date: str = field(default_factory=lambda: _today().isoformat())
    plan: tuple[Action, ...] = ()  # the organisation's action plan, as the store lists it
    today: Day = field(default_factory=_today)  # for overdue: the organisation's today

    @property
    def change(self) -> Comparison | RoundComparison | None:
        return self.round_change or self.comparison


def single_input(
    questionnaire: Questionnaire,
    result: Result,
    lang: Lang,
    previous: Result | None = None,
    *,
    plan: Sequence[Action] = (),
    today: date | None = None,
) -> ReportInput:
    comparison = compare(questionnaire, previous, result) if previous else None
    return ReportInput(
        questionnaire=questionnaire,
        lang=lang,
        organisation=result.organisation,
        scores=score(questionnaire, result.answers),
        previous=comparison.before_scores if comparison else None,
        comparison=comparison,
        date=result.created_at[:10],
        plan=tuple(plan),
        today=today or _today(),
    )


def round_input(
    questionnaire: Questionnaire,
    organisation: str,
    responses: Sequence[Result],
    lang: Lang,
    agreed: Mapping[str, int] | None = None,
    previous: Sequence[Result] = (),
    rationales: Mapping[str, str] | None = None,
    *,
    plan: Sequence[Action] = (),
    today: date | None = None,
) -> ReportInput:
    team = aggregate(questionnaire, responses)
    change = compare_rounds(questionnaire, previous, responses) if previous else None
    return ReportInput(
        questionnaire=questionnaire,
        lang=lang,
        organisation=organisation,
        scores=team.scores,
        respondents=team.respondents,
        team=team,
        own=tuple(Respondent(r.role, own_scores(questionnaire, r.answers).overall) for r in responses),
        agreed=dict(agreed or {}),
        rationales=dict(rationales or {}),
        previous=change.before.scores if change else None,
        round_change=change,
        plan=tuple(plan),
        today=today or _today(),
    )


@dataclass(frozen=True)
class Standout:
    area: str  # area id
    label: str  # "3. Area title"
    score: float
    difference: float  # from the mean of the other scored areas


@dataclass(frozen=True)
class Brief:
    lang: Lang
    title: str
    meta: str
    overall: float | None
    overall_text: str  # "50,0", or a dash
    margin: float | None  # ± for a round
    margin_text: str | None
    level: str  # the level's label, or a dash
    level_text: str  # its description, or why there is none
    chart: dict[str, Any]  # the strengths-and-gaps chart (Vega-Lite)
    areas: tables.Table
    strongest: tuple[Standout, ...]
    weakest: tuple[Standout, ...]
    strongest_lines: tuple[str, ...]
    weakest_lines: tuple[str, ...]
    standout_note: str  # the rule, that the profile is flat, or that there is too little to tell
    divided: bool
    divided_text: str | None
    group: tuple[str, ...]  # a round's respondents per role, and how many statements are split
    most_split: tuple[str, ...]
    roles_line: str | None  # politicians beside officials, or why they are not compared
    role_gap: RoleGap | None
    changes: tuple[str, ...]
    pitfalls: tuple[str, ...]
    pitfalls_note: str | None  # "… and 2 more", or why there are none
    steps_title: str  # "Next steps for the gaps", or the plan's open actions
    steps: tuple[tables.NextStep, ...]
    steps_note: str | None  # why there are no steps, or how many more actions page 2 lists
    steps_from_plan: bool  # the steps are the plan's open actions


def build_brief(data: ReportInput) -> Brief:
    q, lang, scores = data.questionnaire, data.lang, data.scores
    strongest, weakest = standouts(q, scores, lang)
    role_gap = brief_group.role_gap(data)
    divided = data.team is not None and (bool(data.team.split_items) or bool(role_gap and role_gap.clear))
    margin, n_own = overall_margin(data)
    pitfalls = summarise(q, scores, limit=len(q.items)).active_pitfalls
    steps_title, steps, steps_note = _steps(data, divided)
    meta = t("report_round_of", lang, n=data.respondents) if data.team else t("report_single", lang)
    return Brief(
        lang=lang,
        title=f"{t('report_title', lang)}: {data.organisation or t('report_no_organisation', lang)}",
        meta=f"{data.date} · {meta} · {t('report_questionnaire', lang, version=q.version)}",
        overall=scores.overall,
        overall_text=tables.format_cell(scores.overall, lang),
        margin=margin,
        margin_text=margin_text(data, margin, n_own),
        level=scores.level.label(lang) if scores.level else tables.NO_VALUE,
        level_text=scores.level.description(lang) if scores.level else t("overall_too_little", lang),
        chart=charts.strengths_gaps_chart(q, scores, lang, data.previous).to_dict(),
        areas=_without(tables.area_table(q, scores, lang, data.previous), "col_level"),
        strongest=strongest,
        weakest=weakest,
        strongest_lines=tuple(_standout_line(s, lang) for s in strongest),
        weakest_lines=tuple(_standout_line(s, lang) for s in weakest),
        standout_note=_standout_note(scores, lang, bool(strongest or weakest)),
        divided=divided,
        divided_text=t("brief_divided", lang) if divided else None,
        group=brief_group.group_lines(data),
        most_split=brief_group.most_split(data),
        roles_line=None if data.team is None else brief_group.role_line(role_gap, lang),
        role_gap=role_gap,
        changes=_change_lines(data),
        pitfalls=tuple(row.label(lang) for row in pitfalls[:BRIEF_PITFALLS]),
        pitfalls_note=_pitfalls_note(len(pitfalls), lang, divided),
        steps_title=steps_title,
        steps=steps,
        steps_note=steps_note,
        steps_from_plan=bool(open_actions(data.plan, data.today)),
    )


def _steps(data: ReportInput, divided: bool) -> tuple[str, tuple[tables.NextStep, ...], str | None]:
    """The one rule for the brief's next steps: the plan's open actions when there are any (overdue
    first, then by due date), at most `BRIEF_ACTIONS`; otherwise the advice of `tables.next_steps`."""
    q, lang = data.questionnaire, data.lang
    actions = open_actions(data.plan, data.today)
    if not actions:
        steps = tables.next_steps(q, data.scores, lang, limit=BRIEF_STEPS)
        note = None if steps else _steps_note(data.scores, lang, divided)
        return t("report_next_steps", lang), steps, note
    shown = tuple(_action_step(q, action, lang, data.today) for action in actions[:BRIEF_ACTIONS])
    more = len(actions) - len(shown)
    return t("brief_open_actions", lang), shown, t("brief_more", lang, n=more) if more else None


def open_actions(plan: Sequence[Action], today: date) -> tuple[Action, ...]:
    """The actions still open (planned or in progress), the most urgent first."""
    undated = date.max
    return tuple(
        sorted(
            (a for a in plan if not a.fields.closed and a.deleted_at is None),
            key=lambda a: (not a.overdue(today), a.fields.due or undated),  # stable: the plan's order
        )
    )


def _action_step(q: Questionnaire, action: Action, lang: Lang, today: date) -> tables.NextStep:
    areas = tables.action_areas(q, action, lang)
    details = [areas]
    if action.fields.owner:
        details.append(t("brief_action_owner", lang, owner=_short(action.fields.owner, BRIEF_OWNER)))
    if action.fields.due:
        details.append(t("brief_action_due", lang, due=action.fields.due.isoformat()))
    if action.overdue(today):
        details.append(t("action_overdue", lang))
    title = _short(action.title, BRIEF_ACTION_TITLE)
    return tables.NextStep(title=" · ".join(details), area=areas, step=title)


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _steps_note(scores: Scores, lang: Lang, divided: bool) -> str:
    if scores.overall is None:
        return t("brief_steps_too_little", lang)
    return t("brief_no_gaps_divided" if divided else "report_no_gaps", lang)


def _without(table: tables.Table, column: str) -> tables.Table:
    """The table less one column: the brief's chart already names each area's level."""
    keep = [k for k, key in enumerate(table.columns) if key != column]
    rows = tuple(tuple(row[k] for k in keep) for row in table.rows)
    return tables.Table(tuple(table.columns[k] for k in keep), rows)


def standouts(
    questionnaire: Questionnaire, scores: Scores, lang: Lang, margin: float = STANDOUT_MARGIN
) -> tuple[tuple[Standout, ...], tuple[Standout, ...]]:
    """Areas more than `margin` above (strongest first) and below (weakest first) the rest."""
    scored = [(a.id, a.score) for a in scores.areas if a.score is not None]
    if scores.overall is None or len(scored) < 2:
        return (), ()
    total = sum(value for _, value in scored)
    found = []
    for area_id, value in scored:
        difference = round(value - (total - value) / (len(scored) - 1), 1)
        if abs(difference) > margin:
            label = tables.area_label(questionnaire, area_id, lang)
            found.append(Standout(area_id, label, value, difference))
    found.sort(key=lambda s: s.difference, reverse=True)
    strong = tuple(s for s in found if s.difference > 0)
    weak = tuple(reversed([s for s in found if s.difference < 0]))
    return strong, weak


def _standout_line(standout: Standout, lang: Lang) -> str:
    return t(
        "brief_standout",
        lang,
        area=standout.label,
        score=number(standout.score, lang),
        difference=number(standout.difference, lang, sign=True),
    )


def _standout_note(scores: Scores, lang: Lang, any_standout: bool) -> str:
    margin = number(STANDOUT_MARGIN, lang).removesuffix(",0").removesuffix(".0")
    if scores.overall is None:
        return t("brief_too_little", lang)
    return t("brief_standout_rule" if any_standout else "brief_flat", lang, margin=margin)


def _change_lines(data: ReportInput) -> tuple[str, ...]:
    q, lang = data.questionnaire, data.lang
    nothing = t("brief_nothing", lang)

    def listed(names: list[str]) -> str:
        # The figures are in the brief's area table; the sentence says only which.
        return ", ".join(names) or nothing

    def name(area_id: str) -> str:
        return t("csv_overall", lang) if area_id == "overall" else tables.area_label(q, area_id, lang)

    if data.round_change is not None:
        changes = [*data.round_change.areas, data.round_change.overall]
        clear = [name(c.id) for c in changes if c.clear]
        unclear = [name(c.id) for c in changes if not c.clear and c.delta is not None]
        return (
            t("brief_changed_clearly", lang, areas=listed(clear)),
            t("brief_changed_unclearly", lang, areas=listed(unclear)),
        )
    if data.comparison is not None:
        moves = [*data.comparison.areas, data.comparison.overall]
        margin = number(STANDOUT_MARGIN, lang).removesuffix(",0").removesuffix(".0")
        big = [name(c.id) for c in moves if c.delta is not None and abs(c.delta) > STANDOUT_MARGIN]
        small = [name(c.id) for c in moves if c.delta is not None and abs(c.delta) <= STANDOUT_MARGIN]
        return (
            t("brief_moved", lang, margin=margin, areas=listed(big)),
            t("brief_not_moved", lang, margin=margin, areas=listed(small)),
            t("brief_single_change_note", lang),
        )
    return ()


def _pitfalls_note(active: int, lang: Lang, divided: bool) -> str | None:
    if active > BRIEF_PITFALLS:
        return t("brief_more", lang, n=active - BRIEF_PITFALLS)
    if active == 0:
        return t("brief_no_pitfalls_divided" if divided else "no_active_pitfalls", lang)
    return None
