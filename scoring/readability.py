"""Readability of Swedish text: LIX (läsbarhetsindex, Björnsson 1968).

LIX = words per sentence + 100 × the share of long words, where a long word has
more than six letters. A sentence ends at ".", "!", "?" or ":" (and at the end
of the text); a word is a run of letters or digits. Below 30 is very easy text,
40 is a newspaper, 50 is official prose, above 60 is dense bureaucratic text.
"""

from __future__ import annotations

import re

LONG_WORD = 6
_WORD = re.compile(r"[^\W_]+(?:[-–][^\W_]+)*")
_SENTENCE_END = re.compile(r"[.!?:]+(?=\s|$|[”’\"')])")


def lix(text: str) -> float:
    """The LIX of a text; 0.0 for a text without words."""
    words = _WORD.findall(text)
    if not words:
        return 0.0
    sentences = max(1, len([s for s in _SENTENCE_END.split(text) if _WORD.search(s)]))
    long_words = sum(1 for word in words if len(word.replace("-", "")) > LONG_WORD)
    return len(words) / sentences + 100 * long_words / len(words)


def word_count(text: str) -> int:
    return len(_WORD.findall(text))
