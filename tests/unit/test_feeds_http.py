"""The fetcher against a real local server: redirects, errors, limits, gzip, concurrency."""

from __future__ import annotations

import gzip
import threading
import time
from collections.abc import Iterator

import pytest

from tests.feeds_support import FeedServer, Reply, endless
from tui import __version__
from tui.feeds.http import Fetcher, FetchError, Limits, parse_retry_after


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with FeedServer() as running:
        yield running


@pytest.fixture
def fetcher() -> Iterator[Fetcher]:
    client = Fetcher(Limits(connect_timeout=2, read_timeout=2, deadline=1.0, max_bytes=200_000))
    yield client
    client.close()


def test_plain_get_sends_user_agent_and_accept_encoding(
    server: FeedServer, fetcher: Fetcher
) -> None:
    url = server.route("/a", Reply(body=b"hello", headers={"ETag": '"v1"'}))
    response = fetcher.get(url)
    assert (response.status, response.body, response.final_url) == (200, b"hello", url)
    assert response.headers["etag"] == '"v1"'
    (seen,) = server.hits("/a")
    assert seen.headers["user-agent"] == f"Parallax/{__version__} (+terminal news reader)"
    assert "gzip" in seen.headers["accept-encoding"]


def test_redirect_chain_records_final_url(server: FeedServer, fetcher: Fetcher) -> None:
    server.route("/one", Reply(301, headers={"Location": "/two"}))
    server.route("/two", Reply(302, headers={"Location": server.url("/three")}))
    final = server.route("/three", Reply(body=b"done"))
    response = fetcher.get(server.url("/one"))
    assert response.body == b"done"
    assert response.final_url == final
    assert response.redirects == (server.url("/two"), final)


def test_hostile_location_is_quoted_inert(server: FeedServer, fetcher: Fetcher) -> None:
    server.route("/evil", Reply(302, headers={"Location": "/evil\x1b[2J\u202e"}))
    server.route("/evil\x1b[2J\u202e", Reply(302, headers={"Location": "/evil"}))
    with pytest.raises(FetchError) as caught:
        fetcher.get(server.url("/evil"))
    assert "\x1b" not in str(caught.value) and "\u202e" not in str(caught.value)


def test_redirect_loop_and_too_many_redirects_fail(server: FeedServer, fetcher: Fetcher) -> None:
    server.route("/loop-a", Reply(302, headers={"Location": "/loop-b"}))
    server.route("/loop-b", Reply(302, headers={"Location": "/loop-a"}))
    with pytest.raises(FetchError, match="redirect loop"):
        fetcher.get(server.url("/loop-a"))
    for n in range(7):
        server.route(f"/hop{n}", Reply(301, headers={"Location": f"/hop{n + 1}"}))
    server.route("/hop7", Reply(body=b"far"))
    with pytest.raises(FetchError, match="too many redirects"):
        fetcher.get(server.url("/hop0"))


@pytest.mark.parametrize(("status", "words"), [(404, "HTTP 404 Not Found"), (500, "HTTP 500")])
def test_http_errors_are_one_line(
    server: FeedServer, fetcher: Fetcher, status: int, words: str
) -> None:
    url = server.route("/err", Reply(status, b"oops"))
    with pytest.raises(FetchError, match=words) as caught:
        fetcher.get(url)
    assert caught.value.status == status
    assert "\n" not in str(caught.value)


def test_429_and_503_carry_retry_after(server: FeedServer, fetcher: Fetcher) -> None:
    url = server.route("/busy", Reply(429, headers={"Retry-After": "120"}))
    with pytest.raises(FetchError) as caught:
        fetcher.get(url)
    assert caught.value.retry_after == 120
    url = server.route("/down", Reply(503, headers={"Retry-After": "99999999"}))
    with pytest.raises(FetchError) as caught:
        fetcher.get(url)
    assert caught.value.retry_after == 24 * 3600  # capped, not "sleep for ages"


def test_retry_after_as_http_date() -> None:
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412480 - 60) == 60
    assert parse_retry_after("soon") is None
    assert parse_retry_after(None) is None


def test_gzip_body_is_decoded(server: FeedServer, fetcher: Fetcher) -> None:
    raw = b"<rss>" + b"compressed " * 1000 + b"</rss>"
    url = server.route("/gz", Reply(body=gzip.compress(raw), headers={"Content-Encoding": "gzip"}))
    assert fetcher.get(url).body == raw


def test_gzip_bomb_stops_at_the_byte_cap(server: FeedServer, fetcher: Fetcher) -> None:
    bomb = gzip.compress(b"\0" * 5_000_000)
    url = server.route("/bomb", Reply(body=bomb, headers={"Content-Encoding": "gzip"}))
    with pytest.raises(FetchError, match="larger than"):
        fetcher.get(url)


def test_slow_drip_body_stops_at_the_deadline(server: FeedServer, fetcher: Fetcher) -> None:
    url = server.route("/drip", Reply(body=(b"<" for _ in range(1000)), chunk_delay=0.05))
    started = time.monotonic()
    with pytest.raises(FetchError, match="took longer than 1 s"):
        fetcher.get(url)
    assert time.monotonic() - started < 2.5


def test_endless_body_stops_at_the_byte_cap(server: FeedServer, fetcher: Fetcher) -> None:
    url = server.route("/endless", Reply(body=endless()))
    started = time.monotonic()
    with pytest.raises(FetchError, match="larger than 195 KB"):
        fetcher.get(url)
    assert time.monotonic() - started < 2


def test_declared_oversize_fails_before_reading(server: FeedServer, fetcher: Fetcher) -> None:
    url = server.route("/big", Reply(body=b"x" * 300_000))
    with pytest.raises(FetchError, match="larger than"):
        fetcher.get(url)


def test_unanswered_request_times_out(server: FeedServer) -> None:
    url = server.route("/silent", Reply(body=b"late", delay=3))
    client = Fetcher(Limits(connect_timeout=1, read_timeout=0.5, deadline=5))
    started = time.monotonic()
    with pytest.raises(FetchError, match="read timed out"):
        client.get(url)
    assert time.monotonic() - started < 2


def test_connection_refused_is_one_line() -> None:
    with pytest.raises(FetchError, match="cannot connect"):
        Fetcher().get("http://127.0.0.1:9/feed")
    with pytest.raises(FetchError, match="not an http"):
        Fetcher().get("file:///etc/passwd")


def test_at_most_two_requests_per_host_at_once(server: FeedServer) -> None:
    server.route("/slow", Reply(body=b"ok", delay=0.2))
    client = Fetcher(Limits(deadline=5))
    threads = [threading.Thread(target=client.get, args=(server.url("/slow"),)) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(server.hits("/slow")) == 6
    assert max(server.max_in_flight.values()) == 2
