"""Rule-based named-entity recognition for English news text (offline, deterministic).

The recogniser combines three sources and resolves overlaps between them:

* article overrides (always win);
* DATE/NUMBER patterns from :mod:`tui.nlp.entities.patterns`;
* capitalised-span chunks labelled by gazetteers (:mod:`~tui.nlp.entities.lexicon`),
  title, role and organisation cues, name shape and document-level evidence (short
  forms such as "Putin" after "Vladimir Putin" share one key).

Import is cheap: the place gazetteer is built on first use and cached.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Sequence

from tui.models import EntityOverride
from tui.nlp.entities.context import context_votes, party_name, starter
from tui.nlp.entities.doc_typing import type_in_context
from tui.nlp.entities.label import hyphenated_pieces, is_acronym, known, shape_label
from tui.nlp.entities.lexicon import closed as ew
from tui.nlp.entities.lexicon import gazetteer as gz
from tui.nlp.entities.numbers import numbers
from tui.nlp.entities.patterns import number_value
from tui.nlp.entities.resolve import Cand, Mention, resolve, short_forms, unify_keys
from tui.nlp.entities.resolve import overrides as overrides_
from tui.nlp.entities.rules import numbered_name, place_cue, sports_teams
from tui.nlp.entities.time_spans import time_spans

__all__ = ["Mention", "number_value", "recognise", "unify_keys"]

MAX_CHARS = 5_000_000  # longer input is analysed up to this offset


_TOKEN_RE = re.compile(
    r"(?:[A-Z]\.){2,}(?![A-Za-z])"  # dotted acronyms: U.S., U.K.
    r"|(?:[OD][’'‘](?=[A-Z]))?[^\W\d_][^\W_]*(?:[-‐&][^\W_]+)*"  # words, hyphenated, AT&T
    r"|\d[\d,.]*"
)
_APPOSITION_RE = re.compile(r", (?:\d{1,3},|who\b|whose\b)")
_APPOS_NP_RE = re.compile(r", (?:an?|the) ")
_LOWER_WORD_RE = re.compile(r"(?<![\w’'])[a-z][a-z]+\b")
_POSSESSIVE = ("'s", "’s", "‘s", "'S", "’S")
_INITIAL_SKIP = " \t\"'“”‘’«»([{*•·"
_STRONG_END = ".!?:;…"
_DASHES = "-–—"


def _clean(text: object) -> str:
    if not isinstance(text, str):
        return ""
    return text[:MAX_CHARS]


def _is_cap(tok: str) -> bool:
    c = tok[0]
    return c.isupper() or (c in "OD" and len(tok) > 2 and tok[1] in "’'‘")


class _Doc:
    """Per-call state: text, tokens and document-level evidence."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.toks: list[tuple[int, int, str]] = [
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
                if word in ew.ABBREV_BEFORE_DOT or (len(word) == 1 and word.isupper()):
                    return False
            return True
        if c in _DASHES or c.isdigit():
            k = j - 1
            while k >= 0 and text[k] in " \t":
                k -= 1
            return k < 0 or text[k] in "\n\r" or (c.isdigit() and text[k] in ".)")
        return False


# ---------------------------------------------------------------- chunking


def _chunks(doc: _Doc) -> list[tuple[list[int], bool]]:
    """Runs of capitalised tokens (indices into doc.toks) and whether the run is initial."""
    toks, text = doc.toks, doc.text
    out: list[tuple[list[int], bool]] = []
    n = len(toks)
    i = 0
    while i < n:
        s, _e, t = toks[i]
        if not _is_cap(t) or t[0].isdigit():
            i += 1
            continue
        run = [i]
        j = i + 1
        while j < n:
            _ps, pe, pt = toks[run[-1]]
            gap = text[pe : toks[j][0]]
            initial_dot = gap == ". " and len(pt) == 1 and pt.isupper()  # "George W. Bush"
            if gap not in (" ", "\u00a0") and not (initial_dot and _is_cap(toks[j][2])):
                break
            nt = toks[j][2]
            if _is_cap(nt) and not nt[0].isdigit():
                run.append(j)
                j += 1
                continue
            if nt == "and" and _and_org(doc, run, j):
                k = j + 1
                while k < n and _is_cap(toks[k][2]) and text[toks[k - 1][1] : toks[k][0]] == " ":
                    run.append(k)
                    k += 1
                j = k
                continue
            if (nt in ew.JOINERS) and (
                j + 1 < n and _is_cap(toks[j + 1][2]) and text[toks[j][1] : toks[j + 1][0]] == " "
            ):
                head = pt.lower()
                if nt in ("of", "for"):
                    ok = head in gz.ORG_OF_HEADS or head in gz.PLACE_OF_HEADS
                    ok = ok or head in gz.WORK_OF_HEADS or head in gz.EVENT_SUFFIX
                    ok = ok or head in gz.TITLE_HEADS
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
        for k in run[1:]:
            doc.noninitial_caps.add(toks[k][2])
        out.append((run, initial))
        i = j
    return out


def _and_org(doc: _Doc, run: list[int], j: int) -> bool:
    """ "National Oceanic and Atmospheric Administration": "and" inside an ORG name."""
    toks, text = doc.toks, doc.text
    words = [toks[k][2].lower() for k in run]
    first = toks[run[0]][2]
    joined = any(w in ("of", "for") for w in words)
    if (any(w in gz.ORG_SUFFIX for w in words) and not joined) or known(first) is not None:
        return False
    if first in gz.GIVEN_NAMES:
        return False
    k = j + 1
    while k < len(toks) and _is_cap(toks[k][2]) and text[toks[k - 1][1] : toks[k][0]] == " ":
        k += 1
    if k == j + 1:
        return False
    tail = toks[k - 1][2].lower()
    if not words[-1].endswith(ew.COMMON_ENDINGS):
        # "United Nations Relief and Works Agency", "Centers for Disease Control and Prevention"
        return (tail in gz.ORG_SUFFIX and (joined or k - j <= 3)) or (
            joined and tail.endswith(("ion", "ment"))
        )
    return tail in gz.ORG_SUFFIX


# ---------------------------------------------------------------- labelling


def _segment(doc: _Doc, idx: list[int], person_cue: bool, out: list[Cand]) -> None:
    """Label one title-free segment of a chunk (token indices) and append candidates."""
    if not idx:
        return
    toks, text = doc.toks, doc.text
    # never end on a connector
    while idx and not _is_cap(toks[idx[-1]][2]):
        idx = idx[:-1]
    if not idx:
        return
    s, e = toks[idx[0]][0], toks[idx[-1]][1]
    surface = text[s:e]
    words = [toks[k][2] for k in idx]
    nxt = toks[idx[-1] + 1][2] if idx[-1] + 1 < len(toks) and text[e : e + 1] == " " else ""
    prv = toks[idx[0] - 1][2] if idx[0] > 0 else ""
    num = None if person_cue else numbered_name(text, e, words)
    if num is not None:
        e, label = num
        out.append(Cand(s, e, label, " ".join(text[s:e].lower().split()), 3))
        return
    hit = known(surface)
    if hit is not None and not (person_cue and hit[0] in ("GPE", "NORP") and len(words) == 1):
        label, canon = hit
        if surface in gz.BLOCS and label == "ORG":
            label = "NORP" if nxt[:1].islower() and nxt.isalpha() else "ORG"
        out.append(Cand(s, e, label, canon, 2))
        return
    if party_name(words):
        out.append(Cand(s, e, "ORG", " ".join(surface.lower().split()), 2))
        return  # a party named by its members: "Christian Democrats"
    if len(words) > 1 and not person_cue:
        # a run of separately known names ("Russia Ukraine") or a known name followed by an
        # unrelated span: split at the first known prefix that is a place or group
        parts = [known(w) for w in words]
        if all(p is not None for p in parts):
            for k in idx:
                _segment(doc, [k], False, out)
            return
        last = words[-1].lower()
        if last in ("index", "report", "ranking", "rankings", "outlook"):
            # "Tortoise Media Global AI Index": publisher then the work
            for cut in range(len(words) - 2, 0, -1):
                if words[cut - 1].lower() in gz.ORG_SUFFIX:
                    _segment(doc, idx[:cut], False, out)
                    _segment(doc, idx[cut:], False, out)
                    return
        if parts[0] is not None and parts[0][0] in ("NORP", "GPE") and is_acronym(words[1]):
            _segment(doc, idx[:1], False, out)
            _segment(doc, idx[1:], False, out)
            return
    if not person_cue and len(words) <= 3 and _APPOSITION_RE.match(text, e):
        person_cue = known(surface) is None  # "Smith, 34, said" / "Jones, who ..."
    if person_cue and not any(w.lower() in gz.ORG_SUFFIX for w in words):
        label = "PERSON"
    else:
        shaped = shape_label(words, nxt, prv, place_cue(text, e))
        if shaped is None:
            return
        label = shaped
    canon = surface.replace(".", "").lower() if label != "PERSON" else surface.lower()
    out.append(Cand(s, e, label, " ".join(canon.split()), 1, person_cue))


def _label_chunk(doc: _Doc, run: list[int], initial: bool, out: list[Cand]) -> None:
    toks = doc.toks
    words = [toks[k][2] for k in run]
    # leading articles and sentence-initial common words are not part of a name
    while run:
        w = words[0]
        lw = w.lower()
        if lw in ("the", "a", "an") or (not _is_cap(w)):
            run, words, initial = run[1:], words[1:], False
            continue
        if initial and (
            (
                lw in gz.COMMON
                and known(w) is None
                and w not in gz.GIVEN_NAMES
                and not (w.isupper() and known(" ".join(words)) is not None)  # "NEW DELHI"
            )
            or (
                known(w) is None
                and not is_acronym(w)
                and lw in doc.lower_words
                and w not in doc.noninitial_caps
            )
            or (
                len(run) > 1
                and known(w) is None
                and w not in gz.GIVEN_NAMES
                and lw.endswith(("ing", "ly", "ed"))
            )
            or starter(w, words, doc.noninitial_caps)
        ):
            run, words, initial = run[1:], words[1:], False
            continue
        break
    if not run:
        return
    end0 = toks[run[0]][1]
    if len(run) == 1 and (words[0].lower() + ".") in gz.TITLES and doc.text[end0 : end0 + 1] == ".":
        return  # "Gov." before a name
    if initial and len(run) == 1:
        w = words[0]
        if (
            not any(c.isupper() for c in w[1:])  # camel case: "NetChoice"
            and not _APPOS_NP_RE.match(doc.text, toks[run[0]][1])  # "Entergy, the utility"
            and known(w) is None
            and not is_acronym(w)
            and w not in doc.noninitial_caps
            and not w.lower().endswith(ew.ORGISH_SUFFIX)
            and not _subject_of_verb(doc, run[0])
            and not _APPOSITION_RE.match(doc.text, toks[run[0]][1])
        ):
            return
    # hyphenated single tokens
    if (
        len(run) == 1
        and ("-" in words[0] or "‐" in words[0])
        and hyphenated_pieces(doc.toks[run[0]], out)
    ):
        return
    # titles split a chunk: left part is an employer/nationality, right part a person
    last_low = words[-1].lower()
    cue_end = last_low in gz.ORG_SUFFIX or last_low in gz.WORK_SUFFIX
    prev_low = toks[run[0] - 1][2].lower() if run[0] > 0 else ""
    person_cue = prev_low in gz.TITLE_HEADS and doc.text[toks[run[0] - 1][1]] in " ."
    if not cue_end:
        k = 0
        while k < len(run):
            if words[k].lower() in gz.TITLE_HEADS or (
                words[k].lower() in gz.TITLES
                and k + 1 < len(run)
                and words[k + 1].lower() in gz.TITLES
            ):
                t_end = k
                while t_end < len(run) and (
                    words[t_end].lower() in gz.TITLES
                    or words[t_end] in ("of",)
                    or (
                        words[t_end - 1] == "of"
                        and words[t_end].lower() in gz.TITLE_DOMAINS
                        and t_end + 2 < len(run)  # "Secretary of State Antony Blinken"
                    )
                ):
                    t_end += 1
                if k + 1 < len(run) and words[k].lower() in gz.TITLES and t_end == k + 1:
                    pass
                _segment(doc, run[:k], False, out)
                rest = run[t_end:]
                if rest and words[t_end - 1] == "of":
                    _segment(doc, rest, False, out)
                else:
                    _segment(doc, rest, True, out)
                return
            k += 1
    _segment(doc, run, person_cue, out)


def _subject_of_verb(doc: _Doc, k: int) -> bool:
    """A sentence-initial unknown word directly followed by a reporting/news verb."""
    toks, text = doc.toks, doc.text
    w = toks[k][2]
    if k + 1 >= len(toks) or text[toks[k][1] : toks[k + 1][0]] != " ":
        return False
    if w.lower().endswith(ew.COMMON_ENDINGS) or w.lower() in gz.COMMON:
        return False
    if w.lower() in gz.STARTERS:
        return False
    return toks[k + 1][2] in ew.NEWS_VERBS


def recognise(text: str, overrides: Sequence[EntityOverride] = ()) -> list[Mention]:
    """All entity mentions in ``text``, in document order and non-overlapping."""
    text = _clean(text)
    if not text:
        return []
    doc = _Doc(text)
    cands: list[Cand] = []
    with contextlib.suppress(Exception):  # a malformed override must never break analysis
        overrides_(text, overrides or (), cands)
    numbers(text, cands)
    time_spans(text, cands)
    for run, initial in _chunks(doc):
        _label_chunk(doc, run, initial, cands)
    for k, (_s, _e, t) in enumerate(doc.toks):
        if _is_cap(t) or t[0].isdigit() or t.islower():
            continue
        if "-" in t or "‐" in t:
            hyphenated_pieces(doc.toks[k], cands)
        elif t[1:2].isupper() or any(c.isupper() for c in t[2:]):
            # camel-case brand names: iPhone, eBay
            kn = known(t)
            label, canon = kn if kn is not None else ("PRODUCT", t.lower())
            cands.append(Cand(_s, _e, label, canon, 1))
    sports_teams(text, cands)
    context_votes(text, cands)
    short_forms(text, cands)
    chosen = resolve(cands)
    type_in_context(text, chosen)
    return [
        Mention(text[c.start : c.end], c.label, c.start, c.end, f"{c.label}:{c.canon}")
        for c in chosen
    ]
