"""The reader's judgements: saved beside the story, re-read in either orientation."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.analysis.judgements import (
    Judgement,
    JudgementError,
    PairJudgements,
    apply,
    load,
    save,
    story_file,
)
from tui.library.loader import scan_library

CLAIMS_A = ["Rivers rose.", "Two died.", "Roads closed."]
CLAIMS_B = ["Water levels climbed.", "Three people died.", "Schools shut."]


def _pair(library: Path) -> PairJudgements:
    return load(library, "flood", library / "x/a.yaml", library / "y/b.yaml", CLAIMS_A, CLAIMS_B)


def test_round_trip_and_mirror(tmp_path: Path) -> None:
    pair = _pair(tmp_path)
    assert pair.items == []
    pair.put(
        Judgement(
            0, 0, verdict="verified", note="same gauge", a_text=CLAIMS_A[0], b_text=CLAIMS_B[0]
        )
    )
    pair.put(Judgement(1, 1, linked=False, a_text=CLAIMS_A[1], b_text=CLAIMS_B[1]))
    path = save(tmp_path, "flood", pair)
    assert path == story_file(tmp_path, "flood")
    assert "same gauge" in path.read_text(encoding="utf-8")
    again = _pair(tmp_path)
    assert [(j.a, j.b, j.linked, j.verdict, j.note) for j in again.items] == [
        (0, 0, True, "verified", "same gauge"),
        (1, 1, False, None, ""),
    ]
    mirror = load(
        tmp_path, "flood", tmp_path / "y/b.yaml", tmp_path / "x/a.yaml", CLAIMS_B, CLAIMS_A
    )
    assert [(j.a, j.b, j.a_text) for j in mirror.items] == [
        (0, 0, CLAIMS_B[0]),
        (1, 1, CLAIMS_B[1]),
    ]


def test_apply_reader_has_the_last_word() -> None:
    pair = PairJudgements("a", "b")
    pair.put(Judgement(1, 1, linked=False))
    pair.put(Judgement(2, 0, note="hand link"))
    pair.put(Judgement(0, 0, verdict="disputed"))
    judged = apply([(0, 0), (1, 1)], pair)
    assert [(p.a, p.b, p.by, p.verdict, p.note) for p in judged] == [
        (0, 0, "engine", "disputed", ""),
        (2, 0, "reader", None, "hand link"),
    ]


def test_edited_article_moves_or_stales_judgements(tmp_path: Path) -> None:
    pair = _pair(tmp_path)
    pair.put(Judgement(1, 1, note="n1", a_text=CLAIMS_A[1], b_text=CLAIMS_B[1]))
    pair.put(Judgement(2, 2, note="n2", a_text=CLAIMS_A[2], b_text=CLAIMS_B[2]))
    save(tmp_path, "flood", pair)
    edited_a = ["New lead.", *CLAIMS_A[:2]]  # claim 1 moved to 2, claim 2 deleted
    again = load(
        tmp_path, "flood", tmp_path / "x/a.yaml", tmp_path / "y/b.yaml", edited_a, CLAIMS_B
    )
    assert [(j.a, j.b, j.note) for j in again.items] == [(2, 1, "n1")]
    assert [j.note for j in again.stale] == ["n2"]


def test_judgements_file_is_not_an_article_and_bad_file_is_one_line(tmp_path: Path) -> None:
    path = story_file(tmp_path, "flood")
    path.parent.mkdir()
    path.write_text("pairs: [\n", encoding="utf-8")
    assert scan_library(tmp_path, index=False).problems == []
    with pytest.raises(JudgementError, match=r"flood\.parallax\.yaml: not valid YAML"):
        _pair(tmp_path)


def test_automatically_grouped_articles_share_one_file_keyed_by_paths(tmp_path: Path) -> None:
    pair = load(tmp_path, None, tmp_path / "a.yaml", tmp_path / "b.yaml", CLAIMS_A, CLAIMS_B)
    pair.put(Judgement(0, 0, note="auto", a_text=CLAIMS_A[0], b_text=CLAIMS_B[0]))
    path = save(tmp_path, None, pair)
    assert path == story_file(tmp_path, None) and path.name == "automatic-stories.parallax.yaml"
    again = load(tmp_path, None, tmp_path / "a.yaml", tmp_path / "b.yaml", CLAIMS_A, CLAIMS_B)
    assert [j.note for j in again.items] == ["auto"]
    other = load(tmp_path, None, tmp_path / "a.yaml", tmp_path / "c.yaml", CLAIMS_A, CLAIMS_B)
    assert other.items == []
