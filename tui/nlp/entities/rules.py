"""Context rules for :mod:`tui.nlp.entities.recogniser` that look past a capitalised span.

* numbered names: "Galaxy Z Fold 6", "Android 15", "Ariane 5" (PRODUCT), "Section 230",
  "House Bill 20" (WORK), "Interstate 10" (LOC), "Nifty 50" (WORK, a stock index);
* place cues after an unknown name: "Grand Isle, Louisiana", "Ayodhya, where ...";
* sports teams named after their city: a place right before a score ("beat Chelsea 3-1")
  is a team (ORG) throughout the article.
"""

from __future__ import annotations

import re

from tui.nlp.entities.lexicon import gazetteer
from tui.nlp.entities.lexicon import words as wordlists
from tui.nlp.entities.patterns import CURRENCY_CODES, DATE_NUMBER_RE
from tui.nlp.entities.resolve import Candidate

__all__ = ["numbered_name", "place_cue", "sports_teams"]

_NUMBER_AFTER = re.compile(r" (\d{1,3}[A-Za-z]?)(?![\w%.:/–—‐-]|\.\d|,\d)")
_WEEK_MONTH = frozenset(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ]
)
# not the first word of a longer name: "Jeroen Bakker, Frisco Trade's managing director"
_PLACE_AFTER = re.compile(r", ([A-Z][\w.]*(?: [A-Z][\w.]*)?)(?![\w’']| [A-Z])")
_TEAMISH = frozenset(("GPE", "ORG", "PERSON"))
_SCORE_AFTER = re.compile(r" (?:\d{1,2}[-–]\d{1,2}|1\d\d[-–]\d{2,3})(?![\w-])")  # 3-1, 112-104
# "Minnesota waived forward Eli Grant", "Dallas signed guard ...": a club's roster moves
_ROSTER_AFTER = re.compile(
    r" (?:waived|traded|signed|acquired|drafted|released|loaned|sold) (?:the )?(?:veteran |"
    r"rookie |star |young )?(?:forward|guard|center|centre|striker|midfielder|defender|"
    r"goalkeeper|keeper|winger|pitcher|quarterback|shortstop|outfielder|playmaker)s?\b"
)
_BEAT_BEFORE = re.compile(r"\b(?:beat|beats|beating|defeated|edged|routed|thrashed) $")


_WORD_AFTER = re.compile(r" ([a-z]+)\b")
# a sports report: a club's city alone stands for the club ("Dallas will receive forward X")
_SPORT = re.compile(
    r"\b(?:season|coach|league|playoffs|striker|midfielder|goalkeeper|fixture|relegation|"
    r"scored|trade deadline|transfer)\b"
)
_SPORT_WORDS = (
    "season",
    "coach",
    "league",
    "playoffs",
    "striker",
    "midfielder",
    "goalkeeper",
    "fixture",
    "relegation",
    "scored",
    "trade deadline",
    "transfer",
)
_IN_BEFORE = re.compile(r"\b(?:in|at|near) \Z")
_AGAINST_BEFORE = re.compile(r"\b(?:against|beat|face|faces|host|hosts|visit|visits) \Z")


def _club_places(text: str, candidates: list[Candidate]) -> set[str]:
    """Places that open a club's name in this article ("Dallas Mavericks", "Utah Jazz"), and
    places a side plays against ("against Newcastle on Monday")."""
    out: set[str] = set()
    for c in candidates:
        surface = text[c.start : c.end]
        words = surface.split()
        if c.label == "ORG" and len(words) >= 2 and words[-1].lower() not in wordlists.ORG_SUFFIX:
            for cut in (2, 1):
                head = " ".join(words[:cut])
                hit = gazetteer.places().get(head)
                if cut < len(words) and hit is not None and hit[0] == "GPE":
                    out.add(head)
                    break
        elif c.label == "GPE" and _AGAINST_BEFORE.search(text, max(0, c.start - 8), c.start):
            out.add(surface)
    return out


def numbered_name(text: str, end: int, words: list[str]) -> tuple[int, str] | None:
    """(new end, label) when the span ending at ``end`` is a name with a model number."""
    m = _NUMBER_AFTER.match(text, end)
    if m is None:
        return None
    last = words[-1].lower().rstrip(".")
    if words[-1] in CURRENCY_CODES:
        return None  # "NOK 300" is an amount
    if last in wordlists.NUMBERED_GENERIC or last in _WEEK_MONTH or words[0].lower() in _WEEK_MONTH:
        return None
    pm = DATE_NUMBER_RE.match(text, m.start(1))
    if pm is not None and pm.end() > m.end():
        return None  # "Google 20 years ago", "Reuters 5 km"
    if last in wordlists.NUMBERED_WORK or last in wordlists.WORK_SUFFIX:
        return m.end(), "WORK"
    if last in wordlists.NUMBERED_LOC:
        return m.end(), "LOC"
    if any(w in wordlists.INDEX_NAMES for w in words) or text.startswith(" index", m.end()):
        return m.end(), "WORK"
    follower = _WORD_AFTER.match(text, m.end())
    if follower is not None and follower.group(1) in wordlists.PRODUCT_NOUNS:
        return m.end(), "PRODUCT"  # "Falcon 9 rocket", even though Falcon is a place
    surface = " ".join(words)
    known = gazetteer.places().get(surface) or gazetteer.demonyms().get(surface)
    if known is not None or surface in gazetteer.GIVEN_NAMES or words[0] in gazetteer.GIVEN_NAMES:
        return None  # "Chelsea 3", "Paul 2"
    return m.end(), "PRODUCT"


def place_cue(text: str, end: int) -> bool:
    """An unknown name followed by ", <known place>" or ", where" is a place."""
    if text.startswith(", where", end):
        return True
    m = _PLACE_AFTER.match(text, end)
    if m is None:
        return False
    hit = gazetteer.places().get(m.group(1))
    return hit is not None and hit[0] == "GPE"


def sports_teams(text: str, candidates: list[Candidate]) -> None:
    """Places written right before a score are teams: relabel them ORG in the whole text."""
    scored = [c for c in candidates if c.label in _TEAMISH and c.prio < 9]
    teams = {
        text[c.start : c.end]
        for c in scored
        if _SCORE_AFTER.match(text, c.end) or _ROSTER_AFTER.match(text, c.end)
    }
    for n, c in enumerate(scored[1:], 1):
        # "Denver beat Phoenix 112-104": the winner is a team too
        prev = scored[n - 1]
        if (
            text[c.start : c.end] in teams
            and text[prev.end : c.start].count(" ") <= 2
            and _BEAT_BEFORE.search(text, prev.end, c.start)
        ):
            teams.add(text[prev.start : prev.end])
    sport = any(w in text for w in _SPORT_WORDS) and _SPORT.search(text) is not None
    if sport:
        teams |= _club_places(text, candidates)
    if not teams:
        return
    for c in candidates:
        if c.label in _TEAMISH and c.prio < 9 and text[c.start : c.end] in teams:
            if sport and _IN_BEFORE.search(text, max(0, c.start - 4), c.start):
                continue  # "fans in Dallas": the city itself
            c.label = "ORG"
            c.canon = "team " + c.canon
