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
    if not teams:
        return
    for c in candidates:
        if c.label in _TEAMISH and c.prio < 9 and text[c.start : c.end] in teams:
            c.label = "ORG"
            c.canon = "team " + c.canon
