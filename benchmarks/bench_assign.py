"""Time library-level story assignment (tui.stories.assign) on a generated library.

Usage: ``python benchmarks/bench_assign.py [--articles 500] [--repeat 3]``

The library comes from ``generate_library.py`` with its ``story:`` lines removed, so every
article is grouped automatically. Prints: the cold run (every file analysed, inputs cached),
the median warm run (a new assigner served from the input cache: what a second start
pays), the median incremental update after 10 new files, and the BCubed F1 against the
generator's stories (a sanity check).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
for extra in (REPO, REPO / "benchmarks"):
    if str(extra) not in sys.path:
        sys.path.insert(0, str(extra))

from generate_library import generate  # noqa: E402

from tui.library.loader import iter_article_files, scan_library  # noqa: E402
from tui.stories import bcubed  # noqa: E402
from tui.stories.assign import StoryAssigner  # noqa: E402


def _strip_stories(root: Path) -> dict[str, str]:
    """Remove every ``story:`` line; return path -> the generator's story (the gold)."""
    gold: dict[str, str] = {}
    for path in iter_article_files(root, []):
        lines = path.read_text(encoding="utf-8").split("\n")
        story = next(line.split(":", 1)[1].strip() for line in lines if line.startswith("story:"))
        path.write_text("\n".join(x for x in lines if not x.startswith("story:")), "utf-8")
        gold[str(path)] = story
    return gold


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        os.environ["PARALLAX_CACHE_DIR"] = str(Path(folder) / "cache")
        root = Path(folder) / "library"
        generate(root, articles=args.articles, stories=args.articles // 5, sources=50, words=300)
        gold = _strip_stories(root)
        scan = scan_library(root)
        started = time.perf_counter()
        first = StoryAssigner(root).update(scan)
        cold = time.perf_counter() - started
        warm = []
        for _ in range(args.repeat):
            started = time.perf_counter()
            StoryAssigner(root).update(scan)
            warm.append(time.perf_counter() - started)
        labels = {str(path): sid for path, sid in first.story_of_path.items()}
        score = bcubed(labels, gold)
        extra = root / "late"
        extra.mkdir()
        incremental = []
        for run in range(args.repeat):
            assigner = StoryAssigner(root)
            assigner.update(scan_library(root))
            for n in range(10):
                source = next(iter_article_files(root / os.listdir(root)[n], []))
                (extra / f"{run}-{n}.yaml").write_bytes(source.read_bytes())
            rescan = scan_library(root)
            started = time.perf_counter()
            assigner.update(rescan)
            incremental.append(time.perf_counter() - started)
    n = args.articles
    print(f"{n} articles, {len(first.stories)} stories (generator: {len(set(gold.values()))})")
    print(f"cold (analyse every file):   {cold:7.2f} s  ({1000 * cold / n:.1f} ms/article)")
    print(f"warm (input cache), median:  {statistics.median(warm):7.3f} s")
    print(f"add 10 new files, median:    {statistics.median(incremental):7.3f} s")
    print(f"BCubed P {score.precision:.3f}  R {score.recall:.3f}  F1 {score.f1:.3f}")


if __name__ == "__main__":
    main()
