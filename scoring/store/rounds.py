"""Team rounds in the store: links, anonymous responses, open and closed.

A round has two links. The respondents' link lets anyone answer once per
browser draft and shows nothing of others' answers; the facilitator's link
shows the results. Only a hash of the facilitator's token is kept, so a
copy of the database does not hand out results links.
"""

from __future__ import annotations

import json
import secrets
import urllib.parse
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from scoring.answers import MAX_ORGANISATION, organisation_name, sha256_hex, valid_answer, valid_organisation
from scoring.errors import StoreError
from scoring.model import Questionnaire
from scoring.results import Result, dump_result
from scoring.snapshot import check_result, snapshot_of
from scoring.store.database import failure, valid_token

if TYPE_CHECKING:
    from scoring.store import Store

__all__ = [
    "FACILITATOR_PARAM",
    "MAX_ORGANISATION",
    "RESPONDENT_PARAM",
    "Round",
    "RoundClosedError",
    "RoundLinks",
    "Rounds",
    "links",
    "token_from_link",
]
RESPONDENT_PARAM = "svar"
FACILITATOR_PARAM = "leda"


class RoundClosedError(StoreError):
    """The round takes no more answers."""

    def __init__(self, text: str = "The round is closed, so it takes no more answers.") -> None:
        super().__init__(text, "round_closed_error")


@dataclass(frozen=True)
class RoundLinks:
    round_id: int
    respondent_token: str
    facilitator_token: str


@dataclass(frozen=True)
class Round:
    id: int
    organisation: str
    closes_on: date | None
    closed: bool  # closed by the facilitator
    created_at: str
    respondent_token: str

    def is_open(self, today: date | None = None) -> bool:
        """Open up to and including its closing day; `today` in the organisation's time zone
        (the shell knows it), else the UTC date."""
        today = today or datetime.now(UTC).date()
        return not self.closed and (self.closes_on is None or today <= self.closes_on)


_ROUND_SELECT = "SELECT id, organisation, closes_on, closed, created_at, respondent_token FROM rounds"


def _round(row: tuple[Any, ...]) -> Round:
    closes_on = date.fromisoformat(row[2]) if row[2] else None
    return Round(row[0], row[1], closes_on, bool(row[3]), row[4], row[5])


def token_from_link(text: str, param: str = FACILITATOR_PARAM) -> str:
    """The token in a pasted link (or a bare token), for opening an earlier round."""
    text = text.strip()
    found = urllib.parse.parse_qs(urllib.parse.urlsplit(text).query).get(param)
    return found[0] if found else text


def links(
    page_url: str, respondent_token: str, facilitator_token: str | None = None
) -> tuple[str, str | None]:
    """The two links to share, built on the round page's own address."""
    base = urllib.parse.urlsplit(page_url)._replace(query="", fragment="").geturl()
    respondent = f"{base}?{urllib.parse.urlencode({RESPONDENT_PARAM: respondent_token})}"
    facilitator = (
        f"{base}?{urllib.parse.urlencode({FACILITATOR_PARAM: facilitator_token})}"
        if facilitator_token
        else None
    )
    return respondent, facilitator


def _hash(token: str) -> str:
    return sha256_hex(token)


class Rounds:
    """Round operations on a Store; holds no connection of its own."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def create(self, organisation: str, closes_on: date | None = None) -> RoundLinks:
        organisation = organisation_name(organisation)
        if not valid_organisation(organisation, required=True):
            raise failure(
                f"A round needs an organisation name of 1 to {MAX_ORGANISATION} characters.",
                "round_organisation",
                max=MAX_ORGANISATION,
            )
        respondent, facilitator = secrets.token_urlsafe(24), secrets.token_urlsafe(24)  # 192 bits each
        with self.store.writing() as conn:
            cursor = conn.execute(
                "INSERT INTO rounds (organisation, closes_on, respondent_token, facilitator_hash, "
                "created_at) VALUES (?, ?, ?, ?, ?)",
                (
                    organisation,
                    closes_on.isoformat() if closes_on else None,
                    respondent,
                    _hash(facilitator),
                    datetime.now(UTC).isoformat(timespec="seconds"),
                ),
            )
            round_id = int(cursor.lastrowid or 0)
        return RoundLinks(round_id, respondent, facilitator)

    def for_respondent(self, token: str) -> Round | None:
        return self._find("respondent_token", token, token)

    def for_facilitator(self, token: str) -> Round | None:
        return self._find("facilitator_hash", token, _hash(token) if valid_token(token) else "")

    def _find(self, column: str, token: str, value: str) -> Round | None:
        if not valid_token(token):
            return None
        with self.store.reading() as conn:
            row = conn.execute(f"{_ROUND_SELECT} WHERE {column} = ?", (value,)).fetchone()
        return None if row is None else _round(row)

    def set_closed(self, round_id: int, closed: bool) -> None:
        with self.store.writing() as conn:
            conn.execute("UPDATE rounds SET closed = ? WHERE id = ?", (int(closed), round_id))

    def reopen(self, round_id: int, today: date | None = None) -> None:
        """Open the round again; a closing date already past is dropped, or it would stay shut."""
        today = today or datetime.now(UTC).date()
        with self.store.writing() as conn:
            conn.execute(
                "UPDATE rounds SET closed = 0, "
                "closes_on = CASE WHEN closes_on < ? THEN NULL ELSE closes_on END WHERE id = ?",
                (today.isoformat(), round_id),
            )

    def submit(
        self,
        token: str,
        result: Result,
        questionnaire: Questionnaire,
        draft_token: str | None = None,
        today: date | None = None,
    ) -> bool:
        """Store one anonymous response and drop its draft; False if it was already in.

        The organisation is not kept with a response: the round names it, and
        respondents stay anonymous.
        """
        found = self.for_respondent(token)
        if found is None:
            raise failure(
                "The round's link is not valid, so the answers were not sent.", "round_link_invalid"
            )
        if not found.is_open(today):
            raise RoundClosedError()
        check_result(result, snapshot_of(questionnaire))
        if not any(value is not None for value in result.answers.values()):
            # An empty response would still count towards a role's group of three.
            raise StoreError(
                "A response needs at least one answer from 1 to 5, so it was not sent.",
                "round_empty_response",
            )
        content = sha256_hex(dump_result(result))
        with self.store.writing() as conn:
            cursor = conn.execute(
                "INSERT OR IGNORE INTO round_responses "
                "(round_id, content_hash, questionnaire_version, role, created_at, answers) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (
                    found.id,
                    content,
                    result.questionnaire_version,
                    result.role,
                    result.created_at,
                    json.dumps(dict(result.answers), ensure_ascii=False),
                ),
            )
            if draft_token and valid_token(draft_token):
                conn.execute("DELETE FROM drafts WHERE token = ?", (draft_token,))
            return cursor.rowcount == 1

    def responses(self, round_id: int, questionnaire: Questionnaire) -> list[Result]:
        """The round's responses as results, in the order they came."""
        with self.store.reading() as conn:
            organisation = conn.execute(
                "SELECT organisation FROM rounds WHERE id = ?", (round_id,)
            ).fetchone()
            rows = conn.execute(
                "SELECT questionnaire_version, role, created_at, answers FROM round_responses "
                "WHERE round_id = ? ORDER BY id",
                (round_id,),
            ).fetchall()
        name = organisation[0] if organisation else ""
        return [
            Result(questionnaire.id, version, name, role, created_at, json.loads(answers))
            for version, role, created_at, answers in rows
        ]

    def set_agreed(self, round_id: int, item_id: str, value: int | None) -> None:
        """The answer the group agreed on for a split item; None removes it."""
        if value is not None and not valid_answer(value):
            raise failure(f"An agreed answer must be 1 to 5, got {value!r}.", "round_agreed_refused")
        with self.store.writing() as conn:
            if value is None:
                conn.execute(
                    "DELETE FROM round_agreed WHERE round_id = ? AND item_id = ?", (round_id, item_id)
                )
            else:
                conn.execute(
                    "INSERT INTO round_agreed (round_id, item_id, value) VALUES (?, ?, ?) "
                    "ON CONFLICT (round_id, item_id) DO UPDATE SET value = excluded.value",
                    (round_id, item_id, value),
                )

    def agreed(self, round_id: int) -> dict[str, int]:
        with self.store.reading() as conn:
            rows = conn.execute(
                "SELECT item_id, value FROM round_agreed WHERE round_id = ?", (round_id,)
            ).fetchall()
        return {item_id: value for item_id, value in rows}
