"""``parallax compare`` with the reader's judgements saved in the library."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from rich.console import Console

from tests.unit.test_cli_compare import BODY_A, BODY_B, _write
from tui.analysis import analyse, compare
from tui.analysis.judgements import Judgement, PairJudgements, save
from tui.cli.compare import run_compare
from tui.library.loader import load_article


@pytest.fixture
def library(tmp_path: Path) -> Path:
    root = tmp_path / "lib"
    (root / "tram-vote").mkdir(parents=True)
    _write(root / "tram-vote" / "gazette.yaml", "Tram line approved", "City Gazette", BODY_A)
    _write(root / "tram-vote" / "herald.yaml", "Council backs trams", "The Herald", BODY_B)
    return root


def _judge(library: Path) -> tuple[tuple[int, int], tuple[int, int]]:
    """Unlink one engine pair, verify another with a note, link an unpaired claim by hand."""
    a = load_article(library / "tram-vote" / "gazette.yaml")
    b = load_article(library / "tram-vote" / "herald.yaml")
    alignment = compare(analyse(a), analyse(b)).alignment
    engine = [(p.a, p.b) for p in alignment.pairs]
    assert len(engine) >= 2, engine
    texts_a = [c.text for c in alignment.claims_a]
    texts_b = [c.text for c in alignment.claims_b]
    pair = PairJudgements("tram-vote/gazette.yaml", "tram-vote/herald.yaml")
    (ua, ub), (va, vb) = engine[0], engine[1]
    pair.put(Judgement(ua, ub, linked=False, a_text=texts_a[ua], b_text=texts_b[ub]))
    pair.put(
        Judgement(
            va,
            vb,
            verdict="verified",
            note="[b]checked[/b] *by* phone",
            a_text=texts_a[va],
            b_text=texts_b[vb],
        )
    )
    hand = (ua, ub + 1 if ub + 1 < len(texts_b) else ub - 1)
    pair.put(Judgement(*hand, verdict="disputed", a_text=texts_a[hand[0]], b_text=texts_b[hand[1]]))
    save(library, "tram-vote", pair)
    return (ua, ub), hand


def _run(library: Path, fmt: str, capsys: pytest.CaptureFixture[str]) -> str:
    a = library / "tram-vote" / "gazette.yaml"
    b = library / "tram-vote" / "herald.yaml"
    assert run_compare(str(a), str(b), library, fmt, Console(file=io.StringIO())) == 0
    return capsys.readouterr().out


def test_json_carries_judgements(library: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = json.loads(_run(library, "json", capsys))
    assert all(p["by"] == "engine" and "verdict" not in p for p in before["pairs"])
    unlinked, hand = _judge(library)
    data = json.loads(_run(library, "json", capsys))
    assert set(data) == set(before)
    keys = {(p["a"], p["b"]): p for p in data["pairs"]}
    assert unlinked not in keys
    assert keys[hand]["by"] == "reader" and keys[hand]["verdict"] == "disputed"
    # a hand link: never scored by the engine, but described like its pairs
    assert keys[hand]["score"] is None and keys[hand]["relation"] in ("same", "partial", "conflict")
    verified = [p for p in data["pairs"] if p.get("verdict") == "verified"]
    assert len(verified) == 1 and verified[0]["by"] == "engine"
    assert verified[0]["note"] == "[b]checked[/b] *by* phone"
    assert isinstance(verified[0]["score"], float)
    paired_a = {p["a"] for p in data["pairs"]}
    assert data["only_a"] == [c["index"] for c in data["claims_a"] if c["index"] not in paired_a]


def test_json_outside_a_library_is_unchanged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a = _write(tmp_path / "a.yaml", "A", "Alpha", BODY_A)
    b = _write(tmp_path / "b.yaml", "B", "Beta", BODY_B)
    elsewhere = tmp_path / "other-library"
    elsewhere.mkdir()
    assert run_compare(str(a), str(b), elsewhere, "json", Console(file=io.StringIO())) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["pairs"] and all("by" not in p for p in data["pairs"])


def test_markdown_shows_judgements(library: Path, capsys: pytest.CaptureFixture[str]) -> None:
    unlinked, hand = _judge(library)
    out = _run(library, "markdown", capsys)
    assert f"A{hand[0] + 1} ↔ B{hand[1] + 1} (linked by the reader, " in out
    assert f"A{unlinked[0] + 1} ↔ B{unlinked[1] + 1} (" not in out
    assert "Reader: engine pair; verified; note: \\[b\\]checked\\[/b\\] \\*by\\* phone." in out
    assert "Reader: linked by the reader; disputed." in out
    assert "- Reader: 1 linked by hand, 1 unlinked, 1 verified, 1 disputed, 1 with a note" in out


def test_bad_judgements_file_is_one_line(library: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (library / "judgements").mkdir()
    (library / "judgements" / "tram-vote.parallax.yaml").write_text("pairs: [\n", "utf-8")
    a = library / "tram-vote" / "gazette.yaml"
    b = library / "tram-vote" / "herald.yaml"
    assert run_compare(str(a), str(b), library, "json", Console(file=io.StringIO())) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "tram-vote.parallax.yaml" in err and "YAML" in err


def test_text_json_and_markdown_show_one_judged_alignment(
    library: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Unlinked claims are one-sided in every format; the hand link is drawn in one row."""
    (ua, ub), hand = _judge(library)
    data = json.loads(_run(library, "json", capsys))
    paired_b = {p["b"] for p in data["pairs"]}
    assert (ub in data["only_b"]) == (ub not in paired_b)
    assert ub not in paired_b or any(p["b"] == ub and p["a"] != ua for p in data["pairs"])
    out = _run(library, "markdown", capsys)
    only_b = out.split("## Only in B", 1)[1] if ub in data["only_b"] else ""
    assert (f"- B{ub + 1}: " in only_b) == (ub in data["only_b"])
    if ub in data["only_b"]:
        assert f"*(unlinked by the reader from A{ua + 1})*" in only_b
    assert f"- Shared: {len(data['pairs'])} pairs" in out
    assert f"- Only in B: {len(data['only_b'])}" in out
    buffer = io.StringIO()
    a, b = library / "tram-vote" / "gazette.yaml", library / "tram-vote" / "herald.yaml"
    assert run_compare(str(a), str(b), library, "text", Console(file=buffer, width=120)) == 0
    text = buffer.getvalue()
    assert f"{len(data['pairs'])} pairs" in text
    assert f"only in B: {len(data['only_b'])}" in text
    assert "⚑" in text and "✓" in text and "✗" in text and "⊘" in text
    assert "Your judgements: ✓ verified" in text
    # the hand link's two claims are printed in one table row, between the same rules
    rows = [part for part in text.split("├") if f"A{hand[0] + 1} " in part]
    assert rows and f"B{hand[1] + 1} " in rows[0] and "⚑" in rows[0]
