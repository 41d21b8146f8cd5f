"""Domain errors. Each carries sentences a user can act on; the shells print them."""

from __future__ import annotations


class ScoringError(ValueError):
    """Base for every error caused by bad input rather than by a bug."""


class QuestionnaireError(ScoringError):
    """The questionnaire file is unreadable or breaks a rule.

    `problems` holds every problem found, each one self-contained sentence, so a
    content editor can fix them all in one pass.
    """

    def __init__(self, problems: list[str]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(self.problems))


class ResultFileError(ScoringError):
    """A result file cannot be used; the message is one sentence."""


class StoreError(ScoringError):
    """The store cannot be opened or written; the message is one sentence."""
