"""Team rounds (the tokens from their links, a respondent's answers) and the action plan's notices."""

from __future__ import annotations

from ui.session.answers import answers_changed
from ui.session.backing import state
from ui.session.drafts import draft_finished, draft_kind
from ui.session.keys import (
    _ACTION_NOTICE,
    _ACTION_PROBLEMS,
    _ANSWERS,
    _DRAFT_KIND,
    _ROUND_ANSWERING,
    _ROUND_LINKS,
    _ROUND_SENT,
    _SENT_COPY,
    _UNSAVED,
    _round_token_key,
)

# --- team rounds ----------------------------------------------------------------------


def remember_round_token(param: str, token: str) -> None:
    """Keep a round's token from the link for the session: Streamlit drops query
    parameters when the user moves to another page."""
    state[_round_token_key(param)] = token


def remembered_round_token(param: str) -> str | None:
    token: str | None = state.get(_round_token_key(param))
    return token


RoundLinkTexts = tuple[str | None, str | None, tuple[str, ...]]


def round_started(
    respondent_link: str | None, facilitator_link: str | None, personal_links: tuple[str, ...] = ()
) -> None:
    """`respondent_link` is None when the round has personal links instead of one shared link."""
    state[_ROUND_LINKS] = (respondent_link, facilitator_link, personal_links)


def started_round_links() -> RoundLinkTexts | None:
    """The links of the round this session started: (shared, facilitator, personal), shown until
    the session ends."""
    found: RoundLinkTexts | None = state.get(_ROUND_LINKS)
    return found


def answer_round(round_id: int) -> None:
    """This session becomes a respondent of the round.

    A respondent starts blank: nothing from another assessment in this tab is
    sent. A draft of this very round (restored from its link) is kept.
    """
    if state.get(_ROUND_ANSWERING) == round_id:
        return
    if draft_kind() != ("round", round_id):
        state[_ANSWERS] = {}
        state.pop(_UNSAVED, None)  # the other assessment's unsaved answers are not this round's
        draft_finished()
        answers_changed()
    state[_ROUND_ANSWERING] = round_id
    state[_DRAFT_KIND] = ("round", round_id)


def response_sent(token: str, copy: str | None = None) -> None:
    """The respondent's answers are in: thank them, and keep nothing to send again.

    `copy`: the sent answers as a result file, kept in this session only so the
    respondent can still download them after sending.
    """
    state[_ROUND_SENT] = token
    if copy is not None:
        state[_SENT_COPY] = copy
    state[_ANSWERS] = {}
    state.pop(_UNSAVED, None)
    draft_finished()
    answers_changed()


def sent_copy() -> str | None:
    value = state.get(_SENT_COPY)
    return value if isinstance(value, str) else None


def has_sent(token: str) -> bool:
    return bool(state.get(_ROUND_SENT) == token)


# --- the action plan ------------------------------------------------------------------


def action_noticed(kind: str, message: str) -> None:
    """One notice ("success", "info") about the plan, shown once on the next run."""
    state[_ACTION_NOTICE] = (kind, message)


def take_action_notice() -> tuple[str, str] | None:
    notice: tuple[str, str] | None = state.pop(_ACTION_NOTICE, None)
    return notice


def action_refused(action_id: int | None, message: str) -> None:
    """An edit of the action broke a rule and was not saved: say so beside it."""
    state.setdefault(_ACTION_PROBLEMS, {})[action_id] = message


def take_action_problem(action_id: int | None) -> str | None:
    problems: dict[int | None, str] = state.get(_ACTION_PROBLEMS, {})
    return problems.pop(action_id, None)
