"""Closed word lists for the entity recogniser: common words, titles, name heads and cues.

Split out of :mod:`~tui.nlp.entities.lexicon.gazetteer` (which re-exports every name
here) to keep each module small. :data:`COMMON` and :data:`STARTERS` also filter the
compiled place table (``scripts/build_places.py``): after editing them, rebuild it (a test
says when it is stale).
"""

from __future__ import annotations


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
    treasurer attorney-general solicitor-general governor-general auditor-general
    vice-president vice-chancellor undersecretary under-secretary assemblyman assemblywoman
    councillor councilor councilman councilwoman alderman magistrate prosecutor coroner
    consul chairperson frontbencher backbencher taoiseach ombudsman superintendent solicitor
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
    treasurer attorney-general solicitor-general governor-general auditor-general
    vice-president vice-chancellor undersecretary under-secretary assemblyman assemblywoman
    councillor councilor councilman councilwoman alderman magistrate prosecutor coroner
    consul chairperson frontbencher backbencher taoiseach ombudsman superintendent solicitor
    """
)

ORG_SUFFIX = _words(
    """
    co
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
    tour awards bowl finals playoffs
    """
)
LOC_SUFFIX = _words(
    """
    mountains mountain river sea ocean lake gulf bay valley desert island islands peninsula
    strait canal crater coast basin glacier range plateau falls forest hills hill volcano
    reef delta cape channel fjord lagoon sound square bridge airport station stadium arena
    park highway road street avenue place oval racecourse velodrome raceway speedway ballpark
    harbour harbor
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
ORG_OF_HEADS = ORG_SUFFIX | _words(
    "museum bank university ministry department house order chamber chambers"
)
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
    DNS VPN URL ISP SQL HTTP HTTPS SSL TLS OTP PIN SaaS EVs AAA BBB
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

PRODUCT_NOUNS = _words(
    """
    rover spacecraft probe telescope rocket satellite lander capsule phone smartphone app
    chatbot software browser console laptop tablet vaccine drug jet aircraft airliner car
    sedan truck model models tank missile drone helicopter handset
    """
)

# Words that often start a sentence in news copy without being (part of) a name: plural and
# collective nouns for groups of people, news nouns, adverbs and connectives. Lower-cased.
# A sentence-initial word listed here only starts a name when the same word is also written
# capitalised mid-sentence in the article.
STARTERS = _words(
    """
    officials official police residents analysts investors experts economists scientists
    researchers doctors nurses patients teachers students parents children families voters
    lawmakers legislators senators prosecutors investigators authorities firefighters
    rescuers soldiers troops protesters demonstrators activists workers employees staff
    shoppers consumers customers passengers travellers travelers tourists fans players
    critics supporters opponents observers diplomats negotiators leaders ministers
    regulators executives shareholders traders bankers farmers owners tenants landlords
    drivers pilots crews witnesses victims survivors relatives neighbours neighbors
    locals citizens migrants refugees immigrants evacuees volunteers donors sponsors
    defense defence prosecution consumer consumers environment health education transport
    turnout inflation unemployment growth demand supply prices sales shares stocks markets
    bonds yields rates output exports imports production spending revenue profits earnings
    losses costs debt tariffs taxes wages jobs housing rents energy oil gas electricity
    weather temperatures rain snow wind winds fire fires flooding floods drought heat smoke
    traffic violence crime fighting talks negotiations elections voting polls results
    attendance tickets tourism trade security safety damage casualties deaths injuries
    officers agents judges jurors lawyers attorneys sources reports documents data figures
    statistics records footage images photos videos pictures posts messages emails letters
    campaigners unions companies firms businesses banks lenders insurers retailers
    manufacturers producers carmakers airlines hospitals schools universities churches
    governments states countries nations cities towns villages communities regions
    separately elsewhere nonetheless regardless besides instead overall altogether
    afterwards beforehand initially originally traditionally historically ironically
    unfortunately fortunately surprisingly interestingly importantly crucially notably
    critically significantly meanwhile anyway indeed otherwise still rather
    asked speaking writing responding commenting addressing announcing explaining
    despite amid under after before during following ahead according unlike like
    everybody somebody anybody nobody whoever whatever each either neither those these
    earlier later last next yesterday tonight today tomorrow recently lately soon
    there here once twice ever never always sometimes often usually generally
    nearly almost about around roughly approximately some many most few several
    both all half much more less fewer plenty dozens hundreds thousands millions
    sunday monday tuesday wednesday thursday friday saturday
    asked told says said added noted wrote argued insisted warned urged
    how why what when where who which whose whom whether while if unless until
    although though because since as so thus hence therefore however moreover furthermore
    additionally also again yet still even only just perhaps maybe possibly probably
    such another other others same different similar new old former current recent
    local national federal regional provincial municipal state public private
    emergency rescue relief aid support funding investment research development
    opposition coalition government cabinet parliament congress court jury judge
    """
)
