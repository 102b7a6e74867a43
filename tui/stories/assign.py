"""Every article of a scanned library in a story: explicit ``story:`` fields fixed, the
others grouped automatically (:class:`~tui.stories.Grouper`) from their cached analyses.

Grouping inputs (term weights and entity mentions per file stamp) are kept in
:class:`~tui.stories.input_cache.InputCache`, so a second run analyses nothing. A
:class:`StoryAssigner` is incremental: when a later scan only adds files, the new ones are
``add``-ed and no earlier placement moves; any other change (a file edited or removed, a
``story:`` field changed) regroups from scratch, which is deterministic. An explicit story
holds exactly the articles naming it (``Settings.join_explicit`` is off). A ``story:``
field holding an automatic story's id (:data:`AUTOMATIC_ID`) puts the article into that
automatic story. Article keys are
paths relative to the library, so story ids do not depend on where the library lives.
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from tui.analysis import analyse
from tui.library.catalog import StoryLabel
from tui.library.loader import ArticleError, LibraryScan, load_article
from tui.models import ArticleMeta
from tui.stories.grouper import Grouper, order_key
from tui.stories.input_cache import CachedInput, InputCache, cache_path, entity_counts
from tui.stories.library import keys_from_counts
from tui.stories.text import day_number, text_terms
from tui.stories.types import Settings, StoryInput

__all__ = ["BACKGROUND_PAUSE", "Assignment", "LibraryStory", "StoryAssigner", "assign_library"]

AUTOMATIC_ID = re.compile(r"s[0-9a-f]{10}x*\Z")
"""An automatic story's id. A ``story:`` field naming one (written when the reader moves
an article into an automatic story) joins that story after the others are grouped,
instead of starting an explicit story the automatic members would not find."""

BACKGROUND_PAUSE = 0.003
"""A ``pause`` for an assigner running beside a UI thread (the app's reader)."""
Progress = Callable[[int, int], None]
"""``(files done, files to do)`` while files are being analysed."""
PROGRESS_EVERY = 25

_Entry = tuple[tuple[int, int], str | None, ArticleMeta]
"""A file's (size, mtime), explicit story and metadata."""


@dataclass(frozen=True, slots=True)
class LibraryStory:
    """One story of the library: its articles (oldest first, undated last) and why each
    is there (``reasons[i]`` explains ``articles[i]``)."""

    id: str
    title: str
    explicit: bool
    articles: tuple[ArticleMeta, ...]
    reasons: tuple[str, ...]

    @property
    def outlets(self) -> int:
        """How many distinct outlets report it."""
        return len({meta.source.casefold() for meta in self.articles})


@dataclass(frozen=True, slots=True)
class Assignment:
    """The library's stories (sorted by title) and each article's story id."""

    stories: tuple[LibraryStory, ...] = ()
    story_of_path: dict[Path, str] = field(default_factory=dict)

    def story(self, path: Path) -> LibraryStory | None:
        """The story holding the article at ``path``."""
        sid = self.story_of_path.get(path)
        return self.find(sid) if sid is not None else None

    def find(self, name: str) -> LibraryStory | None:
        """The story with id ``name`` (or explicit slug, case-insensitively)."""
        for story in self.stories:
            if story.id == name:
                return story
        folded = name.casefold()
        return next((s for s in self.stories if s.id.casefold() == folded), None)

    def labels(self) -> dict[Path, StoryLabel]:
        """Path -> the story's id and title, for the sidebar's grouping."""
        titles = {s.id: s.title for s in self.stories}
        return {p: StoryLabel(sid, titles[sid]) for p, sid in self.story_of_path.items()}

    def siblings(self, path: Path) -> list[ArticleMeta]:
        """The other articles of ``path``'s story."""
        story = self.story(path)
        return [m for m in story.articles if m.path != path] if story else []


def _key(root: Path, path: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


def _stamp(path: Path) -> tuple[int, int] | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_size, info.st_mtime_ns


def _compute(path: Path) -> CachedInput | None:
    """Terms and mentions of one file from its (cached) analysis; None if unreadable."""
    try:
        article = load_article(path)
    except ArticleError:
        return None
    analysis = analyse(article)
    return CachedInput(text_terms(article.title, article.body), entity_counts(analysis.mentions))


class StoryAssigner:
    """Assigns stories to the articles of one library, incrementally across scans."""

    def __init__(
        self,
        root: Path,
        *,
        cache: Path | None = None,
        settings: Settings | None = None,
        pause: float = 0.0,
    ):
        """``pause``: seconds to sleep after each file analysed, so that another thread of
        the process (the app's UI) gets the interpreter often while a cold library is
        analysed in the background."""
        self.root = root
        self.pause = pause
        self.cache_file = cache if cache is not None else cache_path(root)
        self.settings = settings or Settings(join_explicit=False)
        self.computed = 0
        """Files analysed (not found in the input cache) by the last :meth:`update`."""
        self._grouper = Grouper(self.settings)
        self._known: dict[str, tuple[tuple[int, int], str | None]] = {}
        self._metas: dict[str, ArticleMeta] = {}

    def update(self, scan: LibraryScan, on_progress: Progress | None = None) -> Assignment:
        """The assignment for ``scan``: new files added, or everything regrouped.

        ``on_progress(done, total)`` is called every :data:`PROGRESS_EVERY` files that had
        to be analysed (not for files served from the cache)."""
        current: dict[str, _Entry] = {}
        for meta in scan.articles:
            stamp = _stamp(meta.path)
            if stamp is not None:
                current[_key(self.root, meta.path)] = (stamp, meta.story, meta)
        unchanged = all(
            key in current and current[key][:2] == seen for key, seen in self._known.items()
        )
        if not unchanged:
            self._grouper, self._known, self._metas = Grouper(self.settings), {}, {}
        fresh = sorted(key for key in current if key not in self._known)
        self._add(fresh, current, on_progress)
        return self._assignment()

    def _add(
        self, keys: Sequence[str], current: dict[str, _Entry], on_progress: Progress | None
    ) -> None:
        self.computed = 0
        if not keys:
            return
        inputs: list[tuple[str, CachedInput]] = []
        cache = InputCache.open(self.cache_file)
        try:
            for key in keys:
                (size, mtime), _story, meta = current[key]
                found = cache.get(key, size, mtime)
                if found is None:
                    found = _compute(meta.path)
                    if found is None:
                        continue
                    cache.put(key, size, mtime, found)
                    self.computed += 1
                    if self.pause:
                        time.sleep(self.pause)
                    if on_progress is not None and self.computed % PROGRESS_EVERY == 0:
                        on_progress(len(inputs) + 1, len(keys))
                inputs.append((key, found))
            cache.save(keep=sorted(set(self._known) | {k for k, _ in inputs}))
        finally:
            cache.close()
        entity_keys = keys_from_counts([value.entities for _key, value in inputs])
        items = [
            StoryInput(key, current[key][2].title, "", current[key][2].published, keys, value.terms)
            for (key, value), keys in zip(inputs, entity_keys, strict=True)
        ]
        explicit = {i.key: s for i in items if (s := current[i.key][1]) is not None}
        pinned = [i for i in items if AUTOMATIC_ID.match(explicit.get(i.key, ""))]
        rest = [i for i in items if not AUTOMATIC_ID.match(explicit.get(i.key, ""))]
        self._grouper.add_many(sorted(rest, key=order_key), explicit)
        for item in sorted(pinned, key=order_key):  # join the automatic story they name
            self._grouper.add(item, explicit[item.key])
        for item in items:
            stamp, story, meta = current[item.key]
            self._known[item.key] = (stamp, story)
            self._metas[item.key] = meta

    def _assignment(self) -> Assignment:
        grouping = self._grouper.grouping()
        stories: list[LibraryStory] = []
        of_path: dict[Path, str] = {}
        for story in grouping.stories.values():
            metas = sorted((self._metas[k] for k in story.keys), key=_published_order)
            reasons = tuple(grouping.placements[_key(self.root, m.path)].reason for m in metas)
            found = LibraryStory(story.id, story.title, story.explicit, tuple(metas), reasons)
            stories.append(found)
            of_path.update((m.path, story.id) for m in metas)
        stories.sort(key=lambda s: (s.title.casefold(), s.id))
        return Assignment(tuple(stories), of_path)


def _published_order(meta: ArticleMeta) -> tuple[int, float, str]:
    day = day_number(meta.published)
    return (0, day, str(meta.path)) if day is not None else (1, 0.0, str(meta.path))


def assign_library(scan: LibraryScan, *, cache: Path | None = None) -> Assignment:
    """Every article of ``scan`` in a story (one-off; see :class:`StoryAssigner`)."""
    return StoryAssigner(scan.root, cache=cache).update(scan)
