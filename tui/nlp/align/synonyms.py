"""A small table of generic newswire paraphrases, folded onto one stem by the aligner.

Each group holds words that reporters use interchangeably for the same fact in any story
(not drawn from any evaluation text); every word of a group maps to the stem of its first
word. Kept deliberately short: a wrong fold costs precision everywhere.
"""

from __future__ import annotations

__all__ = ["GROUPS"]

GROUPS: tuple[tuple[str, ...], ...] = (
    # casualties: "killed four" / "four dead" / "four died" / "deaths"
    ("killed", "dead", "died", "death", "deaths", "fatalities"),
    ("injured", "hurt", "wounded", "injuries"),
    # movement of a figure
    ("rose", "climbed", "increased", "risen", "gained"),
    ("fell", "dropped", "declined", "fallen", "slipped"),
    # buildings and homes
    ("buildings", "structures"),
    ("homes", "houses", "households"),
    # transport
    ("plane", "aircraft", "jet"),
    ("passengers", "travellers", "travelers"),
    # institutions and people
    ("officials", "authorities"),
    ("company", "firm"),
    ("elderly", "older"),
    # actions
    ("investigate", "probe"),
    ("approved", "endorsed"),
    ("begin", "start"),
    ("buy", "acquire", "purchase"),
    ("cost", "price"),
)
