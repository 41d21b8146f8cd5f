"""Answers given to an earlier questionnaire version, carried onto this one.

An item that kept its meaning either kept its id or names its old id in
`replaces`; an answer to it is carried over. An answer to an item whose meaning
changed, or that was merged into another, is dropped, so a score never rests on
a statement the respondent did not see.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from scoring.model import Questionnaire

V = TypeVar("V")


@dataclass(frozen=True)
class Upgrade(Generic[V]):
    answers: dict[str, V]  # keyed by this version's ids
    # old id -> new id, for answers carried over under a new id
    mapped: dict[str, str] = field(default_factory=dict)
    kept: tuple[str, ...] = ()  # ids that are the same in both versions
    dropped: tuple[str, ...] = ()  # old ids with no item in this version


def upgrade_answers(questionnaire: Questionnaire, answers: Mapping[str, V]) -> Upgrade[V]:
    """Carry answers keyed by old ids onto `questionnaire`'s ids.

    An answer already keyed by a current id wins over one carried from its old id.
    """
    successor = {item.replaces: item.id for item in questionnaire.items if item.replaces}
    out: dict[str, V] = {}
    mapped: dict[str, str] = {}
    kept: list[str] = []
    dropped: list[str] = []
    for item_id, value in answers.items():
        if questionnaire.has_item(item_id):
            out[item_id] = value
            kept.append(item_id)
        elif item_id in successor:
            new = successor[item_id]
            mapped[item_id] = new
            out.setdefault(new, value)
        else:
            dropped.append(item_id)
    order = {item.id: n for n, item in enumerate(questionnaire.items)}
    ordered = dict(sorted(out.items(), key=lambda pair: order[pair[0]]))
    return Upgrade(ordered, mapped, tuple(kept), tuple(dropped))


def is_previous_version(questionnaire: Questionnaire, version: str) -> bool:
    previous = questionnaire.previous
    return previous is not None and version == previous.version and version != questionnaire.version


def carry_over(questionnaire: Questionnaire, version: str, answers: Mapping[str, V]) -> Upgrade[V]:
    """Answers given with `version`, on `questionnaire`'s ids.

    Only the previous version is carried through `replaces`; answers from any
    other version keep the ids both share and drop the rest.
    """
    if is_previous_version(questionnaire, version):
        return upgrade_answers(questionnaire, answers)
    known = {k: v for k, v in answers.items() if questionnaire.has_item(k)}
    return Upgrade(known, {}, tuple(known), tuple(k for k in answers if k not in known))
