"""Session plumbing shared by the pages: language, questionnaire, answers, store."""

from __future__ import annotations

import os
from pathlib import Path

import streamlit as st

from scoring.errors import ScoringError
from scoring.model import Lang, Questionnaire
from scoring.questionnaire import load_questionnaire
from scoring.results import Answers, Result, Role, new_result
from scoring.strings import t

DONT_KNOW = 0  # the radio's value for "Vet ej"; None means nothing chosen yet
ANSWER_OPTIONS = (1, 2, 3, 4, 5, DONT_KNOW)
ROLE_OPTIONS: tuple[Role, ...] = ("politician", "official", "other")


def lang() -> Lang:
    return "en" if st.session_state.get("lang") == "en" else "sv"


def tr(key: str, **fields: object) -> str:
    return t(key, lang(), **fields)


@st.cache_resource(show_spinner=False)
def _questionnaire(path: str, mtime: float) -> Questionnaire:
    return load_questionnaire(path)


def questionnaire() -> Questionnaire:
    path = Path(os.environ.get("SJALVSKATTNING_QUESTIONS", "questions.yaml"))
    # The mtime in the cache key picks up an edited questions.yaml without a restart.
    return _questionnaire(str(path), path.stat().st_mtime if path.exists() else 0.0)


def answer_key(item_id: str) -> str:
    return f"q_{item_id}"


def answers(q: Questionnaire) -> dict[str, int | None]:
    """Answers as the core wants them: item id -> 1..5, or None for "Vet ej"."""
    out: dict[str, int | None] = {}
    for item in q.items:
        value = st.session_state.get(answer_key(item.id))
        if value is not None:
            out[item.id] = None if value == DONT_KNOW else value
    return out


def set_answers(q: Questionnaire, given: Answers) -> None:
    for item in q.items:
        if item.id in given:
            value = given[item.id]
            st.session_state[answer_key(item.id)] = DONT_KNOW if value is None else value


def current_result(q: Questionnaire) -> Result:
    role = st.session_state.get("role")
    return new_result(q, answers(q), organisation=st.session_state.get("organisation") or "", role=role)


def show_error(error: ScoringError) -> None:
    st.error(error.message(lang()), icon=":material/error:")


def page(name: str) -> st.Page:
    """The navigation page registered under `name` by app.py for this run."""
    return st.session_state["_pages"][name]
