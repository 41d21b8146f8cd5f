"""Saved runs reopened (corrected, shown on History, compared on Jämför) and this run's navigation."""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from scoring.answers import ROLES, Role
from scoring.model import Lang
from scoring.results import Result
from ui.session.answers import _given
from ui.session.backing import state
from ui.session.keys import (
    _AREA,
    _DRAFT_SEEN,
    _DRAFT_TOKEN,
    _EARLIER,
    _OPEN_RUN,
    _PAGES,
    _REPLACES,
    _RESULT_TIME,
    _ROLE,
    _SAVED_RUN,
    _SIGN_IN,
    _UNSEEN,
    ORGANISATION,
    _pages_key,
)

# --- saved runs reopened ----------------------------------------------------------------


def run_saved(run_id: int) -> None:
    """The answers on screen were saved as `run_id`; a later change and save corrects that run."""
    state[_SAVED_RUN] = run_id
    state[_REPLACES] = run_id


def draft_link_saved(run_id: int) -> None:
    """The draft in the URL was saved as `run_id` earlier: the page says so (no answers load)."""
    state[_SAVED_RUN] = run_id


def saved_run() -> int | None:
    """The run the answers on screen were saved as, None once they changed."""
    run_id: int | None = state.get(_SAVED_RUN)
    return run_id


def replaces() -> int | None:
    """The saved run the next save replaces, None for a new run."""
    run_id: int | None = state.get(_REPLACES)
    return run_id


def start_new_run() -> None:
    """Empty answers and role for a new run; the organisation stays, the saved runs stay saved."""
    _given().clear()
    state[_ROLE] = None
    state[_AREA] = 0
    for key in (_SAVED_RUN, _REPLACES, _RESULT_TIME, _DRAFT_TOKEN, _DRAFT_SEEN, _UNSEEN):
        state.pop(key, None)
    # The answer and role radios draw again from the emptied answers, not their old selection.
    for key in [k for k in state if str(k).startswith(("q_", "role", "area_step"))]:
        if key != _ROLE:
            state.pop(key, None)


def correct_run(
    run_id: int, given_answers: dict[str, int], organisation_name: str, role_value: Role | None
) -> None:
    """A saved run's answers go to the fill-in page; saving them replaces that run."""
    start_new_run()
    _given().update(given_answers)
    state[ORGANISATION] = organisation_name
    state[_ROLE] = role_value if role_value in ROLES else None
    state[_REPLACES] = run_id


def open_run(run_id: int | None) -> None:
    """Show `run_id` on History's results view (None: the list only)."""
    state[_OPEN_RUN] = run_id


def opened_run() -> int | None:
    run_id: int | None = state.get(_OPEN_RUN)
    return run_id


def earlier_loaded(result: Result | None) -> None:
    """The earlier result Jämför compares against, None when the file was removed."""
    state[_EARLIER] = result


def earlier() -> Result | None:
    found: Result | None = state.get(_EARLIER)
    return found


# --- navigation -----------------------------------------------------------------------


def navigation(lang: Lang, respondent: bool, build: Callable[[], dict[str, st.Page]]) -> dict[str, st.Page]:
    """This run's pages, built once per session, language and kind of session."""
    key = _pages_key(lang, respondent)
    if key not in state:
        state[key] = build()
    pages: dict[str, st.Page] = state[key]
    state[_PAGES] = pages
    return pages


def sign_in_configured(find: Callable[[], bool]) -> bool:
    """Whether sign-in is configured, found once per session: where no secrets file exists,
    Streamlit looks for one again at every ask (0.1 ms of every rerun)."""
    if _SIGN_IN not in state:
        state[_SIGN_IN] = find()
    return bool(state[_SIGN_IN])


def page(name: str) -> st.Page:
    """The navigation page registered under `name` for this run."""
    found: st.Page = state[_PAGES][name]
    return found
