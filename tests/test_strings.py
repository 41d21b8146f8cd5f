"""Every user-facing string exists in Swedish and English, with the same fields."""

from __future__ import annotations

import re
import string

import pytest

from scoring.model import LANGS
from scoring.strings import STRINGS, t
from tests.conftest import ROOT


def fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


@pytest.mark.parametrize("key", sorted(STRINGS))
def test_every_string_has_non_empty_swedish_and_english(key: str) -> None:
    assert set(STRINGS[key]) == set(LANGS)
    for lang in LANGS:
        assert STRINGS[key][lang].strip(), f"{key} is empty in {lang}"


@pytest.mark.parametrize("key", sorted(STRINGS))
def test_both_languages_use_the_same_format_fields(key: str) -> None:
    assert fields(STRINGS[key]["sv"]) == fields(STRINGS[key]["en"])


def test_the_format_field_check_sees_fields() -> None:
    assert fields("{count} av {total}") == {"count", "total"}
    assert fields("no fields {{here}}") == set()


def test_keys_are_english_snake_case() -> None:
    assert all(key.isascii() and key == key.lower() and " " not in key for key in STRINGS)


def test_a_string_is_looked_up_by_language() -> None:
    assert t("col_area", "sv") == "Område"
    assert t("col_area", "en") == "Area"


def test_fields_are_filled_in(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(STRINGS, "test_count", {"sv": "{n} av {total}", "en": "{n} of {total}"})
    assert t("test_count", "en", n=3, total=5) == "3 of 5"
    assert t("test_count", "sv", n=3, total=5) == "3 av 5"


def test_an_unknown_key_is_an_error() -> None:
    with pytest.raises(KeyError):
        t("no_such_key", "sv")


def _sources() -> str:
    files = [ROOT / "app.py", *sorted((ROOT / "scoring").rglob("*.py")), *sorted((ROOT / "ui").rglob("*.py"))]
    files += sorted((ROOT / "scoring" / "templates").glob("*"))
    return "\n".join(p.read_text(encoding="utf-8") for p in files if p.parent.name != "strings")


def test_every_string_key_is_used_somewhere() -> None:
    """A key defined but never used is dead text that drifts; keys built at run time count by prefix."""
    code = _sources()
    dynamic = set(re.findall(r"""f["']([a-z][a-z_]*_)\{""", code))  # f"nav_{key}" makes nav_*
    unused = [
        key
        for key in STRINGS
        if not re.search(rf"""["']{key}["']|\bs\.{key}\b|\bs\[["']{key}["']\]""", code)
        and not any(key.startswith(prefix) for prefix in dynamic)
    ]
    assert unused == []
