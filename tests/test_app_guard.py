"""The app shows other people's text as text and survives its store going away (issue 9, B2, B8, B9)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from scoring.history_file import HistoryRun, dump_history
from scoring.model import Questionnaire
from scoring.results import dump_result, new_result
from scoring.snapshot import snapshot_of
from scoring.store import Store
from scoring.store.rounds import Rounds
from tests.conftest import ROOT
from tests.test_app import answer_area

TIMEOUT = 60
LINK = "[Logga in](http://x)"
IMAGE = "![p](http://x/px.png)"


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "data" / "app.db"  # a folder of its own, so the folder can go too


@pytest.fixture
def app(monkeypatch: pytest.MonkeyPatch, db: Path) -> AppTest:
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("SJALVSKATTNING_DB", str(db))
    return AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT).run()


def shown(at: AppTest) -> list[str]:
    """The Markdown source of every text element: what the browser would turn into links."""
    elements = [
        *at.markdown,
        *at.caption,
        *at.header,
        *at.title,
        *at.error,
        *at.warning,
        *at.info,
        *at.success,
    ]
    return [str(e.value) for e in elements]


def assert_literal(at: AppTest, text: str) -> None:
    sources = shown(at)
    assert not any(text in source for source in sources), "shown as live Markdown"
    # As the reader sees it: the escapes and the invisible word joiners that break autolinks gone.
    assert any(text in source.replace("\\", "").replace("\u2060", "") for source in sources), "not shown"


# --- B2: text from other people is text -----------------------------------------------------------


def test_an_imported_organisation_that_looks_like_a_link_shows_as_literal_text_on_history(
    app: AppTest, questionnaire: Questionnaire
) -> None:
    snapshot = snapshot_of(questionnaire)
    first = questionnaire.items[0].id
    runs = [HistoryRun(new_result(questionnaire, {first: value}, LINK), snapshot) for value in (2, 4)]
    history = dump_history(LINK, runs).encode("utf-8")
    app.switch_page("ui/pages/history.py").run()
    app.file_uploader(key="hist_import").upload("historik.json", history, "application/json").run()
    app.button(key="hist_import_button").click().run()
    assert app.success, [e.value for e in app.error]
    app.switch_page("ui/pages/history.py").run()
    assert not app.exception
    assert app.selectbox(key="history_org").value == LINK  # a selectbox option is never Markdown
    assert_literal(app, LINK)


def test_an_uploaded_item_id_that_looks_like_an_image_shows_as_literal_text(
    app: AppTest, questionnaire: Questionnaire
) -> None:
    answer_area(app, questionnaire, 0, 4)
    body = json.loads(dump_result(new_result(questionnaire, {questionnaire.items[0].id: 2}, LINK)))
    body["answers"][IMAGE] = 3
    app.switch_page("ui/pages/compare.py").run()
    app.file_uploader(key="compare_file").upload(
        "earlier.json", json.dumps(body).encode(), "application/json"
    )
    app.run()
    assert not app.exception
    assert_literal(app, IMAGE)
    assert_literal(app, LINK)


def test_a_round_named_like_a_link_shows_its_name_as_text_to_respondents(app: AppTest, db: Path) -> None:
    links = Rounds(Store(db)).create(LINK)
    app.query_params["svar"] = links.respondent_token
    app.switch_page("ui/pages/round.py").run()
    assert not app.exception
    assert_literal(app, LINK)


def test_a_broken_upload_quoting_the_file_shows_the_quote_as_text(
    app: AppTest, questionnaire: Questionnaire
) -> None:
    answer_area(app, questionnaire, 0, 4)
    body = json.loads(dump_result(new_result(questionnaire, {})))
    body["answers"] = {IMAGE: 9}
    app.switch_page("ui/pages/compare.py").run()
    app.file_uploader(key="compare_file").upload(
        "earlier.json", json.dumps(body).encode(), "application/json"
    )
    app.run()
    assert not app.exception and len(app.error) == 1
    assert_literal(app, IMAGE)


# --- B9: the store going away while the app runs --------------------------------------------------


def store_with_a_run(db: Path, questionnaire: Questionnaire) -> None:
    Store(db).save_run(
        new_result(questionnaire, {questionnaire.items[0].id: 3}, "Exempelkommun"), questionnaire
    )


def remove_file(db: Path) -> None:
    for path in db.parent.glob(f"{db.name}*"):
        path.unlink()


def remove_folder(db: Path) -> None:
    shutil.rmtree(db.parent)


def corrupt(db: Path) -> None:
    remove_file(db)
    db.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)


@pytest.mark.parametrize(
    "damage", [remove_file, remove_folder, corrupt], ids=["deleted", "folder-gone", "corrupted"]
)
def test_a_store_lost_while_the_app_runs_gives_one_message_on_history(
    app: AppTest, db: Path, questionnaire: Questionnaire, damage: object
) -> None:
    store_with_a_run(db, questionnaire)
    app.switch_page("ui/pages/history.py").run()
    assert not app.exception and (app.dataframe or app.table)  # the run is listed
    damage(db)  # type: ignore[operator]
    app.run()
    assert not app.exception
    assert len(app.error) == 1 and "Lagringen går inte att nå" in app.error[0].value
    assert str(db) not in app.error[0].value


@pytest.mark.parametrize("side", ["svar", "leda"])
def test_a_store_lost_while_a_round_page_is_open_gives_one_message(
    app: AppTest, db: Path, questionnaire: Questionnaire, side: str
) -> None:
    links = Rounds(Store(db)).create("Teamkommun")
    token = links.respondent_token if side == "svar" else links.facilitator_token
    app.query_params[side] = token
    app.switch_page("ui/pages/round.py").run()
    assert not app.exception and not app.error
    remove_folder(db)
    app.run()
    assert not app.exception
    assert len(app.error) == 1 and "Lagringen går inte att nå" in app.error[0].value


# --- the helper itself ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        (LINK, "\\[Logga in\\]\\(http\\:\u2060//x\\)"),
        ("- lista", "\\- lista"),
        ("1. ett", "1\\. ett"),
        ("a@b.se", "a\\@\u2060b\\.se"),
        (":red[röd] $x$ <b>", "\\:red\\[röd\\] \\$x\\$ \\<b\\>"),
        ("rad ett\nrad två", "rad ett rad två"),
        ("Region Skåne", "Region Skåne"),
    ],
)
def test_plain_escapes_every_markdown_meaning_and_keeps_the_words(text: str, escaped: str) -> None:
    from ui.state import plain

    assert plain(text) == escaped
