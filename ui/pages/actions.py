from __future__ import annotations

from ui import actions

actions.render()
