"""One table of micro-averaged engine scores over ALL annotated sets.

Usage: ``python benchmarks/score_all.py [--json] [--only align|entities]``

Alignment: sentence-pair precision/recall/F1 pooled over every pair of every set (the sample
pair, ``align_dev`` dev and held-out pairs, ``align_eval``, ``align_eval2``, ``align_eval3``,
``align_eval4``), scored exactly as :mod:`score_alignment` does. Entities: exact (span+label)
and span-only F1 pooled over every article (the two sample articles, ``entities_dev`` dev and
held-out, ``entities_eval``, ``entities_eval2``, ``entities_eval3``, ``entities_eval4``), with
LOC counted as GPE on both sides. A per-set line follows each micro line. This table is how
engine changes are judged: the micro figure over all sets, never one set (or the sample pair)
alone.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable, Mapping
from functools import partial
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parent.parent
BENCH = Path(__file__).resolve().parent
for _p in (REPO, BENCH):
    if str(_p) not in sys.path:
        sys.path.insert(0, str(_p))

import annotated  # noqa: E402

from benchmarks.align_scoring import load_gold, score_alignment  # noqa: E402
from benchmarks.scoring import align_gold, score_spans  # noqa: E402
from tui.analysis import align_texts  # noqa: E402
from tui.nlp.entities.recogniser import recognise  # noqa: E402

# (set name, files); each file holds a pair (alignment) or an article (entities); the sets
# themselves are listed once, in benchmarks/annotated.py
ALIGN_SETS: tuple[tuple[str, Callable[[], list[Path]]], ...] = tuple(
    (name, partial(annotated.files, annotated.ALIGN_SETS, name)) for name in annotated.ALIGN_SETS
)
ENTITY_SETS: tuple[tuple[str, Callable[[], list[Path]]], ...] = tuple(
    (name, partial(annotated.files, annotated.ENTITY_SETS, name)) for name in annotated.ENTITY_SETS
)
SAMPLE_GOLD = annotated.SAMPLE_GOLD


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f, "tp": tp, "fp": fp, "fn": fn}


def _pair_bodies(path: Path) -> tuple[dict[str, Any], str, str]:
    return load_gold(path)


def score_alignment_sets() -> dict[str, dict[str, float]]:
    """Counts and P/R/F1 per alignment set, plus ``ALL`` (micro over every pair)."""
    out: dict[str, dict[str, float]] = {}
    totals = [0, 0, 0]
    for name, files in ALIGN_SETS:
        counts = [0, 0, 0]
        for path in files():
            gold, body_a, body_b = _pair_bodies(path)
            s = score_alignment(align_texts(body_a, body_b), body_a, body_b, gold)
            for k, n in enumerate(
                (len(s.true_positives), len(s.false_positives), len(s.false_negatives))
            ):
                counts[k] += n
                totals[k] += n
        out[name] = _prf(*counts)
    out["ALL"] = _prf(*totals)
    return out


def _loc_as_gpe(spans: Iterable[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    return [(s, e, "GPE" if lab == "LOC" else lab) for s, e, lab in spans]


def _articles(path: Path) -> list[tuple[str, list[Mapping[str, Any]]]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if path == SAMPLE_GOLD:
        root = path.resolve().parent.parent
        return [
            ((root / data[f"article_{s}"]).read_text(encoding="utf-8"), data[f"entities_{s}"])
            for s in ("a", "b")
        ]
    return [(data["body"], data["gold"])]


def score_entity_sets() -> dict[str, dict[str, Any]]:
    """Exact and span-only P/R/F1 per entity set, plus ``ALL`` (micro over every article)."""
    out: dict[str, dict[str, Any]] = {}
    all_gold: list[tuple[int, int, str]] = []
    all_pred: list[tuple[int, int, str]] = []
    offset = 0
    for name, files in ENTITY_SETS:
        gold_set: list[tuple[int, int, str]] = []
        pred_set: list[tuple[int, int, str]] = []
        for path in files():
            for body, gold in _articles(path):
                g = _loc_as_gpe(align_gold(body, gold))
                p = _loc_as_gpe((m.start, m.end, m.label) for m in recognise(body))
                gold_set += [(s + offset, e + offset, lab) for s, e, lab in g]
                pred_set += [(s + offset, e + offset, lab) for s, e, lab in p]
                offset += len(body) + 1
        res = score_spans(gold_set, pred_set)
        out[name] = {"exact": res["exact"], "span": res["span"]}
        all_gold += gold_set
        all_pred += pred_set
    res = score_spans(all_gold, all_pred)
    out["ALL"] = {"exact": res["exact"], "span": res["span"], "per_label": res["per_label"]}
    return out


def _print(align_res: dict[str, Any] | None, ent_res: dict[str, Any] | None) -> None:
    if align_res is not None:
        print(f"{'alignment':<10}{'P':>7}{'R':>7}{'F1':>7}{'tp':>5}{'fp':>5}{'fn':>5}")
        for name in ("ALL", *(n for n, _ in ALIGN_SETS)):
            d = align_res[name]
            print(
                f"{name:<10}{d['precision']:7.3f}{d['recall']:7.3f}{d['f1']:7.3f}"
                f"{d['tp']:5d}{d['fp']:5d}{d['fn']:5d}"
            )
    if ent_res is not None:
        print(f"\n{'entities':<10}{'exactP':>8}{'exactR':>8}{'exactF1':>8}{'spanF1':>8}{'gold':>6}")
        for name in ("ALL", *(n for n, _ in ENTITY_SETS)):
            ex, sp = ent_res[name]["exact"], ent_res[name]["span"]
            print(
                f"{name:<10}{ex['precision']:8.3f}{ex['recall']:8.3f}{ex['f1']:8.3f}"
                f"{sp['f1']:8.3f}{ex['gold']:6d}"
            )
        print("\nper label (ALL, exact)")
        for lab, d in ent_res["ALL"]["per_label"].items():
            print(
                f"  {lab:<9}P {d['precision']:.3f} R {d['recall']:.3f} F1 {d['f1']:.3f}"
                f"  (tp {d['tp']}, pred {d['pred']}, gold {d['gold']})"
            )


def main(argv: list[str]) -> int:
    """Print the table (or JSON with ``--json``)."""
    only = argv[argv.index("--only") + 1] if "--only" in argv else ""
    align_res = score_alignment_sets() if only in ("", "align") else None
    ent_res = score_entity_sets() if only in ("", "entities") else None
    if "--json" in argv:
        print(json.dumps({"alignment": align_res, "entities": ent_res}, indent=1))
    else:
        _print(align_res, ent_res)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
