"""The pure-Python assignment returns exactly what scipy's linear_sum_assignment returns."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.optimize import linear_sum_assignment

from tui.nlp.align.assignment import SMALL, assign, max_weight_assignment


def _scipy(matrix: list[list[float]]) -> list[tuple[int, int]]:
    r, c = linear_sum_assignment(np.asarray(matrix, dtype=float), maximize=True)
    return list(zip(r.tolist(), c.tolist(), strict=True))


@st.composite
def matrices(draw: st.DrawFn, values: st.SearchStrategy[float]) -> list[list[float]]:
    rows = draw(st.integers(1, 9))
    cols = draw(st.integers(1, 9))
    return [[draw(values) for _ in range(cols)] for _ in range(rows)]


# Few distinct values: many ties, where the tie-breaks must match scipy's.
_TIED = st.sampled_from([0.0, 0.0, 0.0, 0.12, 0.14, 0.3, 0.5, 1.0])
_SPREAD = st.floats(0.0, 1.0, allow_nan=False, allow_infinity=False)


@settings(max_examples=400, deadline=None)
@given(matrix=matrices(_TIED))
def test_matches_scipy_with_ties(matrix: list[list[float]]) -> None:
    assert max_weight_assignment(matrix) == _scipy(matrix)


@settings(max_examples=300, deadline=None)
@given(matrix=matrices(_SPREAD))
def test_matches_scipy_on_random_scores(matrix: list[list[float]]) -> None:
    assert max_weight_assignment(matrix) == _scipy(matrix)


@settings(max_examples=30, deadline=None)
@given(seed=st.integers(0, 2**32 - 1), sparse=st.booleans())
def test_matches_scipy_on_article_sized_matrices(seed: int, sparse: bool) -> None:
    rng = np.random.default_rng(seed)
    shape = (int(rng.integers(20, SMALL + 1)), int(rng.integers(20, SMALL + 1)))
    matrix = rng.random(shape)
    if sparse:  # like the aligner's candidates: most entries zero, a few repeated values
        matrix = np.where(rng.random(shape) < 0.9, 0.0, np.round(matrix, 1))
    assert max_weight_assignment(matrix.tolist()) == _scipy(matrix.tolist())


def test_edge_cases() -> None:
    assert max_weight_assignment([]) == []
    assert max_weight_assignment([[]]) == []
    assert max_weight_assignment([[0.5]]) == [(0, 0)]
    assert max_weight_assignment([[0.0, 0.0], [0.0, 0.0]]) == _scipy([[0.0, 0.0], [0.0, 0.0]])


def test_large_matrices_go_to_scipy() -> None:
    matrix = np.random.default_rng(3).random((SMALL + 5, SMALL + 2)).tolist()
    assert assign(matrix) == _scipy(matrix)
