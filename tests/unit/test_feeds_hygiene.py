"""tui.feeds is pure logic (no Textual), and the command line does not load it eagerly."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import REPO

FEED_MODULES = [
    "tui.feeds.refresh",
    "tui.feeds.readstate",
    "tui.feeds.cli",
    "tui.feeds.discover",
    "tui.feeds.pages",
]


def _loaded_after(statement: str, prefixes: tuple[str, ...]) -> list[str]:
    code = (
        f"import sys; {statement}; "
        f"print(' '.join(sorted(m for m in sys.modules if m.split('.')[0] in {prefixes!r})))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True
    )
    return result.stdout.split()


@pytest.mark.parametrize("module", FEED_MODULES)
def test_feed_modules_do_not_import_textual(module: str) -> None:
    assert _loaded_after(f"import {module}", ("textual",)) == []


def test_parallax_cli_does_not_load_network_or_extraction_libraries() -> None:
    loaded = _loaded_after(
        "import tui.cli.entry; tui.cli.entry.build_parser()",
        ("feedparser", "trafilatura", "urllib3", "lxml", "sqlite3"),
    )
    assert loaded == []
