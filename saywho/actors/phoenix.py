"""The Phoenix actor dictionaries of PETRARCH2 (Open Event Data Alliance, MIT), read as saywho actors.

saywho ships one derived file, ``data/petrarch/phoenix_actors.tsv``, which :func:`write` makes from three
PETRARCH2 files (``python -m saywho.actors.phoenix ../shared/data/petrarch``; the same files give the same bytes):

- ``Phoenix.Countries.actors.txt``: states with their names, adjectives and places (``AFGHANISTAN_ [AFG]``,
  ``+KABUL_``), national bodies (``RUSSIAN_FEDERAL_ASSEMBLY [RUSLEG]``), and leaders and officials with
  date-ranged codes (``BENJAMIN_NETANYAHU_ … [ISRGOV 960618-990706] [ISRGOV >090401] [ISRELI]``);
- ``Phoenix.MilNonState.actors.txt``: armed non-state groups (``ABU_NIDAL_ORGANIZATION [IMGMUSALQ]``);
- ``Phoenix.International.actors.txt``: IGOs and NGOs (``UNITED_NATIONS [IGOUNO]``); its multinational
  companies (MNC) are left out.

A record of a state (its codes are all a bare state code) gives place names: the spellings and styles of the
state's own name ("Afganistan", "Bundesrepublik Deutschland"), not its cities or provinces, for ``code_of``.
Every other record is an actor: a person when its codes carry dates or it comes from CountryInfo, else an
organisation (a group in the non-state file). A date restriction is ``[CODE YYMMDD-YYMMDD]``,
``[CODE >YYMMDD]`` or ``[CODE <YYMMDD]`` (two-digit years 00-30 are 20YY, as in PETRARCH), and a bare
``[CODE]`` is the default for dates no restriction covers. :func:`code_on` gives the code for a date; with no
date, the latest one.

Names are filtered before they can match running text: no name of one or two letters, no function word,
no name of title and body words only ("PRIME_MINISTER", "PARLIAMENT"), no lone given name ("MOHAMMED",
"HUSSEIN"), a one-word alias of an organisation matches only in capitals ("DUMA"), an actor's main name has
two words or more, and a lone surname two people share ("BARAK") is left out."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).parents[1] / "data"
FOLDER = DATA / "petrarch"
# The derived file saywho reads: one line per actor or place name (see :func:`write`).
DERIVED = FOLDER / "phoenix_actors.tsv"
COUNTRIES = "Phoenix.Countries.actors.txt"
NON_STATE = "Phoenix.MilNonState.actors.txt"
INTERNATIONAL = "Phoenix.International.actors.txt"

# Kinds of the International file kept: intergovernmental and non-governmental organisations.
KEPT_KINDS = ("IGO", "NGO")
GROUP_KINDS = ("IGO", "NGO", "IMG", "NGM", "MNC")
REGIONS = {"AFR", "ASA", "BLK", "CRB", "CAU", "CFR", "CAS", "CEU", "EIN", "EAF", "EEU", "EUR", "LAM", "MEA", "MDT",
           "NAF", "NMR", "PGS", "SCN", "SAM", "SAS", "SEA", "SAF", "WAF", "WST"}
SECTOR_CODES = {"COP", "GOV", "INS", "JUD", "MIL", "OPP", "REB", "SEP", "SPY", "UAF", "AGR", "BUS", "CRM", "CVL",
                "DEV", "EDU", "ELI", "ENV", "HLH", "HRI", "LAB", "LEG", "MED", "REF", "MOD", "RAD", "NGM", "PTY"}
# Function words of running text, whatever the case they are written in ("And", "My", "As", "In", "It").
FUNCTION_WORDS = {
    "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at",
    "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did",
    "do", "does", "doing", "down", "during", "each", "even", "ever", "every", "few", "for", "from", "further",
    "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "i",
    "if", "in", "into", "is", "it", "its", "itself", "just", "may", "me", "might", "more", "most", "must", "my",
    "myself", "no", "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other", "our", "ours", "out",
    "over", "own", "per", "same", "shall", "she", "should", "so", "some", "such", "than", "that", "the", "their",
    "them", "then", "there", "these", "they", "this", "those", "through", "to", "too", "under", "until", "up",
    "upon", "us", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why",
    "will", "with", "would", "yet", "you", "your", "mr", "mrs", "ms", "dr", "new", "one", "two", "said", "says",
}
# Words of a title or body that name no one by themselves.
GENERIC_WORDS = {
    "minister", "ministry", "foreign", "prime", "president", "vice", "deputy", "national", "federal", "supreme",
    "central", "republic", "council", "state", "states", "general", "secretary", "chief", "head", "house",
    "assembly", "parliament", "congress", "senate", "government", "army", "police", "court", "party", "front",
    "union", "people", "peoples", "people's", "popular", "democratic", "liberation", "movement", "forces",
    "islamic", "revolutionary", "united", "international", "organization", "organisation", "committee", "group",
    "bank", "office", "agency", "service", "guard", "royal", "king", "queen", "prince", "emperor", "sultan",
    "sheikh", "emir", "chairman", "leader", "spokesman", "ambassador", "governor", "mayor", "commander",
}
# Given names that Phoenix lists alone for kings and emirs, and that news use for many other people.
GIVEN_NAMES = {"hussein", "husain", "abdullah", "abdallah", "khalid", "khaled", "fahd", "faisal", "faysal", "saud",
               "sultan", "hamad", "salman", "nayef", "talal", "mohammad", "mohamad", "muhammed", "ahmad", "mahmoud",
               "ibrahim", "abdul", "abdel", "yusuf", "youssef", "mustafa", "hassan", "hasan", "saddam", "said"}
_PARTICLES = {"of", "the", "and", "for", "de", "la", "le", "les", "du", "des", "del", "da", "do", "dos", "das",
              "in", "on", "to", "y", "e", "al", "el", "bin", "ibn", "van", "von", "der", "den"}


@dataclass
class Entry:
    """One dictionary record: its names, its default code and its date-ranged codes."""

    names: list[str]
    default: str = ""
    ranges: list[tuple[int, int, str]] = field(default_factory=list)  # (first day, last day, code) as YYYYMMDD
    source: str = ""
    person: bool = False  # the record says it comes from CountryInfo, the file of leaders and officials

    @property
    def dated(self) -> bool:
        return bool(self.ranges)


def day(text: str) -> int:
    """A PETRARCH date as YYYYMMDD: ``YYMMDD`` (00-30 → 20YY, else 19YY) or ``YYYYMMDD``."""
    digits = re.sub(r"\D", "", text)
    if len(digits) <= 7:
        digits = digits.zfill(6)
        year = int(digits[:2])
        return (2000 + year if year <= 30 else 1900 + year) * 10000 + int(digits[2:6])
    return int(digits[:8])


def as_day(when: object) -> int | None:
    """An article's date (ISO 8601 text, date or datetime) as YYYYMMDD, or None when there is none."""
    if when is None:
        return None
    if hasattr(when, "year") and hasattr(when, "month"):
        return when.year * 10000 + when.month * 100 + when.day  # type: ignore[attr-defined]
    match = re.match(r"\s*(\d{4})-?(\d{2})-?(\d{2})", str(when))
    return int("".join(match.groups())) if match else None


def _restriction(body: str) -> tuple[str, int, int] | None:
    """``CODE 960618-990706`` / ``CODE >090401`` / ``CODE <090401`` → (code, first, last); None for a bare code."""
    parts = body.split()
    if len(parts) < 2:
        return None
    code, when = parts[0].lstrip("~"), parts[1]
    if when.startswith(">"):
        return code, day(when[1:]), 99991231
    if when.startswith("<"):
        return code, 0, day(when[1:])
    if "-" in when:
        first, _, last = when.partition("-")
        return code, day(first), day(last)
    return None


def read_entries(path: Path) -> list[Entry]:
    """The records of a PETRARCH actor file, in order."""
    entries: list[Entry] = []
    current: Entry | None = None
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line, _, comment = raw.partition("#")
        line = line.rstrip()
        if not line.strip() or line.lstrip().startswith(("!", "<", "{")):
            continue
        stripped = line.strip()
        codes = re.findall(r"\[([^\]]+)\]", stripped)
        head = re.sub(r"\[[^\]]*\]", "", stripped).strip()
        if head.startswith("+"):
            if current is not None:
                current.names.append(head[1:])
            else:
                continue
        elif head:
            current = Entry(names=[head], source=path.name, person="CountryInfo" in comment)
            entries.append(current)
        if current is None:
            continue
        for body in codes:
            if not body.split():
                continue
            ranged = _restriction(body)
            if ranged is None:
                current.default = body.split()[0].lstrip("~")
            else:
                code, first, last = ranged
                current.ranges.append((first, last, code))
    return entries


def code_on(entry_default: str, ranges: tuple[tuple[int, int, str], ...], when: int | None) -> str:
    """The code valid on ``when`` (YYYYMMDD): the restriction that covers it (the latest-starting one if several
    do), else the default; with no date, the restriction that ends last (an open end wins), else the default."""
    if when is not None:
        covering = [r for r in ranges if r[0] <= when <= r[1]]
        if covering:
            return max(covering, key=lambda r: (r[0], r[1]))[2]
        return entry_default or (max(ranges, key=lambda r: (r[1], r[0]))[2][:3] if ranges else "")
    if ranges:
        return max(ranges, key=lambda r: (r[1], r[0]))[2]
    return entry_default


# Acronyms with vowels, which the rule for acronyms (no vowel) misses.
ACRONYMS = frozenset({"UN", "EU", "US", "UK", "UAE", "OAU", "OAS", "NATO", "OPEC", "ASEAN", "IAEA", "OSCE",
                      "ECOWAS", "UNICEF", "UNESCO", "UNHCR", "UNRWA", "IMF", "ICC", "ICJ", "NGO", "UNDP", "UNEP"})
# Regnal numbers (not "V", "X" or "XI", which are also names: "Xi Jinping")
ROMAN = re.compile(r"II|III|IV|VI|VII|VIII|IX|XII|XIII|XIV|XV|XVI")


def display_name(text: str, person: bool) -> str:
    """``BENJAMIN_NETANYAHU_`` → "Benjamin Netanyahu"; ``ABU_NIDAL_ORGANIZATION`` → "Abu Nidal Organization"."""
    words = [w for w in re.split(r"[_\s]+", text.strip().strip("_")) if w]
    out = []
    for n, word in enumerate(words):
        lower = word.lower()
        if n and lower in _PARTICLES and not person:
            out.append(lower)
        elif n and n == len(words) - 1 and ROMAN.fullmatch(word.upper()):
            out.append(word.upper())  # "KING_ABDULLAH_II": "Abdullah II", no "Ii"
        elif not person and (len(word) <= 4 and word.isalpha() and not re.search(r"[AEIOUY]", word)
                             or word.upper() in ACRONYMS):
            out.append(word.upper())  # an acronym: "PKK", "FMLN", "UN" (not "Un Envoy")
        else:
            out.append("-".join(p[:1].upper() + p[1:].lower() for p in word.split("-")))
    return " ".join(out)


def alias_text(text: str, person: bool) -> str | None:
    """An alias as saywho matches it, or None when it could match a word of running text.

    A one-word alias of an organisation is kept in capitals, which the dictionary matches only as written."""
    name = display_name(text, person)
    if name.lower().startswith("the "):
        name = name[4:]
    words = name.lower().replace("'s", "").split()
    if not words or len(name.replace(" ", "")) <= 2:
        return None
    if all(w in FUNCTION_WORDS or w in GENERIC_WORDS or w in _PARTICLES for w in words):
        return None
    if len(words) == 1:
        word = words[0]
        if len(word) <= 3 or word in first_names() or word in GIVEN_NAMES \
                or not word.replace("-", "").replace(".", "").isalpha():
            return None
        if not person:
            return word.upper() if len(word) <= 6 else None
    return name


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    names: set[str] = set()
    path = DATA / "first_names.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            names.update(line.split()[1:])
    return frozenset(names)


def _state_names(code: str) -> list[str]:
    import pycountry

    country = pycountry.countries.get(alpha_3=code)
    if country is None:
        return [code.lower()]
    names = {getattr(country, attr, None) for attr in ("name", "common_name", "official_name")}
    return [n.lower() for n in names if n]


def is_state(code: str) -> bool:
    return code in _states()


@lru_cache(maxsize=1)
def _states() -> frozenset[str]:
    import pycountry

    return frozenset({c.alpha_3 for c in pycountry.countries} | {"XKX"})


def is_place(entry: Entry) -> bool:
    """A state, region or territory: its only codes are three letters (``ARMENIA_ [ARM]``, with or without dates),
    or its code today is, whatever it was under another state or an occupation (``UKRAINE_ [USRUKR 0-910824]
    … [UKR 911221-]``, ``KUWAIT_ … [KWTOCC 900802-910226]``)."""
    codes = [entry.default] + [r[2] for r in entry.ranges]
    codes = [c for c in codes if c]
    if not codes or entry.person:
        return False
    if all(len(c) == 3 for c in codes):
        return True
    return len(place_code(entry)) == 3 and all(
        len(c) % 3 == 0 and all(is_state(c[i:i + 3]) or c[i:i + 3] in FORMER_STATES | STATE_STATUS
                                for i in range(0, len(c), 3)) for c in codes)


# CAMEO's codes of states that were (the USSR, Yugoslavia, Serbia and Montenegro, East Timor) and of a state's
# condition (unrecognised, occupied, autonomous, under UN administration): a place's history, not a body.
FORMER_STATES = frozenset({"USR", "SUN", "YUG", "SCG", "FRY", "TMP", "KSV", "CSK", "DDR", "YMD", "ZAR"})
STATE_STATUS = frozenset({"UNR", "OCC", "AUT", "UNO"})


def place_code(entry: Entry) -> str:
    """A place's code: its default, else the latest of its dated ones."""
    return entry.default or max(entry.ranges, key=lambda r: (r[1], r[0]))[2]


def split(code: str, armed: bool = False) -> tuple[str | None, str | None]:
    """A Phoenix code as saywho's (country, sector): ISRGOV → (ISR, GOV), IGOUNO → (IGO, IGO),
    IMGMUSALQ → (IMG, REB) for an armed group; a prefix that is no state, region or kind (KKLREB) → (None, …)."""
    code = code.strip().upper()
    head, rest = code[:3], code[3:]
    sector = next((rest[i:i + 3] for i in range(0, len(rest), 3) if rest[i:i + 3] in SECTOR_CODES), None)
    if head in GROUP_KINDS:
        return head, ("REB" if armed or head == "IMG" else head)
    if head == "INT":
        return ("IMG", "REB") if armed else (None, sector)
    country = head if is_state(head) or head in REGIONS else None
    if armed and sector is None:
        sector = "REB"
    return country, sector


@dataclass
class Coded:
    """A Phoenix actor ready for the dictionary: its names (filtered), kind, and codes."""

    name: str
    aliases: list[str]
    type: str
    default: str
    ranges: tuple[tuple[int, int, str], ...]
    armed: bool
    # Filled in by the derived file, so loading it does no work: the actor id, today's codes, and the
    # dictionary keys of the name and each alias ("-": an acronym, matched as written; "": the lower case).
    id: str = ""
    country: str | None = None
    sector: str | None = None
    keys: list[str] = field(default_factory=list)

    def code(self, when: int | None = None) -> str:
        return code_on(self.default, self.ranges, when)

    def split(self, when: int | None = None) -> tuple[str | None, str | None]:
        return split(self.code(when), self.armed)


# Words that make a place name a state's: "Islamic Republic of Afghanistan", "Bundesrepublik Deutschland".
STATE_WORDS = {"republic", "kingdom", "states", "federation", "democratic", "union", "emirates", "islands",
               "commonwealth", "principality", "sultanate", "socialist", "federal", "bundesrepublik", "people's",
               "confederation", "territory", "reich"}


# Place names of Phoenix that are everyday English words too ("Male", the capital of the Maldives).
ENGLISH_WORDS = {"male", "pole", "porto", "finn", "swede", "nords", "switzer", "czecho", "ethiop", "liech", "switz",
                 "guerns", "pakish", "argies", "aussie", "mongol", "new z", "dom rep", "chinese wall"}


def _names_the_state(key: str, primary: str) -> bool:
    """Whether a place name of a country's record names the state, not one of its cities or provinces: a
    spelling of the state's name ("afganistan"), its adjective ("afghan") or a style ("islamic republic of …")."""
    if key in ENGLISH_WORDS or key.startswith("the ") or "+" in key:
        return False
    first = primary.split()[0] if primary.split() else primary
    return key[:3] == primary[:3] or first in key or any(w in STATE_WORDS for w in key.split())


def _kept(entry: Entry) -> bool:
    if entry.source == INTERNATIONAL:
        codes = [entry.default] + [r[2] for r in entry.ranges]
        return any(c[:3] in KEPT_KINDS for c in codes if c)
    return True


def read_sources(folder: Path) -> tuple[list[Coded], dict[str, str]]:
    """The Phoenix actors (people, bodies, armed groups, IGOs and NGOs) and the place names (name → code),
    read from PETRARCH2's own files in ``folder``."""
    actors: list[Coded] = []
    members: list[Coded] = []  # bodies a record lists under another's name, coded the same
    places: dict[str, set[str]] = {}
    for path in (folder / COUNTRIES, folder / NON_STATE, folder / INTERNATIONAL):
        armed = path.name == NON_STATE
        for entry in read_entries(path):
            if not _kept(entry):
                continue
            if is_place(entry) and not armed:
                code = place_code(entry)
                primary = display_name(entry.names[0], person=False).lower()
                if not is_state(code) or not any(_names_the_state(primary, n) for n in _state_names(code)):
                    continue  # a region, or a record for a city ("LEIPZIG_ [DEU]")
                for raw in entry.names:
                    name = display_name(raw, person=False)
                    key = name.lower()
                    words = key.split()
                    if not _names_the_state(key, primary):
                        continue  # a city or province ("+KABUL_", "+HELMAND_"): no country of its own
                    if len(key) < 4 or all(w in FUNCTION_WORDS or w in GENERIC_WORDS or w in _PARTICLES for w in words):
                        continue
                    if len(words) == 1 and key in first_names():
                        continue
                    places.setdefault(key, set()).add(code)
                continue
            if not entry.default and not entry.ranges:
                continue
            person = entry.dated or entry.person
            names = [n for n in (alias_text(raw, person) for raw in entry.names) if n]
            # the name matches in any case, so it must be one that cannot be a word of running text
            name = next((n for n in names if " " in n), None)  # not "Hussein", "Leipzig", "Isis"
            if name is None:
                continue
            aliases = [n for n in dict.fromkeys(names) if n != name]
            kind = "person" if person or (armed and _person_named(names[0])) else ("group" if armed else "organisation")
            bodies = [] if person else [a for a in aliases if _another_body(a, name)]
            actors.append(Coded(name=name, aliases=[a for a in aliases if a not in bodies], type=kind,
                                default=entry.default, ranges=tuple(entry.ranges), armed=armed))
            members.extend(Coded(name=body, aliases=[], type="person" if armed and _person_named(body) else kind,
                                 default=entry.default, ranges=tuple(entry.ranges), armed=armed) for body in bodies)
    actors.extend(members)  # after every main record, so a body with a record of its own keeps that one
    _drop_shared_aliases(actors)
    return actors, {key: next(iter(codes)) for key, codes in places.items() if len(codes) == 1}


_ARMED_BODY_WORDS = GENERIC_WORDS | {
    "brigade", "brigades", "commando", "command", "nucleus", "nuclei", "volunteers", "patriots", "action", "cell",
    "cells", "battalion", "squad", "phalanx", "legion", "tigers", "martyrs", "jihad", "mujahideen", "board",
    "nation", "order", "fighters", "brothers", "sons", "children", "knights", "avengers", "guerrilla", "guerrillas",
    "guerilla", "guerillas", "revenge", "hawks", "resistance", "society", "association", "alliance", "network",
    "cartel", "clan", "coalition", "defenders", "club"}


def _person_named(name: str) -> bool:
    """Whether a record of the armed non-state file names a person, not a group: Phoenix lists leaders there
    ("OSAMA_BIN_LADEN_ [IMGMUSALQ]", "JOSEPH_KONY", Khaled Meshaal under Hamas) with their group's code, and
    "he" can only mean a person. A given name first, or "bin"/"ibn" inside, and no word a body is named by."""
    words = [w.lower().strip(".,'’") for w in name.replace("-", " ").split()]
    if not 2 <= len(words) <= 5 or "(" in name or any(ch.isdigit() for ch in name) \
            or any(w in _ARMED_BODY_WORDS for w in words):
        return False
    return words[0] in first_names() or any(w in ("bin", "ibn") for w in words[1:-1])


def _another_body(alias: str, name: str) -> bool:
    """Whether a record's alias names another body coded the same, not the record's own body reworded:
    Phoenix lists the Federal Aviation Administration under the Department of Transportation and the Brookings
    Institution under "Washington-Based Think Tank". Such an alias (two words or more, no acronym) shares no
    distinctive word with the name; a speaker keeps the name the article gives it."""
    from saywho.actors.dictionary import _acronym

    def distinctive(text: str) -> set[str]:
        words = {w.strip(".,'’()").lower() for w in text.replace("-", " ").split()}
        return words - FUNCTION_WORDS - _PARTICLES - GENERIC_WORDS - {""}

    return len(alias.split()) > 1 and not _acronym(alias) and not distinctive(alias) & distinctive(name)


def _drop_shared_aliases(actors: list[Coded]) -> None:
    """A name two different actors answer to ("Bush", "Kim Jong") names neither: leave it out of both."""
    owners: dict[str, set[str]] = {}
    for actor in actors:
        for alias in actor.aliases:
            owners.setdefault(alias.lower(), set()).add(actor.name.lower())
    shared = {alias for alias, names in owners.items() if len(names) > 1}
    for actor in actors:
        actor.aliases = [a for a in actor.aliases if a.lower() not in shared]


# -- the derived file ------------------------------------------------------------

def write(folder: Path, out: Path = DERIVED) -> tuple[int, int]:
    """Write the derived file from PETRARCH2's files in ``folder``; returns (actors, place names).

    Lines: ``A<TAB>type<TAB>name<TAB>aliases (;)<TAB>default code<TAB>ranges (code:first-last, ;)<TAB>armed``
    and ``P<TAB>place name<TAB>code``."""
    from saywho.actors.dictionary import _acronym, _key
    from saywho.attribution.speakers import slugify

    actors, places = read_sources(folder)
    seen: set[str] = set()
    with open(out, "w", encoding="utf-8", newline="\n") as handle:
        handle.write("# Derived from PETRARCH2's Phoenix actor dictionaries (MIT; see NOTICE.md and LICENSE here).\n")
        handle.write("# Rebuild: python -m saywho.actors.phoenix ../shared/data/petrarch\n")
        handle.write("# A type id name aliases keys country sector default ranges armed | P name code\n")
        written = 0
        for actor in actors:
            ident = slugify(actor.name)
            if ident in seen:
                continue  # the first record of a name is its main one (later ones are the same body, reworded)
            seen.add(ident)
            ranges = ";".join(f"{code}:{first}-{last}" for first, last, code in actor.ranges)
            keys = ["-" if alias != actor.name and _acronym(alias) else "" if _key(alias) == alias.lower() else _key(alias)
                    for alias in (actor.name, *actor.aliases)]  # "-": an acronym; "": the alias in lower case
            country, sector = actor.split()
            fields = ["A", actor.type, ident, actor.name, ";".join(actor.aliases), ";".join(keys), country or "",
                      sector or "", actor.default, ranges, "1" if actor.armed else ""]
            handle.write("\t".join(fields) + "\n")
            written += 1
        for key, code in sorted(places.items()):
            handle.write(f"P\t{key}\t{code}\n")
    return written, len(places)


@lru_cache(maxsize=1)
def load(path: Path = DERIVED) -> tuple[list[Coded], dict[str, str]]:
    """The shipped Phoenix actors and place names, read once."""
    actors: list[Coded] = []
    places: dict[str, str] = {}
    if not path.exists():
        return actors, places
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("P\t"):
                _, key, code = line.rstrip("\n").split("\t")
                places[key] = code
            elif line.startswith("A\t"):
                _, kind, ident, name, aliases, keys, country, sector, default, ranges, armed = line.rstrip("\n").split("\t")
                spans = []
                for item in ranges.split(";") if ranges else ():
                    code, _, when = item.partition(":")
                    first, _, last = when.partition("-")
                    spans.append((int(first), int(last), code))
                actors.append(Coded(name=name, aliases=aliases.split(";") if aliases else [], type=kind,
                                    default=default, ranges=tuple(spans), armed=bool(armed), id=ident,
                                    country=country or None, sector=sector or None, keys=keys.split(";")))
    return actors, places


if __name__ == "__main__":
    import sys

    if len(sys.argv) != 2:
        sys.exit("usage: python -m saywho.actors.phoenix FOLDER  (PETRARCH2's Phoenix.*.actors.txt files)")
    counts = write(Path(sys.argv[1]))
    print(f"{counts[0]} actors, {counts[1]} place names → {DERIVED}")
