"""Change one top-level field of an article file, keeping the rest of the file as it is.

Used when the reader moves an article to another story: the ``story:`` line is replaced
(or added before the first field), comments, key order, quoting and the body are left
byte for byte. The edited text is parsed again and compared with the original before
anything is written: every other field must load unchanged, or nothing is written. The
write is atomic (:func:`tui.atomic.write_atomic`).
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

from tui.atomic import write_atomic
from tui.library.loader import ArticleError, load_article
from tui.models import Article

_TOP_KEY = re.compile(r"^([A-Za-z_][\w-]*)\s*:(.*)$")


class EditError(Exception):
    """The file cannot be edited safely; ``str()`` is one line naming the file."""


def _front_matter_bounds(lines: list[str], markdown: bool) -> tuple[int, int]:
    """Line range ``[start, end)`` holding the YAML mapping."""
    if not markdown:
        return 0, len(lines)
    for number, line in enumerate(lines[1:], start=1):
        if line.strip() in ("---", "..."):
            return 1, number
    return 1, 1


def _edit_lines(lines: list[str], start: int, end: int, key: str, value: str | None) -> None:
    """Replace, add or (``value=None``) remove the one-line ``key:`` entry in place."""
    rendered = None if value is None else f"{key}: {json.dumps(value, ensure_ascii=False)}"
    first_key: int | None = None
    for number in range(start, end):
        match = _TOP_KEY.match(lines[number])
        if match is None:
            continue
        if first_key is None:
            first_key = number
        if match.group(1) != key:
            continue
        following = lines[number + 1] if number + 1 < end else ""
        if following.startswith((" ", "\t", "-")) and following.strip():
            raise ValueError(f"'{key}' spans several lines")
        if rendered is None:
            del lines[number]
        else:
            lines[number] = rendered
        return
    if rendered is not None:
        lines.insert(first_key if first_key is not None else start, rendered)


def set_field(path: Path, key: str, value: str | None) -> None:
    """Set top-level ``key`` of the article at ``path`` to the text ``value`` (or remove it).

    Raises :class:`EditError` (nothing written) when the file does not load, the field is
    not a one-line entry, or the edit would change anything but that field.
    """
    try:
        before = load_article(path)
        raw = path.read_bytes()
    except ArticleError as error:
        raise EditError(f"{error}; not changed") from None
    except OSError as error:
        raise EditError(f"{path}: cannot read file: {error.strerror or error}") from None
    text = raw.decode("utf-8-sig")
    newline = "\r\n" if "\r\n" in text else "\n"
    lines = text.replace("\r\n", "\n").split("\n")
    start, end = _front_matter_bounds(lines, path.suffix.lower() == ".md")
    try:
        _edit_lines(lines, start, end, key, value)
    except ValueError as error:
        raise EditError(f"{path}: {error}; not changed") from None
    edited = newline.join(lines)
    bom = b"\xef\xbb\xbf" if raw.startswith(b"\xef\xbb\xbf") else b""
    temp = path.with_name(f".{path.name}.check{path.suffix}")
    try:
        write_atomic(temp, bom + edited.encode("utf-8"))
        after = load_article(temp)
    except (ArticleError, OSError) as error:
        raise EditError(f"{path}: the edit would not load ({error}); not changed") from None
    finally:
        temp.unlink(missing_ok=True)
    if not _same_except(before, after, key, value):
        raise EditError(f"{path}: the edit would change other fields; not changed")
    write_atomic(path, bom + edited.encode("utf-8"))


def _same_except(before: Article, after: Article, key: str, value: str | None) -> bool:
    """Whether ``after`` equals ``before`` in everything but ``key`` (which holds ``value``)."""
    after = replace(after, path=before.path)
    if key == "story":
        if value is not None and after.story != value:
            return False
        return replace(after, story=before.story) == before
    extra_before = {k: v for k, v in before.extra.items() if k != key}
    extra_after = {k: v for k, v in after.extra.items() if k != key}
    return extra_before == extra_after and replace(after, extra=before.extra) == before


def set_story(path: Path, story: str | None) -> None:
    """Put the article at ``path`` into ``story`` (``None``: back to automatic grouping)."""
    set_field(path, "story", story)
