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

A role word opening a name ("Substitute Keeley Baird") is cut off and the rest is a PERSON,
and a multi-word PERSON guess ending in a company head ("Kestrel Appliances") is an ORG.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from tui.nlp.entities.lexicon.words import ORG_SUFFIX
from tui.nlp.entities.resolve import Candidate

__all__ = ["type_in_context"]

_ROLE = (
    r"substitute|striker|midfielder|defender|goalkeeper|forward|winger|captain|coach|manager|"
    r"candidate|challenger|incumbent|rival|teammate|runner|champion|scientist|researcher|"
    r"professor|analyst|economist|executive|spokesman|spokeswoman|spokesperson|founder|"
    r"co-founder|chairman|chairwoman|singer|rapper|actor|actress|player|prosecutor|lawyer|"
    r"judge|doctor|nurse|engineer|investor|officer|minister|mayor|governor|president|"
    r"director|boss|chief|ceo|cfo|author|writer|driver|rider|cyclist|swimmer|skier"
)
_ROLE_WORDS = frozenset(_ROLE.split("|"))
_CO_HEADS = frozenset(
    [
        "appliances",
        "optics",
        "cloud",
        "wire",
        "athletic",
        "depot",
        "airlines",
        "motors",
        "bank",
        "bancorp",
        "energy",
        "foods",
        "pharma",
        "biotech",
        "robotics",
        "aerospace",
        "mobility",
        "dynamics",
        "devices",
        "instruments",
        "shipping",
        "freight",
        "retail",
        "stores",
        "mart",
        "markets",
        "brewing",
        "beverages",
        "apparel",
        "textiles",
        "steel",
        "metals",
        "chemicals",
        "materials",
        "minerals",
        "payments",
        "finance",
        "capital",
        "ventures",
        "wireless",
        "telecom",
        "broadband",
        "semiconductor",
        "microsystems",
        "computing",
        "software",
        "labs",
        "studios",
    ]
)
_PRODUCT_NOUN = (
    r"probe|spacecraft|rover|lander|orbiter|telescope|satellite|rocket|capsule|app|platform|"
    r"service|drug|vaccine|treatment|pill|therapy|phone|smartphone|handset|device|laptop|"
    r"tablet|console|chatbot|model|browser|game|ship|vessel|tanker|aircraft|airliner|jet|"
    r"helicopter|drone|car|sedan|truck|heaters?|engine|chip|processor|software|tool"
)
_B = 70  # characters of context after a name
_BEFORE = 52  # and before it ("sold by <a 40-character name> as X")

_CUES: tuple[tuple[str, int, re.Pattern[str], bool], ...] = (
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
            r"shares in|stake in|sold at|sold by|available at|stores of)\s$"
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
    ("PRODUCT", 3, re.compile(r"\b[Ll]aunched (?:[\w-]+ ){0,3}?[\w-]+, $"), True),
    (
        "PRODUCT",
        3,
        re.compile(
            r"^(?:,? which)? (?:lifted off|blasted off|was launched|touched down|flew past|"
            r"flew by|docked|splashed down)\b"
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
        re.compile(r"\b(?:residents of|mayor of|streets of|outskirts of|centre of) $"),
        True,
    ),
    ("GPE", 2, re.compile(r"^ (?:regions?|province|district|county|municipality)\b"), False),
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
_PLATFORM_BEFORE = re.compile(
    r"\b(?:wrote|posted|said|shared|announced|found out|learned|read) on $"
)
_PLATFORM_AFTER = re.compile(r" (?:post|posts|page|account|feed|livestream|users|subscribers)\b")
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
    for n, (_label, _weight, pat, in_before) in enumerate(_CUES):
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
        elif src.startswith(r"\bsold"):
            out[n] = _any_of("sold ")
        elif src.startswith(r"\b[Ll]aunched"):
            out[n] = _any_of("aunched ")
        elif src.startswith(r"\b(?:wrote"):
            out[n] = lambda before: before.endswith(" on ")
        elif src.startswith(r"\b(?:residents of"):
            out[n] = lambda before: before.endswith(" of ")
    return out


# (label, weight, words): the word right before the name ("striker X", "asteroid X", "in X")
_WORD_BEFORE: tuple[tuple[str, int, frozenset[str]], ...] = (
    ("PERSON", 2, _ROLE_WORDS),
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
)


def _word_votes(before: str, out: dict[str, int]) -> None:
    """Cues from the one word before the name, by set lookup (cheaper than a regex scan)."""
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


_BEFORE_GATES = _before_gates()


def _votes(text: str, c: Candidate) -> dict[str, int]:
    before = text[max(0, c.start - _BEFORE) : c.start]
    after = text[c.end : c.end + _B]
    out: dict[str, int] = {}
    _word_votes(before, out)
    the = before.endswith(("the ", "The "))  # "the Knicks, who": not a person
    if the:
        out.pop("PERSON", None)
    for n, (label, weight, pat, in_before) in enumerate(_CUES):
        gate = _BEFORE_GATES.get(n)
        if gate is not None and not gate(before):
            continue
        if the and label == "PERSON":
            continue
        if pat.search(before) if in_before else pat.match(after):
            out[label] = out.get(label, 0) + weight
    surface = text[c.start : c.end]
    if surface.isupper() and _DATELINE.search(before) and _DATELINE_AFTER.match(after):
        out["GPE"] = out.get("GPE", 0) + 5
    return out


def _trim_role(text: str, c: Candidate) -> None:
    """ "Substitute Keeley Baird": the role word is not part of the name."""
    words = text[c.start : c.end].split(" ")
    if len(words) >= 3 and words[0].lower() in _ROLE_WORDS and c.label in ("PERSON", "ORG"):
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
        if c.label == "PERSON" and len(words) > 1 and words[-1].lower() in _CO_HEADS:
            c.label, c.canon = "ORG", " ".join(words).lower()
    chosen[:] = _merge_national_bodies(text, [c for c in chosen if not _eponym(text, c)])
    weak = [c for c in weak if c in chosen]
    groups = _groups(text, weak)
    pooled: dict[str, dict[str, int]] = {}
    for n, c in enumerate(weak):
        box = pooled.setdefault(groups[n], {})
        for label, w in _votes(text, c).items():
            box[label] = box.get(label, 0) + w
        words = text[c.start : c.end].split()
        if len(words) > 1 and words[-1].lower() in _CO_HEADS:
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
            if _PLATFORM_BEFORE.search(before) or _PLATFORM_AFTER.match(after):
                c.label = "PRODUCT"  # "wrote on Instagram", "Facebook users": the service
    unsure = {id(c) for n, c in enumerate(weak) if not pooled[groups[n]]}
    _conjuncts(text, chosen, unsure)


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
