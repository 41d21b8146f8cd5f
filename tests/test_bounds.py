"""Hostile input costs bounded work and gets one sentence: result files, history files, questionnaires.

Each case is one an adversarial test found (issue 9, B3 and B8): before, they
cost minutes of CPU, or escaped as a traceback, or were accepted.
"""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from scoring.answers import MAX_ORGANISATION
from scoring.bounds import BoundsError, load_json, nesting_depth, printable, quoted, shorten
from scoring.errors import QuestionnaireError, ResultFileError, ScoringError, StoreError
from scoring.history_file import HistoryRun, dump_history, parse_history
from scoring.model import Questionnaire
from scoring.questionnaire import parse_questionnaire
from scoring.results import MAX_BYTES, dump_result, new_result, parse_result
from scoring.snapshot import snapshot_of

WHEN = datetime(2024, 3, 1, 9, 30, tzinfo=UTC)
LONG = "1" * 5001
DEEP = "[" * 50_000 + "]" * 50_000


def result_text(mini: Questionnaire, organisation: str = "Exempelkommun") -> str:
    return dump_result(new_result(mini, {"a0-i0": 3}, organisation, created_at=WHEN))


def with_answers(mini: Questionnaire, answers_json: str) -> bytes:
    text = result_text(mini)
    body = json.loads(text)
    body["answers"] = "@ANSWERS@"
    return json.dumps(body).replace('"@ANSWERS@"', answers_json).encode("utf-8")


def history_text(mini: Questionnaire, organisation: str = "Exempelkommun") -> str:
    run = HistoryRun(new_result(mini, {"a0-i0": 3}, organisation, created_at=WHEN), snapshot_of(mini))
    return dump_history(organisation, [run])


def one_sentence(error: ScoringError, limit: int = 300) -> str:
    for lang in ("sv", "en"):
        text = error.message(lang)
        assert text.strip() and "\n" not in text and len(text) <= limit, text
    return str(error)


# --- B3: one upload must not hold the server -------------------------------------------------------


def hostile_answers(count: int = 100_000) -> str:
    # 10 bytes a key: 100,000 distinct keys in about 1 MB, the largest upload allowed.
    return "{" + ",".join(f'"{n:05x}":1' for n in range(count)) + "}"


def test_a_one_megabyte_file_of_100000_distinct_keys_is_refused_within_a_second_of_cpu(
    mini: Questionnaire,
) -> None:
    raw = with_answers(mini, hostile_answers())
    assert 1_000_000 <= len(raw) <= MAX_BYTES
    start = time.process_time()
    with pytest.raises(ResultFileError) as caught:
        parse_result(raw, mini)
    spent = time.process_time() - start
    assert spent < 1.0, f"{spent:.2f} s of CPU"  # a bound, not a timing: it was about 290 s
    assert caught.value.key == "err_too_many_answers"
    assert "100000" in one_sentence(caught.value)


def test_a_history_file_carrying_100000_keys_is_refused_within_a_second_of_cpu(
    mini: Questionnaire,
) -> None:
    body = json.loads(history_text(mini))
    body["runs"][0]["result"]["answers"] = "@ANSWERS@"
    raw = json.dumps(body).replace('"@ANSWERS@"', hostile_answers()).encode("utf-8")
    start = time.process_time()
    with pytest.raises(StoreError) as caught:
        parse_history(raw, mini)
    assert time.process_time() - start < 1.0
    one_sentence(caught.value)


def test_a_duplicate_key_among_many_is_found_in_linear_time(mini: Questionnaire) -> None:
    keys = [f'"{n:05x}":1' for n in range(100_000)] + ['"00000":2']
    start = time.process_time()
    with pytest.raises(BoundsError) as caught:
        load_json("{" + ",".join(keys) + "}")
    assert time.process_time() - start < 1.0
    assert (caught.value.reason, caught.value.detail) == ("duplicate", "00000")


def test_a_file_may_keep_answers_to_items_a_later_version_dropped_up_to_the_cap(
    mini: Questionnaire,
) -> None:
    cap = 200  # mini has 10 items: 4 x 10 is below the floor of 200
    answers = {f"gone-{n}": 3 for n in range(cap)}
    loaded = parse_result(with_answers(mini, json.dumps(answers)), mini)
    assert len(loaded.ignored) == cap
    answers["one-too-many"] = 3
    with pytest.raises(ResultFileError, match="at most 200"):
        parse_result(with_answers(mini, json.dumps(answers)), mini)


# --- B8: numbers, Unicode and nesting that used to escape as tracebacks -------------------------------


def test_a_5001_digit_integer_is_refused_with_one_sentence(mini: Questionnaire) -> None:
    with pytest.raises(ResultFileError) as caught:
        parse_result(with_answers(mini, '{"a0-i0": ' + "9" * 5001 + "}"), mini)
    assert caught.value.key == "err_number_too_long"
    one_sentence(caught.value)


def test_a_lone_surrogate_in_a_name_is_refused_with_one_sentence(mini: Questionnaire) -> None:
    raw = result_text(mini).replace('"Exempelkommun"', '"Kommun \\ud800"').encode("utf-8")
    with pytest.raises(ResultFileError) as caught:
        parse_result(raw, mini)
    assert caught.value.key == "err_bad_unicode"
    one_sentence(caught.value)


def test_a_pair_of_surrogate_escapes_is_one_ordinary_character(mini: Questionnaire) -> None:
    raw = result_text(mini).replace('"Exempelkommun"', '"Kommun \\ud83d\\ude00"').encode("utf-8")
    assert parse_result(raw, mini).result.organisation == "Kommun \U0001f600"


def test_100000_levels_of_nesting_are_refused_before_parsing(mini: Questionnaire) -> None:
    raw = with_answers(mini, "[" * 100_000 + "]" * 100_000)
    start = time.process_time()
    with pytest.raises(ResultFileError) as caught:
        parse_result(raw, mini)
    assert time.process_time() - start < 1.0
    assert caught.value.key == "err_too_deep"
    one_sentence(caught.value)


def test_brackets_inside_text_do_not_count_as_nesting() -> None:
    assert nesting_depth('{"a": "[[[[{{{{\\"[[["}') == 1
    assert nesting_depth('[[{"a": [1]}]]') == 4


@pytest.mark.parametrize(
    ("change", "key"),
    [
        (lambda t: t.replace('"Exempelkommun"', '"\\ud800"'), "history_bad_unicode"),
        (lambda t: t.replace('"format_version": 1', f'"format_version": {LONG}'), "history_number_too_long"),
        (lambda t: t.replace('"runs": [', f'"runs": [{DEEP},', 1), "history_too_deep"),
    ],
    ids=["surrogate", "long-integer", "deep-nesting"],
)
def test_a_hostile_history_file_is_refused_with_one_sentence(
    mini: Questionnaire, change: Any, key: str | None
) -> None:
    with pytest.raises(StoreError) as caught:
        parse_history(change(history_text(mini)).encode("utf-8"), mini)
    assert key is None or caught.value.key == key
    one_sentence(caught.value)


# --- organisation length on every import path -----------------------------------------------------


def test_a_result_file_with_an_organisation_over_the_limit_is_refused(mini: Questionnaire) -> None:
    raw = result_text(mini, "K" * (MAX_ORGANISATION + 1)).encode("utf-8")
    with pytest.raises(ResultFileError, match=str(MAX_ORGANISATION)):
        parse_result(raw, mini)


def test_a_history_file_with_an_organisation_over_the_limit_is_refused(mini: Questionnaire) -> None:
    raw = history_text(mini, "K" * (MAX_ORGANISATION + 1)).encode("utf-8")
    with pytest.raises(StoreError) as caught:
        parse_history(raw, mini)
    assert caught.value.key == "history_organisation_long"


def test_an_organisation_at_the_limit_is_kept(mini: Questionnaire) -> None:
    name = "K" * MAX_ORGANISATION
    assert parse_history(history_text(mini, name).encode("utf-8"), mini)[0] == name


# --- messages quote at most a little of the file -----------------------------------------------------


def test_a_huge_item_id_is_quoted_short_in_the_message(mini: Questionnaire) -> None:
    item = "x" * 500_000
    with pytest.raises(ResultFileError) as caught:
        parse_result(with_answers(mini, json.dumps({item: 9})), mini)
    assert "…" in one_sentence(caught.value)


def test_text_for_a_terminal_loses_its_control_characters() -> None:
    assert printable("a\x1b[31mb\x9bc\x07\ud800") == "a?[31mb?c??"
    assert quoted("y" * 200) == "y" * 79 + "…"
    assert shorten("kort") == "kort"


# --- questionnaires: YAML that used to escape as tracebacks ------------------------------------------


@pytest.mark.parametrize(
    ("yaml_text", "expected"),
    [
        (b"id: x\n? [a, b]\n: 1\n", "q.yaml:2: (top level): a key must be plain text"),
        (b"id: x\nversion: " + b"9" * 5001 + b"\n", "q.yaml:2: version: the number"),
        (b"id: " + b"[" * 100_000 + b"]" * 100_000 + b"\n", "q.yaml: the YAML is nested more than 20"),
        (b"".join(b"  " * i + b"a:\n" for i in range(30)) + b"  " * 30 + b"b: 1\n", "q.yaml:22: the YAML"),
        (b'id: "\\ud800"\n', "q.yaml:1: id: the text holds invalid Unicode"),
    ],
    ids=["complex-key", "long-integer", "deep-flow", "deep-block", "surrogate"],
)
def test_a_hostile_questionnaire_gets_one_sentence_with_its_line(yaml_text: bytes, expected: str) -> None:
    with pytest.raises(QuestionnaireError) as caught:
        parse_questionnaire(yaml_text, name="q.yaml")
    assert caught.value.problems[0].startswith(expected), caught.value.problems


def test_the_real_questionnaire_is_within_every_bound() -> None:
    from conftest import QUESTIONS

    parse_questionnaire(Path(QUESTIONS).read_bytes(), name="questions.yaml")
