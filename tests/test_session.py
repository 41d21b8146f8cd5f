"""The session's front door (the ui/session/ package): its transitions, driven through AppTest."""

from __future__ import annotations

import os
import re
from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest
from streamlit.elements.lib import policies
from streamlit.testing.v1 import AppTest

from scoring.model import Questionnaire
from scoring.store import Store
from scoring.store.rounds import Rounds
from tests.conftest import ROOT, mini_data, text, write_yaml
from ui import settings

TIMEOUT = 60


@pytest.fixture
def app(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> AppTest:
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("SJALVSKATTNING_DB", str(tmp_path / "app.db"))
    return AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT).run()


def _answer_area(at: AppTest, q: Questionnaire, step: int, value: int) -> AppTest:
    at.radio(key="area_step").set_value(step).run()
    for item in q.areas[step].items:
        at.radio(key=f"q_{item.id}").set_value(value)
    return at.run()


def test_no_module_but_the_session_front_door_touches_session_state() -> None:
    front_door = ROOT / "ui" / "session"
    sources = [ROOT / "app.py", *sorted((ROOT / "ui").rglob("*.py"))]
    touching = [
        str(path.relative_to(ROOT))
        for path in sources
        if front_door not in path.parents and re.search(r"session_state", path.read_text(encoding="utf-8"))
    ]
    assert touching == []
    # The rule has teeth: the front door itself is among the sources read, and it does touch the state.
    assert any(front_door in path.parents and "session_state" in path.read_text("utf-8") for path in sources)


def test_the_first_next_area_click_logs_no_warning(app: AppTest, monkeypatch: pytest.MonkeyPatch) -> None:
    # Streamlit checks the rule only with a runtime, which AppTest has not; pretend it has one.
    warnings: list[str] = []
    monkeypatch.setattr(policies.runtime, "exists", lambda: True)
    monkeypatch.setattr(policies, "_shown_default_value_warning", False)
    monkeypatch.setattr(
        policies._LOGGER, "warning", lambda message, *args, **_: warnings.append(message % args)
    )
    app.button(key="next_area").click().run()
    app.button(key="next_area").click().run()
    app.button(key="prev_area").click().run()
    assert not app.exception
    assert app.radio(key="area_step").value == 1
    assert warnings == []


def test_the_area_shown_survives_the_language_switch_and_back(app: AppTest) -> None:
    app.button(key="next_area").click().run()
    app.radio(key="lang").set_value("en").run()
    assert app.radio(key="area_step_en").value == 1
    app.button(key="next_area").click().run()
    app.radio(key="lang").set_value("sv").run()
    assert app.radio(key="area_step").value == 2


def test_any_change_to_the_answers_or_the_role_gives_the_run_a_new_time(
    app: AppTest, questionnaire: Questionnaire
) -> None:
    _answer_area(app, questionnaire, 0, 3)
    app.switch_page("ui/pages/results.py").run()
    first = app.session_state["result_time"]
    app.switch_page("ui/pages/results.py").run()
    assert app.session_state["result_time"] == first  # nothing changed: the same run
    app.switch_page("ui/pages/fill_in.py").run()
    app.radio(key="role").set_value("other").run()
    assert "result_time" not in app.session_state
    assert app.session_state["role_value"] == "other"


def test_restoring_a_draft_brings_back_everything_with_one_notice(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, questionnaire: Questionnaire
) -> None:
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("SJALVSKATTNING_DB", str(tmp_path / "app.db"))
    store = Store(tmp_path / "app.db")
    token = store.new_draft()
    store.save_draft_meta(token, "Utkastkommun", "other")
    store.save_answer(token, questionnaire.items[0].id, None)
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT)
    at.query_params["utkast"] = token
    at.run()
    assert at.session_state["draft_token"] == token
    assert at.session_state["answers"] == {questionnaire.items[0].id: 0}  # "Vet ej"
    assert at.session_state["role_value"] == "other"
    assert len(at.success) == 1
    at.run()
    assert not at.success  # the notice is shown once
    assert at.query_params["utkast"] == token  # and the draft stays in the address


def test_saving_the_run_forgets_the_draft_in_the_session_and_the_address(
    app: AppTest, questionnaire: Questionnaire
) -> None:
    app.text_input(key="organisation").input("Sparkommun")
    app.radio(key="role").set_value("official").run()
    _answer_area(app, questionnaire, 0, 4)
    assert app.session_state["draft_token"]
    app.switch_page("ui/pages/results.py").run()
    app.button(key="save_run").click().run()
    assert "draft_token" not in app.session_state
    assert "utkast" not in app.query_params


def test_a_respondent_starts_blank_and_a_sent_response_leaves_nothing_to_send_again(
    app: AppTest, questionnaire: Questionnaire, tmp_path: Path
) -> None:
    _answer_area(app, questionnaire, 0, 5)  # the session's own assessment, with a draft
    own_draft = app.session_state["draft_token"]
    rounds = Rounds(Store(tmp_path / "app.db"))
    links = rounds.create("Teamkommun")
    app.query_params["svar"] = links.respondent_token
    app.switch_page("ui/pages/round.py").run()
    assert app.session_state["answers"] == {}
    assert "draft_token" not in app.session_state
    app.radio(key="role").set_value("politician").run()
    _answer_area(app, questionnaire, 1, 2)
    assert app.session_state["draft_token"] != own_draft
    app.button(key="round_send").click().run()
    assert "Tack" in app.success[0].value
    assert app.session_state["answers"] == {} and "draft_token" not in app.session_state
    assert len(rounds.responses(links.round_id, questionnaire)) == 1


def test_a_round_token_from_the_link_is_remembered_when_the_user_moves_on(
    app: AppTest, tmp_path: Path
) -> None:
    links = Rounds(Store(tmp_path / "app.db")).create("Teamkommun")
    app.query_params["leda"] = links.facilitator_token
    app.switch_page("ui/pages/round.py").run()
    app.query_params.clear()
    app.switch_page("ui/pages/method.py").run()
    app.switch_page("ui/pages/round.py").run()
    assert not app.error
    assert app.header[0].value == "Teamkommun"  # still the facilitator's view
    assert app.query_params["leda"] == links.facilitator_token


def test_a_round_takes_answers_until_its_closing_day_ends_in_the_organisations_time_zone(
    app: AppTest, questionnaire: Questionnaire, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A closing day long past by the server's clock: only the shell's "today" keeps it open.
    monkeypatch.setattr(settings, "today", lambda now=None: date(2020, 12, 2))
    rounds = Rounds(Store(tmp_path / "app.db"))
    links = rounds.create("Teamkommun", closes_on=date(2020, 12, 2))
    app.query_params["svar"] = links.respondent_token
    app.switch_page("ui/pages/round.py").run()
    assert not any("stängd" in i.value for i in app.info)
    app.radio(key="role").set_value("official").run()
    _answer_area(app, questionnaire, 0, 4)
    app.button(key="round_send").click().run()
    assert "Tack" in app.success[0].value
    assert len(rounds.responses(links.round_id, questionnaire)) == 1


def test_a_round_takes_no_answers_the_day_after_its_closing_day_in_the_organisations_time_zone(
    app: AppTest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(settings, "today", lambda now=None: date(2040, 12, 3))
    links = Rounds(Store(tmp_path / "app.db")).create("Teamkommun", closes_on=date(2040, 12, 2))
    app.query_params["svar"] = links.respondent_token
    app.switch_page("ui/pages/round.py").run()
    assert any("stängd" in i.value for i in app.info)
    assert not app.button


def test_the_app_finds_its_questionnaire_from_any_working_directory(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("SJALVSKATTNING_QUESTIONS", raising=False)
    monkeypatch.setenv("SJALVSKATTNING_DB", str(tmp_path / "app.db"))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT).run()
    assert not at.exception and not at.error
    assert at.title[0].value.startswith("Att leda digitalisering")


def test_an_unknown_time_zone_stops_the_app_with_one_message_naming_the_setting(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv(settings.TIMEZONE_ENV, "Europe/Atlantis")
    monkeypatch.setenv("SJALVSKATTNING_DB", str(tmp_path / "app.db"))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT).run()
    assert len(at.error) == 1 and "inställning" in at.error[0].value
    assert "SJALVSKATTNING_TIMEZONE" in at.code[0].value


def test_the_closing_date_can_be_no_earlier_than_today_in_the_organisations_time_zone(
    app: AppTest, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(settings, "today", lambda now=None: date(2031, 3, 4))
    app.switch_page("ui/pages/round.py").run()
    assert app.date_input[0].min == date(2031, 3, 4)


def test_reopening_a_round_on_its_closing_day_keeps_the_closing_day(
    app: AppTest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(settings, "today", lambda now=None: date(2020, 12, 2))
    rounds = Rounds(Store(tmp_path / "app.db"))
    links = rounds.create("Teamkommun", closes_on=date(2020, 12, 2))
    rounds.set_closed(links.round_id, True)
    app.query_params["leda"] = links.facilitator_token
    app.switch_page("ui/pages/round.py").run()
    app.button(key="round_toggle").click().run()
    found = rounds.for_facilitator(links.facilitator_token)
    assert found is not None and not found.closed and found.closes_on == date(2020, 12, 2)


def test_an_edited_questionnaire_is_read_again_once_a_second_has_passed(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from ui import state

    data = mini_data()
    path = write_yaml(tmp_path, data)
    monkeypatch.setenv(settings.QUESTIONS_ENV, str(path))
    clock = [1000.0]
    monkeypatch.setattr(state, "time", SimpleNamespace(monotonic=lambda: clock[0]))
    assert state.questionnaire().title("sv") == "Mini (sv)"
    data["title"] = text("Ändrad")
    write_yaml(tmp_path, data)
    os.utime(path, (path.stat().st_atime, path.stat().st_mtime + 5))  # a later version on disk
    clock[0] += 0.5
    assert state.questionnaire().title("sv") == "Mini (sv)"  # no system call within the second
    clock[0] += 0.6
    assert state.questionnaire().title("sv") == "Ändrad (sv)"
