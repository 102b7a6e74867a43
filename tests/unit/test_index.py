"""The on-disk metadata index: picks up changes, survives broken or locked cache files."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from tui.library import index as index_module
from tui.library.index import LibraryIndex, index_path
from tui.library.loader import scan_library
from tui.paths import cache_dir

ARTICLE = (
    "title: {title}\nsource: {source}\nstory: {story}\npublished: 2024-05-0{day}\n"
    "body: |-\n  {body}\n"
)


@pytest.fixture(autouse=True)
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("PARALLAX_CACHE_DIR", str(folder))
    # Files written by a test are seconds old at most: trust rows regardless of age.
    monkeypatch.setattr(index_module, "RACY_NS", -(10**18))
    return folder


def write(
    root: Path, name: str, title: str, source: str, day: int = 1, body: str = "Words."
) -> Path:
    path = root / "story" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        ARTICLE.format(title=title, source=source, story="story", day=day, body=body),
        encoding="utf-8",
    )
    return path


def library(tmp_path: Path) -> Path:
    root = tmp_path / "lib"
    write(root, "a.yaml", "Alpha", "Outlet A")
    write(root, "b.yaml", "Beta", "Outlet B", day=2)
    (root / "story" / "bad.yaml").write_text("title: [unclosed\n", encoding="utf-8")
    return root


def bump(path: Path) -> None:
    """Move mtime forward so the change is seen even on coarse clocks."""
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 5_000_000_000))


def test_second_scan_reads_from_index_and_matches_plain_scan(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = library(tmp_path)
    first = scan_library(root)
    assert index_path(root).is_file()
    assert first == scan_library(root, index=False)

    def refuse(path: Path) -> None:
        raise AssertionError(f"parsed {path} again")

    monkeypatch.setattr("tui.library.loader.load_article", refuse)
    second = scan_library(root)
    assert second == first
    assert [p.message for p in second.problems] == [p.message for p in first.problems]


def test_index_picks_up_added_changed_and_removed_files(tmp_path: Path) -> None:
    root = library(tmp_path)
    scan_library(root)
    write(root, "c.yaml", "Gamma", "Outlet C", day=3)
    changed = write(root, "a.yaml", "Alpha revised", "Outlet A", body="Longer words here.")
    bump(changed)
    (root / "story" / "b.yaml").unlink()
    scan = scan_library(root)
    titles = sorted(meta.title for meta in scan.articles)
    assert titles == ["Alpha revised", "Gamma"]
    assert scan == scan_library(root, index=False)


def test_same_size_rewrite_is_seen(tmp_path: Path) -> None:
    root = library(tmp_path)
    scan_library(root)
    path = write(root, "a.yaml", "Alphb", "Outlet A")  # same length as "Alpha"
    bump(path)
    assert "Alphb" in {meta.title for meta in scan_library(root).articles}


def test_problems_are_cached_and_fixed_files_recover(tmp_path: Path) -> None:
    root = library(tmp_path)
    assert len(scan_library(root).problems) == 1
    assert len(scan_library(root).problems) == 1
    bad = write(root, "bad.yaml", "Fixed", "Outlet F")
    bump(bad)
    scan = scan_library(root)
    assert scan.problems == []
    assert "Fixed" in {meta.title for meta in scan.articles}


def test_duplicate_story_and_source_still_reported_from_index(tmp_path: Path) -> None:
    root = library(tmp_path)
    write(root, "a2.yaml", "Alpha again", "Outlet A")
    first = scan_library(root)
    second = scan_library(root)
    assert any("already has an article from 'Outlet A'" in p.message for p in second.problems)
    assert second.problems == first.problems


def test_corrupt_cache_file_is_rebuilt(tmp_path: Path) -> None:
    root = library(tmp_path)
    expected = scan_library(root, index=False)
    target = index_path(root)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(b"\x00garbage, not a database\xff" * 100)
    assert scan_library(root) == expected
    with sqlite3.connect(target) as db:  # rebuilt into a real index
        assert db.execute("SELECT COUNT(*) FROM files").fetchone()[0] == 3
    opened = LibraryIndex.open(root)
    assert opened.persistent
    opened.close()


def test_truncated_cache_file_is_rebuilt(tmp_path: Path) -> None:
    root = library(tmp_path)
    scan_library(root)
    target = index_path(root)
    target.write_bytes(target.read_bytes()[:1500])
    assert scan_library(root) == scan_library(root, index=False)


def test_locked_cache_file_still_scans(tmp_path: Path) -> None:
    root = library(tmp_path)
    expected = scan_library(root)
    holder = sqlite3.connect(index_path(root), isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        assert scan_library(root) == expected
        write(root, "c.yaml", "Gamma", "Outlet C", day=3)
        assert len(scan_library(root).articles) == 3
        fallback = LibraryIndex.open(root)
        assert not fallback.persistent
        fallback.close()
    finally:
        holder.rollback()
        holder.close()
    assert len(scan_library(root).articles) == 3  # and the index works again afterwards


def test_unwritable_cache_dir_still_scans(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = library(tmp_path)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be", encoding="utf-8")
    monkeypatch.setenv("PARALLAX_CACHE_DIR", str(blocker / "cache"))
    assert scan_library(root) == scan_library(root, index=False)


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file permissions")
def test_read_only_cache_file_still_scans(tmp_path: Path) -> None:
    root = library(tmp_path)
    scan_library(root)
    write(root, "c.yaml", "Gamma", "Outlet C", day=3)
    target = index_path(root)
    target.chmod(0o400)
    target.parent.chmod(0o500)
    try:
        assert len(scan_library(root).articles) == 3
    finally:
        target.parent.chmod(0o700)
        target.chmod(0o600)


def test_cache_dir_follows_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("PARALLAX_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_dir() == tmp_path / "xdg" / "parallax"
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert cache_dir() == Path.home() / ".cache" / "parallax"
    name = index_path(tmp_path).name
    assert name.startswith("index-")
    assert name.endswith(".sqlite3")
    assert index_path(tmp_path) != index_path(tmp_path / "other")


def test_progress_snapshots_while_parsing(tmp_path: Path) -> None:
    root = library(tmp_path)
    seen: list[int] = []
    scan_library(
        root, on_progress=lambda part: seen.append(len(part.articles)), progress_interval=0
    )
    assert seen
    assert seen == sorted(seen)
    seen.clear()
    scan_library(
        root, on_progress=lambda part: seen.append(len(part.articles)), progress_interval=0
    )
    assert seen == []  # served from the index: no partial snapshots


def test_cached_scan_matches_the_real_scan_without_reading_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tui.library.loader import cached_scan

    root = tmp_path / "lib"
    for relative in ("z.yaml", "a/b.yaml", "a/c/d.yaml", "b/a.yaml", "a/a.yaml"):
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"title: {relative}\nsource: S {relative}\nbody: text\n", encoding="utf-8")
    (root / "bad.yaml").write_text("title: [\n", encoding="utf-8")
    assert cached_scan(root) is None  # no index yet
    real = scan_library(root)

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("cached_scan must not parse article files")

    monkeypatch.setattr("tui.library.loader.load_article", refuse)
    cached = cached_scan(root)
    assert cached is not None
    assert sorted(cached.articles, key=str) == sorted(real.articles, key=str)
    assert sorted(map(str, cached.problems)) == sorted(map(str, real.problems))


def test_upgrading_the_yaml_parser_rebuilds_the_index(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import yaml

    root = library(tmp_path)
    scan_library(root)
    parsed: list[Path] = []
    real = index_module.LibraryIndex.record

    def spy(self: LibraryIndex, path: Path, *args: object) -> None:
        parsed.append(path)
        real(self, path, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(index_module.LibraryIndex, "record", spy)
    scan_library(root)
    assert parsed == []  # unchanged: served from the index
    monkeypatch.setattr(yaml, "__version__", "99.0")
    scan_library(root)
    assert len(parsed) == 3  # a new parser may judge the files differently: all re-read


def test_home_pointing_nowhere_uses_a_private_temporary_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tempfile

    from tui import paths

    nowhere = tmp_path / "nonexistent"
    (tmp_path / "tmp").mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    paths._private_temp.cache_clear()
    monkeypatch.setenv("HOME", str(nowhere))
    monkeypatch.delenv("PARALLAX_CACHE_DIR")
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    folder = cache_dir()
    assert not folder.is_relative_to(nowhere)
    root = library(tmp_path)
    assert len(scan_library(root).articles) == 2
    assert not nowhere.exists()  # no fake home was created
    assert index_path(root).exists()  # the cache still works, in the temporary folder
    assert folder.is_relative_to(tmp_path / "tmp")
    assert folder.parent.parent.stat().st_mode & 0o077 == 0
    paths._private_temp.cache_clear()
