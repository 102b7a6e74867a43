"""OPML import/export: round trip, nested outlines, OPML 1.0, hostile documents."""

from __future__ import annotations

import pytest

from tui.feeds.opml import OpmlError, Subscription, parse_opml, render_opml

OPML1 = b"""<?xml version="1.0"?>
<opml version="1.0"><head><title>mine</title></head><body>
<outline text="News"><outline text="World">
  <outline text="Gazette" type="rss" xmlUrl="http://g.test/feed" htmlUrl="http://g.test/"/>
</outline></outline>
<outline title="Post" type="rss" xmlurl="http://p.test/rss"/>
<outline text="Old style" type="rss" url="http://o.test/rss"/>
<outline text="Just a folder"/>
</body></opml>"""


def test_nested_outlines_and_opml1_attributes() -> None:
    subs = parse_opml(OPML1)
    assert subs == [
        Subscription("http://g.test/feed", "Gazette", "News/World", "http://g.test/"),
        Subscription("http://p.test/rss", "Post"),
        Subscription("http://o.test/rss", "Old style"),
    ]


def test_round_trip() -> None:
    subs = [*parse_opml(OPML1), Subscription("http://x.test/?a=1&b=2", 'Q "&" <A>', "Misc")]
    text = render_opml(subs)
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<opml version="2.0">')
    assert parse_opml(text.encode()) == subs


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            b'<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;">]>'
            b'<opml><body><outline text="&b;" xmlUrl="http://x"/></body></opml>',
            "entity declarations",
        ),
        (b"<opml><body><outline", "not valid XML"),
        (b"<html/>", "not an OPML document"),
    ],
)
def test_hostile_or_broken_opml_is_refused(data: bytes, message: str) -> None:
    with pytest.raises(OpmlError, match=message):
        parse_opml(data, "x.opml")


def test_external_entities_are_not_fetched() -> None:
    data = (
        b'<?xml version="1.0"?><!DOCTYPE opml SYSTEM "http://127.0.0.1:9/dtd">'
        b'<opml><body><outline text="ok" xmlUrl="http://x.test/f"/></body></opml>'
    )
    assert parse_opml(data) == [Subscription("http://x.test/f", "ok")]
