"""The history file: one organisation's runs, each with the questionnaire it was answered on.

A pure format module: read (every run checked before anything is stored)
and write. The store adds what it reads and exports what it holds.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from scoring.answers import MAX_ORGANISATION, organisation_name
from scoring.bounds import MAX_DEPTH, MAX_DIGITS, BoundsError, load_json, shorten
from scoring.errors import ScoringError, StoreError
from scoring.model import Questionnaire
from scoring.results import Result, dump_result, parse_result
from scoring.snapshot import Snapshot, check_result, parse_snapshot, snapshot_to_dict

HISTORY_FORMAT = "sjalvskattning-history"
HISTORY_FORMAT_VERSION = 1
MAX_HISTORY_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class HistoryRun:
    """One run as a history file carries it: no store id, its own snapshot."""

    result: Result
    snapshot: Snapshot


def looks_like_history(raw: bytes) -> bool:
    """A history file is a JSON object with a "format" key; a result file has none."""
    try:
        data = load_json(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, BoundsError):
        return False
    return isinstance(data, dict) and "format" in data


def dump_history(organisation: str, runs: Iterable[HistoryRun]) -> str:
    payload = {
        "format": HISTORY_FORMAT,
        "format_version": HISTORY_FORMAT_VERSION,
        "organisation": organisation,
        "runs": [
            {"result": json.loads(dump_result(run.result)), "snapshot": snapshot_to_dict(run.snapshot)}
            for run in runs
        ],
    }
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


def parse_history(raw: bytes | str, questionnaire: Questionnaire) -> tuple[str, tuple[HistoryRun, ...]]:
    """Check a whole history file before anything is stored; return its organisation and runs."""
    data = _decode_history(raw)
    runs = data["runs"]
    return data["organisation"], tuple(
        _history_run(entry, position, data["organisation"], questionnaire)
        for position, entry in enumerate(runs, start=1)
    )


def _decode_history(raw: bytes | str) -> dict[str, Any]:
    if len(raw) > MAX_HISTORY_BYTES:
        raise StoreError(
            "The history file is larger than 64 MiB, so it was not imported.", "history_too_large"
        )
    try:
        text = raw.decode("utf-8-sig") if isinstance(raw, bytes) else raw
        data = load_json(text)
    except UnicodeDecodeError as exc:
        raise _not_json() from exc
    except BoundsError as exc:
        raise _refused(exc) from exc
    if not isinstance(data, dict) or data.get("format") != HISTORY_FORMAT:
        raise StoreError(
            f"The file is not a history file (its format is not '{HISTORY_FORMAT}').", "history_not_history"
        )
    version = data.get("format_version")
    if type(version) is int and version > HISTORY_FORMAT_VERSION:
        raise StoreError(
            f"The history file has format_version {version}: it was made by a newer version.", "history_newer"
        )
    if version != HISTORY_FORMAT_VERSION or type(version) is not int:
        raise StoreError(
            f"The history file's format_version must be {HISTORY_FORMAT_VERSION}.", "history_invalid"
        )
    if set(data) != {"format", "format_version", "organisation", "runs"}:
        raise StoreError(
            "The history file must have exactly format, format_version, organisation and runs.",
            "history_invalid",
        )
    if not isinstance(data["organisation"], str) or not isinstance(data["runs"], list):
        raise StoreError(
            "The history file's organisation must be text and its runs a list.", "history_invalid"
        )
    if len(organisation_name(data["organisation"])) > MAX_ORGANISATION:
        raise StoreError(
            f"The history file's organisation is longer than {MAX_ORGANISATION} characters.",
            "history_organisation_long",
            limit=MAX_ORGANISATION,
        )
    return data


def _not_json() -> StoreError:
    return StoreError("The history file is not valid UTF-8 JSON, so it was not imported.", "history_not_json")


def _refused(exc: BoundsError) -> StoreError:
    """Each bound the file broke, in one sentence; a key given twice is simply not valid JSON here."""
    if exc.reason == "depth":
        return StoreError(
            f"The history file is nested more than {MAX_DEPTH} levels deep, so it was not imported.",
            "history_too_deep",
            depth=MAX_DEPTH,
        )
    if exc.reason == "number":
        return StoreError(
            f"The history file holds a number of more than {MAX_DIGITS} digits, so it was not imported.",
            "history_number_too_long",
            digits=MAX_DIGITS,
        )
    if exc.reason == "unicode":
        return StoreError(
            "The history file holds invalid Unicode (half of a surrogate pair), so it was not imported.",
            "history_bad_unicode",
        )
    return _not_json()


def _history_run(entry: object, position: int, organisation: str, questionnaire: Questionnaire) -> HistoryRun:
    where = f"Run {position} of the history file"
    if not isinstance(entry, dict) or set(entry) != {"result", "snapshot"}:
        raise _bad_run(f"{where} must be an object with exactly result and snapshot.", position)
    snapshot = _snapshot_from_dict(entry["snapshot"], where, position)
    if not isinstance(entry["result"], dict):
        raise _bad_run(f"{where} has a result that is not an object.", position)
    answers = entry["result"].get("answers")
    try:
        # The result file's own rules; answers it drops as unknown today are kept,
        # since they are checked against the run's snapshot below.
        loaded = parse_result(json.dumps(entry["result"]).encode("utf-8"), questionnaire)
    except ScoringError as exc:
        raise _bad_run(f"{where} is not a valid result: {exc}", position, exc) from exc
    result = replace(loaded.result, answers=dict(answers) if isinstance(answers, dict) else {})
    if result.organisation != organisation:
        theirs, ours = shorten(result.organisation), shorten(organisation)
        raise _bad_run(f"{where} belongs to {theirs!r}, not to {ours!r}.", position)
    try:
        check_result(result, snapshot)
    except StoreError as exc:
        raise _bad_run(f"{where} does not fit its snapshot: {exc}", position, exc) from exc
    return HistoryRun(result, snapshot)


def _bad_run(text: str, position: int, reason: ScoringError | None = None) -> StoreError:
    if reason is None:
        return StoreError(text, "history_bad_run", position=position)
    return StoreError(text, "history_bad_run_because", position=position, reason=reason)


def _snapshot_from_dict(data: object, where: str, position: int) -> Snapshot:
    try:
        return parse_snapshot(data)
    except (KeyError, TypeError, ValueError) as exc:
        raise _bad_run(f"{where} has a snapshot that is not valid ({exc}).", position) from exc
