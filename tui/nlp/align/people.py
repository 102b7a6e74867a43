"""Claims about different people are different facts (issue 15).

Wire copy repeats one template for several people ("X finished second in 2:05:59", "Y
finished second in Tokyo in 2:06:40"); the shared words and figure kind then make a pair
that is not one fact. When both claims name people and share none of them (keys are
unified across the two articles, so "Tesfaye" is "Abebe Tesfaye"), the pair is dropped
unless it scores at least :data:`SAME_SENTENCE_SCORE`: a near-identical sentence with a
different name is one fact reported with conflicting names, which the relations keep.
"""

from __future__ import annotations

from tui.nlp.align.similarity import ClaimFeatures

__all__ = ["SAME_SENTENCE_SCORE", "different_people", "drop_different_people"]

SAME_SENTENCE_SCORE = 0.35
"""A pair scoring at least this is kept even when it names different people."""


def _people(f: ClaimFeatures) -> set[str]:
    return {x.key for x in f.facts if x.label == "PERSON"}


def different_people(x: ClaimFeatures, y: ClaimFeatures) -> bool:
    """Both claims name people, and no person is named by both."""
    px, py = _people(x), _people(y)
    return bool(px) and bool(py) and not (px & py)


def drop_different_people(
    feats_a: list[ClaimFeatures],
    feats_b: list[ClaimFeatures],
    scores: dict[tuple[int, int], float],
) -> dict[tuple[int, int], float]:
    """``scores`` without the pairs about different people (a new dict)."""
    return {
        (i, j): s
        for (i, j), s in scores.items()
        if s >= SAME_SENTENCE_SCORE or not different_people(feats_a[i], feats_b[j])
    }
