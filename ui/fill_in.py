"""Fill in: who answers, then the six areas one at a time."""

from __future__ import annotations

import streamlit as st

from scoring.answers import MAX_ORGANISATION
from scoring.model import Area, Lang, Questionnaire
from scoring.results import ROLES
from scoring.score import answer_progress
from scoring.seats import other_seat
from ui import autosave, session
from ui.state import (
    ANSWER_OPTIONS,
    DONT_KNOW,
    answer_key,
    answers,
    lang,
    option_index,
    page,
    questionnaire,
    tr,
    widget_key,
)


def render() -> None:
    q, lg = questionnaire(), lang()  # read once: each read of the session costs
    st.title(q.title(lg))
    autosave.saved_notice()  # a saved run (or a link to a draft that was saved) says so first
    st.write(tr("fill_intro", lg))
    left, right = st.columns([3, 2])
    with left:
        _organisation(lg)
    with right:
        role_choice(lg)
    areas_form()


def _organisation(lg: Lang) -> None:
    st.text_input(
        tr("organisation_label", lg),
        key=session.ORGANISATION,
        placeholder=tr("organisation_placeholder", lg),
        max_chars=MAX_ORGANISATION,
        autocomplete="organization",
        on_change=autosave.save_meta,
        persist_state="session",
    )


def role_choice(lg: Lang | None = None) -> None:
    lg = lg or lang()
    st.radio(
        tr("role_label", lg),
        ROLES,
        index=option_index(ROLES, session.role()),
        key=widget_key("role", lg),
        format_func=lambda role: tr(f"role_{role}", lg),
        on_change=_role_changed,
    )


def _role_changed() -> None:
    session.set_role(session.widget_value(widget_key("role")))
    autosave.save_meta()


@st.fragment
def areas_form(show_results_link: bool = True) -> None:
    # A fragment: a click reruns this part only, not the whole page.
    q, lg = questionnaire(), lang()
    _progress(q, lg)
    # Here, not at the top of the page: a click reruns only this fragment, and a
    # failed save must be said right after the answer that failed. Filled below,
    # once the answer is written.
    status = st.empty()
    try:
        _area_and_steps(q, lg, show_results_link)
    finally:  # also when the run is cut short (a new click): no answer waits for a later run
        autosave.write_pending()
    autosave.answer_status(q, status)


def _area_and_steps(q: Questionnaire, lg: Lang, show_results_link: bool) -> None:
    """The area radio, the shown area's statements and the step buttons."""
    titles = [q.area_label(area.id, lg) for area in q.areas]
    steps = tuple(range(len(q.areas)))
    step_key = widget_key("area_step", lg)
    # The radio takes its value from the session only, never also from `index`:
    # Streamlit warns when a widget gets both (the "Nästa område" button sets it).
    session.seed_widget(step_key, session.area())
    step = st.radio(
        tr("area_nav_label", lg),
        steps,
        format_func=lambda i: titles[i],
        key=step_key,
        horizontal=True,
        on_change=lambda: session.go_to_area(session.widget_value(step_key)),
    )
    _area(q, lg, q.areas[step], step)
    _step_buttons(lg, step, len(q.areas), show_results_link)


def _progress(q: Questionnaire, lg: Lang) -> None:
    progress = answer_progress(q, answers(q))
    st.progress(progress.share, text=tr("progress", lg, done=progress.done, total=progress.total))
    st.caption(
        " · ".join(
            tr("progress_area", lg, n=n, done=done, total=total)
            for n, (done, total) in enumerate(progress.areas, start=1)
        )
    )


def _area(q: Questionnaire, lg: Lang, area: Area, step: int) -> None:
    st.header(f"{step + 1}. {area.title(lg)}", anchor=False)  # no anchor link to Tab past
    st.caption(tr("area_source", lg, source=area.source))
    st.write(area.intro(lg))
    labels = {point.value: point.label(lg) for point in q.scale.points}
    labels[DONT_KNOW] = q.scale.dont_know(lg)
    given, role = session.given(), session.role()  # read once: each read of the session costs
    for n, item in enumerate(area.items, start=1):
        st.radio(
            f"{step + 1}.{n} {item.text(lg)}",
            ANSWER_OPTIONS,
            index=option_index(ANSWER_OPTIONS, given.get(item.id)),
            key=answer_key(item.id, lg),
            format_func=lambda v: f"{v} {labels[v]}" if v != DONT_KNOW else labels[v],
            horizontal=True,
            on_change=autosave.save_answer,
            args=(item.id,),
        )
        # The help text on the page, not in a tooltip: ui/a11y.py makes it the group's description.
        st.caption(item.help(lg))
        if other := other_seat(item, role):  # mainly seen from the other seat: say so
            st.caption(tr(f"fill_other_seat_{other}", lg))


def _step_buttons(lg: Lang, step: int, count: int, show_results_link: bool) -> None:
    back, _, forward = st.columns([1, 2, 1])
    if step > 0:
        back.button(tr("previous_area", lg), on_click=_go, args=(step - 1,), key="prev_area")
    if step < count - 1:
        forward.button(tr("next_area", lg), on_click=_go, args=(step + 1,), key="next_area", type="primary")
    elif show_results_link:
        forward.page_link(page("results"), label=tr("see_results", lg), icon=":material/bar_chart:")


def _go(step: int) -> None:
    session.go_to_area(step, widget=widget_key("area_step"))
