"""The README true to the letter: its `python -m scoring` examples run as written and print what it shows."""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
ELISION = "…"  # a line of its own in an example: the output goes on, shown up to here


def _examples() -> list[tuple[str, list[str]]]:
    """Each `$ python -m scoring …` line of a text block, with the output lines shown under it."""
    examples: list[tuple[str, list[str]]] = []
    for block in re.findall(r"```text\n(.*?)```", README, re.S):
        for chunk in re.split(r"^(?=\$ )", block, flags=re.M):
            if chunk.startswith("$ python -m scoring"):
                command, *output = chunk.rstrip("\n").split("\n")
                while output and not output[-1].strip():
                    output.pop()
                examples.append((command[2:], output))
    return examples


def _inline_commands() -> list[str]:
    """Commands written inline in the prose (the verb table's placeholders in capitals excluded)."""
    found = re.findall(r"`(python -m scoring [^`]+)`", README)
    return [c for c in found if not re.search(r"\b[A-Z]{3,}\b|\[|\\\|", c)]


def _run(command: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    args = shlex.split(command)
    assert args[:3] == ["python", "-m", "scoring"], command
    env = {**os.environ, "PYTHONPATH": str(ROOT), "SJALVSKATTNING_DB": str(cwd / "store.db")}
    return subprocess.run(
        [sys.executable, *args[1:]], cwd=cwd, env=env, capture_output=True, text=True, timeout=300
    )


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    """A folder that looks like the repository to a reader of the README: examples and questions."""
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    shutil.copy(ROOT / "questions.yaml", tmp_path / "questions.yaml")
    return tmp_path


def test_the_readme_shows_at_least_two_command_examples() -> None:
    assert len(_examples()) >= 2


@pytest.mark.slow
@pytest.mark.parametrize(("command", "shown"), _examples(), ids=[c for c, _ in _examples()])
def test_each_readme_example_prints_what_the_readme_shows(
    command: str, shown: list[str], workdir: Path
) -> None:
    done = _run(command, workdir)
    assert done.returncode == 0, done.stderr
    printed = done.stdout.rstrip("\n").split("\n")
    if ELISION in shown:
        cut = shown.index(ELISION)
        assert printed[:cut] == shown[:cut]
        assert len(printed) > cut, "the README elides output that is not there"
    else:
        assert printed == shown


@pytest.mark.slow
def test_every_command_in_the_readme_prose_runs_as_written(workdir: Path) -> None:
    commands = _inline_commands()
    assert any("backup" in c for c in commands) and any("export" in c for c in commands)
    # In the order a reader meets them: import the examples first, so export has an organisation.
    seed = _run("python -m scoring import examples/exempel-2025.json examples/exempel-2026.json", workdir)
    assert seed.returncode == 0, seed.stderr
    for command in commands:
        done = _run(command, workdir)
        assert done.returncode == 0, f"{command}: {done.stderr}"
