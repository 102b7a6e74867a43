"""Maximum-weight assignment on a small dense matrix, without importing scipy.

:func:`max_weight_assignment` follows, step for step, the shortest augmenting path method
(Crouse 2016, as in ``scipy.optimize.linear_sum_assignment``): the same scan order, the
same tie-breaks and the same floating-point operations, so it returns exactly what
``linear_sum_assignment(matrix, maximize=True)`` returns, ties included (checked against
scipy in ``tests/unit/test_assignment.py``). It runs in ``O(n^2 m)`` pure Python, so the
aligner uses it for typical article pairs (up to :data:`SMALL` rows and columns) and
scipy's compiled version beyond, where importing scipy (about 0.3 s) pays off.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["SMALL", "assign", "max_weight_assignment"]

SMALL = 60
"""Largest side of a matrix solved in pure Python by :func:`assign`."""
_INF = float("inf")


def max_weight_assignment(matrix: Sequence[Sequence[float]]) -> list[tuple[int, int]]:
    """(row, column) pairs of a maximum-weight assignment, sorted by row.

    Every row (or every column, whichever side is smaller) is assigned, as with scipy.
    """
    nr = len(matrix)
    nc = len(matrix[0]) if nr else 0
    if not nr or not nc:
        return []
    transpose = nc < nr
    if transpose:
        cost = [[-matrix[i][j] for i in range(nr)] for j in range(nc)]
        nr, nc = nc, nr
    else:
        cost = [[-x for x in row] for row in matrix]
    u = [0.0] * nr
    v = [0.0] * nc
    col4row = [-1] * nr
    row4col = [-1] * nc
    path = [-1] * nc
    for cur in range(nr):
        # Shortest augmenting path from row ``cur`` (scipy's augmenting_path()).
        remaining = list(range(nc - 1, -1, -1))
        num_remaining = nc
        sr = [False] * nr
        sc = [False] * nc
        spc = [_INF] * nc
        min_val = 0.0
        i = cur
        sink = -1
        while sink == -1:
            index = -1
            lowest = _INF
            sr[i] = True
            row = cost[i]
            ui = u[i]
            for it in range(num_remaining):
                j = remaining[it]
                r = min_val + row[j] - ui - v[j]
                if r < spc[j]:
                    path[j] = i
                    spc[j] = r
                if spc[j] < lowest or (spc[j] == lowest and row4col[j] == -1):
                    lowest = spc[j]
                    index = it
            min_val = lowest
            if min_val == _INF:  # pragma: no cover - a finite matrix is always feasible
                raise ValueError("infeasible cost matrix")
            j = remaining[index]
            if row4col[j] == -1:
                sink = j
            else:
                i = row4col[j]
            sc[j] = True
            num_remaining -= 1
            remaining[index] = remaining[num_remaining]
        # Update the dual variables.
        u[cur] += min_val
        for i in range(nr):
            if sr[i] and i != cur:
                u[i] += min_val - spc[col4row[i]]
        for j in range(nc):
            if sc[j]:
                v[j] -= min_val - spc[j]
        # Augment the previous solution.
        j = sink
        while True:
            i = path[j]
            row4col[j] = i
            col4row[i], j = j, col4row[i]
            if i == cur:
                break
    if transpose:
        return sorted((col4row[c], c) for c in range(nr))
    return [(r, col4row[r]) for r in range(nr)]


def assign(matrix: Sequence[Sequence[float]]) -> list[tuple[int, int]]:
    """Like :func:`max_weight_assignment`, with scipy for matrices larger than :data:`SMALL`."""
    nr = len(matrix)
    nc = len(matrix[0]) if nr else 0
    if max(nr, nc) <= SMALL:
        return max_weight_assignment(matrix)
    import numpy as np
    from scipy.optimize import linear_sum_assignment

    r, c = linear_sum_assignment(np.asarray(matrix, dtype=float), maximize=True)
    return list(zip(r.tolist(), c.tolist(), strict=True))
