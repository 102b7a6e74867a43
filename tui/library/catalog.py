"""Group and filter article metadata for the sidebar (pure logic, no Textual)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from tui.models import ArticleMeta

Grouping = Literal["source", "story"]


@dataclass(frozen=True, slots=True)
class Group:
    """One sidebar heading (an outlet or a story) and its articles in order."""

    name: str
    articles: tuple[ArticleMeta, ...]


def _in_order(items: list[ArticleMeta], by: Grouping) -> tuple[ArticleMeta, ...]:
    """Newest first (undated last); equal dates by title (an outlet's articles) or by
    outlet (a story's coverage), A to Z. Dates compare as ISO strings."""
    if by == "source":
        ordered = sorted(items, key=lambda meta: meta.title.casefold())
    else:
        ordered = sorted(items, key=lambda meta: (meta.source.casefold(), meta.title.casefold()))
    ordered.sort(key=lambda meta: meta.published_label or "0000", reverse=True)
    return tuple(ordered)


def group_articles(articles: Iterable[ArticleMeta], by: Grouping) -> list[Group]:
    """Group ``articles`` by outlet or by story; groups and articles sorted for reading."""
    buckets: dict[str, list[ArticleMeta]] = {}
    for meta in articles:
        buckets.setdefault(meta.source if by == "source" else meta.story, []).append(meta)
    return [
        Group(name, _in_order(items, by))
        for name, items in sorted(buckets.items(), key=lambda item: item[0].casefold())
    ]


def has_compared_stories(articles: Iterable[ArticleMeta]) -> bool:
    """True when some story is covered by two or more outlets (worth comparing)."""
    outlets: dict[str, str] = {}
    for meta in articles:
        first = outlets.setdefault(meta.story, meta.source)
        if first != meta.source:
            return True
    return False


def library_label(root: Path, samples: Iterable[Path] = ()) -> str:
    """A friendly name for the library at ``root``: "sample library" for one of
    ``samples`` (the bundled copies), else the path with the home folder written ``~``."""
    try:
        resolved = root.expanduser().resolve()
        if any(resolved == sample.resolve() for sample in samples):
            return "sample library"
        return f"~/{resolved.relative_to(Path.home())}"
    except (OSError, RuntimeError, ValueError):
        return str(root)


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

    def _matching(
        self, query: str, by: Grouping, also: frozenset[Path] = frozenset()
    ) -> list[tuple[str, ArticleMeta, str]]:
        terms = tuple(query.casefold().split())
        if not terms:
            return self._order(by)
        found = self._matching_terms(terms, by)
        if not also:
            return found
        # Text-search hits join the metadata matches, in sidebar order.
        matched = {id(row) for row in found}
        return [row for row in self._order(by) if id(row) in matched or row[1].path in also]

    def _matching_terms(
        self, terms: tuple[str, ...], by: Grouping
    ) -> list[tuple[str, ArticleMeta, str]]:
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

    def visible(
        self, query: str, by: Grouping = "source", also: frozenset[Path] = frozenset()
    ) -> list[ArticleMeta]:
        """Articles matching ``query`` (or whose path is in ``also``: text-search hits), in
        sidebar order for grouping ``by``."""
        return [row[1] for row in self._matching(query, by, also)]

    def groups(self, query: str, by: Grouping, also: frozenset[Path] = frozenset()) -> list[Group]:
        """The sidebar's groups for ``query`` and ``also`` (see :meth:`visible`); same order
        as :func:`group_articles`."""
        groups: list[Group] = []
        name: str | None = None
        items: list[ArticleMeta] = []
        for group_name, meta, _text in self._matching(query, by, also):
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
