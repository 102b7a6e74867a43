"""The hand-annotated entity evaluation set is well formed.

tests/data/entities_eval/*.yaml are six wire-style articles annotated before the recogniser
was run on them (see the README there). Before the rules driven by them: 0.788 exact /
0.906 span (micro). After: 0.874 exact / 0.969 span. Floors: test_entity_sets.py (all sets).
"""

from __future__ import annotations

from pathlib import Path

import yaml

from benchmarks.scoring import align_gold

EVAL_DIR = Path(__file__).resolve().parents[1] / "data" / "entities_eval"


def _docs() -> list[dict]:
    docs = [yaml.safe_load(p.read_text(encoding="utf-8")) for p in sorted(EVAL_DIR.glob("*.yaml"))]
    assert len(docs) >= 6
    return docs


def test_eval_gold_is_complete_and_well_formed() -> None:
    for d in _docs():
        assert {"title", "source", "body", "gold"} <= set(d)
        assert 300 <= len(d["body"].split()) <= 450
        assert len(align_gold(d["body"], d["gold"])) == len(d["gold"])  # every mention found
