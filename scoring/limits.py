"""Limits on what anonymous visitors may create, so nobody can fill the disk.

Drafts, team rounds and imports each have a ceiling per hour for one
session and for the whole server. The counting is pure: `RateCounter` takes
its clock from the caller, so tests move time by hand, and the shell keeps
one counter for the process.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Literal

Kind = Literal["drafts", "rounds", "imports"]
Scope = Literal["session", "server"]
KINDS: tuple[Kind, ...] = ("drafts", "rounds", "imports")
WINDOW_S = 3600.0  # the limits count the last hour


@dataclass(frozen=True)
class Limit:
    per_session: int  # per hour from one browser session
    per_server: int  # per hour from everyone together


@dataclass(frozen=True)
class Limits:
    drafts: Limit = Limit(30, 1000)
    rounds: Limit = Limit(5, 100)
    imports: Limit = Limit(20, 300)

    def of(self, kind: Kind) -> Limit:
        limit: Limit = getattr(self, kind)
        return limit


DEFAULT_LIMITS = Limits()


def parse_limits(text: str) -> Limits:
    """Limits from text such as "drafts=30/1000, rounds=5/100" (per session / per server, per hour).

    A kind left out keeps its default. Raises ValueError with one sentence.
    """
    limits = DEFAULT_LIMITS
    for part in (p.strip() for p in text.split(",")):
        if not part:
            continue
        name, _, value = part.partition("=")
        name = name.strip()
        session, slash, server = value.partition("/")
        if name not in KINDS or not slash or not session.strip().isdigit() or not server.strip().isdigit():
            raise ValueError(
                f"{part!r} is not a limit; write kind=SESSION/SERVER with kind one of {', '.join(KINDS)}, "
                "e.g. drafts=30/1000."
            )
        limits = replace(limits, **{name: Limit(int(session), int(server))})
    return limits


def describe(limits: Limits) -> str:
    """The limits as `parse_limits` reads them."""
    return ",".join(f"{k}={limits.of(k).per_session}/{limits.of(k).per_server}" for k in KINDS)


class RateCounter:
    """Counts events per kind over a sliding window, for each session and for the server.

    Thread-safe: Streamlit runs sessions in threads of one process.
    """

    def __init__(self, clock: Callable[[], float] = time.monotonic, window: float = WINDOW_S) -> None:
        self._clock = clock
        self._window = window
        self._lock = threading.Lock()
        self._events: dict[tuple[Kind, str | None], deque[float]] = {}

    def take(self, kind: Kind, session: str, limit: Limit) -> Scope | None:
        """Count one event if both limits allow it; else the scope whose limit was reached."""
        with self._lock:
            moment = self._clock()
            mine, everyone = self._recent(kind, session, moment), self._recent(kind, None, moment)
            if len(mine) >= limit.per_session:
                return "session"
            if len(everyone) >= limit.per_server:
                return "server"
            mine.append(moment)
            everyone.append(moment)
            return None

    def _recent(self, kind: Kind, session: str | None, moment: float) -> deque[float]:
        events = self._events.setdefault((kind, session), deque())
        while events and events[0] <= moment - self._window:
            events.popleft()
        if not events and session is not None:
            # A session gone quiet for an hour takes no memory.
            del self._events[(kind, session)]
            events = self._events.setdefault((kind, session), deque())
        return events
