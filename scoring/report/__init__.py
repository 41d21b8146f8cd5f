"""The meeting report, in HTML, PDF and Word, made on the server without a browser.

Every format opens with the same one-page brief (`scoring.brief`), built once;
the rest is the detail a meeting may want, from page 2. HTML is one
self-contained file (charts inlined as SVG, Jinja2 escaping every text), the
PDF is WeasyPrint's rendering of that same HTML and CSS, and the Word file is
built with python-docx from the same brief and tables.
"""

from __future__ import annotations

from collections.abc import Callable

from scoring.brief import ReportInput, round_input, single_input
from scoring.errors import ScoringError
from scoring.model import Lang, Questionnaire
from scoring.report.html import render
from scoring.results import Result

FORMATS = (".html", ".pdf", ".docx")


def single_report(
    questionnaire: Questionnaire, result: Result, lang: Lang, previous: Result | None = None
) -> str:
    return render(single_input(questionnaire, result, lang, previous))


def round_report(data: ReportInput) -> str:
    """A round's HTML report, from the brief's input (`round_input`)."""
    return render(data)


def report_bytes(data: ReportInput, suffix: str, brief_only: bool = False) -> bytes:
    """The report as a file of this kind (".html", ".pdf" or ".docx")."""
    makers: dict[str, Callable[[], bytes]] = {
        ".html": lambda: render(data, brief_only).encode("utf-8"),
        ".pdf": lambda: _pdf(data, brief_only),
        ".docx": lambda: _docx(data, brief_only),
    }
    maker = makers.get(suffix.lower())
    if maker is None:
        raise ScoringError(
            f"The report is written as .html, .pdf or .docx, not '{suffix or 'no extension'}'."
        )
    return maker()


def _pdf(data: ReportInput, brief_only: bool) -> bytes:
    from scoring.report.pdf import pdf  # WeasyPrint loads Pango; only when a PDF is asked for

    return pdf(data, brief_only)


def _docx(data: ReportInput, brief_only: bool) -> bytes:
    from scoring.report.word import docx

    return docx(data, brief_only)


__all__ = [
    "FORMATS",
    "ReportInput",
    "render",
    "report_bytes",
    "round_input",
    "round_report",
    "single_input",
    "single_report",
]
