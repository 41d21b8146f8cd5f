"""Loading questions.yaml: every problem names file, line, field path and value."""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

import pytest
import yaml

import scoring.questionnaire
from scoring.errors import QuestionnaireError
from scoring.model import Questionnaire
from scoring.questionnaire import MAX_BYTES, load_questionnaire, parse_questionnaire
from tests.conftest import QUESTIONS, mini_data, write_yaml


def problems_of(path: Path) -> list[str]:
    """Every problem, with the file name it must start with cut off."""
    with pytest.raises(QuestionnaireError) as caught:
        load_questionnaire(path)
    problems = caught.value.problems
    assert problems, "a QuestionnaireError must list its problems"
    for problem in problems:
        assert problem.startswith(f"{path}:"), problem
    return [problem.removeprefix(f"{path}:") for problem in problems]


def line_of(path: Path, needle: str, occurrence: int = 1) -> int:
    """The 1-based line where `needle` occurs for the `occurrence`-th time."""
    seen = 0
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if needle in line:
            seen += 1
            if seen == occurrence:
                return number
    raise AssertionError(f"{needle!r} occurs fewer than {occurrence} times")


def broken(tmp_path: Path, change: Any) -> tuple[Path, list[str]]:
    data = mini_data()
    change(data)
    path = write_yaml(tmp_path, data)
    return path, problems_of(path)


def only(problems: list[str]) -> str:
    assert len(problems) == 1, problems
    return problems[0]


# --- the happy path -------------------------------------------------------------


def test_a_valid_file_loads(tmp_path: Path) -> None:
    questionnaire = load_questionnaire(write_yaml(tmp_path, mini_data()))
    assert isinstance(questionnaire, Questionnaire)
    assert questionnaire.id == "mini"
    assert len(questionnaire.items) == 10


def test_the_default_path_is_the_real_questionnaire() -> None:
    assert load_questionnaire() == load_questionnaire(QUESTIONS)


def test_a_byte_order_mark_is_accepted() -> None:
    raw = yaml.safe_dump(mini_data(), allow_unicode=True).encode("utf-8")
    assert parse_questionnaire(b"\xef\xbb\xbf" + raw).id == "mini"


def test_parse_names_the_source_it_was_given() -> None:
    with pytest.raises(QuestionnaireError) as caught:
        parse_questionnaire(b"id: [\n", name="content/q.yaml")
    assert only(caught.value.problems).startswith("content/q.yaml:")


# --- each rule, reported with file, line, path and value --------------------------


def test_a_duplicate_item_id_names_the_file_line_path_and_first_use(tmp_path: Path) -> None:
    def change(data: dict[str, Any]) -> None:
        data["areas"][1]["items"][2]["id"] = "a0-i1"

    path, problems = broken(tmp_path, change)
    problem = only(problems)
    line = line_of(path, "id: a0-i1", occurrence=2)
    assert problem.startswith(f"{line}: areas[1].items[2].id: ")
    assert "'a0-i1'" in problem
    assert "areas[0].items[1].id" in problem


def test_a_duplicate_id_in_hand_written_yaml_points_at_the_right_line(tmp_path: Path) -> None:
    data = mini_data(areas=1)
    data["areas"][0]["items"][3]["id"] = "a0-i0"
    path = tmp_path / "q.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False, width=1000), encoding="utf-8")
    lines = path.read_text(encoding="utf-8").splitlines()
    expected = [n for n, line in enumerate(lines, start=1) if line.strip() == "- id: a0-i0"][1]
    assert only(problems_of(path)).startswith(f"{expected}: areas[0].items[3].id: duplicate id")


def test_an_unknown_kind_names_its_path_and_value(tmp_path: Path) -> None:
    def change(data: dict[str, Any]) -> None:
        data["areas"][0]["items"][1]["kind"] = "risk"

    path, problems = broken(tmp_path, change)
    problem = only(problems)
    assert problem.startswith(f"{line_of(path, 'kind: risk')}: areas[0].items[1].kind: ")
    assert "'risk'" in problem


def test_a_text_without_english_names_the_missing_field(tmp_path: Path) -> None:
    def change(data: dict[str, Any]) -> None:
        del data["areas"][0]["items"][1]["text"]["en"]

    _, problems = broken(tmp_path, change)
    problem = only(problems)
    assert "areas[0].items[1].text.en" in problem
    assert "missing" in problem


def test_a_missing_field_is_placed_at_its_parent_s_line(tmp_path: Path) -> None:
    def change(data: dict[str, Any]) -> None:
        del data["areas"][1]["items"][0]["text"]["en"]

    path, problems = broken(tmp_path, change)
    line = line_of(path, "sv: Statement 1.0 (sv)")
    assert only(problems).startswith(f"{line}: areas[1].items[0].text.en: ")


@pytest.mark.parametrize("weight", [0, -1.5])
def test_a_weight_not_above_zero_names_its_path_line_and_value(tmp_path: Path, weight: float) -> None:
    def change(data: dict[str, Any]) -> None:
        data["areas"][0]["items"][2]["weight"] = weight

    path, problems = broken(tmp_path, change)
    problem = only(problems)
    line = line_of(path, f"weight: {weight}")
    assert problem.startswith(f"{line}: areas[0].items[2].weight: ")
    assert f"(got {weight})" in problem


def test_a_weight_written_as_text_is_not_turned_into_a_number(tmp_path: Path) -> None:
    def change(data: dict[str, Any]) -> None:
        data["areas"][0]["items"][2]["weight"] = "2"

    _, problems = broken(tmp_path, change)
    assert "areas[0].items[2].weight" in only(problems)


def test_an_infinite_weight_in_yaml_is_refused(tmp_path: Path) -> None:
    # An infinite weight would turn every score in its area into NaN.
    path = write_yaml(tmp_path, mini_data())
    raw = path.read_text(encoding="utf-8").replace("kind: factor", "kind: factor\n    weight: .inf", 1)
    path.write_text(raw, encoding="utf-8")
    assert "areas[0].items[0].weight" in only(problems_of(path))


def test_levels_out_of_order_name_both_levels(tmp_path: Path) -> None:
    def change(data: dict[str, Any]) -> None:
        data["levels"][2]["min"] = 30

    path, problems = broken(tmp_path, change)
    problem = only(problems)
    assert problem.startswith(f"{line_of(path, 'id: low')}: levels: ")
    assert "'high' (30)" in problem and "'mid' (50)" in problem


def test_levels_not_starting_at_zero_name_the_first_min(tmp_path: Path) -> None:
    def change(data: dict[str, Any]) -> None:
        data["levels"][0]["min"] = 10

    path, problems = broken(tmp_path, change)
    problem = only(problems)
    assert problem.startswith(f"{line_of(path, 'id: low')}: levels: ")
    assert "min 0" in problem and "10" in problem


def test_an_area_with_four_items_is_named_with_its_count(tmp_path: Path) -> None:
    data = mini_data(areas=2, items=5)
    data["areas"][1]["items"].pop(0)
    path = write_yaml(tmp_path, data)
    problem = only(problems_of(path))
    assert problem.startswith(f"{line_of(path, 'id: a1-i1')}: areas[1].items: ")
    assert "at least 5 items" in problem and "has 4" in problem


def test_an_area_without_a_pitfall_is_named(tmp_path: Path) -> None:
    def change(data: dict[str, Any]) -> None:
        data["areas"][1]["items"][4]["kind"] = "factor"

    path, problems = broken(tmp_path, change)
    problem = only(problems)
    assert problem.startswith(f"{line_of(path, 'id: a1-i0')}: areas[1].items: ")
    assert "pitfall" in problem


def test_an_unknown_key_names_its_path_and_value(tmp_path: Path) -> None:
    def change(data: dict[str, Any]) -> None:
        data["areas"][0]["colour"] = "red"

    path, problems = broken(tmp_path, change)
    problem = only(problems)
    assert problem.startswith(f"{line_of(path, 'colour: red')}: areas[0].colour: ")
    assert "'red'" in problem


def test_several_problems_are_reported_at_once(tmp_path: Path) -> None:
    def change(data: dict[str, Any]) -> None:
        data["levels"][0]["min"] = 10
        data["areas"][0]["items"][1]["kind"] = "risk"
        data["areas"][0]["extra"] = 1
        data["areas"][1]["items"][0]["weight"] = 0

    _, problems = broken(tmp_path, change)
    joined = "\n".join(problems)
    for path in ("levels", "areas[0].items[1].kind", "areas[0].extra", "areas[1].items[0].weight"):
        assert f": {path}: " in joined, path
    assert all(problem.count("\n") == 0 for problem in problems)


def test_a_problem_in_every_area_adds_no_phantom_problem(tmp_path: Path) -> None:
    # Both areas are broken; the list must not also claim that there are no areas.
    def change(data: dict[str, Any]) -> None:
        data["areas"][0]["items"][1]["kind"] = "risk"
        data["areas"][1]["items"][0]["weight"] = 0

    _, problems = broken(tmp_path, change)
    assert len(problems) == 2, problems


def test_a_duplicate_id_and_a_rule_break_are_both_reported(tmp_path: Path) -> None:
    def change(data: dict[str, Any]) -> None:
        data["areas"][1]["items"][0]["id"] = "a0-i0"
        data["areas"][0]["items"][1]["kind"] = "risk"

    _, problems = broken(tmp_path, change)
    joined = "\n".join(problems)
    assert "areas[1].items[0].id: duplicate id 'a0-i0'" in joined
    assert "areas[0].items[1].kind" in joined


# --- the YAML layer -------------------------------------------------------------------


def test_a_yaml_syntax_error_names_the_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "q.yaml"
    path.write_text("id: mini\nversion: '1'\ntitle: {sv: a, en: b\nsource: x\n", encoding="utf-8")
    problem = only(problems_of(path))
    line = int(problem.split(":")[0])
    assert line in (3, 4)
    assert "YAML syntax error" in problem


def test_a_python_tag_is_refused_and_never_run(tmp_path: Path) -> None:
    marker = tmp_path / "ran"
    path = tmp_path / "q.yaml"
    path.write_text(
        textwrap.dedent(
            f"""\
            id: mini
            version: !!python/object/apply:os.system ["touch {marker}"]
            title: !!python/object/apply:pathlib.Path.touch [!!python/object/apply:pathlib.Path ["{marker}"]]
            """
        ),
        encoding="utf-8",
    )
    problems = problems_of(path)
    assert not marker.exists()
    joined = "\n".join(problems)
    assert "2: version: " in problems[0]
    assert "3: title: " in problems[1]
    assert "python/object/apply:os.system" in joined
    assert "not allowed" in joined


def test_the_echo_hi_tag_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "q.yaml"
    path.write_text('id: !!python/object/apply:os.system ["echo hi"]\n', encoding="utf-8")
    problem = only(problems_of(path))
    assert problem.startswith("1: id: ")
    assert "not allowed" in problem


def test_a_custom_local_tag_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "q.yaml"
    path.write_text("id: !env HOME\n", encoding="utf-8")
    assert "not allowed" in only(problems_of(path))


def test_a_duplicate_key_names_its_second_line(tmp_path: Path) -> None:
    path = tmp_path / "q.yaml"
    path.write_text("id: mini\nversion: '1'\nid: other\n", encoding="utf-8")
    problem = only(problems_of(path))
    assert problem.startswith("3: id: ")
    assert "twice" in problem


def test_a_nested_duplicate_key_is_named_with_its_path(tmp_path: Path) -> None:
    path = write_yaml(tmp_path, mini_data())
    raw = path.read_text(encoding="utf-8").replace("kind: factor", "kind: factor\n    kind: pitfall", 1)
    path.write_text(raw, encoding="utf-8")
    problem = only(problems_of(path))
    assert problem.startswith(f"{line_of(path, 'kind: pitfall')}: areas[0].items[0].kind: ")


def test_a_yaml_alias_is_refused_so_a_small_file_cannot_explode(tmp_path: Path) -> None:
    # Each alias level multiplies the nodes to walk by ten; a few hundred bytes
    # of nested aliases would otherwise keep the loader busy for years.
    path = tmp_path / "q.yaml"
    path.write_text(
        'a0: &a0 ["x", "x", "x"]\na1: &a1 [*a0, *a0, *a0]\na2: &a2 [*a1, *a1, *a1]\n',
        encoding="utf-8",
    )
    assert any("alias" in problem.lower() for problem in problems_of(path))


def test_an_empty_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "q.yaml"
    path.write_bytes(b"")
    problem = only(problems_of(path))
    assert "empty" in problem


def test_a_top_level_list_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "q.yaml"
    path.write_text("- 1\n- 2\n", encoding="utf-8")
    assert "mapping" in only(problems_of(path))


def test_a_file_over_one_mib_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "q.yaml"
    path.write_bytes(b"#" * (MAX_BYTES + 1))
    problem = only(problems_of(path))
    assert "1 MiB" in problem


def test_bytes_over_one_mib_are_refused_by_parse() -> None:
    with pytest.raises(QuestionnaireError, match="1 MiB"):
        parse_questionnaire(b"#" * (MAX_BYTES + 1))


def test_the_limit_is_one_mib_and_a_file_at_the_limit_is_accepted(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert MAX_BYTES == 1024 * 1024
    raw = yaml.safe_dump(mini_data()).encode("utf-8")
    # Scanning a real 1 MiB file takes over a second; the boundary is the same.
    monkeypatch.setattr(scoring.questionnaire, "MAX_BYTES", len(raw))
    assert parse_questionnaire(raw).id == "mini"
    with pytest.raises(QuestionnaireError, match="1 MiB"):
        parse_questionnaire(raw + b"\n")


def test_text_that_is_not_utf8_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "q.yaml"
    path.write_bytes(b"id: \xff\xfe\n")
    assert "UTF-8" in only(problems_of(path))


def test_a_missing_file_is_a_questionnaire_error(tmp_path: Path) -> None:
    path = tmp_path / "absent.yaml"
    assert "cannot be read" in only(problems_of(path))


def test_the_error_message_joins_every_problem(tmp_path: Path) -> None:
    def change(data: dict[str, Any]) -> None:
        data["levels"][0]["min"] = 10
        data["areas"][0]["colour"] = "red"

    data = mini_data()
    change(data)
    path = write_yaml(tmp_path, data)
    with pytest.raises(QuestionnaireError) as caught:
        load_questionnaire(path)
    assert str(caught.value) == "\n".join(caught.value.problems)


# --- the instrument's rules (version 2.0) ------------------------------------------


def _item(data: dict[str, Any], area: int = 0, item: int = 1) -> dict[str, Any]:
    result: dict[str, Any] = data["areas"][area]["items"][item]
    return result


def test_a_statement_with_a_negation_names_the_word_path_and_value(tmp_path: Path) -> None:
    def change(d: dict[str, Any]) -> None:
        _item(d)["text"]["sv"] = "Förvaltningen gör inte så."

    path, problems = broken(tmp_path, change)
    assert only(problems) == (
        f"{line_of(path, 'Förvaltningen gör inte så.')}: areas[0].items[1].text.sv: a statement may not use "
        "negations or frequency words, found 'inte' (got 'Förvaltningen gör inte så.')."
    )


@pytest.mark.parametrize(
    ("lang", "statement", "word"),
    [
        ("sv", "Förvaltningen gör ofta så.", "ofta"),
        ("sv", "Organisationen lyckas lätt.", "lätt"),
        ("en", "The administration usually does.", "usually"),
        ("en", "The organisation does not.", "not"),
        ("en", "The organisation doesn't.", "doesn't"),
    ],
)
def test_a_frequency_word_or_negation_is_refused_in_either_language(
    tmp_path: Path, lang: str, statement: str, word: str
) -> None:
    def change(d: dict[str, Any]) -> None:
        _item(d)["text"][lang] = statement

    _, problems = broken(tmp_path, change)
    assert f"areas[0].items[1].text.{lang}:" in only(problems)
    assert f"'{word}'" in only(problems)


def test_the_refused_words_are_allowed_in_help_texts(tmp_path: Path) -> None:
    data = mini_data()
    _item(data)["help"]["sv"] = "Så kan det se ut: ingen gör det ofta."
    load_questionnaire(write_yaml(tmp_path, data))


def test_a_statement_above_lix_55_is_refused_with_its_value(tmp_path: Path) -> None:
    dense = "Förvaltningens digitaliseringsstrategi prioriterar verksamhetsutveckling inom organisationen."

    def change(d: dict[str, Any]) -> None:
        _item(d)["text"]["sv"] = dense

    path, problems = broken(tmp_path, change)
    assert only(problems).startswith(
        f"{line_of(path, dense[:30])}: areas[0].items[1].text.sv: LIX is 89.3; the limit is 55"
    )


def test_a_statement_of_a_few_words_is_too_short_for_lix_to_judge(tmp_path: Path) -> None:
    data = mini_data()
    _item(data)["text"]["sv"] = "Omformulerat påstående."  # LIX 102, but only two words
    load_questionnaire(write_yaml(tmp_path, data))


def test_a_help_text_above_lix_60_is_refused(tmp_path: Path) -> None:
    dense = "Exempel: kommunstyrelsens digitaliseringsberedning prioriterar verksamhetsutveckling."

    def change(d: dict[str, Any]) -> None:
        _item(d)["help"]["sv"] = dense

    _, problems = broken(tmp_path, change)
    assert only(problems).startswith(f"{line_of(_, dense)}: areas[0].items[1].help.sv: LIX is")


def test_a_median_statement_lix_above_42_is_refused_naming_the_worst(tmp_path: Path) -> None:
    # Each statement alone is within 55, but together their median is too high.
    def change(d: dict[str, Any]) -> None:
        for area in d["areas"]:
            for item in area["items"]:
                item["text"]["sv"] = (
                    f"Förvaltningen prioriterar arbetet med de nya systemen i år {item['id']}."
                )

    _, problems = broken(tmp_path, change)
    message = only(problems)
    assert message.startswith(
        "1: (top level): the median LIX of the Swedish statements is 50.0; the limit is 42"
    )
    assert "(highest: " in message


def test_a_short_label_over_45_characters_is_refused(tmp_path: Path) -> None:
    long = "x" * 46

    def change(d: dict[str, Any]) -> None:
        _item(d)["short"]["en"] = long

    path, problems = broken(tmp_path, change)
    assert only(problems) == (
        f"{line_of(path, long)}: areas[0].items[1].short.en: "
        f"String should have at most 45 characters (got '{long}')."
    )


@pytest.mark.parametrize("field", ["short", "text", "help"])
def test_every_item_text_needs_both_languages(tmp_path: Path, field: str) -> None:
    def change(d: dict[str, Any]) -> None:
        del _item(d)[field]["en"]

    _, problems = broken(tmp_path, change)
    assert f"areas[0].items[1].{field}.en: this field is missing." in only(problems)


@pytest.mark.parametrize("field", ["about", "answerable_by", "short"])
def test_the_2_0_item_fields_are_required(tmp_path: Path, field: str) -> None:
    def change(d: dict[str, Any]) -> None:
        del _item(d)[field]

    _, problems = broken(tmp_path, change)
    assert f"areas[0].items[1].{field}: this field is missing." in only(problems)


def test_an_unknown_about_value_is_named(tmp_path: Path) -> None:
    def change(d: dict[str, Any]) -> None:
        _item(d)["about"] = "council"

    _, problems = broken(tmp_path, change)
    assert (
        "areas[0].items[1].about: Input should be 'political', 'administration' or 'both' (got 'council')"
        in only(problems)
    )


@pytest.mark.parametrize(("side", "other"), [("politicians", "officials"), ("officials", "politicians")])
def test_an_area_needs_two_items_each_side_can_answer(tmp_path: Path, side: str, other: str) -> None:
    def change(d: dict[str, Any]) -> None:
        for i, item in enumerate(d["areas"][1]["items"]):
            item["answerable_by"] = "both" if i == 0 else other

    path, problems = broken(tmp_path, change)
    assert only(problems) == (
        f"{line_of(path, 'id: a1-i0')}: areas[1].items: "
        f"an area needs at least 2 items that {side} can answer "
        f"(answerable_by: {side} or both), this one has 1: ['a1-i0']."
    )


def test_an_area_needs_an_item_about_the_political_leadership(tmp_path: Path) -> None:
    def change(d: dict[str, Any]) -> None:
        d["areas"][0]["items"][0]["about"] = "administration"

    _, problems = broken(tmp_path, change)
    assert only(problems).endswith(
        "areas[0].items: an area needs at least one item about the political leadership (about: political)."
    )


def test_an_area_has_at_most_two_discussion_questions(tmp_path: Path) -> None:
    def change(d: dict[str, Any]) -> None:
        d["areas"][0]["discussion"] = {"sv": ["a", "b", "c"], "en": ["a", "b", "c"]}

    _, problems = broken(tmp_path, change)
    assert "areas[0].discussion: an area has one or two discussion questions, this one has 3." in only(
        problems
    )


def _with_previous(d: dict[str, Any]) -> None:
    d["previous"] = {"version": "0.9", "items": {"old-factor": "factor", "old-pitfall": "pitfall"}}


def test_replaces_naming_a_previous_item_of_the_same_kind_loads(tmp_path: Path) -> None:
    data = mini_data()
    _with_previous(data)
    _item(data)["replaces"] = "old-factor"
    questionnaire = load_questionnaire(write_yaml(tmp_path, data))
    assert questionnaire.item("a0-i1").replaces == "old-factor"


@pytest.mark.parametrize(
    ("old", "message"),
    [
        ("never-was", "'never-was' is not an item of version 0.9"),
        ("old-pitfall", "'old-pitfall' was a pitfall but 'a0-i1' is a factor"),
    ],
)
def test_replaces_must_name_a_previous_item_of_the_same_kind(tmp_path: Path, old: str, message: str) -> None:
    def change(d: dict[str, Any]) -> None:
        _with_previous(d)
        _item(d)["replaces"] = old

    path, problems = broken(tmp_path, change)
    problem = only(problems)
    assert problem.startswith(f"{line_of(path, f'replaces: {old}')}: areas[0].items[1].replaces: {message}")
    assert problem.endswith(f"(got '{old}').")


def test_replaces_without_a_previous_version_is_refused(tmp_path: Path) -> None:
    def change(d: dict[str, Any]) -> None:
        _item(d)["replaces"] = "old-factor"

    _, problems = broken(tmp_path, change)
    assert (
        "areas[0].items[1].replaces: 'a0-i1' replaces 'old-factor', but the file has no 'previous' version"
        in only(problems)
    )


def test_two_items_cannot_replace_the_same_previous_item(tmp_path: Path) -> None:
    def change(d: dict[str, Any]) -> None:
        _with_previous(d)
        _item(d, 0, 1)["replaces"] = "old-factor"
        _item(d, 1, 1)["replaces"] = "old-factor"

    _, problems = broken(tmp_path, change)
    assert "areas[1].items[1].replaces: 'old-factor' is already replaced by 'a0-i1'" in only(problems)


def test_the_real_questionnaire_lists_its_previous_version() -> None:
    questionnaire = load_questionnaire(QUESTIONS)
    assert questionnaire.previous is not None
    assert questionnaire.previous.version == "1.0"
    assert len(questionnaire.previous.items) == 36
