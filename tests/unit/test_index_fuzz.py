"""A damaged index file never crashes a scan, ``parallax check`` or the app's start.

Seeded, so a failing flip reproduces: each case flips one byte of a valid index file and
asserts the scan still gives the same result as a scan without the index.
"""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest
from rich.console import Console

from tui.cli.entry import run_check
from tui.library import index as index_module
from tui.library.index import index_path
from tui.library.loader import cached_scan, scan_library

FLIPS = 400
SEED = 11


def _library(root: Path) -> Path:
    for story, source, day in (("one", "Alpha", 1), ("one", "Beta", 2), ("two", "Gamma", 3)):
        path = root / story / f"{source.lower()}.yaml"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(
            f"title: {source} reports\nsource: {source}\nstory: {story}\n"
            f"published: 2024-05-0{day}\nauthor: A. Writer\nbody: |-\n  Words from {source}.\n",
            encoding="utf-8",
        )
    (root / "two" / "bad.yaml").write_text("title: [unclosed\n", encoding="utf-8")
    return root


@pytest.fixture(autouse=True)
def _trust_rows(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(index_module, "RACY_NS", -(10**18))


def _key(scan: object) -> tuple[list[str], list[str]]:
    return (
        sorted(map(repr, scan.articles)),  # type: ignore[attr-defined]
        sorted(map(str, scan.problems)),  # type: ignore[attr-defined]
    )


def test_single_byte_flips_never_crash_scan_or_check(tmp_path: Path) -> None:
    root = _library(tmp_path / "lib")
    expected = _key(scan_library(root, index=False))
    scan_library(root)
    target = index_path(root)
    pristine = target.read_bytes()
    rng = random.Random(SEED)
    quiet = Console(file=open(tmp_path / "out.txt", "w"), highlight=False)  # noqa: SIM115
    failures: list[str] = []
    for flip in range(FLIPS):
        damaged = bytearray(pristine)
        offset = rng.randrange(len(damaged))
        damaged[offset] = (damaged[offset] + rng.randrange(1, 256)) % 256
        target.write_bytes(bytes(damaged))
        try:
            cached_scan(root)  # what the app paints first
            if _key(scan_library(root)) != expected:
                failures.append(f"flip {flip} at {offset}: wrong result")
            target.write_bytes(bytes(damaged))
            assert run_check(root, quiet) == 1  # bad.yaml is a real problem
        except Exception as error:
            failures.append(f"flip {flip} at {offset}: {type(error).__name__}: {error}")
    quiet.file.close()
    assert failures == [], "\n".join(failures)


def _null_source(root: Path) -> None:
    with sqlite3.connect(index_path(root)) as db:
        db.execute("UPDATE files SET source = NULL WHERE problem IS NULL")
        db.execute("UPDATE files SET words = 'many', title = 7 WHERE path LIKE '%gamma%'")


def test_rows_with_null_or_mistyped_fields_are_re_read(tmp_path: Path) -> None:
    root = _library(tmp_path / "lib")
    expected = _key(scan_library(root, index=False))
    scan_library(root)
    _null_source(root)
    cached = cached_scan(root)
    assert cached is None or all(isinstance(meta.source, str) for meta in cached.articles)
    assert _key(scan_library(root)) == expected


async def test_app_starts_on_a_damaged_index(tmp_path: Path) -> None:
    from tui.app.application import ParallaxApp
    from tui.app.reader.sidebar import Sidebar

    root = _library(tmp_path / "lib")
    scan_library(root)
    _null_source(root)
    app = ParallaxApp(root)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.screen.query_one(Sidebar) is not None
    assert app.return_code in (0, None)
