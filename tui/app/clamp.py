"""A text renderable that shows at most a few lines, ending in an ellipsis when cut."""

from __future__ import annotations

from rich.console import Console, ConsoleOptions, RenderResult
from rich.measure import Measurement
from rich.text import Text


class Clamped:
    """``text`` wrapped to the available width and cut to ``lines`` lines with ``…``.

    Only the first ``lines × width`` characters are ever wrapped, so a 100,000-character
    title costs no more than a short one.
    """

    def __init__(self, text: Text, lines: int) -> None:
        self.text = text
        self.lines = max(1, lines)

    def _cut(self, width: int) -> Text:
        text = self.text
        room = self.lines * max(1, width) + 1
        return text[:room] if len(text) > room else text

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        width = max(1, options.max_width)
        lines = list(self._cut(width).wrap(console, width, overflow="fold"))
        if len(lines) > self.lines or len(self._cut(width)) < len(self.text):
            lines = lines[: self.lines]
            last = lines[-1]
            last.rstrip()
            last.truncate(width - 1)
            last.append("…", style=self.text.style)
        for line in lines:
            line.end = "\n"
            yield line

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        return Measurement.get(console, options, self._cut(options.max_width))
