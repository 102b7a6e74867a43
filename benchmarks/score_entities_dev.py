"""Score the entity recogniser on the held-out dev set (tests/data/entities_dev/*.yaml).

Usage: python benchmarks/score_entities_dev.py [-v] [--heldout | --all | --set NAME] [FILES...]

By default only ``dev_*.yaml`` are scored; ``heldout_*.yaml`` are a final check
(``--heldout`` scores only those, ``--all`` scores both). Prints per-article and micro
precision/recall/F1, exact (span+label) and span-only, per label; ``-v`` lists the errors.
``--set NAME`` scores one annotated set of :mod:`benchmarks.annotated` (sample, dev, heldout,
eval, eval2, eval3, eval4) and ``--set all`` every one together: the figure the recogniser is
judged by.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.annotated import ENTITY_SETS, files  # noqa: E402
from benchmarks.scoring import load_articles, score, score_many  # noqa: E402
from tui.nlp.entities.recogniser import recognise  # noqa: E402

__all__ = ["DEV_DIR", "evaluate", "load", "main"]

DEV_DIR = ROOT / "tests" / "data" / "entities_dev"


def load(paths: list[Path]) -> list[tuple[str, str, list[dict]]]:
    """(name, body, gold) for each annotated article."""
    return [item for p in paths for item in load_articles(p)]


def evaluate(paths: list[Path]) -> tuple[dict, list[tuple[str, str, dict]]]:
    """Micro score over ``paths`` plus (name, body, per-article score) rows."""
    items, rows = [], []
    for name, body, gold in load(paths):
        pred = recognise(body)
        items.append((body, gold, pred))
        rows.append((name, body, score(body, gold, pred)))
    return score_many(items), rows


def files_of(name: str) -> list[Path]:
    """The gold files of one annotated entity set."""
    return files(ENTITY_SETS, name)


def _fmt(d: dict) -> str:
    return f"P {d['precision']:.3f} R {d['recall']:.3f} F1 {d['f1']:.3f}"


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    verbose = "-v" in args
    chosen = [args[n + 1] for n, a in enumerate(args) if a == "--set" and n + 1 < len(args)]
    files = [Path(a) for a in args if not a.startswith("-") and a not in chosen]
    if chosen:
        names = list(ENTITY_SETS) if "all" in chosen else chosen
        files = [f for name in names for f in files_of(name)]
    elif not files:
        if "--all" in args:
            pattern = "*.yaml"
        elif "--heldout" in args:
            pattern = "heldout_*.yaml"
        else:
            pattern = "dev_*.yaml"
        files = sorted(DEV_DIR.glob(pattern))
    micro, rows = evaluate(files)
    for name, body, res in rows:
        print(f"{name:22s} exact {_fmt(res['exact'])} | span {_fmt(res['span'])}")
        if verbose:
            for s, e, lab in res["false_positives"]:
                gl = [g for g in res["false_negatives"] if (g[0], g[1]) == (s, e)]
                tag = f"WRONG LABEL (gold {gl[0][2]})" if gl else "FP"
                print(f"    {tag:24s} {body[s:e]!r} {lab}")
            ps = {(s, e) for s, e, _ in res["false_positives"]}
            for s, e, lab in res["false_negatives"]:
                if (s, e) not in ps:
                    print(f"    {'FN':24s} {body[s:e]!r} {lab}")
    print(f"\nMICRO ({len(rows)} articles)")
    print(f"  exact {_fmt(micro['exact'])}")
    print(f"  span  {_fmt(micro['span'])}")
    for lab, d in micro["per_label"].items():
        print(f"  {lab:8s} {_fmt(d)}  (tp {d['tp']}, pred {d['pred']}, gold {d['gold']})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
