"""Dedup keys, feed state (validators, backoff), read/starred marks, the article writer."""

from __future__ import annotations

import os
import time
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from tui.feeds.dedup import canonical_url, item_keys, url_key
from tui.feeds.paths import data_dir, feed_state_path
from tui.feeds.readstate import ReadingState, article_key
from tui.feeds.store import BACKOFF_CAP, FeedStore, backoff_delay
from tui.feeds.writer import NewArticle, slugify, write_article
from tui.library.loader import load_article, scan_library


def test_canonical_url_strips_tracking_and_fragments() -> None:
    url = "HTTPS://WWW.Example.com:443/a/b?id=3&utm_source=x&fbclid=y#section"
    assert canonical_url(url) == "https://www.example.com/a/b?id=3"
    assert url_key("http://example.com/a/b?id=3") == url_key(url)


def test_item_keys_cover_guid_link_and_dated_title() -> None:
    when = datetime(2025, 3, 4, 10, tzinfo=UTC)
    keys = item_keys(
        feed_url="http://g.test/feed",
        guid="abc",
        link="http://g.test/x",
        title="A B!",
        published=when,
    )
    assert keys == ["guid:g.test|abc", "url:g.test/x", "title:g.test|a b|2025-03-04"]
    assert (
        item_keys(feed_url="http://g.test/f", guid=None, link=None, title="T", published=None) == []
    )


def test_data_dir_honours_overrides(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("PARALLAX_DATA_DIR")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert data_dir() == tmp_path / "xdg" / "parallax"
    monkeypatch.setenv("PARALLAX_DATA_DIR", str(tmp_path / "mine"))
    assert feed_state_path(tmp_path).parent == tmp_path / "mine"


def test_feed_state_validators_and_backoff(library: Path) -> None:
    store = FeedStore.open(library)
    store.success("http://f", title="F", etag='"e"', last_modified="Mon", final_url=None)
    assert store.feed("http://f").etag == '"e"'
    first = store.failure("http://f", "HTTP 500")
    assert first.failures == 1 and not first.waiting()  # the first failure retries next time
    second = store.failure("http://f", "HTTP 500")
    assert second.waiting() and second.last_error == "HTTP 500"
    assert second.etag == '"e"'  # validators survive failures
    told = store.failure("http://f", "HTTP 429", retry_after=7200)
    assert told.retry_at is not None and told.retry_at - time.time() > 7000
    store.close()
    reopened = FeedStore.open(library)
    assert reopened.feed("http://f").failures == 3
    reopened.success("http://f", title=None, etag=None, last_modified=None, final_url=None)
    assert reopened.feed("http://f").failures == 0 and reopened.feed("http://f").title == "F"
    assert backoff_delay(100) == BACKOFF_CAP
    reopened.close()


def test_reading_state_marks_and_toggles(tmp_path: Path) -> None:
    key = article_key(tmp_path / "a.yaml", "https://www.x.test/a?utm_medium=rss#top")
    assert key == article_key(tmp_path / "elsewhere.yaml", "http://x.test/a")
    plain = article_key(tmp_path / "b.yaml")
    assert plain.startswith("file:")
    with ReadingState() as state:
        assert not state.get(key).read
        marked = state.mark_read(key)
        assert marked.read and marked.read_at is not None and marked.read_at <= time.time()
        assert state.mark_read(key).read_at == marked.read_at  # first read time kept
        assert not state.toggle_read(key).read
        assert state.toggle_starred(plain).starred
    with ReadingState() as again:  # persisted in the data folder
        found = again.states([key, plain, "url:never"])
        assert (found[key].read, found[plain].starred, found["url:never"].starred) == (
            False,
            True,
            False,
        )
        assert not again.toggle_starred(plain).starred


def test_writer_never_overwrites_and_every_file_loads(library: Path) -> None:
    article = NewArticle(
        title="Pier vote: \u201cyes\u201d",
        source="The Gazette",
        body="One.\n\n- a\n- b",
        url="http://g.test/p",
        published=date(2025, 3, 4),
    )
    first = write_article(library, article)
    second = write_article(library, article)
    assert first == library / "the-gazette" / "2025-03-04-pier-vote-yes.yaml"
    assert second.name == "2025-03-04-pier-vote-yes-2.yaml"
    loaded = load_article(first)
    assert (loaded.title, loaded.body, loaded.url) == (
        article.title,
        "One.\n\n- a\n- b\n",
        article.url,
    )
    # No story given: no ``story:`` written, so the article is grouped automatically.
    assert loaded.story is None and "story:" not in first.read_text(encoding="utf-8")
    chosen = write_article(library, NewArticle(title="Quay", source="Post", body="B", story="quay"))
    assert load_article(chosen).story == "quay"
    scan = scan_library(library)
    assert scan.problems == [] and len(scan.articles) == 3
    assert slugify("") == "article" and slugify("Ünïcödé  ½") == "unicode-12"
    assert slugify("新华社 报道: 新闻") == "新华社-报道-新闻"
    assert slugify("Привет, мир") == "привет-мир"
    odd = NewArticle(title="../../etc/passwd", source="../..", body="B", published=date(2025, 1, 1))
    path = write_article(library, odd)
    assert path == library / "outlet" / "2025-01-01-etc-passwd.yaml"


def test_interrupted_write_leaves_nothing(library: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(*_args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "link", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_article(library, NewArticle(title="T", source="S", body="B"))
    assert [p.name for p in library.rglob("*") if p.is_file()] == []


def test_writer_falls_back_when_links_are_unsupported(
    library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def unsupported(*_args: object) -> None:
        raise OSError(95, "Operation not supported")

    monkeypatch.setattr(os, "link", unsupported)
    article = NewArticle(title="T", source="S", body="B", published=date(2025, 1, 1))
    paths = {write_article(library, article) for _ in range(3)}
    assert len(paths) == 3
    assert all(load_article(path).body == "B\n" for path in paths)
