"""One article's analysis, computed once per content and shared by every view.

:func:`analyse` turns an article into its :class:`Analysis`: display blocks, claims, entity
mentions (with the article's own canonical keys) and the claim features the aligner reads.
Results are cached in memory, keyed by a hash of the body, the entity overrides and the
engine version, so the reader, the entity panel, the split view and the CLI never analyse
the same text twice. Nothing else in Parallax segments claims or recognises entities.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from tui import __version__
from tui.models import Article, EntityOverride
from tui.nlp.align.features import claim_features
from tui.nlp.align.similarity import ClaimFeatures
from tui.nlp.claims import Claim, segment
from tui.nlp.entities import Mention, recognise
from tui.text.blocks import Block, split_blocks

__all__ = [
    "ENGINE_VERSION",
    "Analysis",
    "AnalysisCache",
    "analyse",
    "analyse_text",
    "content_key",
    "opening_mentions",
    "text_blocks",
]

ENGINE_VERSION = f"{__version__}/1"
"""Part of every cache key: bump the suffix when the analysis of a text changes."""
CACHE_SIZE = 128
"""Analyses kept in memory (least recently used dropped first)."""
EARLY_PART = 40_000
"""Characters of a long article recognised first, so its opening is highlighted quickly."""


@dataclass(frozen=True, slots=True, eq=False)
class Analysis:
    """Everything computed from one article's text.

    ``mentions`` carry the article's own canonical keys; :func:`tui.analysis.compare`
    unifies keys across two articles. ``features`` (one per claim) are unweighted and never
    changed by the aligner.
    """

    key: str
    body: str
    blocks: tuple[Block, ...]
    claims: tuple[Claim, ...]
    mentions: tuple[Mention, ...]
    features: tuple[ClaimFeatures, ...]


class AnalysisCache:
    """A thread-safe LRU map from content key to analysis.

    Two threads asking for the same key at once compute it once: the second waits.
    """

    def __init__(self, size: int = CACHE_SIZE) -> None:
        self.size = size
        self._done: OrderedDict[str, Analysis] = OrderedDict()
        self._pending: dict[str, threading.Event] = {}
        self._lock = threading.Lock()

    def get(self, key: str, compute: Callable[[], Analysis]) -> Analysis:
        """The analysis cached under ``key``, computed by ``compute`` when missing."""
        while True:
            with self._lock:
                found = self._done.get(key)
                if found is not None:
                    self._done.move_to_end(key)
                    return found
                waiting = self._pending.get(key)
                if waiting is None:
                    self._pending[key] = threading.Event()
                    break
            waiting.wait()  # another thread computes it; then look again
        try:
            value = compute()
            with self._lock:
                self._done[key] = value
                while len(self._done) > self.size:
                    self._done.popitem(last=False)
        finally:
            with self._lock:
                self._pending.pop(key).set()
        return value

    def clear(self) -> None:
        """Forget every cached analysis."""
        with self._lock:
            self._done.clear()

    def __len__(self) -> int:
        with self._lock:
            return len(self._done)

    def __contains__(self, key: object) -> bool:
        with self._lock:
            return key in self._done


CACHE = AnalysisCache()
"""The process-wide cache :func:`analyse` uses."""


def content_key(body: str, overrides: Sequence[EntityOverride] = ()) -> str:
    """Hash of what an analysis depends on: engine version, overrides and body."""
    digest = hashlib.sha256()
    for part in (ENGINE_VERSION, repr(tuple(overrides)), body):
        digest.update(part.encode("utf-8", "surrogatepass"))
        digest.update(b"\0")
    return digest.hexdigest()


def analyse(article: Article) -> Analysis:
    """The analysis of ``article``'s body with its entity overrides (cached)."""
    return analyse_text(article.body, article.entities)


def analyse_text(body: str, overrides: Sequence[EntityOverride] = ()) -> Analysis:
    """The analysis of ``body`` with entity ``overrides`` (cached by content)."""
    key = content_key(body, overrides)
    return CACHE.get(key, lambda: _compute(key, body, tuple(overrides)))


def opening_mentions(article: Article) -> tuple[Mention, ...] | None:
    """The mentions of a long article's opening part (its first :data:`EARLY_PART`
    characters, cut at a paragraph break), recognised alone so the reader can highlight it
    while :func:`analyse` does the whole text; not cached. None when the article is short
    enough to analyse whole at once, or its analysis is cached already."""
    body = article.body
    cut = body.find("\n\n", EARLY_PART) if len(body) > 2 * EARLY_PART else -1
    if cut <= 0 or content_key(body, article.entities) in CACHE:
        return None
    return tuple(recognise(body[:cut], article.entities))


@lru_cache(maxsize=CACHE_SIZE)
def text_blocks(body: str) -> tuple[Block, ...]:
    """The display blocks of ``body`` (cached): the reader shows them before the rest of
    the analysis is done, and the analysis reuses them."""
    return tuple(split_blocks(body))


def _compute(key: str, body: str, overrides: tuple[EntityOverride, ...]) -> Analysis:
    claims = tuple(segment(body))
    mentions = tuple(recognise(body, overrides))
    features = tuple(claim_features(body, claims, mentions))
    return Analysis(key, body, text_blocks(body), claims, mentions, features)
