from __future__ import annotations

from ui import method

method.render()
