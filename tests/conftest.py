"""Shared fixtures: temporary libraries and a helper to write article files."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SAMPLE_LIBRARY = REPO / "articles"

WriteFile = Callable[..., Path]


@pytest.fixture(autouse=True)
def _isolated_environment(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Keep tests away from the user's cache and library settings."""
    monkeypatch.setenv("PARALLAX_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    monkeypatch.setenv("PARALLAX_DATA_DIR", str(tmp_path_factory.mktemp("data")))
    monkeypatch.delenv("PARALLAX_LIBRARY", raising=False)
    monkeypatch.delenv("NO_COLOR", raising=False)


@pytest.fixture(autouse=True)
def _fresh_analyses() -> None:
    """Each test starts with an empty in-memory analysis cache (no order dependence)."""
    from tui.analysis.article_analysis import CACHE

    CACHE.clear()


@pytest.fixture
def library(tmp_path: Path) -> Path:
    """An empty library folder."""
    root = tmp_path / "library"
    root.mkdir()
    return root


@pytest.fixture
def write(library: Path) -> WriteFile:
    """Write a file below the library: ``write("story/a.yaml", text)`` (str or bytes)."""

    def _write(relative: str, content: str | bytes) -> Path:
        path = library / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return path

    return _write


def article_yaml(
    title: str = "A headline",
    source: str = "Outlet",
    body: str = "First sentence.\n\nSecond paragraph.",
    **fields: str,
) -> str:
    """A valid article document with the given fields (values are YAML-quoted)."""
    lines = [f"title: {title!r}", f"source: {source!r}"]
    lines += [f"{key}: {value!r}" for key, value in fields.items()]
    lines.append("body: |")
    lines += [f"  {line}" if line else "" for line in body.split("\n")]
    return "\n".join(lines) + "\n"
