"""Side-by-side row layout of an alignment, like a two-column diff.

Both columns keep their article's own claim order. The layout is anchored on a chain of
pairs that is monotone on both sides (A index and B index both increase along it), chosen
to maximise the total score (a weighted longest-increasing-subsequence, ``O(P log P)``).

* Each anchor pair starts a row with its two claims. A claim paired with an anchor's claim
  joins that row when it is adjacent (in its own column) to the claims already there, so a
  sentence that the other side splits in two sits beside both halves.
* Claims between two anchors are laid out in their own rows, A's first, then B's; the other
  column stays empty (filler).
* A claim whose pairs all cross the anchor chain (the other outlet told it in a different
  place) still gets its own row, with the relation of its best pair and the partner
  indices in ``partners``, so the UI can draw the link; a claim with no pair at all is
  ``only_a``/``only_b``.

A row's relation is the most notable of its pairs: ``conflict`` > ``partial`` > ``same``.
"""

from __future__ import annotations

from dataclasses import dataclass

from tui.nlp.align.aligner import Alignment, ClaimPair

__all__ = ["MATCHED", "ONE_SIDED", "Row", "anchor_chain", "rows"]

_RANK = {"same": 0, "partial": 1, "conflict": 2}
MATCHED = frozenset({"same", "partial", "conflict"})
"""Relations of a row that holds (or points to) a matched pair."""
ONE_SIDED = frozenset({"only_a", "only_b"})
"""Relations of a row whose claim only one outlet reports."""


@dataclass(frozen=True, slots=True)
class Row:
    """Row ``number`` of the side-by-side view: claims of A, claims of B, how they relate.

    ``partners`` is empty unless one side of the row is empty because the claim's partners
    sit on other rows (a crossing match): then it lists those partner indices on the other
    side.
    """

    number: int
    a: tuple[int, ...]
    b: tuple[int, ...]
    relation: str  # "same" | "partial" | "conflict" | "only_a" | "only_b" (| "pending")
    partners: tuple[int, ...] = ()

    @property
    def matched(self) -> bool:
        """The row holds (or points to) a matched pair."""
        return self.relation in MATCHED

    @property
    def one_sided(self) -> bool:
        """The row's claim is found in one outlet only."""
        return self.relation in ONE_SIDED

    @property
    def crossing(self) -> bool:
        """A matched claim whose partners sit on other rows (told in another place)."""
        return bool(self.partners)

    def claims(self, side: str) -> tuple[int, ...]:
        """Claim indices on ``side`` (``"a"`` or ``"b"``)."""
        return self.a if side == "a" else self.b


def anchor_chain(pairs: tuple[ClaimPair, ...]) -> list[ClaimPair]:
    """The maximum-total-score chain of pairs strictly increasing in both ``a`` and ``b``.

    Ties are broken towards earlier pairs, so the result is deterministic.
    """
    if not pairs:
        return []
    order = sorted(pairs, key=lambda p: (p.a, p.b))
    size = max(p.b for p in order) + 2
    tree: list[tuple[float, int]] = [(0.0, -1)] * (size + 1)  # Fenwick tree of prefix maxima

    def query(pos: int) -> tuple[float, int]:
        best = (0.0, -1)
        while pos > 0:
            if tree[pos][0] > best[0]:
                best = tree[pos]
            pos -= pos & -pos
        return best

    def update(pos: int, value: tuple[float, int]) -> None:
        while pos <= size:
            if value[0] > tree[pos][0]:
                tree[pos] = value
            pos += pos & -pos

    total: list[float] = [0.0] * len(order)
    back: list[int] = [-1] * len(order)
    start = 0
    while start < len(order):
        end = start
        while end < len(order) and order[end].a == order[start].a:
            end += 1
        for k in range(start, end):  # same a: query all before updating any
            best, prev = query(order[k].b)  # chains ending at b' < b (positions 1..b)
            total[k], back[k] = best + order[k].score + 1e-9, prev
        for k in range(start, end):
            update(order[k].b + 1, (total[k], k))
        start = end
    k = max(range(len(order)), key=lambda n: (total[n], -n))
    chain: list[ClaimPair] = []
    while k >= 0:
        chain.append(order[k])
        k = back[k]
    return chain[::-1]


def _worst(relations: list[str]) -> str:
    return max(relations, key=lambda r: _RANK[r])


def rows(alignment: Alignment) -> list[Row]:
    """Lay ``alignment`` out as monotone side-by-side rows (see the module docstring)."""
    chain = anchor_chain(alignment.pairs)
    n_a, n_b = len(alignment.claims_a), len(alignment.claims_b)
    row_a: list[list[int]] = [[p.a] for p in chain]
    row_b: list[list[int]] = [[p.b] for p in chain]
    placed_a = {p.a: k for k, p in enumerate(chain)}
    placed_b = {p.b: k for k, p in enumerate(chain)}
    partners_a: dict[int, set[int]] = {}
    partners_b: dict[int, set[int]] = {}
    for p in alignment.pairs:
        partners_a.setdefault(p.a, set()).add(p.b)
        partners_b.setdefault(p.b, set()).add(p.a)
    # Merge claims adjacent to an anchor row that pair with a claim already on it.
    changed = True
    while changed:
        changed = False
        for k in range(len(chain)):
            lo_b = chain[k - 1].b if k else -1
            hi_b = chain[k + 1].b if k + 1 < len(chain) else n_b
            lo_a = chain[k - 1].a if k else -1
            hi_a = chain[k + 1].a if k + 1 < len(chain) else n_a
            changed |= _absorb_neighbours(k, row_b[k], row_a[k], placed_b, partners_b, lo_b, hi_b)
            changed |= _absorb_neighbours(k, row_a[k], row_b[k], placed_a, partners_a, lo_a, hi_a)
    relation_of = {(p.a, p.b): p.relation for p in alignment.pairs}
    score_of = {(p.a, p.b): p.score for p in alignment.pairs}
    out: list[Row] = []
    next_a = next_b = 0

    def loose_a(i: int) -> Row:
        partners = sorted(partners_a.get(i, ()))
        if not partners:
            return Row(len(out), (i,), (), "only_a")
        best = max(partners, key=lambda j: (score_of[i, j], -j))
        return Row(len(out), (i,), (), relation_of[i, best], tuple(partners))

    def loose_b(j: int) -> Row:
        partners = sorted(partners_b.get(j, ()))
        if not partners:
            return Row(len(out), (), (j,), "only_b")
        best = max(partners, key=lambda i: (score_of[i, j], -i))
        return Row(len(out), (), (j,), relation_of[best, j], tuple(partners))

    for k in range(len(chain) + 1):
        end_a = min(row_a[k]) if k < len(chain) else n_a
        end_b = min(row_b[k]) if k < len(chain) else n_b
        for i in range(next_a, end_a):
            if i not in placed_a:
                out.append(loose_a(i))
        for j in range(next_b, end_b):
            if j not in placed_b:
                out.append(loose_b(j))
        if k == len(chain):
            break
        a_side, b_side = tuple(sorted(row_a[k])), tuple(sorted(row_b[k]))
        rels = [relation_of[i, j] for i in a_side for j in b_side if (i, j) in relation_of]
        out.append(Row(len(out), a_side, b_side, _worst(rels)))
        next_a, next_b = max(a_side) + 1, max(b_side) + 1
    return out


def _absorb_neighbours(
    k: int,
    row: list[int],
    other: list[int],
    placed: dict[int, int],
    partners: dict[int, set[int]],
    lo: int,
    hi: int,
) -> bool:
    """Add to anchor row ``k`` the claims just before/after ``row`` (strictly between
    ``lo`` and ``hi``) that are unplaced and paired with a claim of ``other``."""
    changed = False
    for index in (min(row) - 1, max(row) + 1):
        if lo < index < hi and index not in placed and partners.get(index, set()) & set(other):
            row.append(index)
            placed[index] = k
            changed = True
    return changed
