"""How two paired claims relate (``same``, ``partial``, ``conflict``).

``conflict`` when both sides state a differing figure of the same kind (ordinal, money,
percent, year, count...) that measures the same thing (same unit when both have one, and a
content word next to both figures, except for years and dates), or when both name a
different entity of the same label on a near-identical sentence; ``same`` when each
side's word, entity and figure weight is mostly (:data:`SAME_COVERAGE`) found in the
other; ``partial`` otherwise.
"""

from __future__ import annotations

from collections.abc import Iterable

from tui.nlp.align.figures import agree
from tui.nlp.align.similarity import ClaimFeatures, Fact, stems_of

__all__ = ["SAME_COVERAGE", "describe"]

SAME_COVERAGE = 0.55
"""Least share of each side's word, entity and figure weight found in the other for ``same``
(bigrams, label words and figure kinds left out, so paraphrase is not penalised twice)."""
_ENTITY_LABELS_FOR_CONFLICT = frozenset({"PERSON", "ORG", "GPE", "LOC", "EVENT", "WORK"})


def describe(
    fa: ClaimFeatures, fb: ClaimFeatures
) -> tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """Relation, shared values, values only in ``fa``, values only in ``fb``.

    Shared values use ``fa``'s surface forms.
    """
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
    return (
        relation,
        shared,
        _dedup(f.text for f in only_a_facts),
        _dedup(f.text for f in only_b_facts),
    )


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


def _dedup(texts: Iterable[str]) -> tuple[str, ...]:
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
            if x.value and y.value and agree(x.value, y.value):
                continue  # one figure at two precisions ("4.27" / "4.3"): not a conflict
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
