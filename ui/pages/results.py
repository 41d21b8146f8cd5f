from __future__ import annotations

from ui import results

results.render()
