"""Regression floors and the mirror property on every hand-annotated alignment set.

Each set was annotated by hand before the aligner was run on it (tests/data/align_*):
dev (4 pairs, tuned on), eval (4, tuned on after its first score) and eval2 (4, never
used for tuning). Floors are the achieved figures minus 0.03.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "benchmarks"))

from score_alignment_dev import dev_files, eval2_files, eval_files  # noqa: E402

from tests.unit.align_sets import check_floors, check_mirror  # noqa: E402

# name: (files, count, min precision, min F1, min conflicts found, max false conflicts)
SETS: dict[str, tuple[Callable[[], list[Path]], int, float, float, int, int]] = {
    # dev: P 0.915 R 0.896 F1 0.905 when the floors were last set at 0.84 / 0.85
    "dev": (dev_files, 4, 0.84, 0.85, 2, 0),
    # eval: P 0.889 R 0.627 F1 0.736, 5 of 9 conflicts found
    "eval": (eval_files, 4, 0.859, 0.706, 4, 0),
    # eval2: P 0.696 R 0.500 F1 0.582, 2 of 5 conflicts found, 2 false conflicts
    "eval2": (eval2_files, 4, 0.666, 0.552, 2, 2),
}


@pytest.mark.parametrize("name", list(SETS))
def test_floors(name: str) -> None:
    files, count, min_precision, min_f1, min_conflicts, max_false = SETS[name]
    found = files()
    assert len(found) == count
    check_floors(
        found,
        min_precision=min_precision,
        min_f1=min_f1,
        min_conflicts=min_conflicts,
        max_false_conflicts=max_false,
    )


@pytest.mark.parametrize("name", list(SETS))
def test_mirror(name: str) -> None:
    check_mirror(SETS[name][0]())
