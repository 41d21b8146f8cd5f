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
from ui import session
from ui.state import (
    DONT_KNOW,
    answers,
    current_result,
    lang,
    questionnaire,
    radio_values,
    record_answer,
    tr,
)

TOKEN_PARAM = "utkast"
T = TypeVar("T")
logger = logging.getLogger(__name__)


@st.cache_resource(show_spinner=False)
def _open_store(path: str) -> Store:
    store = Store(path)
    store.purge_drafts()  # once per server start: drafts untouched for 30 days go
    store.purge_actions()  # and actions deleted more than 30 days ago
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
    session.store_failed(error)


def restore() -> None:
    """Once per session: bring back the draft named in the URL."""
    if not session.check_for_draft_once():
        _keep_token_in_url()
        return
    token = st.query_params.get(TOKEN_PARAM)
    db = store()
    if not token or db is None:
        return
    draft = guard(lambda: db.load_draft(token))
    if draft is None:
        return
    session.restore_draft(
        token,
        (draft.kind, draft.round_id),
        radio_values(questionnaire(), draft.answers),
        draft.organisation,
        draft.role,
    )


def _keep_token_in_url() -> None:
    token = session.draft_token()
    if token and st.query_params.get(TOKEN_PARAM) != token:
        st.query_params[TOKEN_PARAM] = token


def _token(db: Store) -> str | None:
    token = session.draft_token()
    if token is None:
        kind, round_id = session.draft_kind()
        # Seeded with the whole session, so a draft begun after a save holds every answer.
        token = guard(
            lambda: db.new_draft(
                kind,
                round_id,
                answers(questionnaire()),
                session.organisation(),
                session.role(),
            )
        )
        if token is None:
            return None
        session.draft_started(token)
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
    session.answers_changed()
    db = store()
    token = _token(db) if db else None
    if db is None or token is None:
        return
    organisation, role = session.organisation(), session.role()
    guard(lambda: db.save_draft_meta(token, organisation, role))


def guard(action: Callable[[], T]) -> T | None:
    try:
        return action()
    except StoreError as error:
        _remember(error)
        return None


def forget_draft() -> None:
    """The draft is done with (saved as a run, or sent to a round): out of the session and the URL."""
    session.draft_finished()
    st.query_params.pop(TOKEN_PARAM, None)


def is_respondent() -> bool:
    """A team-round respondent's session: it reaches only the round and the help pages."""
    from ui.round import is_respondent_session  # late: ui.round imports this module

    return is_respondent_session()


def no_store_key() -> str:
    """The message key for "history cannot be reached", without pages a respondent cannot open."""
    return "save_run_no_store_respondent" if is_respondent() else "save_run_no_store"


def notices() -> None:
    """Messages about drafts and storage, shown at the top of every page."""
    restored = session.take_draft_restored()
    if restored is not None:
        st.success(tr("draft_restored", count=restored), icon=":material/restore:")
    error = session.take_store_error()
    if error is not None:
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
    if not session.organisation().strip():
        st.info(tr("save_run_needs_org"))
        return
    if st.button(tr("save_run"), key="save_run", type="primary"):
        result = current_result(q)
        token = session.draft_token()
        saved = guard(lambda: db.finish_draft(token, result, q) if token else db.save_run(result, q))
        if saved is not None:
            forget_draft()
            st.success(tr("save_run_done" if saved.created else "save_run_already"), icon=":material/check:")
    st.caption(tr("save_run_hint"))
