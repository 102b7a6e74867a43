"""Spans of an article body (highlights, search matches) found per block by bisection."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import accumulate
from typing import Generic, TypeVar

from rich.text import Text

Item = TypeVar("Item")


@dataclass(frozen=True, slots=True)
class Highlight:
    """A span of the body to highlight, with its entity label and canonical key."""

    start: int
    end: int
    label: str
    key: str


def highlight_span(highlight: Highlight) -> tuple[int, int]:
    """The body span of ``highlight``."""
    return highlight.start, highlight.end


def plain_span(span: tuple[int, int]) -> tuple[int, int]:
    """A span as it is (search matches are plain spans)."""
    return span


class SpanIndex(Generic[Item]):
    """``items`` sorted by their (start, end) span; :meth:`overlapping` bisects, so a
    block finds its own spans without a pass over the whole article's."""

    def __init__(self, items: Sequence[Item], span: Callable[[Item], tuple[int, int]]) -> None:
        self.items = sorted(items, key=span)
        spans = [span(item) for item in self.items]
        self._starts = [start for start, _ in spans]
        self._ends_max = list(accumulate((end for _, end in spans), max))
        self._ends = [end for _, end in spans]

    def overlapping(self, start: int, end: int) -> list[Item]:
        """The items whose span overlaps ``[start, end)``, in order."""
        low = bisect_left(self._ends_max, start + 1)  # the first that may reach in
        high = bisect_left(self._starts, end)
        ends = self._ends[low:high]
        return [item for item, to in zip(self.items[low:high], ends, strict=True) if to > start]


def mark_search(
    text: Text,
    block_start: int,
    matches: Sequence[tuple[int, int]],
    tagged_at: Sequence[tuple[int, int]],
    styles: tuple[str, str],
    current: int,
) -> None:
    """Style the search ``matches`` (body spans, already clipped to the block) in ``text``,
    the block's display text; ``tagged_at``: body offset and length of each inline tag,
    which shifts the text after it. ``styles``: (match, current match at ``current``)."""
    for start, end in matches:
        at = start - block_start + sum(n for body_at, n in tagged_at if body_at <= start)
        to = end - block_start + sum(n for body_at, n in tagged_at if body_at < end)
        text.stylize(styles[1] if start == current else styles[0], at, to)
