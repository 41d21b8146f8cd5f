"""What a leadership group reads first: ranked strengths, gaps and next steps.

Shared by the results page and the meeting report so both say the same thing.
"""

from __future__ import annotations

from dataclasses import dataclass

from scoring.model import Area, Item, Lang, Questionnaire
from scoring.score import STRENGTH_AT, Scores
from scoring.strings import t

AREA_COUNT = 3


@dataclass(frozen=True)
class RankedItem:
    item: Item
    area: Area
    score: float

    @property
    def avoided(self) -> bool:
        """A pitfall that scores well: the risk it names is avoided."""
        return self.item.kind == "pitfall" and self.score >= STRENGTH_AT

    def label(self, lang: Lang) -> str:
        """The item's short label; for an avoided pitfall, "Undviker: <risk>"."""
        return item_label(self.item, self.score, lang)


def item_label(item: Item, score: float | None, lang: Lang) -> str:
    short = item.short(lang)
    if item.kind == "pitfall" and score is not None and score >= STRENGTH_AT:
        return t("avoids", lang, risk=_lower_first(short))
    return short


def _lower_first(text: str) -> str:
    # "IT-system" and other words in capitals keep their case.
    if len(text) > 1 and text[1].isupper():
        return text
    return text[:1].lower() + text[1:]


@dataclass(frozen=True)
class Summary:
    strengths: tuple[RankedItem, ...]  # best first; a pitfall here is a risk avoided
    gaps: tuple[RankedItem, ...]  # worst first
    active_pitfalls: tuple[RankedItem, ...]
    strongest_areas: tuple[Area, ...]  # best first
    weakest_areas: tuple[Area, ...]  # worst first

    @property
    def avoided(self) -> tuple[RankedItem, ...]:
        """The strengths that are pitfalls avoided, best first."""
        return tuple(row for row in self.strengths if row.avoided)


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
