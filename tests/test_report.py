"""The meeting report: a whole, self-contained, escaped HTML file whose first page is the brief."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from scoring.model import Questionnaire
from scoring.report import report_bytes, round_input, round_report, single_input, single_report
from scoring.results import Result, Role, new_result
from tests.conftest import mini_data, text

CHROMIUM = Path("/usr/bin/chromium")
WHEN = "2024-05-01T10:00:00+00:00"
HOSTILE = "<script>alert(1)</script>"
# Anything that would make the file fetch something when opened.
EXTERNAL = ('src="http', "src='http", 'href="http', "href='http", "<script", "@import", "url(http", "<link")


def six_data() -> dict[str, object]:
    """Six areas of five items (i4 a pitfall), each item with its own advice, each area its own steps."""
    data = mini_data(areas=6)
    for a, area in enumerate(data["areas"]):
        area["recommendations"] = {lang: [f"Rec {a}.{k} ({lang})" for k in range(3)] for lang in ("sv", "en")}
        for i, item in enumerate(area["items"]):
            item["advice"] = text(f"Advice {a}.{i}")
    return data


SIX = Questionnaire.model_validate(six_data())


def area_at(area: int, target: int) -> dict[str, int | None]:
    """Answers giving every item of `area` the score `target` (0, 25, 50, 75 or 100)."""
    steps = target // 25
    answers: dict[str, int | None] = {f"a{area}-i{i}": steps + 1 for i in range(4)}
    answers[f"a{area}-i4"] = 5 - steps
    return answers


# Areas 0-4 score 100, 75, 50, 25 and 0 (overall 50, level Mid); area 5 is unanswered.
STEPPED = area_at(0, 100) | area_at(1, 75) | area_at(2, 50) | area_at(3, 25) | area_at(4, 0)
ALL_THREE: dict[str, int | None] = {item.id: 3 for item in SIX.items}


def result(
    answers: dict[str, int | None],
    organisation: str = "Exempelkommun",
    role: Role | None = None,
    created_at: str = WHEN,
) -> Result:
    return Result("mini", "1", organisation, role, created_at, answers)


def brief(html: str) -> str:
    start = html.index('<article class="brief"')
    return html[start : html.index("</article>", start)]


def section(html: str, heading: str) -> str:
    """From the <h2> with this heading up to the next <h2>, after the brief when it is there too."""
    rest = html.find("</article>")
    marker = f"<h2>{heading}</h2>"
    start = html.find(marker, rest) if rest != -1 and html.find(marker, rest) != -1 else html.index(marker)
    end = html.find("<h2>", start + 1)
    return html[start : end if end != -1 else len(html)]


def listed(html: str, heading: str) -> list[str]:
    """The list items under a heading in the brief."""
    found = re.search(rf"<h2>{re.escape(heading)}</h2>\s*<(?:ol|ul)[^>]*>(.*?)</(?:ol|ul)>", html, re.S)
    assert found, heading
    return re.findall(r"<li>(.*?)</li>", found.group(1), re.S)


def without_svg(html: str) -> str:
    return re.sub(r"<svg.*?</svg>", "", html, flags=re.S)


def row_cells(table_html: str, first_cell: str) -> list[str]:
    """The cells of the row whose first cell starts with `first_cell`, tags inside cells removed."""
    for row in re.findall(r"<tr>(.*?)</tr>", table_html, re.S):
        cells = [
            re.sub(r"<[^>]+>", "", c).strip() for c in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row, re.S)
        ]
        # Areas are labelled "N. Title" everywhere; the rows are compared by title.
        titled = [re.sub(r"^\d+\. ", "", cell) for cell in cells[:1]] + cells[1:]
        if titled and titled[0].startswith(first_cell):
            return titled
    raise AssertionError(f"no row starting with {first_cell!r}")


# --- a round of five: two split items, three officials, one politician, one without a role ----

A0I0 = [1, 1, 3, 5, 5]
A1I1 = [1, 2, 4, 4, 4]  # the officials' sum as with 2, 2, 3: the same role means
ROLES: list[Role | None] = ["official", "official", "official", "politician", None]
ROUND = [
    result(ALL_THREE | {"a0-i0": A0I0[k], "a1-i1": A1I1[k]}, role=ROLES[k], organisation="ignored")
    for k in range(5)
]


@pytest.fixture(scope="module")
def single_sv() -> str:
    return single_report(SIX, result(STEPPED), "sv")


@pytest.fixture(scope="module")
def single_en() -> str:
    return single_report(SIX, result(STEPPED), "en")


@pytest.fixture(scope="module")
def single_with_previous() -> str:
    before = result(ALL_THREE, created_at="2023-05-01T10:00:00+00:00")
    return single_report(SIX, result(STEPPED), "sv", previous=before)


@pytest.fixture(scope="module")
def round_sv() -> str:
    return round_report(round_input(SIX, "Exempelkommun", ROUND, "sv", agreed={"a1-i1": 4, "a0-i2": 2}))


@pytest.fixture(scope="module")
def round_with_previous() -> str:
    before = [
        result(area_at(0, 0) | area_at(1, 50) | area_at(2, 50)),
        result(area_at(0, 25) | area_at(1, 50) | area_at(2, 50)),
    ]
    after = [
        result(area_at(0, 75) | area_at(1, 50) | area_at(2, 50)),
        result(area_at(0, 100) | area_at(1, 50) | area_at(2, 50)),
    ]
    return round_report(round_input(SIX, "Exempelkommun", after, "sv", previous=before))


# --- a whole, self-contained document ---------------------------------------------


def test_a_single_report_is_a_whole_swedish_html_document(single_sv: str) -> None:
    assert single_sv.startswith("<!DOCTYPE html>")
    assert '<html lang="sv">' in single_sv
    assert '<meta charset="utf-8">' in single_sv
    assert single_sv.rstrip().endswith("</html>")
    assert "<title>Digitalt ledarskap – självskattning – Exempelkommun</title>" in single_sv


def test_a_round_report_is_a_whole_html_document(round_sv: str) -> None:
    assert round_sv.startswith("<!DOCTYPE html>")
    assert '<html lang="sv">' in round_sv
    assert round_sv.rstrip().endswith("</html>")


def test_an_english_report_says_so(single_en: str) -> None:
    assert '<html lang="en">' in single_en
    assert '<html lang="sv">' not in single_en


@pytest.mark.parametrize(
    "report", ["single_sv", "single_en", "single_with_previous", "round_sv", "round_with_previous"]
)
def test_no_report_fetches_anything_and_its_charts_are_inline_svg(
    report: str, request: pytest.FixtureRequest
) -> None:
    html: str = request.getfixturevalue(report)
    lowered = html.lower()
    for needle in EXTERNAL:
        assert needle not in lowered, needle
    # The strengths-and-gaps chart and the statement-by-statement chart.
    assert html.count("<svg") == 2
    assert "<img" not in lowered


# --- the first page ---------------------------------------------------------------


def test_the_first_page_names_the_organisation_the_date_the_index_and_the_level(single_sv: str) -> None:
    page = without_svg(brief(single_sv))
    assert "Exempelkommun" in page
    assert "2024-05-01" in page
    assert '<div class="figure">50,0</div>' in page
    assert '<div class="level">Mid (sv)</div>' in page
    assert "en persons bedömning" in page
    assert "frågeformulär version 1" in page


def test_the_first_page_holds_the_strengths_and_gaps_chart(single_sv: str) -> None:
    page = brief(single_sv)
    assert page.count("<svg") == 1
    assert "Styrkor och gap per område" in page


def test_the_first_page_names_only_the_areas_that_stand_out_from_the_rest(single_sv: str) -> None:
    # Scores 100, 75, 50, 25, 0: area 2 is level with the mean of the others, so it is named in neither list.
    page = brief(single_sv)
    assert listed(page, "Starkaste områden") == [
        "1. Area 0 (sv): 100,0 (+62,5 mot övriga)",
        "2. Area 1 (sv): 75,0 (+31,2 mot övriga)",
    ]
    assert listed(page, "Svagaste områden") == [
        "5. Area 4 (sv): 0,0 (-62,5 mot övriga)",
        "4. Area 3 (sv): 25,0 (-31,2 mot övriga)",
    ]
    assert "mer än 10 poäng från medelvärdet av de övriga områdena" in page


def test_the_first_page_lists_the_active_pitfalls(single_sv: str) -> None:
    assert sorted(listed(brief(single_sv), "Fallgropar ni befinner er i")) == [
        "Short 3.4 (sv)",
        "Short 4.4 (sv)",
    ]


def test_the_first_page_gives_the_advice_of_the_worst_gaps_as_next_steps(single_sv: str) -> None:
    steps = listed(brief(single_sv), "Nästa steg för gapen")
    assert len(steps) == 3  # the brief keeps to one page; page 2 lists all six
    assert steps[0] == '<strong>Advice 4.0 (sv)</strong> <span class="small">(Short 4.0 (sv))</span>'
    assert all("Advice 4." in step or "Advice 3." in step for step in steps)
    assert "Advice 0.0" not in single_sv
    rest = listed(section(single_sv, "Nästa steg för gapen"), "Nästa steg för gapen")
    assert len(rest) == 6 and rest[:3] == steps


def test_without_gaps_the_next_steps_are_the_weakest_area_s_recommendations() -> None:
    answers = {**ALL_THREE, **area_at(0, 75), **area_at(1, 50)} | {
        i.id: 5 if i.kind == "factor" else 1 for a in SIX.areas[2:] for i in a.items
    }
    page = brief(single_report(SIX, result(answers), "sv"))
    assert listed(page, "Nästa steg för gapen") == [
        f'<strong>Rec 1.{k} (sv)</strong> <span class="small">(2. Area 1 (sv))</span>' for k in range(3)
    ]
    assert "Inga fallgropar markerade – bra!" in page


def test_a_report_without_enough_answers_says_so_instead_of_a_level() -> None:
    page = without_svg(brief(single_report(SIX, result({"a0-i0": 2}), "sv")))
    assert '<div class="figure">–</div>' in page
    assert '<div class="level">–</div>' in page
    assert "För lite underlag för ett samlat index" in page


def test_a_report_without_an_organisation_says_it_was_not_given() -> None:
    html = single_report(SIX, result(STEPPED, organisation=""), "sv")
    assert "<h1" in html and "(organisation ej angiven)" in brief(html)


# --- escaping ---------------------------------------------------------------------


def test_an_organisation_name_is_escaped_in_a_single_report() -> None:
    html = single_report(SIX, result(STEPPED, organisation=HOSTILE), "sv")
    assert HOSTILE not in html
    assert "<script" not in html.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in brief(html)
    assert "<title>Digitalt ledarskap – självskattning – &lt;script&gt;" in html


def test_an_organisation_name_is_escaped_in_a_round_report() -> None:
    html = round_report(round_input(SIX, HOSTILE, ROUND, "en"))
    assert "<script" not in html.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in brief(html)


def test_statements_and_area_titles_are_escaped_in_the_text_and_in_the_charts() -> None:
    data = six_data()
    data["areas"][0]["title"] = {"sv": "<i>Område</i>", "en": "<i>Area</i>"}  # type: ignore[index]
    data["areas"][0]["items"][0]["text"] = {"sv": "<b>fet</b> & mer", "en": "<b>bold</b>"}  # type: ignore[index]
    data["areas"][0]["items"][0]["advice"] = {"sv": "<u>gör</u>", "en": "<u>do</u>"}  # type: ignore[index]
    questionnaire = Questionnaire.model_validate(data)
    html = single_report(questionnaire, result(area_at(0, 0) | area_at(1, 50) | area_at(2, 50)), "sv")
    for raw in ("<i>", "<b>", "<u>"):
        assert raw not in html, raw
    assert "&lt;u&gt;gör&lt;/u&gt;" in brief(html)
    assert "&lt;i&gt;Område&lt;/i&gt;" in without_svg(html)
    # vl-convert escapes the texts it draws.
    svgs = "".join(re.findall(r"<svg.*?</svg>", html, re.S))
    assert "&lt;b&gt;fet&lt;/b&gt;" in svgs


# --- a round ----------------------------------------------------------------------


def test_a_round_report_says_how_many_answered(round_sv: str) -> None:
    page = brief(round_sv)
    assert "teamrunda med 5 svarande" in page
    assert "Exempelkommun" in page and "ignored" not in round_sv
    assert re.search(r"\d{4}-\d{2}-\d{2} ·", page)


def test_a_round_report_lists_split_items_with_their_distribution(round_sv: str) -> None:
    split = section(round_sv, "Påståenden där gruppen är oenig")
    assert row_cells(split, "Statement 0.0 (sv)") == [
        "Statement 0.0 (sv) (Area 0 (sv))",
        "2",
        "0",
        "1",
        "0",
        "2",
        "–",
    ]
    assert row_cells(split, "Statement 1.1 (sv)")[1:6] == ["1", "1", "0", "3", "0"]
    assert len(re.findall(r"<tr><td>", split)) == 2


def test_a_round_report_shows_the_agreed_answer_of_a_split_item(round_sv: str) -> None:
    split = section(round_sv, "Påståenden där gruppen är oenig")
    assert row_cells(split, "Statement 1.1 (sv)")[-1] == "4 p4 (sv)"
    # An answer agreed on an item that is not split has no row to be shown in.
    assert "p2 (sv)" not in split


def test_a_round_report_gives_the_discussion_questions_of_the_split_areas(round_sv: str) -> None:
    split = section(round_sv, "Påståenden där gruppen är oenig")
    assert "Frågor att diskutera där gruppen är oenig" in split
    # Items 0.0 and 1.1 are split: areas 0 and 1, each with its one question.
    assert re.findall(r"<strong>\d\. (Area \d \(sv\))</strong>", split) == ["Area 0 (sv)", "Area 1 (sv)"]
    assert split.count("<li>d1</li>") == 2


def test_a_round_report_without_split_items_says_so() -> None:
    html = round_report(round_input(SIX, "Exempelkommun", [result(ALL_THREE) for _ in range(3)], "sv"))
    split = section(html, "Påståenden där gruppen är oenig")
    assert "Gruppen är inte oenig om något påstående." in split
    assert "<table>" not in split and "Frågor att diskutera" not in split


def test_the_roles_table_shows_only_roles_with_at_least_three_respondents(round_sv: str) -> None:
    roles = section(round_sv, "Förtroendevalda och tjänstepersoner")
    assert "Tjänsteperson (n = 3)" in roles
    assert "Förtroendevald (n =" not in roles
    assert "Annan roll" not in roles
    assert "minst tre svarande" not in roles
    assert len(row_cells(roles, "Samlat index")) == 2
    assert len(row_cells(roles, "Area 5 (sv)")) == 2


def test_with_no_role_of_three_the_roles_table_is_replaced_by_the_note() -> None:
    two_each = [result(ALL_THREE, role=role) for role in ("official", "official", "politician", "politician")]
    html = round_report(round_input(SIX, "Exempelkommun", [*two_each, result(ALL_THREE)], "sv"))
    roles = section(html, "Förtroendevalda och tjänstepersoner")
    assert "Visas bara för roller med minst tre svarande, så att ingen kan pekas ut." in roles
    assert "(n =" not in roles and "<table>" not in roles


def test_a_single_report_has_no_split_or_roles_section(single_sv: str) -> None:
    assert "Påståenden där gruppen är oenig" not in single_sv
    assert "Förtroendevalda och tjänstepersoner" not in single_sv
    assert "teamrunda" not in single_sv


def test_a_round_compared_with_the_previous_round_says_which_changes_are_clear(
    round_with_previous: str,
) -> None:
    table = section(round_with_previous, "Jämfört med förra mätningen")
    assert '<th scope="col">Tydlig förändring?</th>' in table
    assert row_cells(table, "Area 0 (sv)") == ["Area 0 (sv)", "12,5", "87,5", "+75,0", "Ja"]
    assert row_cells(table, "Area 1 (sv)") == [
        "Area 1 (sv)",
        "50,0",
        "50,0",
        "+0,0",
        "Ingen tydlig förändring",
    ]
    assert row_cells(table, "Area 5 (sv)") == ["Area 5 (sv)", "–", "–", "–", "Ingen tydlig förändring"]
    assert row_cells(table, "Samlat index")[-1] == "Ja"
    assert "1,96 × √(s₁²/n₁ + s₂²/n₂)" in table


def test_a_round_answered_exactly_as_last_time_shows_no_clear_change_anywhere() -> None:
    same = [result(ALL_THREE), result(ALL_THREE | area_at(0, 75))]
    html = round_report(round_input(SIX, "Exempelkommun", same, "sv", previous=same))
    table = section(html, "Jämfört med förra mätningen")
    verdicts = [row_cells(table, f"Area {a} (sv)")[-1] for a in range(6)]
    verdicts.append(row_cells(table, "Samlat index")[-1])
    assert verdicts == ["Ingen tydlig förändring"] * 7


def test_a_round_without_a_previous_round_has_no_comparison(round_sv: str) -> None:
    assert "Jämfört med förra mätningen" not in round_sv
    assert "Tydlig förändring?" not in round_sv


# --- a single run compared with the previous one ----------------------------------


def test_a_single_report_with_a_previous_run_shows_before_after_and_change(single_with_previous: str) -> None:
    table = section(single_with_previous, "Jämfört med förra mätningen")
    assert re.search(r"Område</th>.*Före</th>.*Efter</th>.*Förändring</th>", table, re.S)
    assert row_cells(table, "Area 0 (sv)") == ["Area 0 (sv)", "50,0", "100,0", "+50,0"]
    assert row_cells(table, "Area 4 (sv)") == ["Area 4 (sv)", "50,0", "0,0", "-50,0"]
    assert row_cells(table, "Area 5 (sv)") == ["Area 5 (sv)", "50,0", "–", "–"]
    assert row_cells(table, "Samlat index") == ["Samlat index", "50,0", "50,0", "+0,0"]
    # One person's run gives no spread, so it is never judged clear or not.
    assert "Tydlig förändring?" not in table


def test_a_single_report_without_a_previous_run_has_no_comparison(single_sv: str) -> None:
    assert "Jämfört med förra mätningen" not in single_sv


# --- language ---------------------------------------------------------------------


def test_an_english_report_uses_english_words_and_decimal_points(single_en: str) -> None:
    page = brief(single_en)
    for words in ("Strongest areas", "Weakest areas", "Pitfalls you are in", "Next steps for the gaps"):
        assert f"<h2>{words}</h2>" in page
    assert "one person&#39;s assessment" in page  # the apostrophe escaped, as every text is
    assert '<div class="figure">50.0</div>' in page
    assert '<div class="level">Mid (en)</div>' in page
    assert "Advice 4.0 (en)" in page
    assert listed(page, "Strongest areas")[0] == "1. Area 0 (en): 100.0 (+62.5 against the rest)"
    body = without_svg(single_en)
    for swedish in ("Starkaste områden", "Svagaste områden", "Om metoden", "Områden", "(sv)"):
        assert swedish not in body, swedish


def test_an_english_round_report_names_the_roles_in_english() -> None:
    html = round_report(round_input(SIX, "Exempelkommun", ROUND, "en"))
    assert "team round with 5 respondents" in brief(html)
    roles = section(html, "Elected and senior officials")
    assert "Senior official (n = 3)" in roles
    assert "Statements the group is split on" in html


# --- printing ---------------------------------------------------------------------


@pytest.mark.browser
@pytest.mark.slow
def test_the_report_prints_to_pdf_in_chromium(single_sv: str, tmp_path: Path) -> None:
    assert CHROMIUM.is_file(), f"{CHROMIUM} is missing; this test prints the report with Chromium"
    page = tmp_path / "report.html"
    page.write_text(single_sv, encoding="utf-8")
    pdf = tmp_path / "report.pdf"
    done = subprocess.run(
        [
            str(CHROMIUM),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--no-pdf-header-footer",
            f"--user-data-dir={tmp_path / 'profile'}",
            f"--print-to-pdf={pdf}",
            page.as_uri(),
        ],
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert pdf.is_file(), done.stderr.decode("utf-8", "replace")[-2000:]
    assert pdf.read_bytes().startswith(b"%PDF")


def test_the_report_lists_the_statements_answered_dont_know_under_the_item_chart(
    questionnaire: Questionnaire,
) -> None:
    answers = {item.id: 4 for item in questionnaire.items} | {questionnaire.items[2].id: None}
    html = report_bytes(single_input(questionnaire, new_result(questionnaire, answers), "sv"), ".html")
    assert "Besvarade med Vet ej (ingen stapel): 1.3" in html.decode()
