"""Score the entity recogniser on the evaluation set (tests/data/entities_eval/*.yaml).

Usage: python benchmarks/score_entities_eval.py [-v] [--set eval2 | eval3 | eval4] [FILES...]

``--set eval2`` scores tests/data/entities_eval2 instead of tests/data/entities_eval, ``--set
eval3`` every file of tests/data/entities_eval3, ``--set eval4`` of tests/data/entities_eval4.

Same output as ``score_entities_dev.py`` (per-article and micro P/R/F1, exact and span-only,
per label; ``-v`` lists the errors). Gold mentions that cannot be found in the body, in
order, are reported, since the scorer would otherwise drop them silently.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
BENCH = Path(__file__).resolve().parent
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))

import score_entities_dev as dev  # noqa: E402

from benchmarks.scoring import align_gold  # noqa: E402

EVAL_DIR = ROOT / "tests" / "data" / "entities_eval"
SETS = {
    "eval": EVAL_DIR,
    "eval2": ROOT / "tests" / "data" / "entities_eval2",
    "eval3": ROOT / "tests" / "data" / "entities_eval3",
    "eval4": ROOT / "tests" / "data" / "entities_eval4",
}


def check_gold(paths: list[Path]) -> int:
    """Print gold mentions not found in order; return how many."""
    missing = 0
    for name, body, gold in dev.load(paths):
        found = len(align_gold(body, gold))
        if found != len(gold):
            missing += len(gold) - found
            print(f"WARNING {name}: {len(gold) - found} gold mention(s) not found in order")
    return missing


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    folder = EVAL_DIR
    if "--set" in args:
        k = args.index("--set")
        folder = SETS[args[k + 1]]
        del args[k : k + 2]
    files = [a for a in args if not a.startswith("-")]
    if not files:
        files = [str(p) for p in sorted(folder.glob("*.yaml"))]
    check_gold([Path(f) for f in files])
    flags = [a for a in args if a.startswith("-")]
    return dev.main(flags + files)


if __name__ == "__main__":
    raise SystemExit(main())
