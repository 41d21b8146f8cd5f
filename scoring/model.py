"""The questionnaire as frozen values.

Validation lives here so that every way of building a questionnaire (YAML, a
snapshot in the store, a test) obeys the same rules.
"""

from __future__ import annotations

import re
from itertools import pairwise
from statistics import median
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

from scoring.readability import lix, word_count

Lang = Literal["sv", "en"]
LANGS: tuple[Lang, ...] = ("sv", "en")
ItemKind = Literal["factor", "pitfall"]
SLUG = r"^[a-z0-9]+(-[a-z0-9]+)*$"
_NOT_BLANK = r"\S"
MIN_ITEMS_PER_AREA = 5
# Who an item is about, and who can judge it from their own seat.
About = Literal["political", "administration", "both"]
AnswerableBy = Literal["politicians", "officials", "both"]
# Per area: items each side can judge, and items about the political leadership.
MIN_ANSWERABLE_PER_SIDE = 2
MIN_ABOUT_POLITICAL = 1
SHORT_MAX = 45
REPLACES_OF = "replaces of "
MAX_DISCUSSION = 2
# Readability (LIX, see scoring/readability.py), Swedish text only.
MAX_STATEMENT_LIX = 55.0
MAX_MEDIAN_STATEMENT_LIX = 42.0
MAX_HELP_LIX = 60.0
# LIX says nothing about a text of a few words ("Omformulerat" alone would score 101).
MIN_LIX_WORDS = 5
# Words a statement may not use: a negation makes "Stämmer inte alls" a double
# negative, and a frequency word competes with the agreement scale.
REFUSED_WORDS: dict[str, tuple[str, ...]] = {
    "sv": (
        "inte", "ej", "icke", "utan", "aldrig", "ingen", "inget", "inga", "varken",
        "ofta", "oftast", "sällan", "lätt", "alltid", "ibland", "jämt", "vanligtvis", "regelbundet",
    ),
    "en": (
        "not", "no", "never", "without", "none", "nor", "neither", "nobody", "nothing",
        "often", "usually", "rarely", "seldom", "always", "sometimes", "easily", "regularly", "frequently",
    ),
}  # fmt: skip


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


def refused_words(text: str, lang: Lang) -> list[str]:
    """The refused words in a statement, in the order they appear."""
    words = re.findall(r"[^\W_]+(?:'[a-z]+)?", text.lower())
    found = [w for w in words if w in REFUSED_WORDS[lang]]
    if lang == "en":
        found += [w for w in words if w.endswith("n't")]
    return found


def _readable(text: str, limit: float) -> str:
    value = lix(text)
    if value > limit and word_count(text) >= MIN_LIX_WORDS:
        raise ValueError(f"LIX is {value:.1f}; the limit is {limit:g}: use shorter words or sentences")
    return text


def _no_refused_words(text: str, lang: Lang) -> str:
    found = refused_words(text, lang)
    if found:
        words = ", ".join(f"'{w}'" for w in dict.fromkeys(found))
        raise ValueError(f"a statement may not use negations or frequency words, found {words}")
    return text


class Statement(Text):
    """An item's statement: plain, readable, no negation, no frequency word."""

    @field_validator("sv")
    @classmethod
    def _plain_sv(cls, text: str) -> str:
        return _readable(_no_refused_words(text, "sv"), MAX_STATEMENT_LIX)

    @field_validator("en")
    @classmethod
    def _plain_en(cls, text: str) -> str:
        return _no_refused_words(text, "en")


class HelpText(Text):
    @field_validator("sv")
    @classmethod
    def _readable_sv(cls, text: str) -> str:
        return _readable(text, MAX_HELP_LIX)


class ShortText(Text):
    """A label for charts and lists, short enough never to be cut."""

    sv: str = Field(pattern=_NOT_BLANK, max_length=SHORT_MAX)
    en: str = Field(pattern=_NOT_BLANK, max_length=SHORT_MAX)


class GlossaryEntry(Frozen):
    term: Text
    definition: Text


class PreviousVersion(Frozen):
    """The item ids of the version before this one, with their kind."""

    version: str = Field(min_length=1)
    items: dict[Annotated[str, Field(pattern=SLUG)], ItemKind] = Field(min_length=1)


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
    about: About
    answerable_by: AnswerableBy
    short: ShortText
    text: Statement
    help: HelpText
    advice: Text | None = None
    weight: StrictNumber = Field(default=1.0, gt=0)
    # The previous version's id of this item, when only the wording changed.
    replaces: str | None = Field(default=None, pattern=SLUG)

    def answerable_by_side(self, side: Literal["politicians", "officials"]) -> bool:
        return self.answerable_by in (side, "both")


class Area(Frozen):
    id: str = Field(pattern=SLUG)
    title: Text
    source: str = Field(pattern=_NOT_BLANK)
    intro: Text
    what_good: Text
    discussion: TextList
    recommendations: TextList
    items: tuple[Item, ...]

    @field_validator("discussion")
    @classmethod
    def _one_or_two_questions(cls, discussion: TextList) -> TextList:
        if len(discussion.sv) > MAX_DISCUSSION:
            raise ValueError(
                f"an area has one or two discussion questions, this one has {len(discussion.sv)}"
            )
        return discussion

    @field_validator("items")
    @classmethod
    def _enough_items_and_a_pitfall(cls, items: tuple[Item, ...]) -> tuple[Item, ...]:
        if len(items) < MIN_ITEMS_PER_AREA:
            raise ValueError(f"an area needs at least {MIN_ITEMS_PER_AREA} items, this one has {len(items)}")
        if not any(item.kind == "pitfall" for item in items):
            raise ValueError("an area needs at least one item of kind 'pitfall'")
        for side in ("politicians", "officials"):
            ids = [item.id for item in items if item.answerable_by_side(side)]
            if len(ids) < MIN_ANSWERABLE_PER_SIDE:
                raise ValueError(
                    f"an area needs at least {MIN_ANSWERABLE_PER_SIDE} items that {side} can answer "
                    f"(answerable_by: {side} or both), this one has {len(ids)}: {ids}"
                )
        if sum(1 for item in items if item.about == "political") < MIN_ABOUT_POLITICAL:
            raise ValueError(
                "an area needs at least one item about the political leadership (about: political)"
            )
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
    glossary: tuple[GlossaryEntry, ...] = Field(min_length=1)
    scale: Scale
    levels: tuple[Level, ...] = Field(min_length=1)
    areas: tuple[Area, ...] = Field(min_length=1)
    previous: PreviousVersion | None = None
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

    @model_validator(mode="after")
    def _readable_on_the_whole(self) -> Questionnaire:
        values = sorted(((lix(item.text.sv), item.id) for item in self.items), reverse=True)
        middle = median(value for value, _ in values)
        if middle > MAX_MEDIAN_STATEMENT_LIX:
            worst = ", ".join(f"{item_id} {value:.1f}" for value, item_id in values[:3])
            raise ValueError(
                f"the median LIX of the Swedish statements is {middle:.1f}; the limit is "
                f"{MAX_MEDIAN_STATEMENT_LIX:g} (highest: {worst})"
            )
        return self

    @model_validator(mode="after")
    def _replaces_the_previous_version(self) -> Questionnaire:
        for item_id, problem in replaces_problems(self):
            # The loader reads this prefix to point at the item's line.
            raise ValueError(f"{REPLACES_OF}'{item_id}': {problem}")
        return self

    @property
    def items(self) -> tuple[Item, ...]:
        return tuple(item for area in self.areas for item in area.items)

    def item(self, item_id: str) -> Item:
        return self._index[item_id][1]

    def area_of(self, item_id: str) -> Area:
        return self._index[item_id][0]

    def area_label(self, area_id: str, lang: Lang) -> str:
        """ "3. Area title": the one way an area is named in charts, tables and reports."""
        for position, area in enumerate(self.areas, start=1):
            if area.id == area_id:
                return f"{position}. {area.title(lang)}"
        raise KeyError(area_id)

    def has_item(self, item_id: str) -> bool:
        return item_id in self._index

    def level_for(self, score: float | None) -> Level | None:
        if score is None:
            return None
        eligible = [level for level in self.levels if level.min <= score]
        return eligible[-1] if eligible else self.levels[0]


def replaces_problems(questionnaire: Questionnaire) -> list[tuple[str, str]]:
    """(item id, problem) for each `replaces` that does not name a previous item of the same kind."""
    problems: list[tuple[str, str]] = []
    previous = questionnaire.previous
    taken: dict[str, str] = {}
    for item in questionnaire.items:
        old = item.replaces
        if old is None:
            continue
        if previous is None:
            problems.append(
                (item.id, f"'{item.id}' replaces '{old}', but the file has no 'previous' version")
            )
        elif old not in previous.items:
            problems.append((item.id, f"'{old}' is not an item of version {previous.version}"))
        elif previous.items[old] != item.kind:
            problems.append(
                (
                    item.id,
                    f"'{old}' was a {previous.items[old]} but '{item.id}' is a {item.kind}: "
                    "an answer cannot keep its meaning when the direction flips",
                )
            )
        elif old in taken:
            problems.append((item.id, f"'{old}' is already replaced by '{taken[old]}'"))
        elif questionnaire.has_item(old) and old != item.id:
            problems.append((item.id, f"'{old}' is still an item of this version"))
        else:
            taken[old] = item.id
    return problems
