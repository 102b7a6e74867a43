"""Plain data shared by every layer: articles, their metadata and load problems.

Nothing here imports Textual; the UI only renders these values.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

ENTITY_LABELS: tuple[str, ...] = (
    "PERSON",
    "ORG",
    "GPE",
    "LOC",
    "NORP",
    "DATE",
    "NUMBER",
    "EVENT",
    "WORK",
    "PRODUCT",
)
"""Every entity label Parallax knows, in display order."""


@dataclass(frozen=True, slots=True)
class EntityOverride:
    """An entity an article declares by hand (its ``entities:`` field)."""

    text: str
    label: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Problem:
    """Something wrong with one library file, reported instead of raised."""

    path: Path
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else str(self.path)
        return f"{where}: {self.message}"


def date_label(value: date | datetime) -> str:
    """``YYYY-MM-DD`` with a four-digit year even before 1000 (``strftime`` gives ``999``),
    so labels also sort as dates."""
    return f"{value.year:04d}-{value.month:02d}-{value.day:02d}"


@dataclass(frozen=True, slots=True)
class ArticleMeta:
    """What the sidebar needs to list an article, without its body."""

    path: Path
    title: str
    source: str
    story: str
    published: date | datetime | None = None
    author: str | None = None
    url: str | None = None
    words: int = 0

    @property
    def published_label(self) -> str:
        """The publication date as ``YYYY-MM-DD``, or an empty string."""
        if self.published is None:
            return ""
        return date_label(self.published)


@dataclass(frozen=True, slots=True)
class Article:
    """One loaded article: metadata plus its plain-text body."""

    path: Path
    title: str
    source: str
    body: str
    story: str
    url: str | None = None
    published: date | datetime | None = None
    author: str | None = None
    language: str = "en"
    tags: tuple[str, ...] = ()
    entities: tuple[EntityOverride, ...] = ()
    extra: Mapping[str, Any] = field(default_factory=dict)

    @property
    def word_count(self) -> int:
        """Number of whitespace-separated words in the body."""
        return len(self.body.split())

    @property
    def reading_minutes(self) -> int:
        """Estimated reading time at 230 words a minute, at least one minute."""
        return max(1, round(self.word_count / 230))

    @property
    def meta(self) -> ArticleMeta:
        """The sidebar's view of this article."""
        return ArticleMeta(
            path=self.path,
            title=self.title,
            source=self.source,
            story=self.story,
            published=self.published,
            author=self.author,
            url=self.url,
            words=self.word_count,
        )
