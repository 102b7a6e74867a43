"""Score claim alignment against a gold annotation file.

Usage: ``python benchmarks/score_alignment.py [GOLD.yaml]`` (default: the shared sample
``putin-ai-china.yaml``). Prints precision, recall and F1 over sentence pairs and lists the
false positive and false negative pairs.

Each claim maps to the gold sentence it overlaps most (by characters), so the score does
not depend on the segmenter agreeing exactly with the annotator's sentence boundaries.
"""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from tui.analysis import align_texts  # noqa: E402
from tui.nlp.align.aligner import Alignment  # noqa: E402
from tui.nlp.claims import Claim  # noqa: E402

SHARED = REPO / "tests" / "data" / "sample_pair"
DEFAULT_GOLD = SHARED / "gold" / "putin-ai-china.yaml"


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


def score_alignment(
    alignment: Alignment,
    body_a: str,
    body_b: str,
    gold: dict,
) -> Score:
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


def load_gold(path: Path = DEFAULT_GOLD) -> tuple[dict, str, str]:
    """The gold dict and the two bodies it refers to (paths relative to ``shared/``)."""
    gold = yaml.safe_load(path.read_text(encoding="utf-8"))
    root = path.resolve().parent.parent
    body_a = (root / gold["article_a"]).read_text(encoding="utf-8")
    body_b = (root / gold["article_b"]).read_text(encoding="utf-8")
    return gold, body_a, body_b


def score_gold_file(path: Path = DEFAULT_GOLD) -> tuple[Score, Alignment]:
    """Align the gold file's two articles and score the result."""
    gold, body_a, body_b = load_gold(path)
    alignment = align_texts(body_a, body_b)
    return score_alignment(alignment, body_a, body_b, gold), alignment


def main(argv: list[str]) -> int:
    """Print the score of the gold file named in ``argv`` (or the default sample)."""
    path = Path(argv[0]) if argv else DEFAULT_GOLD
    gold, body_a, body_b = load_gold(path)
    t0 = time.perf_counter()
    alignment = align_texts(body_a, body_b)
    elapsed = time.perf_counter() - t0
    score = score_alignment(alignment, body_a, body_b, gold)
    sa, sb = gold["sentences_a"], gold["sentences_b"]
    scores = {}
    map_a = claim_to_sentence(alignment.claims_a, sentence_spans(body_a, sa))
    map_b = claim_to_sentence(alignment.claims_b, sentence_spans(body_b, sb))
    for p in alignment.pairs:
        scores[map_a[p.a], map_b[p.b]] = (p.score, p.relation)
    print(f"gold: {path}")
    print(
        f"claims: {len(alignment.claims_a)} A, {len(alignment.claims_b)} B; "
        f"pairs: {len(alignment.pairs)} predicted, {len(gold['alignments'])} gold; "
        f"{elapsed * 1000:.0f} ms"
    )
    print(f"precision {score.precision:.3f}  recall {score.recall:.3f}  F1 {score.f1:.3f}")
    for title, items in (
        ("false positives", score.false_positives),
        ("false negatives", score.false_negatives),
    ):
        print(f"\n{title} ({len(items)}):")
        for i, j in items:
            extra = ""
            if (i, j) in scores:
                extra = f"  score {scores[i, j][0]:.3f} {scores[i, j][1]}"
            print(f"  A{i} ~ B{j}{extra}\n    A: {sa[i][:90]}\n    B: {sb[j][:90]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
