"""The app survives terminal resizes down to 40×12 and back, and random key mashing.

Each screen under test — the reader with an article open, help, problems, the label
filter, the entity panel, the split view, the story picker, the command palette, and the
split view's pair detail and entity overlap — is resized 120×40 → 40×12 → 80×24 → 200×60,
and fed seeded random keys at two sizes (2,000 keys in all); whenever the keys leave the
screen under test it is opened again. ``q``, ``ctrl+q`` and ``ctrl+c`` are never pressed,
and quitting from the command palette is switched off for the mash.
"""

from __future__ import annotations

import random
import shutil
from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest
from textual import events
from textual.command import CommandPalette
from textual.screen import Screen

from tests.conftest import SAMPLE_LIBRARY, article_yaml
from tests.functional.helpers import wait_until
from tui.app.application import ParallaxApp
from tui.app.dialogs.help import HelpScreen
from tui.app.dialogs.labels import LabelFilterScreen
from tui.app.dialogs.problems import ProblemsScreen
from tui.app.dialogs.story_picker import StoryPickerScreen
from tui.app.reader.article_view import ArticleView
from tui.app.reader.entity_panel import EntityPanel
from tui.app.reader.screen import ReaderScreen
from tui.app.split.entity_overlap import EntityOverlapScreen
from tui.app.split.pair_detail import PairDetailScreen
from tui.app.split.screen import SplitScreen

SIZES = [(120, 40), (40, 12), (80, 24), (200, 60)]
KEYS = [
    *"abcdefghijklmnoprstuvwxyz",  # no q: it quits
    *"ABCDEGHLNUX",
    *"0123456789",
    "up",
    "down",
    "left",
    "right",
    "tab",
    "shift+tab",
    "enter",
    "escape",
    "slash",
    "question_mark",
    "pageup",
    "pagedown",
    "home",
    "end",
    "space",
    "backspace",
    "left_square_bracket",
    "right_square_bracket",
    "ctrl+p",
]
MASH_KEYS = 100
MASH_SIZES = [(100, 30), (60, 20)]


@pytest.fixture
def library(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The sample library plus a broken file, so the problems screen has content."""
    root = tmp_path / "library"
    shutil.copytree(SAMPLE_LIBRARY, root)
    (root / "other").mkdir()
    (root / "other" / "broken.yaml").write_text("title: [\n", encoding="utf-8")
    for outlet in ("Alpha", "Beta [/b]", "Gamma"):  # three outlets: c asks which to compare
        (root / "budget" / f"{outlet[:5].lower()}.yaml").parent.mkdir(exist_ok=True)
        (root / "budget" / f"{outlet[:5].lower()}.yaml").write_text(
            article_yaml(
                title=f"{outlet} on the budget",
                source=outlet,
                story="budget",
                body="The council approved the budget on Monday.\n\nThe vote was 7 to 2.",
            ),
            encoding="utf-8",
        )
    (root / "other" / "wide.yaml").write_text(
        article_yaml(title="東京 😀 " * 30, source="Wide [bold]", body="東京で会議 " * 400),
        encoding="utf-8",
    )
    out = tmp_path / "cwd"
    out.mkdir()
    monkeypatch.chdir(out)  # the split view's export key writes to the working folder
    return root


Opener = Callable[[ParallaxApp, object], Awaitable[None]]


def _reader(app: ParallaxApp) -> ReaderScreen:
    for screen in reversed(app.screen_stack):
        if isinstance(screen, ReaderScreen):
            return screen
    raise AssertionError("no reader screen")


async def _back_to_reader(app: ParallaxApp, pilot) -> ReaderScreen:  # type: ignore[no-untyped-def]
    """Close whatever is on top of the reader and leave the filter and panel closed."""
    while len(app.screen_stack) > 1 and not isinstance(app.screen, ReaderScreen):
        app.pop_screen()
        await pilot.pause()
    reader = _reader(app)
    await wait_until(pilot, lambda: reader.scan is not None)
    sidebar = reader.query_one("#sidebar")
    if sidebar.has_class("-filtering"):
        sidebar.close_filter(clear=True)  # type: ignore[attr-defined]
    reader.query_one(EntityPanel).remove_class("-open")
    await pilot.pause()
    return reader


async def _open_article(app: ParallaxApp, pilot) -> ReaderScreen:  # type: ignore[no-untyped-def]
    reader = await _back_to_reader(app, pilot)
    view = reader.query_one(ArticleView)
    if view.article is None or view.article.source != "CO/AI":
        meta = next(m for m in reader.scan.articles if m.source == "CO/AI")  # type: ignore[union-attr]
        reader.open_article(meta)
        await wait_until(pilot, lambda: view.article is not None)
    # Popping a stack of screens restores focus late; focus until it sticks.
    await wait_until(pilot, lambda: bool(view.body.focus()) and app.focused is view.body)
    return reader


async def open_reader(app: ParallaxApp, pilot) -> None:  # type: ignore[no-untyped-def]
    await _open_article(app, pilot)


async def open_help(app: ParallaxApp, pilot) -> None:  # type: ignore[no-untyped-def]
    await _open_article(app, pilot)
    await pilot.press("question_mark")
    await wait_until(pilot, lambda: isinstance(app.screen, HelpScreen))


async def open_problems(app: ParallaxApp, pilot) -> None:  # type: ignore[no-untyped-def]
    await _open_article(app, pilot)
    await pilot.press("p")
    await wait_until(pilot, lambda: isinstance(app.screen, ProblemsScreen))


async def open_labels(app: ParallaxApp, pilot) -> None:  # type: ignore[no-untyped-def]
    await _open_article(app, pilot)
    await pilot.press("L")
    await wait_until(pilot, lambda: isinstance(app.screen, LabelFilterScreen))


async def open_entities(app: ParallaxApp, pilot) -> None:  # type: ignore[no-untyped-def]
    reader = await _open_article(app, pilot)
    await pilot.press("e")
    await wait_until(pilot, lambda: reader.query_one(EntityPanel).has_class("-open"))


async def open_split(app: ParallaxApp, pilot) -> None:  # type: ignore[no-untyped-def]
    await _open_article(app, pilot)
    await pilot.press("c")
    await wait_until(pilot, lambda: isinstance(app.screen, SplitScreen))
    await app.workers.wait_for_complete()
    await pilot.pause()


async def open_picker(app: ParallaxApp, pilot) -> None:  # type: ignore[no-untyped-def]
    reader = await _back_to_reader(app, pilot)
    meta = next(m for m in reader.scan.articles if m.story == "budget")  # type: ignore[union-attr]
    reader.open_article(meta)
    view = reader.query_one(ArticleView)
    await wait_until(pilot, lambda: view.article is not None and view.article.story == "budget")
    await pilot.press("c")
    await wait_until(pilot, lambda: isinstance(app.screen, StoryPickerScreen))


async def open_palette(app: ParallaxApp, pilot) -> None:  # type: ignore[no-untyped-def]
    await _open_article(app, pilot)
    await pilot.press("ctrl+p")
    await wait_until(pilot, lambda: isinstance(app.screen, CommandPalette))


async def open_pair_detail(app: ParallaxApp, pilot) -> None:  # type: ignore[no-untyped-def]
    await open_split(app, pilot)
    await pilot.press("n", "enter")
    await wait_until(pilot, lambda: isinstance(app.screen, PairDetailScreen))


async def open_overlap(app: ParallaxApp, pilot) -> None:  # type: ignore[no-untyped-def]
    await open_split(app, pilot)
    await pilot.press("E")
    await wait_until(pilot, lambda: isinstance(app.screen, EntityOverlapScreen))


def _in_reader(app: ParallaxApp) -> bool:
    return isinstance(app.screen, ReaderScreen)


def _entities_open(app: ParallaxApp) -> bool:
    return _in_reader(app) and app.screen.query_one(EntityPanel).has_class("-open")


CASES: list[tuple[str, Opener, Callable[[ParallaxApp], bool]]] = [
    ("reader", open_reader, _in_reader),
    ("help", open_help, lambda app: isinstance(app.screen, HelpScreen)),
    ("problems", open_problems, lambda app: isinstance(app.screen, ProblemsScreen)),
    ("labels", open_labels, lambda app: isinstance(app.screen, LabelFilterScreen)),
    ("entities", open_entities, _entities_open),
    (
        "split",
        open_split,
        lambda app: isinstance(app.screen, SplitScreen),
    ),
    ("picker", open_picker, lambda app: isinstance(app.screen, StoryPickerScreen)),
    ("palette", open_palette, lambda app: isinstance(app.screen, CommandPalette)),
    ("pair-detail", open_pair_detail, lambda app: isinstance(app.screen, PairDetailScreen)),
    ("overlap", open_overlap, lambda app: isinstance(app.screen, EntityOverlapScreen)),
]
IDS = [name for name, _, _ in CASES]


def _assert_drawn(app: ParallaxApp) -> None:
    """The screen lays out and every line fills the terminal width exactly."""
    screen: Screen[object] = app.screen
    strips = screen._compositor.render_strips()
    assert len(strips) == app.size.height
    assert all(strip.cell_length == app.size.width for strip in strips)


@pytest.mark.parametrize(("name", "opener", "is_open"), CASES, ids=IDS)
async def test_resize_down_to_40x12_and_back(
    library: Path, name: str, opener: Opener, is_open: Callable[[ParallaxApp], bool]
) -> None:
    app = ParallaxApp(library)
    async with app.run_test(size=SIZES[0]) as pilot:
        await opener(app, pilot)
        assert is_open(app)
        for width, height in [*SIZES, *reversed(SIZES)]:
            await pilot.resize_terminal(width, height)
            await pilot.pause()
            await pilot.pause()
            assert app.size == (width, height)
            assert is_open(app), f"{name}: resizing to {width}×{height} left the screen"
            _assert_drawn(app)
        assert app.is_running
    assert app.return_code in (None, 0)


CHARACTERS = {
    "space": " ",
    "slash": "/",
    "question_mark": "?",
    "left_square_bracket": "[",
    "right_square_bracket": "]",
    "tab": "\t",
    "enter": "\r",
    "escape": "\x1b",
    "backspace": "\x7f",
}
BATCH = 10
"""Keys posted back to back before the app is let to catch up (a real mash is bursty)."""


def _key_event(key: str) -> events.Key:
    return events.Key(key, key if len(key) == 1 else CHARACTERS.get(key))


@pytest.mark.parametrize("size", MASH_SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
@pytest.mark.parametrize(("name", "opener", "is_open"), CASES, ids=IDS)
async def test_key_mashing_never_crashes(
    library: Path,
    name: str,
    opener: Opener,
    is_open: Callable[[ParallaxApp], bool],
    size: tuple[int, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rng = random.Random(f"{name} {size}")  # seeded: a failure reproduces
    keys = [rng.choice(KEYS) for _ in range(MASH_KEYS)]
    app = ParallaxApp(library)
    app.animation_level = "none"

    async def no_quit() -> None:  # the palette's "Quit" command would end the run
        return None

    monkeypatch.setattr(app, "action_quit", no_quit)
    reopened = 0
    async with app.run_test(size=size) as pilot:
        await opener(app, pilot)
        for start in range(0, len(keys), BATCH):
            batch = keys[start : start + BATCH]
            for key in batch:
                app.post_message(_key_event(key))
            await pilot.pause()
            assert app.is_running, f"{name}: keys {batch} stopped the app"
            if not is_open(app):
                reopened += 1
                await opener(app, pilot)
                assert is_open(app)
        await app.workers.wait_for_complete()
        await pilot.pause()
        _assert_drawn(app)
        assert app.is_running
    assert app.return_code in (None, 0)
    assert reopened < MASH_KEYS // BATCH
