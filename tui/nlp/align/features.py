"""Claim features, their weights and the claim-by-claim scores, for :mod:`tui.nlp.align.aligner`.

Scores are cosines of IDF-weighted feature vectors, computed only for pairs sharing a
feature. Small inputs are scored in pure Python; when the pairs sharing features are many
(long articles on one story share their cast and topic words in almost every sentence),
the sparse product runs in numpy instead. Both give the same scores: each is rounded to 12
decimals with :func:`round`, which hides the last-bit differences of summation order.
"""

from __future__ import annotations

import itertools
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from tui.nlp.align.similarity import (
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
from tui.nlp.claims import Claim, segment

if TYPE_CHECKING:
    from tui.nlp.entities.resolve import Mention

__all__ = ["CONTEXT_WORDS", "claim_features", "score_pairs", "weigh"]

CONTEXT_WORDS = 3
"""Content words either side of a figure that tell what it measures, for conflicts."""
NUMPY_WORK = 40_000
"""Above this many (claim, claim, shared feature) products, score with numpy."""
LARGE_PAIRS = 1_500_000
"""Above this many claim pairs (about 1,225 a side), score in chunks and keep only each
claim's best candidates (:mod:`tui.nlp.align.large`): time and memory stay near linear."""
_DIGITS = 12
FIGURE_CREDIT = 0.5
"""Share of a matching figure's credit given to differing values of the same measure."""
FIGURE_RATIO = 2.0
"""Differing values further apart than this factor are not two estimates of one measure."""


def claim_features(
    body: str, claims: Sequence[Claim], mentions: Sequence[Mention]
) -> list[ClaimFeatures]:
    """Features of every claim of ``body``; ``mentions`` may come in any order."""
    order = sorted(range(len(mentions)), key=lambda n: mentions[n].start)
    starts = [mentions[n].start for n in order]
    out = []
    for claim in claims:
        lo = bisect_left(starts, claim.start)
        hi = bisect_right(starts, claim.end)
        inside = sorted(n for n in order[lo:hi] if mentions[n].end <= claim.end)
        out.append(_features(body, claim, [mentions[n] for n in inside]))
    return out


def _features(body: str, claim: Claim, mentions: Sequence[Mention]) -> ClaimFeatures:
    skip = strip_labels(claim.text)
    start = claim.start + skip
    stems = stems_of(body[start : claim.end])
    label_stems = stems_of(body[claim.start : start])
    facts: list[Fact] = []
    names: set[str] = set()
    for m in mentions:
        label = m.label
        if label not in ("NUMBER", "DATE"):
            names.update(stems_of(m.text))
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
        if label == "DATE":  # a named day or period ("Saturday", "this month") is a name
            names.update(stems_of(m.text))
        facts.append(Fact(m.key, m.text, label))
    return ClaimFeatures(stems, facts, label_stems=label_stems, name_stems=frozenset(names))


def _number_value(text: str) -> float | None:
    from tui.nlp.entities.recogniser import number_value

    return number_value(text)


def weigh(
    feats_a: list[ClaimFeatures], feats_b: list[ClaimFeatures], background: Sequence[str]
) -> None:
    """Fill each claim's feature weights (IDF x kind multiplier) and vector norm."""
    all_feats = feats_a + feats_b
    _unify_acronyms(all_feats)
    soft = soft_stem_map(s for f in all_feats for s in (*f.stems, *f.label_stems))
    vocab_a = {soft[s] for f in feats_a for s in (*f.stems, *f.label_stems)}
    vocab_b = {soft[s] for f in feats_b for s in (*f.stems, *f.label_stems)}
    docs: list[dict[str, float]] = []
    for n, f in enumerate(all_feats):
        stems = [soft[s] for s in f.stems]
        f.name_stems = frozenset(soft.get(s, s) for s in f.name_stems)
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
    feature_sets: list[Iterable[str]] = [doc.keys() for doc in docs]
    feature_sets.extend(bg_docs)
    idf = idf_table(feature_sets)
    for f, doc in zip(all_feats, docs, strict=True):
        f.weights = {k: m * idf[k] for k, m in doc.items()}
        f.norm = sum(w * w for w in f.weights.values()) ** 0.5


_ACRONYM_SKIP = frozenset({"of", "the", "and", "for", "on", "in", "&"})


def _unify_acronyms(feats: list[ClaimFeatures]) -> None:
    """Give an acronym mention ("FAA") the key of the one spelled-out name of the same label
    whose initials it is ("Federal Aviation Administration"), so the two count as one entity.
    """
    names: dict[str, dict[str, str]] = {}
    acronyms: set[str] = set()
    for f in feats:
        for fact in f.facts:
            if fact.shape or ":" not in fact.key:
                continue
            text = fact.text.replace(".", "")
            if 2 <= len(text) <= 6 and text.isalpha() and text.isupper():
                acronyms.add(fact.key)
                continue
            words = [w for w in text.split() if w.lower() not in _ACRONYM_SKIP]
            if len(words) >= 2 and all(w[:1].isupper() for w in words):
                initials = "".join(w[0] for w in words).upper()
                names.setdefault(f"{fact.label}:{initials}", {})[fact.key] = fact.text
    alias: dict[str, str] = {}
    for key in acronyms:
        label, _, text = key.partition(":")
        full = names.get(f"{label}:{text.replace('.', '').upper()}", {})
        if len(full) == 1:
            alias[key] = next(iter(full))
    if not alias:
        return
    for f in feats:
        if any(fact.key in alias for fact in f.facts):
            f.facts = [
                replace(fact, key=alias[fact.key]) if fact.key in alias else fact
                for fact in f.facts
            ]


def same_measure(x: Fact, y: Fact) -> bool:
    """Two figures of one kind and unit, with differing values, that measure the same thing:
    a word next to both in common (not needed for a year or date, which dates the claim)."""
    if x.shape != y.shape or x.value == y.value or not x.shape:
        return False
    if x.unit and y.unit and x.unit != y.unit:
        return False
    return x.shape in ("year", "date") or bool(x.context & y.context)


def _close(x: float | None, y: float | None) -> bool:
    """Two estimates of one measure: same sign, within a factor of :data:`FIGURE_RATIO`."""
    if x is None or y is None or x * y <= 0:
        return False
    lo, hi = sorted((abs(x), abs(y)))
    return hi <= FIGURE_RATIO * lo


def figure_bonus(
    feats_a: list[ClaimFeatures], feats_b: list[ClaimFeatures], most: int | None = None
) -> dict[tuple[int, int], float]:
    """Dot-product credit for conflicting figures: when two claims state differing values of
    the same measure (:func:`same_measure`), the differing value is the conflict signal and
    must not lower the score, so the pair scores as if the figures matched (the best such
    figure pair counts once per claim pair). With ``most``, context words shared by more
    figures than that are not followed (for very long articles: they tell little apart)."""
    # Every pair that can earn the credit shares the shape and a context element (the unit
    # is one), so B's figures are indexed by those: no claim is compared with every other.
    by_context: dict[tuple[str, str], list[tuple[int, Fact]]] = {}
    for j, f in enumerate(feats_b):
        if f.norm:
            for fact in f.facts:
                if fact.shape and fact.key in f.weights:
                    for word in fact.context:
                        by_context.setdefault((fact.shape, word), []).append((j, fact))
    out: dict[tuple[int, int], float] = {}
    if not by_context:
        return out
    for i, f in enumerate(feats_a):
        if not f.norm:
            continue
        for x in f.facts:
            if x.shape in ("", "year", "date") or x.key not in f.weights:
                continue
            seen: set[tuple[int, int]] = set()
            for word in x.context:
                postings = by_context.get((x.shape, word), ())
                if most is not None and len(postings) > most:
                    continue
                for j, y in postings:
                    if (j, id(y)) in seen:
                        continue
                    seen.add((j, id(y)))
                    credit = _credit(f, feats_b[j], x, y)
                    if credit > out.get((i, j), 0.0):
                        out[i, j] = credit
    return out


def _credit(f: ClaimFeatures, fb: ClaimFeatures, x: Fact, y: Fact) -> float:
    """The :func:`figure_bonus` credit of figure ``x`` of ``f`` against ``y`` of ``fb``."""
    if x.key in fb.weights or y.key in f.weights or not same_measure(x, y):
        return 0.0
    if not (x.unit and x.unit == y.unit) and len(x.context & y.context) < 2:
        return 0.0
    if not _close(x.value, y.value):
        return 0.0
    return FIGURE_CREDIT * f.weights[x.key] * fb.weights[y.key]


def score_pairs(
    feats_a: list[ClaimFeatures], feats_b: list[ClaimFeatures], floor: float
) -> dict[tuple[int, int], float]:
    """Cosine of every pair sharing a feature and scoring at least ``floor`` (rounded)."""
    index: dict[str, list[tuple[int, float]]] = {}
    for j, f in enumerate(feats_b):
        if f.norm:
            for k, w in f.weights.items():
                index.setdefault(k, []).append((j, w))
    if len(feats_a) * len(feats_b) > LARGE_PAIRS:
        from tui.nlp.align.large import COMMON_DF, score_chunked

        bonus = figure_bonus(feats_a, feats_b, most=COMMON_DF)
        return score_chunked(feats_a, feats_b, index, floor, bonus, _DIGITS)
    work = sum(len(index.get(k, ())) for f in feats_a if f.norm for k in f.weights)
    bonus = figure_bonus(feats_a, feats_b)
    if work > NUMPY_WORK:
        return _score_numpy(feats_a, feats_b, index, floor, bonus)
    bonus_of: dict[int, list[tuple[int, float]]] = {}
    for (i, j), extra in bonus.items():
        bonus_of.setdefault(i, []).append((j, extra))
    out: dict[tuple[int, int], float] = {}
    for i, f in enumerate(feats_a):
        if not f.norm:
            continue
        acc: dict[int, float] = {}
        for k, w in f.weights.items():
            for j, wb in index.get(k, ()):
                acc[j] = acc.get(j, 0.0) + w * wb
        for j, extra in bonus_of.get(i, ()):
            acc[j] = acc.get(j, 0.0) + extra
        for j, dot in acc.items():
            s = round(min(1.0, dot / (f.norm * feats_b[j].norm)), _DIGITS)
            if s >= floor:
                out[i, j] = s
    return out


def _score_numpy(
    feats_a: list[ClaimFeatures],
    feats_b: list[ClaimFeatures],
    index: dict[str, list[tuple[int, float]]],
    floor: float,
    bonus: dict[tuple[int, int], float],
) -> dict[tuple[int, int], float]:
    """The sparse product of :func:`score_pairs`, vectorised: every (a entry, b entry)
    sharing a feature is expanded, then summed per pair with ``bincount``."""
    import numpy as np

    feature_ids = {k: n for n, k in enumerate(index)}
    rows_a: list[int] = []
    feat_a: list[int] = []
    w_a: list[float] = []
    for i, f in enumerate(feats_a):
        if f.norm:
            for k, w in f.weights.items():
                n = feature_ids.get(k)
                if n is not None:
                    rows_a.append(i)
                    feat_a.append(n)
                    w_a.append(w)
    counts = np.fromiter((len(p) for p in index.values()), dtype=np.int64, count=len(index))
    starts = np.cumsum(counts) - counts
    post_b = np.fromiter((j for p in index.values() for j, _ in p), dtype=np.int64)
    post_w = np.fromiter((w for p in index.values() for _, w in p), dtype=np.float64)
    fa = np.asarray(feat_a, dtype=np.int64)
    rep = counts[fa]
    entry = np.repeat(np.arange(len(fa)), rep)
    offset = np.arange(int(rep.sum())) - np.repeat(np.cumsum(rep) - rep, rep)
    pos = starts[fa[entry]] + offset
    na, nb = len(feats_a), len(feats_b)
    flat = np.asarray(rows_a, dtype=np.int64)[entry] * nb + post_b[pos]
    dots = np.bincount(
        flat, weights=np.asarray(w_a, dtype=np.float64)[entry] * post_w[pos], minlength=na * nb
    ).reshape(na, nb)
    for (i, j), extra in bonus.items():
        dots[i, j] += extra
    norm_a = np.array([f.norm or np.inf for f in feats_a])
    norm_b = np.array([f.norm or np.inf for f in feats_b])
    scores = np.minimum(1.0, dots / (norm_a[:, None] * norm_b[None, :]))
    # Keep a margin below the floor: rounding may lift a score onto it.
    ii, jj = np.nonzero(scores >= floor - 1e-9)
    out: dict[tuple[int, int], float] = {}
    for i, j, s in zip(ii.tolist(), jj.tolist(), scores[ii, jj].tolist(), strict=True):
        s = round(s, _DIGITS)
        if s >= floor:
            out[i, j] = s
    return out
