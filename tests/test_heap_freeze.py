"""ui.state.freeze_heap_once: the modules' objects leave the collector's view once per server."""

from __future__ import annotations

import gc
import sys

from ui.state import freeze_heap_once


def test_the_heap_is_frozen_once_with_every_page_s_module_loaded() -> None:
    freeze_heap_once(["ui.results", "ui.round", "ui.history"])
    frozen = gc.get_freeze_count()
    assert frozen > 0
    assert {"ui.results", "ui.round", "ui.history"} <= set(sys.modules)
    later = [[n] for n in range(1000)]  # new objects, after the freeze
    freeze_heap_once(["ui.compare"])
    assert gc.get_freeze_count() == frozen and later
