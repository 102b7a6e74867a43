"""Time a fresh process's first entity recognition (imports and place table included).

Usage: ``python benchmarks/bench_first_recognise.py [--runs 5]``

Each run starts a new Python process that imports the recogniser and recognises the
sample article once, printing the seconds from just before the import to just after the
first ``recognise()`` returns (the place table is loaded on that first call). Runs use an
empty cache folder (``PARALLAX_CACHE_DIR`` pointed at a new temporary folder, a cold
start) and then a warm one (the same folder, already used once). Prints medians.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "tests" / "data" / "sample_pair" / "samples" / "coai.txt"

_CHILD = """
import sys, time
sys.path.insert(0, {repo!r})
text = open({sample!r}, encoding="utf-8").read()
t0 = time.perf_counter()
from tui.nlp.entities.recogniser import recognise
recognise(text)
print(time.perf_counter() - t0)
"""


def _run_once(cache: Path) -> float:
    env = dict(os.environ, PARALLAX_CACHE_DIR=str(cache))
    code = _CHILD.format(repo=str(REPO), sample=str(SAMPLE))
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    return float(out.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    cold: list[float] = []
    warm: list[float] = []
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory(prefix="parallax-cache-") as folder:
            cold.append(_run_once(Path(folder)))
            warm.append(_run_once(Path(folder)))
    print(f"first recognise(), fresh process, median of {args.runs}:")
    print(f"  cold cache  {statistics.median(cold) * 1000:7.0f} ms")
    print(f"  warm cache  {statistics.median(warm) * 1000:7.0f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
