"""Maximum-weight assignment: optimal (checked by brute force), and the pure-Python and numpy
versions of the same method agree exactly, ties included."""

from __future__ import annotations

import itertools
import math
import random

from hypothesis import given, settings
from hypothesis import strategies as st

from tui.nlp.align.assignment import (
    SMALL,
    assign,
    max_weight_assignment,
    max_weight_assignment_numpy,
)


def _brute_force_best(matrix: list[list[float]]) -> float:
    """The largest total weight over every assignment of the smaller side."""
    nr, nc = len(matrix), len(matrix[0])
    if nr <= nc:
        return max(
            math.fsum(matrix[i][c] for i, c in enumerate(cols))
            for cols in itertools.permutations(range(nc), nr)
        )
    return max(
        math.fsum(matrix[r][j] for j, r in enumerate(rows))
        for rows in itertools.permutations(range(nr), nc)
    )


def _check_valid(matrix: list[list[float]], pairs: list[tuple[int, int]]) -> None:
    nr, nc = len(matrix), len(matrix[0])
    assert len(pairs) == min(nr, nc)
    assert pairs == sorted(pairs)
    assert len({r for r, _ in pairs}) == len({c for _, c in pairs}) == len(pairs)
    assert all(0 <= r < nr and 0 <= c < nc for r, c in pairs)


@st.composite
def matrices(draw: st.DrawFn, values: st.SearchStrategy[float], most: int = 6) -> list[list[float]]:
    rows = draw(st.integers(1, most))
    cols = draw(st.integers(1, most))
    return [[draw(values) for _ in range(cols)] for _ in range(rows)]


# Few distinct values: many ties, where the two versions' tie-breaks must agree.
_TIED = st.sampled_from([0.0, 0.0, 0.0, 0.12, 0.14, 0.3, 0.5, 1.0])
_SPREAD = st.floats(0.0, 1.0, allow_nan=False, allow_infinity=False)


@settings(max_examples=300, deadline=None)
@given(matrix=st.one_of(matrices(_TIED), matrices(_SPREAD)))
def test_optimal_as_brute_force(matrix: list[list[float]]) -> None:
    pairs = max_weight_assignment(matrix)
    _check_valid(matrix, pairs)
    total = math.fsum(matrix[r][c] for r, c in pairs)
    assert math.isclose(total, _brute_force_best(matrix), rel_tol=1e-12, abs_tol=1e-12)
    assert max_weight_assignment_numpy(matrix) == pairs


@settings(max_examples=200, deadline=None)
@given(matrix=st.one_of(matrices(_TIED, most=12), matrices(_SPREAD, most=12)))
def test_numpy_version_matches_pure_python(matrix: list[list[float]]) -> None:
    assert max_weight_assignment_numpy(matrix) == max_weight_assignment(matrix)


@settings(max_examples=20, deadline=None)
@given(seed=st.integers(0, 2**32 - 1), sparse=st.booleans())
def test_versions_agree_on_article_sized_matrices(seed: int, sparse: bool) -> None:
    rng = random.Random(seed)
    nr, nc = rng.randint(20, SMALL + 30), rng.randint(20, SMALL + 30)
    matrix = [[rng.random() for _ in range(nc)] for _ in range(nr)]
    if sparse:  # like the aligner's candidates: most entries zero, a few repeated values
        matrix = [[round(x, 1) if rng.random() < 0.1 else 0.0 for x in row] for row in matrix]
    pairs = max_weight_assignment(matrix)
    _check_valid(matrix, pairs)
    assert max_weight_assignment_numpy(matrix) == pairs
    assert assign(matrix) == pairs


def test_edge_cases() -> None:
    for solve in (max_weight_assignment, max_weight_assignment_numpy):
        assert solve([]) == []
        assert solve([[]]) == []
        assert solve([[0.5]]) == [(0, 0)]
        assert solve([[0.0, 0.9], [0.8, 0.0]]) == [(0, 1), (1, 0)]
        assert solve([[0.1], [0.7], [0.3]]) == [(1, 0)]
