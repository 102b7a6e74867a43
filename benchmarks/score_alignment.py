"""Score claim alignment against a gold annotation file.

Usage: ``python benchmarks/score_alignment.py [GOLD.yaml]`` (default: the shared sample
``putin-ai-china.yaml``). Prints precision, recall and F1 over sentence pairs and lists the
false positive and false negative pairs.

Scoring lives in :mod:`benchmarks.align_scoring`.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:  # run as a script: make `benchmarks` and `tui` importable
    sys.path.insert(0, str(REPO))

from benchmarks.align_scoring import (  # noqa: E402
    claim_to_sentence,
    load_gold,
    score_alignment,
    sentence_spans,
)
from benchmarks.annotated import SAMPLE_GOLD as DEFAULT_GOLD  # noqa: E402
from tui.analysis import align_texts  # noqa: E402


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
