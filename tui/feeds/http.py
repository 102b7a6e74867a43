"""A careful HTTP GET: timeouts, a wall-clock deadline, a byte cap, own redirects.

One :class:`Fetcher` is shared by every thread of a refresh. It allows at most
``Limits.per_host`` requests at once to one host (a semaphore per host); the caller's
thread pool sets the global limit. Bodies are streamed and decoded (gzip/deflate) chunk
by chunk, so a slow-drip or endless body stops at the deadline or the byte cap instead of
hanging or filling memory. No Textual imports.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from http import HTTPStatus
from urllib.parse import urljoin, urlsplit

import urllib3
from urllib3.exceptions import (
    ConnectTimeoutError,
    HTTPError,
    NewConnectionError,
    ReadTimeoutError,
    SSLError,
)

from tui import __version__
from tui.feeds.textclean import clean_line

USER_AGENT = f"Parallax/{__version__} (+terminal news reader)"
REDIRECTS = frozenset({301, 302, 303, 307, 308})
MAX_RETRY_AFTER = 24 * 3600.0
FEED_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/rdf+xml, "
    "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"
)


@dataclass(frozen=True, slots=True)
class Limits:
    """Per-request limits (seconds and bytes)."""

    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    deadline: float = 60.0
    max_bytes: int = 10 * 1024 * 1024
    max_redirects: int = 5
    per_host: int = 2


@dataclass(frozen=True, slots=True)
class Response:
    """A final (non-redirect) answer: 200-class or 304."""

    url: str
    final_url: str
    status: int
    headers: Mapping[str, str]
    body: bytes = b""
    redirects: tuple[str, ...] = field(default=())


class FetchError(Exception):
    """A request that gave no usable answer; ``str()`` is one line."""

    def __init__(
        self, message: str, *, status: int | None = None, retry_after: float | None = None
    ) -> None:
        super().__init__(clean_line(message))  # may quote a server's Location header
        self.status = status
        self.retry_after = retry_after


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` value (seconds or an HTTP date), capped."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return min(float(value), MAX_RETRY_AFTER)
    try:
        when = parsedate_to_datetime(value).timestamp()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    wait = when - (time.time() if now is None else now)
    return min(max(wait, 0.0), MAX_RETRY_AFTER)


def _status_text(status: int) -> str:
    try:
        return f"HTTP {status} {HTTPStatus(status).phrase}"
    except ValueError:
        return f"HTTP {status}"


def _size(count: int) -> str:
    return f"{count / 1_048_576:.1f} MB" if count >= 1_048_576 else f"{count // 1024} KB"


class Fetcher:
    """Thread-safe GETs over one urllib3 pool, limited per host."""

    def __init__(self, limits: Limits | None = None, *, max_connections: int = 16) -> None:
        self.limits = limits or Limits()
        self._pool = urllib3.PoolManager(
            num_pools=max(32, max_connections),
            maxsize=self.limits.per_host,
            block=False,
            retries=False,
        )
        self._headers = {"User-Agent": USER_AGENT, "Accept-Encoding": "gzip, deflate"}
        self._hosts: dict[str, threading.BoundedSemaphore] = {}
        self._lock = threading.Lock()

    def close(self) -> None:
        """Close every pooled connection."""
        self._pool.clear()

    def _host_slot(self, url: str) -> threading.BoundedSemaphore:
        host = (urlsplit(url).hostname or "").lower()
        with self._lock:
            slot = self._hosts.get(host)
            if slot is None:
                slot = self._hosts[host] = threading.BoundedSemaphore(self.limits.per_host)
            return slot

    def get(self, url: str, headers: Mapping[str, str] | None = None) -> Response:
        """GET ``url`` following up to ``max_redirects`` redirects; 200-class or 304.

        Raises :class:`FetchError` for anything else (with ``retry_after`` on 429/503).
        """
        deadline_at = time.monotonic() + self.limits.deadline
        seen = [url]
        current = url
        while True:
            status, location, response = self._one(current, headers or {}, deadline_at)
            if response is not None:
                return Response(
                    url=url,
                    final_url=current,
                    status=response.status,
                    headers=response.headers,
                    body=response.body,
                    redirects=tuple(seen[1:]),
                )
            target = urljoin(current, location)
            if target in seen:
                raise FetchError(f"redirect loop ({_status_text(status)} back to {target})")
            if len(seen) > self.limits.max_redirects:
                raise FetchError(f"too many redirects (more than {self.limits.max_redirects})")
            seen.append(target)
            current = target

    def _one(
        self, url: str, headers: Mapping[str, str], deadline_at: float
    ) -> tuple[int, str, Response | None]:
        """One hop: (status, redirect location, None) or (status, "", final response)."""
        if urlsplit(url).scheme.lower() not in ("http", "https"):
            raise FetchError(f"not an http(s) address: {url[:200]}")
        with self._host_slot(url):
            remaining = deadline_at - time.monotonic()
            if remaining <= 0:
                raise FetchError(f"took longer than {self.limits.deadline:g} s")
            timeout = urllib3.Timeout(
                connect=min(self.limits.connect_timeout, remaining),
                read=min(self.limits.read_timeout, remaining),
            )
            try:
                raw = self._pool.request(
                    "GET",
                    url,
                    headers={**self._headers, **headers},
                    redirect=False,
                    retries=False,
                    timeout=timeout,
                    preload_content=False,
                    decode_content=True,
                )
            except HTTPError as error:
                raise FetchError(_describe(error)) from None
            except (OSError, ValueError) as error:
                raise FetchError(f"request failed: {error}") from None
            try:
                return self._answer(url, raw, deadline_at)
            finally:
                raw.release_conn()

    def _answer(
        self, url: str, raw: urllib3.BaseHTTPResponse, deadline_at: float
    ) -> tuple[int, str, Response | None]:
        status = raw.status
        headers = {key.lower(): value for key, value in raw.headers.items()}
        if status in REDIRECTS:
            raw.close()
            location = headers.get("location", "").strip()
            if not location:
                raise FetchError(f"{_status_text(status)} without a Location header")
            return status, location, None
        if status == 304:
            raw.close()
            return status, "", Response(url, url, status, headers)
        if not 200 <= status < 300:
            raw.close()
            retry = parse_retry_after(headers.get("retry-after")) if status in (429, 503) else None
            raise FetchError(_status_text(status), status=status, retry_after=retry)
        body = self._read_body(raw, headers, deadline_at)
        return status, "", Response(url, url, status, headers, body)

    def _read_body(
        self, raw: urllib3.BaseHTTPResponse, headers: Mapping[str, str], deadline_at: float
    ) -> bytes:
        cap = self.limits.max_bytes
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > cap and "content-encoding" not in headers:
            raw.close()
            raise FetchError(f"response is larger than {_size(cap)}")
        expired = threading.Event()

        def expire() -> None:
            expired.set()
            raw.shutdown()

        watchdog = threading.Timer(max(0.0, deadline_at - time.monotonic()), expire)
        watchdog.daemon = True
        watchdog.start()
        chunks: list[bytes] = []
        total = 0
        try:
            while True:
                if time.monotonic() >= deadline_at:
                    raise FetchError(f"took longer than {self.limits.deadline:g} s")
                chunk = raw.read1(65536)
                if expired.is_set():
                    raise FetchError(f"took longer than {self.limits.deadline:g} s")
                if not chunk:
                    break
                total += len(chunk)
                if total > cap:
                    raise FetchError(f"response is larger than {_size(cap)}")
                chunks.append(chunk)
        except FetchError:
            raw.close()
            raise
        except (HTTPError, OSError, ValueError) as error:
            raw.close()
            if expired.is_set() or time.monotonic() >= deadline_at:
                raise FetchError(f"took longer than {self.limits.deadline:g} s") from None
            raise FetchError(_describe(error)) from None
        finally:
            watchdog.cancel()
        return b"".join(chunks)


def _describe(error: BaseException) -> str:
    """A one-line reason for a transport failure."""
    if isinstance(error, NewConnectionError):  # a subclass of ConnectTimeoutError
        reason = str(error).rsplit(":", 1)[-1].strip() or "cannot connect"
        return f"cannot connect: {reason}"
    if isinstance(error, ConnectTimeoutError):
        return "connection timed out"
    if isinstance(error, ReadTimeoutError):
        return "server stopped answering (read timed out)"
    if isinstance(error, SSLError):
        return "TLS error: " + str(error).splitlines()[0][:160]
    text = str(error).splitlines()[0] if str(error) else type(error).__name__
    return f"request failed: {text[:200]}"
