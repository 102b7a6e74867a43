"""Time story grouping on synthetic libraries of 10,000 and 100,000 articles.

Usage: ``python benchmarks/bench_stories.py [--sizes 10000,100000] [--repeat 3]``

The analyses are synthetic (the warm analysis cache is excluded from the targets): each
article gets precomputed stemmed term weights and entity keys. Stories have 1-8
articles published within four days of each other (5 % undated) over two years; each
draws words from its own 30 rare words and a Zipf-distributed 20,000-word background
vocabulary, and entity keys from its own 8 plus 600 popular ones. Prints the median of
``--repeat`` runs and the BCubed F1 against the generator's stories (a sanity check).
Targets: group 10k <= 3 s, 100k <= 30 s, add 100 to a grouped 10k <= 0.5 s.
"""

from __future__ import annotations

import argparse
import math
import os
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

import numpy as np  # noqa: E402

from tui.stories import Grouper, StoryInput, bcubed, group  # noqa: E402

START = datetime(2024, 1, 1, tzinfo=UTC)


def synthetic(n: int, seed: int = 7) -> tuple[list[StoryInput], dict[str, str]]:
    """``n`` synthetic analysed articles and their generating story labels."""
    rng = np.random.default_rng(seed)
    background = rng.zipf(1.3, size=n * 80) % 20_000
    popular = rng.zipf(1.5, size=n * 3) % 600
    inputs: list[StoryInput] = []
    gold: dict[str, str] = {}
    story = 0
    b = p = 0
    while len(inputs) < n:
        size = min(int(rng.geometric(0.3)), 8, n - len(inputs))
        day0 = float(rng.uniform(0, 730))
        for member in range(size):
            key = f"a{len(inputs):06d}"
            counts: Counter[str] = Counter()
            for j in rng.choice(30, size=14, replace=False):
                counts[f"s{story}x{j}"] += int(rng.integers(1, 4))
            counts.update(f"w{w}" for w in background[b : b + 80])
            b += 80
            terms = {t: 1.0 + math.log(c) for t, c in counts.items()}
            ents = [f"ORG:e{story}x{j}" for j in rng.choice(8, size=5, replace=False)] * 2
            ents += [f"GPE:g{g}" for g in popular[p : p + 3]]
            p += 3
            undated = rng.random() < 0.05
            when = None if undated else START + timedelta(days=day0 + float(rng.uniform(0, 4)))
            title = f"Story {story} report {member}"
            inputs.append(StoryInput(key, title, "", when, tuple(ents), terms))
            gold[key] = f"story{story}"
        story += 1
    return inputs, gold


def _median(fn: Callable[[], object], repeat: int) -> tuple[float, float]:
    """Median wall-clock and CPU seconds of ``repeat`` calls."""
    wall: list[float] = []
    cpu: list[float] = []
    for _ in range(repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        fn()
        wall.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    return statistics.median(wall), statistics.median(cpu)


def main(argv: list[str] | None = None) -> int:
    """Print the timings."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    print(f"load average before: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    for n in (int(s) for s in args.sizes.split(",")):
        inputs, gold = synthetic(n)
        wall, cpu = _median(partial(group, inputs), args.repeat)
        f1 = bcubed(group(inputs).labels(), gold).f1
        print(f"group {n:>7,} articles: {wall:6.2f} s wall, {cpu:6.2f} s CPU; F1 {f1:.3f}")
    inputs, _gold = synthetic(10_100, seed=11)
    base, extra = inputs[:10_000], inputs[10_000:]
    grouper = Grouper()

    def regroup_and_add() -> None:
        nonlocal grouper
        grouper = Grouper()
        grouper.add_many(base)

    walls: list[float] = []
    cpus: list[float] = []
    for _ in range(args.repeat):
        regroup_and_add()
        t0, c0 = time.perf_counter(), time.process_time()
        grouper.add_many(extra)
        walls.append(time.perf_counter() - t0)
        cpus.append(time.process_time() - c0)
    print(
        f"add 100 to a grouped 10,000: {statistics.median(walls):6.3f} s wall, "
        f"{statistics.median(cpus):6.3f} s CPU"
    )
    print(f"(medians of {args.repeat}; load average after: {os.getloadavg()[0]:.1f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
