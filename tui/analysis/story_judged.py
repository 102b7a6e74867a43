"""A story's pairwise comparisons with the reader's judgements on them.

:func:`judged_comparisons` reads the story's judgements file once (see
:mod:`tui.analysis.judgements`) and yields the comparison of every two outlets judged by
it, as the split view and ``parallax compare`` judge one pair: an unlinked pair no longer
joins two claims into one fact, a hand link joins them, a verdict or note stays on its
pair. The story view and ``parallax story`` both build their fact matrix from it. An
unreadable file leaves every pair the engine's and says so in ``problem``. No Textual here.
"""

from __future__ import annotations

from collections.abc import Iterator, MutableMapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tui.analysis.article_analysis import Analysis
from tui.analysis.comparison import Comparison, compare
from tui.analysis.judged import library_of
from tui.analysis.judgements import JudgementError, pair_of, read_entries, story_file
from tui.analysis.story_facts import PairKey
from tui.models import Article

__all__ = ["StoryComparisons", "judged_comparisons"]


@dataclass(slots=True)
class StoryComparisons:
    """Every two outlets of a story compared and judged: iterate for ``((i, j), comparison)``
    by ``j`` then ``i`` (once the pairs up to ``(j - 1, j)`` are done, the matrix of outlets
    ``0..j`` is complete).

    ``problem``: a one-line message naming an unreadable judgements file ("" when all were
    read); the pairs it holds stay the engine's. ``engine`` keeps the engine's comparisons
    (pass the same mapping again to judge anew without re-aligning)."""

    articles: Sequence[Article]
    analyses: Sequence[Analysis]
    engine: MutableMapping[PairKey, Comparison]
    roots: dict[PairKey, Path] = field(default_factory=dict)
    entries: dict[Path, list[dict[str, Any]]] = field(default_factory=dict)
    problem: str = ""

    def __iter__(self) -> Iterator[tuple[PairKey, Comparison]]:
        for j in range(1, len(self.analyses)):
            for i in range(j):
                comparison = self.engine.get((i, j))
                if comparison is None:
                    comparison = compare(self.analyses[i], self.analyses[j])
                    self.engine[i, j] = comparison
                yield (i, j), self.judged((i, j), comparison)

    def judged(self, key: PairKey, comparison: Comparison) -> Comparison:
        """``comparison`` of outlets ``key`` with the reader's judgements on it, if any."""
        root = self.roots.get(key)
        if root is None:
            return comparison
        left, right = (self.articles[n] for n in key)
        entries = self.entries.get(story_file(root, left.story), [])
        if not entries:
            return comparison
        engine = comparison.engine
        pair = pair_of(
            entries,
            root,
            left.path,
            right.path,
            [c.text for c in engine.claims_a],
            [c.text for c in engine.claims_b],
        )
        return comparison.judged_by(pair.items) if pair.items else comparison


def judged_comparisons(
    articles: Sequence[Article],
    analyses: Sequence[Analysis],
    library: Path | None,
    engine: MutableMapping[PairKey, Comparison] | None = None,
) -> StoryComparisons:
    """The judged comparisons of a story's outlets (``articles``, analysed as ``analyses``),
    with the judgements of ``library`` (or of the folder above two articles holding a file
    for their story, as :func:`~tui.analysis.judged.library_of` finds it), each judgements
    file read once, here. Comparing happens while iterating."""
    result = StoryComparisons(articles, analyses, engine if engine is not None else {})
    for j in range(1, len(articles)):
        for i in range(j):
            root = library_of(articles[i], articles[j], library)
            if root is None:
                continue
            result.roots[i, j] = root
            path = story_file(root, articles[i].story)
            if path in result.entries:
                continue
            try:
                result.entries[path] = read_entries(root, articles[i].story)
            except JudgementError as error:
                result.entries[path] = []
                result.problem = result.problem or str(error)
    return result
