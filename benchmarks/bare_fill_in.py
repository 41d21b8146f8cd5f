"""Baseline for the fill-in page: the same elements in the same layout, and no app logic.

What Streamlit itself costs to draw the page: a title, the intro, a text input and a
role radio in two columns, then (in a fragment, as the app has it) a progress bar with
its caption, the area navigation radio, the area heading, six horizontal radios with
six options and help, and two buttons, plus the language radio in the sidebar. Texts
are fixed strings of about the app's lengths. No questionnaire, no scoring, no store.

The progress text is "Besvarade: N av 36", like the app's, so the browser benchmark
can wait for the same change on both.
"""

from __future__ import annotations

import streamlit as st

AREAS = 6
ITEMS = 6
OPTIONS = (1, 2, 3, 4, 5, 0)
LABELS = {1: "Stämmer inte alls", 2: "Stämmer till liten del", 3: "Stämmer delvis"}
LABELS |= {4: "Stämmer till stor del", 5: "Stämmer helt", 0: "Vet ej"}
TITLES = [f"{n}. Område nummer {n}" for n in range(1, AREAS + 1)]
STATEMENT = "Ett påstående om hur organisationen leder digitaliseringen, ungefär lika långt som appens. "
HELP = "Ett konkret exempel på hur det ser ut när påståendet stämmer, ungefär lika långt som appens hjälp. "
INTRO = "Bedöm hur väl varje påstående stämmer för er organisation och dess ledning. " * 3

st.set_page_config(page_title="Baslinje", layout="wide")

with st.sidebar:
    st.radio("Språk / Language", ("sv", "en"), key="lang", horizontal=True)

st.title("Att leda digitalisering – självskattning")
st.write(INTRO)
left, right = st.columns([3, 2])
left.text_input("Organisation (kommun eller region)", key="organisation", max_chars=120)
right.radio("Din roll", ("Förtroendevald", "Tjänsteperson", "Annan roll"), index=None, key="role")

answers: dict[str, int] = st.session_state.setdefault("answers", {})


def _record(key: str) -> None:
    answers[key] = st.session_state[key]


@st.fragment
def area_form() -> None:
    done = len(answers)
    st.progress(done / (AREAS * ITEMS), text=f"Besvarade: {done} av {AREAS * ITEMS}")
    st.caption(" · ".join(f"{n}: 0/{ITEMS}" for n in range(1, AREAS + 1)), help="Per område.")
    step = st.radio(
        "Område",
        tuple(range(AREAS)),
        format_func=lambda i: TITLES[i],
        key="area_step",
        horizontal=True,
    )
    st.header(TITLES[step])
    st.caption("Bygger på ett avsnitt i artikeln.")
    st.write(INTRO)
    for n in range(ITEMS):
        key = f"q_{step}_{n}"
        st.radio(
            f"{step + 1}.{n + 1} {STATEMENT}",
            OPTIONS,
            index=OPTIONS.index(answers[key]) if key in answers else None,
            key=key,
            format_func=lambda v: f"{v} {LABELS[v]}" if v else LABELS[v],
            horizontal=True,
            help=HELP,
            on_change=_record,
            args=(key,),
        )
    back, _, forward = st.columns([1, 2, 1])
    back.button("← Föregående område", key="prev_area")
    forward.button("Nästa område →", key="next_area", type="primary")


area_form()
