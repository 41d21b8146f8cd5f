from __future__ import annotations

from ui import round as round_page

round_page.render()
