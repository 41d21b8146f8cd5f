"""Scores from answers: the rules the method page explains, in one place."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from scoring.model import Area, Item, Level, Questionnaire
from scoring.results import Answers

STRENGTH_AT = 75.0
GAP_AT = 25.0
ACTIVE_PITFALL_ANSWERS = (4, 5)


@dataclass(frozen=True)
class ItemScore:
    id: str
    area: str
    kind: str
    answer: int | None  # None: "don't know" or unanswered; see `answered`
    answered: bool  # present in the answers, "don't know" included
    score: float | None


@dataclass(frozen=True)
class AreaScore:
    id: str
    score: float | None  # None: too little to go on
    level: Level | None
    answered: int  # answers 1-5
    dont_know: int
    unanswered: int
    items: tuple[str, ...]


@dataclass(frozen=True)
class Scores:
    overall: float | None
    level: Level | None
    areas: tuple[AreaScore, ...]
    items: tuple[ItemScore, ...]
    strengths: tuple[str, ...]
    gaps: tuple[str, ...]
    active_pitfalls: tuple[str, ...]

    @property
    def answered(self) -> int:
        """Statements with an answer from 1 to 5 ("Vet ej" is not counted)."""
        return sum(area.answered for area in self.areas)

    def area(self, area_id: str) -> AreaScore:
        return next(a for a in self.areas if a.id == area_id)

    def item(self, item_id: str) -> ItemScore:
        return next(i for i in self.items if i.id == item_id)


def item_score(kind: str, answer: int | None) -> float | None:
    if answer is None:
        return None
    return 25.0 * (answer - 1) if kind == "factor" else 25.0 * (5 - answer)


def weighted_area_score(area: Area, item_scores: Mapping[str, float | None]) -> float | None:
    """Weighted mean of the existing item scores; None below half coverage."""
    scored = [(item, item_scores.get(item.id)) for item in area.items]
    present = [(item, value) for item, value in scored if value is not None]
    if 2 * len(present) < len(area.items):
        return None
    total_weight = sum(item.weight for item, _ in present)
    return sum(item.weight * value for item, value in present) / total_weight


def overall_index(area_scores: Iterable[float | None], area_count: int) -> float | None:
    present = [value for value in area_scores if value is not None]
    if not present or 2 * len(present) < area_count:
        return None
    return sum(present) / len(present)


@dataclass(frozen=True)
class Progress:
    done: int
    total: int
    areas: tuple[tuple[int, int], ...]  # (answered, items) per area, "Vet ej" counted as answered

    @property
    def share(self) -> float:
        return self.done / self.total if self.total else 0.0


def answer_progress(questionnaire: Questionnaire, answers: Answers) -> Progress:
    areas = tuple(
        (sum(1 for item in area.items if item.id in answers), len(area.items)) for area in questionnaire.areas
    )
    return Progress(done=sum(done for done, _ in areas), total=len(questionnaire.items), areas=areas)


def round1(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


def score(questionnaire: Questionnaire, answers: Answers) -> Scores:
    items = tuple(_score_item(area, item, answers) for area in questionnaire.areas for item in area.items)
    by_id = {item.id: item.score for item in items}
    active = tuple(i.id for i in items if i.kind == "pitfall" and i.answer in ACTIVE_PITFALL_ANSWERS)
    return assemble(questionnaire, items, by_id, active)


def assemble(
    questionnaire: Questionnaire,
    items: tuple[ItemScore, ...],
    item_scores: Mapping[str, float | None],
    active_pitfalls: tuple[str, ...],
) -> Scores:
    """Area, overall, level, strengths and gaps from item scores.

    Shared by single runs and team rounds, which differ only in how an item's
    score and an active pitfall are found.
    """
    raw_areas = [weighted_area_score(area, item_scores) for area in questionnaire.areas]
    areas = tuple(
        _area_score(questionnaire, area, raw, items)
        for area, raw in zip(questionnaire.areas, raw_areas, strict=True)
    )
    overall = round1(overall_index(raw_areas, len(questionnaire.areas)))
    return Scores(
        overall=overall,
        level=questionnaire.level_for(overall),
        areas=areas,
        items=items,
        strengths=tuple(i.id for i in items if i.score is not None and i.score >= STRENGTH_AT),
        gaps=tuple(i.id for i in items if i.score is not None and i.score <= GAP_AT),
        active_pitfalls=active_pitfalls,
    )


def _score_item(area: Area, item: Item, answers: Answers) -> ItemScore:
    answer = answers.get(item.id)
    return ItemScore(
        id=item.id,
        area=area.id,
        kind=item.kind,
        answer=answer,
        answered=item.id in answers,
        score=item_score(item.kind, answer),
    )


def _area_score(
    questionnaire: Questionnaire, area: Area, raw: float | None, items: tuple[ItemScore, ...]
) -> AreaScore:
    mine = [i for i in items if i.area == area.id]
    value = round1(raw)
    return AreaScore(
        id=area.id,
        score=value,
        level=questionnaire.level_for(value),
        answered=sum(1 for i in mine if i.score is not None),
        dont_know=sum(1 for i in mine if i.answered and i.score is None),
        unanswered=sum(1 for i in mine if not i.answered),
        items=tuple(i.id for i in mine),
    )


def scores_to_dict(scores: Scores) -> dict[str, object]:
    """The `score --format json` contract: ids, figures to one decimal, null for no score."""
    return {
        "overall": scores.overall,
        "level": scores.level.id if scores.level else None,
        "areas": [
            {
                "id": a.id,
                "score": a.score,
                "level": a.level.id if a.level else None,
                "answered": a.answered,
                "dont_know": a.dont_know,
                "unanswered": a.unanswered,
                "items": list(a.items),
            }
            for a in scores.areas
        ],
        "items": [
            {"id": i.id, "area": i.area, "kind": i.kind, "answer": i.answer, "score": round1(i.score)}
            for i in scores.items
        ],
        "strengths": list(scores.strengths),
        "gaps": list(scores.gaps),
        "active_pitfalls": list(scores.active_pitfalls),
    }
