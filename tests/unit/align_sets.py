"""Shared checks for the hand-annotated alignment sets (dev and eval)."""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "benchmarks"))

from score_alignment_dev import micro, score_file  # noqa: E402

from tui.analysis import align_texts  # noqa: E402


def check_floors(
    files: list[Path],
    *,
    min_precision: float,
    min_f1: float,
    min_conflicts: int,
    max_false_conflicts: int,
) -> None:
    """Micro precision/F1 and conflict labelling over ``files`` meet the floors."""
    results = [score_file(f) for f in files]
    precision, _, f1 = micro(results)
    summary = [(r.name, r.precision, r.recall) for r in results]
    assert precision >= min_precision, summary
    assert f1 >= min_f1, summary
    assert sum(r.conflicts_found for r in results) >= min_conflicts
    assert sum(r.false_conflicts for r in results) <= max_false_conflicts


def check_mirror(files: list[Path]) -> None:
    """Aligning B with A is the mirror image of aligning A with B for every pair."""
    for f in files:
        gold = yaml.safe_load(f.read_text(encoding="utf-8"))
        a, b = gold["a"]["body"], gold["b"]["body"]
        assert align_texts(b, a) == align_texts(a, b).swapped(), f.name
