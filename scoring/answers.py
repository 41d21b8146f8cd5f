"""What an answer, a role and an organisation name are: the one home of these rules.

Stdlib only, so every module (the result file, the store, the UI) can import
it without pulling anything else in. The store's SQL CHECK constraints repeat
the answer rule on purpose: the database guards itself too.
"""

from __future__ import annotations

import hashlib
import json
from typing import Literal

Role = Literal["politician", "official", "other"]
ROLES: tuple[Role, ...] = ("politician", "official", "other")

ANSWER_MIN = 1
ANSWER_MAX = 5
MAX_ORGANISATION = 200


def valid_answer(value: object) -> bool:
    """An answer is None ("don't know") or a whole number 1..5; a bool is never one."""
    return value is None or (type(value) is int and ANSWER_MIN <= value <= ANSWER_MAX)


def valid_role(value: object) -> bool:
    """A role is one of ROLES, or None when none was given."""
    return value is None or value in ROLES


def organisation_name(value: str | None) -> str:
    """The organisation name as it is kept: surrounding white space removed, None as ''."""
    return (value or "").strip()


def valid_organisation(name: str, *, required: bool = False) -> bool:
    """A normalised name fits: at most MAX_ORGANISATION characters, and not empty if required."""
    return len(name) <= MAX_ORGANISATION and (bool(name) or not required)


def sha256_hex(text: str) -> str:
    """The SHA-256 of the text's UTF-8 bytes, as 64 hex digits."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def canonical_json(payload: object) -> str:
    """One spelling per value: sorted keys, no spaces, UTF-8 kept; what hashes are taken over."""
    return json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
