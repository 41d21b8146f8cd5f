"""Drafts: the store's copy of the answers, shared by the tabs of one assessment, and the store's notice."""

from __future__ import annotations

import secrets
from collections.abc import Mapping

from scoring.answers import ROLES, Role
from scoring.errors import StoreError
from scoring.store.drafts import new_token
from ui.session.answers import _given, answers_changed
from ui.session.backing import state
from ui.session.keys import (
    _DRAFT_CHECKED,
    _DRAFT_KIND,
    _DRAFT_PLANNED,
    _DRAFT_REPLACED,
    _DRAFT_RESTORED,
    _DRAFT_SEEN,
    _DRAFT_TOKEN,
    _PENDING,
    _ROLE,
    _SAVED_AGAIN,
    _STORE_ERROR,
    _UNSAVED,
    _UNSEEN,
    _VISITOR,
    ORGANISATION,
    SINGLE,
    DraftKind,
)

# --- drafts ---------------------------------------------------------------------------


def draft_token() -> str | None:
    token: str | None = state.get(_DRAFT_TOKEN)
    return token


def draft_kind() -> DraftKind:
    kind: DraftKind = state.get(_DRAFT_KIND, SINGLE)
    return kind


def planned_token() -> str:
    """The token this session's next draft will get: made before the draft, so the URL can hold it."""
    if _DRAFT_PLANNED not in state:
        state[_DRAFT_PLANNED] = new_token()
    token: str = state[_DRAFT_PLANNED]
    return token


def replan_token() -> None:
    """The planned token is given up: the next draft gets a new one."""
    state.pop(_DRAFT_PLANNED, None)


def draft_started(token: str) -> None:
    """The store made a draft for this session's answers; a later draft gets a new token."""
    state[_DRAFT_TOKEN] = token
    state.pop(_DRAFT_PLANNED, None)


def check_for_draft_once() -> bool:
    """True the first time in a session, when the draft in the URL is to be looked for."""
    if state.get(_DRAFT_CHECKED):
        return False
    state[_DRAFT_CHECKED] = True
    return True


def restore_draft(
    token: str,
    kind: DraftKind,
    given_answers: dict[str, int],
    organisation_name: str,
    role_value: Role | None,
) -> None:
    """A draft from the store becomes this session's answers, organisation and role."""
    state[_DRAFT_TOKEN] = token
    state[_DRAFT_KIND] = kind  # a round's draft stays the round's
    _given().update(given_answers)
    state[ORGANISATION] = organisation_name
    state[_ROLE] = role_value if role_value in ROLES else None
    answers_changed()
    if given_answers or organisation_name:
        state[_DRAFT_RESTORED] = len(given_answers)


def draft_finished() -> None:
    """The draft became a saved run or a sent response; a later change starts a new draft."""
    state.pop(_DRAFT_TOKEN, None)
    state.pop(_DRAFT_SEEN, None)
    state.pop(_UNSEEN, None)


def take_draft_restored() -> int | None:
    """How many answers a restored draft brought back, once; then None."""
    count: int | None = state.pop(_DRAFT_RESTORED, None)
    return count


# --- unsaved answers and drafts shared by two tabs ----------------------------------------


def visitor_id() -> str:
    """A random id for this browser session, never stored: the limits count per session by it."""
    if _VISITOR not in state:
        state[_VISITOR] = secrets.token_urlsafe(16)
    visitor: str = state[_VISITOR]
    return visitor


def answer_pending(item_id: str) -> None:
    """An answer given in this run that the run still has to write to the draft."""
    pending: list[str] = state.setdefault(_PENDING, [])
    if item_id not in pending:
        pending.append(item_id)


def take_pending() -> list[str]:
    """The answers waiting to be written, oldest first; none wait afterwards."""
    pending: list[str] = state.pop(_PENDING, [])
    return pending


def answers_unsaved(error: StoreError) -> None:
    """An answer could not be written: the draft lags the session until a write works."""
    state[_UNSAVED] = error


def unsaved_error() -> StoreError | None:
    """Why the session's answers are not all in the draft, or None when they are."""
    error: StoreError | None = state.get(_UNSAVED)
    return error


def answers_saved_again() -> None:
    """The whole session reached the draft after a failure."""
    if state.pop(_UNSAVED, None) is not None:
        state[_SAVED_AGAIN] = True


def take_saved_again() -> bool:
    return bool(state.pop(_SAVED_AGAIN, False))


def draft_seen() -> dict[str, int | None]:
    """The draft's answers as this session last wrote or read them (None: don't know)."""
    seen: dict[str, int | None] = state.setdefault(_DRAFT_SEEN, {})
    return seen


def saw_draft(answers: Mapping[str, int | None], replace: bool = False) -> None:
    """This session wrote or read these answers in its draft."""
    if replace:
        state[_DRAFT_SEEN] = {}
    draft_seen().update(answers)


def draft_gone(notice: str) -> None:
    """The draft was gone (finished in another tab or purged); `notice` is the string key that says
    what became of this session's answers."""
    state[_DRAFT_REPLACED] = notice


def take_draft_gone() -> str | None:
    notice: str | None = state.pop(_DRAFT_REPLACED, None)
    return notice


def offer_unseen(answers: dict[str, int | None]) -> None:
    """Answers another tab wrote to the draft; a save waits until they are taken in."""
    state[_UNSEEN] = answers


def unseen() -> dict[str, int | None]:
    found: dict[str, int | None] = state.get(_UNSEEN, {})
    return found


def take_in_unseen(radio_values: Mapping[str, int]) -> None:
    """Take the other tab's answers into this session (they win for the items they changed)."""
    seen = state.pop(_UNSEEN, {})
    _given().update(radio_values)
    draft_seen().update(seen)
    answers_changed()


# --- the store's notice ---------------------------------------------------------------


def store_failed(error: StoreError) -> None:
    """Remember why the store failed, for one notice at the top of the page."""
    state[_STORE_ERROR] = error


def take_store_error() -> StoreError | None:
    """The store's failure since the last notice, once; then None."""
    error: StoreError | None = state.pop(_STORE_ERROR, None)
    return error
