"""Group and filter article metadata for the sidebar (pure logic, no Textual)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from tui.models import ArticleMeta

Grouping = Literal["source", "story"]


@dataclass(frozen=True, slots=True)
class Group:
    """One sidebar heading (an outlet or a story) and its articles in order."""

    name: str
    articles: tuple[ArticleMeta, ...]


def _sort_key(meta: ArticleMeta) -> tuple[str, str]:
    # Newest first would need a reverse sort; dates compare as ISO strings.
    return (meta.published_label or "0000", meta.title.casefold())


def group_articles(articles: Iterable[ArticleMeta], by: Grouping) -> list[Group]:
    """Group ``articles`` by outlet or by story; groups and articles sorted for reading."""
    buckets: dict[str, list[ArticleMeta]] = {}
    for meta in articles:
        buckets.setdefault(meta.source if by == "source" else meta.story, []).append(meta)
    return [
        Group(name, tuple(sorted(items, key=_sort_key, reverse=True)))
        for name, items in sorted(buckets.items(), key=lambda item: item[0].casefold())
    ]


def haystack(meta: ArticleMeta) -> str:
    """The lower-cased text the sidebar filter searches for one article."""
    return " ".join(
        part for part in (meta.title, meta.source, meta.story, meta.author or "") if part
    ).casefold()


def filter_articles(
    articles: Sequence[ArticleMeta], query: str, haystacks: Sequence[str] | None = None
) -> list[ArticleMeta]:
    """Articles whose title, outlet, story or author contain every word of ``query``."""
    terms = query.casefold().split()
    if not terms:
        return list(articles)
    texts = haystacks if haystacks is not None else [haystack(meta) for meta in articles]
    return [
        meta
        for meta, text in zip(articles, texts, strict=True)
        if all(term in text for term in terms)
    ]
