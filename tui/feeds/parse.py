"""Parse fetched feed bytes with feedparser into plain items (RSS 0.9x/1.0/2.0, Atom).

feedparser never touches the network here: it is given the bytes and the response's
Content-Type. A malformed ("bozo") feed is kept when it still yields items.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import feedparser

from tui.feeds.html_text import html_to_text, plain_text
from tui.feeds.textclean import clean_line


class FeedParseError(Exception):
    """Bytes that hold no usable feed; ``str()`` is one line."""


@dataclass(frozen=True, slots=True)
class FeedItem:
    """One entry, text already made plain and safe."""

    title: str
    link: str | None
    guid: str | None
    author: str | None
    published: datetime | None
    summary: str
    content: str


@dataclass(frozen=True, slots=True)
class ParsedFeed:
    """A feed's title, site link and items; ``problem`` notes a malformed but usable feed."""

    title: str
    link: str | None
    items: list[FeedItem]
    problem: str | None = None


def _when(entry: Any) -> datetime | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            try:
                return datetime.fromtimestamp(calendar.timegm(value), UTC)
            except (OverflowError, ValueError, OSError, TypeError):
                continue
    return None


def _detail_text(detail: Any) -> str:
    if not detail:
        return ""
    value = detail.get("value", "") or ""
    kind = (detail.get("type") or "").lower()
    return plain_text(value) if kind == "text/plain" else html_to_text(value)


def _item(entry: Any) -> FeedItem | None:
    link = (entry.get("link") or "").strip() or None
    guid = (entry.get("id") or "").strip() or None
    contents = [_detail_text(c) for c in entry.get("content") or []]
    content = max(contents, key=len, default="")
    summary = _detail_text(entry.get("summary_detail")) or html_to_text(entry.get("summary", ""))
    title = clean_line(_detail_text(entry.get("title_detail")) or entry.get("title") or "")
    if not title:
        title = clean_line((content or summary)[:80])
    if not (title or link):
        return None
    author = clean_line(entry.get("author") or "") or None
    return FeedItem(title, link, guid, author, _when(entry), summary, content)


def parse_feed(body: bytes, url: str, content_type: str | None = None) -> ParsedFeed:
    """Parse ``body`` (fetched from ``url``); raise :class:`FeedParseError` when unusable."""
    headers = {"content-location": url}
    if content_type:
        headers["content-type"] = content_type
    try:
        parsed = feedparser.parse(
            body, response_headers=headers, sanitize_html=False, resolve_relative_uris=False
        )
    except Exception as error:  # feedparser wraps many parsers; never let one escape
        raise FeedParseError(f"cannot parse the feed: {type(error).__name__}") from None
    items = [item for item in map(_item, parsed.entries) if item is not None]
    feed = parsed.feed
    title = clean_line(feed.get("title") or "")
    problem = None
    if parsed.bozo:
        fault = parsed.get("bozo_exception")
        reason = clean_line(str(fault or ""))[:160] or "malformed"
        if not items and not title and not parsed.get("version"):
            raise FeedParseError(f"not a feed ({reason})")
        if isinstance(fault, feedparser.CharacterEncodingOverride):
            problem = f"encoding: {reason}"
        elif not isinstance(fault, feedparser.NonXMLContentType):
            problem = f"malformed feed, used what could be read ({reason})"
    elif not parsed.get("version") and not items:
        raise FeedParseError("not a feed (no RSS or Atom found)")
    return ParsedFeed(title, (feed.get("link") or "").strip() or None, items, problem)
