"""The app's settings, read from the environment. The README's "Settings" table lists them.

Every default is independent of the working directory: the app started as
`streamlit run /path/to/app.py` from any folder finds the repository's own files.
The store's setting, SJALVSKATTNING_DB, is read by the core (scoring.store.default_db_path)
because the command line shares it.
"""

from __future__ import annotations

import os
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from scoring.access import AccessSettingError, parse_domains
from scoring.answers import organisation_name
from scoring.limits import Limits, parse_limits
from scoring.questionnaire import DEFAULT_PATH

QUESTIONS_ENV = "SJALVSKATTNING_QUESTIONS"
CONTACT_ENV = "SJALVSKATTNING_CONTACT"
ORGANISATION_NAME_ENV = "SJALVSKATTNING_ORGANISATION_NAME"
TIMEZONE_ENV = "SJALVSKATTNING_TIMEZONE"
DEFAULT_TIMEZONE = "Europe/Stockholm"
LIMITS_ENV = "SJALVSKATTNING_LIMITS"
ORGANISATION_ENV = "SJALVSKATTNING_ORGANISATION"
ORGANISATIONS_ENV = "SJALVSKATTNING_ORGANISATIONS"
PUBLIC_URL_ENV = "SJALVSKATTNING_PUBLIC_URL"
ALLOW_ANONYMOUS_ENV = "SJALVSKATTNING_ALLOW_ANONYMOUS"


class SettingError(ValueError):
    """A setting's value cannot be used; the message names the setting and the value."""


def questions_path() -> Path:
    """The questionnaire: $SJALVSKATTNING_QUESTIONS, else the repository's questions.yaml."""
    return Path(os.environ.get(QUESTIONS_ENV) or DEFAULT_PATH)


def contact() -> str:
    """Where to report an accessibility problem; "" when not set."""
    return os.environ.get(CONTACT_ENV, "").strip()


def public_body() -> str:
    """The public body that offers the tool, named in the accessibility statement.

    Its own setting, else the organisation the instance serves; "" when neither is set.
    """
    return os.environ.get(ORGANISATION_NAME_ENV, "").strip() or organisation()


def timezone() -> ZoneInfo:
    """The organisation's time zone: a round closes at the end of its closing day there."""
    name = os.environ.get(TIMEZONE_ENV, "").strip() or DEFAULT_TIMEZONE
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as error:
        raise SettingError(
            f"{TIMEZONE_ENV}={name!r} is not a known time zone (IANA name expected)."
        ) from error


def today(now: datetime | None = None) -> date:
    """Today's date in the organisation's time zone; `now` (aware) for tests."""
    zone = timezone()
    return now.astimezone(zone).date() if now is not None else datetime.now(zone).date()


def limits() -> Limits:
    """Drafts, rounds and imports per hour, per session and per server: $SJALVSKATTNING_LIMITS."""
    text = os.environ.get(LIMITS_ENV, "")
    try:
        return parse_limits(text)
    except ValueError as error:
        raise SettingError(f"{LIMITS_ENV}={text!r}: {error}") from error


def organisation() -> str:
    """The organisation this instance serves ("" when not set)."""
    return organisation_name(os.environ.get(ORGANISATION_ENV))


def organisations() -> dict[str, str]:
    """A shared instance's e-mail domain -> organisation map ({} when not set)."""
    try:
        return parse_domains(os.environ.get(ORGANISATIONS_ENV, ""))
    except AccessSettingError as error:
        raise SettingError(f"{ORGANISATIONS_ENV}: {error}.") from error


def public_url() -> str:
    """The address people reach the app on, for the links it shows ("" when not set)."""
    value = os.environ.get(PUBLIC_URL_ENV, "").strip().rstrip("/")
    if value and not value.startswith(("http://", "https://")):
        raise SettingError(f"{PUBLIC_URL_ENV}={value!r} must start with https:// (or http://).")
    return value


def allow_anonymous() -> bool:
    """Serving the app to a network without sign-in was asked for explicitly."""
    return os.environ.get(ALLOW_ANONYMOUS_ENV, "").strip().lower() in ("1", "true", "yes")
