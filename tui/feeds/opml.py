"""Read and write OPML subscription lists (OPML 1.0/2.0, nested outlines), offline.

Parsing uses lxml with entity resolution, DTD loading and network access off; a
document that declares entities is refused outright (no entity-expansion bombs).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass
from email.utils import formatdate

import lxml.etree

from tui.feeds.textclean import clean_line

MAX_OPML_BYTES = 5 * 1024 * 1024
MAX_DEPTH = 50


class OpmlError(Exception):
    """An OPML document that cannot be used; ``str()`` is one line."""


@dataclass(frozen=True, slots=True)
class Subscription:
    """One feed the user follows."""

    url: str
    name: str | None = None
    category: str | None = None
    html_url: str | None = None

    @property
    def label(self) -> str:
        """The name, else the URL."""
        return self.name or self.url


def _parser() -> lxml.etree.XMLParser:
    return lxml.etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )


def _attr(element: lxml.etree._Element, *names: str) -> str:
    lowered = {key.lower(): value for key, value in element.attrib.items()}
    for name in names:
        value = (lowered.get(name.lower()) or "").strip()
        if value:
            return value
    return ""


def _walk(
    element: lxml.etree._Element, path: tuple[str, ...], out: list[Subscription], depth: int
) -> None:
    if depth > MAX_DEPTH:
        return
    for child in element:
        if not isinstance(child.tag, str) or child.tag.rsplit("}", 1)[-1] != "outline":
            continue
        url = _attr(child, "xmlUrl")
        if not url and _attr(child, "type").lower() in ("rss", "atom", "feed"):
            url = _attr(child, "url")
        label = clean_line(_attr(child, "text", "title"))
        if url:
            url = clean_line(url)
            out.append(
                Subscription(
                    url=url,
                    name=label if label and label != url else None,
                    category="/".join(path) or None,
                    html_url=clean_line(_attr(child, "htmlUrl")) or None,
                )
            )
        _walk(child, (*path, label) if label and not url else path, out, depth + 1)


def parse_opml(data: bytes, where: str = "OPML") -> list[Subscription]:
    """Every feed outline in ``data`` (duplicates by URL dropped, first kept)."""
    if len(data) > MAX_OPML_BYTES:
        raise OpmlError(f"{where}: file is larger than {MAX_OPML_BYTES // 1_048_576} MB")
    if b"<!ENTITY" in data.upper():
        raise OpmlError(f"{where}: entity declarations are not allowed in OPML")
    try:
        root = lxml.etree.fromstring(data, _parser())
    except lxml.etree.XMLSyntaxError as error:
        raise OpmlError(f"{where}: not valid XML ({clean_line(str(error))[:160]})") from None
    if root is None or root.tag.rsplit("}", 1)[-1].lower() != "opml":
        raise OpmlError(f"{where}: not an OPML document (no <opml> root)")
    body = next((c for c in root if isinstance(c.tag, str) and c.tag.endswith("body")), None)
    found: list[Subscription] = []
    if body is not None:
        _walk(body, (), found, 0)
    unique: dict[str, Subscription] = {}
    for sub in found:
        unique.setdefault(sub.url, sub)
    return list(unique.values())


def render_opml(subscriptions: Iterable[Subscription], title: str = "Parallax feeds") -> str:
    """An OPML 2.0 document; categories become nested outlines."""
    root = ET.Element("opml", version="2.0")
    head = ET.SubElement(root, "head")
    ET.SubElement(head, "title").text = title
    ET.SubElement(head, "dateCreated").text = formatdate(usegmt=True)
    body = ET.SubElement(root, "body")
    folders: dict[tuple[str, ...], ET.Element] = {(): body}
    for sub in subscriptions:
        path = tuple(part for part in (sub.category or "").split("/") if part)
        for depth in range(1, len(path) + 1):
            if path[:depth] not in folders:
                parent = folders[path[: depth - 1]]
                folders[path[:depth]] = ET.SubElement(parent, "outline", text=path[depth - 1])
        attrs = {"type": "rss", "text": sub.label, "xmlUrl": sub.url}
        if sub.name:
            attrs["title"] = sub.name
        if sub.html_url:
            attrs["htmlUrl"] = sub.html_url
        ET.SubElement(folders[path], "outline", attrs)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, "unicode") + "\n"
