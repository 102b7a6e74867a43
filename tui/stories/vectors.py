"""Sparse vectors as plain dicts: top-k truncation, normalisation, dot products."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping

Vec = dict[str, float]


def top_normalised(weights: Mapping[str, float], limit: int) -> Vec:
    """The ``limit`` heaviest entries (ties by term), scaled to unit length."""
    items = sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]
    norm = math.sqrt(sum(w * w for _t, w in items))
    if norm == 0.0:
        return {}
    return {t: w / norm for t, w in items}


def dot(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    """The dot product of two sparse vectors."""
    if len(a) > len(b):
        a, b = b, a
    get = b.get
    return sum(w * get(t, 0.0) for t, w in a.items())


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
