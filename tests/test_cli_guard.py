"""The CLI trusts no path and no file (issue 9, B8-B11): one sentence, exit 2, nothing written.

FIFOs, symbolic links and the store's own files are made in tmp_path; device
nodes are only looked at (stat), never written to.
"""

from __future__ import annotations

import json
import os
import signal
import stat
from collections.abc import Iterator
from pathlib import Path
from types import FrameType

import pytest

from scoring.cli import main, reports
from scoring.model import Questionnaire
from scoring.outputs import OutputError, check_output, write_output
from scoring.results import dump_result, new_result
from scoring.store import Store
from tests.conftest import mini_data, write_yaml


class Hung(BaseException):
    """Raised by the watchdog: a verb waited on a FIFO instead of refusing it (never caught by main)."""


@pytest.fixture
def watchdog() -> Iterator[None]:
    # A bound, not a wait: a verb that blocks on a FIFO is interrupted and the test fails.
    def interrupt(_signum: int, _frame: FrameType | None) -> None:
        raise Hung

    previous = signal.signal(signal.SIGALRM, interrupt)
    signal.setitimer(signal.ITIMER_REAL, 20)
    yield
    signal.setitimer(signal.ITIMER_REAL, 0)
    signal.signal(signal.SIGALRM, previous)


@pytest.fixture
def qfile(tmp_path: Path) -> Path:
    return write_yaml(tmp_path, mini_data(), name="mini.yaml")


@pytest.fixture
def db(tmp_path: Path, mini: Questionnaire) -> Path:
    path = tmp_path / "store.db"
    Store(path).save_run(new_result(mini, {"a0-i0": 3}, "Exempelkommun"), mini)
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    code = main([str(arg) for arg in argv])
    out, err = capsys.readouterr()
    return code, out, err


def one_line_error(err: str, limit: int = 600) -> str:
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), err[:1000]
    assert len(lines[0]) <= limit, f"{len(lines[0])} characters"
    return lines[0]


def result_file(tmp_path: Path, mini: Questionnaire, name: str = "r.json", **changes: object) -> Path:
    body = json.loads(dump_result(new_result(mini, {"a0-i0": 3}, "Exempelkommun")))
    body.update(changes)
    path = tmp_path / name
    path.write_text(json.dumps(body), encoding="utf-8")
    return path


def fifo(tmp_path: Path, name: str) -> Path:
    path = tmp_path / name
    os.mkfifo(path)
    return path


# --- B10: reading --------------------------------------------------------------------------


@pytest.mark.usefixtures("watchdog")
@pytest.mark.parametrize("verb", ["score", "validate", "import"])
def test_a_fifo_as_input_is_refused_at_once(
    tmp_path: Path, qfile: Path, capsys: pytest.CaptureFixture[str], verb: str
) -> None:
    pipe = fifo(tmp_path, "pipe.json")
    argv = {
        "score": ["score", pipe, "--questions", qfile],
        "validate": ["validate", pipe],
        "import": ["import", pipe, "--questions", qfile, "--db", tmp_path / "new.db"],
    }[verb]
    code, out, err = run(capsys, *argv)
    assert (code, out) == (2, "")
    assert "regular file" in one_line_error(err)
    assert not (tmp_path / "new.db").exists()


def test_a_device_as_input_is_refused_unread(qfile: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # /dev/zero never ends: reading it grew the process to 22.8 GB before.
    code, _, err = run(capsys, "score", "/dev/zero", "--questions", qfile)
    assert code == 2
    assert "regular file" in one_line_error(err)


def test_a_folder_as_input_is_refused(
    tmp_path: Path, qfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "import", tmp_path, "--questions", qfile, "--db", tmp_path / "new.db")
    assert code == 2
    one_line_error(err)


# --- B8: hostile content through the CLI -------------------------------------------------------------


def test_a_5001_digit_integer_gives_one_sentence(
    tmp_path: Path, mini: Questionnaire, qfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = result_file(tmp_path, mini)
    path.write_text(path.read_text().replace('"a0-i0": 3', '"a0-i0": ' + "7" * 5001))
    code, _, err = run(capsys, "score", path, "--questions", qfile)
    assert code == 2
    assert "digits" in one_line_error(err)


def test_a_lone_surrogate_in_an_imported_name_gives_one_sentence_and_no_store(
    tmp_path: Path, mini: Questionnaire, qfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = result_file(tmp_path, mini, organisation="Kommun \ud800")
    code, _, err = run(capsys, "import", path, "--questions", qfile, "--db", tmp_path / "new.db")
    assert code == 2
    assert "Unicode" in one_line_error(err)
    assert not (tmp_path / "new.db").exists()


def test_deep_nesting_gives_one_sentence(
    tmp_path: Path, mini: Questionnaire, qfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "deep.json"
    path.write_text("[" * 100_000 + "]" * 100_000)
    code, _, err = run(capsys, "compare", path, path, "--questions", qfile)
    assert code == 2
    assert "nested" in one_line_error(err)


def test_a_yaml_complex_key_gives_one_sentence_with_its_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("id: x\n? [a, b]\n: 1\n")
    code, _, err = run(capsys, "validate", bad)
    assert code == 2
    assert f"{bad}:2:" in one_line_error(err)


def test_an_error_quoting_a_huge_item_id_stays_short(
    tmp_path: Path, mini: Questionnaire, qfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = result_file(tmp_path, mini, answers={"x" * 500_000: 9})
    code, _, err = run(capsys, "score", path, "--questions", qfile)
    assert code == 2
    one_line_error(err, limit=300)


# --- terminal escape codes ------------------------------------------------------------------------


def test_history_prints_no_terminal_control_characters(
    tmp_path: Path, mini: Questionnaire, qfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    name = "\x1b]0;owned\x07\x1b[2JKommun\x9b31m"
    path = result_file(tmp_path, mini, organisation=name)
    db = tmp_path / "store.db"
    assert run(capsys, "import", path, "--questions", qfile, "--db", db)[0] == 0
    for fmt in ("table", "json"):
        code, out, _ = run(capsys, "history", "--db", db, "--format", fmt)
        assert code == 0 and "Kommun" in out
        assert not any(ch in out for ch in "\x1b\x07\x9b"), repr(out)
    assert json.loads(out)[0]["organisation"] == name  # the JSON still says exactly what is stored


def test_an_error_prints_no_terminal_control_characters(
    tmp_path: Path, mini: Questionnaire, qfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = result_file(tmp_path, mini, questionnaire_id="\x1b[2Jother")
    code, _, err = run(capsys, "score", path, "--questions", qfile)
    assert code == 2
    assert "\x1b" not in one_line_error(err)


# --- B11: writing --------------------------------------------------------------------------------


def test_backup_refuses_a_symbolic_link_and_leaves_its_target_alone(
    tmp_path: Path, db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "precious.txt"
    target.write_text("keep me\n")
    link = tmp_path / "copy.db"
    link.symlink_to(target)
    code, _, err = run(capsys, "backup", "-o", link, "--db", db)
    assert code == 2
    assert "symbolic link" in one_line_error(err)
    assert link.is_symlink() and target.read_text() == "keep me\n"


def test_backup_refuses_a_fifo_as_its_output(
    tmp_path: Path, db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pipe = fifo(tmp_path, "copy.db")
    code, _, err = run(capsys, "backup", "-o", pipe, "--db", db)
    assert code == 2
    assert "not a regular file" in one_line_error(err)
    assert stat.S_ISFIFO(os.lstat(pipe).st_mode)


@pytest.mark.parametrize("side", ["-journal", "-wal", "-shm"])
def test_backup_refuses_the_stores_own_side_files(
    db: Path, capsys: pytest.CaptureFixture[str], mini: Questionnaire, side: str
) -> None:
    code, _, err = run(capsys, "backup", "-o", f"{db}{side}", "--db", db)
    assert code == 2
    assert "store" in one_line_error(err)
    assert Store(db, create=False).list_runs()  # the store still opens


def test_export_refuses_a_device_node(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # /dev/null is only looked at: the refusal comes from stat, before anything is opened.
    code, _, err = run(capsys, "export", "--organisation", "Exempelkommun", "-o", os.devnull, "--db", db)
    assert code == 2
    assert "not a regular file" in one_line_error(err)


@pytest.mark.parametrize("device", ["/dev/null", "/dev/full", "/dev/zero"])
def test_a_device_node_is_never_an_output(device: str) -> None:
    if not os.path.exists(device):
        pytest.skip(f"{device} is not on this machine")
    with pytest.raises(OutputError, match="not a regular file"):
        check_output(device)


def test_a_report_written_over_its_own_input_is_refused(
    tmp_path: Path, mini: Questionnaire, qfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = result_file(tmp_path, mini, name="run.html")  # a result file, oddly named
    before = path.read_bytes()
    code, _, err = run(capsys, "report", path, "-o", path, "--questions", qfile)
    assert code == 2
    assert "one of the inputs" in one_line_error(err)
    assert path.read_bytes() == before


def test_a_failed_report_leaves_no_file(
    tmp_path: Path,
    mini: Questionnaire,
    qfile: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Text that cannot be written as UTF-8: the write fails half way, as a full disk would.
    monkeypatch.setattr(reports, "report_bytes", lambda *_args, **_kw: "<p>\ud800</p>")
    out = tmp_path / "report.html"
    code, _, err = run(capsys, "report", result_file(tmp_path, mini), "-o", out, "--questions", qfile)
    assert code == 2
    one_line_error(err)
    assert list(tmp_path.glob("*report.html*")) == []


def test_a_failed_write_keeps_the_file_that_was_there(tmp_path: Path) -> None:
    out = tmp_path / "history.json"
    out.write_text("the old export\n")
    with pytest.raises(UnicodeEncodeError):
        write_output(out, "\ud800")
    assert out.read_text() == "the old export\n"
    assert [p.name for p in tmp_path.iterdir()] == ["history.json"]


def test_export_writes_its_file_whole(tmp_path: Path, db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "history.json"
    code, _, _ = run(capsys, "export", "--organisation", "Exempelkommun", "-o", out, "--db", db)
    assert code == 0 and json.loads(out.read_text())["organisation"] == "Exempelkommun"
    assert not list(tmp_path.glob(".*partial"))  # no temporary file left beside it
