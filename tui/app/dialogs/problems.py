"""A screen listing the problems found while loading the library."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from tui.app.commands import PROBLEMS_DIALOG
from tui.models import Problem
from tui.text.safety import inert_line


class ProblemsScreen(ModalScreen[None]):
    """Each problem on its own line: file, line and a plain sentence."""

    DEFAULT_CSS = """
    ProblemsScreen { align: center middle; }
    ProblemsScreen > Vertical {
        width: 100; max-width: 95%; height: 80%; border: round $warning;
        background: $surface; padding: 0 1;
    }
    ProblemsScreen OptionList { height: 1fr; border: none; }
    """
    BINDINGS = PROBLEMS_DIALOG.bindings()

    def __init__(self, problems: Sequence[Problem]) -> None:
        super().__init__()
        self._problems = problems

    def compose(self) -> ComposeResult:
        count = len(self._problems)
        title = f"{count} problem{'s' if count != 1 else ''} while loading the library"
        with Vertical():
            yield Static(Text(title, style="bold"))
            yield Static(Text("Files with problems are skipped; the rest load.", style="dim"))
            options = [Option(Text(inert_line(str(problem)))) for problem in self._problems]
            if not options:
                options = [Option(Text("No problems.", style="dim"))]
            yield OptionList(*options)
            yield Static(Text("esc closes · fix the files, then press r to reload", style="dim"))
