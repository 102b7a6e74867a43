"""Context cues for unknown capitalised spans, used by :mod:`tui.nlp.entities.recogniser`.

Names not in any gazetteer are labelled by their shape (:func:`tui.nlp.entities.label.
shape_label`); these rules look at the words around them instead:

* a place preposition right before an unknown name ("near Sherridon", "in Flin Flon") makes
  it a place, unless an organisation head or a person cue follows;
* "the town of X", "the village of X" make X a place whatever its last word;
* within one article, a weakly labelled name that is somewhere followed by a reporting verb
  ("Steinberg told"), an age apposition ("Hollis, 46,") or preceded by a title ("Ms. Hollis")
  is a PERSON everywhere, and one followed by "'s chief executive", "'s shares" or
  "'s spokesperson" is an ORG everywhere, unless the article shows both kinds of cue.
"""

from __future__ import annotations

import re

from tui.nlp.entities.lexicon import closed, gazetteer
from tui.nlp.entities.lexicon import words as wordlists
from tui.nlp.entities.resolve import Candidate

__all__ = ["PLACE_PREP", "context_votes", "party_name", "starter"]

# Prepositions after which an unknown name with no other cue is a place.
PLACE_PREP = frozenset(("in", "near", "across", "outside", "around"))
_TOWN_OF = re.compile(
    r"(?:town|city|village|hamlet|community|municipality|suburb|township) of $", re.I
)
_PERSON_AFTER = re.compile(
    r"(?: (?:said|says|told|added|wrote|argued|insisted|explained|testified|recalled)\b"
    r"|, \d{1,3}, )"
)
_PERSON_BEFORE = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|Mx)\.? )$")
_ORG_AFTER = re.compile(
    r"[’']s (?:chief executive|chief financial|ceo|cfo|chairman|chairwoman|board|shares|stock|"
    r"spokesperson|spokesman|spokeswoman|subsidiary|headquarters|parent company|"
    r"annual revenue|quarterly|earnings|investors|shareholders)\b",
    re.I,
)


def context_votes(text: str, candidates: list[Candidate]) -> None:
    """Relabel weak ORG/PERSON/LOC guesses from place, person and organisation cues."""
    votes: dict[str, list[int]] = {}
    weak = [c for c in candidates if c.prio < 2 and c.label in ("ORG", "PERSON", "GPE", "LOC")]
    for c in weak:
        before = text[max(0, c.start - 16) : c.start]
        if c.label in ("LOC", "ORG", "PERSON") and _TOWN_OF.search(before):
            c.label, c.canon = "GPE", c.canon
            continue
        if c.label not in ("ORG", "PERSON"):
            continue
        surface = text[c.start : c.end]
        last = surface.split()[-1].lower()
        if c.canon.startswith("team ") or last in wordlists.ORG_SUFFIX:
            continue  # a sports team (see entity_rules.sports_teams), "the Commission"
        if " " not in surface and len(last) > 5 and last.endswith(closed.ORGISH_SUFFIX):
            continue  # "Fjordbank said": a company name's ending outweighs the verb
        if before.lower().endswith("the "):
            votes.setdefault(surface, [0, 0])[1] += 1  # "the Foo said": not a person
            continue
        if " " in surface and c.label == "ORG":
            continue  # multi-word ORG guesses carry an organisation head already
        v = votes.setdefault(surface, [0, 0])
        if c.person_cue or _PERSON_AFTER.match(text, c.end) or _PERSON_BEFORE.search(before):
            v[0] += 1
        if _ORG_AFTER.match(text, c.end):
            v[1] += 1
    for c in weak:
        if c.label not in ("ORG", "PERSON") or c.canon.startswith("team "):
            continue
        vote = votes.get(text[c.start : c.end])
        if vote is None:
            continue
        if vote[0] and not vote[1]:
            if c.label != "PERSON":
                c.label, c.canon = "PERSON", text[c.start : c.end].lower()
        elif vote[1] and not vote[0] and c.label != "ORG":
            c.label = "ORG"


def is_place_context(prev_word: str, next_word: str) -> bool:
    """An unknown name after "in"/"near" with no person cue following it."""
    return prev_word in PLACE_PREP and next_word not in closed.PERSON_NEXT


# Openers that qualify the name after them ("Former Liverpool captain", "Rival AMD"); kept
# apart from STARTERS, which also feeds the place table's build (scripts/build_places.py).
_QUALIFIERS = frozenset(
    ["former", "rival", "rivals", "fellow", "embattled", "beleaguered", "troubled", "struggling"]
)


def starter(word: str, words: list[str], noninitial_caps: set[str]) -> bool:
    """A frequent sentence-opening word ("Turnout", "Officials", "Defense Secretary ...") that
    the article never capitalises mid-sentence: not the start of a name."""
    if (
        (word.lower() not in wordlists.STARTERS and word.lower() not in _QUALIFIERS)
        or word in noninitial_caps
        or word in gazetteer.GIVEN_NAMES
    ):
        return False
    if (
        gazetteer.places().get(word) is not None
        or word in wordlists.KNOWN_ORGS
        or word in gazetteer.demonyms()
    ):
        return False
    nxt = words[1] if len(words) > 1 else ""
    # "Former French president ...": the opener qualifies a title or a nationality
    return (
        not nxt
        or nxt.lower() in wordlists.TITLES
        or nxt in gazetteer.demonyms()
        or (
            len(words) == 2
            and not word.isupper()  # not "NEW YORK"
            and (
                nxt in wordlists.KNOWN_ORGS
                or (nxt.isupper() and len(nxt) > 1)
                or (word.lower() in _QUALIFIERS and gazetteer.places().get(nxt) is not None)
            )  # "Former Liverpool captain", but "Environment Canada" is one name
        )
    )  # "Rival AMD"


def party_name(words: list[str]) -> bool:
    """A party named by its members: "Christian Democrats", "Progressive Conservatives"
    (but not "Senate Democrats": an institution before the members)."""
    if not 2 <= len(words) <= 4 or words[-1].lower() not in closed.PARTY_PLURALS:
        return False
    first = words[0]
    return (
        first.lower() not in wordlists.ORG_SUFFIX
        and first not in wordlists.KNOWN_ORGS
        and first != "House"
    )
