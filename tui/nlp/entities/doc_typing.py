"""Type a name from ALL its contexts across one article (issue 15).

A name the gazetteers do not know gets a label from its shape (``label.shape_label``), one
mention at a time; a wrong guess then repeats over every mention. Here every weak mention
(not a gazetteer hit, not an override) votes with the words around it, votes are pooled per
name (a lone "Osei" joins the only longer name ending or starting with it), and the
strongest label wins for all mentions of that name. Cues follow general news usage:

* PERSON: a role noun before ("striker", "candidate", "chief executive"), "who"/an age
  after, a reporting or scoring verb after ("told", "scored", "equalised");
* ORG: "joined X", "X beat Y", "beating X", "X 2-1", "shares of X", "sold at X",
  "X's shares / chief executive / cloud business", "X reported/posted", "X, the company";
* PRODUCT: "the X probe/app/drug", "the banking app X", "drugs such as X", "a X post",
  "wrote on X";
* LOC: "the asteroid X", "the river X", "X estuary";
* GPE: "X's mayor", "X, a farming town", "residents of X", a capitalised wire dateline;
* EVENT: "X, the field's biggest meeting".

The cues themselves live in :mod:`tui.nlp.entities.doc_cues`. Also here: a role word
opening a name ("Substitute Keeley Baird") is cut off and the rest is a PERSON; a company
head ending a name ("Kestrel Appliances") is a strong ORG vote; a short form with no strong
cue of its own takes its full name's label and key; a known company used as a platform
("wrote on Instagram") is a PRODUCT; "European Parliament" is one ORG; eponymous diseases
("Alzheimer's") are dropped; and the members of one list ("Stawell, Halls Gap and Moyston")
with no evidence of their own take the label the typed members agree on.
"""

from __future__ import annotations

import re

from tui.nlp.entities.doc_cues import CO_HEADS, PLATFORM_AFTER, PLATFORM_BEFORE, ROLE_WORDS, votes
from tui.nlp.entities.lexicon.gazetteer import GIVEN_NAMES
from tui.nlp.entities.lexicon.words import ORG_SUFFIX
from tui.nlp.entities.resolve import Candidate

__all__ = ["type_in_context"]


def _trim_role(text: str, c: Candidate) -> None:
    """ "Substitute Keeley Baird": the role word is not part of the name."""
    words = text[c.start : c.end].split(" ")
    if len(words) >= 3 and words[0].lower() in ROLE_WORDS and c.label in ("PERSON", "ORG"):
        c.start += len(words[0]) + 1
        c.label, c.canon = "PERSON", " ".join(words[1:]).lower()


def _groups(text: str, weak: list[Candidate]) -> dict[int, str]:
    """Group key per weak candidate: its surface, or the only longer name it shortens."""
    surfaces = {text[c.start : c.end] for c in weak}
    multi = [s for s in surfaces if " " in s]
    out: dict[int, str] = {}
    for n, c in enumerate(weak):
        s = text[c.start : c.end]
        if " " not in s:
            full = {m for m in multi if m.split()[-1] == s or m.split()[0] == s}
            if len(full) == 1:
                s = next(iter(full))
        out[n] = s
    return out


def type_in_context(text: str, chosen: list[Candidate]) -> None:
    """Relabel weak ORG/PERSON/GPE/LOC/PRODUCT guesses by their pooled context votes."""
    weak = [
        c for c in chosen if c.prio < 2 and c.label in ("ORG", "PERSON", "GPE", "LOC", "PRODUCT")
    ]
    for c in weak:
        _trim_role(text, c)
        words = text[c.start : c.end].split()
        if c.label == "PERSON" and len(words) > 1 and words[-1].lower() in CO_HEADS:
            c.label, c.canon = "ORG", " ".join(words).lower()
    chosen[:] = _merge_national_bodies(text, [c for c in chosen if not _eponym(text, c)])
    weak = [c for c in weak if c in chosen]
    groups = _groups(text, weak)
    pooled: dict[str, dict[str, int]] = {}
    for n, c in enumerate(weak):
        box = pooled.setdefault(groups[n], {})
        for label, w in votes(text, c).items():
            box[label] = box.get(label, 0) + w
        words = text[c.start : c.end].split()
        if len(words) > 1 and words[-1].lower() in CO_HEADS:
            box["ORG"] = box.get("ORG", 0) + 3  # "Kestrel Appliances": a company head
    full_label = {text[c.start : c.end]: c.label for c in weak if " " in text[c.start : c.end]}
    for n, c in enumerate(weak):
        box = pooled[groups[n]]
        key = groups[n]
        if key != text[c.start : c.end] and max(box.values(), default=0) < 2:
            # a short form with no strong cue of its own: the full name's label and key
            c.label = full_label.get(key, c.label)
            c.canon = key.lower() if c.label == "PERSON" else key.replace(".", "").lower()
        if not box:
            continue
        best = max(sorted(box), key=lambda k: box[k])
        top = box[best]
        if top < 2 or sum(1 for v in box.values() if v == top) > 1:
            continue
        if best != c.label and top > box.get(c.label, 0):
            key = groups[n]
            c.label = best
            c.canon = key.lower() if best == "PERSON" else key.replace(".", "").lower()
    for c in chosen:
        if c.prio == 2 and c.label == "ORG" and " " not in text[c.start : c.end]:
            before, after = text[max(0, c.start - 30) : c.start], text[c.end : c.end + 20]
            if PLATFORM_BEFORE.search(before) or PLATFORM_AFTER.match(after):
                c.label = "PRODUCT"  # "wrote on Instagram", "Facebook users": the service
    for n, c in enumerate(weak):
        if c.label == "PERSON" and not _person_evidence(text, c, pooled[groups[n]]):
            c.label, c.canon = "ORG", groups[n].replace(".", "").lower()
    unsure = {id(c) for n, c in enumerate(weak) if not pooled[groups[n]]}
    _conjuncts(text, chosen, unsure)


_PRONOUN = re.compile(r"\b(?:he|she|his|her|him|He|She|His|Her)\b")


def _person_evidence(text: str, c: Candidate, box: dict[str, int]) -> bool:
    """A name shaped like a person's keeps PERSON only with evidence: a known given name, a
    title or role, a person cue anywhere in the article, or a personal pronoun soon after."""
    words = text[c.start : c.end].split()
    if len(words) < 2 or c.person_cue or box.get("PERSON", 0) > 0:
        return True
    if words[0] in GIVEN_NAMES or not all(w[:1].isupper() for w in words):
        return True
    last = words[-1].lower()
    if re.search(rf"(?<![\w-]){re.escape(last.rstrip('s'))}s?\b", text) is None:
        return True  # "Hanbit Cell" ... "the cells": its head is an ordinary noun here
    return _PRONOUN.search(text, c.end, c.end + 160) is not None


_NAME_LABELS = frozenset(("GPE", "LOC", "PRODUCT", "PERSON", "ORG"))
_CONJ_GAPS = frozenset((", ", " and ", ", and ", " or ", ", or ", " & "))
_EPONYMS = frozenset(
    [
        "Alzheimer",
        "Parkinson",
        "Huntington",
        "Crohn",
        "Asperger",
        "Tourette",
        "Hodgkin",
        "Down",
        "Lyme",
        "Graves",
        "Addison",
        "Cushing",
        "Bell",
        "Raynaud",
    ]
)


def _merge_national_bodies(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """ "European Parliament", "British Museum": a nationality right before an organisation
    head word names one organisation, not a group and a body."""
    out: list[Candidate] = []
    for c in chosen:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.label == "NORP"
            and c.label == "ORG"
            and text[prev.end : c.start] == " "
            and text[c.start : c.end].lower() in ORG_SUFFIX
        ):
            name = text[prev.start : c.end]
            out[-1] = Candidate(prev.start, c.end, "ORG", name.lower(), max(prev.prio, c.prio))
            continue
        out.append(c)
    return out


def _eponym(text: str, c: Candidate) -> bool:
    """ "Alzheimer's", "Parkinson's": an eponymous disease, not a person or organisation."""
    return (
        c.prio < 2 and text[c.start : c.end] in _EPONYMS and text[c.end : c.end + 2] in ("'s", "’s")
    )


def _share_label(text: str, chain: list[Candidate], unsure: set[int]) -> None:
    labels = {m.label for m in chain if id(m) not in unsure}
    if len(labels) != 1:
        return
    label = next(iter(labels))
    for m in chain:
        if id(m) in unsure and m.label != label:
            m.label = label
            if label != "PERSON":
                m.canon = text[m.start : m.end].replace(".", "").lower()


def _conjuncts(text: str, chosen: list[Candidate], unsure: set[int]) -> None:
    """Names in one list ("Stawell, Halls Gap and Moyston") share a type: a member with no
    evidence of its own takes the label the typed members agree on."""
    if not unsure:
        return
    chain: list[Candidate] = []
    for c in chosen:  # in document order (resolve() sorts them)
        if c.label not in _NAME_LABELS:
            _flush(text, chain, unsure)
            chain = []
        elif chain and text[chain[-1].end : c.start] in _CONJ_GAPS:
            chain.append(c)
        else:
            _flush(text, chain, unsure)
            chain = [c]
    _flush(text, chain, unsure)


def _flush(text: str, chain: list[Candidate], unsure: set[int]) -> None:
    # a list ends with "and"/"or": members after the last conjunction are appositions
    while len(chain) > 1 and text[chain[-2].end : chain[-1].start] == ", ":
        chain = chain[:-1]
    if len(chain) > 1:
        _share_label(text, chain, unsure)
