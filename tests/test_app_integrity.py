"""Nothing lost, nothing leaked, through the app: store failures said at once, two tabs on one
draft, one response per respondent, personal links, role groups that cannot be padded, limits."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from streamlit.testing.v1 import AppTest

import scoring.store.database as database_module
from scoring.model import Questionnaire
from scoring.results import new_result
from scoring.store import Store
from scoring.store.drafts import new_token
from scoring.store.rounds import Rounds
from tests.conftest import ROOT
from ui import quota

TIMEOUT = 60
ORIGINAL_CONNECTION = database_module._new_connection


@pytest.fixture(autouse=True)
def _fresh_limits() -> Iterator[None]:
    quota.counter.clear()  # the per-server counter is process-wide: each test starts from zero
    yield
    quota.counter.clear()


def new_app(tmp_path: Path, **params: str) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT)
    at.query_params.update(params)
    return at.run()


@pytest.fixture
def app(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> AppTest:
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("SJALVSKATTNING_DB", str(tmp_path / "app.db"))
    return new_app(tmp_path)


def store(tmp_path: Path) -> Store:
    return Store(tmp_path / "app.db")


def read_only(path: Path) -> sqlite3.Connection:
    """A connection on which SQLite itself refuses every write, as on a read-only store."""
    conn = ORIGINAL_CONNECTION(path)
    conn.execute("PRAGMA query_only = ON")
    return conn


def key(item_id: str) -> str:
    return f"q_{item_id}"


def answer(at: AppTest, item_id: str, value: int) -> AppTest:
    return at.radio(key=key(item_id)).set_value(value).run()


def answer_area(at: AppTest, q: Questionnaire, step: int, value: int) -> AppTest:
    at.radio(key="area_step").set_value(step).run()
    for item in q.areas[step].items:
        at.radio(key=key(item.id)).set_value(value)
    return at.run()


def in_order(at: AppTest) -> list[Any]:
    """Every element of the page in the order it is drawn."""

    def walk(node: Any) -> Iterator[Any]:
        for child in getattr(node, "children", {}).values():
            yield child
            yield from walk(child)

    return list(walk(at.main))


def fragment_part(at: AppTest, first_item: str) -> list[Any]:
    """The answers' fragment, from its progress bar down to the first statement's radio."""
    elements = in_order(at)
    start = next(n for n, e in enumerate(elements) if type(e).__name__ == "Progress")
    end = next(n for n, e in enumerate(elements) if getattr(e, "key", None) == key(first_item))
    return elements[start:end]


def errors(at: AppTest) -> str:
    return " ".join(e.value for e in at.error)


# --- B4: store failures are said at once, and nothing is lost ------------------------------


def test_an_answer_the_read_only_store_refuses_is_said_in_the_fragment_with_a_download(
    app: AppTest, questionnaire: Questionnaire, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    first, *rest = questionnaire.areas[0].items
    answer(app, first.id, 3)  # the draft is made and holds this answer
    monkeypatch.setattr(database_module, "_new_connection", read_only)
    answer(app, rest[0].id, 4)
    part = fragment_part(app, first.id)
    shown = [e for e in part if type(e).__name__ == "Error"]
    assert len(shown) == 1 and len(app.error) == 1  # said once, and inside the fragment
    assert "Lagringen kunde inte spara" in shown[0].value and "skrivskyddad" in shown[0].value
    assert any(getattr(e, "key", None) == "unsaved_download" for e in part)
    assert len(app.session_state["answers"]) == 2
    draft = store(tmp_path).load_draft(app.query_params["utkast"])
    assert draft is not None and draft.answers == {first.id: 3}


def _answers_fragment_after_a_click() -> None:
    # What a click reruns: the radio's callback, then the answers' fragment alone.
    import streamlit as st

    from ui import autosave, fill_in
    from ui.state import questionnaire

    item = questionnaire().items[0].id
    st.session_state[f"q_{item}"] = 4
    autosave.save_answer(item)
    fill_in.areas_form()


def test_a_click_s_run_cut_short_by_the_next_click_still_writes_its_answer_to_the_draft(
    questionnaire: Questionnaire, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from ui import fill_in

    def cut_short(*_: object) -> None:
        raise RuntimeError("the next click")  # as Streamlit stops a run for a new one

    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("SJALVSKATTNING_DB", str(tmp_path / "app.db"))
    monkeypatch.setattr(fill_in, "_area_and_steps", cut_short)
    at = AppTest.from_function(_answers_fragment_after_a_click, default_timeout=TIMEOUT).run()
    assert len(at.exception) == 1 and not at.radio  # the run stopped before the area was drawn
    draft = store(tmp_path).load_draft(at.query_params["utkast"])
    assert draft is not None and draft.answers == {questionnaire.items[0].id: 4}


def test_answers_given_while_the_store_failed_are_written_back_when_it_works_again(
    app: AppTest, questionnaire: Questionnaire, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    items = questionnaire.areas[0].items
    answer(app, items[0].id, 3)
    monkeypatch.setattr(database_module, "_new_connection", read_only)
    for item in items[1:5]:
        answer(app, item.id, 2)
    assert len(app.error) == 1
    monkeypatch.setattr(database_module, "_new_connection", ORIGINAL_CONNECTION)
    answer(app, items[5].id, 5)
    assert not app.error and "fungerar igen" in app.success[0].value
    draft = store(tmp_path).load_draft(app.query_params["utkast"])
    assert draft is not None and len(draft.answers) == 6
    assert draft.answers == {items[0].id: 3} | {i.id: 2 for i in items[1:5]} | {items[5].id: 5}
    answer(app, items[5].id, 4)
    assert not app.success  # the all-clear is said once


def test_a_full_disk_when_the_first_answer_is_given_is_said_at_once(
    app: AppTest, questionnaire: Questionnaire, monkeypatch: pytest.MonkeyPatch
) -> None:
    class FullDisk(sqlite3.Connection):
        def execute(self, sql: str, *args: Any) -> sqlite3.Cursor:
            if sql.startswith("BEGIN IMMEDIATE"):  # every write, with SQLite's own words for a full disk
                raise sqlite3.OperationalError("database or disk is full")
            return super().execute(sql, *args)

    def full(path: Path) -> sqlite3.Connection:
        return sqlite3.connect(path, factory=FullDisk, isolation_level=None)

    monkeypatch.setattr(database_module, "_new_connection", full)
    first = questionnaire.areas[0].items[0]
    answer(app, first.id, 3)
    assert "full" in " ".join(e.value for e in fragment_part(app, first.id) if type(e).__name__ == "Error")
    assert app.get("download_button")


def test_saving_a_run_on_a_failing_store_says_so_at_once(
    app: AppTest, questionnaire: Questionnaire, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    app.text_input(key="organisation").input("Exempelkommun").run()
    for step in range(len(questionnaire.areas)):
        answer_area(app, questionnaire, step, 4)
    app.switch_page("ui/pages/results.py").run()
    monkeypatch.setattr(database_module, "_new_connection", read_only)
    app.button(key="save_run").click().run()
    assert "Mätningen sparades inte" in errors(app) and not app.success
    monkeypatch.setattr(database_module, "_new_connection", ORIGINAL_CONNECTION)
    app.button(key="save_run").click().run()
    assert "sparad" in app.success[0].value
    assert len(store(tmp_path).list_runs("Exempelkommun")) == 1


# --- B5: two tabs on one draft -------------------------------------------------------------


def two_tabs(tmp_path: Path) -> tuple[AppTest, AppTest, str]:
    db = store(tmp_path)
    token = db.new_draft()
    db.save_draft_meta(token, "Exempelkommun", "official")
    return new_app(tmp_path, utkast=token), new_app(tmp_path, utkast=token), token


def test_a_save_refuses_while_the_draft_holds_answers_from_another_tab_then_takes_them_in(
    app: AppTest, questionnaire: Questionnaire, tmp_path: Path
) -> None:
    tab_a, tab_b, _token = two_tabs(tmp_path)
    answer_area(tab_a, questionnaire, 0, 4)
    answer_area(tab_b, questionnaire, 1, 2)
    tab_a.switch_page("ui/pages/results.py").run()
    tab_a.button(key="save_run").click().run()
    warned = " ".join(w.value for w in tab_a.warning)
    assert "Inget sparades" in warned and "6 svar" in warned
    assert store(tmp_path).list_runs() == []
    tab_a.button(key="save_run_take_in").click().run()
    tab_a.button(key="save_run").click().run()
    assert "sparad" in tab_a.success[0].value
    [saved] = store(tmp_path).list_runs()
    run = store(tmp_path).get_run(saved.id)
    assert run is not None and len(run.result.answers) == 12


def test_after_the_other_tab_saved_an_answer_starts_a_new_draft_with_this_tab_s_answers(
    app: AppTest, questionnaire: Questionnaire, tmp_path: Path
) -> None:
    tab_a, tab_b, token = two_tabs(tmp_path)
    answer_area(tab_a, questionnaire, 0, 4)
    answer_area(tab_b, questionnaire, 1, 2)
    tab_a.switch_page("ui/pages/results.py").run()
    tab_a.button(key="save_run").click().run()  # refused: B's answers are offered first
    tab_a.button(key="save_run_take_in").click().run()
    tab_a.button(key="save_run").click().run()
    assert store(tmp_path).load_draft(token) is None
    answer(tab_b, questionnaire.areas[1].items[0].id, 5)
    assert "ett nytt utkast" in tab_b.info[0].value
    new_token = tab_b.query_params["utkast"]
    assert new_token != token
    draft = store(tmp_path).load_draft(new_token)
    # B's own answers (A's were saved by A, as a run): nothing B gave is lost.
    assert draft is not None and len(draft.answers) == 6 and draft.organisation == "Exempelkommun"
    assert draft.answers[questionnaire.areas[1].items[0].id] == 5
    refreshed = new_app(tmp_path, utkast=new_token)
    assert "6 svar" in refreshed.success[0].value


# --- B6 and B7: one response per respondent ------------------------------------------------


def respond(at: AppTest, q: Questionnaire, value: int = 3, role: str = "politician") -> AppTest:
    at.switch_page("ui/pages/round.py").run()
    at.radio(key="role").set_value(role).run()
    answer_area(at, q, 0, value)
    return at.button(key="round_send").click().run()


def test_a_reload_after_sending_thanks_again_and_offers_no_second_send(
    app: AppTest, questionnaire: Questionnaire, tmp_path: Path
) -> None:
    rounds = Rounds(store(tmp_path))
    made = rounds.create("Teamkommun")
    tab = new_app(tmp_path, svar=made.respondent_token)
    respond(tab, questionnaire)
    assert "Tack" in tab.success[0].value
    reloaded = new_app(tmp_path, **tab.query_params)
    reloaded.switch_page("ui/pages/round.py").run()
    assert "Tack" in reloaded.success[0].value
    assert not [b for b in reloaded.button if b.key == "round_send"]
    assert len(rounds.responses(made.round_id, questionnaire)) == 1


def test_a_second_tab_of_the_same_browser_draft_cannot_send_again(
    app: AppTest, questionnaire: Questionnaire, tmp_path: Path
) -> None:
    rounds = Rounds(store(tmp_path))
    made = rounds.create("Teamkommun")
    tab_a = new_app(tmp_path, svar=made.respondent_token)
    tab_a.switch_page("ui/pages/round.py").run()
    tab_a.radio(key="role").set_value("politician").run()
    answer_area(tab_a, questionnaire, 0, 3)
    tab_b = new_app(tmp_path, **tab_a.query_params)
    tab_b.switch_page("ui/pages/round.py").run()
    tab_a.button(key="round_send").click().run()
    tab_b.button(key="round_send").click().run()
    assert "redan inskickade" in tab_b.info[0].value and "Tack" in tab_b.success[0].value
    assert len(rounds.responses(made.round_id, questionnaire)) == 1


def respondent_tabs(tmp_path: Path, q: Questionnaire) -> tuple[Rounds, int, AppTest, AppTest]:
    rounds = Rounds(store(tmp_path))
    made = rounds.create("Teamkommun")
    tab_a = new_app(tmp_path, svar=made.respondent_token)
    tab_a.switch_page("ui/pages/round.py").run()
    tab_a.radio(key="role").set_value("politician").run()
    tab_b = new_app(tmp_path, **tab_a.query_params)
    tab_b.switch_page("ui/pages/round.py").run()
    return rounds, made.round_id, tab_a, tab_b


def test_a_respondent_s_tab_sends_nothing_until_it_took_in_the_other_tab_s_answers(
    app: AppTest, questionnaire: Questionnaire, tmp_path: Path
) -> None:
    rounds, round_id, tab_a, tab_b = respondent_tabs(tmp_path, questionnaire)
    answer_area(tab_a, questionnaire, 0, 4)
    answer_area(tab_b, questionnaire, 1, 2)
    tab_b.button(key="round_send").click().run()
    assert "Inget skickades" in " ".join(w.value for w in tab_b.warning)
    assert rounds.responses(round_id, questionnaire) == []
    tab_b.button(key="save_run_take_in").click().run()
    tab_b.button(key="round_send").click().run()
    [sent] = rounds.responses(round_id, questionnaire)
    assert len(sent.answers) == 12


def test_an_answer_in_a_tab_whose_draft_was_sent_from_another_starts_no_second_response(
    app: AppTest, questionnaire: Questionnaire, tmp_path: Path
) -> None:
    rounds, round_id, tab_a, tab_b = respondent_tabs(tmp_path, questionnaire)
    answer_area(tab_a, questionnaire, 0, 4)
    tab_a.button(key="round_send").click().run()
    draft = tab_b.query_params["utkast"]
    answer(tab_b, questionnaire.areas[0].items[0].id, 5)
    assert tab_b.query_params["utkast"] == draft  # no new draft that could be sent again
    assert "Tack" in tab_b.success[0].value and "redan inskickade" in tab_b.info[0].value
    assert not [b for b in tab_b.button if b.key == "round_send"]
    assert len(rounds.responses(round_id, questionnaire)) == 1


def test_identical_answers_from_different_people_are_all_counted(
    app: AppTest, questionnaire: Questionnaire, tmp_path: Path
) -> None:
    rounds = Rounds(store(tmp_path))
    made = rounds.create("Teamkommun")
    for _ in range(3):
        respond(new_app(tmp_path, svar=made.respondent_token), questionnaire)
    assert len(rounds.responses(made.round_id, questionnaire)) == 3


def test_a_used_personal_link_takes_no_second_response(
    app: AppTest, questionnaire: Questionnaire, tmp_path: Path
) -> None:
    rounds = Rounds(store(tmp_path))
    made = rounds.create("Teamkommun", personal_links=2)
    respond(new_app(tmp_path, svar=made.personal_tokens[0]), questionnaire)
    other_browser = new_app(tmp_path, svar=made.personal_tokens[0])
    other_browser.switch_page("ui/pages/round.py").run()
    assert "redan använts" in other_browser.info[0].value
    assert not [b for b in other_browser.button if b.key == "round_send"]
    respond(new_app(tmp_path, svar=made.personal_tokens[1]), questionnaire)
    assert len(rounds.responses(made.round_id, questionnaire)) == 2


def test_the_facilitator_creates_personal_links_to_copy_and_download(app: AppTest) -> None:
    app.switch_page("ui/pages/round.py").run()
    app.text_input[0].input("Teamkommun")
    app.radio(key="round_link_mode").set_value("personal")
    app.number_input(key="round_invitees").set_value(5)
    app.button[0].click().run()
    personal = [c.value for c in app.code if "?svar=" in c.value]
    assert len(personal) == 1 and len(personal[0].splitlines()) == 5
    assert any(b.key == "round_personal_download" for b in app.get("download_button"))
    assert any("?leda=" in c.value for c in app.code)


def test_a_shared_link_round_hides_role_groups_and_says_why(
    app: AppTest, questionnaire: Questionnaire, tmp_path: Path
) -> None:
    rounds = Rounds(store(tmp_path))
    made = rounds.create("Teamkommun")
    for role in ("politician", "politician", "politician", "official"):
        answers = {i.id: 3 for i in questionnaire.items}
        rounds.submit(made.respondent_token, new_result(questionnaire, answers, "", role), questionnaire)
    facilitator = new_app(tmp_path, leda=made.facilitator_token)
    facilitator.switch_page("ui/pages/round.py").run()
    headers = " ".join(
        str(c) for df in [*facilitator.dataframe, *facilitator.table] for c in df.value.columns
    )
    assert "Förtroendevald (n = 3)" not in headers
    body = " ".join(m.value for m in facilitator.markdown) + " ".join(i.value for i in facilitator.info)
    assert "gemensam länk" in body and "personliga länkar" in body


def test_a_personal_link_round_shows_role_groups_and_how_many_links_were_used(
    app: AppTest, questionnaire: Questionnaire, tmp_path: Path
) -> None:
    rounds = Rounds(store(tmp_path))
    made = rounds.create("Teamkommun", personal_links=5)
    for token in made.personal_tokens[:3]:
        answers = {i.id: 3 for i in questionnaire.items}
        rounds.submit(token, new_result(questionnaire, answers, "", "politician"), questionnaire)
    facilitator = new_app(tmp_path, leda=made.facilitator_token)
    facilitator.switch_page("ui/pages/round.py").run()
    headers = " ".join(
        str(c) for df in [*facilitator.dataframe, *facilitator.table] for c in df.value.columns
    )
    assert "Förtroendevald (n = 3)" in headers
    assert "3 av 5 använda" in " ".join(m.value for m in facilitator.markdown)
    assert not any("gemensam länk" in i.value for i in facilitator.info)


def test_the_method_page_says_when_role_groups_are_shown(app: AppTest) -> None:
    app.switch_page("ui/pages/method.py").run()
    body = " ".join(m.value for m in app.markdown)
    assert "minst 3 svarande" in body and "personliga länkar" in body


# --- limits against filling the disk ---------------------------------------------------------


def test_a_session_that_starts_too_many_rounds_is_told_and_no_round_is_made(
    app: AppTest, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("SJALVSKATTNING_LIMITS", "rounds=1/100")
    app.switch_page("ui/pages/round.py").run()
    app.text_input[0].input("Teamkommun")
    app.button[0].click().run()
    app.button[0].click().run()
    assert "många teamrundor" in errors(app)
    with sqlite3.connect(tmp_path / "app.db") as conn:
        assert conn.execute("SELECT count(*) FROM rounds").fetchone()[0] == 1


def test_the_address_gets_the_draft_s_token_at_the_first_answer_not_before(
    app: AppTest, questionnaire: Questionnaire, tmp_path: Path
) -> None:
    # The page's address, copied before anyone answered to pass the tool on, must never
    # become the key to the draft its sender starts afterwards.
    assert "utkast" not in app.query_params
    answer(app, questionnaire.areas[0].items[0].id, 3)
    draft = store(tmp_path).load_draft(app.query_params["utkast"])
    assert draft is not None and draft.answers == {questionnaire.areas[0].items[0].id: 3}


def offered_token(at: AppTest) -> str | None:
    """The token the page's script (ui/a11y.py) would put into the address at the first answer."""
    scripts = [str(h.proto.body) for h in at.get("html") if "__a11y" in str(h.proto.body)]
    config = json.loads(scripts[0].split("const config = ", 1)[1].split(";\n", 1)[0])
    draft = config["draft"]
    return None if draft is None else str(draft["token"])


def test_the_page_s_script_holds_the_token_the_first_answer_stores_and_no_token_after(
    app: AppTest, questionnaire: Questionnaire, tmp_path: Path
) -> None:
    # The browser puts it into the address at the click; the server then finds it there.
    planned = offered_token(app)
    assert planned is not None and "utkast" not in app.query_params
    assert store(tmp_path).load_draft(planned) is None
    first = questionnaire.areas[0].items[0]
    app.query_params["utkast"] = planned  # what the script did at the click
    answer(app, first.id, 4)
    assert app.query_params["utkast"] == planned
    draft = store(tmp_path).load_draft(planned)
    assert draft is not None and draft.answers == {first.id: 4}
    app.run()  # a full run: the session has its draft, so the script is offered no token
    assert offered_token(app) is None


def test_an_address_with_a_token_that_has_no_draft_never_gets_the_answers(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, questionnaire: Questionnaire
) -> None:
    # Someone passes on a link with a token of their choosing: the answers must not go there.
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("SJALVSKATTNING_DB", str(tmp_path / "app.db"))
    chosen = new_token()
    app = new_app(tmp_path, utkast=chosen)
    answer(app, questionnaire.areas[0].items[0].id, 4)
    assert app.query_params["utkast"] != chosen
    assert store(tmp_path).load_draft(chosen) is None
    assert store(tmp_path).load_draft(app.query_params["utkast"]) is not None


def test_an_address_that_holds_the_planned_token_without_a_draft_is_never_the_draft_s_key(
    app: AppTest, questionnaire: Questionnaire, tmp_path: Path
) -> None:
    # The script put the token there but no answer followed (or its write failed): a copy of
    # that address must not lead to the draft started afterwards.
    planned = offered_token(app)
    assert planned is not None
    app.query_params["utkast"] = planned
    app.run()
    assert offered_token(app) not in (None, planned)
    answer(app, questionnaire.areas[0].items[0].id, 2)
    assert store(tmp_path).load_draft(planned) is None
    draft = store(tmp_path).load_draft(app.query_params["utkast"])
    assert draft is not None and app.query_params["utkast"] != planned


def test_when_the_server_takes_no_more_drafts_the_answer_is_kept_and_said(
    app: AppTest, questionnaire: Questionnaire, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SJALVSKATTNING_LIMITS", "drafts=10/0")
    first = questionnaire.areas[0].items[0]
    answer(app, first.id, 2)
    assert "väldigt många nya utkast" in errors(app)
    assert app.session_state["answers"] == {first.id: 2} and "utkast" not in app.query_params


def test_too_many_imports_are_refused_with_a_message(
    app: AppTest, questionnaire: Questionnaire, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from scoring.results import dump_result

    monkeypatch.setenv("SJALVSKATTNING_LIMITS", "imports=0/10")
    good = dump_result(new_result(questionnaire, {questionnaire.items[0].id: 3}, "Exempelkommun")).encode()
    app.switch_page("ui/pages/history.py").run()
    app.file_uploader(key="hist_import").set_value([("bra.json", good, "application/json")]).run()
    app.button(key="hist_import_button").click().run()
    assert "importerat många gånger" in errors(app)
    assert store(tmp_path).list_runs() == []


def test_a_malformed_limits_setting_stops_the_app_with_a_message(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("SJALVSKATTNING_DB", str(tmp_path / "app.db"))
    monkeypatch.setenv("SJALVSKATTNING_LIMITS", "drafts=lots")
    at = new_app(tmp_path)
    assert "inställning" in at.error[0].value and "SJALVSKATTNING_LIMITS" in at.code[0].value
