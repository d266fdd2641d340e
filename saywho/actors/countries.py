"""Countries, demonyms and capitals to ISO 3166 alpha-3 codes.

pycountry gives official and common names; the tables here add what news text
actually says ("US", "Britain", "Ukrainian", "the Kremlin", "Kyiv").
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
from contextvars import ContextVar
from functools import lru_cache
from typing import TYPE_CHECKING

import pycountry

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

DEMONYMS = {
    "afghan": "AFG", "albanian": "ALB", "algerian": "DZA", "american": "USA", "argentine": "ARG",
    "argentinian": "ARG", "armenian": "ARM", "australian": "AUS", "austrian": "AUT", "azerbaijani": "AZE",
    "bangladeshi": "BGD", "belarusian": "BLR", "belgian": "BEL", "bolivian": "BOL", "bosnian": "BIH",
    "brazilian": "BRA", "british": "GBR", "bulgarian": "BGR", "burmese": "MMR", "cambodian": "KHM",
    "canadian": "CAN", "chilean": "CHL", "chinese": "CHN", "colombian": "COL", "croatian": "HRV",
    "cuban": "CUB", "cypriot": "CYP", "czech": "CZE", "danish": "DNK", "dutch": "NLD", "egyptian": "EGY",
    "emirati": "ARE", "english": "GBR", "estonian": "EST", "ethiopian": "ETH", "filipino": "PHL",
    "finnish": "FIN", "french": "FRA", "georgian": "GEO", "german": "DEU", "ghanaian": "GHA", "greek": "GRC",
    "hungarian": "HUN", "icelandic": "ISL", "indian": "IND", "indonesian": "IDN", "iranian": "IRN",
    "iraqi": "IRQ", "irish": "IRL", "israeli": "ISR", "italian": "ITA", "japanese": "JPN", "jordanian": "JOR",
    "kazakh": "KAZ", "kenyan": "KEN", "korean": "KOR", "south korean": "KOR", "north korean": "PRK",
    "kosovan": "XKX", "kuwaiti": "KWT", "latvian": "LVA", "lebanese": "LBN", "libyan": "LBY",
    "lithuanian": "LTU", "malaysian": "MYS", "mexican": "MEX", "moldovan": "MDA", "mongolian": "MNG",
    "moroccan": "MAR", "nepalese": "NPL", "nigerian": "NGA", "norwegian": "NOR", "pakistani": "PAK",
    "palestinian": "PSE", "peruvian": "PER", "polish": "POL", "portuguese": "PRT", "qatari": "QAT",
    "romanian": "ROU", "russian": "RUS", "saudi": "SAU", "scottish": "GBR", "serbian": "SRB",
    "singaporean": "SGP", "slovak": "SVK", "slovenian": "SVN", "somali": "SOM", "spanish": "ESP",
    "sudanese": "SDN", "swedish": "SWE", "swiss": "CHE", "syrian": "SYR", "taiwanese": "TWN",
    "thai": "THA", "tunisian": "TUN", "turkish": "TUR", "ukrainian": "UKR", "venezuelan": "VEN",
    "vietnamese": "VNM", "welsh": "GBR", "yemeni": "YEM", "zimbabwean": "ZWE", "belarussian": "BLR",
    # the rest of the places CAMEO-coded news names
    "angolan": "AGO", "burundian": "BDI", "chadian": "TCD", "congolese": "COD",
    "croat": "HRV", "ecuadorian": "ECU", "ecuadorean": "ECU", "eritrean": "ERI", "haitian": "HTI",
    "ivorian": "CIV", "kampuchean": "KHM", "kosovar": "XKX", "kyrgyz": "KGZ", "liberian": "LBR",
    "macedonian": "MKD", "malian": "MLI", "montenegrin": "MNE", "nepali": "NPL", "panamanian": "PAN",
    "philippine": "PHL", "rwandan": "RWA", "senegalese": "SEN", "serb": "SRB",
    "somalian": "SOM", "south african": "ZAF", "sri lankan": "LKA", "tajik": "TJK", "turkmen": "TKM",
    "ugandan": "UGA", "uzbek": "UZB", "zambian": "ZMB",
    # the rest of the world's states (session 2: "Nicaraguan", "Honduran", "Tanzanian" were unknown)
    "andorran": "AND", "antiguan": "ATG", "beninese": "BEN", "burkinabe": "BFA", "burkinabé": "BFA",
    "bahraini": "BHR", "bahamian": "BHS", "belizean": "BLZ", "bermudian": "BMU", "barbadian": "BRB",
    "bruneian": "BRN", "bhutanese": "BTN", "botswanan": "BWA", "motswana": "BWA", "batswana": "BWA",
    "central african": "CAF", "cameroonian": "CMR", "comorian": "COM",
    "cape verdean": "CPV", "costa rican": "CRI", "djiboutian": "DJI", "dominican": "DOM", "fijian": "FJI",
    "faroese": "FRO", "micronesian": "FSM", "gabonese": "GAB", "gibraltarian": "GIB", "guinean": "GIN",
    "gambian": "GMB", "bissau-guinean": "GNB", "equatorial guinean": "GNQ", "equatoguinean": "GNQ",
    "grenadian": "GRD", "greenlandic": "GRL", "guatemalan": "GTM", "guyanese": "GUY", "honduran": "HND",
    "jamaican": "JAM", "kittitian": "KNA", "laotian": "LAO", "lao": "LAO", "vanuatuan": "VUT", "cabo verdean": "CPV", "nauruan": "NRU", "saint lucian": "LCA", "liechtensteiner": "LIE",
    "basotho": "LSO", "mosotho": "LSO", "luxembourgish": "LUX", "luxembourger": "LUX", "macanese": "MAC",
    "monegasque": "MCO", "malagasy": "MDG", "maldivian": "MDV", "marshallese": "MHL", "maltese": "MLT",
    "mozambican": "MOZ", "mauritanian": "MRT", "mauritian": "MUS", "malawian": "MWI", "namibian": "NAM",
    "nigerien": "NER", "nicaraguan": "NIC", "new zealand": "NZL", "new zealander": "NZL", "omani": "OMN",
    "palauan": "PLW", "papua new guinean": "PNG", "puerto rican": "PRI", "paraguayan": "PRY",
    "solomon islander": "SLB", "sierra leonean": "SLE", "salvadoran": "SLV", "salvadorean": "SLV",
    "sammarinese": "SMR", "south sudanese": "SSD", "surinamese": "SUR", "swazi": "SWZ", "seychellois": "SYC",
    "togolese": "TGO", "timorese": "TLS", "east timorese": "TLS", "tongan": "TON", "trinidadian": "TTO",
    "tuvaluan": "TUV", "tanzanian": "TZA", "uruguayan": "URY", "vincentian": "VCT", "samoan": "WSM",
    "i-kiribati": "KIR", "ni-vanuatu": "VUT", "sao tomean": "STP", "hong kong": "HKG",
}

# The demonyms of states by their old names, after the others: a state's adjective is its first one
DEMONYMS.update({"yugoslav": "SRB", "rhodesian": "ZWE", "zairean": "COD", "zairian": "COD", "czechoslovak": "CSK",
                 "east german": "DDR", "west german": "DEU", "ceylonese": "LKA", "soviet": "SUN", "malayan": "MYS",
                 "south vietnamese": "VNM", "north vietnamese": "VNM", "tanganyikan": "TZA",
                 "dahomeyan": "BEN", "voltaic": "BFA", "burkinabè": "BFA", "biafran": "NGA"})

# The nouns for a people that are not its adjective ("Britons", "Swedes", "Frenchmen"), read only with a capital
# ("power poles", "swedes" are things). "Danes" and "Finns" only in the plural ("Dane" and "Finn" are given names);
# not "Turks" or "Greenlanders", whom the news names as minorities of other states ("Bulgaria's ethnic Turks").
PEOPLE_NOUNS = {"briton": "GBR", "scot": "GBR", "scotsman": "GBR", "englishman": "GBR", "welshman": "GBR",
                "danes": "DNK", "finns": "FIN", "pole": "POL", "swede": "SWE", "spaniard": "ESP", "frenchman": "FRA",
                "dutchman": "NLD", "irishman": "IRL", "icelander": "ISL", "azeri": "AZE", "byelorussian": "BLR",
                "zanzibari": "TZA", "slovene": "SVN", "yemenite": "YEM", "khmer": "KHM"}


def people_noun(text: str) -> str | None:
    """The country of a people's noun written with a capital: "Britons", "a Swede", "Frenchmen"."""
    if not text[:1].isupper():
        return None
    key = re.sub(r"(’s|'s|’|')$", "", text.strip().lower())
    for word in (key, key[:-1] if key.endswith("s") else "", key[:-3] + "man" if key.endswith("men") else ""):
        if word in PEOPLE_NOUNS:
            return PEOPLE_NOUNS[word]
    return None


ALIASES = {
    # state media's names: "the DPRK", "Turkiye" (Anadolu writes it without the accent), "the ROK", "the PRC"
    "dprk": "PRK", "d.p.r.k.": "PRK", "turkiye": "TUR", "rok": "KOR", "prc": "CHN", "ksa": "SAU", "png": "PNG",
    "us": "USA", "u.s.": "USA", "u.s": "USA", "usa": "USA", "america": "USA", "united states": "USA",
    "the united states": "USA", "uk": "GBR", "u.k.": "GBR", "britain": "GBR", "great britain": "GBR",
    "england": "GBR", "scotland": "GBR", "wales": "GBR", "russia": "RUS", "iran": "IRN", "syria": "SYR",
    "south korea": "KOR", "north korea": "PRK", "taiwan": "TWN", "vietnam": "VNM", "laos": "LAO",
    "bolivia": "BOL", "venezuela": "VEN", "tanzania": "TZA", "moldova": "MDA", "czechia": "CZE",
    "czech republic": "CZE", "turkey": "TUR", "türkiye": "TUR", "palestine": "PSE", "kosovo": "XKX",
    "holland": "NLD", "the netherlands": "NLD", "ivory coast": "CIV", "burma": "MMR", "uae": "ARE",
    "vatican": "VAT",
    # long and local names pycountry writes another way ("Congo, The Democratic Republic of the", "Korea, Republic of")
    "democratic republic of congo": "COD", "democratic republic of the congo": "COD", "dr congo": "COD",
    "drc": "COD", "d.r. congo": "COD", "republic of the congo": "COG", "congo-brazzaville": "COG",
    "republic of korea": "KOR", "democratic people's republic of korea": "PRK", "cote d'ivoire": "CIV",
    "côte d’ivoire": "CIV", "east timor": "TLS", "holy see": "VAT", "macedonia": "MKD", "swaziland": "SWZ",
    "cape verde": "CPV", "micronesia": "FSM", "republic of ireland": "IRL", "brunei": "BRN",
    # states that were, by their own ISO 3166-3 codes as the Phoenix dictionary codes them (SOVIET_UNION [SUN],
    # CZECHOSLOVAKIA [CSK 19181001-19930101], GERMAN_DEMOCRATIC_REPUBLIC [DDR]): the USSR's acts are not Russia's
    "soviet union": "SUN", "ussr": "SUN", "u.s.s.r.": "SUN", "czechoslovakia": "CSK", "east germany": "DDR",
    # others by their old names, coded as their successors, as the dictionary codes them
    "yugoslavia": "SRB", "serbia and montenegro": "SRB", "rhodesia": "ZWE", "west germany": "DEU", "dahomey": "BEN",
    "upper volta": "BFA", "ceylon": "LKA", "malaya": "MYS", "south vietnam": "VNM", "north vietnam": "VNM",
    "south yemen": "YEM", "north yemen": "YEM", "tanganyika": "TZA", "persia": "IRN", "khmer republic": "KHM",
    "biafra": "NGA", "east pakistan": "PAK", "west pakistan": "PAK", "macao": "MAC", "macau": "MAC",
    "siam": "THA", "formosa": "TWN",
    # colonies, protectorates and the Cold War's names of states, by their successors (not "the Gold Coast", an
    # Australian city in today's news, nor Ruanda-Urundi or French West Africa, which became several states) ...
    "bechuanaland": "BWA", "basutoland": "LSO", "nyasaland": "MWI", "northern rhodesia": "ZMB",
    "southern rhodesia": "ZWE", "south west africa": "NAM", "south-west africa": "NAM", "ubangi-shari": "CAF",
    "oubangui-chari": "CAF", "trucial states": "ARE", "trucial oman": "ARE", "aden protectorate": "YEM",
    "cameroun": "CMR", "togoland": "TGO", "congo-kinshasa": "COD", "congo-leopoldville": "COD",
    "congo-léopoldville": "COD", "united arab republic": "EGY", "yemen arab republic": "YEM",
    "democratic kampuchea": "KHM", "people's republic of kampuchea": "KHM", "malagasy republic": "MDG",
    "byelorussia": "BLR", "belorussia": "BLR", "kirghizia": "KGZ", "sinkiang": "CHN", "communist china": "CHN",
    "red china": "CHN", "mainland china": "CHN", "nationalist china": "TWN", "irian jaya": "IDN", "west irian": "IDN",
    "tahiti": "PYF", "ulster": "GBR",
    # ... but a colony its power's adjective names is that power's ("recover the Spanish Sahara by force" threatens
    # Spain; "the governor of Portuguese Guinea" is Portugal's)
    "spanish sahara": "ESP", "portuguese guinea": "PRT", "portuguese east africa": "PRT",
    "portuguese west africa": "PRT", "belgian congo": "BEL", "british guiana": "GBR", "british honduras": "GBR",
    "dutch guiana": "NLD", "dutch east indies": "NLD", "netherlands east indies": "NLD", "french sudan": "FRA",
    "french somaliland": "FRA", "french cameroons": "FRA", "french togoland": "FRA",
}

# Seats of government and capitals stand for their state in news prose
# ("the Kremlin said", "Kyiv rejected").
METONYMS = {
    "kremlin": "RUS", "moscow": "RUS", "white house": "USA", "washington": "USA", "pentagon": "USA",
    "state department": "USA", "elysee": "FRA", "élysée": "FRA", "elysee palace": "FRA", "élysée palace": "FRA",
    "paris": "FRA", "downing street": "GBR",
    "whitehall": "GBR", "london": "GBR", "kyiv": "UKR", "kiev": "UKR", "beijing": "CHN", "berlin": "DEU",
    "tehran": "IRN", "damascus": "SYR", "ankara": "TUR", "tokyo": "JPN", "new delhi": "IND", "delhi": "IND",
    "pyongyang": "PRK", "seoul": "KOR", "jerusalem": "ISR", "rome": "ITA", "madrid": "ESP", "warsaw": "POL",
    "ottawa": "CAN", "canberra": "AUS", "minsk": "BLR", "baghdad": "IRQ", "kabul": "AFG", "cairo": "EGY",
    "riyadh": "SAU", "bankova": "UKR", "quai d'orsay": "FRA", "zhongnanhai": "CHN",
    "peking": "CHN", "bonn": "DEU", "east berlin": "DDR", "pankow": "DDR",  # as the wire wrote them in the Cold War
    # wire copy names more governments by their capitals ("Colombo accused", "Freetown rejected")
    "amman": "JOR", "baku": "AZE", "jakarta": "IDN", "monrovia": "LBR", "algiers": "DZA", "abuja": "NGA",
    "beirut": "LBN", "sarajevo": "BIH", "belgrade": "SRB", "freetown": "SLE", "tirana": "ALB", "nairobi": "KEN",
    "kathmandu": "NPL", "khartoum": "SDN", "skopje": "MKD", "zagreb": "HRV", "ljubljana": "SVN", "bucharest": "ROU",
    "budapest": "HUN", "prague": "CZE", "stockholm": "SWE", "oslo": "NOR", "copenhagen": "DNK", "helsinki": "FIN",
    "athens": "GRC", "lisbon": "PRT", "dublin": "IRL", "islamabad": "PAK", "dhaka": "BGD", "colombo": "LKA",
    "bangkok": "THA", "hanoi": "VNM", "manila": "PHL", "phnom penh": "KHM", "rangoon": "MMR", "naypyidaw": "MMR",
    "kuala lumpur": "MYS", "taipei": "TWN", "caracas": "VEN", "bogota": "COL", "quito": "ECU", "havana": "CUB",
    "brasilia": "BRA", "buenos aires": "ARG", "kinshasa": "COD", "luanda": "AGO", "kampala": "UGA", "kigali": "RWA",
    "addis ababa": "ETH", "mogadishu": "SOM", "tunis": "TUN", "rabat": "MAR", "dakar": "SEN", "accra": "GHA",
    "harare": "ZWE", "pretoria": "ZAF", "lusaka": "ZMB", "bujumbura": "BDI", "doha": "QAT", "muscat": "OMN",
    "bishkek": "KGZ", "tashkent": "UZB", "yerevan": "ARM", "tbilisi": "GEO", "chisinau": "MDA", "vilnius": "LTU",
    "riga": "LVA", "tallinn": "EST", "pristina": "XKX", "asmara": "ERI", "dushanbe": "TJK", "ashgabat": "TKM",
    "ulan bator": "MNG", "ulaanbaatar": "MNG", "abu dhabi": "ARE", "kuwait city": "KWT",
    "manama": "BHR", "nicosia": "CYP", "valletta": "MLT", "reykjavik": "ISL", "bern": "CHE",
    "managua": "NIC", "tegucigalpa": "HND", "san salvador": "SLV", "port-au-prince": "HTI",
    "lilongwe": "MWI", "maputo": "MOZ", "windhoek": "NAM", "gaborone": "BWA", "dodoma": "TZA",
    "bamako": "MLI", "niamey": "NER", "ouagadougou": "BFA", "conakry": "GIN", "lome": "TGO", "cotonou": "BEN",
    "yaounde": "CMR", "libreville": "GAB", "ndjamena": "TCD", "n'djamena": "TCD", "bangui": "CAF",
    "wellington": "NZL", "mexico city": "MEX", "lima": "PER", "la paz": "BOL", "montevideo": "URY",
    "asuncion": "PRY", "asunción": "PRY", "santo domingo": "DOM", "vientiane": "LAO", "singapore": "SGP",
    "astana": "KAZ", "sanaa": "YEM", "sana'a": "YEM", "nouakchott": "MRT", "antananarivo": "MDG",
    "port moresby": "PNG", "suva": "FJI", "honiara": "SLB", "dili": "TLS", "thimphu": "BTN", "podgorica": "MNE",
    "bratislava": "SVK",
    # seats of power standing for their governments ("Foggy Bottom summoned", "the Casa Rosada said")
    "foggy bottom": "USA", "capitol hill": "USA", "casa rosada": "ARG", "miraflores": "VEN", "south block": "IND",
    "aso rock": "NGA", "blue house": "KOR", "yongsan": "KOR", "planalto": "BRA", "itamaraty": "BRA",
    "los pinos": "MEX", "moncloa": "ESP", "palazzo chigi": "ITA", "farnesina": "ITA", "kasumigaseki": "JPN",
    "malacanang": "PHL", "malacañang": "PHL", "union buildings": "ZAF", "bundeskanzleramt": "DEU", "quirinale": "ITA",
    "kantei": "JPN",
}


# Places news text names that pycountry does not know: capitals,
# big cities and territories, each standing for its country in CAMEO coding.
PLACES = {
    "amman": "JOR", "baku": "AZE", "abidjan": "CIV", "jakarta": "IDN", "juba": "SSD", "monrovia": "LBR",
    "algiers": "DZA", "lagos": "NGA", "abuja": "NGA", "basra": "IRQ", "beirut": "LBN", "tel aviv": "ISR",
    "gorazde": "BIH", "sarajevo": "BIH", "belgrade": "SRB", "hebron": "PSE", "jericho": "PSE",
    "freetown": "SLE", "tirana": "ALB", "nairobi": "KEN", "kathmandu": "NPL", "khatmandu": "NPL",
    "darfur": "SDN", "herat": "AFG", "khartoum": "SDN", "gaza": "PSE", "gaza strip": "PSE",
    "west bank": "PSE", "ramallah": "PSE", "golan heights": "SYR", "sivas": "TUR", "esfahan": "IRN",
    "isfahan": "IRN", "bam": "IRN", "susangerd": "IRQ", "mosul": "IRQ", "fallujah": "IRQ", "aleppo": "SYR",
    "homs": "SYR", "donetsk": "UKR", "luhansk": "UKR", "crimea": "UKR", "kharkiv": "UKR", "odesa": "UKR",
    "mariupol": "UKR", "pristina": "XKX", "skopje": "MKD", "zagreb": "HRV", "ljubljana": "SVN",
    "podgorica": "MNE", "bucharest": "ROU", "sofia": "BGR", "budapest": "HUN", "prague": "CZE",
    "vienna": "AUT", "brussels": "BEL", "the hague": "NLD", "amsterdam": "NLD", "stockholm": "SWE",
    "oslo": "NOR", "copenhagen": "DNK", "helsinki": "FIN", "athens": "GRC", "lisbon": "PRT",
    "dublin": "IRL", "islamabad": "PAK", "karachi": "PAK", "lahore": "PAK", "mumbai": "IND",
    "dhaka": "BGD", "colombo": "LKA", "bangkok": "THA", "hanoi": "VNM", "manila": "PHL",
    "phnom penh": "KHM", "rangoon": "MMR", "yangon": "MMR", "kuala lumpur": "MYS", "taipei": "TWN",
    "hong kong": "HKG", "caracas": "VEN", "bogota": "COL", "lima": "PER", "quito": "ECU",
    "havana": "CUB", "mexico city": "MEX", "brasilia": "BRA", "buenos aires": "ARG", "santiago": "CHL",
    "panama city": "PAN", "port-au-prince": "HTI", "kinshasa": "COD", "luanda": "AGO", "kampala": "UGA",
    "kigali": "RWA", "addis ababa": "ETH", "mogadishu": "SOM", "tripoli": "LBY", "benghazi": "LBY",
    "tunis": "TUN", "rabat": "MAR", "dakar": "SEN", "accra": "GHA", "harare": "ZWE", "pretoria": "ZAF",
    "johannesburg": "ZAF", "lusaka": "ZMB", "bujumbura": "BDI", "sanaa": "YEM", "aden": "YEM",
    "doha": "QAT", "dubai": "ARE", "abu dhabi": "ARE", "muscat": "OMN", "kuwait city": "KWT",
    "bishkek": "KGZ", "tashkent": "UZB", "astana": "KAZ", "yerevan": "ARM", "tbilisi": "GEO",
    "chisinau": "MDA", "vilnius": "LTU", "riga": "LVA", "tallinn": "EST", "kyrgyzstan": "KGZ",
    "macedonia": "MKD", "bosnia": "BIH", "herzegovina": "BIH", "bosnia-herzegovina": "BIH",
    "kampuchea": "KHM", "east timor": "TLS", "timor": "TLS", "zaire": "COD",  # ("congo": the date decides, _dated_congo)
    "dr congo": "COD", "drc": "COD", "democratic republic of congo": "COD", "democratic republic of the congo": "COD",
    "congo republic": "COG", "republic of congo": "COG", "congo-brazzaville": "COG",
    "brazzaville": "COG",
    "barcelona": "ESP",  # (GeoNames' Venezuelan Barcelona is half its size: no reader takes it so)
    "nakhichevan": "AZE", "kosovo": "XKX", "montenegro": "MNE", "serbia": "SRB", "northern ireland": "GBR",
    "afganistan": "AFG", "phillippines": "PHL", "khanty-mansiysk": "RUS", "siberia": "RUS", "chechnya": "RUS",
    "tyumen": "RUS", "niger delta": "NGA", "lanao": "PHL", "mindanao": "PHL", "kurdistan": "IRQ", "alaska": "USA",
    # regions and breakaway territories that wire copy names as actors or places ("Balochistan's government",
    # "clashes in Tigray"): each stands for the state it lies in, as CAMEO codes it
    "balochistan": "PAK", "baluchistan": "PAK", "khyber pakhtunkhwa": "PAK", "zanzibar": "TZA", "oromia": "ETH",
    "somaliland": "SOM", "puntland": "SOM", "jubaland": "SOM", "tigray": "ETH", "amhara": "ETH", "ogaden": "ETH",
    "sabah": "MYS", "sarawak": "MYS", "kordofan": "SDN", "cabinda": "AGO", "casamance": "SEN", "xinjiang": "CHN",
    "tibet": "CHN", "donbas": "UKR", "donbass": "UKR", "transnistria": "MDA", "abkhazia": "GEO",
    "south ossetia": "GEO", "nagorno-karabakh": "AZE", "north kivu": "COD", "south kivu": "COD", "ituri": "COD",
    "borno": "NGA", "cabo delgado": "MOZ", "rakhine": "MMR", "aceh": "IDN", "papua": "IDN",
    "dagestan": "RUS", "kashmir valley": "IND", "punjab province": "PAK", "sindh": "PAK",
    # capitals the tables lacked, and capitals and cities by their old names, which wire copy of their day uses
    # ("Saigon asked", "talks in Leopoldville"); not names other towns share (Salisbury, Kingston, Georgetown)
    "bissau": "GNB", "banjul": "GMB", "malabo": "GNQ", "dar es salaam": "TZA", "mbabane": "SWZ", "maseru": "LSO",
    "moroni": "COM", "port of spain": "TTO", "paramaribo": "SUR", "saigon": "VNM", "leopoldville": "COD",
    "léopoldville": "COD", "stanleyville": "COD", "elisabethville": "COD", "élisabethville": "COD",
    "tananarive": "MDG", "lourenco marques": "MOZ", "lourenço marques": "MOZ", "fort lamy": "TCD",
    "fort-lamy": "TCD", "usumbura": "BDI", "bombay": "IND", "calcutta": "IND", "madras": "IND",
    "constantinople": "TUR", "pnom penh": "KHM",
}


def place_code(name: str) -> str | None:
    """ISO alpha-3 of the country a city, region or territory lies in ("Basra" → IRQ)."""
    key = name.strip().lower().removeprefix("the ").strip()
    if key == "juba" and _before_south_sudan():
        return "SDN"  # the southern capital of Sudan until South Sudan's independence
    return (CONGO.get() or _dated_congo()) if key == "congo" else PLACES.get(key)


def _dated_congo() -> str:
    """"Congo" alone in a text whose places say nothing: the Republic of Congo before May 1997 (Zaire was the other),
    the DRC after, and in an undated text, as news reads it now."""
    from saywho.actors.dictionary import _WHEN  # the article's date, which the dictionary's readers set

    day = _WHEN.get()
    return "COG" if day is not None and day < ZAIRE_RENAMED else "COD"


ZAIRE_RENAMED = 19970517  # Zaire became the Democratic Republic of the Congo


# Which Congo "Congo" alone means in the text being read (None: the article's date decides, dictionary.code_of). Set by
# :func:`reading`.
CONGO: ContextVar[str | None] = ContextVar("saywho_congo", default=None)
DRC_PLACES = re.compile(r"\b(Kinshasa|KINSHASA|Goma|GOMA|Kivu|Ituri|Bunia|Lubumbashi|Kisangani|Katanga|Kasai|Bukavu|"
                        r"M23|Tshisekedi|Kabila|Democratic Republic|DR Congo|DRC|Rwanda|Rwandan|Kagame|FDLR|MONUSCO|"
                        r"Mobutu|Lumumba|Tshombe|Kasavubu|Bemba|Mbandaka|Kolwezi|Matadi|Uvira|Leopoldville)\b")
COG_PLACES = re.compile(r"\b(Brazzaville|BRAZZAVILLE|Pointe-Noire|POINTE-NOIRE|Sassou|Congo Republic|Republic of (the )?Congo|"
                        r"Lissouba|Kolelas|Kolélas|Ngouabi|Massamba-Debat|Youlou|Yhombi|Milongo|Dolisie|Ninjas?|Cocoyes?|"
                        r"Mindouli|Mfilou|Congo-Ocean|Ntoumi)\b")


# "Georgia" in American news is the state: its capital, its officials and its races say so, unless the text names
# the country's own (Tbilisi, Georgian Dream). Set by :func:`reading`.
US_STATE_GEORGIA: ContextVar[bool] = ContextVar("saywho_us_georgia", default=False)
GEORGIA_US = re.compile(r"\b(Atlanta|Fulton County|Savannah|Brian Kemp|Gov\. Kemp|Raffensperger|Peach State|Warnock|Ossoff|"
                        r"Marjorie Taylor Greene|Stacey Abrams|Fani Willis|Georgia (Republicans?|Democrats?|voters|"
                        r"election officials|State University|Tech|Bulldogs|General Assembly)|Ga\.)")
GEORGIA_STATE = re.compile(r"\b(Tbilisi|Georgian|Abkhazia|Ossetia|Saakashvili|Ivanishvili|Kobakhidze|Zourabichvili|"
                           r"Shevardnadze|Caucasus|Batumi)\b")


# The state a dateline names ("BREST, France -", "SEMPORNA, Malaysia (Reuters) -"), whose city a name several
# states' cities share is ("marched through Brest": the French port, not Belarus's larger city). Set by :func:`reading`.
DATELINE_STATE: ContextVar[str | None] = ContextVar("saywho_dateline_state", default=None)


# "Moscow", "the Kremlin" and TASS stood for the Soviet Union (SUN) until 26 December 1991: a text that speaks of
# the Soviet state or the Cold War's order as present ("Soviet troops", "the USSR", "Brezhnev", "East Germany",
# "Peking", "the Warsaw Pact") and never as gone ("the former Soviet Union", "post-Soviet", "former West German
# chancellor") is of that era. Set by :func:`reading`; "Russia" keeps its code (wire copy of the era wrote
# "Russia" for the republic and the people as often as for the state).
SOVIET_ERA: ContextVar[bool] = ContextVar("saywho_soviet_era", default=False)
COLD_WAR = re.compile(r"\b(Soviets?(?![- ](era|times|days|style|made|built|designed|vintage|past|legacy|model))|"
                      r"USSR|U\.S\.S\.R\.|Brezhnev|Khrushchev|Kosygin|Podgorny|Andropov|Chernenko|Gromyko|Bulganin|"
                      r"Malenkov|Molotov|Pravda|Warsaw Pact|Comecon|East Germany|East German|West Germany|West German|"
                      r"West Berlin|Hsinhua|Czechoslovakia|Leningrad|Peking(?! (University|duck|Union|Medical|Opera)))\b")
GONE = re.compile(r"(former|ex|post|late|old|defunct|erstwhile|then|once)[- ]$", re.IGNORECASE)
SOVIET_GONE = re.compile(r"\b(collapse|breakup|break-up|dissolution|fall|demise|end|disintegration) of the (former )?"
                         r"Soviet|Soviet Union (collapsed|broke up|fell|dissolved)|\bsince Soviet|\bthe Soviet era\b|"
                         r"\bin Soviet times|\bGerman (re)?unification|\bfall of the Berlin Wall", re.IGNORECASE)
SOVIET_SEATS = frozenset({"moscow", "kremlin", "tass"})
# The last Soviet leaders, named after their titles ("former Soviet leader Mikhail Gorbachev" is gone): a wider look
# back than GONE's for the title between.
LAST_SOVIET_LEADERS = re.compile(r"\b(Gorbachev|Ryzhkov|Yanayev|Ligachev|Kryuchkov|Yazov|Pugo)\b")
LEADER_GONE = re.compile(r"\b(former|ex|late|then)\b[^.;]*$", re.IGNORECASE)
# A town of the five eastern Länder was East Germany's (DDR) from 7 October 1949 to 3 October 1990: a text of
# those years, or undated and speaking of divided Germany as present ("East German", "West Berlin", "Ulbricht"),
# puts "Leipzig" and "Jena" there. Set by :func:`reading`.
GDR_ERA: ContextVar[bool] = ContextVar("saywho_gdr_era", default=False)
DIVIDED_GERMANY = re.compile(r"\b(East Germany|East Germans?|East Berlin(ers)?|GDR|West Berlin(ers)?|West Germany|"
                             r"West Germans?|Ulbricht|Honecker|Grotewohl|Pieck|Stasi|Volkskammer|Soviet zone)\b")


@contextlib.contextmanager
def reading(text: str, home: str | None = None) -> Iterator[None]:
    """Read "Congo" alone, and "Congolese", as the state the text's own places and leaders point to ("Goma",
    "Kinshasa", "Mobutu": the DRC; "Brazzaville", "Lissouba": the Republic of Congo), "Georgia" as the American
    state in American news, "Moscow" as the Soviet Union in a text of the Soviet era, and a city's name as the city
    of ``home``, the state its dateline names (:func:`saywho.ingest.datelines.dateline_country`)."""
    drc = bool(DRC_PLACES.search(text))
    cog = bool(COG_PLACES.search(re.sub(r"Democratic Republic of (the )?Congo", "", text)))
    if drc and cog:  # both named ("Congo's government in Brazzaville accused Rwanda"): the capital it names decides
        drc, cog = bool(re.search(r"\b(Kinshasa|KINSHASA)\b", text)), bool(re.search(r"\b(Brazzaville|BRAZZAVILLE)\b", text))
    token = CONGO.set("COD" if drc and not cog else "COG" if cog and not drc else None)
    georgia = US_STATE_GEORGIA.set(bool(GEORGIA_US.search(text)) and not GEORGIA_STATE.search(text))
    soviet = SOVIET_ERA.set(_soviet_era(text))
    gdr = GDR_ERA.set(_gdr_era(text))
    dateline = DATELINE_STATE.set(home)
    try:
        yield
    finally:
        CONGO.reset(token)
        US_STATE_GEORGIA.reset(georgia)
        SOVIET_ERA.reset(soviet)
        GDR_ERA.reset(gdr)
        DATELINE_STATE.reset(dateline)


def _gdr_era(text: str) -> bool:
    """Whether the article is dated in East Germany's years, or, undated, speaks of divided Germany only as present."""
    from saywho.actors.dictionary import _WHEN

    day = _WHEN.get()
    if day is not None:
        return 19491007 <= day < 19901003
    return _present(text, DIVIDED_GERMANY) and not SOVIET_GONE.search(text)


def _soviet_era(text: str) -> bool:
    """Whether the article is dated before the Soviet Union's end, or, undated, speaks of it only as present."""
    from saywho.actors.dictionary import _WHEN  # the article's date, which the dictionary's readers set

    day = _WHEN.get()
    if day is not None:
        return day < 19911226
    present = _present(text, COLD_WAR) or _present(text, LAST_SOVIET_LEADERS, LEADER_GONE, 40)
    return present and not SOVIET_GONE.search(text)


def _present(text: str, cues: re.Pattern[str], gone: re.Pattern[str] = GONE, back: int = 12) -> bool:
    """Whether a cue stands in the text with no "former" (or the like) in the ``back`` characters before it."""
    return any(not gone.search(text[max(0, cue.start() - back):cue.start()]) for cue in cues.finditer(text))


def country_code(name: str) -> str | None:
    """ISO alpha-3 for a country name, alias, demonym, capital or seat of government."""
    key = re.sub(r"(’s|'s|’|')$", "", name.strip()).lower().removeprefix("the ")
    if CONGO.get() is not None and key in ("congo", "congolese"):
        return CONGO.get()  # (its people too: "the Congolese authorities" in a story from Brazzaville)
    if key == "congo":
        return _dated_congo()
    if key == "georgia" and US_STATE_GEORGIA.get():
        return "USA"
    if key in SOVIET_SEATS and SOVIET_ERA.get():
        return "SUN"
    return _country_code(name)


def _before_south_sudan() -> bool:
    """Whether the article is dated before 9 July 2011, when Juba became South Sudan's capital."""
    from saywho.actors.dictionary import _WHEN  # the article's date, which the dictionary's readers set

    day = _WHEN.get()
    return day is not None and day < 20110709


@lru_cache(maxsize=4096)
def _country_code(name: str) -> str | None:
    name = re.sub(r"^the\s+", "", name.strip(), flags=re.IGNORECASE)
    if not name[:1].isupper():
        return None  # "us", "and", "chad" in running text are words, not countries
    key = re.sub(r"(’s|'s|’|')$", "", name.strip().lower().removeprefix("the ")).strip(" ")
    if not key:
        return None
    if len(key.replace(".", "")) <= 3 and not name.replace(".", "").isupper():
        return None  # "Us and them", "Uk": the pronoun and words; the codes "US", "UK", "UAE" are written in capitals
    for table in (ALIASES, DEMONYMS, METONYMS):
        if key in table:
            return table[key]
    if key.endswith("s") and key[:-1] in DEMONYMS:  # "Ukrainians", "Americans"
        return DEMONYMS[key[:-1]]
    key = re.sub(r"^st\.? ", "saint ", key)  # "St Lucia", "St. Kitts and Nevis"
    return people_noun(name.strip()) or _country_names().get(key)


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    """pycountry's names (short, official, common) to alpha-3, without its codes.

    ``pycountry.countries.lookup`` also matches alpha-2, alpha-3 and numeric codes, so the capitalised
    function words of running text came out as countries ("And" → AND, "My" → MYS, "As" → ASM, "In",
    "It", "No", "Mr", "Can", "Per"): codes are never looked up here; the codes news prose really uses
    as names ("US", "UK", "UAE") are in ALIASES.
    """
    names: dict[str, str] = {}
    for country in pycountry.countries:
        for attribute in ("name", "official_name", "common_name"):
            value = getattr(country, attribute, None)
            if value:
                names.setdefault(value.lower(), country.alpha_3)
    return names


def after_ethnic(token: Token) -> bool:
    """"ethnic Mongolian parents", "ethnic Uzbeks": "ethnic" says a people lives in a state other than its kin's
    (92 of the 118 "ethnic" actors of the written records are coded by where they live), so the word names no
    state by itself; where they live, the story's state, or the state the sentence names tell it."""
    return token.i > 0 and token.doc[token.i - 1].lower_ == "ethnic"


def token_country(token: Token) -> str | None:
    """The country a word names, read with the words around it: "Guinea" in "Papua New Guinea's ombudsman" is
    PNG, "Lanka" in "the Sri Lanka Navy" LKA, "Sudan" in "South Sudan's army" SSD, "Guinea" in "Guinea-Bissau"
    GNB; a word alone is read alone ("Guinea" GIN). A word of a person's name is no country: "Sofia Andersson",
    "Georgia Whitfield", "Michael Jordan"."""
    if in_personal_name(token) or of_a_continent(token):
        return None
    doc = token.doc
    if token.lower_.startswith("anti-") or token.i >= 2 and doc[token.i - 1].text == "-" \
            and doc[token.i - 2].lower_ == "anti":
        return None  # "the anti-Syrian majority": a state opposed, not theirs (a "pro-" one may be, as PLOVER codes it)
    if indian_union(token):
        return "IND"
    return None if of_its_past(token) or after_ethnic(token) else covering_country(token) or country_code(token.text)


# What India's federal ("Union") government holds: "Union Home Minister Amit Shah", "the Union Cabinet".
UNION_OFFICES = frozenset({"minister", "ministers", "cabinet", "government", "ministry", "secretary", "budget",
                           "home", "finance", "health", "education", "external", "law", "defence", "railway",
                           "railways", "agriculture", "commerce", "minority", "tribal", "environment", "civil"})


def indian_union(token: Token) -> bool:
    """"Union" opening a title of India's central government ("Union Finance Minister Nirmala Sitharaman"):
    the Indian state, no trade union; "the African Union", "Soviet Union" and "Union officials" are not."""
    doc = token.doc
    if token.text != "Union" or token.i + 1 >= len(doc) or doc[token.i + 1].lower_ not in UNION_OFFICES \
            or not doc[token.i + 1].text[:1].isupper():
        return False
    before = doc[token.i - 1] if token.i > 0 else None
    if before is not None and (before.text[:1].isupper() and not before.is_sent_start or before.text in ("'s", "’s")):
        return False  # "the European Union Finance Ministers", "Students' Union"
    if doc[token.i + 1].lower_ in ("minister", "ministers", "cabinet", "government", "ministry", "budget", "secretary"):
        return True
    return any(t.lower_ in ("minister", "ministry", "secretary") for t in doc[token.i + 2: token.i + 5])


def of_its_past(token: Token) -> bool:
    """"former Soviet republics", "post-Soviet Georgia", "a Soviet-era helicopter": a state that was dates a thing
    or the states that followed it there, and is no actor."""
    if country_code(token.text) not in FORMER_NAMES:
        return False
    doc = token.doc
    before = doc[token.i - 2] if token.i > 1 and doc[token.i - 1].text in "-‐" else \
        doc[token.i - 1] if token.i > 0 else None
    after = doc[token.i + 2] if token.i + 2 < len(doc) and doc[token.i + 1].text in "-‐" else None
    return (before is not None and before.lower_ in ("former", "post", "ex")) or \
        (after is not None and after.lower_ in ("era", "built", "made", "style", "designed", "vintage"))


def of_a_continent(token: Token) -> bool:
    """"Latin American countries", "South America's economies", "the Pan-American Highway": "America" there is a
    continent's, not the US."""
    if not token.lower_.startswith("america") or token.i == 0:
        return False
    before = token.doc[token.i - 1]
    if before.text == "-" and token.i > 1:
        before = token.doc[token.i - 2]  # ("Pan-American", which the tokenizer splits)
    return before.lower_ in ("latin", "south", "central", "north", "pan")


def in_personal_name(token: Token) -> bool:
    """A word of a name the tagger marks as a person's that opens with a given name ("Sofia Andersson", "Michael
    Jordan"); the small tagger also marks "Sri Lankan" and "Buenos Aires" so, which open with none."""
    if token.ent_type_ != "PERSON":
        return False
    from saywho.attribution.lexicon import census_names, first_names  # (attribution reads this module)

    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i
    while end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I":
        end += 1
    first = doc[start].lower_
    name = doc[start:end + 1].text
    # (or a middle word of a name of three: "Abdifatah Aden Hassan" is no Yemeni; or a name after a person's title:
    # "Mayor London Breed" is no Briton)
    titled = start > 0 and doc[start - 1].lower_ in PERSONAL_TITLES
    return end > start and (first in first_names() or first in census_names() or end - start >= 2 and start < token.i
                            or titled) \
        and not any(t.tag_ == "POS" and t.i < end for t in doc[start:end + 1]) \
        and country_code(name) is None and place_code(name) is None  # "Santa Cruz"


# Titles written only before a person's name, never before a place's: "Mayor London Breed".
PERSONAL_TITLES = frozenset({"mayor", "gov.", "governor", "senator", "sen.", "rep.", "president", "minister", "judge",
                             "councillor", "councilman", "councilwoman", "councilmember", "supervisor", "sheriff",
                             "mr.", "mrs.", "ms.", "dr.", "coach"})


# Titles only a state's divisions have: "Georgia Governor Brian Kemp", "Queensland Premier".
DIVISION_TITLES = frozenset({"governor", "gov.", "premier"})


def covering_country(token: Token) -> str | None:
    """The code of the longest name of a country or territory, of two to five words, that covers a capitalised
    word, or of a state's division ("New South Wales" is Australian, "New Mexico" American); None when none does."""
    if not token.text[:1].isupper():
        return None
    from saywho.actors.dictionary import _WHEN  # the article's date, which the dictionary's readers set

    # the roles and speakers ask about the same words again and again (four times each on news): remembered for
    # the document as it is now (its length) and the reading in force
    return _covering_at(token.doc, len(token.doc), token.i, CONGO.get(), US_STATE_GEORGIA.get(), _WHEN.get())


@lru_cache(maxsize=2048)
def _covering_at(doc: Doc, size: int, i: int, *reading: object) -> str | None:
    from saywho.actors.geo import region_country  # geo reads this module's names

    token = doc[i]
    if token.i + 1 < len(doc) and doc[token.i + 1].lower_ in DIVISION_TITLES \
            and (code := region_country(token.text)):
        return code  # "Georgia Governor Brian Kemp": a title only a state's division has
    # the run of words a name may hold around the token, four each way: most capitalised words stand alone
    first = token.i
    while first > max(0, token.i - 4) and _name_word(doc[first - 1]):
        first -= 1
    last = token.i
    while last < min(len(doc) - 1, token.i + 4) and _name_word(doc[last + 1]):
        last += 1
    for size in range(min(5, last - first + 1), 1, -1):
        for start in range(max(first, token.i - size + 1), min(token.i, last - size + 1) + 1):
            words = doc[start:start + size]
            if _name_ends(words) and (code := country_code(words.text) or place_code(words.text)
                                      or (region_country(words.text) if " " in words.text else None)):
                return code
    return None


def _name_word(token: Token) -> bool:
    """A word a country's name may hold: capitalised, a hyphen, or the small words of names."""
    return token.text[:1].isupper() or token.text in "-‐" or token.lower_ in ("of", "the", "and")


def _name_ends(words: Span) -> bool:
    """Words that may open and close a country's name: capitalised at both ends ("Bosnia and Herzegovina",
    "Democratic Republic of the Congo")."""
    return words[0].text[:1].isupper() and words[0].lower_ != "the" and words[-1].text[:1].isupper()


def is_metonym(name: str) -> bool:
    return name.strip().lower().removeprefix("the ") in METONYMS


# The short names of the states that were (ISO 3166-3's names are long: "USSR, Union of Soviet Socialist Republics")
FORMER_NAMES = {"SUN": "Soviet Union", "CSK": "Czechoslovakia", "DDR": "East Germany"}


# News's names for the states pycountry names inside out ("Congo, The Democratic Republic of the").
SHORT_NAMES = {"COD": "Democratic Republic of the Congo", "FSM": "Micronesia", "PSE": "Palestine",
               "VGB": "British Virgin Islands", "VIR": "U.S. Virgin Islands"}


def country_name(code: str) -> str:
    if (short := FORMER_NAMES.get(code) or SHORT_NAMES.get(code)) is not None:
        return short
    country = pycountry.countries.get(alpha_3=code)
    return getattr(country, "common_name", None) or (country.name if country else code)
