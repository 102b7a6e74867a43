"""Split an article body into claims: sentences, bullet items and headline-like lines.

Rules, in order:

* Paragraphs are separated by blank lines.
* A line starting with a bullet marker (``-``, ``*``, ``•``, ``–`` or ``1.``/``1)``) is a
  bullet item; indented lines after it continue it. Its span excludes the marker.
  A bullet item holding several sentences gives one ``bullet`` claim per sentence.
* A Markdown heading (``# Title``) is a ``heading`` claim without the hashes.
* Any other line ends a claim when it looks complete: it ends with terminal punctuation,
  or it is a headline-like line (no terminal punctuation, not ending in a comma, a
  hyphen or a function word, and the next line does not start in lower case). Otherwise
  the line is wrapped prose and continues on the next line.
* Inside a run of text, sentences end at ``.``, ``!``, ``?`` or an ellipsis, after any
  closing quotes or brackets, when whitespace and an upper-case letter, a digit or an
  opening quote follow. A period after an abbreviation ("Mr.", "Dr.", "Inc.", "Jan.",
  "U.S."), a single initial ("George W. Bush") or inside a number ("3.5") does not end
  a sentence, except that an acronym or non-title abbreviation does when the next word
  is a capitalised function word ("... in the U.S. The plan ...").

Every claim keeps its character span into the body, with surrounding whitespace and
the bullet marker stripped, so ``body[claim.start:claim.end] == claim.text``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tui.nlp.stopwords import STOPWORDS

__all__ = ["Claim", "segment"]


@dataclass(frozen=True, slots=True)
class Claim:
    """One claim of an article: its position, text, span and kind."""

    index: int
    text: str
    start: int
    end: int
    kind: str  # "sentence" | "bullet" | "heading"


_BULLET = re.compile(r"[ \t]*(?:[-*•–—]|\d{1,3}[.)])[ \t]+(?=\S)")
_MD_HEADING = re.compile(r"[ \t]*#{1,6}[ \t]+(?=\S)")
_TERMINAL = ".!?…"
_CLOSERS = "\"'”’»)]"
_OPENERS = "\"'“‘«(["
# Titles never end a sentence ("Dr. Smith").
_TITLE_WORDS = (
    "mr mrs ms dr prof rev hon sr jr st gen lt col sgt capt cmdr adm gov sen rep pres "
    "mt ft fig no nos vs messrs mme mlle supt insp"
)
_TITLES = frozenset(_TITLE_WORDS.split())
# Other abbreviations end a sentence only before a capitalised function word.
_ABBREVIATION_WORDS = (
    "inc ltd co corp plc llc bros dept univ assn est approx etc al cf ca "
    "jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thurs fri sat sun "
    "ave blvd rd hwy mins hrs oz lb lbs km kg cm mm p pp vol ed eds op"
)
_ABBREVIATIONS = frozenset(_ABBREVIATION_WORDS.split())
_WORD_BEFORE = re.compile(r"([A-Za-z]+(?:\.[A-Za-z]+)*)$")
_WORD_AFTER = re.compile(r"[\"'“‘«(\[]*([A-Za-z]+)")


def segment(body: str) -> list[Claim]:
    """Split ``body`` into claims in reading order."""
    spans: list[tuple[int, int, str]] = []
    for unit_start, unit_end, kind in _units(body):
        if kind == "heading":
            spans.append((unit_start, unit_end, kind))
            continue
        for start, end in _sentences(body, unit_start, unit_end):
            spans.append((start, end, kind))
    claims: list[Claim] = []
    for start, end, kind in spans:
        start, end = _strip(body, start, end)
        if start < end:
            claims.append(Claim(len(claims), body[start:end], start, end, kind))
    return claims


def _strip(body: str, start: int, end: int) -> tuple[int, int]:
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    return start, end


def _lines(body: str) -> list[tuple[int, int]]:
    """(start, end) of every line, end excluding the newline."""
    out: list[tuple[int, int]] = []
    pos = 0
    for line in body.splitlines(keepends=True):
        stripped = line.rstrip("\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
        out.append((pos, pos + len(stripped)))
        pos += len(line)
    return out


def _units(body: str) -> list[tuple[int, int, str]]:
    """Runs of text to split into sentences: (start, end, kind)."""
    units: list[tuple[int, int, str]] = []
    lines = _lines(body)
    current: list[int] | None = None  # [start, end] of an open prose run
    current_kind = "sentence"

    def close() -> None:
        nonlocal current
        if current is not None:
            units.append((current[0], current[1], current_kind))
            current = None

    for n, (ls, le) in enumerate(lines):
        text = body[ls:le]
        if not text.strip():
            close()
            continue
        bullet = _BULLET.match(text)
        heading = _MD_HEADING.match(text)
        if bullet:
            close()
            current, current_kind = [ls + bullet.end(), le], "bullet"
        elif heading:
            close()
            units.append((ls + heading.end(), le, "heading"))
            continue
        elif current is not None and (current_kind != "bullet" or text[:1] in " \t"):
            current[1] = le  # continuation of wrapped prose or of an indented bullet
        else:
            close()
            current, current_kind = [ls, le], "sentence"
        next_text = body[lines[n + 1][0] : lines[n + 1][1]] if n + 1 < len(lines) else ""
        if _line_complete(text, next_text):
            # A headline-like line; only a one-line run is a heading.
            if current_kind == "sentence" and not _ends_terminal(text) and current[0] == ls:
                units.append((current[0], current[1], "heading"))
                current = None
                continue
            close()
    close()
    return units


def _ends_terminal(text: str) -> bool:
    t = text.rstrip().rstrip(_CLOSERS)
    return bool(t) and t[-1] in _TERMINAL


def _line_complete(text: str, next_text: str) -> bool:
    """Whether a line ends its claim, given the following line."""
    nxt = next_text.strip()
    if not nxt or _BULLET.match(next_text) or _MD_HEADING.match(next_text):
        return True
    if _ends_terminal(text):
        return True
    if nxt[0].islower():
        return False
    t = text.rstrip()
    if t[-1] in ",;:-–—(/&":
        return False
    last = re.findall(r"[A-Za-z']+$", t)
    return not (last and last[0].lower() in STOPWORDS and last[0].islower())


def _sentences(body: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans inside ``body[start:end]``."""
    out: list[tuple[int, int]] = []
    sent_start = start
    i = start
    while i < end:
        ch = body[i]
        if ch not in _TERMINAL:
            i += 1
            continue
        j = i + 1
        while j < end and body[j] in _TERMINAL:  # "?!", "..."
            j += 1
        while j < end and body[j] in _CLOSERS:
            j += 1
        k = j
        while k < end and body[k].isspace():
            k += 1
        if k == j or k >= end:
            i = j if j > i else i + 1
            continue
        nxt = body[k]
        starts_new = nxt.isupper() or nxt.isdigit() or nxt in _OPENERS
        if starts_new and ch == "." and j == i + 1 and not _period_ends(body, sent_start, i, k):
            starts_new = False
        if starts_new:
            out.append((sent_start, j))
            sent_start = k
        i = k
    out.append((sent_start, end))
    return out


def _period_ends(body: str, sent_start: int, dot: int, nxt: int) -> bool:
    """Whether the lone period at ``dot`` ends the sentence (next word starts at ``nxt``)."""
    m = _WORD_BEFORE.search(body, max(sent_start, dot - 40), dot)
    if not m:
        return True
    word = m.group(1)
    low = word.lower()
    if low in _TITLES:
        return False
    after = _WORD_AFTER.match(body, nxt)
    next_is_function = after is not None and after.group(1).lower() in STOPWORDS
    if "." in word or (len(word) == 1 and word.isupper()) or low in _ABBREVIATIONS:
        return next_is_function
    return True
