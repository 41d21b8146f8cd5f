"""Bounded work on input nobody vouches for: JSON text, files named on a command line, text shown back.

Every check here costs time linear in the input, so one hostile upload cannot
hold a server thread for minutes, and every refusal is a `BoundsError` that the
caller turns into its own one sentence.
"""

from __future__ import annotations

import json
import os
import re
import stat
from collections.abc import Callable
from itertools import accumulate
from pathlib import Path
from typing import Any

MAX_DEPTH = 20  # the deepest real file (a history file's snapshot) nests 7 levels
MAX_DIGITS = 10  # an answer is 1..5 and a version a small number; nothing needs more
SHOWN = 80  # characters of someone else's text quoted back in a message

_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
# C0 and C1 control characters and DEL: a terminal may act on them (colours, cursor moves, titles).
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


class BoundsError(ValueError):
    """Input refused before or while it is parsed. `reason` is one of:
    depth, number, unicode, duplicate (with `detail`: the key), not_json (with `line`)."""

    def __init__(self, reason: str, detail: str = "", line: int = 1) -> None:
        self.reason = reason
        self.detail = detail
        self.line = line
        super().__init__(f"{reason}: {detail}" if detail else reason)


def load_json(text: str, *, max_depth: int = MAX_DEPTH, constants: bool = False) -> Any:
    """json.loads with bounds: nesting depth, integer length, duplicate keys, lone surrogates.

    NaN and Infinity are refused as not JSON unless `constants`. Raises BoundsError only.
    """
    if nesting_depth(text) > max_depth:
        raise BoundsError("depth")
    constant = float if constants else _refuse_constant
    try:
        data = json.loads(
            text, parse_int=_bounded_int, parse_constant=constant, object_pairs_hook=_unique_keys
        )
    except BoundsError:
        raise
    except json.JSONDecodeError as exc:
        raise BoundsError("not_json", line=exc.lineno) from exc
    except (ValueError, RecursionError) as exc:
        raise BoundsError("not_json") from exc
    _check_text(data)
    return data


def nesting_depth(text: str) -> int:
    """The deepest nesting of [ and { outside strings, in linear time and without recursion."""
    brackets = _NOT_BRACKET.sub("", _STRING.sub("", text))
    return max(accumulate(1 if ch in "[{" else -1 for ch in brackets), default=0)


def _bounded_int(digits: str) -> int:
    if len(digits.lstrip("-")) > MAX_DIGITS:
        raise BoundsError("number", detail=shorten(digits, 20))
    return int(digits)


def _refuse_constant(name: str) -> Any:
    raise BoundsError("not_json", detail=name)


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    # A key given twice would silently keep the last value; refuse the file instead. Linear: one dict.
    data = dict(pairs)
    if len(data) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise BoundsError("duplicate", detail=key)
            seen.add(key)
    return data


def _check_text(data: Any) -> None:
    """Refuse a lone surrogate (an escaped half of a pair) anywhere: it cannot be printed or stored."""
    stack = [data]
    while stack:
        value = stack.pop()
        if isinstance(value, str):
            if _SURROGATE.search(value):
                raise BoundsError("unicode")
        elif isinstance(value, dict):
            stack.extend(value.keys())
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)


def has_surrogate(text: str) -> bool:
    return _SURROGATE.search(text) is not None


# --- text shown back ------------------------------------------------------------------


def shorten(text: str, limit: int = SHOWN) -> str:
    """Someone else's text cut to `limit` characters, with "…" when cut."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def printable(text: str) -> str:
    """Text safe to print on a terminal: control characters and lone surrogates become "?"."""
    return _SURROGATE.sub("?", _CONTROL.sub("?", text))


def quoted(text: str, limit: int = SHOWN) -> str:
    """Someone else's text for a one-line message: cut, on one line, printable."""
    return printable(shorten(text, limit))


# --- files named by an operator --------------------------------------------------------


class NotRegularFileError(OSError):
    """A FIFO, device or folder where a file was expected; refused before a byte is read."""


def read_regular(
    path: str | Path, limit: int, *, on_large: Callable[[int], Exception] | None = None
) -> bytes:
    """At most limit + 1 bytes of a regular file; a FIFO, device or folder is refused unread.

    O_NONBLOCK: opening a FIFO with no writer would otherwise wait for ever. With
    `on_large`, a file larger than `limit` raises what it returns (given the size).
    """
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise NotRegularFileError(0, "not a regular file", str(path))
        if on_large is not None and info.st_size > limit:
            raise on_large(info.st_size)
        os.set_blocking(fd, True)
        chunks: list[bytes] = []
        left = limit + 1
        while left > 0 and (chunk := os.read(fd, min(left, 1 << 20))):
            chunks.append(chunk)
            left -= len(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)
