"""Streamlit entry: language, navigation and page wiring. Deliberately thin."""

from __future__ import annotations

import streamlit as st

from scoring.errors import QuestionnaireError
from ui import a11y, auth, autosave, session, settings
from ui.round import is_respondent_session
from ui.state import freeze_heap_once, lang, questionnaire, tr, warm_up_exports

# (key, file, url path, icon); the title is the string "nav_<key>".
PAGES = (
    ("fill_in", "ui/pages/fill_in.py", "fyll-i", ":material/edit:"),
    ("results", "ui/pages/results.py", "resultat", ":material/bar_chart:"),
    ("compare", "ui/pages/compare.py", "jamfor", ":material/compare_arrows:"),
    ("round", "ui/pages/round.py", "runda", ":material/groups:"),
    ("history", "ui/pages/history.py", "historik", ":material/history:"),
    ("actions", "ui/pages/actions.py", "handlingsplan", ":material/checklist:"),
    ("method", "ui/pages/method.py", "om-metoden", ":material/info:"),
    ("accessibility", "ui/pages/accessibility.py", "tillganglighet", ":material/accessibility:"),
)


RESPONDENT_PAGES = ("round", "method", "accessibility")


def pages() -> dict[str, st.Page]:
    """The navigation, built once per session and language rather than on every rerun.

    A respondent in a team round sees only the round and the two help pages:
    history and results are the organisation's, not theirs to browse.
    """
    respondent = is_respondent_session()
    # The default page is served at "/" and loses its own path, so the round
    # page (reached as /runda?svar=...) must not be the default.
    home = "method" if respondent else "fill_in"
    return session.navigation(
        lang(),
        respondent,
        lambda: {
            key: st.Page(path, title=tr(f"nav_{key}"), url_path=url, icon=icon, default=key == home)
            for key, path, url, icon in PAGES
            if not respondent or key in RESPONDENT_PAGES
        },
    )


st.set_page_config(
    page_title="Digitalt ledarskap – självskattning", page_icon=":material/insights:", layout="wide"
)
warm_up_exports()

with st.sidebar:
    st.radio(
        "Språk / Language",
        ("sv", "en"),
        format_func=lambda code: "Svenska" if code == "sv" else "English",
        key=session.LANG,
        horizontal=True,
    )

try:
    settings.timezone()
    settings.limits()
    settings.public_url()
    settings.organisations()
except settings.SettingError as error:
    st.error(tr("setting_broken"))
    st.code(str(error), language=None)
    st.stop()

try:
    questionnaire()
except QuestionnaireError as error:
    st.error(tr("questionnaire_broken"))
    st.code(str(error), language=None)
    st.stop()

# Answers clicked for this run go to the draft before any page reads it; a run of the
# answers' fragment alone writes them once it has drawn (ui/autosave.write_pending).
autosave.write_pending()
auth.frame()  # who is signed in; or a warning (or a stop) when served to a network without sign-in
autosave.restore()
current = st.navigation(list(pages().values()))
# Page language and title, focus, announcements, visible focus, the draft's address (ui/a11y.py).
a11y.install(current.title, autosave.next_address())
autosave.notices()
current.run()
freeze_heap_once(f"ui.{key}" for key, *_ in PAGES)  # after the page is drawn, once per server
