"""Make untrusted feed and page text safe to store: no escapes, no invisible controls.

ANSI/OSC escape sequences are removed whole; invisible and bidirectional format
characters are dropped; any remaining control character becomes a visible control
picture (see :func:`tui.text.safety.inert`). Markup such as ``[bold]`` is kept as plain
text: Parallax never interprets article text as markup.
"""

from __future__ import annotations

import re
import unicodedata

from tui.text.safety import inert

_ESCAPES = re.compile(
    r"\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"  # OSC ... BEL/ST
    r"|\x1b\[[0-?]*[ -/]*[@-~]"  # CSI
    r"|\x9b[0-?]*[ -/]*[@-~]"  # 8-bit CSI
    r"|\x1b[@-Z\\-_]"  # other two-byte escapes
)
_INVISIBLE = re.compile(
    "[\u00ad\u061c\u180e\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]"
)
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")


def clean_text(text: str) -> str:
    """Multi-line text (an article body) made safe; paragraphs kept, spaces tidied."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = _INVISIBLE.sub("", _ESCAPES.sub("", text))
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    text = "\n".join(lines)
    text = re.sub(r"\n{3,}", "\n\n", text).strip("\n")
    return inert(text)


def clean_line(text: str) -> str:
    """Single-line text (a title, an author, an outlet name) made safe."""
    return " ".join(clean_text(text).split())
