"""Choosing the claim pairs from their scores, for :mod:`tui.nlp.align.aligner`.

One-to-one first: a maximum-weight assignment over pairs scoring at least
:data:`PAIR_THRESHOLD` (a pair of claims that are each other's best partner needs only
:data:`MUTUAL_THRESHOLD`); a pair sharing only a topic (names, dates, one figure: see
:func:`topical_only`) is taken only when it is each claim's best partner. Then many-to-one
extras, best first: an extra pair needs
:data:`EXTRA_THRESHOLD`, or a lower score when most of the smaller claim's weight is
covered by the larger one (:data:`CONTAINMENT`); no claim takes part in more than
:data:`MAX_PARTNERS` pairs.

The assignment runs on the submatrix of rows and columns having a candidate
(:mod:`tui.nlp.align.assignment`): in pure Python when that is small, with numpy for long
articles; both give the same pairs.
"""

from __future__ import annotations

from tui.nlp.align.assignment import assign
from tui.nlp.align.similarity import ClaimFeatures

__all__ = [
    "CONTAINMENT",
    "EXTRA_THRESHOLD",
    "MAX_PARTNERS",
    "MUTUAL_THRESHOLD",
    "PAIR_THRESHOLD",
    "match",
]

PAIR_THRESHOLD = 0.14
"""Least score for a one-to-one pair."""
MUTUAL_THRESHOLD = 0.12
"""Least score for a one-to-one pair of claims that are each other's best partner."""
EXTRA_THRESHOLD = 0.16
"""Least score for an additional (many-to-one) pair."""
CONTAINMENT = 0.5
"""Least share of the smaller claim's weight found in the larger, for a many-to-one pair."""
MAX_PARTNERS = 3
"""Most pairs one claim may take part in (best-scoring first)."""
FLOOR = min(PAIR_THRESHOLD, MUTUAL_THRESHOLD)
"""Scores below this can never make a pair: the scorer may leave them out."""


def _coverage(x: ClaimFeatures, y: ClaimFeatures) -> float:
    """Share of ``x``'s weight (squared) that ``y`` also has."""
    total = sum(w * w for w in x.weights.values())
    if not total:
        return 0.0
    return sum(w * w for k, w in x.weights.items() if k in y.weights) / total


def topical_only(x: ClaimFeatures, y: ClaimFeatures) -> bool:
    """The two claims share only names, dates and at most one figure: a topic, not a fact.

    A pair needs a shared content word that is not part of an entity or figure mention of
    either claim, or a shared figure together with another shared name or figure.
    """
    names = x.name_stems | y.name_stems
    anchors = figures = 0
    for k in x.weights:
        if k not in y.weights or " " in k:
            continue
        if k[0] == "#":
            if ":" in k and not k.startswith(("#u:", "#v:")):
                anchors += 1
                figures += 1
        elif ":" in k:
            anchors += 1
        elif k not in names and k not in x.label_keys and k not in y.label_keys:
            return False
    return not (figures and anchors >= 2)


LARGE_MATRIX = 250_000
"""Above this many cells the candidate matrix is split into its connected parts, each
assigned alone (the optimum of the whole is the union of the parts' optima)."""
GREEDY_ABOVE = 1_000_000
"""A connected part with more cells than this is paired greedily, best score first."""


def _one_to_one(cand: dict[tuple[int, int], float]) -> dict[tuple[int, int], float]:
    """A maximum-weight one-to-one choice among ``cand`` (greedy when it is huge)."""
    rows = sorted({i for i, _ in cand})
    cols = sorted({j for _, j in cand})
    chosen: dict[tuple[int, int], float] = {}
    if len(rows) * len(cols) > GREEDY_ABOVE:
        used_a: set[int] = set()
        used_b: set[int] = set()
        for (i, j), s in sorted(cand.items(), key=lambda kv: (-kv[1], kv[0])):
            if i not in used_a and j not in used_b:
                chosen[i, j] = s
                used_a.add(i)
                used_b.add(j)
        return chosen
    ri = {i: n for n, i in enumerate(rows)}
    ci = {j: n for n, j in enumerate(cols)}
    m = [[0.0] * len(cols) for _ in rows]
    for (i, j), s in cand.items():
        m[ri[i]][ci[j]] = s
    for x, y in assign(m):
        if m[x][y] > 0:
            chosen[rows[x], cols[y]] = m[x][y]
    return chosen


def _components(cand: dict[tuple[int, int], float]) -> list[dict[tuple[int, int], float]]:
    """``cand`` split into the connected parts of its bipartite graph."""
    parent: dict[tuple[str, int], tuple[str, int]] = {}

    def find(node: tuple[str, int]) -> tuple[str, int]:
        parent.setdefault(node, node)
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for i, j in cand:
        a, b = find(("a", i)), find(("b", j))
        if a != b:
            parent[a] = b
    parts: dict[tuple[str, int], dict[tuple[int, int], float]] = {}
    for (i, j), s in cand.items():
        parts.setdefault(find(("a", i)), {})[i, j] = s
    return list(parts.values())


def match(
    scores: dict[tuple[int, int], float],
    feats_a: list[ClaimFeatures],
    feats_b: list[ClaimFeatures],
) -> dict[tuple[int, int], float]:
    """One-to-one assignment above the threshold, then many-to-one extras.

    ``scores`` needs every pair scoring at least :data:`FLOOR`; lower ones are ignored.
    """
    best_a: dict[int, float] = {}
    best_b: dict[int, float] = {}
    for (i, j), s in scores.items():
        if s > best_a.get(i, 0.0):
            best_a[i] = s
        if s > best_b.get(j, 0.0):
            best_b[j] = s
    # A pair that is each claim's best partner needs less evidence (relative threshold).
    # A pair sharing only a topic (names, dates) must be each claim's best partner.
    cand = {}
    for (i, j), s in scores.items():
        mutual = s == best_a[i] == best_b[j]
        if not (s >= PAIR_THRESHOLD or (s >= MUTUAL_THRESHOLD and mutual)):
            continue
        if mutual or not topical_only(feats_a[i], feats_b[j]):
            cand[i, j] = s
    chosen: dict[tuple[int, int], float] = {}
    if len({i for i, _ in cand}) * len({j for _, j in cand}) > LARGE_MATRIX:
        for part in _components(cand):
            chosen.update(_one_to_one(part))
    elif cand:
        chosen = _one_to_one(cand)
    count_a: dict[int, int] = {}
    count_b: dict[int, int] = {}
    for i, j in chosen:
        count_a[i] = count_a.get(i, 0) + 1
        count_b[j] = count_b.get(j, 0) + 1
    for (i, j), s in sorted(cand.items(), key=lambda kv: (-kv[1], kv[0])):
        if (i, j) in chosen or count_a.get(i, 0) >= MAX_PARTNERS:
            continue
        if count_b.get(j, 0) >= MAX_PARTNERS:
            continue
        if s < EXTRA_THRESHOLD:
            fa, fb = feats_a[i], feats_b[j]
            smaller, larger = (fa, fb) if fa.norm <= fb.norm else (fb, fa)
            if _coverage(smaller, larger) < CONTAINMENT:
                continue
        chosen[i, j] = s
        count_a[i] = count_a.get(i, 0) + 1
        count_b[j] = count_b.get(j, 0) + 1
    return chosen
