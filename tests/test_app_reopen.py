"""Every saved result can be reopened: History's results view, corrections, versions, comparisons."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from scoring.model import Questionnaire
from scoring.results import dump_result, new_result
from scoring.store import Store
from tests.conftest import ROOT
from tests.test_app import TIMEOUT, answer_area, fill_all

ALL_DOWNLOADS = {
    "dl_hist_download_png",
    "dl_hist_download_svg",
    "dl_hist_download_json",
    "dl_hist_download_csv",
    "dl_hist_report_download",
    "dl_hist_report_download_pdf",
    "dl_hist_report_download_docx",
}


@pytest.fixture
def app(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> AppTest:
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("SJALVSKATTNING_DB", str(tmp_path / "app.db"))
    return AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT).run()


def download_keys(at: AppTest) -> set[str]:
    return {button.key for button in at.get("download_button")}


def shown(markdown: str) -> str:
    """Text as the reader sees it: names from files are shown with Markdown's characters escaped."""
    return markdown.replace("\\", "")


def save_on_results(at: AppTest) -> AppTest:
    at.switch_page("ui/pages/results.py").run()
    at.button(key="save_run").click().run()
    return at


def open_in_history(at: AppTest, run_id: int) -> AppTest:
    at.switch_page("ui/pages/history.py").run()
    at.selectbox(key="hist_open_pick").set_value(run_id).run()
    at.button(key="hist_open_button").click().run()
    return at


def test_a_saved_run_says_it_is_saved_and_offers_to_open_it_or_start_anew(
    app: AppTest, questionnaire: Questionnaire, tmp_path: Path
) -> None:
    fill_all(app, questionnaire, value=4)
    save_on_results(app)
    assert "Mätningen är sparad i historiken." in [s.value for s in app.success]
    assert {"saved_run_open", "saved_run_new"} <= {b.key for b in app.button}
    app.switch_page("ui/pages/fill_in.py").run()
    assert any("sparad i historiken" in s.value for s in app.success)
    app.button(key="saved_run_new").click().run()
    assert app.session_state["answers"] == {}


def test_the_link_of_a_draft_that_was_saved_says_so_instead_of_an_empty_form(
    app: AppTest, questionnaire: Questionnaire, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    answer_area(app, questionnaire, 0, 3)
    token = app.query_params["utkast"]
    fill_all(app, questionnaire, value=4)
    save_on_results(app)
    later = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT)
    later.query_params["utkast"] = token
    later.run()
    assert any("sparad i historiken" in s.value for s in later.success)


def test_a_run_opened_from_history_shows_the_results_view_with_every_download(
    app: AppTest, questionnaire: Questionnaire, tmp_path: Path
) -> None:
    store = Store(tmp_path / "app.db")
    saved = store.save_run(
        new_result(questionnaire, {i.id: 2 for i in questionnaire.items}, "Exempelkommun"), questionnaire
    )
    app.text_input(key="organisation").input("Exempelkommun").run()
    open_in_history(app, saved.id)
    assert not app.exception
    assert download_keys(app) >= ALL_DOWNLOADS
    assert any("Mätningen" in h.value or "Sparad mätning" in h.value for h in app.subheader)
    assert len(app.get("vega_lite_chart")) == 2  # one run: no trend; the area chart and the item chart


def test_correcting_a_saved_run_replaces_it_and_the_earlier_version_can_be_restored(
    app: AppTest, questionnaire: Questionnaire, tmp_path: Path
) -> None:
    store = Store(tmp_path / "app.db")
    first = store.save_run(
        new_result(questionnaire, {i.id: 2 for i in questionnaire.items}, "Exempelkommun", "official"),
        questionnaire,
    )
    app.text_input(key="organisation").input("Exempelkommun").run()
    open_in_history(app, first.id)
    app.button(key="hist_correct").click().run()
    assert app.session_state["answers"] == {i.id: 2 for i in questionnaire.items}
    app.switch_page("ui/pages/fill_in.py").run()
    first_item = questionnaire.items[0]
    app.radio(key=f"q_{first_item.id}").set_value(5).run()
    app.switch_page("ui/pages/results.py").run()
    assert any("ändrar en sparad mätning" in i.value for i in app.info)
    app.button(key="save_run").click().run()
    runs = store.list_runs("Exempelkommun")
    assert len(runs) == 1 and runs[0].id != first.id
    open_in_history(app, runs[0].id)
    app.selectbox(key="hist_restore_pick").set_value(first.id).run()
    app.button(key="hist_restore_button").click().run()
    assert [run.id for run in store.list_runs("Exempelkommun")] == [first.id]
    assert len(store.run_versions(first.id)) == 2


def test_a_comparison_in_history_offers_its_chart_and_report_and_names_other_roles(
    app: AppTest, questionnaire: Questionnaire, tmp_path: Path
) -> None:
    store = Store(tmp_path / "app.db")
    for value, role in ((2, "politician"), (4, "official")):
        answers = {i.id: value for i in questionnaire.items}
        store.save_run(new_result(questionnaire, answers, "Exempelkommun", role), questionnaire)
    app.text_input(key="organisation").input("Exempelkommun").run()
    app.switch_page("ui/pages/history.py").run()
    assert {
        f"dl_hist_cmp_{k}" for k in ("download_png", "download_svg", "report_download_pdf")
    } <= download_keys(app)
    assert any("olika roller (Förtroendevald och Tjänsteperson)" in shown(w.value) for w in app.warning)


def test_jamfor_warns_about_another_organisation_s_file_and_offers_downloads(
    app: AppTest, questionnaire: Questionnaire
) -> None:
    fill_all(app, questionnaire, value=4)
    earlier = new_result(questionnaire, {i.id: 2 for i in questionnaire.items}, "Grannkommunen", "politician")
    app.switch_page("ui/pages/compare.py").run()
    app.file_uploader(key="compare_file").upload(
        "earlier.json", dump_result(earlier).encode(), "application/json"
    )
    app.run()
    assert not app.exception
    warnings = " ".join(shown(w.value) for w in app.warning)
    assert "annan organisation (Grannkommunen)" in warnings and "olika organisationer" in warnings
    assert {"dl_cmp_download_png", "dl_cmp_report_download_docx"} <= download_keys(app)
    app.switch_page("ui/pages/results.py").run()
    assert any("tidigare resultatfilen" in c.value for c in app.caption)
