"""Bare facilitator view: the elements the app's round page draws for the benchmark's round of
30 responses, in the same order and nesting, with no app logic on the way.

Everything that comes from data (chart specs, table rows, agenda texts) is computed once per
server from the same seeded answers as benchmarks/run.py's round (st.cache_resource); each run
then only draws: the count and its metrics, the team chart, one box per agenda entry with its
distribution chart and the two recording widgets and the action form, the list of every split
statement, the roles chart and tables, the spread chart, the comparison inputs and the three
report buttons. No store, no aggregation, no sign-in rules, no translations.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import streamlit as st

from scoring import charts, tables, team_charts
from scoring.agenda import agenda, role_sides, statement_code
from scoring.questionnaire import load_questionnaire
from scoring.results import ROLES, new_result
from scoring.seats import political_self_view, self_view_table
from scoring.strings import t
from scoring.team import aggregate, own_scores

RESPONSES = 30
OPTIONS = (None, 1, 2, 3, 4, 5)


@dataclass(frozen=True)
class Entry:
    title: str
    why: str
    spec: dict[str, Any]
    counts: str
    difference: str | None  # the roles' difference, where both answered it
    discussion: tuple[str, ...]
    code: str


@dataclass(frozen=True)
class Page:
    team: dict[str, Any]
    team_rows: list[dict[str, str]]
    entries: tuple[Entry, ...]
    split: tuple[tuple[str, str, str, bool], ...]  # title, counts, code, on the agenda
    roles: dict[str, Any]
    roles_rows: list[dict[str, str]]
    self_rows: list[dict[str, str]]
    spread: dict[str, Any]
    spread_rows: list[dict[str, object]]


def _rows(table: tables.Table) -> list[dict[str, str]]:
    return [dict(zip(table.headers("sv"), row, strict=True)) for row in table.formatted("sv")]


@st.cache_resource(show_spinner=False)
def _page() -> Page:
    q = load_questionnaire(Path(__file__).resolve().parent.parent.parent / "questions.yaml")
    rng = random.Random(30)  # the same answers as run.py's seed_round
    answers = [{i.id: rng.choice((1, 2, 3, 4, 5, None)) for i in q.items} for _ in range(RESPONSES)]
    people = [new_result(q, given, "Kommun", ROLES[n % len(ROLES)]) for n, given in enumerate(answers)]
    team = aggregate(q, people)
    own = [own_scores(q, p.answers) for p in people]
    labels = {p.value: f"{p.value} {p.label('sv')}" for p in q.scale.points}
    entries = agenda(q, people)
    sides = role_sides(q, people)
    assert sides is not None

    def counts(distribution: Any, dont_know: int) -> str:
        shown = " · ".join(f"{labels[v]}: {distribution.get(v, 0)}" for v in range(1, 6))
        return f"{shown} · Vet ej: {dont_know}"

    return Page(
        team=charts.strengths_gaps_chart(q, team.scores, "sv").to_dict(),
        team_rows=_rows(tables.area_table(q, team.scores, "sv")),
        entries=tuple(
            Entry(
                title=f"{e.rank}. {statement_code(q, e.id)} {q.item(e.id).text('sv')}",
                why=t(f"ws_why_{e.reason}", "sv"),
                spec=team_charts.distribution_chart(e.distribution, e.dont_know, labels, "sv").to_dict(),
                counts=counts(e.distribution, e.dont_know),
                difference=(
                    f"Förtroendevalda {e.roles.politicians}, tjänstepersoner {e.roles.officials}: "
                    f"skillnad {e.roles.difference} ± {e.roles.margin} poäng."
                    if e.roles is not None and e.roles.difference is not None
                    else None
                ),
                discussion=q.area_of(e.id).discussion("sv"),
                code=statement_code(q, e.id),
            )
            for e in entries
        ),
        split=tuple(
            (
                f"**{statement_code(q, i)} {q.item(i).text('sv')}**",
                counts(team.item(i).distribution, team.item(i).dont_know),
                statement_code(q, i),
                i in {e.id for e in entries},
            )
            for i in team.split_items
        ),
        roles=team_charts.role_sides_chart(q, sides, "sv").to_dict(),
        roles_rows=_rows(tables.role_sides_table(q, "sv", sides)),
        self_rows=_rows(self_view_table(q, political_self_view(q, people), "sv")),
        spread=team_charts.spread_chart(q, own, team.scores, "sv").to_dict(),
        spread_rows=list(team_charts.spread_summary(q, own, "sv")),
    )


def _record(code: str) -> None:
    left, right = st.columns([1, 2])
    left.selectbox(f"Gruppens svar på {code}", OPTIONS, key=f"agreed_{code}")
    right.text_input(f"Varför, kort ({code})", max_chars=300, key=f"rationale_{code}")


def _action_form(code: str) -> None:
    advice = "Ett förslag på åtgärd ungefär lika långt som appens råd."
    with st.expander("Lägg till som åtgärd"), st.form(f"item_{code}", clear_on_submit=True, border=False):
        st.text_input("Åtgärd", advice, key=f"ia_{code}_t")
        left, right = st.columns(2)
        left.text_input("Ansvarig", key=f"ia_{code}_o")
        right.date_input("Klart senast", value=None, format="YYYY-MM-DD", key=f"ia_{code}_d")
        st.form_submit_button("Lägg till", type="primary")


page = _page()
st.title("Teamrundans resultat")
st.header("Kommun")
st.markdown("### Öppen")
st.subheader("Svaren som kommit in")


@st.fragment(run_every=5)
def _count() -> None:
    st.markdown(f"## {RESPONSES} svar")
    for col, label in zip(st.columns(3), ("Förtroendevald", "Tjänsteperson", "Annan roll"), strict=True):
        col.metric(label, RESPONSES // 3)
    st.write(f"{RESPONSES} av {RESPONSES} personliga länkar använda")


_count()
st.caption("Varje deltagare har en egen länk.")
st.button("Stäng rundan", key="round_toggle")
st.html("<style>.st-key-workshop p, .st-key-workshop label { font-size: 1.25rem; }</style>")
with st.container(key="workshop"):
    st.header("Teamets resultat", anchor=False)
    st.subheader("Index 3,0 av 5: på väg", anchor=False)
    st.vega_lite_chart(page.team, theme=None, width="stretch")
    with st.expander("Visa som tabell"):
        st.table(page.team_rows, hide_index=True)
    st.header("Att samtala om", anchor=False)
    st.write("Påståendena där gruppen är mest oenig, först.")
    for n, entry in enumerate(page.entries, start=1):
        with st.container(border=True, key=f"agenda_{n}"):
            st.subheader(entry.title, anchor=False)
            st.markdown(f"**{entry.why}**")
            st.vega_lite_chart(entry.spec, theme=None)
            st.caption(entry.counts)
            if entry.difference is not None:
                st.write(entry.difference)
            for question in entry.discussion:
                st.markdown(f"- {question}")
            _record(entry.code)
            _action_form(entry.code)
    with st.expander("Alla påståenden där gruppen är oenig"):
        st.write("Påståenden där svaren spretar.")
        for title, counts, code, on_agenda in page.split:
            st.markdown(title)
            st.caption(counts)
            if not on_agenda:
                _record(code)
    st.header("Förtroendevalda och tjänstepersoner", anchor=False)
    st.vega_lite_chart(page.roles, theme=None, width="stretch")
    st.table(page.roles_rows, hide_index=True)
    st.caption("Förtroendevalda ser främst en del av påståendena från sin plats.")
    st.caption("Tjänstepersoner ser främst en annan del av påståendena från sin plats.")
    st.subheader("De förtroendevaldas självbild", anchor=False)
    st.table(page.self_rows, hide_index=True)
    st.caption("Enskilda svar visas aldrig.")
st.header("Hur lika ser ni på saken?", anchor=False)
st.vega_lite_chart(page.spread, theme=None, width="stretch")
with st.expander("Visa som tabell"):
    st.table(page.spread_rows, hide_index=True)
st.header("Jämförelse")
st.selectbox("Jämför med", ("Ingen jämförelse",), key="round_previous_run")
st.text_input("Länk till en tidigare runda", key="round_previous_link", help="Klistra in länken.")
st.header("Rapport")
for col, label in zip(st.columns(3), ("Rapport (HTML)", "Rapport (PDF)", "Rapport (Word)"), strict=True):
    col.download_button(label, data=b"rapport", file_name="rapport.txt", on_click="ignore")
st.caption("Skriv ut rapporten från webbläsaren.")
