"""Scoring very long article pairs in bounded time and memory, for :mod:`.features`.

The claim-by-claim score matrix is never held whole. Rows of A are scored in chunks of
:data:`CHUNK`: features frequent in B (more than :data:`COMMON_DF` claims) go through one
dense matrix product, rare ones through the sparse expansion of :func:`.features.score_pairs`
(whose work is then bounded by ``COMMON_DF`` per feature). Of each chunk only the pairs
scoring at least the floor are kept, and of those only each claim's :data:`TOP_K` best (per
row of A and per column of B): every claim's best partner survives, so mutual-best pairs are
found as on the full matrix. Uses numpy.
"""

from __future__ import annotations

from typing import Any

from tui.nlp.align.similarity import ClaimFeatures

__all__ = ["CHUNK", "COMMON_DF", "MAX_CLAIM_PAIRS", "TOP_K", "TooLongToCompare", "score_chunked"]

CHUNK = 512
"""Most rows of A scored together; fewer when B is long, so a block stays near
:data:`BLOCK_CELLS` floats."""
BLOCK_CELLS = 4_000_000
COMMON_DF = 32
"""Features in more of B's claims than this go through the dense product."""
TOP_K = 12
"""Best candidates kept per claim, on each side."""
MAX_CLAIM_PAIRS = 10_000 * 10_000
"""Longer pairs are refused (:class:`TooLongToCompare`) rather than run for minutes."""


class TooLongToCompare(ValueError):
    """Two articles with too many claims to compare; ``str()`` says how many."""

    def __init__(self, claims_a: int, claims_b: int) -> None:
        super().__init__(
            f"too long to compare: {claims_a:,} x {claims_b:,} claims "
            f"(at most {MAX_CLAIM_PAIRS:,} claim pairs)"
        )


def _top(keys: Any, scores: Any, k: int) -> Any:
    """Mask of the entries among the ``k`` best-scoring of their key (ties: lower index)."""
    import numpy as np

    order = np.lexsort((-scores, keys))
    ordered = keys[order]
    first = np.searchsorted(ordered, ordered, side="left")
    mask = np.zeros(len(keys), dtype=bool)
    mask[order] = (np.arange(len(keys)) - first) < k
    return mask


class _Scorer:
    """Scores blocks of A's rows against all of B (see the module docstring)."""

    def __init__(
        self, feats_b: list[ClaimFeatures], index: dict[str, list[tuple[int, float]]]
    ) -> None:
        import numpy as np

        self.nb = len(feats_b)
        common = [k for k, postings in index.items() if len(postings) > COMMON_DF]
        self.common = {k: n for n, k in enumerate(common)}
        self.dense_b = np.zeros((self.nb, len(common)))
        for k, n in self.common.items():
            for j, w in index[k]:
                self.dense_b[j, n] = w
        rare = [k for k in index if k not in self.common]
        self.rare = {k: n for n, k in enumerate(rare)}
        self.counts = np.array([len(index[k]) for k in rare], dtype=np.int64)
        self.starts = np.cumsum(self.counts) - self.counts
        self.post_b = np.fromiter((j for k in rare for j, _ in index[k]), dtype=np.int64)
        self.post_w = np.fromiter((w for k in rare for _, w in index[k]), dtype=np.float64)

    def dots(self, feats_a: list[ClaimFeatures], rows: range) -> Any:
        """Dot products of A's ``rows`` with every claim of B (a dense block)."""
        import numpy as np

        nb = self.nb
        dense_a = np.zeros((len(rows), len(self.common)))
        at: list[int] = []
        fid: list[int] = []
        weights: list[float] = []
        for n, i in enumerate(rows):
            f = feats_a[i]
            if not f.norm:
                continue
            for k, w in f.weights.items():
                c = self.common.get(k)
                if c is not None:
                    dense_a[n, c] = w
                    continue
                r = self.rare.get(k)
                if r is not None:
                    at.append(n)
                    fid.append(r)
                    weights.append(w)
        out = dense_a @ self.dense_b.T if self.common else np.zeros((len(rows), nb))
        if at:
            fa = np.asarray(fid, dtype=np.int64)
            rep = self.counts[fa]
            entry = np.repeat(np.arange(len(fa)), rep)
            offset = np.arange(int(rep.sum())) - np.repeat(np.cumsum(rep) - rep, rep)
            pos = self.starts[fa[entry]] + offset
            flat = np.asarray(at, dtype=np.int64)[entry] * nb + self.post_b[pos]
            products = np.asarray(weights)[entry] * self.post_w[pos]
            out += np.bincount(flat, weights=products, minlength=len(rows) * nb).reshape(
                len(rows), nb
            )
        return out


def score_chunked(
    feats_a: list[ClaimFeatures],
    feats_b: list[ClaimFeatures],
    index: dict[str, list[tuple[int, float]]],
    floor: float,
    bonus: dict[tuple[int, int], float],
    digits: int,
) -> dict[tuple[int, int], float]:
    """Each claim's best-scoring pairs (at least ``floor``), scored chunk by chunk."""
    import numpy as np

    na = len(feats_a)
    scorer = _Scorer(feats_b, index)
    norm_b = np.array([f.norm or np.inf for f in feats_b])
    bonus_of: dict[int, list[tuple[int, float]]] = {}
    for (i, j), extra in bonus.items():
        bonus_of.setdefault(i, []).append((j, extra))
    found_i: list[Any] = []
    found_j: list[Any] = []
    found_s: list[Any] = []
    row_best: list[Any] = []
    if na * len(feats_b) > MAX_CLAIM_PAIRS:
        raise TooLongToCompare(na, len(feats_b))
    step = max(16, min(CHUNK, BLOCK_CELLS // max(1, len(feats_b))))
    for lo in range(0, na, step):
        rows = range(lo, min(na, lo + step))
        dots = scorer.dots(feats_a, rows)
        for i in rows:
            for j, extra in bonus_of.get(i, ()):
                dots[i - lo, j] += extra
        norm_a = np.array([feats_a[i].norm or np.inf for i in rows])
        scores = np.minimum(1.0, dots / (norm_a[:, None] * norm_b[None, :]))
        ii, jj = np.nonzero(scores >= floor - 1e-9)  # a margin: rounding may lift a score
        ss = scores[ii, jj]
        # A row's k best are final here; a column's k best so far may still be beaten.
        keep = _top(ii, ss, TOP_K) | _top(jj, ss, TOP_K)
        found_i.append(ii[keep] + lo)
        found_j.append(jj[keep])
        found_s.append(ss[keep])
        row_best.append(_top(ii, ss, TOP_K)[keep])
    if not found_i:
        return {}
    ii, jj, ss = np.concatenate(found_i), np.concatenate(found_j), np.concatenate(found_s)
    keep = np.concatenate(row_best) | _top(jj, ss, TOP_K)
    out: dict[tuple[int, int], float] = {}
    for i, j, s in zip(ii[keep].tolist(), jj[keep].tolist(), ss[keep].tolist(), strict=True):
        s = round(s, digits)
        if s >= floor:
            out[i, j] = s
    return out
