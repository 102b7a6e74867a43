"""Summaries of an article's entity mentions, for panels and reports (no Textual)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from tui.models import ENTITY_LABELS


class MentionLike(Protocol):
    """Anything with a label, a key, a surface text and a start offset."""

    @property
    def text(self) -> str: ...
    @property
    def label(self) -> str: ...
    @property
    def key(self) -> str: ...
    @property
    def start(self) -> int: ...


@dataclass(frozen=True, slots=True)
class EntityEntry:
    """One canonical entity: its best name, label, key and how often it is mentioned."""

    key: str
    label: str
    name: str
    count: int
    first: int


def summarise(mentions: Iterable[MentionLike]) -> dict[str, list[EntityEntry]]:
    """Entities grouped by label (in :data:`ENTITY_LABELS` order), most mentioned first."""
    names: dict[str, str] = {}
    labels: dict[str, str] = {}
    counts: dict[str, int] = {}
    firsts: dict[str, int] = {}
    for mention in mentions:
        key = mention.key
        if key not in counts:
            counts[key] = 0
            firsts[key] = mention.start
            labels[key] = mention.label
            names[key] = mention.text
        counts[key] += 1
        if len(mention.text) > len(names[key]):
            names[key] = mention.text
    grouped: dict[str, list[EntityEntry]] = {}
    for label in ENTITY_LABELS:
        entries = [
            EntityEntry(key, label, names[key], counts[key], firsts[key])
            for key in counts
            if labels[key] == label
        ]
        if entries:
            entries.sort(key=lambda entry: (-entry.count, entry.first))
            grouped[label] = entries
    return grouped


def mention_starts(mentions: Sequence[MentionLike], key: str | None) -> list[int]:
    """Start offsets of the mentions of ``key`` (all mentions when ``key`` is None)."""
    return sorted(m.start for m in mentions if key is None or m.key == key)


def next_offset(starts: Sequence[int], current: int, *, forward: bool) -> int | None:
    """The next (or previous) start after (before) ``current``, wrapping around."""
    if not starts:
        return None
    if forward:
        return next((start for start in starts if start > current), starts[0])
    return next((start for start in reversed(starts) if start < current), starts[-1])
