"""Setting an article's story field keeps the rest of the file byte for byte."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tui.atomic import FileExists, unique_path, write_atomic
from tui.library.edit import EditError, set_story
from tui.library.loader import load_article

YAML = """# A comment the user wrote
title: "Flood in Ravena"   # inline comment
source: Daily Courier
published: 2025-03-02
tags: [flood, weather]
body: |
  Rivers rose overnight.

  story: this line is body text, not a field
"""


def test_story_added_before_the_first_field_and_nothing_else_changes(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_text(YAML, encoding="utf-8")
    set_story(path, "ravena-flood")
    text = path.read_text(encoding="utf-8")
    assert text == YAML.replace('title: "Flood', 'story: "ravena-flood"\ntitle: "Flood', 1)
    assert load_article(path).story == "ravena-flood"


def test_existing_story_replaced_in_place_and_removed(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_text(YAML.replace("source:", "story: old\nsource:"), encoding="utf-8")
    set_story(path, "new: [odd] 'slug'")
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[2] == "story: \"new: [odd] 'slug'\""
    assert load_article(path).story == "new: [odd] 'slug'"
    set_story(path, None)
    assert path.read_text(encoding="utf-8") == YAML


def test_markdown_front_matter_and_crlf_kept(tmp_path: Path) -> None:
    path = tmp_path / "b.md"
    original = "---\r\ntitle: T\r\nsource: S\r\n---\r\nstory: body line\r\n"
    path.write_bytes(original.encode("utf-8"))
    set_story(path, "s1")
    assert (
        path.read_bytes()
        == original.replace("---\r\ntitle", '---\r\nstory: "s1"\r\ntitle', 1).encode()
    )
    assert load_article(path).body == "story: body line"


def test_broken_file_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    path.write_text("title: [\n", encoding="utf-8")
    with pytest.raises(EditError, match=r"c\.yaml.*not changed"):
        set_story(path, "x")
    assert path.read_text(encoding="utf-8") == "title: [\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.yaml"]


def test_multiline_story_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "d.yaml"
    original = "story:\n  - a\ntitle: T\nsource: S\nbody: b\n"
    path.write_text(original, encoding="utf-8")
    with pytest.raises(EditError):
        set_story(path, "x")
    assert path.read_text(encoding="utf-8") == original


def test_write_atomic_never_overwrites_when_asked(tmp_path: Path) -> None:
    path = tmp_path / "e.txt"
    write_atomic(path, "one", overwrite=False)
    with pytest.raises(FileExists):
        write_atomic(path, "two", overwrite=False)
    assert path.read_text() == "one"
    assert unique_path(path) == tmp_path / "e-2.txt"
    assert [p.name for p in tmp_path.iterdir()] == ["e.txt"]


def test_write_atomic_respects_umask_and_keeps_mode(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        path = write_atomic(tmp_path / "f.txt", "x")
        assert path.stat().st_mode & 0o777 == 0o644
        path.chmod(0o600)
        write_atomic(path, "y")
        assert path.stat().st_mode & 0o777 == 0o600
    finally:
        os.umask(old)
