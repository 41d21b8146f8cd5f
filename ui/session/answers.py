"""Widgets, the language, organisation and role, and the answers of the run on screen."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from scoring.answers import ROLES, Role
from scoring.model import Lang
from ui.session.backing import state
from ui.session.keys import _ANSWERS, _AREA, _RESULT_TIME, _ROLE, _SAVED_RUN, LANG, ORGANISATION

# --- widgets --------------------------------------------------------------------------


def widget_value(key: str) -> Any:
    """The value of the widget with this key, or None before it is drawn."""
    return state.get(key)


def forget_widget(key: str) -> None:
    """Reset a widget: drawn next time with its default."""
    state.pop(key, None)


def seed_widget(key: str, value: object) -> None:
    """Give a widget its value before it is drawn, unless it already has one.

    A widget that gets its value this way must be drawn without a default
    (`index=`, `value=`): Streamlit warns when it gets both.
    """
    state.setdefault(key, value)


# --- language, organisation, role -----------------------------------------------------


def language() -> Lang:
    return "en" if state.get(LANG) == "en" else "sv"


def organisation() -> str:
    """The organisation as typed, "" when none."""
    return state.get(ORGANISATION) or ""


def role() -> Role | None:
    value = state.get(_ROLE)
    return value if value in ROLES else None


def set_role(value: Role | None) -> None:
    state[_ROLE] = value
    answers_changed()


# --- answers and the run on screen ----------------------------------------------------


def given() -> Mapping[str, int]:
    """The radio values given so far, item id -> 1..5 or DONT_KNOW (0). Read-only:
    answers change through `set_given` and the transitions below."""
    return _given()


def _given() -> dict[str, int]:
    answers: dict[str, int] = state.setdefault(_ANSWERS, {})
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
    state.pop(_RESULT_TIME, None)
    state.pop(_SAVED_RUN, None)


def result_time() -> datetime:
    """The time of the run on screen. It stays fixed until something changes, so
    saving or downloading the same answers twice gives the same result."""
    when: datetime = state.setdefault(_RESULT_TIME, datetime.now(UTC))
    return when


def area() -> int:
    """The area shown on the fill-in page, 0-based."""
    return int(state.get(_AREA, 0))


def go_to_area(step: int, widget: str | None = None) -> None:
    """Show another area; `widget` is the step radio's key, moved along unless it moved itself."""
    state[_AREA] = step
    if widget is not None:
        state[widget] = step
