"""Claim features and the claim-by-claim similarity matrix used by :mod:`tui.nlp.align.aligner`.

A claim is described by weighted features:

* content-word stems (Snowball English, generic stopwords removed, hyphenated words split,
  possessives dropped); a stem is folded onto a shorter stem of the same texts that is a
  long prefix of it ("russian" -> "russia", "partnership" -> "partner"), a cheap soft match;
* stemmed bigrams of adjacent content words (weight halved), rewarding shared phrasing;
* entity keys from the recogniser ("PERSON:vladimir putin"), so "Putin" = "Vladimir Putin";
* number keys (``#ordinal:31``, ``#money:5e9``, ``#year:2023`` ...), so "31st" = "31st".

Weights are IDF over the claims of both articles plus optional background texts, so words
common to the whole story ("AI" in an AI story) count little. Leading labels such as
"The big picture:" (a short phrase ending in a colon before a longer sentence) are left out
of the features, whatever their words.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import snowballstemmer

from tui.nlp.stopwords import STOPWORDS

__all__ = [
    "ClaimFeatures",
    "Fact",
    "number_shape",
    "number_unit",
    "strip_labels",
    "tokenize",
]

# A number keeps its glued letters ("12th", "1990s", "5G"): they are not words.
_WORD = re.compile(
    r"[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f'’]*|\d+(?:[.,]\d+)*[A-Za-z\u00c0-\u024f]*"
)
_LABEL = re.compile(r"\s*([^:.!?\n]{1,60}?):\s+(?=\S)")
_STEMMER = snowballstemmer.stemmer("english")
ENTITY_WEIGHT = 1.0
"""Multiplier for an entity key's IDF weight (on top of the words of its name)."""
NUMBER_WEIGHT = 2.0
"""Multiplier for a number or date key: a matching figure is strong evidence."""
BIGRAM_WEIGHT = 0.5
"""Multiplier for a stemmed bigram."""
MIN_DOCS = 10
"""IDF counts at least this many documents, so very short inputs still weigh words."""
LABEL_WEIGHT = 0.35
"""Multiplier for the words of a leading "label:" phrase."""
SHAPE_WEIGHT = 1.0
"""Multiplier for the kind of a figure ("#ordinal"): both sides state one, maybe differing."""
VALUE_WEIGHT = 0.0
"""Multiplier for a figure's bare value ("#v:12"), so "12th minute" meets "12 minutes"."""
UNIT_WEIGHT = 1.5
"""Multiplier for a quantity's kind and unit ("#u:count:acr"): the same measure, maybe
with a differing value."""


@dataclass(frozen=True, slots=True)
class Fact:
    """An entity or number of a claim: canonical key, surface text, label, value."""

    key: str
    text: str
    label: str
    value: float | None = None
    shape: str = ""
    unit: str = ""  # stem of the unit word of a quantity ("acr" for "18,500 acres")
    context: frozenset[str] = frozenset()  # stems next to a figure ("crowd" in "crowd of 60")


@dataclass(slots=True)
class ClaimFeatures:
    """Everything the aligner needs to know about one claim."""

    stems: list[str]
    facts: list[Fact] = field(default_factory=list)
    weights: dict[str, float] = field(default_factory=dict)
    norm: float = 0.0
    label_stems: list[str] = field(default_factory=list)
    label_keys: frozenset[str] = frozenset()  # label words that are not also content words
    name_stems: frozenset[str] = frozenset()  # (soft) stems of the words of its entity mentions


@lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    stem: str = _STEMMER.stemWord(word)
    return stem


def strip_labels(text: str) -> int:
    """Offset past leading "label: " phrases (at most 6 words each, 2 labels)."""
    offset = 0
    for _ in range(2):
        m = _LABEL.match(text, offset)
        if not m or len(m.group(1).split()) > 6:
            break
        rest = text[m.end() :]
        if len(rest.split()) < 2 * len(m.group(1).split()) or len(rest.split()) < 5:
            break
        offset = m.end()
    return offset


@lru_cache(maxsize=65536)
def _word_parts(raw: str) -> tuple[str, ...]:
    """Content words of one raw token (lower case, possessive dropped, split at hyphens)."""
    if raw[0].isdigit():
        return ()
    word = raw.lower().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    word = word.strip("'")
    parts = word.split("-") if "-" in word else (word,)
    return tuple(p for p in parts if len(p) > 1 and p not in STOPWORDS)


def _synonym_map() -> dict[str, str]:
    from tui.nlp.align.paraphrase import PARAPHRASES
    from tui.nlp.align.synonyms import GROUPS

    out: dict[str, str] = {}
    for group in (*GROUPS, *PARAPHRASES):
        head = _stem(group[0])
        for word in group:
            out.setdefault(_stem(word), head)
    return out


_SYNONYMS = _synonym_map()
"""Stem -> the stem of its group's first word (:mod:`tui.nlp.align.synonyms`)."""


@lru_cache(maxsize=65536)
def _word_stems(raw: str) -> tuple[str, ...]:
    return tuple(_SYNONYMS.get(s, s) for s in (_stem(p) for p in _word_parts(raw)))


def tokenize(text: str) -> list[str]:
    """Lower-case content words of ``text`` (no stopwords, no numbers), unstemmed."""
    return [p for raw in _WORD.findall(text) for p in _word_parts(raw)]


def stems_of(text: str) -> list[str]:
    """Stemmed content words of ``text``."""
    return [s for raw in _WORD.findall(text) for s in _word_stems(raw)]


_ORDINAL = re.compile(r"\d\s*(st|nd|rd|th)\b", re.IGNORECASE)
_MONEY = re.compile(r"[$€£¥]|\b(dollars?|euros?|pounds?|yen|yuan|rupees?|francs?)\b", re.I)
_PERCENT = re.compile(r"%|\bper\s*cent\b|\bpercent\b|\bpercentage points?\b", re.I)


def number_shape(text: str, label: str, value: float | None) -> str:
    """The kind of a number ("ordinal", "money", "percent", "year", "date", "count")."""
    if _MONEY.search(text):
        return "money"
    if _PERCENT.search(text):
        return "percent"
    if _ORDINAL.search(text):
        return "ordinal"
    if label == "DATE":
        if value is not None and float(value).is_integer() and 1000 <= value <= 2999:
            return "year"
        return "date"
    return "count"


_SCALE_WORDS = frozenset(
    (
        *("hundred", "hundreds", "thousand", "thousands", "million", "millions"),
        *("billion", "billions", "trillion", "trillions", "bn", "mn", "m", "k"),
        *("percent", "per", "cent", "point", "points"),
    )
)


def number_unit(text: str, shape: str) -> str:
    """Stem of the unit word closing a quantity mention ("acres" in "18,500 acres")."""
    if shape in ("money", "percent", "year"):
        return ""
    words = _WORD.findall(text)
    if len(words) < 2 or words[-1][0].isdigit():
        return ""
    last = words[-1].lower()
    if last in _SCALE_WORDS or last in STOPWORDS or len(last) < 2:
        return ""
    return _stem(last)


def soft_stem_map(vocabulary: Iterable[str]) -> dict[str, str]:
    """Map each stem to a shorter stem of ``vocabulary`` that is a long prefix of it."""
    vocab = sorted(set(vocabulary), key=lambda s: (len(s), s))
    out: dict[str, str] = {}
    by_prefix: dict[str, str] = {}
    for stem in vocab:
        target = stem
        for n in range(5, len(stem)):
            cand = by_prefix.get(stem[:n])
            if cand is not None and n >= 0.6 * len(stem):
                target = out.get(cand, cand)
                break
        out[stem] = target
        by_prefix.setdefault(stem, stem)
    return out


def idf_table(docs: Sequence[Iterable[str]], extra_docs: int = 0) -> dict[str, float]:
    """Smoothed IDF of every feature over ``docs`` (sets of features)."""
    df: Counter[str] = Counter()
    for doc in docs:
        df.update(set(doc))
    # Tiny inputs (one claim each) would make every shared word look common: count at
    # least MIN_DOCS documents.
    n = max(MIN_DOCS, len(docs) + extra_docs)
    return {f: max(0.05, math.log((n + 1) / (c + 0.5))) for f, c in df.items()}
