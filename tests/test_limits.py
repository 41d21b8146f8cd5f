"""Limits per hour on drafts, rounds and imports: the pure counting, and the setting that sets them."""

from __future__ import annotations

import pytest

from scoring.limits import DEFAULT_LIMITS, Limit, Limits, RateCounter, describe, parse_limits
from ui import settings


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_a_session_is_stopped_at_its_own_limit_and_others_go_on() -> None:
    counter = RateCounter(Clock())
    limit = Limit(per_session=2, per_server=10)
    assert [counter.take("drafts", "a", limit) for _ in range(3)] == [None, None, "session"]
    assert counter.take("drafts", "b", limit) is None


def test_the_server_limit_counts_every_session_together() -> None:
    counter = RateCounter(Clock())
    limit = Limit(per_session=5, per_server=3)
    assert [counter.take("rounds", f"s{n}", limit) for n in range(4)] == [None, None, None, "server"]


def test_a_refused_attempt_is_not_counted() -> None:
    counter = RateCounter(Clock())
    limit = Limit(per_session=1, per_server=2)
    assert counter.take("imports", "a", limit) is None
    assert counter.take("imports", "a", limit) == "session"
    assert counter.take("imports", "a", limit) == "session"
    assert counter.take("imports", "b", limit) is None  # a's refusals took no place on the server


def test_the_limits_count_only_the_last_hour() -> None:
    clock = Clock()
    counter = RateCounter(clock)
    limit = Limit(per_session=1, per_server=1)
    assert counter.take("drafts", "a", limit) is None
    clock.now += 3599
    assert counter.take("drafts", "a", limit) == "session"
    clock.now += 1
    assert counter.take("drafts", "a", limit) is None


def test_kinds_are_counted_apart() -> None:
    counter = RateCounter(Clock())
    limit = Limit(per_session=1, per_server=1)
    assert counter.take("drafts", "a", limit) is None
    assert counter.take("rounds", "a", limit) is None


def test_a_limit_of_zero_allows_nothing() -> None:
    assert RateCounter(Clock()).take("rounds", "a", Limit(0, 10)) == "session"
    assert RateCounter(Clock()).take("rounds", "a", Limit(10, 0)) == "server"


def test_limits_are_read_from_text_and_a_kind_left_out_keeps_its_default() -> None:
    limits = parse_limits(" drafts=3/40 , imports=0/5")
    assert limits == Limits(drafts=Limit(3, 40), rounds=DEFAULT_LIMITS.rounds, imports=Limit(0, 5))
    assert parse_limits("") == DEFAULT_LIMITS
    assert parse_limits(describe(limits)) == limits


@pytest.mark.parametrize("text", ["drafts=3", "utkast=3/4", "drafts=-1/4", "drafts=a/b", "rounds=3/"])
def test_a_malformed_limit_is_refused_with_an_example(text: str) -> None:
    with pytest.raises(ValueError, match="drafts=30/1000"):
        parse_limits(text)


def test_the_setting_names_itself_when_its_value_is_wrong(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(settings.LIMITS_ENV, "rounds=many")
    with pytest.raises(settings.SettingError, match="SJALVSKATTNING_LIMITS"):
        settings.limits()
    monkeypatch.setenv(settings.LIMITS_ENV, "rounds=2/20")
    assert settings.limits().rounds == Limit(2, 20)
    monkeypatch.delenv(settings.LIMITS_ENV)
    assert settings.limits() == DEFAULT_LIMITS
