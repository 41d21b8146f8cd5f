"""Results: the overall picture, the charts with their tables, and next steps."""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from scoring import charts, export, tables
from scoring.model import Questionnaire
from scoring.report import ReportInput, report_bytes, single_input
from scoring.results import Result, dump_result, result_file_name
from scoring.score import Scores, score
from scoring.summary import RankedItem, summarise
from scoring.versions import carry_over
from ui import autosave, session, settings
from ui import charts as screen
from ui.actions import gap_list, visible_plan
from ui.charts import Spec
from ui.state import answers, current_result, lang, num, page, questionnaire, show_table, tr

PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def render() -> None:
    q = questionnaire()
    st.title(tr("results_title"))
    if not answers(q):
        st.info(tr("results_empty"))
        st.page_link(page("fill_in"), label=tr("go_fill_in"), icon=":material/edit:")
        return
    # The earlier file loaded on Jämför goes into the report as the run compared against.
    show_result(q, current_result(q), previous=session.earlier())
    autosave.save_run_controls(q)


def show_result(q: Questionnaire, result: Result, *, key: str = "dl", previous: Result | None = None) -> None:
    """A run on screen with every download: the Results page's run, or a saved one from History."""
    given = carry_over(q, result.questionnaire_version, result.answers).answers
    scores = score(q, given)
    area_spec = screen.spec(charts.strengths_gaps_chart, q, scores, lang())
    item_spec = screen.spec(charts.item_chart, q, scores, lang(), width="container")
    _headline(q, scores, scores.answered)
    strengths_and_gaps(q, scores, spec=area_spec)
    _lists(q, scores)
    _item_view(q, scores, item_spec)
    result_downloads(q, result, scores, area_spec, key=key, previous=previous)


def _headline(q: Questionnaire, scores: Scores, answered: int) -> None:
    lg = lang()
    left, right = st.columns(2)
    if scores.overall is None:
        left.metric(tr("overall_index"), "–")
        right.warning(tr("overall_too_little"))
    else:
        left.metric(tr("overall_index"), num(scores.overall))
        right.metric(tr("level"), scores.level.label(lg) if scores.level else "–")
        if scores.level:
            st.write(scores.level.description(lg))
    st.caption(tr("answered_of", done=answered, total=len(q.items)))


def strengths_and_gaps(
    q: Questionnaire, scores: Scores, previous: Scores | None = None, spec: Spec | None = None
) -> Spec:
    """The chart as shown and downloaded, with its data as a table beside it."""
    lg = lang()
    spec = spec or screen.spec(charts.strengths_gaps_chart, q, scores, lg, previous)
    screen.draw(spec)
    with st.expander(tr("show_table")):
        show_table(tables.area_table(q, scores, lg, previous))
    return spec


def _lists(q: Questionnaire, scores: Scores) -> None:
    lg, summary = lang(), summarise(q, scores)
    left, right = st.columns(2)
    with left:
        st.header(tr("top_strengths"))
        _ranked(summary.strengths, tr("none_yet"))
    with right:
        st.header(tr("biggest_gaps"))
        gap_list(q, summary.gaps, tr("none_yet"))  # each gap with "add as an action"
    st.header(tr("active_pitfalls"))
    _ranked(summary.active_pitfalls, tr("no_active_pitfalls"))
    st.header(tr("next_steps"))
    steps = tables.next_steps(q, scores, lg)
    if not steps:
        st.write(tr("none_yet"))
    st.markdown("\n".join(f"- **{s.step}** ({s.title})" for s in steps))


def _ranked(rows: tuple[RankedItem, ...], empty: str) -> None:
    lg = lang()
    if not rows:
        st.write(empty)
        return
    st.markdown("\n".join(f"- {row.label(lg)} *({row.area.title(lg)}, {num(row.score)})*" for row in rows))


def _item_view(q: Questionnaire, scores: Scores, spec: Spec) -> None:
    lg = lang()
    st.header(tr("item_view"))
    screen.draw(spec)
    with st.expander(tr("show_table")):  # right after the chart: its text alternative
        show_table(tables.item_table(q, scores, lg))
    if (unknown := charts.dont_know_caption(q, scores, lg)) is not None:
        st.caption(unknown)  # the chart has no bar for them


def result_downloads(
    q: Questionnaire,
    result: Result,
    scores: Scores,
    chart: Spec,
    *,
    key: str = "dl",
    previous: Result | None = None,
) -> None:
    """Chart, result file, CSV and the report in three formats, for any run (`key` keeps two apart)."""
    lg = lang()
    st.header(tr("downloads"))
    # Every file is made only when its button is clicked, so reruns stay cheap.
    files: list[File] = [
        ("download_png", lambda: export.chart_png(chart), "styrkor-och-gap.png", "image/png"),
        ("download_svg", lambda: export.chart_svg(chart), "styrkor-och-gap.svg", "image/svg+xml"),
        ("download_json", lambda: dump_result(result), result_file_name(result), "application/json"),
        ("download_csv", lambda: export.answers_csv(q, result, scores, lg), "svar.csv", "text/csv"),
    ]
    download_row(files, key)
    report_downloads(
        lambda: single_input(
            q, result, lg, previous, plan=visible_plan(result.organisation), today=settings.today()
        ),
        key,
        "rapport",
        previous is not None,
    )
    st.caption(tr("download_hint"))


File = tuple[str, Callable[[], str | bytes], str, str]


def report_downloads(data: Callable[[], ReportInput], key: str, name: str, compared: bool = False) -> None:
    """The report as HTML, PDF and Word; `compared` says it is set against an earlier run."""
    reports: list[File] = [
        ("report_download", lambda: report_bytes(data(), ".html"), f"{name}.html", "text/html"),
        ("report_download_pdf", lambda: report_bytes(data(), ".pdf"), f"{name}.pdf", PDF),
        ("report_download_docx", lambda: report_bytes(data(), ".docx"), f"{name}.docx", DOCX),
    ]
    if compared:
        st.caption(tr("report_with_earlier"))
    download_row(reports, key)


def download_row(files: list[File], key: str) -> None:
    for column, (label, data, name, mime) in zip(st.columns(4), files, strict=False):
        widget = label if key == "dl" else f"{key}_{label}"  # the Results page keeps its old keys
        column.download_button(
            tr(label), data=data, file_name=name, mime=mime, on_click="ignore", key=f"dl_{widget}"
        )
