"""The action plan in the app (AppTest): from a gap to an action, edited, deleted and restored."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from scoring.actions import action_fields
from scoring.model import Questionnaire
from scoring.store import Store
from tests.conftest import ROOT

TIMEOUT = 60
ORG = "Exempelkommun"


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "app.db"


@pytest.fixture
def app(monkeypatch: pytest.MonkeyPatch, db: Path) -> AppTest:
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("SJALVSKATTNING_DB", str(db))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT)
    return at.run()


def with_gaps(at: AppTest, q: Questionnaire) -> AppTest:
    """Every statement answered 1: each success factor becomes a gap."""
    at.text_input(key="organisation").input(ORG).run()
    for step in range(len(q.areas)):
        at.radio(key="area_step").set_value(step).run()
        for item in q.areas[step].items:
            at.radio(key=f"q_{item.id}").set_value(1)
        at.run()
    return at


def first_gap(q: Questionnaire) -> str:
    return next(item.id for item in q.items if item.kind == "factor" and item.advice is not None)


def test_a_gap_becomes_an_action_with_one_click_titled_with_its_advice(
    app: AppTest, db: Path, questionnaire: Questionnaire
) -> None:
    with_gaps(app, questionnaire)
    app.switch_page("ui/pages/results.py").run()
    gap = first_gap(questionnaire)
    button = app.button(key=f"gap_action_{gap}")
    assert button.label == "Lägg till som åtgärd"
    button.click().run()
    assert not app.exception
    [action] = Store(db).list_actions(ORG)
    advice = questionnaire.item(gap).advice
    assert advice is not None
    assert action.title == advice("sv")[:200] and action.fields.items == (gap,)
    assert action.status == "planned" and action.created_by == ""
    assert any("är tillagd i handlingsplanen" in s.value for s in app.success)


def test_the_plan_page_edits_an_action_as_it_changes_and_deletes_it_recoverably(
    app: AppTest, db: Path, questionnaire: Questionnaire
) -> None:
    with_gaps(app, questionnaire)
    app.switch_page("ui/pages/results.py").run()
    app.button(key=f"gap_action_{first_gap(questionnaire)}").click().run()
    [action] = Store(db).list_actions(ORG)
    app.switch_page("ui/pages/actions.py").run()
    assert not app.exception
    assert app.title[0].value == "Handlingsplan"
    app.text_input(key=f"act_{action.id}_owner").input("Kommundirektören").run()
    app.selectbox(key=f"act_{action.id}_status").set_value("in_progress").run()
    [edited] = Store(db).list_actions(ORG)
    assert (edited.fields.owner, edited.status) == ("Kommundirektören", "in_progress")
    assert [c.change for c in Store(db).action_history(action.id)] == ["created", "edited", "edited"]

    app.text_input(key=f"act_{action.id}_title").input("").run()
    assert any("rubrik" in e.value for e in app.error)  # refused, and said beside the action
    assert Store(db).list_actions(ORG)[0].title == edited.title

    app.button(key=f"act_{action.id}_delete").click().run()
    assert Store(db).list_actions(ORG) == []
    assert any("kan återställas i 30 dagar" in s.value for s in app.success)
    app.button(key=f"act_{action.id}_restore").click().run()
    assert [a.id for a in Store(db).list_actions(ORG)] == [action.id]


def test_the_plan_page_asks_for_the_organisation_first(app: AppTest) -> None:
    app.switch_page("ui/pages/actions.py").run()
    assert not app.exception
    assert app.info and "Ange organisationens namn" in app.info[0].value


def test_the_plan_page_adds_an_action_from_its_form(
    app: AppTest, db: Path, questionnaire: Questionnaire
) -> None:
    app.text_input(key="organisation").input(ORG).run()
    app.switch_page("ui/pages/actions.py").run()
    app.text_input(key="act_new_title").input("Digitaliseringsråd varje kvartal")
    app.multiselect(key="act_new_items").select(questionnaire.items[0].id)
    app.text_input(key="act_new_owner").input("KSO")
    app.button[-1].click().run()  # the form's submit button
    assert not app.exception
    [action] = Store(db).list_actions(ORG)
    assert (action.title, action.fields.owner) == ("Digitaliseringsråd varje kvartal", "KSO")


def test_the_plan_page_speaks_english_and_keeps_the_plan(
    app: AppTest, db: Path, questionnaire: Questionnaire
) -> None:
    Store(db).add_action(
        ORG, action_fields(questionnaire, title="Quarterly council", items=[questionnaire.items[0].id])
    )
    app.text_input(key="organisation").input(ORG).run()
    app.radio(key="lang").set_value("en").run()
    app.switch_page("ui/pages/actions.py").run()
    assert not app.exception
    assert app.title[0].value == "Action plan"
    [action] = Store(db).list_actions(ORG)
    assert app.text_input(key=f"act_{action.id}_title_en").value == "Quarterly council"
    assert app.selectbox(key=f"act_{action.id}_status_en").value == "planned"


def test_a_typed_title_is_shown_as_typed_not_as_markdown(
    app: AppTest, db: Path, questionnaire: Questionnaire
) -> None:
    from ui.actions import plain

    title = "**Viktigt** [länk](http://x) $5$ :red[röd]"
    Store(db).add_action(ORG, action_fields(questionnaire, title=title, items=[questionnaire.items[0].id]))
    app.text_input(key="organisation").input(ORG).run()
    app.switch_page("ui/pages/actions.py").run()
    assert not app.exception
    assert app.subheader[0].value == plain(title)
    assert "\\*\\*Viktigt\\*\\*" in plain(title) and "\\:red\\[" in plain(title)
    assert "Skapad" in " ".join(str(m.value) for m in app.markdown)  # the change history
