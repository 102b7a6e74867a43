"""Context cues for typing a name from its surroundings, used by
:mod:`tui.nlp.entities.doc_typing` (issue 15).

:func:`votes` scores one mention: the words right before it (a role noun, a celestial or
water body, "in", a product noun before a comma) by set lookup, longer patterns before it
(each behind a cheap substring gate) and patterns right after it; a capitalised wire
dateline votes for a place. Labels and weights are listed in :data:`CUES`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from tui.nlp.entities.lexicon import gazetteer
from tui.nlp.entities.lexicon.cue_words import CO_HEADS, ORG_NOUNS
from tui.nlp.entities.resolve import Candidate

__all__ = [
    "BEFORE_GATES",
    "CO_HEADS",
    "CUES",
    "ORG_NOUNS",
    "PLATFORM_AFTER",
    "PLATFORM_BEFORE",
    "ROLE_WORDS",
    "votes",
]

_ROLE = (
    r"substitute|striker|midfielder|defender|goalkeeper|forward|winger|captain|coach|manager|"
    r"candidate|challenger|incumbent|rival|teammate|runner|champion|scientist|researcher|"
    r"professor|analyst|economist|executive|spokesman|spokeswoman|spokesperson|founder|"
    r"co-founder|chairman|chairwoman|singer|rapper|actor|actress|player|prosecutor|lawyer|"
    r"judge|doctor|nurse|engineer|investor|officer|minister|mayor|governor|president|"
    r"director|boss|chief|ceo|cfo|author|writer|driver|rider|cyclist|swimmer|skier"
)
ROLE_WORDS = frozenset(_ROLE.split("|"))
_PRODUCT_NOUN = (
    r"probe|spacecraft|rover|lander|orbiter|telescope|satellite|rocket|capsule|app|platform|"
    r"service|drug|vaccine|treatment|pill|therapy|phone|smartphone|handset|device|laptop|"
    r"tablet|console|chatbot|model|browser|game|ship|vessel|tanker|aircraft|airliner|jet|"
    r"helicopter|drone|car|sedan|truck|heaters?|engine|chip|processor|software|tool|"
    r"freighter|trawler|ferry|yacht|tug|drink|beverage|battery|supplement"
)
_B = 70  # characters of context after a name
_BEFORE = 52  # and before it ("sold by <a 40-character name> as X")

# Words right after a name, in one pass:
# ORG: "X manager Ewan McCready", "X housing spokeswoman Aoife Brennan" (X employs them; not
#      for a person's name: "Donald Trump spokeswoman Karoline Leavitt");
# LOC: "the Ötztal and Stubai valleys" (names before a plural landform);
# GPE: "former Bergamo deputy mayor" (the town whose mayor it is).
_AFTER_WORDS = re.compile(
    r"^(?: (?:[a-z]+ )?(?P<ORG>manager|coach|chairman|chairwoman|spokesman|spokeswoman|"
    r"spokesperson|chief executive|striker|midfielder|goalkeeper|captain|leader) [A-Z][a-z]"
    r"|(?: and [A-Z][\w’'-]+)? (?P<LOC>valleys|rivers|glaciers|lakes|islands)\b"
    r"| (?:deputy |vice |former )?(?P<GPE>mayor|city council|town council)\b)"
)


def _given_name_before(text: str, surface: str) -> bool:
    """The article writes the name with a known given name first somewhere ("Donald Trump")."""
    first = surface.split()[0]
    if first in gazetteer.GIVEN_NAMES:
        return True
    return any(
        m.group(1) in gazetteer.GIVEN_NAMES
        for m in re.finditer(rf"\b([A-Z][a-z]+) {re.escape(surface)}\b", text)
    )


CUES: tuple[tuple[str, int, re.Pattern[str], bool], ...] = (
    # (label, weight, pattern, searched in the text BEFORE the mention?)
    ("PERSON", 2, re.compile(r"^,? (?:who|whose)\b|^, \d{1,3}, "), False),
    (
        "PERSON",
        1,
        re.compile(
            r"^ (?:said|says|told|added|wrote|headed|finished|apologised|apologized|came off|"
            r"ran|clocked|denied|resigned|admitted)\b"
        ),
        False,
    ),
    (
        "PERSON",
        2,
        re.compile(
            r"^ (?:scored|equalised|equalized|levelled|leveled|netted|testified|pleaded|smiled|"
            r"shrugged|wept|grinned)\b"
        ),
        False,
    ),
    (
        "ORG",
        2,
        re.compile(
            r"\b(?:joined|joins|joining|beat|beating|beats|defeated|against|shares of|"
            r"shares in|stake in|sold at|sold by|available at|stores of|"
            r"(?:[Aa]nalysts|[Ee]conomists|[Ss]trategists|[Rr]esearchers|[Ss]cientists|"
            r"[Ee]ngineers|[Ee]xecutives) at)\s$"
        ),
        True,
    ),
    (
        "ORG",
        2,
        re.compile(
            r"^(?: \d{1,2}-\d{1,2}\b| beat\b| (?:reported|posted|reports|recalled|is recalling|"
            r"is recalled)\b|[’']s (?:shares|stock|chief executive|ceo|"
            r"chairman|board|[a-z]+ (?:business|unit|division)|business|unit|division|"
            r"subsidiary|profit|revenue|sales|customers|employees|staff|stadium|fans|"
            r"squad|manager|coach|website|engineers|outage|systems|servers)\b)"
        ),
        False,
    ),
    (
        "ORG",
        2,
        re.compile(
            r"^, (?:the|a|an) (?:[\w-]+ ){0,3}(?:company|firm|group|maker|retailer|bank|"
            r"lender|insurer|club|agency|broker|start-?up|provider|operator|carmaker|chipmaker|"
            r"airline|regulator|watchdog|newspaper|broadcaster|manufacturer)\b"
        ),
        False,
    ),
    ("PRODUCT", 3, re.compile(rf"^ (?:{_PRODUCT_NOUN})s?\b"), False),
    (
        "PRODUCT",
        3,
        re.compile(rf"\b(?i:the|its|a|an|their|rival) (?:[\w-]+ ){{0,2}}(?:{_PRODUCT_NOUN})s? $"),
        True,
    ),
    (
        "PRODUCT",
        3,
        re.compile(
            r"\b(?:drugs|medicines|apps|devices|platforms|services|phones|products|vaccines|"
            r"treatments|models|brands)(?:,| such as| like| including)(?: [\w-]+)? $"
        ),
        True,
    ),
    ("PRODUCT", 3, re.compile(r"\bsold (?:by [\w .&-]{2,40} )?as $"), True),
    # "published today in X", "writing in X": a journal or newspaper, not a place
    (
        "ORG",
        3,
        re.compile(r"\b(?:published|writing|wrote) (?:\w+ )?in (?:the )?$"),
        True,
    ),
    # "the Maltese-flagged bulk carrier X": a flag state names a ship
    ("PRODUCT", 3, re.compile(r"-flagged (?:[a-z-]+ ){0,3}$"), True),
    (
        "GPE",
        3,
        re.compile(
            r"\b(?:towns|cities|villages|ports|municipalities|resorts|suburbs|places) "
            r"(?:such as|like|including) $"
        ),
        True,
    ),
    ("PRODUCT", 3, re.compile(r"\b[Ll]aunched (?:[\w-]+ ){0,3}?[\w-]+, $"), True),
    (
        "PRODUCT",
        3,
        re.compile(
            r"^(?:,? which|,)? (?:lifted off|blasted off|was launched|touched down|flew past|"
            r"flew by|docked|splashed down|ran aground|sank|capsized|ran into|was refloated|"
            r"ran onto|dropped anchor|set sail)\b(?! \d)"
        ),
        False,
    ),
    (
        "PRODUCT",
        2,
        re.compile(r"\b(?:wrote|posted|said|shared|announced|found out|learned|read) on $"),
        True,
    ),
    (
        "PRODUCT",
        2,
        re.compile(r"^ (?:post|posts|page|account|feed|video|livestream|users|subscribers)\b"),
        False,
    ),
    (
        "PRODUCT",
        3,
        re.compile(
            r"^, (?:(?:an?|the|its|their) (?:[\w-]+ ){0,3}|\w+-\w+ (?:[\w-]+ ){0,2})"
            r"(?:software|app|chip|chips|"
            r"device|drug|vaccine|phone|smartphone|console|chatbot|tool|platform|game)\b"
            r"(?! (?:company|companies|maker|makers|firm|developer|giant|group|startup|"
            r"provider|business|unit))"
        ),
        False,
    ),
    ("LOC", 3, re.compile(r"^ (?:estuary|river|valley|basin|delta)\b"), False),
    (
        "GPE",
        3,
        re.compile(
            r"^(?:[’']s (?:new |former )?(?:mayor|governor|residents|city council|town hall|"
            r"streets|port|old town|main square)\b|, a (?:[\w-]+ ){0,3}(?:town|city|village|"
            r"district|province|region|municipality|port)\b)"
        ),
        False,
    ),
    (
        "GPE",
        2,
        re.compile(
            r"\b(?:[Rr]esidents of|[Mm]ayor of|[Ss]treets of|[Oo]utskirts of|[Cc]entre of|"
            r"(?:[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est)(?:-?(?:east|west))? of) $"
        ),
        True,
    ),
    ("GPE", 2, re.compile(r"^ (?:regions?|province|district|county|municipality)\b"), False),
    (
        "GPE",
        2,
        re.compile(r"^,? in the (?:far )?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\b"),
        False,
    ),
    (
        "EVENT",
        3,
        re.compile(
            r"^, the (?:[\w'’-]+ ){0,4}(?:meeting|conference|congress|summit|festival|"
            r"tournament|championship|fair|expo|convention)\b"
        ),
        False,
    ),
)
PLATFORM_BEFORE = re.compile(
    r"\b(?:wrote|posted|said|shared|announced|found out|learned|read) on $"
)
PLATFORM_AFTER = re.compile(r" (?:post|posts|page|account|feed|livestream|users|subscribers)\b")
_APPOSED = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir) (?:[\w-]+ )?[\w-]+, (?:the|a|an) $")
_FROM = re.compile(r"\b[Ff]rom $")
_TO_PLACE = re.compile(r" to (?:the )?([A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?)")
_PLURAL_VERB = re.compile(r" (?:are|were|have) (?!been\b)")
# not a list's last member, nor the object of a preposition ("tugs from Harstad were due")
_NOT_SUBJECT = re.compile(r"(?:,|&|\b[a-z]+) $")
_DATELINE = re.compile(r"(?:^|\n)[ \t]*$")
_DATELINE_AFTER = re.compile(r"^(?:,| \(| -| —| –)")


_PRODUCT_WORDS = frozenset(_PRODUCT_NOUN.split("|")) | {"heater", "heaters"}


def _any_of(*parts: str) -> Callable[[str], bool]:
    return lambda before: any(p in before for p in parts)


def _last_word_product(before: str) -> bool:
    words = before.rsplit(None, 1)
    return bool(words) and (words[-1] in _PRODUCT_WORDS or words[-1][:-1] in _PRODUCT_WORDS)


def _before_gates() -> dict[int, Callable[[str], bool]]:
    """Cheap substring tests run before each before-the-name regex (most names have none)."""
    out: dict[int, Callable[[str], bool]] = {}
    for n, (_label, _weight, pat, in_before) in enumerate(CUES):
        if not in_before:
            continue
        src = pat.pattern
        if src.startswith(r"\b(?:joined"):
            out[n] = _any_of(
                "join",
                "beat",
                "defeated",
                "against",
                "shares ",
                "stake in",
                "sold ",
                "available at",
                "stores of",
                "s at ",
            )
        elif src.startswith(r"\b(?i:the|its"):
            out[n] = _last_word_product
        elif src.startswith(r"\b(?:drugs"):
            out[n] = _any_of(
                "drugs",
                "medicines",
                "apps",
                "devices",
                "platforms",
                "services",
                "phones",
                "products",
                "vaccines",
                "treatments",
                "models",
                "brands",
            )
        elif src.startswith(r"\b(?:published"):
            out[n] = _any_of("published ", "writing ", "wrote ")
        elif src.startswith("-flagged"):
            out[n] = _any_of("-flagged ")
        elif src.startswith(r"\b(?:towns"):
            out[n] = lambda before: before.endswith(("such as ", "like ", "including "))
        elif src.startswith(r"\bsold"):
            out[n] = _any_of("sold ")
        elif src.startswith(r"\b[Ll]aunched"):
            out[n] = _any_of("aunched ")
        elif src.startswith(r"\b(?:wrote"):
            out[n] = lambda before: before.endswith(" on ")
        elif src.startswith(r"\b(?:[Rr]esidents of"):
            out[n] = lambda before: before.endswith(" of ")
    return out


# (label, weight, words): the word right before the name ("striker X", "asteroid X", "in X")
_WORD_BEFORE: tuple[tuple[str, int, frozenset[str]], ...] = (
    ("PERSON", 2, ROLE_WORDS),
    (
        "LOC",
        3,
        frozenset(
            [
                "asteroid",
                "comet",
                "planet",
                "moon",
                "river",
                "lake",
                "mount",
                "island",
                "volcano",
                "crater",
                "glacier",
            ]
        ),
    ),
    ("GPE", 1, frozenset(("in", "near", "outside"))),
    ("ORG", 3, ORG_NOUNS),
)


def _wordvotes(before: str, out: dict[str, int]) -> None:
    """Cues from the one word before the name, by set lookup (cheaper than a regex scan)."""
    if before.endswith((", the ", ", a ", ", an ")) and _APPOSED.search(before):
        before = before[: before.rfind(",") + 2]  # "The ship, the Nordhav Spirit"
    if before.endswith(", "):
        k = before.rfind(" ", 0, len(before) - 2)
        word = before[k + 1 : -2]  # lower-case only: "Meta Platforms, Alphabet" is a list
        if word in _PRODUCT_WORDS or word.rstrip("s") in _PRODUCT_WORDS:
            out["PRODUCT"] = out.get("PRODUCT", 0) + 3  # "the only approved vaccine, X"
        return
    if not before.endswith(" ") or before.endswith("  "):
        return
    k = before.rfind(" ", 0, len(before) - 1)
    word = before[k + 1 : -1]
    low = word.lower()
    for label, weight, words in _WORD_BEFORE:
        if (word if label == "GPE" else low) in words:  # "in X", not a sentence-opening "In"
            out[label] = out.get(label, 0) + weight


BEFORE_GATES = _before_gates()


def _to_known_place(after: str) -> bool:
    m = _TO_PLACE.match(after)
    hit = gazetteer.places().get(m.group(1)) if m is not None else None
    return hit is not None and hit[0] == "GPE"


def votes(text: str, c: Candidate) -> dict[str, int]:
    before = text[max(0, c.start - _BEFORE) : c.start]
    after = text[c.end : c.end + _B]
    out: dict[str, int] = {}
    _wordvotes(before, out)
    the = before.endswith(("the ", "The "))  # "the Knicks, who": not a person
    if the:
        out.pop("PERSON", None)
    for n, (label, weight, pat, in_before) in enumerate(CUES):
        gate = BEFORE_GATES.get(n)
        if gate is not None and not gate(before):
            continue
        if the and label == "PERSON":
            continue
        if pat.search(before) if in_before else pat.match(after):
            out[label] = out.get(label, 0) + weight
    surface = text[c.start : c.end]
    m = _AFTER_WORDS.match(after)
    if m is not None:
        label = m.lastgroup or ""
        if label != "ORG" or not _given_name_before(text, surface):
            out[label] = out.get(label, 0) + (3 if label == "LOC" else 2)
    if before.endswith(("from ", "From ")) and _FROM.search(before) and _to_known_place(after):
        out["GPE"] = out.get("GPE", 0) + 2  # "from Narvik to Rotterdam": a route between places
    if _PLURAL_VERB.match(after) and not surface.endswith("s") and not _NOT_SUBJECT.search(before):
        out["ORG"] = out.get("ORG", 0) + 2  # "Harrowgate are 14th": a team or firm, not one person
    if surface.isupper() and _DATELINE.search(before) and _DATELINE_AFTER.match(after):
        out["GPE"] = out.get("GPE", 0) + 5
    return out
