"""Every user-facing string, in Swedish and English, in one catalogue.

The UI, the charts, the exports and the report all read from here, so a
wording changes once. Keys are English snake_case; values may hold
str.format fields. The catalogue is kept in one module per part of the app;
they are merged here, and a key defined twice is an error at import.
"""

from __future__ import annotations

from scoring.model import Lang
from scoring.strings import (
    actions,
    charts,
    errors,
    hosting,
    pages,
    report,
    round,
    shell,
    statement,
)

_PARTS = (charts, shell, pages, round, hosting, statement, report, actions, errors)


def _merge() -> dict[str, dict[Lang, str]]:
    merged: dict[str, dict[Lang, str]] = {}
    for part in _PARTS:
        twice = merged.keys() & part.STRINGS.keys()
        if twice:
            raise ValueError(f"string keys defined twice: {sorted(twice)}")
        merged.update(part.STRINGS)
    return merged


STRINGS: dict[str, dict[Lang, str]] = _merge()


def t(key: str, lang: Lang, **fields: object) -> str:
    text = STRINGS[key][lang]
    return text.format(**fields) if fields else text


def number(value: float, lang: Lang, sign: bool = False) -> str:
    """One decimal, with the decimal comma Swedish readers expect."""
    text = f"{value:+.1f}" if sign else f"{value:.1f}"
    return text.replace(".", ",") if lang == "sv" else text
