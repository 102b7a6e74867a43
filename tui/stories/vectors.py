"""Sparse vectors as plain dicts: top-k truncation, normalisation, dot products."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from operator import itemgetter

Vec = dict[str, float]


def top_normalised(weights: Mapping[str, float], limit: int) -> Vec:
    """The ``limit`` heaviest entries, heaviest first, scaled to unit length.

    Ties keep the input order (deterministic for a deterministic input).
    """
    items = sorted(weights.items(), key=itemgetter(1), reverse=True)[:limit]
    norm = math.sqrt(sum(w * w for _t, w in items))
    if norm == 0.0:
        return {}
    return {t: w / norm for t, w in items}


def dot(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    """The dot product of two sparse vectors."""
    shared = a.keys() & b.keys()  # set intersection runs in C; few terms are shared
    return sum([a[t] * b[t] for t in shared])


def norm(a: Mapping[str, float]) -> float:
    """Euclidean length."""
    return math.sqrt(sum(w * w for w in a.values()))


def add_into(total: dict[str, float], part: Mapping[str, float]) -> None:
    """``total += part`` in place."""
    for t, w in part.items():
        total[t] = total.get(t, 0.0) + w


def heaviest_shared(a: Mapping[str, float], b: Mapping[str, float], n: int) -> list[str]:
    """The ``n`` terms contributing most to ``dot(a, b)``, heaviest first."""
    shared: Iterable[str] = a.keys() & b.keys()
    return sorted(shared, key=lambda t: (-a[t] * b[t], t))[:n]
