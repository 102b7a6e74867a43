"""Pick which other outlet's article to compare with, when a story has several."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from tui.app.commands import PICKER_DIALOG
from tui.models import Article, ArticleMeta
from tui.text.safety import inert_line


def siblings(article: Article, articles: Iterable[ArticleMeta]) -> list[ArticleMeta]:
    """Other articles of ``article``'s story (same ``story``, another file), outlets first.

    Articles from another outlet come before further articles of the same outlet; within
    each group the order is by outlet name, then date.
    """

    def same_file(meta: ArticleMeta) -> bool:
        try:
            return Path(meta.path).resolve() == Path(article.path).resolve()
        except OSError:
            return meta.path == article.path

    story = article.story.casefold()
    found = [m for m in articles if m.story.casefold() == story and not same_file(m)]
    own = article.source.casefold()
    return sorted(
        found,
        key=lambda m: (m.source.casefold() == own, m.source.casefold(), m.published_label),
    )


def _label(meta: ArticleMeta) -> Text:
    text = Text.assemble((inert_line(meta.source), "bold"), "  ", inert_line(meta.title))
    if meta.published_label:
        text.append(f"  {meta.published_label}", style="dim")
    return text


class StoryPickerScreen(ModalScreen[ArticleMeta | None]):
    """Lists the story's other articles; enter picks one, escape cancels."""

    DEFAULT_CSS = """
    StoryPickerScreen { align: center middle; }
    StoryPickerScreen > Vertical {
        width: 90; max-width: 95%; height: auto; max-height: 80%;
        border: round $primary; background: $surface; padding: 0 1;
    }
    StoryPickerScreen #picker-help { color: $text-muted; height: auto; }
    StoryPickerScreen OptionList { height: auto; max-height: 20; border: none; }
    """
    BINDINGS = PICKER_DIALOG.bindings()

    def __init__(self, article: Article, choices: Sequence[ArticleMeta]) -> None:
        super().__init__()
        self.article = article
        self.choices = list(choices)
        self._answered = False
        """Set by the first answer; a second enter queued before the screen left is ignored."""

    def compose(self) -> ComposeResult:
        box = Vertical()
        box.border_title = "Compare with…"
        with box:
            yield Static(
                Text.assemble(
                    "Left: ",
                    (inert_line(self.article.source), "bold"),
                    f" · {len(self.choices)} other articles of this story. enter: choose",
                ),
                id="picker-help",
            )
            yield OptionList(
                *(Option(_label(m), id=str(n)) for n, m in enumerate(self.choices)),
                id="picker-list",
            )

    def on_mount(self) -> None:
        self.query_one(OptionList).focus()

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self._answer(self.choices[event.option_index])

    def action_cancel(self) -> None:
        self._answer(None)

    def _answer(self, meta: ArticleMeta | None) -> None:
        """Dismiss with ``meta``, once: the screen may already be leaving the stack."""
        if self._answered or not self.is_active:
            return
        self._answered = True
        self.dismiss(meta)
