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

import argparse
import contextlib
import functools
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "benchmarks"
sys.path.insert(0, str(ROOT))

from devtools.browser import CHROMIUM, CHROMIUM_ARGS, new_context, wait_idle  # noqa: E402
from devtools.server import Server  # noqa: E402

QUICK = "--quick" in sys.argv[1:]  # fewer repetitions, for a quick check; the recorded run is full
ONLY: set[str] = set()  # --only: the figures to measure; empty means all
# The answers the results page is measured with; benchmarks/bare_pages/results.py uses the same.
CYCLE = (4, 2, 5, 3, 1, 4, None)
TOTAL = 36
STARTED = time.monotonic()
# Every measuring step by the name --only takes, in the order a run measures them: the browser
# steps run the app and the bare script side by side, as two servers in one browser.
BROWSER_FIGURES = (
    "first_load", "click_to_progress", "next_area", "language_switch", "results_in_browser",
    "facilitator_view_30", "workshop",
)  # fmt: skip
FIGURES = (
    "fill_in_rerun", "results_page", "png_export", "png_first_export", "aggregate_scaling",
    *BROWSER_FIGURES, "memory_per_session",
)  # fmt: skip
# Printed figures that come out of another figure's step.
MEASURED_BY = {
    "server_cpu_per_answer": "click_to_progress",
    "workshop_30": "workshop",
    "workshop_30_address": "workshop",
}


def reps(full: int, quick: int) -> int:
    return quick if QUICK else full


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


def fill_in_rerun(q: Any, warm: int = 3) -> None:
    app, bare = app_test(ROOT / "app.py").run(), app_test(BENCH / "bare_fill_in.py").run()
    check(app, "the app")
    check(bare, "the bare fill-in")
    app_key, bare_key = f"q_{q.areas[0].items[0].id}", "q_0_0"
    app_times, bare_times = [], []
    # Interleaved, so a busy moment on the machine hits both sides alike.
    for n in range(warm + reps(39, 9)):
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
    ratio_line("fill_in_rerun", median(app_times) * 1000, "ms", median(bare_times) * 1000, 1.15)


def results_page(q: Any, warm: int = 2) -> None:
    app = app_test(ROOT / "app.py").run()
    check(app, "the app")
    app.session_state["answers"] = {k: (0 if v is None else v) for k, v in results_answers(q).items()}
    app.switch_page("ui/pages/results.py").run()
    bare = app_test(BENCH / "bare_fill_in.py").run()
    bare.switch_page("bare_pages/results.py").run()  # the baseline's navigation, as the app's
    check(app, "the results page")
    check(bare, "the bare results")
    for at in (app, bare):
        if len(at.get("vega_lite_chart")) != 2:
            raise RuntimeError("a results page did not draw its two charts")
    app_times, bare_times = [], []
    for n in range(warm + reps(21, 5)):
        a, b = timed_pair(n, app.run, bare.run)
        if n >= warm:
            app_times.append(a)
            bare_times.append(b)
    check(app, "the results page")
    ratio_line("results_page", median(app_times) * 1000, "ms", median(bare_times) * 1000, 1.5)


# --- 3: PNG export ---------------------------------------------------------------------------


def png_export(q: Any) -> None:
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
    for n in range(reps(12, 4)):
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


def png_first_export(q: Any, tmp: Path) -> None:
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
    for _ in range(reps(5, 2)):  # each in its own fresh process, interleaved
        app_times.append(fresh(app_code))
        bare_times.append(fresh(bare_code))
    value, baseline = median(app_times), median(bare_times)
    ratio_line("png_first_export", value, "s", baseline, 1.15, digits=2)


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
        times[size] = median([timed(functools.partial(aggregate, q, group)) for _ in range(runs)]) * 1000
    base = times[100]
    line("aggregate_100", times[100], "ms", base, "info", True, digits=2)
    line("aggregate_1000", times[1_000], "ms", base, "info", True, digits=2)
    line("aggregate_10000", times[10_000], "ms", base, "1 s", times[10_000] <= 1000, digits=2)
    ratio_line("aggregate_10x_growth", times[10_000], "ms", times[1_000], 12, digits=2)


# --- 5 to 12: a real server and Chromium ----------------------------------------------------
#
# Every page comes from devtools/browser.py's new_context, whose pages report Streamlit's own
# script runs to wait_idle; every wait is for an event or a condition in the page, never a time.

# Helpers for the conditions below: a statement's radio group by its code ("2.1"), the number
# of drawn Vega charts, a button or link by its text, and the text of the page.
HELPERS = """
const group = (code) => [...document.querySelectorAll('[data-testid="stRadio"]')].find((g) =>
  (g.querySelector('[data-testid="stWidgetLabel"]')?.textContent || "").startsWith(code + " "));
const charts = () => document.querySelectorAll('.vega-embed canvas.marks, .vega-embed svg.marks').length;
const press = (text) => [...document.querySelectorAll('button, a')].find((b) =>
  b.textContent.includes(text)).click();
const text = () => document.body.textContent;
// Focus is in area n: on its heading (where the app puts it) or in its first statement.
const inArea = (n) => {
  const a = document.activeElement;
  return !!a && ((a.tagName === 'H2' && a.innerText.trim().startsWith(n + '. ')) ||
    !!group(n + '.1')?.contains(a));
};
const shownFocused = (n, focus) => {
  const g = group(n + '.1');
  return !!g && g.getBoundingClientRect().height > 0 && (!focus || inArea(n));
};
"""

# Run `action` and resolve with the milliseconds until `condition` holds, both JS bodies
# with HELPERS in scope and `arg` given. Checked on every DOM change and focus move.
MEASURE = """async ([action, condition, arg]) => {
  const act = new Function("arg", HELPERS + action), done = new Function("arg", HELPERS + condition);
  return await new Promise((resolve, reject) => {
    let start = 0, over = false;
    const finish = () => {
      over = true; observer.disconnect(); document.removeEventListener("focusin", check);
    };
    const check = () => {
      if (over || !done(arg)) return;
      const elapsed = performance.now() - start;
      finish(); clearTimeout(timer); resolve(elapsed);
    };
    const timer = setTimeout(() => { finish(); reject(new Error("never held: " + condition)); }, 90000);
    const observer = new MutationObserver(check);
    observer.observe(document.body, {subtree: true, childList: true, characterData: true, attributes: true});
    document.addEventListener("focusin", check);
    start = performance.now();
    act(arg);
  });
}""".replace("HELPERS + ", "HELPERS_JS + ")


def measure(page: Any, action: str, condition: str, arg: object = None) -> float:
    return float(page.evaluate(MEASURE.replace("HELPERS_JS", json.dumps(HELPERS)), [action, condition, arg]))


def wait_for(page: Any, condition: str, arg: object = None) -> None:
    page.wait_for_function(f"(arg) => {{ {HELPERS} {condition} }}", arg=arg)


CLICK = (
    """const input = group(arg.code).querySelectorAll('input[type="radio"]')[arg.option]; input.click();"""
)
PROGRESS = "return text().includes(arg.want);"
FIRST_RADIO = """const g = group("1.1"); const i = g && g.querySelector('input[type="radio"]');
return !!i && !i.disabled;"""
GO_TO_AREA = """const nav = [...document.querySelectorAll('[data-testid="stRadio"]')].find((g) =>
  ["Område", "Area"].includes((g.querySelector('[data-testid="stWidgetLabel"]')?.textContent || "").trim()));
nav.querySelectorAll('input[type="radio"]')[arg].click();"""
LANGUAGE = """document.querySelector('[data-testid="stSidebar"] [data-testid="stRadio"]')
  .querySelectorAll('input[type="radio"]')[arg.index].click();"""
ALL_SHOWN = (
    "return arg.present.every((s) => text().includes(s)) && !arg.absent.some((s) => text().includes(s));"
)


@contextlib.contextmanager
def chromium() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        raise RuntimeError(f"{CHROMIUM} is missing")
    # Thirty pages answer at once in the workshop: none of them may be throttled as a background tab.
    args = [*CHROMIUM_ARGS, "--disable-background-timer-throttling", "--disable-renderer-backgrounding"]
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=args)
        try:
            yield browser
        finally:
            browser.close()


def open_page(context: Any, url: str) -> Any:
    page = context.new_page()
    page.goto(url)
    wait_for(page, FIRST_RADIO)
    wait_idle(page)
    return page


def click_answer(page: Any, area: int, n: int, option: int, expected: int) -> float:
    arg = {"code": f"{area + 1}.{n + 1}", "option": option, "want": f"Besvarade: {expected} av {TOTAL}"}
    elapsed = measure(page, CLICK, PROGRESS, arg)
    wait_idle(page)
    return elapsed


def go_to_area(page: Any, step: int) -> None:
    page.evaluate(f"(arg) => {{ {HELPERS} {GO_TO_AREA} }}", step)
    wait_for(page, "return !!group(arg);", f"{step + 1}.1")
    wait_idle(page)


def cpu_seconds(server: Server) -> float:
    """User and system CPU time of the server process so far, from /proc/<pid>/stat."""
    assert server.process is not None
    fields = Path(f"/proc/{server.process.pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def alternate(n: int) -> tuple[int, int]:
    return (0, 1) if n % 2 == 0 else (1, 0)


def click_to_progress(browser: Any, app: Server, bare: Server, items_per_area: int) -> None:
    """Answer clicks on both servers in turn; also the server CPU each click costs."""
    warm, clicks = 2, reps(34, 12)
    context = new_context(browser)
    pages = [open_page(context, app.url), open_page(context, bare.url)]
    servers = (app, bare)
    times: list[list[float]] = [[], []]
    # The CPU is read from one area's first timed click to its last, not around each click: the
    # clock counts in 10 ms ticks, about one click's work, so a click's own reading was 0 or 10 ms
    # and the ratio moved by about 0.14 from that alone. A window also holds the server's idle
    # time during the other side's clicks (its websocket pings, nothing measurable).
    cpu, since = [0.0, 0.0], [-1.0, -1.0]

    def settle() -> None:
        for side in (0, 1):
            if since[side] >= 0:
                cpu[side] += cpu_seconds(servers[side]) - since[side]
                since[side] = -1.0

    for k in range(warm + clicks):
        area, n = divmod(k, items_per_area)
        if n == 0 and area > 0:
            for page in pages:
                wait_idle(page)  # each run done, its work inside the window
            settle()
            for page in pages:
                go_to_area(page, area)
        for side in alternate(k):
            if k >= warm and since[side] < 0:
                since[side] = cpu_seconds(servers[side])
            elapsed = click_answer(pages[side], area, n, k % 5, k + 1)
            if k >= warm:
                times[side].append(elapsed)
    for page in pages:
        wait_idle(page)
    settle()
    context.close()
    for label, values in (("app", times[0]), ("bare", times[1])):
        note(f"click_to_progress {label}: " + " ".join(f"{v:.0f}" for v in values) + " ms")
    ratio_line("click_to_progress", median(times[0]), "ms", median(times[1]), 1.3)
    app_ms, bare_ms = cpu[0] / clicks * 1000, cpu[1] / clicks * 1000
    ratio_line("server_cpu_per_answer", app_ms, "ms", bare_ms, 1.3)
    if app_ms:
        print(
            f"server_cpu_per_answer: one core carries {5000 / app_ms:.0f} respondents clicking every 5 s "
            f"(bare script: {5000 / bare_ms if bare_ms else float('inf'):.0f})",
            flush=True,
        )


def first_load(browser: Any, app: Server, bare: Server) -> None:
    """A new browser context (empty cache, new session) until the first statement can be clicked."""

    def once(url: str) -> float:
        context = new_context(browser)
        page = context.new_page()
        start = time.perf_counter()
        page.goto(url, wait_until="commit")
        wait_for(page, FIRST_RADIO)
        elapsed = time.perf_counter() - start
        context.close()
        return elapsed

    once(app.url), once(bare.url)  # each server's first session pays its imports: not this figure
    times: list[list[float]] = [[], []]
    for n in range(reps(7, 3)):
        for side in alternate(n):
            times[side].append(once((app, bare)[side].url))
    note(
        "first_load s: app "
        + " ".join(f"{v:.2f}" for v in times[0])
        + " | bare "
        + " ".join(f"{v:.2f}" for v in times[1])
    )
    ratio_line("first_load", median(times[0]), "s", median(times[1]), 1.25, digits=2)


def next_area(browser: Any, app: Server, bare: Server) -> None:
    """ "Nästa område" until the next area's first statement is shown and focus is in that area.

    The app moves focus to the new area's heading, so a screen reader says where it landed
    before the statements (ui/a11y.py); the wait includes that move. Streamlit alone moves
    no focus, so the baseline is measured until shown.
    """
    context = new_context(browser)
    pages = [open_page(context, app.url), open_page(context, bare.url)]
    focus = []
    for page in pages:  # a first click, untimed: does focus move into the next area?
        page.evaluate(f"() => {{ {HELPERS} press('Nästa område'); }}")
        wait_for(page, "return !!group('2.1');")
        wait_idle(page)
        focus.append(bool(page.evaluate(f"() => {{ {HELPERS} return inArea(2); }}")))
        go_to_area(page, 0)
    times: list[list[float]] = [[], []]
    for cycle in range(reps(3, 1)):
        for step in range(1, 6):
            for side in alternate(cycle * 5 + step):
                arg = {"n": step + 1, "focus": focus[side]}
                times[side].append(
                    measure(
                        pages[side], "press('Nästa område');", "return shownFocused(arg.n, arg.focus);", arg
                    )
                )
                wait_idle(pages[side])
        for page in pages:
            go_to_area(page, 0)
    context.close()
    until = "until shown and focused" if focus[0] else "until shown: the app does not move focus"
    note(f"next_area: {until}; the baseline until shown")
    value, baseline = median(times[0]), median(times[1])
    line(f"next_area ({until})", value, "ms", baseline, "1.3", value / baseline <= 1.3)


def area_texts(q: Any, lg: str) -> list[str]:
    area = q.areas[0]
    texts = [area.title(lg), q.scale.points[0].label(lg), "Besvarade:" if lg == "sv" else "Answered:"]
    return texts + [f"1.{n} {item.text(lg)[:30]}" for n, item in enumerate(area.items, start=1)]


BARE_TEXTS = {
    "sv": ["1. Område nummer 1", "Stämmer inte alls", "Besvarade:", "1.1 Ett påstående om hur"],
    "en": ["1. Area number 1", "Not at all true", "Answered:", "1.1 A statement about how"],
}


def language_switch(browser: Any, app: Server, bare: Server, q: Any) -> None:
    """The sidebar's English until every label of the shown area is in English (and none in Swedish)."""
    texts = [{lg: area_texts(q, lg) for lg in ("sv", "en")}, BARE_TEXTS]
    context = new_context(browser)
    pages = [open_page(context, app.url), open_page(context, bare.url)]
    times: list[list[float]] = [[], []]

    def switch(side: int, to: str) -> float:
        other = "sv" if to == "en" else "en"
        arg = {"index": 1 if to == "en" else 0, "present": texts[side][to], "absent": texts[side][other]}
        elapsed = measure(pages[side], LANGUAGE, ALL_SHOWN, arg)
        wait_idle(pages[side])
        return elapsed

    for side in (0, 1):  # warm-up: each side's first English run
        switch(side, "en"), switch(side, "sv")
    for n in range(reps(9, 3)):
        for side in alternate(n):
            times[side].append(switch(side, "en"))
            switch(side, "sv")
    context.close()
    ratio_line("language_switch", median(times[0]), "ms", median(times[1]), 1.3)


SEE = "Se resultatet"
LINK_SHOWN = "return [...document.querySelectorAll('a')].some((l) => l.textContent.includes(arg));"


def results_in_browser(browser: Any, app: Server, bare: Server, q: Any, draft: str) -> None:
    """From "Se resultatet" on the last area until both charts are drawn (a new session each time)."""
    context = new_context(browser)
    urls = (f"{app.url}/?utkast={draft}", bare.url)

    def once(side: int) -> float:
        page = open_page(context, urls[side])
        go_to_area(page, len(q.areas) - 1)
        wait_for(page, LINK_SHOWN, SEE)
        elapsed = measure(page, "press('Se resultatet');", "return charts() >= 2;")
        page.close()
        return elapsed

    once(0), once(1)  # warm-up: the first charts of each server
    times: list[list[float]] = [[], []]
    for n in range(reps(7, 2)):
        for side in alternate(n):
            times[side].append(once(side))
    context.close()
    ratio_line("results_in_browser", median(times[0]), "ms", median(times[1]), 1.3)


def seed_round(db: Path, q: Any, responses: int = 30) -> str:
    """A round with `responses` answers through the store's own API; its facilitator token."""
    from scoring.results import ROLES, new_result
    from scoring.store import Store
    from scoring.store.rounds import Rounds

    rounds = Rounds(Store(db))
    links = rounds.create("Benchkommun", personal_links=responses)
    rng = random.Random(30)
    for n, token in enumerate(links.personal_tokens):
        answers = {item.id: rng.choice((1, 2, 3, 4, 5, None)) for item in q.items}
        result = new_result(q, answers, "Benchkommun", ROLES[n % len(ROLES)])
        if not rounds.submit(token, result, q):
            raise RuntimeError("a seeded response was refused")
    return links.facilitator_token


def facilitator_view(browser: Any, app: Server, bare: Server, token: str) -> None:
    """Opening the facilitator link of a 30-response round until the team chart is drawn."""
    context = new_context(browser)
    urls = (f"{app.url}/runda?leda={token}", f"{bare.url}/runda")

    def once(side: int) -> float:
        page = context.new_page()
        start = time.perf_counter()
        page.goto(urls[side], wait_until="commit")
        wait_for(page, "return charts() >= 1;")
        elapsed = time.perf_counter() - start
        page.close()
        return elapsed

    once(0), once(1)
    times: list[list[float]] = [[], []]
    for n in range(reps(7, 2)):
        for side in alternate(n):
            times[side].append(once(side))
    context.close()
    ratio_line("facilitator_view_30", median(times[0]), "s", median(times[1]), 1.5, digits=2)


# One person: think, click the next statement of the first area, wait for the progress; six times.
PERSON = """async ([thinks, total]) => {
  const HELPERS_JS_BODY
  const clicks = [];
  for (let n = 0; n < thinks.length; n++) {
    await new Promise((r) => setTimeout(r, thinks[n]));  // the person reads and thinks
    const want = `Besvarade: ${n + 1} av ${total}`;
    const start = performance.now();
    group("1." + (n + 1)).querySelectorAll('input[type="radio"]')[n % 5].click();
    await new Promise((resolve, reject) => {
      const timer = setTimeout(() => { o.disconnect(); reject(new Error("no " + want)); }, 120000);
      const o = new MutationObserver(() => {
        if (text().includes(want)) { o.disconnect(); clearTimeout(timer); resolve(); }
      });
      o.observe(document.body, {subtree: true, childList: true, characterData: true});
    });
    clicks.push(performance.now() - start);
  }
  return clicks;
}"""


# What the app's page script does at a first answer (ui/a11y.py), for the bare script's pages: a
# token into the address with history.replaceState, at the click, before Streamlit sends it. Only
# the click path the benchmark uses (input.click()); the app's also covers pointers and keys.
ADDRESS_AT_FIRST_ANSWER = """document.addEventListener('click', (event) => {
  const box = event.target.closest && event.target.closest('[data-testid="stRadio"]');
  if (!box || box.querySelector('[data-testid="stRadioOption"][data-selected="true"]')) return;
  const url = new URL(location.href);
  if (url.searchParams.has('utkast')) return;
  url.searchParams.set('utkast', Math.random().toString(36).slice(2));
  history.replaceState(history.state, '', url);
}, true);"""


def workshop_load(
    browser: Any, server: Server, people: int, answers: int, seed: int, address: bool = False
) -> tuple[list[float], int]:
    """`people` pages answering at once at a human pace; click-to-progress times and errors.
    With `address`, each page also puts a token into its address at its first answer."""
    rng = random.Random(seed)
    context = new_context(browser)
    if address:
        context.add_init_script(ADDRESS_AT_FIRST_ANSWER)
    pages = [open_page(context, server.url) for _ in range(people)]
    person = PERSON.replace("const HELPERS_JS_BODY", HELPERS)
    start = (
        "([thinks, total]) => { window.__workshop = null; (" + person + ")([thinks, total])"
        ".then((r) => { window.__workshop = {clicks: r}; },"
        " (e) => { window.__workshop = {error: String(e)}; }); }"
    )
    for page in pages:  # the same schedule for the app and the baseline: the same seed
        thinks = [rng.uniform(0, 3000)] + [rng.uniform(1500, 6000) for _ in range(answers - 1)]
        page.evaluate(start, [thinks, TOTAL])
    clicks: list[float] = []
    errors = 0
    for page in pages:
        page.wait_for_function("() => window.__workshop !== null")
        outcome = page.evaluate("() => window.__workshop")
        if "error" in outcome:
            errors += 1
            note(f"workshop: a page failed: {outcome['error']}")
        else:
            clicks += outcome["clicks"]
        wait_idle(page)
        errors += page.locator('[data-testid="stException"]').count()
    context.close()
    return clicks, errors


def stored_answers(db: Path, since: str) -> list[int]:
    """How many answers each draft made at or after `since` holds (a draft is made at a first answer)."""
    import sqlite3

    with contextlib.closing(sqlite3.connect(db)) as conn:
        rows = conn.execute(
            "SELECT count(a.item_id) FROM drafts d LEFT JOIN draft_answers a ON a.token = d.token "
            "WHERE d.created_at >= ? GROUP BY d.token",
            (since,),
        ).fetchall()
    return [n for (n,) in rows]


def workshop(browser: Any, app: Server, bare: Server, people: int, answers: int = 6) -> None:
    from scoring.store.database import iso, now  # the store's own time format, for `since`

    # Three sides: the app (0), the bare script (1), and the bare script whose pages also put a
    # token into their address at the first answer, as the app's page does (2). The third is not a
    # target: it shows how much of the app's tail that address change alone makes (BENCHMARKS.md).
    # Each schedule is run by all three. In a full run the app goes first in two and last in two,
    # before the bare script in two and after it in two, and each bare side goes first once: a drift over the
    # rounds (the machine, the browser's caches) hits every side alike. Four schedules, not two:
    # the same side, schedule and code gave a p95 of 257 ms in one round and 645 ms in another.
    # First one round a side that is not timed, like every other figure's warm-up: a room's first
    # round is the browser's first thirty pages at once, and the side that went first paid for it
    # (p95 1,186 ms against 445 to 247 in its later rounds, BENCHMARKS.md). Its answers are checked.
    clicks: tuple[list[float], ...] = ([], [], [])
    warm_up: tuple[list[float], ...] = ([], [], [])
    errors, lost, full = [0, 0, 0], 0, 0
    orders = ((0, 1, 2), (2, 1, 0), (1, 2, 0), (0, 2, 1))[: 2 if QUICK else 4]
    schedule = [(side, 14) for side in (1, 0, 2)]
    schedule += [(side, 15 + n) for n, order in enumerate(orders) for side in order]
    for n, (side, seed) in enumerate(schedule):
        since = iso(now())
        server = app if side == 0 else bare
        got, failed = workshop_load(browser, server, people, answers, seed=seed, address=side == 2)
        (warm_up if n < 3 else clicks)[side].extend(got)
        errors[side] += failed
        if side == 0:
            drafts = stored_answers(app.db, since)
            full += sum(1 for k in drafts if k >= answers)
            lost += people * answers - sum(min(k, answers) for k in drafts)
    p95 = lambda v: statistics.quantiles(v, n=20)[-1] if len(v) > 1 else float("nan")  # noqa: E731
    value, baseline, address = p95(clicks[0]), p95(clicks[1]), p95(clicks[2])
    ok = value / baseline <= 1.5 and errors[0] == 0 and lost == 0
    line(f"workshop_{people} (p95 click-to-progress)", value, "ms", baseline, "1.5", ok)
    name = f"workshop_{people}_address (p95, bare script + address change)"
    line(name, address, "ms", baseline, "info", ok=True)
    print(
        f"workshop_{people}: {len(clicks[0])} clicks in {len(orders)} rounds, errors {errors[0]} "
        f"(bare {errors[1]}, with the address change {errors[2]}), answers lost {lost}, drafts with all "
        f"{answers}: {full} of {(len(orders) + 1) * people}, median {median(clicks[0]):.0f} ms (bare "
        f"{median(clicks[1]):.0f}); the app against the bare script with the address change: ratio "
        f"{value / address:.2f}; warm-up round p95 {p95(warm_up[0]):.0f} ms (bare {p95(warm_up[1]):.0f})",
        flush=True,
    )


def memory_per_session(browser: Any, server: Server, sessions: int) -> None:
    # One context with a page per session: each page has its own websocket and so its own
    # Streamlit session, and the pages share the browser's cache, so loading many is quicker.
    context = new_context(browser)
    for n in range(sessions):
        page = open_page(context, server.url)
        click_answer(page, 0, 0, 3, 1)
        if n == 0:
            one = rss_settled(server)
    many = rss_settled(server)
    context.close()
    per_session = (many - one) / (sessions - 1)
    line("memory_per_session", per_session, "MB", one, "info", True, digits=2)
    note(f"server RSS: {one:.1f} MB with 1 session, {many:.1f} MB with {sessions}")


def rss_mb(server: Server) -> float:
    assert server.process is not None
    for row in Path(f"/proc/{server.process.pid}/status").read_text().splitlines():
        if row.startswith("VmRSS:"):
            return int(row.split()[1]) / 1024
    raise RuntimeError("no VmRSS for the server")


def rss_settled(server: Server, readings: int = 3) -> float:
    """The median of a few readings a second apart, so one allocation burst does not count."""
    values = []
    for _ in range(readings):
        time.sleep(1)  # a sampling interval for a memory reading, not a wait for the page
        values.append(rss_mb(server))
    return median(values)


def seed_draft(db: Path, q: Any) -> str:
    from scoring.store import Store

    return Store(db).new_draft(answers=results_answers(q), organisation="Benchkommun")


def browser_figures(q: Any, tmp: Path) -> None:
    if any(wanted(name) for name in BROWSER_FIGURES):
        side_by_side(q, tmp)
    if not wanted("memory_per_session"):
        return
    with chromium() as browser, Server(tmp / "memory.db", "app.py") as server:
        note("memory_per_session ...")
        try:
            memory_per_session(browser, server, reps(20, 5))
        except Exception as error:
            print(f"memory_per_session: failed: {error}", flush=True)


def side_by_side(q: Any, tmp: Path) -> None:
    """The figures that run the app and the bare script as two servers, in one browser."""
    token, draft = seed_round(tmp / "app.db", q), seed_draft(tmp / "app.db", q)
    steps: list[tuple[str, Callable[[Any, Server, Server], None]]] = [
        ("first_load", first_load),
        ("click_to_progress", lambda b, a, s: click_to_progress(b, a, s, len(q.areas[0].items))),
        ("next_area", next_area),
        ("language_switch", lambda b, a, s: language_switch(b, a, s, q)),
        ("results_in_browser", lambda b, a, s: results_in_browser(b, a, s, q, draft)),
        ("facilitator_view_30", lambda b, a, s: facilitator_view(b, a, s, token)),
        ("workshop", lambda b, a, s: workshop(b, a, s, reps(30, 10))),
    ]
    with (
        chromium() as browser,
        Server(tmp / "app.db", "app.py") as app,
        Server(tmp / "bare.db", "benchmarks/bare_fill_in.py") as bare,
    ):
        for name, step in steps:
            if not wanted(name):
                continue
            note(f"{name} ...")
            try:
                step(browser, app, bare)
            except Exception as error:  # one broken figure must not hide the others
                print(f"{name}: failed: {error}", flush=True)


# --- the run ---------------------------------------------------------------------------------


def quiet_streamlit() -> None:
    """AppTest warns "missing ScriptRunContext" from the main thread; it means nothing here."""
    import logging

    from streamlit.runtime.scriptrunner_utils import script_run_context

    # A filter, not a level: Streamlit resets its loggers' levels when AppTest patches config.
    script_run_context._LOGGER.addFilter(lambda record: "ScriptRunContext" not in record.getMessage())
    logging.getLogger("streamlit").setLevel(logging.ERROR)


def parse_args(argv: list[str]) -> argparse.Namespace:
    """--help prints the docstring and stops; an unknown option stops with exit 2 before any run starts."""
    parser = argparse.ArgumentParser(
        prog="benchmarks/run.py", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="fewer repetitions: a check, not a recorded run")
    parser.add_argument(
        "--only",
        metavar="NAME[,NAME]",
        type=lambda text: {name.strip() for name in text.split(",") if name.strip()},
        default=set(),
        help=f"measure only these (a check, not a recorded run): {', '.join([*FIGURES, *MEASURED_BY])}",
    )
    args = parser.parse_args(argv)
    aggregate = {name: "aggregate_scaling" for name in args.only if name.startswith("aggregate_")}
    args.only = {MEASURED_BY.get(name, aggregate.get(name, name)) for name in args.only}
    if unknown := args.only - set(FIGURES):
        parser.error(f"no such figure: {', '.join(sorted(unknown))}")
    return args


def wanted(name: str) -> bool:
    return not ONLY or name in ONLY


def main() -> int:
    ONLY.update(parse_args(sys.argv[1:]).only)
    os.chdir(ROOT)
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
            if not wanted(name_):
                continue
            note(f"{name_} ...")
            try:
                step()
            except Exception as error:  # one broken figure must not hide the others
                print(f"{name_}: failed: {error}", flush=True)
        try:
            browser_figures(q, tmp)
        except Exception as error:
            print(f"browser figures: failed: {error}", flush=True)
    note(f"done; load average {os.getloadavg()[0]:.2f} at the end")
    return 0


if __name__ == "__main__":
    sys.exit(main())
