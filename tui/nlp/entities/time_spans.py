"""Extra DATE/NUMBER/EVENT spans that the general patterns miss (issue 15).

Each rule follows general news usage, not one article's phrasing:

* race and clock times with seconds ("2:07:12", "1:59:40.4") are one NUMBER, not a clock
  time plus a number;
* a clock time followed by "local time" keeps it ("9:40 p.m. local time");
* fiscal quarters: "Q3", "the current quarter";
* vague durations news copy uses as dates: "years", "decades", "months" (bare plural, "for
  years"), "a year and a half", "half a minute", "four hours and 47 minutes";
* a season word after a time preposition ("in spring", "over the summer") and "weekend"
  after "the"/"this"/"last"/"next";
* a named pandemic or epidemic ("the COVID-19 pandemic") is an EVENT;
* the figure of a hyphenated scale reading ("magnitude-7.1", "category-4") is a NUMBER;
* names opening with a group possessive ("Women's FA Cup", "People's Alliance") keep it.
"""

from __future__ import annotations

import re

from tui.nlp.entities.lexicon import gazetteer as gz
from tui.nlp.entities.resolve import Cand

__all__ = ["time_spans"]

_NUMW = (
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
    r"thirty|forty|fifty|a|an)"
)
_UNIT = r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)"
_RULES: tuple[tuple[re.Pattern[str], str, int], ...] = (
    (re.compile(r"(?<![\d:.])\d{1,2}:\d{2}:\d{2}(?:\.\d{1,3})?(?![\d:])"), "NUMBER", 3),
    (
        re.compile(
            r"(?<![\d:])\d{1,2}(?::\d{2})?\s?(?:[ap]\.m\.|[ap]m\b)\s(?:local|GMT|UTC)\stime\b",
            re.I,
        ),
        "DATE",
        3,
    ),
    (re.compile(r"\b(?-i:Q[1-4])(?![\w-])"), "DATE", 1),
    (
        re.compile(r"\b(?i:magnitude|category|level|grade)[-‐](?P<x>\d{1,2}(?:\.\d)?)(?![\d.]\d)"),
        "NUMBER",
        3,
    ),
    (re.compile(r"\b(?:the\s)?current\s(?:quarter|year|month|season)\b", re.I), "DATE", 2),
    (
        re.compile(
            rf"\b(?:{_NUMW}\s{_UNIT}\sand\s(?:a\shalf|{_NUMW}\s{_UNIT})"
            rf"|half\san?\s(?:second|minute|hour|day|week|month|year|century))\b",
            re.I,
        ),
        "DATE",
        2,
    ),
    (
        re.compile(
            r"\b(?:for|over|in|took|take|takes|within|after|before|lasted|spent|than)\s"
            r"(?P<x>years|decades|months|weeks)\b(?!\s(?:of|old|-))"
        ),
        "DATE",
        1,
    ),
    (
        re.compile(
            r"\b(?:in|by|until|since|during|through|over\sthe|this|last|next|early|late|"
            r"the)\s(?P<x>spring|summer|autumn|winter)\b(?!\s(?:of\s)?\d)"
        ),
        "DATE",
        1,
    ),
    (re.compile(r"\b(?:the|this|last|next)\s(?P<x>weekend)\b"), "DATE", 1),
    (
        re.compile(
            r"\b(?:[A-Z][\w-]*\d[\w-]*|[A-Z][a-z]+\s(?:flu|influenza))\s(?:pandemic|epidemic)\b"
        ),
        "EVENT",
        3,
    ),
)
_GROUP_POSSESSIVE = re.compile(
    r"\b(?:Women|Men|People|Children|Workers|Veterans|Farmers)[’']s?\s"
    r"(?:[A-Z][\w&.-]*\s)*[A-Z][\w&.-]*"
)


def time_spans(text: str, out: list[Cand]) -> None:
    """Append the extra candidates found in ``text`` to ``out``."""
    for pattern, label, prio in _RULES:
        for m in pattern.finditer(text):
            g = "x" if "x" in pattern.groupindex else 0
            out.append(Cand(m.start(g), m.end(g), label, m.group(g).lower(), prio))
    for m in _GROUP_POSSESSIVE.finditer(text):
        last = m.group().split()[-1].lower()
        if last in gz.EVENT_SUFFIX:
            label = "EVENT"
        elif last in gz.ORG_SUFFIX:
            label = "ORG"
        else:
            continue
        out.append(Cand(m.start(), m.end(), label, m.group().lower(), 3))
