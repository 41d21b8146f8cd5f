"""The report as PDF: WeasyPrint's rendering of the very HTML and CSS of the HTML report."""

from __future__ import annotations

from weasyprint import HTML  # type: ignore[import-untyped]

from scoring.brief import ReportInput
from scoring.report.html import render


def pdf(data: ReportInput, brief_only: bool = False) -> bytes:
    return html_to_pdf(render(data, brief_only))


def html_to_pdf(html: str) -> bytes:
    # No base URL: the report fetches nothing, and nothing relative can be resolved.
    document: bytes = HTML(string=html).write_pdf()
    return document
