"""Streamlit entry: language, navigation and page wiring. Deliberately thin."""

from __future__ import annotations

import streamlit as st

from scoring.errors import QuestionnaireError
from ui import autosave
from ui.state import lang, questionnaire, tr

st.set_page_config(
    page_title="Digitalt ledarskap – självskattning", page_icon=":material/insights:", layout="wide"
)

with st.sidebar:
    st.radio(
        "Språk / Language",
        ("sv", "en"),
        format_func=lambda code: "Svenska" if code == "sv" else "English",
        key="lang",
        horizontal=True,
    )

try:
    questionnaire()
except QuestionnaireError as error:
    st.error(tr("questionnaire_broken"))
    st.code(str(error), language=None)
    st.stop()

autosave.restore()

pages = {
    "fill_in": st.Page(
        "ui/pages/fill_in.py",
        title=tr("nav_fill_in"),
        url_path="fyll-i",
        default=True,
        icon=":material/edit:",
    ),
    "results": st.Page(
        "ui/pages/results.py", title=tr("nav_results"), url_path="resultat", icon=":material/bar_chart:"
    ),
    "compare": st.Page(
        "ui/pages/compare.py", title=tr("nav_compare"), url_path="jamfor", icon=":material/compare_arrows:"
    ),
    "round": st.Page("ui/pages/round.py", title=tr("nav_round"), url_path="runda", icon=":material/groups:"),
    "history": st.Page(
        "ui/pages/history.py", title=tr("nav_history"), url_path="historik", icon=":material/history:"
    ),
    "method": st.Page(
        "ui/pages/method.py", title=tr("nav_method"), url_path="om-metoden", icon=":material/info:"
    ),
    "accessibility": st.Page(
        "ui/pages/accessibility.py",
        title=tr("nav_accessibility"),
        url_path="tillganglighet",
        icon=":material/accessibility:",
    ),
}
st.session_state["_pages"] = pages
current = st.navigation(list(pages.values()))
# Streamlit serves <html lang="en">; screen readers need the language actually shown.
st.html(f"<script>document.documentElement.lang = '{lang()}';</script>", unsafe_allow_javascript=True)
autosave.notices()
current.run()
