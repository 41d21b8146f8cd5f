"""Connections to one store file, kept open between uses.

Opening a connection and setting its PRAGMAs took 0.16 ms of the 0.27 ms that one
answer's write takes on its own, so every answer click reuses an open one instead.
A connection is reused only while the file it was opened on is still the file at the
store's path: a store deleted or replaced under a running app must fail the way a new
connection fails, not go on writing into a file nobody will ever read.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

FileId = tuple[int, int]
# Idle connections kept per store; a busy moment's extra ones are closed when they come back.
KEEP = 4


def file_id(path: Path) -> FileId | None:
    """Which file is at `path` now (device and inode); None when there is none."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_dev, info.st_ino


class Pool:
    """Idle connections, each with the file it was opened on. Used by one thread at a time each."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._idle: list[tuple[sqlite3.Connection, FileId]] = []
        self._lock = threading.Lock()

    def take(self, open_: Callable[[Path], sqlite3.Connection]) -> tuple[sqlite3.Connection, FileId | None]:
        """An idle connection to the file now at the path, else a new one from `open_`."""
        here = file_id(self._path)
        found, stale = None, []
        with self._lock:
            while self._idle and found is None:
                conn, opened_on = self._idle.pop()
                if opened_on == here:
                    found = conn
                else:
                    stale.append(conn)
        for conn in stale:
            conn.close()
        if found is not None:
            return found, here
        conn = open_(self._path)
        return conn, file_id(self._path)

    def give_back(self, conn: sqlite3.Connection, opened_on: FileId | None) -> None:
        """Keep a connection for the next use; close it if it is mid-transaction or not wanted."""
        if opened_on is not None and not conn.in_transaction:
            with self._lock:
                if len(self._idle) < KEEP:
                    self._idle.append((conn, opened_on))
                    return
        conn.close()

    def close(self) -> None:
        with self._lock:
            idle, self._idle = self._idle, []
        for conn, _ in idle:
            conn.close()
