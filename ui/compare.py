"""Compare: an earlier result file against the answers on screen."""

from __future__ import annotations

import streamlit as st

from scoring import export, tables, trend
from scoring.bounds import shorten
from scoring.brief import single_input
from scoring.compare import Comparison, compare, differences_line, same_organisation
from scoring.errors import ScoringError
from scoring.model import Questionnaire
from scoring.results import LoadedResult, Result, parse_result
from ui import session, settings
from ui.actions import visible_plan
from ui.charts import Spec
from ui.results import File, download_row, report_downloads, strengths_and_gaps
from ui.state import (
    answers,
    current_result,
    lang,
    num,
    page,
    plain,
    questionnaire,
    show_error,
    show_table,
    tr,
)


def render() -> None:
    q = questionnaire()
    st.title(tr("compare_title"))
    st.write(tr("compare_intro"))
    upload = st.file_uploader(tr("compare_upload"), type=["json"], key="compare_file", help=upload_help())
    if upload is None:
        session.earlier_loaded(None)
        return
    try:
        earlier = parse_result(upload.getvalue(), q)
    except ScoringError as error:
        session.earlier_loaded(None)
        show_error(error)
        return
    session.earlier_loaded(earlier.result)  # the Results page's report compares with it too
    if not answers(q):
        st.info(tr("compare_no_current"))
        st.page_link(page("fill_in"), label=tr("go_fill_in"), icon=":material/edit:")
        return
    current = current_result(q)
    mine = session.organisation()
    if mine.strip() and not same_organisation(earlier.result.organisation, mine):
        # A warning, not a refusal: a merged or renamed organisation compares on purpose.
        st.warning(
            tr(
                "compare_other_organisation",
                earlier=plain(shorten(earlier.result.organisation)) or "–",
                current=plain(shorten(mine)),
            )
        )
    show_comparison(q, earlier, compare(q, earlier.result, current), current)


def upload_help() -> str:
    """Streamlit's own uploader text is English ("Limit 1MB per file"): the limit said in Swedish too."""
    return tr("upload_help", limit="1 MB")


def show_comparison(
    q: Questionnaire, earlier: LoadedResult, comparison: Comparison, after: Result, key: str = "cmp"
) -> None:
    lg = lang()
    if (line := differences_line(earlier.result, after, lg)) is not None:
        st.warning(plain(line), icon=":material/compare_arrows:")
    if earlier.ignored:
        st.warning(tr("compare_ignored", items=", ".join(plain(shorten(i)) for i in earlier.ignored)))
    if not comparison.same_version:
        st.warning(
            tr(
                "compare_other_version",
                before=plain(comparison.before_version),
                after=plain(comparison.after_version),
            )
        )
    o = comparison.overall
    st.metric(
        tr("overall_index"),
        num(o.after),
        delta=None if o.delta is None else num(o.delta, sign=True),
    )
    st.caption(
        tr(
            "compare_earlier",
            when=plain(trend.date_label(earlier.result.created_at, lang())),
            org=plain(shorten(earlier.result.organisation)) or "–",
        )
    )
    chart = strengths_and_gaps(q, comparison.after_scores, comparison.before_scores)
    st.header(tr("compare_changed_items"))
    moved = comparison.moved
    if not moved:
        st.write(tr("compare_nothing_moved"))
    else:
        show_table(tables.moved_items_table(q, lg, comparison))
    only = [*comparison.only_before, *comparison.only_after]
    if only:
        # An item the questionnaire no longer has (a run from an older version) is named by its id.
        names = (q.item(i).text(lg)[:60] if q.has_item(i) else plain(shorten(i)) for i in only)
        st.caption(tr("compare_not_comparable", items=", ".join(names)))
    _downloads(q, earlier.result, after, chart, key)


def _downloads(q: Questionnaire, before: Result, after: Result, chart: Spec, key: str) -> None:
    """The comparison chart and a report that sets the later run against the earlier one."""
    lg = lang()
    st.header(tr("compare_downloads"))
    files: list[File] = [
        ("download_png", lambda: export.chart_png(chart), "jamforelse.png", "image/png"),
        ("download_svg", lambda: export.chart_svg(chart), "jamforelse.svg", "image/svg+xml"),
    ]
    download_row(files, key)
    report_downloads(  # the plan is read only when a report is made
        lambda: single_input(
            q, after, lg, before, plan=visible_plan(after.organisation), today=settings.today()
        ),
        key,
        "jamforelse-rapport",
    )
