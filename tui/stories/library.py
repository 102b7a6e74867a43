"""Build grouper inputs from loaded articles (entity keys from the recogniser)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from tui.models import Article
from tui.nlp.entities import Mention, recognise, unify_keys
from tui.stories.types import StoryInput

KEY_LABELS = frozenset(
    ("PERSON", "ORG", "GPE", "LOC", "NORP", "EVENT", "WORK", "PRODUCT", "NUMBER")
)
"""Entity labels whose keys feed grouping (DATE keys such as "tuesday" say nothing)."""


def keys_from_mentions(mention_lists: Sequence[Sequence[Mention]]) -> list[list[str]]:
    """Per article, its grouping keys from already recognised mentions (e.g. the app's
    cached analyses): keys unified across all the lists, DATE mentions left out."""
    unified = unify_keys(*mention_lists)
    return [[m.key for m in mentions if m.label in KEY_LABELS] for mentions in unified]


def entity_keys(articles: Sequence[Article]) -> list[list[str]]:
    """Per article, the unified keys of its title and body mentions (one per mention)."""
    lists = [recognise(a.title, a.entities) + recognise(a.body, a.entities) for a in articles]
    return keys_from_mentions(lists)


def inputs_from_articles(
    articles: Sequence[Article], key: Callable[[Article], str] = lambda a: str(a.path)
) -> list[StoryInput]:
    """One :class:`StoryInput` per article, keyed by ``key`` (default: the path)."""
    keys = entity_keys(articles)
    return [
        StoryInput(key(a), a.title, a.body, a.published, tuple(k))
        for a, k in zip(articles, keys, strict=True)
    ]


def explicit_story(article: Article) -> str | None:
    """The article's ``story:`` value when it differs from the folder-name default.

    :class:`Article` does not record whether ``story:`` was written, so a field equal to
    the folder name counts as the default; callers that read the raw YAML can do better.
    """
    return article.story if article.story != article.path.parent.name else None
