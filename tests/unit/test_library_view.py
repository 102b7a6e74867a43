"""Sidebar grouping and filtering logic (pure, no Textual)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tui.library.catalog import ArticleCatalog, group_articles
from tui.models import ArticleMeta


def _meta(title: str, source: str, story: str, day: int | None = None) -> ArticleMeta:
    published = date(2025, 1, day) if day else None
    return ArticleMeta(Path(f"/lib/{story}/{source}.yaml"), title, source, story, published)


ARTICLES = [
    _meta("Quake hits coast", "Wire", "quake", 2),
    _meta("Aftershocks follow quake", "Wire", "aftershocks", 3),
    _meta("Coastal towns count the cost", "daily planet", "quake", 1),
    _meta("Budget vote delayed", "Courier", "budget"),
]


def test_groups_by_source_case_insensitively_newest_first() -> None:
    groups = group_articles(ARTICLES, "source")
    assert [group.name for group in groups] == ["Courier", "daily planet", "Wire"]
    wire = groups[2]
    assert [meta.title for meta in wire.articles] == [
        "Aftershocks follow quake",
        "Quake hits coast",
    ]


def test_groups_by_story() -> None:
    groups = group_articles(ARTICLES, "story")
    assert [(group.name, len(group.articles)) for group in groups] == [
        ("aftershocks", 1),
        ("budget", 1),
        ("quake", 2),
    ]


def test_filter_needs_every_word_in_title_outlet_story_or_author() -> None:
    catalog = ArticleCatalog(ARTICLES)
    assert {meta.title for meta in catalog.visible("quake")} == {
        "Quake hits coast",
        "Aftershocks follow quake",
        "Coastal towns count the cost",  # its story is "quake"
    }
    assert [meta.title for meta in catalog.visible("QUAKE wire coast")] == ["Quake hits coast"]
    assert catalog.visible("nothing-like-this") == []
    assert len(catalog.visible("   ")) == len(ARTICLES)


def test_narrowing_and_widening_queries_agree_with_a_fresh_search() -> None:
    catalog = ArticleCatalog(ARTICLES)
    typed = ["c", "co", "coa", "coas", "coa", "co", "c", ""]
    for query in typed:
        fresh = ArticleCatalog(ARTICLES).visible(query)
        assert catalog.visible(query) == fresh, query


def test_groups_follow_the_filter() -> None:
    catalog = ArticleCatalog(ARTICLES)
    groups = catalog.groups("quake", "source")
    assert [group.name for group in groups] == ["daily planet", "Wire"]
    assert catalog.groups("", "story") == group_articles(ARTICLES, "story")
