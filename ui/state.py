"""What the pages share: language, questionnaire, answers and the run on screen.

The session itself is kept by ui.session; this module turns it into what the core wants."""

from __future__ import annotations

import gc
import importlib
import logging
import os
import re
import threading
import time
from collections.abc import Iterable

import streamlit as st

from scoring import export
from scoring.access import public_page
from scoring.errors import ScoringError, StoreError
from scoring.model import Lang, Questionnaire
from scoring.questionnaire import load_questionnaire
from scoring.results import Answers, Result, new_result
from scoring.strings import number, t
from scoring.tables import Table
from ui import session, settings

logger = logging.getLogger(__name__)
# Every ASCII character that Markdown, Streamlit's directives (:red[..], :material/..:),
# math ($) or HTML give a meaning to inside a line; "-" and "=" mean something only at its start.
_MARKUP = re.compile(r"([\\`*_{}\[\]()<>#+!|~$:&.@])")
_LINE_START = re.compile(r"^([-=])")
# GitHub's autolinks (http://x, www.x, a@x) are found after escapes are undone, so escaping
# cannot stop them: an invisible word joiner (U+2060) inside each trigger does.
_AUTOLINK = re.compile(r"(?i)(://|www(?=\.)|@)")
_WORD_JOINER = "\u2060"
DONT_KNOW = 0  # the radio's value for "Vet ej"; None means nothing chosen yet
ANSWER_OPTIONS = (1, 2, 3, 4, 5, DONT_KNOW)


def lang() -> Lang:
    return session.language()


def tr(key: str, lg: Lang | None = None, **fields: object) -> str:
    """A string in the reader's language; `lg` when the caller has read it already (each read
    of the session costs, and a page draws many strings)."""
    return t(key, lg or lang(), **fields)


def num(value: float | None, sign: bool = False) -> str:
    """A figure as the reader's language writes it; a dash when there is none."""
    return "–" if value is None else number(value, lang(), sign=sign)


_loaded: dict[tuple[str, float], Questionnaire] = {}
_stat_at: dict[str, tuple[float, float]] = {}  # path -> (when it was last looked at, its mtime)
RECHECK_SECONDS = 1.0


def questionnaire() -> Questionnaire:
    """The questionnaire, parsed once per version of the file on disk.

    A plain dict rather than st.cache_resource: this runs several times per
    rerun, and the cache's argument hashing cost more than the lookup. The
    mtime in the key picks up an edited questions.yaml without a restart.
    """
    path = settings.questions_path()
    name = str(path)
    key = (name, _mtime(name))
    if key not in _loaded:
        _loaded.clear()
        _loaded[key] = load_questionnaire(path)
    return _loaded[key]


def _mtime(path: str) -> float:
    """The file's mtime, looked up at most once a second: an edit shows within a second.

    Each lookup is a system call, which lets Streamlit's event loop take the GIL: at
    the start of a click's run that sent the run's start alone (see ui/autosave.py).
    """
    now = time.monotonic()
    seen = _stat_at.get(path)
    if seen is not None and now - seen[0] < RECHECK_SECONDS:
        return seen[1]
    try:
        mtime = os.stat(path).st_mtime
    except OSError:
        mtime = 0.0  # the loader says what is wrong with the path
    _stat_at[path] = (now, mtime)
    return mtime


_warm_up: list[threading.Thread] = []
_warming = threading.Lock()


def warm_up_exports() -> threading.Thread:
    """Once per server: make vl-convert ready in the background before the first download.

    Called on every rerun, so a plain list rather than st.cache_resource (its hashing cost more).
    """
    if not _warm_up:
        with _warming:
            if not _warm_up:
                thread = threading.Thread(target=export.warm_up, name="vl-convert-warm-up", daemon=True)
                thread.start()
                _warm_up.append(thread)
    return _warm_up[0]


_frozen: list[bool] = []


def freeze_heap_once(modules: Iterable[str]) -> None:
    """Once per server, after its first run: the objects of `modules` (every page's, imported here
    first) and all loaded so far out of the garbage collector's view.

    A full collection scans every object that may be in a cycle. With altair, pandas and the
    pages loaded that is 132,000 objects and 124 ms (20 ms for bare Streamlit's 45,000), in
    which no session's script runs. Such collections are rare, and the workshop benchmark shows
    no clear effect (BENCHMARKS.md); it is kept because each would stop every session that long.
    Frozen objects are never scanned again; they are still freed when nothing refers to them.
    In the script's thread, as the pages would import them.
    """
    if _frozen:
        return
    with _warming:
        if _frozen:
            return
        for name in modules:
            importlib.import_module(name)
        gc.collect()  # the import's garbage first, so none of it is kept for good
        gc.freeze()
        _frozen.append(True)


def widget_key(name: str, lg: Lang | None = None) -> str:
    """A key for a widget whose option labels are translated (`lg`: the language shown, when known).

    English gets keys of its own, so the language switch draws fresh widgets
    from the session's answers; a relabelled widget kept its old selection in
    the browser and showed it blank.
    """
    return name if (lg or lang()) == "sv" else f"{name}_en"


def answer_key(item_id: str, lg: Lang | None = None) -> str:
    return widget_key(f"q_{item_id}", lg)


# The answers live in one dict in the session (ui.session.given), not in the
# radios: Streamlit keeps a radio's value as its label text, so relabelling it
# (the language switch) would reset it. Each radio is drawn from, and writes
# back to, that dict.


def answers(q: Questionnaire) -> dict[str, int | None]:
    """Answers as the core wants them: item id -> 1..5, or None for "Vet ej"."""
    given = session.given()
    return {
        item.id: (None if given[item.id] == DONT_KNOW else given[item.id])
        for item in q.items
        if item.id in given
    }


def record_answer(item_id: str) -> int | None:
    """Copy a radio's new value into the answers; returns it."""
    value: int | None = session.widget_value(answer_key(item_id))
    session.set_given(item_id, value)
    return value


def radio_values(q: Questionnaire, given: Answers) -> dict[str, int]:
    """Answers as the radios hold them: None ("Vet ej") becomes DONT_KNOW; unknown items go."""
    return {item.id: _radio_value(given[item.id]) for item in q.items if item.id in given}


def _radio_value(answer: int | None) -> int:
    return DONT_KNOW if answer is None else answer


def option_index(options: tuple[object, ...], value: object) -> int | None:
    return options.index(value) if value in options else None


def current_result(q: Questionnaire) -> Result:
    """The run on screen. Its time stays fixed until something changes, so saving or
    downloading the same answers twice gives the same result, which the store keeps once."""
    return new_result(
        q,
        answers(q),
        organisation=session.organisation(),
        role=session.role(),
        created_at=session.result_time(),
    )


def page_url() -> str:
    """The round page's address, to build the links people share.

    On SJALVSKATTNING_PUBLIC_URL when that is set; else as this browser opened
    it, which only works for others when they reach the same address
    ("" when Streamlit has none).
    """
    if public := settings.public_url():
        return public_page(public, session.page("round").url_path)
    return st.context.url or ""


def show_table(table: Table) -> None:
    """A table from the core as a real HTML table: headers and numbers in the reader's
    language, a dash for no value, long text wrapped. Streamlit's grid (st.dataframe) is a
    canvas that cuts text off, shows "None" and writes "58.3" on Swedish pages."""
    lg = lang()
    st.table([dict(zip(table.headers(lg), row, strict=True)) for row in table.formatted(lg)], hide_index=True)


def show_rows(rows: list[dict[str, object]]) -> None:
    """Rows the page builds itself, as show_table shows the core's: figures in the reader's
    language and a dash for no value, in a real HTML table."""
    st.table(
        [{key: _cell(value) for key, value in row.items()} for row in rows],
        hide_index=True,
    )


def _cell(value: object) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return num(value)
    return str(value)


def plain(text: str) -> str:
    """Text that did not come from our questionnaire, for any element that renders Markdown:
    shown as itself (a "[link](url)" stays those characters, never a link or an image), on one line."""
    text = _AUTOLINK.sub(lambda m: m.group()[0] + _WORD_JOINER + m.group()[1:], " ".join(text.split()))
    return _LINE_START.sub(r"\\\1", _MARKUP.sub(r"\\\1", text))


def show_error(error: ScoringError) -> None:
    # The sentence may quote the file (an item id, an organisation): shown as plain text.
    st.error(plain(error.message(lang())), icon=":material/error:")


def show_store_failure(error: StoreError, *, respondent: bool = False) -> None:
    """A store that failed while a page read it: one message in place of the rest of the page."""
    logger.warning("store error on a page: %s", error)  # the detail for the operator
    detail = error.message(lang(), respondent=respondent)
    st.error(tr("page_store_failed", detail=detail), icon=":material/database:")


page = session.page
