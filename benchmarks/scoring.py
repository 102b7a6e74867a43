"""Score predicted entity mentions against gold annotations given as ordered text+type pairs.

Gold annotations carry no offsets, so each gold mention is located by walking the body in
document order: the next whole-word occurrence of its text after the previous gold mention.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import yaml

from benchmarks.annotated import ENTITY_SETS, files


def align_gold(body: str, gold: Iterable[Mapping[str, Any]]) -> list[tuple[int, int, str]]:
    """Offsets for gold mentions ``{text, type}`` found in order; unfound ones are dropped."""
    spans: list[tuple[int, int, str]] = []
    cursor = 0
    for g in gold:
        text, label = str(g["text"]), str(g.get("type") or g.get("label"))
        pat = re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)")
        m = pat.search(body, cursor)
        if m is None:
            continue
        spans.append((m.start(), m.end(), label))
        cursor = m.end()
    return spans


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f, "tp": tp, "pred": n_pred, "gold": n_gold}


def score_spans(
    gold: Sequence[tuple[int, int, str]], pred: Sequence[tuple[int, int, str]]
) -> dict[str, Any]:
    """Exact (span+label) and span-only P/R/F1, overall and per label."""
    g, p = set(gold), set(pred)
    gs, ps = {(s, e) for s, e, _ in g}, {(s, e) for s, e, _ in p}
    labels = sorted({lab for *_, lab in g} | {lab for *_, lab in p})
    per = {}
    for lab in labels:
        gl = {x for x in g if x[2] == lab}
        pl = {x for x in p if x[2] == lab}
        per[lab] = _prf(len(gl & pl), len(pl), len(gl))
    return {
        "exact": _prf(len(g & p), len(p), len(g)),
        "span": _prf(len(gs & ps), len(ps), len(gs)),
        "per_label": per,
        "false_positives": sorted(p - g),
        "false_negatives": sorted(g - p),
    }


def score(body: str, gold_entities: Iterable[Mapping[str, Any]], predicted: Iterable[Any]) -> dict:
    """Score ``predicted`` mentions (objects with start, end, label) on one article."""
    gold = align_gold(body, gold_entities)
    pred = [(m.start, m.end, m.label) for m in predicted]
    return score_spans(gold, pred)


def score_many(items: Iterable[tuple[str, Iterable[Mapping[str, Any]], Iterable[Any]]]) -> dict:
    """Micro-averaged score over several (body, gold, predicted) articles."""
    gold_all: list[tuple[int, int, str]] = []
    pred_all: list[tuple[int, int, str]] = []
    offset = 0
    for body, gold, pred in items:
        gold_all += [(s + offset, e + offset, lab) for s, e, lab in align_gold(body, gold)]
        pred_all += [(m.start + offset, m.end + offset, m.label) for m in pred]
        offset += len(body) + 1
    return score_spans(gold_all, pred_all)


def load_articles(path: Path) -> list[tuple[str, str, list[dict[str, Any]]]]:
    """(name, body, gold mentions) of each article annotated in one gold file.

    An article file carries ``body`` and ``gold``; the sample's gold names two text files
    (``article_a``/``article_b``) and their mentions (``entities_a``/``entities_b``).
    """
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    if "article_a" not in doc:
        return [(path.stem, doc["body"], doc["gold"])]
    root = path.resolve().parent.parent
    return [
        (
            f"{path.stem}:{side}",
            (root / doc[f"article_{side}"]).read_text("utf-8"),
            doc[f"entities_{side}"],
        )
        for side in ("a", "b")
    ]


def set_articles(name: str) -> list[tuple[str, str, list[dict[str, Any]]]]:
    """(name, body, gold) of every article of one annotated entity set."""
    return [item for path in files(ENTITY_SETS, name) for item in load_articles(path)]
