"""Score the entity recogniser on the held-out dev set (tests/data/entities_dev/*.yaml).

Usage: python benchmarks/score_entities_dev.py [-v] [--heldout | --all] [FILES...]

By default only ``dev_*.yaml`` are scored; ``heldout_*.yaml`` are a final check
(``--heldout`` scores only those, ``--all`` scores both). Prints per-article and micro
precision/recall/F1, exact (span+label) and span-only, per label; ``-v`` lists the errors.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import yaml  # noqa: E402

from benchmarks.scoring import score, score_many  # noqa: E402
from tui.nlp.entities.recogniser import recognise  # noqa: E402

__all__ = ["DEV_DIR", "evaluate", "load", "main"]

DEV_DIR = ROOT / "tests" / "data" / "entities_dev"


def load(paths: list[Path]) -> list[tuple[str, str, list[dict]]]:
    """(name, body, gold) for each annotated article."""
    out = []
    for p in paths:
        d = yaml.safe_load(p.read_text(encoding="utf-8"))
        out.append((p.stem, d["body"], d["gold"]))
    return out


def evaluate(paths: list[Path]) -> tuple[dict, list[tuple[str, str, dict]]]:
    """Micro score over ``paths`` plus (name, body, per-article score) rows."""
    items, rows = [], []
    for name, body, gold in load(paths):
        pred = recognise(body)
        items.append((body, gold, pred))
        rows.append((name, body, score(body, gold, pred)))
    return score_many(items), rows


def _fmt(d: dict) -> str:
    return f"P {d['precision']:.3f} R {d['recall']:.3f} F1 {d['f1']:.3f}"


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    verbose = "-v" in args
    files = [Path(a) for a in args if not a.startswith("-")]
    if not files:
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
