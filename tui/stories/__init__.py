"""Automatic story grouping: which articles report the same event.

Pure logic (no Textual). Entry points: :func:`group` for a whole library,
:class:`Grouper` for incremental additions, :func:`inputs_from_articles` to build the
inputs from loaded articles, :func:`bcubed` to score a grouping against gold labels.
The algorithm is described in :mod:`tui.stories.grouper`.

Typical use::

    inputs = inputs_from_articles(articles)          # or StoryInput(...) from a cache
    explicit = {str(a.path): s for a in articles if (s := explicit_story(a))}
    grouping = group(inputs, explicit)
    grouping.story_of(key)                            # story id
    grouping.stories[sid].title                       # most central headline
    grouping.placements[key].reason                   # why it is there

    grouper = Grouper()                               # incremental
    grouper.add_many(inputs, explicit)
    grouper.add(StoryInput(...))                      # existing placements never move
"""

from __future__ import annotations

from tui.stories.bcubed import BCubed, bcubed
from tui.stories.grouper import Grouper, group, order_key, story_id
from tui.stories.library import (
    entity_keys,
    explicit_story,
    inputs_from_articles,
    keys_from_mentions,
)
from tui.stories.text import text_terms
from tui.stories.types import Grouping, Placement, Settings, Story, StoryInput

__all__ = [
    "BCubed",
    "Grouper",
    "Grouping",
    "Placement",
    "Settings",
    "Story",
    "StoryInput",
    "bcubed",
    "entity_keys",
    "explicit_story",
    "group",
    "inputs_from_articles",
    "keys_from_mentions",
    "order_key",
    "story_id",
    "text_terms",
]
