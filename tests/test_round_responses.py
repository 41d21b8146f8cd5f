"""One response per respondent, counted exactly: identical answers, double clicks, personal links."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from scoring.errors import StoreError
from scoring.model import Questionnaire
from scoring.results import Result
from scoring.store import Store
from scoring.store.drafts import changed_since
from scoring.store.rounds import MAX_PERSONAL_LINKS, Rounds
from scoring.team import aggregate


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(tmp_path / "store.db")


@pytest.fixture
def rounds(store: Store) -> Rounds:
    return Rounds(store)


def same_answers(role: str = "official") -> Result:
    # Every respondent gives exactly these answers at exactly this second.
    return Result("mini", "1", "", role, "2026-12-02T10:00:00+00:00", {"a0-i0": 4, "a1-i1": 2})  # type: ignore[arg-type]


def table(store: Store, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(store.path) as conn:
        return conn.execute(sql).fetchall()


def test_fifty_respondents_with_identical_answers_are_fifty_responses(
    rounds: Rounds, store: Store, mini: Questionnaire
) -> None:
    made = rounds.create("Exempelkommun")
    sent = [
        rounds.submit(made.respondent_token, same_answers(), mini, store.new_draft("round", made.round_id))
        for _ in range(50)
    ]
    assert sent == [True] * 50
    assert len(rounds.responses(made.round_id, mini)) == 50
    assert aggregate(mini, rounds.responses(made.round_id, mini)).respondents == 50


def test_one_browser_draft_sends_once_however_often_it_clicks(
    rounds: Rounds, store: Store, mini: Questionnaire
) -> None:
    made = rounds.create("Exempelkommun")
    draft = store.new_draft("round", made.round_id)
    assert rounds.submit(made.respondent_token, same_answers(), mini, draft) is True
    assert rounds.submit(made.respondent_token, same_answers("politician"), mini, draft) is False
    assert rounds.was_sent(made.round_id, draft)
    assert [r.role for r in rounds.responses(made.round_id, mini)] == ["official"]


def test_a_draft_that_never_sent_is_not_taken_as_sent(rounds: Rounds, store: Store) -> None:
    made = rounds.create("Exempelkommun")
    assert not rounds.was_sent(made.round_id, store.new_draft("round", made.round_id))
    assert not rounds.was_sent(made.round_id, "not a token")


def test_the_store_keeps_no_draft_token_with_a_response(
    rounds: Rounds, store: Store, mini: Questionnaire
) -> None:
    made = rounds.create("Exempelkommun")
    draft = store.new_draft("round", made.round_id)
    rounds.submit(made.respondent_token, same_answers(), mini, draft)
    assert not any(
        draft in str(value) for row in table(store, "SELECT * FROM round_answers") for value in row
    )


def test_a_round_with_personal_links_hands_out_that_many_different_links(rounds: Rounds) -> None:
    made = rounds.create("Exempelkommun", personal_links=12)
    assert len(set(made.personal_tokens)) == 12
    for token in made.personal_tokens:
        found = rounds.for_respondent(token)
        assert found is not None and found.id == made.round_id and found.personal
    assert rounds.personal_links_left(made.round_id) == (12, 12)


def test_a_personal_round_s_shared_token_opens_nothing(rounds: Rounds, mini: Questionnaire) -> None:
    made = rounds.create("Exempelkommun", personal_links=2)
    assert rounds.for_respondent(made.respondent_token) is None
    with pytest.raises(StoreError) as refused:
        rounds.submit(made.respondent_token, same_answers(), mini)
    assert refused.value.key == "round_link_invalid"


def test_a_personal_link_takes_one_response_and_refuses_a_second_from_another_browser(
    rounds: Rounds, store: Store, mini: Questionnaire
) -> None:
    made = rounds.create("Exempelkommun", personal_links=3)
    link = made.personal_tokens[0]
    assert rounds.submit(link, same_answers(), mini, store.new_draft("round", made.round_id))
    assert rounds.link_used(link)
    stranger = store.new_draft("round", made.round_id)
    with pytest.raises(StoreError) as refused:
        rounds.submit(link, same_answers("politician"), mini, stranger)
    assert refused.value.key == "round_link_used"
    assert "redan använts" in refused.value.message("sv")
    assert store.load_draft(stranger) is not None  # refused: the stranger's draft is kept
    assert len(rounds.responses(made.round_id, mini)) == 1
    assert rounds.personal_links_left(made.round_id) == (2, 3)


def test_a_double_click_through_a_personal_link_is_one_response_and_no_error(
    rounds: Rounds, store: Store, mini: Questionnaire
) -> None:
    made = rounds.create("Exempelkommun", personal_links=1)
    draft = store.new_draft("round", made.round_id)
    assert rounds.submit(made.personal_tokens[0], same_answers(), mini, draft) is True
    assert rounds.submit(made.personal_tokens[0], same_answers(), mini, draft) is False
    assert len(rounds.responses(made.round_id, mini)) == 1


def test_a_response_is_never_tied_to_its_personal_link(
    rounds: Rounds, store: Store, mini: Questionnaire
) -> None:
    made = rounds.create("Exempelkommun", personal_links=3)
    for token in made.personal_tokens:
        rounds.submit(token, same_answers(), mini, store.new_draft("round", made.round_id))
    columns = [row[1] for row in table(store, "PRAGMA table_info(round_answers)")]
    assert columns == [
        "id",
        "round_id",
        "submission",
        "questionnaire_version",
        "role",
        "created_at",
        "answers",
    ]
    stored = str(table(store, "SELECT * FROM round_answers")) + str(
        table(store, "SELECT * FROM round_invites")
    )
    assert not any(token in stored for token in made.personal_tokens)  # only hashes, and only "used"
    assert table(store, "SELECT used FROM round_invites") == [(1,), (1,), (1,)]


@pytest.mark.parametrize("count", [-1, MAX_PERSONAL_LINKS + 1])
def test_an_impossible_number_of_personal_links_is_refused(rounds: Rounds, count: int) -> None:
    with pytest.raises(StoreError) as refused:
        rounds.create("Exempelkommun", personal_links=count)
    assert refused.value.key == "round_personal_count"
    assert table(rounds.store, "SELECT count(*) FROM rounds") == [(0,)]


def test_a_shared_round_says_it_is_shared(rounds: Rounds) -> None:
    made = rounds.create("Exempelkommun")
    found = rounds.for_respondent(made.respondent_token)
    assert found is not None and not found.personal and made.personal_tokens == ()


def test_answers_another_tab_wrote_to_the_draft_are_found() -> None:
    seen = {"a": 1, "b": None}
    assert changed_since({"a": 1, "b": None}, seen) == {}
    assert changed_since({"a": 1, "b": None, "c": 3}, seen) == {"c": 3}
    assert changed_since({"a": 2, "b": None}, seen) == {"a": 2}
    assert changed_since({}, seen) == {}  # this tab's own answers that failed to reach the draft are no news


def test_a_whole_session_is_written_back_in_one_go_and_other_answers_stay(store: Store) -> None:
    draft = store.new_draft()
    store.save_answer(draft, "other-tab", 5)
    assert store.save_answers(draft, {"a0-i0": 2, "a0-i1": None}, "Kommunen", "official")
    loaded = store.load_draft(draft)
    assert loaded is not None
    assert loaded.answers == {"other-tab": 5, "a0-i0": 2, "a0-i1": None}
    assert (loaded.organisation, loaded.role) == ("Kommunen", "official")
    assert not store.save_answers("x" * 32, {"a0-i0": 2}, "", None)  # no such draft
