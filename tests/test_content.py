"""The real questions.yaml: the shape the article gives it, in our own words."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import QUESTIONS, ROOT

from scoring.model import Questionnaire

ARTICLE = ROOT.parent / "shared" / "source" / "att-leda-och-driva-digitalisering.txt"
RUN = 8

# The article's section headings, in the article's order.
HEADINGS = [
    "Digitalisering handlar om att lösa problem",
    "Kunskap ger bättre diskussioner och klokare beslut",
    "Använd politikermakten - styr mot värde och resultat",
    "Utmana etablerade strukturer och processer",
    "Konsten att hålla i",
    "Se upp för tomtebloss och enskilda lösningar",
]


def words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def runs(text: str, n: int = RUN) -> set[tuple[str, ...]]:
    w = words(text)
    return {tuple(w[i : i + n]) for i in range(len(w) - n + 1)}


def own_texts(node: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], str]]:
    """Every string in the file except the citations: the source title and area headings."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield from own_texts(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from own_texts(value, (*path, index))
    elif isinstance(node, str):
        citation = path == ("source", "title") or (
            len(path) == 3 and path[0] == "areas" and path[2] == "source"
        )
        if not citation:
            yield path, node


def shared_runs(article: str, texts: list[tuple[tuple[Any, ...], str]]) -> list[str]:
    source = runs(article)
    return [
        f"{'.'.join(map(str, path))}: {' '.join(run)}"
        for path, text in texts
        for run in sorted(runs(text) & source)
    ]


def test_there_are_six_areas_in_the_article_s_order(questionnaire: Questionnaire) -> None:
    assert [area.source for area in questionnaire.areas] == HEADINGS


@pytest.mark.parametrize("position", range(6))
def test_each_area_has_five_to_eight_items(questionnaire: Questionnaire, position: int) -> None:
    assert 5 <= len(questionnaire.areas[position].items) <= 8


def test_there_are_at_least_thirty_items(questionnaire: Questionnaire) -> None:
    assert len(questionnaire.items) >= 30


def test_every_area_has_a_pitfall(questionnaire: Questionnaire) -> None:
    for area in questionnaire.areas:
        assert any(item.kind == "pitfall" for item in area.items), area.id


def test_at_least_a_quarter_of_the_items_are_pitfalls(questionnaire: Questionnaire) -> None:
    pitfalls = sum(1 for item in questionnaire.items if item.kind == "pitfall")
    assert 4 * pitfalls >= len(questionnaire.items)


def test_every_item_has_advice(questionnaire: Questionnaire) -> None:
    assert [item.id for item in questionnaire.items if item.advice is None] == []


def test_every_area_has_three_to_five_recommendations(questionnaire: Questionnaire) -> None:
    for area in questionnaire.areas:
        assert 3 <= len(area.recommendations.sv) <= 5, area.id
        assert len(area.recommendations.en) == len(area.recommendations.sv), area.id


def test_the_source_is_the_skl_article(questionnaire: Questionnaire) -> None:
    assert questionnaire.source.title.startswith("Att leda och driva digitalisering")
    assert questionnaire.source.date == "2019-02-22"


def test_swedish_and_english_statements_differ(questionnaire: Questionnaire) -> None:
    # A text copied into the wrong language would read the same in both.
    for item in questionnaire.items:
        assert item.text.sv != item.text.en, item.id


def test_the_run_check_finds_a_copied_passage() -> None:
    article = "Ett två tre fyra fem sex sju åtta nio tio."
    copied = [(("x",), "Här: två tre fyra fem sex sju åtta nio, sa hon.")]
    reworded = [(("x",), "Två tre fyra fem sex sju åtta, sedan något annat.")]
    assert shared_runs(article, copied) == ["x: två tre fyra fem sex sju åtta nio"]
    assert shared_runs(article, reworded) == []


def test_no_text_shares_a_run_of_eight_words_with_the_article() -> None:
    if not ARTICLE.is_file():
        pytest.skip(f"the article is not at {ARTICLE}, so the wording cannot be compared")
    data = yaml.safe_load(Path(QUESTIONS).read_text(encoding="utf-8"))
    texts = list(own_texts(data))
    assert len(texts) > 100
    assert shared_runs(ARTICLE.read_text(encoding="utf-8"), texts) == []
