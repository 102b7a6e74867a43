"""Group and filter article metadata for the sidebar (pure logic, no Textual)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from tui.models import ArticleMeta

Grouping = Literal["source", "story"]
UNGROUPED = "(not grouped yet)"
"""The story heading of articles the story assignment has not placed (yet)."""


@dataclass(frozen=True, slots=True)
class StoryLabel:
    """Which story an article is in, for grouping: the story's id and its title."""

    id: str
    title: str


@dataclass(frozen=True, slots=True)
class Group:
    """One sidebar heading (an outlet or a story) and its articles in order.

    ``key``: the story id when grouped by story (else the outlet name).
    """

    name: str
    articles: tuple[ArticleMeta, ...]
    key: str = ""

    @property
    def outlets(self) -> int:
        """How many distinct outlets the group's articles come from."""
        return len({meta.source.casefold() for meta in self.articles})


def _in_order(items: list[ArticleMeta], by: Grouping) -> tuple[ArticleMeta, ...]:
    """Newest first (undated last); equal dates by title (an outlet's articles) or by
    outlet (a story's coverage), A to Z. Dates compare as ISO strings."""
    if by == "source":
        ordered = sorted(items, key=lambda meta: meta.title.casefold())
    else:
        ordered = sorted(items, key=lambda meta: (meta.source.casefold(), meta.title.casefold()))
    ordered.sort(key=lambda meta: meta.published_label or "0000", reverse=True)
    return tuple(ordered)


def story_label(meta: ArticleMeta, stories: Mapping[Path, StoryLabel]) -> StoryLabel:
    """``meta``'s story: the assignment's, else its explicit ``story:``, else ungrouped."""
    found = stories.get(meta.path)
    if found is not None:
        return found
    return StoryLabel(meta.story, meta.story) if meta.story else StoryLabel("", UNGROUPED)


def group_articles(
    articles: Iterable[ArticleMeta],
    by: Grouping,
    stories: Mapping[Path, StoryLabel] | None = None,
) -> list[Group]:
    """Group ``articles`` by outlet or by story (``stories``: each path's story); groups
    sorted by name, articles newest first."""
    buckets: dict[str, list[ArticleMeta]] = {}
    names: dict[str, str] = {}
    for meta in articles:
        if by == "source":
            key = name = meta.source
        else:
            label = story_label(meta, stories or {})
            key, name = label.id, label.title
        names.setdefault(key, name)
        buckets.setdefault(key, []).append(meta)
    return [
        Group(names[key], _in_order(items, by), key)
        for key, items in sorted(buckets.items(), key=lambda kv: (names[kv[0]].casefold(), kv[0]))
    ]


def has_compared_stories(
    articles: Iterable[ArticleMeta], stories: Mapping[Path, StoryLabel] | None = None
) -> bool:
    """True when some story (``stories``: each path's, else its explicit ``story:``) is
    covered by two or more outlets (worth comparing)."""
    outlets: dict[str, str] = {}
    for meta in articles:
        key = story_label(meta, stories or {}).id
        if not key:
            continue  # not grouped (yet)
        first = outlets.setdefault(key, meta.source)
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


def haystack(meta: ArticleMeta, story_title: str = "") -> str:
    """The lower-cased text the sidebar filter searches for one article."""
    parts = (meta.title, meta.source, meta.story or "", story_title, meta.author or "")
    return " ".join(part for part in parts if part).casefold()


class ArticleCatalog:
    """Articles prepared for fast, repeated filtering: one sort per grouping, cached
    haystacks, and narrowing from the previous result when a query only grows."""

    def __init__(
        self,
        articles: Sequence[ArticleMeta],
        stories: Mapping[Path, StoryLabel] | None = None,
    ) -> None:
        self.articles = articles
        self.stories = dict(stories or {})
        self._haystacks = {
            id(meta): haystack(meta, story_label(meta, self.stories).title) for meta in articles
        }
        self._ordered: dict[Grouping, list[tuple[Group, ArticleMeta, str]]] = {}
        self._last: tuple[Grouping, tuple[str, ...], list[tuple[Group, ArticleMeta, str]]] | None
        self._last = None

    def _order(self, by: Grouping) -> list[tuple[Group, ArticleMeta, str]]:
        if by not in self._ordered:
            self._ordered[by] = [
                (group, meta, self._haystacks[id(meta)])
                for group in group_articles(self.articles, by, self.stories)
                for meta in group.articles
            ]
        return self._ordered[by]

    def _matching(
        self, query: str, by: Grouping, also: frozenset[Path] = frozenset()
    ) -> list[tuple[Group, ArticleMeta, str]]:
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
    ) -> list[tuple[Group, ArticleMeta, str]]:
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
        current: Group | None = None
        items: list[ArticleMeta] = []
        for group, meta, _text in self._matching(query, by, also):
            if group is not current:
                if current is not None:
                    groups.append(Group(current.name, tuple(items), current.key))
                current, items = group, []
            items.append(meta)
        if current is not None:
            groups.append(Group(current.name, tuple(items), current.key))
        return groups


def _narrows(old: tuple[str, ...], new: tuple[str, ...]) -> bool:
    """True when anything matching ``new`` also matches ``old``."""
    return all(any(term_old in term_new for term_new in new) for term_old in old)
