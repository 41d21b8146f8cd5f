"""Charts on screen: each Vega-Lite spec built once per set of data, for every session.

Building an Altair chart and validating its spec costs far more than drawing it: the
facilitator's view of a thirty-person round spent about a second of each rerun there.
The core's chart builders (scoring/charts.py, team_charts.py, trend.py) stay the one
source of every chart; this module only remembers their output.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any, Literal

import streamlit as st

from scoring.model import Questionnaire

Spec = dict[str, Any]
# Every questionnaire a key has named, kept alive: a freed one's id could be given to the next
# one loaded (after questions.yaml is edited), which would then find the old one's charts.
_NAMED: dict[int, Questionnaire] = {}


def spec(build: Callable[..., Any], *args: object, **options: object) -> Spec:
    """`build(*args, **options).to_dict()`, computed once per distinct arguments.

    The key is the arguments' repr, which for the core's frozen dataclasses and plain
    data holds all they contain; the questionnaire counts by identity (a new one is loaded
    whenever questions.yaml changes), and is kept so that its identity is never reused.
    """
    for arg in args:
        if isinstance(arg, Questionnaire):
            _NAMED.setdefault(id(arg), arg)
    key = repr((tuple(id(arg) if isinstance(arg, Questionnaire) else arg for arg in args), options))
    return _spec(f"{build.__module__}.{build.__qualname__}", key, partial(build, *args, **options))


@st.cache_data(max_entries=512, show_spinner=False)
def _spec(name: str, key: str, _build: Callable[[], Any]) -> Spec:
    # Streamlit hashes name and key for the cache; the underscored builder it leaves alone.
    return dict(_build().to_dict())


def draw(chart: Spec, width: Literal["stretch", "content"] | int | None = "stretch") -> None:
    """Draw a spec; width None is Streamlit's default, which stretches all but faceted charts."""
    st.vega_lite_chart(chart, theme=None, width=width)
