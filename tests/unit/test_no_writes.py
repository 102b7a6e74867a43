"""Nothing Parallax does writes to the library unless the user asks (export), atomically.

A snapshot of every file and folder below the library (names, sizes, modification times
and contents) is taken before and compared after scanning, opening, the command line and a
tour of the app's screens; the metadata index lives in the cache folder, never the library.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import pytest

from tests.conftest import REPO, SAMPLE_LIBRARY
from tests.functional.helpers import wait_until
from tui.analysis.export import write_atomic
from tui.app.application import ParallaxApp
from tui.app.reader.article_view import ArticleView
from tui.app.reader.screen import ReaderScreen
from tui.cli.entry import main
from tui.library.loader import load_article, scan_library

Snapshot = dict[str, tuple[str, int, int, str]]


def snapshot(root: Path) -> Snapshot:
    """Relative path → (kind, size, mtime_ns, sha256) for everything below ``root``."""
    found: Snapshot = {}
    for folder, dirs, files in os.walk(root):
        for name in dirs + files:
            path = Path(folder, name)
            info = path.lstat()
            kind = "dir" if path.is_dir() else "link" if path.is_symlink() else "file"
            digest = (
                hashlib.sha256(path.read_bytes()).hexdigest()
                if kind == "file" and path.is_file()
                else ""
            )
            found[str(path.relative_to(root))] = (kind, info.st_size, info.st_mtime_ns, digest)
    return found


@pytest.fixture
def library(tmp_path: Path) -> Path:
    """The sample library plus the hostile corpus (good and bad files)."""
    root = tmp_path / "library"
    shutil.copytree(SAMPLE_LIBRARY, root)
    shutil.copytree(REPO / "tests" / "data" / "hostile", root / "hostile")
    return root


@pytest.fixture
def elsewhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A working folder outside the library (where exports may land)."""
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    monkeypatch.chdir(cwd)
    return cwd


def test_scanning_and_loading_write_nothing(library: Path) -> None:
    before = snapshot(library)
    for _ in range(2):  # cold, then through the index
        scan = scan_library(library)
        for meta in scan.articles:
            load_article(meta.path)
    assert snapshot(library) == before


def test_command_line_writes_nothing(
    library: Path, elsewhere: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = snapshot(library)
    article = str(library / "putin-ai-china" / "coai.yaml")
    other = str(library / "putin-ai-china" / "dagens.yaml")
    main(["check", "--library", str(library)])
    main(["entities", article])
    main(["entities", "--json", article])
    for form in ([], ["--json"], ["--markdown"]):
        main(["compare", *form, article, other])
        main(["compare", *form, "--library", str(library), "putin-ai-china/coai", "x/y"])
    capsys.readouterr()
    assert snapshot(library) == before
    assert list(elsewhere.iterdir()) == []


async def test_touring_the_app_writes_nothing(library: Path, elsewhere: Path) -> None:
    before = snapshot(library)
    app = ParallaxApp(library)
    async with app.run_test(size=(140, 44)) as pilot:
        await wait_until(
            pilot, lambda: isinstance(app.screen, ReaderScreen) and app.screen.scan is not None
        )
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        for meta in reader.scan.articles:  # type: ignore[union-attr]
            reader.open_article(meta)
            await pilot.pause()
        coai = next(m for m in reader.scan.articles if m.source == "CO/AI")  # type: ignore[union-attr]
        reader.open_article(coai)
        await app.workers.wait_for_complete()
        view = reader.query_one(ArticleView)
        view.body.focus()
        for keys in (
            ["e", "h", "h", "t", "t", "n", "N", "e"],
            ["L", "n", "a", "enter"],
            ["p", "escape"],
            ["question_mark", "escape"],
            ["v", "v", "slash", "p", "u", "t", "escape"],
            ["r"],
        ):
            await pilot.press(*keys)
            await pilot.pause()
        await app.workers.wait_for_complete()
        reader.open_article(coai)
        await pilot.pause()
        await pilot.press("c")
        await wait_until(pilot, lambda: not isinstance(app.screen, ReaderScreen))
        await app.workers.wait_for_complete()
        await pilot.pause()
        for keys in (["n", "p", "u", "x", "tab", "f", "f", "s"], ["enter", "escape"]):
            await pilot.press(*keys)
            await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert app.is_running
    assert snapshot(library) == before
    assert list(elsewhere.iterdir()) == []


async def test_export_goes_outside_the_library_even_from_inside_it(
    library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("tui.app.split.screen")
    monkeypatch.chdir(library)  # the user started parallax inside the library
    before = snapshot(library)
    outside_before = set(library.parent.iterdir())
    app = ParallaxApp(library)
    async with app.run_test(size=(140, 44)) as pilot:
        await wait_until(
            pilot, lambda: isinstance(app.screen, ReaderScreen) and app.screen.scan is not None
        )
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        coai = next(m for m in reader.scan.articles if m.source == "CO/AI")  # type: ignore[union-attr]
        reader.open_article(coai)
        await app.workers.wait_for_complete()
        await pilot.press("c")
        await wait_until(pilot, lambda: getattr(app.screen, "comparison", None) is not None)
        await pilot.press("w")  # write the report: the one write the user asks for
        await wait_until(pilot, lambda: getattr(app.screen, "exported", None) is not None)
        exported = app.screen.exported  # type: ignore[attr-defined]
    assert snapshot(library) == before
    assert exported.parent == library.parent
    assert set(library.parent.iterdir()) - outside_before == {exported}
    assert exported.read_text(encoding="utf-8").strip()


def test_write_atomic_leaves_the_old_file_when_interrupted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "report.md"
    target.write_text("old complete report\n", encoding="utf-8")

    def crash(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OSError, match="No space left"):
        write_atomic(target, "new report " * 10_000)
    assert target.read_text(encoding="utf-8") == "old complete report\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.md"]  # no temp file left


def test_write_atomic_replaces_in_one_step(tmp_path: Path) -> None:
    target = tmp_path / "report.md"
    target.write_text("old\n", encoding="utf-8")
    write_atomic(target, "new\n")
    assert target.read_text(encoding="utf-8") == "new\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.md"]
