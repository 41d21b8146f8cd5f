"""`python -m scoring`: exit codes, output formats and one-line errors."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from scoring.cli import VERBS, main
from scoring.model import Questionnaire
from scoring.results import dump_result, new_result
from tests.conftest import ROOT, mini_data, write_yaml

README = ROOT / "README.md"


@pytest.fixture
def qfile(tmp_path: Path) -> Path:
    return write_yaml(tmp_path, mini_data(), name="mini.yaml")


def full(area: int, factor: int, pitfall: int) -> dict[str, int]:
    answers = {f"a{area}-i{i}": factor for i in range(4)}
    answers[f"a{area}-i4"] = pitfall
    return answers


def write_result(
    tmp_path: Path, mini: Questionnaire, answers: dict[str, Any], name: str, version: str | None = None
) -> Path:
    body = json.loads(dump_result(new_result(mini, {})))
    body["answers"] = answers
    if version is not None:
        body["questionnaire_version"] = version
    path = tmp_path / name
    path.write_text(json.dumps(body), encoding="utf-8")
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    code = main([str(arg) for arg in argv])
    out, err = capsys.readouterr()
    return code, out, err


def one_line_error(err: str) -> str:
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("error: ")
    return lines[0]


# --- validate ------------------------------------------------------------------------------


def test_validate_accepts_the_real_questionnaire(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "validate")
    assert code == 0
    assert "ok" in out and "6 areas" in out
    assert err == ""


def test_validate_accepts_a_named_file(capsys: pytest.CaptureFixture[str], qfile: Path) -> None:
    code, out, _ = run(capsys, "validate", qfile)
    assert code == 0
    assert out.strip() == f"{qfile}: ok (mini 1, 2 areas, 10 items)"


def test_validate_lists_every_error_and_exits_two(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    data = mini_data()
    data["levels"][0]["min"] = 10
    data["areas"][0]["items"][1]["kind"] = "risk"
    data["areas"][0]["colour"] = "red"
    data["areas"][1]["items"][2]["id"] = "a0-i0"
    path = write_yaml(tmp_path, data)
    code, out, err = run(capsys, "validate", path)
    assert code == 2
    assert out == ""
    assert "Traceback" not in err
    for field in ("levels", "areas[0].items[1].kind", "areas[0].colour", "areas[1].items[2].id"):
        assert f": {field}: " in err, field
    assert sum(1 for line in err.splitlines() if line.removeprefix("error: ").startswith(f"{path}:")) == 4


def test_validate_of_a_missing_file_exits_two(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "validate", tmp_path / "absent.yaml")
    assert code == 2
    assert "absent.yaml" in one_line_error(err)


def test_validate_refuses_an_unsafe_tag_without_running_it(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    marker = tmp_path / "ran"
    path = tmp_path / "q.yaml"
    path.write_text(f'id: !!python/object/apply:os.system ["touch {marker}"]\n', encoding="utf-8")
    code, _, err = run(capsys, "validate", path)
    assert code == 2
    assert "not allowed" in one_line_error(err)
    assert not marker.exists()


# --- score -----------------------------------------------------------------------------------


def test_score_prints_a_table(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, mini: Questionnaire, qfile: Path
) -> None:
    result = write_result(tmp_path, mini, full(0, 4, 2) | {"a1-i4": 5}, "r.json")
    code, out, err = run(capsys, "score", result, "--questions", qfile)
    assert code == 0
    assert err == ""
    lines = out.splitlines()
    assert lines[0] == "Overall index: 75.0 (mid)"
    assert re.match(r"^a0\s+75\.0\s+mid\s+5\s+0\s+0$", next(x for x in lines if x.startswith("a0")))
    assert re.match(r"^a1\s+-\s+-\s+1\s+0\s+4$", next(x for x in lines if x.startswith("a1")))
    assert "Strengths: a0-i0, a0-i1, a0-i2, a0-i3, a0-i4" in lines
    assert "Gaps: a1-i4" in lines
    assert "Active pitfalls: a1-i4" in lines


def test_score_prints_the_json_contract(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, mini: Questionnaire, qfile: Path
) -> None:
    result = write_result(tmp_path, mini, full(0, 4, 2) | {"a1-i0": None}, "r.json")
    code, out, _ = run(capsys, "score", result, "--questions", qfile, "--format", "json")
    assert code == 0
    body = json.loads(out)
    assert set(body) == {"overall", "level", "areas", "items", "strengths", "gaps", "active_pitfalls"}
    assert body["overall"] == 75.0 and body["level"] == "mid"
    assert set(body["areas"][0]) == {"id", "score", "level", "answered", "dont_know", "unanswered", "items"}
    assert body["areas"][1]["dont_know"] == 1
    assert set(body["items"][0]) == {"id", "area", "kind", "answer", "score"}
    assert len(body["items"]) == 10


def test_score_uses_the_real_questionnaire_by_default(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, questionnaire: Questionnaire
) -> None:
    path = tmp_path / "r.json"
    path.write_text(dump_result(new_result(questionnaire, {i.id: 3 for i in questionnaire.items})))
    code, out, _ = run(capsys, "score", path, "--format", "json")
    assert code == 0
    body = json.loads(out)
    assert body["overall"] == 50.0
    assert [a["id"] for a in body["areas"]] == [a.id for a in questionnaire.areas]


def test_score_warns_about_ignored_answers(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, mini: Questionnaire, qfile: Path
) -> None:
    result = write_result(tmp_path, mini, {"a0-i0": 3, "retired-item": 4}, "r.json")
    code, _, err = run(capsys, "score", result, "--questions", qfile)
    assert code == 0
    assert "warning" in err and "retired-item" in err


@pytest.mark.parametrize(
    "content",
    [
        b"not json at all",
        b"[1, 2, 3]",
        b'{"format_version": 99}',
        b'{"format_version": 1, "format_version": 1}',
    ],
)
def test_a_broken_result_file_exits_two_with_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, qfile: Path, content: bytes
) -> None:
    path = tmp_path / "broken.json"
    path.write_bytes(content)
    code, out, err = run(capsys, "score", path, "--questions", qfile)
    assert code == 2
    assert out == ""
    assert str(path) in one_line_error(err)


def test_a_bad_answer_exits_two_and_names_the_item(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, mini: Questionnaire, qfile: Path
) -> None:
    path = write_result(tmp_path, mini, {"a0-i3": 4.5}, "r.json")
    code, _, err = run(capsys, "score", path, "--questions", qfile)
    assert code == 2
    assert "a0-i3" in one_line_error(err)


def test_a_missing_result_file_exits_two(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, qfile: Path
) -> None:
    code, _, err = run(capsys, "score", tmp_path / "absent.json", "--questions", qfile)
    assert code == 2
    assert "absent.json" in one_line_error(err)


def test_a_result_for_another_questionnaire_exits_two(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, mini: Questionnaire
) -> None:
    path = write_result(tmp_path, mini, {"a0-i0": 3}, "r.json")
    code, _, err = run(capsys, "score", path)
    assert code == 2
    assert "'mini'" in one_line_error(err)


# --- compare ---------------------------------------------------------------------------------


@pytest.fixture
def two_runs(tmp_path: Path, mini: Questionnaire) -> tuple[Path, Path]:
    old = write_result(tmp_path, mini, full(0, 3, 3) | full(1, 2, 4), "old.json")
    new = write_result(tmp_path, mini, full(0, 4, 2) | {"a1-i1": 5}, "new.json")
    return old, new


def test_compare_prints_a_table(
    capsys: pytest.CaptureFixture[str], two_runs: tuple[Path, Path], qfile: Path
) -> None:
    code, out, err = run(capsys, "compare", *two_runs, "--questions", qfile)
    assert code == 0
    assert err == ""
    lines = out.splitlines()
    assert lines[0] == "Overall index: 37.5 -> 75.0 (+37.5)"
    assert re.match(r"^a0\s+50\.0\s+75\.0\s+\+25\.0$", next(x for x in lines if x.startswith("a0")))
    assert re.match(r"^a1\s+25\.0\s+-\s+-$", next(x for x in lines if x.startswith("a1")))
    assert "Items that moved: 6 of 6 compared" in lines
    assert "  a1-i1: 25.0 -> 100.0 (+75.0)" in lines
    assert "Only in old: a1-i0, a1-i2, a1-i3, a1-i4" in lines
    assert "Only in new: none" in lines


def test_compare_prints_the_json_contract(
    capsys: pytest.CaptureFixture[str], two_runs: tuple[Path, Path], qfile: Path
) -> None:
    code, out, _ = run(capsys, "compare", *two_runs, "--questions", qfile, "--format", "json")
    assert code == 0
    body = json.loads(out)
    assert set(body) == {"overall", "areas", "items", "only_before", "only_after"}
    assert body["overall"] == {"before": 37.5, "after": 75.0, "delta": 37.5}
    assert body["areas"][0] == {"id": "a0", "before": 50.0, "after": 75.0, "delta": 25.0}
    assert all(set(c) == {"id", "before", "after", "delta"} for c in body["areas"] + body["items"])
    assert body["only_before"] == ["a1-i0", "a1-i2", "a1-i3", "a1-i4"]
    assert body["only_after"] == []


def test_compare_notes_different_questionnaire_versions(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, mini: Questionnaire, qfile: Path
) -> None:
    old = write_result(tmp_path, mini, full(0, 3, 3), "old.json", version="0.9")
    new = write_result(tmp_path, mini, full(0, 4, 2), "new.json")
    code, out, err = run(capsys, "compare", old, new, "--questions", qfile, "--format", "json")
    assert code == 0
    assert "0.9" in err and "note" in err
    assert json.loads(out)["overall"]["delta"] == 25.0


def test_compare_with_a_broken_file_exits_two(
    capsys: pytest.CaptureFixture[str], two_runs: tuple[Path, Path], tmp_path: Path, qfile: Path
) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"format_version": 1, "answers": NaN}')
    code, _, err = run(capsys, "compare", two_runs[0], broken, "--questions", qfile)
    assert code == 2
    assert "broken.json" in one_line_error(err)


# --- chart -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("suffix", "check"),
    [
        (".png", lambda data: data.startswith(b"\x89PNG\r\n\x1a\n")),
        (".svg", lambda data: data.startswith(b"<svg")),
        (".html", lambda data: b"<html" in data.lower() and b"<script src" not in data.lower()),
    ],
)
def test_chart_writes_the_format_its_name_asks_for(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    mini: Questionnaire,
    qfile: Path,
    suffix: str,
    check: Any,
) -> None:
    result = write_result(tmp_path, mini, full(0, 4, 2) | full(1, 3, 3), "r.json")
    out_path = tmp_path / f"chart{suffix}"
    code, out, _ = run(capsys, "chart", result, "--questions", qfile, "-o", out_path)
    assert code == 0
    assert str(out_path) in out
    assert check(out_path.read_bytes())


def test_chart_is_swedish_by_default_and_english_on_request(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, mini: Questionnaire, qfile: Path
) -> None:
    result = write_result(tmp_path, mini, full(0, 4, 2), "r.json")
    sv, en = tmp_path / "sv.svg", tmp_path / "en.svg"
    assert run(capsys, "chart", result, "--questions", qfile, "-o", sv)[0] == 0
    assert run(capsys, "chart", result, "--questions", qfile, "--lang", "en", "-o", en)[0] == 0
    assert "Styrkor och gap per område" in sv.read_text(encoding="utf-8")
    assert "Strengths and gaps by area" in en.read_text(encoding="utf-8")


def test_chart_marks_a_previous_run(
    capsys: pytest.CaptureFixture[str], two_runs: tuple[Path, Path], tmp_path: Path, qfile: Path
) -> None:
    old, new = two_runs
    out_path = tmp_path / "c.svg"
    argv = ["chart", new, "--previous", old, "--questions", qfile, "--lang", "en", "-o", out_path]
    code, _, _ = run(capsys, *argv)
    assert code == 0
    svg = out_path.read_text(encoding="utf-8")
    assert "compared with the previous run" in svg
    assert "+25.0" in svg


@pytest.mark.parametrize("name", ["chart.pdf", "chart.jpg", "chart"])
def test_chart_refuses_an_unknown_extension(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, mini: Questionnaire, qfile: Path, name: str
) -> None:
    result = write_result(tmp_path, mini, full(0, 4, 2), "r.json")
    code, _, err = run(capsys, "chart", result, "--questions", qfile, "-o", tmp_path / name)
    assert code == 2
    assert ".png, .svg or .html" in one_line_error(err)
    assert not (tmp_path / name).exists()


def test_chart_of_a_missing_result_exits_two(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, qfile: Path
) -> None:
    argv = ["chart", tmp_path / "absent.json", "--questions", qfile, "-o", tmp_path / "c.svg"]
    code, _, err = run(capsys, *argv)
    assert code == 2
    assert "absent.json" in one_line_error(err)
    assert not (tmp_path / "c.svg").exists()


def test_chart_into_a_missing_folder_exits_two(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, mini: Questionnaire, qfile: Path
) -> None:
    result = write_result(tmp_path, mini, full(0, 4, 2), "r.json")
    code, _, err = run(capsys, "chart", result, "--questions", qfile, "-o", tmp_path / "nope" / "c.svg")
    assert code == 2
    one_line_error(err)


# --- the parser ------------------------------------------------------------------------------


def test_an_unknown_verb_exits_two(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "frobnicate")
    assert code == 2
    assert "frobnicate" in err
    assert "Traceback" not in err


def test_no_verb_exits_two(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys)
    assert code == 2
    assert "Traceback" not in err


def test_an_unknown_format_exits_two(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, _ = run(capsys, "score", tmp_path / "r.json", "--format", "xml")
    assert code == 2


def test_help_lists_every_verb_and_exits_zero(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--help")
    assert code == 0
    for verb in VERBS:
        assert verb in out


def test_python_dash_m_scoring_runs_the_cli() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "scoring", "frobnicate"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize("verb", sorted(VERBS))
def test_every_verb_is_documented_in_the_readme(verb: str) -> None:
    assert README.is_file(), f"{README} is missing; it should document `python -m scoring {verb}`"
    assert f"python -m scoring {verb}" in README.read_text(encoding="utf-8")


# --- aggregate ---------------------------------------------------------------------------------

A0I0 = [1, 1, 3, 5, 5]
ROUND_ROLES = ["official", "official", "official", "politician", None]
ITEM_KEYS = {"id", "area", "kind", "answer", "score", "n", "dont_know", "mean", "sd", "distribution", "split"}


def write_respondent(
    tmp_path: Path,
    mini: Questionnaire,
    answers: dict[str, Any],
    name: str,
    role: str | None = None,
    organisation: str = "Exempelkommun",
) -> Path:
    body = json.loads(dump_result(new_result(mini, {}, organisation=organisation)))
    body["answers"] = answers
    body["role"] = role
    path = tmp_path / name
    path.write_text(json.dumps(body), encoding="utf-8")
    return path


@pytest.fixture
def round_files(tmp_path: Path, mini: Questionnaire) -> list[Path]:
    """Five respondents answering 3 throughout, split on a0-i0; the last says "don't know" to a1-i0."""
    files = []
    for k in range(5):
        answers: dict[str, Any] = {item.id: 3 for item in mini.items} | {"a0-i0": A0I0[k]}
        if k == 4:
            answers["a1-i0"] = None
        files.append(write_respondent(tmp_path, mini, answers, f"r{k}.json", role=ROUND_ROLES[k]))
    return files


def test_aggregate_prints_the_team_table(
    capsys: pytest.CaptureFixture[str], round_files: list[Path], qfile: Path
) -> None:
    code, out, err = run(capsys, "aggregate", *round_files, "--questions", qfile)
    assert code == 0
    assert err == ""
    lines = out.splitlines()
    assert lines[0] == "Respondents: 5"
    assert lines[1] == "Overall index: 50.0 (mid)"
    assert re.match(r"^a0\s+50\.0\s+mid\s+5\s+0\s+0$", next(x for x in lines if x.startswith("a0")))
    assert re.match(r"^a1\s+50\.0\s+mid\s+5\s+0\s+0$", next(x for x in lines if x.startswith("a1")))
    assert "Strengths: none" in lines and "Gaps: none" in lines
    assert "Split items: a0-i0" in lines
    # The officials' a0-i0 scores are 0, 0 and 50: a0 is (16.7 + 4 × 50) / 5.
    assert "official (n=3): overall 46.7; a0 43.3, a1 50.0" in lines
    assert not any(line.startswith("politician") for line in lines)


def test_aggregate_prints_the_json_contract(
    capsys: pytest.CaptureFixture[str], round_files: list[Path], qfile: Path
) -> None:
    code, out, _ = run(capsys, "aggregate", *round_files, "--questions", qfile, "--format", "json")
    assert code == 0
    body = json.loads(out)
    assert set(body) == {
        "overall",
        "level",
        "areas",
        "items",
        "strengths",
        "gaps",
        "active_pitfalls",
        "respondents",
        "roles",
    }
    assert body["respondents"] == 5
    assert body["overall"] == 50.0 and body["level"] == "mid"
    assert set(body["areas"][0]) == {"id", "score", "level", "answered", "dont_know", "unanswered", "items"}
    assert len(body["items"]) == 10
    assert all(set(item) == ITEM_KEYS for item in body["items"])
    assert all(set(item["distribution"]) == {"1", "2", "3", "4", "5"} for item in body["items"])
    split = next(i for i in body["items"] if i["id"] == "a0-i0")
    assert split == {
        "id": "a0-i0",
        "area": "a0",
        "kind": "factor",
        "answer": None,
        "score": 50.0,
        "n": 5,
        "dont_know": 0,
        "mean": 50.0,
        "sd": 50.0,
        "distribution": {"1": 2, "2": 0, "3": 1, "4": 0, "5": 2},
        "split": True,
    }
    dont_know = next(i for i in body["items"] if i["id"] == "a1-i0")
    assert (dont_know["n"], dont_know["dont_know"], dont_know["sd"], dont_know["split"]) == (4, 1, 0.0, False)
    assert [i["id"] for i in body["items"] if i["split"]] == ["a0-i0"]
    assert body["roles"] == [
        {
            "role": "official",
            "n": 3,
            "overall": 46.7,
            "areas": [{"id": "a0", "score": 43.3}, {"id": "a1", "score": 50.0}],
        }
    ]


def test_aggregate_with_a_broken_file_exits_two_with_one_line(
    capsys: pytest.CaptureFixture[str], round_files: list[Path], tmp_path: Path, qfile: Path
) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    code, out, err = run(capsys, "aggregate", *round_files, broken, "--questions", qfile)
    assert code == 2
    assert out == ""
    assert "broken.json" in one_line_error(err)


# --- report ------------------------------------------------------------------------------------


def test_report_of_one_file_writes_a_single_report(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, mini: Questionnaire, qfile: Path
) -> None:
    result = write_respondent(tmp_path, mini, full(0, 4, 2) | full(1, 2, 4), "r.json")
    out_path = tmp_path / "rapport.html"
    code, out, err = run(capsys, "report", result, "--questions", qfile, "-o", out_path)
    assert code == 0
    assert err == ""
    assert out.strip() == f"wrote {out_path}"
    html = out_path.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and '<html lang="sv">' in html
    assert "en persons bedömning" in html and "Exempelkommun" in html
    assert "teamrunda" not in html and "Jämfört med förra mätningen" not in html


def test_report_of_several_files_writes_a_round_report(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, round_files: list[Path], qfile: Path
) -> None:
    out_path = tmp_path / "runda.html"
    code, _, _ = run(capsys, "report", *round_files, "--questions", qfile, "-o", out_path)
    assert code == 0
    html = out_path.read_text(encoding="utf-8")
    assert "teamrunda med 5 svarande" in html
    assert "Påståenden där gruppen är oenig" in html
    assert "Tjänsteperson (n = 3)" in html
    assert "Exempelkommun" in html


def test_report_of_one_file_with_a_previous_one_compares_them(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, mini: Questionnaire, qfile: Path
) -> None:
    old = write_respondent(tmp_path, mini, full(0, 3, 3) | full(1, 3, 3), "old.json")
    new = write_respondent(tmp_path, mini, full(0, 4, 2) | full(1, 3, 3), "new.json")
    out_path = tmp_path / "r.html"
    code, _, _ = run(capsys, "report", new, "--previous", old, "--questions", qfile, "-o", out_path)
    assert code == 0
    html = out_path.read_text(encoding="utf-8")
    assert "Jämfört med förra mätningen" in html
    assert '<td class="n">50,0</td><td class="n">75,0</td><td class="n">+25,0</td>' in html
    assert "Tydlig förändring?" not in html


def test_report_of_a_round_with_previous_files_judges_clear_changes(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    mini: Questionnaire,
    round_files: list[Path],
    qfile: Path,
) -> None:
    earlier = [
        write_respondent(tmp_path, mini, full(0, 1, 5) | full(1, 3, 3), f"old{k}.json", role="official")
        for k in range(2)
    ] + [write_respondent(tmp_path, mini, full(0, 2, 4) | full(1, 3, 3), "old2.json")]
    out_path = tmp_path / "r.html"
    argv = [
        "report",
        *round_files,
        "--previous",
        *earlier,
        "--questions",
        qfile,
        "--lang",
        "en",
        "-o",
        out_path,
    ]
    code, _, _ = run(capsys, *argv)
    assert code == 0
    html = out_path.read_text(encoding="utf-8")
    assert '<html lang="en">' in html
    assert "Compared with the previous run" in html
    assert "Clear change?" in html


def test_report_in_english_is_english(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, mini: Questionnaire, qfile: Path
) -> None:
    result = write_respondent(tmp_path, mini, full(0, 4, 2), "r.json")
    out_path = tmp_path / "r.html"
    assert run(capsys, "report", result, "--questions", qfile, "--lang", "en", "-o", out_path)[0] == 0
    html = out_path.read_text(encoding="utf-8")
    assert '<html lang="en">' in html and "one person&#39;s assessment" in html


@pytest.mark.parametrize("name", ["report.txt", "report", "report.html.bak", "report.doc"])
def test_report_refuses_an_output_that_is_not_html_pdf_or_word(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, mini: Questionnaire, qfile: Path, name: str
) -> None:
    result = write_respondent(tmp_path, mini, full(0, 4, 2), "r.json")
    code, out, err = run(capsys, "report", result, "--questions", qfile, "-o", tmp_path / name)
    assert code == 2
    assert out == ""
    assert ".html, .pdf or .docx" in one_line_error(err)
    assert not (tmp_path / name).exists()


@pytest.mark.parametrize("where", ["results", "previous"])
def test_report_with_a_bad_result_file_exits_two_and_writes_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, mini: Questionnaire, qfile: Path, where: str
) -> None:
    good = write_respondent(tmp_path, mini, full(0, 4, 2), "good.json")
    bad = tmp_path / "bad.json"
    bad.write_text('{"format_version": 1, "answers": {"a0-i0": 9}}', encoding="utf-8")
    out_path = tmp_path / "r.html"
    files = [good, bad] if where == "results" else [good, "--previous", bad]
    code, out, err = run(capsys, "report", *files, "--questions", qfile, "-o", out_path)
    assert code == 2
    assert out == ""
    assert "bad.json" in one_line_error(err)
    assert not out_path.exists()


def test_report_of_a_missing_result_file_exits_two(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, qfile: Path
) -> None:
    out_path = tmp_path / "r.html"
    code, _, err = run(capsys, "report", tmp_path / "absent.json", "--questions", qfile, "-o", out_path)
    assert code == 2
    assert "absent.json" in one_line_error(err)
    assert not out_path.exists()


def test_the_readme_shows_exactly_what_score_prints_for_the_example(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["score", str(ROOT / "examples" / "exempel-2025.json")]) == 0
    printed = capsys.readouterr().out
    assert f"$ python -m scoring score examples/exempel-2025.json\n{printed}" in README.read_text(
        encoding="utf-8"
    )
