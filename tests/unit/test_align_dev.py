"""The held-out alignment pairs are well formed (tests/data/align_dev/heldout_*.yaml).

Six article pairs on other subjects and in other styles than the sample (wire copy, bulleted
newsletters, a narrative feature, a short brief) were annotated by hand before the aligner
was run on them; four are the dev set scored here, two (``heldout_*.yaml``) are kept for a
final check only and are not scored by the tests.
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "benchmarks"))

from score_alignment_dev import dev_files  # noqa: E402


def test_heldout_files_are_well_formed() -> None:
    """The held-out gold parses and its sentences are verbatim (scored only by hand)."""
    import yaml
    from score_alignment import sentence_spans

    files = dev_files(heldout=True)
    assert len(files) == 2
    for f in files:
        gold = yaml.safe_load(f.read_text(encoding="utf-8"))
        sentence_spans(gold["a"]["body"], gold["sentences_a"])
        sentence_spans(gold["b"]["body"], gold["sentences_b"])
        assert gold["alignments"]
