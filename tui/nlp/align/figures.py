"""Figures that agree after rounding or approximation (issue 15).

Outlets state one figure at different precision: "4.27 billion" / "4.3 billion", "47.6%" /
"48%", "13,512 runners" / "more than 13,500", "1,012 km" / "about 1,000 kilometres". Their
number keys differ, so the plain cosine gets no credit for the figure. Two figures of the
same kind (count, money, percent...) and unit agree here when the more precise one, rounded
to the significant digits of the other, gives the other; a one-digit figure ("about 2%")
must also be within :data:`ONE_DIGIT_SPREAD` of the precise one ("2.2%"), so "10" and "12"
stay different. Such a pair of claims scores as if the two figures had one key.
"""

from __future__ import annotations

import math
from functools import lru_cache

from tui.nlp.align.similarity import ClaimFeatures, Fact

__all__ = ["ONE_DIGIT_SPREAD", "agree", "approx_figure_scores", "significant"]

ONE_DIGIT_SPREAD = 0.15
"""Largest relative gap between a one-significant-digit figure and the precise one."""
_UNITS = {
    "kilometr": "km",
    "kilomet": "km",
    "km": "km",
    "metr": "m",
    "meter": "m",
    "m": "m",
    "mile": "mi",
    "mi": "mi",
    "kilogram": "kg",
    "kilo": "kg",
    "kg": "kg",
    "tonn": "t",
    "ton": "t",
}


_HEDGES = frozenset(
    [
        "near",
        "nearli",
        "almost",
        "about",
        "around",
        "roughli",
        "approxim",
        "some",
        "more",
        "less",
        "fewer",
        "than",
        "over",
        "under",
        "just",
        "least",
        "up",
        "estim",
    ]
)


@lru_cache(maxsize=65536)
def significant(value: float) -> int:
    """Significant digits of ``value`` as written ("13,500" -> 3, "4.27" -> 3, "1,000" -> 1)."""
    text = f"{abs(value):.10g}"
    if "e" in text:
        mantissa = text.split("e")[0]
        return max(1, len(mantissa.replace(".", "").rstrip("0")))
    digits = text.replace(".", "").lstrip("0")
    if "." not in text:
        digits = digits.rstrip("0")
    return max(1, len(digits))


def _round_sig(value: float, sig: int) -> float:
    return round(value, sig - 1 - math.floor(math.log10(abs(value))))


def agree(x: float, y: float) -> bool:
    """Two differing positive values that one rounding makes equal (see the module doc)."""
    if x <= 0 or y <= 0 or x == y:
        return False
    sx, sy = significant(x), significant(y)
    if sx == sy:
        return False
    rough, fine = (x, y) if sx < sy else (y, x)
    sig = min(sx, sy)
    if not math.isclose(_round_sig(fine, sig), rough, rel_tol=1e-9):
        return False
    return sig > 1 or abs(fine - rough) <= ONE_DIGIT_SPREAD * rough


def _unit(fact: Fact) -> str:
    return _UNITS.get(fact.unit, fact.unit)


def _figures(f: ClaimFeatures) -> list[Fact]:
    return [
        x
        for x in f.facts
        if x.shape in ("count", "money", "percent") and x.value and x.key in f.weights
    ]


_Key = tuple[str, str, float]


def _norm(value: float) -> float:
    return float(f"{value:.10g}")


def _index(feats_b: list[ClaimFeatures]) -> tuple[dict[_Key, list[tuple[int, Fact]]], ...]:
    """B's figures by (kind, unit, value), and by every rounding of the value to fewer
    significant digits, so each A figure finds its rounded or more precise partners by a
    few look-ups (no scan over all pairs, also for thousands of claims)."""
    exact: dict[_Key, list[tuple[int, Fact]]] = {}
    rounded: dict[_Key, list[tuple[int, Fact]]] = {}
    for j, f in enumerate(feats_b):
        for y in _figures(f):
            yv = float(y.value or 0)
            exact.setdefault((y.shape, _unit(y), _norm(yv)), []).append((j, y))
            for sig in range(1, significant(yv)):
                key = (y.shape, _unit(y), _norm(_round_sig(yv, sig)))
                rounded.setdefault(key, []).append((j, y))
    return exact, rounded


def _partners(
    x: Fact, exact: dict[_Key, list[tuple[int, Fact]]], rounded: dict[_Key, list[tuple[int, Fact]]]
) -> list[tuple[int, Fact]]:
    """B figures that may agree with ``x``: more precise ones rounding to it, and rougher
    ones it rounds to."""
    xv = float(x.value or 0)
    unit = _unit(x)
    out = list(rounded.get((x.shape, unit, _norm(xv)), ()))
    for sig in range(1, significant(xv)):
        out.extend(exact.get((x.shape, unit, _norm(_round_sig(xv, sig))), ()))
    return out


def approx_figure_scores(
    feats_a: list[ClaimFeatures],
    feats_b: list[ClaimFeatures],
    scores: dict[tuple[int, int], float],
    floor: float,
) -> dict[tuple[int, int], float]:
    """``scores`` with approximate-figure credit added (a new dict; pairs at least ``floor``)."""
    exact, rounded = _index(feats_b)
    out = dict(scores)
    if not exact:
        return out
    for i, fa in enumerate(feats_a):
        credit: dict[int, float] = {}
        for x in _figures(fa):
            unit = _unit(x)
            for j, y in _partners(x, exact, rounded):
                fb = feats_b[j]
                if y.key in fa.weights or x.key in fb.weights:
                    continue
                if not (unit or x.shape != "count" or (x.context & y.context) - _HEDGES):
                    continue  # a bare count needs a word in common: "1,900 firefighters"
                if agree(float(x.value or 0), float(y.value or 0)):
                    c = fa.weights[x.key] * fb.weights[y.key]
                    credit[j] = max(credit.get(j, 0.0), c)
        for j, c in credit.items():
            fb = feats_b[j]
            dot = sum(w * fb.weights.get(k, 0.0) for k, w in fa.weights.items())
            s = round(min(1.0, (dot + c) / (fa.norm * fb.norm)), 12)
            if s >= floor and s > out.get((i, j), 0.0):
                out[i, j] = s
    return out
