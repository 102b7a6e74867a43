"""Candidate mentions and their resolution for :mod:`tui.nlp.entities.recogniser`.

Overrides, overlap resolution (higher priority, then longer span wins), document-level
short forms ("Putin" after "Vladimir Putin"; "Delia" after "Hurricane Delia") and
cross-article key unification.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from tui.models import ENTITY_LABELS, EntityOverride
from tui.nlp.entities.lexicon import gazetteer
from tui.nlp.entities.lexicon import words as wordlists

__all__ = ["Candidate", "Mention", "overrides", "resolve", "short_forms", "unify_keys"]


@dataclass(frozen=True, slots=True)
class Mention:
    """One entity mention: ``text == body[start:end]``."""

    text: str
    label: str
    start: int
    end: int
    key: str


class Candidate:
    __slots__ = ("canon", "end", "label", "person_cue", "prio", "start")

    def __init__(self, start: int, end: int, label: str, canon: str, prio: int, cue: bool = False):
        self.start, self.end, self.label, self.canon = start, end, label, canon
        self.prio = prio
        self.person_cue = cue


def overrides(text: str, overrides: Sequence[EntityOverride], out: list[Candidate]) -> None:
    for ov in overrides:
        try:
            label = ov.label if ov.label in ENTITY_LABELS else str(ov.label).upper()
            if label not in ENTITY_LABELS:
                continue
            names = [n for n in (ov.text, *tuple(ov.aliases or ())) if isinstance(n, str) and n]
        except Exception:
            continue
        names = sorted({n.strip() for n in names if n.strip()}, key=len, reverse=True)
        if not names:
            continue
        pat = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in names) + r")(?!\w)")
        canon = " ".join(str(ov.text).split()).casefold()
        for m in pat.finditer(text):
            out.append(Candidate(m.start(), m.end(), label, canon, 9))


def resolve(candidates: list[Candidate]) -> list[Candidate]:
    candidates.sort(key=lambda c: (-c.prio, -(c.end - c.start), c.start))
    taken: list[tuple[int, int]] = []
    chosen: list[Candidate] = []
    for c in candidates:
        if c.end <= c.start:
            continue
        i = bisect.bisect_left(taken, (c.start, c.start))
        if i > 0 and taken[i - 1][1] > c.start:
            continue
        if i < len(taken) and taken[i][0] < c.end:
            continue
        taken.insert(i, (c.start, c.end))
        chosen.append(c)
    chosen.sort(key=lambda c: c.start)
    return chosen


def short_forms(text: str, candidates: list[Candidate]) -> None:
    """Within one article, a lone surname or first word takes the full name's label and key."""
    persons: dict[str, set[str]] = {}
    orgs: dict[str, set[str]] = {}
    named: dict[str, set[tuple[str, str]]] = {}  # "Delia" -> EVENT, "Clipper" -> PRODUCT
    lines: set[str] = set()  # product-line heads: "Galaxy" of "Galaxy Z Fold 6"
    for c in candidates:
        if c.prio >= 9:
            continue
        words = text[c.start : c.end].split()
        if c.label == "PERSON" and len(words) > 1:
            persons.setdefault(words[-1], set()).add(c.canon)
        elif c.label == "ORG" and len(words) > 1:
            orgs.setdefault(words[0], set()).add(c.canon)
            if words[-1].lower() not in wordlists.ORG_SUFFIX:
                orgs.setdefault(words[-1], set()).add(c.canon)
        elif c.label == "EVENT" and len(words) > 1 and words[0].lower() in wordlists.EVENT_PREFIX:
            named.setdefault(words[-1], set()).add((c.label, c.canon))
        elif c.label == "PRODUCT" and len(words) > 1:
            if words[0] not in gazetteer.demonyms() and gazetteer.places().get(words[0]) is None:
                lines.add(words[0])  # but not "Canadian" of "Canadian Armed Forces Hercules"
            if words[-1].isalpha():
                named.setdefault(words[-1], set()).add((c.label, c.canon))
    for c in candidates:
        if c.prio >= 9:
            continue
        surface = text[c.start : c.end]
        weak = c.label in ("ORG", "PERSON") and c.prio < 2 and not c.person_cue
        if " " in surface:
            if weak and surface.split()[0] in lines:
                c.label = "PRODUCT"  # "Galaxy Ring" after "Galaxy Z Fold 6"
            continue
        hit = named.get(surface)
        if weak and hit and len(hit) == 1:
            c.label, c.canon = next(iter(hit))
            continue
        full = persons.get(surface)
        if full and len(full) == 1 and c.label in ("PERSON", "ORG", "GPE", "NORP"):
            c.label, c.canon = "PERSON", next(iter(full))
            continue
        if c.label in ("ORG", "PERSON") and c.prio < 2 and not c.person_cue:
            full = orgs.get(surface)
            if full and len(full) == 1:
                c.label, c.canon = "ORG", next(iter(full))


def unify_keys(*mention_lists: Sequence[Mention]) -> list[list[Mention]]:
    """Re-key mentions across articles so short and full forms share one key.

    A one-word PERSON or ORG key ("ORG:putin") joins the only multi-word PERSON key ending in
    that word (and takes its label); otherwise a one-word ORG key joins the only multi-word ORG
    key starting with it. Lists keep their order and length.
    """
    person_full: dict[str, set[str]] = {}
    org_full: dict[str, set[str]] = {}
    for ms in mention_lists:
        for m in ms:
            label, _, name = m.key.partition(":")
            words = name.split()
            if len(words) > 1 and label == "PERSON":
                person_full.setdefault(words[-1], set()).add(m.key)
            elif len(words) > 1 and label == "ORG":
                org_full.setdefault(words[0], set()).add(m.key)
    out: list[list[Mention]] = []
    for ms in mention_lists:
        row: list[Mention] = []
        for m in ms:
            label, _, name = m.key.partition(":")
            key = m.key
            new_label = m.label
            if " " not in name and label in ("PERSON", "ORG"):
                full = person_full.get(name)
                if full is None and label == "ORG":
                    full = org_full.get(name)
                if full is not None and len(full) == 1:
                    key = next(iter(full))
                    new_label = key.partition(":")[0]
            if key == m.key:
                row.append(m)
            else:
                row.append(Mention(m.text, new_label, m.start, m.end, key))
        out.append(row)
    return out
