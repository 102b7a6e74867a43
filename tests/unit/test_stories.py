"""Automatic story grouping (tui.stories) on the annotated set and on small cases."""

from __future__ import annotations

import random
import subprocess
import sys
from datetime import date, datetime
from functools import cache
from pathlib import Path

import pytest
import yaml

from tui.library import load_article
from tui.stories import (
    Grouper,
    Settings,
    StoryInput,
    bcubed,
    group,
    inputs_from_articles,
    story_id,
)
from tui.stories.text import day_number

DATA = Path(__file__).resolve().parent.parent / "data" / "stories"


@cache
def _dataset() -> tuple[tuple[StoryInput, ...], dict[str, str]]:
    raw = yaml.safe_load((DATA / "gold.yaml").read_text(encoding="utf-8"))["stories"]
    gold = {str(k): str(v) for k, v in raw.items()}
    articles = [load_article(DATA / rel) for rel in sorted(gold)]
    inputs = inputs_from_articles(articles, key=lambda a: a.path.relative_to(DATA).as_posix())
    return tuple(inputs), gold


def _subset(*stories: str) -> tuple[list[StoryInput], dict[str, str]]:
    inputs, gold = _dataset()
    part = [i for i in inputs if gold[i.key] in stories]
    return part, {i.key: gold[i.key] for i in part}


def _partition(labels: dict[str, str]) -> set[frozenset[str]]:
    groups: dict[str, set[str]] = {}
    for key, label in labels.items():
        groups.setdefault(label, set()).add(key)
    return {frozenset(g) for g in groups.values()}


def test_the_annotated_set_scores_at_least_the_floor() -> None:
    inputs, gold = _dataset()
    score = bcubed(group(inputs).labels(), gold)
    assert score.f1 >= 0.95, score
    assert score.precision >= 0.95, score


@pytest.mark.parametrize(
    "pair",
    [
        ("veltrix-q3-earnings", "veltrix-aurora-x9-launch"),
        ("marsh-budget-2026", "marsh-expenses-scandal"),
        ("orvane-brake-recall", "orvane-ceo-exit"),
    ],
)
def test_same_company_or_person_a_month_apart_makes_two_stories(pair: tuple[str, str]) -> None:
    part, gold = _subset(*pair)
    assert _partition(group(part).labels()) == _partition(gold)


@pytest.mark.parametrize(
    "pair",
    [
        ("kestrel-bay-earthquake", "tarsa-valmora-earthquake"),
        ("national-cup-final", "portwell-draymoor-promotion"),
        ("national-rail-strike", "portmere-nurses-strike"),
    ],
)
def test_same_kind_of_event_stays_apart(pair: tuple[str, str]) -> None:
    part, gold = _subset(*pair)
    assert _partition(group(part).labels()) == _partition(gold)


def test_follow_ups_over_several_days_make_one_story() -> None:
    part, _gold = _subset("marsh-expenses-scandal")
    days = {i.published for i in part if i.published is not None}
    assert len(days) >= 4  # the fixture really spans several days
    assert len(group(part).stories) == 1


def test_wire_copies_with_new_headlines_make_one_story() -> None:
    part, _gold = _subset("lake-corran-dam", "drummond-hills-wildfire")
    grouping = group(part)
    dam = {grouping.story_of(i.key) for i in part if "dam" in i.key}
    assert len(dam) == 1


def test_an_undated_article_groups_by_content() -> None:
    part, gold = _subset("kestrel-bay-earthquake", "tarsa-valmora-earthquake")
    undated = [i for i in part if i.published is None]
    assert undated
    grouping = group(part)
    for item in undated:
        mates = {k for k, g in gold.items() if g == gold[item.key] and k != item.key}
        assert {grouping.story_of(k) for k in mates} == {grouping.story_of(item.key)}
        assert "undated" in grouping.placements[item.key].reason


def test_grouping_is_deterministic_whatever_the_input_order() -> None:
    inputs, _gold = _dataset()
    first = group(inputs)
    shuffled = list(inputs)
    random.Random(3).shuffle(shuffled)
    second = group(shuffled)
    assert first.labels() == second.labels()
    assert {s.id: s.title for s in first.stories.values()} == {
        s.id: s.title for s in second.stories.values()
    }


def test_adding_articles_keeps_existing_placements_and_ids() -> None:
    inputs, _gold = _dataset()
    cut = day_number(date(2026, 1, 1)) or 0.0
    early = [i for i in inputs if (day_number(i.published) or 1e9) < cut]
    later = [i for i in inputs if i not in early]
    grouper = Grouper()
    before = {p.key: p.story for p in grouper.add_many(early)}
    grouper.add_many(later)
    after = grouper.grouping().labels()
    assert all(after[k] == sid for k, sid in before.items())
    # Regrouping from scratch with the later articles keeps the early stories' ids.
    again = group(list(inputs)).labels()
    assert {again[k] for k in before} == set(before.values())


def test_story_ids_come_from_the_seed_article() -> None:
    inputs, _gold = _dataset()
    grouping = group(inputs)
    for story in grouping.stories.values():
        assert story.id == story_id(story.keys[0])
        titles = {i.title for i in inputs if i.key in story.keys}
        assert story.title in titles


def test_an_explicit_story_always_wins() -> None:
    part, _gold = _subset("lake-corran-dam")
    keys = sorted(i.key for i in part)
    explicit = {keys[0]: "my-dam-story", keys[1]: "another-story"}
    grouping = group(part, explicit)
    assert grouping.story_of(keys[0]) == "my-dam-story"
    assert grouping.story_of(keys[1]) == "another-story"
    assert grouping.stories["my-dam-story"].explicit
    # Undeclared copies of the same wire story join a declared story (documented choice).
    for key in keys[2:]:
        assert grouping.story_of(key) in ("my-dam-story", "another-story")


def test_explanations_name_shared_entities_and_days() -> None:
    part, _gold = _subset("veltrix-q3-earnings")
    grouping = group(part)
    reasons = [p.reason for p in grouping.placements.values()]
    assert sum(r.startswith("new story") for r in reasons) == 1
    joined = [r for r in reasons if r.startswith("score")]
    assert joined
    assert all("Veltrix" in r and ("day" in r or "undated" in r) for r in joined)


def _item(key: str, title: str, body: str, when: datetime | None, ents: list[str]) -> StoryInput:
    return StoryInput(key, title, body, when, tuple(ents))


def test_handmade_month_apart_and_incremental_add() -> None:
    earnings = "Tandem Foods reported quarterly profit and revenue above forecasts, margins rose."
    launch = "Tandem Foods launched a frozen noodle brand in supermarkets with a new factory."
    ents = ["ORG:tandem foods", "PERSON:ada kord"]
    grouper = Grouper()
    a = grouper.add(_item("a", "Tandem Foods profit beats", earnings, datetime(2025, 3, 1), ents))
    b = grouper.add(
        _item("b", "Tandem Foods quarterly profit", earnings, datetime(2025, 3, 2), ents)
    )
    c = grouper.add(_item("c", "Tandem Foods launches noodles", launch, datetime(2025, 4, 2), ents))
    assert a.story == b.story != c.story
    assert "1 day apart" in b.reason
    with pytest.raises(ValueError, match="already grouped"):
        grouper.add(_item("a", "again", earnings, None, ents))


def test_settings_threshold_controls_joining() -> None:
    part, _gold = _subset("marsh-expenses-scandal")
    assert len(group(part, settings=Settings(threshold=0.99)).stories) == len(part)


def test_bcubed_by_hand() -> None:
    gold = {"a": "1", "b": "1", "c": "2"}
    score = bcubed({"a": "X", "b": "Y", "c": "Y"}, gold)
    assert score.precision == pytest.approx(2 / 3)
    assert score.recall == pytest.approx(2 / 3)
    assert score.f1 == pytest.approx(2 / 3)
    perfect = bcubed({"a": "p", "b": "p", "c": "q"}, gold)
    assert (perfect.precision, perfect.recall, perfect.f1) == (1.0, 1.0, 1.0)
    lumped = bcubed({"a": "p", "b": "p", "c": "p"}, gold)
    assert lumped.recall == 1.0
    assert lumped.precision == pytest.approx((2 / 3 + 2 / 3 + 1 / 3) / 3)


def test_stories_package_does_not_import_textual() -> None:
    code = "import sys, tui.stories; sys.exit('textual' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
