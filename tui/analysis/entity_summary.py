"""Summaries of entity mentions, for panels and reports (no Textual): one article's
entities by label (:func:`summarise`) and two articles' shared and one-sided entities
(:func:`entity_overlap`), both naming an entity the same way (:func:`display_names`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from tui.models import ENTITY_LABELS
from tui.nlp.entities import Mention

FIGURE_LABELS = frozenset({"NUMBER", "DATE"})
"""Labels counted as figures (numbers, dates), left out of the entity overlap."""


@dataclass(frozen=True, slots=True)
class EntityEntry:
    """One canonical entity: its best name, label, key and how often it is mentioned."""

    key: str
    label: str
    name: str
    count: int
    first: int


@dataclass(frozen=True, slots=True)
class EntityInfo:
    """One canonical entity of either article, with its mention counts on each side."""

    key: str
    label: str
    name: str
    count_a: int
    count_b: int


@dataclass(frozen=True, slots=True)
class EntityOverlap:
    """Entities (figures excluded) found in both articles, or in one only."""

    shared: tuple[EntityInfo, ...]
    only_a: tuple[EntityInfo, ...]
    only_b: tuple[EntityInfo, ...]


def _shouted(text: str) -> bool:
    """An all-capitals form longer than an acronym, e.g. a dateline's "NEW DELHI"."""
    return text.isupper() and len(text) > 4


def display_names(mentions: Iterable[Mention]) -> dict[str, str]:
    """The name shown for each entity key: of the surface forms of its mentions, the one
    with most words, then not shouted in capitals, most used, longest, first seen."""
    seen: dict[str, dict[str, list[int]]] = {}  # key -> text -> [count, -first order]
    for order, mention in enumerate(mentions):
        forms = seen.setdefault(mention.key, {})
        form = forms.setdefault(mention.text, [0, -order])
        form[0] += 1
    return {
        key: max(
            forms.items(),
            key=lambda kv: (
                len(kv[0].split()),
                not _shouted(kv[0]),
                kv[1][0],
                len(kv[0]),
                kv[1][1],
            ),
        )[0]
        for key, forms in seen.items()
    }


def summarise(mentions: Iterable[Mention]) -> dict[str, list[EntityEntry]]:
    """Entities grouped by label (in :data:`ENTITY_LABELS` order), most mentioned first."""
    mentions = list(mentions)
    names = display_names(mentions)
    labels: dict[str, str] = {}
    counts: dict[str, int] = {}
    firsts: dict[str, int] = {}
    for mention in mentions:
        key = mention.key
        if key not in counts:
            counts[key] = 0
            firsts[key] = mention.start
            labels[key] = mention.label
        counts[key] += 1
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


def entity_overlap(mentions_a: Iterable[Mention], mentions_b: Iterable[Mention]) -> EntityOverlap:
    """Group two articles' mentions (keys unified) by key; split into shared and one-sided."""
    counts: dict[str, list[int]] = {}
    labels: dict[str, str] = {}
    named: list[Mention] = []
    for side, mentions in enumerate((mentions_a, mentions_b)):
        for m in mentions:
            if m.label in FIGURE_LABELS:
                continue
            counts.setdefault(m.key, [0, 0])[side] += 1
            labels.setdefault(m.key, m.label)
            named.append(m)
    names = display_names(named)

    def info(key: str) -> EntityInfo:
        return EntityInfo(key, labels[key], names[key], counts[key][0], counts[key][1])

    ordered = sorted(counts, key=lambda k: (-sum(counts[k]), k))
    shared = tuple(info(k) for k in ordered if all(counts[k]))
    only_a = tuple(info(k) for k in ordered if counts[k][0] and not counts[k][1])
    only_b = tuple(info(k) for k in ordered if counts[k][1] and not counts[k][0])
    return EntityOverlap(shared, only_a, only_b)


def mention_starts(mentions: Sequence[Mention], key: str | None) -> list[int]:
    """Start offsets of the mentions of ``key`` (all mentions when ``key`` is None)."""
    return sorted(m.start for m in mentions if key is None or m.key == key)


def next_offset(starts: Sequence[int], current: int, *, forward: bool) -> int | None:
    """The next (or previous) start after (before) ``current``, wrapping around."""
    if not starts:
        return None
    if forward:
        return next((start for start in starts if start > current), starts[0])
    return next((start for start in reversed(starts) if start < current), starts[-1])
