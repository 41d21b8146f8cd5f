"""Sign-in where stored data is, and links on the public address, through AppTest.

AppTest cannot sign anyone in (st.login makes a real request to the provider);
the browser tests in tests/browser/test_signin.py do. Here: what a signed-out
person sees when sign-in is configured, and the links a round start gives.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from scoring.model import Questionnaire
from scoring.results import new_result
from scoring.store import Store
from scoring.store.rounds import Rounds
from tests.conftest import ROOT

TIMEOUT = 60
AUTH = {
    "redirect_uri": "http://localhost:8501/oauth2callback",
    "cookie_secret": "a-test-secret-that-is-long-enough-0123456789",
    "client_id": "app",
    "client_secret": "secret",
    "server_metadata_url": "http://localhost:9/.well-known/openid-configuration",
}


def _app(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, signin: bool, **env: str) -> AppTest:
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("SJALVSKATTNING_DB", str(tmp_path / "app.db"))
    for name in ("SJALVSKATTNING_PUBLIC_URL", "SJALVSKATTNING_ORGANISATION", "SJALVSKATTNING_ORGANISATIONS"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT)
    if signin:
        at.secrets["auth"] = AUTH
    return at.run()


def _store_runs(tmp_path: Path, questionnaire: Questionnaire) -> None:
    store = Store(tmp_path / "app.db")
    for organisation in ("Lunds kommun", "Helsingborgs stad"):
        store.save_run(
            new_result(questionnaire, {questionnaire.items[0].id: 3}, organisation, "politician"),
            questionnaire,
        )


def _everything(at: AppTest) -> str:
    parts = [*at.markdown, *at.info, *at.warning, *at.error, *at.caption, *at.code]
    return " ".join(str(e.value) for e in parts) + " ".join(str(s.options) for s in at.selectbox)


def test_signed_out_history_shows_a_sign_in_button_and_no_data(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, questionnaire: Questionnaire
) -> None:
    _store_runs(tmp_path, questionnaire)
    at = _app(monkeypatch, tmp_path, signin=True)
    at.switch_page("ui/pages/history.py").run()
    assert not at.exception
    assert at.button(key="history_sign_in").label == "Logga in"
    assert not at.dataframe and not at.table and not at.selectbox and not at.get("file_uploader")
    assert "Lunds kommun" not in _everything(at) and "Helsingborgs stad" not in _everything(at)


def test_signed_out_no_round_can_be_started(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    at = _app(monkeypatch, tmp_path, signin=True)
    at.switch_page("ui/pages/round.py").run()
    assert at.button(key="round_sign_in").label == "Logga in"
    assert not at.text_input and not at.code


def test_signed_out_the_results_page_offers_sign_in_instead_of_saving(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, questionnaire: Questionnaire
) -> None:
    at = _app(monkeypatch, tmp_path, signin=True)
    at.text_input(key="organisation").input("Lunds kommun")
    for item in questionnaire.areas[0].items:
        at.radio(key=f"q_{item.id}").set_value(4)
    at.run()
    at.switch_page("ui/pages/results.py").run()
    assert not at.exception
    assert at.button(key="save_run_sign_in").label == "Logga in"
    assert not [b for b in at.button if b.key == "save_run"]


def test_filling_in_needs_no_account(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    at = _app(monkeypatch, tmp_path, signin=True)
    assert not at.exception and at.radio(key="area_step").value == 0
    assert not [b for b in at.button if b.label == "Logga in"]


def test_without_sign_in_the_sidebar_says_the_app_is_for_this_computer_only(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    at = _app(monkeypatch, tmp_path, signin=False)
    assert "bara på den här datorn" in " ".join(c.value for c in at.sidebar.caption)


def test_history_without_sign_in_is_limited_to_the_instances_organisation(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, questionnaire: Questionnaire
) -> None:
    _store_runs(tmp_path, questionnaire)
    at = _app(monkeypatch, tmp_path, signin=False, SJALVSKATTNING_ORGANISATION="Lunds kommun")
    at.switch_page("ui/pages/history.py").run()
    assert at.selectbox(key="history_org").options == ["Lunds kommun"]


def test_round_links_use_the_public_address(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    at = _app(monkeypatch, tmp_path, signin=False, SJALVSKATTNING_PUBLIC_URL="https://sjalv.example.se/")
    at.switch_page("ui/pages/round.py").run()
    at.text_input[0].input("Teamkommun")
    at.button[0].click().run()
    codes = [c.value for c in at.code]
    assert len(codes) == 2
    assert codes[0].startswith("https://sjalv.example.se/runda?svar=")
    assert codes[1].startswith("https://sjalv.example.se/runda?leda=")
    assert not any("localhost" in w.value for w in at.warning)


def test_round_links_on_localhost_come_with_a_warning(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    at = _app(monkeypatch, tmp_path, signin=False)
    at.switch_page("ui/pages/round.py").run()
    at.text_input[0].input("Teamkommun")
    at.button[0].click().run()
    assert "sjalv" not in at.code[0].value  # AppTest has no browser address: the link has no host at all
    assert any("SJALVSKATTNING_PUBLIC_URL" in w.value for w in at.warning)


def test_a_broken_public_address_stops_the_app_naming_the_setting(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    at = _app(monkeypatch, tmp_path, signin=False, SJALVSKATTNING_PUBLIC_URL="sjalv.example.se")
    assert "SJALVSKATTNING_PUBLIC_URL" in at.code[0].value


@pytest.fixture
def network(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The server listening on every interface, as in the container."""
    from streamlit import config

    before = config.get_option("server.address")
    config.set_option("server.address", "0.0.0.0")
    yield
    config.set_option("server.address", before)


def test_served_to_the_network_without_sign_in_the_app_stops_and_says_why(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, network: None
) -> None:
    monkeypatch.delenv("SJALVSKATTNING_ALLOW_ANONYMOUS", raising=False)
    at = _app(monkeypatch, tmp_path, signin=False)
    assert "SJALVSKATTNING_ALLOW_ANONYMOUS=1" in at.error[0].value
    assert not at.title and [r.key for r in at.radio] == ["lang"]  # the page itself never ran


def test_anonymous_serving_when_asked_for_shows_a_warning_on_every_page(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, network: None
) -> None:
    at = _app(monkeypatch, tmp_path, signin=False, SJALVSKATTNING_ALLOW_ANONYMOUS="1")
    for page in ("ui/pages/fill_in.py", "ui/pages/history.py", "ui/pages/method.py"):
        at.switch_page(page).run()
        assert not at.exception
        assert any("saknar inloggning" in w.value for w in at.warning), page


def test_a_facilitator_link_shows_its_round_but_earlier_runs_and_agreed_answers_need_sign_in(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, questionnaire: Questionnaire
) -> None:
    _store_runs(tmp_path, questionnaire)
    rounds = Rounds(Store(tmp_path / "app.db"))
    links = rounds.create("Lunds kommun")
    for value in (1, 5, 2, 4):  # two camps on the first statement: a split to agree on
        answers = {item.id: 3 for item in questionnaire.items} | {questionnaire.items[0].id: value}
        response = new_result(questionnaire, answers, "", "official")
        rounds.submit(links.respondent_token, response, questionnaire)
    at = _app(monkeypatch, tmp_path, signin=True)
    at.query_params["leda"] = links.facilitator_token
    at.switch_page("ui/pages/round.py").run()
    assert not at.exception
    assert "Lunds kommun" in [h.value for h in at.header]  # the link alone opens its round
    agreed = [s for s in at.selectbox if str(s.key).startswith("agreed_")]
    assert agreed and all(s.disabled for s in agreed)
    assert at.button(key="round_previous_sign_in").label == "Logga in"
    assert not [s for s in at.selectbox if s.key == "round_previous_run"]
    assert not [t for t in at.text_input if t.key == "round_previous_link"]
