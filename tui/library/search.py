"""Full-text search over a library: which articles mention a query, and where.

Words are compared case- and diacritic-insensitively ("gref" finds "Gref", "zurich" finds
"Zürich") and each query word matches the *start* of a word ("gref" finds "Grefs", not
"Pogrefa"); every query word must match for an article to match. An article's searchable
text is its title, its body and the entities it declares (``entities:`` text and aliases).

:class:`SearchIndex` maps each distinct word to a bit set of articles, so a query is a
handful of bisects and integer ORs however large the library. :func:`build_index` reads the
articles (typically in a worker thread) and reports progress. No Textual imports.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from pathlib import Path

from tui.models import Article, ArticleMeta

__all__ = [
    "SearchIndex",
    "build_index",
    "fold",
    "match_spans",
    "query_terms",
    "searchable_text",
]

_WORD = re.compile(r"\w+")
MIN_TERM = 2
"""Query words shorter than this are ignored (one letter would match nearly everything)."""


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """``word`` case-folded with diacritics removed: ``"Zürich"`` → ``"zurich"``."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def query_terms(query: str) -> tuple[str, ...]:
    """The folded words of ``query`` long enough to search for, without repeats."""
    terms = [fold(word) for word in _WORD.findall(query)]
    return tuple(dict.fromkeys(term for term in terms if len(term) >= MIN_TERM))


def searchable_text(article: Article) -> str:
    """Everything of ``article`` that search looks at, as one string."""
    parts = [article.title, article.body]
    for entity in article.entities:
        parts.append(entity.text)
        parts.extend(entity.aliases)
    return "\n".join(parts)


def match_spans(text: str, query: str) -> list[tuple[int, int]]:
    """Character spans of ``text``'s words that start with a query word, in order.

    The span covers the matching prefix (for "gref" in "Grefs" just "Gref"), so a reader
    sees what matched.
    """
    terms = query_terms(query)
    if not terms:
        return []
    spans: list[tuple[int, int]] = []
    for match in _WORD.finditer(text):
        word = match.group()
        folded = fold(word)
        best = max((t for t in terms if folded.startswith(t)), key=len, default=None)
        if best is not None:
            spans.append((match.start(), match.start() + _prefix_length(word, best)))
    return spans


def _prefix_length(word: str, folded_prefix: str) -> int:
    """How many characters of ``word`` fold to ``folded_prefix`` (accents kept whole)."""
    for length in range(1, len(word) + 1):
        if len(fold(word[:length])) >= len(folded_prefix):
            return length
    return len(word)


IndexPayload = tuple[int, list[str], list[bytes], dict[int, int]]
"""What :meth:`SearchIndex.payload` returns: article count, words, postings
(``array('I')`` bytes) and the dense bit sets, plain values ``marshal`` can carry."""

DENSE_SHARE = 64
"""A word found in at least 1/``DENSE_SHARE`` of the articles keeps a ready bit set."""


class SearchIndex:
    """Articles by the words they contain; ask :meth:`search` for a query's articles.

    Each distinct folded word keeps the sorted numbers of its articles; words common
    enough also keep them as an integer bit set, so a short prefix that matches thousands
    of words over thousands of articles still costs only integer ORs.
    """

    def __init__(self, articles: Sequence[ArticleMeta], texts: Iterable[str]) -> None:
        """Index ``texts[i]`` as the searchable text of ``articles[i]`` (``texts`` may be a
        generator: each text is dropped once its words are counted)."""
        self.articles = tuple(articles)
        postings: dict[str, list[int]] = {}
        for number, text in enumerate(texts):
            words = set(_WORD.findall(text.casefold()))
            for key in {word if word.isascii() else fold(word) for word in words}:
                found = postings.get(key)
                if found is None:
                    postings[key] = [number]
                else:
                    found.append(number)
        self._words = sorted(postings)
        self._postings = [array("I", postings[word]) for word in self._words]
        dense_from = max(1, len(self.articles) // DENSE_SHARE)
        self._dense = {
            index: _to_bits(numbers, len(self.articles))
            for index, numbers in enumerate(self._postings)
            if len(numbers) >= dense_from
        }

    def payload(self) -> IndexPayload:
        """The index as plain values, to hand from a worker process to the app."""
        postings = [numbers.tobytes() for numbers in self._postings]
        return len(self.articles), list(self._words), postings, dict(self._dense)

    @classmethod
    def from_payload(cls, articles: Sequence[ArticleMeta], payload: IndexPayload) -> SearchIndex:
        """An index over ``articles`` (in the order indexed) from :meth:`payload`."""
        count, words, postings, dense = payload
        if count != len(articles) or len(words) != len(postings):
            raise ValueError("search index payload does not match the articles")
        index = cls((), ())
        index.articles = tuple(articles)
        index._words = list(words)
        index._postings = [array("I", raw) for raw in postings]
        index._dense = dict(dense)
        return index

    def __len__(self) -> int:
        return len(self.articles)

    @property
    def vocabulary(self) -> int:
        """Number of distinct folded words indexed."""
        return len(self._words)

    def _prefix_bits(self, term: str) -> int:
        """Bit set of the articles with a word starting with ``term``."""
        words = self._words
        dense = 0
        sparse = bytearray((len(self.articles) + 7) // 8)
        index = bisect_left(words, term)
        while index < len(words) and words[index].startswith(term):
            bits = self._dense.get(index)
            if bits is not None:
                dense |= bits
            else:
                for number in self._postings[index]:
                    sparse[number >> 3] |= 1 << (number & 7)
            index += 1
        return dense | int.from_bytes(sparse, "little")

    def search(self, query: str) -> list[ArticleMeta]:
        """Articles matching every word of ``query`` (as word prefixes), in index order."""
        terms = query_terms(query)
        if not terms:
            return []
        found = -1
        for term in terms:
            found &= self._prefix_bits(term)
            if not found:
                return []
        return [self.articles[n] for n in _bit_numbers(found)]

    def matching_paths(self, query: str) -> frozenset[Path]:
        """The paths of :meth:`search`'s articles."""
        return frozenset(meta.path for meta in self.search(query))


def _to_bits(numbers: Iterable[int], size: int) -> int:
    """The integer whose set bits are ``numbers`` (all below ``size``)."""
    buffer = bytearray((size + 7) // 8)
    for number in numbers:
        buffer[number >> 3] |= 1 << (number & 7)
    return int.from_bytes(buffer, "little")


def _bit_numbers(bits: int) -> Iterable[int]:
    """The positions of the set bits of ``bits``, lowest first."""
    data = bits.to_bytes((bits.bit_length() + 7) // 8, "little")
    for byte_index, byte in enumerate(data):
        while byte:
            low = byte & -byte
            yield byte_index * 8 + low.bit_length() - 1
            byte ^= low


def build_index(
    articles: Sequence[ArticleMeta],
    load: Callable[[Path], Article],
    *,
    on_progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] = lambda: False,
    every: int = 500,
) -> SearchIndex | None:
    """Read each article with ``load`` and index it; ``None`` if ``cancelled()`` turned true.

    An article that fails to load is indexed by its title only (its problem is reported
    by the library scan, not here). ``on_progress(done, total)`` runs every ``every`` files.
    """
    total = len(articles)
    stopped = False

    def texts() -> Iterable[str]:
        nonlocal stopped
        for done, meta in enumerate(articles, start=1):
            if cancelled():
                stopped = True
                return
            try:
                yield searchable_text(load(meta.path))
            except Exception:  # any unreadable file: search its title only
                yield meta.title
            if on_progress is not None and (done % every == 0 or done == total):
                on_progress(done, total)

    index = SearchIndex(articles, texts())
    return None if stopped else index
