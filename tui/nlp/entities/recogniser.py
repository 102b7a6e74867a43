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
from tui.nlp.entities.chunks import Document, capitalised_runs, is_capitalised
from tui.nlp.entities.context import context_votes, party_name, starter
from tui.nlp.entities.doc_typing import type_in_context
from tui.nlp.entities.headings import drop_heading_guesses
from tui.nlp.entities.label import hyphenated_pieces, is_acronym, known, shape_label
from tui.nlp.entities.lexicon import closed, gazetteer
from tui.nlp.entities.lexicon import words as wordlists
from tui.nlp.entities.numbers import numbers
from tui.nlp.entities.patterns import number_value
from tui.nlp.entities.resolve import Candidate, Mention, resolve, short_forms, unify_keys
from tui.nlp.entities.resolve import overrides as apply_overrides
from tui.nlp.entities.rules import numbered_name, place_cue, sports_teams
from tui.nlp.entities.time_spans import time_spans

__all__ = ["Mention", "number_value", "recognise", "unify_keys"]

MAX_CHARS = 5_000_000  # longer input is analysed up to this offset


_APPOSITION_RE = re.compile(r", (?:\d{1,3},|who\b|whose\b)")
_APPOS_NP_RE = re.compile(r", (?:an?|the) ")
_AND_NAME_RE = re.compile(r" (?:and|&) (?:[A-Z][a-z]*[A-Z]|[A-Z][a-z]+ [A-Z])")
_NUMBERED_TOKEN_RE = re.compile(r"[^\W\d_][\w’']*[-‐]\d+[A-Za-z]?")
_WORD_AFTER_RE = re.compile(r" ([a-z]+)\b")


def _clean(text: object) -> str:
    if not isinstance(text, str):
        return ""
    return text[:MAX_CHARS]


# ---------------------------------------------------------------- labelling


def _segment(doc: Document, idx: list[int], person_cue: bool, out: list[Candidate]) -> None:
    """Label one title-free segment of a chunk (token indices) and append candidates."""
    if not idx:
        return
    tokens, text = doc.tokens, doc.text
    # never end on a connector
    while idx and not is_capitalised(tokens[idx[-1]][2]):
        idx = idx[:-1]
    if not idx:
        return
    s, e = tokens[idx[0]][0], tokens[idx[-1]][1]
    surface = text[s:e]
    words = [tokens[k][2] for k in idx]
    next_word = (
        tokens[idx[-1] + 1][2] if idx[-1] + 1 < len(tokens) and text[e : e + 1] == " " else ""
    )
    prev_word = tokens[idx[0] - 1][2] if idx[0] > 0 else ""
    num = None if person_cue else numbered_name(text, e, words)
    if num is not None:
        e, label = num
        out.append(Candidate(s, e, label, " ".join(text[s:e].lower().split()), 3))
        return
    if len(words) == 1 and _state_after_city(text, s, e, surface):
        out.append(Candidate(s, e, "GPE", surface.lower(), 2))
        return
    if len(words) > 1 and words[0] in closed.SHIP_PREFIXES:
        out.append(Candidate(s, e, "PRODUCT", " ".join(surface.lower().split()), 2))
        return
    hit = known(surface)
    if hit is not None and not (person_cue and hit[0] in ("GPE", "NORP") and len(words) == 1):
        label, canon = hit
        if surface in wordlists.BLOCS and label == "ORG":
            label = "NORP" if next_word[:1].islower() and next_word.isalpha() else "ORG"
        out.append(Candidate(s, e, label, canon, 2))
        return
    if len(words) == 1 and _lone_generic_head(text, surface):
        return
    if party_name(words):
        out.append(Candidate(s, e, "ORG", " ".join(surface.lower().split()), 2))
        return  # a party named by its members: "Christian Democrats"
    if len(words) > 1 and not person_cue and _split_compound(doc, idx, words, out):
        return
    if not person_cue and len(words) <= 3 and _APPOSITION_RE.match(text, e):
        person_cue = known(surface) is None  # "Smith, 34, said" / "Jones, who ..."
    if " & " in surface:
        person_cue = False  # "Halloway & Finch": partners' names make a firm
    if person_cue and not any(w.lower() in wordlists.ORG_SUFFIX for w in words):
        label = "PERSON"
    else:
        # "the Seanad, where": after "the", ", where" follows an institution or building too
        place = place_cue(text, e) and not (prev_word == "the" and text.startswith(", where", e))
        shaped = shape_label(words, next_word, prev_word, place)
        if shaped is None:
            return
        label = "ORG" if " & " in surface and shaped == "PERSON" else shaped
    canon = surface.replace(".", "").lower() if label != "PERSON" else surface.lower()
    out.append(Candidate(s, e, label, " ".join(canon.split()), 1, person_cue))


def _state_after_city(text: str, s: int, e: int, word: str) -> bool:
    """ "ORLANDO, Fla." / "in Springfield, Ill.,": a US state abbreviation after a city."""
    return word in closed.STATE_ABBREV and text[e : e + 1] == "." and text[s - 2 : s] == ", "


def _lone_generic_head(text: str, word: str) -> bool:
    """ "the Bank" with no "Bank of Canada" or "World Bank" anywhere in the article."""
    if word.lower() not in closed.GENERIC_HEADS:
        return False
    esc = re.escape(word)
    full = re.compile(
        rf"\b(?!(?:The|A|An|This|That|Its|Our|Their) )[A-Z][\w’'&.-]* {esc}\b"
        rf"|\b{esc} (?:of|for) [A-Z]"
    )
    return full.search(text) is None


def _split_compound(doc: Document, idx: list[int], words: list[str], out: list[Candidate]) -> bool:
    """Label a span that is several names as its parts; False when it is one name.

    A run of separately known names ("Russia Ukraine"), a publisher before its work, or a
    place or group before an acronym ("Chinese CATL").
    """
    parts = [known(w) for w in words]
    if all(p is not None for p in parts):
        for k in idx:
            _segment(doc, [k], False, out)
        return True
    last = words[-1].lower()
    if last in ("index", "report", "ranking", "rankings", "outlook"):
        # a publisher named before its index or report, as think tanks' rankings are cited:
        # "Lowy Institute Asia Power Index", "Legatum Institute Prosperity Index"
        for cut in range(len(words) - 2, 0, -1):
            if words[cut - 1].lower() in wordlists.ORG_SUFFIX:
                _segment(doc, idx[:cut], False, out)
                _segment(doc, idx[cut:], False, out)
                return True
    if parts[0] is not None and parts[0][0] in ("NORP", "GPE") and is_acronym(words[1]):
        _segment(doc, idx[:1], False, out)
        _segment(doc, idx[1:], False, out)
        return True
    return False


def _label_chunk(doc: Document, run: list[int], initial: bool, out: list[Candidate]) -> None:
    """Label one capitalised run (token indices) and append its candidates to ``out``."""
    tokens = doc.tokens
    run, initial = _drop_leading(doc, run, initial)
    if not run:
        return
    words = [tokens[k][2] for k in run]
    end0 = tokens[run[0]][1]
    if (
        len(run) == 1
        and (words[0].lower() + ".") in wordlists.TITLES
        and doc.text[end0 : end0 + 1] == "."
    ):
        return  # "Gov." before a name
    if initial and len(run) == 1 and _ordinary_initial_word(doc, run[0]):
        return
    if len(run) == 1 and _numbered_product(doc, run[0], out):
        return
    # hyphenated single tokens
    if (
        len(run) == 1
        and ("-" in words[0] or "‐" in words[0])
        and hyphenated_pieces(doc.tokens[run[0]], out)
    ):
        return
    last_low = words[-1].lower()
    cue_end = last_low in wordlists.ORG_SUFFIX or last_low in wordlists.WORK_SUFFIX
    if not cue_end and _split_at_title(doc, run, words, out):
        return
    prev_low = tokens[run[0] - 1][2].lower() if run[0] > 0 else ""
    person_cue = prev_low in wordlists.TITLE_HEADS and doc.text[tokens[run[0] - 1][1]] in " ."
    _segment(doc, run, person_cue, out)


def _drop_leading(doc: Document, run: list[int], initial: bool) -> tuple[list[int], bool]:
    """``run`` without leading articles and sentence-initial common words; still initial?"""
    words = [doc.tokens[k][2] for k in run]
    while run:
        w = words[0]
        lower = w.lower()
        if lower == "the" and len(run) > 1 and known(" ".join(words[:2])) is not None:
            break  # "The Hague", "The Bronx": the article is part of the name
        if lower in ("the", "a", "an") or (not is_capitalised(w)):
            run, words, initial = run[1:], words[1:], False
            continue
        if initial and (
            (
                lower in wordlists.COMMON
                and known(w) is None
                and w not in gazetteer.GIVEN_NAMES
                and not (w.isupper() and known(" ".join(words)) is not None)  # "NEW DELHI"
            )
            or (
                known(w) is None
                and not is_acronym(w)
                and lower in doc.lower_words
                and w not in doc.noninitial_caps
            )
            or (
                len(run) > 1
                and known(w) is None
                and w not in gazetteer.GIVEN_NAMES
                and lower.endswith(("ing", "ly", "ed"))
            )
            or starter(w, words, doc.noninitial_caps)
        ):
            run, words, initial = run[1:], words[1:], False
            continue
        break
    return run, initial


def _numbered_product(doc: Document, k: int, out: list[Candidate]) -> bool:
    """ "Sentinel-6 satellite", "Chang'e-6 probe": a numbered name before a product noun."""
    s, e, w = doc.tokens[k]
    if not w[-1].isdigit() or not _NUMBERED_TOKEN_RE.fullmatch(w):
        return False
    m = _WORD_AFTER_RE.match(doc.text, e)
    if m is None or m.group(1) not in wordlists.PRODUCT_NOUNS:
        return False
    out.append(Candidate(s, e, "PRODUCT", w.lower(), 2))
    return True


def _ordinary_initial_word(doc: Document, k: int) -> bool:
    """A lone sentence-initial capitalised word with nothing marking it as a name."""
    w = doc.tokens[k][2]
    end = doc.tokens[k][1]
    return (
        not any(c.isupper() for c in w[1:])  # camel case: "NetChoice"
        and not _APPOS_NP_RE.match(doc.text, end)  # "Entergy, the utility"
        and known(w) is None
        and not is_acronym(w)
        and w not in doc.noninitial_caps
        and not (len(w) > 5 and w.lower().endswith(closed.ORGISH_SUFFIX))  # not "Net"
        and not _subject_of_verb(doc, k)
        and not _APPOSITION_RE.match(doc.text, end)
        and not _AND_NAME_RE.match(doc.text, end)  # "Westpac and ANZ passed on the cut"
    )


def _split_at_title(doc: Document, run: list[int], words: list[str], out: list[Candidate]) -> bool:
    """Titles split a run: the left part is an employer or nationality, the right a person.

    False when the run holds no title ("Defense Secretary", "Prime Minister").
    """
    for k in range(len(run)):
        if words[k].lower() in wordlists.TITLE_HEADS or (
            words[k].lower() in wordlists.TITLES
            and k + 1 < len(run)
            and words[k + 1].lower() in wordlists.TITLES
        ):
            t_end = k
            while t_end < len(run) and (
                words[t_end].lower() in wordlists.TITLES
                or words[t_end] in ("of",)
                or (
                    words[t_end - 1] == "of"
                    and words[t_end].lower() in wordlists.TITLE_DOMAINS
                    and t_end + 2 < len(run)  # "Secretary of State Antony Blinken"
                )
            ):
                t_end += 1
            if not (k == 1 and words[0].lower() in closed.PORTFOLIOS and known(words[0]) is None):
                _segment(doc, run[:k], False, out)  # but not "Commerce" in "Commerce Secretary"
            rest = run[t_end:]
            _segment(doc, rest, not (rest and words[t_end - 1] == "of"), out)
            return True
    return False


def _subject_of_verb(doc: Document, k: int) -> bool:
    """A sentence-initial unknown word directly followed by a reporting/news verb."""
    tokens, text = doc.tokens, doc.text
    w = tokens[k][2]
    if k + 1 >= len(tokens) or text[tokens[k][1] : tokens[k + 1][0]] != " ":
        return False
    if w.lower().endswith(closed.COMMON_ENDINGS) or w.lower() in wordlists.COMMON:
        return False
    if len(w) >= 7 and w.endswith("men") and w not in gazetteer.GIVEN_NAMES:
        return False  # "Fishermen said", "Gunmen opened fire": a plural common noun
    if w.lower() in wordlists.STARTERS:
        return False
    return tokens[k + 1][2] in closed.NEWS_VERBS


def recognise(text: str, overrides: Sequence[EntityOverride] = ()) -> list[Mention]:
    """All entity mentions in ``text``, in document order and non-overlapping."""
    text = _clean(text)
    if not text:
        return []
    doc = Document(text)
    candidates: list[Candidate] = []
    with contextlib.suppress(Exception):  # a malformed override must never break analysis
        apply_overrides(text, overrides or (), candidates)
    numbers(text, candidates)
    time_spans(text, candidates)
    for run, initial in capitalised_runs(doc):
        _label_chunk(doc, run, initial, candidates)
    for k, (_s, _e, t) in enumerate(doc.tokens):
        if is_capitalised(t) or t[0].isdigit() or t.islower():
            continue
        if "-" in t or "‐" in t:
            hyphenated_pieces(doc.tokens[k], candidates)
        elif t[1:2].isupper() or any(c.isupper() for c in t[2:]):
            # camel-case brand names: iPhone, eBay
            hit = known(t)
            label, canon = hit if hit is not None else ("PRODUCT", t.lower())
            candidates.append(Candidate(_s, _e, label, canon, 1))
    drop_heading_guesses(text, candidates)
    sports_teams(text, candidates)
    context_votes(text, candidates)
    short_forms(text, candidates)
    chosen = resolve(candidates)
    type_in_context(text, chosen)
    return [
        Mention(text[c.start : c.end], c.label, c.start, c.end, f"{c.label}:{c.canon}")
        for c in chosen
    ]
