"""Make untrusted article text inert for the terminal, keeping every offset.

Each unsafe character is replaced by exactly one visible placeholder character,
so character offsets computed on the raw body still index the display text.
"""

from __future__ import annotations

import re

PLACEHOLDER = "\N{REPLACEMENT CHARACTER}"

_INVISIBLE = (
    "\u00ad"  # soft hyphen
    "\u061c"  # Arabic letter mark
    "\u180e"  # Mongolian vowel separator
    "\u200b-\u200f"  # zero-width space/joiners, LRM, RLM
    "\u2028\u2029"  # line/paragraph separators
    "\u202a-\u202e"  # bidirectional embeddings and overrides
    "\u2060-\u206f"  # word joiner, invisible operators, bidi isolates
    "\ufeff"  # zero-width no-break space / BOM
    "\ufff9-\ufffb"  # interlinear annotation controls
)
_UNSAFE = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{_INVISIBLE}]")


def _replace(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    if code < 0x20:
        return chr(0x2400 + code)  # Unicode "control pictures": ␛ for ESC, ␍ for CR
    if code == 0x7F:
        return "\u2421"  # ␡
    return PLACEHOLDER


def inert(text: str) -> str:
    """Replace control, bidi-override and invisible characters with visible placeholders.

    Newlines and tabs are kept; use :func:`inert_line` for single-line contexts.
    The result has exactly the same length as ``text``.
    """
    return _UNSAFE.sub(_replace, text)


_JSON_UNSAFE = re.compile(f"[\x7f-\x9f{_INVISIBLE}]")


def json_text(text: str) -> str:
    """``json.dumps(..., ensure_ascii=False)`` output with DEL, C1, bidi and invisible
    characters written as ``\\uXXXX`` escapes: the same JSON data, inert on a terminal.

    ``json.dumps`` escapes C0 controls itself; these characters can only occur inside
    JSON strings, where the escape is equivalent.
    """
    return _JSON_UNSAFE.sub(lambda match: f"\\u{ord(match.group()):04x}", text)


def inert_line(text: str) -> str:
    """Like :func:`inert`, and also turn newlines and tabs into spaces (same length)."""
    return inert(text).replace("\n", " ").replace("\t", " ")
