"""Performance benchmark: the app side by side with bare baselines, in one run.

Run from the repository folder with the project's Python (the .venv):

    python benchmarks/run.py

It prints the machine first, then one line per figure:

    <name>: <value> <unit> | baseline <value> | ratio <r> | target <t> | ok|MISS

A bare target (1.25) is a limit on the ratio; a target with a unit (1 s) is a limit on
the value; "info" is reported only. It always exits 0. Progress notes go to stderr.
BENCHMARKS.md explains each figure and its baseline.
"""

from __future__ import annotations

import contextlib
import json
import os
import platform
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "benchmarks"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
# The answers the results page is measured with; benchmarks/bare_results.py uses the same.
CYCLE = (4, 2, 5, 3, 1, 4, None)
TOTAL = 36
STARTED = time.monotonic()


def note(message: str) -> None:
    print(f"[{time.monotonic() - STARTED:6.1f} s] {message}", file=sys.stderr, flush=True)


def median(values: list[float]) -> float:
    return statistics.median(values)


def line(name: str, value: float, unit: str, baseline: float, target: str, ok: bool, digits: int = 1) -> None:
    ratio = value / baseline if baseline else float("inf")
    verdict = "ok" if ok else "MISS"
    print(
        f"{name}: {value:.{digits}f} {unit} | baseline {baseline:.{digits}f} | ratio {ratio:.2f} "
        f"| target {target} | {verdict}",
        flush=True,
    )


def ratio_line(name: str, value: float, unit: str, baseline: float, limit: float, digits: int = 1) -> None:
    line(name, value, unit, baseline, f"{limit:g}", value / baseline <= limit, digits)


# --- the machine ---------------------------------------------------------------------------


def machine() -> None:
    import streamlit

    cpu = "unknown cpu"
    with contextlib.suppress(OSError):
        for row in Path("/proc/cpuinfo").read_text().splitlines():
            if row.startswith("model name"):
                cpu = row.split(":", 1)[1].strip()
                break
    ram = 0.0
    with contextlib.suppress(OSError):
        for row in Path("/proc/meminfo").read_text().splitlines():
            if row.startswith("MemTotal:"):
                ram = int(row.split()[1]) / 1024 / 1024
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        f"machine: {cpu} | {os.cpu_count()} cores | {ram:.1f} GB RAM | Python {platform.python_version()} "
        f"| Streamlit {streamlit.__version__} | load average {load:.2f} at start",
        flush=True,
    )


# --- shared pieces ---------------------------------------------------------------------------


def questionnaire() -> Any:
    from scoring.questionnaire import load_questionnaire

    return load_questionnaire(ROOT / "questions.yaml")


def results_answers(q: Any) -> dict[str, int | None]:
    return {item.id: CYCLE[i % len(CYCLE)] for i, item in enumerate(q.items)}


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def timed_pair(n: int, app: Callable[[], object], bare: Callable[[], object]) -> tuple[float, float]:
    """Both sides once, the app first on even rounds and the baseline first on odd ones."""
    if n % 2:
        b = timed(bare)
        return timed(app), b
    a = timed(app)
    return a, timed(bare)


# --- 1 and 2: AppTest ------------------------------------------------------------------------


def share_bytecode_cache() -> None:
    """Let AppTest keep compiled scripts between runs, as a running server does.

    AppTest makes a new ScriptCache for every run, so it compiles the scripts again each
    time. A server compiles each script once. Without this, every rerun would be charged
    a compile that no user ever waits for: the bare scripts, whose code is all in the
    script, would pay more of it than the app, whose code sits in imported modules.
    """
    from streamlit.runtime.scriptrunner.script_cache import ScriptCache
    from streamlit.testing.v1 import app_test, local_script_runner

    shared = ScriptCache()
    app_test.ScriptCache = lambda: shared  # type: ignore[assignment,misc]
    local_script_runner.ScriptCache = lambda: shared  # type: ignore[assignment,misc]


def app_test(script: Path) -> Any:
    from streamlit.testing.v1 import AppTest

    return AppTest.from_file(str(script), default_timeout=120)


def check(at: Any, what: str) -> None:
    if at.exception:
        raise RuntimeError(f"{what} raised: {at.exception[0].value}")


def fill_in_rerun(q: Any, reps: int = 39, warm: int = 3) -> None:
    app, bare = app_test(ROOT / "app.py").run(), app_test(BENCH / "bare_fill_in.py").run()
    check(app, "the app")
    check(bare, "the bare fill-in")
    app_key, bare_key = f"q_{q.areas[0].items[0].id}", "q_0_0"
    app_times, bare_times = [], []
    # Interleaved, so a busy moment on the machine hits both sides alike.
    for n in range(warm + reps):
        value = 4 if n % 2 else 5
        app.radio(key=app_key).set_value(value)
        bare.radio(key=bare_key).set_value(value)
        a, b = timed_pair(n, app.run, bare.run)
        if n >= warm:
            app_times.append(a)
            bare_times.append(b)
    check(app, "the app")
    if "1 av 36" not in app.get("progress")[0].proto.text:
        raise RuntimeError("the app's progress did not count the answer")
    ratio_line("fill_in_rerun", median(app_times) * 1000, "ms", median(bare_times) * 1000, 1.25)


def results_page(q: Any, reps: int = 21, warm: int = 2) -> None:
    app = app_test(ROOT / "app.py").run()
    check(app, "the app")
    app.session_state["answers"] = {k: (0 if v is None else v) for k, v in results_answers(q).items()}
    app.switch_page("ui/pages/results.py").run()
    bare = app_test(BENCH / "bare_results.py").run()
    check(app, "the results page")
    check(bare, "the bare results")
    for at in (app, bare):
        if len(at.get("vega_lite_chart")) != 2:
            raise RuntimeError("a results page did not draw its two charts")
    app_times, bare_times = [], []
    for n in range(warm + reps):
        a, b = timed_pair(n, app.run, bare.run)
        if n >= warm:
            app_times.append(a)
            bare_times.append(b)
    check(app, "the results page")
    ratio_line("results_page", median(app_times) * 1000, "ms", median(bare_times) * 1000, 1.5)


# --- 3: PNG export ---------------------------------------------------------------------------


def png_export(q: Any, reps: int = 12) -> None:
    import vl_convert as vlc

    from scoring import charts, export
    from scoring.score import score

    chart = charts.strengths_gaps_chart(q, score(q, results_answers(q)), "sv")
    spec = chart.to_dict()

    def direct() -> bytes:
        return vlc.vegalite_to_png(spec, vl_version=export.VL_VERSION, scale=export.PNG_SCALE)

    if export.chart_png(chart) != direct():
        note("note: chart_png and the direct call gave different PNG bytes")
    direct()
    app_times, bare_times = [], []
    for n in range(reps):
        a, b = timed_pair(n, lambda: export.chart_png(chart), direct)
        app_times.append(a)
        bare_times.append(b)
    ratio_line("png_export", median(app_times) * 1000, "ms", median(bare_times) * 1000, 1.2)


FIRST_EXPORT_APP = """
import sys, time
sys.path.insert(0, {root!r})
from scoring import charts, export
from scoring.questionnaire import load_questionnaire
from scoring.score import score
q = load_questionnaire({questions!r})
chart = charts.strengths_gaps_chart(q, score(q, {answers!r}), "sv")
start = time.perf_counter()
png = export.chart_png(chart)
elapsed = time.perf_counter() - start
assert png[:4] == b"\\x89PNG"
print(elapsed)
"""

FIRST_EXPORT_BARE = """
import json, time
import vl_convert as vlc
spec = json.loads(open({spec!r}, encoding="utf-8").read())
start = time.perf_counter()
png = vlc.vegalite_to_png(spec, vl_version={version!r}, scale={scale!r})
elapsed = time.perf_counter() - start
assert png[:4] == b"\\x89PNG"
print(elapsed)
"""


def png_first_export(q: Any, tmp: Path, rounds: int = 3) -> None:
    from scoring import charts, export
    from scoring.score import score

    answers = results_answers(q)
    spec_file = tmp / "spec.json"
    spec_file.write_text(json.dumps(charts.strengths_gaps_chart(q, score(q, answers), "sv").to_dict()))
    questions = str(ROOT / "questions.yaml")
    app_code = FIRST_EXPORT_APP.format(root=str(ROOT), questions=questions, answers=answers)
    bare_code = FIRST_EXPORT_BARE.format(
        spec=str(spec_file), version=export.VL_VERSION, scale=export.PNG_SCALE
    )

    def fresh(code: str) -> float:
        done = subprocess.run(
            [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120, check=False
        )
        if done.returncode:
            raise RuntimeError(f"a fresh export process failed: {done.stderr.strip()[-500:]}")
        return float(done.stdout.strip().splitlines()[-1])

    app_times, bare_times = [], []
    for _ in range(rounds):  # each in its own fresh process, interleaved
        app_times.append(fresh(app_code))
        bare_times.append(fresh(bare_code))
    value, baseline = median(app_times), median(bare_times)
    line("png_first_export", value, "s", baseline, "1 s", value <= 1.0, digits=2)


# --- 4: aggregation --------------------------------------------------------------------------


def aggregate_scaling(q: Any) -> None:
    from scoring.results import ROLES, new_result
    from scoring.team import aggregate

    rng = random.Random(20190222)
    values = (1, 2, 3, 4, 5, None)
    roles = (*ROLES, None)
    people = [
        new_result(
            q,
            {item.id: rng.choice(values) for item in q.items if rng.random() < 0.9},
            "Syntetisk kommun",
            rng.choice(roles),
        )
        for _ in range(10_000)
    ]
    aggregate(q, people[:100])  # warm-up
    times = {}
    for size, runs in ((100, 9), (1_000, 5), (10_000, 3)):
        group = people[:size]
        times[size] = median([timed(lambda g=group: aggregate(q, g)) for _ in range(runs)]) * 1000
    base = times[100]
    line("aggregate_100", times[100], "ms", base, "info", True, digits=2)
    line("aggregate_1000", times[1_000], "ms", base, "info", True, digits=2)
    line("aggregate_10000", times[10_000], "ms", base, "1 s", times[10_000] <= 1000, digits=2)
    ratio_line("aggregate_10x_growth", times[10_000], "ms", times[1_000], 12, digits=2)


# --- 5 and 6: a real server and Chromium -------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Server:
    """`streamlit run SCRIPT` on a free port, with a store of its own."""

    def __init__(self, script: str, db: Path) -> None:
        self.script, self.db = script, db
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> Server:
        env = {**os.environ, "SJALVSKATTNING_DB": str(self.db)}
        command = [
            sys.executable, "-m", "streamlit", "run", self.script,
            "--server.port", str(self.port), "--server.address", "127.0.0.1",
            "--server.headless", "true", "--browser.gatherUsageStats", "false",
            # Others may be editing the sources: no watcher, so no "source changed" reruns.
            "--server.fileWatcherType", "none", "--server.runOnSave", "false",
        ]  # fmt: skip
        self.process = subprocess.Popen(
            command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"streamlit run {self.script} exited while starting")
            try:
                with urllib.request.urlopen(f"{self.url}/_stcore/health", timeout=2) as response:
                    if response.status == 200:
                        return self
            except OSError:
                time.sleep(0.3)
        self.__exit__()
        raise RuntimeError(f"streamlit run {self.script} did not become healthy")

    def __exit__(self, *_: object) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def rss_mb(self) -> float:
        assert self.process is not None
        for row in Path(f"/proc/{self.process.pid}/status").read_text().splitlines():
            if row.startswith("VmRSS:"):
                return int(row.split()[1]) / 1024
        raise RuntimeError("no VmRSS for the server")


# Click option `option` of the statement labelled `code` ("1.2 ...") from inside the page,
# and resolve with the milliseconds until the progress reads "Besvarade: expected av 36".
CLICK_TO_PROGRESS = """
async ([code, option, expected, total]) => {
  const group = [...document.querySelectorAll('[data-testid="stRadio"]')].find((g) =>
    (g.querySelector('[data-testid="stWidgetLabel"]')?.textContent || "").startsWith(code + " "));
  if (!group) throw new Error("no statement " + code);
  const input = group.querySelectorAll('input[type="radio"]')[option];
  const want = `Besvarade: ${expected} av ${total}`;
  const shown = () => {
    const bar = document.querySelector('[data-testid="stProgress"]');
    return !!bar && bar.textContent.includes(want);
  };
  return await new Promise((resolve, reject) => {
    let start = 0;
    const timer = setTimeout(() => { observer.disconnect(); reject(new Error("no " + want)); }, 30000);
    const observer = new MutationObserver(() => {
      if (shown()) {
        const elapsed = performance.now() - start;
        observer.disconnect();
        clearTimeout(timer);
        resolve(elapsed);
      }
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    start = performance.now();
    input.click();
  });
}
"""

GO_TO_AREA = """
(step) => {
  const nav = [...document.querySelectorAll('[data-testid="stRadio"]')].find((g) =>
    (g.querySelector('[data-testid="stWidgetLabel"]')?.textContent || "").trim() === "Område");
  nav.querySelectorAll('input[type="radio"]')[step].click();
}
"""

RUNNING = '[data-testid="stStatusWidget"] [data-testid="stStatusWidgetRunningIcon"]'


def wait_idle(page: Any) -> None:
    page.wait_for_function(f"() => !document.querySelector('{RUNNING}')")
    page.wait_for_timeout(250)


def open_fill_in(browser: Any, url: str) -> tuple[Any, Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="sv-SE")
    context.set_default_timeout(60_000)
    page = context.new_page()
    page.goto(url)
    page.get_by_text(f"Besvarade: 0 av {TOTAL}").wait_for()
    wait_idle(page)
    return context, page


def click_answer(page: Any, area: int, n: int, option: int, expected: int) -> float:
    elapsed = float(page.evaluate(CLICK_TO_PROGRESS, [f"{area + 1}.{n + 1}", option, expected, TOTAL]))
    wait_idle(page)
    return elapsed


def go_to_area(page: Any, step: int) -> None:
    page.evaluate(GO_TO_AREA, step)
    page.wait_for_function(
        """(code) => [...document.querySelectorAll('[data-testid="stWidgetLabel"]')]
             .some((l) => l.textContent.startsWith(code))""",
        arg=f"{step + 1}.1 ",
    )
    wait_idle(page)


@contextlib.contextmanager
def chromium() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        raise RuntimeError(f"{CHROMIUM} is missing")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


def click_to_progress(browser: Any, tmp: Path, items_per_area: int, warm: int = 2, clicks: int = 34) -> None:
    with (
        Server("app.py", tmp / "click.db") as app_server,
        Server("benchmarks/bare_fill_in.py", tmp / "bare.db") as bare_server,
    ):
        sides = [open_fill_in(browser, app_server.url), open_fill_in(browser, bare_server.url)]
        times: list[list[float]] = [[], []]
        for k in range(warm + clicks):
            area, n = divmod(k, items_per_area)
            if n == 0 and area > 0:
                for _, page in sides:
                    go_to_area(page, area)
            for side in (0, 1) if k % 2 == 0 else (1, 0):
                elapsed = click_answer(sides[side][1], area, n, k % 5, k + 1)
                if k >= warm:
                    times[side].append(elapsed)
        for context, _ in sides:
            context.close()
    for label, values in (("app", times[0]), ("bare", times[1])):
        note(f"click_to_progress {label}: " + " ".join(f"{v:.0f}" for v in values) + " ms")
    ratio_line("click_to_progress", median(times[0]), "ms", median(times[1]), 1.3)


def rss_settled(server: Server, readings: int = 3) -> float:
    """The median of a few readings a second apart, so one allocation burst does not count."""
    values = []
    for _ in range(readings):
        time.sleep(1)
        values.append(server.rss_mb())
    return median(values)


def memory_per_session(browser: Any, tmp: Path, sessions: int = 20) -> None:
    # One context with a page per session: each page has its own websocket and so its own
    # Streamlit session, and the pages share the browser's cache, so loading 20 is quicker.
    with Server("app.py", tmp / "memory.db") as server:
        context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="sv-SE")
        context.set_default_timeout(120_000)
        for n in range(sessions):
            page = context.new_page()
            page.goto(server.url)
            page.get_by_text(f"Besvarade: 0 av {TOTAL}").wait_for()
            wait_idle(page)
            click_answer(page, 0, 0, 3, 1)
            if n == 0:
                one = rss_settled(server)
        many = rss_settled(server)
        context.close()
    per_session = (many - one) / (sessions - 1)
    line("memory_per_session", per_session, "MB", one, "info", True, digits=2)
    note(f"server RSS: {one:.1f} MB with 1 session, {many:.1f} MB with {sessions}")


# --- the run ---------------------------------------------------------------------------------


def quiet_streamlit() -> None:
    """AppTest warns "missing ScriptRunContext" from the main thread; it means nothing here."""
    import logging

    from streamlit.runtime.scriptrunner_utils import script_run_context

    # A filter, not a level: Streamlit resets its loggers' levels when AppTest patches config.
    script_run_context._LOGGER.addFilter(lambda record: "ScriptRunContext" not in record.getMessage())
    logging.getLogger("streamlit").setLevel(logging.ERROR)


def main() -> int:
    os.chdir(ROOT)
    sys.path.insert(0, str(ROOT))
    machine()
    quiet_streamlit()
    share_bytecode_cache()
    with tempfile.TemporaryDirectory(prefix="bench-") as name:
        tmp = Path(name)
        os.environ["SJALVSKATTNING_DB"] = str(tmp / "apptest.db")
        q = questionnaire()
        steps: list[tuple[str, Callable[[], None]]] = [
            ("fill_in_rerun", lambda: fill_in_rerun(q)),
            ("results_page", lambda: results_page(q)),
            ("png_export", lambda: png_export(q)),
            ("png_first_export", lambda: png_first_export(q, tmp)),
            ("aggregate_scaling", lambda: aggregate_scaling(q)),
        ]
        for name_, step in steps:
            note(f"{name_} ...")
            try:
                step()
            except Exception as error:  # one broken figure must not hide the others
                print(f"{name_}: failed: {error}", flush=True)
        try:
            with chromium() as browser:
                for name_, browser_step in (
                    ("click_to_progress", lambda: click_to_progress(browser, tmp, len(q.areas[0].items))),
                    ("memory_per_session", lambda: memory_per_session(browser, tmp)),
                ):
                    note(f"{name_} ...")
                    try:
                        browser_step()
                    except Exception as error:
                        print(f"{name_}: failed: {error}", flush=True)
        except Exception as error:
            print(f"browser figures: failed: {error}", flush=True)
    note(f"done; load average {os.getloadavg()[0]:.2f} at the end")
    return 0


if __name__ == "__main__":
    sys.exit(main())
