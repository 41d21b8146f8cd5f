"""The trend over time and the one rule for showing a run's date, checked through their output."""

from __future__ import annotations

from scoring.model import Questionnaire
from scoring.score import Scores, score
from scoring.strings import t
from scoring.trend import run_labels, trend_chart, trend_rows


def everything(questionnaire: Questionnaire, answer: int | None) -> Scores:
    return score(questionnaire, {item.id: answer for item in questionnaire.items})


def test_trend_rows_hold_the_overall_index_and_every_area_per_run(questionnaire: Questionnaire) -> None:
    runs = [
        ("2024-01-01T10:00:00+00:00", everything(questionnaire, 2)),
        ("2024-06-01T10:00:00+00:00", everything(questionnaire, 4)),
    ]
    rows = trend_rows(questionnaire, runs, "en")
    assert len(rows) == len(runs) * (1 + len(questionnaire.areas))
    first = rows[: 1 + len(questionnaire.areas)]
    assert first[0] == {
        "created_at": runs[0][0],
        "when": "1 Jan 2024",
        "series": t("csv_overall", "en"),
        "score": runs[0][1].overall,
    }
    assert [r["series"] for r in first[1:]] == [area.title("en") for area in questionnaire.areas]
    assert [r["score"] for r in first[1:]] == [a.score for a in runs[0][1].areas]


def test_the_trend_chart_runs_from_zero_to_one_hundred_in_the_language_asked(
    questionnaire: Questionnaire,
) -> None:
    runs = [("2024-01-01T10:00:00+00:00", everything(questionnaire, 3))]
    for lang in ("sv", "en"):
        spec = trend_chart(questionnaire, runs, lang).to_dict()
        assert spec["title"] == t("trend_title", lang)
        encodings = [layer["encoding"] for layer in spec["spec"]["layer"]]
        assert all(e["y"]["scale"]["domain"] == [0, 100] for e in encodings)


def test_the_trend_chart_draws_one_small_chart_per_area_and_the_overall_index(
    questionnaire: Questionnaire,
) -> None:
    runs = [("2024-01-01T10:00:00+00:00", everything(questionnaire, 3))]
    spec = trend_chart(questionnaire, runs, "sv").to_dict()
    assert spec["facet"]["field"] == "series"
    assert spec["facet"]["sort"] == [t("csv_overall", "sv"), *(a.title("sv") for a in questionnaire.areas)]


def test_runs_are_labelled_by_their_day_in_swedish_with_the_time_only_when_a_day_repeats() -> None:
    times = ["2026-12-02T09:41:05+01:00", "2026-12-02T09:45:50+01:00", "2027-03-15T14:05:00+01:00"]
    assert run_labels(times, "sv") == ["2 dec. 2026 09.41", "2 dec. 2026 09.45", "15 mars 2027"]
    assert run_labels(times, "en") == ["2 Dec 2026 09:41", "2 Dec 2026 09:45", "15 Mar 2027"]
    same_minute = ["2026-12-02T09:41:05+01:00", "2026-12-02T09:41:50+01:00"]
    assert len(set(run_labels(same_minute, "sv"))) == 2


def test_trend_rows_keep_every_run_and_series_even_without_a_score(questionnaire: Questionnaire) -> None:
    times = ["2023-01-01T10:00:00+00:00", "2023-06-01T10:00:00+00:00", "2024-01-01T10:00:00+00:00"]
    runs = [(times[0], everything(questionnaire, None)), (times[1], everything(questionnaire, 1))]
    runs.append((times[2], score(questionnaire, {})))
    rows = trend_rows(questionnaire, runs, "sv")
    series = [t("csv_overall", "sv"), *(area.title("sv") for area in questionnaire.areas)]
    assert len(rows) == 3 * 7
    assert [r["series"] for r in rows] == series * 3
    assert [r["created_at"] for r in rows] == [when for when in times for _ in series]
    assert all(r["score"] is None for r in rows[:7] + rows[14:])
    answered = runs[1][1]
    assert [r["score"] for r in rows[7:14]] == [answered.overall, *(a.score for a in answered.areas)]
    assert None not in [r["score"] for r in rows[7:14]]


def test_trend_rows_of_no_runs_are_empty(questionnaire: Questionnaire) -> None:
    assert trend_rows(questionnaire, [], "en") == []


def test_the_trend_chart_puts_the_runs_in_time_order_along_x_and_the_score_up_y(
    questionnaire: Questionnaire,
) -> None:
    runs = [
        ("2024-01-01T10:00:00+00:00", everything(questionnaire, 2)),
        ("2024-06-01T10:00:00+00:00", everything(questionnaire, 4)),
    ]
    spec = trend_chart(questionnaire, runs, "sv").to_dict()
    assert spec["data"]["values"] == trend_rows(questionnaire, runs, "sv")
    layers = spec["spec"]["layer"]
    assert {layer["mark"]["type"] for layer in layers} == {"line", "point"}
    for layer in layers:
        assert layer["encoding"]["x"]["field"] == "when"
        assert layer["encoding"]["x"]["sort"] == ["1 jan. 2024", "1 juni 2024"]
        assert layer["encoding"]["y"]["field"] == "score"
        assert {"filter": "datum.score != null"} in layer["transform"]
