"""Throughput of the entity recogniser on >= 1 MB of news-like text (median of 5 runs).

Usage: python benchmarks/bench_entities.py
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tui.nlp.entities.recogniser import recognise  # noqa: E402

SAMPLES = Path(__file__).resolve().parent.parent / "tests" / "data" / "sample_pair" / "samples"
EXTRA = [
    "A magnitude 7.8 earthquake struck southern Turkey and northern Syria early on Monday, "
    "killing more than 5,000 people. Turkish President Recep Tayyip Erdogan declared seven "
    "days of national mourning, the U.S. Geological Survey said.",
    "Manchester United have completed the signing of Danish striker Rasmus Hojlund from "
    "Atalanta for £72 million, the club announced on Saturday. The 20-year-old joined on a "
    "five-year contract.",
    "Apple reported quarterly revenue of $89.5 billion on Thursday, down 1% from a year "
    "earlier, as iPhone sales slowed in China. Chief executive Tim Cook told analysts in "
    "Cupertino, California, that growth would return in the fourth quarter.",
    "NASA's Perseverance rover has collected its 20th rock sample from Jezero Crater on Mars, "
    "the agency said on Wednesday. The rover has driven about 28 km since landing three "
    "years ago.",
]


def corpus(min_bytes: int = 1_000_000) -> list[str]:
    """Article-sized documents totalling at least ``min_bytes`` UTF-8 bytes."""
    docs = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]
    docs += ["\n".join(EXTRA)]
    out: list[str] = []
    size = 0
    i = 0
    while size < min_bytes:
        d = docs[i % len(docs)]
        out.append(d)
        size += len(d.encode("utf-8"))
        i += 1
    return out


def main() -> int:
    docs = corpus()
    mb = sum(len(d.encode("utf-8")) for d in docs) / 1e6
    recognise(docs[0])  # warm the lazy gazetteer
    times = []
    for _ in range(5):
        t0 = time.perf_counter()
        for d in docs:
            recognise(d)
        times.append(time.perf_counter() - t0)
    med = statistics.median(times)
    print(f"{mb:.2f} MB in {len(docs)} documents; median {med:.3f} s; {mb / med:.2f} MB/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
