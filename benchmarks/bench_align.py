"""Time claim alignment on synthetic article pairs of 100, 250, 500 and 1000 claims.

Usage: ``python benchmarks/bench_align.py [--sizes 100,250,500,1000] [--repeat 5]``

Article A is generated from a seeded RNG (a vocabulary of words, people, organisations,
places and figures); article B keeps about half of A's claims, lightly reworded, in a
locally shuffled order, and adds new ones. Prints the median time of ``--repeat`` runs:
``full`` includes segmentation and entity recognition of both articles, ``no-recog``
passes precomputed mentions. Target: 500 claims in <= 0.5 s (full). ``--long`` also times
``generate_library.long_pair()`` (two ~5,000-word articles on one story, whose template
vocabulary makes most claims share words: a dense worst case); target <= 1 s (full).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from tui.analysis import Comparison, analyse_text, compare  # noqa: E402
from tui.analysis.article_analysis import CACHE  # noqa: E402

_SYLLABLES = [
    "ka",
    "lo",
    "mi",
    "ten",
    "dar",
    "vel",
    "sor",
    "pin",
    "que",
    "ras",
    "tum",
    "bel",
    "nor",
    "fik",
    "gal",
    "hos",
    "ver",
    "lan",
]
_RNG = random.Random(11)
WORDS = [
    *sorted(
        {"".join(_RNG.choice(_SYLLABLES) for _ in range(_RNG.randint(2, 3))) for _ in range(3000)}
    ),
    "government",
    "council",
    "market",
    "report",
    "plan",
    "budget",
    "agency",
    "company",
    "project",
    "vote",
    "talks",
    "minister",
    "analysts",
    "investors",
    "workers",
    "prices",
    "growth",
    "deal",
    "policy",
    "crisis",
    "energy",
    "water",
    "health",
    "schools",
    "election",
    "court",
    "ruling",
    "strike",
    "protest",
    "bank",
    "climate",
    "trade",
    "exports",
    "network",
    "research",
    "program",
    "hospital",
    "airport",
    "bridge",
    "railway",
    "harbour",
    "factory",
    "village",
    "inquiry",
    "treaty",
    "summit",
    "border",
    "army",
    "ceasefire",
    "drought",
    "flood",
    "harvest",
    "festival",
    "museum",
]
VERBS = [
    "approved",
    "rejected",
    "announced",
    "delayed",
    "expanded",
    "reviewed",
    "criticised",
    "funded",
    "proposed",
    "blocked",
    "signed",
    "cancelled",
    "defended",
    "questioned",
    "launched",
    "extended",
    "suspended",
    "praised",
]
PEOPLE = [
    "Anna Berg",
    "Tomas Ruiz",
    "Li Wei",
    "Fatima Okafor",
    "James Carter",
    "Olga Ivanova",
    "Ravi Menon",
    "Sofia Rossi",
    "Kenji Sato",
    "Maria Lindqvist",
    "Pedro Alves",
    "Grace Mwangi",
]
ORGS = [
    "Nordwind Energy",
    "Acme Corp",
    "the World Bank",
    "the Red Cross",
    "Unity Party",
    "Metro Transit",
    "Helix Labs",
    "the Central Bank",
    "Orion Airlines",
    "Delta Mining",
]
PLACES = [
    "Berlin",
    "Nairobi",
    "Lima",
    "Oslo",
    "Madrid",
    "Toronto",
    "Mumbai",
    "Osaka",
    "Cairo",
    "Warsaw",
    "Chile",
    "Kenya",
]


def _sentence(rng: random.Random) -> str:
    who = rng.choice(PEOPLE + ORGS)
    words = rng.sample(WORDS, 5)
    parts = [
        f"{who} {rng.choice(VERBS)} the {words[0]} {words[1]} in {rng.choice(PLACES)}",
        f"after the {words[2]} {words[3]}",
    ]
    roll = rng.random()
    if roll < 0.3:
        parts.append(f"worth ${rng.randint(2, 90)} million")
    elif roll < 0.5:
        parts.append(f"in {rng.randint(1990, 2030)}")
    elif roll < 0.7:
        parts.append(f"affecting {rng.randint(10, 5000)} {words[4]} workers")
    return " ".join(parts) + "."


def _reword(sentence: str, rng: random.Random) -> str:
    words = sentence.rstrip(".").split()
    for _ in range(2):
        k = rng.randrange(len(words))
        if words[k].islower() and words[k].isalpha():
            words[k] = rng.choice(WORDS)
    return " ".join(words) + ", officials said."


def make_pair(n: int, seed: int = 7) -> tuple[str, str]:
    """Two synthetic bodies of ``n`` claims each, one sentence per line."""
    rng = random.Random(seed)
    a = [_sentence(rng) for _ in range(n)]
    b: list[str] = []
    for s in a:
        if rng.random() < 0.5:
            b.append(_reword(s, rng))
    while len(b) < n:
        b.insert(rng.randrange(len(b) + 1), _sentence(rng))
    for k in range(0, n - 3, 3):  # local reordering
        if rng.random() < 0.3:
            b[k], b[k + 2] = b[k + 2], b[k]
    return "\n".join(a) + "\n", "\n".join(b) + "\n"


def _median(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


BIG_SCRIPT = """
import resource, sys, time, tracemalloc
sys.path.insert(0, sys.argv[1])
from bench_align import make_pair
from tui.nlp.align.aligner import align
from tui.nlp.entities.recogniser import recognise, unify_keys
import numpy  # imported by the aligner for long inputs anyway
n, mode = int(sys.argv[2]), sys.argv[3]
a, b = make_pair(n)
ma, mb = unify_keys(recognise(a), recognise(b))
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
if mode == "memory":
    tracemalloc.start()
start = time.perf_counter()
result = align(a, b, mentions_a=ma, mentions_b=mb)
took = time.perf_counter() - start
peak = tracemalloc.get_traced_memory()[1] / 1e6 if mode == "memory" else 0.0
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(len(result.claims_a), len(result.claims_b), len(result.pairs), took, peak, rss, base)
"""


def big(n: int, repeat: int) -> int:
    """Align N x N claims (mentions precomputed) in fresh processes; print medians of the
    time, the traced peak allocation (tracemalloc, its own run: tracing slows Python) and
    the peak RSS growth during the alignment."""
    import subprocess

    def run(mode: str) -> list[float]:
        out = subprocess.run(
            [sys.executable, "-c", BIG_SCRIPT, str(REPO / "benchmarks"), str(n), mode],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()
        return [float(x) for x in out]

    timed = [run("time") for _ in range(max(1, repeat))]
    traced = run("memory")
    seconds = statistics.median(r[3] for r in timed)
    rss = statistics.median(r[5] - r[6] for r in timed)
    claims = f"{int(timed[0][0])} x {int(timed[0][1])} claims, {int(timed[0][2])} pairs"
    print(f"{claims}: align {seconds:.2f} s (median of {len(timed)}; target <= 5 s)")
    print(f"peak traced allocation {traced[4]:.0f} MB; peak RSS growth {rss:.0f} MB", end="")
    print(" (target <= 500 MB)")
    return 0


def _cold(body_a: str, body_b: str) -> Comparison:
    """Analyse both texts from scratch (segment, recognise, features), then compare."""
    CACHE.clear()
    return compare(analyse_text(body_a), analyse_text(body_b))


def _warm(body_a: str, body_b: str) -> Comparison:
    """Compare with both analyses already cached: key unification, alignment, layout."""
    return compare(analyse_text(body_a), analyse_text(body_b))


def main(argv: list[str]) -> int:
    """Run the benchmark and print one line per size."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="100,250,500,1000")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--long", action="store_true", help="also time long_pair()")
    parser.add_argument(
        "--big",
        type=int,
        metavar="N",
        help="only: N x N claims (e.g. 5000) in fresh subprocesses: time and peak memory",
    )
    args = parser.parse_args(argv)
    if args.big:
        return big(args.big, args.repeat)
    _cold(*make_pair(20))  # warm caches (imports, gazetteer)
    previous: tuple[int, float] | None = None
    print(f"{'claims':>7} {'full s':>8} {'no-recog s':>10} {'pairs':>6} {'growth':>8}")
    for n in (int(s) for s in args.sizes.split(",")):
        body_a, body_b = make_pair(n)
        full = _median(lambda a=body_a, b=body_b: _cold(a, b), args.repeat)
        bare = _median(lambda a=body_a, b=body_b: _warm(a, b), args.repeat)
        pairs = len(_warm(body_a, body_b).alignment.pairs)
        growth = ""
        if previous is not None:
            import math

            exponent = math.log(full / previous[1]) / math.log(n / previous[0])
            growth = f"n^{exponent:.2f}"
        print(f"{n:>7} {full:>8.3f} {bare:>10.3f} {pairs:>6} {growth:>8}")
        previous = (n, full)
    if args.long:
        sys.path.insert(0, str(REPO / "benchmarks"))
        from generate_library import long_pair

        body_a, body_b = long_pair()
        full = _median(lambda: _cold(body_a, body_b), args.repeat)
        bare = _median(lambda: _warm(body_a, body_b), args.repeat)
        pairs = len(_warm(body_a, body_b).alignment.pairs)
        print(f"{'long':>7} {full:>8.3f} {bare:>10.3f} {pairs:>6}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
