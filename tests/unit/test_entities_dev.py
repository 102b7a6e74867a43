"""The hand-annotated entity dev set is well formed (floors: test_entity_sets.py, all sets).

tests/data/entities_dev/dev_*.yaml are six news articles on subjects unlike the sample pair
(see the README there); heldout_*.yaml are a final check that the rules were not tuned on.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from benchmarks.scoring import align_gold
from tui.models import ENTITY_LABELS

DEV_DIR = Path(__file__).resolve().parents[1] / "data" / "entities_dev"


def test_dev_files_are_well_formed() -> None:
    for p in sorted(DEV_DIR.glob("*.yaml")):
        d = yaml.safe_load(p.read_text(encoding="utf-8"))
        assert {"title", "source", "body", "gold"} <= set(d), p.name
        words = len(d["body"].split())
        assert 250 <= words <= 450, (p.name, words)
        for g in d["gold"]:
            assert g["type"] in ENTITY_LABELS, (p.name, g)
        assert len(align_gold(d["body"], d["gold"])) == len(d["gold"]), p.name
