"""Every command of the app, declared once: its keys, action, names and where it applies.

The Textual bindings (``BINDINGS = GROUP.bindings()``), the help screen and the command
palette are all derived from these declarations, so they cannot disagree.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.binding import Binding, BindingType

KEY_NAMES = {
    "question_mark": "?",
    "slash": "/",
    "escape": "esc",
    "left_square_bracket": "[",
    "right_square_bracket": "]",
    "asterisk": "*",
    "minus": "-",
}
"""How a Textual key name is written for people."""


def key_label(keys: str) -> str:
    """Readable form of a key list, e.g. ``"j,down"`` → ``"j / down"``."""
    return " / ".join(KEY_NAMES.get(key.strip(), key.strip()) for key in keys.split(","))


@dataclass(frozen=True, slots=True)
class Command:
    """One command.

    ``keys``: Textual key list; ``action``: the action it runs; ``name``: what it does, in
    plain words (help and palette); ``description``: one line for the palette; ``footer``:
    its short label in the footer (empty: not shown there; the footer keeps the first
    that fit, so the most important come first); ``sequence``: another way to
    type it, for help (``"] c"``); ``palette``: offered in the command palette; ``listed``:
    shown in help (plumbing keys are listed through another command's ``sequence``);
    ``bound``: a binding is derived (``False`` when Textual binds the key itself).
    """

    keys: str
    action: str
    name: str
    description: str = ""
    footer: str = ""
    sequence: str = ""
    palette: bool = True
    listed: bool = True
    bound: bool = True
    priority: bool = False

    def binding(self) -> Binding:
        """The Textual binding of this command."""
        return Binding(
            self.keys,
            self.action,
            self.footer or self.name,
            show=bool(self.footer),
            priority=self.priority,
        )

    @property
    def key_text(self) -> str:
        """Every way to type the command, for help."""
        text = key_label(self.keys)
        return f"{text} / {self.sequence}" if self.sequence else text


@dataclass(frozen=True, slots=True)
class CommandGroup:
    """The commands of one place (a screen, a pane or a dialog), titled for help."""

    title: str
    commands: tuple[Command, ...]

    def bindings(self) -> list[BindingType]:
        """The Textual bindings of the group's commands."""
        return [command.binding() for command in self.commands if command.bound]

    def listed(self) -> list[Command]:
        """The commands help lists."""
        return [command for command in self.commands if command.listed]


def _scrolling() -> tuple[Command, ...]:
    return (
        Command("j,down", "scroll_down", "Scroll down", palette=False),
        Command("k,up", "scroll_up", "Scroll up", palette=False),
    )


EVERYWHERE = CommandGroup(
    "Everywhere",
    (
        Command("q", "quit", "Quit", "Leave Parallax", footer="Quit", palette=False),
        Command(
            "question_mark",
            "help",
            "Show the keys",
            "List every key, this screen's first",
            footer="Help",
        ),
        Command("ctrl+p", "command_palette", "Command palette", palette=False, bound=False),
        Command("tab", "focus_next", "Next pane", palette=False),
        Command("shift+tab", "focus_previous", "Previous pane", palette=False),
    ),
)
READER = CommandGroup(
    "Reader",
    (
        Command(
            "slash",
            "filter",
            "Search",
            "Show only the articles whose title, outlet, story or text match what you type",
            footer="Search",
        ),
        Command(
            "escape",
            "escape",
            "Clear the filter or the marked entity",
            "Close the sidebar filter, else stop marking an entity",
        ),
        Command(
            "v",
            "toggle_grouping",
            "Group by outlet or story",
            "Switch the sidebar between grouping by outlet and by story",
            footer="Outlets/stories",
        ),
        Command(
            "c",
            "compare",
            "Compare with another outlet",
            "Open this article beside another outlet's coverage of its story",
            footer="Compare",
        ),
        Command(
            "e",
            "toggle_entities",
            "Show or hide the entity panel",
            "The people, places, organisations and figures the article names",
            footer="Entities",
        ),
        Command("h", "toggle_highlight", "Highlight entities", "Turn entity colours on or off"),
        Command("t", "toggle_tags", "Label tags", "Write each entity's label after it (on or off)"),
        Command("L", "choose_labels", "Choose labels", "Pick which entity labels to highlight"),
        Command(
            "n",
            "next_mention",
            "Next match or mention",
            "Jump to the next search match, else the next entity mention",
        ),
        Command(
            "N",
            "previous_mention",
            "Previous match or mention",
            "Jump to the previous search match, else the previous mention",
        ),
        Command(
            "y",
            "copy_sentence",
            "Copy sentence",
            "Copy the sentence at the top with its outlet, date and URL, for quoting",
        ),
        Command(
            "left_square_bracket",
            "sidebar_width(-1)",
            "Narrower sidebar",
            "Make the sidebar narrower",
        ),
        Command(
            "right_square_bracket", "sidebar_width(1)", "Wider sidebar", "Make the sidebar wider"
        ),
        Command(
            "S",
            "story_view",
            "Story view",
            "Every outlet of the story under the cursor: who states which fact, and who was first",
            footer="Story",
        ),
        Command(
            "m",
            "move_story",
            "Move to another story",
            "Put the open article into another story, a new one, or back to automatic grouping",
        ),
        Command("p", "problems", "Library problems", "List the files that could not be read"),
        Command("r", "reload", "Reload the library", "Read the library folder again"),
    ),
)
FEEDS = CommandGroup(
    "Feeds and reading marks",
    (
        Command(
            "R",
            "refresh_feeds",
            "Refresh the feeds",
            "Fetch every subscribed feed in the background; new articles join the sidebar",
            footer="Feeds",
        ),
        Command(
            "F",
            "feed_errors",
            "Feed errors",
            "The feeds whose last fetch failed: the error, how often, the next try",
        ),
        Command(
            "u",
            "toggle_read",
            "Mark read or unread",
            "Flip the read mark of the highlighted (or open) article",
        ),
        Command(
            "s,asterisk",
            "toggle_starred",
            "Star or unstar",
            "Star the highlighted (or open) article; again takes the star away",
        ),
        Command(
            "f",
            "cycle_show",
            "Show all, unread or starred",
            "Cycle the sidebar between all articles, only unread and only starred ones",
        ),
        Command(
            "o",
            "open_url",
            "Open in the browser",
            "Open the article's web address (http or https) in your browser",
        ),
        Command("Y", "copy_url", "Copy the URL", "Copy the article's web address to the clipboard"),
    ),
)
SIDEBAR = CommandGroup(
    "Sidebar",
    (
        Command(
            "enter,l",
            "select_cursor",
            "Open",
            "Open the article, or open/close the group",
            palette=False,
        ),
        Command("space", "toggle_node", "Open or close the group", palette=False),
        Command("j,down", "cursor_down", "Next line", palette=False),
        Command("k,up", "cursor_up", "Previous line", palette=False),
        Command("g", "scroll_home", "Top", palette=False),
        Command("G", "scroll_end", "Bottom", palette=False),
        Command("h", "cursor_parent", "Go to the group", palette=False),
    ),
)
ARTICLE_TEXT = CommandGroup(
    "Article text",
    (
        *_scrolling(),
        Command("g,home", "scroll_home", "Top", palette=False),
        Command("G,end", "scroll_end", "Bottom", palette=False),
        Command("space,pagedown", "page_down", "Page down", palette=False),
        Command("b,pageup", "page_up", "Page up", palette=False),
    ),
)
SPLIT = CommandGroup(
    "Split view",
    (
        Command("escape", "back", "Back to the reader", "Close the split view", footer="Back"),
        Command(
            "n",
            "next_pair",
            "Next pair",
            "Jump to the next claim both outlets report",
            footer="Next pair",
            sequence="] c",
        ),
        Command(
            "p",
            "previous_pair",
            "Previous pair",
            "Jump to the previous claim both report",
            sequence="[ c",
        ),
        Command(
            "u",
            "next_unique",
            "Next one-sided claim",
            "Jump to the next claim only one outlet reports",
            footer="One-sided",
        ),
        Command(
            "U",
            "previous_unique",
            "Previous one-sided claim",
            "Jump to the previous claim only one outlet reports",
        ),
        Command(
            "x",
            "next_conflict",
            "Next conflict",
            "Jump to the next pair whose figures or names disagree",
            footer="Conflict",
        ),
        Command("tab", "switch_side", "Switch side", "Make the other column the active one"),
        Command(
            "f",
            "fold",
            "Fold agreeing pairs",
            "Hide the rows where both outlets agree, bar wording "
            "(again: one-sided claims only; again: every row)",
            footer="Fold",
        ),
        Command("s", "swap", "Swap sides", "Put the right article on the left"),
        Command(
            "enter",
            "detail",
            "Pair detail",
            "Both claims of this row in full, with what they share and where they differ",
            footer="Detail",
        ),
        Command(
            "E",
            "entities",
            "Entities of both articles",
            "Entities both outlets name, and those only one does; pick one to mark it",
        ),
        Command(
            "w",
            "export",
            "Write a Markdown report",
            "Write this comparison, with your judgements, to a new Markdown file",
            footer="Write",
        ),
        Command(
            "v", "verify", "Mark pair verified", "Mark this row's pair verified (again: clear)"
        ),
        Command(
            "d", "dispute", "Mark pair disputed", "Mark this row's pair disputed (again: clear)"
        ),
        Command("minus", "unlink", "Unlink pair", "Say this row's pair is wrong (again: relink)"),
        Command("a", "note", "Note on pair", "Attach a one-line note to this row's pair"),
        Command(
            "l",
            "link",
            "Link claims by hand",
            "Mark this claim; l on a claim of the other side links the two",
        ),
        Command("y", "copy_claim", "Copy claim", "Copy this claim with its outlet, date and URL"),
        Command(
            "right_square_bracket",
            "prefix(']')",
            "Next pair (first key)",
            listed=False,
            palette=False,
        ),
        Command(
            "left_square_bracket",
            "prefix('[')",
            "Previous pair (first key)",
            listed=False,
            palette=False,
        ),
        Command("c", "prefixed_c", "Pair (second key)", listed=False, palette=False),
    ),
)
STORY = CommandGroup(
    "Story view",
    (
        Command("escape", "back", "Back to the reader", "Close the story view", footer="Back"),
        Command(
            "o",
            "sort",
            "Sort facts",
            "Cycle: document order, most outlets first, fewest outlets first",
            footer="Sort",
        ),
        Command(
            "f",
            "filter",
            "Filter facts",
            "Cycle: all facts, only conflicts, only facts one outlet alone reports",
            footer="Filter",
        ),
        Command(
            "x", "conflicts", "Only conflicts", "Show only facts whose figures or names disagree"
        ),
        Command(
            "b",
            "blindspots",
            "Only blindspots",
            "Show only facts a single outlet reports",
        ),
        Command(
            "space",
            "mark_column",
            "Mark this outlet",
            "Mark the cursor's outlet; enter then compares it with the cursor's outlet",
            footer="Mark",
        ),
        Command(
            "enter",
            "open_pair",
            "Compare two outlets on this fact",
            "Open the split view on this outlet and another (the marked one) at this fact",
            footer="Compare",
        ),
    ),
)
STORY_TABLE = CommandGroup(
    "Story view facts",
    (
        Command("j,down", "cursor_down", "Next fact", palette=False),
        Command("k,up", "cursor_up", "Previous fact", palette=False),
        Command("h,left", "cursor_left", "Outlet to the left", palette=False),
        Command("l,right", "cursor_right", "Outlet to the right", palette=False),
    ),
)
MOVE_DIALOG = CommandGroup(
    "Move to another story", (Command("escape,q", "cancel", "Cancel", palette=False),)
)
SPLIT_ROWS = CommandGroup(
    "Split view rows",
    (
        Command("j,down", "cursor_down", "Next claim on this side", palette=False),
        Command("k,up", "cursor_up", "Previous claim on this side", palette=False),
        Command("g,home", "first", "First row", palette=False),
        Command("G,end", "last", "Last row", palette=False),
    ),
)
HELP_DIALOG = CommandGroup(
    "Help",
    (
        Command("escape,q,question_mark", "dismiss", "Close help", palette=False),
        *_scrolling(),
    ),
)
PROBLEMS_DIALOG = CommandGroup(
    "Library problems", (Command("escape,q,p", "dismiss", "Close", palette=False),)
)
FEED_ERRORS_DIALOG = CommandGroup(
    "Feed errors", (Command("escape,q,F", "dismiss", "Close", palette=False),)
)
LABELS_DIALOG = CommandGroup(
    "Choose labels",
    (
        Command("escape", "cancel", "Cancel", palette=False),
        Command("enter", "done", "Apply and close", palette=False, priority=True),
        Command("a", "all", "All labels", palette=False),
        Command("n", "none", "No labels", palette=False),
    ),
)
PICKER_DIALOG = CommandGroup(
    "Pick an outlet", (Command("escape,q", "cancel", "Cancel", palette=False),)
)
PAIR_DIALOG = CommandGroup(
    "Pair detail",
    (Command("escape,enter,q", "dismiss", "Close", palette=False), *_scrolling()),
)
ENTITY_DIALOG = CommandGroup(
    "Entities of both articles",
    (Command("escape,q", "dismiss_none", "Close", palette=False),),
)
NOTE_DIALOG = CommandGroup("Note", (Command("escape", "cancel", "Cancel", palette=False),))
DIALOGS = (
    HELP_DIALOG,
    PROBLEMS_DIALOG,
    FEED_ERRORS_DIALOG,
    LABELS_DIALOG,
    PICKER_DIALOG,
    PAIR_DIALOG,
    ENTITY_DIALOG,
    MOVE_DIALOG,
    NOTE_DIALOG,
)
