"""Baseline for the app's entry and fill-in page: the same elements, the same navigation, no app logic.

Like app.py, it sets the page, draws the language radio in the sidebar and runs one of
eight pages through `st.navigation` (the app's count). The fill-in, results and round
pages draw what the app's do (bare_pages/); the other five are empty. No questionnaire
lookup, no scoring, no store.
"""

from __future__ import annotations

import streamlit as st

st.set_page_config(page_title="Baslinje", layout="wide")

with st.sidebar:
    st.radio(
        "Språk / Language",
        ("sv", "en"),
        format_func=lambda code: "Svenska" if code == "sv" else "English",
        key="lang",
        horizontal=True,
    )
    st.caption("Appen körs bara på den här datorn.")  # the app says who may reach it here


def _empty() -> None:
    st.title("Sida")


PAGES = [
    st.Page("bare_pages/fill_in.py", title="Fyll i", url_path="fyll-i", icon=":material/edit:", default=True),
    st.Page("bare_pages/results.py", title="Resultat", url_path="resultat", icon=":material/bar_chart:"),
    st.Page(_empty, title="Jämför", url_path="jamfor", icon=":material/compare_arrows:"),
    st.Page("bare_pages/round.py", title="Runda", url_path="runda", icon=":material/groups:"),
    st.Page(_empty, title="Historik", url_path="historik", icon=":material/history:"),
    st.Page(_empty, title="Handlingsplan", url_path="handlingsplan", icon=":material/checklist:"),
    st.Page(_empty, title="Om metoden", url_path="om-metoden", icon=":material/info:"),
    st.Page(_empty, title="Tillgänglighet", url_path="tillganglighet", icon=":material/accessibility:"),
]
current = st.navigation(PAGES)
st.html(
    f"<script>document.documentElement.lang = '{st.session_state.get('lang', 'sv')}';</script>",
    unsafe_allow_javascript=True,
)
current.run()
