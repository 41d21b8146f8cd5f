"""The facilitator's view of a round: who answered, where the group is split, the charts,
a comparison with an earlier round or run, and the meeting report."""

from __future__ import annotations

from dataclasses import replace

import streamlit as st

from scoring import charts, tables
from scoring.model import Questionnaire
from scoring.report import report_bytes, round_input, round_report
from scoring.results import Result
from scoring.store.rounds import Round, Rounds, links, token_from_link
from scoring.team import TeamScores, aggregate, compare_rounds, own_scores, role_counts
from ui import auth, autosave, session, settings
from ui.results import DOCX, PDF, strengths_and_gaps
from ui.state import lang, num, page_url, plain, questionnaire, show_rows, show_table, tr

AGREED_OPTIONS = (None, 1, 2, 3, 4, 5)


def render(rounds: Rounds, token: str) -> None:
    q = questionnaire()
    found = rounds.for_facilitator(token)
    st.title(tr("round_results_title"))
    if found is None:
        st.error(tr("round_bad_link"))
        return
    responses = rounds.responses(found.id, q)
    _status(rounds, found, len(responses))
    if not responses:
        st.info(tr("round_no_answers"))
        return
    _by_role(responses)
    # With one shared link a person can answer several times and fill a role group, so
    # its roles cannot be protected against padding: the team's figures and the report
    # are computed without them.
    scored = responses if found.personal else without_roles(responses)
    team = aggregate(q, scored)
    agreed = rounds.agreed(found.id)  # read once: the selectbox callbacks write before this rerun
    _split(q, rounds, found, team, agreed)  # first: these are the questions for the meeting
    st.header(tr("round_team_chart"))
    strengths_and_gaps(q, team.scores)
    _spread(q, scored, team)
    _roles(q, team, found.personal)
    previous = _previous(q, rounds, found, scored)
    _report(q, found, scored, previous, agreed)


def without_roles(responses: list[Result]) -> list[Result]:
    return [replace(response, role=None) for response in responses]


def _status(rounds: Rounds, found: Round, count: int) -> None:
    st.header(plain(found.organisation))  # anyone may name a round: its name is shown as text
    today = settings.today()
    is_open = found.is_open(today)
    state = tr("round_open") if is_open else tr("round_closed")
    closes = tr("round_closes", day=found.closes_on.isoformat()) if found.closes_on else ""
    st.write(f"{state} {closes} · {tr('round_count', n=count)}")
    if found.personal:
        unused, total = rounds.personal_links_left(found.id)
        st.write(tr("round_personal_status", used=total - unused, total=total))
    else:
        st.info(tr("round_shared_notice"))
        respondent, _ = links(page_url(), found.respondent_token)
        with st.expander(tr("round_respondent_link")):
            st.code(respondent, language=None)
            auth.warn_if_local(respondent)
    if st.button(tr("round_close") if is_open else tr("round_reopen"), key="round_toggle"):
        autosave.guard(
            lambda: rounds.set_closed(found.id, True) if is_open else rounds.reopen(found.id, today)
        )
        st.rerun()


def _by_role(responses: list[Result]) -> None:
    counts = role_counts(responses)
    cols = st.columns(len(counts))
    for col, (role, n) in zip(cols, counts.items(), strict=True):
        col.metric(tr(f"role_{role}") if role != "none" else tr("round_no_role"), n)


def _spread(q: Questionnaire, responses: list[Result], team: TeamScores) -> None:
    lg = lang()
    st.header(tr("round_spread"))
    own = [own_scores(q, r.answers) for r in responses]
    st.altair_chart(charts.spread_chart(q, own, team.scores, lg), theme=None, width="stretch")
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
                for row in charts.spread_summary(q, own, lg)
            ]
        )


def _split(q: Questionnaire, rounds: Rounds, found: Round, team: TeamScores, agreed: dict[str, int]) -> None:
    lg = lang()
    st.header(tr("report_split"))
    if not team.split_items:
        st.write(tr("report_no_split"))
        return
    st.write(tr("report_split_intro"))
    labels = {p.value: f"{p.value} {p.label(lg)}" for p in q.scale.points}
    for item_id in team.split_items:
        item, stats = q.item(item_id), team.item(item_id)
        area = q.area_of(item_id)
        code = f"{q.areas.index(area) + 1}.{area.items.index(item) + 1}"
        with st.container(border=True):
            st.markdown(f"**{code} {item.text(lg)}**")
            st.caption(
                " · ".join(f"{labels[v]}: {stats.distribution.get(v, 0)}" for v in range(1, 6))
                + f" · {tr('col_dont_know')}: {stats.dont_know}"
            )
            st.selectbox(
                # Each select names its statement: a list of "Enades om" tells a screen reader nothing.
                tr("round_agreed_on", code=code, text=item.short(lg)),
                AGREED_OPTIONS,
                index=AGREED_OPTIONS.index(agreed.get(item_id)),
                format_func=lambda v: tr("round_not_agreed") if v is None else labels[v],
                key=f"agreed_{item_id}",
                on_change=_save_agreed,
                args=(rounds, found.id, item_id, found.organisation),
                disabled=not auth.may_change(found.organisation),  # recording needs sign-in
            )


def _save_agreed(rounds: Rounds, round_id: int, item_id: str, organisation: str) -> None:
    value = session.widget_value(f"agreed_{item_id}")
    if not auth.may_change(organisation):  # the widget is disabled; this holds for a forged event too
        return
    autosave.guard(lambda: rounds.set_agreed(round_id, item_id, value))


def _roles(q: Questionnaire, team: TeamScores, personal: bool) -> None:
    lg = lang()
    st.header(tr("report_roles"))
    if not personal:
        st.write(tr("round_roles_shared_hidden"))
        return
    if not team.roles:
        st.write(tr("report_roles_hidden"))
        return
    show_table(tables.role_table(q, lg, team))
    st.caption(tr("report_roles_hidden"))


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
            else tr("round_earlier_run", day=runs[i].created_at[:10], overall=num(runs[i].overall))
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
    return previous


def _report(
    q: Questionnaire, found: Round, responses: list[Result], previous: list[Result], agreed: dict[str, int]
) -> None:
    st.header(tr("report_download_title"))
    lg = lang()

    def made(suffix: str) -> bytes:
        return report_bytes(round_input(q, found.organisation, responses, lg, agreed, previous), suffix)

    html, pdf, word = st.columns(3)
    html.download_button(
        tr("report_download"),
        data=lambda: round_report(q, found.organisation, responses, lg, agreed, previous),
        file_name="rapport-teamrunda.html",
        mime="text/html",
        on_click="ignore",
        key="round_report",
        type="primary",
    )
    pdf.download_button(
        tr("report_download_pdf"),
        data=lambda: made(".pdf"),
        file_name="rapport.pdf",
        mime=PDF,
        on_click="ignore",
        key="round_report_pdf",
    )
    word.download_button(
        tr("report_download_docx"),
        data=lambda: made(".docx"),
        file_name="rapport.docx",
        mime=DOCX,
        on_click="ignore",
        key="round_report_docx",
    )
    st.caption(tr("report_print_hint"))
