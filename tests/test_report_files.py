"""PDF and Word made on the server: the brief is exactly one A4 page, and every format holds the same figures.

These render real files (WeasyPrint, python-docx), about a second each, with the real questionnaire and
the longest Swedish texts it has.
"""

from __future__ import annotations

import functools
import io
import os
import re
import shutil
import subprocess
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn
from pypdf import PdfReader

from scoring.actions import Action, action_fields
from scoring.brief import ReportInput, build_brief, round_input, single_input
from scoring.cli import main
from scoring.model import Item, Lang
from scoring.questionnaire import load_questionnaire
from scoring.report import render, report_bytes
from scoring.results import Result, Role, load_result_file
from scoring.strings import t
from tests.conftest import QUESTIONS, ROOT

Q = load_questionnaire(QUESTIONS)
LONG_ORGANISATION = (
    "Göteborgs Stads stadsledningskontor och kommunstyrelsens arbetsutskott för digital utveckling"
)
WHEN, BEFORE = "2026-11-01T10:00:00+00:00", "2025-11-01T10:00:00+00:00"
EXAMPLES = ROOT / "examples"
pytestmark = pytest.mark.slow  # every test renders PDF or Word files, a second or more each


def length(item: Item, lang: Lang = "sv") -> int:
    return len(item.text(lang)) + len(item.advice(lang) if item.advice else "")


BY_LENGTH = sorted(Q.items, key=length, reverse=True)  # the longest statement and advice first
SPLIT, GAPS = BY_LENGTH[:3], BY_LENGTH[3:12]


def low(item: Item) -> int:
    return 1 if item.kind == "factor" else 5


def high(item: Item) -> int:
    return 5 if item.kind == "factor" else 1


def answers(k: int, politician: bool) -> dict[str, int | None]:
    """The longest statements split, the next longest gaps, politicians lower than officials elsewhere."""
    given: dict[str, int | None] = {
        item.id: (2 if item.kind == "factor" else 4) if politician else 3 for item in Q.items
    }
    given |= {item.id: low(item) for item in GAPS}
    given |= {item.id: low(item) if k % 2 else high(item) for item in SPLIT}
    return given


ROLES: list[Role | None] = ["politician"] * 4 + ["official"] * 4 + ["other", None]


def respondent(answers: dict[str, int | None], role: Role | None = None, when: str = WHEN) -> Result:
    return Result(Q.id, Q.version, LONG_ORGANISATION, role, when, answers)


def longest_round(lang: Lang) -> ReportInput:
    now = [respondent(answers(k, role == "politician"), role) for k, role in enumerate(ROLES)]
    before = [respondent({item.id: 3 for item in Q.items}, role, BEFORE) for role in ROLES]
    return round_input(Q, LONG_ORGANISATION, now, lang, previous=before)


def longest_single(lang: Lang) -> ReportInput:
    gaps = {item.id: low(item) for item in BY_LENGTH[:12]}
    run = respondent({item.id: 3 for item in Q.items} | gaps)
    return single_input(Q, run, lang, previous=respondent({item.id: 4 for item in Q.items}, when=BEFORE))


def example(name: str) -> Result:
    return load_result_file(EXAMPLES / name, Q).result


def example_round(lang: Lang) -> ReportInput:
    base = example("exempel-2025.json")
    now = [
        respondent(dict(base.answers) | {Q.items[0].id: v}, role)
        for v, role in zip((1, 2, 4, 5, 5), ROLES[:5], strict=True)
    ]
    return round_input(Q, "Exempelkommun", now, lang, previous=[base, example("exempel-2026.json")])


TODAY = date(2026, 11, 2)
LONG_TITLE = "Ta fram en gemensam nyttoanalys för varje större inköp "


def long_plan(count: int = 8) -> tuple[Action, ...]:
    """Actions with the longest titles and owners the plan allows, half of them overdue."""
    moment = datetime(2026, 10, 1, tzinfo=UTC)
    return tuple(
        Action(
            id=k + 1,
            uid=f"uid-{k}",
            organisation=LONG_ORGANISATION,
            fields=action_fields(
                Q,
                title=f"Åtgärd {k + 1}: "
                + ("Ta fram en gemensam nyttoanalys för varje större inköp " * 4)[:185],
                items=[item.id for item in BY_LENGTH[k : k + 3]],
                owner=("Kommundirektören tillsammans med digitaliseringsstrategen " * 4)[:200],
                due=date(2026, 10, 1) if k % 2 else date(2027, 6, 30),
                status="in_progress" if k % 3 else "planned",
                note="Följs upp på varje sammanträde. " * 8,
            ),
            created_at=moment,
            created_by="",
            updated_at=moment,
            updated_by="",
        )
        for k in range(count)
    )


def with_plan(data: ReportInput) -> ReportInput:
    return replace(data, plan=long_plan(), today=TODAY)


CASES = {
    "single run": lambda lang: single_input(Q, example("exempel-2026.json"), lang),
    "single run with previous": lambda lang: single_input(
        Q, example("exempel-2026.json"), lang, example("exempel-2025.json")
    ),
    "round with previous round": example_round,
    "longest texts, single run": longest_single,
    "longest texts, round": longest_round,
    "longest texts, single run, 8 long actions": lambda lang: with_plan(longest_single(lang)),
    "longest texts, round, 8 long actions": lambda lang: with_plan(longest_round(lang)),
}


@functools.cache
def case(name: str, lang: Lang) -> ReportInput:
    return CASES[name](lang)


@functools.cache
def made(name: str, lang: Lang, suffix: str, brief_only: bool = False) -> bytes:
    """Each file is rendered once for the whole module: a PDF takes seconds."""
    return report_bytes(case(name, lang), suffix, brief_only)


def pdf_pages(data: bytes) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages]


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text)


# --- exactly one page ------------------------------------------------------------------------------


ONE_PAGE = [(name, "sv") for name in CASES] + [
    ("longest texts, single run", "en"),
    ("longest texts, round", "en"),
    ("longest texts, round, 8 long actions", "en"),
]


@pytest.mark.parametrize(("name", "lang"), ONE_PAGE)
def test_the_brief_is_exactly_one_a4_page(name: str, lang: Lang) -> None:
    reader = PdfReader(io.BytesIO(made(name, lang, ".pdf", brief_only=True)))
    assert len(reader.pages) == 1, f"{name} ({lang}) takes {len(reader.pages)} pages"
    box = reader.pages[0].mediabox
    assert (round(float(box.width) * 25.4 / 72), round(float(box.height) * 25.4 / 72)) == (210, 297)
    brief = build_brief(case(name, lang))
    text = squash(reader.pages[0].extract_text())
    assert squash(brief.title) in text
    for step in brief.steps:  # the last thing on the page is there in full
        assert squash(step.step) in text


@pytest.fixture(scope="module")
def longest_full_pdf() -> list[str]:
    return pdf_pages(made("longest texts, round", "sv", ".pdf"))


def test_the_whole_report_starts_with_the_brief_and_goes_on_from_page_two(
    longest_full_pdf: list[str],
) -> None:
    brief = build_brief(case("longest texts, round", "sv"))
    first, second = squash(longest_full_pdf[0]), longest_full_pdf[1].strip()
    assert squash(brief.title) in first and squash(brief.steps[-1].step) in first
    assert second.startswith(t("report_areas", "sv"))
    assert t("report_method", "sv") in "".join(longest_full_pdf[2:])
    # "… and N more, see page 2": page 2 lists every active pitfall.
    assert brief.pitfalls_note and brief.pitfalls_note.startswith("… och")
    assert t("active_pitfalls", "sv") in longest_full_pdf[1]


def test_no_page_of_the_report_ends_with_a_heading(longest_full_pdf: list[str]) -> None:
    headings = {
        t(key, "sv")
        for key in (
            "report_areas",
            "report_next_steps",
            "active_pitfalls",
            "report_split",
            "report_roles",
            "report_comparison",
            "item_view",
            "report_method",
            "method_source",
        )
    }
    for number, page in enumerate(longest_full_pdf[:-1], start=1):
        last = [line.strip() for line in page.splitlines() if line.strip()][-1]
        assert last not in headings, f"page {number} ends with the heading {last!r}"


def test_a_brief_with_eight_long_actions_lists_three_and_says_how_many_more() -> None:
    page = squash(pdf_pages(made("longest texts, round, 8 long actions", "sv", ".pdf", brief_only=True))[0])
    assert "Handlingsplanens öppna åtgärder" in page and "… och 5 till, se sidan 2." in page
    assert "Nästa steg för gapen" not in page


def test_the_whole_pdf_lists_every_action_with_its_verdict_after_the_brief() -> None:
    pages = pdf_pages(made("longest texts, round, 8 long actions", "sv", ".pdf"))
    rest = squash(" ".join(pages[1:]))
    assert "Handlingsplan" in rest and "Gav åtgärderna effekt?" in rest
    assert all(f"Åtgärd {k}:" in rest for k in range(1, 9))
    assert "Försenad" in rest and ("Tydlig förbättring" in rest or "Ingen tydlig förändring" in rest)


def test_the_word_report_lists_every_action_and_its_verdict() -> None:
    document = Document(io.BytesIO(made("longest texts, round, 8 long actions", "sv", ".docx")))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert "Handlingsplan" in headings and "Gav åtgärderna effekt?" in headings
    texts = {cell.text for table in document.tables for row in table.rows for cell in row.cells}
    assert all(any(text.startswith(f"Åtgärd {k}:") for text in texts) for k in range(1, 9))


# --- the same figures in HTML, PDF and Word ----------------------------------------------------------


def html_brief_cells(html: str) -> list[list[str]]:
    """The rows of the area table in the HTML brief, cells as text."""
    brief = html[html.index('<article class="brief"') : html.index("</article>")]
    table = brief[brief.index('<section class="areas">') :]
    table = table[: table.index("</table>")]
    return [
        [re.sub(r"<[^>]+>", "", cell).strip() for cell in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row, re.S)]
        for row in re.findall(r"<tr>(.*?)</tr>", table, re.S)
    ]


@pytest.mark.parametrize("name", ["round with previous round", "longest texts, round"])
def test_pdf_and_word_hold_the_same_figures_as_the_html_brief(name: str) -> None:
    data = case(name, "sv")
    brief = build_brief(data)
    html = render(data, brief_only=True)
    expected = [brief.areas.headers("sv"), *brief.areas.formatted("sv")]
    assert html_brief_cells(html) == expected
    assert f'<div class="figure">{brief.overall_text}</div>' in html

    page = squash(pdf_pages(made(name, "sv", ".pdf", brief_only=name != "longest texts, round"))[0])
    assert brief.overall_text in page
    for row in brief.areas.formatted("sv"):
        assert " ".join(row[1:]) in page, row  # a long area name may wrap; its figures stay on one line

    document = Document(io.BytesIO(made(name, "sv", ".docx")))
    chart_cell, table_cell = document.tables[0].rows[0].cells  # chart and area table side by side
    assert len(chart_cell._element.findall(".//" + qn("w:drawing"))) == 1
    assert [[cell.text for cell in row.cells] for row in table_cell.tables[0].rows] == expected
    headline = next(p.text for p in document.paragraphs if p.text.startswith(t("overall_index", "sv")))
    assert brief.overall_text in headline and brief.level in headline


# --- the Word file -------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def word_round() -> Document:  # type: ignore[valid-type]
    return Document(io.BytesIO(made("longest texts, round", "sv", ".docx")))


def page_breaks(document: Document) -> int:  # type: ignore[valid-type]
    return len(document.element.body.findall(".//w:br[@w:type='page']", document.element.nsmap))  # type: ignore[attr-defined]


def test_the_word_report_has_real_headings_tables_and_the_chart(word_round: Document) -> None:  # type: ignore[valid-type]
    brief = build_brief(case("longest texts, round", "sv"))
    styled = [(p.style.name, p.text) for p in word_round.paragraphs if p.style.name.startswith("Heading")]
    assert styled[0] == ("Heading 1", brief.title)
    assert ("Heading 2", t("report_split", "sv")) in styled
    assert ("Heading 3", t("report_next_steps", "sv")) in styled
    assert len(word_round.inline_shapes) == 1
    assert word_round.inline_shapes[0]._inline.graphic.graphicData.pic.blipFill is not None
    assert len(word_round.tables) >= 6  # the brief's layout, areas, split, roles, change, statements
    text = "\n".join(p.text for p in word_round.paragraphs)
    for line in (*brief.group, *brief.most_split, brief.roles_line, *brief.changes, *brief.pitfalls):
        assert line in text
    assert brief.divided_text in text


def test_the_word_brief_is_followed_by_one_page_break(word_round: Document) -> None:  # type: ignore[valid-type]
    assert page_breaks(word_round) == 1
    brief_only = Document(io.BytesIO(made("longest texts, round", "sv", ".docx", brief_only=True)))
    assert page_breaks(brief_only) == 0
    assert len(brief_only.tables) == 1 and len(brief_only.tables[0].rows[0].cells[1].tables) == 1
    assert t("report_method", "sv") not in "\n".join(p.text for p in brief_only.paragraphs)


# --- the command line -------------------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".pdf", ".docx", ".html"])
def test_the_report_verb_writes_pdf_word_or_html_and_the_brief_alone(
    suffix: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = [str(EXAMPLES / "exempel-2026.json"), "--previous", str(EXAMPLES / "exempel-2025.json")]
    whole, brief = tmp_path / f"rapport{suffix}", tmp_path / f"brief{suffix}"
    assert main(["report", *files, "-o", str(whole)]) == 0
    assert main(["report", *files, "--brief", "-o", str(brief)]) == 0
    assert capsys.readouterr().out.splitlines() == [f"wrote {whole}", f"wrote {brief}"]
    if suffix == ".pdf":
        assert len(pdf_pages(brief.read_bytes())) == 1
        assert len(pdf_pages(whole.read_bytes())) > 1
    elif suffix == ".docx":
        assert page_breaks(Document(str(brief))) == 0 and page_breaks(Document(str(whole))) == 1
    else:
        short = brief.read_text(encoding="utf-8")
        assert short.startswith("<!DOCTYPE html>") and short.rstrip().endswith("</html>")
        assert '<article class="brief"' in short and t("report_method", "sv") not in short
        assert t("report_method", "sv") in whole.read_text(encoding="utf-8")


SOFFICE = shutil.which("soffice")
# scripts/test.sh installs LibreOffice and sets this, so there (and in CI) the test never skips.
SOFFICE_REQUIRED = os.environ.get("SJALVSKATTNING_TEST_NEEDS_SOFFICE") == "1"


@pytest.mark.skipif(
    SOFFICE is None and not SOFFICE_REQUIRED,
    reason="LibreOffice (soffice) lays out Word files; it is not installed",
)
def test_the_word_brief_is_one_page_when_laid_out_by_libreoffice(tmp_path: Path) -> None:
    """python-docx has no layout engine, so LibreOffice counts the pages (libreoffice-writer-nogui)."""
    assert SOFFICE is not None, "scripts/test.sh should have installed LibreOffice (soffice)"
    files = {
        f"{name.replace(',', '').replace(' ', '-')}-{lang}.docx": made(name, lang, ".docx", brief_only=True)
        for name, lang in [
            ("longest texts, round", "sv"),
            ("longest texts, round", "en"),
            ("longest texts, round, 8 long actions", "sv"),
            *ONE_PAGE[:3],
        ]
    }
    files["whole.docx"] = made("longest texts, round", "sv", ".docx")
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    done = subprocess.run(
        [
            str(SOFFICE),
            "--headless",
            "--norestore",
            f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path / "pdf"),
            *(str(tmp_path / name) for name in files),
        ],
        capture_output=True,
        timeout=300,
        check=False,
    )
    pages = {
        name: len(pdf_pages((tmp_path / "pdf" / name).with_suffix(".pdf").read_bytes())) for name in files
    }
    assert pages.pop("whole.docx") > 1, done.stderr
    assert pages == dict.fromkeys(pages, 1)
