"""The history file: one organisation's runs, each with the questionnaire it was answered on,
and its action plan.

A pure format module: read (every run and action checked before anything is
stored) and write. The store adds what it reads and exports what it holds.

The optional "actions" key holds the action plan (each action with its
history of changes). It is written only when the organisation has actions,
so a file without a plan stays readable by older versions of the tool; a file
with one needs this version or later (older readers refuse the unknown key,
so nothing is half-imported). format_version stays 1.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from scoring.actions import (
    CHANGES,
    Action,
    ActionChange,
    ActionFields,
    action_fields,
    fields_to_dict,
    parse_time,
)
from scoring.answers import MAX_ORGANISATION, organisation_name
from scoring.bounds import MAX_DEPTH, MAX_DIGITS, BoundsError, load_json, shorten
from scoring.errors import ScoringError, StoreError
from scoring.model import Questionnaire
from scoring.results import Result, dump_result, parse_result
from scoring.snapshot import Snapshot, check_result, parse_snapshot, snapshot_to_dict

HISTORY_FORMAT = "sjalvskattning-history"
HISTORY_FORMAT_VERSION = 1
MAX_HISTORY_BYTES = 64 * 1024 * 1024
_HISTORY_KEYS = {"format", "format_version", "organisation", "runs", "actions"}
_ACTION_KEYS = {
    "uid", "title", "items", "owner", "due", "status", "note",
    "created_at", "created_by", "updated_at", "updated_by", "deleted_at", "changes",
}  # fmt: skip
_CHANGE_KEYS = {"at", "by", "change", "fields"}
_FIELD_KEYS = {"title", "items", "owner", "due", "status", "note"}
_UID = re.compile(r"[A-Za-z0-9_-]{16,64}")


@dataclass(frozen=True)
class HistoryRun:
    """One run as a history file carries it: no store id, its own snapshot."""

    result: Result
    snapshot: Snapshot


@dataclass(frozen=True)
class HistoryAction:
    """One action as a history file carries it: its store id is not kept (0 once read)."""

    action: Action
    changes: tuple[ActionChange, ...]


@dataclass(frozen=True)
class HistoryFile:
    organisation: str
    runs: tuple[HistoryRun, ...]
    actions: tuple[HistoryAction, ...] = ()


def looks_like_history(raw: bytes) -> bool:
    """A history file is a JSON object with a "format" key; a result file has none."""
    try:
        data = load_json(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, BoundsError):
        return False
    return isinstance(data, dict) and "format" in data


def dump_history(organisation: str, runs: Iterable[HistoryRun], actions: Iterable[HistoryAction] = ()) -> str:
    payload: dict[str, object] = {
        "format": HISTORY_FORMAT,
        "format_version": HISTORY_FORMAT_VERSION,
        "organisation": organisation,
        "runs": [
            {"result": json.loads(dump_result(run.result)), "snapshot": snapshot_to_dict(run.snapshot)}
            for run in runs
        ],
    }
    plan = [_action_entry(entry) for entry in actions]
    if plan:  # without a plan the file stays exactly what older versions write and read
        payload["actions"] = plan
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


def parse_history(raw: bytes | str, questionnaire: Questionnaire) -> tuple[str, tuple[HistoryRun, ...]]:
    """Check a whole history file before anything is stored; return its organisation and runs."""
    history = parse_history_file(raw, questionnaire)
    return history.organisation, history.runs


def parse_history_file(raw: bytes | str, questionnaire: Questionnaire) -> HistoryFile:
    """Check a whole history file, runs and action plan, before anything is stored."""
    data = _decode_history(raw)
    organisation = data["organisation"]
    runs = tuple(
        _history_run(entry, position, organisation, questionnaire)
        for position, entry in enumerate(data["runs"], start=1)
    )
    actions = data.get("actions", [])
    if not isinstance(actions, list):
        raise StoreError("The history file's actions must be a list.", "history_invalid")
    if actions and (not organisation or organisation_name(organisation) != organisation):
        raise StoreError("A history file with actions must name its organisation.", "history_invalid")
    plan = tuple(
        _history_action(entry, position, questionnaire) for position, entry in enumerate(actions, start=1)
    )
    return HistoryFile(organisation, runs, plan)


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
    if not {"format", "format_version", "organisation", "runs"} <= set(data) <= _HISTORY_KEYS:
        raise StoreError(
            "The history file must have exactly format, format_version, organisation and runs "
            "(and may have actions).",
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


# --- the action plan ---------------------------------------------------------------


def _action_entry(entry: HistoryAction) -> dict[str, object]:
    action = entry.action
    return {
        "uid": action.uid,
        **fields_to_dict(action.fields),
        "created_at": action.created_at.isoformat(),
        "created_by": action.created_by,
        "updated_at": action.updated_at.isoformat(),
        "updated_by": action.updated_by,
        "deleted_at": action.deleted_at.isoformat() if action.deleted_at else None,
        "changes": [
            {"at": c.at.isoformat(), "by": c.by, "change": c.change, "fields": fields_to_dict(c.fields)}
            for c in entry.changes
        ],
    }


def _history_action(entry: object, position: int, questionnaire: Questionnaire) -> HistoryAction:
    """An action of the file, checked by the same rules as one made in the app."""
    if not isinstance(entry, dict) or set(entry) != _ACTION_KEYS:
        raise _bad_action(
            f"Action {position} of the history file must have exactly the action fields.", position
        )
    try:
        if not isinstance(entry["uid"], str) or not _UID.fullmatch(entry["uid"]):
            raise ValueError("its uid is not one this tool writes")
        if not isinstance(entry["changes"], list) or not all(isinstance(c, dict) for c in entry["changes"]):
            raise ValueError("its changes must be a list of objects")
        action = Action(
            id=0,
            uid=entry["uid"],
            organisation="",
            fields=_fields(entry, questionnaire),
            created_at=parse_time(entry["created_at"]),
            created_by=_who(entry["created_by"]),
            updated_at=parse_time(entry["updated_at"]),
            updated_by=_who(entry["updated_by"]),
            deleted_at=None if entry["deleted_at"] is None else parse_time(entry["deleted_at"]),
        )
        changes = tuple(_change(change, questionnaire) for change in entry["changes"])
    except ScoringError as exc:
        raise StoreError(
            f"Action {position} of the history file is not valid: {exc}",
            "history_bad_action_because",
            position=position,
            reason=exc,
        ) from exc
    except (KeyError, TypeError, ValueError) as exc:
        raise _bad_action(f"Action {position} of the history file is not valid ({exc}).", position) from exc
    return HistoryAction(action, changes)


def _fields(data: dict[str, Any], questionnaire: Questionnaire) -> ActionFields:
    if not set(data) >= _FIELD_KEYS:
        raise ValueError("an action needs title, items, owner, due, status and note")
    return action_fields(
        questionnaire,
        title=data["title"],
        items=data["items"] if isinstance(data["items"], list) else "",
        owner=data["owner"],
        due=data["due"],
        status=data["status"],
        note=data["note"],
    )


def _change(data: dict[str, Any], questionnaire: Questionnaire) -> ActionChange:
    if (
        set(data) != _CHANGE_KEYS
        or not isinstance(data["fields"], dict)
        or set(data["fields"]) != _FIELD_KEYS
    ):
        raise ValueError("a change must have exactly at, by, change and fields")
    if data["change"] not in CHANGES:
        raise ValueError(f"{data['change']!r} is not a kind of change")
    return ActionChange(
        parse_time(data["at"]), _who(data["by"]), data["change"], _fields(data["fields"], questionnaire)
    )


def _who(value: object) -> str:
    if not isinstance(value, str) or len(value) > 320:
        raise ValueError("who changed it must be text of at most 320 characters")
    return value


def _bad_action(text: str, position: int) -> StoreError:
    return StoreError(text, "history_bad_action", position=position)
