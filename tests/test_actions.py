"""The action plan's rules, and the next assessment checking it (scoring.actions, scoring.tables)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from scoring.actions import (
    SINGLE_RUN_THRESHOLD,
    Action,
    ActionError,
    ActionFields,
    action_fields,
    areas_of,
    check_plan,
    is_overdue,
    parse_due,
)
from scoring.compare import compare
from scoring.model import Questionnaire
from scoring.results import Result, new_result
from scoring.tables import action_check_table, open_actions_table, plan_table
from scoring.team import compare_rounds

TODAY = date(2026, 12, 2)
WHEN = datetime(2026, 1, 1, tzinfo=UTC)


def an_action(fields: ActionFields, action_id: int = 1) -> Action:
    return Action(action_id, f"uid-{action_id:0>16}", "Exempelkommun", fields, WHEN, "", WHEN, "")


def first_items(q: Questionnaire, area: int, count: int) -> list[str]:
    return [item.id for item in q.areas[area].items[:count]]


# --- fields ------------------------------------------------------------------------


def test_valid_fields_are_kept_with_items_in_questionnaire_order(questionnaire: Questionnaire) -> None:
    first, second = questionnaire.items[0].id, questionnaire.items[1].id
    fields = action_fields(
        questionnaire,
        title="  Utbilda nämnden  ",
        items=[second, first, second],
        owner="Kommundirektör",
        due="2027-03-31",
        status="in_progress",
        note="Start i februari",
    )
    assert fields == ActionFields(
        "Utbilda nämnden",
        (first, second),
        "Kommundirektör",
        date(2027, 3, 31),
        "in_progress",
        "Start i februari",
    )


@pytest.mark.parametrize("title", ["", "   ", "x" * 201])
def test_a_title_must_have_one_to_two_hundred_characters(questionnaire: Questionnaire, title: str) -> None:
    with pytest.raises(ActionError) as caught:
        action_fields(questionnaire, title=title, items=[questionnaire.items[0].id])
    assert caught.value.key == "action_err_title"
    assert "200" in caught.value.message("sv")


def test_a_title_of_exactly_two_hundred_characters_is_taken(questionnaire: Questionnaire) -> None:
    assert len(action_fields(questionnaire, title="x" * 200, items=[questionnaire.items[0].id]).title) == 200


def test_items_must_exist_in_the_questionnaire(questionnaire: Questionnaire) -> None:
    with pytest.raises(ActionError) as caught:
        action_fields(questionnaire, title="T", items=["no-such-item"])
    assert caught.value.key == "action_err_item" and "no-such-item" in str(caught.value)


def test_an_action_needs_at_least_one_item(questionnaire: Questionnaire) -> None:
    for items in ([], "a-string-is-not-a-list"):
        with pytest.raises(ActionError) as caught:
            action_fields(questionnaire, title="T", items=items)
        assert caught.value.key == "action_err_no_items"


def test_the_status_must_be_one_of_the_four(questionnaire: Questionnaire) -> None:
    with pytest.raises(ActionError) as caught:
        action_fields(questionnaire, title="T", items=[questionnaire.items[0].id], status="finished")
    assert caught.value.key == "action_err_status"


@pytest.mark.parametrize("due", ["2027-02-30", "31/03/2027", "2027-3-1", "tomorrow", 20270331])
def test_a_due_date_must_be_an_iso_date(due: object) -> None:
    with pytest.raises(ActionError) as caught:
        parse_due(due)  # type: ignore[arg-type]
    assert caught.value.key == "action_err_due"


def test_no_due_date_is_allowed() -> None:
    assert parse_due(None) is None and parse_due("") is None
    assert parse_due(date(2027, 1, 1)) == date(2027, 1, 1)


def test_fields_are_frozen(questionnaire: Questionnaire) -> None:
    fields = action_fields(questionnaire, title="T", items=[questionnaire.items[0].id])
    with pytest.raises(AttributeError):
        fields.title = "other"  # type: ignore[misc]


def test_an_action_is_overdue_when_its_date_passed_and_it_is_still_open(questionnaire: Questionnaire) -> None:
    item = questionnaire.items[0].id
    yesterday = TODAY - timedelta(days=1)
    for status, overdue in (("planned", True), ("in_progress", True), ("done", False), ("dropped", False)):
        fields = action_fields(questionnaire, title="T", items=[item], due=yesterday, status=status)
        assert is_overdue(fields, TODAY) is overdue
    assert not is_overdue(action_fields(questionnaire, title="T", items=[item], due=TODAY), TODAY)
    assert not is_overdue(action_fields(questionnaire, title="T", items=[item]), TODAY)


def test_an_action_s_areas_are_those_of_its_items(questionnaire: Questionnaire) -> None:
    items = [questionnaire.areas[2].items[0].id, questionnaire.areas[0].items[1].id]
    fields = action_fields(questionnaire, title="T", items=items)
    assert areas_of(questionnaire, fields) == (questionnaire.areas[0].id, questionnaire.areas[2].id)


# --- checking the plan against two rounds --------------------------------------------


def respondent(q: Questionnaire, answers: dict[str, int], base: int) -> Result:
    return new_result(q, {item.id: answers.get(item.id, base) for item in q.items}, "Exempelkommun")


def a_round(q: Questionnaire, improved: list[str], value: int) -> list[Result]:
    # Five respondents who differ from each other, so each round has a spread to measure.
    return [respondent(q, dict.fromkeys(improved, value), base) for base in (2, 3, 3, 4, 2)]


def test_round_two_improving_one_action_s_items_makes_it_a_clear_improvement_and_the_other_not(
    questionnaire: Questionnaire,
) -> None:
    q = questionnaire
    improved = first_items(q, 0, 4)
    untouched = first_items(q, 1, 2)
    plan = [
        an_action(action_fields(q, title="Förbättra område 1", items=improved), 1),
        an_action(action_fields(q, title="Förbättra område 2", items=untouched), 2),
    ]
    factor_ids = [i for i in improved if q.item(i).kind == "factor"]
    rounds = compare_rounds(q, a_round(q, factor_ids, 1), a_round(q, factor_ids, 5))
    first, second = check_plan(q, plan, rounds, TODAY)
    assert first.verdict == "clear_improvement"
    assert first.item_delta is not None and first.item_delta > 0
    assert second.verdict == "no_clear_change"
    assert second.item_delta == 0.0 and second.area_delta == 0.0


def test_a_clear_decline_is_reported_for_rounds(questionnaire: Questionnaire) -> None:
    q = questionnaire
    items = [i for i in first_items(q, 0, 4) if q.item(i).kind == "factor"]
    plan = [an_action(action_fields(q, title="T", items=items))]
    rounds = compare_rounds(q, a_round(q, items, 5), a_round(q, items, 1))
    assert check_plan(q, plan, rounds, TODAY)[0].verdict == "clear_decline"


# --- checking the plan against two single runs --------------------------------------


def test_single_runs_need_one_answer_step_on_average_to_count_as_clear(questionnaire: Questionnaire) -> None:
    q = questionnaire
    factors = [i.id for i in q.areas[0].items if i.kind == "factor"][:2]
    plan = [an_action(action_fields(q, title="T", items=factors))]
    before = new_result(q, dict.fromkeys(factors, 2))
    one_step = new_result(q, dict.fromkeys(factors, 3))
    half_step = new_result(q, {factors[0]: 3, factors[1]: 2})
    assert SINGLE_RUN_THRESHOLD == 25.0
    [clear] = check_plan(q, plan, compare(q, before, one_step), TODAY)
    assert (clear.verdict, clear.item_delta) == ("clear_improvement", 25.0)
    [unclear] = check_plan(q, plan, compare(q, before, half_step), TODAY)
    assert (unclear.verdict, unclear.item_delta) == ("no_clear_change", 12.5)
    [down] = check_plan(q, plan, compare(q, one_step, before), TODAY)
    assert down.verdict == "clear_decline"


def test_an_action_whose_items_were_not_answered_in_both_runs_cannot_be_judged(
    questionnaire: Questionnaire,
) -> None:
    q = questionnaire
    item = q.items[0].id
    plan = [an_action(action_fields(q, title="T", items=[item]))]
    [check] = check_plan(q, plan, compare(q, new_result(q, {}), new_result(q, {item: 4})), TODAY)
    assert check.verdict == "cannot_judge" and check.item_delta is None


# --- tables ----------------------------------------------------------------------------


def test_the_check_table_shows_each_action_with_its_change_verdict_and_overdue_flag(
    questionnaire: Questionnaire,
) -> None:
    q = questionnaire
    item = next(i.id for i in q.areas[0].items if i.kind == "factor")
    late = an_action(action_fields(q, title="Sen", items=[item], due=TODAY - timedelta(days=1)))
    table = action_check_table(
        q, [late], compare(q, new_result(q, {item: 2}), new_result(q, {item: 4})), "sv", TODAY
    )
    assert table.headers("sv") == [
        "Åtgärd", "Bedömning", "Förändring påståenden", "Förändring område",
        "Område", "Status", "Klart senast", "Försenad",
    ]  # fmt: skip
    [row] = table.formatted("sv")
    assert row[0] == "Sen" and row[1] == "Tydlig förbättring" and row[2] == "+50,0"
    assert row[5] == "Planerad" and row[7] == "Försenad"


def test_the_open_actions_table_leaves_out_done_and_dropped(questionnaire: Questionnaire) -> None:
    q = questionnaire
    item = q.items[0].id
    plan = [
        an_action(action_fields(q, title=f"A {status}", items=[item], status=status), n)
        for n, status in enumerate(("planned", "in_progress", "done", "dropped"), start=1)
    ]
    table = open_actions_table(q, plan, "en", TODAY)
    assert [row[0] for row in table.rows] == ["A planned", "A in_progress"]
    assert [row[4] for row in table.rows] == ["Planned", "In progress"]


def test_the_plan_table_names_statements_and_keeps_an_item_the_questionnaire_lost(
    questionnaire: Questionnaire,
) -> None:
    q = questionnaire
    kept = an_action(action_fields(q, title="T", items=[q.items[0].id]))
    renamed = an_action(ActionFields("Old", ("an-old-item-id",)), 2)
    rows = plan_table(q, [kept, renamed], "sv", TODAY).formatted("sv")
    assert rows[0][2] == q.items[0].text("sv")
    assert rows[1][1] == "–" and rows[1][2] == "an-old-item-id"
