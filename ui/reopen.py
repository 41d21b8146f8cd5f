"""A saved run reopened from History: its results view with every download, a correction, its versions."""

from __future__ import annotations

import streamlit as st

from scoring import trend
from scoring.model import Questionnaire
from scoring.store import RunSummary, Store
from scoring.store.runs import StoredRun
from scoring.versions import carry_over
from ui import autosave, session
from ui.results import show_result
from ui.state import lang, page, radio_values, tr


def open_saved(q: Questionnaire, db: Store, runs: list[RunSummary], label: dict[int, str]) -> None:
    """Pick a saved run and show it; the run stays open until closed or another is picked."""
    st.header(tr("history_open"))
    ids = [run.id for run in reversed(runs)]  # the newest first
    chosen = st.selectbox(
        tr("history_open_pick"), ids, format_func=lambda i: label.get(i, str(i)), key="hist_open_pick"
    )
    if st.button(tr("history_open_button"), key="hist_open_button", icon=":material/open_in_new:"):
        session.open_run(chosen)
    opened = session.opened_run()
    stored = db.get_run(opened) if opened is not None else None
    organisation = runs[0].organisation if runs else None
    # Only a run of the organisation picked (one the sign-in lets this person see) is shown.
    if stored is None or stored.result.organisation != organisation:
        return
    _opened(q, db, stored, [run.created_at for run in runs])


def _opened(q: Questionnaire, db: Store, stored: StoredRun, among: list[str]) -> None:
    result = stored.result
    role = tr(f"role_{result.role}") if result.role else "–"
    when = trend.run_label(result.created_at, among, lang())
    st.subheader(tr("history_opened", when=when, role=role))
    left, right = st.columns(2)
    left.button(tr("history_close_button"), key="hist_close", on_click=lambda: session.open_run(None))
    if right.button(tr("history_correct_button"), key="hist_correct", icon=":material/edit:"):
        carried = carry_over(q, result.questionnaire_version, result.answers).answers
        session.correct_run(stored.id, radio_values(q, carried), result.organisation, result.role)
        st.switch_page(page("fill_in"))
    st.caption(tr("history_correct_hint"))
    _versions(db, stored.id, result.organisation)
    show_result(q, result, key="hist")


def _versions(db: Store, run_id: int, organisation: str) -> None:
    versions = [v for v in db.run_versions(run_id) if v.organisation == organisation]
    with st.expander(tr("history_versions")):
        if len(versions) < 2:
            st.write(tr("history_versions_none"))
            return
        current = db.current_version(run_id)
        days = trend.run_labels([v.created_at for v in versions], lang())
        names = {
            v.id: _name(v, day) + (f" {tr('history_version_current')}" if v.id == current else "")
            for v, day in zip(versions, days, strict=True)
        }
        st.markdown("\n".join(f"- {names[v.id]}" for v in versions))
        others = [v.id for v in versions if v.id != current]
        pick = st.selectbox(
            tr("history_restore_pick"), others, format_func=names.__getitem__, key="hist_restore_pick"
        )
        restore = st.button(tr("history_restore_button"), key="hist_restore_button")
        if restore and autosave.guard(lambda: db.restore_version(pick)):
            session.open_run(pick)  # the restored version, now marked "shown now" and in the list
            st.rerun()


def _name(run: RunSummary, when: str) -> str:
    overall = "–" if run.overall is None else f"{run.overall:.1f}".replace(".", ",")
    return f"{when} · {overall}"
