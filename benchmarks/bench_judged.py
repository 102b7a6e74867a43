"""Judging a comparison: how long the split view takes to rebuild its rows after a judgement.

Usage: ``python benchmarks/bench_judged.py [--paragraphs 300] [--runs 5]``

Two synthetic articles (seeded; our own sentences, from :mod:`bench_long_article`), the
second sharing every other paragraph of the first. After one ``compare()``, prints medians
of ``--runs`` of ``Comparison.judged_by``: with no judgements (as when a split view opens
in a library), with an unlinked engine pair, and with a hand link (whose relation the
engine describes from the claims' weighed features).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from bench_long_article import paragraph  # noqa: E402

from tui.analysis import Comparison, compare  # noqa: E402
from tui.analysis.article_analysis import analyse_text  # noqa: E402
from tui.analysis.judgements import Judgement  # noqa: E402


def _median(runs: int, work: Callable[[], Comparison]) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--paragraphs", type=int, default=300)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    rng = random.Random(7)
    first = [paragraph(rng) for _ in range(args.paragraphs)]
    second = first[::2] + [paragraph(rng) for _ in range(args.paragraphs // 2)]
    comparison = compare(analyse_text("\n\n".join(first)), analyse_text("\n\n".join(second)))
    al = comparison.alignment
    engine = {(p.a, p.b) for p in al.pairs}
    unlinked = Judgement(al.pairs[0].a, al.pairs[0].b, linked=False)
    hand = next(
        Judgement(a, b)
        for a in range(len(al.claims_a))
        for b in range(len(al.claims_b))
        if (a, b) not in engine
    )
    print(
        f"{len(al.claims_a)} × {len(al.claims_b)} claims, {len(al.pairs)} pairs, "
        f"{len(comparison.rows)} rows; median of {args.runs} runs:"
    )
    for name, judgements in (
        ("no judgements", []),
        ("one unlinked pair", [unlinked]),
        ("one hand link", [hand]),
    ):
        seconds = _median(args.runs, lambda j=judgements: comparison.judged_by(j))
        print(f"  judged_by, {name + ':':19} {seconds * 1000:8.1f} ms")


if __name__ == "__main__":
    main()
