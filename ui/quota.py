"""The app's side of the limits: one counter for the server process, this session's id.

The counting itself is `scoring.limits`; this module only wires it to the
settings and the session, and turns a reached limit into a StoreError, so
the pages show it like any other reason nothing was saved.
"""

from __future__ import annotations

import logging

import streamlit as st

from scoring.errors import StoreError
from scoring.limits import Kind, RateCounter
from ui import session, settings

logger = logging.getLogger(__name__)


@st.cache_resource(show_spinner=False)
def counter() -> RateCounter:
    """One counter for every session of this server process."""
    return RateCounter()


def check(kind: Kind) -> None:
    """Count one new draft, round or import; raise a StoreError when a limit for the hour is reached."""
    limit = settings.limits().of(kind)
    scope = counter().take(kind, session.visitor_id(), limit)
    if scope is not None:
        logger.warning("limit reached: %s per hour per %s", kind, scope)
        raise StoreError(f"The limit on {kind} per hour per {scope} is reached.", f"limit_{kind}_{scope}")
