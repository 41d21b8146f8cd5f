"""The workshop view of a round, driven through AppTest: the agenda, the record of what was
agreed and why, the QR code, and what respondents see."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from scoring.model import Questionnaire
from scoring.results import new_result
from scoring.store import Store
from scoring.store.rounds import RoundLinks, Rounds
from tests.conftest import ROOT

TIMEOUT = 60
LATE = date(2099, 12, 31)


@pytest.fixture
def app(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> AppTest:
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("SJALVSKATTNING_DB", str(tmp_path / "app.db"))
    return AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT).run()


def _open(app: AppTest, param: str, token: str) -> AppTest:
    app.query_params[param] = token
    return app.switch_page("ui/pages/round.py").run()


def _workshop(tmp_path: Path, q: Questionnaire) -> tuple[Rounds, RoundLinks, str, str]:
    """Three politicians and three officials: they clearly differ on the first statement
    (4 against 3, no split), and the group is split on the second."""
    rounds = Rounds(Store(tmp_path / "app.db"))
    links = rounds.create("Teamkommun", LATE, personal_links=6)
    divided, split = q.items[0].id, q.items[1].id
    people = [
        ("politician", 4, 1), ("politician", 4, 5), ("politician", 4, 5),
        ("official", 3, 1), ("official", 3, 5), ("official", 3, 1),
    ]  # fmt: skip
    for token, (role, first, second) in zip(links.personal_tokens, people, strict=True):
        answers = {i.id: 3 for i in q.items} | {divided: first, split: second}
        rounds.submit(token, new_result(q, answers, "", role), q)
    return rounds, links, divided, split


def test_the_agenda_puts_split_and_role_divided_statements_first(
    app: AppTest, questionnaire: Questionnaire, tmp_path: Path
) -> None:
    _rounds, links, divided, split = _workshop(tmp_path, questionnaire)
    _open(app, "leda", links.facilitator_token)
    assert not app.exception
    heads = [h.value for h in app.subheader]
    first = next(h for h in heads if h.startswith("1. "))
    second = next(h for h in heads if h.startswith("2. "))
    assert questionnaire.item(split).text("sv") in first  # a split comes before a role divide
    assert questionnaire.item(divided).text("sv") in second
    assert app.selectbox(key=f"agreed_{divided}").label.startswith("Enades om (1.1 ")
    said = " ".join(str(m.value) for m in app.markdown)
    assert "skillnad +25,0 ± 0,0 poäng" in said  # the divide in Swedish number format
    assert "Samtalsfråga:" in said
    assert "6 svar hittills" in said and "Personliga länkar: 6 av 6 använda." in said


def test_an_agreed_answer_and_its_rationale_are_saved_and_read_back(
    app: AppTest, questionnaire: Questionnaire, tmp_path: Path
) -> None:
    rounds, links, _divided, split = _workshop(tmp_path, questionnaire)
    _open(app, "leda", links.facilitator_token)
    app.selectbox(key=f"agreed_{split}").set_value(4).run()
    app.text_input(key=f"rationale_{split}").input("Vi följer upp  nyttan\nvarje kvartal").run()
    assert rounds.agreed(links.round_id) == {split: 4}
    assert rounds.rationales(links.round_id) == {split: "Vi följer upp nyttan varje kvartal"}
    again = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT).run()
    _open(again, "leda", links.facilitator_token)
    assert again.text_input(key=f"rationale_{split}").value == "Vi följer upp nyttan varje kvartal"
    assert again.selectbox(key=f"agreed_{split}").value == 4


def test_a_shared_round_shows_its_link_as_a_qr_code_with_an_alt_text(
    app: AppTest, questionnaire: Questionnaire, tmp_path: Path
) -> None:
    rounds = Rounds(Store(tmp_path / "app.db"))
    links = rounds.create("Teamkommun", LATE)
    _open(app, "leda", links.facilitator_token)
    html = " ".join(str(h.proto.body) for h in app.get("html"))
    assert 'alt="QR-kod till länken för att svara: ' in html and "data:image/svg+xml;base64," in html
    assert any(f"svar={links.respondent_token}" in c.value for c in app.code)


def test_the_roles_are_shown_side_by_side_with_the_seats_and_the_political_self_view(
    app: AppTest, questionnaire: Questionnaire, tmp_path: Path
) -> None:
    _rounds, links, _divided, _split = _workshop(tmp_path, questionnaire)
    _open(app, "leda", links.facilitator_token)
    captions = " ".join(c.value for c in app.caption)
    assert "Förtroendevald: kan bedöma" in captions and "Tjänsteperson: kan bedöma" in captions
    assert any("Den politiska ledningen" in h.value for h in app.subheader)


def test_a_respondent_sees_the_closing_date_and_can_download_their_answers(
    app: AppTest, questionnaire: Questionnaire, tmp_path: Path
) -> None:
    rounds = Rounds(Store(tmp_path / "app.db"))
    links = rounds.create("Teamkommun", LATE)
    _open(app, "svar", links.respondent_token)
    assert any("Svara senast 2099-12-31" in str(m.value) for m in app.markdown)
    app.radio(key="role").set_value("politician").run()
    app.radio(key="q_" + questionnaire.items[0].id).set_value(4).run()
    assert app.get("download_button")  # before sending
    app.button(key="round_send").click().run()
    assert "Tack" in app.success[0].value
    labels = [b.proto.label for b in app.get("download_button")]
    assert "Ladda ner en kopia av dina svar" in labels  # after sending, from this session only


def test_a_politician_is_told_which_statements_are_mostly_seen_by_officials(
    app: AppTest, questionnaire: Questionnaire, tmp_path: Path
) -> None:
    rounds = Rounds(Store(tmp_path / "app.db"))
    links = rounds.create("Teamkommun", LATE)
    _open(app, "svar", links.respondent_token)
    note = "Mest synligt för tjänstepersoner"
    assert not any(note in c.value for c in app.caption)  # no role, no note
    app.radio(key="role").set_value("politician").run()
    assert any(note in c.value for c in app.caption)


def test_the_agenda_opens_with_the_organisations_open_actions(
    app: AppTest, questionnaire: Questionnaire, tmp_path: Path
) -> None:
    from scoring.actions import action_fields

    _rounds, links, divided, _split = _workshop(tmp_path, questionnaire)
    store = Store(tmp_path / "app.db")
    fields = action_fields(questionnaire, title="Nyttoplan för alla projekt", items=[divided], owner="KD")
    store.add_action("Teamkommun", fields)
    done = action_fields(questionnaire, title="Avslutad åtgärd", items=[divided], status="done")
    store.add_action("Teamkommun", done)
    _open(app, "leda", links.facilitator_token)
    heads = [h.value for h in app.subheader]
    first = next(i for i, h in enumerate(heads) if h.startswith("1. "))
    assert heads.index("Först: åtgärder som pågår") < first
    # Tables are drawn as a grid or (accessible) as a plain table: read either.
    shown = [*app.dataframe, *app.table]
    cells = " ".join(str(v) for df in shown for v in df.value.to_numpy().ravel())
    assert "Nyttoplan för alla projekt" in cells and "Avslutad åtgärd" not in cells


def test_the_facilitator_link_can_be_downloaded_when_the_round_starts(app: AppTest) -> None:
    app.switch_page("ui/pages/round.py").run()
    app.text_input[0].input("Teamkommun")
    app.button[0].click().run()
    assert app.get("download_button")
    buttons = {b.proto.label for b in app.get("download_button")}
    assert "Ladda ner resultatlänken som textfil" in buttons
    assert "visas bara en gång" in " ".join(w.value for w in app.warning)
