"""Team round: start one, answer anonymously, or lead the discussion of the results.

The page has three faces, chosen by the link: no token starts a round, `svar`
is a respondent's link, `leda` is the facilitator's.
"""

from __future__ import annotations

from datetime import date

import streamlit as st

from scoring import charts
from scoring.errors import ScoringError
from scoring.model import Questionnaire
from scoring.report import round_report
from scoring.results import Result
from scoring.store.rounds import (
    FACILITATOR_PARAM,
    RESPONDENT_PARAM,
    Round,
    RoundClosedError,
    Rounds,
    links,
    token_from_link,
)
from scoring.team import TeamScores, aggregate, compare_rounds, own_scores, role_counts
from ui import autosave, fill_in
from ui.results import strengths_and_gaps
from ui.state import ANSWERS, ROLE, current_result, lang, num, questionnaire, show_error, tr

AGREED_OPTIONS = (None, 1, 2, 3, 4, 5)


def render() -> None:
    db = autosave.store()
    if db is None:
        st.title(tr("round_title"))
        st.warning(tr(autosave.no_store_key()))
        return
    rounds = Rounds(db)
    if token := remembered(RESPONDENT_PARAM):
        _respondent(rounds, token)
    elif token := remembered(FACILITATOR_PARAM):
        _facilitator(rounds, token)
    else:
        _start(rounds)


def remembered(param: str) -> str | None:
    """A round token from the link, kept for the session.

    Streamlit clears query parameters when the user moves to another page; a
    respondent coming back must find the send button, and a facilitator the
    results, whose link is shown only once.
    """
    key = f"_round_{param}"
    if token := st.query_params.get(param):
        st.session_state[key] = token
    elif token := st.session_state.get(key):
        st.query_params[param] = token
    return token


def is_respondent_session() -> bool:
    return bool(st.query_params.get(RESPONDENT_PARAM) or st.session_state.get(f"_round_{RESPONDENT_PARAM}"))


# --- start ----------------------------------------------------------------------------


def _start(rounds: Rounds) -> None:
    st.title(tr("round_title"))
    st.write(tr("round_intro"))
    with st.form("start_round"):
        organisation = st.text_input(
            tr("organisation_label"), value=st.session_state.get("organisation") or ""
        )
        closes_on = st.date_input(
            tr("round_closes_on"), value=None, min_value=date.today(), format="YYYY-MM-DD"
        )
        started = st.form_submit_button(tr("round_start"), type="primary")
    if started and not organisation.strip():
        st.error(tr("round_needs_organisation"))
    elif started:
        try:
            created = rounds.create(organisation, closes_on)
        except ScoringError as error:
            show_error(error)
            return
        st.session_state["round_links"] = links(
            st.context.url, created.respondent_token, created.facilitator_token
        )
    if "round_links" in st.session_state:
        respondent, facilitator = st.session_state["round_links"]
        st.success(tr("round_started"))
        st.markdown(f"**{tr('round_respondent_link')}**")
        st.code(respondent, language=None)
        st.markdown(f"**{tr('round_facilitator_link')}**")
        st.code(facilitator, language=None)
        st.warning(tr("round_keep_facilitator_link"))


# --- respondent -----------------------------------------------------------------------


def _respondent(rounds: Rounds, token: str) -> None:
    found = rounds.for_respondent(token)
    st.title(tr("round_title"))
    if found is None:
        st.error(tr("round_bad_link"))
        return
    st.header(found.organisation)
    if st.session_state.get("round_sent") == token:
        st.success(tr("round_thanks"))
        return
    if not found.is_open():
        st.info(tr("round_closed_for_answers"))
        return
    if st.session_state.get("_round_draft") != found.id:
        # A respondent starts blank: nothing from another assessment in this tab is sent.
        if st.session_state.get("draft_kind") != ("round", found.id):
            st.session_state[ANSWERS] = {}
            st.session_state.pop("draft_token", None)
        st.session_state["_round_draft"] = found.id
        st.session_state["draft_kind"] = ("round", found.id)
    st.write(tr("round_respondent_intro"))
    st.caption(tr("round_address_is_personal"))
    fill_in.role_choice()
    fill_in.areas_form(show_results_link=False)
    _send(rounds, token, found)


def _send(rounds: Rounds, token: str, found: Round) -> None:
    q = questionnaire()
    if not st.session_state.get(ROLE):
        st.info(tr("round_role_first"))
        return
    if not st.button(tr("round_send"), type="primary", key="round_send"):
        return
    result = current_result(q)
    if not any(value is not None for value in result.answers.values()):
        st.warning(tr("round_answer_first"))
        return
    anonymous = Result(
        result.questionnaire_id, result.questionnaire_version, found.organisation, result.role,
        result.created_at, result.answers,
    )  # fmt: skip
    try:
        rounds.submit(token, anonymous, q, st.session_state.get("draft_token"))
    except RoundClosedError:
        st.error(tr("round_closed_for_answers"))
        return
    except ScoringError:
        # Respondents get no server details (the store's path is in them).
        st.error(tr("round_send_failed"))
        return
    st.session_state["round_sent"] = token
    st.session_state[ANSWERS] = {}
    st.session_state.pop("draft_token", None)
    st.query_params.pop(autosave.TOKEN_PARAM, None)
    st.rerun()


# --- facilitator ----------------------------------------------------------------------


def _facilitator(rounds: Rounds, token: str) -> None:
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
    team = aggregate(q, responses)
    agreed = rounds.agreed(found.id)  # read once: the selectbox callbacks write before this rerun
    _by_role(responses)
    _split(q, rounds, found, team, agreed)  # first: these are the questions for the meeting
    st.header(tr("round_team_chart"))
    strengths_and_gaps(q, team.scores)
    _spread(q, responses, team)
    _roles(q, team)
    previous = _previous(q, rounds, found, responses)
    _report(q, found, responses, previous, agreed)


def _status(rounds: Rounds, found: Round, count: int) -> None:
    st.header(found.organisation)
    state = tr("round_open") if found.is_open() else tr("round_closed")
    closes = tr("round_closes", day=found.closes_on.isoformat()) if found.closes_on else ""
    st.write(f"{state} {closes} · {tr('round_count', n=count)}")
    respondent, _ = links(st.context.url, found.respondent_token)
    with st.expander(tr("round_respondent_link")):
        st.code(respondent, language=None)
    is_open = found.is_open()
    if st.button(tr("round_close") if is_open else tr("round_reopen"), key="round_toggle"):
        autosave.guard(lambda: rounds.set_closed(found.id, True) if is_open else rounds.reopen(found.id))
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
    st.altair_chart(charts.spread_chart(q, own, team.scores, lg), theme=None)
    with st.expander(tr("show_table")):
        st.dataframe(
            [
                {
                    tr("col_area"): row["area"],
                    "n": row["n"],
                    tr("round_lowest"): row["min"],
                    tr("round_median"): row["median"],
                    tr("round_highest"): row["max"],
                }
                for row in charts.spread_summary(q, own, lg)
            ],
            hide_index=True,
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
        with st.container(border=True):
            st.markdown(f"**{item.text(lg)}**")
            st.caption(
                " · ".join(f"{labels[v]}: {stats.distribution.get(v, 0)}" for v in range(1, 6))
                + f" · {tr('col_dont_know')}: {stats.dont_know}"
            )
            st.selectbox(
                tr("report_agreed"),
                AGREED_OPTIONS,
                index=AGREED_OPTIONS.index(agreed.get(item_id)),
                format_func=lambda v: tr("round_not_agreed") if v is None else labels[v],
                key=f"agreed_{item_id}",
                on_change=_save_agreed,
                args=(rounds, found.id, item_id),
            )


def _save_agreed(rounds: Rounds, round_id: int, item_id: str) -> None:
    value = st.session_state.get(f"agreed_{item_id}")
    autosave.guard(lambda: rounds.set_agreed(round_id, item_id, value))


def _roles(q: Questionnaire, team: TeamScores) -> None:
    lg = lang()
    st.header(tr("report_roles"))
    if not team.roles:
        st.write(tr("report_roles_hidden"))
        return
    rows = [
        {tr("col_area"): area.title(lg)}
        | {f"{tr(f'role_{r.role}')} (n = {r.n})": r.scores.area(area.id).score for r in team.roles}
        for area in q.areas
    ]
    st.dataframe(rows, hide_index=True)
    st.caption(tr("report_roles_hidden"))


def _previous(q: Questionnaire, rounds: Rounds, found: Round, responses: list[Result]) -> list[Result]:
    """A saved run of the organisation, or an earlier round the facilitator holds the link to.

    Earlier rounds are not listed by organisation name: anyone can start a
    round under any name, and a list would hand them other rounds' results.
    """
    st.header(tr("report_comparison"))
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
    titles = {a.id: a.title(lang()) for a in q.areas} | {"overall": tr("csv_overall")}
    st.dataframe(
        [
            {
                tr("col_area"): titles[c.id],
                tr("col_before"): c.before,
                tr("col_after"): c.after,
                tr("col_delta"): c.delta,
                tr("report_clear"): tr("report_clear_yes") if c.clear else tr("report_clear_no"),
            }
            for c in (*change.areas, change.overall)
        ],
        hide_index=True,
    )
    st.caption(tr("report_clear_rule"))
    return previous


def _report(
    q: Questionnaire, found: Round, responses: list[Result], previous: list[Result], agreed: dict[str, int]
) -> None:
    st.header(tr("report_download_title"))
    lg = lang()
    st.download_button(
        tr("report_download"),
        data=lambda: round_report(q, found.organisation, responses, lg, agreed, previous),
        file_name="rapport-teamrunda.html",
        mime="text/html",
        on_click="ignore",
        key="round_report",
        type="primary",
    )
    st.caption(tr("report_print_hint"))
