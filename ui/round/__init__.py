"""Team round: start one, answer anonymously, or lead the discussion of the results.

The page has three faces, chosen by the link: no token starts a round
(`start`), `svar` is a respondent's link (`respondent`), `leda` is the
facilitator's (`facilitator`).
"""

from __future__ import annotations

import streamlit as st

from scoring.errors import StoreError
from scoring.store.rounds import FACILITATOR_PARAM, RESPONDENT_PARAM, Rounds
from ui import autosave, session
from ui.round import facilitator, respondent, start
from ui.state import show_store_failure, tr


def render() -> None:
    db = autosave.store()
    if db is None:
        st.title(tr("round_title"))
        st.warning(tr(autosave.no_store_key()))
        return
    rounds = Rounds(db)
    try:
        if token := remembered(RESPONDENT_PARAM):
            respondent.render(rounds, token)
        elif token := remembered(FACILITATOR_PARAM):
            facilitator.render(rounds, token)
        else:
            start.render(rounds)
    except StoreError as error:
        # The store went away (deleted, damaged, its folder gone) while the page read it.
        show_store_failure(error, respondent=is_respondent_session())


def remembered(param: str) -> str | None:
    """A round token from the link, kept for the session.

    Streamlit clears query parameters when the user moves to another page; a
    respondent coming back must find the send button, and a facilitator the
    results, whose link is shown only once.
    """
    if token := st.query_params.get(param):
        session.remember_round_token(param, token)
    elif token := session.remembered_round_token(param):
        st.query_params[param] = token
    return token


def is_respondent_session() -> bool:
    return bool(st.query_params.get(RESPONDENT_PARAM) or session.remembered_round_token(RESPONDENT_PARAM))
