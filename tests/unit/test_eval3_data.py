"""Invariants of the eval3 and eval4 evaluation data (tests/data/align_eval3, align_eval4 and
their entities_eval3, entities_eval4).

The files are hand-annotated gold; these checks catch annotation slips, not engine errors:
every gold sentence is a verbatim substring of its body, in order and without overlap; every
alignment index is in range and every conflict is an alignment; every article has its entity
file with the identical body; every gold entity text occurs in the body, in order.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from benchmarks.scoring import align_gold

DATA = Path(__file__).resolve().parents[1] / "data"
SETS = ("eval3", "eval4")
TYPES = {"PERSON", "ORG", "GPE", "LOC", "NORP", "DATE", "NUMBER", "EVENT", "WORK", "PRODUCT"}
PAIRS = sorted(p for s in SETS for p in (DATA / f"align_{s}").glob(f"{s}_*.yaml"))
ARTICLES = sorted(p for s in SETS for p in (DATA / f"entities_{s}").glob(f"{s}_*.yaml"))


def _load(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", SETS)
def test_set_size(name: str) -> None:
    pairs = [p for p in PAIRS if p.parent.name == f"align_{name}"]
    articles = [p for p in ARTICLES if p.parent.name == f"entities_{name}"]
    assert len(pairs) >= 8
    assert len(articles) == 2 * len(pairs)


@pytest.mark.parametrize("path", PAIRS, ids=lambda p: p.stem)
def test_pair_sentences_are_verbatim_and_in_order(path: Path) -> None:
    gold = _load(path)
    assert {"story", "a", "b", "sentences_a", "sentences_b", "alignments"} <= set(gold)
    assert gold["a"]["source"] != gold["b"]["source"]
    for side in ("a", "b"):
        body = gold[side]["body"]
        sentences = gold[f"sentences_{side}"]
        assert 8 <= len(sentences) <= 20, (side, len(sentences))
        pos = 0
        for sentence in sentences:
            assert sentence == sentence.strip() and not sentence.startswith("- "), sentence
            at = body.find(sentence, pos)
            assert at >= 0, f"{side}: not found in order: {sentence[:60]!r}"
            pos = at + len(sentence)


@pytest.mark.parametrize("path", PAIRS, ids=lambda p: p.stem)
def test_pair_alignments_are_well_formed(path: Path) -> None:
    gold = _load(path)
    n_a, n_b = len(gold["sentences_a"]), len(gold["sentences_b"])
    pairs = [tuple(p) for p in gold["alignments"] or ()]
    assert len(pairs) == len(set(pairs))
    assert all(0 <= i < n_a and 0 <= j < n_b for i, j in pairs)
    conflicts = {tuple(p) for p in gold.get("conflicts") or ()}
    assert conflicts <= set(pairs)


@pytest.mark.parametrize("path", PAIRS, ids=lambda p: p.stem)
def test_each_article_has_entity_gold_with_same_text(path: Path) -> None:
    gold = _load(path)
    for side in ("a", "b"):
        ent_dir = DATA / path.parent.name.replace("align_", "entities_")
        ent = _load(ent_dir / f"{path.stem}_{side}.yaml")
        assert ent["body"] == gold[side]["body"]
        assert ent["title"] == gold[side]["title"]
        assert ent["source"] == gold[side]["source"]


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem)
def test_entity_gold_found_in_order(path: Path) -> None:
    doc = _load(path)
    assert {"title", "source", "body", "gold"} <= set(doc)
    gold = doc["gold"]
    assert gold and all(set(g) == {"text", "type"} and g["type"] in TYPES for g in gold)
    for g in gold:
        text = str(g["text"])
        assert text == text.strip() and not text.lower().startswith("the "), text
        assert not text.endswith(("'s", "’s")), text
    assert len(align_gold(doc["body"], gold)) == len(gold)
