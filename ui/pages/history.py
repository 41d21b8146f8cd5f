from __future__ import annotations

from ui import history

history.render()
