"""The result file: one run's answers, the only format for save and compare.

Scores are never stored in it; they are recomputed from the answers, so a file
edited by hand can never claim a score its answers do not give.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from scoring.answers import MAX_ORGANISATION, ROLES, Role, organisation_name, valid_answer
from scoring.bounds import (
    MAX_DEPTH,
    MAX_DIGITS,
    BoundsError,
    NotRegularFileError,
    load_json,
    read_regular,
    shorten,
)
from scoring.errors import ResultFileError
from scoring.model import Questionnaire
from scoring.versions import is_previous_version, upgrade_answers

FORMAT_VERSION = 1
MAX_BYTES = 1024 * 1024
# Answer keys a file may hold: room for items a later version dropped, never 100,000.
MIN_MAX_ANSWERS = 200
# item id -> 1..5, or None for "don't know"; an unanswered item is absent.
Answers = Mapping[str, int | None]
__all__ = [
    "FORMAT_VERSION",
    "MAX_BYTES",
    "ROLES",
    "Answers",
    "LoadedResult",
    "Result",
    "Role",
    "dump_result",
    "load_result_file",
    "max_answers",
    "new_result",
    "parse_result",
    "result_file_name",
]
_FIELDS = {
    "format_version",
    "questionnaire_id",
    "questionnaire_version",
    "organisation",
    "role",
    "created_at",
    "answers",
}


@dataclass(frozen=True)
class Result:
    questionnaire_id: str
    questionnaire_version: str
    organisation: str
    role: Role | None
    created_at: str
    answers: Mapping[str, int | None] = field(default_factory=dict)


@dataclass(frozen=True)
class LoadedResult:
    result: Result
    # Item ids in the file that the questionnaire no longer has; they were dropped.
    ignored: tuple[str, ...] = ()


def new_result(
    questionnaire: Questionnaire,
    answers: Answers,
    organisation: str = "",
    role: Role | None = None,
    created_at: datetime | None = None,
) -> Result:
    when = (created_at or datetime.now(UTC)).replace(microsecond=0)
    order = [item.id for item in questionnaire.items if item.id in answers]
    return Result(
        questionnaire_id=questionnaire.id,
        questionnaire_version=questionnaire.version,
        organisation=organisation_name(organisation),
        role=role,
        created_at=when.isoformat(),
        answers={item_id: answers[item_id] for item_id in order},
    )


def dump_result(result: Result) -> str:
    payload = {
        "format_version": FORMAT_VERSION,
        "questionnaire_id": result.questionnaire_id,
        "questionnaire_version": result.questionnaire_version,
        "organisation": result.organisation,
        "role": result.role,
        "created_at": result.created_at,
        "answers": dict(result.answers),
    }
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


def result_file_name(result: Result) -> str:
    """A download name that is safe on every file system and says whose run it is."""
    slug = "".join(ch if ch.isalnum() else "-" for ch in result.organisation.lower())
    slug = "-".join(part for part in slug.split("-") if part)
    return f"resultat-{slug or 'sjalvskattning'}-{result.created_at[:10]}.json"


def load_result_file(path: str | Path, questionnaire: Questionnaire) -> LoadedResult:
    path = Path(path)
    try:
        # A FIFO or a device (/dev/zero) is refused unread; at most MAX_BYTES + 1 bytes are read.
        raw = read_regular(path, MAX_BYTES)
    except NotRegularFileError as exc:
        raise ResultFileError("err_not_regular", name=shorten(path.name)) from exc
    except OSError as exc:
        raise ResultFileError("err_unreadable", name=shorten(path.name)) from exc
    return parse_result(raw, questionnaire)


def max_answers(questionnaire: Questionnaire) -> int:
    """The most answer keys a result file may hold for this questionnaire."""
    return max(MIN_MAX_ANSWERS, 4 * len(questionnaire.items))


def parse_result(raw: bytes, questionnaire: Questionnaire) -> LoadedResult:
    data = _decode(raw)
    _check_fields(data)
    _check_origin(data, questionnaire)
    if is_previous_version(questionnaire, data["questionnaire_version"]):
        # Answers to the previous version carry over where an item kept its meaning.
        upgrade = upgrade_answers(questionnaire, data["answers"])
        data["answers"] = upgrade.answers | {old: data["answers"][old] for old in upgrade.dropped}
    answers, ignored = _check_answers(data["answers"], questionnaire)
    result = Result(
        questionnaire_id=data["questionnaire_id"],
        questionnaire_version=data["questionnaire_version"],
        organisation=data["organisation"],
        role=data["role"],
        created_at=data["created_at"],
        answers=answers,
    )
    return LoadedResult(result=result, ignored=ignored)


def _decode(raw: bytes) -> dict[str, Any]:
    if len(raw) > MAX_BYTES:
        raise ResultFileError("err_too_large")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ResultFileError("err_not_utf8") from exc
    try:
        # NaN and Infinity parse to floats here and are refused where they stand,
        # so the message can name the item they were given for.
        data = load_json(text, constants=True)
    except BoundsError as exc:
        raise _refused(exc) from exc
    if not isinstance(data, dict):
        raise ResultFileError("err_not_object")
    return data


def _refused(exc: BoundsError) -> ResultFileError:
    if exc.reason == "duplicate":
        return ResultFileError("err_duplicate_key", name=_inline(exc.detail))
    if exc.reason == "depth":
        return ResultFileError("err_too_deep", depth=MAX_DEPTH)
    if exc.reason == "number":
        return ResultFileError("err_number_too_long", digits=MAX_DIGITS)
    if exc.reason == "unicode":
        return ResultFileError("err_bad_unicode")
    return ResultFileError("err_not_json", line=exc.line)


def _check_fields(data: dict[str, Any]) -> None:
    version = data.get("format_version")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise ResultFileError("err_newer", version=version)
    if version != FORMAT_VERSION or isinstance(version, bool):
        raise ResultFileError("err_format_version", expected=FORMAT_VERSION, got=_json(version))
    missing = sorted(_FIELDS - data.keys())
    if missing:
        raise ResultFileError("err_missing_field", field=missing[0])
    unknown = sorted(data.keys() - _FIELDS)
    if unknown:
        raise ResultFileError("err_unknown_field", field=unknown[0])
    for name in ("questionnaire_id", "questionnaire_version", "organisation", "created_at"):
        if not isinstance(data[name], str):
            raise ResultFileError("err_field_text", field=name, got=_json(data[name]))
    if len(organisation_name(data["organisation"])) > MAX_ORGANISATION:
        raise ResultFileError("err_organisation_long", limit=MAX_ORGANISATION)
    if data["role"] is not None and data["role"] not in ROLES:
        raise ResultFileError("err_role", got=_json(data["role"]))
    try:
        datetime.fromisoformat(data["created_at"])
    except ValueError as exc:
        raise ResultFileError("err_created_at", got=_json(data["created_at"])) from exc
    if not isinstance(data["answers"], dict):
        raise ResultFileError("err_answers_object")


def _check_origin(data: dict[str, Any], questionnaire: Questionnaire) -> None:
    if data["questionnaire_id"] != questionnaire.id:
        raise ResultFileError(
            "err_other_questionnaire", got=_inline(data["questionnaire_id"]), expected=questionnaire.id
        )


def _check_answers(
    raw: dict[str, Any], questionnaire: Questionnaire
) -> tuple[dict[str, int | None], tuple[str, ...]]:
    if len(raw) > max_answers(questionnaire):
        raise ResultFileError("err_too_many_answers", count=len(raw), limit=max_answers(questionnaire))
    answers: dict[str, int | None] = {}
    ignored: list[str] = []
    for item_id, value in raw.items():
        if not valid_answer(value):
            raise ResultFileError("err_answer", item=_inline(item_id), got=_json(value))
        if questionnaire.has_item(item_id):
            answers[item_id] = value
        else:
            ignored.append(item_id)
    return answers, tuple(ignored)


def _inline(text: str) -> str:
    """Text from the file, escaped so a message stays one line, and cut so it stays short."""
    return shorten(json.dumps(text, ensure_ascii=False)[1:-1])


def _json(value: object) -> str:
    """A value from the file as JSON, cut so a message stays short."""
    return shorten(json.dumps(value, ensure_ascii=False))
