"""``parallax compare``: path and story/source resolution, three output formats, errors."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from rich.console import Console

from tui.cli.compare import run_compare, slugify

BODY_A = (
    "The city council approved a new tram line on Monday.\n"
    "The line will cost $450 million and open in 2027.\n"
    "Opposition members criticised the lack of a referendum.\n"
)
BODY_B = (
    "Councillors voted on Monday to approve the construction of a tram line.\n"
    "The project is expected to cost $450 million, with trams running in 2029.\n"
    "A local bakery won a national award [bold]this[/bold] week.\n"
)


def _write(path: Path, title: str, source: str, body: str, story: str = "tram-vote") -> Path:
    lines = [f'title: "{title}"', f'source: "{source}"', f"story: {story}", "body: |-"]
    lines += [f"  {line}" for line in body.splitlines()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def library(tmp_path: Path) -> Path:
    root = tmp_path / "lib"
    (root / "tram-vote").mkdir(parents=True)
    _write(root / "tram-vote" / "gazette.yaml", "Tram line approved", "City Gazette", BODY_A)
    _write(root / "tram-vote" / "herald.yaml", "Council backs trams", "The Herald/Post", BODY_B)
    return root


def _console() -> tuple[Console, io.StringIO]:
    buf = io.StringIO()
    return Console(file=buf, width=120), buf


def test_slugify() -> None:
    assert slugify("CO/AI") == "co-ai"
    assert slugify("  The Herald/Post ") == "the-herald-post"


def test_json_by_paths(library: Path, capsys: pytest.CaptureFixture[str]) -> None:
    console, _ = _console()
    a = library / "tram-vote" / "gazette.yaml"
    b = library / "tram-vote" / "herald.yaml"
    assert run_compare(str(a), str(b), None, "json", console) == 0
    out = capsys.readouterr().out
    data = json.loads(out)
    assert out.count("\n") == 1
    assert set(data) == {"a", "b", "claims_a", "claims_b", "pairs", "only_a", "only_b"}
    assert data["a"] == {"path": str(a), "title": "Tram line approved", "source": "City Gazette"}
    assert set(data["claims_a"][0]) == {"index", "text", "start", "end"}
    for claim in data["claims_a"]:
        assert BODY_A[claim["start"] : claim["end"]] == claim["text"]
    pair = next(p for p in data["pairs"] if (p["a"], p["b"]) == (1, 1))
    assert set(pair) == {"a", "b", "score", "relation", "shared", "only_a", "only_b"}
    assert pair["relation"] == "conflict"
    assert pair["score"] == round(pair["score"], 3)
    assert data["only_b"] == [2]


def test_markdown_by_names(library: Path, capsys: pytest.CaptureFixture[str]) -> None:
    console, _ = _console()
    code = run_compare(
        "tram-vote/city-gazette", "tram-vote/The Herald/Post", library, "markdown", console
    )
    assert code == 0
    md = capsys.readouterr().out
    assert md.startswith("# Comparison: Tram line approved / Council backs trams")
    assert "## Summary" in md
    assert "## Conflicts" in md
    assert "## Only in B" in md
    assert md.index("## Conflicts") < md.index("## Shared claims")
    assert "**2027**" in md
    assert "**2029**" in md
    assert "\\[bold\\]" in md


def test_text_table_uses_plain_text(library: Path) -> None:
    console, buf = _console()
    assert run_compare("tram-vote/gazette", "tram-vote/herald", library, "text", console) == 0
    out = buf.getvalue()
    assert "City Gazette" in out
    assert "≠" in out
    assert "[bold]this[/bold]" in out  # article text is never parsed as markup


def test_unknown_source_lists_names(library: Path, capsys: pytest.CaptureFixture[str]) -> None:
    console, _ = _console()
    assert run_compare("tram-vote/nope", "tram-vote/herald", library, "json", console) == 1
    err = capsys.readouterr().err
    assert "nope" in err
    assert "tram-vote/city-gazette" in err
    assert "tram-vote/the-herald-post" in err


def test_unknown_story_and_missing_file(library: Path, capsys: pytest.CaptureFixture[str]) -> None:
    console, _ = _console()
    assert run_compare("other/x", "tram-vote/herald", library, "text", console) == 1
    assert "tram-vote" in capsys.readouterr().err
    assert (
        run_compare(str(library / "missing.yaml"), "tram-vote/herald", library, "text", console)
        == 1
    )
    assert "missing.yaml" in capsys.readouterr().err


def test_invalid_article_file(library: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = library / "bad.yaml"
    bad.write_text("title: [unclosed\n", encoding="utf-8")
    console, _ = _console()
    assert run_compare(str(bad), "tram-vote/herald", library, "json", console) == 1
    captured = capsys.readouterr()
    assert "bad.yaml" in captured.err
    assert captured.out == ""


def test_unknown_format(library: Path, capsys: pytest.CaptureFixture[str]) -> None:
    console, _ = _console()
    assert run_compare("tram-vote/gazette", "tram-vote/herald", library, "xml", console) == 1
    assert "xml" in capsys.readouterr().err


def test_reports_strip_control_characters() -> None:
    from tui.analysis import analyse, compare
    from tui.analysis.report import compare_json, compare_markdown
    from tui.models import Article

    body_a = "The bridge opened on Monday.\x07 It cost $5 million.\x9b"
    body_b = "On Monday the bridge opened. It cost $6 million."
    art_a = Article(Path("a.yaml"), "Bridge \x1b[31mopens", "Daily *News*", body_a, "bridge")
    art_b = Article(Path("b.yaml"), "Bridge opens", "Weekly", body_b, "bridge")
    comparison = compare(analyse(art_a), analyse(art_b))
    md = compare_markdown(art_a, art_b, comparison)
    assert not any((ord(ch) < 32 and ch not in "\n\t") or 0x7F <= ord(ch) <= 0x9F for ch in md)
    assert "Daily \\*News\\*" in md
    data = compare_json(art_a, art_b, comparison)
    assert data["a"]["title"] == "Bridge \x1b[31mopens"  # JSON keeps the data; json escapes it
