"""Validate the fields of one article document and build an :class:`Article`.

Every check raises :class:`FieldProblem` with a plain sentence naming the field.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from pathlib import Path
from typing import Any

from tui.models import ENTITY_LABELS, Article, EntityOverride

REQUIRED_FIELDS = ("title", "source", "body")
KNOWN_FIELDS = (
    *REQUIRED_FIELDS,
    "url",
    "published",
    "author",
    "story",
    "language",
    "tags",
    "entities",
)


class FieldProblem(Exception):
    """A field that is missing, empty or of the wrong type."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


def type_name(value: Any) -> str:
    """A reader-friendly name for the YAML type of ``value``."""
    if value is None:
        return "empty"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, datetime | date):
        return "a date"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, str):
        return "text"
    return type(value).__name__


def _text(doc: Mapping[str, Any], name: str, *, required: bool) -> str | None:
    if name not in doc:
        if required:
            raise FieldProblem(f"'{name}' is missing", name)
        return None
    value = doc[name]
    if value is None and not required:
        return None
    if not isinstance(value, str):
        raise FieldProblem(f"'{name}' must be text, not {type_name(value)}", name)
    if not value.strip():
        if required:
            raise FieldProblem(f"'{name}' is empty", name)
        return None
    return value


def _published(doc: Mapping[str, Any]) -> date | datetime | None:
    value = doc.get("published")
    if value is None:
        return None
    if isinstance(value, datetime | date):
        return value
    if isinstance(value, str):
        raw = value.strip()
        try:
            return date.fromisoformat(raw) if len(raw) == 10 else datetime.fromisoformat(raw)
        except ValueError:
            pass
        raise FieldProblem(
            f"'published' is not a date: {raw[:40]!r} (use YYYY-MM-DD or an ISO datetime)",
            "published",
        )
    raise FieldProblem(f"'published' must be a date, not {type_name(value)}", "published")


def _tags(doc: Mapping[str, Any]) -> tuple[str, ...]:
    value = doc.get("tags")
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and all(isinstance(tag, str) for tag in value):
        return tuple(value)
    raise FieldProblem("'tags' must be a list of text items", "tags")


def _entity(item: Any, position: int) -> EntityOverride:
    where = f"'entities' item {position}"
    if not isinstance(item, dict):
        raise FieldProblem(f"{where} must be a mapping with 'text' and 'label'", "entities")
    text, label = item.get("text"), item.get("label")
    if not isinstance(text, str) or not text.strip():
        raise FieldProblem(f"{where}: 'text' must be non-empty text", "entities")
    if not isinstance(label, str) or label.upper() not in ENTITY_LABELS:
        raise FieldProblem(
            f"{where}: 'label' must be one of {', '.join(ENTITY_LABELS)}", "entities"
        )
    aliases = item.get("aliases") or []
    if isinstance(aliases, str):
        aliases = [aliases]
    if not isinstance(aliases, list) or not all(isinstance(a, str) and a for a in aliases):
        raise FieldProblem(f"{where}: 'aliases' must be a list of text items", "entities")
    return EntityOverride(text=text.strip(), label=label.upper(), aliases=tuple(aliases))


def _entities(doc: Mapping[str, Any]) -> tuple[EntityOverride, ...]:
    value = doc.get("entities")
    if value is None:
        return ()
    if not isinstance(value, list):
        raise FieldProblem("'entities' must be a list", "entities")
    return tuple(_entity(item, n) for n, item in enumerate(value, start=1))


def build_article(doc: Any, path: Path, *, body: str | None = None) -> Article:
    """Validate ``doc`` (a parsed mapping) and return the :class:`Article`.

    ``body`` is given for Markdown files, whose body follows the front matter.
    """
    if not isinstance(doc, dict):
        raise FieldProblem(
            f"expected a mapping of fields (title, source, body), found {type_name(doc)}"
        )
    if body is not None:
        if "body" in doc:
            raise FieldProblem("'body' is given in the front matter and below it", "body")
        doc = {**doc, "body": body}
    bad_keys = [key for key in doc if not isinstance(key, str)]
    if bad_keys:
        raise FieldProblem(f"field names must be text, found {type_name(bad_keys[0])}")
    title = _text(doc, "title", required=True)
    source = _text(doc, "source", required=True)
    text = _text(doc, "body", required=True)
    assert title is not None and source is not None and text is not None
    story = _text(doc, "story", required=False)
    language = _text(doc, "language", required=False) or "en"
    return Article(
        path=path,
        title=title.strip(),
        source=source.strip(),
        body=text,
        story=story.strip() if story is not None else None,
        url=(_text(doc, "url", required=False) or "").strip() or None,
        published=_published(doc),
        author=(_text(doc, "author", required=False) or "").strip() or None,
        language=language.strip(),
        tags=_tags(doc),
        entities=_entities(doc),
        extra={key: value for key, value in doc.items() if key not in KNOWN_FIELDS},
    )
