"""The one line of rationale next to an agreed answer, and the charts of the workshop view."""

from __future__ import annotations

from pathlib import Path

import pytest

from scoring.agenda import role_sides
from scoring.errors import StoreError
from scoring.model import Questionnaire
from scoring.results import new_result
from scoring.store import Store
from scoring.store.rounds import MAX_RATIONALE, Rounds
from scoring.tables import role_sides_table
from scoring.team_charts import distribution_chart, role_sides_chart


def test_a_rationale_is_kept_on_one_line_replaced_and_removed(tmp_path: Path) -> None:
    rounds = Rounds(Store(tmp_path / "r.db"))
    links = rounds.create("Kommun")
    rounds.set_rationale(links.round_id, "a", "  Vi  enades\nom fyra ")
    assert rounds.rationales(links.round_id) == {"a": "Vi enades om fyra"}
    rounds.set_rationale(links.round_id, "a", "Ny motivering")
    assert rounds.rationales(links.round_id) == {"a": "Ny motivering"}
    rounds.set_rationale(links.round_id, "a", "   ")
    assert rounds.rationales(links.round_id) == {}


def test_a_rationale_longer_than_the_limit_is_refused(tmp_path: Path) -> None:
    rounds = Rounds(Store(tmp_path / "r.db"))
    links = rounds.create("Kommun")
    with pytest.raises(StoreError) as error:
        rounds.set_rationale(links.round_id, "a", "x" * (MAX_RATIONALE + 1))
    assert error.value.key == "round_rationale_refused"
    assert "300" in error.value.message("sv")


def test_the_distribution_chart_has_a_bar_per_answer_and_dont_know() -> None:
    labels = {v: f"{v} p{v}" for v in range(1, 6)}
    spec = distribution_chart({1: 2, 5: 3}, 1, labels, "sv").to_dict()
    rows = spec["layer"][0]["data"]["values"] if "data" in spec["layer"][0] else spec["data"]["values"]
    assert [r["n"] for r in rows] == [2, 0, 0, 0, 3, 1]
    assert rows[-1]["answer"] == "Vet ej"


def test_politicians_and_officials_are_charted_and_tabled_side_by_side(
    questionnaire: Questionnaire,
) -> None:
    people = [new_result(questionnaire, {i.id: 5 for i in questionnaire.items}, "", "politician")] * 3
    people += [new_result(questionnaire, {i.id: 2 for i in questionnaire.items}, "", "official")] * 3
    sides = role_sides(questionnaire, people)
    assert sides is not None
    spec = role_sides_chart(questionnaire, sides, "sv").to_dict()
    assert spec["title"] == "Förtroendevalda och tjänstepersoner sida vid sida"
    table = role_sides_table(questionnaire, "sv", sides)
    assert table.headers("sv")[:3] == ["Område", "Förtroendevald (n = 3)", "Tjänsteperson (n = 3)"]
    assert table.headers("sv")[-1] == "Tydlig skillnad?"
    assert len(table.rows) == len(questionnaire.areas) + 1
    assert "," in table.formatted("sv")[-1][3]  # Swedish decimal comma in the difference


def test_the_round_report_shows_the_rationale_beside_the_agreed_answer(questionnaire: Questionnaire) -> None:
    from scoring.report import round_input, round_report

    split = questionnaire.items[0].id
    people = [new_result(questionnaire, {split: value}, "", None) for value in (1, 1, 5, 5)]
    html = round_report(
        round_input(questionnaire, "Kommun", people, "sv", {split: 4}, rationales={split: "Vi <följer> upp"})
    )
    assert "Vi &lt;följer&gt; upp" in html
