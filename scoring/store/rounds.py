"""Team rounds in the store: links, anonymous responses, open and closed.

A round is answered through one shared link (anyone holding it may answer,
once per browser draft) or through personal links, each good for one
response. The facilitator's link shows the results. Only hashes of the
facilitator's and the personal tokens are kept, so a copy of the database
hands out no links; a response is never tied to the personal link it came
through, which is only marked used.
"""

from __future__ import annotations

import json
import secrets
import sqlite3
import urllib.parse
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from scoring.answers import MAX_ORGANISATION, organisation_name, sha256_hex, valid_answer, valid_organisation
from scoring.errors import StoreError
from scoring.model import Questionnaire
from scoring.results import Result
from scoring.snapshot import check_result, snapshot_of
from scoring.store.database import failure, valid_token

if TYPE_CHECKING:
    from scoring.store import Store

__all__ = [
    "FACILITATOR_PARAM",
    "MAX_ORGANISATION",
    "MAX_PERSONAL_LINKS",
    "MAX_RATIONALE",
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
MAX_PERSONAL_LINKS = 200  # a leadership group, with room to spare; more is a mistake or an attack
MAX_RATIONALE = 300  # one line of why, as the meeting agreed it


class RoundClosedError(StoreError):
    """The round takes no more answers."""

    def __init__(self, text: str = "The round is closed, so it takes no more answers.") -> None:
        super().__init__(text, "round_closed_error")


@dataclass(frozen=True)
class RoundLinks:
    round_id: int
    respondent_token: str  # the shared link's token; with personal links it is never handed out
    facilitator_token: str
    personal_tokens: tuple[str, ...] = ()  # one per invitee when the round uses personal links


@dataclass(frozen=True)
class Round:
    id: int
    organisation: str
    closes_on: date | None
    closed: bool  # closed by the facilitator
    created_at: str
    respondent_token: str
    personal: bool = False  # answered through personal single-use links, not one shared link

    def is_open(self, today: date | None = None) -> bool:
        """Open up to and including its closing day; `today` in the organisation's time zone
        (the shell knows it), else the UTC date."""
        today = today or datetime.now(UTC).date()
        return not self.closed and (self.closes_on is None or today <= self.closes_on)


_ROUND_SELECT = (
    "SELECT id, organisation, closes_on, closed, created_at, respondent_token, "
    "COALESCE((SELECT personal FROM round_link_modes WHERE round_id = rounds.id), 0) FROM rounds"
)


def _round(row: tuple[Any, ...]) -> Round:
    closes_on = date.fromisoformat(row[2]) if row[2] else None
    return Round(row[0], row[1], closes_on, bool(row[3]), row[4], row[5], bool(row[6]))


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


def _use_link(conn: sqlite3.Connection, token: str) -> bool:
    """Mark a personal link used; False when it already was."""
    return (
        conn.execute(
            "UPDATE round_invites SET used = 1 WHERE token_hash = ? AND used = 0", (_hash(token),)
        ).rowcount
        == 1
    )


class Rounds:
    """Round operations on a Store; holds no connection of its own."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def create(self, organisation: str, closes_on: date | None = None, personal_links: int = 0) -> RoundLinks:
        """A new round; `personal_links` > 0 makes that many single-use links instead of one shared link."""
        organisation = organisation_name(organisation)
        if not valid_organisation(organisation, required=True):
            raise failure(
                f"A round needs an organisation name of 1 to {MAX_ORGANISATION} characters.",
                "round_organisation",
                max=MAX_ORGANISATION,
            )
        if type(personal_links) is not int or not 0 <= personal_links <= MAX_PERSONAL_LINKS:
            raise failure(
                f"A round has 1 to {MAX_PERSONAL_LINKS} personal links, got {personal_links!r}.",
                "round_personal_count",
                max=MAX_PERSONAL_LINKS,
            )
        respondent, facilitator = secrets.token_urlsafe(24), secrets.token_urlsafe(24)  # 192 bits each
        personal = tuple(secrets.token_urlsafe(24) for _ in range(personal_links))
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
            conn.execute(
                "INSERT INTO round_link_modes (round_id, personal) VALUES (?, ?)",
                (round_id, int(bool(personal))),
            )
            conn.executemany(
                "INSERT INTO round_invites (token_hash, round_id) VALUES (?, ?)",
                [(_hash(token), round_id) for token in personal],
            )
        return RoundLinks(round_id, respondent, facilitator, personal)

    def for_respondent(self, token: str) -> Round | None:
        """The round a respondent's link opens: the shared link of a shared round, or a personal link."""
        found = self._find("respondent_token", token, token)
        if found is not None:
            return None if found.personal else found  # a personal round's shared token is never valid
        if not valid_token(token):
            return None
        with self.store.reading() as conn:
            row = conn.execute(
                f"{_ROUND_SELECT} WHERE id = (SELECT round_id FROM round_invites WHERE token_hash = ?)",
                (_hash(token),),
            ).fetchone()
        return None if row is None else _round(row)

    def link_used(self, token: str) -> bool:
        """True when this personal link has already sent its one response."""
        if not valid_token(token):
            return False
        with self.store.reading() as conn:
            row = conn.execute(
                "SELECT used FROM round_invites WHERE token_hash = ?", (_hash(token),)
            ).fetchone()
        return bool(row and row[0])

    def personal_links_left(self, round_id: int) -> tuple[int, int]:
        """(unused, all) personal links of the round."""
        with self.store.reading() as conn:
            row = conn.execute(
                "SELECT count(*) - COALESCE(sum(used), 0), count(*) FROM round_invites WHERE round_id = ?",
                (round_id,),
            ).fetchone()
        return int(row[0]), int(row[1])

    def was_sent(self, round_id: int, draft_token: str) -> bool:
        """True when the browser holding this draft token has sent its response to the round."""
        if not valid_token(draft_token):
            return False
        with self.store.reading() as conn:
            row = conn.execute(
                "SELECT 1 FROM round_answers WHERE round_id = ? AND submission = ?",
                (round_id, _hash(draft_token)),
            ).fetchone()
        return row is not None

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
        """Store one anonymous response and drop its draft; False if this draft's response was already in.

        Identical answers from two people are two responses; the same browser
        draft sending twice (a double click, a reload) is one. A personal link
        takes one response; it is marked used in the same transaction. The
        organisation is not kept with a response: the round names it, and
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
        # Without a draft (the store failed when answering began) every send is its own submission.
        submission = _hash(
            draft_token if draft_token and valid_token(draft_token) else secrets.token_urlsafe(24)
        )
        with self.store.writing() as conn:
            cursor = conn.execute(
                "INSERT OR IGNORE INTO round_answers "
                "(round_id, submission, questionnaire_version, role, created_at, answers) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (
                    found.id,
                    submission,
                    result.questionnaire_version,
                    result.role,
                    result.created_at,
                    json.dumps(dict(result.answers), ensure_ascii=False),
                ),
            )
            if cursor.rowcount == 0:
                return False  # this browser's response is already in
            if found.personal and not _use_link(conn, token):
                raise StoreError(
                    "This personal link has already been used, so the answers were not sent.",
                    "round_link_used",
                )  # the transaction rolls back: nothing of this response is kept
            if draft_token and valid_token(draft_token):
                conn.execute("DELETE FROM drafts WHERE token = ?", (draft_token,))
            return True

    def responses(self, round_id: int, questionnaire: Questionnaire) -> list[Result]:
        """The round's responses as results, in the order they came."""
        with self.store.reading() as conn:
            organisation = conn.execute(
                "SELECT organisation FROM rounds WHERE id = ?", (round_id,)
            ).fetchone()
            rows = conn.execute(
                "SELECT questionnaire_version, role, created_at, answers FROM round_answers "
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

    def set_rationale(self, round_id: int, item_id: str, text: str) -> None:
        """One line on why the group agreed as it did; an empty line removes it."""
        if not isinstance(text, str) or len(text) > MAX_RATIONALE:
            raise failure(
                f"A rationale is at most {MAX_RATIONALE} characters.",
                "round_rationale_refused",
                max=MAX_RATIONALE,
            )
        text = " ".join(text.split())  # one line: newlines and runs of spaces become single spaces
        with self.store.writing() as conn:
            if not text:
                conn.execute(
                    "DELETE FROM round_rationales WHERE round_id = ? AND item_id = ?", (round_id, item_id)
                )
            else:
                conn.execute(
                    "INSERT INTO round_rationales (round_id, item_id, rationale) VALUES (?, ?, ?) "
                    "ON CONFLICT (round_id, item_id) DO UPDATE SET rationale = excluded.rationale",
                    (round_id, item_id, text),
                )

    def rationales(self, round_id: int) -> dict[str, str]:
        with self.store.reading() as conn:
            rows = conn.execute(
                "SELECT item_id, rationale FROM round_rationales WHERE round_id = ?", (round_id,)
            ).fetchall()
        return {item_id: text for item_id, text in rows}
