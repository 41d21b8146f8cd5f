"""What a leadership group reads first: ranked strengths, gaps and next steps.

Shared by the results page and the meeting report so both say the same thing.
"""

from __future__ import annotations

from dataclasses import dataclass

from scoring.model import Area, Item, Questionnaire
from scoring.score import Scores

AREA_COUNT = 3


@dataclass(frozen=True)
class RankedItem:
    item: Item
    area: Area
    score: float


@dataclass(frozen=True)
class Summary:
    strengths: tuple[RankedItem, ...]  # best first
    gaps: tuple[RankedItem, ...]  # worst first
    active_pitfalls: tuple[RankedItem, ...]
    strongest_areas: tuple[Area, ...]  # best first
    weakest_areas: tuple[Area, ...]  # worst first


def summarise(questionnaire: Questionnaire, scores: Scores, limit: int = 5) -> Summary:
    def ranked(ids: tuple[str, ...], best_first: bool) -> tuple[RankedItem, ...]:
        rows = [
            RankedItem(questionnaire.item(i), questionnaire.area_of(i), scores.item(i).score or 0.0)
            for i in ids
        ]
        rows.sort(key=lambda r: r.score, reverse=best_first)
        return tuple(rows[:limit])

    scored = [a for a in scores.areas if a.score is not None]
    by_score = sorted(scored, key=lambda a: a.score or 0.0)
    areas = {area.id: area for area in questionnaire.areas}
    return Summary(
        strengths=ranked(scores.strengths, best_first=True),
        gaps=ranked(scores.gaps, best_first=False),
        active_pitfalls=ranked(scores.active_pitfalls, best_first=False),
        strongest_areas=tuple(areas[a.id] for a in reversed(by_score[-AREA_COUNT:])),
        weakest_areas=tuple(areas[a.id] for a in by_score[:AREA_COUNT]),
    )
