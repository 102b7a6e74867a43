"""Small closed word lists used by the entity recogniser's chunker and labeller."""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _seq(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# Prefixes that form a NORP with a demonym: non-Western, anti-American.
NORP_PREFIXES = _words(
    """
    anti neo non pan post pre pro
    """
)
# Lower-case words allowed inside a name between capitalised words.
JOINERS = _words(
    """
    al bin da das de del den der di dos du for of ten ter van von
    """
)
# Second particles of a surname: "de la Cruz", "van der Berg", "van den Broek".
SECOND_PARTICLES = _words(
    """
    de del der den la las le los
    """
)
# Lower-case particles inside a person's name: "Ludwig van Beethoven", "Leonardo da Vinci".
SURNAME_PARTICLES = _words(
    """
    bin da das de del della der den di dos du la le los van von ten ter
    """
)
# Prepositions that mark the next capitalised word as a place.
PLACE_PREV = _words(
    """
    across around at between from in into near outside to
    """
)
# Lower-case particles that start a hyphenated surname: al-Assad.
NAME_PARTICLES = _words(
    """
    abu al bin el ibn
    """
)
# Words that follow a person's name: "Smith said".
PERSON_NEXT = _words(
    """
    added argued explained insisted said says told who wrote
    """
)
# Endings of one-word company names in business news anywhere: Commerzbank, Rabobank,
# Microsoft, Fintech, Comcorp, Ryanair, ExxonMobil.
ORGISH_SUFFIX = _seq(
    """
    bank soft tech corp com net air mobil
    """
)
# Abbreviations whose full stop does not end a sentence.
ABBREV_BEFORE_DOT = _words(
    """
    Capt Co Col Corp Dr Gen Gov Inc Jr Lt Ltd Mr Mrs Ms No Prof Rep Rev Sen Sgt Sr St vs
    """
)
# Verbs that show a sentence-initial unknown word is a subject (a name).
NEWS_VERBS = _words(
    """
    added agreed announced called can claimed confirmed could declined denied faces had has
    have hopes insisted is launched lost met ordered orders plans posted refused released
    reported said says signed told urged wants warned was will won would
    """
)
# Endings typical of common words (not names).
COMMON_ENDINGS = _seq(
    """
    s al ing ly ed ive ic ous ary ent ant ful less ion ity ness ment ers ure ism ist ble
    """
)
# Month names, lower-case.
MONTH_NAMES = _words(
    """
    april august december february january july june march may november october september
    """
)
# Plural member nouns that end a party name: "Christian Democrats", "Progressive
# Conservatives", "Liberal Democrats", "Sweden Democrats".
PARTY_PLURALS = _words(
    """
    democrats republicans conservatives liberals socialists greens nationalists unionists
    progressives libertarians communists centrists
    """
)
# Heads of names that, written alone ("the Bank", "the Committee", "the Street"), stand for a
# full name given elsewhere in the article, or for nothing in particular.
GENERIC_HEADS = _words(
    """
    agency authority bank board bureau club commission committee company corporation council
    court department firm foundation fund group institute ministry office university
    avenue bridge road river square station street
    """
)
# Portfolios written before a title ("Commerce Secretary", "Transport Minister"): part of
# the title, not an organisation.
PORTFOLIOS = _words(
    """
    agriculture climate commerce culture defence defense development digital economy
    education energy environment finance foreign health home housing immigration industry
    infrastructure interior justice labor labour security sport sports tourism trade
    transport welfare mining fisheries employment pensions equality science communications
    veterans children
    """
)
# Lower-case nouns before a class label, not a name: "clade Ib", "type II", "stage IV".
CLASS_NOUNS = _words(
    """
    category clade class grade group level lineage phase stage strain subtype tier type
    variant
    """
)
# Lower-case nouns after a name that make it a political or civic organisation:
# "the Civic Renewal party", "the Pacto alliance".
ORG_NEXT = _words(
    """
    alliance bloc coalition movement party
    """
)
# Prefixes of ships' names: "HMS Caldwell", "USS Gerald R. Ford" are PRODUCT.
SHIP_PREFIXES = _words(
    """
    HMS USS RMS MV MS SS INS HMAS HMCS HMNZS USNS USCGC RFS FS ROKS JS
    """
)
# AP-style abbreviations of US states, written after a city: "ORLANDO, Fla.", "Austin, Texas".
STATE_ABBREV = _words(
    """
    Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss Mo
    Mont Neb Nev Okla Ore Pa Tenn Vt Va Wash Wis Wyo
    """
)
# A code after these is a label or batch number, not a product ("batch code L2291").
CODE_NOUNS = _words(
    """
    code codes marked batch lot serial reference ref number numbered labelled labeled
    """
)
# A smaller city before these is where a site stands ("the company's Västerås factory").
SITE_NOUNS = _words(
    """
    factory plant plants office offices headquarters site campus branch depot warehouse
    works refinery smelter mill airport
    """
)
