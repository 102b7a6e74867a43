"""Hostile and unusual input found by probing (issue 11): each case once crashed or misled."""

from __future__ import annotations

import io
from pathlib import Path

from rich.console import Console

from tui.cli.compare import run_compare
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
