"""Score the entity recogniser on the gold sample pair.

Usage: python benchmarks/score_entities.py [GOLD_YAML] [-v]
Prints precision/recall/F1 per label and overall, exact (span+label) and span-only.
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

__all__ = ["evaluate", "main", "score"]

SHARED = Path(__file__).resolve().parent.parent / "tests" / "data" / "sample_pair"
DEFAULT_GOLD = SHARED / "gold" / "putin-ai-china.yaml"


def evaluate(gold_path: Path = DEFAULT_GOLD) -> tuple[dict, list[tuple[str, str]]]:
    """Micro-averaged score over both articles of a gold file, plus the bodies used."""
    gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    items = []
    bodies = []
    for side in ("a", "b"):
        body_path = SHARED / gold[f"article_{side}"]
        body = body_path.read_text(encoding="utf-8")
        items.append((body, gold[f"entities_{side}"], recognise(body)))
        bodies.append((side, body))
    return score_many(items), bodies


def _row(name: str, d: dict) -> str:
    return (
        f"{name:10} P={d['precision']:.3f} R={d['recall']:.3f} F1={d['f1']:.3f}"
        f"  (tp={d['tp']} pred={d['pred']} gold={d['gold']})"
    )


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    verbose = "-v" in args
    paths = [a for a in args if a != "-v"]
    result, bodies = evaluate(Path(paths[0]) if paths else DEFAULT_GOLD)
    print(_row("exact", result["exact"]))
    print(_row("span", result["span"]))
    for label, d in result["per_label"].items():
        print(_row(label, d))
    if verbose:
        text = "\n".join(b for _, b in bodies)
        print("false positives:")
        for s, e, lab in result["false_positives"]:
            print(f"  {lab:8} {text[s:e]!r} @{s}")
        print("false negatives:")
        for s, e, lab in result["false_negatives"]:
            print(f"  {lab:8} {text[s:e]!r} @{s}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
