from __future__ import annotations

from ui import accessibility

accessibility.render()
