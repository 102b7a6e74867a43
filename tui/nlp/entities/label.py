"""Labels for capitalised spans: gazetteer hits, name shape and cue words.

Used by :mod:`tui.nlp.entities.recogniser`; split out to keep each module small.
"""

from __future__ import annotations

import re

from tui.nlp.entities.context import PLACE_PREP
from tui.nlp.entities.lexicon import closed as ew
from tui.nlp.entities.lexicon import gazetteer as gz
from tui.nlp.entities.resolve import Cand

__all__ = ["hyphenated_pieces", "is_acronym", "known", "shape_label"]


def is_acronym(tok: str) -> bool:
    letters = tok.replace(".", "").replace("&", "")
    return len(letters) >= 2 and letters.isupper() and letters.isalnum()


def known(surface: str) -> tuple[str, str] | None:
    """(label, canonical) for a gazetteer hit on the whole surface."""
    place = gz.places().get(surface)
    if place is not None:
        return place
    if surface.isupper() and len(surface) >= 5 and surface not in gz.KNOWN_ORGS:
        place = gz.places().get(surface.title())  # datelines: "NEW DELHI", "SEOUL"
        if place is not None and surface not in gz.BLOCS:
            return place
    dem = gz.demonyms().get(surface)
    if dem is not None:
        return ("NORP", dem)
    if surface in gz.KNOWN_ORGS:
        return ("ORG", surface.lower())
    if surface in gz.KNOWN_PRODUCTS:
        return ("PRODUCT", surface.lower())
    return None


def shape_label(words: list[str], next_word: str, prev_word: str, place: bool) -> str | None:
    """Label an unknown capitalised span by its cues and shape."""
    last = words[-1].lower()
    first = words[0].lower()
    if len(words) == 2 and first in gz.COMPASS and words[1] in gz.demonyms():
        return "NORP"  # "South Korean"
    if len(words) > 1 or last not in ("war", "open", "games", "series", "week"):
        if last in gz.ORG_SUFFIX:
            return "ORG"
        if last in gz.WORK_SUFFIX:
            return "WORK"
        if last in gz.PRODUCT_SUFFIX and len(words) > 1:
            return "PRODUCT"
        if last in gz.EVENT_SUFFIX and len(words) > 1:
            return "EVENT"
        if last in gz.LOC_SUFFIX and len(words) > 1:
            return "LOC"
        if last in gz.GPE_SUFFIX and len(words) > 1:
            head = known(words[0]) if len(words) == 2 and last == "city" else None
            if head is None or head[0] != "GPE":
                return "GPE"  # but "Leicester City" is a club
    if len(words) > 1 and first in gz.LOC_PREFIX:
        return "LOC"
    if len(words) > 1 and first in gz.EVENT_PREFIX:
        return "EVENT"
    if place:
        return "GPE"
    if len(words) == 1:
        w = words[0]
        if is_acronym(w):
            if w.replace(".", "") in gz.GENERIC_ACRONYMS:
                return None
            if w in gz.BLOCS:
                return "NORP" if next_word[:1].islower() and next_word.isalpha() else "ORG"
            return "ORG"
        if w.endswith("s") and is_acronym(w[:-1]):
            return None  # plural of a generic term: GPUs, CEOs
        if len(w) < 2:
            return None
        stem = _demonym_stem(w)
        if stem is not None:
            return "NORP"  # "Dutchman", "Frenchwomen"
        if w.lower().endswith(ew.ORGISH_SUFFIX) and len(w) > 5:
            return "ORG"
        if next_word in gz.PRODUCT_NOUNS:
            return "PRODUCT"
        if w in gz.minor_places() and (prev_word in ew.PLACE_PREV or next_word == ","):
            return "GPE"
        if next_word in ("county", "counties", "parish", "province"):
            return "GPE"
        if w not in gz.GIVEN_NAMES and _place_context(prev_word, next_word):
            return "GPE"  # "near Sherridon"
        if w in gz.GIVEN_NAMES or next_word in ew.PERSON_NEXT:
            return "PERSON"
        return "ORG"
    if next_word in gz.PRODUCT_NOUNS:
        return "PRODUCT"
    if words[0] in gz.GIVEN_NAMES:
        return "PERSON"
    if len(words) >= 3 and _known_gpe(" ".join(words[:2])):
        return "ORG"  # "New York Knicks", "Los Angeles Times"
    if _known_gpe(words[-1]) and not _known_gpe(words[0]):
        return "ORG"  # "Real Madrid", "Environment Canada", "Natural Resources Canada"
    if _place_context(prev_word, next_word) and last not in gz.COMMON:
        return "GPE"  # "in Flin Flon", "near La Ronge"
    first_known = known(words[0])
    if first_known is not None and first_known[0] in ("GPE", "LOC"):
        return "ORG"  # "Manchester United", "China Daily", "Texas Instruments"
    if words[0] in gz.GIVEN_NAMES:
        return "PERSON"
    if len(words) <= 3 and all(
        w[:1].isupper() and (w[1:].islower() or len(w) == 1) and w.isalpha() for w in words
    ):
        return "PERSON"
    return "ORG"


def _known_gpe(surface: str) -> bool:
    hit = known(surface)
    return hit is not None and hit[0] == "GPE"


def _place_context(prev_word: str, next_word: str) -> bool:
    """After "in"/"near" and not before a reporting verb or an organisation head."""
    return (
        prev_word in PLACE_PREP
        and next_word not in ew.PERSON_NEXT
        and next_word.lower() not in gz.ORG_SUFFIX
        and next_word not in ("’s", "'s")
    )


def _demonym_stem(word: str) -> str | None:
    """The demonym in "Dutchman", "Englishwoman", "Frenchmen", if any."""
    for end in ("man", "men", "woman", "women"):
        if word.endswith(end) and len(word) > len(end) + 2:
            stem = word[: -len(end)]
            if stem in gz.demonyms():
                return stem
    return None


def hyphenated_pieces(tok: tuple[int, int, str], out: list[Cand]) -> bool:
    """Handle one hyphenated token ``(start, end, text)``; True when it was fully dealt with."""
    s, e, t = tok
    pieces = re.split(r"([-‐])", t)
    words = pieces[0::2]
    if len(words) == 2 and words[0].lower() in ew.NORP_PREFIXES:
        dem = gz.demonyms().get(words[1])
        if dem is not None:
            out.append(Cand(s, e, "NORP", t.lower(), 2))
            return True
    if all(w[:1].isupper() for w in words if w):
        hits = [known(w) for w in words]
        if known(t) is None and all(hits):
            pos = s
            for w, kn in zip(words, hits, strict=True):
                out.append(Cand(pos, pos + len(w), kn[0], kn[1], 2))  # type: ignore[index]
                pos += len(w) + 1
            return True
        return False
    if words[0].lower() in ew.NAME_PARTICLES:
        return False
    # a proper name inside a compound ("Western-led"): tag the capitalised pieces only
    pos = s
    for w in words:
        if w[:1].isupper():
            kn = known(w)
            if kn is not None:
                out.append(Cand(pos, pos + len(w), kn[0], kn[1], 2))
        pos += len(w) + 1
    return True
