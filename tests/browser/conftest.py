"""A real Streamlit server and Debian's chromium, driven by Playwright.

The tests start the app themselves on a free port with a store of their own,
and fail (never skip) when the browser is missing.
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect, sync_playwright

from scoring.model import Questionnaire
from scoring.questionnaire import load_questionnaire
from tests.conftest import ROOT

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
TIMEOUT_MS = 30_000


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_healthy(url: str, process: subprocess.Popen[bytes], seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError("the Streamlit server exited while starting")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"the Streamlit server at {url} did not become healthy in {seconds} s")


class Server:
    def __init__(self, db: Path) -> None:
        self.db = db
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> Server:
        env = {**os.environ, "SJALVSKATTNING_DB": str(self.db)}
        command = [
            sys.executable, "-m", "streamlit", "run", "app.py",
            "--server.port", str(self.port), "--server.address", "127.0.0.1",
            "--server.headless", "true", "--browser.gatherUsageStats", "false",
        ]  # fmt: skip
        self.process = subprocess.Popen(
            command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        _wait_healthy(self.url, self.process)
        return self

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def restart(self) -> None:
        self.stop()
        self.start()


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    srv = Server(tmp_path_factory.mktemp("browser") / "browser.db").start()
    yield srv
    srv.stop()


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (scripts/test.sh does)")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def context(browser: Browser, tmp_path: Path) -> Iterator[BrowserContext]:
    ctx = browser.new_context(accept_downloads=True, viewport={"width": 1280, "height": 900}, locale="sv-SE")
    ctx.set_default_timeout(TIMEOUT_MS)
    yield ctx
    ctx.close()


@pytest.fixture
def page(context: BrowserContext, server: Server) -> Page:
    page = context.new_page()
    page.goto(server.url)
    wait_for_app(page)
    return page


@pytest.fixture(scope="session")
def questionnaire() -> Questionnaire:
    return load_questionnaire(ROOT / "questions.yaml")


def wait_for_app(page: Page) -> None:
    expect(page.get_by_text(re.compile(r"(Besvarade|Answered): \d+ (av|of) \d+"))).to_be_visible()
    wait_idle(page)


def wait_idle(page: Page) -> None:
    """Wait until Streamlit has finished the rerun the last click started."""
    running = '[data-testid="stStatusWidget"] [data-testid="stStatusWidgetRunningIcon"]'
    page.wait_for_function(f"() => !document.querySelector('{running}')")
    page.wait_for_timeout(150)


def progress(page: Page, done: int, total: int = 36) -> None:
    expect(page.get_by_text(f"Besvarade: {done} av {total}")).to_be_visible()


def go_to_area(page: Page, step: int) -> None:
    nav = page.get_by_role("radiogroup", name="Område")
    nav.get_by_role("radio").nth(step).check(force=True)
    expect(page.get_by_role("heading", name=re.compile(rf"^{step + 1}\. "))).to_be_visible()


def answer(page: Page, code: str, value: int) -> None:
    """Answer statement `code` (e.g. "2.3") with 1..5, or 0 for "Vet ej"."""
    group = page.get_by_role("radiogroup", name=re.compile(rf"^{re.escape(code)} "))
    group.get_by_role("radio").nth(value - 1 if value else 5).check(force=True)


def fill_area(page: Page, questionnaire: Questionnaire, step: int, value: int, done_before: int) -> int:
    go_to_area(page, step)
    for n, _item in enumerate(questionnaire.areas[step].items, start=1):
        answer(page, f"{step + 1}.{n}", value)
        progress(page, done_before + n)
    return done_before + len(questionnaire.areas[step].items)


def fill_everything(
    page: Page, questionnaire: Questionnaire, value: int = 4, organisation: str = "Testkommun"
) -> None:
    page.get_by_label("Organisation (kommun eller region)").fill(organisation)
    page.get_by_label("Organisation (kommun eller region)").press("Enter")
    page.get_by_role("radiogroup", name="Din roll").get_by_role("radio").first.check(force=True)
    done = 0
    for step in range(len(questionnaire.areas)):
        done = fill_area(page, questionnaire, step, value, done)
    wait_idle(page)
