"""The session's front door: every read and write of st.session_state goes through here.

Pages and helpers never name a session key. They call a typed accessor (what
is the language, the role, the draft's token?) or a named transition, which
changes everything one event changes at once (a draft restored, a response
sent, a run saved). Adding a key means adding it here, next to the others.

Widget keys are the exception that is not ours to rename: a widget's `key=`
is how AppTest and the browser tests find it (`q_<id>`, `q_<id>_en`, `lang`,
`organisation`, `role`, `area_step`, ...). Their values are read through
`widget_value` and reset through `forget_widget`.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any

import streamlit as st

from scoring.answers import ROLES, Role
from scoring.errors import StoreError
from scoring.model import Lang
from scoring.results import Result

# Widget keys that also hold the value the app uses.
LANG = "lang"  # the sidebar's language radio
ORGANISATION = "organisation"  # the organisation's text input on the fill-in page

# Keys only this module uses. The answers, the role and the area are kept apart
# from their radios: Streamlit keeps a radio's value as its label text, so
# relabelling it (the language switch) would reset it.
_ANSWERS = "answers"  # item id -> 1..5, or DONT_KNOW (0)
_ROLE = "role_value"
_AREA = "area"  # the area shown on the fill-in page, 0-based
_RESULT_TIME = "result_time"
_DRAFT_TOKEN = "draft_token"
_DRAFT_KIND = "draft_kind"  # ("single", None) or ("round", round id)
_DRAFT_CHECKED = "_draft_checked"
_DRAFT_RESTORED = "draft_restored"  # notice: how many answers a restored draft brought back
_STORE_ERROR = "store_error"  # notice: why the store could not be used
_PAGES = "_pages"  # this run's navigation pages by name
_ROUND_LINKS = "round_links"  # the two links of the round just started
_ROUND_SENT = "round_sent"  # the respondent token whose answers were sent
_SENT_COPY = "round_sent_copy"  # the sent answers as a result file, kept only for the respondent's download
_ROUND_ANSWERING = "_round_draft"  # the round whose respondent this session is
_VISITOR = "_visitor"  # a random id for this session, for the limits per session
_UNSAVED = "_unsaved"  # why the last answer could not be written; set while the draft lags the session
_SAVED_AGAIN = "_saved_again"  # notice: the session's answers reached the draft after a failure
_DRAFT_SEEN = "_draft_seen"  # the draft's answers as this session last wrote or read them
_DRAFT_REPLACED = "_draft_replaced"  # notice: the draft was gone, a new one holds the answers
_UNSEEN = "_unseen"  # answers another tab wrote to the shared draft, offered before a save
_ACTION_NOTICE = "action_notice"  # (kind, message): one notice after the action plan changed
_ACTION_PROBLEMS = "action_problems"  # action id (None: a new one) -> why a change was not saved
_SAVED_RUN = "_saved_run"  # the run the answers on screen were saved as, until they change
_REPLACES = "_replaces"  # the saved run the next save corrects (replaces in the list)
_OPEN_RUN = "_open_run"  # the saved run History shows on its results view
_EARLIER = "_earlier"  # the earlier result file loaded on Jämför, for the Results page's report


def _round_token_key(param: str) -> str:
    return f"_round_{param}"


def _pages_key(lang: Lang, respondent: bool) -> str:
    return f"_pages_{lang}_{'respondent' if respondent else 'all'}"


DraftKind = tuple[str, int | None]
SINGLE: DraftKind = ("single", None)


# --- widgets --------------------------------------------------------------------------


def widget_value(key: str) -> Any:
    """The value of the widget with this key, or None before it is drawn."""
    return st.session_state.get(key)


def forget_widget(key: str) -> None:
    """Reset a widget: drawn next time with its default."""
    st.session_state.pop(key, None)


def seed_widget(key: str, value: object) -> None:
    """Give a widget its value before it is drawn, unless it already has one.

    A widget that gets its value this way must be drawn without a default
    (`index=`, `value=`): Streamlit warns when it gets both.
    """
    st.session_state.setdefault(key, value)


# --- language, organisation, role -----------------------------------------------------


def language() -> Lang:
    return "en" if st.session_state.get(LANG) == "en" else "sv"


def organisation() -> str:
    """The organisation as typed, "" when none."""
    return st.session_state.get(ORGANISATION) or ""


def role() -> Role | None:
    value = st.session_state.get(_ROLE)
    return value if value in ROLES else None


def set_role(value: Role | None) -> None:
    st.session_state[_ROLE] = value
    answers_changed()


# --- answers and the run on screen ----------------------------------------------------


def given() -> Mapping[str, int]:
    """The radio values given so far, item id -> 1..5 or DONT_KNOW (0). Read-only:
    answers change through `set_given` and the transitions below."""
    return _given()


def _given() -> dict[str, int]:
    answers: dict[str, int] = st.session_state.setdefault(_ANSWERS, {})
    return answers


def set_given(item_id: str, value: int | None) -> None:
    """One radio's value; None takes the answer back."""
    answers_changed()
    if value is None:
        _given().pop(item_id, None)
    else:
        _given()[item_id] = value


def answers_changed() -> None:
    """Any change to answers, organisation or role makes a new result (with a new time)."""
    st.session_state.pop(_RESULT_TIME, None)
    st.session_state.pop(_SAVED_RUN, None)


def result_time() -> datetime:
    """The time of the run on screen. It stays fixed until something changes, so
    saving or downloading the same answers twice gives the same result."""
    when: datetime = st.session_state.setdefault(_RESULT_TIME, datetime.now(UTC))
    return when


def area() -> int:
    """The area shown on the fill-in page, 0-based."""
    return int(st.session_state.get(_AREA, 0))


def go_to_area(step: int, widget: str | None = None) -> None:
    """Show another area; `widget` is the step radio's key, moved along unless it moved itself."""
    st.session_state[_AREA] = step
    if widget is not None:
        st.session_state[widget] = step


# --- drafts ---------------------------------------------------------------------------


def draft_token() -> str | None:
    token: str | None = st.session_state.get(_DRAFT_TOKEN)
    return token


def draft_kind() -> DraftKind:
    kind: DraftKind = st.session_state.get(_DRAFT_KIND, SINGLE)
    return kind


def draft_started(token: str) -> None:
    """The store made a draft for this session's answers."""
    st.session_state[_DRAFT_TOKEN] = token


def check_for_draft_once() -> bool:
    """True the first time in a session, when the draft in the URL is to be looked for."""
    if st.session_state.get(_DRAFT_CHECKED):
        return False
    st.session_state[_DRAFT_CHECKED] = True
    return True


def restore_draft(
    token: str,
    kind: DraftKind,
    given_answers: dict[str, int],
    organisation_name: str,
    role_value: Role | None,
) -> None:
    """A draft from the store becomes this session's answers, organisation and role."""
    st.session_state[_DRAFT_TOKEN] = token
    st.session_state[_DRAFT_KIND] = kind  # a round's draft stays the round's
    _given().update(given_answers)
    st.session_state[ORGANISATION] = organisation_name
    st.session_state[_ROLE] = role_value if role_value in ROLES else None
    answers_changed()
    if given_answers or organisation_name:
        st.session_state[_DRAFT_RESTORED] = len(given_answers)


def draft_finished() -> None:
    """The draft became a saved run or a sent response; a later change starts a new draft."""
    st.session_state.pop(_DRAFT_TOKEN, None)
    st.session_state.pop(_DRAFT_SEEN, None)
    st.session_state.pop(_UNSEEN, None)


def take_draft_restored() -> int | None:
    """How many answers a restored draft brought back, once; then None."""
    count: int | None = st.session_state.pop(_DRAFT_RESTORED, None)
    return count


# --- unsaved answers and drafts shared by two tabs ----------------------------------------


def visitor_id() -> str:
    """A random id for this browser session, never stored: the limits count per session by it."""
    if _VISITOR not in st.session_state:
        st.session_state[_VISITOR] = secrets.token_urlsafe(16)
    visitor: str = st.session_state[_VISITOR]
    return visitor


def answers_unsaved(error: StoreError) -> None:
    """An answer could not be written: the draft lags the session until a write works."""
    st.session_state[_UNSAVED] = error


def unsaved_error() -> StoreError | None:
    """Why the session's answers are not all in the draft, or None when they are."""
    error: StoreError | None = st.session_state.get(_UNSAVED)
    return error


def answers_saved_again() -> None:
    """The whole session reached the draft after a failure."""
    if st.session_state.pop(_UNSAVED, None) is not None:
        st.session_state[_SAVED_AGAIN] = True


def take_saved_again() -> bool:
    return bool(st.session_state.pop(_SAVED_AGAIN, False))


def draft_seen() -> dict[str, int | None]:
    """The draft's answers as this session last wrote or read them (None: don't know)."""
    seen: dict[str, int | None] = st.session_state.setdefault(_DRAFT_SEEN, {})
    return seen


def saw_draft(answers: Mapping[str, int | None], replace: bool = False) -> None:
    """This session wrote or read these answers in its draft."""
    if replace:
        st.session_state[_DRAFT_SEEN] = {}
    draft_seen().update(answers)


def draft_gone(notice: str) -> None:
    """The draft was gone (finished in another tab or purged); `notice` is the string key that says
    what became of this session's answers."""
    st.session_state[_DRAFT_REPLACED] = notice


def take_draft_gone() -> str | None:
    notice: str | None = st.session_state.pop(_DRAFT_REPLACED, None)
    return notice


def offer_unseen(answers: dict[str, int | None]) -> None:
    """Answers another tab wrote to the draft; a save waits until they are taken in."""
    st.session_state[_UNSEEN] = answers


def unseen() -> dict[str, int | None]:
    found: dict[str, int | None] = st.session_state.get(_UNSEEN, {})
    return found


def take_in_unseen(radio_values: Mapping[str, int]) -> None:
    """Take the other tab's answers into this session (they win for the items they changed)."""
    seen = st.session_state.pop(_UNSEEN, {})
    _given().update(radio_values)
    draft_seen().update(seen)
    answers_changed()


# --- the store's notice ---------------------------------------------------------------


def store_failed(error: StoreError) -> None:
    """Remember why the store failed, for one notice at the top of the page."""
    st.session_state[_STORE_ERROR] = error


def take_store_error() -> StoreError | None:
    """The store's failure since the last notice, once; then None."""
    error: StoreError | None = st.session_state.pop(_STORE_ERROR, None)
    return error


# --- team rounds ----------------------------------------------------------------------


def remember_round_token(param: str, token: str) -> None:
    """Keep a round's token from the link for the session: Streamlit drops query
    parameters when the user moves to another page."""
    st.session_state[_round_token_key(param)] = token


def remembered_round_token(param: str) -> str | None:
    token: str | None = st.session_state.get(_round_token_key(param))
    return token


RoundLinkTexts = tuple[str | None, str | None, tuple[str, ...]]


def round_started(
    respondent_link: str | None, facilitator_link: str | None, personal_links: tuple[str, ...] = ()
) -> None:
    """`respondent_link` is None when the round has personal links instead of one shared link."""
    st.session_state[_ROUND_LINKS] = (respondent_link, facilitator_link, personal_links)


def started_round_links() -> RoundLinkTexts | None:
    """The links of the round this session started: (shared, facilitator, personal), shown until
    the session ends."""
    found: RoundLinkTexts | None = st.session_state.get(_ROUND_LINKS)
    return found


def answer_round(round_id: int) -> None:
    """This session becomes a respondent of the round.

    A respondent starts blank: nothing from another assessment in this tab is
    sent. A draft of this very round (restored from its link) is kept.
    """
    if st.session_state.get(_ROUND_ANSWERING) == round_id:
        return
    if draft_kind() != ("round", round_id):
        st.session_state[_ANSWERS] = {}
        st.session_state.pop(_UNSAVED, None)  # the other assessment's unsaved answers are not this round's
        draft_finished()
        answers_changed()
    st.session_state[_ROUND_ANSWERING] = round_id
    st.session_state[_DRAFT_KIND] = ("round", round_id)


def response_sent(token: str, copy: str | None = None) -> None:
    """The respondent's answers are in: thank them, and keep nothing to send again.

    `copy`: the sent answers as a result file, kept in this session only so the
    respondent can still download them after sending.
    """
    st.session_state[_ROUND_SENT] = token
    if copy is not None:
        st.session_state[_SENT_COPY] = copy
    st.session_state[_ANSWERS] = {}
    st.session_state.pop(_UNSAVED, None)
    draft_finished()
    answers_changed()


def sent_copy() -> str | None:
    value = st.session_state.get(_SENT_COPY)
    return value if isinstance(value, str) else None


def has_sent(token: str) -> bool:
    return bool(st.session_state.get(_ROUND_SENT) == token)


# --- the action plan ------------------------------------------------------------------


def action_noticed(kind: str, message: str) -> None:
    """One notice ("success", "info") about the plan, shown once on the next run."""
    st.session_state[_ACTION_NOTICE] = (kind, message)


def take_action_notice() -> tuple[str, str] | None:
    notice: tuple[str, str] | None = st.session_state.pop(_ACTION_NOTICE, None)
    return notice


def action_refused(action_id: int | None, message: str) -> None:
    """An edit of the action broke a rule and was not saved: say so beside it."""
    st.session_state.setdefault(_ACTION_PROBLEMS, {})[action_id] = message


def take_action_problem(action_id: int | None) -> str | None:
    problems: dict[int | None, str] = st.session_state.get(_ACTION_PROBLEMS, {})
    return problems.pop(action_id, None)


# --- saved runs reopened ----------------------------------------------------------------


def run_saved(run_id: int) -> None:
    """The answers on screen were saved as `run_id`; a later change and save corrects that run."""
    st.session_state[_SAVED_RUN] = run_id
    st.session_state[_REPLACES] = run_id


def draft_link_saved(run_id: int) -> None:
    """The draft in the URL was saved as `run_id` earlier: the page says so (no answers load)."""
    st.session_state[_SAVED_RUN] = run_id


def saved_run() -> int | None:
    """The run the answers on screen were saved as, None once they changed."""
    run_id: int | None = st.session_state.get(_SAVED_RUN)
    return run_id


def replaces() -> int | None:
    """The saved run the next save replaces, None for a new run."""
    run_id: int | None = st.session_state.get(_REPLACES)
    return run_id


def start_new_run() -> None:
    """Empty answers and role for a new run; the organisation stays, the saved runs stay saved."""
    _given().clear()
    st.session_state[_ROLE] = None
    st.session_state[_AREA] = 0
    for key in (_SAVED_RUN, _REPLACES, _RESULT_TIME, _DRAFT_TOKEN, _DRAFT_SEEN, _UNSEEN):
        st.session_state.pop(key, None)
    # The answer and role radios draw again from the emptied answers, not their old selection.
    for key in [k for k in st.session_state if str(k).startswith(("q_", "role", "area_step"))]:
        if key != _ROLE:
            st.session_state.pop(key, None)


def correct_run(
    run_id: int, given_answers: dict[str, int], organisation_name: str, role_value: Role | None
) -> None:
    """A saved run's answers go to the fill-in page; saving them replaces that run."""
    start_new_run()
    _given().update(given_answers)
    st.session_state[ORGANISATION] = organisation_name
    st.session_state[_ROLE] = role_value if role_value in ROLES else None
    st.session_state[_REPLACES] = run_id


def open_run(run_id: int | None) -> None:
    """Show `run_id` on History's results view (None: the list only)."""
    st.session_state[_OPEN_RUN] = run_id


def opened_run() -> int | None:
    run_id: int | None = st.session_state.get(_OPEN_RUN)
    return run_id


def earlier_loaded(result: Result | None) -> None:
    """The earlier result Jämför compares against, None when the file was removed."""
    st.session_state[_EARLIER] = result


def earlier() -> Result | None:
    found: Result | None = st.session_state.get(_EARLIER)
    return found


# --- navigation -----------------------------------------------------------------------


def navigation(lang: Lang, respondent: bool, build: Callable[[], dict[str, st.Page]]) -> dict[str, st.Page]:
    """This run's pages, built once per session, language and kind of session."""
    key = _pages_key(lang, respondent)
    if key not in st.session_state:
        st.session_state[key] = build()
    pages: dict[str, st.Page] = st.session_state[key]
    st.session_state[_PAGES] = pages
    return pages


def page(name: str) -> st.Page:
    """The navigation page registered under `name` for this run."""
    found: st.Page = st.session_state[_PAGES][name]
    return found
