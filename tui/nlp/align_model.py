"""A small calibrated pair scorer for :mod:`tui.nlp.align_match`: logistic regression.

Each candidate pair of claims (scoring at least :data:`FLOOR`) gets a feature vector
(:func:`pair_features`): the cosine score, how much of each claim's weight the other
covers, whether the pair is each claim's best partner, its margin over each claim's best
alternative, its rank, shared figures, a topic-only flag and the size ratio. Every feature
is symmetric in the two claims (min/max of the two sides), so the probability of
``(i, j)`` does not depend on which article is A.

The weights below were fitted by ``benchmarks/train_align_model.py`` (plain numpy gradient
descent, L2, zero init) on the gold of the sample pair (tests/data/sample_pair), the dev
pairs (tests/data/align_dev/dev_*.yaml) and the eval pairs (tests/data/align_eval); L2 and
the decision threshold were chosen by leave-one-pair-out cross-validation. The held-out
pairs (align_dev/heldout_*) and tests/data/align_eval2 were never trained on. Rerun the
script to reproduce them (it prints this block).
"""

from __future__ import annotations

import math

from tui.nlp.similarity import ClaimFeatures

__all__ = ["FEATURES", "FLOOR", "THRESHOLD", "WEIGHTS", "pair_features", "probability"]

FLOOR = 0.06
"""Pairs scoring below this are never candidates."""

FEATURES = (
    "score",
    "cov_min",
    "cov_max",
    "mutual",
    "margin_min",
    "margin_max",
    "rank_max",
    "figures",
    "topical",
    "size_ratio",
)

# --- fitted by benchmarks/train_align_model.py (do not edit by hand) ---
BIAS = 0.157744
WEIGHTS = (
    0.124529,
    0.12105,
    0.114933,
    0.154155,
    0.148047,
    0.146494,
    -0.131127,
    0.076027,
    -0.088593,
    0.03952,
)
MEAN = (
    0.211502,
    0.173508,
    0.25558,
    0.421801,
    -0.033651,
    0.105306,
    1.099526,
    0.464455,
    0.137441,
    0.822312,
)
SCALE = (
    0.162151,
    0.141913,
    0.191117,
    0.493847,
    0.279113,
    0.235998,
    1.256094,
    0.929973,
    0.344312,
    0.125885,
)
THRESHOLD = 0.45
# --- end fitted ---


def _coverage(x: ClaimFeatures, y: ClaimFeatures) -> float:
    total = sum(w * w for w in x.weights.values())
    if not total:
        return 0.0
    return sum(w * w for k, w in x.weights.items() if k in y.weights) / total


def _shared_figures(x: ClaimFeatures, y: ClaimFeatures) -> int:
    return sum(1 for k in x.weights if k[0] == "#" and ":" in k and k in y.weights)


def pair_features(
    scores: dict[tuple[int, int], float],
    feats_a: list[ClaimFeatures],
    feats_b: list[ClaimFeatures],
) -> dict[tuple[int, int], tuple[float, ...]]:
    """The feature vector (in :data:`FEATURES` order) of every pair in ``scores``."""
    from tui.nlp.align_match import topical_only

    by_a: dict[int, list[float]] = {}
    by_b: dict[int, list[float]] = {}
    for (i, j), s in scores.items():
        by_a.setdefault(i, []).append(s)
        by_b.setdefault(j, []).append(s)
    for lst in (*by_a.values(), *by_b.values()):
        lst.sort(reverse=True)
    out: dict[tuple[int, int], tuple[float, ...]] = {}
    for (i, j), s in scores.items():
        fa, fb = feats_a[i], feats_b[j]
        sa, sb = by_a[i], by_b[j]
        ca, cb = _coverage(fa, fb), _coverage(fb, fa)
        # margin over the best alternative partner (the best other score, or 0)
        ma = s - (sa[1] if s == sa[0] and len(sa) > 1 else sa[0] if s != sa[0] else 0.0)
        mb = s - (sb[1] if s == sb[0] and len(sb) > 1 else sb[0] if s != sb[0] else 0.0)
        ra, rb = sa.index(s), sb.index(s)
        na, nb = fa.norm or 1e-9, fb.norm or 1e-9
        out[i, j] = (
            s,
            min(ca, cb),
            max(ca, cb),
            1.0 if ra == 0 and rb == 0 else 0.0,
            min(ma, mb),
            max(ma, mb),
            float(min(max(ra, rb), 5)),
            float(min(_shared_figures(fa, fb), 3)),
            1.0 if topical_only(fa, fb) else 0.0,
            min(na, nb) / max(na, nb),
        )
    return out


def probability(x: tuple[float, ...], weights: tuple | None = None) -> float:
    """Calibrated probability that the pair with features ``x`` states the same fact.

    ``weights`` = ``(bias, weights, mean, scale)``; the shipped constants by default.
    """
    bias, w, mean, scale = weights or (BIAS, WEIGHTS, MEAN, SCALE)
    z = bias + sum(wk * (xk - mk) / sk for wk, xk, mk, sk in zip(w, x, mean, scale, strict=True))
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)
