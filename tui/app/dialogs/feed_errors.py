"""A screen listing the feeds whose last fetch failed: error, failures, next retry."""

from __future__ import annotations

import time
from collections.abc import Sequence
from datetime import datetime

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from tui.app.commands import FEED_ERRORS_DIALOG
from tui.feeds.opml import Subscription
from tui.feeds.store import FeedState
from tui.text.safety import inert_line


def next_try(state: FeedState, now: float | None = None) -> str:
    """When the feed will be tried again, in words."""
    now = time.time() if now is None else now
    if state.retry_at is None or state.retry_at <= now:
        return "next refresh"
    minutes = max(1, round((state.retry_at - now) / 60))
    when = datetime.fromtimestamp(state.retry_at).strftime("%H:%M")
    return f"{when} (in {minutes} min)" if minutes < 120 else f"{when} (in {minutes // 60} h)"


def failing(status: Sequence[tuple[Subscription, FeedState]]) -> list[tuple[str, FeedState]]:
    """(display name, state) of the feeds whose last fetch failed, most failures first."""
    rows = [
        (sub.name or state.title or sub.url, state)
        for sub, state in status
        if state.failures and state.last_error
    ]
    return sorted(rows, key=lambda row: (-row[1].failures, row[0].casefold()))


def feed_error_text(name: str, state: FeedState, now: float | None = None) -> Text:
    """Three lines for one feed: name, URL, then error, failures and next try."""
    text = Text(inert_line(name), style="bold")
    text.append("\n" + inert_line(state.url), style="dim")
    times = "once" if state.failures == 1 else f"{state.failures} times in a row"
    text.append(f"\nfailed {times}: ")
    text.append(inert_line(state.last_error or "unknown error"), style="italic")
    text.append(f"\nnext try: {next_try(state, now)}", style="dim")
    return text


class FeedErrorsScreen(ModalScreen[None]):
    """The feeds that failed at their last fetch, from :func:`~tui.feeds.refresh.feed_status`."""

    DEFAULT_CSS = """
    FeedErrorsScreen { align: center middle; }
    FeedErrorsScreen > Vertical {
        width: 100; max-width: 95%; height: 80%; border: round $warning;
        background: $surface; padding: 0 1;
    }
    FeedErrorsScreen OptionList { height: 1fr; border: none; }
    """
    BINDINGS = FEED_ERRORS_DIALOG.bindings()

    def __init__(self, status: Sequence[tuple[Subscription, FeedState]]) -> None:
        super().__init__()
        self._total = len(status)
        self.rows = failing(status)
        """(name, state) of each failing feed, as listed."""

    def compose(self) -> ComposeResult:
        count = len(self.rows)
        if count:
            title = f"{count} of {self._total} feed{'s' if self._total != 1 else ''} failing"
        else:
            title = "No feed errors"
        with Vertical():
            yield Static(Text(title, style="bold"))
            yield Static(Text("A failing feed is retried later and later (backoff).", style="dim"))
            options: list[Option | None] = []
            for name, state in self.rows:
                if options:
                    options.append(None)  # a separator line
                options.append(Option(feed_error_text(name, state)))
            if not options:
                ok = f"All {self._total} feeds answered at their last fetch."
                options = [Option(Text(ok if self._total else "No feeds.", style="dim"))]
            yield OptionList(*options)
            yield Static(
                Text("esc closes · R refreshes · parallax feeds remove URL unsubscribes", "dim")
            )
