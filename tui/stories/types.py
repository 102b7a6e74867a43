"""Plain values of story grouping: inputs, settings and results (no Textual, no I/O)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(frozen=True, slots=True)
class StoryInput:
    """One article as the grouper sees it.

    ``entity_keys`` are recogniser keys ("ORG:veltrix systems"), unified across the library
    and repeated once per mention. ``terms`` are optional precomputed stemmed term weights
    (see :func:`tui.stories.text.text_terms`); when None they are computed from the text.
    """

    key: str
    title: str
    body: str = ""
    published: date | datetime | None = None
    entity_keys: Sequence[str] = ()
    terms: Mapping[str, float] | None = None


@dataclass(frozen=True, slots=True)
class Settings:
    """Tunable weights of the similarity score (the defaults are the tuned values)."""

    threshold: float = 0.18
    """A story is joined when its score is at least this; otherwise a new one starts."""
    word_weight: float = 0.6
    """Share of the word cosine in the content score; entities get the rest."""
    centroid_weight: float = 0.5
    """Share of the centroid cosine; the best member's cosine gets the rest."""
    grace_days: float = 2.0
    """No time penalty up to this many days apart."""
    decay_days: float = 10.0
    """Beyond the grace period the score is multiplied by exp(-extra_days / decay_days)."""
    window_days: float = 30.0
    """Stories whose nearest member is further apart than this are not candidates."""
    prior_docs: int = 100
    """Document frequencies are taken over the library plus this many imaginary articles
    sharing no term, so a small library (where every word of its one story is in every
    article) still weights shared words well."""
    title_weight: float = 3.0
    """A title word counts this many times."""
    max_terms: int = 40
    """Words kept per article vector (highest tf-idf first)."""
    max_entities: int = 25
    """Entity keys kept per article vector."""
    query_terms: int = 10
    """Highest-weighted words (plus entity keys) used to look up candidate stories."""
    candidates: int = 3
    """Candidate stories scored in full, chosen by their partial (indexed-term) score."""
    members_compared: int = 4
    """The best-member cosine looks at this many most recent members."""
    posting_scan: int = 16
    """At most this many most recent stories are read from one term's posting list."""
    rare_share: float = 0.005
    """Only terms and entity keys in at most this share of the articles (or in at most
    ``rare_min``) are indexed and looked up: common ones would make long posting lists."""
    rare_min: int = 20


@dataclass(frozen=True, slots=True)
class Placement:
    """Why an article is in its story."""

    key: str
    story: str
    score: float
    """The winning score (1.0 for a story's seed or an explicit member)."""
    reason: str
    """A short human-readable explanation."""


@dataclass(frozen=True, slots=True)
class Story:
    """One group of articles about the same event."""

    id: str
    title: str
    """The most central member's headline."""
    keys: tuple[str, ...]
    """Member keys in processing order (the seed first)."""
    explicit: bool = False
    """True for a story named by an article's ``story:`` field."""


@dataclass(frozen=True, slots=True)
class Grouping:
    """The result of grouping: every story and every article's placement."""

    stories: Mapping[str, Story] = field(default_factory=dict)
    placements: Mapping[str, Placement] = field(default_factory=dict)

    def story_of(self, key: str) -> str:
        """The story id of one article key (KeyError when unknown)."""
        return self.placements[key].story

    def labels(self) -> dict[str, str]:
        """Article key -> story id, for scoring."""
        return {key: p.story for key, p in self.placements.items()}
