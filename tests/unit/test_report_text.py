"""The Markdown report and the ``entities`` table read as a person would write them
(issue 14, friction 11 and 12)."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from rich.console import Console

from tui.analysis import analyse, compare
from tui.analysis.report import compare_markdown, escape_markdown
from tui.cli.entities import run_entities
from tui.models import Article

BODY_A = "Nvidia sold 300,000 graphics processors (GPUs) to the ministry on Monday."
BODY_B = "The ministry bought 300,000 graphics processors (GPUs) from Nvidia on Monday!"


def _articles(dated_a: bool, dated_b: bool) -> tuple[Article, Article]:
    a = Article(Path("a.yaml"), "Chips sold", "Wire (Europe)", BODY_A, "chips")
    b = Article(Path("b.yaml"), "Chips bought", "Daily", BODY_B, "chips")
    if dated_a:
        a = Article(a.path, a.title, a.source, a.body, a.story, published=date(2025, 1, 2))
    if dated_b:
        b = Article(b.path, b.title, b.source, b.body, b.story, published=date(2025, 1, 3))
    return a, b


def test_markdown_keeps_parentheses_and_exclamation_marks() -> None:
    a, b = _articles(True, True)
    md = compare_markdown(a, b, compare(analyse(a), analyse(b)))
    assert "(GPUs)" in md and "\\(" not in md and "\\)" not in md
    assert "Wire (Europe)" in md
    assert "Monday!" in md


def test_markdown_still_neutralises_structure() -> None:
    assert escape_markdown("[link](http://x)") == "\\[link\\](http://x)"
    assert escape_markdown("# not a heading") == "\\# not a heading"
    assert escape_markdown("## nor this") == "\\## nor this"
    assert escape_markdown("C# (and F#)") == "C# (and F#)"


def test_unknown_dates_are_said_once_quietly() -> None:
    a, b = _articles(False, False)
    md = compare_markdown(a, b, compare(analyse(a), analyse(b)))
    assert "date unknown" not in md
    assert md.count("No publication date") == 1
    assert "*No publication date given for either article.*" in md


def test_one_unknown_date_names_the_article_and_shows_the_other() -> None:
    a, b = _articles(True, False)
    md = compare_markdown(a, b, compare(analyse(a), analyse(b)))
    assert "2025-01-02" in md
    assert "*No publication date given for B.*" in md
    a, b = _articles(True, True)
    assert "No publication date" not in compare_markdown(a, b, compare(analyse(a), analyse(b)))


def test_entities_title_never_leaves_a_dangling_dash(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_text(
        'title: "Putin orders Russian government to increase AI cooperation with China"\n'
        'source: "CO/AI"\nbody: "Vladimir Putin met Sberbank in Moscow."\n',
        encoding="utf-8",
    )
    for width in (40, 60, 80, 120):
        out = io.StringIO()
        assert run_entities(path, False, Console(file=out, width=width, color_system=None)) == 0
        lines = [line.strip() for line in out.getvalue().splitlines()]
        assert not any(line.endswith("—") or line.startswith("—") for line in lines), width
        assert "CO/AI" in lines
