"""Hostile and unusual input found by probing (issue 11): each case once crashed or misled."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from rich.console import Console

from tui.cli.compare import run_compare
from tui.library.loader import load_article
from tui.nlp.entities.recogniser import recognise


def _console() -> tuple[Console, io.StringIO]:
    out = io.StringIO()
    return Console(file=out, width=200, highlight=False), out


def _article(path: Path, source: str, body: str, story: str = "digits", **extra: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = [f"title: {source} report", f"source: {source}", f"story: {story}"]
    lines += [f"{key}: {value}" for key, value in extra.items()]
    lines += ["body: |-"] + [f"  {line}" for line in body.splitlines()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


DIGITS = "9" * 4301


def test_runs_of_more_than_4300_digits_are_recognised_without_error() -> None:
    text = f"Smith, {DIGITS}, said the count was {DIGITS} votes on Monday."
    mentions = recognise(text)
    assert any(DIGITS in text[m.start : m.end] for m in mentions)


def test_compare_of_articles_with_digit_runs_succeeds(tmp_path: Path) -> None:
    a = _article(tmp_path / "a.yaml", "Alpha", f"Officials counted {DIGITS} ballots on Monday.")
    b = _article(tmp_path / "b.yaml", "Beta", f"On Monday officials said {DIGITS} ballots came in.")
    console, out = _console()
    assert run_compare(str(a), str(b), None, "text", console) == 0
    assert "ballots" in out.getvalue()


def _compare_error(a: str, b: str, library: Path | None, capsys: object) -> str:
    console, _out = _console()
    assert run_compare(a, b, library, "text", console) == 1
    return capsys.readouterr().err.strip()  # type: ignore[attr-defined]


def test_compare_names_a_folder_a_pipe_and_a_mistyped_path(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    good = _article(tmp_path / "good.yaml", "Alpha", "Officials counted ballots on Monday.")
    (tmp_path / "dir.yaml").mkdir()
    os.mkfifo(tmp_path / "pipe")
    (tmp_path / "lib").mkdir()
    monkeypatch.chdir(tmp_path)
    assert "is a folder" in _compare_error("dir.yaml", str(good), None, capsys)
    assert "not a regular file" in _compare_error("pipe", str(good), None, capsys)
    assert "no such file" in _compare_error("lib/typo.yaml", str(good), None, capsys)


def test_unknown_field_with_a_huge_integer_is_kept_as_text(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_text(f"title: T\nsource: S\nbody: Words.\nserial: {'1' * 100_000}\n")
    assert load_article(path).body == "Words."


def test_compare_an_article_with_itself_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a = _article(tmp_path / "a.yaml", "Alpha", "Officials counted ballots on Monday.")
    assert "same article" in _compare_error(str(a), str(a), None, capsys)


def test_story_with_a_slash_is_addressable(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "lib"
    _article(root / "x" / "a.yaml", "Alpha", "Officials counted ballots.", story="votes/2024")
    _article(root / "x" / "b.yaml", "Beta", "Ballots were counted.", story="votes/2024")
    console, out = _console()
    assert run_compare("votes/2024/alpha", "votes/2024/Beta", root, "text", console) == 0
    assert "Alpha" in out.getvalue()


def test_dates_before_year_1000_show_four_digits_and_sort_oldest(tmp_path: Path) -> None:
    from datetime import date

    from tui.library.catalog import group_articles
    from tui.models import ArticleMeta

    old = ArticleMeta(tmp_path / "old.yaml", "Old", "S", "s", date(999, 1, 1))
    new = ArticleMeta(tmp_path / "new.yaml", "New", "S", "s", date(2025, 1, 1))
    assert old.published_label == "0999-01-01"
    (group,) = group_articles([old, new], "source")
    assert [meta.title for meta in group.articles] == ["New", "Old"]  # newest first


@pytest.mark.parametrize(
    ("url", "linked"),
    [("https://example.org/a", True), ("javascript:alert(1)", False), ("data:text/html,x", False)],
)
def test_markdown_export_links_only_web_addresses(tmp_path: Path, url: str, linked: bool) -> None:
    from tui.analysis import analyse, compare
    from tui.analysis.report import compare_markdown

    a = load_article(_article(tmp_path / "a.yaml", "Alpha", "Ballots were counted.", url=url))
    b = load_article(_article(tmp_path / "b.yaml", "Beta", "Officials counted ballots."))
    report = compare_markdown(a, b, compare(analyse(a), analyse(b)))
    assert (f"<{url}>" in report) is linked
    assert url.split(":")[0] in report
