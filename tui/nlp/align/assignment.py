"""Maximum-weight assignment on a dense matrix: the shortest augmenting path method.

Both functions follow, step for step, the shortest augmenting path method of Crouse
(2016), the one ``scipy.optimize.linear_sum_assignment`` implements: the same scan order,
the same tie-breaks and the same floating-point operations, so they return the same
assignment, ties included (``tests/unit/test_assignment.py`` checks both against brute
force and against each other). :func:`max_weight_assignment` is pure Python,
``O(n^2 m)``, and serves typical article pairs (up to :data:`SMALL` rows and columns)
without importing numpy; :func:`max_weight_assignment_numpy` vectorises each scan over the
columns, which makes 500 x 500 about 3 times faster than pure Python. Scipy is not needed.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["SMALL", "assign", "max_weight_assignment", "max_weight_assignment_numpy"]

SMALL = 60
"""Largest side of a matrix solved in pure Python by :func:`assign`."""
_INF = float("inf")


def max_weight_assignment(matrix: Sequence[Sequence[float]]) -> list[tuple[int, int]]:
    """(row, column) pairs of a maximum-weight assignment, sorted by row.

    Every row (or every column, whichever side is smaller) is assigned, as with scipy.
    One function on purpose (longer than our 60-line rule): the shortest augmenting path
    search reads, and is checked against the published algorithm, better whole.
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


def max_weight_assignment_numpy(matrix: Sequence[Sequence[float]]) -> list[tuple[int, int]]:
    """:func:`max_weight_assignment` with each scan over the columns done by numpy
    (kept whole like it, so the two read side by side)."""
    import numpy as np

    cost = -np.asarray(matrix, dtype=np.float64)
    if cost.ndim != 2 or not cost.size:
        return []
    nr, nc = cost.shape
    transpose = nc < nr
    if transpose:
        cost = np.ascontiguousarray(cost.T)
        nr, nc = nc, nr
    u = np.zeros(nr)
    v = np.zeros(nc)
    col4row = np.full(nr, -1, dtype=np.int64)
    row4col = np.full(nc, -1, dtype=np.int64)
    path = np.full(nc, -1, dtype=np.int64)
    for cur in range(nr):
        remaining = np.arange(nc - 1, -1, -1)
        num_remaining = nc
        sr = np.zeros(nr, dtype=bool)
        sc = np.zeros(nc, dtype=bool)
        spc = np.full(nc, _INF)
        min_val = 0.0
        i = cur
        sink = -1
        while sink == -1:
            sr[i] = True
            rem = remaining[:num_remaining]
            r = min_val + cost[i, rem] - u[i] - v[rem]
            old = spc[rem]
            better = r < old
            path[rem[better]] = i
            vals = np.where(better, r, old)
            spc[rem] = vals
            lowest = float(vals.min())
            if lowest == _INF:  # pragma: no cover - a finite matrix is always feasible
                raise ValueError("infeasible cost matrix")
            # The scalar scan keeps the first column at the minimum, unless a later (or
            # that) one is unassigned: then the last unassigned one.
            ties = np.flatnonzero(vals == lowest)
            free = ties[row4col[rem[ties]] == -1]
            index = int(free[-1]) if len(free) else int(ties[0])
            min_val = lowest
            j = int(remaining[index])
            if row4col[j] == -1:
                sink = j
            else:
                i = int(row4col[j])
            sc[j] = True
            num_remaining -= 1
            remaining[index] = remaining[num_remaining]
        u[cur] += min_val
        sr[cur] = False
        rows = np.flatnonzero(sr)
        u[rows] += min_val - spc[col4row[rows]]
        v[sc] -= min_val - spc[sc]
        j = sink
        while True:
            i = int(path[j])
            row4col[j] = i
            col4row[i], j = j, int(col4row[i])
            if i == cur:
                break
    if transpose:
        return sorted((int(col4row[c]), c) for c in range(nr))
    return [(r, int(col4row[r])) for r in range(nr)]


def assign(matrix: Sequence[Sequence[float]]) -> list[tuple[int, int]]:
    """Like :func:`max_weight_assignment`, with numpy for matrices larger than :data:`SMALL`."""
    nr = len(matrix)
    nc = len(matrix[0]) if nr else 0
    if max(nr, nc) <= SMALL:
        return max_weight_assignment(matrix)
    return max_weight_assignment_numpy(matrix)
