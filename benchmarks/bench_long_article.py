"""Long-article benchmark: key and resize latency, and time until highlights appear.

Usage: ``python benchmarks/bench_long_article.py [--paragraphs 20000] [--runs 5]``

Writes a synthetic article (seeded; our own sentences) of about 1.9 MB with 20,000
paragraphs and about 100,000 entity mentions, opens it in the reader headless
(``App.run_test``), and prints medians of:

- ``time to highlights``: from pressing enter on the article until its highlights are
  on screen (recognition runs in a worker; the UI stays responsive meanwhile);
- ``key latency``: the time from pressing a key (``G``, ``g``, ``h``, ``h``, ``t``, ``t``,
  ``pagedown``, ``j``) until the app is idle again, while highlights are shown;
- ``resize``: the same for a terminal resize (120×40 ↔ 100×30);
- ``key while recognising``: one ``G`` pressed right after opening, before highlights.

Targets (issue 11): every key and resize ≤ 100 ms; highlights ≤ 2 s after opening.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

PEOPLE = ["Anna Berg", "Carlos Mendes", "Li Wei", "Fatima Noor", "John Miller", "Olga Petrova"]
PLACES = ["Oslo", "Lisbon", "Beijing", "Nairobi", "Chicago", "Moscow", "Berlin", "Lima"]
ORGS = ["Sberbank", "the World Bank", "Reuters", "the United Nations", "Siemens"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def paragraph(rng: random.Random) -> str:
    """One paragraph of about 95 characters with about five mentions."""
    return (
        f"{rng.choice(PEOPLE)} told {rng.choice(ORGS)} in {rng.choice(PLACES)} on "
        f"{rng.choice(DAYS)} that {rng.randint(2, 90)} percent of the plan was ready."
    )


def write_article(folder: Path, paragraphs: int, seed: int = 11) -> Path:
    rng = random.Random(seed)
    body = "\n\n".join(paragraph(rng) for _ in range(paragraphs))
    path = folder / "long" / "outlet.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = ["title: A very long report", "source: Outlet", "story: long", "body: |-"]
    lines += [f"  {line}" if line else "" for line in body.split("\n")]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


async def measure(library: Path) -> dict[str, list[float]]:
    from tui.app.application import ParallaxApp
    from tui.app.reader.article_view import ArticleView

    results: dict[str, list[float]] = {"keys": [], "resize": []}
    app = ParallaxApp(library)
    async with app.run_test(size=(120, 40)) as pilot:
        while getattr(app.screen, "scan", None) is None:
            await pilot.pause(0.05)
        await pilot.pause(2.0)  # past the app's one-off warm-up thread
        view = app.screen.query_one(ArticleView)
        started = time.perf_counter()
        await pilot.press("enter")
        while view.article is None:
            await pilot.pause(0.01)
        opened = time.perf_counter() - started
        before = time.perf_counter()
        await pilot.press("G")
        results["key while recognising"] = [time.perf_counter() - before]
        while not view.highlights:
            await pilot.pause(0.01)
        await pilot.pause()
        results["time to highlights"] = [time.perf_counter() - started]
        results["open (article shown)"] = [opened]
        for key in ["g", "G", "g", "h", "h", "t", "t", "pagedown", "j", "j"]:
            before = time.perf_counter()
            await pilot.press(key)
            await pilot.pause()
            results["keys"].append(time.perf_counter() - before)
        for size in [(100, 30), (120, 40), (100, 30), (120, 40)]:
            before = time.perf_counter()
            await pilot.resize_terminal(*size)
            await pilot.pause()
            results["resize"].append(time.perf_counter() - before)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--paragraphs", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = write_article(Path(folder), args.paragraphs)
        size = path.stat().st_size
        from tui.library.loader import load_article
        from tui.nlp.entities.recogniser import recognise

        article = load_article(path)
        mentions = len(recognise(article.body))
        print(f"article: {args.paragraphs} paragraphs, {size / 1e6:.2f} MB, {mentions} mentions")
        merged: dict[str, list[float]] = {}
        for _ in range(args.runs):
            for name, values in asyncio.run(measure(Path(folder))).items():
                merged.setdefault(name, []).extend(values)
    for name, values in merged.items():
        print(
            f"{name}: median {statistics.median(values) * 1000:.0f} ms, "
            f"max {max(values) * 1000:.0f} ms ({len(values)} samples)"
        )


if __name__ == "__main__":
    main()
