"""Tokens and runs of capitalised tokens: the spans the recogniser labels.

A :class:`Document` holds one text's tokens and the document-level evidence gathered while
chunking (which capitalised words occur mid-sentence). :func:`capitalised_runs` groups
capitalised tokens into candidate names, keeping connectors that belong to a name ("Bank of
England", "National Oceanic and Atmospheric Administration").
"""

from __future__ import annotations

import re

from tui.nlp.entities.label import known
from tui.nlp.entities.lexicon import closed, gazetteer
from tui.nlp.entities.lexicon import words as wordlists

__all__ = ["Document", "capitalised_runs", "is_capitalised"]

_TOKEN_RE = re.compile(
    r"(?:[A-Z]\.){2,}(?![A-Za-z])"  # dotted acronyms: U.S., U.K.
    r"|(?:[OD][’'‘](?=[A-Z]))?[^\W\d_][^\W_]*(?:[-‐&][^\W_]+)*"  # words, hyphenated, AT&T
    r"|\d[\d,.]*"
)
_LOWER_WORD_RE = re.compile(r"(?<![\w’'])[a-z][a-z]+\b")
_INITIAL_SKIP = " \t\"'“”‘’«»([{*•·"
_STRONG_END = ".!?:;…"
_DASHES = "-–—"


def is_capitalised(tok: str) -> bool:
    c = tok[0]
    return c.isupper() or (c in "OD" and len(tok) > 2 and tok[1] in "’'‘")


class Document:
    """Per-call state: text, tokens and document-level evidence."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens: list[tuple[int, int, str]] = [
            (m.start(), m.end(), m.group()) for m in _TOKEN_RE.finditer(text)
        ]
        self._lower: set[str] | None = None
        self.noninitial_caps: set[str] = set()

    @property
    def lower_words(self) -> set[str]:
        if self._lower is None:
            self._lower = set(_LOWER_WORD_RE.findall(self.text))
        return self._lower

    def initial(self, start: int) -> bool:
        text = self.text
        j = start - 1
        while j >= 0 and text[j] in _INITIAL_SKIP:
            j -= 1
        if j < 0:
            return True
        c = text[j]
        if c in "\n\r\u2028\u2029":
            return True
        if c in _STRONG_END:
            if c == ".":
                k = j - 1
                while k >= 0 and (text[k].isalpha()):
                    k -= 1
                word = text[k + 1 : j]
                initial_letter = len(word) == 1 and word.isupper() and text[k : k + 1] != "-"
                if word in closed.ABBREV_BEFORE_DOT or initial_letter:  # not "Varuna-B."
                    return False
            return True
        if c in _DASHES or c.isdigit():
            k = j - 1
            while k >= 0 and text[k] in " \t":
                k -= 1
            # a wire dateline ends with the agency in brackets: "LONDON, May 2 (Reuters) - "
            return (
                k < 0
                or text[k] in "\n\r"
                or (c.isdigit() and text[k] in ".)")
                or (c != "." and text[k] == ")")
                or (c in _DASHES and _dateline_before(text, k + 1))
            )
        return False


_DATELINE_RE = re.compile(r"[A-Z][A-Z.'’ -]+(?:, [A-Za-z]{3,9}\.? \d{1,2}(?:, \d{4})?)?")


def _dateline_before(text: str, end: int) -> bool:
    """ "SANTIAGO, Nov 26 - Rescuers ...", "INNSBRUCK - Dust ...": the line so far is a
    capitalised wire dateline, so the word after the dash opens a sentence."""
    start = max(text.rfind("\n", 0, end), text.rfind("\r", 0, end)) + 1
    return end - start <= 40 and _DATELINE_RE.fullmatch(text, start, end) is not None


def capitalised_runs(doc: Document) -> list[tuple[list[int], bool]]:
    """Runs of capitalised tokens (indices into doc.tokens) and whether the run is initial."""
    tokens, text = doc.tokens, doc.text
    out: list[tuple[list[int], bool]] = []
    n = len(tokens)
    i = 0
    while i < n:
        s, _e, t = tokens[i]
        if not is_capitalised(t) or t[0].isdigit():
            i += 1
            continue
        run = [i]
        j = i + 1
        while j < n:
            _ps, pe, pt = tokens[run[-1]]
            gap = text[pe : tokens[j][0]]
            initial_dot = gap == ". " and len(pt) == 1 and pt.isupper()  # "George W. Bush"
            nt = tokens[j][2]
            if gap == " & " and _ampersand_name(pt, nt):
                run.append(j)  # "Marks & Spencer", "Halloway & Finch": one firm
                j += 1
                continue
            if gap not in (" ", "\u00a0") and not (initial_dot and is_capitalised(nt)):
                break
            if is_capitalised(nt) and not nt[0].isdigit():
                run.append(j)
                j += 1
                continue
            if nt == "and" and _and_org(doc, run, j):
                k = j + 1
                while (
                    k < n
                    and is_capitalised(tokens[k][2])
                    and text[tokens[k - 1][1] : tokens[k][0]] == " "
                ):
                    run.append(k)
                    k += 1
                j = k
                continue
            if (
                nt in closed.JOINERS
                and j + 2 < n
                and tokens[j + 1][2] in closed.SECOND_PARTICLES
                and is_capitalised(tokens[j + 2][2])
                and text[tokens[j][1] : tokens[j + 2][0]] == " " + tokens[j + 1][2] + " "
            ):
                run.extend((j, j + 1, j + 2))  # "Pieter de la Cruz", "Tom van der Berg"
                j += 3
                continue
            if (nt in closed.JOINERS) and (
                j + 1 < n
                and is_capitalised(tokens[j + 1][2])
                and text[tokens[j][1] : tokens[j + 1][0]] == " "
            ):
                head = pt.lower()
                if nt in ("of", "for"):
                    ok = head in wordlists.ORG_OF_HEADS or head in wordlists.PLACE_OF_HEADS
                    ok = ok or head in wordlists.WORK_OF_HEADS or head in wordlists.EVENT_SUFFIX
                    ok = ok or head in wordlists.TITLE_HEADS
                    ok = ok or _second_of(doc, run, j)
                else:
                    ok = True
                if ok:
                    run.extend((j, j + 1))
                    j += 2
                    continue
            break
        initial = doc.initial(s)
        if not initial:
            doc.noninitial_caps.add(t)
        generic = tokens[run[-1]][2].lower() in wordlists.ORG_SUFFIX
        for k in run[1:]:
            # inner words of "Consumer Product Safety Commission" do not make "Safety" a name
            if not (generic and tokens[k][2].lower() in wordlists.STARTERS):
                doc.noninitial_caps.add(tokens[k][2])
        out.append((run, initial))
        i = j
    return out


def _ampersand_name(left: str, right: str) -> bool:
    """ "Marks & Spencer": an ampersand between two capitalised words that are not both
    places or groups ("France & Germany" stays two names)."""
    if not (is_capitalised(right) and right[0].isalpha() and left[:1].isalpha()):
        return False
    return known(left) is None or known(right) is None


def _second_of(doc: Document, run: list[int], j: int) -> bool:
    """ "Court of Appeal of Milan", "Bank of Spain"-style names with a second "of" phrase
    naming the place: the run opens with an organisation head and already has "of"."""
    words = [doc.tokens[k][2] for k in run]
    if words[0] == "The":
        words = words[1:]
    if "of" not in words or words[0].lower() not in wordlists.ORG_OF_HEADS:
        return False
    hit = known(doc.tokens[j + 1][2])
    return hit is not None and hit[0] == "GPE"


_AGENCY_HEADS = frozenset(
    ["authority", "administration", "agency", "commission", "board", "office", "institute"]
)


def _agency_tail(doc: Document, j: int) -> bool:
    """The words after "and" (at most five) end with a public agency's head word."""
    tokens, text = doc.tokens, doc.text
    k = j + 1
    while (
        k < len(tokens)
        and k <= j + 5
        and is_capitalised(tokens[k][2])
        and text[tokens[k - 1][1] : tokens[k][0]] == " "
    ):
        k += 1
    return k > j + 1 and tokens[k - 1][2].lower() in _AGENCY_HEADS


def _and_org(doc: Document, run: list[int], j: int) -> bool:
    """ "National Oceanic and Atmospheric Administration": "and" inside an ORG name."""
    tokens, text = doc.tokens, doc.text
    words = [tokens[k][2].lower() for k in run]
    first = tokens[run[0]][2]
    joined = any(w in ("of", "for") for w in words)
    if any(w in wordlists.ORG_SUFFIX for w in words) and not joined:
        return False
    named = run[1:] if first == "The" else run
    if len(named) == 2 and known(tokens[named[0]][2]) is not None and _agency_tail(doc, j):
        second = tokens[named[1]][2]  # "Netherlands Food and ... Authority", not "China Daily"
        return known(second) is None and second.lower() not in wordlists.ORG_SUFFIX | {"daily"}
    if known(first) is not None and (len(run) == 1 or not first.isupper()):
        return False  # "France and Germany"; but "U.S. Food and Drug Administration"
    if first in gazetteer.GIVEN_NAMES:
        return False
    k = j + 1
    while (
        k < len(tokens)
        and is_capitalised(tokens[k][2])
        and text[tokens[k - 1][1] : tokens[k][0]] == " "
    ):
        k += 1
    if k == j + 1:
        return False
    if known(text[tokens[j + 1][0] : tokens[k - 1][1]]) is not None:
        return False  # "U.S. Treasury and Federal Reserve": two names
    tail = tokens[k - 1][2].lower()
    if not words[-1].endswith(closed.COMMON_ENDINGS):
        # "United Nations Relief and Works Agency", "Centers for Disease Control and Prevention"
        return (tail in wordlists.ORG_SUFFIX and (joined or k - j <= 3)) or (
            joined and tail.endswith(("ion", "ment"))
        )
    return tail in wordlists.ORG_SUFFIX
