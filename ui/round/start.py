"""Start a round: the organisation, an optional closing date, how respondents get their link,
then the links."""

from __future__ import annotations

from datetime import date

import streamlit as st

from scoring.errors import ScoringError
from scoring.store.rounds import MAX_PERSONAL_LINKS, Rounds, links
from ui import auth, quota, session, settings
from ui.state import page_url, show_error, tr

MODES = ("personal", "shared")


def render(rounds: Rounds) -> None:
    st.title(tr("round_title"))
    st.write(tr("round_intro"))
    if (access := auth.gate(key="round_sign_in")) is None:
        return
    today = settings.today()  # the organisation's today, as the round's closing rule counts it
    with st.form("start_round"):
        organisation = st.text_input(
            tr("organisation_label"),
            value=access.organisation or session.organisation(),
            disabled=access.organisation is not None,  # a signed-in user starts rounds for their own
            autocomplete="organization",
        )
        closes_on = st.date_input(tr("round_closes_on"), value=None, min_value=today, format="YYYY-MM-DD")
        mode = st.radio(
            tr("round_link_mode"),
            MODES,
            format_func=lambda m: tr(f"round_link_mode_{m}"),
            key="round_link_mode",
        )
        invitees = st.number_input(
            tr("round_invitees"), min_value=1, max_value=MAX_PERSONAL_LINKS, value=8, key="round_invitees"
        )
        started = st.form_submit_button(tr("round_start"), type="primary")
    organisation = access.organisation or organisation  # whatever the browser sent
    if started and not organisation.strip():
        st.error(tr("round_needs_organisation"))
    elif started:
        _start(rounds, organisation, closes_on, int(invitees) if mode == "personal" else 0)
    if (started_links := session.started_round_links()) is not None:
        _show(*started_links)


def _start(rounds: Rounds, organisation: str, closes_on: object, personal: int) -> None:
    try:
        quota.check("rounds")
        day = closes_on if isinstance(closes_on, date) else None
        created = rounds.create(organisation, day, personal_links=personal)
    except ScoringError as error:
        show_error(error)
        return
    url = page_url()
    shared, facilitator = links(url, created.respondent_token, created.facilitator_token)
    personal_links = tuple(links(url, token)[0] for token in created.personal_tokens)
    session.round_started(None if personal_links else shared, facilitator, personal_links)


def _show(shared: str | None, facilitator: str | None, personal: tuple[str, ...]) -> None:
    st.success(tr("round_started"))
    if shared is not None:
        # Headings, not bold paragraphs: a screen reader lists and jumps to them.
        st.header(tr("round_respondent_link"), anchor=False)
        st.code(shared, language=None)
        st.caption(tr("round_shared_notice"))
    if personal:
        st.header(tr("round_personal_links"), anchor=False)
        st.code("\n".join(personal), language=None)
        st.download_button(
            tr("round_personal_links_download"),
            data="\n".join(personal) + "\n",
            file_name="personliga-lankar.txt",
            mime="text/plain",
            on_click="ignore",
            key="round_personal_download",
        )
        st.caption(tr("round_personal_links_note"))
    st.header(tr("round_facilitator_link"), anchor=False)
    st.code(facilitator, language=None)  # the code block has a copy button
    st.download_button(
        tr("round_facilitator_download"),
        data=f"{facilitator}\n",
        file_name="resultatlank.txt",
        mime="text/plain",
        on_click="ignore",
        key="round_facilitator_download",
    )
    st.warning(tr("round_keep_facilitator_link"))
    auth.warn_if_local(facilitator or "")
