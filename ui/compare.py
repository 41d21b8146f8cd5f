"""Compare: an earlier result file against the answers on screen."""

from __future__ import annotations

import streamlit as st

from scoring import tables
from scoring.bounds import shorten
from scoring.compare import Comparison, compare
from scoring.errors import ScoringError
from scoring.model import Questionnaire
from scoring.results import LoadedResult, parse_result
from ui.results import strengths_and_gaps
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
    upload = st.file_uploader(tr("compare_upload"), type=["json"], key="compare_file")
    if upload is None:
        return
    try:
        earlier = parse_result(upload.getvalue(), q)
    except ScoringError as error:
        show_error(error)
        return
    if not answers(q):
        st.info(tr("compare_no_current"))
        st.page_link(page("fill_in"), label=tr("go_fill_in"), icon=":material/edit:")
        return
    show_comparison(q, earlier, compare(q, earlier.result, current_result(q)))


def show_comparison(q: Questionnaire, earlier: LoadedResult, comparison: Comparison) -> None:
    lg = lang()
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
            when=plain(earlier.result.created_at[:10]),
            org=plain(shorten(earlier.result.organisation)) or "–",
        )
    )
    strengths_and_gaps(q, comparison.after_scores, comparison.before_scores)
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
