"""Session plumbing shared by the pages: language, questionnaire, answers, store."""

from __future__ import annotations

import os
import threading
from datetime import UTC, datetime
from pathlib import Path

import streamlit as st

from scoring import export
from scoring.answers import ROLES, Role
from scoring.errors import ScoringError
from scoring.model import Lang, Questionnaire
from scoring.questionnaire import load_questionnaire
from scoring.results import Answers, Result, new_result
from scoring.strings import number, t

DONT_KNOW = 0  # the radio's value for "Vet ej"; None means nothing chosen yet
ANSWER_OPTIONS = (1, 2, 3, 4, 5, DONT_KNOW)
ROLE_OPTIONS: tuple[Role, ...] = ROLES
ROLE = "role_value"  # kept apart from the radio's key for the same reason as ANSWERS


def lang() -> Lang:
    return "en" if st.session_state.get("lang") == "en" else "sv"


def tr(key: str, **fields: object) -> str:
    return t(key, lang(), **fields)


def num(value: float | None, sign: bool = False) -> str:
    """A figure as the reader's language writes it; a dash when there is none."""
    return "–" if value is None else number(value, lang(), sign=sign)


_loaded: dict[tuple[str, float], Questionnaire] = {}


def questionnaire() -> Questionnaire:
    """The questionnaire, parsed once per version of the file on disk.

    A plain dict rather than st.cache_resource: this runs several times per
    rerun, and the cache's argument hashing cost more than the lookup. The
    mtime in the key picks up an edited questions.yaml without a restart.
    """
    path = Path(os.environ.get("SJALVSKATTNING_QUESTIONS", "questions.yaml"))
    key = (str(path), path.stat().st_mtime if path.exists() else 0.0)
    if key not in _loaded:
        _loaded.clear()
        _loaded[key] = load_questionnaire(path)
    return _loaded[key]


@st.cache_resource(show_spinner=False)
def warm_up_exports() -> threading.Thread:
    """Once per server: make vl-convert ready in the background before the first download."""
    thread = threading.Thread(target=export.warm_up, name="vl-convert-warm-up", daemon=True)
    thread.start()
    return thread


# The answers live in one dict in session state, not in the radios: Streamlit
# keeps a radio's value as its label text, so relabelling it (the language
# switch) would reset it. Each radio is drawn from, and writes back to, this dict.
ANSWERS = "answers"


def widget_key(name: str) -> str:
    """A key for a widget whose option labels are translated.

    English gets keys of its own, so the language switch draws fresh widgets
    from the session's answers; a relabelled widget kept its old selection in
    the browser and showed it blank.
    """
    return name if lang() == "sv" else f"{name}_en"


def answer_key(item_id: str) -> str:
    return widget_key(f"q_{item_id}")


def _store() -> dict[str, int]:
    return st.session_state.setdefault(ANSWERS, {})


def answers(q: Questionnaire) -> dict[str, int | None]:
    """Answers as the core wants them: item id -> 1..5, or None for "Vet ej"."""
    given = _store()
    return {
        item.id: (None if given[item.id] == DONT_KNOW else given[item.id])
        for item in q.items
        if item.id in given
    }


def stored_answer(item_id: str) -> int | None:
    """The radio value for an item: 1..5, DONT_KNOW, or None when unanswered."""
    return _store().get(item_id)


def record_answer(item_id: str) -> int | None:
    """Copy a radio's new value into the answers; returns it."""
    value = st.session_state.get(answer_key(item_id))
    answers_changed()
    if value is None:
        _store().pop(item_id, None)
    else:
        _store()[item_id] = value
    return value


def set_answers(q: Questionnaire, given: Answers) -> None:
    store = _store()
    for item in q.items:
        if item.id in given:
            value = given[item.id]
            store[item.id] = DONT_KNOW if value is None else value


def option_index(options: tuple[object, ...], value: object) -> int | None:
    return options.index(value) if value in options else None


RESULT_TIME = "result_time"


def answers_changed() -> None:
    """Any change to answers, organisation or role makes a new result (with a new time)."""
    st.session_state.pop(RESULT_TIME, None)


def current_result(q: Questionnaire) -> Result:
    """The run on screen. Its time stays fixed until something changes, so saving or
    downloading the same answers twice gives the same result, which the store keeps once."""
    when = st.session_state.setdefault(RESULT_TIME, datetime.now(UTC))
    role = st.session_state.get(ROLE)
    organisation = st.session_state.get("organisation") or ""
    return new_result(q, answers(q), organisation=organisation, role=role, created_at=when)


def show_error(error: ScoringError) -> None:
    st.error(error.message(lang()), icon=":material/error:")


def page(name: str) -> st.Page:
    """The navigation page registered under `name` by app.py for this run."""
    return st.session_state["_pages"][name]
