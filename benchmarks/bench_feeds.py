"""Feeds: fetch 200 feeds x 50 items from local servers with latency, dedup, extraction.

Usage: ``python benchmarks/bench_feeds.py [--feeds 200] [--items 50] [--hosts 20]
[--latency 0.05] [--pages 200] [--no-fsync]``

Servers run in a child process on 127.0.0.2 … (one per host, so the per-host limit of 2
behaves as it would on the internet), each response delayed by ``--latency`` seconds.
Items carry full content (no page fetches), so the fetch figure is feeds + parse + write.
Then: a second refresh of the same feeds without validators (every item is a duplicate:
the dedup pass over the 10,000-article library just written, including the library scan),
the key-building pass alone, and extraction throughput on generated article pages.
Peak memory is the benchmark process's peak RSS (``getrusage``) and tracemalloc's
Python-heap peak during the fetch. Everything runs offline, in temporary folders.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import resource
import sys
import tempfile
import time
import tracemalloc
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

WORDS = [
    "council",
    "harbour",
    "pier",
    "vote",
    "residents",
    "mayor",
    "engineer",
    "timber",
    "quay",
    "boats",
    "budget",
    "plan",
    "report",
    "minister",
    "river",
    "bridge",
    "station",
    "school",
    "hospital",
    "market",
    "rain",
    "summer",
    "winter",
]


def _text(seed: int, words: int) -> str:
    return " ".join(WORDS[(seed * 7 + i * 3) % len(WORDS)] for i in range(words))


def feed_xml(feed: int, items: int) -> bytes:
    """One RSS 2.0 feed of ``items`` items with full content (~200 words each)."""
    parts = [
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/">'
        f"<channel><title>Outlet {feed}</title><link>http://outlet{feed}.test/</link>"
    ]
    for n in range(items):
        paras = "".join(f"<p>Story {feed}-{n} part {p}. {_text(n + p, 50)}.</p>" for p in range(4))
        parts.append(
            f"<item><title>Story {feed}-{n} about the {WORDS[n % len(WORDS)]}</title>"
            f"<link>http://outlet{feed}.test/story/{n}</link><guid>o{feed}-{n}</guid>"
            f"<pubDate>Tue, 04 Mar 2025 10:{n % 60:02d}:00 GMT</pubDate>"
            f"<description>Teaser {n}.</description>"
            f"<content:encoded><![CDATA[{paras}]]></content:encoded></item>"
        )
    parts.append("</channel></rss>")
    return "".join(parts).encode()


def page_html(n: int) -> bytes:
    """An article page with navigation, cookie banner, related links and footer."""
    paras = "".join(f"<p>Paragraph {p} of page {n}. {_text(n + p, 60)}.</p>" for p in range(8))
    return (
        "<html><head><title>Page</title></head><body><nav><a href='/'>Home</a>"
        "<a href='/w'>World</a></nav><div class='cookie'>We use cookies. Accept?</div>"
        f"<article><h1>Headline {n}</h1>{paras}</article><aside><h3>Related</h3><ul>"
        "<li><a href='/a'>Other story</a></li><li><a href='/b'>More</a></li></ul></aside>"
        "<footer>Copyright</footer></body></html>"
    ).encode()


def _serve(host: str, port: int, feeds: dict[str, bytes], latency: float) -> None:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *_args: object) -> None:
            pass

        def do_GET(self) -> None:
            time.sleep(latency)
            body = feeds.get(self.path, b"")
            self.send_response(200 if body else 404)
            self.send_header("Content-Type", "application/rss+xml")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer((host, port), Handler)
    server.daemon_threads = True
    server.serve_forever()


def _servers(
    args: argparse.Namespace, port: int
) -> tuple[list[multiprocessing.Process], list[str]]:
    urls, procs = [], []
    for host_n in range(args.hosts):
        host = f"127.0.0.{host_n + 2}"
        feeds = {}
        for feed in range(host_n, args.feeds, args.hosts):
            feeds[f"/feed{feed}.xml"] = feed_xml(feed, args.items)
            urls.append(f"http://{host}:{port}/feed{feed}.xml")
        proc = multiprocessing.Process(
            target=_serve, args=(host, port, feeds, args.latency), daemon=True
        )
        proc.start()
        procs.append(proc)
    time.sleep(1.0)
    return procs, urls


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bench_fetch(args: argparse.Namespace, library: Path) -> None:
    """Fetch every feed twice (the second pass is all duplicates); print the figures."""
    from tui.feeds.http import Limits
    from tui.feeds.opml import Subscription
    from tui.feeds.refresh import RefreshOptions, refresh_all

    procs, urls = _servers(args, 18000 + os.getpid() % 1000)
    subs = [Subscription(url, f"Outlet {n}") for n, url in enumerate(urls)]
    options = RefreshOptions(limits=Limits(deadline=30), durable=not args.no_fsync)
    try:
        rss_before = _rss_mb()
        tracemalloc.start()
        started = time.perf_counter()
        report = refresh_all(library, subscriptions=subs, options=options)
        wall = time.perf_counter() - started
        _current, heap_peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        assert not report.failed, report.failed[:3]
        print(
            f"fetch: {len(report.articles)} articles written in {wall:.2f} s "
            f"({len(report.articles) / wall:.0f} articles/s); peak RSS {_rss_mb():.0f} MB "
            f"(was {rss_before:.0f} MB before), Python heap peak {heap_peak / 1e6:.0f} MB"
        )
        started = time.perf_counter()
        again = refresh_all(library, subscriptions=subs, options=options)
        print(
            f"dedup: second refresh of {len(subs)} feeds over the "
            f"{len(report.articles)}-article library: {time.perf_counter() - started:.2f} s, "
            f"{len(again.articles)} new (all duplicates)"
        )
    finally:
        for proc in procs:
            proc.terminate()


def bench_dedup(args: argparse.Namespace, library: Path) -> None:
    """The dedup pass alone: the library's keys, then every item checked against them."""
    from tui.feeds.dedup import item_keys
    from tui.feeds.refresh import known_keys
    from tui.feeds.store import FeedStore

    store = FeedStore.open(library)
    started = time.perf_counter()
    keys = known_keys(library, store)
    scan = time.perf_counter() - started
    started = time.perf_counter()
    hits = 0
    for f in range(args.feeds):
        for n in range(args.items):
            found = item_keys(
                feed_url=f"http://outlet{f}.test/feed",
                guid=f"o{f}-{n}",
                link=f"http://outlet{f}.test/story/{n}",
                title=f"Story {f}-{n}",
                published=None,
            )
            hits += any(key in keys for key in found)
    check = time.perf_counter() - started
    store.close()
    print(
        f"dedup pass: known keys of the library {scan * 1000:.0f} ms ({len(keys)} keys); "
        f"checking {args.feeds * args.items} items {check * 1000:.0f} ms ({hits} known)"
    )


def bench_extract(args: argparse.Namespace) -> None:
    """Extraction throughput on generated boilerplate-wrapped pages."""
    from tui.feeds.extract import extract_page

    pages = [page_html(n) for n in range(args.pages)]
    extract_page(pages[0], "http://x.test/0")  # warm-up: imports
    started = time.perf_counter()
    found = sum(
        extract_page(page, f"http://x.test/{n}") is not None for n, page in enumerate(pages)
    )
    wall = time.perf_counter() - started
    size = sum(map(len, pages)) / len(pages) / 1024
    print(
        f"extraction: {found}/{len(pages)} pages ({size:.0f} KB each) in {wall:.2f} s, "
        f"{len(pages) / wall:.0f} pages/s (one thread)"
    )


def run(args: argparse.Namespace) -> None:
    """Every benchmark, in temporary folders."""
    work = Path(tempfile.mkdtemp(prefix="parallax-bench-feeds-"))
    os.environ["PARALLAX_DATA_DIR"] = str(work / "data")
    os.environ["PARALLAX_CACHE_DIR"] = str(work / "cache")
    library = work / "library"
    print(
        f"{args.feeds} feeds x {args.items} items, {args.hosts} hosts, "
        f"{args.latency * 1000:.0f} ms latency, fsync {'off' if args.no_fsync else 'on'}; "
        f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}"
    )
    bench_fetch(args, library)
    bench_dedup(args, library)
    bench_extract(args)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", type=int, default=200)
    parser.add_argument("--items", type=int, default=50)
    parser.add_argument("--hosts", type=int, default=20)
    parser.add_argument("--latency", type=float, default=0.05)
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--no-fsync", action="store_true")
    run(parser.parse_args())


if __name__ == "__main__":
    main()
