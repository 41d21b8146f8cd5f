"""The app's settings (ui/settings.py): defaults that hold from any folder, and the time zone."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from scoring.store.rounds import Round
from tests.conftest import ROOT
from ui import settings


def _round(closes_on: date) -> Round:
    return Round(1, "Kommun", closes_on, False, "2026-11-01T00:00:00+00:00", "token")


def test_the_questionnaire_is_the_repositorys_own_whatever_the_working_directory(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv(settings.QUESTIONS_ENV, raising=False)
    assert settings.questions_path() == ROOT / "questions.yaml"
    assert settings.questions_path().is_absolute()


def test_the_questionnaire_setting_overrides_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(settings.QUESTIONS_ENV, "/elsewhere/fragor.yaml")
    assert settings.questions_path() == Path("/elsewhere/fragor.yaml")


def test_the_time_zone_is_stockholm_unless_set(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(settings.TIMEZONE_ENV, raising=False)
    assert settings.timezone().key == "Europe/Stockholm"
    monkeypatch.setenv(settings.TIMEZONE_ENV, "America/New_York")
    assert settings.timezone().key == "America/New_York"


def test_an_unknown_time_zone_is_refused_with_the_settings_name(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(settings.TIMEZONE_ENV, "Europe/Atlantis")
    with pytest.raises(settings.SettingError, match="SJALVSKATTNING_TIMEZONE"):
        settings.timezone()


def test_a_round_closing_today_is_still_open_at_half_past_eleven_in_the_evening_in_stockholm(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(settings.TIMEZONE_ENV, raising=False)
    evening = datetime(2026, 12, 2, 22, 30, tzinfo=UTC)  # 23:30 in Stockholm
    today = settings.today(evening)
    assert today == date(2026, 12, 2)
    assert _round(date(2026, 12, 2)).is_open(today)


def test_a_round_is_closed_at_half_past_midnight_after_its_closing_day_in_stockholm(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(settings.TIMEZONE_ENV, raising=False)
    after_midnight = datetime(2026, 12, 2, 23, 30, tzinfo=UTC)  # 00:30 on 3 December in Stockholm
    today = settings.today(after_midnight)
    assert today == date(2026, 12, 3)
    assert not _round(date(2026, 12, 2)).is_open(today)
    assert _round(date(2026, 12, 2)).is_open(after_midnight.date())  # the UTC date would keep it open


def test_the_organisation_setting_is_kept_as_organisation_names_are(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(settings.ORGANISATION_ENV, raising=False)
    assert settings.organisation() == ""
    monkeypatch.setenv(settings.ORGANISATION_ENV, "  Lunds kommun ")
    assert settings.organisation() == "Lunds kommun"


def test_the_organisations_mapping_is_read_and_a_broken_one_names_the_setting(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(settings.ORGANISATIONS_ENV, "helsingborg.se=Helsingborgs stad;lund.se=Lunds kommun")
    assert settings.organisations() == {"helsingborg.se": "Helsingborgs stad", "lund.se": "Lunds kommun"}
    monkeypatch.setenv(settings.ORGANISATIONS_ENV, "helsingborg.se")
    with pytest.raises(settings.SettingError, match=settings.ORGANISATIONS_ENV):
        settings.organisations()


def test_the_public_address_must_be_a_web_address_and_loses_a_trailing_slash(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(settings.PUBLIC_URL_ENV, "https://sjalv.example.se/")
    assert settings.public_url() == "https://sjalv.example.se"
    monkeypatch.setenv(settings.PUBLIC_URL_ENV, "sjalv.example.se")
    with pytest.raises(settings.SettingError, match=settings.PUBLIC_URL_ENV):
        settings.public_url()


def test_anonymous_serving_is_off_unless_asked_for(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(settings.ALLOW_ANONYMOUS_ENV, raising=False)
    assert not settings.allow_anonymous()
    monkeypatch.setenv(settings.ALLOW_ANONYMOUS_ENV, "1")
    assert settings.allow_anonymous()
    monkeypatch.setenv(settings.ALLOW_ANONYMOUS_ENV, "0")
    assert not settings.allow_anonymous()
