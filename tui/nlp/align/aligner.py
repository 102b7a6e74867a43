"""Align the claims of two articles: which claims report the same fact, which disagree.

Method (see :mod:`tui.nlp.align.similarity` for the features):

1. Take both articles' claims, entity mentions (keys unified across the two) and claim
   features, computed once per article by :func:`tui.analysis.analyse`.
2. Score every claim pair by the cosine of IDF-weighted feature vectors (stems, bigrams,
   entity keys, number keys). Only pairs sharing a feature are scored (sparse product).
3. One-to-one first: a maximum-weight assignment (Hungarian algorithm) over pairs scoring at
   least :data:`PAIR_THRESHOLD`.
   A pair of claims that are each other's best partner needs only :data:`MUTUAL_THRESHOLD`.
4. Then many-to-one: a claim may take further partners when it merges what the other side
   splits; an extra pair needs :data:`EXTRA_THRESHOLD`, or a lower score when most of the
   smaller claim's weight is covered by the larger one (:data:`CONTAINMENT`). Extras are
   taken best first, and no claim takes part in more than :data:`MAX_PARTNERS` pairs.
5. Each pair gets a relation: ``conflict`` when both sides state a differing figure of the
   same kind (ordinal, money, percent, year, count...) that measures the same thing (same
   unit when both have one, and a content word next to both figures, except for years and
   dates), or when both name a different entity of the same label on a near-identical
   sentence; ``same`` when each side's word, entity and figure weight is mostly
   (:data:`SAME_COVERAGE`) found in the other; ``partial`` otherwise.

The result is deterministic, and ``align(b, a) == align(a, b).swapped()`` exactly: the
work is always done in one canonical orientation of the two inputs (ordered by body, then
by mentions). When both inputs are the same, the result is its own mirror: the pairs
``(i, j)`` with ``i <= j`` are described and the others are their mirror images.

Modules: :mod:`tui.nlp.align.features` (features, weights, scores),
:mod:`tui.nlp.align.match` (choosing pairs), :mod:`tui.nlp.align.relations` (relations);
:mod:`tui.nlp.align.rows` lays an :class:`Alignment` out side by side.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from tui.nlp.align.features import CONTEXT_WORDS, score_pairs, weigh
from tui.nlp.align.figures import approx_figure_scores
from tui.nlp.align.match import (
    CONTAINMENT,
    EXTRA_THRESHOLD,
    FLOOR,
    MAX_PARTNERS,
    MUTUAL_THRESHOLD,
    PAIR_THRESHOLD,
    match,
)
from tui.nlp.align.people import drop_different_people
from tui.nlp.align.relations import SAME_COVERAGE, describe
from tui.nlp.align.similarity import ClaimFeatures
from tui.nlp.claims import Claim
from tui.nlp.entities import Mention

__all__ = [
    "CONTAINMENT",
    "CONTEXT_WORDS",
    "EXTRA_THRESHOLD",
    "MAX_PARTNERS",
    "MUTUAL_THRESHOLD",
    "PAIR_THRESHOLD",
    "SAME_COVERAGE",
    "AlignInput",
    "Alignment",
    "ClaimPair",
    "align",
    "describe_pairs",
]


@dataclass(frozen=True, slots=True)
class ClaimPair:
    """Claim ``a`` of article A and claim ``b`` of article B report the same fact."""

    a: int
    b: int
    score: float
    relation: str  # "same" | "partial" | "conflict"
    shared: tuple[str, ...]
    only_a: tuple[str, ...]
    only_b: tuple[str, ...]

    def swapped(self) -> ClaimPair:
        """The same pair seen from B."""
        return ClaimPair(
            self.b, self.a, self.score, self.relation, self.shared, self.only_b, self.only_a
        )


@dataclass(frozen=True, slots=True)
class Alignment:
    """Claims of both articles, the pairs found between them and the unpaired claims."""

    claims_a: tuple[Claim, ...]
    claims_b: tuple[Claim, ...]
    pairs: tuple[ClaimPair, ...]
    only_a: tuple[int, ...]
    only_b: tuple[int, ...]

    def swapped(self) -> Alignment:
        """The mirror alignment, B against A."""
        pairs = sorted((p.swapped() for p in self.pairs), key=lambda p: (p.a, p.b))
        return Alignment(self.claims_b, self.claims_a, tuple(pairs), self.only_b, self.only_a)

    def pairs_for_a(self, i: int) -> tuple[ClaimPair, ...]:
        """Pairs involving claim ``i`` of A."""
        return tuple(p for p in self.pairs if p.a == i)

    def pairs_for_b(self, j: int) -> tuple[ClaimPair, ...]:
        """Pairs involving claim ``j`` of B."""
        return tuple(p for p in self.pairs if p.b == j)

    @property
    def conflicts(self) -> tuple[ClaimPair, ...]:
        """Pairs whose relation is ``conflict``."""
        return tuple(p for p in self.pairs if p.relation == "conflict")


@dataclass(frozen=True, slots=True)
class AlignInput:
    """One article as the aligner reads it, all computed beforehand.

    ``features`` are the claims' unweighted features (one per claim, from
    :func:`tui.nlp.align.features.claim_features`) and ``mentions`` the entity mentions, both
    with entity keys unified across the two articles being aligned. ``body`` only orders the
    two inputs canonically. The aligner never changes them.
    """

    body: str
    claims: tuple[Claim, ...]
    mentions: tuple[Mention, ...]
    features: tuple[ClaimFeatures, ...]


def align(a: AlignInput, b: AlignInput, *, background: Sequence[str] = ()) -> Alignment:
    """Align the claims of ``a`` with those of ``b``.

    ``background`` texts (e.g. the rest of the library) only sharpen the word weights.
    """
    key_a = (a.body, _mention_key(a.mentions))
    key_b = (b.body, _mention_key(b.mentions))
    if key_b < key_a:
        return _align(b, a, background, mirror=False).swapped()
    return _align(a, b, background, mirror=key_a == key_b)


def describe_pairs(
    a: AlignInput,
    b: AlignInput,
    pairs: Sequence[tuple[int, int]],
    *,
    background: Sequence[str] = (),
) -> tuple[ClaimPair, ...]:
    """Pairs the engine did not choose (the reader's links), described as :func:`align`
    describes its own: relation, shared values and each side's own values, from features
    weighed the same way. Their ``score`` is 0: the engine never scored them as a pair."""
    if not pairs:
        return ()
    if (b.body, _mention_key(b.mentions)) < (a.body, _mention_key(a.mentions)):
        mirrored = describe_pairs(b, a, [(j, i) for i, j in pairs], background=background)
        return tuple(p.swapped() for p in mirrored)
    feats_a, feats_b = _fresh(a.features), _fresh(b.features)
    weigh(feats_a, feats_b, background)
    return tuple(ClaimPair(i, j, 0.0, *describe(feats_a[i], feats_b[j])) for i, j in pairs)


def _mention_key(mentions: Sequence[Mention]) -> tuple[tuple[int, int, str, str, str], ...]:
    return tuple((m.start, m.end, m.label, m.key, m.text) for m in mentions)


def _fresh(features: Sequence[ClaimFeatures]) -> list[ClaimFeatures]:
    """Copies the weighing may change, leaving the inputs as they were."""
    return [
        replace(f, stems=list(f.stems), facts=list(f.facts), label_stems=list(f.label_stems))
        for f in features
    ]


def _align(a: AlignInput, b: AlignInput, background: Sequence[str], *, mirror: bool) -> Alignment:
    """:func:`align` in canonical orientation; ``mirror`` when both inputs are the same."""
    claims_a, claims_b = a.claims, b.claims
    feats_a, feats_b = _fresh(a.features), _fresh(b.features)
    weigh(feats_a, feats_b, background)
    scores = score_pairs(feats_a, feats_b, FLOOR)
    scores = approx_figure_scores(feats_a, feats_b, scores, FLOOR)
    scores = drop_different_people(feats_a, feats_b, scores)
    chosen = match(scores, feats_a, feats_b)
    if mirror:  # describe each pair once, from its lower index, so the result mirrors itself
        described = {
            (i, j): ClaimPair(i, j, round(s, 6), *describe(feats_a[i], feats_b[j]))
            for (i, j), s in chosen.items()
            if i <= j
        }
        described.update({(p.b, p.a): p.swapped() for p in list(described.values())})
        pairs = tuple(described[k] for k in sorted(described))
    else:
        pairs = tuple(
            ClaimPair(i, j, round(s, 6), *describe(feats_a[i], feats_b[j]))
            for (i, j), s in sorted(chosen.items())
        )
    paired_a = {p.a for p in pairs}
    paired_b = {p.b for p in pairs}
    return Alignment(
        tuple(claims_a),
        tuple(claims_b),
        pairs,
        tuple(i for i in range(len(claims_a)) if i not in paired_a),
        tuple(j for j in range(len(claims_b)) if j not in paired_b),
    )
