"""Start a round: the organisation, an optional closing date, then the two links."""

from __future__ import annotations

import streamlit as st

from scoring.errors import ScoringError
from scoring.store.rounds import Rounds, links
from ui import session, settings
from ui.state import page_url, show_error, tr


def render(rounds: Rounds) -> None:
    st.title(tr("round_title"))
    st.write(tr("round_intro"))
    today = settings.today()  # the organisation's today, as the round's closing rule counts it
    with st.form("start_round"):
        organisation = st.text_input(
            tr("organisation_label"), value=session.organisation(), autocomplete="organization"
        )
        closes_on = st.date_input(tr("round_closes_on"), value=None, min_value=today, format="YYYY-MM-DD")
        started = st.form_submit_button(tr("round_start"), type="primary")
    if started and not organisation.strip():
        st.error(tr("round_needs_organisation"))
    elif started:
        try:
            created = rounds.create(organisation, closes_on)
        except ScoringError as error:
            show_error(error)
            return
        session.round_started(*links(page_url(), created.respondent_token, created.facilitator_token))
    if (started_links := session.started_round_links()) is not None:
        respondent, facilitator = started_links
        st.success(tr("round_started"))
        # Headings, not bold paragraphs: a screen reader lists and jumps to them.
        st.header(tr("round_respondent_link"), anchor=False)
        st.code(respondent, language=None)
        st.header(tr("round_facilitator_link"), anchor=False)
        st.code(facilitator, language=None)
        st.warning(tr("round_keep_facilitator_link"))
