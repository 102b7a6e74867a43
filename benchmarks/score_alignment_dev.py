"""Score claim alignment on the hand-annotated dev set (``tests/data/align_dev``).

Usage: ``python benchmarks/score_alignment_dev.py [-v] [--heldout | --set NAME | --set all]
[FILE.yaml ...]`` (NAME: sample, dev, heldout, eval, eval2, eval3, eval4; ``all`` = every
annotated set, micro-averaged together: the figure the engine is judged by)

By default the ``dev_*.yaml`` pairs are scored; ``--heldout`` scores the ``heldout_*.yaml``
pairs instead (keep those for a final check); ``--set eval`` scores the evaluation pairs of
``tests/data/align_eval`` (four more subjects, annotated before the aligner was run on them)
and ``--set eval2`` those of ``tests/data/align_eval2`` (four more, never trained on);
``--set eval3`` those of ``tests/data/align_eval3`` (ten harder pairs for issue 15);
``--set eval4`` those of ``tests/data/align_eval4`` (ten more, held out).
Prints per-pair and micro-averaged
precision/recall/F1 over gold sentence pairs (claims are mapped to the gold sentence they
overlap most, see :mod:`benchmarks.align_scoring`), how many gold conflicts come out with relation
``conflict``, and the relation counts; ``-v`` also lists false positives/negatives.
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:  # run as a script: make `benchmarks` and `tui` importable
    sys.path.insert(0, str(REPO))

from benchmarks.align_scoring import micro, score_file, set_files  # noqa: E402
from benchmarks.annotated import ALIGN_SETS  # noqa: E402


def main(argv: list[str]) -> int:
    """Print the dev (or held-out) scores."""
    verbose = "-v" in argv
    heldout = "--heldout" in argv
    chosen = {a.split("=", 1)[1] for a in argv if a.startswith("--set=")}
    chosen |= {argv[n + 1] for n, a in enumerate(argv) if a == "--set" and n + 1 < len(argv)}
    named = [Path(a) for a in argv if not a.startswith("-") and a not in chosen]
    if named:
        files = named
    elif "all" in chosen:
        files = [f for name in ALIGN_SETS for f in set_files(name)]
    elif chosen:
        files = [f for name in sorted(chosen) for f in set_files(name)]
    else:
        files = set_files("heldout" if heldout else "dev")
    results = [score_file(f) for f in files]
    print(f"{'pair':<26}{'P':>7}{'R':>7}{'F1':>7}{'tp':>4}{'fp':>4}{'fn':>4}  conflicts  relations")
    for r in results:
        rel = " ".join(f"{k}:{v}" for k, v in sorted(r.relations.items()))
        print(
            f"{r.name:<26}{r.precision:7.3f}{r.recall:7.3f}{r.f1:7.3f}{r.tp:4d}{r.fp:4d}{r.fn:4d}"
            f"  {r.conflicts_found}/{r.conflicts_gold} (+{r.false_conflicts} false)  {rel}"
        )
    p, rc, f = micro(results)
    cg = sum(r.conflicts_gold for r in results)
    cf = sum(r.conflicts_found for r in results)
    fc = sum(r.false_conflicts for r in results)
    ms = max(r.seconds for r in results) * 1000
    print(
        f"{'MICRO':<26}{p:7.3f}{rc:7.3f}{f:7.3f}  conflicts {cf}/{cg} (+{fc} false); "
        f"slowest {ms:.0f} ms"
    )
    if verbose:
        for r in results:
            sa, sb = r.gold["sentences_a"], r.gold["sentences_b"]
            print(f"\n== {r.name}")
            for title, items in (("FP", r.false_positives), ("FN", r.false_negatives)):
                for i, j in items:
                    extra = ""
                    if (i, j) in r.predicted:
                        extra = f"  {r.predicted[i, j][0]:.3f} {r.predicted[i, j][1]}"
                    print(f" {title} A{i}~B{j}{extra}\n    A: {sa[i][:100]}\n    B: {sb[j][:100]}")
            gold_conf = {(int(i), int(j)) for i, j in r.gold.get("conflicts", ())}
            for k in sorted(gold_conf):
                print(f" conflict A{k[0]}~B{k[1]}: {r.predicted.get(k, ('-', 'missed'))}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
