"""A long article's opening part is recognised alone first, for quick highlights."""

from __future__ import annotations

from pathlib import Path

from tui.analysis import analyse
from tui.analysis.article_analysis import CACHE, EARLY_PART, opening_mentions
from tui.models import Article

PARAGRAPH = "Anna Berg told Reuters in Oslo on Monday that the plan was ready."


def _article(paragraphs: int) -> Article:
    body = "\n\n".join(PARAGRAPH for _ in range(paragraphs))
    return Article(path=Path("a.yaml"), title="T", source="S", story="s", body=body)


def test_a_long_article_gets_the_mentions_of_its_opening_only() -> None:
    CACHE.clear()
    article = _article(3 * EARLY_PART // len(PARAGRAPH))
    early = opening_mentions(article)
    assert early is not None and early
    assert EARLY_PART <= max(m.end for m in early) < len(article.body) // 2
    full = analyse(article).mentions
    assert [m for m in full if m.end <= EARLY_PART] == [m for m in early if m.end <= EARLY_PART]
    assert opening_mentions(article) is None  # analysed already: nothing to preview


def test_a_short_article_is_analysed_whole() -> None:
    CACHE.clear()
    assert opening_mentions(_article(10)) is None
