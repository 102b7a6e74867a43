"""A generic English stopword list (function words only, no topic words)."""

from __future__ import annotations

__all__ = ["STOPWORDS"]

_WORDS = """
    a about above after again against all almost along also although am among an and
    another any anyone anything are aren't around as at be became because become been
    before being below beside besides between beyond both but by can can't cannot could
    couldn't did didn't do does doesn't doing don't done down during each either else
    enough even ever every few for from further had hadn't has hasn't have haven't having
    he he'd he'll he's her here here's hers herself him himself his how how's however i
    i'd i'll i'm i've if in into is isn't it it's its itself just least less let's like
    many may me might mine more most much must mustn't my myself neither no nor not now
    of off often on once one's only onto or other others otherwise ought our ours
    ourselves out over own per perhaps quite rather really same several shall shan't she
    she'd she'll she's should shouldn't since so some such than that that's the their
    theirs them themselves then there there's these they they'd they'll they're they've
    this those though through throughout thus to too toward towards under until unto up
    upon us very via was wasn't we we'd we'll we're we've were weren't what what's
    whatever when when's whenever where where's whereas wherever whether which while who
    who's whoever whole whom whose why why's will with within without won't would
    wouldn't yet you you'd you'll you're you've your yours yourself yourselves
    said says say according also still just
"""

STOPWORDS: frozenset[str] = frozenset(_WORDS.split())
"""Lower-case English function words (plus reporting verbs) ignored when comparing claims."""
