"""Side-by-side row layout of an alignment: every pair in one row band, no placeholders.

Rows follow one side's claim order (the *active* side, ``order``). Pairs are grouped by
the connected parts of the pair graph, so a claim one outlet splits in two sits in one row
beside both halves (one-to-many is one group, never repeated rows). A group's row sits at
its first claim on the active side; the other side's claims of the group are shown beside
it even when the other outlet told them elsewhere (the view labels them with their
numbers). The other side's unmatched claims sit just before the row of their next claim
(or just after that of their previous one, when the other outlet's order crosses), so they
appear at their place.

:func:`anchor_chain` (the maximum-score chain of pairs monotone on both sides) is kept for
scorers and tests of order.

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

    A matched row holds every claim of its pairs on both sides (never a placeholder).
    """

    number: int
    a: tuple[int, ...]
    b: tuple[int, ...]
    relation: str  # "same" | "partial" | "conflict" | "only_a" | "only_b" (| "pending")

    @property
    def matched(self) -> bool:
        """The row holds (or points to) a matched pair."""
        return self.relation in MATCHED

    @property
    def one_sided(self) -> bool:
        """The row's claim is found in one outlet only."""
        return self.relation in ONE_SIDED

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


def _groups(alignment: Alignment) -> dict[tuple[str, int], int]:
    """Group number of each paired claim: connected parts of the pair graph (union-find)."""
    parent: dict[tuple[str, int], tuple[str, int]] = {}

    def root(node: tuple[str, int]) -> tuple[str, int]:
        parent.setdefault(node, node)
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for p in alignment.pairs:
        parent[root(("a", p.a))] = root(("b", p.b))
    roots: dict[tuple[str, int], int] = {}
    return {node: roots.setdefault(root(node), len(roots)) for node in sorted(parent)}


def rows(alignment: Alignment, order: str = "a") -> list[Row]:
    """Lay ``alignment`` out in side ``order``'s claim order (see the module docstring)."""
    other = "b" if order == "a" else "a"
    count = {"a": len(alignment.claims_a), "b": len(alignment.claims_b)}
    group_of = _groups(alignment)
    members: dict[int, dict[str, list[int]]] = {}
    for (side, index), group in group_of.items():
        members.setdefault(group, {"a": [], "b": []})[side].append(index)
    relations: dict[int, list[str]] = {}
    for p in alignment.pairs:
        relations.setdefault(group_of["a", p.a], []).append(p.relation)
    layout: list[tuple[dict[str, tuple[int, ...]], str]] = []
    row_of_other: dict[int, int] = {}
    placed: set[int] = set()
    for i in range(count[order]):
        if (order, i) not in group_of:
            layout.append(({order: (i,), other: ()}, f"only_{order}"))
            continue
        group = group_of[order, i]
        if group in placed:
            continue
        placed.add(group)
        claims = {side: tuple(sorted(members[group][side])) for side in "ab"}
        for j in claims[other]:
            row_of_other[j] = len(layout)
        layout.append((claims, _worst(relations[group])))
    loose: dict[int, list[int]] = {}  # row to precede -> other side's lone claims
    before: list[int] = [len(layout)] * (count[other] + 1)  # first row of a later claim
    for j in reversed(range(count[other])):
        before[j] = min(before[j + 1], row_of_other.get(j, len(layout)))
    after = -1  # last row of an earlier claim
    for j in range(count[other]):
        if j in row_of_other:
            after = max(after, row_of_other[j])
        else:
            loose.setdefault(before[j] if before[j] > after else after + 1, []).append(j)
    out: list[Row] = []
    for n in range(len(layout) + 1):
        for j in loose.get(n, []):
            lone: tuple[int, ...] = (j,)
            a, b = (lone, ()) if other == "a" else ((), lone)
            out.append(Row(len(out), a, b, f"only_{other}"))
        if n < len(layout):
            claims, relation = layout[n]
            out.append(Row(len(out), claims["a"], claims["b"], relation))
    return out
