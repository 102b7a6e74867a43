"""The Parallax Textual application."""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial
from pathlib import Path
from typing import Any

from textual import on, work
from textual.app import App, SystemCommand
from textual.notifications import SeverityLevel
from textual.screen import Screen

from tui import __version__
from tui.app import textual_guards
from tui.app.commands import (
    ARTICLE_TEXT,
    DIALOGS,
    ENTITY_DIALOG,
    EVERYWHERE,
    FEED_ERRORS_DIALOG,
    FEEDS,
    HELP_DIALOG,
    LABELS_DIALOG,
    PAIR_DIALOG,
    PICKER_DIALOG,
    PROBLEMS_DIALOG,
    READER,
    SIDEBAR,
    SPLIT,
    SPLIT_ROWS,
    CommandGroup,
)
from tui.app.reader.screen import ReaderScreen
from tui.library.loader import default_library

textual_guards.install()

MAIN_GROUPS = (READER, FEEDS, SIDEBAR, ARTICLE_TEXT, SPLIT, SPLIT_ROWS)
"""The command groups of the two main screens, in the order help lists them."""
PALETTE_GROUPS = (EVERYWHERE, READER, FEEDS, SPLIT)
"""The groups whose commands the command palette offers."""


def commands_of(screen: Screen[Any]) -> tuple[CommandGroup, ...]:
    """The command groups that apply on ``screen`` (besides :data:`EVERYWHERE`)."""
    from tui.app.dialogs.feed_errors import FeedErrorsScreen
    from tui.app.dialogs.help import HelpScreen
    from tui.app.dialogs.labels import LabelFilterScreen
    from tui.app.dialogs.problems import ProblemsScreen
    from tui.app.dialogs.story_picker import StoryPickerScreen
    from tui.app.split.entity_overlap import EntityOverlapScreen
    from tui.app.split.pair_detail import PairDetailScreen
    from tui.app.split.screen import SplitScreen

    places: tuple[tuple[type[Screen[Any]], tuple[CommandGroup, ...]], ...] = (
        (ReaderScreen, (READER, FEEDS, SIDEBAR, ARTICLE_TEXT)),
        (SplitScreen, (SPLIT, SPLIT_ROWS)),
        (HelpScreen, (HELP_DIALOG,)),
        (ProblemsScreen, (PROBLEMS_DIALOG,)),
        (FeedErrorsScreen, (FEED_ERRORS_DIALOG,)),
        (LabelFilterScreen, (LABELS_DIALOG,)),
        (StoryPickerScreen, (PICKER_DIALOG,)),
        (PairDetailScreen, (PAIR_DIALOG,)),
        (EntityOverlapScreen, (ENTITY_DIALOG,)),
    )
    return next((groups for kind, groups in places if isinstance(screen, kind)), ())


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
    BINDINGS = EVERYWHERE.bindings()

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
        from tui.analysis import align_texts

        align_texts("Anna Berg met the council in Oslo on Monday.", "Anna Berg met it on Monday.")
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
        """List every command's keys, the current screen's first."""
        from tui.app.dialogs.help import HelpScreen

        if isinstance(self.screen, HelpScreen):
            return
        own = commands_of(self.screen)
        rest = [g for g in (*MAIN_GROUPS, *DIALOGS) if g not in own]
        self.push_screen(HelpScreen([*own, EVERYWHERE, *rest]))

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        for group in (*commands_of(screen), EVERYWHERE):
            if group not in PALETTE_GROUPS:
                continue  # moving around a pane or a dialog is not worth a palette entry
            target = self if group is EVERYWHERE else screen
            for command in group.commands:
                if command.palette and command.bound:
                    run = partial(self.run_action, command.action, target)
                    yield SystemCommand(command.name, command.description, run)

    def deliver_screenshot(
        self,
        filename: str | None = None,
        path: str | None = None,
        time_format: str | None = None,
    ) -> str | None:
        """Save an SVG screenshot (the palette's "Screenshot"): in Downloads when that
        folder exists, else the current folder; say where it went, or why it failed."""
        from tui.app.screenshot import save_svg, screenshot_name

        name = filename or screenshot_name()
        saved, message = save_svg(self.export_screenshot(), name, Path(path) if path else None)
        self.notify(
            message, title="Screenshot", severity="information" if saved else "error", markup=False
        )
        return str(saved) if saved else None

    @on(ReaderScreen.CompareRequested)
    def _compare(self, event: ReaderScreen.CompareRequested) -> None:
        """Open the split view on the article and another outlet's coverage of its story."""
        from tui.app.split.opening import open_split

        open_split(self, event.article, event.others, event.analysis, self.library)
