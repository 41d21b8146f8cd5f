"""The brief's next steps become the plan's open actions, and the reports list the plan after the brief."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from scoring.actions import Action, ActionFields, action_fields
from scoring.brief import (
    BRIEF_ACTION_TITLE,
    BRIEF_ACTIONS,
    build_brief,
    open_actions,
    round_input,
    single_input,
)
from scoring.model import Questionnaire
from scoring.report import render, round_report
from scoring.results import Result, new_result
from scoring.score import Scores
from scoring.tables import next_steps, plan_check_table, plan_report_table
from scoring.team import compare_rounds

TODAY = date(2026, 12, 2)
WHEN = datetime(2026, 1, 1, tzinfo=UTC)


def an_action(fields: ActionFields, action_id: int = 1, deleted: bool = False) -> Action:
    return Action(
        action_id,
        f"uid-{action_id:0>16}",
        "Exempelkommun",
        fields,
        WHEN,
        "",
        WHEN,
        "",
        WHEN if deleted else None,
    )


def low_run(q: Questionnaire) -> Result:
    return new_result(q, {item.id: 1 if item.kind == "factor" else 5 for item in q.items}, "Exempelkommun")


def test_without_open_actions_the_brief_keeps_the_advice_for_the_gaps(questionnaire: Questionnaire) -> None:
    q = questionnaire
    closed = [
        an_action(action_fields(q, title="Klar", items=[q.items[0].id], status="done"), 1),
        an_action(action_fields(q, title="Borttagen", items=[q.items[0].id]), 2, deleted=True),
    ]
    brief = build_brief(single_input(q, low_run(q), "sv", plan=closed, today=TODAY))
    assert brief.steps_title == "Nästa steg för gapen" and not brief.steps_from_plan
    assert brief.steps == next_steps(q, brief_scores(q), "sv", limit=3)


def brief_scores(q: Questionnaire) -> Scores:
    return single_input(q, low_run(q), "sv").scores


def test_open_actions_replace_the_next_steps_overdue_first_with_owner_and_date(
    questionnaire: Questionnaire,
) -> None:
    q = questionnaire
    item = q.items[0].id
    plan = [
        an_action(action_fields(q, title="Senare", items=[item], due=TODAY + timedelta(days=9)), 1),
        an_action(action_fields(q, title="Sen", items=[item], owner="KSO", due=TODAY - timedelta(days=1)), 2),
    ]
    brief = build_brief(single_input(q, low_run(q), "sv", plan=plan, today=TODAY))
    assert brief.steps_title == "Handlingsplanens öppna åtgärder" and brief.steps_from_plan
    assert [step.step for step in brief.steps] == ["Sen", "Senare"]
    assert "ansvarig: KSO" in brief.steps[0].title and "Försenad" in brief.steps[0].title
    assert f"klart senast {(TODAY - timedelta(days=1)).isoformat()}" in brief.steps[0].title
    assert brief.steps_note is None


def test_a_round_brief_lists_at_most_three_actions_shortened_and_says_how_many_more(
    questionnaire: Questionnaire,
) -> None:
    q = questionnaire
    plan = [
        an_action(action_fields(q, title=f"{k} " + "x" * 190, items=[q.items[k].id]), k) for k in range(8)
    ]
    people = [low_run(q) for _ in range(3)]
    brief = build_brief(round_input(q, "Exempelkommun", people, "en", plan=plan, today=TODAY))
    assert len(brief.steps) == BRIEF_ACTIONS == 3
    assert all(len(step.step) == BRIEF_ACTION_TITLE and step.step.endswith("…") for step in brief.steps)
    assert brief.steps_note == "… and 5 more, see page 2."


def test_open_actions_leave_out_done_dropped_and_deleted(questionnaire: Questionnaire) -> None:
    q = questionnaire
    item = q.items[0].id
    plan = [
        an_action(action_fields(q, title=status, items=[item], status=status), n)
        for n, status in enumerate(("planned", "in_progress", "done", "dropped"), start=1)
    ] + [an_action(action_fields(q, title="gone", items=[item]), 9, deleted=True)]
    assert [a.title for a in open_actions(plan, TODAY)] == ["planned", "in_progress"]


def test_the_report_lists_the_plan_and_each_action_s_verdict_after_the_brief(
    questionnaire: Questionnaire,
) -> None:
    q = questionnaire
    improved = [i.id for i in q.areas[0].items if i.kind == "factor"]
    other = [q.areas[1].items[0].id]
    plan = [
        an_action(action_fields(q, title="Område ett", items=improved, owner="KSO", note="Varje kvartal"), 1),
        an_action(action_fields(q, title="Område två", items=other, due=TODAY - timedelta(days=3)), 2),
    ]

    def people(value: int) -> list[Result]:
        return [
            new_result(q, {i.id: (value if i.id in improved else base) for i in q.items}, "Exempelkommun")
            for base in (2, 3, 3, 4, 2)
        ]

    before, after = people(1), people(5)
    data = round_input(q, "Exempelkommun", after, "sv", previous=before, plan=plan, today=TODAY)
    html = round_report(data)
    rest = html[html.index("</article>") :]
    assert "<h2>Handlingsplan</h2>" in rest and "Gav åtgärderna effekt?" in rest
    assert "Varje kvartal" in rest and "Försenad" in rest
    checks = plan_check_table(q, plan, compare_rounds(q, before, after), "sv", TODAY).formatted("sv")
    assert [row[:2] for row in checks] == [
        ["Område ett", "Tydlig förbättring"],
        ["Område två", "Ingen tydlig förändring"],
    ]
    assert render(replace(data, plan=())).count("Handlingsplan") == 0


def test_the_plan_table_gives_statements_by_their_chart_numbers_and_leaves_out_deleted_actions(
    questionnaire: Questionnaire,
) -> None:
    q = questionnaire
    plan = [
        an_action(action_fields(q, title="T", items=[q.areas[1].items[2].id]), 1),
        an_action(action_fields(q, title="Borta", items=[q.items[0].id]), 2, deleted=True),
    ]
    table = plan_report_table(q, plan, "sv", TODAY)
    assert table.headers("sv") == [
        "Åtgärd", "Påståenden", "Ansvarig", "Klart senast", "Status", "Försenad", "Anteckning",
    ]  # fmt: skip
    [row] = table.formatted("sv")
    assert row[1].startswith(f"2.3 {q.areas[1].items[2].short('sv')}") and row[1].endswith(
        f"({q.area_label(q.areas[1].id, 'sv')})"
    )
