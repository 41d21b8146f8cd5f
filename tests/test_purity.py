"""The scoring core never imports streamlit, so the CLI and tests run without it."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

SCORING = ROOT / "scoring"
MODULES = sorted(SCORING.rglob("*.py"))  # packages too (scoring/store/)


def imported_names(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, (ast.Name, ast.Attribute))
            and getattr(node.func, "id", getattr(node.func, "attr", "")) in ("import_module", "__import__")
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            names.add(node.args[0].value)
    return names


def test_the_scoring_package_has_modules_to_check() -> None:
    names = {path.relative_to(SCORING).as_posix() for path in MODULES}
    assert {"cli/__init__.py", "cli/reports.py", "score.py", "model.py", "store/database.py"} <= names


def test_the_import_finder_sees_every_kind_of_import(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "import streamlit as st\nfrom streamlit.runtime import x\n"
        "import importlib\nimportlib.import_module('streamlit.web')\n",
        encoding="utf-8",
    )
    assert {"streamlit", "streamlit.runtime", "streamlit.web"} <= imported_names(sample)


@pytest.mark.parametrize("path", MODULES, ids=[path.relative_to(SCORING).as_posix() for path in MODULES])
def test_no_scoring_module_imports_streamlit(path: Path) -> None:
    streamlit = [name for name in imported_names(path) if name.split(".")[0] == "streamlit"]
    assert streamlit == [], f"{path.name} imports {streamlit}"


def test_answers_uses_the_standard_library_only() -> None:
    allowed = {"__future__", "hashlib", "json", "typing"}
    assert imported_names(SCORING / "answers.py") <= allowed


def test_importing_the_cli_does_not_load_streamlit() -> None:
    code = (
        "import sys, scoring.cli, scoring.charts, scoring.export\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] == 'streamlit')\n"
        "print(loaded)\n"
        "raise SystemExit(1 if loaded else 0)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.strip() == "[]"
