"""The one home of what an answer, a role and an organisation name are."""

from __future__ import annotations

import pytest

from scoring import results
from scoring.answers import (
    MAX_ORGANISATION,
    ROLES,
    canonical_json,
    organisation_name,
    sha256_hex,
    valid_answer,
    valid_organisation,
    valid_role,
)


@pytest.mark.parametrize("value", [None, 1, 2, 3, 4, 5])
def test_valid_answers(value: object) -> None:
    assert valid_answer(value)


@pytest.mark.parametrize("value", [0, 6, True, False, 3.0, "3", [3]])
def test_invalid_answers_and_never_a_bool(value: object) -> None:
    assert not valid_answer(value)


def test_roles_and_their_re_export_from_results() -> None:
    assert ROLES == ("politician", "official", "other") and results.ROLES is ROLES
    assert valid_role(None) and valid_role("official") and not valid_role("mayor")


def test_organisation_names_are_trimmed_and_bounded() -> None:
    assert organisation_name("  Exempelkommun \n") == "Exempelkommun" and organisation_name(None) == ""
    assert valid_organisation("x" * MAX_ORGANISATION) and not valid_organisation("x" * (MAX_ORGANISATION + 1))
    assert valid_organisation("") and not valid_organisation("", required=True)


def test_canonical_json_and_its_hash_ignore_key_order() -> None:
    assert canonical_json({"b": 1, "a": "å"}) == '{"a":"å","b":1}'
    assert sha256_hex(canonical_json({"b": 1, "a": 2})) == sha256_hex(canonical_json({"a": 2, "b": 1}))
    assert sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
