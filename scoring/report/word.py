"""The report as a Word file (python-docx): real headings, real tables, the chart as a PNG.

It holds the same brief and the same tables as the HTML report, so the
figures agree; Word and LibreOffice can edit every word of it.
"""

from __future__ import annotations

import io

from docx import Document
from docx.document import Document as DocxDocument
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Emu, Length, Pt
from docx.table import _Cell

from scoring import export, tables
from scoring.brief import Brief, ReportInput, build_brief
from scoring.model import Lang
from scoring.report.html import all_pitfalls, changes, plan, plan_rule, split_rows
from scoring.strings import t

TEXT_WIDTH = Cm(17.8)  # A4 less the margins
CHART_WIDTH = Cm(9.0)
LANGUAGE_TAGS = {"sv": "sv-SE", "en": "en-GB"}


def docx(data: ReportInput, brief_only: bool = False) -> bytes:
    brief = build_brief(data)
    document = _new_document(brief)
    _brief(document, brief)
    if not brief_only:
        document.add_page_break()  # type: ignore[no-untyped-call]
        _rest(document, data, brief)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _new_document(brief: Brief) -> DocxDocument:
    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin = section.right_margin = Cm(1.6)
    section.top_margin = section.bottom_margin = Cm(1.4)
    normal = document.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(9)
    normal.paragraph_format.space_after = Pt(2)
    language = OxmlElement("w:lang")
    language.set(qn("w:val"), LANGUAGE_TAGS[brief.lang])
    normal.element.get_or_add_rPr().append(language)
    for level, size in ((1, 14), (2, 12.5), (3, 10.5)):
        style = document.styles[f"Heading {level}"]
        style.font.size = Pt(size)
        style.paragraph_format.space_before = Pt(6 if level < 3 else 4)
        style.paragraph_format.space_after = Pt(2)
    document.core_properties.title = brief.title
    document.core_properties.language = LANGUAGE_TAGS[brief.lang]
    return document


def _brief(document: DocxDocument, brief: Brief) -> None:
    lang = brief.lang
    document.add_heading(brief.title, level=1)
    document.add_paragraph(brief.meta)
    if brief.divided_text:
        document.add_paragraph().add_run(brief.divided_text).bold = True
    headline = document.add_paragraph()
    headline.add_run(f"{t('overall_index', lang)}: ")
    figure = headline.add_run(brief.overall_text)
    figure.bold, figure.font.size = True, Pt(16)
    headline.add_run(f"   {t('level', lang)}: ")
    headline.add_run(brief.level).bold = True
    if brief.margin_text:
        headline.add_run(f"   {brief.margin_text}")
    document.add_paragraph(brief.level_text)

    # The chart and the area table side by side, in a layout table without borders, as in the HTML brief.
    layout = document.add_table(rows=1, cols=2)
    layout.autofit = False
    chart_cell, table_cell = layout.rows[0].cells
    chart_cell.width, table_cell.width = CHART_WIDTH + Cm(0.3), Cm(8.5)
    for column, cell in zip(layout.columns, (chart_cell, table_cell), strict=True):
        column.width = cell.width
    run = chart_cell.paragraphs[0].add_run()
    picture = run.add_picture(io.BytesIO(export.chart_png(brief.chart)), width=CHART_WIDTH)
    picture._inline.docPr.set("descr", t("report_chart_alt", lang))
    table_cell.paragraphs[0].text = t("brief_areas", lang)
    table_cell.paragraphs[0].style = document.styles["Heading 3"]
    _table(table_cell, brief.areas, lang, width=Cm(8.3))

    if brief.strongest or brief.weakest:
        for heading, lines in (
            ("report_strongest_areas", brief.strongest_lines),
            ("report_weakest_areas", brief.weakest_lines),
        ):
            document.add_heading(t(heading, lang), level=3)
            _list(document, lines or (t("brief_nothing", lang),), numbered=True)
    document.add_paragraph(brief.standout_note)

    if brief.group:
        document.add_heading(t("brief_group", lang), level=3)
        for line in brief.group:
            document.add_paragraph(line)
        _list(document, brief.most_split, numbered=True)
        document.add_paragraph(brief.roles_line or "")
    if brief.changes:
        document.add_heading(t("report_comparison", lang), level=3)
        for line in brief.changes:
            document.add_paragraph(line)

    document.add_heading(t("active_pitfalls", lang), level=3)
    _list(document, brief.pitfalls)
    if brief.pitfalls_note:
        document.add_paragraph(brief.pitfalls_note)
    document.add_heading(brief.steps_title, level=3)
    for step in brief.steps:
        item = document.add_paragraph(style="List Bullet")
        item.add_run(step.step).bold = True
        item.add_run(f" ({step.title})").font.size = Pt(8)
    if brief.steps_note:
        document.add_paragraph(brief.steps_note)


def _rest(document: DocxDocument, data: ReportInput, brief: Brief) -> None:
    q, lang = data.questionnaire, data.lang
    document.add_heading(t("report_areas", lang), level=2)
    _table(document, tables.area_table(q, data.scores, lang), lang)
    pitfalls = all_pitfalls(data)
    if len(pitfalls) > len(brief.pitfalls):
        document.add_heading(t("active_pitfalls", lang), level=2)
        _list(document, pitfalls)
    _plan(document, data)
    all_steps = tables.next_steps(q, data.scores, lang)
    if brief.steps_from_plan or len(all_steps) > len(brief.steps):
        document.add_heading(t("report_next_steps", lang), level=2)
        _list(document, tuple(f"{step.step} ({step.title})" for step in all_steps))
    if data.team is not None:
        document.add_heading(t("report_split", lang), level=2)
        rows = split_rows(data)
        if rows:
            document.add_paragraph(t("report_split_intro", lang))
            split = tables.Table(
                ("col_statement", "=1", "=2", "=3", "=4", "=5", "report_agreed"),
                tuple(
                    (
                        f"{row['text']} ({row['area']})",
                        *row["distribution"],  # type: ignore[misc]
                        _agreed_cell(row),
                    )
                    for row in rows
                ),
            )
            _table(document, split, lang)
        else:
            document.add_paragraph(t("report_no_split", lang))
        document.add_heading(t("report_roles", lang), level=2)
        if data.team.roles:
            _table(document, tables.role_table(q, lang, data.team), lang)
        else:
            document.add_paragraph(t("report_roles_hidden", lang))
    change = changes(data)
    if change is not None:
        document.add_heading(t("report_comparison", lang), level=2)
        _table(document, change, lang)
        if data.round_change is not None:
            document.add_paragraph(t("report_clear_rule", lang))
    document.add_heading(t("item_view", lang), level=2)
    _table(document, tables.item_table(q, data.scores, lang), lang)
    document.add_heading(t("report_method", lang), level=2)
    document.add_paragraph(t("report_method_body", lang))
    if data.team is not None:
        document.add_paragraph(t("report_method_team", lang))
    document.add_heading(t("method_source", lang), level=2)
    source = document.add_paragraph()
    source.add_run(q.source.title).italic = True
    source.add_run(f". {q.source.publisher}, {q.source.date}. {t('report_own_words', lang)}")


def _plan(document: DocxDocument, data: ReportInput) -> None:
    tables_ = plan(data)
    if tables_ is None:
        return
    lang, (listed, checked) = data.lang, tables_
    document.add_heading(t("report_plan", lang), level=2)
    document.add_paragraph(t("report_plan_intro", lang))
    _table(document, listed, lang)
    if checked is not None:
        document.add_heading(t("actions_check_title", lang), level=3)
        document.add_paragraph(t("report_plan_check", lang))
        _table(document, checked, lang)
        document.add_paragraph(plan_rule(data) or "")


def _list(document: DocxDocument, lines: tuple[str, ...], numbered: bool = False) -> None:
    for line in lines:
        document.add_paragraph(line, style="List Number" if numbered else "List Bullet")


def _table(
    container: DocxDocument | _Cell, table: tables.Table, lang: Lang, width: Length = TEXT_WIDTH
) -> None:
    """A real table with a header row; `container` is the document or a cell of a layout table."""
    headers = table.headers(lang)
    grid = container.add_table(rows=1, cols=len(headers))
    grid.autofit = False
    grid.style = "Table Grid"
    header_row = grid.rows[0]
    _repeat_as_header(header_row)
    for cell, header, numeric in zip(header_row.cells, headers, table.numeric, strict=True):
        cell.text = header
        run = cell.paragraphs[0].runs[0]
        run.bold = True
        if numeric:
            cell.paragraphs[0].alignment = 2  # right
    for row in table.formatted(lang):
        cells = grid.add_row().cells
        for cell, value, numeric in zip(cells, row, table.numeric, strict=True):
            cell.text = value
            if numeric:
                cell.paragraphs[0].alignment = 2
    # Figures get a narrow column each and the text columns share the rest; Word reads the cells'
    # widths and LibreOffice the grid's, so both are set.
    figures = {k: _figure_width(header) for k, header in enumerate(headers) if table.numeric[k]}
    text = Emu(int((width - sum(figures.values())) / max(len(headers) - len(figures), 1)))
    widths = [figures.get(k, text) for k in range(len(headers))]
    for column, column_width in zip(grid.columns, widths, strict=True):
        column.width = column_width
    for row in grid.rows:
        for cell, cell_width in zip(row.cells, widths, strict=True):
            cell.width = cell_width
            for paragraph in cell.paragraphs:
                paragraph.paragraph_format.space_after = Pt(0)


def _figure_width(header: str) -> Length:
    """Wide enough for the header on one line (about 2 mm a bold character, and the cell's padding)."""
    return Cm(max(1.3, 0.21 * len(header) + 0.5))


def _repeat_as_header(row: object) -> None:
    """Word repeats this row at the top of every page the table runs over."""
    properties = row._tr.get_or_add_trPr()  # type: ignore[attr-defined]
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)


def _agreed_cell(row: dict[str, object]) -> str | None:
    """The agreed answer, and on a new line why, when the meeting recorded it."""
    agreed = f"{row['agreed_value']} {row['agreed']}" if row["agreed"] else None
    if not row.get("rationale"):
        return agreed
    return f"{agreed or '–'}\n{row['rationale']}"
