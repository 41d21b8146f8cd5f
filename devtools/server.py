"""A real `streamlit run` on a free port, for the browser tests and the benchmarks."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
START_SECONDS = 120.0  # generous: a busy 2-core machine starts Streamlit slowly


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_until_answering(process: subprocess.Popen[bytes], url: str, log: Path) -> bool:
    """Poll `url` until it answers 200 (True) or START_SECONDS pass (False); fail if the process exits."""
    deadline = time.monotonic() + START_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            detail = log.read_text(encoding="utf-8", errors="replace")[-2000:]
            raise RuntimeError(f"{process.args!r} exited while starting: {detail}")
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                if response.status == 200:
                    return True
        except OSError:
            time.sleep(0.2)  # polling a socket that is not listening yet; no assertion follows
    return False


def stop_process(process: subprocess.Popen[bytes] | None) -> None:
    """Terminate a started process, and kill it when it does not end within 30 s."""
    if process is not None and process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


class Server:
    """One Streamlit process; `start()` returns once its health endpoint answers."""

    def __init__(
        self,
        db: Path,
        script: str = "app.py",
        env: dict[str, str] | None = None,
        host: str = "127.0.0.1",
        cwd: Path = ROOT,
        extra_args: tuple[str, ...] = (),
    ) -> None:
        self.db = db
        self.script = script
        self.extra_env = dict(env or {})
        self.host = host
        self.cwd = cwd
        self.extra_args = extra_args
        self.port = free_port()
        self.url = f"http://{host}:{self.port}"
        self.process: subprocess.Popen[bytes] | None = None
        # The server's own output, for tests that read the log (never a pipe: a full pipe blocks it).
        self.log = db.with_name(f"{db.stem}-server.log")

    def start(self) -> Server:
        env = {**os.environ, "SJALVSKATTNING_DB": str(self.db), **self.extra_env}
        command = [
            sys.executable, "-m", "streamlit", "run", self.script,
            "--server.port", str(self.port), "--server.address", "127.0.0.1",
            "--server.headless", "true", "--browser.gatherUsageStats", "false",
            # Others may edit the sources meanwhile: no watcher, so no "source changed" reruns.
            "--server.fileWatcherType", "none", "--server.runOnSave", "false",
            *self.extra_args,
        ]  # fmt: skip
        with self.log.open("ab") as log:
            self.process = subprocess.Popen(command, cwd=self.cwd, env=env, stdout=log, stderr=log)
        self._wait_healthy()
        return self

    def _wait_healthy(self) -> None:
        assert self.process is not None
        if not wait_until_answering(self.process, f"{self.url}/_stcore/health", self.log):
            self.stop()
            raise RuntimeError(f"streamlit run {self.script} did not become healthy in {START_SECONDS:.0f} s")

    def stop(self) -> None:
        stop_process(self.process)

    def restart(self) -> None:
        self.stop()
        self.start()

    def __enter__(self) -> Server:
        return self.start()

    def __exit__(self, *_: object) -> None:
        self.stop()
