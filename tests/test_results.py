"""The result file: round trip, and every way a file can be wrong."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scoring.errors import ResultFileError
from scoring.model import Questionnaire
from scoring.results import (
    FORMAT_VERSION,
    MAX_BYTES,
    dump_result,
    load_result_file,
    new_result,
    parse_result,
    result_file_name,
)
from tests.conftest import mini_data

MINI = Questionnaire.model_validate(mini_data())
WHEN = datetime(2024, 3, 1, 9, 30, 15, 123456, tzinfo=UTC)


def payload(mini: Questionnaire, **changes: Any) -> dict[str, Any]:
    body = json.loads(dump_result(new_result(mini, {"a0-i0": 3, "a0-i1": None}, created_at=WHEN)))
    body.update(changes)
    return body


def refused(raw: bytes, mini: Questionnaire) -> str:
    with pytest.raises(ResultFileError) as caught:
        parse_result(raw, mini)
    message = str(caught.value)
    for text in (message, caught.value.message("sv")):
        assert text.strip(), "a refusal needs a sentence"
        assert "\n" not in text and "\r" not in text, text
        assert text.endswith("."), text
    assert caught.value.message("en") == message
    return message


def raw_with_answer(mini: Questionnaire, value: str) -> bytes:
    text = dump_result(new_result(mini, {"a0-i0": 3}, created_at=WHEN))
    assert '"a0-i0": 3' in text
    return text.replace('"a0-i0": 3', f'"a0-i0": {value}').encode("utf-8")


# --- making and writing -----------------------------------------------------------------


def test_a_result_round_trips_through_its_file_format(mini: Questionnaire) -> None:
    result = new_result(
        mini,
        {"a0-i0": 5, "a1-i4": None, "a0-i2": 1},
        organisation="Kommunen",
        role="official",
        created_at=WHEN,
    )
    loaded = parse_result(dump_result(result).encode("utf-8"), mini)
    assert loaded.result == result
    assert loaded.ignored == ()


def test_a_result_round_trips_through_a_file_on_disk(mini: Questionnaire, tmp_path: Path) -> None:
    result = new_result(mini, {"a0-i0": 4}, organisation="Örebro", role="politician", created_at=WHEN)
    path = tmp_path / "r.json"
    path.write_text(dump_result(result), encoding="utf-8")
    assert load_result_file(path, mini).result == result


@given(
    organisation=st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=40),
    answers=st.dictionaries(
        st.sampled_from([f"a{a}-i{i}" for a in range(2) for i in range(5)]),
        st.one_of(st.none(), st.integers(min_value=1, max_value=5)),
    ),
    role=st.sampled_from([None, "politician", "official", "other"]),
)
def test_any_result_round_trips(organisation: str, answers: dict[str, int | None], role: Any) -> None:
    result = new_result(MINI, answers, organisation=organisation, role=role, created_at=WHEN)
    assert parse_result(dump_result(result).encode("utf-8"), MINI).result == result


def test_a_new_result_records_the_questionnaire_and_drops_microseconds(mini: Questionnaire) -> None:
    result = new_result(mini, {}, organisation="  Kommunen  ", created_at=WHEN)
    assert result.questionnaire_id == "mini"
    assert result.questionnaire_version == "1"
    assert result.organisation == "Kommunen"
    assert result.created_at == "2024-03-01T09:30:15+00:00"


def test_a_new_result_without_a_time_uses_now_in_utc(mini: Questionnaire) -> None:
    stamp = datetime.fromisoformat(new_result(mini, {}).created_at)
    assert stamp.utcoffset() == timedelta(0)


def test_a_new_result_keeps_answers_in_questionnaire_order(mini: Questionnaire) -> None:
    result = new_result(mini, {"a1-i0": 2, "a0-i3": 4, "a0-i0": None})
    assert list(result.answers) == ["a0-i0", "a0-i3", "a1-i0"]


def test_a_new_result_keeps_don_t_know_and_leaves_out_unanswered(mini: Questionnaire) -> None:
    result = new_result(mini, {"a0-i0": None})
    assert dict(result.answers) == {"a0-i0": None}


def test_the_file_holds_answers_and_no_scores(mini: Questionnaire) -> None:
    body = json.loads(dump_result(new_result(mini, {"a0-i0": 3}, created_at=WHEN)))
    assert set(body) == {
        "format_version",
        "questionnaire_id",
        "questionnaire_version",
        "organisation",
        "role",
        "created_at",
        "answers",
    }
    assert body["format_version"] == FORMAT_VERSION
    assert body["answers"] == {"a0-i0": 3}


def test_the_file_keeps_non_ascii_text_readable(mini: Questionnaire) -> None:
    assert "Åre kommun" in dump_result(new_result(mini, {}, organisation="Åre kommun"))


# --- reading: accepted -----------------------------------------------------------------------


def test_a_utf8_byte_order_mark_is_accepted(mini: Questionnaire) -> None:
    raw = json.dumps(payload(mini)).encode("utf-8")
    assert parse_result(b"\xef\xbb\xbf" + raw, mini).result.answers == {"a0-i0": 3, "a0-i1": None}


def test_unknown_item_ids_are_ignored_and_listed(mini: Questionnaire) -> None:
    body = payload(mini, answers={"a0-i0": 2, "gone": 4, "old": None})
    loaded = parse_result(json.dumps(body).encode("utf-8"), mini)
    assert loaded.result.answers == {"a0-i0": 2}
    assert loaded.ignored == ("gone", "old")


@pytest.mark.parametrize("role", [None, "politician", "official", "other"])
def test_every_role_is_accepted(mini: Questionnaire, role: str | None) -> None:
    loaded = parse_result(json.dumps(payload(mini, role=role)).encode("utf-8"), mini)
    assert loaded.result.role == role


def test_another_questionnaire_version_is_accepted(mini: Questionnaire) -> None:
    body = payload(mini, questionnaire_version="0.9")
    assert parse_result(json.dumps(body).encode("utf-8"), mini).result.questionnaire_version == "0.9"


# --- reading: refused ------------------------------------------------------------------------


def test_a_file_over_one_mib_is_refused(mini: Questionnaire, tmp_path: Path) -> None:
    path = tmp_path / "big.json"
    path.write_bytes(b" " * (MAX_BYTES + 1))
    with pytest.raises(ResultFileError, match="1 MiB"):
        load_result_file(path, mini)


def test_bytes_over_one_mib_are_refused(mini: Questionnaire) -> None:
    assert "1 MiB" in refused(b" " * (MAX_BYTES + 1), mini)


def test_a_missing_file_is_refused(mini: Questionnaire, tmp_path: Path) -> None:
    with pytest.raises(ResultFileError, match="cannot be read"):
        load_result_file(tmp_path / "absent.json", mini)


def test_text_that_is_not_json_is_refused(mini: Questionnaire) -> None:
    assert "not valid JSON" in refused(b"format_version = 1", mini)


def test_broken_json_names_the_line(mini: Questionnaire) -> None:
    assert "line 3" in refused(b'{\n  "format_version": 1,\n  "answers": }\n', mini)


def test_bytes_that_are_not_utf8_are_refused(mini: Questionnaire) -> None:
    assert "UTF-8" in refused(b"\xff\xfe{}", mini)


def test_a_json_array_is_refused(mini: Questionnaire) -> None:
    assert "one JSON object" in refused(json.dumps([payload(mini)]).encode("utf-8"), mini)


def test_deeply_nested_json_is_refused_without_a_crash(mini: Questionnaire) -> None:
    refused(b"[" * 100_000, mini)


def test_a_newer_format_version_says_a_newer_tool_made_it(mini: Questionnaire) -> None:
    message = refused(json.dumps(payload(mini, format_version=FORMAT_VERSION + 1)).encode(), mini)
    assert "made by a newer version of the tool" in message


@pytest.mark.parametrize("version", [0, "1", True, None, 1.5])
def test_a_format_version_that_is_not_one_is_refused(mini: Questionnaire, version: Any) -> None:
    assert "format_version" in refused(json.dumps(payload(mini, format_version=version)).encode(), mini)


def test_a_result_for_another_questionnaire_is_refused(mini: Questionnaire) -> None:
    message = refused(json.dumps(payload(mini, questionnaire_id="other")).encode(), mini)
    assert "'other'" in message and "'mini'" in message


@pytest.mark.parametrize(
    "value", ["true", '"4"', "4.5", "4.0", "0", "6", "-1", "[]", "{}", "NaN", "Infinity", "-Infinity"]
)
def test_an_answer_that_is_not_one_to_five_or_null_names_the_item(mini: Questionnaire, value: str) -> None:
    assert "a0-i0" in refused(raw_with_answer(mini, value), mini)


def test_an_invalid_answer_to_an_unknown_item_is_still_refused(mini: Questionnaire) -> None:
    body = payload(mini, answers={"gone": 9})
    assert "gone" in refused(json.dumps(body).encode(), mini)


def test_a_duplicate_key_is_refused(mini: Questionnaire) -> None:
    raw = b'{"format_version": 1, "format_version": 1}'
    assert "format_version" in refused(raw, mini)


def test_a_duplicate_answer_is_refused(mini: Questionnaire) -> None:
    text = dump_result(new_result(mini, {"a0-i0": 5, "a0-i1": 1}, created_at=WHEN))
    raw = text.replace('"a0-i1"', '"a0-i0"').encode("utf-8")
    assert "a0-i0" in refused(raw, mini)


@pytest.mark.parametrize(
    "field",
    ["questionnaire_id", "questionnaire_version", "organisation", "role", "created_at", "answers"],
)
def test_a_missing_field_is_named(mini: Questionnaire, field: str) -> None:
    body = payload(mini)
    del body[field]
    assert field in refused(json.dumps(body).encode(), mini)


def test_a_missing_format_version_is_named(mini: Questionnaire) -> None:
    body = payload(mini)
    del body["format_version"]
    assert "format_version" in refused(json.dumps(body).encode(), mini)


def test_an_unknown_field_is_named(mini: Questionnaire) -> None:
    assert "score" in refused(json.dumps(payload(mini, score=99)).encode(), mini)


@pytest.mark.parametrize("field", ["questionnaire_id", "questionnaire_version", "organisation", "created_at"])
def test_a_text_field_holding_a_number_is_refused(mini: Questionnaire, field: str) -> None:
    assert field in refused(json.dumps(payload(mini, **{field: 5})).encode(), mini)


@pytest.mark.parametrize("role", ["mayor", "", "Official", 1])
def test_a_bad_role_is_refused(mini: Questionnaire, role: Any) -> None:
    assert "role" in refused(json.dumps(payload(mini, role=role)).encode(), mini)


@pytest.mark.parametrize("created_at", ["yesterday", "2024-13-01", "01/03/2024", ""])
def test_a_bad_created_at_is_refused(mini: Questionnaire, created_at: str) -> None:
    assert "created_at" in refused(json.dumps(payload(mini, created_at=created_at)).encode(), mini)


@pytest.mark.parametrize("answers", [[], [["a0-i0", 3]], "a0-i0=3", None])
def test_answers_that_are_not_an_object_are_refused(mini: Questionnaire, answers: Any) -> None:
    assert "answers" in refused(json.dumps(payload(mini, answers=answers)).encode(), mini)


def test_an_item_id_with_a_line_break_still_gives_a_one_line_message(mini: Questionnaire) -> None:
    body = payload(mini, answers={"a0-i0\nok": 7})
    refused(json.dumps(body).encode(), mini)


def test_a_questionnaire_id_with_a_line_break_still_gives_a_one_line_message(
    mini: Questionnaire,
) -> None:
    refused(json.dumps(payload(mini, questionnaire_id="other\nline")).encode(), mini)


def test_a_refusal_can_be_said_in_swedish(mini: Questionnaire) -> None:
    body = payload(mini)
    del body["role"]
    with pytest.raises(ResultFileError) as caught:
        parse_result(json.dumps(body).encode(), mini)
    assert str(caught.value) == "The field role is missing."
    assert caught.value.message("sv") == "Fältet role saknas."


def test_an_answer_refusal_names_the_item_in_swedish_too(mini: Questionnaire) -> None:
    with pytest.raises(ResultFileError) as caught:
        parse_result(raw_with_answer(mini, "6"), mini)
    assert "a0-i0" in caught.value.message("sv")
    assert "6" in caught.value.message("sv")


# --- download names ---------------------------------------------------------------------------


def test_the_download_name_says_whose_run_it_is_and_when(mini: Questionnaire) -> None:
    result = new_result(mini, {}, organisation="Åre Kommun", created_at=WHEN)
    assert result_file_name(result) == "resultat-åre-kommun-2024-03-01.json"


def test_a_run_without_an_organisation_still_gets_a_name(mini: Questionnaire) -> None:
    result = new_result(mini, {}, organisation="  ", created_at=WHEN)
    assert result_file_name(result) == "resultat-sjalvskattning-2024-03-01.json"


@pytest.mark.parametrize("organisation", ["../../etc/passwd", "C:\\Windows\\x", 'a<b>c:"d"|e?*', "a\nb\x00c"])
def test_the_download_name_is_safe_on_every_file_system(mini: Questionnaire, organisation: str) -> None:
    name = result_file_name(new_result(mini, {}, organisation=organisation, created_at=WHEN))
    assert re.fullmatch(r"resultat-[\w-]+-2024-03-01\.json", name), name
    assert ".." not in name
