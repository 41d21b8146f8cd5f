"""The real questions.yaml: the shape the article gives it, in our own words."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from scoring.model import Questionnaire
from tests.conftest import QUESTIONS, ROOT

_ARTICLE_NAME = Path("shared") / "source" / "att-leda-och-driva-digitalisering.txt"
# The shared folder sits next to the main checkout, one level further up from a worktree.
ARTICLE = next(
    (root / _ARTICLE_NAME for root in (ROOT.parent, ROOT.parent.parent) if (root / _ARTICLE_NAME).is_file()),
    ROOT.parent / _ARTICLE_NAME,
)
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


# --- version 2.0: who acts, who can judge, plain wording ---------------------------

ACTORS = {
    "sv": re.compile(r"\b(den politiska ledningens?|förvaltningens?|organisationens?)\b", re.I),
    "en": re.compile(r"\b(political leadership|administration|organisation)\b", re.I),
}
# Loose actors that every reader fills in differently, and words with a second
# municipal meaning (civil preparedness, legislative history, organisational units).
LOOSE = {
    "sv": re.compile(
        r"\b(hos oss|vi|oss|vår|vårt|våra|politiken|beslutsfattar\w*|(?<!politiska )ledningen"
        r"|med säkerhet|beredskap|förarbete\w*|enheter(na)?|kunskapskrav\w*|roliga|snygga|glansiga)\b",
        re.I,
    ),
    "en": re.compile(r"\b(we|our|us|politics|decision-makers|effects?|per term|fun|slick|shiny)\b", re.I),
}


def test_every_statement_names_its_actor_in_both_languages(questionnaire: Questionnaire) -> None:
    for item in questionnaire.items:
        for lang in ("sv", "en"):
            assert ACTORS[lang].search(item.text(lang)), (item.id, lang)


def test_no_statement_uses_a_loose_actor_or_an_ambiguous_word(questionnaire: Questionnaire) -> None:
    found = [
        (item.id, lang, match.group(0))
        for item in questionnaire.items
        for lang in ("sv", "en")
        for match in LOOSE[lang].finditer(item.text(lang))
    ]
    assert found == []


def test_no_help_or_advice_uses_an_ambiguous_word(questionnaire: Questionnaire) -> None:
    ambiguous = re.compile(r"\b(beredskap|förarbete\w*|kunskapskrav\w*|per term|effects?)\b", re.I)
    found = [
        (item.id, lang)
        for item in questionnaire.items
        for lang in ("sv", "en")
        for text in (item.help(lang), item.advice(lang) if item.advice else "")
        if ambiguous.search(text)
    ]
    assert found == []


def test_the_glossary_defines_the_three_actors(questionnaire: Questionnaire) -> None:
    terms = [entry.term.sv for entry in questionnaire.glossary]
    assert terms[:3] == ["den politiska ledningen", "förvaltningen", "organisationen"]
    assert [entry.term.en for entry in questionnaire.glossary][:3] == [
        "the political leadership",
        "the administration",
        "the organisation",
    ]


@pytest.mark.parametrize("position", range(6))
def test_each_area_can_be_judged_from_both_sides_of_the_table(
    questionnaire: Questionnaire, position: int
) -> None:
    items = questionnaire.areas[position].items
    assert sum(item.answerable_by_side("politicians") for item in items) >= 2
    assert sum(item.answerable_by_side("officials") for item in items) >= 2
    assert any(item.about == "political" for item in items)


def test_the_article_points_missing_from_1_0_are_items(questionnaire: Questionnaire) -> None:
    # The political mandate to try new things; buying technology is not digitalisation;
    # a long shift in how work is done rather than a project.
    for item_id in ("uppdrag-att-prova", "inkop-som-mal", "langsiktigt-skifte"):
        assert questionnaire.has_item(item_id), item_id
    assert questionnaire.item("uppdrag-att-prova").about == "political"


def test_the_scale_labels_are_symmetric(questionnaire: Questionnaire) -> None:
    assert [p.label.sv for p in questionnaire.scale.points] == [
        "Stämmer inte alls",
        "Stämmer till liten del",
        "Stämmer delvis",
        "Stämmer till stor del",
        "Stämmer helt",
    ]
    assert [p.label.en for p in questionnaire.scale.points] == [
        "Not at all true",
        "True to a small extent",
        "Partly true",
        "True to a large extent",
        "Completely true",
    ]
    assert questionnaire.scale.dont_know.sv == "Vet ej"


def test_the_levels_keep_their_thresholds_and_claim_no_lead(questionnaire: Questionnaire) -> None:
    assert [level.min for level in questionnaire.levels] == [0, 40, 60, 80]
    labels = [level.label(lang) for level in questionnaire.levels for lang in ("sv", "en")]
    assert not [label for label in labels if re.search(r"ledande|leading", label, re.I)]


def test_version_2_0_lists_the_1_0_items_it_replaces(questionnaire: Questionnaire) -> None:
    assert questionnaire.version == "2.0"
    assert questionnaire.previous is not None and questionnaire.previous.version == "1.0"
    replaced = [item.replaces for item in questionnaire.items if item.replaces]
    assert len(replaced) == len(set(replaced)) >= 10


def test_every_pitfall_short_label_names_a_risk_and_differs_from_its_statement(
    questionnaire: Questionnaire,
) -> None:
    for item in questionnaire.items:
        assert item.short.sv != item.text.sv and item.short.en != item.text.en, item.id
