"""Word lists and place gazetteers for the entity recogniser.

Small hand-written tables (titles, organisation cues, demonyms, common given names) are
plain module constants. The place table (countries, states, provinces, cities, regions) is
compiled by ``scripts/build_places.py`` from the GeoNames and ISO 3166 data packages into
``places.tsv.gz`` beside this module (about 0.2 MB; licences in ``DATA_LICENSES.md``) and
loaded on first use by :func:`places`, so importing this module stays cheap.
"""

from __future__ import annotations

import gzip
import threading
from functools import lru_cache
from pathlib import Path

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

PLACES_FILE = Path(__file__).with_name("places.tsv.gz")
"""The compiled place table (``scripts/build_places.py`` writes it)."""

_lock = threading.Lock()
_places: dict[str, tuple[str, str]] | None = None
_minor: frozenset[str] = frozenset()


def _load(path: Path) -> tuple[dict[str, tuple[str, str]], frozenset[str]]:
    """Read the compiled table: ``name TAB G|L TAB canonical`` lines (an empty canonical
    is the lower-cased name), then ``# minor`` and one minor city name a line."""
    try:
        lines = gzip.decompress(path.read_bytes()).decode("utf-8").splitlines()
    except (OSError, EOFError, UnicodeDecodeError) as exc:
        raise RuntimeError(f"{path}: cannot read the place table ({exc}); reinstall") from exc
    labels = {"G": "GPE", "L": "LOC"}
    table: dict[str, tuple[str, str]] = {}
    n = 1  # line 0 is the header
    while n < len(lines) and lines[n] != "# minor":
        name, label, canon = lines[n].split("\t")
        table[name] = (labels[label], canon or name.lower())
        n += 1
    return table, frozenset(lines[n + 1 :])


def places() -> dict[str, tuple[str, str]]:
    """Surface name -> (GPE|LOC, canonical lower-case name); loaded once, on first use."""
    global _places, _minor
    if _places is None:
        with _lock:
            if _places is None:
                table, _minor = _load(PLACES_FILE)
                _places = table
    return _places


def minor_places() -> frozenset[str]:
    """One-word names of smaller cities: places only when the context says so ("in X")."""
    places()
    return _minor
