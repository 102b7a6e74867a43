"""The feed and page commands end to end against a local server (stable contracts)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.feeds_support import FeedServer, Item, Reply, article_page, paragraphs, rss
from tui.cli.entry import main

Capture = pytest.CaptureFixture[str]


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with FeedServer() as running:
        running.route("/pier", Reply(body=article_page("Pier vote", paragraphs("Pier"))))
        feed = rss([Item("Pier vote", running.url("/pier"), "p-1", "Teaser.")])
        running.route("/feed.xml", Reply(body=feed.encode()))
        page = f'<html><head><link rel="alternate" type="application/rss+xml" href="{"/feed.xml"}">'
        running.route("/", Reply(body=(page + "</head><body>Home</body></html>").encode()))
        yield running


def _run(capsys: Capture, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _one_line_error(err: str) -> None:
    assert err.count("\n") == 1 and "Traceback" not in err


def test_subscribe_by_autodiscovery_fetch_and_list(
    server: FeedServer, library: Path, capsys: Capture
) -> None:
    lib = str(library)
    code, out, _ = _run(capsys, "feeds", "add", server.url("/"), "--library", lib)
    assert code == 0
    assert out.strip() == f"subscribed: The Gazette <{server.url('/feed.xml')}>"
    assert (library / "feeds.opml").is_file()
    code, out, _ = _run(capsys, "feeds", "add", server.url("/feed.xml"), "--library", lib)
    assert (code, out.startswith("already subscribed")) == (0, True)

    code, out, _ = _run(capsys, "fetch", "--library", lib, "--json")
    payload = json.loads(out)
    assert code == 0
    assert payload["feeds"] == [
        {
            "url": server.url("/feed.xml"),
            "title": "The Gazette",
            "status": "ok",
            "new": 1,
            "error": None,
        }
    ]
    (written,) = payload["articles"]
    assert Path(written).is_file()
    assert _run(capsys, "check", "--library", lib)[0] == 0

    code, out, _ = _run(capsys, "fetch", "--library", lib)
    assert out.splitlines()[-1] == "0 new articles from 1 feed (0 unchanged, 0 failed)"

    code, out, _ = _run(capsys, "list", "--library", lib, "--json")
    (row,) = json.loads(out)["articles"]
    assert row == {
        "path": written,
        "title": "Pier vote",
        "source": "The Gazette",
        "story": None,  # no --story: grouped automatically, never its own explicit story
        "published": "2025-03-04T10:00:00+00:00",
        "url": server.url("/pier"),
    }


def test_fetch_reports_failures_and_exits_one(
    server: FeedServer, library: Path, capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PARALLAX_LIBRARY", str(library))
    server.route("/gone.xml", Reply(404))
    assert _run(capsys, "feeds", "add", server.url("/feed.xml"), "--name", "Gazette")[0] == 0
    opml = library / "feeds.opml"
    text = opml.read_text(encoding="utf-8")
    opml.write_text(
        text.replace("</body>", f'<outline text="Gone" xmlUrl="{server.url("/gone.xml")}"/></body>')
    )
    code, out, _ = _run(capsys, "fetch")
    assert code == 1
    lines = out.splitlines()
    assert "Gazette: 1 new" in lines
    assert "Gone: failed: HTTP 404 Not Found" in lines
    assert lines[-1] == "1 new article from 2 feeds (0 unchanged, 1 failed)"
    code, out, _ = _run(capsys, "feeds", "list", "--json")
    rows = {row["url"]: row for row in json.loads(out)["feeds"]}
    assert rows[server.url("/gone.xml")]["last_error"] == "HTTP 404 Not Found"
    assert rows[server.url("/feed.xml")]["name"] == "Gazette"
    code, out, _ = _run(capsys, "feeds", "list")
    assert "failing (1x): HTTP 404 Not Found" in out


def test_export_import_round_trip_and_remove(
    server: FeedServer, library: Path, tmp_path: Path, capsys: Capture
) -> None:
    opml = tmp_path / "mine.opml"
    opml.write_text(
        '<?xml version="1.0"?><opml version="1.0"><body><outline text="News">'
        '<outline text="A" xmlUrl="http://a.test/rss"/><outline text="B" xmlUrl="http://b.test/"/>'
        "</outline></body></opml>",
        encoding="utf-8",
    )
    lib = str(library)
    code, out, _ = _run(capsys, "feeds", "import", str(opml), "--library", lib)
    assert (code, out.strip()) == (0, f"imported 2 new feeds of 2 from {opml}")
    code, exported, _ = _run(capsys, "feeds", "export", "--library", lib)
    other = tmp_path / "other"
    (tmp_path / "exported.opml").write_text(exported, encoding="utf-8")
    assert (
        _run(capsys, "feeds", "import", str(tmp_path / "exported.opml"), "--library", str(other))[0]
        == 0
    )
    assert (
        _run(capsys, "feeds", "export", "--library", str(other))[1].split("<body>")[1]
        == (exported.split("<body>")[1])
    )
    code, out, _ = _run(capsys, "feeds", "remove", "a", "--library", lib)
    assert (code, out.strip()) == (0, "unsubscribed: A <http://a.test/rss>")
    code, _, err = _run(capsys, "feeds", "remove", "A", "--library", lib)
    assert code == 1 and "no such subscription" in err
    _one_line_error(err)


def test_add_page_by_url_and_file(
    server: FeedServer, library: Path, tmp_path: Path, capsys: Capture
) -> None:
    lib = str(library)
    code, out, _ = _run(capsys, "add", server.url("/pier"), "--library", lib)
    path = Path(out.strip())
    assert code == 0 and path.parent.name == "the-gazette" and path.is_file()
    code, again, err = _run(capsys, "add", server.url("/pier?utm_source=x"), "--library", lib)
    assert (code, again, "already in the library" in err) == (0, out, True)

    saved = tmp_path / "saved.html"
    saved.write_bytes(article_page("Quay works", paragraphs("Quay"), site="Harbour News"))
    code, out, _ = _run(
        capsys, "add", str(saved), "--source", "Coast Post", "--story", "quay", "--library", lib
    )
    written = Path(out.strip())
    assert written.parent.name == "coast-post"
    code, out, _ = _run(capsys, "list", "--json", "--library", lib)
    stories = {row["source"]: row["story"] for row in json.loads(out)["articles"]}
    assert stories["Coast Post"] == "quay"
    assert stories["The Gazette"] is None  # added without --story
    assert _run(capsys, "check", "--library", lib)[0] == 0


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["add", "{base}/nothing"], "HTTP 404"),
        (["add", "{base}/empty"], "no article text found"),
        (["add", "/no/such/file.html"], "cannot read"),
        (["feeds", "add", "{base}/empty"], "no RSS or Atom feed found"),
        (["feeds", "import", "/no/such.opml"], "cannot read"),
        (["fetch", "--library", "/dev/null/x"], ""),
    ],
)
def test_errors_are_one_line(
    server: FeedServer, library: Path, capsys: Capture, argv: list[str], words: str
) -> None:
    server.route("/empty", Reply(body=b"<html><body><p>Too short.</p></body></html>"))
    server.routes.pop("/feed.xml")
    args = [arg.replace("{base}", server.base) for arg in argv]
    if "--library" not in args:
        args += ["--library", str(library)]
    code, _, err = _run(capsys, *args)
    assert code == 1
    _one_line_error(err)
    assert words in err


def test_writes_refuse_the_bundled_sample_library(capsys: Capture) -> None:
    code, _, err = _run(capsys, "feeds", "add", "http://127.0.0.1:9/")
    assert code == 1 and "no library chosen" in err
    code, out, _ = _run(capsys, "list", "--json")
    assert code == 0 and len(json.loads(out)["articles"]) == 2


def test_feed_found_at_a_common_path(server: FeedServer, library: Path, capsys: Capture) -> None:
    server.route("/about", Reply(body=b"<html><body><p>No link here.</p></body></html>"))
    code, out, _ = _run(capsys, "feeds", "add", server.url("/about"), "--library", str(library))
    assert (code, out.strip()) == (0, f"subscribed: The Gazette <{server.url('/feed.xml')}>")
