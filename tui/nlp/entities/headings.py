"""Title-case headings: capitalised words there are style, not evidence of a name.

Newsletters and web pages put lines such as "Why The Rate Cut Matters" or "What Happens
Next" between paragraphs. Every word is capitalised, so the chunker would read them as names;
a guess from shape alone (not a gazetteer hit) inside such a line is dropped unless the same
surface also occurs in running text.
"""

from __future__ import annotations

import re

from tui.nlp.entities.resolve import Candidate

__all__ = ["drop_heading_guesses", "heading_lines"]

_LINE_RE = re.compile(r"[^\n]+")
_WORD_RE = re.compile(r"[^\W\d_][\w'’&-]*")
_MINOR = frozenset(
    [
        "a",
        "an",
        "and",
        "as",
        "at",
        "but",
        "by",
        "for",
        "from",
        "in",
        "into",
        "is",
        "of",
        "on",
        "or",
        "over",
        "the",
        "to",
        "up",
        "vs",
        "with",
    ]
)
_BYLINE_RE = re.compile(r"\s*(?:By|Reporting by|Written by|Words by|Photos? by)\s", re.I)
_NOT_HEADING_END = '.,;:"”’)'


def heading_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line written in title case with no sentence punctuation."""
    out: list[tuple[int, int]] = []
    if "\n" not in text.strip():
        return out  # one paragraph: no heading line
    for m in _LINE_RE.finditer(text):
        line = m.group().rstrip()
        if not line or line[-1] in _NOT_HEADING_END or line.count(" ") > 20:
            continue
        if _BYLINE_RE.match(line):
            continue
        words = _WORD_RE.findall(line)
        if not 2 <= len(words) <= 14:
            continue
        major = [w for w in words if w.lower() not in _MINOR]
        if len(major) >= 2 and all(w[0].isupper() for w in major):
            out.append((m.start(), m.start() + len(line)))
    return out


def drop_heading_guesses(text: str, candidates: list[Candidate]) -> None:
    """Remove shape-only guesses lying in a heading whose surface is not in running text."""
    lines = heading_lines(text)
    if not lines:
        return
    body = text
    for s, e in reversed(lines):
        body = body[:s] + "\n" * (e - s) + body[e:]

    def in_heading(c: Candidate) -> bool:
        return any(s <= c.start and c.end <= e for s, e in lines)

    candidates[:] = [
        c
        for c in candidates
        if c.prio >= 2
        or c.label not in ("ORG", "PERSON", "GPE", "LOC", "PRODUCT", "EVENT", "WORK")
        or not in_heading(c)
        or re.search(r"(?<!\w)" + re.escape(text[c.start : c.end]) + r"(?!\w)", body) is not None
    ]
