"""Write fetched articles as ordinary library files, atomically and never over another.

Files go to ``<library>/<outlet-slug>/<YYYY-MM-DD>-<title-slug>.yaml`` (a ``-2``, ``-3``…
suffix when the name is taken). The text is first written to a hidden temporary file in
the same folder, then linked into place in one step (``os.link`` fails rather than
overwrite; where links are unsupported, ``os.replace`` under a lock after an existence
check), so an interrupted fetch never leaves a partial article. Every document is
validated with the library's own loader before it is written.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
import threading
import unicodedata
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import yaml

from tui.library.fields import FieldProblem, build_article
from tui.library.safe_yaml import YamlProblem, parse_yaml

_FALLBACK_LOCK = threading.Lock()
MAX_SUFFIX = 1000


class WriteError(Exception):
    """An article that could not be written; ``str()`` is one line."""


@dataclass(frozen=True, slots=True)
class NewArticle:
    """The fields of an article to write (text already clean)."""

    title: str
    source: str
    body: str
    url: str | None = None
    published: date | datetime | None = None
    author: str | None = None
    story: str | None = None
    extraction: str | None = None
    feed: str | None = None


def slugify(text: str, limit: int = 60, fallback: str = "article") -> str:
    """A lower-case file-name slug: ASCII when the text is mostly Latin (accents folded),
    else the text's own letters (``新华社``); ``fallback`` when nothing is left."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    letters = sum(char.isalnum() for char in text)
    if sum(char.isalnum() for char in ascii_text) * 2 >= letters:
        slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    else:
        slug = re.sub(r"[\W_]+", "-", unicodedata.normalize("NFC", text).casefold()).strip("-")
    if len(slug) > limit:
        slug = slug[:limit].rsplit("-", 1)[0] or slug[:limit]
    return slug or fallback


_BaseDumper: type[yaml.SafeDumper] = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


class _Dumper(_BaseDumper):  # type: ignore[valid-type,misc]
    """Plain keys; block style for multi-line text, double quotes for other strings."""

    def represent_mapping(
        self, tag: str, mapping: Any, flow_style: bool | None = None
    ) -> yaml.MappingNode:
        node: yaml.MappingNode = super().represent_mapping(tag, mapping, flow_style)
        for key_node, _value in node.value:
            key_node.style = None
        return node


def _str(dumper: Any, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else '"'
    node: yaml.ScalarNode = dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)
    return node


_Dumper.add_representer(str, _str)


def _iso(value: date | datetime) -> str:
    return value.isoformat() if isinstance(value, datetime) else value.strftime("%Y-%m-%d")


def render(article: NewArticle, fetched: datetime) -> str:
    """The YAML document of ``article``; ``story:`` only when one was given (``parallax add
    --story``): without it the article is grouped automatically, like any other."""
    doc: dict[str, Any] = {"title": article.title, "source": article.source}
    if article.published is not None:
        doc["published"] = _iso(article.published)
    if article.author:
        doc["author"] = article.author
    if article.url:
        doc["url"] = article.url
    if article.story:
        doc["story"] = article.story
    doc["fetched"] = fetched.isoformat(timespec="seconds")
    if article.extraction:
        doc["extraction"] = article.extraction
    if article.feed:
        doc["feed"] = article.feed
    doc["body"] = article.body.rstrip("\n") + "\n"
    text: str = yaml.dump(doc, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100)
    return text


def _validate(text: str, path: Path) -> None:
    try:
        build_article(parse_yaml(text).data, path)
    except (YamlProblem, FieldProblem) as problem:
        raise WriteError(f"{path}: would not load ({problem})") from None


def _place(tmp: str, target: Path) -> bool:
    """Move ``tmp`` to ``target`` unless ``target`` exists; True when placed."""
    try:
        os.link(tmp, target)
        return True
    except FileExistsError:
        return False
    except OSError:
        with _FALLBACK_LOCK:
            if target.exists():
                return False
            os.replace(tmp, target)
            return True


def _write_new(folder: Path, text: str, target: Path, durable: bool) -> bool:
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=".parallax-", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            if durable:
                os.fsync(handle.fileno())
        return _place(tmp, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)


def article_name(article: NewArticle) -> tuple[str, str]:
    """(outlet folder, file stem without suffix) for ``article``."""
    when = article.published or datetime.now(UTC)
    outlet = slugify(article.source, 40, fallback="outlet")
    return outlet, f"{when.strftime('%Y-%m-%d')}-{slugify(article.title)}"


def write_article(
    library: Path, article: NewArticle, fetched: datetime | None = None, *, durable: bool = True
) -> Path:
    """Write ``article`` below ``library`` under a new name; return the path written.

    ``durable`` flushes the file to disk before it is linked into place (survives a
    power cut, ~1-4 ms per file); without it the write is still atomic for a process.
    """
    folder_name, stem = article_name(article)
    folder = library / folder_name
    fetched = fetched or datetime.now(UTC)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for number in range(1, MAX_SUFFIX):
            name = stem if number == 1 else f"{stem}-{number}"
            target = folder / f"{name}.yaml"
            if target.exists():
                continue
            text = render(article, fetched)
            _validate(text, target)
            if _write_new(folder, text, target, durable):
                return target
    except OSError as error:
        raise WriteError(f"{folder}: cannot write ({error.strerror or error})") from None
    raise WriteError(f"{folder}: too many articles named {stem}")
