from __future__ import annotations

from ui import compare

compare.render()
