"""BCubed precision, recall and F1 of a clustering against gold labels."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class BCubed:
    """Item-averaged BCubed scores."""

    precision: float
    recall: float

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def bcubed(predicted: Mapping[str, str], gold: Mapping[str, str]) -> BCubed:
    """BCubed over the items of ``gold`` (each must be in ``predicted``).

    For an item, precision is the share of its predicted cluster that shares its gold
    label, recall the share of its gold cluster that shares its predicted cluster
    (both counting the item itself); the scores average over items.
    """
    items = list(gold)
    if not items:
        return BCubed(1.0, 1.0)
    pair = Counter((predicted[i], gold[i]) for i in items)
    pred_size = Counter(predicted[i] for i in items)
    gold_size = Counter(gold[i] for i in items)
    p = sum(pair[predicted[i], gold[i]] / pred_size[predicted[i]] for i in items)
    r = sum(pair[predicted[i], gold[i]] / gold_size[gold[i]] for i in items)
    return BCubed(p / len(items), r / len(items))
