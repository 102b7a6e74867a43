"""A real HTTP server on 127.0.0.1 for the feed tests, and invented feeds and pages.

Every text here is invented for the tests. ``FeedServer`` serves routes the tests set
(bytes, a streamed body with delays, or a function of the request) and records each
request's path and headers.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from xml.sax.saxutils import escape


@dataclass
class Reply:
    """One answer: status, headers, body (bytes, or chunks streamed with a delay)."""

    status: int = 200
    body: bytes | Iterable[bytes] = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    chunk_delay: float = 0.0


@dataclass(frozen=True)
class Seen:
    """One request the server received."""

    path: str
    headers: dict[str, str]


Route = Reply | Callable[[Seen], Reply]


class FeedServer:
    """``with FeedServer() as server: server.route("/feed", Reply(...))``."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[Seen] = []
        self.in_flight = 0
        self.max_in_flight: dict[str, int] = {}
        self._lock = threading.Lock()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._httpd.daemon_threads = True
        self._httpd.block_on_close = False
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    @property
    def base(self) -> str:
        """``http://127.0.0.1:PORT``."""
        return f"http://127.0.0.1:{self._httpd.server_address[1]}"

    def url(self, path: str) -> str:
        """The absolute URL of ``path``."""
        return self.base + path

    def route(self, path: str, reply: Route) -> str:
        """Serve ``reply`` at ``path``; return its URL."""
        self.routes[path] = reply
        return self.url(path)

    def hits(self, path: str) -> list[Seen]:
        """The requests made for ``path``."""
        return [seen for seen in self.requests if seen.path == path]

    def __enter__(self) -> FeedServer:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *_args: Any) -> None:
                pass

            def do_GET(self) -> None:
                seen = Seen(self.path, {k.lower(): v for k, v in self.headers.items()})
                host = seen.headers.get("host", "")
                with server._lock:
                    server.requests.append(seen)
                    server.in_flight += 1
                    server.max_in_flight[host] = max(
                        server.max_in_flight.get(host, 0), server.in_flight
                    )
                try:
                    self._answer(seen)
                except (BrokenPipeError, ConnectionResetError, ConnectionAbortedError):
                    pass
                finally:
                    with server._lock:
                        server.in_flight -= 1

            def _answer(self, seen: Seen) -> None:
                route = server.routes.get(seen.path) or server.routes.get(seen.path.split("?")[0])
                if route is None:
                    reply = Reply(404, b"not found")
                else:
                    reply = route(seen) if callable(route) else route
                if reply.delay:
                    time.sleep(reply.delay)
                self.send_response(reply.status)
                streamed = not isinstance(reply.body, bytes)
                for key, value in reply.headers.items():
                    self.send_header(key, value)
                if not streamed and "Content-Length" not in reply.headers:
                    assert isinstance(reply.body, bytes)
                    self.send_header("Content-Length", str(len(reply.body)))
                self.end_headers()
                chunks = [reply.body] if isinstance(reply.body, bytes) else reply.body
                for chunk in chunks:
                    self.wfile.write(chunk)
                    self.wfile.flush()
                    if reply.chunk_delay:
                        time.sleep(reply.chunk_delay)

        return Handler


def endless(chunk: bytes = b"x" * 4096) -> Iterator[bytes]:
    """A body that never ends."""
    while True:
        yield chunk


# --- invented content ------------------------------------------------------------------

SENTENCES = [
    "The harbour council voted on Tuesday to rebuild the old wooden pier after four years.",
    "Councillors approved the plan by seven votes to two after a long evening session.",
    "Residents queued to speak for and against the cost of the project at the town hall.",
    "The mayor said the new structure would last for at least sixty years.",
    "Fishing families will moor their boats at the north quay while the work goes on.",
    "An engineer told the meeting that the old timber had rotted below the waterline.",
]


def paragraphs(topic: str, count: int = 4) -> list[str]:
    """``count`` invented paragraphs, each naming ``topic``."""
    return [
        f"{topic} paragraph {n}: " + " ".join(SENTENCES[(n + i) % len(SENTENCES)] for i in range(3))
        for n in range(1, count + 1)
    ]


def article_page(title: str, paras: list[str], site: str = "The Gazette") -> bytes:
    """An article page wrapped in boilerplate: navigation, cookie banner, related links."""
    body = "\n".join(f"<p>{escape(p)}</p>" for p in paras)
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{escape(title)} | {site}</title>
<meta property="og:site_name" content="{site}"><meta name="author" content="Ann Writer">
<meta property="article:published_time" content="2025-03-04T10:00:00Z"></head>
<body><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World news menu</a></li>
<li><a href="/sport">Sport menu</a></li></ul></nav>
<div id="cookie-banner" class="cookie-consent">We use cookies to improve your experience.
Accept all cookies or manage your cookie preferences.</div>
<main><article><h1>{escape(title)}</h1>{body}</article></main>
<aside class="related"><h3>Related stories</h3><ul>
<li><a href="/r1">Ten best beaches to visit this summer</a></li>
<li><a href="/r2">Why the gulls are getting bolder every year</a></li></ul></aside>
<footer>Copyright {site}. All rights reserved. Terms and privacy policy.</footer>
</body></html>""".encode()


@dataclass
class Item:
    """One invented feed item."""

    title: str
    link: str | None = None
    guid: str | None = None
    summary: str = "A short summary."
    content: str | None = None
    date: str = "Tue, 04 Mar 2025 10:00:00 GMT"


def rss(items: Iterable[Item], title: str = "The Gazette", encoding: str = "utf-8") -> str:
    """An RSS 2.0 document."""
    parts = [
        f'<?xml version="1.0" encoding="{encoding}"?>',
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">',
        f"<channel><title>{escape(title)}</title><link>http://gazette.test/</link>",
    ]
    for item in items:
        parts.append(f"<item><title>{escape(item.title)}</title>")
        if item.link:
            parts.append(f"<link>{escape(item.link)}</link>")
        if item.guid:
            parts.append(f'<guid isPermaLink="false">{escape(item.guid)}</guid>')
        parts.append(f"<description>{escape(item.summary)}</description>")
        if item.content:
            parts.append(f"<content:encoded><![CDATA[{item.content}]]></content:encoded>")
        parts.append(f"<pubDate>{item.date}</pubDate></item>")
    parts.append("</channel></rss>")
    return "\n".join(parts)
