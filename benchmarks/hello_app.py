"""The yardstick for start-up timing: a bare Textual app that shows one line."""

from textual.app import App, ComposeResult
from textual.widgets import Static


class Hello(App[None]):
    def compose(self) -> ComposeResult:
        yield Static("HELLO-MARKER")


if __name__ == "__main__":
    Hello().run()
