"""Feed parsing (RSS 2.0, RSS 1.0, Atom, encodings, malformed XML) and HTML to text."""

from __future__ import annotations

import pytest

from tests.feeds_support import Item, rss
from tui.feeds.html_text import html_to_text
from tui.feeds.parse import FeedParseError, parse_feed
from tui.feeds.textclean import clean_line, clean_text

RSS1 = b"""<?xml version="1.0" encoding="utf-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
  xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="http://r1.test/"><title>Valley Post</title><link>http://r1.test/</link>
<description>d</description></channel>
<item rdf:about="http://r1.test/a"><title>Bridge reopens</title><link>http://r1.test/a</link>
<description>The bridge reopened.</description><dc:date>2025-02-01T08:00:00Z</dc:date>
<dc:creator>Bo Reporter</dc:creator></item>
</rdf:RDF>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Hill Times</title>
<link href="http://atom.test/"/><id>urn:x</id><updated>2025-01-01T00:00:00Z</updated>
<entry><title type="html">Snow &lt;em&gt;closes&lt;/em&gt; pass</title>
<link rel="alternate" href="/snow"/><id>urn:snow</id>
<updated>2025-01-05T06:00:00Z</updated><author><name>Cy Writer</name></author>
<content type="html">&lt;p&gt;First.&lt;/p&gt;
&lt;ul&gt;&lt;li&gt;one&lt;/li&gt;&lt;li&gt;two&lt;/li&gt;&lt;/ul&gt;</content>
</entry></feed>"""


def test_rss2() -> None:
    body = rss([Item("Pier vote", "http://g.test/pier", "g-1", "<p>Short <b>summary</b>.</p>")])
    feed = parse_feed(body.encode(), "http://g.test/feed")
    assert feed.title == "The Gazette"
    (item,) = feed.items
    assert (item.title, item.link, item.guid) == ("Pier vote", "http://g.test/pier", "g-1")
    assert item.summary == "Short summary."
    assert item.published is not None and item.published.isoformat().startswith("2025-03-04T10")


def test_rss091() -> None:
    body = (
        b'<?xml version="1.0"?><rss version="0.91"><channel><title>Old Wire</title>'
        b"<link>http://w.test/</link><description>d</description><language>en</language>"
        b"<item><title>Dam opens</title><link>http://w.test/dam</link>"
        b"<description>Water &amp;amp; power.</description></item></channel></rss>"
    )
    feed = parse_feed(body, "http://w.test/rss")
    (item,) = feed.items
    assert (feed.title, item.title, item.link, item.guid) == (
        "Old Wire",
        "Dam opens",
        "http://w.test/dam",
        None,
    )
    assert item.summary == "Water & power."


def test_rss1() -> None:
    feed = parse_feed(RSS1, "http://r1.test/rss")
    (item,) = feed.items
    assert (feed.title, item.title, item.author) == ("Valley Post", "Bridge reopens", "Bo Reporter")
    assert item.published is not None and item.published.day == 1


def test_atom_resolves_relative_links_and_converts_html() -> None:
    feed = parse_feed(ATOM, "http://atom.test/feed.atom")
    (item,) = feed.items
    assert item.title == "Snow closes pass"
    assert item.link == "http://atom.test/snow"
    assert item.content == "First.\n\n- one\n- two"


def test_windows_1252_declared() -> None:
    body = rss([Item("Caf\u00e9 \u201cquotes\u201d", "http://g.test/c")], encoding="windows-1252")
    feed = parse_feed(body.encode("cp1252"), "http://g.test/feed")
    assert feed.items[0].title == "Caf\u00e9 \u201cquotes\u201d"


def test_mislabelled_encoding_still_reads() -> None:
    body = rss([Item("Na\u00efve \u2013 r\u00e9sum\u00e9", "http://g.test/n")], encoding="utf-8")
    raw = body.encode("cp1252")  # says UTF-8, is Windows-1252
    feed = parse_feed(raw, "http://g.test/feed", "application/rss+xml; charset=utf-8")
    assert feed.items[0].title == "Na\u00efve \u2013 r\u00e9sum\u00e9"
    assert feed.problem is not None and feed.problem.startswith("encoding:")


def test_malformed_xml_keeps_usable_items() -> None:
    body = rss([Item("One", "http://g.test/1"), Item("Two", "http://g.test/2")])
    broken = body.replace("</channel></rss>", "<item><title>Three & four</title>")
    feed = parse_feed(broken.encode(), "http://g.test/feed")
    assert [item.title for item in feed.items][:2] == ["One", "Two"]
    assert feed.problem is not None and "malformed" in feed.problem


@pytest.mark.parametrize("junk", [b"", b"<html><body>hello</body></html>", b"\x00\xff garbage"])
def test_not_a_feed(junk: bytes) -> None:
    with pytest.raises(FeedParseError, match="not a feed"):
        parse_feed(junk, "http://g.test/feed")


def test_html_to_text_keeps_paragraphs_and_items_and_drops_scripts() -> None:
    html = (
        "<div><p>One <i>two</i></p><script>alert(1)</script>"
        "<ol><li>a</li><li>b</li></ol>x<br>y</div>"
    )
    assert html_to_text(html) == "One two\n\n- a\n- b\n\nx\n\ny"
    assert html_to_text("plain\n\ntext") == "plain\n\ntext"
    assert html_to_text("") == ""


def test_hostile_text_is_made_inert() -> None:
    nasty = (
        "Hi \x1b[31mred\x1b[0m \x1b]8;;http://evil\x07link\x1b]8;;\x07 "
        "\u202eevil\u202c [bold]x[/bold]\x07"
    )
    cleaned = clean_line(nasty)
    assert "\x1b" not in cleaned and "\u202e" not in cleaned and "\x07" not in cleaned
    assert "[bold]x[/bold]" in cleaned
    assert cleaned.startswith("Hi red link evil")
    assert clean_text("a\u00adb\u200bc\r\n\r\n\r\nd") == "abc\n\nd"
