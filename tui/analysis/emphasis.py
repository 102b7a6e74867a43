"""Within-pair emphasis: the words and figures one claim has and its partners lack.

Like a diff's within-line emphasis, so a reader sees *what* differs in a pair without
reading both sentences twice. Function words are never marked; other words match on a
short lowercase prefix once an ending is dropped (``"betrayal"`` ~ ``"betrays"``),
figures (words with a digit) match exactly. Pure Python: spans are offsets into the claim's text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from tui.nlp.stopwords import STOPWORDS

__all__ = ["lacking_words"]

_WORD = re.compile(r"\w+(?:[.,'’-]\w+)*")
_PREFIX = 5
"""Letters of a word compared: long enough to tell words apart, short enough for -al/-ment."""
_SUFFIXES = ("ing", "ed", "es", "s", "e")
"""One of these is dropped before comparing (``"close"`` ~ ``"closing"``)."""


def _key(word: str) -> str | None:
    """What ``word`` is compared by, or ``None`` for a function word."""
    lower = word.lower()
    if any(c.isdigit() for c in lower):
        return lower.replace(",", "")
    if lower in STOPWORDS or len(lower) < 2:
        return None
    for suffix in _SUFFIXES:
        if lower.endswith(suffix) and len(lower) > len(suffix) + 2:
            lower = lower[: -len(suffix)]
            break
    return lower[:_PREFIX]


def lacking_words(text: str, others: Iterable[str]) -> tuple[tuple[int, int], ...]:
    """Spans (start, end) of the words of ``text`` that none of ``others`` has."""
    theirs = {_key(m.group()) for other in others for m in _WORD.finditer(other)}
    spans: list[tuple[int, int]] = []
    for match in _WORD.finditer(text):
        key = _key(match.group())
        if key is not None and key not in theirs:
            spans.append((match.start(), match.end()))
    return tuple(spans)
