"""Reveal and agenda: the team's results for a shared screen, then what to discuss, in order.

Read from the back of a room: large type in a scoped style, one statement per
box, the ranked agenda before any list. The full list of split statements stays
one click away.
"""

from __future__ import annotations

import streamlit as st

from scoring import tables, team_charts
from scoring.agenda import AgendaEntry, agenda, role_sides, statement_code
from scoring.model import Questionnaire
from scoring.results import Result
from scoring.seats import own_seat_counts, political_self_view, self_view_table
from scoring.store.rounds import MAX_RATIONALE, Round, Rounds
from scoring.team import TeamScores
from ui import auth, autosave, charts, session, settings
from ui.actions import item_action_form
from ui.results import strengths_and_gaps
from ui.state import lang, num, show_table, tr

AGREED_OPTIONS = (None, 1, 2, 3, 4, 5)
# Scoped to the workshop container; the theme's text colours keep their contrast (>= 4.5:1).
LARGE_TYPE = """<style>
.st-key-workshop p, .st-key-workshop li, .st-key-workshop label { font-size: 1.25rem; line-height: 1.5; }
.st-key-workshop h2 { font-size: 2.2rem; }
.st-key-workshop h3 { font-size: 1.7rem; }
</style>"""


def render(
    q: Questionnaire, rounds: Rounds, found: Round, responses: list[Result], team: TeamScores
) -> tuple[dict[str, int], dict[str, str]]:
    """Draw the reveal and the agenda; return the agreed answers and rationales as stored."""
    agreed = rounds.agreed(found.id)  # read once: the callbacks write before this rerun
    rationales = rounds.rationales(found.id)
    st.html(LARGE_TYPE)
    with st.container(key="workshop"):
        _reveal(q, team)
        entries = agenda(q, responses)
        _agenda(q, rounds, found, entries, agreed, rationales)
        _all_split(q, rounds, found, team, {e.id for e in entries}, agreed, rationales)
        _roles(q, responses, team, found.personal)
    return agreed, rationales


def _reveal(q: Questionnaire, team: TeamScores) -> None:
    lg = lang()
    st.header(tr("round_team_chart"), anchor=False)
    overall = team.scores.overall
    level = q.level_for(overall)
    if overall is not None and level is not None:
        st.subheader(tr("ws_overall", score=num(overall), level=level.label(lg)), anchor=False)
    strengths_and_gaps(q, team.scores)


def _agenda(
    q: Questionnaire,
    rounds: Rounds,
    found: Round,
    entries: tuple[AgendaEntry, ...],
    agreed: dict[str, int],
    rationales: dict[str, str],
) -> None:
    st.header(tr("ws_agenda"), anchor=False)
    _open_actions(q, rounds, found)
    st.write(tr("ws_agenda_intro"))
    if not entries:
        st.write(tr("ws_agenda_empty"))
    for entry in entries:
        _entry(q, rounds, found, entry, agreed, rationales)


def _open_actions(q: Questionnaire, rounds: Rounds, found: Round) -> None:
    """The organisation's open actions open the agenda, for those allowed to see its plan."""
    if not auth.may_change(found.organisation):
        return
    plan = autosave.guard(lambda: rounds.store.list_actions(found.organisation)) or []
    table = tables.open_actions_table(q, plan, lang(), settings.today())
    if table.rows:
        st.subheader(tr("ws_open_actions"), anchor=False)
        show_table(table)


def _entry(
    q: Questionnaire,
    rounds: Rounds,
    found: Round,
    entry: AgendaEntry,
    agreed: dict[str, int],
    rationales: dict[str, str],
) -> None:
    lg = lang()
    item, area = q.item(entry.id), q.area_of(entry.id)
    code = statement_code(q, entry.id)
    labels = {p.value: f"{p.value} {p.label(lg)}" for p in q.scale.points}
    with st.container(border=True, key=f"agenda_{entry.rank}"):
        st.subheader(f"{entry.rank}. {code} {item.text(lg)}", anchor=False)
        st.markdown(f"**{tr(f'ws_why_{entry.reason}')}**")
        charts.draw(
            charts.spec(team_charts.distribution_chart, entry.distribution, entry.dont_know, labels, lg),
            width=None,
        )
        # The same counts as text: the chart's words for those who cannot see it.
        st.caption(
            " · ".join(f"{labels[v]}: {entry.distribution.get(v, 0)}" for v in sorted(labels))
            + f" · {tr('col_dont_know')}: {entry.dont_know}"
        )
        gap = entry.roles
        if gap is not None and gap.difference is not None:
            st.write(
                tr(
                    "ws_difference",
                    politicians=num(gap.politicians),
                    officials=num(gap.officials),
                    difference=num(gap.difference, sign=True),
                    margin=num(gap.margin),
                )
            )
        for question in area.discussion(lg):
            st.markdown(tr("ws_discuss", question=question))
        _record(q, rounds, found, entry.id, agreed, rationales)
        if auth.may_change(found.organisation):
            item_action_form(q, rounds.store, found.organisation, entry.id)


def _record(
    q: Questionnaire,
    rounds: Rounds,
    found: Round,
    item_id: str,
    agreed: dict[str, int],
    rationales: dict[str, str],
) -> None:
    """The agreed answer and one line of why, saved as they change; recording needs sign-in."""
    lg = lang()
    item, code = q.item(item_id), statement_code(q, item_id)
    labels = {p.value: f"{p.value} {p.label(lg)}" for p in q.scale.points}
    allowed = auth.may_change(found.organisation)
    left, right = st.columns([1, 2])
    left.selectbox(
        tr("ws_agreed_label", code=code, short=item.short(lg)),
        AGREED_OPTIONS,
        index=AGREED_OPTIONS.index(agreed.get(item_id)),
        format_func=lambda v: tr("round_not_agreed") if v is None else labels[v],
        key=f"agreed_{item_id}",
        on_change=_save_agreed,
        args=(rounds, found.id, item_id, found.organisation),
        disabled=not allowed,
    )
    right.text_input(
        tr("ws_rationale_label", code=code),
        value=rationales.get(item_id, ""),
        max_chars=MAX_RATIONALE,
        key=f"rationale_{item_id}",
        on_change=_save_rationale,
        args=(rounds, found.id, item_id, found.organisation),
        disabled=not allowed,
    )
    if not allowed and auth.configured():
        st.caption(tr("ws_sign_in_to_record"))


def _save_agreed(rounds: Rounds, round_id: int, item_id: str, organisation: str) -> None:
    value = session.widget_value(f"agreed_{item_id}")
    if not auth.may_change(organisation):  # the widget is disabled; this holds for a forged event too
        return
    autosave.guard(lambda: rounds.set_agreed(round_id, item_id, value))


def _save_rationale(rounds: Rounds, round_id: int, item_id: str, organisation: str) -> None:
    text = session.widget_value(f"rationale_{item_id}")
    if not auth.may_change(organisation) or not isinstance(text, str):
        return
    autosave.guard(lambda: rounds.set_rationale(round_id, item_id, text))


def _all_split(
    q: Questionnaire,
    rounds: Rounds,
    found: Round,
    team: TeamScores,
    on_agenda: set[str],
    agreed: dict[str, int],
    rationales: dict[str, str],
) -> None:
    """Every split statement, one click away; those not on the agenda can be recorded here."""
    if not team.split_items:
        return
    lg = lang()
    labels = {p.value: f"{p.value} {p.label(lg)}" for p in q.scale.points}
    with st.expander(tr("ws_all_statements")):
        st.write(tr("report_split_intro"))
        for item_id in team.split_items:
            item, stats = q.item(item_id), team.item(item_id)
            st.markdown(f"**{statement_code(q, item_id)} {item.text(lg)}**")
            st.caption(
                " · ".join(f"{labels[v]}: {stats.distribution.get(v, 0)}" for v in range(1, 6))
                + f" · {tr('col_dont_know')}: {stats.dont_know}"
            )
            if item_id not in on_agenda:
                _record(q, rounds, found, item_id, agreed, rationales)


def _roles(q: Questionnaire, responses: list[Result], team: TeamScores, personal: bool) -> None:
    lg = lang()
    st.header(tr("report_roles"), anchor=False)
    if not personal:
        st.write(tr("round_roles_shared_hidden"))
        return
    sides = role_sides(q, responses)
    if sides is None:
        if team.roles:
            show_table(tables.role_table(q, lg, team))
        st.caption(tr("ws_roles_need_three"))
        return
    charts.draw(charts.spec(team_charts.role_sides_chart, q, sides, lg))
    show_table(tables.role_sides_table(q, lg, sides))
    total = len(q.items)
    for role, n in own_seat_counts(q).items():
        st.caption(tr("ws_own_seat", role=tr(f"role_{role}"), n=n, total=total))
    views = political_self_view(q, responses)
    if views:
        st.subheader(tr("ws_self_view"), anchor=False)
        show_table(self_view_table(q, views, lg))
    st.caption(tr("report_roles_hidden"))
