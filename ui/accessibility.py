"""Tillgänglighetsredogörelse: the accessibility statement the law asks for."""

from __future__ import annotations

import streamlit as st

from ui import settings
from ui.state import tr


def render() -> None:
    st.title(tr("a11y_title"))
    st.markdown(tr("a11y_intro"))
    st.header(tr("a11y_status_title"))
    st.markdown(tr("a11y_status"))
    st.header(tr("a11y_gaps_title"))
    st.markdown(tr("a11y_gaps"))
    st.header(tr("a11y_report_title"))
    contact = settings.contact()
    st.markdown(tr("a11y_report", contact=contact or tr("a11y_contact_default")))
    st.header(tr("a11y_enforcement_title"))
    st.markdown(tr("a11y_enforcement"))
    st.header(tr("a11y_method_title"))
    st.markdown(tr("a11y_method"))
