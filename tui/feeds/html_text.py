"""Feed HTML (summaries, content) to a plain-text article body: paragraphs, "- " items.

The fragment is parsed with lxml's HTML parser (no network, no entities fetched);
scripts, styles, forms and embedded objects are dropped; nothing is ever interpreted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import lxml.etree
import lxml.html

from tui.feeds.textclean import clean_text

_SKIP = frozenset(
    [
        "script",
        "style",
        "noscript",
        "template",
        "iframe",
        "object",
        "embed",
        "svg",
        "math",
        "head",
        "title",
        "form",
        "button",
        "select",
        "textarea",
        "nav",
        "video",
        "audio",
        "canvas",
        "map",
    ]
)
_BLOCK = frozenset(
    [
        "p",
        "div",
        "section",
        "article",
        "blockquote",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "pre",
        "table",
        "tr",
        "ul",
        "ol",
        "dl",
        "dd",
        "dt",
        "figure",
        "figcaption",
        "header",
        "footer",
        "main",
        "address",
        "hr",
        "br",
        "details",
        "summary",
    ]
)
_MAX_DEPTH = 200


@dataclass(slots=True)
class _Blocks:
    blocks: list[str] = field(default_factory=list)
    parts: list[str] = field(default_factory=list)
    bullet: bool = False

    def add(self, text: str | None) -> None:
        if text:
            self.parts.append(text)

    def flush(self) -> None:
        text = " ".join("".join(self.parts).split())
        self.parts.clear()
        if text:
            self.blocks.append(f"- {text}" if self.bullet else text)


def _walk(element: lxml.etree._Element, out: _Blocks, depth: int) -> None:
    tag = element.tag.lower() if isinstance(element.tag, str) else ""
    if tag and tag not in _SKIP and depth < _MAX_DEPTH:
        if tag == "li":
            out.flush()
            outer, out.bullet = out.bullet, True
            out.add(element.text)
            for child in element:
                _walk(child, out, depth + 1)
            out.flush()
            out.bullet = outer
        else:
            if tag in _BLOCK:
                out.flush()
            out.add(element.text)
            for child in element:
                _walk(child, out, depth + 1)
            if tag in _BLOCK:
                out.flush()
    out.add(element.tail)


def join_blocks(blocks: list[str]) -> str:
    """Paragraphs separated by blank lines; consecutive list items on adjacent lines."""
    text = ""
    for block in blocks:
        if text:
            both_items = block.startswith("- ") and text.rsplit("\n", 1)[-1].startswith("- ")
            text += "\n" if both_items else "\n\n"
        text += block
    return text


def html_to_text(html: str) -> str:
    """Plain-text body of an HTML fragment (may be empty)."""
    if not html or not html.strip():
        return ""
    if "<" not in html and "&" not in html:
        return clean_text(re.sub(r"\n\s*\n", "\n\n", html))
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (lxml.etree.LxmlError, ValueError):
        return ""
    out = _Blocks()
    _walk(root, out, 0)
    out.flush()
    return clean_text(join_blocks(out.blocks))


def plain_text(text: str) -> str:
    """A feed's ``text/plain`` value, paragraphs kept."""
    return clean_text(text)
