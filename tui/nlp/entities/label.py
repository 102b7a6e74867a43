"""Labels for capitalised spans: gazetteer hits, name shape and cue words.

Used by :mod:`tui.nlp.entities.recogniser`; split out to keep each module small.
"""

from __future__ import annotations

import re

from tui.nlp.entities.context import PLACE_PREP
from tui.nlp.entities.lexicon import closed, gazetteer
from tui.nlp.entities.lexicon import words as wordlists
from tui.nlp.entities.resolve import Candidate

__all__ = ["hyphenated_pieces", "is_acronym", "known", "shape_label"]


_ROMAN_CLASS = re.compile(r"[IVX]+[a-z]?$")
_NUMBER_WORDS = frozenset(
    ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
)
_MODEL_CODE = re.compile(r"[A-Z]{1,3}\d{2,4}[A-Za-z]{0,2}")


def is_acronym(tok: str) -> bool:
    letters = tok.replace(".", "").replace("&", "")
    return len(letters) >= 2 and letters.isupper() and letters.isalnum()


def known(surface: str) -> tuple[str, str] | None:
    """(label, canonical) for a gazetteer hit on the whole surface."""
    place = gazetteer.places().get(surface)
    if place is not None:
        return place
    if surface.isupper() and len(surface) >= 5 and surface not in wordlists.KNOWN_ORGS:
        place = gazetteer.places().get(surface.title())  # datelines: "NEW DELHI", "SEOUL"
        if place is not None and surface not in wordlists.BLOCS:
            return place
    demonym = gazetteer.demonyms().get(surface)
    if demonym is not None:
        return ("NORP", demonym)
    if surface in wordlists.KNOWN_ORGS:
        return ("ORG", surface.lower())
    if surface in wordlists.KNOWN_PRODUCTS:
        return ("PRODUCT", surface.lower())
    return None


def shape_label(words: list[str], next_word: str, prev_word: str, place: bool) -> str | None:
    """Label an unknown capitalised span by its cues and shape (None: not a name)."""
    cue = _cue_label(words)
    if cue is not None:
        return cue
    if place:
        return "GPE"
    if next_word in closed.ORG_NEXT:
        return "ORG"  # "the Civic Renewal party"
    if len(words) == 1:
        return _single_word_label(words[0], next_word, prev_word)
    return _multi_word_label(words, next_word, prev_word)


def _cue_label(words: list[str]) -> str | None:
    """The label a span's first or last word announces ("... Bank", "Lake ...")."""
    last = words[-1].lower()
    first = words[0].lower()
    if len(words) == 2 and first in wordlists.COMPASS and words[1] in gazetteer.demonyms():
        return "NORP"  # "South Korean"
    if len(words) > 1 or last not in ("war", "open", "games", "series", "week"):
        if last in wordlists.ORG_SUFFIX:
            return "ORG"
        if last in wordlists.WORK_SUFFIX:
            return "WORK"
        if last in wordlists.PRODUCT_SUFFIX and len(words) > 1:
            return "PRODUCT"
        if last in wordlists.EVENT_SUFFIX and len(words) > 1:
            return "EVENT"
        if last in wordlists.LOC_SUFFIX and len(words) > 1:
            return "LOC"
        if last in wordlists.GPE_SUFFIX and len(words) > 1:
            head = known(words[0]) if len(words) == 2 and last == "city" else None
            if head is None or head[0] != "GPE":
                return "GPE"  # but "Leicester City" is a club
    if len(words) > 2 and words[1] == "of" and first in wordlists.ORG_OF_HEADS:
        return "ORG"  # "University of California", "Ministry of Defence"
    if len(words) > 1 and first in wordlists.LOC_PREFIX:
        return "LOC"
    if len(words) > 1 and first in wordlists.EVENT_PREFIX:
        return "EVENT"
    return None


def _single_word_label(w: str, next_word: str, prev_word: str) -> str | None:
    """Label one unknown capitalised word by its shape and neighbours."""
    if prev_word in closed.CLASS_NOUNS and _ROMAN_CLASS.match(w):
        return None  # "clade Ib", "type IIa"
    if is_acronym(w):
        if w.replace(".", "") in wordlists.GENERIC_ACRONYMS:
            return None
        if w in wordlists.BLOCS:
            return "NORP" if next_word[:1].islower() and next_word.isalpha() else "ORG"
        if _MODEL_CODE.fullmatch(w) and prev_word.lower() in closed.CODE_NOUNS:
            return None  # "batch code L2291", "cans marked B1142": a label code, not a product
        if _MODEL_CODE.fullmatch(w):
            return "EVENT" if w.startswith("COP") else "PRODUCT"  # "H100", "A320"; "COP29"
        return "ORG"
    if w.endswith("s") and is_acronym(w[:-1]):
        return None  # plural of a generic term: GPUs, CEOs
    if len(w) < 2:
        return None
    stem = _demonym_stem(w)
    if stem is not None:
        return "NORP"  # "Dutchman", "Frenchwomen"
    if w.lower().endswith(closed.ORGISH_SUFFIX) and len(w) > 5:
        return "ORG"
    if next_word in wordlists.PRODUCT_NOUNS:
        return "PRODUCT"
    if w in gazetteer.minor_places() and (
        prev_word in closed.PLACE_PREV or next_word == "," or next_word in closed.SITE_NOUNS
    ):
        return "GPE"
    if next_word in ("county", "counties", "parish", "province"):
        return "GPE"
    if w not in gazetteer.GIVEN_NAMES and _place_context(prev_word, next_word):
        return "GPE"  # "near Sherridon"
    if w in gazetteer.GIVEN_NAMES or next_word in closed.PERSON_NEXT:
        return "PERSON"
    return "ORG"


def _multi_word_label(words: list[str], next_word: str, prev_word: str) -> str:
    """Label an unknown run of capitalised words by its shape and neighbours."""
    if next_word in wordlists.PRODUCT_NOUNS:
        return "PRODUCT"
    if words[0] in gazetteer.GIVEN_NAMES:
        return "PERSON"
    if len(words) >= 3 and _known_gpe(" ".join(words[:2])):
        return "ORG"  # "New York Knicks", "Los Angeles Times"
    if _known_gpe(words[-1]) and not _known_gpe(words[0]):
        return "ORG"  # "Real Madrid", "Environment Canada", "Natural Resources Canada"
    if _place_context(prev_word, next_word) and words[-1].lower() not in wordlists.COMMON:
        return "GPE"  # "in Flin Flon", "near La Ronge"
    first_known = known(words[0])
    if (
        first_known is not None
        and first_known[0] in ("GPE", "LOC")
        and first_known[1] == words[0].lower()  # not a foreign alternate name ("Karin")
    ):
        return "ORG"  # "Manchester United", "China Daily", "Texas Instruments"
    if words[0].lower() in wordlists.ORG_SUFFIX or words[-1].lower() in _NUMBER_WORDS:
        return "ORG"  # "Capital One", "Formula One": not a person's name
    if len(words) <= 3 and all(_name_word(w) for w in words):
        return "PERSON"
    inner = words[1:-1]
    if (
        len(words) <= 5
        and any(w in closed.SURNAME_PARTICLES for w in inner)
        and all(w in closed.SURNAME_PARTICLES or _name_word(w) for w in inner)
        and _name_word(words[0])
        and _name_word(words[-1])
    ):
        return "PERSON"  # "Ludwig van Beethoven", "Pieter de la Cruz"
    return "ORG"


def _name_word(w: str) -> bool:
    """Shaped like a given name or surname: "Maria", "J", "McColgan", "MacLeod"."""
    if w.startswith(("Mc", "Mac")) and len(w) > 4 and w[2 if w[2].isupper() else 3].isupper():
        w = w[2:] if w[2].isupper() else w[3:]
    return w[:1].isupper() and (w[1:].islower() or len(w) == 1) and w.isalpha()


def _known_gpe(surface: str) -> bool:
    hit = known(surface)
    return hit is not None and hit[0] == "GPE"


def _place_context(prev_word: str, next_word: str) -> bool:
    """After "in"/"near" and not before a reporting verb or an organisation head."""
    return (
        prev_word in PLACE_PREP
        and next_word not in closed.PERSON_NEXT
        and next_word.lower() not in wordlists.ORG_SUFFIX
        and next_word not in ("’s", "'s")
    )


def _demonym_stem(word: str) -> str | None:
    """The demonym in "Dutchman", "Englishwoman", "Frenchmen", if any."""
    for end in ("man", "men", "woman", "women"):
        if word.endswith(end) and len(word) > len(end) + 2:
            stem = word[: -len(end)]
            if stem in gazetteer.demonyms():
                return stem
    return None


def hyphenated_pieces(tok: tuple[int, int, str], out: list[Candidate]) -> bool:
    """Handle one hyphenated token ``(start, end, text)``; True when it was fully dealt with."""
    s, e, t = tok
    pieces = re.split(r"([-‐])", t)
    words = pieces[0::2]
    if len(words) == 2 and words[0].lower() in closed.NORP_PREFIXES:
        demonym = gazetteer.demonyms().get(words[1])
        if demonym is not None:
            out.append(Candidate(s, e, "NORP", t.lower(), 2))
            return True
    if all(w[:1].isupper() for w in words if w):
        hits = [known(w) for w in words]
        if known(t) is None and all(hit is not None for hit in hits):
            pos = s
            for w, hit in zip(words, hits, strict=True):
                if hit is not None:
                    out.append(Candidate(pos, pos + len(w), hit[0], hit[1], 2))
                pos += len(w) + 1
            return True
        return False
    if words[0].lower() in closed.NAME_PARTICLES:
        return False
    # a proper name inside a compound ("Western-led"): tag the capitalised pieces only
    pos = s
    for w in words:
        if w[:1].isupper():
            hit = known(w)
            if hit is not None:
                out.append(Candidate(pos, pos + len(w), hit[0], hit[1], 2))
        pos += len(w) + 1
    return True
