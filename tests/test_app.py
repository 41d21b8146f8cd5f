"""The app driven through AppTest, widgets addressed by keys made from item ids."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from scoring.errors import StoreError
from scoring.model import Questionnaire
from scoring.results import dump_result, new_result
from scoring.store import Store
from scoring.store.rounds import RoundLinks, Rounds
from tests.conftest import ROOT

TIMEOUT = 60


@pytest.fixture
def app(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> AppTest:
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("SJALVSKATTNING_DB", str(tmp_path / "app.db"))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT)
    return at.run()


def key(item_id: str) -> str:
    return f"q_{item_id}"


def answer_area(at: AppTest, q: Questionnaire, step: int, value: int) -> AppTest:
    at.radio(key="area_step").set_value(step).run()
    for item in q.areas[step].items:
        at.radio(key=key(item.id)).set_value(value)
    return at.run()


def fill_all(at: AppTest, q: Questionnaire, value: int = 4) -> AppTest:
    at.text_input(key="organisation").input("Exempelkommun")
    at.radio(key="role").set_value("politician").run()
    for step in range(len(q.areas)):
        answer_area(at, q, step, value)
    return at


def texts(at: AppTest) -> str:
    return " ".join(str(m.value) for m in at.markdown) + " ".join(str(e.value) for e in at.error)


def test_the_app_opens_in_swedish_without_errors(app: AppTest) -> None:
    assert not app.exception
    assert app.title[0].value.startswith("Att leda digitalisering")
    assert app.radio(key="area_step").value == 0


def test_nothing_is_preselected_and_the_first_area_shows_its_statements(
    app: AppTest, questionnaire: Questionnaire
) -> None:
    for item in questionnaire.areas[0].items:
        assert app.radio(key=key(item.id)).value is None


def test_answers_survive_moving_between_areas(app: AppTest, questionnaire: Questionnaire) -> None:
    answer_area(app, questionnaire, 0, 5)
    answer_area(app, questionnaire, 3, 2)
    app.radio(key="area_step").set_value(0).run()
    assert [app.radio(key=key(i.id)).value for i in questionnaire.areas[0].items] == [5] * 6
    assert app.session_state["answers"][questionnaire.areas[3].items[0].id] == 2


def test_progress_counts_answered_statements(app: AppTest, questionnaire: Questionnaire) -> None:
    answer_area(app, questionnaire, 1, 3)
    assert "6 av 36" in app.get("progress")[0].proto.text


def test_filling_in_everything_reaches_the_results(app: AppTest, questionnaire: Questionnaire) -> None:
    fill_all(app, questionnaire, value=4)
    app.switch_page("ui/pages/results.py").run()
    assert not app.exception
    metrics = {m.label: m.value for m in app.metric}
    assert metrics["Samlat index (0–100)"] != "–"
    labels = {b.label for b in app.get("download_button")}
    assert {"Diagram (PNG)", "Diagram (SVG)", "Resultatfil (JSON)", "Svar för Excel (CSV)"} <= labels
    assert {"Rapport (HTML)", "Rapport (PDF)", "Rapport (Word)"} <= labels


def test_the_results_show_the_chart_with_a_table_beside_it(
    app: AppTest, questionnaire: Questionnaire
) -> None:
    fill_all(app, questionnaire, value=5)
    app.switch_page("ui/pages/results.py").run()
    charts = app.get("vega_lite_chart")
    assert len(charts) == 2
    spec = json.loads(charts[0].proto.spec)
    assert "Styrkor och gap" in json.dumps(spec, ensure_ascii=False)
    assert len(app.table) >= 2


def test_the_results_page_without_answers_points_back_to_the_questions(app: AppTest) -> None:
    app.switch_page("ui/pages/results.py").run()
    assert not app.exception
    assert app.info and "Inga svar" in app.info[0].value


def test_switching_to_english_changes_the_interface_and_keeps_the_answers(
    app: AppTest, questionnaire: Questionnaire
) -> None:
    answer_area(app, questionnaire, 2, 3)
    app.radio(key="role").set_value("official").run()
    app.radio(key="lang").set_value("en").run()
    assert app.title[0].value.startswith("Leading digitalisation")
    # English widgets have keys of their own, drawn from the same answers.
    assert app.radio(key="role_en").label == "Your role"
    assert app.radio(key="role_en").value == "official"
    assert app.radio(key="area_step_en").value == 2
    assert [app.radio(key=f"{key(i.id)}_en").value for i in questionnaire.areas[2].items] == [3] * 6


def _upload(at: AppTest, content: bytes) -> AppTest:
    at.switch_page("ui/pages/compare.py").run()
    at.file_uploader(key="compare_file").upload("earlier.json", content, "application/json")
    return at.run()


def test_an_uploaded_earlier_run_is_compared_with_the_current_answers(
    app: AppTest, questionnaire: Questionnaire
) -> None:
    fill_all(app, questionnaire, value=4)
    earlier = new_result(questionnaire, {i.id: 2 for i in questionnaire.items}, "Exempelkommun")
    _upload(app, dump_result(earlier).encode())
    assert not app.exception and not app.error
    overall = app.metric[0]
    assert overall.delta is not None
    assert "Påståenden som har förändrats" in [s.value for s in app.header]


def test_a_broken_upload_gives_one_message_and_keeps_the_answers(
    app: AppTest, questionnaire: Questionnaire
) -> None:
    fill_all(app, questionnaire, value=4)
    _upload(app, b'{"format_version": 1, "answers": ')
    assert len(app.error) == 1
    assert "JSON" in app.error[0].value
    assert all(app.session_state["answers"][i.id] == 4 for i in questionnaire.items)


def test_a_file_from_a_newer_tool_is_refused_in_swedish(app: AppTest) -> None:
    _upload(app, json.dumps({"format_version": 9}).encode())
    assert "nyare version av verktyget" in app.error[0].value


def test_the_method_page_explains_the_scoring_and_cites_the_source(app: AppTest) -> None:
    app.switch_page("ui/pages/method.py").run()
    body = texts(app)
    assert "25 × (svar − 1)" in body and "25 × (5 − svar)" in body
    assert "Att leda och driva digitalisering" in body and "2019-02-22" in body


# --- team rounds -------------------------------------------------------------------------


def _round(tmp_path: Path, closed: bool = False) -> tuple[Rounds, RoundLinks]:
    rounds = Rounds(Store(tmp_path / "app.db"))
    links = rounds.create("Teamkommun")
    if closed:
        rounds.set_closed(links.round_id, True)
    return rounds, links


def _open_round(app: AppTest, param: str, token: str) -> AppTest:
    app.query_params[param] = token
    return app.switch_page("ui/pages/round.py").run()


def test_a_facilitator_starts_a_round_and_gets_two_links(app: AppTest) -> None:
    app.switch_page("ui/pages/round.py").run()
    app.text_input[0].input("Teamkommun")
    app.button[0].click().run()
    codes = [c.value for c in app.code]
    assert any("?svar=" in c for c in codes) and any("?leda=" in c for c in codes)


def test_a_respondent_answers_anonymously_and_sees_no_one_elses_answers(
    app: AppTest, questionnaire: Questionnaire, tmp_path: Path
) -> None:
    rounds, links = _round(tmp_path)
    rounds.submit(
        links.respondent_token,
        new_result(questionnaire, {"abstrakta-begrepp": 5}, "", "official"),
        questionnaire,
    )
    _open_round(app, "svar", links.respondent_token)
    assert not app.get("vega_lite_chart") and not app.metric
    app.radio(key="role").set_value("politician").run()
    for step in range(len(questionnaire.areas)):
        answer_area(app, questionnaire, step, 4)
    app.button(key="round_send").click().run()
    assert "Tack" in app.success[0].value
    stored = rounds.responses(links.round_id, questionnaire)
    assert len(stored) == 2 and stored[1].role == "politician"
    assert all(v == 4 for v in stored[1].answers.values()) and len(stored[1].answers) == 36


def test_a_closed_round_takes_no_answers(app: AppTest, tmp_path: Path) -> None:
    _rounds, links = _round(tmp_path, closed=True)
    _open_round(app, "svar", links.respondent_token)
    assert "stängd" in app.info[0].value
    assert not app.button


def test_the_facilitator_sees_the_team_chart_split_items_and_roles(
    app: AppTest, questionnaire: Questionnaire, tmp_path: Path
) -> None:
    rounds = Rounds(Store(tmp_path / "app.db"))
    links = rounds.create("Teamkommun", personal_links=4)  # role groups only with personal links
    first = questionnaire.items[0].id
    people = [("politician", 1), ("politician", 5), ("politician", 2), ("official", 5)]
    for personal, (role, value) in zip(links.personal_tokens, people, strict=True):
        answers = {i.id: 3 for i in questionnaire.items} | {first: value}
        rounds.submit(personal, new_result(questionnaire, answers, "", role), questionnaire)
    _open_round(app, "leda", links.facilitator_token)
    assert not app.exception
    assert len(app.get("vega_lite_chart")) >= 2
    assert app.selectbox(key=f"agreed_{first}")  # the split item, ready for the agreed answer
    headers = " ".join(str(c) for df in app.table for c in df.value.columns)
    assert "Förtroendevald (n = 3)" in headers and "Tjänsteperson" not in headers
    labels = {b.label for b in app.get("download_button")}
    assert {"Rapport (HTML)", "Rapport (PDF)", "Rapport (Word)"} <= labels


def test_a_wrong_facilitator_link_shows_nothing(app: AppTest, tmp_path: Path) -> None:
    _round(tmp_path)
    _open_round(app, "leda", "x" * 32)
    assert app.error and not app.get("vega_lite_chart")


def test_the_accessibility_statement_gives_status_shortcomings_and_a_contact(
    app: AppTest, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SJALVSKATTNING_CONTACT", "tillganglighet@example.se")
    monkeypatch.setenv("SJALVSKATTNING_ORGANISATION_NAME", "Exempelby kommun")
    app.switch_page("ui/pages/accessibility.py").run()
    body = texts(app)
    assert "Exempelby kommun står bakom" in body
    assert "delvis förenlig" in body and "WCAG 2.1" in body
    assert "Innehåll som inte är tillgängligt" in [s.value for s in app.header]
    assert "1.4.10 Omflöde" in body and "Om du använder skärmläsare" in body
    assert "tillganglighet@example.se" in body
    assert "https://www.digg.se/tdosanmalan" in body
    assert "2026-12-02" in body  # the date of the assessment


def test_without_a_contact_the_statement_says_how_to_reach_the_organisation(app: AppTest) -> None:
    app.switch_page("ui/pages/accessibility.py").run()
    body = texts(app)
    assert "den organisation som gav dig länken" in body and "växel" in body


def test_every_page_declares_the_language_shown(app: AppTest) -> None:
    def declared() -> list[str]:
        bodies = [h.proto.body for h in app.get("html")]
        scripts = [body for body in bodies if "documentElement.lang = config.lang" in body]
        return [body.split('"lang": "', 1)[1][:2] for body in scripts]

    assert declared() == ["sv"]
    app.radio(key="lang").set_value("en").run()
    assert declared() == ["en"]


# --- nothing lost: drafts, store faults, history -------------------------------------------


def test_a_draft_in_the_url_brings_back_every_answer(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, questionnaire: Questionnaire
) -> None:
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("SJALVSKATTNING_DB", str(tmp_path / "app.db"))
    store = Store(tmp_path / "app.db")
    token = store.new_draft()
    store.save_draft_meta(token, "Utkastkommun", "official")
    for item in questionnaire.items[:10]:
        store.save_answer(token, item.id, 2)
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT)
    at.query_params["utkast"] = token
    at.run()
    assert "10 svar" in at.success[0].value
    assert at.text_input(key="organisation").value == "Utkastkommun"
    assert at.radio(key="role").value == "official"
    assert [at.radio(key=key(i.id)).value for i in questionnaire.areas[0].items] == [2] * 6


def test_each_answer_is_saved_to_the_draft_the_moment_it_is_given(
    app: AppTest, questionnaire: Questionnaire, tmp_path: Path
) -> None:
    item = questionnaire.areas[0].items[0]
    app.radio(key=key(item.id)).set_value(0).run()  # "Vet ej"
    token = app.query_params["utkast"]
    draft = Store(tmp_path / "app.db").load_draft(token)
    assert draft is not None and draft.answers == {item.id: None}


def test_a_failing_store_gives_one_message_and_keeps_the_answers(
    app: AppTest, questionnaire: Questionnaire, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(*_args: object, **_kwargs: object) -> None:
        raise StoreError("The disk is full.")

    monkeypatch.setattr(Store, "new_draft", full)
    answer_area(app, questionnaire, 0, 3)
    assert len(app.error) == 1 and "Lagringen" in app.error[0].value
    assert len(app.session_state["answers"]) == 6
    app.switch_page("ui/pages/results.py").run()
    assert "Resultatfil (JSON)" in {b.label for b in app.get("download_button")}


def test_a_damaged_store_is_reported_and_never_written(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, questionnaire: Questionnaire
) -> None:
    damaged = tmp_path / "damaged.db"
    damaged.write_bytes(b"this is not a database, it is someone's notes\n" * 50)
    before = damaged.read_bytes()
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("SJALVSKATTNING_DB", str(damaged))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT).run()
    answer_area(at, questionnaire, 0, 4)
    assert damaged.read_bytes() == before
    assert any("Lagringen" in e.value for e in at.error)
    assert len(at.session_state["answers"]) == 6


def test_two_saved_runs_appear_in_history_and_can_be_compared(
    app: AppTest, questionnaire: Questionnaire, tmp_path: Path
) -> None:
    store = Store(tmp_path / "app.db")
    earlier = new_result(questionnaire, {i.id: 2 for i in questionnaire.items}, "Exempelkommun", "politician")
    store.save_run(earlier, questionnaire)
    fill_all(app, questionnaire, value=4)
    app.switch_page("ui/pages/results.py").run()
    app.button(key="save_run").click().run()
    assert "sparad" in app.success[0].value
    assert len(store.list_runs("Exempelkommun")) == 2
    app.switch_page("ui/pages/history.py").run()
    assert not app.exception
    assert len(app.table[0].value) == 2
    assert len(app.get("vega_lite_chart")) >= 2  # the trend and the comparison
    assert "Påståenden som har förändrats" in [s.value for s in app.header]


def test_a_run_from_an_older_questionnaire_still_compares_in_history(
    app: AppTest, questionnaire: Questionnaire, tmp_path: Path
) -> None:
    data = questionnaire.model_dump()
    first = data["areas"][0]
    first["items"] = [*first["items"], dict(first["items"][0], id="borttagen-fraga")]
    data["version"] = "0.9"
    older = Questionnaire.model_validate(data)
    store = Store(tmp_path / "app.db")
    answers = {i.id: 3 for i in older.items}
    store.save_run(new_result(older, answers, "Exempelkommun"), older)
    store.save_run(
        new_result(questionnaire, {i.id: 4 for i in questionnaire.items}, "Exempelkommun"), questionnaire
    )
    app.switch_page("ui/pages/history.py").run()
    assert not app.exception
    notes = " ".join(w.value for w in app.warning) + " ".join(c.value for c in app.caption)
    notes = notes.replace("\\", "")  # as shown: text from the store is escaped Markdown
    assert "borttagen-fraga" in notes
    assert "0.9" in notes  # the version note


def test_a_respondent_who_refreshes_gets_the_round_draft_back(
    app: AppTest, questionnaire: Questionnaire, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _rounds, links = _round(tmp_path)
    _open_round(app, "svar", links.respondent_token)
    app.radio(key="role").set_value("official").run()
    answer_area(app, questionnaire, 0, 2)
    draft = app.query_params["utkast"]
    again = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT)
    again.query_params.update({"svar": links.respondent_token, "utkast": draft})
    again.run()
    again.switch_page("ui/pages/round.py").run()
    assert again.radio(key="role").value == "official"
    assert [again.radio(key=key(i.id)).value for i in questionnaire.areas[0].items] == [2] * 6


def test_saving_the_same_run_twice_keeps_one(
    app: AppTest, questionnaire: Questionnaire, tmp_path: Path
) -> None:
    fill_all(app, questionnaire, value=4)
    app.switch_page("ui/pages/results.py").run()
    app.button(key="save_run").click().run()
    app.button(key="save_run").click().run()
    assert "fanns redan" in app.success[0].value
    assert len(Store(tmp_path / "app.db").list_runs("Exempelkommun")) == 1


def test_an_answer_changed_after_saving_starts_a_draft_with_every_answer(
    app: AppTest, questionnaire: Questionnaire, tmp_path: Path
) -> None:
    fill_all(app, questionnaire, value=4)
    app.switch_page("ui/pages/results.py").run()
    app.button(key="save_run").click().run()
    app.switch_page("ui/pages/fill_in.py").run()
    app.radio(key="area_step").set_value(0).run()
    app.radio(key=key(questionnaire.items[0].id)).set_value(1).run()
    draft = Store(tmp_path / "app.db").load_draft(app.query_params["utkast"])
    assert draft is not None and len(draft.answers) == 36 and draft.organisation == "Exempelkommun"
    assert draft.answers[questionnaire.items[0].id] == 1


def test_a_respondent_sees_only_the_round_and_the_help_pages(app: AppTest, tmp_path: Path) -> None:
    _rounds, links = _round(tmp_path)
    _open_round(app, "svar", links.respondent_token)
    assert set(app.session_state["_own"]["_pages_sv_respondent"]) == {"round", "method", "accessibility"}


def test_another_rounds_results_are_not_offered_for_comparison_by_name(
    app: AppTest, questionnaire: Questionnaire, tmp_path: Path
) -> None:
    rounds, mine = _round(tmp_path)
    theirs = rounds.create("Teamkommun")
    for value in (1, 2, 5):
        answers = {i.id: value for i in questionnaire.items}
        rounds.submit(
            theirs.respondent_token, new_result(questionnaire, answers, "", "official"), questionnaire
        )
    rounds.submit(
        mine.respondent_token, new_result(questionnaire, {"abstrakta-begrepp": 3}, "", "other"), questionnaire
    )
    _open_round(app, "leda", mine.facilitator_token)
    assert app.selectbox(key="round_previous_run").options == ["Ingen jämförelse"]
    app.text_input(key="round_previous_link").input(f"http://x/runda?leda={theirs.facilitator_token}").run()
    assert "Tydlig förändring?" in " ".join(str(c) for df in app.table for c in df.value.columns)


def test_dont_know_answers_are_not_counted_as_a_basis_for_the_results(
    app: AppTest, questionnaire: Questionnaire
) -> None:
    fill_all(app, questionnaire, value=0)  # "Vet ej" everywhere
    app.switch_page("ui/pages/results.py").run()
    assert any("0 av 36" in c.value for c in app.caption)
    assert app.metric[0].value == "–"


def test_a_history_import_with_bad_files_names_each_and_adds_nothing(
    app: AppTest, questionnaire: Questionnaire, tmp_path: Path
) -> None:
    good = dump_result(new_result(questionnaire, {questionnaire.items[0].id: 3}, "Exempelkommun")).encode()
    app.switch_page("ui/pages/history.py").run()
    app.file_uploader(key="hist_import").set_value(
        [("bra.json", good, "application/json"), ("trasig.json", b"{", "application/json"),
         ("annan.json", b"[]", "application/json")]
    ).run()  # fmt: skip
    app.button(key="hist_import_button").click().run()
    assert not app.exception and not app.success  # never a green "0 added"
    errors = " ".join(e.value for e in app.error).replace("\\", "")  # as shown: escapes removed
    assert "trasig.json" in errors and "annan.json" in errors and "bra.json" not in errors
    assert str(tmp_path) not in errors
    assert "Inget lades till" in " ".join(w.value for w in app.warning)
    assert Store(tmp_path / "app.db").list_runs() == []


def test_a_history_import_of_good_files_says_how_many_were_added(
    app: AppTest, questionnaire: Questionnaire, tmp_path: Path
) -> None:
    good = dump_result(new_result(questionnaire, {questionnaire.items[0].id: 3}, "Exempelkommun")).encode()
    app.switch_page("ui/pages/history.py").run()
    app.file_uploader(key="hist_import").set_value([("bra.json", good, "application/json")]).run()
    app.button(key="hist_import_button").click().run()
    assert not app.error and "1 mätningar lades till" in app.success[0].value
    assert len(Store(tmp_path / "app.db").list_runs()) == 1


def test_a_respondent_s_store_message_names_no_page_they_cannot_reach(
    app: AppTest, questionnaire: Questionnaire, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _rounds, links = _round(tmp_path)
    _open_round(app, "svar", links.respondent_token)

    def full(*_args: object, **_kwargs: object) -> None:
        raise StoreError(f"The disk holding the store at {tmp_path} is full.", "store_full")

    monkeypatch.setattr(Store, "new_draft", full)
    app.radio(key="role").set_value("official").run()
    answer_area(app, questionnaire, 0, 2)
    errors = " ".join(e.value for e in app.error)
    assert "Lagringen" in errors and "full" in errors
    assert not any(page in errors for page in ("Resultat", "Historik", str(tmp_path)))
