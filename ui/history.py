"""History: every stored run of an organisation, the trend, compare any two."""

from __future__ import annotations

import logging

import streamlit as st

from scoring import trend
from scoring.access import Access
from scoring.bounds import shorten
from scoring.compare import compare
from scoring.errors import StoreError
from scoring.model import Questionnaire
from scoring.results import LoadedResult
from scoring.score import score
from scoring.services import ImportFilesError, import_files
from scoring.store import RunSummary, Store
from scoring.versions import carry_over
from ui import auth, autosave, charts, quota, reopen, session
from ui.compare import show_comparison, upload_help
from ui.state import lang, num, plain, questionnaire, show_rows, show_store_failure, tr

logger = logging.getLogger(__name__)


def render() -> None:
    q = questionnaire()
    st.title(tr("history_title"))
    if (access := auth.gate(key="history_sign_in")) is None:
        return
    db = autosave.store()
    if db is None:
        st.warning(tr("save_run_no_store"))
        return
    try:
        _runs(q, db, access)
    except StoreError as error:
        # The store was deleted, damaged or lost its folder while the app ran: one message.
        show_store_failure(error)
    _import(q, db, access)


def _runs(q: Questionnaire, db: Store, access: Access) -> None:
    organisation = _pick_organisation(db, access)
    if organisation:
        runs = db.list_runs(organisation)
        # One date rule everywhere (scoring.trend): "2 dec. 2026", the time only where a day repeats.
        labels = trend.run_labels([r.created_at for r in runs], lang())
        when = dict(zip((r.id for r in runs), labels, strict=True))
        _runs_table(q, runs, when)
        reopen.open_saved(q, db, runs, {run.id: _label(run, when[run.id]) for run in runs})
        if len(runs) >= 2:
            _trend(q, db, runs)
            _compare_two(q, db, runs)
        _delete(db, runs)
        _export(db, organisation)


def _pick_organisation(db: Store, access: Access) -> str | None:
    names = access.visible(db.organisations())
    if not names:
        st.info(tr("history_empty"))
        return None
    mine = session.organisation()
    return st.selectbox(
        tr("organisation_label"),
        names,
        index=names.index(mine) if mine in names else 0,
        key="history_org",
    )


def _label(run: RunSummary, when: str) -> str:
    role = tr(f"role_{run.role}") if run.role else "–"
    return f"{when} · {role} · {num(run.overall)}"


def _runs_table(q: Questionnaire, runs: list[RunSummary], when: dict[int, str]) -> None:
    lg = lang()
    show_rows(
        [
            {
                tr("history_col_date"): when[run.id],
                tr("role_label"): tr(f"role_{run.role}") if run.role else "–",
                tr("overall_index"): run.overall,
                tr("col_level"): level.label(lg) if (level := q.level_for(run.overall)) else "–",
                tr("history_col_version"): run.questionnaire_version,
            }
            for run in runs
        ]
    )


def _trend(q: Questionnaire, db: Store, runs: list[RunSummary]) -> None:
    lg = lang()
    scored = []
    for run in runs:
        stored = db.get_run(run.id)
        if stored is not None:
            carried = carry_over(q, stored.result.questionnaire_version, stored.result.answers)
            scored.append((stored.result.created_at, score(q, carried.answers)))
    charts.draw(charts.spec(trend.trend_chart, q, scored, lg))
    with st.expander(tr("show_table")):
        show_rows(
            [
                {
                    tr("history_col_date"): r["when"],
                    tr("col_area"): r["series"],
                    tr("col_score"): r["score"],
                }
                for r in trend.trend_rows(q, scored, lg)
            ]
        )


def _compare_two(q: Questionnaire, db: Store, runs: list[RunSummary]) -> None:
    st.header(tr("history_compare"))
    by_id = {run.id: run for run in runs}
    ids = list(by_id)
    when = dict(zip(ids, trend.run_labels([r.created_at for r in runs], lang()), strict=True))
    left, right = st.columns(2)
    before = left.selectbox(
        tr("col_before"),
        ids,
        index=len(ids) - 2,
        format_func=lambda i: _label(by_id[i], when[i]),
        key=f"hist_before_{len(ids)}",
    )
    after = right.selectbox(
        tr("col_after"),
        ids,
        index=len(ids) - 1,
        format_func=lambda i: _label(by_id[i], when[i]),
        key=f"hist_after_{len(ids)}",
    )
    old, new = db.get_run(before), db.get_run(after)
    if old is None or new is None:
        return
    dropped = carry_over(q, old.result.questionnaire_version, old.result.answers).dropped
    comparison = compare(q, old.result, new.result)
    show_comparison(q, LoadedResult(old.result, dropped), comparison, new.result, key="hist_cmp")


def _delete(db: Store, runs: list[RunSummary]) -> None:
    with st.expander(tr("history_delete")):
        by_id = {run.id: run for run in runs}
        labels = dict(zip(by_id, trend.run_labels([r.created_at for r in runs], lang()), strict=True))
        chosen = st.selectbox(
            tr("history_delete_pick"),
            list(by_id),
            format_func=lambda i: _label(by_id[i], labels[i]),
            key="hist_delete",
        )
        confirm = st.checkbox(tr("history_delete_confirm"), key="hist_delete_confirm")
        if st.button(tr("history_delete_button"), disabled=not confirm, key="hist_delete_button"):
            autosave.guard(lambda: db.delete_run(chosen))
            session.forget_widget("hist_delete_confirm")
            st.rerun()


def _export(db: Store, organisation: str) -> None:
    st.download_button(
        tr("history_export"),
        data=lambda: db.export_history(organisation),
        file_name="historik.json",
        mime="application/json",
        on_click="ignore",
        key="hist_export",
    )


def _import(q: Questionnaire, db: Store, access: Access) -> None:
    st.header(tr("history_import"))
    files = st.file_uploader(
        tr("history_import_label"),
        type=["json"],
        accept_multiple_files=True,
        key="hist_import",
        help=upload_help(),
    )
    if not files or not st.button(tr("history_import_button"), key="hist_import_button"):
        return
    try:
        quota.check("imports")
        uploads = [(upload.name, upload.getvalue()) for upload in files]
        report = import_files(db, uploads, q, access.organisation)
    except ImportFilesError as error:
        # All or nothing: every bad file is named, and nothing was added.
        for name, problem in error.problems:
            # The file's name and the reason (which may quote the file) are shown as text.
            detail = plain(problem.message(lang()))
            st.error(tr("history_import_bad_file", name=plain(shorten(name)), detail=detail))
        st.warning(tr("history_import_nothing_added"))
        return
    except StoreError as error:
        logger.warning("import failed: %s", error)  # the detail for the operator, not on the page
        st.error(plain(error.message(lang())))  # a refused run's reason may quote the file
        return
    st.success(tr("history_imported", added=report.added, skipped=report.skipped))
