"""Unit tests of the logic behind the reader's feed keys: URLs, summary, marks, errors."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from tui.app.dialogs.feed_errors import failing, feed_error_text, next_try
from tui.app.feeds.reading import (
    ReadingMarks,
    filter_groups,
    group_label,
    next_show,
    read_marks,
)
from tui.feeds.opml import Subscription
from tui.feeds.readstate import ReadingState
from tui.feeds.refresh import FeedResult, RefreshReport
from tui.feeds.store import FeedState
from tui.feeds.summary import refresh_summary
from tui.feeds.weblinks import web_url
from tui.library.catalog import group_articles
from tui.models import ArticleMeta


@pytest.mark.parametrize(
    "url",
    ["https://example.test/a?b=1#c", "http://127.0.0.1:8080/x", "  https://news.test/  "],
)
def test_web_url_accepts_http_and_https(url: str) -> None:
    assert web_url(url) == url.strip()


@pytest.mark.parametrize(
    "url",
    [
        None,
        "",
        "javascript:alert(1)",
        "file:///etc/passwd",
        "data:text/html,<b>x</b>",
        "ftp://example.test/file",
        "https://",
        "https://exa mple.test/",
        "https://example.test/\x1b]8;;evil\x07",
        "https://example.test/\u202eexe.txt",
        "https://example.test/" + "a" * 5000,
        "//example.test/no-scheme",
    ],
)
def test_web_url_refuses_everything_else(url: str | None) -> None:
    assert web_url(url) is None


def _result(title: str, status: str, new: int = 0, error: str | None = None) -> FeedResult:
    paths = tuple(Path(f"/lib/{title}-{n}.yaml") for n in range(new))
    return FeedResult(f"http://x.test/{title}", title, status, new, error, paths)  # type: ignore[arg-type]


def test_summary_counts_new_articles_unchanged_and_failed_feeds() -> None:
    report = RefreshReport(
        [
            _result("A", "ok", 3),
            _result("B", "ok", 1),
            _result("C", "not-modified"),
            _result("D", "ok", 0),
            _result("E", "failed", error="HTTP 500 from http://x.test/E"),
        ]
    )
    lines = refresh_summary(report).split("\n")
    assert lines[0] == "4 new articles from 2 feeds; 1 unchanged"
    assert lines[1] == "1 feed failed: E (HTTP 500 from http://x.test/E)"
    assert lines[2] == "Press F for the list of feed errors."


def test_summary_names_three_failures_and_counts_the_rest_inertly() -> None:
    failed = [_result(f"[b]F{n}\x1b[31m", "failed", error="timed out") for n in range(5)]
    text = refresh_summary(RefreshReport(failed), cancelled=True)
    assert text.startswith("0 new articles (stopped early)\n5 feeds failed: ")
    assert text.count("timed out") == 3 and "and 2 more" in text
    assert "\x1b" not in text


def _meta(tmp_path: Path, name: str, source: str, url: str | None = None) -> ArticleMeta:
    return ArticleMeta(tmp_path / f"{name}.yaml", name.title(), source, "story", url=url)


def test_reading_marks_filter_and_count(tmp_path: Path) -> None:
    metas = [
        _meta(tmp_path, "a", "Gazette", "https://g.test/a"),
        _meta(tmp_path, "b", "Gazette"),
        _meta(tmp_path, "c", "Herald", "https://h.test/c"),
    ]
    marks = ReadingMarks(ReadingState(tmp_path / "marks.sqlite3"))
    assert marks.cached(metas[0]) is None and marks.unread(metas) == 0  # not read yet
    assert marks.missing(metas) == metas
    marks.load(metas)
    assert marks.missing(metas) == [] and marks.unread(metas) == 3
    marks.mark_read(metas[0].path, metas[0].url)
    marks.toggle_starred(metas[2].path, metas[2].url)
    groups = group_articles(metas, "source")
    unread = filter_groups(groups, marks, "unread")
    assert [(g.name, [m.title for m in g.articles]) for g in unread] == [
        ("Gazette", ["B"]),
        ("Herald", ["C"]),
    ]
    starred = filter_groups(groups, marks, "starred")
    assert [(g.name, [m.title for m in g.articles]) for g in starred] == [("Herald", ["C"])]
    assert filter_groups(groups, marks, "all") == groups
    assert str(group_label("Gazette", groups[0].articles, marks)) == "Gazette  2 · 1 unread"
    marks.toggle_read(metas[1].path, None)
    assert str(group_label("Gazette", groups[0].articles, marks)) == "Gazette  2"
    # A fresh cache over the same database sees the same marks, read from another thread.
    again = ReadingMarks(ReadingState(tmp_path / "marks.sqlite3"))
    with ThreadPoolExecutor(1) as pool:
        keys, found = pool.submit(read_marks, metas, None).result()
    # read_marks(…, None) opens the default database (the test's data folder): all unmarked.
    assert len(found) == 3 and not any(m.read or m.starred for m in found.values())
    again.absorb(*read_marks(metas, ReadingState(tmp_path / "marks.sqlite3")))
    assert [again.cached(m).read for m in metas] == [True, True, False]  # type: ignore[union-attr]
    assert [again.marks(m).starred for m in metas] == [False, False, True]
    assert set(keys.values()) == {again.key(m.path, m.url) for m in metas}


def test_show_cycle() -> None:
    assert [next_show("all"), next_show("unread"), next_show("starred")] == [
        "unread",
        "starred",
        "all",
    ]


def test_failing_feeds_sorted_and_described() -> None:
    now = 1_000_000.0
    status = [
        (Subscription("http://ok.test/"), FeedState("http://ok.test/", last_success=now)),
        (
            Subscription("http://a.test/", name="Alpha"),
            FeedState("http://a.test/", last_error="HTTP 404", failures=1),
        ),
        (
            Subscription("http://b.test/"),
            FeedState(
                "http://b.test/", "Beta", last_error="timed out", failures=4, retry_at=now + 1800
            ),
        ),
    ]
    rows = failing(status)
    assert [name for name, _state in rows] == ["Beta", "Alpha"]
    assert next_try(rows[0][1], now).endswith("(in 30 min)")
    assert next_try(rows[1][1], now) == "next refresh"
    text = str(feed_error_text(*rows[0], now)).split("\n")
    assert text[:3] == ["Beta", "http://b.test/", "failed 4 times in a row: timed out"]
