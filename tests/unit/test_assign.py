"""Library-level story assignment (tui.stories.assign): explicit wins, cache, incremental."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.story_library import ARTICLES, article_text, write_story_library
from tui.library.loader import scan_library
from tui.stories.assign import StoryAssigner, assign_library
from tui.stories.input_cache import cache_path


def _groups(root: Path, assignment) -> set[frozenset[str]]:  # type: ignore[no-untyped-def]
    return {
        frozenset(m.path.relative_to(root).as_posix() for m in story.articles)
        for story in assignment.stories
    }


def test_articles_without_story_fields_are_grouped_by_event(library: Path) -> None:
    write_story_library(library)
    assignment = assign_library(scan_library(library))
    assert _groups(library, assignment) == {
        frozenset({"north/ferry.yaml", "south/ferry.yaml", "east/ferry.yaml"}),
        frozenset({"north/orchard.yaml", "south/orchard.yaml"}),
        frozenset({"east/chess.yaml"}),
    }
    ferry = assignment.story(library / "south/ferry.yaml")
    assert ferry is not None and ferry.outlets == 3 and not ferry.explicit
    assert ferry.title in {title for title, *_rest in ARTICLES.values()}
    assert "Kestrel Bay" in ferry.reasons[1]  # why: the shared names


def test_an_explicit_story_field_always_wins(library: Path) -> None:
    write_story_library(library, {"east/chess.yaml": "harvest", "north/orchard.yaml": "harvest"})
    assignment = assign_library(scan_library(library))
    harvest = assignment.find("harvest")
    assert harvest is not None and harvest.explicit
    names = {m.path.relative_to(library).as_posix() for m in harvest.articles}
    assert {"east/chess.yaml", "north/orchard.yaml"} <= names
    assert "explicit" in harvest.reasons[0]
    assert assignment.find("HARVEST") is harvest  # slugs match case-insensitively


def test_second_run_reuses_the_cached_inputs(library: Path) -> None:
    write_story_library(library)
    scan = scan_library(library)
    first = StoryAssigner(library)
    before = first.update(scan)
    assert first.computed == len(ARTICLES)
    assert cache_path(library).is_file()
    again = StoryAssigner(library)
    after = again.update(scan)
    assert again.computed == 0
    assert [(s.id, s.title) for s in after.stories] == [(s.id, s.title) for s in before.stories]


def test_a_corrupt_cache_is_rebuilt(library: Path) -> None:
    write_story_library(library)
    path = cache_path(library)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"this is not a database" * 50)
    assigner = StoryAssigner(library)
    assert len(assigner.update(scan_library(library)).stories) == 3
    assert assigner.computed == len(ARTICLES)
    second = StoryAssigner(library)
    second.update(scan_library(library))
    assert second.computed == 0


def test_new_files_are_added_without_moving_the_others(library: Path) -> None:
    write_story_library(library)
    assigner = StoryAssigner(library)
    before = assigner.update(scan_library(library))
    extra = library / "west/ferry.yaml"
    extra.parent.mkdir()
    body = (
        "Repairs began on the cracked Kestrel Bay ferry ramp, harbour director Ilse Marwick "
        "said, and sailings to Tarnholm Island should resume next week."
    )
    extra.write_text(
        article_text("Kestrel Bay ramp repairs begin", "West Daily", "2025-03-06", body, None),
        encoding="utf-8",
    )
    after = assigner.update(scan_library(library))
    assert assigner.computed == 1  # only the new file was analysed
    old = dict(before.story_of_path)
    assert {p: after.story_of_path[p] for p in old} == old
    assert after.story_of_path[extra] == after.story_of_path[library / "north/ferry.yaml"]


def test_assignment_is_deterministic(library: Path) -> None:
    write_story_library(library)
    scan = scan_library(library)
    one = assign_library(scan, cache=library.parent / "one.sqlite3")
    two = assign_library(scan, cache=library.parent / "two.sqlite3")
    assert one == two


def test_a_story_field_naming_an_automatic_story_joins_it(library: Path) -> None:
    from tui.library.edit import set_story

    paths = write_story_library(library)
    ferry = assign_library(scan_library(library)).story(paths["north/ferry.yaml"])
    assert ferry is not None
    set_story(paths["east/chess.yaml"], ferry.id)
    after = assign_library(scan_library(library))
    moved = after.story(paths["east/chess.yaml"])
    assert moved is not None and moved.id == ferry.id
    assert {m.path for m in moved.articles} == {m.path for m in ferry.articles} | {
        paths["east/chess.yaml"]
    }
    assert moved.title == ferry.title  # still the ferry story


def test_a_story_split_out_by_hand_stays_apart(library: Path) -> None:
    from tui.library.edit import set_story

    paths = write_story_library(library)
    set_story(paths["south/ferry.yaml"], "my-ferry-angle")
    after = assign_library(scan_library(library))
    mine = after.find("my-ferry-angle")
    assert mine is not None and [m.path for m in mine.articles] == [paths["south/ferry.yaml"]]
    rest = after.story(paths["north/ferry.yaml"])
    assert rest is not None and rest.id != "my-ferry-angle"
    assert {m.path for m in rest.articles} == {paths["north/ferry.yaml"], paths["east/ferry.yaml"]}


def test_progress_is_reported_while_files_are_analysed(
    library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tui.stories.assign

    write_story_library(library)
    monkeypatch.setattr(tui.stories.assign, "PROGRESS_EVERY", 2)
    seen: list[tuple[int, int]] = []
    StoryAssigner(library).update(scan_library(library), lambda d, t: seen.append((d, t)))
    assert seen == [(2, 6), (4, 6), (6, 6)]
    seen.clear()
    StoryAssigner(library).update(scan_library(library), lambda d, t: seen.append((d, t)))
    assert seen == []  # everything came from the cache


def test_entity_counts_give_the_same_keys_as_the_mentions(library: Path) -> None:
    from tui.analysis import analyse
    from tui.library.loader import load_article
    from tui.stories.input_cache import entity_counts
    from tui.stories.library import keys_from_counts, keys_from_mentions

    paths = write_story_library(library)
    mentions = [analyse(load_article(p)).mentions for p in paths.values()]
    expected = keys_from_mentions(mentions)
    got = keys_from_counts([entity_counts(m) for m in mentions])
    assert [sorted(k) for k in got] == [sorted(k) for k in expected]
    assert any(len(k) != len(set(k)) for k in got)  # repeated mentions still count
