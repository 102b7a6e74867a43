"""The recogniser's place tables cached on disk: same tables, bad files ignored and rebuilt."""

from __future__ import annotations

from pathlib import Path

import pytest

import tui.nlp.entities.lexicon.gazetteer as gz


@pytest.fixture
def fresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("PARALLAX_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(gz, "_places", None)
    monkeypatch.setattr(gz, "_minor", frozenset())
    return tmp_path


def _reload() -> tuple[dict[str, tuple[str, str]], frozenset[str]]:
    gz._places = None
    return gz.places(), gz.minor_places()


def test_cached_tables_equal_a_fresh_build(fresh: Path) -> None:
    built, complete = gz._build_tables()
    minor = gz._minor
    assert complete
    first = _reload()  # builds and writes the cache
    assert [p.name.startswith("gazetteer-") for p in fresh.iterdir()] == [True]
    second = _reload()  # reads it back
    assert first == second == (built, minor)
    assert list(second[0]) == list(built)


@pytest.mark.parametrize(
    "content",
    [b"", b"\x00\xff garbage", b"[]", b'{"format": 1, "table": {"X": ["GPE", 3]}, "minor": []}'],
)
def test_a_bad_cache_file_is_ignored_and_rebuilt(fresh: Path, content: bytes) -> None:
    good = _reload()
    (path,) = fresh.iterdir()
    path.write_bytes(content)
    assert _reload() == good
    assert _reload() == good  # rewritten


def test_an_unwritable_cache_folder_still_builds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("PARALLAX_CACHE_DIR", str(blocker / "cache"))
    monkeypatch.setattr(gz, "_places", None)
    monkeypatch.setattr(gz, "_minor", frozenset())
    assert "Paris" in gz.places()


def test_cache_module_round_trip(tmp_path: Path) -> None:
    from tui.nlp.entities.lexicon import cache as gc

    path = tmp_path / "sub" / "t.json"
    table = {"Paris": ("GPE", "paris"), "Alps": ("LOC", "alps")}
    gc.write_cache(path, table, frozenset({"Houma"}))
    assert gc.read_cache(path) == (table, frozenset({"Houma"}))
    assert gc.read_cache(tmp_path / "missing.json") is None
    assert gc.cache_path(Path(gz.__file__)) != gc.cache_path(path)  # keyed by the source
