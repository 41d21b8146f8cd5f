"""Tillgänglighetsredogörelse: the accessibility statement the law asks for, in DIGG's form.

Its sections follow DIGG's model statement: who is responsible, how accessible the service is,
what to do instead, how to report a problem, enforcement (with DIGG's notification service),
the compliance status, the content that is not accessible (by WCAG criterion and by user
situation) and how and when it was assessed. docs/accessibility.md holds the same shortcomings
with reproductions for Streamlit's maintainers.
"""

from __future__ import annotations

import streamlit as st

from ui import settings
from ui.state import tr

# The date of the last assessment (manual audit plus the automatic browser tests).
ASSESSED = "2026-12-02"


def render() -> None:
    organisation = settings.public_body() or tr("a11y_organisation_default")
    contact = settings.contact() or tr("a11y_contact_default")
    st.title(tr("a11y_title", app=tr("app_name")))
    st.markdown(tr("a11y_intro", organisation=organisation))
    st.header(tr("a11y_status_title"))
    st.markdown(tr("a11y_status"))
    st.header(tr("a11y_alternative_title"))
    st.markdown(tr("a11y_alternative", contact=contact))
    st.header(tr("a11y_report_title"))
    st.markdown(tr("a11y_report", contact=contact))
    st.header(tr("a11y_enforcement_title"))
    st.markdown(tr("a11y_enforcement"))
    st.header(tr("a11y_technical_title"))
    st.markdown(tr("a11y_technical"))
    st.header(tr("a11y_gaps_title"))
    st.markdown(tr("a11y_gaps_by_criterion"))
    st.markdown(tr("a11y_gaps"))
    st.markdown(tr("a11y_gaps_by_situation"))
    st.markdown(tr("a11y_situations"))
    st.header(tr("a11y_method_title"))
    st.markdown(tr("a11y_method", date=ASSESSED))
