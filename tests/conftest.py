from __future__ import annotations

import copy
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, settings

from scoring.model import Questionnaire
from scoring.questionnaire import load_questionnaire

# Property tests judge behaviour, never speed: on a busy shared CI machine an example may take
# seconds, so no deadline, and no health check that fails a test for being slow.
settings.register_profile(
    "shared-machine", deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)
settings.load_profile("shared-machine")

ROOT = Path(__file__).resolve().parent.parent
BROWSER_TESTS = ROOT / "tests" / "browser"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every test under tests/browser is a browser test, and slow: `-m "not browser"` is the quick loop."""
    for item in items:
        if BROWSER_TESTS in Path(item.path).parents:
            item.add_marker(pytest.mark.browser)
            item.add_marker(pytest.mark.slow)


QUESTIONS = ROOT / "questions.yaml"


def text(word: str) -> dict[str, str]:
    return {"sv": f"{word} (sv)", "en": f"{word} (en)"}


def mini_data(areas: int = 2, items: int = 5) -> dict[str, Any]:
    """A small valid questionnaire: each area's last item is a pitfall, its first is about
    the political leadership, and both sides can answer every item."""
    return {
        "id": "mini",
        "version": "1",
        "title": text("Mini"),
        "source": {"title": "Source", "publisher": "SKL", "date": "2019-02-22"},
        "glossary": [{"term": text("Term"), "definition": text("definition")}],
        "scale": {
            "points": [{"value": v, "label": text(f"p{v}")} for v in range(1, 6)],
            "dont_know": text("dk"),
        },
        "levels": [
            {"id": "low", "min": 0, "label": text("Low"), "description": text("low")},
            {"id": "mid", "min": 50, "label": text("Mid"), "description": text("mid")},
            {"id": "high", "min": 80, "label": text("High"), "description": text("high")},
        ],
        "areas": [
            {
                "id": f"a{a}",
                "title": text(f"Area {a}"),
                "source": f"Heading {a}",
                "intro": text("intro"),
                "what_good": text("good"),
                "discussion": {"sv": ["d1"], "en": ["d1"]},
                "recommendations": {"sv": ["r1", "r2", "r3"], "en": ["r1", "r2", "r3"]},
                "items": [
                    {
                        "id": f"a{a}-i{i}",
                        "kind": "pitfall" if i == items - 1 else "factor",
                        "about": "political" if i == 0 else "both",
                        "answerable_by": "both",
                        "short": text(f"Short {a}.{i}"),
                        "text": text(f"Statement {a}.{i}"),
                        "help": text("help"),
                        "advice": text("advice"),
                    }
                    for i in range(items)
                ],
            }
            for a in range(areas)
        ],
    }


@pytest.fixture
def mini_dict() -> dict[str, Any]:
    return copy.deepcopy(mini_data())


@pytest.fixture
def mini() -> Questionnaire:
    return Questionnaire.model_validate(mini_data())


@pytest.fixture(scope="session")
def questionnaire() -> Questionnaire:
    return load_questionnaire(QUESTIONS)


def write_yaml(tmp_path: Path, data: dict[str, Any], name: str = "q.yaml") -> Path:
    path = tmp_path / name
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


# --- the store: no test may touch the real one -------------------------------------


def _footprint(path: Path) -> list[tuple[int, int] | None]:
    """Size and mtime of the store and its side files; None where a file is absent."""
    out: list[tuple[int, int] | None] = []
    for file in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        out.append((file.stat().st_size, file.stat().st_mtime_ns) if file.exists() else None)
    return out


@pytest.fixture(autouse=True)
def _no_test_touches_the_real_store(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    # Code that falls back to default_db_path() lands in a temporary folder, and a
    # test that reaches the real store anyway fails here rather than passing quietly.
    from scoring.store import DEFAULT_DB

    fallback = tmp_path_factory.mktemp("default-store") / "sjalvskattning.db"
    monkeypatch.setenv("SJALVSKATTNING_DB", str(fallback))
    before = _footprint(DEFAULT_DB)
    yield
    assert _footprint(DEFAULT_DB) == before, f"a test created or changed the real store {DEFAULT_DB}"
