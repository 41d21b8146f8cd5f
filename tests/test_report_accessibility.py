"""The HTML report for people who cannot see its charts: text alternatives and heading order."""

from __future__ import annotations

import itertools
import re

from scoring.model import Questionnaire
from scoring.report import round_input, round_report, single_report
from scoring.results import new_result


def _report(questionnaire: Questionnaire, team: bool = False) -> str:
    answers = {item.id: (n % 5) + 1 for n, item in enumerate(questionnaire.items)}
    result = new_result(questionnaire, answers, organisation="Testkommun", role="politician")
    if team:
        return round_report(round_input(questionnaire, "Testkommun", [result, result, result], "sv", {}, []))
    return single_report(questionnaire, result, "sv")


def test_the_statement_chart_is_followed_by_a_table_of_every_statement_with_its_score(
    questionnaire: Questionnaire,
) -> None:
    html = _report(questionnaire)
    after_chart = html.split("</figure>")[-1]
    table = re.search(r"<table>.*?</table>", after_chart, re.S)
    assert table, "no table after the statement-by-statement chart"
    for item in questionnaire.items:
        assert item.text("sv")[:30] in table.group(0), f"{item.id} missing from the statement table"


def test_headings_never_skip_a_level_in_a_single_or_a_round_report(questionnaire: Questionnaire) -> None:
    for team in (False, True):
        levels = [int(n) for n in re.findall(r"<h([1-6])[ >]", _report(questionnaire, team))]
        jumps = [(a, b) for a, b in itertools.pairwise(levels) if b > a + 1]
        assert levels[0] == 1 and not jumps, f"team={team}: heading levels {levels}"
