"""Clause-level evidence for claim pairs (issue 15).

Wire copy packs several facts into one sentence ("The retailer, which also cut its outlook,
said online sales rose 14% to $3.2 billion"); a newsletter states each in a sentence or
bullet of its own ("Web sales grew 14%"). The whole-sentence cosine of such a pair is low
because the long side carries words for its other facts. Here long claims are cut at
clause boundaries (a comma before "which", "who", "while", "but", "and", a reporting verb
or "adding"/"saying"; a semicolon; a dash; a colon inside the sentence), every clause and
every uncut claim is a unit, units are weighed and scored like claims, and a pair of
claims scores :data:`CLAUSE_SHARE` of its best unit pair plus the rest of its whole score
when that is higher than the whole score alone.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from typing import Any

from tui.nlp.align.features import claim_features, score_pairs, weigh
from tui.nlp.align.match import topical_only
from tui.nlp.align.similarity import ClaimFeatures
from tui.nlp.claims import Claim

__all__ = [
    "CLAUSE_SHARE",
    "MIN_CLAUSE_WORDS",
    "MIN_SPLIT_WORDS",
    "SHARED_FEATURES",
    "clause_scores",
    "clauses",
]

CLAUSE_SHARE = 0.6
"""Weight of the best clause-pair score in a pair's combined score (the rest: whole score)."""
MIN_SPLIT_WORDS = 14
"""Claims shorter than this (in words) are not cut."""
MIN_CLAUSE_WORDS = 4
"""A piece shorter than this joins its neighbour instead of standing alone."""
SHARED_FEATURES = 2
"""Least shared features (content words, entities, figures) for clause evidence to count."""

_BOUNDARY = re.compile(
    r"(?:,\s(?=(?:which|who|whose|while|whereas|but|and|although|though|as|after|before|"
    r"adding|saying|said|says|told|added|noting|with)\b)"
    r"|;\s|\s[-–—]\s|:\s(?=\S))"
)


def clauses(claim: Claim) -> list[Claim]:
    """The clauses of ``claim`` as claims with spans into the same body (itself if uncut)."""
    text = claim.text
    if len(text.split()) < MIN_SPLIT_WORDS:
        return [claim]
    cuts = [0]
    for m in _BOUNDARY.finditer(text):
        if m.start() > 0:
            cuts.append(m.end())
    cuts.append(len(text))
    pieces: list[tuple[int, int]] = []
    for s, e in itertools.pairwise(cuts):
        if pieces and len(text[pieces[-1][0] : s].split()) < MIN_CLAUSE_WORDS:
            pieces[-1] = (pieces[-1][0], e)  # a short piece joins the next one
        else:
            pieces.append((s, e))
    if len(pieces) > 1 and len(text[pieces[-1][0] : pieces[-1][1]].split()) < MIN_CLAUSE_WORDS:
        last = pieces.pop()
        pieces[-1] = (pieces[-1][0], last[1])
    if len(pieces) < 2:
        return [claim]
    out = []
    for s, e in pieces:
        piece = text[s:e]
        lead = len(piece) - len(piece.lstrip())
        piece = piece.strip().rstrip(",;:-–— ")
        start = claim.start + s + lead
        out.append(Claim(claim.index, piece, start, start + len(piece), claim.kind))
    return out


def _units(claims: Sequence[Claim]) -> tuple[list[Claim], list[int], list[bool]]:
    units: list[Claim] = []
    owner: list[int] = []
    cut: list[bool] = []
    for n, claim in enumerate(claims):
        parts = clauses(claim)
        units.extend(parts)
        owner.extend([n] * len(parts))
        cut.extend([len(parts) > 1] * len(parts))
    return units, owner, cut


def cosine(x: ClaimFeatures, y: ClaimFeatures) -> float:
    """Cosine of two weighed claims (0 when either is empty)."""
    if not x.norm or not y.norm:
        return 0.0
    small, large = (x, y) if len(x.weights) <= len(y.weights) else (y, x)
    dot = sum(w * large.weights.get(k, 0.0) for k, w in small.weights.items())
    return min(1.0, dot / (x.norm * y.norm))


def _predicate(x: ClaimFeatures, y: ClaimFeatures) -> bool:
    """Two clauses state one fact, not a topic: at least two shared features that are not
    words of a name nor the bare kind of a figure, and not only names, dates and a figure."""
    names = x.name_stems | y.name_stems
    shared = [
        k
        for k in x.weights
        if k in y.weights
        and " " not in k
        and k not in names
        and not (k[0] == "#" and (":" not in k or k.startswith(("#u:", "#v:"))))
    ]
    return len(shared) >= SHARED_FEATURES and not topical_only(x, y)


def clause_scores(
    bodies: tuple[str, str],
    claims: tuple[Sequence[Claim], Sequence[Claim]],
    mentions: tuple[Sequence[Any], Sequence[Any]],
    feats: tuple[list[ClaimFeatures], list[ClaimFeatures]],
    scores: dict[tuple[int, int], float],
    floor: float,
    background: Sequence[str] = (),
) -> dict[tuple[int, int], float]:
    """``scores`` with clause evidence folded in (a new dict; pairs at least ``floor``)."""
    units_a, owner_a, cut_a = _units(claims[0])
    units_b, owner_b, cut_b = _units(claims[1])
    out = dict(scores)
    if not any(cut_a) and not any(cut_b):
        return out
    ua = claim_features(bodies[0], units_a, mentions[0])
    ub = claim_features(bodies[1], units_b, mentions[1])
    weigh(ua, ub, background)
    best: dict[tuple[int, int], float] = {}
    for (x, y), s in score_pairs(ua, ub, floor).items():
        if not (cut_a[x] or cut_b[y]) or not _predicate(ua[x], ub[y]):
            continue
        key = (owner_a[x], owner_b[y])
        if s > best.get(key, 0.0):
            best[key] = s
    for key, c in best.items():
        whole = scores.get(key)
        if whole is None:
            whole = cosine(feats[0][key[0]], feats[1][key[1]])
        combined = round(CLAUSE_SHARE * c + (1 - CLAUSE_SHARE) * whole, 12)
        if combined > whole and combined >= floor:
            out[key] = combined
    return out
