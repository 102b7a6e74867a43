"""Full-text search over a library: index build time, query time, index size.

Usage: ``python benchmarks/bench_search.py LIBRARY [--runs 5] [--no-app]`` (for example a
library made by ``generate_library.py``). Prints one line per measurement, medians of
``--runs`` runs. Unless ``--no-app``, also runs the reader headless (``App.run_test``) and
times search keystrokes (press → idle) while the index is built in its worker and after.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from tui.library.loader import load_article, scan_library  # noqa: E402
from tui.library.search import SearchIndex, build_index, match_spans  # noqa: E402
from tui.library.search_worker import index_in_child  # noqa: E402

QUERIES = ("gr", "gref", "maria schmidt", "berlin strike", "kestrel energy", "zzqx")


def _median_ms(samples: list[float]) -> str:
    return f"{statistics.median(samples) * 1000:.1f} ms (min {min(samples) * 1000:.1f})"


async def _keystrokes(pilot: object, word: str) -> list[float]:
    """Type ``word`` into the search field and delete it; press → idle time per key."""
    samples = []
    for key in [*word, *["backspace"] * len(word)]:
        started = time.perf_counter()
        await pilot.press(key)  # type: ignore[attr-defined]
        samples.append(time.perf_counter() - started)
    return samples


async def _in_app(library: Path) -> None:
    from tui.app.application import ParallaxApp
    from tui.app.reader.screen import ReaderScreen

    app = ParallaxApp(library)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        assert isinstance(screen, ReaderScreen)
        while screen.scan is None:
            await pilot.pause(0.02)
        ready_from = time.perf_counter()
        await pilot.press("slash")
        during: list[float] = []
        while screen.search_index is None:
            during += await _keystrokes(pilot, "maria")
        built = time.perf_counter() - ready_from
        idle = []
        for _ in range(10):
            started = time.perf_counter()
            await pilot.press("end")  # a key that changes nothing: the harness's overhead
            idle.append(time.perf_counter() - started)
        after: list[float] = []
        for word in ("maria", "schm", "berlin strike"):
            after += await _keystrokes(pilot, word)
    print(f"in the app: index ready {built * 1000:.0f} ms after the library listed")
    print(f"search keystroke while indexing (press→idle): {_median_ms(during)}")
    print(f"search keystroke with the text index (press→idle): {_median_ms(after)}")
    print(f"no-op keystroke (harness overhead): {_median_ms(idle)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("library", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-app", action="store_true", help="skip the in-app keystrokes")
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
    print(f"index build in this process (read + index every article): {_median_ms(builds)}")
    child_builds = []
    for _ in range(args.runs):
        started = time.perf_counter()
        index_in_child(articles)
        child_builds.append(time.perf_counter() - started)
    print(f"index build in a child process, as the app does: {_median_ms(child_builds)}")
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
    if not args.no_app:
        asyncio.run(_in_app(args.library))


if __name__ == "__main__":
    main()
