"""Results answered with questionnaire 1.0 keep working with 2.0."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from scoring.compare import compare
from scoring.model import Questionnaire
from scoring.results import load_result_file, parse_result
from scoring.score import score
from scoring.versions import is_previous_version, upgrade_answers
from tests.conftest import ROOT, mini_data

OLD = ROOT / "tests" / "data" / "resultat-1.0.json"
NEW = ROOT / "examples" / "exempel-2026.json"
# 1.0 items whose meaning changed or that were merged into another item.
DROPPED = {"modeord", "fakta-fore-beslut", "provar-nytt", "skalbara-forsok", "beredskap"}


@pytest.fixture
def versioned() -> Questionnaire:
    data: dict[str, Any] = mini_data()
    data["version"] = "2"
    data["previous"] = {"version": "1", "items": {"a0-i0": "factor", "old": "factor", "gone": "pitfall"}}
    data["areas"][0]["items"][1]["replaces"] = "old"
    return Questionnaire.model_validate(data)


def test_an_old_id_is_carried_to_its_successor(versioned: Questionnaire) -> None:
    upgrade = upgrade_answers(versioned, {"old": 4, "a0-i0": 2, "gone": None})
    assert upgrade.answers == {"a0-i0": 2, "a0-i1": 4}
    assert upgrade.mapped == {"old": "a0-i1"}
    assert upgrade.kept == ("a0-i0",)
    assert upgrade.dropped == ("gone",)


def test_an_answer_under_the_new_id_wins_over_the_old_one(versioned: Questionnaire) -> None:
    assert upgrade_answers(versioned, {"old": 4, "a0-i1": 1}).answers == {"a0-i1": 1}


def test_only_the_previous_version_is_upgraded(versioned: Questionnaire) -> None:
    assert is_previous_version(versioned, "1")
    assert not is_previous_version(versioned, "2")
    assert not is_previous_version(versioned, "0.5")


def test_a_previous_version_result_file_loads_onto_the_new_ids(versioned: Questionnaire) -> None:
    raw = {
        "format_version": 1,
        "questionnaire_id": "mini",
        "questionnaire_version": "1",
        "organisation": "X",
        "role": None,
        "created_at": "2025-01-01T00:00:00+00:00",
        "answers": {"old": 5, "gone": 2},
    }
    loaded = parse_result(json.dumps(raw).encode(), versioned)
    assert dict(loaded.result.answers) == {"a0-i1": 5}
    assert loaded.ignored == ("gone",)
    assert loaded.result.questionnaire_version == "1"


def test_a_bad_answer_to_a_dropped_item_is_still_refused(versioned: Questionnaire) -> None:
    from scoring.errors import ResultFileError

    raw = {
        "format_version": 1,
        "questionnaire_id": "mini",
        "questionnaire_version": "1",
        "organisation": "",
        "role": None,
        "created_at": "2025-01-01T00:00:00+00:00",
        "answers": {"gone": 9},
    }
    with pytest.raises(ResultFileError):
        parse_result(json.dumps(raw).encode(), versioned)


def test_the_1_0_fixture_is_a_1_0_file() -> None:
    data = json.loads(OLD.read_text(encoding="utf-8"))
    assert data["questionnaire_version"] == "1.0"
    assert len(data["answers"]) == 36


def test_a_1_0_result_loads_and_scores_on_the_mapped_items(questionnaire: Questionnaire) -> None:
    raw_answers = json.loads(OLD.read_text(encoding="utf-8"))["answers"]
    loaded = load_result_file(OLD, questionnaire)
    assert set(loaded.ignored) == DROPPED
    assert len(loaded.result.answers) == 36 - len(DROPPED)
    # Renamed items carry their 1.0 answer.
    assert loaded.result.answers["beslut-anger-nytta"] == raw_answers["tydlig-invanarnytta"]
    assert loaded.result.answers["korta-projekt"] == raw_answers["glansiga-kortprojekt"]
    scores = score(questionnaire, loaded.result.answers)
    assert scores.overall is not None
    assert all(area.score is not None for area in scores.areas)


def test_every_1_0_id_is_kept_mapped_or_dropped(questionnaire: Questionnaire) -> None:
    assert questionnaire.previous is not None
    upgrade = upgrade_answers(questionnaire, dict.fromkeys(questionnaire.previous.items, 3))
    assert set(upgrade.kept) | set(upgrade.mapped) | set(upgrade.dropped) == set(questionnaire.previous.items)
    assert set(upgrade.dropped) == DROPPED
    assert (len(upgrade.kept), len(upgrade.mapped)) == (19, 12)


def test_a_1_0_run_compares_with_a_2_0_run_and_says_the_versions_differ(questionnaire: Questionnaire) -> None:
    before = load_result_file(OLD, questionnaire).result
    after = load_result_file(NEW, questionnaire).result
    comparison = compare(questionnaire, before, after)
    assert not comparison.same_version
    assert (comparison.before_version, comparison.after_version) == ("1.0", "2.0")
    assert len(comparison.items) == 31
    assert set(comparison.only_after) == {
        "abstrakta-begrepp",
        "gemensam-genomgang",
        "uppdrag-att-prova",
        "langsiktigt-skifte",
        "inkop-som-mal",
    }


def test_the_cli_notes_a_carried_over_run(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    from scoring.cli import main

    assert main(["score", str(OLD)]) == 0
    err = capsys.readouterr().err
    assert "answered with questionnaire version 1.0; 31 answers carried over to version 2.0" in err


def test_compare_carries_a_stored_1_0_run_onto_the_2_0_ids(questionnaire: Questionnaire) -> None:
    from scoring.results import Result

    # A run read back from the store keeps its 1.0 ids; compare carries them over.
    raw = json.loads(OLD.read_text(encoding="utf-8"))
    stored = Result(
        raw["questionnaire_id"], "1.0", raw["organisation"], raw["role"], raw["created_at"], raw["answers"]
    )
    after = load_result_file(NEW, questionnaire).result
    comparison = compare(questionnaire, stored, after)
    assert len(comparison.items) == 31
    assert "beslut-anger-nytta" in [c.id for c in comparison.items]
    assert not comparison.same_version


def test_carry_over_maps_only_the_previous_version(versioned: Questionnaire) -> None:
    from scoring.versions import carry_over

    assert carry_over(versioned, "1", {"old": 4}).answers == {"a0-i1": 4}
    other = carry_over(versioned, "0.5", {"old": 4, "a0-i0": 2})
    assert (other.answers, other.dropped) == ({"a0-i0": 2}, ("old",))
    assert carry_over(versioned, "2", {"a0-i0": 2}).answers == {"a0-i0": 2}


def test_the_cli_compares_a_1_0_run_with_a_2_0_run_and_notes_it(capsys: pytest.CaptureFixture[str]) -> None:
    from scoring.cli import main

    assert main(["compare", str(OLD), str(NEW)]) == 0
    out, err = capsys.readouterr()
    assert "note: the runs used questionnaire versions 1.0 and 2.0" in err
    assert "Items that moved:" in out and "of 31 compared" in out
