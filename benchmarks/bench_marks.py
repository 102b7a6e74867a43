"""Read/starred marks: how long the reader takes to key and look up a listing's marks.

Usage: ``python benchmarks/bench_marks.py [--articles 10000] [--runs 5]``

Invented article metadata (half with URLs, half keyed by file) in a temporary folder;
a tenth of them marked read. Prints medians of ``--runs``: the cold load (state keys —
canonical URL or resolved path — plus one SQLite query per 500), the warm re-check the
sidebar does on every rebuild, and one toggle. The reader reads more than
``MARKS_NOW`` articles' marks in a worker because of the cold figure.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from tui.app.feeds.article_actions import MARKS_NOW  # noqa: E402
from tui.app.feeds.reading import ReadingMarks  # noqa: E402
from tui.feeds.readstate import ReadingState, article_key  # noqa: E402
from tui.models import ArticleMeta  # noqa: E402


def _articles(root: Path, count: int) -> list[ArticleMeta]:
    return [
        ArticleMeta(
            root / f"outlet-{n % 40}" / f"{n}.yaml",
            f"Headline {n}",
            f"Outlet {n % 40}",
            f"story-{n // 3}",
            url=f"https://news{n % 9}.example/2025/{n}?utm_source=feed" if n % 2 else None,
        )
        for n in range(count)
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["PARALLAX_DATA_DIR"] = tmp
        metas = _articles(Path(tmp) / "library", args.articles)
        with ReadingState() as state:
            for meta in metas[::10]:
                state.mark_read(article_key(meta.path, meta.url))
        cold, warm, toggle = [], [], []
        for _ in range(args.runs):
            marks = ReadingMarks()
            start = time.perf_counter()
            marks.load(metas)
            cold.append(time.perf_counter() - start)
            start = time.perf_counter()
            marks.missing(metas)
            warm.append(time.perf_counter() - start)
            start = time.perf_counter()
            marks.toggle_starred(metas[7].path, metas[7].url)
            toggle.append(time.perf_counter() - start)
            assert marks.unread(metas) == args.articles - len(metas[::10])
            marks.close()
    print(f"{args.articles} articles, median of {args.runs} runs (worker above {MARKS_NOW}):")
    print(f"  cold load (keys + SQLite): {statistics.median(cold) * 1000:8.1f} ms")
    print(f"  warm re-check per rebuild: {statistics.median(warm) * 1000:8.1f} ms")
    print(f"  one toggle (write + commit): {statistics.median(toggle) * 1000:6.1f} ms")


if __name__ == "__main__":
    main()
