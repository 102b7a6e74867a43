"""Full-text search over a library: index build time, query time, index size.

Usage: ``python benchmarks/bench_search.py LIBRARY [--runs 5]`` (for example a library made
by ``generate_library.py``). Prints one line per measurement, medians of ``--runs`` runs.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from tui.library.loader import load_article, scan_library  # noqa: E402
from tui.library.search import SearchIndex, build_index, match_spans  # noqa: E402

QUERIES = ("gr", "gref", "maria schmidt", "berlin strike", "kestrel energy", "zzqx")


def _median_ms(samples: list[float]) -> str:
    return f"{statistics.median(samples) * 1000:.1f} ms (min {min(samples) * 1000:.1f})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("library", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    articles = scan_library(args.library).articles
    print(f"articles: {len(articles)}")
    builds: list[float] = []
    index: SearchIndex | None = None
    for _ in range(args.runs):
        started = time.perf_counter()
        index = build_index(articles, load_article)
        builds.append(time.perf_counter() - started)
    assert index is not None
    print(f"index build (read + index every article): {_median_ms(builds)}")
    print(f"distinct words: {index.vocabulary}")
    for query in QUERIES:
        samples = []
        for _ in range(max(args.runs, 20)):
            started = time.perf_counter()
            hits = index.search(query)
            samples.append(time.perf_counter() - started)
        print(f"query {query!r}: {_median_ms(samples)} · {len(hits)} articles")
    body = load_article(articles[0].path).body
    samples = []
    for _ in range(50):
        started = time.perf_counter()
        match_spans(body, "maria schmidt berlin")
        samples.append(time.perf_counter() - started)
    print(f"highlight spans in one article ({len(body.split())} words): {_median_ms(samples)}")


if __name__ == "__main__":
    main()
