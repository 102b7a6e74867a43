"""The analysis of one article: what it holds, its cache (bounded, thread-safe, by content)."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from tui.analysis import analyse, analyse_text
from tui.analysis.article_analysis import Analysis, AnalysisCache, content_key
from tui.models import Article, EntityOverride

BODY = "Mayor Anna Berg opened the bridge in Oslo on Monday.\n\nIt cost $5 million."


def test_analysis_holds_blocks_claims_mentions_and_one_feature_set_per_claim() -> None:
    analysis = analyse_text(BODY)
    assert len(analysis.blocks) == 2
    assert [c.text for c in analysis.claims][-1] == "It cost $5 million."
    assert {m.key for m in analysis.mentions} >= {"PERSON:anna berg", "GPE:oslo"}
    assert len(analysis.features) == len(analysis.claims)
    assert all(BODY[m.start : m.end] == m.text for m in analysis.mentions)


def test_key_covers_body_and_overrides_but_not_the_path() -> None:
    override = (EntityOverride("Berg Bridge", "WORK"),)
    assert content_key(BODY) != content_key(BODY + " ")
    assert content_key(BODY) != content_key(BODY, override)
    a = Article(Path("a.yaml"), "T", "A", BODY, "s")
    b = Article(Path("elsewhere/b.yaml"), "Other", "B", BODY, "s")
    assert analyse(a) is analyse(b)
    c = Article(Path("c.yaml"), "T", "C", BODY, "s", entities=override)
    assert analyse(c) is not analyse(a)


def _dummy(key: str) -> Analysis:
    return Analysis(key, "", (), (), (), ())


def test_cache_drops_the_least_recently_used() -> None:
    cache = AnalysisCache(size=2)
    first = cache.get("a", lambda: _dummy("a"))
    cache.get("b", lambda: _dummy("b"))
    assert cache.get("a", lambda: _dummy("x")) is first  # "a" is now the most recent
    cache.get("c", lambda: _dummy("c"))
    assert len(cache) == 2
    assert cache.get("a", lambda: _dummy("x")) is first
    assert cache.get("b", lambda: _dummy("new")).key == "new"  # "b" was dropped


def test_threads_asking_at_once_compute_once() -> None:
    cache = AnalysisCache()
    calls: list[int] = []

    def slow() -> Analysis:
        calls.append(1)
        time.sleep(0.05)
        return _dummy("k")

    results: list[Analysis] = []
    threads = [
        threading.Thread(target=lambda: results.append(cache.get("k", slow))) for _ in range(4)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(calls) == 1 and len({id(r) for r in results}) == 1


def test_a_failed_computation_is_not_cached() -> None:
    cache = AnalysisCache()

    def broken() -> Analysis:
        raise ValueError("boom")

    with pytest.raises(ValueError, match="boom"):
        cache.get("k", broken)
    assert cache.get("k", lambda: _dummy("ok")).key == "ok"
