"""Nothing lost: every answer goes to a server-side draft the moment it is given.

The draft's token sits in the page URL, so a refresh, a reconnect or a
restarted server finds it again. Store failures never touch the answers on
screen; they only produce one message.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TypeVar

import streamlit as st

from scoring.errors import StoreError
from scoring.model import Questionnaire
from scoring.store import Store, default_db_path
from ui.state import (
    DONT_KNOW,
    ROLE,
    answers,
    answers_changed,
    current_result,
    lang,
    questionnaire,
    record_answer,
    set_answers,
    tr,
)

TOKEN_PARAM = "utkast"
T = TypeVar("T")
logger = logging.getLogger(__name__)


@st.cache_resource(show_spinner=False)
def _open_store(path: str) -> Store:
    store = Store(path)
    store.purge_drafts()  # once per server start: drafts untouched for 30 days go
    return store


def store() -> Store | None:
    """The configured store, or None (with the reason in session state) when it cannot be used."""
    try:
        return _open_store(str(default_db_path()))
    except StoreError as error:
        _remember(error)
        return None


def _remember(error: StoreError) -> None:
    # The person sees error.message(); the operator's detail (path, SQLite's words) goes to the log.
    logger.warning("store error: %s", error)
    st.session_state["store_error"] = error


def restore() -> None:
    """Once per session: bring back the draft named in the URL."""
    if st.session_state.get("_draft_checked"):
        _keep_token_in_url()
        return
    st.session_state["_draft_checked"] = True
    token = st.query_params.get(TOKEN_PARAM)
    db = store()
    if not token or db is None:
        return
    draft = guard(lambda: db.load_draft(token))
    if draft is None:
        return
    st.session_state["draft_token"] = token
    st.session_state["draft_kind"] = (draft.kind, draft.round_id)  # a round's draft stays the round's
    set_answers(questionnaire(), draft.answers)
    st.session_state["organisation"] = draft.organisation
    st.session_state[ROLE] = draft.role
    if draft.answers or draft.organisation:
        st.session_state["draft_restored"] = len(draft.answers)


def _keep_token_in_url() -> None:
    token = st.session_state.get("draft_token")
    if token and st.query_params.get(TOKEN_PARAM) != token:
        st.query_params[TOKEN_PARAM] = token


def _token(db: Store) -> str | None:
    token = st.session_state.get("draft_token")
    if token is None:
        kind, round_id = st.session_state.get("draft_kind", ("single", None))
        # Seeded with the whole session, so a draft begun after a save holds every answer.
        token = guard(
            lambda: db.new_draft(
                kind,
                round_id,
                answers(questionnaire()),
                st.session_state.get("organisation") or "",
                st.session_state.get(ROLE),
            )
        )
        if token is None:
            return None
        st.session_state["draft_token"] = token
        st.query_params[TOKEN_PARAM] = token
    return token


def save_answer(item_id: str) -> None:
    """Radio callback: keep the answer in the session, then in the draft."""
    value = record_answer(item_id)  # first: the session keeps it even when the store fails
    db = store()
    token = _token(db) if db else None
    if db is None or token is None:
        return
    if value is None:
        guard(lambda: db.clear_answer(token, item_id))
    else:
        guard(lambda: db.save_answer(token, item_id, None if value == DONT_KNOW else value))


def save_meta() -> None:
    answers_changed()
    db = store()
    token = _token(db) if db else None
    if db is None or token is None:
        return
    organisation = st.session_state.get("organisation") or ""
    guard(lambda: db.save_draft_meta(token, organisation, st.session_state.get(ROLE)))


def guard(action: Callable[[], T]) -> T | None:
    try:
        return action()
    except StoreError as error:
        _remember(error)
        return None


def is_respondent() -> bool:
    """A team-round respondent's session: it reaches only the round and the help pages."""
    from ui.round import is_respondent_session  # late: ui.round imports this module

    return is_respondent_session()


def no_store_key() -> str:
    """The message key for "history cannot be reached", without pages a respondent cannot open."""
    return "save_run_no_store_respondent" if is_respondent() else "save_run_no_store"


def notices() -> None:
    """Messages about drafts and storage, shown at the top of every page."""
    restored = st.session_state.pop("draft_restored", None)
    if restored is not None:
        st.success(tr("draft_restored", count=restored), icon=":material/restore:")
    error = st.session_state.pop("store_error", None)
    if isinstance(error, StoreError):
        respondent = is_respondent()
        key = "store_unavailable_respondent" if respondent else "store_unavailable"
        detail = error.message(lang(), respondent=respondent)
        st.error(tr(key, detail=detail), icon=":material/database:")


def save_run_controls(q: Questionnaire) -> None:
    st.header(tr("save_run_title"))
    db = store()
    if db is None:
        st.warning(tr("save_run_no_store"))
        return
    if not (st.session_state.get("organisation") or "").strip():
        st.info(tr("save_run_needs_org"))
        return
    if st.button(tr("save_run"), key="save_run", type="primary"):
        result = current_result(q)
        token = st.session_state.get("draft_token")
        saved = guard(lambda: db.finish_draft(token, result, q) if token else db.save_run(result, q))
        if saved is not None:
            st.session_state.pop("draft_token", None)
            st.query_params.pop(TOKEN_PARAM, None)
            st.success(tr("save_run_done" if saved.created else "save_run_already"), icon=":material/check:")
    st.caption(tr("save_run_hint"))
