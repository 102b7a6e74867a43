"""The story grouping evaluation set: every file loads and is annotated."""

from __future__ import annotations

from pathlib import Path

import yaml

from tui.library import load_article, scan_library

DATA = Path(__file__).resolve().parent.parent / "data" / "stories"


def _gold() -> dict[str, str]:
    raw = yaml.safe_load((DATA / "gold.yaml").read_text(encoding="utf-8"))
    return {str(k): str(v) for k, v in raw["stories"].items()}


def _files() -> list[str]:
    return sorted(p.relative_to(DATA).as_posix() for p in DATA.rglob("*.yaml") if p.parent != DATA)


def test_every_file_loads_and_has_no_story_field() -> None:
    for rel in _files():
        article = load_article(DATA / rel)
        assert article.story == (DATA / rel).parent.name, rel  # default: no story: field
        assert 120 <= article.word_count <= 400, (rel, article.word_count)
        assert "story:" not in (DATA / rel).read_text(encoding="utf-8"), rel


def test_scan_loads_every_file() -> None:
    scan = scan_library(DATA, index=False)
    loaded = {m.path.relative_to(DATA).as_posix() for m in scan.articles}
    assert loaded == set(_files())
    # Besides gold.yaml and README.md (not articles), the only problems are the
    # folder-as-story duplicate warnings: each folder is one outlet, not one story.
    for problem in scan.problems:
        if problem.path.name not in ("gold.yaml", "README.md"):
            assert "already has an article from" in problem.message, str(problem)


def test_every_file_is_in_the_gold_and_nothing_else() -> None:
    gold = _gold()
    assert set(gold) == set(_files())
    stories = set(gold.values())
    assert len(gold) >= 48
    assert len(stories) >= 14
