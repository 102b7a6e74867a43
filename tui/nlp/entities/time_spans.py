"""Extra DATE/NUMBER/EVENT spans that the general patterns miss (issue 15).

Each rule follows general news usage, not one article's phrasing:

* race and clock times with seconds ("2:07:12", "1:59:40.4") are one NUMBER, not a clock
  time plus a number;
* a clock time followed by "local time" keeps it ("9:40 p.m. local time");
* fiscal quarters: "Q3", "the current quarter";
* vague durations news copy uses as dates: "years", "decades", "months" (bare plural, "for
  years"), "a year and a half", "half a minute", "four hours and 47 minutes";
* "many hours", "this morning", "yesterday afternoon", "the day before";
* a season word after a time preposition ("in spring", "over the summer") and "weekend"
  after "the"/"this"/"last"/"next";
* a named pandemic or epidemic ("the COVID-19 pandemic") is an EVENT;
* the figure of a hyphenated scale reading ("magnitude-7.1", "category-4") is a NUMBER;
* names opening with a group possessive ("Women's FA Cup", "People's Alliance") keep it.
"""

from __future__ import annotations

import re

from tui.nlp.entities.lexicon.words import EVENT_SUFFIX, ORG_OF_HEADS, ORG_SUFFIX
from tui.nlp.entities.resolve import Candidate

__all__ = ["time_spans"]

_NUMW = (
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
    r"thirty|forty|fifty|a|an)"
)
_UNIT = r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)"
_BEFORE_PLURAL = re.compile(
    r"\b(?:for|over|in|took|take|takes|within|after|before|lasted|spent|than|comes|came|"
    r"just|only|nearly|almost|barely)\s$"
)
_BEFORE_SEASON = re.compile(
    r"\b(?:in|by|until|since|during|through|over\sthe|this|last|next|early|late|the)\s$"
)
_BEFORE_COMPOUND = re.compile(rf"\b{_NUMW}\s$", re.I)

# (pattern, label, priority, gates: one must occur in the text (a string or a quick regex
# with a literal prefix), test of the
# text just before the match or None); a group named "x" is the mention when present
_Gate = str | re.Pattern[str]
_Rule = tuple[re.Pattern[str], str, int, tuple[_Gate, ...], re.Pattern[str] | None]
_RULES: tuple[_Rule, ...] = (
    (
        re.compile(r"(?<![\d:.])\d{1,2}:\d{2}:\d{2}(?:\.\d{1,3})?(?![\d:])"),
        "NUMBER",
        3,
        (re.compile(r":\d\d:"),),
        None,
    ),
    (
        # a race time with hundredths ("30:45.12"): a clock time never has a fraction
        re.compile(r"(?<![\d:.])\d{1,2}:\d{2}\.\d{1,2}(?![\d:])"),
        "NUMBER",
        3,
        (re.compile(r":\d\d\.\d"),),
        None,
    ),
    (
        re.compile(
            r"(?<![\d:])\d{1,2}(?::\d{2})?\s?(?:[ap]\.m\.|[ap]m\b)\s(?:local|GMT|UTC)\stime\b",
            re.I,
        ),
        "DATE",
        3,
        (" time",),
        None,
    ),
    (re.compile(r"\bQ[1-4](?![\w-])"), "DATE", 1, ("Q1", "Q2", "Q3", "Q4"), None),
    (
        # a proportion: "one in five", "one in 20"
        re.compile(rf"[Oo](?<![\w][Oo])ne in (?:\d{{1,3}}|{_NUMW})(?![\w-])"),
        "NUMBER",
        2,
        ("ne in ",),
        None,
    ),
    (
        re.compile(r"\b(?i:magnitude|category|level|grade)[-‐](?P<x>\d{1,2}(?:\.\d)?)(?![\d.]\d)"),
        "NUMBER",
        3,
        ("agnitude-", "ategory-", "level-", "Level-", "grade-", "Grade-"),
        None,
    ),
    (
        re.compile(r"\b(?:the\s)?current\s(?:quarter|year|month|season)\b", re.I),
        "DATE",
        2,
        (re.compile(r"urrent (?:quarter|year|month|season)"),),
        None,
    ),
    (
        re.compile(rf"(?P<x>{_UNIT}\sand\s(?:a\shalf|{_NUMW}\s{_UNIT}))\b", re.I),
        "DATE",
        2,
        (re.compile(r" and (?:a half|\d|one|two|three|four|five|six|seven|eight|nine|ten)"),),
        _BEFORE_COMPOUND,
    ),
    (
        re.compile(r"\bhalf\san?\s(?:second|minute|hour|day|week|month|year|century)\b", re.I),
        "DATE",
        2,
        ("half a", "Half a"),
        None,
    ),
    (
        re.compile(r"\b(?:years|decades|months|weeks)\b(?!\s(?:of|old|-))"),
        "DATE",
        1,
        ("years", "decades", "months", "weeks"),
        _BEFORE_PLURAL,
    ),
    (
        re.compile(r"\b(?:spring|summer|autumn|winter)\b(?!\s(?:of\s)?\d)"),
        "DATE",
        1,
        ("spring", "summer", "autumn", "winter"),
        _BEFORE_SEASON,
    ),
    (re.compile(r"\b(?:the|this|last|next)\s(?P<x>weekend)\b"), "DATE", 1, ("weekend",), None),
    (
        re.compile(r"\bmany\s(?:seconds|minutes|hours|days|weeks|months|years|decades)\b"),
        "DATE",
        2,
        ("many ",),
        None,
    ),
    (
        re.compile(
            r"\b(?:(?:this|yesterday|tomorrow)\s(?:morning|afternoon|evening)"
            r"|the\s(?:day|night|week|month|year)\s(?:before|after))\b",
            re.I,
        ),
        "DATE",
        2,
        (" morning", " afternoon", " evening", " before", " after"),
        None,
    ),
    (
        re.compile(
            r"\b(?:[A-Z][\w-]*\d[\w-]*|[A-Z][a-z]+\s(?:flu|influenza))\s(?:pandemic|epidemic)\b"
        ),
        "EVENT",
        3,
        ("pandemic", "epidemic"),
        None,
    ),
)
# "one" counting a noun ("One miner was hurt", "one more cut"), not the pronoun ("no one",
# "every one of", "pulled one back") nor "the one"
_ONE = re.compile(r"[Oo]ne (?=[a-z]{2})")
_ONE_BEFORE = re.compile(r"(?:\b(?:[Nn]o|[Ee]very|[Aa]ny|[Ee]ach|[Tt]he)\s|-)\Z")
_NOT_COUNTED = re.compile(
    r"(?:of|another|other|and|or|but|to|in|on|at|by|for|from|with|back|up|down|out|off|over|"
    r"after|before|is|was|has|had|will|would|who|that|which|thing|way|day|night|week|month|"
    r"year|time|can|could|might|must|should)\b"
)


def _counting_one(text: str, out: list[Candidate]) -> None:
    for word in ("one ", "One "):
        s = text.find(word)
        while s >= 0:
            if (
                _ONE.match(text, s)
                and (s == 0 or not text[s - 1].isalnum())
                and not _ONE_BEFORE.search(text, max(0, s - 6), s)
                and not _NOT_COUNTED.match(text, s + 4)
            ):
                out.append(Candidate(s, s + 3, "NUMBER", "one", 1))
            s = text.find(word, s + 4)


_GROUP_POSSESSIVE = re.compile(
    r"\b(?:Women|Men|People|Children|Workers|Veterans|Farmers)[’']s?\s"
    r"(?:[A-Z][\w&.-]*\s)*[A-Z][\w&.-]*(?P<of> of (?:the )?[A-Z][\w&-]*(?: [A-Z][\w&-]*)*)?"
)
_GROUP_GATES = ("Women", "Men", "People", "Children", "Workers", "Veterans", "Farmers")


def time_spans(text: str, out: list[Candidate]) -> None:
    """Append the extra candidates found in ``text`` to ``out``."""
    for pattern, label, prio, gates, before in _RULES:
        if not any((g in text) if isinstance(g, str) else g.search(text) for g in gates):
            continue
        g = "x" if "x" in pattern.groupindex else 0
        for m in pattern.finditer(text):
            start, end = m.start(g), m.end(g)
            if before is not None:
                head = before.search(text, max(0, m.start() - 30), m.start())
                if head is None:
                    continue
                if before is _BEFORE_COMPOUND:
                    start = head.start()  # "four hours and 47 minutes": the count opens it
            out.append(Candidate(start, end, label, text[start:end].lower(), prio))
    _counting_one(text, out)
    if not any(g in text for g in _GROUP_GATES):
        return
    for m in _GROUP_POSSESSIVE.finditer(text):
        # the head is the last word before "of": "People's Bank of China"
        end = m.start("of") if m.group("of") else m.end()
        last = text[m.start() : end].split()[-1].lower()
        if last == "republic" or last in ORG_OF_HEADS or last in EVENT_SUFFIX:
            end = m.end()  # "People's Bank of China", "People's Republic of China"
        if last == "republic":
            label = "GPE"  # "People's Republic of China"
        elif last in EVENT_SUFFIX:
            label = "EVENT"
        elif last in ORG_SUFFIX:
            label = "ORG"
        else:
            continue
        out.append(Candidate(m.start(), end, label, text[m.start() : end].lower(), 3))
