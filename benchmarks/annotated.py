"""Every hand-annotated evaluation set, in one place.

Engines are judged by micro-averaged scores over ALL of these together; the sample pair is one
pair among them. A new set under ``tests/data`` must be added here (a test checks this).
"""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "tests" / "data"
SAMPLE_GOLD = DATA / "sample_pair" / "gold" / "putin-ai-china.yaml"
"""The sample pair's gold: sentences and alignments, and entity mentions of both articles."""

ALIGN_SETS: dict[str, tuple[Path, str]] = {
    # name: (folder, glob)
    "sample": (SAMPLE_GOLD.parent, SAMPLE_GOLD.name),
    "dev": (DATA / "align_dev", "dev_*.yaml"),
    "heldout": (DATA / "align_dev", "heldout_*.yaml"),
    "eval": (DATA / "align_eval", "*.yaml"),
    "eval2": (DATA / "align_eval2", "*.yaml"),
    "eval3": (DATA / "align_eval3", "eval3_*.yaml"),
    "eval4": (DATA / "align_eval4", "eval4_*.yaml"),
}
ENTITY_SETS: dict[str, tuple[Path, str]] = {
    "sample": (SAMPLE_GOLD.parent, SAMPLE_GOLD.name),
    "dev": (DATA / "entities_dev", "dev_*.yaml"),
    "heldout": (DATA / "entities_dev", "heldout_*.yaml"),
    "eval": (DATA / "entities_eval", "*.yaml"),
    "eval2": (DATA / "entities_eval2", "*.yaml"),
    "eval3": (DATA / "entities_eval3", "eval3_*.yaml"),
    "eval4": (DATA / "entities_eval4", "eval4_*.yaml"),
}


def files(sets: dict[str, tuple[Path, str]], name: str) -> list[Path]:
    """The annotation files of one set, sorted."""
    folder, pattern = sets[name]
    return sorted(folder.glob(pattern))
