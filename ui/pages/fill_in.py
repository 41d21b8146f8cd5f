from __future__ import annotations

from ui import fill_in

fill_in.render()
