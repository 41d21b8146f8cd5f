"""Bare facilitator view: a heading, counts, the team chart and the spread chart, as the app's round
page draws them for 30 responses, from specs built once per server (st.cache_resource): no store,
no aggregation on the way.
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import streamlit as st

from scoring import charts, team_charts
from scoring.questionnaire import load_questionnaire
from scoring.results import new_result
from scoring.team import aggregate, own_scores

RESPONSES = 30


@st.cache_resource(show_spinner=False)
def _specs() -> tuple[dict[str, Any], dict[str, Any]]:
    q = load_questionnaire(Path(__file__).resolve().parent.parent.parent / "questions.yaml")
    rng = random.Random(30)
    people = [
        new_result(q, {item.id: rng.choice((1, 2, 3, 4, 5, None)) for item in q.items}, "Kommun", None)
        for _ in range(RESPONSES)
    ]
    team = aggregate(q, people)
    own = [own_scores(q, p.answers) for p in people]
    return (
        charts.strengths_gaps_chart(q, team.scores, "sv").to_dict(),
        team_charts.spread_chart(q, own, team.scores, "sv").to_dict(),
    )


team_chart, spread = _specs()
st.title("Teamrunda")
st.write(f"Öppen · {RESPONSES} svar")
cols = st.columns(3)
for col, label in zip(cols, ("Förtroendevald", "Tjänsteperson", "Annan roll"), strict=True):
    col.metric(label, RESPONSES // 3)
st.header("Där gruppen är oenig")
st.markdown("\n".join(["- Ett påstående där svaren spretar, ungefär lika långt som appens."] * 5))
st.header("Teamets resultat")
st.vega_lite_chart(team_chart, theme=None, width="stretch")
st.header("Spridning")
st.vega_lite_chart(spread, theme=None)
