"""The result file: one run's answers, the only format for save and compare.

Scores are never stored in it; they are recomputed from the answers, so a file
edited by hand can never claim a score its answers do not give.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Literal

from scoring.errors import ResultFileError
from scoring.model import Questionnaire

FORMAT_VERSION = 1
MAX_BYTES = 1024 * 1024
ROLES = ("politician", "official", "other")
Role = Literal["politician", "official", "other"]
# item id -> 1..5, or None for "don't know"; an unanswered item is absent.
Answers = Mapping[str, int | None]
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
    when = (created_at or datetime.now(timezone.utc)).replace(microsecond=0)
    order = [item.id for item in questionnaire.items if item.id in answers]
    return Result(
        questionnaire_id=questionnaire.id,
        questionnaire_version=questionnaire.version,
        organisation=organisation.strip(),
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


def load_result_file(path: str | Path, questionnaire: Questionnaire) -> LoadedResult:
    path = Path(path)
    try:
        if path.stat().st_size > MAX_BYTES:
            raise ResultFileError(f"{path.name} is larger than 1 MiB, so it is not a result file.")
        raw = path.read_bytes()
    except OSError as exc:
        raise ResultFileError(f"{path} cannot be read ({exc.strerror}).") from exc
    return parse_result(raw, questionnaire)


def parse_result(raw: bytes, questionnaire: Questionnaire) -> LoadedResult:
    data = _decode(raw)
    _check_fields(data)
    _check_origin(data, questionnaire)
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
        raise ResultFileError("The file is larger than 1 MiB, so it is not a result file.")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ResultFileError("The file is not UTF-8 text, so it is not a result file.") from exc
    try:
        data = json.loads(text, parse_constant=_refuse_constant, object_pairs_hook=_unique_keys)
    except (json.JSONDecodeError, RecursionError) as exc:
        where = f" (line {exc.lineno})" if isinstance(exc, json.JSONDecodeError) else ""
        raise ResultFileError(f"The file is not valid JSON{where}, so it is not a result file.") from exc
    if not isinstance(data, dict):
        raise ResultFileError("The file must hold one JSON object, so it is not a result file.")
    return data


def _refuse_constant(name: str) -> Any:
    raise ResultFileError(f"The file contains {name}, which is not a valid answer.")


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    keys = [key for key, _ in pairs]
    duplicates = sorted({key for key in keys if keys.count(key) > 1})
    if duplicates:
        raise ResultFileError(f"The key '{duplicates[0]}' appears twice in the file.")
    return dict(pairs)


def _check_fields(data: dict[str, Any]) -> None:
    version = data.get("format_version")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise ResultFileError(
            f"The file has format_version {version}: it was made by a newer version of the tool."
        )
    if version != FORMAT_VERSION or isinstance(version, bool):
        raise ResultFileError(f"The field format_version must be {FORMAT_VERSION}, got {version!r}.")
    missing = sorted(_FIELDS - data.keys())
    if missing:
        raise ResultFileError(f"The field {missing[0]} is missing.")
    unknown = sorted(data.keys() - _FIELDS)
    if unknown:
        raise ResultFileError(f"The field {unknown[0]} is not part of a result file.")
    for name in ("questionnaire_id", "questionnaire_version", "organisation", "created_at"):
        if not isinstance(data[name], str):
            raise ResultFileError(f"The field {name} must be text, got {data[name]!r}.")
    if data["role"] is not None and data["role"] not in ROLES:
        raise ResultFileError(
            f"The field role must be politician, official, other or null, got {data['role']!r}."
        )
    try:
        datetime.fromisoformat(data["created_at"])
    except ValueError as exc:
        raise ResultFileError(
            f"The field created_at must be an ISO 8601 time, got {data['created_at']!r}."
        ) from exc
    if not isinstance(data["answers"], dict):
        raise ResultFileError("The field answers must be an object of item ids to answers.")


def _check_origin(data: dict[str, Any], questionnaire: Questionnaire) -> None:
    if data["questionnaire_id"] != questionnaire.id:
        raise ResultFileError(
            f"The file belongs to the questionnaire '{data['questionnaire_id']}', "
            f"not to '{questionnaire.id}'."
        )


def _check_answers(
    raw: dict[str, Any], questionnaire: Questionnaire
) -> tuple[dict[str, int | None], tuple[str, ...]]:
    answers: dict[str, int | None] = {}
    ignored: list[str] = []
    for item_id, value in raw.items():
        if not _valid_answer(value):
            raise ResultFileError(
                f"The answer to item '{item_id}' must be a whole number from 1 to 5 "
                f"or null, got {json.dumps(value)}."
            )
        if questionnaire.has_item(item_id):
            answers[item_id] = value
        else:
            ignored.append(item_id)
    return answers, tuple(ignored)


def _valid_answer(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, bool) or not isinstance(value, int):
        return False
    return 1 <= value <= 5
