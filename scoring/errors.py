"""Domain errors. Each carries sentences a user can act on; the shells print them."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from scoring.model import Lang


class ScoringError(ValueError):
    """Base for every error caused by bad input rather than by a bug."""

    def message(self, lang: str) -> str:
        """The sentence to show a user; English unless a subclass knows better."""
        return str(self)


class QuestionnaireError(ScoringError):
    """The questionnaire file is unreadable or breaks a rule.

    `problems` holds every problem found, each one self-contained sentence, so a
    content editor can fix them all in one pass.
    """

    def __init__(self, problems: list[str]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(self.problems))


class ResultFileError(ScoringError):
    """A result file cannot be used; the message is one sentence.

    It is built from a key in the strings catalogue so the app can say it in
    Swedish while the CLI and logs read English.
    """

    def __init__(self, key: str, **fields: object) -> None:
        from scoring.strings import t  # late: strings imports the model

        self.key = key
        self.fields = fields
        super().__init__(t(key, "en", **fields))

    def message(self, lang: str) -> str:
        from scoring.strings import t

        return t(self.key, "en" if lang == "en" else "sv", **self.fields)


class StoreError(ScoringError):
    """The store cannot be opened or written, or refused what it was given.

    Two audiences: `str(error)` is the operator's English sentence (the CLI
    prints it, and it may name the path the operator gave), while
    `message(lang)` is the sentence for a person in the app, built from a key
    in the strings catalogue, with no path and no SQLite detail. The store logs
    the detail where it raises the error.
    """

    def __init__(self, text: str = "", key: str = "store_failed", **fields: object) -> None:
        self.key = key
        self.fields = fields
        super().__init__(text or key)

    def message(self, lang: str, *, respondent: bool = False) -> str:
        """The user's sentence; `respondent`: a team-round respondent, who sees only the round."""
        from scoring.strings import STRINGS, t

        key = self.key
        if respondent and f"{key}_respondent" in STRINGS:
            key = f"{key}_respondent"
        lg: Lang = "en" if lang == "en" else "sv"
        # A field that is itself an error (why a history file's run was refused) speaks the same language.
        fields = {
            name: value.message(lg) if isinstance(value, ScoringError) else value
            for name, value in self.fields.items()
        }
        return t(key, lg, **fields)
