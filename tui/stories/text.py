"""Text analysis for story grouping: stemmed content words and publication times."""

from __future__ import annotations

import math
import re
from collections import Counter
from datetime import UTC, date, datetime

import snowballstemmer

from tui.nlp.stopwords import STOPWORDS

_WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?|\d[\d,.]*\d")
_STEMMER = snowballstemmer.stemmer("english")
_STEMS: dict[str, str] = {}
_SURFACE: dict[str, str] = {}
_EXTRA_STOP = frozenset(
    """told added week day year month percent cent mr ms dr first last new would could
    today yesterday tomorrow morning afternoon evening night weekend thousands hundreds
    millions billions dozens monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november december
    """.split()  # noqa: SIM905
)
"""Reporting and calendar words: every story has them (time is scored separately)."""


def stem(word: str) -> str:
    """The snowball stem of a lower-case word (cached)."""
    hit = _STEMS.get(word)
    if hit is None:
        hit = _STEMMER.stemWord(word)
        if len(_STEMS) < 500_000:
            _STEMS[word] = hit
            seen = _SURFACE.get(hit)
            if seen is None or (len(word), word) < (len(seen), seen):
                _SURFACE[hit] = word
    return hit


def surface(term: str) -> str:
    """A readable word for a stem or number term (the first word seen with that stem)."""
    if term.startswith("#"):
        return term[1:]
    return _SURFACE.get(term, term)


def words(text: str) -> list[str]:
    """Stemmed content words of ``text``: no stopwords, no one- or two-letter words.

    Numbers of three or more characters are kept without separators ("7,500" -> "7500").
    """
    out: list[str] = []
    for match in _WORD_RE.finditer(text):
        token = match.group().lower()
        if token[0].isdigit():
            token = token.replace(",", "")
            if len(token) >= 3:
                out.append("#" + token)
            continue
        token = token.replace("’", "'")
        if token.endswith("'s"):
            token = token[:-2]
        if len(token) < 3 or token in STOPWORDS or token in _EXTRA_STOP:
            continue
        out.append(stem(token))
    return out


def text_terms(title: str, body: str, title_weight: float = 3.0) -> dict[str, float]:
    """Sublinear term weights (1 + log tf) of title and body, title words counted extra."""
    counts: dict[str, float] = dict(Counter(words(body)))
    for word in words(title):
        counts[word] = counts.get(word, 0.0) + title_weight
    return {t: 1.0 + math.log(c) for t, c in counts.items()}


def day_number(published: date | datetime | None) -> float | None:
    """Days since the epoch as a float (UTC; naive times are taken as UTC), or None."""
    if published is None:
        return None
    if isinstance(published, datetime):
        moment = published if published.tzinfo else published.replace(tzinfo=UTC)
    else:
        moment = datetime(published.year, published.month, published.day, 12, tzinfo=UTC)
    return moment.timestamp() / 86_400.0


def entity_name(key: str) -> str:
    """Display form of an entity key: "ORG:veltrix systems" -> "Veltrix Systems"."""
    name = key.partition(":")[2] or key
    return " ".join(w[:1].upper() + w[1:] for w in name.split())
