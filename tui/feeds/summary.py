"""One notification's worth of text about a refresh: what came in, what failed. No Textual."""

from __future__ import annotations

from tui.feeds.refresh import RefreshReport
from tui.text.safety import inert_line

NAMED_FAILURES = 3
"""Failed feeds named in the summary; the rest are counted."""


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def refresh_summary(report: RefreshReport, *, cancelled: bool = False) -> str:
    """``"4 new articles from 2 feeds; 1 unchanged"`` plus a line naming failed feeds.

    Feed titles and errors come from the network: made inert, one line each.
    """
    results = report.results
    articles = len(report.articles)
    brought = sum(1 for result in results if result.new)
    unchanged = sum(1 for result in results if result.status == "not-modified")
    head = f"{_plural(articles, 'new article')}"
    if articles:
        head += f" from {_plural(brought, 'feed')}"
    parts = [head]
    if unchanged:
        parts.append(f"{unchanged} unchanged")
    lines = ["; ".join(parts) + (" (stopped early)" if cancelled else "")]
    failed = report.failed
    if failed:
        named = ", ".join(
            f"{inert_line(r.title)[:40]} ({inert_line(r.error or 'failed')[:60]})"
            for r in failed[:NAMED_FAILURES]
        )
        more = len(failed) - NAMED_FAILURES
        lines.append(f"{_plural(len(failed), 'feed')} failed: {named}")
        if more > 0:
            lines[-1] += f" and {more} more"
        lines.append("Press F for the list of feed errors.")
    return "\n".join(lines)
