"""Collect: the answers coming in, live, with the link and its QR code for the shared screen."""

from __future__ import annotations

import base64
import io
from datetime import timedelta

import segno
import streamlit as st

from scoring.store.rounds import Round, Rounds, links
from scoring.team import role_counts
from ui import auth, autosave, settings
from ui.state import page_url, plain, questionnaire, tr

REFRESH = timedelta(seconds=5)  # how often the count refreshes while the round is open


def render(rounds: Rounds, found: Round, shown: int) -> None:
    """`shown`: the number of responses the rest of the page was drawn from."""
    st.header(plain(found.organisation))  # anyone may name a round: its name is shown as text
    today = settings.today()
    is_open = found.is_open(today)
    state = tr("round_open") if is_open else tr("round_closed")
    closes = tr("round_closes", day=found.closes_on.isoformat()) if found.closes_on else ""
    st.markdown(f"### {state} {closes}")
    st.subheader(tr("ws_collect"))
    # A fragment reruns alone: the count updates while people answer, the rest stays as it is.
    st.fragment(run_every=REFRESH if is_open else None)(_count)(rounds, found, shown)
    _link(found)
    if st.button(tr("round_close") if is_open else tr("round_reopen"), key="round_toggle"):
        autosave.guard(
            lambda: rounds.set_closed(found.id, True) if is_open else rounds.reopen(found.id, today)
        )
        st.rerun()


def _count(rounds: Rounds, found: Round, shown: int) -> None:
    responses = autosave.guard(lambda: rounds.responses(found.id, questionnaire()))
    if responses is None:
        return
    counts = role_counts(responses)
    st.markdown(f"## {tr('round_count', n=len(responses))}")
    cols = st.columns(max(len(counts), 1))
    for col, (role, n) in zip(cols, counts.items(), strict=False):
        col.metric(tr(f"role_{role}") if role != "none" else tr("round_no_role"), n)
    if found.personal:
        unused, total = rounds.personal_links_left(found.id)
        st.write(tr("round_personal_status", used=total - unused, total=total))
    if len(responses) != shown:
        st.info(tr("ws_new_answers"))
        if st.button(tr("ws_show_latest"), key="ws_show_latest", type="primary"):
            st.rerun(scope="app")


def _link(found: Round) -> None:
    if found.personal:
        st.caption(tr("ws_personal_qr"))
        return
    st.info(tr("round_shared_notice"))
    respondent, _ = links(page_url(), found.respondent_token)
    st.markdown(f"**{tr('ws_link_heading')}**")
    left, right = st.columns([2, 1])
    left.code(respondent, language=None, wrap_lines=True)  # no scrolling box: it could not take focus
    with left:
        auth.warn_if_local(respondent)
    with right:
        st.html(qr_image(respondent, tr("ws_qr_alt", link=respondent)))


def qr_image(link: str, alt: str) -> str:
    """The link as a QR code: an <img> of inline SVG, with its alt text, large enough to scan from a seat."""
    svg = io.BytesIO()
    segno.make(link, error="m").save(svg, kind="svg", scale=8, border=4, dark="#000000", light="#ffffff")
    data = base64.b64encode(svg.getvalue()).decode("ascii")
    alt = alt.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")
    return (
        f'<img class="round-qr" src="data:image/svg+xml;base64,{data}" alt="{alt}" width="240" height="240">'
    )
