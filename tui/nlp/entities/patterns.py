"""Regular expressions for DATE and NUMBER mentions, and :func:`number_value`.

Everything is compiled once at import (a handful of patterns, a few milliseconds).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_UNITS_WORDS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS_WORDS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_SCALES = {
    "hundred": 1e2,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "k": 1e3,
    "m": 1e6,
    "mn": 1e6,
    "bn": 1e9,
    "tn": 1e12,
    "dozen": 12,
}
_ORD_WORDS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "thirtieth": 30,
    "fortieth": 40,
    "fiftieth": 50,
    "hundredth": 100,
    "thousandth": 1000,
    "millionth": 1e6,
}

_alt = "|".join
_UNIT_W = _alt(sorted((k for k in _UNITS_WORDS if k != "zero"), key=len, reverse=True))
_TENS = _alt(_TENS_WORDS)
_NUMWORD = rf"(?:(?:{_TENS})(?:[-‐](?:{_UNIT_W}))?|{_UNIT_W})"
_NUMWORD_NO_ONE = rf"(?:(?:{_TENS})(?:[-‐](?:{_UNIT_W}))?|(?!one\b)(?:{_UNIT_W}))"
_SCALE = r"(?:hundred|thousand|million|billion|trillion)"
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
_NUM = rf"(?:{_DIGITS}(?:\s?(?:{_SCALE}|bn|mn|tn)\b)?|(?:{_NUMWORD})(?:\s{_SCALE})*)"
# ISO 4217 codes written before or after an amount ("SEK 450 million", "2,000 CHF")
_CUR_CODE = (
    r"(?-i:USD|EUR|GBP|SEK|NOK|DKK|ISK|CHF|JPY|CNY|RMB|INR|AUD|CAD|NZD|HKD|SGD|ZAR|BRL|MXN|"
    r"RUB|TRY|PLN|CZK|HUF|RON|KRW|ILS|AED|SAR|QAR|EGP|NGN|KES|THB|IDR|MYR|PHP|TWD|ARS|CLP|COP)"
)
CURRENCY_CODES = frozenset(_CUR_CODE[5:-1].replace('"', "").split("|"))
_CUR_PRE = rf"(?:(?:US|A|C|HK|NZ|S|R)?\$|[€£¥₹₽₩₺]|Rs\.?\s?|(?-i:USD|EUR|GBP)\s?|{_CUR_CODE}\s)"
_CUR_POST = (
    rf"(?:(?:US\s|U\.S\.\s|Hong\sKong\s|Canadian\s|Australian\s)?dollars?|euros?|pounds?"
    r"|yen|yuan|renminbi|rubles?|roubles?|rupees?|francs?|pesos?|won|lira|riyals?|dirhams?|"
    rf"krona|kronor|kroner|rand|naira|shekels?|bitcoins?|{_CUR_CODE})"
)
_UNITS = (
    r"(?:%|percent\b|per\scent\b|percentage\spoints?\b|basis\spoints?\b|points?\b|km/h\b|mph\b|"
    r"km²|sq\s?km\b|square\s(?:kilometres|kilometers|miles|metres|meters|feet)\b|"
    r"(?:kilomet(?:re|er)s?|km|miles?|met(?:re|er)s?|m|feet|foot|ft|inch(?:es)?|cm|mm|"
    r"kilo(?:gram)?s?|kg|grams?|g|tonnes?|tons?|lbs?|litres?|liters?|gallons?|barrels?|"
    r"milligrams?|mg|micrograms?|millilit(?:re|er)s?|ml|centilit(?:re|er)s?|cl|"
    r"(?:kilo|mega|giga|tera)watt[-\s]hours?|(?:kilo|mega|giga)watts?|decibels?|kcal|"
    r"acres?|hectares?|knots|degrees(?:\s(?:Celsius|Fahrenheit|C|F))?|°[CF]?|[GMkT]Wh?|"
    r"watts?|volts?|[KMGTP]B|gigabytes?|terabytes?|megabytes?|GHz|MHz|Hz|calories|"
    r"light[-\s]years?)\b|°?(?-i:[CF])\b)"
)
_TIME_UNIT = (
    r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|months?|years?|decades?|seasons?|"
    r"centuries|century|millennia)"
)
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan\.|Feb\.|Mar\.|Apr\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)"
)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# Month abbreviations written without a full stop (wire datelines: "Nov 3"), case-sensitive.
_MONTH_ABBR = r"(?-i:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"
_DAYPART = r"(?:morning|afternoon|evening|night)"
# Religious and public holidays used as dates.
_HOLIDAY = (
    r"(?-i:Christmas(?:\sDay|\sEve)?|Easter|Ramadan|Eid(?:\sal-(?:Fitr|Adha))?|Thanksgiving"
    r"|Hanukkah|Diwali|Passover|New\sYear's\s(?:Day|Eve)|Lunar\sNew\sYear)"
)
_YEAR = r"(?:1[6-9]\d\d|20\d\d)"
_DAYN = r"(?:[0-3]?\d(?:st|nd|rd|th)?)"
_ORDW = _alt(sorted(_ORD_WORDS, key=len, reverse=True))
_SEASON = r"(?:spring|summer|autumn|fall|winter)"
_REL = r"(?:last|next|this|past|coming|previous|following|same)"
_DASH = r"[-–—‐]"
# Not inside a hyphenated compound: no word+hyphen before, no hyphen+word after.
_NB = r"(?<![\w.,$€£¥-])(?<![\w][-‐])"
_NA = r"(?![-‐]\w)(?!\w)"

DATE_NUMBER_RE = re.compile(
    rf"""
    {_NB}(?:
      (?P<age>(?:\d{{1,3}}|{_NUMWORD}){_DASH}(?:year|month|week|day){_DASH}old)
    | (?P<date>
        (?:{_WEEKDAY},?\s)?{_MONTH}\s{_DAYN}(?:{_DASH}{_DAYN})?(?:,?\s{_YEAR})?
      | (?:{_WEEKDAY},?\s)?{_DAYN}\s(?:of\s)?{_MONTH}(?:,?\s{_YEAR})?
      | {_MONTH_ABBR}\s[0-3]?\d(?!\d)(?:{_DASH}[0-3]?\d(?!\d))?(?:,?\s{_YEAR})?
      | {_MONTH}\s(?:of\s)?{_YEAR}
      | {_YEAR}{_DASH}(?:{_YEAR}|\d\d)(?!\d)
      | {_MONTH}{_DASH}{_MONTH}
      | {_SEASON}\s(?:of\s)?{_YEAR}
      | (?:end|start|beginning|middle)\sof\s(?:{_YEAR}|the\s(?:year|decade|month|season))
      | (?:{_ORDW}|last)\s(?:(?:{_NUM})\s)?(?:half|halves|quarters?|months|weeks)\sof\s
        (?:{_YEAR}|the\syear)
      | (?:first|second|third|fourth|final|last)\squarter(?:\sof\s{_YEAR})?
      | Q[1-4]\s{_YEAR}
      | {_REL}\s(?:(?:{_NUM})\s)?(?:{_TIME_UNIT}|{_SEASON}|quarter|term|{_WEEKDAY}|{_MONTH})
      | that\s(?:day|week|weekend|month|year|season|summer|winter|spring|autumn|night)
      | (?:{_NUM}|a\sfew|several)\s{_TIME_UNIT}(?:\s(?:ago|earlier|later))?
      | (?:{_NUM}|a\sfew|several)\s(?:summers|winters|springs|autumns)
      | (?:days|weeks|months|years|decades)\s(?:earlier|later)
      | an?\s(?:second(?!\s(?!ago\b|earlier\b|later\b)[a-z])
        |minute|hour|day|week|fortnight|month|year|decade|century)
        (?:\s(?:ago|earlier|later))?
      | \d{{1,2}}:\d{{2}}(?:\s?[ap]\.?m\.?)?(?:\s(?:GMT|UTC|[ECMP][SD]T|BST|CET|ET))?
      | [0-2]\d[0-5]\d\s(?-i:GMT|UTC)
      | \d{{1,2}}\s?[ap]\.m\.|\d{{1,2}}\s?[ap]m\b
      | {_YEAR}s|'\d0s|\d0s
      | (?:{_ORDW}|\d{{1,2}}(?:st|nd|rd|th))\scentury
      | {_WEEKDAY}(?:\s{_DAYPART}|s)?
      | {_HOLIDAY}
      | (?:midnight|noon)\son\s{_WEEKDAY}
      | yesterday|today|tomorrow|tonight|overnight|midnight|noon
      )
    | (?P<month>{_MONTH})
    | (?P<year>{_YEAR})
    | (?P<num>
        {_CUR_PRE}{_NUM}(?:{_DASH}{_NUM})?(?:\s?(?:{_SCALE}|bn|mn|m|tn|k)\b)?
      | {_NUM}(?:{_DASH}{_NUM})?\s?{_UNITS}
      | {_NUM}(?:\s(?:{_SCALE}))?\s{_CUR_POST}\b
      | {_DIGITS}(?:{_DASH}{_DIGITS})?(?:\s?(?:{_SCALE}|bn|mn|tn)\b)?
      | \d{{1,3}}(?:st|nd|rd|th)
      | {_NUMWORD_NO_ONE}(?:\s{_SCALE})*
      | one\s{_SCALE}(?:\s{_SCALE})*
      | {_ORDW}
      | (?:tens|hundreds)\sof\s(?:thousands|millions)|thousands|hundreds|millions
      )
    ){_NA}
    """,
    re.VERBOSE | re.IGNORECASE,
)
# Month names are matched case-insensitively above; real months are capitalised.
MONTH_WORD_RE = re.compile(rf"{_MONTH}\Z")
MONTH_CONTEXT = frozenset(
    [
        "in",
        "since",
        "until",
        "till",
        "by",
        "from",
        "during",
        "before",
        "after",
        "early",
        "late",
        "mid",
        "last",
        "next",
        "this",
        "of",
        "on",
        "through",
        "throughout",
        "between",
    ]
)

_NUM_TOKEN_RE = re.compile(
    rf"(?P<digits>{_DIGITS})\s?(?P<suffix>st|nd|rd|th)?"
    rf"(?:\s?(?P<scale>{_SCALE}|bn|mn|tn|m|k)\b)?",
    re.IGNORECASE,
)


def _words_value(words: list[str]) -> float | None:
    total = 0.0
    current = 0.0
    seen = False
    for w in words:
        if w in _UNITS_WORDS:
            current += _UNITS_WORDS[w]
        elif w in _TENS_WORDS:
            current += _TENS_WORDS[w]
        elif w in _ORD_WORDS:
            current += _ORD_WORDS[w]
        elif w in _SCALES and seen:
            scale = _SCALES[w]
            current = max(current, 1.0) * scale
            if scale >= 1000:
                total += current
                current = 0.0
        elif w in ("a", "an") and not seen:
            current = 1.0
        else:
            if seen:
                break
            continue
        seen = True
    return total + current if seen else None


def number_value(mention_text: str) -> float | None:
    """The numeric value of a NUMBER mention, or None when there is none.

    ``"31st"`` -> 31, ``"3.5%"`` -> 3.5, ``"$589 billion"`` -> 5.89e11, ``"two"`` -> 2.
    A range ("10-15%") gives its first value.
    """
    if not isinstance(mention_text, str):
        return None
    text = mention_text.strip()[:200]
    m = _NUM_TOKEN_RE.search(text)
    if m:
        try:
            value = float(m.group("digits").replace(",", ""))
        except ValueError:
            return None
        scale = m.group("scale")
        if scale:
            value *= _SCALES.get(scale.lower(), 1.0)
        return value
    words = re.findall(r"[a-z]+", text.lower().replace("-", " ").replace("‐", " "))
    return _words_value(words)


_START_TEXT = """
january february march april may june july august september october november december
jan feb mar apr aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday
sunday spring summer autumn fall winter early mid late last next this past coming previous
following same final a an several yesterday today tomorrow tonight overnight midnight noon
jun jul end start beginning middle tens hundreds thousands millions christmas easter ramadan
eid thanksgiving hanukkah diwali passover new lunar
"""
_Trie = dict[str, "_Trie"]


def _trie(words: list[str]) -> str:
    """An alternation of ``words`` as a prefix tree: same matches, longest first, far faster."""
    tree: _Trie = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: _Trie) -> str:
        alts = [re.escape(ch) + emit(sub) for ch, sub in node.items() if ch]
        if "" in node:
            alts.append("")  # ending here is tried after every longer word
        if len(alts) == 1:
            return alts[0]
        return "(?:" + "|".join(alts) + ")"

    return emit(tree)


_START_WORDS = sorted(
    set(_UNITS_WORDS) | set(_TENS_WORDS) | set(_ORD_WORDS) | set(_START_TEXT.split()),
    key=len,
    reverse=True,
)
# Where a DATE/NUMBER match can start: trying the big pattern only there is much faster.
_START_RE = re.compile(
    # a currency code is any three capitals before a figure here ("SEK 450"): one cheap
    # branch instead of one per code
    r"(?<![\w.,$€£¥-])(?:[\d$€£¥₹₽₩']|(?:US|A|C|HK|NZ|S|R)\$|Rs|(?-i:[A-Z]{3}(?=\s?\d))"
    r"|Q[1-4]|(?:"
    + _trie(_START_WORDS)
    + r"|that\s(?:day|week|weekend|month|year|season|summer|winter|spring|autumn|night)"
    + r"|(?:days|weeks|months|years|decades)\s(?:earlier|later)"
    + r")\b)",
    re.IGNORECASE,
)


def iter_date_number(text: str) -> Iterator[re.Match[str]]:
    """Same matches as ``DATE_NUMBER_RE.finditer(text)``, found faster."""
    last = 0
    match = DATE_NUMBER_RE.match
    for sm in _START_RE.finditer(text):
        pos = sm.start()
        if pos < last:
            continue
        m = match(text, pos)
        if m is not None:
            last = m.end()
            yield m
