"""Pilot tests of the story view and of moving an article between stories."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot

from tests.functional.helpers import tree_labels, wait_until
from tests.story_library import write_story_library
from tui.app.application import ParallaxApp
from tui.app.dialogs.move_story import MoveStoryScreen
from tui.app.reader.screen import ReaderScreen
from tui.app.reader.sidebar import Sidebar
from tui.app.split.screen import SplitScreen
from tui.app.story.screen import StoryScreen
from tui.library.loader import load_article


@pytest.fixture
def paths(library: Path) -> dict[str, Path]:
    return write_story_library(library)


def reader(app: ParallaxApp) -> ReaderScreen:
    screen = app.screen
    assert isinstance(screen, ReaderScreen)
    return screen


async def grouped_by_story(pilot: Pilot[None], app: ParallaxApp) -> ReaderScreen:
    """Wait for the stories, then group the sidebar by story (the reader opens on the
    stories by itself when one has several outlets)."""
    await wait_until(pilot, lambda: reader(app).assignment is not None)
    await pilot.pause()
    if reader(app).query_one(Sidebar).grouping != "story":
        await pilot.press("v")
        await pilot.pause()
    assert reader(app).query_one(Sidebar).grouping == "story"
    return reader(app)


async def open_story(pilot: Pilot[None], app: ParallaxApp, title_start: str) -> StoryScreen:
    """Put the sidebar cursor on the story group whose label starts so, press S, and wait
    until every outlet is compared."""
    screen = await grouped_by_story(pilot, app)
    tree = screen.query_one(Sidebar).article_tree
    tree.focus()
    line = next(n for n, label in enumerate(tree_labels(app)) if label.startswith(title_start))
    tree.cursor_line = line
    await pilot.pause()
    await pilot.press("S")
    await wait_until(pilot, lambda: isinstance(app.screen, StoryScreen))
    story = app.screen
    assert isinstance(story, StoryScreen)
    await wait_until(pilot, lambda: story.complete == len(story.metas), 30)
    await pilot.pause()
    return story


def glyphs(story: StoryScreen, row: int) -> list[str]:
    table = story.table
    return [str(table.get_cell_at((row, column))) for column in range(1, len(table.columns))]


async def test_sidebar_story_groups_show_outlet_counts(library: Path, paths: dict) -> None:  # type: ignore[type-arg]
    app = ParallaxApp(library)
    async with app.run_test(size=(120, 40)) as pilot:
        await grouped_by_story(pilot, app)
        labels = tree_labels(app)
        assert any(label.startswith("Ferry terminal") and "3 outlets" in label for label in labels)
        assert any("1 outlet" in label and label.startswith("Schoolboy") for label in labels)


async def test_story_view_shows_outlets_as_columns(library: Path, paths: dict) -> None:  # type: ignore[type-arg]
    app = ParallaxApp(library)
    async with app.run_test(size=(160, 40)) as pilot:
        story = await open_story(pilot, app, "Ferry terminal")
        assert [m.source for m in story.metas] == ["North Wire", "South Post", "East Gazette"]
        table = story.table
        assert len(table.columns) == 4  # the fact, then one column per outlet
        labels = [str(column.label) for column in table.columns.values()]
        assert labels[1].startswith("1 North") and labels[3].startswith("3 East")
        assert table.row_count == len(story.shown) > 0
        for row, fact in enumerate(story.shown):
            cells = glyphs(story, row)
            assert len(cells) == 3
            assert [c != "·" for c in cells] == [bool(cell) for cell in fact.cells]
        timeline = str(story.query_one("#story-timeline").render())
        assert "North Wire first" in timeline and "South Post +4h" in timeline


async def test_story_view_sorts_by_coverage(library: Path, paths: dict) -> None:  # type: ignore[type-arg]
    app = ParallaxApp(library)
    async with app.run_test(size=(160, 40)) as pilot:
        story = await open_story(pilot, app, "Ferry terminal")
        await pilot.press("o")
        counts = [fact.outlets for fact in story.shown]
        assert counts == sorted(counts, reverse=True) and counts[0] == 3
        await pilot.press("o")
        counts = [fact.outlets for fact in story.shown]
        assert counts == sorted(counts) and counts[0] == 1
        await pilot.press("o")
        assert story.shown == list(story.matrix.facts)  # type: ignore[union-attr]


async def test_conflict_filter_keeps_only_disagreements(library: Path, paths: dict) -> None:  # type: ignore[type-arg]
    app = ParallaxApp(library)
    async with app.run_test(size=(160, 40)) as pilot:
        story = await open_story(pilot, app, "Ferry terminal")
        everything = len(story.shown)
        await pilot.press("x")
        assert 0 < len(story.shown) < everything
        assert all(fact.conflict for fact in story.shown)
        assert story.table.row_count == len(story.shown)
        assert glyphs(story, 0)[:2] == ["≠", "≠"]  # 40 sailings against 55
        await pilot.press("b")
        assert all(fact.outlets == 1 for fact in story.shown)
        await pilot.press("b")
        assert len(story.shown) == everything


async def test_enter_opens_the_split_view_on_that_fact(library: Path, paths: dict) -> None:  # type: ignore[type-arg]
    app = ParallaxApp(library)
    async with app.run_test(size=(160, 40)) as pilot:
        story = await open_story(pilot, app, "Ferry terminal")
        await pilot.press("x")  # the sailings conflict
        fact = story.shown[0]
        story.table.move_cursor(row=0, column=2)  # South Post's cell
        await pilot.pause()
        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(app.screen, SplitScreen))
        split = app.screen
        assert isinstance(split, SplitScreen)
        await wait_until(pilot, lambda: split.comparison is not None, 30)
        await pilot.pause()
        assert split.article.source == "South Post"
        assert split.other is not None and split.other.source == "North Wire"
        row = split.rows.current_row
        assert row is not None and fact.cells[1][0] in row.a
        await pilot.press("escape")
        await wait_until(pilot, lambda: app.screen is story)


async def test_move_article_writes_story_and_sidebar_follows(
    library: Path,
    paths: dict,  # type: ignore[type-arg]
) -> None:
    app = ParallaxApp(library)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await grouped_by_story(pilot, app)
        assert screen.assignment is not None
        orchard = screen.assignment.story(paths["north/orchard.yaml"])
        assert orchard is not None and orchard.outlets == 2
        chess = next(m for m in screen.scan.articles if m.path == paths["east/chess.yaml"])  # type: ignore[union-attr]
        screen.open_article(chess)
        await pilot.press("m")
        await wait_until(pilot, lambda: isinstance(app.screen, MoveStoryScreen))
        dialog = app.screen
        assert isinstance(dialog, MoveStoryScreen)
        target = next(n for n, c in enumerate(dialog.choices) if c.story == orchard.id)
        dialog.query_one("#move-list").highlighted = target  # type: ignore[attr-defined]
        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(app.screen, ReaderScreen))
        assert load_article(paths["east/chess.yaml"]).story == orchard.id
        assert f'story: "{orchard.id}"' in paths["east/chess.yaml"].read_text(encoding="utf-8")

        def moved() -> bool:
            found = screen.assignment.story(paths["east/chess.yaml"])  # type: ignore[union-attr]
            return found is not None and found.id == orchard.id

        await wait_until(pilot, moved, 30)
        await pilot.pause()
        labels = tree_labels(app)
        groups = [n for n, label in enumerate(labels) if "outlet" in label and " — " not in label]
        chess_line = next(n for n, label in enumerate(labels) if "Schoolboy" in label)
        group = max(n for n in groups if n < chess_line)
        assert "3 outlets" in labels[group]
        members = labels[group + 1 : min([n for n in groups if n > group] or [len(labels)])]
        assert any("Record apple harvest" in label for label in members)
        assert not any(label.startswith("Schoolboy") for label in labels)  # no story of its own


async def test_two_marked_columns_open_that_pair(library: Path, paths: dict) -> None:  # type: ignore[type-arg]
    app = ParallaxApp(library)
    async with app.run_test(size=(160, 40)) as pilot:
        story = await open_story(pilot, app, "Ferry terminal")
        story.table.move_cursor(row=0, column=3)  # East Gazette
        await pilot.press("space")
        assert story.marked == 2
        assert str(story.table.ordered_columns[3].label).startswith("*3")
        story.table.move_cursor(row=0, column=2)  # South Post
        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(app.screen, SplitScreen))
        split = app.screen
        assert isinstance(split, SplitScreen)
        assert split.article.source == "South Post"
        assert split.other_meta is not None and split.other_meta.source == "East Gazette"


async def test_twelve_outlets_fit_as_narrow_columns(library: Path) -> None:
    from tests.story_library import article_text
    from tui.library.loader import scan_library
    from tui.stories.assign import assign_library

    for n in range(12):
        body = (
            f"The Brannock tram depot flooded on Monday. Manager Oskar Veld said {10 + n} trams "
            "were damaged. Services resume on Friday."
        )
        text = article_text(
            f"Depot flood, report {n}", f"Outlet {n:02d}", "2025-05-05", body, "depot"
        )
        (library / f"o{n:02d}.yaml").write_text(text, encoding="utf-8")
    story = assign_library(scan_library(library)).find("depot")
    assert story is not None and story.outlets == 12
    app = ParallaxApp(library)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_until(pilot, lambda: reader(app).assignment is not None)
        app.push_screen(StoryScreen(story))
        await wait_until(pilot, lambda: isinstance(app.screen, StoryScreen))
        view = app.screen
        assert isinstance(view, StoryScreen)
        await wait_until(pilot, lambda: view.complete == 12, 60)
        await pilot.pause()
        columns = view.table.ordered_columns
        assert len(columns) == 13
        assert [str(c.label) for c in columns[1:4]] == ["1", "2", "3"]
        assert all(c.width <= 4 for c in columns[1:])
        trams = next(f for f in view.shown if "trams" in f.text)
        assert trams.conflict and trams.outlets == 12  # twelve different counts


async def test_judging_in_the_split_view_changes_the_story_view(
    library: Path,
    paths: dict,  # type: ignore[type-arg]
) -> None:
    """Unlink the sailings pair and verify the coastal-bus pair in split views opened from
    the story view: back in it, the sailings fact is split and the bus fact reads ✓."""
    app = ParallaxApp(library)
    async with app.run_test(size=(160, 40)) as pilot:
        story = await open_story(pilot, app, "Ferry terminal")
        facts = len(story.shown)

        async def judge(words: str, key: str) -> tuple[int, int]:
            row = next(n for n, f in enumerate(story.shown) if words in f.text)
            fact = story.shown[row]
            story.table.move_cursor(row=row, column=0)
            await pilot.press("enter")
            await wait_until(pilot, lambda: isinstance(app.screen, SplitScreen))
            split = app.screen
            assert isinstance(split, SplitScreen)
            await wait_until(pilot, lambda: split.comparison is not None, 30)
            await pilot.pause()
            current = split.rows.current_row  # on the fact's first claim, beside its partner
            assert current.a[0] == fact.cells[0][0] and set(current.b) & set(fact.cells[1])
            await pilot.press(key)
            await pilot.pause()
            await pilot.press("escape")
            await wait_until(pilot, lambda: app.screen is story)
            return current.a[0], current.b[0]

        a, b = await judge("sailings", "minus")
        await wait_until(pilot, lambda: len(story.shown) == facts + 1, 30)
        assert not any(a in f.cells[0] and b in f.cells[1] for f in story.shown)

        verified, _ = await judge("coastal bus", "v")
        await wait_until(pilot, lambda: any(f.verdict for f in story.shown), 30)
        row = next(n for n, f in enumerate(story.shown) if f.verdict == "verified")
        assert verified in story.shown[row].cells[0]
        assert [f.verdict for f in story.shown].count("verified") == 1
        assert str(story.table.get_cell_at((row, 0))).startswith("✓ ")
        status = str(story.query_one("#story-status").render())
        assert "✓ verified" in status


async def test_unreadable_judgements_say_so_and_show_the_engine_pairs(
    library: Path,
    paths: dict,  # type: ignore[type-arg]
) -> None:
    from tui.analysis.judgements import story_file

    app = ParallaxApp(library)
    async with app.run_test(size=(160, 40)) as pilot:
        engine = [f.cells for f in (await open_story(pilot, app, "Ferry terminal")).shown]
        await pilot.press("escape")
        path = story_file(library, None)
        path.parent.mkdir()
        path.write_text("pairs: [unclosed\n", encoding="utf-8")
        story = await open_story(pilot, app, "Ferry terminal")
        await wait_until(pilot, lambda: bool(story.problem))
        assert [f.cells for f in story.shown] == engine
        errors = [n.message for n in app._notifications if n.severity == "error"]
        assert any(str(path) in m and "engine's pairs" in m for m in errors)
        assert "judgements unreadable" in str(story.query_one("#story-status").render())
    assert path.read_text(encoding="utf-8") == "pairs: [unclosed\n"
