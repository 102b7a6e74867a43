"""A cancelled refresh must not keep the program alive while a server stalls."""

from __future__ import annotations

import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.feeds_support import FeedServer, Reply, Seen
from tui.feeds.opml import Subscription
from tui.feeds.subscriptions import save_subscriptions

SCRIPT = """
import sys, threading
from pathlib import Path
from tui.feeds.refresh import refresh_all
cancel = threading.Event()
threading.Timer(0.5, cancel.set).start()
report = refresh_all(Path(sys.argv[1]), cancel=cancel)
print("returned", len(report.results))
"""


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with FeedServer() as running:
        yield running


def test_process_exits_after_cancel_while_the_server_still_stalls(
    server: FeedServer, library: Path
) -> None:
    release = threading.Event()

    def stalled(_seen: Seen) -> Reply:
        release.wait(60)
        return Reply(body=b"<rss/>")

    save_subscriptions(library, [Subscription(server.route("/stall", stalled))])
    process = subprocess.Popen(
        [sys.executable, "-c", SCRIPT, str(library)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        out, _ = process.communicate(timeout=10)  # the read timeout is 20 s
    finally:
        stalled_still = not release.is_set()
        release.set()
        process.kill()
    assert stalled_still and server.hits("/stall")
    assert process.returncode == 0 and out.strip() == "returned 0"
