"""The questionnaire as frozen values.

Validation lives here so that every way of building a questionnaire (YAML, a
snapshot in the store, a test) obeys the same rules.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    Strict,
    field_validator,
    model_validator,
)

Lang = Literal["sv", "en"]
LANGS: tuple[Lang, ...] = ("sv", "en")
ItemKind = Literal["factor", "pitfall"]
SLUG = r"^[a-z0-9]+(-[a-z0-9]+)*$"
_NOT_BLANK = r"\S"
MIN_ITEMS_PER_AREA = 5


# Strict scalars: a YAML "4" must not silently become the number 4.
StrictNumber = Annotated[float, Strict(), Field(allow_inf_nan=False)]
StrictInteger = Annotated[int, Strict()]


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Text(Frozen):
    """A text in both languages; neither may be blank."""

    sv: str = Field(pattern=_NOT_BLANK)
    en: str = Field(pattern=_NOT_BLANK)

    def __call__(self, lang: Lang) -> str:
        return self.sv if lang == "sv" else self.en


class TextList(Frozen):
    sv: tuple[Annotated[str, Field(pattern=_NOT_BLANK)], ...] = Field(min_length=1)
    en: tuple[Annotated[str, Field(pattern=_NOT_BLANK)], ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _same_length(self) -> TextList:
        if len(self.sv) != len(self.en):
            raise ValueError(f"sv has {len(self.sv)} entries but en has {len(self.en)}")
        return self

    def __call__(self, lang: Lang) -> tuple[str, ...]:
        return self.sv if lang == "sv" else self.en


class ScalePoint(Frozen):
    value: StrictInteger = Field(ge=1, le=5)
    label: Text


class Scale(Frozen):
    points: tuple[ScalePoint, ...]
    dont_know: Text

    @field_validator("points")
    @classmethod
    def _one_to_five(cls, points: tuple[ScalePoint, ...]) -> tuple[ScalePoint, ...]:
        values = [p.value for p in points]
        if values != [1, 2, 3, 4, 5]:
            raise ValueError(f"points must be the values 1 to 5 in order, got {values}")
        return points

    def label(self, value: int | None, lang: Lang) -> str:
        if value is None:
            return self.dont_know(lang)
        return self.points[value - 1].label(lang)


class Level(Frozen):
    id: str = Field(pattern=SLUG)
    min: StrictNumber = Field(ge=0, le=100)
    label: Text
    description: Text


class Item(Frozen):
    id: str = Field(pattern=SLUG)
    kind: ItemKind
    text: Text
    help: Text
    advice: Text | None = None
    weight: StrictNumber = Field(default=1.0, gt=0)


class Area(Frozen):
    id: str = Field(pattern=SLUG)
    title: Text
    source: str = Field(pattern=_NOT_BLANK)
    intro: Text
    recommendations: TextList
    items: tuple[Item, ...]

    @field_validator("items")
    @classmethod
    def _enough_items_and_a_pitfall(cls, items: tuple[Item, ...]) -> tuple[Item, ...]:
        if len(items) < MIN_ITEMS_PER_AREA:
            raise ValueError(f"an area needs at least {MIN_ITEMS_PER_AREA} items, this one has {len(items)}")
        if not any(item.kind == "pitfall" for item in items):
            raise ValueError("an area needs at least one item of kind 'pitfall'")
        return items


class Source(Frozen):
    title: str = Field(min_length=1)
    publisher: str = Field(min_length=1)
    date: str = Field(pattern=r"^\d{4}-\d{2}-\d{2}$")


class Questionnaire(Frozen):
    id: str = Field(pattern=SLUG)
    version: str = Field(min_length=1)
    title: Text
    source: Source
    scale: Scale
    levels: tuple[Level, ...] = Field(min_length=1)
    areas: tuple[Area, ...] = Field(min_length=1)
    _index: dict[str, tuple[Area, Item]] = PrivateAttr(default_factory=dict)

    def model_post_init(self, context: object, /) -> None:
        self._index = {item.id: (area, item) for area in self.areas for item in area.items}

    @field_validator("levels")
    @classmethod
    def _levels_ascending_from_zero(cls, levels: tuple[Level, ...]) -> tuple[Level, ...]:
        if levels[0].min != 0:
            raise ValueError(f"the first level must have min 0, got {levels[0].min:g}")
        for lower, upper in pairwise(levels):
            if upper.min <= lower.min:
                raise ValueError(
                    f"levels must ascend by min, but '{upper.id}' ({upper.min:g}) "
                    f"follows '{lower.id}' ({lower.min:g})"
                )
        return levels

    @model_validator(mode="after")
    def _unique_ids(self) -> Questionnaire:
        seen: set[str] = set()
        ids = [level.id for level in self.levels]
        if len(set(ids)) != len(ids):
            raise ValueError(f"level ids must be unique, got {ids}")
        for area in self.areas:
            for id_ in [area.id, *(item.id for item in area.items)]:
                if id_ in seen:
                    raise ValueError(f"duplicate id '{id_}': area and item ids must be unique")
                seen.add(id_)
        return self

    @property
    def items(self) -> tuple[Item, ...]:
        return tuple(item for area in self.areas for item in area.items)

    def item(self, item_id: str) -> Item:
        return self._index[item_id][1]

    def area_of(self, item_id: str) -> Area:
        return self._index[item_id][0]

    def has_item(self, item_id: str) -> bool:
        return item_id in self._index

    def level_for(self, score: float | None) -> Level | None:
        if score is None:
            return None
        eligible = [level for level in self.levels if level.min <= score]
        return eligible[-1] if eligible else self.levels[0]
