"""PLOVER 2.0 → CAMEO: the root, QuadClass and Goldstein value of each category, and the full CAMEO event code.

GDELT users filter on CAMEO codes three and four digits deep ("173" arrests,
"0841" releases of people, "193" small-arms fighting), so an event's code is
read from its PLOVER category, its mode, and the words that carried it (the
verb's lemma and the event nouns the coder consumed). Where nothing finer is
known the code is the root followed by "0", CAMEO's "not specified below".

Goldstein values are those of the CAMEO root (or of the root a mode moves the
event to): CAMEO's per-code Goldstein table is not shipped here.
"""

from __future__ import annotations

# PLOVER 2.0 category → (CAMEO root code, GDELT QuadClass, Goldstein value of the root).
CATEGORIES: dict[str, tuple[str, int, float]] = {
    "AGREE": ("03", 1, 4.0),
    "CONSULT": ("04", 1, 1.0),
    "SUPPORT": ("05", 1, 3.5),
    "COOPERATE": ("06", 2, 6.0),
    "AID": ("07", 2, 7.0),
    "CONCEDE": ("08", 2, 5.0),
    "RETREAT": ("08", 2, 5.0),
    "REQUEST": ("10", 3, -5.0),
    "ACCUSE": ("11", 3, -2.0),
    "REJECT": ("12", 3, -4.0),
    "THREATEN": ("13", 3, -6.0),
    "PROTEST": ("14", 4, -6.5),
    "MOBILIZE": ("15", 4, -7.2),
    "SANCTION": ("16", 4, -4.0),
    "COERCE": ("17", 4, -7.0),
    "ASSAULT": ("18", 4, -9.0),
}

# Modes whose CAMEO root differs from the category's: investigating is CAMEO 09, appeals 02, and
# fighting with military weapons 19 ("use conventional military force") rather than 18.
MODE_ROOTS: dict[tuple[str, str], tuple[str, float]] = {
    ("ACCUSE", "investigate"): ("09", -2.0),
    ("REQUEST", "appeal"): ("02", 3.0),
    ("ASSAULT", "heavy-weapons"): ("19", -10.0),
    ("ASSAULT", "aerial"): ("19", -10.0),
    ("ASSAULT", "firearms"): ("19", -10.0),
    ("ASSAULT", "ceasefire"): ("19", -10.0),
}

ROOT_GOLDSTEIN = {root: value for root, _, value in CATEGORIES.values()} | dict(MODE_ROOTS.values())

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
    ("SANCTION", "expel"): "166",
    ("COERCE", "confiscate"): "1711", ("COERCE", "destroy"): "1712", ("COERCE", "restrict"): "172",
    ("COERCE", "ban"): "1722", ("COERCE", "arrest"): "173", ("COERCE", "deport"): "174",
    ("COERCE", "repress"): "175",
    ("ASSAULT", "abduct"): "181", ("ASSAULT", "beat"): "182", ("ASSAULT", "sexual"): "1821",
    ("ASSAULT", "torture"): "1822", ("ASSAULT", "explosives"): "183", ("ASSAULT", "assassinate"): "186",
    ("ASSAULT", "firearms"): "193", ("ASSAULT", "heavy-weapons"): "194", ("ASSAULT", "aerial"): "195",
    ("ASSAULT", "ceasefire"): "196", ("ASSAULT", "occupy"): "192",
}

# (category, word) → CAMEO event code, for the distinctions PLOVER folds into one category or mode.
WORD_CODES: dict[tuple[str, str], str] = {
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
    ("REJECT", "veto"): "129", ("REJECT", "defy"): "128", ("REJECT", "flout"): "128",
    ("SANCTION", "sanction"): "163", ("SANCTION", "embargo"): "163", ("SANCTION", "prohibit"): "163",
    ("SANCTION", "expel"): "166", ("SANCTION", "ambassador"): "161", ("SANCTION", "envoy"): "161",
    ("SANCTION", "embassy"): "161", ("SANCTION", "diplomat"): "161", ("SANCTION", "aid"): "162",
    ("SANCTION", "assistance"): "162", ("SANCTION", "delivery"): "162", ("SANCTION", "shipment"): "162",
    ("SANCTION", "loan"): "162", ("SANCTION", "credit"): "162", ("SANCTION", "talk"): "164",
    ("SANCTION", "negotiation"): "164", ("SANCTION", "asset"): "163", ("SANCTION", "account"): "163",
    ("SANCTION", "ban"): "163",  # a ban coded as a sanction is an embargo on another state's goods or flights
    ("COERCE", "curfew"): "1723", ("COERCE", "emergency"): "1724",
    ("ASSAULT", "occupy"): "192", ("ASSAULT", "invade"): "192", ("ASSAULT", "blockade"): "191",
    ("ASSAULT", "kill"): "1823", ("ASSAULT", "massacre"): "1823", ("ASSAULT", "stab"): "1823",
    ("ASSAULT", "fight"): "190", ("ASSAULT", "clash"): "190", ("ASSAULT", "fighting"): "190",
}


def coding(category: str, mode: str | None, words: list[str]) -> tuple[str, str, int, float]:
    """(CAMEO event code, CAMEO root, QuadClass, Goldstein) for a PLOVER category, mode and evidence words.

    The words (lower-cased lemmas of the evidence) are read most specific first:
    a word the table knows, then the mode, then the root with "0".
    """
    root, quad, goldstein = CATEGORIES[category]
    if mode and (category, mode) in MODE_ROOTS:
        root, goldstein = MODE_ROOTS[(category, mode)]
    code = next((WORD_CODES[(category, w)] for w in words if (category, w) in WORD_CODES), None)
    if code is None and mode:
        code = MODE_CODES.get((category, mode))
    if code is None:
        code = f"{root}0"
    if not code.startswith(root):  # a word that moves the event to another root ("killed" by gunfire is 1823)
        root = code[:2]
        goldstein = ROOT_GOLDSTEIN[root]
    return code, root, quad, goldstein


def base_code(code: str) -> str:
    """GDELT's EventBaseCode: the first three digits ("0841" → "084")."""
    return code[:3]
