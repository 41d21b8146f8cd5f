"""Baseline for the results page, inside bare_fill_in.py's navigation: the same charts and tables,
drawn with st.vega_lite_chart as the app does and with nothing else to do.

The two Altair charts come from scoring.charts for the same answers as the benchmark
gives the app, built on the first run and kept in session state, so each run only pays what
Streamlit costs to draw them: st.vega_lite_chart(theme=None) for both charts, a dataframe
in an expander under each, and the page's other elements as fixed text (title, two
metrics, subheaders, lists, five download buttons with small fixed files).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import streamlit as st

from scoring import charts
from scoring.questionnaire import load_questionnaire
from scoring.score import score

# The same answers as benchmarks/run.py gives the app (its results_answers).
CYCLE = (4, 2, 5, 3, 1, 4, None)


def _prepared() -> tuple[dict[str, Any], list[dict[str, Any]], dict[str, Any], list[dict[str, Any]]]:
    q = load_questionnaire(Path(__file__).resolve().parent.parent.parent / "questions.yaml")
    scores = score(q, {item.id: CYCLE[i % len(CYCLE)] for i, item in enumerate(q.items)})
    area_table = [
        {"Område": r["area"], "Resultat": r["score"], "Nivå": r["level"]}
        for r in charts.area_rows(q, scores, "sv")
    ]
    item_table = [
        {"Område": r["area"], "Påstående": r["text"], "Typ": r["kind"], "Resultat": r["score"]}
        for r in charts.item_rows(q, scores, "sv")
    ]
    return (
        charts.strengths_gaps_chart(q, scores, "sv").to_dict(),
        area_table,
        charts.item_chart(q, scores, "sv").to_dict(),
        item_table,
    )


LINE = "- Ett påstående ungefär lika långt som appens påståenden *(Område, 75,0)*"

# Built on the first run and kept in the session: no cache key to hash on later runs.
if "_prepared" not in st.session_state:
    st.session_state["_prepared"] = _prepared()
strengths_gaps, area_table, item_view, item_table = st.session_state["_prepared"]
st.title("Resultat")
left, right = st.columns(2)
left.metric("Samlat index (0–100)", "50,0")
right.metric("Nivå", "Utvecklas")
st.write("En beskrivning av nivån, ungefär lika lång som appens. " * 2)
st.caption("Underlag: 31 av 36 påståenden besvarade med 1–5 (”Vet ej” räknas inte).")

st.vega_lite_chart(strengths_gaps, theme=None, width="stretch")
with st.expander("Visa diagrammets data som tabell"):
    st.dataframe(area_table, hide_index=True)

left, right = st.columns(2)
with left:
    st.header("Största styrkor")
    st.markdown("\n".join([LINE] * 5))
with right:
    st.header("Största gap")
    st.markdown("\n".join([LINE] * 5))
st.header("Fallgropar ni befinner er i")
st.markdown("\n".join([LINE] * 4))
st.header("Nästa steg för de svagaste områdena")
for area in ("Område ett", "Område två"):
    st.markdown(f"**{area}**")
    st.markdown("\n".join(["- Ett konkret nästa steg för området."] * 3))

st.header("Påstående för påstående")
st.vega_lite_chart(item_view, theme=None)
with st.expander("Visa diagrammets data som tabell"):
    st.dataframe(item_table, hide_index=True)

st.header("Ladda ned")
cols = st.columns(5)
files = [("PNG", "image/png"), ("SVG", "image/svg+xml"), ("JSON", "application/json")]
files += [("CSV", "text/csv"), ("HTML", "text/html")]
for n, (name, mime) in enumerate(files):
    cols[n].download_button(name, data=b"x" * 2000, file_name=f"fil.{name.lower()}", mime=mime, key=f"dl{n}")
st.caption("Filerna skapas när du klickar.")
st.header("Spara mätningen")
st.info("Fyll i organisationens namn för att kunna spara.")
st.caption("Sparade mätningar visas under Historik.")
