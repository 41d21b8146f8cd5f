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

from scoring.questionnaire import DEFAULT_PATH

QUESTIONS_ENV = "SJALVSKATTNING_QUESTIONS"
CONTACT_ENV = "SJALVSKATTNING_CONTACT"
ORGANISATION_NAME_ENV = "SJALVSKATTNING_ORGANISATION_NAME"
TIMEZONE_ENV = "SJALVSKATTNING_TIMEZONE"
DEFAULT_TIMEZONE = "Europe/Stockholm"


class SettingError(ValueError):
    """A setting's value cannot be used; the message names the setting and the value."""


def questions_path() -> Path:
    """The questionnaire: $SJALVSKATTNING_QUESTIONS, else the repository's questions.yaml."""
    return Path(os.environ.get(QUESTIONS_ENV) or DEFAULT_PATH)


def contact() -> str:
    """Where to report an accessibility problem; "" when not set."""
    return os.environ.get(CONTACT_ENV, "").strip()


def organisation_name() -> str:
    """The public body that offers the tool, named in the accessibility statement; "" when not set."""
    return os.environ.get(ORGANISATION_NAME_ENV, "").strip()


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
