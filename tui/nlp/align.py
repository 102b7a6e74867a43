"""Align the claims of two articles: which claims report the same fact, which disagree.

Method (see :mod:`tui.nlp.similarity` for the features):

1. Segment both bodies into claims and find entities (unless given).
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
work is always done in one canonical orientation of the two inputs.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from tui.nlp.claims import Claim, segment
from tui.nlp.similarity import (
    BIGRAM_WEIGHT,
    ENTITY_WEIGHT,
    LABEL_WEIGHT,
    NUMBER_WEIGHT,
    SHAPE_WEIGHT,
    UNIT_WEIGHT,
    VALUE_WEIGHT,
    ClaimFeatures,
    Fact,
    idf_table,
    number_shape,
    number_unit,
    soft_stem_map,
    stems_of,
    strip_labels,
)

__all__ = [
    "CONTAINMENT",
    "EXTRA_THRESHOLD",
    "PAIR_THRESHOLD",
    "Alignment",
    "ClaimPair",
    "Row",
    "align",
    "rows",
]

PAIR_THRESHOLD = 0.14
"""Least score for a one-to-one pair."""
MUTUAL_THRESHOLD = 0.12
"""Least score for a one-to-one pair of claims that are each other's best partner."""
EXTRA_THRESHOLD = 0.16
"""Least score for an additional (many-to-one) pair."""
CONTAINMENT = 0.5
"""Least share of the smaller claim's weight found in the larger, for a many-to-one pair."""
MAX_PARTNERS = 3
"""Most pairs one claim may take part in (best-scoring first)."""
SAME_COVERAGE = 0.55
"""Least share of each side's word, entity and figure weight found in the other for ``same``
(bigrams, label words and figure kinds left out, so paraphrase is not penalised twice)."""
CONTEXT_WORDS = 3
"""Content words either side of a figure that tell what it measures, for conflicts."""
_ENTITY_LABELS_FOR_CONFLICT = frozenset({"PERSON", "ORG", "GPE", "LOC", "EVENT", "WORK"})


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


def align(
    body_a: str,
    body_b: str,
    *,
    mentions_a: Sequence[Any] | None = None,
    mentions_b: Sequence[Any] | None = None,
    background: Sequence[str] = (),
) -> Alignment:
    """Align the claims of ``body_a`` with those of ``body_b``.

    ``mentions_a``/``mentions_b`` are entity mentions (objects with ``text``, ``label``,
    ``start``, ``end``, ``key``) with keys unified across the two articles; when either is
    missing, both are recognised with :mod:`tui.nlp.entities`. ``background`` texts (e.g.
    the rest of the library) only sharpen the word weights.
    """
    if (body_b, len(mentions_b or ())) < (body_a, len(mentions_a or ())):
        flipped = align(
            body_b, body_a, mentions_a=mentions_b, mentions_b=mentions_a, background=background
        )
        return flipped.swapped()
    if mentions_a is None or mentions_b is None:
        from tui.nlp.entities import recognise, unify_keys

        unified = unify_keys(recognise(body_a), recognise(body_b))
        mentions_a, mentions_b = unified[0], unified[1]
    claims_a = segment(body_a)
    claims_b = segment(body_b)
    feats_a = [_features(body_a, c, mentions_a) for c in claims_a]
    feats_b = [_features(body_b, c, mentions_b) for c in claims_b]
    _weigh(feats_a, feats_b, background)
    scores = _score_matrix(feats_a, feats_b)
    chosen = _match(scores, feats_a, feats_b)
    pairs = tuple(
        _describe(i, j, s, feats_a[i], feats_b[j]) for (i, j), s in sorted(chosen.items())
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


# --- features ---------------------------------------------------------------------------


def _features(body: str, claim: Claim, mentions: Sequence[Any]) -> ClaimFeatures:
    skip = strip_labels(claim.text)
    start = claim.start + skip
    stems = stems_of(body[start : claim.end])
    label_stems = stems_of(body[claim.start : start])
    facts: list[Fact] = []
    for m in mentions:
        if m.start < claim.start or m.end > claim.end:
            continue
        label = m.label
        if label in ("NUMBER", "DATE"):
            value = _number_value(m.text)
            if value is not None:
                shape = number_shape(m.text, label, value)
                unit = number_unit(m.text, shape)
                before = stems_of(body[max(start, m.start - 60) : m.start])[-CONTEXT_WORDS:]
                after = stems_of(body[m.end : min(claim.end, m.end + 60)])[:CONTEXT_WORDS]
                context = frozenset((*before, *after, *([unit] if unit else ())))
                key = f"#{shape}:{value:g}"
                facts.append(Fact(key, m.text, label, value, shape, unit, context))
                continue
        facts.append(Fact(m.key, m.text, label))
    return ClaimFeatures(stems, facts, label_stems=label_stems)


def _number_value(text: str) -> float | None:
    from tui.nlp.entities import number_value

    return number_value(text)


def _weigh(
    feats_a: list[ClaimFeatures], feats_b: list[ClaimFeatures], background: Sequence[str]
) -> None:
    """Fill each claim's feature weights (IDF x kind multiplier) and vector norm."""
    all_feats = feats_a + feats_b
    soft = soft_stem_map(s for f in all_feats for s in (*f.stems, *f.label_stems))
    vocab_a = {soft[s] for f in feats_a for s in (*f.stems, *f.label_stems)}
    vocab_b = {soft[s] for f in feats_b for s in (*f.stems, *f.label_stems)}
    docs: list[dict[str, float]] = []
    for n, f in enumerate(all_feats):
        stems = [soft[s] for s in f.stems]
        # A label's words are content when the other article uses them too.
        other = vocab_b if n < len(feats_a) else vocab_a
        doc: dict[str, float] = {
            soft[s]: 1.0 if soft[s] in other else LABEL_WEIGHT for s in f.label_stems
        }
        f.label_keys = frozenset(k for k in doc if k not in stems)
        doc.update(dict.fromkeys(stems, 1.0))
        for x, y in itertools.pairwise(stems):
            if x != y:
                doc[f"{x} {y}"] = BIGRAM_WEIGHT
        for fact in f.facts:
            if fact.shape:
                doc[fact.key] = NUMBER_WEIGHT
                doc.setdefault(f"#{fact.shape}", SHAPE_WEIGHT)
                doc.setdefault(f"#v:{fact.value:g}", VALUE_WEIGHT)
                if fact.unit:
                    doc.setdefault(f"#u:{fact.shape}:{fact.unit}", UNIT_WEIGHT)
            else:
                doc[fact.key] = ENTITY_WEIGHT
        docs.append(doc)
    bg_docs: list[set[str]] = []
    for text in background:
        for claim in segment(text):
            stems = [soft.get(s, s) for s in stems_of(claim.text)]
            bg = set(stems)
            bg.update(f"{x} {y}" for x, y in itertools.pairwise(stems))
            bg_docs.append(bg)
    idf = idf_table([d.keys() for d in docs] + bg_docs)
    for f, doc in zip(all_feats, docs, strict=True):
        f.weights = {k: m * idf[k] for k, m in doc.items()}
        f.norm = sum(w * w for w in f.weights.values()) ** 0.5


def _score_matrix(
    feats_a: list[ClaimFeatures], feats_b: list[ClaimFeatures]
) -> dict[tuple[int, int], float]:
    """Cosine similarity of every pair sharing at least one feature (sparse)."""
    index: dict[str, list[tuple[int, float]]] = {}
    for j, f in enumerate(feats_b):
        for k, w in f.weights.items():
            index.setdefault(k, []).append((j, w))
    out: dict[tuple[int, int], float] = {}
    for i, f in enumerate(feats_a):
        if not f.norm:
            continue
        acc: dict[int, float] = {}
        for k, w in f.weights.items():
            for j, wb in index.get(k, ()):
                acc[j] = acc.get(j, 0.0) + w * wb
        for j, dot in acc.items():
            nb = feats_b[j].norm
            if nb:
                out[i, j] = min(1.0, dot / (f.norm * nb))
    return out


# --- matching ---------------------------------------------------------------------------


def _coverage(x: ClaimFeatures, y: ClaimFeatures) -> float:
    """Share of ``x``'s weight (squared) that ``y`` also has."""
    total = sum(w * w for w in x.weights.values())
    if not total:
        return 0.0
    return sum(w * w for k, w in x.weights.items() if k in y.weights) / total


def _content_coverage(x: ClaimFeatures, y: ClaimFeatures) -> float:
    """Share of ``x``'s word, entity and figure weight (squared) that ``y`` also has."""
    total = covered = 0.0
    for k, w in x.weights.items():
        if " " in k or k.startswith(("#u:", "#v:")) or (k[0] == "#" and ":" not in k):
            continue  # bigrams, unit and bare figure kinds
        if k in x.label_keys:
            continue
        total += w * w
        if k in y.weights:
            covered += w * w
    return covered / total if total else 0.0


def _match(
    scores: dict[tuple[int, int], float],
    feats_a: list[ClaimFeatures],
    feats_b: list[ClaimFeatures],
) -> dict[tuple[int, int], float]:
    """One-to-one assignment above the threshold, then many-to-one extras."""
    best_a: dict[int, float] = {}
    best_b: dict[int, float] = {}
    for (i, j), s in scores.items():
        best_a[i] = max(best_a.get(i, 0.0), s)
        best_b[j] = max(best_b.get(j, 0.0), s)
    # A pair that is each claim's best partner needs less evidence (relative threshold).
    cand = {
        (i, j): s
        for (i, j), s in scores.items()
        if s >= PAIR_THRESHOLD or (s >= MUTUAL_THRESHOLD and s == best_a[i] == best_b[j])
    }
    chosen: dict[tuple[int, int], float] = {}
    if cand:
        import numpy as np
        from scipy.optimize import linear_sum_assignment

        rows = sorted({i for i, _ in cand})
        cols = sorted({j for _, j in cand})
        ri = {i: n for n, i in enumerate(rows)}
        ci = {j: n for n, j in enumerate(cols)}
        m = np.zeros((len(rows), len(cols)))
        for (i, j), s in cand.items():
            m[ri[i], ci[j]] = s
        r, c = linear_sum_assignment(m, maximize=True)
        for x, y in zip(r.tolist(), c.tolist(), strict=True):
            if m[x, y] > 0:
                chosen[rows[x], cols[y]] = float(m[x, y])
    count_a: dict[int, int] = {}
    count_b: dict[int, int] = {}
    for i, j in chosen:
        count_a[i] = count_a.get(i, 0) + 1
        count_b[j] = count_b.get(j, 0) + 1
    for (i, j), s in sorted(cand.items(), key=lambda kv: (-kv[1], kv[0])):
        if (i, j) in chosen or count_a.get(i, 0) >= MAX_PARTNERS:
            continue
        if count_b.get(j, 0) >= MAX_PARTNERS:
            continue
        if s < EXTRA_THRESHOLD:
            fa, fb = feats_a[i], feats_b[j]
            smaller, larger = (fa, fb) if fa.norm <= fb.norm else (fb, fa)
            if _coverage(smaller, larger) < CONTAINMENT:
                continue
        chosen[i, j] = s
        count_a[i] = count_a.get(i, 0) + 1
        count_b[j] = count_b.get(j, 0) + 1
    return chosen


# --- relations --------------------------------------------------------------------------


def _describe(i: int, j: int, score: float, fa: ClaimFeatures, fb: ClaimFeatures) -> ClaimPair:
    keys_a = {f.key: f for f in fa.facts}
    keys_b = {f.key: f for f in fb.facts}
    shared = _dedup(f.text for f in fa.facts if f.key in keys_b)
    only_a_facts = [f for k, f in keys_a.items() if k not in keys_b]
    only_b_facts = [f for k, f in keys_b.items() if k not in keys_a]
    relation = "partial"
    if _conflicting(only_a_facts, only_b_facts, fa, fb):
        relation = "conflict"
    elif min(_content_coverage(fa, fb), _content_coverage(fb, fa)) >= SAME_COVERAGE:
        relation = "same"
    return ClaimPair(
        i,
        j,
        round(score, 6),
        relation,
        shared,
        _dedup(f.text for f in only_a_facts),
        _dedup(f.text for f in only_b_facts),
    )


def _dedup(texts: Any) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for t in texts:
        seen.setdefault(t, None)
    return tuple(seen)


def _conflicting(
    only_a: list[Fact], only_b: list[Fact], fa: ClaimFeatures, fb: ClaimFeatures
) -> bool:
    """Both sides state a differing figure of one kind, or a differing named entity."""
    for x in only_a:
        if not x.shape:
            continue
        for y in only_b:
            # Same kind of figure, differing value; quantities must share their unit when
            # both name one ("18,500 acres" vs "21,000 acres", not "35 km" vs "12 people").
            # A magnitude must measure the same thing: a word next to it in common (not
            # needed for a year or date, which dates the claim itself).
            if x.shape != y.shape or x.value == y.value:
                continue
            same_unit = not (x.unit and y.unit and x.unit != y.unit)
            if same_unit and (x.shape in ("year", "date") or x.context & y.context):
                return True
    labels_a = {f.label for f in only_a if f.label in _ENTITY_LABELS_FOR_CONFLICT}
    labels_b = {f.label for f in only_b if f.label in _ENTITY_LABELS_FOR_CONFLICT}
    if labels_a & labels_b:
        words_a = {k for k in fa.weights if " " not in k and ":" not in k}
        words_b = {k for k in fb.weights if " " not in k and ":" not in k}
        ent_words = set()
        for f in only_a + only_b:
            ent_words.update(stems_of(f.text))
        rest_a, rest_b = words_a - ent_words, words_b - ent_words
        if rest_a and rest_b and len(rest_a & rest_b) / len(rest_a | rest_b) >= 0.6:
            return True
    return False


# The row layout lives in its own module; re-exported here as part of the engine API.
from tui.nlp.rows import Row, rows  # noqa: E402
