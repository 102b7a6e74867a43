"""DATE and NUMBER candidates for :mod:`tui.nlp.entities.recogniser`.

Pattern matches from :mod:`tui.nlp.entities.patterns` are filtered by context (lower-case
month words, rates such as "a year" in "$2 billion a year"), ages after a name
("Smith, 54,") become DATE, and ranges ("17 to 25", "5.25%–5.50%", "100 to 160 kg") are
joined into one mention.
"""

from __future__ import annotations

import re

from tui.nlp.entities.lexicon import closed
from tui.nlp.entities.patterns import MONTH_CONTEXT, iter_date_number, number_value
from tui.nlp.entities.resolve import Candidate

__all__ = ["numbers"]

_RATE_PREV = frozenset(
    [
        "once",
        "twice",
        "thrice",
        "times",
        "per",
        "hundred",
        "thousand",
        "million",
        "billion",
        "trillion",
        "bn",
        "mn",
    ]
)
# "90 days a year", "12 hours a day", "three nights a week": a rate, not a date
_PER_UNIT = frozenset(["hours", "days", "nights", "weeks", "months", "shifts", "games", "matches"])
_VERB_LAST = re.compile(r"\b(?:to|will|would|could|should|may|might|can|must|did|does)\s\Z")
_BETWEEN = re.compile(r"\bbetween\s\Z")
_AGE_LABEL = re.compile(r"\b[Aa]ge:\s?\Z")
_AGE_BEFORE = re.compile(r"[A-Z][\w’'.-]*, \Z")
_RANGE_GAP = re.compile(r"(?: to |[-–—‐])\Z")
_RANGE_STOP = frozenset(
    ["from", "by", "between", "rose", "fell", "climbed", "dropped", "jumped", "increased"]
)
_CUR = "$€£¥₹₽₩"


def _unit(t: str) -> str:
    """The non-numeric part of a number mention ("%", "kg", "$ billion")."""
    return re.sub(r"[\d.,\s]+", " ", t).strip().lower()


def numbers(text: str, out: list[Candidate]) -> None:
    """Append DATE/NUMBER candidates found in ``text`` to ``out``."""
    found: list[Candidate] = []
    for m in iter_date_number(text):
        kind = m.lastgroup
        s, e = m.span()
        t = m.group()
        if kind in ("date", "month"):
            mo = re.search(r"[A-Za-z]+", t)
            first = mo.group() if mo else ""
            if first[:1].islower() and first.lower() in closed.MONTH_NAMES:
                continue
            if first.lower() in ("a", "an"):
                before = text[max(0, s - 16) : s].split()
                prev = before[-1].lower() if before else ""
                if (
                    prev in _RATE_PREV
                    or prev in _PER_UNIT
                    or any(c.isdigit() for c in prev)
                    or prev[-1:] == "%"
                ):
                    continue  # a rate: "$2.5 billion a year", "twice a day"
        if kind == "month":
            before = text[max(0, s - 12) : s].split()
            prev = before[-1].lower() if before else ""
            if not t[:1].isupper() or prev not in MONTH_CONTEXT:
                continue
            kind = "date"
        elif kind == "year":
            after = text[e : e + 20]
            next_word = after.split()[0] if after.split() else ""
            if (
                after[:1] == " "
                and next_word.isalpha()
                and next_word.islower()
                and next_word.endswith("s")
            ):
                before = text[max(0, s - 12) : s].split()
                if not before or before[-1].lower() not in MONTH_CONTEXT | {"the", "a", "an"}:
                    kind = "num"  # "2000 homes", but "the 2020 agreements" is a year
            if kind == "year":
                kind = "date"
        elif kind == "num" and t[:1].isdigit() and "." in t and t.count(".") > 1:
            continue
        label = "DATE" if kind in ("date", "age") else "NUMBER"
        if label == "DATE" and t[:5].lower() == "last " and _VERB_LAST.search(text, 0, s):
            s, t = s + 5, t[5:]  # "planned to last three days": the verb "last"
        if label == "NUMBER" and t.isdigit() and _AGE_LABEL.search(text, max(0, s - 8), s):
            label = "DATE"  # a labelled age: "Age: 22"
        if (
            label == "NUMBER"
            and t.isdigit()
            and len(t) <= 3
            and int(t) <= 120
            and text[e : e + 1] == ","
            and _AGE_BEFORE.search(text, max(0, s - 40), s)
        ):
            label = "DATE"  # an age in apposition: "Marie Smith, 54, said"
        found.append(Candidate(s, e, label, t.lower(), 1))
    for c in _join_ranges(text, _join_year_spans(text, found)):
        if c.label == "NUMBER" and text[max(0, c.start - 5) : c.start].lower() == "aged ":
            c = Candidate(c.start, c.end, "DATE", c.canon, c.prio)  # ages: "aged 12 to 17"
        out.append(c)


_YEAR_TO = re.compile(r"(?:1[6-9]|20)\d\d\Z")


def _join_year_spans(text: str, found: list[Candidate]) -> list[Candidate]:
    """ "from 2029 to 2033", "between 1990 and 1994": one period, not two years."""
    out: list[Candidate] = []
    for c in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.label == c.label == "DATE"
            and text[prev.end : c.start] in (" to ", " and ")
            and _YEAR_TO.fullmatch(text, prev.start, prev.end)
            and _YEAR_TO.fullmatch(text, c.start, c.end)
            and int(text[prev.start : prev.end]) < int(text[c.start : c.end])
            and (text[prev.end : c.start] == " to ") == (not _BETWEEN.search(text, 0, prev.start))
        ):
            out[-1] = Candidate(prev.start, c.end, "DATE", text[prev.start : c.end].lower(), 1)
            continue
        out.append(c)
    return out


def _join_ranges(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """Join "17 to 25", "5.25%–5.50%", "100 to 160 kg" and "$10 billion to $20 billion"."""
    res: list[Candidate] = []
    for c in candidates:
        prev = res[-1] if res else None
        if (
            prev is not None
            and prev.label == c.label == "NUMBER"
            and _RANGE_GAP.match(text[prev.end : c.start])
        ):
            a, b = text[prev.start : prev.end], text[c.start : c.end]
            ua, ub = _unit(a), _unit(b)
            va, vb = number_value(a), number_value(b)
            before = text[max(0, prev.start - 16) : prev.start].split()
            pw = before[-1].lower() if before else ""
            if (
                a[:1].isdigit() == b[:1].isdigit()
                and (ua == ub or (a[:1].isdigit() and ua == "" and ub[:1] not in _CUR))
                and va is not None
                and vb is not None
                and va < vb
                and pw not in _RANGE_STOP
                and not (a.isdigit() and b.isdigit() and "to" not in text[prev.end : c.start])
            ):
                res[-1] = Candidate(
                    prev.start, c.end, "NUMBER", text[prev.start : c.end].lower(), 1
                )
                continue
        res.append(c)
    return res
