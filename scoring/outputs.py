"""Where a CLI verb may write, and how: the one helper every verb that writes a file uses.

An output is refused before anything is written when it is a symbolic link, a
device node, a FIFO or a folder, one of the verb's own inputs, or the store or
one of SQLite's files beside it (-wal, -journal, -shm). It is written whole or
not at all: a temporary file in the same folder, then one rename, so a failed
write leaves no empty or half-written file behind.
"""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Iterable
from pathlib import Path

from scoring.bounds import quoted
from scoring.errors import ScoringError

STORE_SIDE_FILES = ("-wal", "-journal", "-shm")


class OutputError(ScoringError):
    """The output cannot be written there; the sentence names it and says what to do."""


def check_output(
    out: str | Path, *, inputs: Iterable[str | Path] = (), store: str | Path | None = None
) -> Path:
    """The output path, once it is known to be safe to write; OutputError otherwise."""
    out = Path(out)
    name = quoted(str(out), 200)
    try:
        info: os.stat_result | None = os.lstat(out)
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise OutputError(f"The output {name} cannot be checked ({exc.strerror}).") from exc
    if info is not None and stat.S_ISLNK(info.st_mode):
        raise OutputError(f"The output {name} is a symbolic link; name the file itself.")
    if info is not None and not stat.S_ISREG(info.st_mode):
        raise OutputError(f"The output {name} is not a regular file (a device, FIFO or folder).")
    if store is not None:
        db = Path(store)
        if any(_same(out, candidate) for candidate in (db, *(Path(f"{db}{s}") for s in STORE_SIDE_FILES))):
            raise OutputError(f"The output {name} is the store itself or one of its files; choose another.")
    if any(_same(out, Path(source)) for source in inputs):
        raise OutputError(f"The output {name} is one of the inputs; choose another file.")
    return out


def write_atomic(out: str | Path, data: str | bytes) -> None:
    """Write the whole file or nothing: a temporary file beside it, flushed, then renamed over it."""
    out = Path(out)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    fd, temporary = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".partial", dir=out.parent or ".")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, 0o644)  # mkstemp's 0600 would hide a report from its readers
        os.replace(temporary, out)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def write_output(
    out: str | Path,
    data: str | bytes,
    *,
    inputs: Iterable[str | Path] = (),
    store: str | Path | None = None,
) -> Path:
    """check_output, then write_atomic: what every verb that writes a file calls."""
    path = check_output(out, inputs=inputs, store=store)
    write_atomic(path, data)
    return path


def _same(a: Path, b: Path) -> bool:
    try:
        if a.resolve() == b.resolve():
            return True
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except (OSError, RuntimeError):  # RuntimeError: a symlink loop
        return False
