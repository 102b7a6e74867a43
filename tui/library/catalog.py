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


class ArticleCatalog:
    """Articles prepared for fast, repeated filtering: one sort per grouping, cached
    haystacks, and narrowing from the previous result when a query only grows."""

    def __init__(self, articles: Sequence[ArticleMeta]) -> None:
        self.articles = articles
        self._haystacks = {id(meta): haystack(meta) for meta in articles}
        self._ordered: dict[Grouping, list[tuple[str, ArticleMeta, str]]] = {}
        self._last: tuple[Grouping, tuple[str, ...], list[tuple[str, ArticleMeta, str]]] | None
        self._last = None

    def _order(self, by: Grouping) -> list[tuple[str, ArticleMeta, str]]:
        if by not in self._ordered:
            self._ordered[by] = [
                (group.name, meta, self._haystacks[id(meta)])
                for group in group_articles(self.articles, by)
                for meta in group.articles
            ]
        return self._ordered[by]

    def _matching(self, query: str, by: Grouping) -> list[tuple[str, ArticleMeta, str]]:
        terms = tuple(query.casefold().split())
        if not terms:
            return self._order(by)
        pool = self._order(by)
        last = self._last
        if last is not None and last[0] == by and _narrows(last[1], terms):
            pool = last[2]  # every new term contains an old one: search the old hits only
        if len(terms) == 1:
            term = terms[0]
            found = [row for row in pool if term in row[2]]
        else:
            found = [row for row in pool if all(term in row[2] for term in terms)]
        self._last = (by, terms, found)
        return found

    def visible(self, query: str, by: Grouping = "source") -> list[ArticleMeta]:
        """Articles matching ``query``, in sidebar order for grouping ``by``."""
        return [row[1] for row in self._matching(query, by)]

    def groups(self, query: str, by: Grouping) -> list[Group]:
        """The sidebar's groups for ``query``; same order as :func:`group_articles`."""
        groups: list[Group] = []
        name: str | None = None
        items: list[ArticleMeta] = []
        for group_name, meta, _text in self._matching(query, by):
            if group_name != name:
                if name is not None:
                    groups.append(Group(name, tuple(items)))
                name, items = group_name, []
            items.append(meta)
        if name is not None:
            groups.append(Group(name, tuple(items)))
        return groups


def _narrows(old: tuple[str, ...], new: tuple[str, ...]) -> bool:
    """True when anything matching ``new`` also matches ``old``."""
    return all(any(term_old in term_new for term_new in new) for term_old in old)
