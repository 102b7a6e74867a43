"""Short explanations of why an article is in its story."""

from __future__ import annotations

from collections.abc import Mapping

from tui.stories.text import entity_name, surface
from tui.stories.vectors import heaviest_shared


def days_apart(gap: float | None) -> str:
    """The time distance in words: same day, 1 day apart, 4 days apart or undated."""
    if gap is None:
        return "undated"
    days = round(gap)
    if days == 0:
        return "same day"
    return "1 day apart" if days == 1 else f"{days} days apart"


def join_reason(
    words: Mapping[str, float],
    ents: Mapping[str, float],
    story_words: Mapping[str, float],
    story_ents: Mapping[str, float],
    gap: float | None,
) -> str:
    """Shared names, shared words and time distance, e.g.
    "names Veltrix Systems, Lionel Abernathy; words quarter, margin; 1 day apart"."""
    parts: list[str] = []
    names = [entity_name(k) for k in heaviest_shared(ents, story_ents, 3)]
    if names:
        parts.append("names " + ", ".join(names))
    terms = [surface(t) for t in heaviest_shared(words, story_words, 4)]
    if terms:
        parts.append("words " + ", ".join(terms))
    parts.append(days_apart(gap))
    return "; ".join(parts)


def seed_reason(threshold: float, best: float, nearest_title: str | None) -> str:
    """Why an article starts a new story."""
    if nearest_title is None:
        return "new story: no earlier story shares its rare words or names"
    return f"new story: the closest, {nearest_title!r}, scored {best:.2f} (below {threshold:.2f})"
