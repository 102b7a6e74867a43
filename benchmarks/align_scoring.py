"""Score claim alignments against hand-annotated gold sentence pairs.

Each claim maps to the gold sentence it overlaps most (by characters), so the score does not
depend on the segmenter agreeing exactly with the annotator's sentence boundaries. Used by the
``score_alignment*.py`` scripts and the tests.

Gold files come in two shapes: a pair file (``a``/``b`` articles with bodies inline, the
dev/eval sets) and the sample's gold (``article_a``/``article_b`` naming text files).
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from benchmarks.annotated import ALIGN_SETS, SAMPLE_GOLD, files
from tui.analysis import align_texts
from tui.nlp.align.aligner import Alignment
from tui.nlp.claims import Claim

__all__ = [
    "PairResult",
    "Score",
    "claim_to_sentence",
    "load_gold",
    "micro",
    "score_alignment",
    "score_file",
    "score_sets",
    "sentence_spans",
    "set_files",
]

_RANK = {"same": 0, "partial": 1, "conflict": 2}


@dataclass(frozen=True, slots=True)
class Score:
    """Precision/recall/F1 of predicted sentence pairs against gold pairs."""

    precision: float
    recall: float
    f1: float
    true_positives: tuple[tuple[int, int], ...]
    false_positives: tuple[tuple[int, int], ...]
    false_negatives: tuple[tuple[int, int], ...]


def sentence_spans(body: str, sentences: list[str]) -> list[tuple[int, int]]:
    """Character spans of the gold sentences (verbatim substrings, searched in order)."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for sentence in sentences:
        at = body.find(sentence, pos)
        if at < 0:
            at = body.find(sentence)
        if at < 0:
            raise ValueError(f"gold sentence not found in body: {sentence[:60]!r}")
        spans.append((at, at + len(sentence)))
        pos = at + len(sentence)
    return spans


def claim_to_sentence(claims: tuple[Claim, ...], spans: list[tuple[int, int]]) -> list[int]:
    """For each claim, the gold sentence it overlaps most (-1 if none)."""
    out: list[int] = []
    for c in claims:
        best, best_overlap = -1, 0
        for n, (s, e) in enumerate(spans):
            overlap = min(e, c.end) - max(s, c.start)
            if overlap > best_overlap:
                best, best_overlap = n, overlap
        out.append(best)
    return out


def score_alignment(alignment: Alignment, body_a: str, body_b: str, gold: dict[str, Any]) -> Score:
    """Sentence-pair precision/recall/F1 of ``alignment`` against a gold annotation dict."""
    map_a = claim_to_sentence(alignment.claims_a, sentence_spans(body_a, gold["sentences_a"]))
    map_b = claim_to_sentence(alignment.claims_b, sentence_spans(body_b, gold["sentences_b"]))
    predicted = {
        (map_a[p.a], map_b[p.b]) for p in alignment.pairs if map_a[p.a] >= 0 and map_b[p.b] >= 0
    }
    expected = {(int(i), int(j)) for i, j in gold["alignments"]}
    tp = predicted & expected
    precision = len(tp) / len(predicted) if predicted else 0.0
    recall = len(tp) / len(expected) if expected else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Score(
        precision,
        recall,
        f1,
        tuple(sorted(tp)),
        tuple(sorted(predicted - expected)),
        tuple(sorted(expected - predicted)),
    )


def load_gold(path: Path = SAMPLE_GOLD) -> tuple[dict[str, Any], str, str]:
    """The gold dict and the two bodies it refers to (inline, or files beside ``gold/``)."""
    gold = yaml.safe_load(path.read_text(encoding="utf-8"))
    if "article_a" not in gold:
        return gold, gold["a"]["body"], gold["b"]["body"]
    root = path.resolve().parent.parent
    body_a = (root / gold["article_a"]).read_text(encoding="utf-8")
    body_b = (root / gold["article_b"]).read_text(encoding="utf-8")
    return gold, body_a, body_b


def set_files(name: str) -> list[Path]:
    """The gold files of one annotated alignment set (see :mod:`benchmarks.annotated`)."""
    return files(ALIGN_SETS, name)


@dataclass(frozen=True, slots=True)
class PairResult:
    """Counts for one annotated pair."""

    name: str
    tp: int
    fp: int
    fn: int
    conflicts_gold: int
    conflicts_found: int  # gold conflicts predicted as pairs with relation "conflict"
    false_conflicts: int  # predicted conflict pairs that are not gold conflicts
    relations: Counter[str]
    false_positives: tuple[tuple[int, int], ...]
    false_negatives: tuple[tuple[int, int], ...]
    predicted: dict[tuple[int, int], tuple[float, str]]
    gold: dict[str, Any]
    seconds: float

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _sentence_relations(
    alignment: Alignment, body_a: str, body_b: str, gold: dict[str, Any]
) -> dict[tuple[int, int], tuple[float, str]]:
    map_a = claim_to_sentence(alignment.claims_a, sentence_spans(body_a, gold["sentences_a"]))
    map_b = claim_to_sentence(alignment.claims_b, sentence_spans(body_b, gold["sentences_b"]))
    out: dict[tuple[int, int], tuple[float, str]] = {}
    for p in alignment.pairs:
        key = (map_a[p.a], map_b[p.b])
        if -1 in key:
            continue
        old = out.get(key)
        if old is None or _RANK[p.relation] > _RANK[old[1]]:
            out[key] = (p.score, p.relation)
    return out


def score_file(path: Path) -> PairResult:
    """Align one annotated pair and count hits."""
    gold, body_a, body_b = load_gold(path)
    t0 = time.perf_counter()
    alignment = align_texts(body_a, body_b)
    seconds = time.perf_counter() - t0
    score = score_alignment(alignment, body_a, body_b, gold)
    predicted = _sentence_relations(alignment, body_a, body_b, gold)
    gold_conf = {(int(i), int(j)) for i, j in gold.get("conflicts", ())}
    found = sum(1 for k in gold_conf if predicted.get(k, (0, ""))[1] == "conflict")
    false_conf = sum(1 for k, v in predicted.items() if v[1] == "conflict" and k not in gold_conf)
    return PairResult(
        path.stem,
        len(score.true_positives),
        len(score.false_positives),
        len(score.false_negatives),
        len(gold_conf),
        found,
        false_conf,
        Counter(v[1] for v in predicted.values()),
        score.false_positives,
        score.false_negatives,
        predicted,
        gold,
        seconds,
    )


def micro(results: list[PairResult]) -> tuple[float, float, float]:
    """Micro-averaged precision, recall and F1."""
    tp = sum(r.tp for r in results)
    fp = sum(r.fp for r in results)
    fn = sum(r.fn for r in results)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score_sets(names: list[str] | None = None) -> list[PairResult]:
    """Score every pair of the named sets (default: all annotated alignment sets)."""
    return [score_file(f) for name in (names or list(ALIGN_SETS)) for f in set_files(name)]
