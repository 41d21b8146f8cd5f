"""The questionnaire as a run saw it: enough to show the run after the questions change.

A pure format module: building a snapshot, its canonical JSON and hash,
reading one back, and checking that a result fits it. The store and the
history file both use it; neither owns it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from scoring.answers import ROLES, canonical_json, sha256_hex, valid_answer, valid_role
from scoring.errors import StoreError
from scoring.model import Questionnaire
from scoring.results import Result


@dataclass(frozen=True)
class SnapshotItem:
    id: str
    area: str
    area_title: dict[str, str]  # {"sv": ..., "en": ...}
    text: dict[str, str]
    kind: str


@dataclass(frozen=True)
class Snapshot:
    """The questionnaire as a run saw it: enough to show the run after the questions change."""

    questionnaire_id: str
    version: str
    hash: str  # sha256 of the canonical JSON of everything else
    items: tuple[SnapshotItem, ...]

    @property
    def item_ids(self) -> tuple[str, ...]:
        return tuple(item.id for item in self.items)


def snapshot_body(questionnaire_id: str, version: str, items: Iterable[SnapshotItem]) -> str:
    """The canonical JSON a snapshot's hash is taken over, and the store keeps."""
    return canonical_json(
        {
            "questionnaire_id": questionnaire_id,
            "version": version,
            "items": [
                {
                    "id": i.id,
                    "area": i.area,
                    "area_title": dict(i.area_title),
                    "text": dict(i.text),
                    "kind": i.kind,
                }
                for i in items
            ],
        }
    )


def snapshot_of(questionnaire: Questionnaire) -> Snapshot:
    items = tuple(
        SnapshotItem(
            id=item.id,
            area=area.id,
            area_title={"sv": area.title.sv, "en": area.title.en},
            text={"sv": item.text.sv, "en": item.text.en},
            kind=item.kind,
        )
        for area in questionnaire.areas
        for item in area.items
    )
    body = snapshot_body(questionnaire.id, questionnaire.version, items)
    return Snapshot(questionnaire.id, questionnaire.version, sha256_hex(body), items)


def snapshot_to_dict(snapshot: Snapshot) -> dict[str, Any]:
    body = json.loads(snapshot_body(snapshot.questionnaire_id, snapshot.version, snapshot.items))
    return {"hash": snapshot.hash, **body}


def parse_snapshot(data: object) -> Snapshot:
    """A snapshot from its dict form; ValueError (or KeyError, TypeError) when it is not one."""
    if not isinstance(data, dict) or set(data) != {"hash", "questionnaire_id", "version", "items"}:
        raise ValueError("it needs exactly hash, questionnaire_id, version and items")
    items = tuple(_snapshot_item(item) for item in data["items"])
    if not isinstance(data["questionnaire_id"], str) or not isinstance(data["version"], str):
        raise ValueError("questionnaire_id and version must be text")
    body = snapshot_body(data["questionnaire_id"], data["version"], items)
    if sha256_hex(body) != data["hash"]:
        raise ValueError("its hash does not match its content")
    return Snapshot(data["questionnaire_id"], data["version"], data["hash"], items)


def _snapshot_item(data: object) -> SnapshotItem:
    if not isinstance(data, dict) or set(data) != {"id", "area", "area_title", "text", "kind"}:
        raise ValueError("each item needs exactly id, area, area_title, text and kind")
    texts = [data["area_title"], data["text"]]
    if not all(isinstance(t, dict) and set(t) == {"sv", "en"} for t in texts):
        raise ValueError("area_title and text need sv and en")
    strings = [data["id"], data["area"], data["kind"], *texts[0].values(), *texts[1].values()]
    if not all(isinstance(s, str) for s in strings) or data["kind"] not in ("factor", "pitfall"):
        raise ValueError(f"item {data['id']!r} has a value of the wrong type")
    return SnapshotItem(data["id"], data["area"], dict(texts[0]), dict(texts[1]), data["kind"])


def check_result(result: Result, snapshot: Snapshot) -> None:
    """A result the store takes must fit its snapshot; bad ones are refused, not stored."""
    if result.questionnaire_id != snapshot.questionnaire_id:
        raise StoreError(
            f"The run belongs to the questionnaire {result.questionnaire_id!r}, "
            f"not to {snapshot.questionnaire_id!r}, so it was not saved.",
            "run_invalid",
        )
    if not valid_role(result.role):
        raise StoreError(
            f"The role {result.role!r} is not one of {', '.join(ROLES)}, so the run was not saved.",
            "run_invalid",
        )
    try:
        datetime.fromisoformat(result.created_at)
    except (TypeError, ValueError) as exc:
        raise StoreError(
            f"The time {result.created_at!r} is not an ISO 8601 time, so the run was not saved.",
            "run_invalid",
        ) from exc
    known = set(snapshot.item_ids)
    for item_id, value in result.answers.items():
        if item_id not in known:
            raise StoreError(
                f"The questionnaire has no item {item_id!r}, so the run was not saved.", "run_invalid"
            )
        if not valid_answer(value):
            raise StoreError(
                f"The answer to {item_id!r} must be 1 to 5 or null, so the run was not saved.", "run_invalid"
            )
