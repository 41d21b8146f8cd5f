"""The action plan: list, add, edit (saved on every change), delete with recovery,
whether the actions worked, and "add as an action" from a gap on the results page.

The page shows only the organisation named in this session (`session.organisation()`),
the same organisation History shows first.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

import streamlit as st

from scoring import trend
from scoring.actions import (
    ACTION_RECOVERY_DAYS,
    MAX_TITLE,
    SINGLE_RUN_THRESHOLD,
    STATUSES,
    Action,
    action_fields,
)
from scoring.compare import compare
from scoring.errors import ScoringError
from scoring.export import table_csv
from scoring.model import Questionnaire
from scoring.store import Store
from scoring.summary import RankedItem
from scoring.tables import action_check_table, plan_table
from ui import auth, autosave, session, settings
from ui.state import lang, num, page, questionnaire, show_table, tr, widget_key

FIELDS = ("title", "items", "owner", "due", "status", "note")
# Markdown (and Streamlit's $math$, :emoji: and :color[] syntax) must not act on what people typed.
_MARKDOWN = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:])")


def plain(text: str) -> str:
    """Typed text, shown as typed where Streamlit renders Markdown."""
    return _MARKDOWN.sub(r"\\\1", text)


def signed_in_email() -> str:
    """Who makes a change: the signed-in user's e-mail where sign-in is on, else ""."""
    try:
        user = st.user
        return str(user.get("email") or "") if user.get("is_logged_in") else ""
    except (AttributeError, KeyError, RuntimeError):  # no sign-in configured
        return ""


def render() -> None:
    q = questionnaire()
    st.title(tr("actions_title"))
    db = autosave.store()
    if db is None:
        st.warning(tr("save_run_no_store"))
        return
    organisation = session.organisation().strip()
    if not organisation:
        st.info(tr("actions_need_org"))
        st.page_link(page("fill_in"), label=tr("go_fill_in"), icon=":material/edit:")
        return
    st.write(tr("actions_intro"))
    st.header(tr("actions_organisation", name=organisation))
    _notice()
    today = settings.today()
    plan = autosave.guard(lambda: db.list_actions(organisation)) or []
    overdue = sum(1 for action in plan if action.overdue(today))
    if overdue:
        st.warning(tr("actions_overdue_count", count=overdue), icon=":material/schedule:")
    if not plan:
        st.info(tr("actions_empty"))
    for action in plan:
        _editor(q, db, action)
    _new_action(q, db, organisation)
    _deleted(db, organisation)
    if plan:
        _download(q, plan, today)
        _check(q, db, organisation, plan, today)


def _notice() -> bool:
    notice = session.take_action_notice()
    if notice is None:
        return False
    kind, message = notice
    (st.success if kind == "success" else st.info)(message, icon=":material/check:")
    return True


# --- one action, saved on every change ------------------------------------------------


def _key(action_id: int, field: str) -> str:
    return widget_key(f"act_{action_id}_{field}")


def _editor(q: Questionnaire, db: Store, action: Action) -> None:
    lg, fields = lang(), action.fields
    with st.container(border=True):
        st.subheader(plain(action.title))
        save: dict[str, Any] = {"on_change": _save, "args": (q, db, action.id)}
        st.text_input(
            tr("action_title_label"), fields.title, max_chars=MAX_TITLE, key=_key(action.id, "title"), **save
        )
        st.multiselect(
            tr("action_items_label"),
            _item_options(q, fields.items),
            default=list(fields.items),
            format_func=lambda i: q.item(i).text(lg) if q.has_item(i) else i,
            key=_key(action.id, "items"),
            **save,
        )
        left, middle, right = st.columns(3)
        left.text_input(tr("action_owner_label"), fields.owner, key=_key(action.id, "owner"), **save)
        middle.date_input(
            tr("action_due_label"), fields.due, format="YYYY-MM-DD", key=_key(action.id, "due"), **save
        )
        right.selectbox(
            tr("action_status_label"),
            STATUSES,
            index=STATUSES.index(fields.status),
            format_func=lambda s: tr(f"action_status_{s}"),
            key=_key(action.id, "status"),
            **save,
        )
        st.text_area(tr("action_note_label"), fields.note, key=_key(action.id, "note"), **save)
        problem = session.take_action_problem(action.id)
        if problem:
            st.error(problem, icon=":material/error:")
        who = action.updated_by
        when = _local(action.updated_at)
        st.caption(tr("action_changed_by", when=when, who=who) if who else tr("action_changed", when=when))
        _history(db, action.id)
        st.button(tr("action_delete"), key=f"act_{action.id}_delete", on_click=_delete, args=(db, action.id))


def _local(moment: datetime) -> str:
    return moment.astimezone(settings.timezone()).strftime("%Y-%m-%d %H:%M")


def _history(db: Store, action_id: int) -> None:
    """Every change of the action: when, what, and who (where sign-in names them)."""
    with st.expander(tr("action_history_label")):
        changes = autosave.guard(lambda: db.action_history(action_id)) or []
        st.markdown(
            "\n".join(
                f"- {_local(c.at)} · {tr(f'action_change_{c.change}')}"
                + (f" · {plain(c.by)}" if c.by else "")
                + f" · {tr(f'action_status_{c.fields.status}')}"
                for c in reversed(changes)
            )
        )


def _item_options(q: Questionnaire, chosen: Sequence[str]) -> list[str]:
    # An item the questionnaire no longer has stays shown: it is never dropped unseen.
    return [item.id for item in q.items] + [i for i in chosen if not q.has_item(i)]


def _save(q: Questionnaire, db: Store, action_id: int) -> None:
    values = {field: session.widget_value(_key(action_id, field)) for field in FIELDS}
    try:
        fields = action_fields(
            q,
            title=values["title"] or "",
            items=list(values["items"] or []),
            owner=values["owner"] or "",
            due=values["due"],
            status=values["status"] or "planned",
            note=values["note"] or "",
        )
    except ScoringError as error:
        session.action_refused(action_id, error.message(lang()))
        return
    autosave.guard(lambda: db.update_action(action_id, fields, signed_in_email()))


def _delete(db: Store, action_id: int) -> None:
    if autosave.guard(lambda: db.delete_action(action_id, signed_in_email())):
        session.action_noticed("success", tr("action_deleted", days=ACTION_RECOVERY_DAYS))


# --- add, restore ------------------------------------------------------------------------


def _new_action(q: Questionnaire, db: Store, organisation: str) -> None:
    lg = lang()
    with st.expander(tr("actions_new"), expanded=False), st.form("action_new", clear_on_submit=True):
        title = st.text_input(tr("action_title_label"), max_chars=MAX_TITLE, key="act_new_title")
        items = st.multiselect(
            tr("action_items_label"),
            [item.id for item in q.items],
            format_func=lambda i: q.item(i).text(lg),
            key=widget_key("act_new_items"),
        )
        left, right = st.columns(2)
        owner = left.text_input(tr("action_owner_label"), key="act_new_owner")
        due = right.date_input(tr("action_due_label"), value=None, format="YYYY-MM-DD", key="act_new_due")
        note = st.text_area(tr("action_note_label"), key="act_new_note")
        if not st.form_submit_button(tr("action_add_button"), type="primary"):
            return
    try:
        fields = action_fields(q, title=title, items=items, owner=owner, due=due, note=note)
    except ScoringError as error:
        st.error(error.message(lg), icon=":material/error:")
        return
    if autosave.guard(lambda: db.add_action(organisation, fields, signed_in_email())) is not None:
        session.action_noticed("success", tr("action_added"))
        st.rerun()


def _deleted(db: Store, organisation: str) -> None:
    deleted = autosave.guard(lambda: db.list_actions(organisation, deleted=True)) or []
    if not deleted:
        return
    with st.expander(tr("actions_deleted_list", count=len(deleted))):
        st.caption(tr("action_recovery_hint", days=ACTION_RECOVERY_DAYS))
        for action in deleted:
            left, right = st.columns([4, 1])
            left.markdown(plain(action.title))
            right.button(
                tr("action_restore"), key=f"act_{action.id}_restore", on_click=_restore, args=(db, action.id)
            )


def _restore(db: Store, action_id: int) -> None:
    autosave.guard(lambda: db.restore_action(action_id, signed_in_email()))


# --- the plan as a file, and whether it worked ------------------------------------------


def _download(q: Questionnaire, plan: Sequence[Action], today: date) -> None:
    lg = lang()
    st.download_button(
        tr("actions_download_csv"),
        data=lambda: table_csv(plan_table(q, plan, lg, today), lg),
        file_name="handlingsplan.csv",
        mime="text/csv",
        on_click="ignore",
        key="act_download",
    )


def _check(q: Questionnaire, db: Store, organisation: str, plan: Sequence[Action], today: date) -> None:
    st.header(tr("actions_check_title"))
    runs = autosave.guard(lambda: db.list_runs(organisation)) or []
    if len(runs) < 2:
        st.info(tr("actions_check_needs_runs"))
        return
    first, last = runs[-2], runs[-1]
    before = autosave.guard(lambda: db.get_run(first.id))
    after = autosave.guard(lambda: db.get_run(last.id))
    if before is None or after is None:
        return
    days = trend.run_labels([first.created_at, last.created_at], lang())
    st.write(tr("actions_check_intro", before=days[0], after=days[1]))
    show_table(action_check_table(q, plan, compare(q, before.result, after.result), lang(), today))
    st.caption(tr("actions_check_rule_single", threshold=num(SINGLE_RUN_THRESHOLD)))


# --- from a gap on the results page -----------------------------------------------------


def gap_list(q: Questionnaire, gaps: Sequence[RankedItem], empty: str) -> None:
    """The biggest gaps, each with a button that adds its advice to the plan as an action."""
    lg = lang()
    if not gaps:
        st.write(empty)
        return
    organisation = session.organisation().strip()
    for row in gaps:
        st.markdown(f"- {row.item.text(lg)} *({row.area.title(lg)}, {num(row.score)})*")
        if row.item.advice is not None and organisation:
            # Right under its statement, so the button's place says which gap it adds.
            st.button(
                tr("action_from_gap"),
                key=f"gap_action_{row.item.id}",
                help=tr("action_from_gap_help", item=row.item.text(lg)),
                on_click=_add_from_gap,
                args=(q, row.item.id, organisation),
                icon=":material/add_task:",
                type="tertiary",
            )
    if not organisation:
        st.caption(tr("action_from_gap_needs_org"))
    if _notice():
        st.page_link(page("actions"), label=tr("nav_actions"), icon=":material/checklist:")


def _add_from_gap(q: Questionnaire, item_id: str, organisation: str) -> None:
    db = autosave.store()
    advice = q.item(item_id).advice
    if db is None or advice is None:
        return
    fields = action_fields(q, title=advice(lang())[:MAX_TITLE], items=[item_id])
    if autosave.guard(lambda: db.add_action(organisation, fields, signed_in_email())) is not None:
        session.action_noticed("success", tr("action_from_gap_done", title=fields.title))


# --- from a statement on the workshop agenda ----------------------------------------------


def item_action_form(q: Questionnaire, db: Store, organisation: str, item_id: str) -> None:
    """Add an action for one statement, prefilled with its advice, with an owner and a due date."""
    lg, item = lang(), q.item(item_id)
    advice = item.advice(lg) if item.advice is not None else item.text(lg)
    with (
        st.expander(tr("action_from_gap")),
        st.form(f"item_action_{item_id}", clear_on_submit=True, border=False),
    ):
        title = st.text_input(
            tr("action_title_label"), advice[:MAX_TITLE], max_chars=MAX_TITLE, key=f"ia_{item_id}_title"
        )
        left, right = st.columns(2)
        owner = left.text_input(tr("action_owner_label"), key=f"ia_{item_id}_owner")
        due = right.date_input(
            tr("action_due_label"), value=None, format="YYYY-MM-DD", key=f"ia_{item_id}_due"
        )
        if not st.form_submit_button(tr("action_add_button"), type="primary"):
            return
    try:
        fields = action_fields(q, title=title, items=[item_id], owner=owner, due=due)
    except ScoringError as error:
        st.error(error.message(lg), icon=":material/error:")
        return
    if autosave.guard(lambda: db.add_action(organisation, fields, signed_in_email())) is not None:
        st.success(tr("ws_action_added", title=fields.title), icon=":material/check:")


# --- the plan in the reports --------------------------------------------------------------


def visible_plan(organisation: str) -> list[Action]:
    """The organisation's plan for its reports, when this person may see it; otherwise none."""
    name = organisation.strip()
    db = autosave.store() if name and auth.may_change(name) else None
    if db is None:
        return []
    return autosave.guard(lambda: db.list_actions(name)) or []
