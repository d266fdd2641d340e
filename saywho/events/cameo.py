"""CAMEO: event codes, their Goldstein values and QuadClass, and actor codes, read from the field's own tables.

GDELT users filter on CAMEO codes three and four digits deep ("173" arrests,
"0841" releases of people, "193" small-arms fighting), so an event's code is
read from its PLOVER category, its mode, and the words that carried it (the
verb's lemma and the event nouns the coder consumed). Where nothing finer is
known the code is the root followed by "0", CAMEO's "not specified below".

The Goldstein value of each code is GDELT's (``data/cameo/CAMEO.goldsteinscale.txt``,
with ``CAMEO.eventcodes.txt`` for the descriptions), and QuadClass follows the
CAMEO root as GDELT computes it (01–05 verbal cooperation, 06–09 material
cooperation, 10–14 verbal conflict, 15–20 material conflict). IGOs, NGOs and
armed groups take their full CAMEO codes (IGOUNO, IGOWSTNAT, IGOEUREEC) from
the Phoenix international actor dictionary of PETRARCH2 (``data/petrarch``, MIT).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).parents[1] / "data"

# PLOVER 2.0 category → the CAMEO root it is coded under when nothing moves it (appeals are 02, investigations
# 09, fighting with military weapons 19: see WORD_CODES and MODE_ROOTS).
ROOTS: dict[str, str] = {
    "AGREE": "03", "CONSULT": "04", "SUPPORT": "05", "COOPERATE": "06", "AID": "07", "CONCEDE": "08",
    "RETREAT": "08", "REQUEST": "10", "ACCUSE": "11", "REJECT": "12", "THREATEN": "13", "PROTEST": "14",
    "MOBILIZE": "15", "SANCTION": "16", "COERCE": "17", "ASSAULT": "18",
}


def _read_table(name: str) -> dict[str, str]:
    """A GDELT lookup table: a header line, then ``CODE<TAB>VALUE`` lines."""
    rows: dict[str, str] = {}
    lines = (DATA / "cameo" / name).read_text(encoding="utf-8").splitlines()[1:]
    for line in lines:
        code, _, value = line.partition("\t")
        if code.strip():
            rows[code.strip()] = value.strip()
    return rows


@lru_cache(maxsize=1)
def goldstein_table() -> dict[str, float]:
    """GDELT's Goldstein value for every CAMEO event code ("057" → 8.0, "130" → -4.4, "163" → -8.0)."""
    return {code: float(value) for code, value in _read_table("CAMEO.goldsteinscale.txt").items()}


@lru_cache(maxsize=1)
def descriptions() -> dict[str, str]:
    """GDELT's description of every CAMEO event code ("173" → "Arrest, detain, or charge with legal action")."""
    return {code: text for code, text in _read_table("CAMEO.eventcodes.txt").items() if len(code) >= 2}


def goldstein(code: str) -> float | None:
    """The Goldstein value of a CAMEO event code, or of the nearest code above it that GDELT lists."""
    table = goldstein_table()
    for prefix in (code, code[:3], f"{code[:2]}0"):
        if prefix in table:
            return table[prefix]
    return None


def quad_class(code: str) -> int:
    """GDELT's QuadClass from the CAMEO root: 01–05 → 1, 06–09 → 2, 10–14 → 3, 15–20 → 4."""
    root = int(code[:2])
    if not 1 <= root <= 20:
        raise ValueError(f"not a CAMEO event code: {code!r}")
    return 1 if root <= 5 else 2 if root <= 9 else 3 if root <= 14 else 4


# PLOVER 2.0 category → (CAMEO root, GDELT QuadClass, Goldstein value of the root's "x0" code).
CATEGORIES: dict[str, tuple[str, int, float]] = {
    category: (root, quad_class(root), goldstein(f"{root}0") or 0.0) for category, root in ROOTS.items()
}

# Modes whose CAMEO root differs from the category's: investigating is CAMEO 09, appeals 02, and
# fighting with military weapons 19 ("use conventional military force") rather than 18.
MODE_ROOTS: dict[tuple[str, str], str] = {
    ("ACCUSE", "investigate"): "09",
    ("REQUEST", "appeal"): "02",
    ("ASSAULT", "heavy-weapons"): "19",
    ("ASSAULT", "aerial"): "19",
    ("ASSAULT", "firearms"): "19",
    ("ASSAULT", "ceasefire"): "19",
}

# (category, mode) → CAMEO event code.
MODE_CODES: dict[tuple[str, str], str] = {
    ("CONSULT", "phone"): "041", ("CONSULT", "visit"): "042", ("CONSULT", "host"): "043",
    ("CONSULT", "mediate"): "045",
    ("COOPERATE", "military"): "062",
    ("AID", "economic"): "071", ("AID", "military"): "072", ("AID", "humanitarian"): "073",
    ("CONCEDE", "ease"): "081",
    ("RETREAT", "release"): "0841", ("RETREAT", "return"): "0842", ("RETREAT", "access"): "086",
    ("RETREAT", "ceasefire"): "0871", ("RETREAT", "demobilize"): "0873", ("RETREAT", "disarm"): "0873",
    ("RETREAT", "withdraw"): "0874",
    ("REQUEST", "appeal"): "020",
    ("ACCUSE", "investigate"): "090", ("ACCUSE", "disapprove"): "111", ("ACCUSE", "allege"): "112",
    ("PROTEST", "demo"): "141", ("PROTEST", "demo-org"): "141", ("PROTEST", "strike-hun"): "142",
    ("PROTEST", "strike-gen"): "143", ("PROTEST", "obstruct"): "144", ("PROTEST", "riot"): "145",
    ("MOBILIZE", "troops"): "154", ("MOBILIZE", "police"): "153", ("MOBILIZE", "weapons"): "150",
    ("SANCTION", "expel"): "166", ("SANCTION", "convict"): "173",
    ("COERCE", "confiscate"): "1711", ("COERCE", "destroy"): "1712", ("COERCE", "restrict"): "172",
    ("COERCE", "ban"): "1722", ("COERCE", "arrest"): "173", ("COERCE", "deport"): "174",
    ("COERCE", "repress"): "175",
    ("ASSAULT", "abduct"): "181", ("ASSAULT", "beat"): "182", ("ASSAULT", "sexual"): "1821",
    ("ASSAULT", "torture"): "1822", ("ASSAULT", "explosives"): "183", ("ASSAULT", "assassinate"): "186",
    ("ASSAULT", "firearms"): "193", ("ASSAULT", "heavy-weapons"): "194", ("ASSAULT", "aerial"): "195",
    ("ASSAULT", "ceasefire"): "196", ("ASSAULT", "occupy"): "192", ("ASSAULT", "destroy"): "1712",
    ("REJECT", "meet"): "125",
}

# (category, word) → CAMEO event code, for the distinctions PLOVER folds into one category or mode.
WORD_CODES: dict[tuple[str, str], str] = {
    # CAMEO 02 (appeal) is asking, urging, calling on, requesting; 10 (demand) is demanding and insisting
    ("REQUEST", "appeal"): "020", ("REQUEST", "urge"): "020", ("REQUEST", "call"): "020",
    ("REQUEST", "ask"): "020", ("REQUEST", "request"): "020", ("REQUEST", "plead"): "020",
    ("REQUEST", "implore"): "020", ("REQUEST", "seek"): "020", ("REQUEST", "invite"): "020",
    ("CONSULT", "negotiate"): "046", ("CONSULT", "negotiation"): "046",
    ("SUPPORT", "praise"): "051", ("SUPPORT", "commend"): "051", ("SUPPORT", "applaud"): "051",
    ("SUPPORT", "hail"): "051", ("SUPPORT", "laud"): "051", ("SUPPORT", "welcome"): "051",
    ("SUPPORT", "thank"): "051", ("SUPPORT", "congratulate"): "051", ("SUPPORT", "endorse"): "051",
    ("SUPPORT", "defend"): "052", ("SUPPORT", "recognize"): "054", ("SUPPORT", "recognise"): "054",
    ("SUPPORT", "tie"): "054", ("SUPPORT", "relation"): "054",
    ("SUPPORT", "apologize"): "055", ("SUPPORT", "apologise"): "055", ("SUPPORT", "regret"): "055",
    ("SUPPORT", "apology"): "055", ("SUPPORT", "forgive"): "056",
    ("SUPPORT", "sign"): "057", ("SUPPORT", "ratify"): "057", ("SUPPORT", "treaty"): "057",
    ("SUPPORT", "accord"): "057", ("SUPPORT", "agreement"): "057",
    ("COOPERATE", "extradite"): "063", ("COOPERATE", "hand"): "063", ("COOPERATE", "share"): "064",
    ("AID", "asylum"): "075",
    ("RETREAT", "resign"): "083", ("RETREAT", "compensation"): "0842",
    ("CONCEDE", "parliament"): "083", ("CONCEDE", "constitution"): "083", ("CONCEDE", "democracy"): "083",
    ("CONCEDE", "assembly"): "083", ("CONCEDE", "freedom"): "083",
    ("ACCUSE", "sue"): "115", ("ACCUSE", "complain"): "114", ("ACCUSE", "protest"): "114",
    ("ACCUSE", "complaint"): "114", ("ACCUSE", "grievance"): "114", ("ACCUSE", "objection"): "114",
    ("THREATEN", "ultimatum"): "139",
    ("REJECT", "veto"): "129", ("REJECT", "defy"): "128", ("REJECT", "flout"): "128",
    ("SANCTION", "sanction"): "163", ("SANCTION", "embargo"): "163", ("SANCTION", "prohibit"): "163",
    ("SANCTION", "expel"): "166", ("SANCTION", "ambassador"): "161", ("SANCTION", "envoy"): "161",
    ("SANCTION", "embassy"): "161", ("SANCTION", "diplomat"): "161", ("SANCTION", "aid"): "162",
    ("SANCTION", "assistance"): "162", ("SANCTION", "delivery"): "162", ("SANCTION", "shipment"): "162",
    ("SANCTION", "loan"): "162", ("SANCTION", "credit"): "162", ("SANCTION", "funding"): "162",
    ("SANCTION", "lending"): "162", ("SANCTION", "disbursement"): "162", ("SANCTION", "financing"): "162",
    ("SANCTION", "fund"): "162", ("SANCTION", "talk"): "164",
    ("SANCTION", "negotiation"): "164", ("SANCTION", "asset"): "163", ("SANCTION", "account"): "163",
    ("SANCTION", "ban"): "163",  # a ban coded as a sanction is an embargo on another state's goods or flights
    ("SANCTION", "tariff"): "163", ("SANCTION", "duty"): "163", ("SANCTION", "export"): "163",
    ("SANCTION", "import"): "163", ("SANCTION", "sale"): "163",
    ("COERCE", "curfew"): "1723", ("COERCE", "emergency"): "1724", ("COERCE", "block"): "191",
    ("COERCE", "obstruct"): "191", ("COERCE", "intercept"): "191", ("COERCE", "blockade"): "191",
    ("ASSAULT", "occupy"): "192", ("ASSAULT", "invade"): "192", ("ASSAULT", "blockade"): "191",
    ("ASSAULT", "kill"): "1823", ("ASSAULT", "massacre"): "1823", ("ASSAULT", "stab"): "1823",
    ("ASSAULT", "fight"): "190", ("ASSAULT", "clash"): "190", ("ASSAULT", "fighting"): "190",
}


def coding(category: str, mode: str | None, words: list[str]) -> tuple[str, str, int, float]:
    """(CAMEO event code, CAMEO root, QuadClass, Goldstein) for a PLOVER category, mode and evidence words.

    The words (lower-cased lemmas of the evidence) are read most specific first:
    a word the table knows, then the mode, then the root with "0". QuadClass and
    Goldstein come from the code, as GDELT gives them.
    """
    root = MODE_ROOTS.get((category, mode or ""), ROOTS[category])
    code = next((WORD_CODES[(category, w)] for w in words if (category, w) in WORD_CODES), None)
    if code is None and mode:
        code = MODE_CODES.get((category, mode))
    if code is None:
        code = f"{root}0"
    root = code[:2]  # a word may move the event to another root ("killed" by gunfire is 1823, "urged" 020)
    value = goldstein(code)
    return code, root, quad_class(root), value if value is not None else 0.0


def base_code(code: str) -> str:
    """GDELT's EventBaseCode: the first three digits ("0841" → "084")."""
    return code[:3]


# -- actor codes ------------------------------------------------------------------

# CAMEO's regional "country" codes (GDELT's CAMEO.country.txt lists them beside the states) and the
# type/sector codes that may follow a group's code ("IGOUNOREFHCR": the UN refugee agency, HCR).
REGIONS = {"AFR", "ASA", "BLK", "CRB", "CAU", "CFR", "CAS", "CEU", "EIN", "EAF", "EEU", "EUR", "LAM", "MEA", "MDT",
           "NAF", "NMR", "PGS", "SCN", "SAM", "SAS", "SEA", "SAF", "WAF", "WST"}
TYPES = {"COP", "GOV", "INS", "JUD", "MIL", "OPP", "REB", "SEP", "SPY", "UAF", "AGR", "BUS", "CRM", "CVL", "DEV",
         "EDU", "ELI", "ENV", "HLH", "HRI", "LAB", "LEG", "MED", "REF", "MOD", "RAD", "IGO", "NGO", "NGM", "INT",
         "MNC", "IMG", "UNK"}
GROUP_KINDS = ("IGO", "NGO", "IMG", "MNC", "NGM")


@dataclass(frozen=True)
class ActorCode:
    """An actor's CAMEO code split the way GDELT's actor columns hold it."""

    code: str  # the complete raw code: RUSGOV, IGOUNO, IGOEUREEC, EUR
    country: str  # a state's ISO alpha-3 or a CAMEO region (EUR, WST); empty for the UN and other groups
    known_group: str  # the IGO/NGO/armed group's own code: UNO, NAT, EEC, AMN
    types: tuple[str, ...]  # type/sector codes in order: IGO, GOV, REF ...


def split_actor_code(code: str) -> ActorCode:
    """Split a CAMEO actor code into country/region, known group and types ("IGOEUREEC" → EUR, EEC, IGO)."""
    parts = [code[i:i + 3] for i in range(0, len(code), 3)]
    country = parts[0] if parts and parts[0] not in TYPES else ""  # a state or a region
    places = [p for p in parts[1:] if p in REGIONS or p in _states()]
    if not country and places and parts[0] in GROUP_KINDS:
        country = places[0]  # IGOEUREEC, IGOWSTNAT: the region of the group; NGOUSAHRI: an American NGO
    groups = [p for p in parts if p not in TYPES and p not in REGIONS and p != country and p not in _states()]
    known = groups[-1] if groups and parts[0] in GROUP_KINDS else ""
    types = tuple(p for p in parts if p in TYPES)
    return ActorCode(code=code, country=country, known_group=known, types=types)


@lru_cache(maxsize=1)
def _states() -> frozenset[str]:
    import pycountry

    return frozenset(c.alpha_3 for c in pycountry.countries)


def _dictionary_key(text: str) -> str:
    """A name as PETRARCH dictionaries write it: upper case, words joined by "_", no leading THE."""
    key = re.sub(r"[\s_]+", "_", text.strip().upper()).strip("_")
    return key.removeprefix("THE_")


@lru_cache(maxsize=1)
def group_codes() -> dict[str, str]:
    """Names of IGOs, NGOs and armed groups → their CAMEO code, from PETRARCH2's Phoenix international
    actor dictionary (an entry: a name, ``+``-prefixed synonyms, then ``[CODE]`` or ``[CODE dates]``).
    Only codes in force today are kept: no end date, or an open start (``>YYMMDD``)."""
    codes: dict[str, str] = {}
    names: list[str] = []
    text = (DATA / "petrarch" / "Phoenix.International.actors.txt").read_text(encoding="utf-8", errors="replace")
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        head = line.split("[", 1)[0].strip()
        if head and not line[0].isspace():
            if head.startswith("+"):
                names.append(head[1:])
            else:
                names = [head]
        for body in re.findall(r"\[([^\]]+)\]", line):
            code, *dates = body.split()
            if dates and not dates[0].startswith(">"):
                continue  # an office held in the past (a former secretary general's code)
            for name in names:
                codes.setdefault(_dictionary_key(name), code)
    return codes


# Names the dictionary lacks for a group it codes: the European Community is the EU's predecessor (EEC).
GROUP_SYNONYMS = {"EUROPEAN_COMMUNITY": "EUROPEAN_UNION", "EUROPEAN_ECONOMIC_COMMUNITY": "EUROPEAN_UNION"}


def group_code(*names: str) -> str | None:
    """The CAMEO code of the IGO, NGO or armed group one of ``names`` names ("United Nations" → IGOUNO)."""
    table = group_codes()
    for name in names:
        key = _dictionary_key(name)
        code = table.get(GROUP_SYNONYMS.get(key, key))
        if code and code[:3] in GROUP_KINDS:
            return code
    return None


def actor_code(name: str | None, country: str | None, sector: str | None, aliases: tuple[str, ...] = ()) -> ActorCode:
    """A saywho actor's CAMEO code: an IGO/NGO by its dictionary code (the UN IGOUNO, NATO IGOWSTNAT, the EU
    IGOEUREEC), a state or region by country + sector (RUSGOV, EUR)."""
    if country in GROUP_KINDS or sector in GROUP_KINDS:
        found = group_code(*(n for n in (name, *aliases) if n))
        if found:
            return split_actor_code(found + (sector if sector and sector not in GROUP_KINDS else ""))
        kind = country if country in GROUP_KINDS else sector or ""
        extra = sector if sector and sector != kind else ""
        return split_actor_code(kind + extra)
    return split_actor_code(f"{country or ''}{sector or ''}")
