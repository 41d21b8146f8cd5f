"""Team rounds in the store: tokens, anonymous responses, open and closed, agreed answers, links."""

from __future__ import annotations

import hashlib
import re
import sqlite3
import urllib.parse
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scoring.answers import MAX_ORGANISATION
from scoring.errors import StoreError
from scoring.model import Questionnaire
from scoring.results import Result, Role, new_result
from scoring.store import Store
from scoring.store.rounds import RoundClosedError, Rounds, links, token_from_link
from scoring.team import role_counts

URLSAFE = re.compile(r"[A-Za-z0-9_-]+")
SECRET_ORGANISATION = "Hemliga förvaltningen"


# --- helpers ----------------------------------------------------------------------


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "store.db"


@pytest.fixture
def store(db: Path) -> Store:
    return Store(db)


@pytest.fixture
def rounds(store: Store) -> Rounds:
    return Rounds(store)


def response(
    answers: dict[str, int | None] | None = None,
    role: Role | None = "official",
    organisation: str = SECRET_ORGANISATION,
    created_at: str = "2024-05-01T10:00:00+00:00",
) -> Result:
    return Result(
        questionnaire_id="mini",
        questionnaire_version="1",
        organisation=organisation,
        role=role,
        created_at=created_at,
        answers=answers if answers is not None else {"a0-i0": 4, "a0-i1": None, "a1-i4": 2},
    )


def every_text(db: Path) -> list[str]:
    """Every text value in every column of every table of the store file."""
    conn = sqlite3.connect(db)
    try:
        tables = [row[0] for row in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")]
        texts: list[str] = []
        for table in tables:
            for row in conn.execute(f'SELECT * FROM "{table}"'):
                texts += [value for value in row if isinstance(value, str)]
        return texts
    finally:
        conn.close()


def raw_bytes(db: Path) -> bytes:
    """The store file and its write-ahead log, as they lie on disk."""
    return b"".join(p.read_bytes() for p in (db, Path(f"{db}-wal")) if p.exists())


def rows(db: Path, table: str) -> int:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
    finally:
        conn.close()


def response_count(db: Path) -> int:
    return rows(db, "round_answers")


# --- creating a round -------------------------------------------------------------


def test_a_new_round_has_two_different_unguessable_url_safe_tokens(rounds: Rounds) -> None:
    made = rounds.create("Exempelkommun")
    assert made.respondent_token != made.facilitator_token
    for token in (made.respondent_token, made.facilitator_token):
        # token_urlsafe gives 4 characters per 3 bytes: 32 characters carry 192 random bits.
        assert len(token) >= 32
        assert URLSAFE.fullmatch(token), token


def test_two_rounds_never_share_a_token(rounds: Rounds) -> None:
    made = [rounds.create("Exempelkommun") for _ in range(20)]
    tokens = [m.respondent_token for m in made] + [m.facilitator_token for m in made]
    assert len(set(tokens)) == len(tokens)
    assert len({m.round_id for m in made}) == len(made)


def test_the_facilitator_token_is_stored_only_as_its_hash(rounds: Rounds, db: Path) -> None:
    made = rounds.create("Exempelkommun")
    digest = hashlib.sha256(made.facilitator_token.encode("ascii")).hexdigest()
    texts = every_text(db)
    assert not any(made.facilitator_token in value for value in texts)
    assert digest in texts
    assert made.respondent_token in texts
    assert made.facilitator_token.encode("ascii") not in raw_bytes(db)


def test_the_organisation_name_is_trimmed(rounds: Rounds) -> None:
    made = rounds.create("  Exempelkommun \n")
    found = rounds.for_respondent(made.respondent_token)
    assert found is not None
    assert found.organisation == "Exempelkommun"


@pytest.mark.parametrize("organisation", ["", "   ", "x" * (MAX_ORGANISATION + 1)])
def test_a_round_needs_an_organisation_name_of_sensible_length(
    rounds: Rounds, db: Path, organisation: str
) -> None:
    with pytest.raises(StoreError):
        rounds.create(organisation)
    assert rows(db, "rounds") == 0


def test_an_organisation_name_of_the_maximum_length_is_accepted(rounds: Rounds) -> None:
    name = "x" * MAX_ORGANISATION
    made = rounds.create(name)
    found = rounds.for_facilitator(made.facilitator_token)
    assert found is not None and found.organisation == name


# --- finding a round by its token --------------------------------------------------


def test_each_token_opens_its_own_view_of_the_round(rounds: Rounds) -> None:
    made = rounds.create("Exempelkommun", closes_on=date(2031, 5, 17))
    as_respondent = rounds.for_respondent(made.respondent_token)
    as_facilitator = rounds.for_facilitator(made.facilitator_token)
    assert as_respondent is not None and as_facilitator is not None
    assert as_respondent == as_facilitator
    assert as_respondent.id == made.round_id
    assert as_respondent.organisation == "Exempelkommun"
    assert as_respondent.closes_on == date(2031, 5, 17)
    assert as_respondent.closed is False
    assert as_respondent.respondent_token == made.respondent_token


def test_a_respondent_token_does_not_open_the_facilitator_view(rounds: Rounds) -> None:
    made = rounds.create("Exempelkommun")
    assert rounds.for_facilitator(made.respondent_token) is None


def test_a_facilitator_token_does_not_open_the_respondent_view(rounds: Rounds) -> None:
    made = rounds.create("Exempelkommun")
    assert rounds.for_respondent(made.facilitator_token) is None


def test_the_stored_hash_does_not_open_the_facilitator_view(rounds: Rounds) -> None:
    # A copy of the database must not hand out results links.
    made = rounds.create("Exempelkommun")
    digest = hashlib.sha256(made.facilitator_token.encode("ascii")).hexdigest()
    assert rounds.for_facilitator(digest) is None
    assert rounds.for_respondent(digest) is None


def test_one_round_s_tokens_never_open_another_round(rounds: Rounds) -> None:
    first, second = rounds.create("Exempelkommun"), rounds.create("Exempelkommun")
    for made, other in ((first, second), (second, first)):
        found = rounds.for_respondent(made.respondent_token)
        assert found is not None and found.id == made.round_id != other.round_id
        led = rounds.for_facilitator(made.facilitator_token)
        assert led is not None and led.id == made.round_id


@pytest.mark.parametrize(
    "token",
    [
        "",
        "abc",
        "a" * 31,
        "a" * 65,
        "ä" * 32,
        "a b" * 11,
        "../" * 11,
        "a" * 31 + "=",
        "a" * 32 + "\n",
        None,
        42,
        b"a" * 32,
        ["a" * 32],
    ],
)
def test_a_malformed_token_finds_nothing(rounds: Rounds, token: Any) -> None:
    rounds.create("Exempelkommun")
    assert rounds.for_respondent(token) is None
    assert rounds.for_facilitator(token) is None


def test_a_well_formed_unknown_token_finds_nothing(rounds: Rounds) -> None:
    made = rounds.create("Exempelkommun")
    unknown = "A" * 32
    assert unknown not in (made.respondent_token, made.facilitator_token)
    assert rounds.for_respondent(unknown) is None
    assert rounds.for_facilitator(unknown) is None


def test_a_token_with_a_changed_character_finds_nothing(rounds: Rounds) -> None:
    made = rounds.create("Exempelkommun")
    for token, find in (
        (made.respondent_token, rounds.for_respondent),
        (made.facilitator_token, rounds.for_facilitator),
    ):
        changed = token[:-1] + ("A" if token[-1] != "A" else "B")
        assert find(changed) is None


# --- responses --------------------------------------------------------------------


def test_a_response_is_stored_with_its_role_and_answers(rounds: Rounds, mini: Questionnaire) -> None:
    made = rounds.create("Exempelkommun")
    sent = response({"a0-i0": 4, "a0-i1": None, "a1-i4": 2}, role="politician")
    assert rounds.submit(made.respondent_token, sent, mini) is True
    (stored,) = rounds.responses(made.round_id, mini)
    assert stored.role == "politician"
    assert dict(stored.answers) == {"a0-i0": 4, "a0-i1": None, "a1-i4": 2}
    assert stored.questionnaire_id == "mini"
    assert stored.questionnaire_version == "1"
    assert stored.created_at == sent.created_at


def test_a_response_without_a_role_is_kept_without_one(rounds: Rounds, mini: Questionnaire) -> None:
    made = rounds.create("Exempelkommun")
    rounds.submit(made.respondent_token, response(role=None), mini)
    (stored,) = rounds.responses(made.round_id, mini)
    assert stored.role is None


def test_a_response_does_not_keep_the_respondent_s_organisation(
    rounds: Rounds, mini: Questionnaire, db: Path
) -> None:
    made = rounds.create("Exempelkommun")
    rounds.submit(made.respondent_token, response(organisation=SECRET_ORGANISATION), mini)
    (stored,) = rounds.responses(made.round_id, mini)
    assert stored.organisation == "Exempelkommun"
    assert not any(SECRET_ORGANISATION in value for value in every_text(db))
    assert SECRET_ORGANISATION.encode("utf-8") not in raw_bytes(db)


def test_the_same_browser_draft_sending_twice_is_kept_once(
    rounds: Rounds, store: Store, mini: Questionnaire
) -> None:
    made = rounds.create("Exempelkommun")
    sent, draft = response(), store.new_draft("round", made.round_id)
    assert rounds.submit(made.respondent_token, sent, mini, draft_token=draft) is True
    assert rounds.submit(made.respondent_token, sent, mini, draft_token=draft) is False
    assert len(rounds.responses(made.round_id, mini)) == 1


def test_the_same_answers_in_two_rounds_are_two_responses(rounds: Rounds, mini: Questionnaire) -> None:
    first, second = rounds.create("Exempelkommun"), rounds.create("Exempelkommun")
    assert rounds.submit(first.respondent_token, response(), mini) is True
    assert rounds.submit(second.respondent_token, response(), mini) is True
    assert len(rounds.responses(first.round_id, mini)) == 1
    assert len(rounds.responses(second.round_id, mini)) == 1


def test_responses_come_back_in_the_order_they_came(rounds: Rounds, mini: Questionnaire) -> None:
    made = rounds.create("Exempelkommun")
    for value in (5, 1, 3):
        assert rounds.submit(made.respondent_token, response({"a0-i0": value}), mini)
    assert [r.answers["a0-i0"] for r in rounds.responses(made.round_id, mini)] == [5, 1, 3]


def test_a_round_without_responses_has_none(rounds: Rounds, mini: Questionnaire) -> None:
    made = rounds.create("Exempelkommun")
    assert rounds.responses(made.round_id, mini) == []


def test_submitting_removes_the_given_draft_and_no_other(
    rounds: Rounds, store: Store, mini: Questionnaire
) -> None:
    made = rounds.create("Exempelkommun")
    mine = store.new_draft("round", made.round_id)
    other = store.new_draft("round", made.round_id)
    assert store.save_answer(mine, "a0-i0", 4)
    assert store.save_answer(other, "a0-i0", 2)
    assert rounds.submit(made.respondent_token, response({"a0-i0": 4}), mini, draft_token=mine)
    assert store.load_draft(mine) is None
    kept = store.load_draft(other)
    assert kept is not None and kept.answers == {"a0-i0": 2}


def test_a_response_with_a_bad_link_raises_and_stores_nothing(
    rounds: Rounds, mini: Questionnaire, db: Path
) -> None:
    made = rounds.create("Exempelkommun")
    with pytest.raises(StoreError) as caught:
        rounds.submit(made.facilitator_token, response(), mini)
    assert not isinstance(caught.value, RoundClosedError)
    with pytest.raises(StoreError):
        rounds.submit("not a token", response(), mini)
    assert response_count(db) == 0


def test_a_response_with_an_unknown_role_is_refused(rounds: Rounds, mini: Questionnaire, db: Path) -> None:
    made = rounds.create("Exempelkommun")
    with pytest.raises(StoreError):
        rounds.submit(made.respondent_token, response(role="mayor"), mini)  # type: ignore[arg-type]
    assert response_count(db) == 0


@pytest.mark.parametrize(
    "answers",
    [
        {"a0-i0": 7},
        {"a0-i0": 0},
        {"a0-i0": -1},
        {"a0-i0": "4"},
        {"a0-i0": 2.5},
        {"no-such-item": 3},
    ],
    ids=["seven", "zero", "minus-one", "text", "fraction", "unknown-item"],
)
def test_a_response_that_does_not_fit_the_questionnaire_is_refused_and_stores_nothing(
    rounds: Rounds, mini: Questionnaire, db: Path, answers: dict[str, Any]
) -> None:
    # A single run with these answers is refused by the store; a round response must be too,
    # or the team view later miscounts it (-1 counts as a 5) or fails on it (7).
    made = rounds.create("Exempelkommun")
    with pytest.raises(StoreError):
        rounds.submit(made.respondent_token, response(answers), mini)
    assert response_count(db) == 0


def test_a_response_to_another_questionnaire_is_refused(
    rounds: Rounds, mini: Questionnaire, db: Path
) -> None:
    made = rounds.create("Exempelkommun")
    other = Result("another", "1", "", None, "2024-05-01T10:00:00+00:00", {"a0-i0": 3})
    with pytest.raises(StoreError):
        rounds.submit(made.respondent_token, other, mini)
    assert response_count(db) == 0


# --- open and closed --------------------------------------------------------------


def test_a_closed_round_refuses_answers_stores_nothing_and_keeps_the_draft(
    rounds: Rounds, store: Store, mini: Questionnaire, db: Path
) -> None:
    made = rounds.create("Exempelkommun")
    draft = store.new_draft("round", made.round_id)
    store.save_answer(draft, "a0-i0", 4)
    rounds.set_closed(made.round_id, True)
    found = rounds.for_respondent(made.respondent_token)
    assert found is not None and found.closed and not found.is_open()
    with pytest.raises(RoundClosedError):
        rounds.submit(made.respondent_token, response(), mini, draft_token=draft)
    assert response_count(db) == 0
    kept = store.load_draft(draft)
    assert kept is not None and kept.answers == {"a0-i0": 4}


def test_a_reopened_round_takes_answers_again(rounds: Rounds, mini: Questionnaire) -> None:
    made = rounds.create("Exempelkommun")
    rounds.set_closed(made.round_id, True)
    rounds.set_closed(made.round_id, False)
    found = rounds.for_respondent(made.respondent_token)
    assert found is not None and not found.closed
    assert rounds.submit(made.respondent_token, response(), mini) is True
    assert len(rounds.responses(made.round_id, mini)) == 1


def test_closing_one_round_leaves_another_open(rounds: Rounds, mini: Questionnaire) -> None:
    first, second = rounds.create("Exempelkommun"), rounds.create("Exempelkommun")
    rounds.set_closed(first.round_id, True)
    assert rounds.submit(second.respondent_token, response(), mini) is True


def test_a_round_past_its_closing_date_refuses_answers(rounds: Rounds, mini: Questionnaire, db: Path) -> None:
    made = rounds.create("Exempelkommun", closes_on=date(2000, 1, 31))
    with pytest.raises(RoundClosedError):
        rounds.submit(made.respondent_token, response(), mini)
    assert response_count(db) == 0


def test_a_round_is_open_up_to_and_including_its_closing_day(rounds: Rounds) -> None:
    made = rounds.create("Exempelkommun", closes_on=date(2024, 6, 30))
    found = rounds.for_respondent(made.respondent_token)
    assert found is not None
    assert found.is_open(today=date(2024, 6, 1))
    assert found.is_open(today=date(2024, 6, 30))
    assert not found.is_open(today=date(2024, 7, 1))


def test_a_round_without_a_closing_date_stays_open(rounds: Rounds) -> None:
    made = rounds.create("Exempelkommun")
    found = rounds.for_respondent(made.respondent_token)
    assert found is not None and found.closes_on is None
    assert found.is_open(today=date(9999, 12, 31))


def test_a_closed_round_is_not_open_before_its_closing_day(rounds: Rounds) -> None:
    made = rounds.create("Exempelkommun", closes_on=date(2024, 6, 30))
    rounds.set_closed(made.round_id, True)
    found = rounds.for_facilitator(made.facilitator_token)
    assert found is not None
    assert not found.is_open(today=date(2024, 6, 1))


# --- agreed answers ---------------------------------------------------------------


def test_an_agreed_answer_is_kept_changed_and_removed(rounds: Rounds) -> None:
    made = rounds.create("Exempelkommun")
    assert rounds.agreed(made.round_id) == {}
    rounds.set_agreed(made.round_id, "a0-i0", 4)
    rounds.set_agreed(made.round_id, "a1-i2", 1)
    assert rounds.agreed(made.round_id) == {"a0-i0": 4, "a1-i2": 1}
    rounds.set_agreed(made.round_id, "a0-i0", 2)
    assert rounds.agreed(made.round_id) == {"a0-i0": 2, "a1-i2": 1}
    rounds.set_agreed(made.round_id, "a0-i0", None)
    assert rounds.agreed(made.round_id) == {"a1-i2": 1}


def test_removing_an_answer_that_was_never_agreed_changes_nothing(rounds: Rounds) -> None:
    made = rounds.create("Exempelkommun")
    rounds.set_agreed(made.round_id, "a0-i0", 5)
    rounds.set_agreed(made.round_id, "a1-i1", None)
    assert rounds.agreed(made.round_id) == {"a0-i0": 5}


def test_agreed_answers_belong_to_their_own_round(rounds: Rounds) -> None:
    first, second = rounds.create("Exempelkommun"), rounds.create("Exempelkommun")
    rounds.set_agreed(first.round_id, "a0-i0", 3)
    assert rounds.agreed(second.round_id) == {}


@pytest.mark.parametrize("value", [0, 6, -1, True, 2.5, "3"])
def test_an_agreed_answer_outside_one_to_five_is_refused(rounds: Rounds, value: Any) -> None:
    made = rounds.create("Exempelkommun")
    rounds.set_agreed(made.round_id, "a0-i0", 2)
    with pytest.raises(StoreError):
        rounds.set_agreed(made.round_id, "a0-i0", value)
    assert rounds.agreed(made.round_id) == {"a0-i0": 2}


# --- never listed ------------------------------------------------------------------


def test_rounds_are_never_listed_by_organisation(rounds: Rounds) -> None:
    # Anyone can start a round under any name, so no call may list rounds by it.
    first = rounds.create("Exempelkommun")
    second = rounds.create("Exempelkommun", closes_on=date(2030, 1, 1))
    assert not [name for name in dir(rounds) if name.startswith("list")]
    found = rounds.for_facilitator(second.facilitator_token)
    assert found is not None and found.id == second.round_id != first.round_id
    assert found.closes_on == date(2030, 1, 1)


# --- links ------------------------------------------------------------------------


def test_links_are_built_on_the_page_address_without_its_query() -> None:
    respondent, facilitator = links("http://h:8501/runda?utkast=abc", "R" * 32, "F" * 32)
    assert respondent == f"http://h:8501/runda?svar={'R' * 32}"
    assert facilitator == f"http://h:8501/runda?leda={'F' * 32}"


def test_links_drop_the_fragment_and_keep_the_path() -> None:
    respondent, _ = links("https://example.se/app/runda/?leda=old&x=1#top", "R" * 32, None)
    assert respondent == f"https://example.se/app/runda/?svar={'R' * 32}"


def test_without_a_facilitator_token_there_is_no_facilitator_link() -> None:
    respondent, facilitator = links("http://h:8501/runda", "R" * 32)
    assert respondent == f"http://h:8501/runda?svar={'R' * 32}"
    assert facilitator is None


def test_the_links_of_a_new_round_open_its_two_views(rounds: Rounds) -> None:
    made = rounds.create("Exempelkommun")
    respondent, facilitator = links("http://h:8501/runda", made.respondent_token, made.facilitator_token)
    assert facilitator is not None
    svar = urllib.parse.parse_qs(urllib.parse.urlsplit(respondent).query)["svar"][0]
    leda = urllib.parse.parse_qs(urllib.parse.urlsplit(facilitator).query)["leda"][0]
    assert rounds.for_respondent(svar) is not None
    assert rounds.for_facilitator(leda) is not None


@given(
    query=st.dictionaries(
        st.text(alphabet="abcdefghij", min_size=1, max_size=5), st.text(max_size=10), max_size=4
    ),
    token=st.text(alphabet="ABCabc019_-", min_size=32, max_size=64),
)
def test_a_link_carries_exactly_one_parameter_whatever_the_page_s_query(
    query: dict[str, str], token: str
) -> None:
    page = f"http://h:8501/runda?{urllib.parse.urlencode(query)}"
    respondent, facilitator = links(page, token, token)
    assert facilitator is not None
    assert urllib.parse.parse_qs(urllib.parse.urlsplit(respondent).query) == {"svar": [token]}
    assert urllib.parse.parse_qs(urllib.parse.urlsplit(facilitator).query) == {"leda": [token]}
    assert respondent.startswith("http://h:8501/runda?")


# --- role counts ------------------------------------------------------------------


def test_role_counts_count_every_role_and_those_without_one() -> None:
    sent = [response(role=r) for r in ("official", None, "official", "politician", None, None)]
    assert role_counts(sent) == {"politician": 1, "official": 2, "other": 0, "none": 3}


def test_role_counts_of_no_respondents_are_all_zero() -> None:
    assert role_counts([]) == {"politician": 0, "official": 0, "other": 0, "none": 0}


def test_an_empty_response_is_refused_so_it_cannot_pad_a_role_group(
    tmp_path: Path, questionnaire: Questionnaire
) -> None:
    rounds = Rounds(Store(tmp_path / "empty.db"))
    links = rounds.create("Kommun")
    only_dont_know = new_result(questionnaire, {questionnaire.items[0].id: None}, "", "politician")
    with pytest.raises(StoreError, match="at least one answer"):
        rounds.submit(links.respondent_token, only_dont_know, questionnaire)
    assert rounds.responses(links.round_id, questionnaire) == []


def test_reopening_a_round_whose_closing_date_has_passed_opens_it_again(tmp_path: Path) -> None:
    rounds = Rounds(Store(tmp_path / "reopen.db"))
    links = rounds.create("Kommun", closes_on=date(2026, 1, 10))
    found = rounds.for_facilitator(links.facilitator_token)
    assert found is not None and not found.is_open(today=date(2026, 2, 1))
    rounds.reopen(links.round_id, today=date(2026, 2, 1))
    again = rounds.for_facilitator(links.facilitator_token)
    assert again is not None and again.closes_on is None and again.is_open(today=date(2026, 2, 1))


def test_a_pasted_results_link_gives_its_token() -> None:
    assert token_from_link("http://h:8501/runda?leda=abc_DEF-123&x=1") == "abc_DEF-123"
    assert token_from_link("  abc_DEF-123 ") == "abc_DEF-123"
