"""Sign-in through Streamlit's own st.login / st.user / st.logout; the rules live in scoring.access.

Pages that list, show or change an organisation's stored data call `gate()`
at the top: it returns what the person may see, or draws a sign-in button
(and nothing stored) and returns None. Filling in and answering a round never
call it.
"""

from __future__ import annotations

import logging

import streamlit as st

from scoring.access import Access, Rules, access, is_local_address, is_loopback_bind
from ui import session, settings
from ui.state import tr

logger = logging.getLogger(__name__)


def configured() -> bool:
    """An [auth] section is in the secrets (.streamlit/secrets.toml or --secrets.files).

    Found once per session: a secrets file added later applies to new sessions."""
    return session.sign_in_configured(_auth_in_secrets)


def _auth_in_secrets() -> bool:
    try:
        return st.secrets.load_if_toml_exists() and "auth" in st.secrets
    except Exception:  # a broken secrets file: Streamlit reports it itself; treat as not configured
        logger.exception("the secrets file cannot be read")
        return False


def _signed_in() -> bool:
    # .get: st.user has no is_logged_in at all where no session cookie exists (AppTest).
    return bool(st.user.get("is_logged_in", False))


def rules() -> Rules:
    return Rules(configured(), settings.organisation(), settings.organisations())


def current() -> Access:
    """What the person in this session may see of the store."""
    signed_in = configured() and _signed_in()
    email = st.user.get("email") if signed_in else None
    return access(rules(), signed_in, str(email) if email else None)


def gate(organisation: str | None = None, key: str = "sign_in") -> Access | None:
    """The person's access, or None after drawing why not (a sign-in button, no data).

    `organisation`: the data shown belongs to it, so the person must be allowed to see it.
    """
    found = current()
    if not found.allowed:
        st.info(tr(found.reason))
        if found.reason == "auth_sign_in_needed":
            st.button(tr("auth_sign_in"), key=key, type="primary", on_click=st.login)
        return None
    if organisation is not None and not found.may_see(organisation):
        st.warning(tr("auth_other_organisation", organisation=found.organisation or ""))
        return None
    return found


def may_change(organisation: str) -> bool:
    """Without drawing anything: may this person change the organisation's stored data?"""
    return current().may_see(organisation)


def frame() -> None:
    """Every page: who is signed in (and sign-out), or how the app is exposed without sign-in.

    Served beyond this machine with neither sign-in nor the explicit setting, the
    app stops: anyone reaching it would see every organisation's history.
    """
    if configured():
        with st.sidebar:
            if _signed_in():
                who = st.user.get("email") or st.user.get("name") or ""
                st.caption(tr("auth_signed_in_as", who=str(who)))
                st.button(tr("auth_sign_out"), key="sign_out", on_click=st.logout)
        return
    if is_loopback_bind(st.get_option("server.address")):
        st.sidebar.caption(tr("auth_local_only"))
    elif settings.allow_anonymous():
        st.warning(tr("auth_anonymous_banner"), icon=":material/lock_open:")
    else:
        st.error(tr("auth_network_needs_sign_in"))
        st.stop()


def warn_if_local(link: str) -> None:
    """Links on localhost open only on the machine they were made on: say so where they are shown."""
    if is_local_address(link):
        st.warning(tr("round_links_local"), icon=":material/warning:")
