"""Bare fill-in page: title, intro, organisation and role, then (in a fragment, as in the app) the
progress "Besvarade: N av 36", its caption, the area radio, the area heading, six horizontal radios
with six options, each with its help as a caption below it (as the app shows it), and the step
buttons; "Se resultatet" on the last area. Texts are fixed strings of about the app's lengths, in
Swedish or English after the sidebar's language radio.
"""

from __future__ import annotations

import streamlit as st

AREAS = 6
ITEMS = 6
OPTIONS = (1, 2, 3, 4, 5, 0)
TEXT = {
    "sv": {
        "labels": ("Vet ej", "Stämmer inte alls", "Stämmer till liten del", "Stämmer delvis",
                   "Stämmer till stor del", "Stämmer helt"),
        "area": "Område nummer",
        "statement": "Ett påstående om hur organisationen leder digitaliseringen, lika långt som appens. ",
        "help": "Ett konkret exempel på hur det ser ut när påståendet stämmer, lika långt som appens. ",
        "intro": "Bedöm hur väl varje påstående stämmer för er organisation och dess ledning. " * 3,
        "progress": "Besvarade: {done} av {total}",
        "nav": "Område", "prev": "← Föregående område", "next": "Nästa område →",
        "results": "Se resultatet", "org": "Organisation (kommun eller region)", "role": "Din roll",
        "title": "Att leda digitalisering – självskattning",
    },
    "en": {
        "labels": ("Don't know", "Not at all true", "True to a small extent", "Partly true",
                   "True to a large extent", "Fully true"),
        "area": "Area number",
        "statement": "A statement about how the organisation leads digitalisation, as long as the app's. ",
        "help": "A concrete example of what it looks like when the statement holds, as long as the app's. ",
        "intro": "Rate how well each statement holds for your organisation and its leadership. " * 3,
        "progress": "Answered: {done} of {total}",
        "nav": "Area", "prev": "← Previous area", "next": "Next area →",
        "results": "See the results", "org": "Organisation (municipality or region)", "role": "Your role",
        "title": "Leading digitalisation – self-assessment",
    },
}  # fmt: skip
lang = st.session_state.get("lang", "sv")
tx = TEXT[lang]
titles = [f"{n}. {tx['area']} {n}" for n in range(1, AREAS + 1)]

st.title(tx["title"])
st.write(tx["intro"])
left, right = st.columns([3, 2])
left.text_input(tx["org"], key="organisation", max_chars=120)
right.radio(tx["role"], ("Förtroendevald", "Tjänsteperson", "Annan roll"), index=None, key=f"role_{lang}")

answers: dict[str, int] = st.session_state.setdefault("answers", {})


def _record(key: str, name: str) -> None:
    answers[name] = st.session_state[key]


def _go(step: int) -> None:
    st.session_state["area"] = step
    st.session_state[f"area_step_{lang}"] = step


@st.fragment
def area_form() -> None:
    done = len(answers)
    st.progress(done / (AREAS * ITEMS), text=tx["progress"].format(done=done, total=AREAS * ITEMS))
    st.caption(" · ".join(f"{n}: 0/{ITEMS}" for n in range(1, AREAS + 1)))
    step_key = f"area_step_{lang}"
    st.session_state.setdefault(step_key, st.session_state.get("area", 0))
    step = st.radio(
        tx["nav"],
        tuple(range(AREAS)),
        format_func=lambda i: titles[i],
        key=step_key,
        horizontal=True,
        on_change=lambda: st.session_state.update(area=st.session_state[step_key]),
    )
    st.header(titles[step])
    st.caption("Bygger på ett avsnitt i artikeln.")
    st.write(tx["intro"])
    for n in range(ITEMS):
        name = f"{step}_{n}"
        key = f"q_{name}" if lang == "sv" else f"q_{name}_en"
        st.radio(
            f"{step + 1}.{n + 1} {tx['statement']}",
            OPTIONS,
            index=OPTIONS.index(answers[name]) if name in answers else None,
            key=key,
            format_func=lambda v: f"{v} {tx['labels'][v]}" if v else tx["labels"][v],
            horizontal=True,
            on_change=_record,
            args=(key, name),
        )
        st.caption(tx["help"])  # on the page, as the app shows it, not in a tooltip
    back, _, forward = st.columns([1, 2, 1])
    if step > 0:
        back.button(tx["prev"], key="prev_area", on_click=_go, args=(step - 1,))
    if step < AREAS - 1:
        forward.button(tx["next"], key="next_area", type="primary", on_click=_go, args=(step + 1,))
    else:
        forward.page_link("bare_pages/results.py", label=tx["results"], icon=":material/bar_chart:")


area_form()
