"""A respondent's view of a round: answer anonymously, with a role, then send."""

from __future__ import annotations

import streamlit as st

from scoring.errors import ScoringError, StoreError
from scoring.results import Result, dump_result
from scoring.store.rounds import Round, RoundClosedError, Rounds
from ui import autosave, fill_in, session, settings
from ui.state import current_result, lang, plain, questionnaire, tr


def render(rounds: Rounds, token: str) -> None:
    found = rounds.for_respondent(token)
    st.title(tr("round_title"))
    if found is None:
        st.error(tr("round_bad_link"))
        return
    st.header(plain(found.organisation))  # anyone may name a round: its name is shown as text
    st.markdown(
        f"**{tr('round_closes_top', day=found.closes_on.isoformat())}**"
        if found.closes_on
        else tr("round_no_closing_day")
    )
    sent_from = st.query_params.get(autosave.TOKEN_PARAM)
    if sent_from and not session.has_sent(token) and rounds.was_sent(found.id, sent_from):
        # A reload after sending, or another tab that sent: the draft's address remembers it.
        if session.given():
            st.info(tr("round_already_sent"))
        session.response_sent(token)
    if session.has_sent(token):
        st.success(tr("round_thanks"))
        if (copy := session.sent_copy()) is not None:
            _download(copy, "round_download_sent")
        return
    if found.personal and rounds.link_used(token):
        st.info(tr("round_link_used"))
        return
    if not found.is_open(settings.today()):
        st.info(tr("round_closed_for_answers"))
        return
    session.answer_round(found.id)
    st.write(tr("round_respondent_intro"))
    st.caption(tr("round_address_is_personal"))
    fill_in.role_choice()
    fill_in.areas_form(show_results_link=False)
    _send(rounds, token, found)


def _send(rounds: Rounds, token: str, found: Round) -> None:
    q = questionnaire()
    if not session.role():
        st.info(tr("round_role_first"))
        return
    if session.unseen():
        autosave.offer_unseen(q, "round_other_tab")
        return
    _download(dump_result(_anonymous(current_result(q), found)), "round_download_answers")
    if not st.button(tr("round_send"), type="primary", key="round_send"):
        return
    if autosave.guard(lambda: autosave.other_tab_answers(rounds.store)):
        st.rerun()  # nothing is sent before this tab has taken in the other tab's answers
    result = current_result(q)
    if not any(value is not None for value in result.answers.values()):
        st.warning(tr("round_answer_first"))
        return
    anonymous = _anonymous(result, found)
    try:
        stored = rounds.submit(token, anonymous, q, session.draft_token(), today=settings.today())
    except RoundClosedError:
        st.error(tr("round_closed_for_answers"))
        return
    except StoreError as error:
        if error.key == "round_link_used":
            st.error(error.message(lang()))
        else:  # respondents get no server details (the store's path is in them)
            st.error(tr("round_send_failed"))
        return
    except ScoringError:
        st.error(tr("round_send_failed"))
        return
    if not stored:
        st.warning(tr("round_already_sent"))
    session.response_sent(token, copy=dump_result(anonymous))
    # The draft's address stays in the URL: a reload finds the response sent and thanks again.
    if not stored:
        return
    st.rerun()


def _anonymous(result: Result, found: Round) -> Result:
    """The response as sent: the round's organisation, the respondent's role and answers."""
    return Result(
        result.questionnaire_id, result.questionnaire_version, found.organisation, result.role,
        result.created_at, result.answers,
    )  # fmt: skip


def _download(copy: str, key: str) -> None:
    """The respondent's own answers as a result file, to keep or to open in the app again."""
    st.download_button(
        tr("round_download_answers"),
        data=copy,
        file_name="mina-svar.json",
        mime="application/json",
        on_click="ignore",
        key=key,
        help=tr("round_download_answers_help"),
    )
