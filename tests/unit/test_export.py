"""Writing the comparison report: names, never inside the library, atomic replace."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tui.analysis.export import export_report, report_name, report_path, slugify, write_atomic


def test_report_name_is_slugified() -> None:
    assert report_name("putin-ai-china", "CO/AI", "Dagens") == (
        "parallax-putin-ai-china-co-ai-vs-dagens.md"
    )
    assert report_name("Élection 2024!", "Le Monde", "") == (
        "parallax-election-2024-le-monde-vs-b.md"
    )


@given(st.text())
def test_slug_is_safe_for_any_text(text: str) -> None:
    slug = slugify(text)
    assert slug and len(slug) <= 40 and len(slug.encode("utf-8")) <= 80
    assert all(c.isalnum() or c == "-" for c in slug)
    assert not slug.startswith("-") and not slug.endswith("-")
    assert "/" not in slug and ".." not in slug


def test_export_writes_in_the_folder(tmp_path: Path) -> None:
    path = export_report("# Report\n", "story", "A", "B", folder=tmp_path)
    assert path == tmp_path / "parallax-story-a-vs-b.md"
    assert path.read_text(encoding="utf-8") == "# Report\n"
    again = export_report("# Newer\n", "story", "A", "B", folder=tmp_path)
    assert again == tmp_path / "parallax-story-a-vs-b-2.md"  # never replaces the first
    assert path.read_text(encoding="utf-8") == "# Report\n"
    assert again.read_text(encoding="utf-8") == "# Newer\n"
    assert {p.name for p in tmp_path.iterdir()} == {path.name, again.name}


def test_non_latin_stories_export_to_different_names(tmp_path: Path) -> None:
    first = export_report("# one\n", "Выборы в Думу", "ТАСС", "РБК", folder=tmp_path)
    second = export_report("# two\n", "選挙の結果", "朝日", "読売", folder=tmp_path)
    assert first.name == "parallax-выборы-в-думу-тасс-vs-рбк.md"
    assert first != second
    assert first.read_text(encoding="utf-8") == "# one\n"


def test_export_respects_the_umask(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        path = export_report("# Report\n", "story", "A", "B", folder=tmp_path)
    finally:
        os.umask(old)
    assert path.stat().st_mode & 0o777 == 0o644


def test_never_writes_inside_the_library(tmp_path: Path) -> None:
    library = tmp_path / "lib"
    story = library / "story"
    story.mkdir(parents=True)
    (story / "a.yaml").write_text("x", encoding="utf-8")
    target = report_path(story, "story", "A", "B", library=library)
    assert target.parent == library.resolve().parent
    assert report_path(library, "s", "A", "B", library=library).parent == tmp_path.resolve()


def test_never_replaces_an_article_of_the_library(tmp_path: Path) -> None:
    library = tmp_path / "lib"
    story = library / "story"
    story.mkdir(parents=True)
    article = story / "parallax-s-a-vs-b.md"
    article.write_text("---\ntitle: x\n---\nbody", encoding="utf-8")
    path = export_report("# Report\n", "s", "A", "B", folder=story, library=library)
    assert path.parent == tmp_path.resolve()
    assert article.read_text(encoding="utf-8").startswith("---")


def test_write_atomic_leaves_no_temporary_file_on_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "report.md"
    target.write_text("old", encoding="utf-8")

    def broken(src: str, dst: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken)
    with pytest.raises(OSError, match="disk full"):
        write_atomic(target, "new")
    assert target.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.md"]


def test_write_atomic_replaces(tmp_path: Path) -> None:
    target = tmp_path / "r.md"
    write_atomic(target, "one")
    write_atomic(target, "two ünïcode")
    assert target.read_text(encoding="utf-8") == "two ünïcode"
