"""The brief's content: built once, honest about the group, no forced top three."""

from __future__ import annotations

import dataclasses
import math
import re
import statistics

import pytest
from test_report import ALL_THREE, SIX, STEPPED, area_at, result

from scoring import tables
from scoring.brief import (
    BRIEF_STEPS,
    STANDOUT_MARGIN,
    Brief,
    build_brief,
    round_input,
    single_input,
    standouts,
)
from scoring.report import render
from scoring.results import Result, Role
from scoring.score import score
from scoring.strings import t
from scoring.team import own_scores

ALL_CLEAR = ("Inga fallgropar markerade – bra!", "No pitfalls marked – good!")


def praise(text: str) -> list[str]:
    return re.findall(r"\bbra\b|\bgood\b", re.sub(r"<svg.*?</svg>", "", text, flags=re.S), re.I)


def answers_scoring(target: int) -> dict[str, int | None]:
    """Every item of every area at `target` (0, 25, 50, 75 or 100)."""
    answers: dict[str, int | None] = {}
    for area in range(6):
        answers |= area_at(area, target)
    return answers


def brief_of(answers: dict[str, int | None], lang: str = "sv") -> Brief:
    return build_brief(single_input(SIX, result(answers), lang))  # type: ignore[arg-type]


# --- strongest and weakest: only past the margin -------------------------------------------------


def test_a_flat_profile_names_no_area_and_says_so() -> None:
    brief = brief_of(ALL_THREE)
    assert brief.strongest == () and brief.weakest == ()
    assert brief.standout_note.startswith("Profilen är jämn")
    assert "10 poäng" in brief.standout_note


def test_an_area_is_named_only_when_it_differs_by_more_than_the_margin() -> None:
    # Area 0 at 75, the other five at 50 (mean of the others 50): 25 points above.
    scores = score(SIX, answers_scoring(50) | area_at(0, 75))
    strong, weak = standouts(SIX, scores, "sv")
    assert [s.area for s in strong] == ["a0"] and strong[0].difference == 25.0
    assert weak == ()  # each other area is 5 points below the mean of the rest: within the margin
    # Exactly at the margin is not past it.
    strong, weak = standouts(SIX, scores, "sv", margin=25.0)
    assert strong == () and weak == ()


def test_the_differences_are_from_the_mean_of_the_other_scored_areas() -> None:
    brief = brief_of(STEPPED)  # 100, 75, 50, 25, 0 and one area without a score
    assert [(s.area, s.difference) for s in brief.strongest] == [("a0", 62.5), ("a1", 31.2)]
    assert [(s.area, s.difference) for s in brief.weakest] == [("a4", -62.5), ("a3", -31.2)]
    assert STANDOUT_MARGIN == 10.0


def test_too_little_to_go_on_names_no_area() -> None:
    brief = brief_of({"a0-i0": 2})
    assert brief.strongest == brief.weakest == ()
    assert brief.overall_text == "–"
    assert "För lite underlag" in brief.standout_note
    assert brief_of({"a0-i0": 4}).steps_note == "För lite underlag för att föreslå nästa steg."


def test_next_steps_follow_the_one_rule() -> None:
    data = single_input(SIX, result(STEPPED), "sv")
    assert build_brief(data).steps == tables.next_steps(SIX, data.scores, "sv", limit=BRIEF_STEPS)


def test_the_brief_is_frozen() -> None:
    brief = brief_of(STEPPED)
    with pytest.raises(dataclasses.FrozenInstanceError):
        brief.overall = 0.0  # type: ignore[misc]


# --- a round: respondents, uncertainty, split, roles ------------------------------------------------

POLITICIANS_LOW = [
    result(answers_scoring(25) | {"a0-i0": 2 + k % 2}, role="politician") for k in range(3)
] + [result(answers_scoring(75) | {"a0-i0": 4 + k % 2}, role="official") for k in range(4)]


def round_brief(responses: list[Result], previous: list[Result] | None = None, lang: str = "sv") -> Brief:
    return build_brief(round_input(SIX, "Kommun", responses, lang, previous=previous or ()))  # type: ignore[arg-type]


def test_a_round_states_respondents_per_role() -> None:
    roles: list[Role | None] = ["politician", "official", "official", None]
    brief = round_brief([result(ALL_THREE, role=role) for role in roles])
    assert brief.group[0] == "4 svarande – förtroendevalda 1, tjänstepersoner 2, ingen roll angiven 1."


def test_a_round_states_its_overall_index_with_its_uncertainty() -> None:
    brief = round_brief(POLITICIANS_LOW)
    own = [own_scores(SIX, r.answers).overall or 0.0 for r in POLITICIANS_LOW]
    expected = round(1.96 * statistics.stdev(own) / math.sqrt(len(own)), 1)
    assert brief.margin == expected
    assert brief.margin_text is not None and f"± {expected:.1f}".replace(".", ",") in brief.margin_text
    assert "7 svarandes" in brief.margin_text


def test_one_respondent_gives_no_uncertainty_and_says_why() -> None:
    brief = round_brief([result(ALL_THREE)])
    assert brief.margin is None
    assert (
        brief.margin_text == "Osäkerheten kan inte anges: det behövs minst två svarande med ett eget index."
    )


def test_a_single_run_claims_no_uncertainty() -> None:
    brief = brief_of(STEPPED)
    assert brief.margin is None and brief.margin_text is None and brief.group == ()


def test_a_round_counts_the_split_statements_and_names_the_three_most_split() -> None:
    # Four split statements, each two against two with nobody in the middle; ties go in questionnaire order.
    values = {"a0-i0": [1, 1, 5, 5], "a1-i1": [1, 2, 4, 5], "a2-i2": [2, 2, 4, 5], "a3-i3": [1, 2, 4, 4]}
    responses = [result(ALL_THREE | {item: v[k] for item, v in values.items()}) for k in range(4)]
    brief = round_brief(responses)
    assert "Gruppen är oenig om 4 av 30 påståenden. Mest oenig om:" in brief.group
    assert brief.most_split == (
        "Short 0.0 (sv) (svar 1–2: 2, 3: 0, 4–5: 2)",
        "Short 1.1 (sv) (svar 1–2: 2, 3: 0, 4–5: 2)",
        "Short 2.2 (sv) (svar 1–2: 2, 3: 0, 4–5: 2)",
    )
    assert brief.divided


def test_politicians_and_officials_side_by_side_with_the_difference() -> None:
    brief = round_brief(POLITICIANS_LOW)
    gap = brief.role_gap
    assert gap is not None
    assert (gap.n_politician, gap.n_official) == (3, 4)
    assert gap.difference == round(gap.official - gap.politician, 1) and gap.difference > 40
    assert gap.clear and brief.divided
    line = brief.roles_line or ""
    assert line.startswith("Förtroendevalda ")
    assert "(n = 3)" in line and "(n = 4)" in line and "en tydlig skillnad" in line


def test_roles_are_compared_only_with_three_of_each() -> None:
    brief = round_brief(POLITICIANS_LOW[1:])  # two politicians
    assert brief.role_gap is None
    assert brief.roles_line and "jämförs bara när båda har minst tre svarande" in brief.roles_line


def test_a_divided_group_gets_no_all_clear_anywhere_in_the_report() -> None:
    # Everyone in the middle but one split statement: no pitfall active, no gap.
    responses = [result(ALL_THREE | {"a0-i0": v}) for v in (1, 1, 5, 5)]
    for lang in ("sv", "en"):
        data = round_input(SIX, "Kommun", responses, lang)  # type: ignore[arg-type]
        brief = build_brief(data)
        assert brief.divided and brief.divided_text
        html = render(data)
        for all_clear in ALL_CLEAR:
            assert all_clear not in html
        assert praise(html) == []
        assert brief.pitfalls == ()
        assert brief.pitfalls_note == t("brief_no_pitfalls_divided", lang)  # type: ignore[arg-type]


def test_a_clear_role_difference_alone_divides_the_group() -> None:
    brief = round_brief(POLITICIANS_LOW)
    assert brief.divided and praise(render(round_input(SIX, "Kommun", POLITICIANS_LOW, "sv"))) == []


def test_a_round_that_agrees_is_not_divided() -> None:
    brief = round_brief([result(ALL_THREE) for _ in range(3)])
    assert not brief.divided and brief.divided_text is None
    assert brief.pitfalls_note == "Inga fallgropar markerade – bra!"


# --- what changed ---------------------------------------------------------------------------------------


def test_a_round_with_a_previous_round_says_what_changed_clearly_and_what_did_not() -> None:
    before = [
        result(area_at(0, 0) | area_at(1, 50) | area_at(2, 50)),
        result(area_at(0, 25) | area_at(1, 50) | area_at(2, 50)),
    ]
    after = [
        result(area_at(0, 75) | area_at(1, 50) | area_at(2, 50)),
        result(area_at(0, 100) | area_at(1, 50) | area_at(2, 50)),
    ]
    brief = round_brief(after, before)
    assert brief.changes == (
        "Tydlig förändring: 1. Area 0 (sv), Samlat index.",
        "Ingen tydlig förändring: 2. Area 1 (sv), 3. Area 2 (sv).",
    )
    assert brief.areas.columns == ("col_area", "col_score", "col_before", "col_delta")


def test_a_single_run_with_a_previous_run_says_what_moved_and_that_it_cannot_be_tested() -> None:
    data = single_input(SIX, result(STEPPED), "sv", previous=result(ALL_THREE))
    brief = build_brief(data)
    assert (
        brief.changes[0]
        == "Ändrat mer än 10 poäng: 1. Area 0 (sv), 2. Area 1 (sv), 4. Area 3 (sv), 5. Area 4 (sv)."
    )
    assert brief.changes[1] == "Ändrat 10 poäng eller mindre: 3. Area 2 (sv), Samlat index."
    assert "ingen spridning" in brief.changes[2]
    assert not any("Tydlig" in line for line in brief.changes)
