"""Who sees what: the other-seat note, the own-seat counts and the political self-view."""

from __future__ import annotations

from scoring.agenda import statement_code
from scoring.model import Questionnaire
from scoring.results import new_result
from scoring.seats import other_seat, own_seat_counts, political_self_view, self_view_table


def test_the_other_seat_is_named_only_when_the_item_is_judged_from_there_alone(
    questionnaire: Questionnaire,
) -> None:
    officials_only = next(i for i in questionnaire.items if i.answerable_by == "officials")
    both = next(i for i in questionnaire.items if i.answerable_by == "both")
    assert other_seat(officials_only, "politician") == "official"
    assert other_seat(officials_only, "official") is None
    assert other_seat(both, "politician") is None
    assert other_seat(officials_only, None) is None


def test_each_role_counts_the_statements_it_can_judge_from_its_own_seat(
    questionnaire: Questionnaire,
) -> None:
    counts = own_seat_counts(questionnaire)
    items = questionnaire.items
    assert counts["politician"] == sum(i.answerable_by in ("politicians", "both") for i in items)
    assert counts["official"] == sum(i.answerable_by in ("officials", "both") for i in items)
    assert 0 < counts["politician"] <= len(items)


def test_the_political_self_view_needs_three_in_each_role(questionnaire: Questionnaire) -> None:
    answers = {i.id: 4 for i in questionnaire.items}
    two_each = [new_result(questionnaire, answers, "", r) for r in ("politician", "official") * 2]
    assert political_self_view(questionnaire, two_each) == ()


def test_the_political_self_view_sets_the_politicians_beside_the_officials(
    questionnaire: Questionnaire,
) -> None:
    mine = {i.id: 5 for i in questionnaire.items}
    theirs = {i.id: 2 for i in questionnaire.items}
    people = [new_result(questionnaire, mine, "", "politician") for _ in range(3)]
    people += [new_result(questionnaire, theirs, "", "official") for _ in range(3)]
    views = political_self_view(questionnaire, people)
    political = [i.id for i in questionnaire.items if i.about == "political"]
    assert [v.id for v in views] == political
    factor = next(v for v in views if questionnaire.item(v.id).kind == "factor")
    assert factor.gap.politicians == 100.0 and factor.gap.officials == 25.0 and factor.gap.clear
    table = self_view_table(questionnaire, views, "sv")
    assert table.headers("sv")[1:3] == ["Förtroendevalda om sig själva", "Tjänstepersoner om dem"]
    assert table.formatted("sv")[0][1] in {"100,0", "0,0"}


def test_a_statement_code_is_its_area_and_place(questionnaire: Questionnaire) -> None:
    assert statement_code(questionnaire, questionnaire.areas[0].items[2].id) == "1.3"
    assert statement_code(questionnaire, questionnaire.areas[1].items[0].id) == "2.1"
