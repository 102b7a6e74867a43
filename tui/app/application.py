"""The Parallax Textual application."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from textual import on, work
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.notifications import SeverityLevel
from textual.screen import Screen

from tui import __version__
from tui.app import textual_guards
from tui.app.reader.article_body import ArticleBody
from tui.app.reader.screen import ReaderScreen
from tui.app.reader.sidebar import ArticleTree
from tui.library.loader import default_library

textual_guards.install()


def stylesheet_path() -> Path:
    """``styles.tcss``: inside the installed package, else at the repository's top level."""
    here = Path(__file__).resolve().parent.parent
    packaged = here / "styles.tcss"
    return packaged if packaged.is_file() else here.parent / "styles.tcss"


class ParallaxApp(App[None]):
    """A terminal reader that compares how outlets report the same story."""

    CSS_PATH = stylesheet_path()
    TITLE = "Parallax"
    SUB_TITLE = f"v{__version__}"
    BINDINGS = [
        Binding("q", "quit", "Quit"),
        Binding("question_mark", "help", "Help"),
        Binding("tab", "focus_next", "Next pane", show=False),
        Binding("shift+tab", "focus_previous", "Previous pane", show=False),
    ]

    def __init__(self, library: Path | None = None) -> None:
        super().__init__()
        self.library = (library or default_library()).expanduser()

    def get_default_screen(self) -> Screen[None]:
        return ReaderScreen(self.library)

    def on_mount(self) -> None:
        self.set_timer(0.3, self._warm_up)  # after the first paint

    @work(thread=True, group="warm-up", exit_on_error=False)
    def _warm_up(self) -> None:
        """Pay the split view's one-off costs off the UI thread, so the first ``c`` is fast:
        import the aligner and numpy, and load the recogniser's place table."""
        from tui.nlp.align.aligner import align

        align("Anna Berg met the council in Oslo on Monday.", "Anna Berg met it on Monday.")
        import numpy  # noqa: F401

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = False,
    ) -> None:
        """Notify, always without markup (``markup`` is ignored, also for ``Widget.notify``):
        messages name files or quote article fields, shown as written (``[/b]`` would raise)."""
        super().notify(message, title=title, severity=severity, timeout=timeout, markup=False)

    def action_help(self) -> None:
        """Show every key binding."""
        from tui.app.dialogs.help import HelpScreen

        if isinstance(self.screen, HelpScreen):
            return
        sections: list[tuple[str, Iterable[BindingType]]] = [
            ("Everywhere", self.BINDINGS),
            ("Reader", ReaderScreen.BINDINGS),
            ("Sidebar", ArticleTree.BINDINGS),
            ("Article text", ArticleBody.BINDINGS),
        ]
        sections.extend(self.screen_help_sections())
        self.push_screen(HelpScreen(sections))

    def screen_help_sections(self) -> list[tuple[str, Iterable[BindingType]]]:
        """Extra help sections for the current screen (the split view adds its keys)."""
        extra = getattr(self.screen, "HELP_SECTIONS", None)
        return list(extra) if extra else []

    def get_system_commands(self, screen: Screen[None]) -> Iterable[SystemCommand]:
        from tui.app.dialogs.help import key_label

        yield from super().get_system_commands(screen)
        where = self.palette_screen_name(screen)
        if where is not None:
            for binding in screen.BINDINGS:
                if (
                    isinstance(binding, Binding)
                    and binding.description
                    and not binding.action.startswith("prefix")  # ]c/[c: "Next/Prev pair"
                ):
                    yield SystemCommand(
                        binding.description,
                        f"{where} action (key: {key_label(binding.key)})",
                        lambda action=binding.action: self.run_action(action, screen),
                    )
        yield SystemCommand("Help: keys", "List every key binding", self.action_help)

    @staticmethod
    def palette_screen_name(screen: Screen[None]) -> str | None:
        """The name under which ``screen``'s actions are offered in the palette, if any."""
        if isinstance(screen, ReaderScreen):
            return "Reader"
        from tui.app.split.screen import SplitScreen

        return "Split view" if isinstance(screen, SplitScreen) else None

    @on(ReaderScreen.CompareRequested)
    def _compare(self, event: ReaderScreen.CompareRequested) -> None:
        """Open the split view on the article and another outlet's coverage of its story."""
        from tui.app.split.screen import open_split

        scan = getattr(self.screen, "scan", None)
        reader = self.screen
        mentions = None  # the reader's entities of this article, when already recognised
        if isinstance(reader, ReaderScreen) and reader.article is event.article and reader.mentions:
            mentions = reader.mentions
        open_split(self, event.article, scan.articles if scan is not None else None, mentions)
