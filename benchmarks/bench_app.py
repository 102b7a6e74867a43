"""In-process benchmarks: opening articles, filter keystrokes, memory, split view, NLP.

Usage: ``python benchmarks/bench_app.py LIBRARY`` (a generated 10,000-article library).
Prints one ``name: median`` line per measurement (seconds, MB or MB/s).
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
for folder in (REPO, HERE):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

from tui.library.loader import load_article  # noqa: E402

MEMORY_SCRIPT = """
import asyncio, resource, sys
from pathlib import Path
from tui.app.application import ParallaxApp

async def main():
    app = ParallaxApp(Path(sys.argv[1]))
    async with app.run_test(size=(120, 40)) as pilot:
        while getattr(app.screen, "scan", None) is None:
            await pilot.pause(0.05)
        await pilot.pause(0.2)
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)

asyncio.run(main())
"""


def peak_rss_mb(library: Path, cache: Path) -> float:
    """Peak RSS (MB) of a fresh process that starts the reader headless and loads ``library``."""
    env = {**os.environ, "PARALLAX_CACHE_DIR": str(cache)}
    out = subprocess.run(
        [sys.executable, "-c", MEMORY_SCRIPT, str(library)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        cwd=REPO,
    )
    return float(out.stdout.strip().splitlines()[-1])


async def _app_timings(library: Path, samples: int) -> dict[str, float]:
    from tui.app.application import ParallaxApp
    from tui.app.reader.screen import ReaderScreen
    from tui.app.reader.sidebar import Sidebar

    app = ParallaxApp(library)
    out: dict[str, float] = {}
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        assert isinstance(screen, ReaderScreen)
        while screen.scan is None:
            await pilot.pause(0.02)
        await pilot.pause()
        metas = random.Random(1).sample(list(screen.scan.articles), samples)
        opened = []
        for meta in metas:
            started = time.perf_counter()
            screen.open_article(meta)
            await pilot.pause()
            opened.append(time.perf_counter() - started)
        out["open article (load+show+paint)"] = statistics.median(opened)
        sidebar = screen.query_one(Sidebar)
        rebuilds: list[float] = []
        original = sidebar._rebuild

        def timed(*args: object, **kwargs: object) -> None:
            started = time.perf_counter()
            original(*args, **kwargs)  # type: ignore[arg-type]
            rebuilds.append(time.perf_counter() - started)

        sidebar._rebuild = timed  # type: ignore[method-assign]
        presses = []
        await pilot.press("slash")
        for text in ("oslo", "evening", "flood", "a"):
            for char in text:
                started = time.perf_counter()
                await pilot.press(char)
                presses.append(time.perf_counter() - started)
            for _ in text:
                await pilot.press("backspace")
        idle = []
        for _ in range(10):  # a key that changes nothing: the harness's own overhead
            started = time.perf_counter()
            await pilot.press("end")
            idle.append(time.perf_counter() - started)
        out["filter keystroke: rebuild"] = statistics.median(rebuilds)
        out["filter keystroke: press→idle"] = statistics.median(presses)
        out["no-op keystroke: press→idle"] = statistics.median(idle)
    return out


def load_times(library: Path, samples: int) -> float:
    """Median seconds to read and validate one article file."""
    paths = random.Random(2).sample(sorted(library.rglob("*.yaml")), samples)
    times = []
    for path in paths:
        started = time.perf_counter()
        load_article(path)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


async def _split_timings(words: int) -> dict[str, float]:
    from generate_library import long_pair, render

    from tui.app.application import ParallaxApp
    from tui.app.split.screen import SplitScreen

    body_a, body_b = long_pair(words)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp, "lib")
        (root / "long").mkdir(parents=True)
        for name, body in (("a", body_a), ("b", body_b)):
            text = render(f"Long {name}", f"Outlet {name}", "long", _day(), "X Y", body, False)
            (root / "long" / f"{name}.yaml").write_text(text, encoding="utf-8")
        article = load_article(root / "long" / "a.yaml")
        other = load_article(root / "long" / "b.yaml").meta
        app = ParallaxApp(root)
        first: list[float] = []
        whole: list[float] = []
        aligned: list[float] = []
        async with app.run_test(size=(160, 50)) as pilot:
            await asyncio.sleep(1.5)  # as a reader would: the app's warm-up has run
            await app.workers.wait_for_complete()
            for _ in range(3):
                split = SplitScreen(article, other)
                await app.push_screen(split)
                while "whole" not in split.timings:
                    await pilot.pause(0.01)
                first.append(split.timings.get("first_paint", split.timings["first_rows"]))
                whole.append(split.timings["whole"])
                aligned.append(split.timings["align"])
                app.pop_screen()
                await pilot.pause()
    return {
        "split: align in worker": statistics.median(aligned),
        "split: first rows (screen timer)": statistics.median(first),
        "split: first rows painted": statistics.median(first),
        "split: whole alignment shown": statistics.median(whole),
    }


def _day() -> object:
    from datetime import date

    return date(2024, 1, 1)


def nlp_timings() -> dict[str, float]:
    """Recogniser throughput (MB/s) and alignment time of two 500-claim articles."""
    from tui.analysis import analyse_text, compare
    from tui.analysis.article_analysis import CACHE
    from tui.nlp.entities.recogniser import recognise

    try:
        from bench_entities import corpus

        docs = corpus()
    except Exception:  # the shared samples are missing: use generated text
        from generate_library import long_pair

        docs = list(long_pair(5000)) * 40
    megabytes = sum(len(doc.encode()) for doc in docs) / 1e6
    recognise(docs[0])
    runs = []
    for _ in range(3):
        started = time.perf_counter()
        for doc in docs:
            recognise(doc)
        runs.append(time.perf_counter() - started)
    from bench_align import make_pair

    body_a, body_b = make_pair(500)
    compare(*(analyse_text(body) for body in make_pair(20)))
    aligned = []
    for _ in range(3):
        CACHE.clear()  # analyse both from scratch: the "with recognition" figure
        started = time.perf_counter()
        compare(analyse_text(body_a), analyse_text(body_b))
        aligned.append(time.perf_counter() - started)
    return {
        "recogniser MB/s": megabytes / statistics.median(runs),
        "align 500 claims (with recognition)": statistics.median(aligned),
    }


def measure(library: Path, *, samples: int = 20, split_words: int = 5000) -> dict[str, float]:
    """Every in-process measurement on ``library`` (medians)."""
    results: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="parallax-bench-") as tmp:
        warm = Path(tmp, "warm")
        os.environ["PARALLAX_CACHE_DIR"] = str(warm)
        results["peak RSS cold (MB)"] = peak_rss_mb(library, warm)  # also fills the index
        results["peak RSS warm (MB)"] = statistics.median(
            peak_rss_mb(library, warm) for _ in range(3)
        )
        results["load_article"] = load_times(library, samples * 5)
        results.update(asyncio.run(_app_timings(library, samples)))
        results.update(asyncio.run(_split_timings(split_words)))
    results.update(nlp_timings())
    return results


def main(argv: list[str] | None = None) -> int:
    args = argv if argv is not None else sys.argv[1:]
    if not args:
        print(__doc__, file=sys.stderr)
        return 2
    results = measure(Path(args[0]))
    print(json.dumps(results, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
