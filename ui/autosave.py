"""Nothing lost: every answer goes to a server-side draft the moment it is given.

The draft's token sits in the page URL, so a refresh, a reconnect or a
restarted server finds it again. Store failures never touch the answers on
screen; they only produce one message.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from functools import partial
from typing import TypeVar

import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from scoring.errors import StoreError
from scoring.model import Questionnaire
from scoring.results import dump_result, result_file_name
from scoring.store import Store, default_db_path
from scoring.store.drafts import changed_since
from scoring.store.rounds import Rounds
from ui import quota, session
from ui.state import (
    DONT_KNOW,
    answer_key,
    answers,
    current_result,
    lang,
    page,
    questionnaire,
    radio_values,
    record_answer,
    tr,
    widget_key,
)

TOKEN_PARAM = "utkast"
T = TypeVar("T")
logger = logging.getLogger(__name__)


_stores: dict[str, Store] = {}
_opening = threading.Lock()


def _open_store(path: str) -> Store:
    """The server's Store, opened (and purged) on first use.

    A plain dict rather than st.cache_resource: every answer click asks for it, and
    the cache's argument hashing cost 0.1 ms of the click. A failure is not kept, so
    the next use tries again. A server has one path; when it changes (tests do), the
    old store's open connections are closed rather than kept for the process's life.
    """
    if (found := _stores.get(path)) is not None:
        return found
    with _opening:
        if path not in _stores:
            store = Store(path)
            store.purge_drafts()  # once per server start: drafts untouched for 30 days go
            store.purge_actions()  # and actions deleted more than 30 days ago
            for old in _stores.values():
                old.close()
            _stores.clear()
            _stores[path] = store
        return _stores[path]


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
        # A link to a draft that became a saved run says so, instead of opening an empty form.
        if (run_id := guard(lambda: db.run_of_draft(token))) is not None:
            session.draft_link_saved(run_id)
        return
    session.restore_draft(
        token,
        (draft.kind, draft.round_id),
        radio_values(questionnaire(), draft.answers),
        draft.organisation,
        draft.role,
    )
    session.saw_draft(draft.answers, replace=True)


def _keep_token_in_url() -> None:
    token = session.draft_token()
    if token and st.query_params.get(TOKEN_PARAM) != token:
        st.query_params[TOKEN_PARAM] = token


def next_address() -> dict[str, str] | None:
    """For the page's script (ui/a11y.py): the token this session's next draft will get, and
    which radios start a draft, so the browser can put the token into the URL at the first
    answer; None while the session has a draft (whose token the URL already holds).

    The address gets its token at the first answer, never before: a page address copied to
    pass the tool on must not lead to the draft its sender starts afterwards. The browser adds
    it at the click itself, before Streamlit sends the click, so this run finds it in the URL
    and need not set it: a URL set by the server makes the browser redraw the whole page, which
    in a room of thirty, whose first answers come within seconds, doubled their wait
    (BENCHMARKS.md). A statement's or the role's radio starts a draft; the organisation's
    field too, and then `_start_draft` sets the URL itself.
    """
    if session.draft_token() is not None:
        return None
    return {"param": TOKEN_PARAM, "token": session.planned_token(), "radios": _DRAFT_RADIOS}


# The radios that start a draft, by the class Streamlit gives a keyed widget: the statements
# (q_<item>, q_<item>_en) and the role.
_DRAFT_RADIOS = ", ".join(
    [f'[class*="st-key-{answer_key("", "sv")}"]']
    + [f".st-key-{widget_key('role', lg)}" for lg in ("sv", "en")]
)


def _start_draft(db: Store) -> None:
    """A new draft seeded with the whole session, so it holds every answer given so far."""
    quota.check("drafts")
    kind, round_id = session.draft_kind()
    given = answers(questionnaire())
    token = db.new_draft(
        kind, round_id, given, session.organisation(), session.role(), session.planned_token()
    )
    session.draft_started(token)
    session.saw_draft(given, replace=True)
    # Usually the browser has put it there at the click (next_address); not after a change of
    # the organisation's field, nor where Streamlit's copy of the URL predates that click.
    if st.query_params.get(TOKEN_PARAM) != token:
        st.query_params[TOKEN_PARAM] = token


def _write(action: Callable[[Store, str], bool]) -> None:
    """Put a change into the draft; a failure is remembered for the fragment, with the answers kept.

    After a failure the next write that works writes the whole session, so
    nothing given meanwhile is left out. A draft that is gone (saved in
    another tab, or purged) is replaced by a new one holding the session.
    """
    try:
        db = _open_store(str(default_db_path()))
        token = session.draft_token()
        if token is None:
            _start_draft(db)
        elif not (_write_back(db, token) if session.unsaved_error() is not None else action(db, token)):
            _draft_gone(db, token)
    except StoreError as error:
        logger.warning("an answer was not saved: %s", error)
        session.answers_unsaved(error)
        return
    session.answers_saved_again()


def _draft_gone(db: Store, token: str) -> None:
    """The draft was finished in another tab (or purged). A round's draft that was sent stays
    sent: a new draft would let the same browser send twice. Any other gets a new draft."""
    kind, round_id = session.draft_kind()
    if kind == "round" and round_id is not None and Rounds(db).was_sent(round_id, token):
        session.draft_gone("round_already_sent")
        return
    _start_draft(db)
    session.draft_gone("draft_replaced")


def _write_back(db: Store, token: str) -> bool:
    given = answers(questionnaire())
    if not db.save_answers(token, given, session.organisation(), session.role()):
        return False
    session.saw_draft(given)
    return True


def save_answer(item_id: str) -> None:
    """Radio callback: the answer goes into the session now, and into the draft once this
    run has drawn the page (`write_pending`)."""
    record_answer(item_id)
    session.answer_pending(item_id)


def write_pending() -> None:
    """Write the answers given in this run to the draft, one transaction each.

    Called at the end of the answers' fragment, once it has drawn, and early in every
    full run (app.py), before any page reads the draft as the callback's write was.
    Any store call lets Streamlit's event loop take the GIL, and
    taken before the first element it sends the run's start alone. The browser then
    redraws the whole page once more before the answer shows: 11 ms of every click,
    measured (BENCHMARKS.md). The write still ends before the run does.
    """
    for item_id in session.take_pending():
        value = session.given().get(item_id)
        _write(partial(_write_answer, item_id, value))
    _no_stray_token()


def _no_stray_token() -> None:
    """The planned token in the address with no draft after this run's writes: none worked, or the
    page's script set it without an answer. The next draft gets another token, so a copy of this
    address leads nowhere. Here, after the writes of every run, fragment runs included: an area
    change before the first answer is one."""
    if session.draft_token() is None and st.query_params.get(TOKEN_PARAM) == session.planned_token():
        session.replan_token()


def _write_answer(item_id: str, value: int | None, db: Store, token: str) -> bool:
    if value is None:  # the answer was taken back
        return db.clear_answer(token, item_id)
    answer = None if value == DONT_KNOW else value
    if db.save_answer(token, item_id, answer):
        session.saw_draft({item_id: answer})
        return True
    return False


def save_meta() -> None:
    session.answers_changed()
    organisation, role = session.organisation(), session.role()
    _write(lambda db, token: db.save_draft_meta(token, organisation, role))


def answer_status(q: Questionnaire, slot: DeltaGenerator) -> None:
    """Inside the answers' fragment: whether the answers reached the draft, said at once in
    `slot` (an st.empty above the area). Nothing to say draws nothing: each element costs."""
    gone, saved_again, error = session.take_draft_gone(), session.take_saved_again(), session.unsaved_error()
    if gone is None and not saved_again and error is None:
        return
    with slot.container():
        _answer_status(q, gone, saved_again, error)


def _answer_status(q: Questionnaire, gone: str | None, saved_again: bool, error: StoreError | None) -> None:
    if gone is not None:
        st.info(tr(gone), icon=":material/content_copy:")
    if saved_again:
        st.success(tr("answers_saved_again"), icon=":material/check:")
    if error is None:
        return
    detail = error.message(lang(), respondent=is_respondent())
    st.error(tr("answers_not_saved", detail=detail), icon=":material/database:")
    result = current_result(q)
    st.download_button(
        tr("download_json"),
        data=lambda: dump_result(result),
        file_name=result_file_name(result),
        mime="application/json",
        on_click="ignore",
        key="unsaved_download",
        icon=":material/download:",
    )


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
    from ui import auth  # late: ui.auth is imported by pages that import this module

    st.header(tr("save_run_title"))
    if (access := auth.gate(key="save_run_sign_in")) is None:
        return
    if session.organisation().strip() and not access.may_see(session.organisation()):
        st.warning(tr("save_run_other_organisation", organisation=access.organisation))
        return
    db = store()
    if db is None:
        st.warning(tr("save_run_no_store"))
        return
    if not session.organisation().strip():
        st.info(tr("save_run_needs_org"))
        return
    if session.saved_run() is None and session.replaces() is not None:
        st.info(tr("correcting_run"), icon=":material/edit_note:")
    clicked = False
    if session.unseen():
        offer_unseen(q, "save_run_other_tab")
    elif clicked := st.button(tr("save_run"), key="save_run", type="primary"):
        _finish(db, q)  # says saved (or already saved) itself
    # The button stays after a save: the same answers saved again are said to be saved already.
    saved_notice(None if clicked else "saved_run_notice")
    st.caption(tr("save_run_hint"))


def saved_notice(message: str | None = "saved_run_notice") -> None:
    """The answers on screen are a saved run: say so, offer to open it in History or start anew."""
    run_id = session.saved_run()
    if run_id is None:
        return
    if message is not None:
        st.success(tr(message), icon=":material/check:")
    left, right = st.columns(2)
    if left.button(tr("saved_run_open"), key="saved_run_open", icon=":material/history:"):
        session.open_run(run_id)
        st.switch_page(page("history"))
    right.button(tr("saved_run_new"), key="saved_run_new", on_click=session.start_new_run)


def other_tab_answers(db: Store) -> bool:
    """True, with the answers kept to offer, when the draft holds answers another tab gave that
    this session has not seen; then nothing may be saved or sent yet."""
    token = session.draft_token()
    draft = db.load_draft(token) if token else None
    if draft is None or not (unseen := changed_since(draft.answers, session.draft_seen())):
        return False
    session.offer_unseen(unseen)
    return True


def _finish(db: Store, q: Questionnaire) -> None:
    """Save the run: success or the reason it failed, right here, never nothing.

    Another tab on the same draft may have given answers this session has not
    seen; then nothing is saved until the person has taken them in.
    """
    token = session.draft_token()
    try:
        if other_tab_answers(db):
            st.rerun()
        replaced = session.replaces()
        result = current_result(q)
        saved = db.finish_draft(token, result, q, replaced) if token else db.save_run(result, q, replaced)
    except StoreError as error:
        logger.warning("a run was not saved: %s", error)
        st.error(tr("save_run_failed", detail=error.message(lang())), icon=":material/database:")
        return
    forget_draft()
    session.run_saved(saved.id)
    st.success(tr("save_run_done" if saved.created else "save_run_already"), icon=":material/check:")


def offer_unseen(q: Questionnaire, notice: str) -> None:
    """Say that another tab's answers wait, and offer to take them in (they win for their items)."""
    st.warning(tr(notice, count=len(session.unseen())), icon=":material/tab:")
    st.button(
        tr("save_run_take_in"),
        key="save_run_take_in",
        type="primary",
        on_click=lambda: session.take_in_unseen(radio_values(q, session.unseen())),
    )
