"""ui/a11y.py's script reaches the browser: Streamlit passes st.html through DOMPurify, which
drops a whole <script> whose text looks like markup (a "<" then a letter, "/" or "!")."""

from __future__ import annotations

import re

from ui.a11y import SCRIPT


def test_the_script_holds_nothing_the_sanitiser_would_take_for_markup() -> None:
    body = SCRIPT.strip().removeprefix("<script>").removesuffix("</script>")
    assert not re.findall(r"<[/\w!].{0,30}", body)
