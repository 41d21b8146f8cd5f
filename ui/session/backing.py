"""Where the session's values live: st.session_state, with the app's private keys in one dict.

Streamlit copies every session key into a fresh dict at each widget it draws (its
`filtered_state`), so every key costs every widget of every run: 20 to 60 µs a run per key
on this machine, measured against the baseline script with keys added. The keys named
"_…" (keys.py) are the app's bookkeeping, never bound to a widget: they live together
under the one key OWN. The other keys stay where widgets and tests find them.
"""

from __future__ import annotations

from collections.abc import Iterator, MutableMapping
from typing import Any, cast

import streamlit as st

OWN = "_own"  # the one session key holding the private keys' dict


def _private(key: str) -> bool:
    return key.startswith("_")


def _own() -> dict[str, Any]:
    found: dict[str, Any] = st.session_state.setdefault(OWN, {})
    return found


class _Session(MutableMapping[str, Any]):
    """The session's values by key; reads and writes go to the right home."""

    def _home(self, key: str) -> MutableMapping[str, Any]:
        if _private(key):
            return _own()
        return cast("MutableMapping[str, Any]", st.session_state)  # its keys may also be ints

    def __getitem__(self, key: str) -> Any:
        return self._home(key)[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self._home(key)[key] = value

    def __delitem__(self, key: str) -> None:
        del self._home(key)[key]

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and key in self._home(key)

    # Each home's own get, pop and setdefault: no KeyError raised and caught on a miss.
    def get(self, key: str, default: Any = None) -> Any:
        return self._home(key).get(key, default)

    def pop(self, key: str, default: Any = None) -> Any:
        return self._home(key).pop(key, default)

    def setdefault(self, key: str, default: Any = None) -> Any:
        return self._home(key).setdefault(key, default)

    def __iter__(self) -> Iterator[str]:
        yield from [str(key) for key in st.session_state if key != OWN]
        yield from list(_own())

    def __len__(self) -> int:
        return sum(1 for _ in self)


state = _Session()
