"""Move the open article to another story: a picker of stories, a new story of its own,
or back to automatic grouping. The caller writes the ``story:`` field."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from tui.analysis.export import slugify
from tui.app.commands import MOVE_DIALOG
from tui.library.edit import EditError, set_story
from tui.models import Article
from tui.stories.assign import Assignment, LibraryStory
from tui.text.safety import inert_line


@dataclass(frozen=True, slots=True)
class MoveChoice:
    """What to write into the ``story:`` field (``None``: remove it), and in words."""

    story: str | None
    words: str


def new_story_slug(article: Article, taken: Sequence[str]) -> str:
    """A story slug from the article's headline, unlike every id in ``taken``."""
    base = slugify(article.title, fallback="story")
    used = {name.casefold() for name in taken}
    slug, n = base, 2
    while slug.casefold() in used:
        slug, n = f"{base}-{n}", n + 1
    return slug


def move_choices(
    article: Article, current: LibraryStory | None, stories: Sequence[LibraryStory]
) -> list[MoveChoice]:
    """New story first, then automatic (if the article has a ``story:``), then the others."""
    slug = new_story_slug(article, [s.id for s in stories])
    choices = [MoveChoice(slug, f"New story: split it out ({slug})")]
    if article.story is not None:
        choices.append(MoveChoice(None, "Back to automatic grouping"))
    for story in stories:
        if current is None or story.id != current.id:
            outlets = f"{story.outlets} outlet{'s' * (story.outlets != 1)}"
            choices.append(MoveChoice(story.id, f"{story.title} · {outlets}"))
    return choices


def write_story(article: Article, choice: MoveChoice) -> str | None:
    """Write ``choice`` into the article's ``story:`` field; the error line, or None."""
    try:
        set_story(article.path, choice.story)
    except EditError as error:
        return inert_line(str(error))
    return None


def story_to_open(
    assignment: Assignment | None,
    article: Article | None,
    cursor_story: str | None,
    *,
    sidebar_focused: bool,
) -> LibraryStory | str:
    """The story the story view opens: the sidebar cursor's when the sidebar has focus,
    else the open article's (else the cursor's); or why there is none, in one line."""
    if assignment is None:
        return "Still grouping the library into stories…"
    story = None
    if article is not None and not sidebar_focused:
        story = assignment.story(article.path)
    if story is None and cursor_story is not None:
        story = assignment.find(cursor_story)
    return story if story is not None else "Pick an article or a story in the sidebar first"


class MoveStoryScreen(ModalScreen[MoveChoice | None]):
    """Lists where the article can go; enter picks, escape cancels."""

    DEFAULT_CSS = """
    MoveStoryScreen { align: center middle; }
    MoveStoryScreen > Vertical {
        width: 90; max-width: 95%; height: auto; max-height: 80%;
        border: round $primary; background: $surface; padding: 0 1;
    }
    MoveStoryScreen #move-help { color: $text-muted; height: auto; }
    MoveStoryScreen OptionList { height: auto; max-height: 20; border: none; }
    """
    BINDINGS = MOVE_DIALOG.bindings()

    def __init__(self, article: Article, current: str, choices: Sequence[MoveChoice]) -> None:
        super().__init__()
        self.article = article
        self.current = current
        self.choices = list(choices)

    def compose(self) -> ComposeResult:
        box = Vertical()
        box.border_title = "Move to another story"
        with box:
            yield Static(
                Text.assemble(
                    (inert_line(self.article.title), "bold"),
                    f"\nnow in: {inert_line(self.current)}. enter: move (writes its story: field)",
                ),
                id="move-help",
            )
            yield OptionList(
                *(Option(Text(inert_line(c.words)), id=str(n)) for n, c in enumerate(self.choices)),
                id="move-list",
            )

    def on_mount(self) -> None:
        self.query_one(OptionList).focus()

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self.choices[event.option_index])

    def action_cancel(self) -> None:
        self.dismiss(None)
