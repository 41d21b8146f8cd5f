"""The facilitator's view of a round, for a shared screen in a workshop: the answers coming
in (`collect`), the results and the agenda (`workshop`), the spread, a comparison with an
earlier round or run, and the meeting report."""

from __future__ import annotations

from dataclasses import replace
from functools import partial

import streamlit as st

from scoring import tables, team_charts, trend
from scoring.model import Questionnaire
from scoring.report import ReportInput, report_bytes, round_input, round_report
from scoring.results import Result
from scoring.store.rounds import Round, Rounds, token_from_link
from scoring.team import RoundComparison, TeamScores, aggregate, compare_rounds, own_scores
from ui import auth, charts, settings
from ui.actions import visible_plan
from ui.results import DOCX, PDF, strengths_and_gaps
from ui.round import collect, workshop
from ui.state import lang, num, questionnaire, show_rows, show_table, tr


def render(rounds: Rounds, token: str) -> None:
    q = questionnaire()
    found = rounds.for_facilitator(token)
    st.title(tr("round_results_title"))
    if found is None:
        st.error(tr("round_bad_link"))
        return
    responses = rounds.responses(found.id, q)
    collect.render(rounds, found, len(responses))
    if not responses:
        st.info(tr("round_no_answers"))
        return
    # With one shared link a person can answer several times and fill a role group, so
    # its roles cannot be protected against padding: the team's figures and the report
    # are computed without them.
    scored = responses if found.personal else without_roles(responses)
    team = aggregate(q, scored)
    agreed, rationales = workshop.render(q, rounds, found, scored, team)
    _spread(q, scored, team)
    previous = _previous(q, rounds, found, scored)
    _report(q, rounds, found, scored, previous, agreed, rationales)


def without_roles(responses: list[Result]) -> list[Result]:
    return [replace(response, role=None) for response in responses]


def _spread(q: Questionnaire, responses: list[Result], team: TeamScores) -> None:
    lg = lang()
    st.header(tr("round_spread"), anchor=False)
    own = [own_scores(q, r.answers) for r in responses]
    charts.draw(charts.spec(team_charts.spread_chart, q, own, team.scores, lg))
    with st.expander(tr("show_table")):
        show_rows(
            [
                {
                    tr("col_area"): row["area"],
                    "n": row["n"],
                    tr("round_lowest"): row["min"],
                    tr("round_median"): row["median"],
                    tr("round_highest"): row["max"],
                }
                for row in team_charts.spread_summary(q, own, lg)
            ]
        )


def _previous(q: Questionnaire, rounds: Rounds, found: Round, responses: list[Result]) -> list[Result]:
    """A saved run of the organisation, or an earlier round the facilitator holds the link to.

    Earlier rounds are not listed by organisation name: anyone can start a
    round under any name, and a list would hand them other rounds' results.
    """
    st.header(tr("report_comparison"))
    if auth.gate(found.organisation, key="round_previous_sign_in") is None:
        return []
    runs = {run.id: run for run in rounds.store.list_runs(found.organisation)}
    options: list[int | None] = [None, *runs]
    picked = st.selectbox(
        tr("round_compare_with"),
        options,
        format_func=lambda i: (
            tr("round_no_comparison")
            if i is None
            else tr(
                "round_earlier_run",
                day=trend.date_label(runs[i].created_at, lang()),
                overall=num(runs[i].overall),
            )
        ),
        key="round_previous_run",
    )
    link = st.text_input(
        tr("round_earlier_link"), key="round_previous_link", help=tr("round_earlier_link_help")
    )
    previous: list[Result] = []
    if link.strip():
        earlier = rounds.for_facilitator(token_from_link(link))
        if earlier is None or earlier.id == found.id:
            st.warning(tr("round_bad_link"))
        else:
            previous = rounds.responses(earlier.id, q)
    elif picked is not None and (stored := rounds.store.get_run(picked)) is not None:
        previous = [stored.result]
    if not previous:
        return []
    change = compare_rounds(q, previous, responses)
    strengths_and_gaps(q, change.after.scores, change.before.scores)
    show_table(tables.change_table(q, lang(), change))
    st.caption(tr("report_clear_rule"))
    _check_plan(q, rounds, found, change)
    return previous


def _check_plan(q: Questionnaire, rounds: Rounds, found: Round, change: RoundComparison) -> None:
    """Each of the organisation's actions beside the measured change, by the rounds' clear rule."""
    plan = visible_plan(found.organisation)
    if not plan:
        return
    st.subheader(tr("actions_check_title"), anchor=False)
    show_table(tables.action_check_table(q, plan, change, lang(), settings.today()))
    st.caption(tr("actions_check_rule_round"))


def _report(
    q: Questionnaire,
    rounds: Rounds,
    found: Round,
    responses: list[Result],
    previous: list[Result],
    agreed: dict[str, int],
    rationales: dict[str, str],
) -> None:
    st.header(tr("report_download_title"))
    lg = lang()

    def data() -> ReportInput:
        plan, today = visible_plan(found.organisation), settings.today()
        org = found.organisation
        return round_input(q, org, responses, lg, agreed, previous, rationales, plan=plan, today=today)

    def made(suffix: str) -> bytes:
        return report_bytes(data(), suffix)

    html, pdf, word = st.columns(3)
    html.download_button(
        tr("report_download"),
        data=lambda: round_report(data()),
        file_name="rapport-teamrunda.html",
        mime="text/html",
        on_click="ignore",
        key="round_report",
        type="primary",
    )
    # PDF and Word: the same button but for the format; keys and file names as before.
    for column, label, suffix, mime in (
        (pdf, "report_download_pdf", ".pdf", PDF),
        (word, "report_download_docx", ".docx", DOCX),
    ):
        column.download_button(
            tr(label),
            data=partial(made, suffix),
            file_name=f"rapport{suffix}",
            mime=mime,
            on_click="ignore",
            key=f"round_report_{suffix[1:]}",
        )
    st.caption(tr("report_print_hint"))
