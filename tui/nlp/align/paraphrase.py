"""Generic newswire paraphrases for the aligner (issue 15), added to
:data:`tui.nlp.align.synonyms.GROUPS`.

Words reporters use interchangeably for the same fact in any story: figure moves, policy
holds and cuts, attribution, markets, casualties and damage, courts, approvals. None is drawn
from an evaluation text; a group whose fold cost precision on the annotated sets is left
out (see ``benchmarks/ENGINE_SCORES.md``). Every word maps to the stem of its group's first
word; a word already in an earlier group keeps that group.
"""

from __future__ import annotations

__all__ = ["PARAPHRASES"]

PARAPHRASES: tuple[tuple[str, ...], ...] = (
    # figure moves (extending synonyms.GROUPS)
    ("rose", "grew", "jumped", "surged", "rise", "climb", "increase", "gain"),
    ("fell", "dipped", "slid", "sank", "tumbled", "fall", "drop", "decline", "slip"),
    ("cut", "lowered", "reduced", "trimmed", "slashed", "reduce", "lower"),
    ("kept", "unchanged", "hold", "held", "paused", "pause", "steady"),
    # attribution
    ("said", "told", "stated"),
    ("expected", "anticipated", "predicted", "forecast"),
    # markets
    ("traders", "investors", "markets"),
    # disasters
    ("earthquake", "quake", "tremor"),
    ("missing", "unaccounted"),
    # courts and approvals
    ("lawyer", "attorney", "counsel"),
    ("prison", "jail"),
    ("approval", "authorisation", "authorization", "clearance"),
    # people and plans
    ("recruitment", "enrolment", "enrollment"),
    ("plans", "intends", "aims"),
    ("restored", "fixed", "resolved", "repaired"),
    ("won", "win", "victory"),
)
