"""Canonical actors: who an event's source and target are, across articles.

Event data needs the same actor coded the same way wherever it appears: "the
Kremlin" is the Russian government (RUS, GOV), "Putin" is Vladimir Putin, "the
U.N." is an intergovernmental organisation (IGO). This module holds

* a :class:`Dictionary` of canonical actors and their aliases: the small one
  shipped in ``saywho/data/actors.csv``, plus whatever a user imports from CSV
  or PETRARCH/Phoenix actor-dictionary files (``saywho actors import``);
* :func:`code_phrase`, which codes a noun phrase of a parsed sentence as an
  actor (country, sector, type) the way CAMEO does;
* :func:`link_actors`, which rewrites an article's actors onto the store's
  canonical ones before it is saved, so articles link up.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Span, Token

from saywho import geo
from saywho.countries import DEMONYMS, country_code, country_name, place_code
from saywho.model import Actor, Article
from saywho.speakers import PRONOUNS, Register, slugify

BUILTIN = Path(__file__).parent / "data" / "actors.csv"
# Heads of state and government, foreign ministers and IGO chiefs since the 1980s, with their
# countries: world knowledge a sentence does not spell out ("President Dos Santos" is Angolan).
LEADERS = Path(__file__).parent / "data" / "leaders.csv"

# Group words CAMEO codes to a country though they are no demonym of it: "Taliban"
# fighters are Afghan, Jewish settlers Israeli, a "US-led" force American.
CAMEO_GROUPS = {
    "albanians": "ALB",
    "croats": "HRV",
    "franco": "FRA",
    "iraqis": "IRQ",
    "israelis": "ISR",
    "jewish": "ISR",
    "kurdish": "IRQ",
    "moslem": None,
    "palestinians": "PSE",
    "serbs": "SRB",
    "soviet": "RUS",
    "taliban": "AFG",
    "u.s.-led": "USA",
    "us-led": "USA",
}
# Peoples that live (almost) all in one state, which CAMEO codes them by: "Ibo elders" are Nigerian,
# "a Karen guerrilla stronghold" Burmese. Peoples spread over several states (Kurds, Hutu) are left out.
ETHNIC_GROUPS = {
    "ibo": "NGA", "igbo": "NGA", "hausa": "NGA", "yoruba": "NGA", "ijaw": "NGA", "ogoni": "NGA",
    "karen": "MMR", "kachin": "MMR", "rohingya": "MMR", "karenni": "MMR",
    "chechen": "RUS", "ingush": "RUS", "dagestani": "RUS", "tatar": "RUS",
    "uighur": "CHN", "uyghur": "CHN", "tibetan": "CHN", "abkhaz": "GEO", "abkhazian": "GEO", "ossetian": "GEO",
    "kikuyu": "KEN", "zulu": "ZAF", "xhosa": "ZAF", "basque": "ESP", "catalan": "ESP", "corsican": "FRA",
    "darfuri": "SDN", "sinhalese": "LKA", "tamil": "LKA", "acehnese": "IDN", "sahrawi": "ESH", "moro": "PHL",
    "flemish": "BEL", "walloon": "BEL", "ndebele": "ZWE", "shona": "ZWE", "pashtun": "AFG", "hazara": "AFG",
}

# CAMEO region codes, for groups of states named by region.
REGIONS = {
    "european": "EUR", "europe": "EUR", "western": "WST", "west": "WST", "arab": "MEA", "african": "AFR",
    "asian": "ASA", "balkan": "BLK", "latin american": "LAM", "nordic": "SCN", "gulf": "PGS",
}

# Head nouns that make a phrase a sector of its country: "Iranian authorities"
# is the Iranian government, "Israeli troops" its military. CAMEO sector codes.
SECTORS = {
    "GOV": {"government", "authorities", "authority", "administration", "cabinet", "ministry", "minister",
            "president", "premier", "chancellor", "official", "officials", "leader", "leadership", "king",
            "queen", "spokesman", "spokeswoman", "spokesperson", "diplomat", "diplomats", "envoy",
            "ambassador", "embassy", "regime", "state", "junta", "secretary", "prime"},
    "MIL": {"troops", "army", "military", "forces", "force", "soldiers", "soldier", "navy", "aircraft",
            "jets", "warplanes", "helicopters", "gunboats", "commander", "commanders", "peacekeepers",
            "peacekeeping", "artillery", "defence", "defense", "marines", "paratroopers"},
    "COP": {"police", "policemen", "police officers", "patrol", "agents", "security forces", "security"},
    "REB": {"rebels", "rebel", "guerrillas", "guerrilla", "insurgents", "militants", "militant", "militia",
            "militias", "fighters", "separatists", "bombers", "hackers", "extremists", "gunmen", "gunman", "bomber",
            "assailant", "assailants", "attacker", "attackers", "sniper", "snipers", "kidnappers", "hijackers"},
    "OPP": {"opposition", "dissidents", "dissident", "activists", "activist", "demonstrators", "protesters",
            "protestors", "strikers"},
    "LEG": {"parliament", "congress", "senate", "assembly", "lawmakers", "legislators", "legislature", "mps",
            "deputies"},
    "JUD": {"court", "judge", "judges", "judiciary", "prosecutor", "prosecutors", "tribunal"},
    "MED": {"newspaper", "agency", "media", "journalist", "journalists", "television", "broadcaster"},
    "BUS": {"company", "companies", "firm", "firms", "business", "businesses", "bank", "banks"},
    "CVL": {"civilians", "people", "residents", "villagers", "refugees", "inhabitants", "citizens",
            "immigrants", "youths", "students", "workers", "doctors", "prisoners", "detainees", "settlers",
            "teachers", "farmers", "miners", "nurses", "traders", "drivers", "pensioners", "employees",
            "man", "woman", "men", "women", "person", "persons", "child", "children", "fishermen"},
    "PTY": {"party", "parties"},
    "NGO": {"ngo", "charity", "group", "organization", "organisation", "watchdog", "association", "society",
            "foundation", "federation"},
}
SECTOR_WORDS = {word: sector for sector, words in SECTORS.items() for word in words}
# Sectors that are a state's own bodies, and codes in the country slot that are no state.
STATE_BODIES = {"GOV", "MIL", "COP", "JUD", "LEG"}
NON_STATE = {"IGO", "NGO", "EUR", "WST", "AFR", "ASA", "MEA", "BLK", "LAM", "SCN", "PGS"}
SECTOR_NAMES = {"GOV": "government", "MIL": "military", "COP": "police", "REB": "rebels", "OPP": "opposition",
                "LEG": "legislature", "JUD": "judiciary", "MED": "media", "BUS": "business", "CVL": "civilians",
                "PTY": "party", "NGO": "group"}
# What makes an unnamed group a non-governmental organisation: "a human rights group" is CAMEO NGO.
NGO_WORDS = {"rights", "humanitarian", "aid", "relief", "charity", "advocacy", "watchdog", "environmental"}
# Named organisations of these kinds with no state in their name are non-governmental: "the Association of
# African Jurists" (CAMEO NGO); a state's own bodies carry its name or are in the dictionary.
NGO_HEADS = {"association", "society", "foundation", "federation", "watch", "international"}
# Peacekeepers with no state named serve an international organisation (CAMEO IGO): "a regional
# peacekeeping force", "the peacekeepers".
PEACEKEEPING = {"peacekeepers", "peacekeeper", "peacekeeping"}
# "26 of Ukraine's allies": a group defined by whom it stands with.
ALLY_HEADS = {"allies", "ally", "partners", "backers", "supporters", "friends"}
# Nouns that count a group rather than name it: "thousands of people" are the people.
QUANTITIES = {"hundreds", "thousands", "tens", "dozens", "scores", "millions", "handful", "group", "number",
              "half", "third", "quarter", "majority", "rest", "remainder"}  # "one third of the guerrillas"
# Prepositions that say where a clause happens.
CLAUSE_PLACE_PREPS = {"in", "at", "near", "inside", "through", "across", "outside", "around", "throughout"}
# Peoples with no state of their own, coded by where the phrase puts them: "Kurdish activists in Turkey".
STATELESS = {"kurdish", "kurd", "kurds", "roma", "romany", "bedouin", "tuareg", "berber"}
# People who act for the body their "of" names: "members of the Association", "leaders of the coalition".
MEMBERS = {"members", "leaders", "representatives", "delegates", "delegation", "envoys"}
# Modifiers that say where a group is, not whose it is: "troops deployed to Ukraine".
LOCATION_PREPS = {"to", "into", "in", "near", "at", "across", "outside", "inside", "toward", "towards", "for"}


@dataclass
class Entry:
    actor: Actor
    aliases: set[str] = field(default_factory=set)


class Dictionary:
    """Canonical actors by lower-cased alias; later additions win over earlier ones."""

    def __init__(self, actors: Iterable[Actor] = ()) -> None:
        self.by_alias: dict[str, Actor] = {}
        self.by_acronym: dict[str, Actor] = {}  # "IRA" matches "IRA", not the name "Ira"
        self.by_id: dict[str, Actor] = {}
        self.by_surname: dict[str, set[str]] = {}  # people's ids by lower-cased last name
        for actor in actors:
            self.add(actor)

    def add(self, actor: Actor) -> None:
        self.by_id[actor.id] = actor
        for alias in (actor.name, *actor.aliases):
            if alias != actor.name and _acronym(alias):  # a name matches as written in any case ("Unita")
                self.by_acronym[alias] = actor
                continue
            key = _key(alias)
            if key:
                self.by_alias[key] = actor
        if actor.type == "person" and actor.name.split():
            self.by_surname.setdefault(actor.name.lower().split()[-1], set()).add(actor.id)

    def copy(self) -> Dictionary:
        other = Dictionary()
        other.by_alias, other.by_id = dict(self.by_alias), dict(self.by_id)
        other.by_acronym = dict(self.by_acronym)
        other.by_surname = {k: set(v) for k, v in self.by_surname.items()}
        return other

    def lookup(self, text: str) -> Actor | None:
        bare = re.sub(r"^(the|The)\s+", "", re.sub(r"(’s|'s)$", "", text.strip()))
        return self.by_acronym.get(bare) or self.by_alias.get(_key(text))

    def __len__(self) -> int:
        return len(self.by_id)


def _acronym(alias: str) -> bool:
    """An all-capitals alias of letters ("IRA", "KLA") matches only in capitals: "Ira" is a first name."""
    return alias.isalpha() and alias.isupper() and len(alias) <= 6


def _key(text: str) -> str:
    text = re.sub(r"(’s|'s)$", "", text.strip()).strip(" “”\"'.,")
    return re.sub(r"^the\s+", "", re.sub(r"\s+", " ", text.lower()))


@lru_cache(maxsize=1)
def builtin() -> Dictionary:
    """The dictionary shipped with saywho: seats of government, IGOs, NGOs, armed groups, regions, leaders."""
    return Dictionary([*read_csv(LEADERS), *read_csv(BUILTIN)])


# -- reading dictionaries ------------------------------------------------------

def read_csv(path: Path) -> Iterator[Actor]:
    """Actors from CSV with columns name, aliases (;-separated), country, sector, type, title."""
    with open(path, newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            name = (row.get("name") or "").strip()
            if not name:
                continue
            yield make_actor(
                name, aliases=[a.strip() for a in (row.get("aliases") or "").split(";") if a.strip()],
                country=row.get("country") or None, sector=row.get("sector") or None,
                type=row.get("type") or None, title=row.get("title") or None,
            )


def make_actor(name: str, aliases: list[str] | None = None, country: str | None = None, sector: str | None = None,
               type: str | None = None, title: str | None = None) -> Actor:
    country = country.strip().upper() if country else None
    sector = sector.strip().upper() if sector else None
    kind = type or _guess_type(country, sector)
    return Actor(id=slugify(name), name=name, title=title, country=country, type=kind,  # type: ignore[arg-type]
                 sector=sector, aliases=list(dict.fromkeys(aliases or [])))


def _guess_type(country: str | None, sector: str | None) -> str:
    if country in ("IGO", "NGO") or sector:
        return "organisation"
    return "state" if country else "person"


def read_petrarch(path: Path) -> Iterator[Actor]:
    """Actors from a PETRARCH/Phoenix actor dictionary.

    The format: an actor line ``VLADIMIR_PUTIN_`` (optionally with its code on
    the same line), then ``+ALIAS`` lines and ``[RUSGOV 000507-080507]`` code
    lines; ``#`` starts a comment. The last code listed is the current one.
    """
    current: dict | None = None
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line or line.startswith(("!", "<", "{")):
            continue
        if line.startswith("+"):
            if current is not None:
                current["aliases"].append(_petrarch_name(line[1:]))
            continue
        codes = re.findall(r"\[([^\]]+)\]", line)
        head = re.sub(r"\[[^\]]*\]", "", line).strip()
        if head:
            if current is not None:
                yield _petrarch_actor(current)
            current = {"name": _petrarch_name(head), "aliases": [], "codes": []}
        if current is not None:
            current["codes"].extend(c.split()[0] for c in codes if c.split())
    if current is not None:
        yield _petrarch_actor(current)


def _petrarch_name(text: str) -> str:
    words = [w for w in text.strip().strip("_").split("_") if w]
    return " ".join(w.capitalize() if w.isupper() and len(w) > 3 else w for w in words)


def _petrarch_actor(item: dict) -> Actor:
    code = item["codes"][-1].lstrip("~") if item["codes"] else ""
    country, sector = split_code(code)
    return make_actor(item["name"], aliases=item["aliases"], country=country, sector=sector, title=None)


def split_code(code: str) -> tuple[str | None, str | None]:
    """A CAMEO actor code as (country, first sector): RUSGOV → (RUS, GOV), IGOUNO → (IGO, UNO)."""
    code = code.strip().upper()
    if len(code) < 3:
        return None, None
    return code[:3], (code[3:6] or None)


def read_dictionary(path: Path) -> list[Actor]:
    """CSV when the file looks like one (a ``name`` header), else PETRARCH format."""
    with open(path, encoding="utf-8", errors="replace") as handle:
        first = handle.readline()
    if path.suffix.lower() == ".csv" or first.lower().startswith("name,"):
        return list(read_csv(path))
    return list(read_petrarch(path))


# -- coding a phrase -----------------------------------------------------------

def code_of(text: str) -> str | None:
    """Country (or CAMEO region) code for a place, demonym or state name."""
    key = re.sub(r"(’s|'s|’)$", "", text.strip()).lower().removeprefix("the ").strip()
    place = place_code(key)
    if place:
        return place
    if key in CAMEO_GROUPS:
        return CAMEO_GROUPS[key]
    if key in ETHNIC_GROUPS or key.endswith("s") and key[:-1] in ETHNIC_GROUPS:  # "Chechens"
        return ETHNIC_GROUPS.get(key) or ETHNIC_GROUPS[key[:-1]]
    if key in DEMONYMS:
        return DEMONYMS[key]
    if key.endswith("s") and DEMONYMS.get(key[:-1]):  # "Liberians"
        return DEMONYMS[key[:-1]]
    if len(key) <= 3 and not text.strip().isupper():
        return None  # "Ben" is a name, not Benin's code
    return country_code(text) if text[:1].isupper() else None


def actor_of_state(code: str, sector: str | None = None) -> Actor:
    """The canonical actor for a state or one of its sectors: RUS → Russian Federation, RUS/GOV → Russian government."""
    if sector is None:
        name = country_name(code)
        return Actor(id=slugify(name), name=name, country=code, type="state")
    adjective = _adjective(code)
    name = f"{adjective} {SECTOR_NAMES.get(sector, sector.lower())}"
    kind = "group" if sector in ("CVL", "REB", "OPP") else "organisation"
    return Actor(id=slugify(name), name=name, country=code, type=kind, sector=sector)  # type: ignore[arg-type]


def _adjective(code: str) -> str:
    preferred = {"USA": "United States", "GBR": "British", "PSE": "Palestinian", "KOR": "South Korean",
                 "PRK": "North Korean", "ARE": "Emirati", "CZE": "Czech", "NLD": "Dutch"}
    if code in preferred:
        return preferred[code]
    for word, value in DEMONYMS.items():
        if value == code and " " not in word and not word.endswith("s"):
            return word.capitalize()
    return country_name(code)


def code_phrase(head: Token, register: Register | None = None, dictionary: Dictionary | None = None) -> Actor | None:
    """The actor a noun phrase headed by ``head`` refers to, coded CAMEO-style, or None.

    People named in the article come from the register (with their country);
    known organisations and seats of government from the dictionary; the rest
    from the country words in the phrase and its head noun's sector.
    """
    dictionary = dictionary or builtin()
    head = _counted(head)
    tokens = phrase_tokens(head)
    if not tokens:
        return None
    span = head.doc[tokens[0].i: tokens[-1].i + 1]
    person = _person(span, head, register, dictionary)
    if person is not None:
        return person
    own = _own_state(head, dictionary)
    if own is not None:
        return own
    known = _known(span, dictionary)
    if known is not None:
        return known
    group = _group(head, tokens, dictionary)
    if group is not None:
        return group
    code = _first_code(head)
    sector = _sector(head)
    if code is None:
        return _generic(head, sector)
    if sector is None and (head.ent_type_ in ("GPE", "LOC", "NORP") or code_of(head.text)):
        return actor_of_state(code)
    if sector is None and head.pos_ == "PROPN" and head.ent_type_ == "ORG":
        return _named_body(head, code)  # "the Nigerian Union of Teachers" is Nigerian, not the government
    return actor_of_state(code, sector or "GOV")


def entity_at(token: Token) -> Span | None:
    """The named entity that ``token`` is part of, as ``doc.ents`` would give it.

    Read from the entity tags around the token: ``doc.ents`` builds every entity of the document on each
    access, so looking one up in it per token made coding a long document quadratic.
    """
    doc = token.doc
    if token.ent_iob not in (1, 3) or token.ent_type == 0 and token.ent_iob == 3:
        return None
    start = token.i
    while doc[start].ent_iob == 1:
        if start == 0:
            return None
        start -= 1
    first = doc[start]
    if first.ent_iob != 3 or first.ent_type == 0:
        return None
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob == 1:
        end += 1
    return Span(doc, start, end, label=first.ent_type)


def _named_body(head: Token, code: str) -> Actor:
    ent = entity_at(head)
    name = re.sub(r"^(the|The)\s+", "", ent.text if ent is not None else head.text)
    return Actor(id=slugify(name), name=name, country=code, type="organisation")


def _own_state(head: Token, dictionary: Dictionary) -> Actor | None:
    """"NATO-member Norway" is Norway: a head that names a state wins over the words around it."""
    ent = entity_at(head)
    ent = ent if ent is not None and ent.label_ == "GPE" else None
    text = ent.text if ent is not None else head.text
    if dictionary.lookup(text) is not None or head.pos_ != "PROPN" or head.tag_ == "NNPS":
        return None  # "the Albanians of southern Serbia" are a people, coded by where they live
    code = code_of(text) or code_of(re.sub(r"^(the|The)\s+", "", text))
    return actor_of_state(code) if code and code not in ("EUR", "WST") else None


def phrase_tokens(head: Token) -> list[Token]:
    """The phrase's tokens without relative clauses and clauses hanging off it."""
    skip = {t.i for child in head.children if child.dep_ in ("relcl", "acl", "advcl", "punct", "cc", "conj")
            for t in child.subtree}
    return [t for t in head.subtree if t.i not in skip and not t.is_punct]


def _person(span: Span, head: Token, register: Register | None, dictionary: Dictionary) -> Actor | None:
    if register is None:
        return None
    if head.lower_ in PRONOUNS and head.lower_ not in ("he", "she", "him", "her"):
        return None
    if head.lower_ in SECTORS["GOV"] and any(t.ent_type_ == "PERSON" for t in span if t.i != head.i):
        return None  # "the Bush administration" is the US government, not Bush ("the US leader" is a person)
    entry = register.resolve(span)
    if entry is None or entry.type != "person":
        return None
    actor = entry.actor()
    if head.pos_ == "NOUN" and head.text not in actor.name and head.lower_ not in {*SECTOR_WORDS, *ALLY_HEADS}:
        return None  # "French mediation ..., a close aide to Ehud Barak": the person is not the phrase's head
    known = dictionary.lookup(actor.name) or dictionary.lookup(actor.name.split()[-1])
    if known is not None and known.type == "person" and (actor.country is None or known.country == actor.country):
        return _merge(known, actor)
    if actor.country is None:
        actor.country = _first_code(head) or _title_country(span, dictionary)
    if actor.sector is None and actor.title:
        actor.sector = next((SECTOR_WORDS[w] for w in actor.title.lower().split() if w in SECTOR_WORDS), None)
    return actor


def _title_country(span: Span, dictionary: Dictionary) -> str | None:
    """"Arab League Secretary General Chadli Klibi": an official of an organisation the title names."""
    known = _known(span, dictionary)
    return known.country if known is not None and known.type != "person" else None


def _merge(known: Actor, local: Actor) -> Actor:
    aliases = list(dict.fromkeys([*known.aliases, local.name] if local.name != known.name else known.aliases))
    return Actor(id=known.id, name=known.name, title=local.title or known.title, country=known.country,
                 type=known.type, sector=known.sector or local.sector, aliases=aliases)


def _known(span: Span, dictionary: Dictionary) -> Actor | None:
    """The longest run of words in the phrase that the dictionary knows; a person only as the phrase's
    head ("French mediation ..., a close aide to Prime Minister Ehud Barak" is not Barak)."""
    words = [t for t in span if not t.is_punct or t.text in ("-", ".")]
    head = span.root
    for size in range(min(len(words), 8), 0, -1):
        for start in range(len(words) - size + 1):
            chunk = words[start:start + size]
            if _splits_a_name(chunk[0].i, chunk[-1].i + 1, span.doc):
                continue  # "Africa" in "South Africa's president" is no African group
            text = span.doc[chunk[0].i: chunk[-1].i + 1].text
            found = dictionary.lookup(text)
            if found is not None and (found.type != "person" or size > 1 and chunk[0].i <= head.i <= chunk[-1].i):
                return found
    return None


def _splits_a_name(start: int, end: int, doc) -> bool:  # noqa: ANN001 - a spaCy Doc
    """Whether tokens start..end cut a named place or nationality in two: the run starts inside one, or one
    goes on past its end. Read from the tokens' entity tags, not by scanning ``doc.ents`` (a hot path)."""
    names = ("GPE", "LOC", "NORP")
    first, after = doc[start], doc[end] if end < len(doc) else None
    if first.ent_iob_ == "I" and first.ent_type_ in names:
        return True
    return after is not None and after.ent_iob_ == "I" and after.ent_type_ in names


def _group(head: Token, tokens: list[Token], dictionary: Dictionary) -> Actor | None:
    """Regional groups ("European countries") and allies of a state ("26 of Ukraine's allies")."""
    noun = _group_head(head)
    if noun.lower_ in ALLY_HEADS or noun.lower_ in ("countries", "nations", "states", "powers", "governments"):
        region = next((REGIONS[t.lower_] for t in noun.children if t.lower_ in REGIONS), None)
        if region is not None:
            return next((a for a in dictionary.by_id.values() if a.type == "group" and a.country == region),
                        Actor(id=slugify(f"{region} countries"), name=f"{region} countries", country=region, type="group"))
        client = client_country(noun)
        if client is not None and noun.lower_ in ALLY_HEADS:
            name = f"{_possessive_name(client)} allies"
            return Actor(id=slugify(name), name=name, type="group", title="allies")
    return None


def _counted(head: Token) -> Token:
    """"Hundreds of thousands of people": a quantity noun counts the group its "of" names."""
    if head.lower_ not in QUANTITIES | MEMBERS or head.pos_ == "PROPN":
        return head
    inner = _of_object(head)
    return _counted(inner) if inner is not None else head


def _of_object(head: Token) -> Token | None:
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
    return None


def _group_head(head: Token) -> Token:
    """"26 of Ukraine's allies": the group is the object of "of" after a number or quantifier."""
    if head.pos_ == "NUM" or head.lower_ in ("some", "many", "most", "all", "several", "one", "two", "three"):
        return _of_object(head) or head
    return head


def client_country(head: Token) -> str | None:
    """The state a group of allies stands with: "Ukraine's allies", "allies of Ukraine"."""
    head = _group_head(head)
    if head.lower_ not in ALLY_HEADS:
        return None
    for child in head.children:
        if child.dep_ == "poss":
            return code_of(child.text) or _first_code(child)
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return _first_code(obj)
    return None


def _possessive_name(code: str) -> str:
    return f"{country_name(code)}’s"


def _first_code(head: Token) -> str | None:
    """The nearest country word to the head: its own words first, then modifiers, then "of"/"in" phrases."""
    if _ethnic(head):
        # "ethnic Albanians in south Serbia", "ethnic Albanian guerrillas operating in Macedonia"
        holders = [head, *(c for c in head.children if c.dep_ == "acl" and c.tag_ == "VBG")]
        place = next((_first_code(o) for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ in ("in", "of")
                      for o in p.children if o.dep_ == "pobj"), None)
        if place:
            return place  # PLOVER codes "ethnic Albanians in south Serbia" by where they live
        place = _clause_place(head) if _ethnic_word(head) else None
        if place:
            return place  # "killed three ethnic Albanians in a gunbattle in southeastern Serbia"
    seen: set[int] = set()
    frontier = [head]
    while frontier:
        # nearest the head first: "Turkish Cypriot leaders" are Cypriot, "Russian Jewish immigrants" Jewish
        found = _code_at(sorted(frontier, key=lambda t: (abs(t.i - head.i), t.i)))
        if found:
            return found
        nxt = []
        for token in frontier:
            seen.add(token.i)
            for child in token.children:
                if child.i in seen or child.dep_ in ("relcl", "acl", "advcl", "conj", "cc", "punct"):
                    continue
                if child.dep_ == "prep" and child.lower_ in LOCATION_PREPS and token.i == head.i \
                        and (_is_troops(head) or head.ent_type_ == "PERSON"):
                    continue  # troops deployed to Ukraine are not Ukraine's, nor is "U.N. envoy Cyrus Vance in Zagreb" Croatian
                nxt.append(child)
        frontier = nxt
    return None


def _clause_place(head: Token) -> str | None:
    """The country of the place the clause of ``head`` happens in: its verb's in/at/near phrases."""
    verb = head.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in CLAUSE_PLACE_PREPS:
            continue
        for token in prep.subtree:  # "marched through the streets of Cluj": the place may be an "of" deeper
            if token.dep_ == "pobj" and token.head.lower_ in CLAUSE_PLACE_PREPS | {"of"}:
                code = _code_at([token]) or next((code_of(c.text) for c in token.children if code_of(c.text)), None)
                if code is None and token.pos_ == "PROPN" and token.ent_type_ in ("", "GPE", "LOC", "ORG", "FAC"):
                    code = geo.city_country(token.text)
                if code:
                    return code
    return None


def _ethnic(head: Token) -> bool:
    plural_people = head.tag_ in ("NNS", "NNPS") and code_of(head.text) is not None
    stateless = any(c.lower_ in STATELESS for c in head.children if c.dep_ in ("amod", "compound"))
    return plural_people or stateless or _ethnic_word(head)


def _ethnic_word(head: Token) -> bool:
    """"ethnic Albanians", and "ethnic Albanian guerrillas" where "ethnic" modifies the adjective."""
    modifiers = [c for c in head.children if c.dep_ in ("amod", "compound")]
    return any(t.lower_ == "ethnic" for m in modifiers for t in (m, *m.children))


def _is_troops(token: Token) -> bool:
    return SECTOR_WORDS.get(token.lower_) == "MIL"


def _code_at(tokens: list[Token]) -> str | None:
    for token in tokens:
        if _opposed_to(token):
            continue
        if token.ent_type_ and token.ent_iob_ in ("B", "I"):
            ent = entity_at(token)
            if ent is not None:
                code = code_of(ent.text) or code_of(re.sub(r"^(the|The)\s+", "", ent.text))
                if code:
                    return code
        code = code_of(token.text)
        if code and token.lower_ in ETHNIC_GROUPS and _first_name(token):
            code = None
        known = builtin().lookup(token.text) if not code and token.pos_ == "PROPN" else None
        if known is not None and known.type != "person" and known.country:
            code = known.country
        if not code and token.i + 1 < len(token.doc):
            code = place_code(f"{token.lower_} {token.doc[token.i + 1].lower_}")
        if code:
            return code
    return None


def _first_name(token: Token) -> bool:
    """"Karen Bass" is a person: a people's name followed by a proper noun is a first name."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return following is not None and following.pos_ == "PROPN" and following.ent_type_ == "PERSON"


def _opposed_to(token: Token) -> bool:
    """"an anti-Syria journalist" is no Syrian: a country after "anti-" is what the phrase is against."""
    doc = token.doc
    if token.lower_.startswith("anti-"):
        return True
    return token.i >= 2 and doc[token.i - 1].text == "-" and doc[token.i - 2].lower_ in ("anti", "pro")


def _sector(head: Token) -> str | None:
    words = [head.lower_] + [c.lower_ for c in head.children if c.dep_ in ("compound", "amod")]
    for word in words:
        if word in SECTOR_WORDS:
            return SECTOR_WORDS[word]
    return None


def _generic(head: Token, sector: str | None) -> Actor | None:
    """An uncoded actor: a named organisation or person, or a sector group ("troops")."""
    if head.ent_type_ in ("ORG", "PERSON", "NORP") and head.pos_ == "PROPN":
        ent = entity_at(head)
        name = re.sub(r"^(the|The)\s+", "", ent.text if ent is not None else head.text)
        kind = "person" if head.ent_type_ == "PERSON" else "organisation"
        if kind == "organisation" and head.lower_ in NGO_HEADS:
            return Actor(id=slugify(name), name=name, country="NGO", type=kind, sector="NGO")
        return Actor(id=slugify(name), name=name, type=kind)  # type: ignore[arg-type]
    peacekeeping = head.lower_ in PEACEKEEPING or any(c.lower_ in PEACEKEEPING for c in head.children
                                                      if c.dep_ in ("compound", "amod"))
    if peacekeeping and not any(c.dep_ == "poss" for c in head.children):  # "its peacekeeping forces" are the UN's
        name = " ".join(t.lower_ for t in head.subtree if t.dep_ in ("compound", "amod") or t.i == head.i)
        return Actor(id=slugify(name), name=name, country="IGO", type="group", sector="MIL")
    if sector == "NGO" and any(c.lower_ in NGO_WORDS for c in head.children if c.dep_ in ("compound", "amod")):
        name = " ".join(t.lower_ for t in head.subtree if t.dep_ in ("compound", "amod") or t.i == head.i)
        return Actor(id=slugify(name), name=name, country="NGO", type="organisation", sector="NGO")
    if sector is not None and head.pos_ == "NOUN":
        return Actor(id=slugify(head.lower_), name=head.lower_, type="group", sector=sector)
    return None


# -- linking articles ------------------------------------------------------------

def canonical(actor: Actor, dictionary: Dictionary) -> Actor:
    """The dictionary's actor for this one, or the actor itself."""
    if actor.id in dictionary.by_id:
        return dictionary.by_id[actor.id]
    found = dictionary.lookup(actor.name)
    if found is None and actor.type == "person" and " " not in actor.name.strip():
        found = _unique_surname(actor.name, dictionary)
    if found is None or (found.type == "person") != (actor.type == "person"):
        return actor
    if actor.country and found.country and actor.country != found.country:
        return actor
    return _merge(found, actor)


def _unique_surname(name: str, dictionary: Dictionary) -> Actor | None:
    matches = {i for i in dictionary.by_surname.get(name.lower(), set())
               if i in dictionary.by_id and dictionary.by_id[i].type == "person"}
    return dictionary.by_id[matches.pop()] if len(matches) == 1 else None


def canonicalise(article: Article, dictionary: Dictionary) -> None:
    """Rewrite every actor the article mentions onto its canonical actor, in place.

    In place because attributions and events hold the same actors by
    reference; each object found is updated, so ids stay consistent.
    """
    for actor in _every_actor(article):
        found = canonical(actor, dictionary)
        if found is not actor:
            actor.id, actor.name, actor.country = found.id, found.name, found.country or actor.country
            actor.type, actor.sector = found.type, found.sector or actor.sector
            actor.aliases = list(dict.fromkeys([*found.aliases, *actor.aliases]))
            actor.title = actor.title or found.title
    unique: dict[str, Actor] = {}
    for actor in article.actors:
        unique.setdefault(actor.id, actor)
    article.actors = list(unique.values())


def _every_actor(article: Article) -> Iterator[Actor]:
    yield from article.actors
    for item in article.attributions:
        if item.speaker is not None:
            yield item.speaker
    for event in article.events:
        for actor in (event.source, event.target):
            if actor is not None:
                yield actor


def with_surname_alias(actor: Actor) -> Actor:
    """People get their surname as an alias, so a later "Putin" links to "Vladimir Putin"."""
    if actor.type == "person" and " " in actor.name:
        surname = actor.name.split()[-1]
        if surname not in actor.aliases:
            actor.aliases.append(surname)
    return actor


class StoredActors:
    """The built-in and stored actors as one dictionary, for linking each article saved.

    Reading the whole actors table for every article would make a batch's saves
    slow down as the store grows, so the dictionary is read once, and the actors
    each save writes are added to it. Another process writing the same store
    changes the table's row count, and the next save reads it afresh; aliases
    another process adds to an actor already known are seen after that.
    """

    def __init__(self) -> None:
        self.dictionary: Dictionary | None = None
        self.rows = -1

    def current(self, conn) -> Dictionary:  # noqa: ANN001 - a SQLAlchemy Connection
        from sqlalchemy import func, select

        from saywho import schema
        from saywho.store import actor_from_row

        rows = conn.execute(select(func.count()).select_from(schema.actors)).scalar_one()
        if self.dictionary is None or rows != self.rows:
            self.dictionary = builtin().copy()
            self.remember(actor_from_row(row) for row in conn.execute(select(schema.actors)).mappings())
            self.rows = rows
        return self.dictionary

    def remember(self, actors: Iterable[Actor]) -> None:
        """Add stored actors: over a built-in entry of the same id, or as themselves."""
        assert self.dictionary is not None
        for stored in actors:
            if stored.id in builtin().by_id:
                self.dictionary.add(_over_builtin(stored, builtin().by_id[stored.id]))
            elif stored.aliases:
                self.dictionary.add(stored)
            else:
                self.dictionary.by_id.setdefault(stored.id, stored)

    def saved(self, conn, actors: list[Actor]) -> None:  # noqa: ANN001 - a SQLAlchemy Connection
        """After a save in this process: keep the dictionary in step without reading the table again."""
        from sqlalchemy import func, select

        from saywho import schema

        if self.dictionary is None:
            return
        self.remember(Actor.from_dict(a.to_dict()) for a in actors)
        self.rows = conn.execute(select(func.count()).select_from(schema.actors)).scalar_one()


def link_actors(conn, article: Article, stored: StoredActors | None = None) -> None:  # noqa: ANN001
    """Before saving: map the article's actors onto the built-in and stored dictionaries."""
    dictionary = (stored or StoredActors()).current(conn)
    canonicalise(article, dictionary)
    for actor in _every_actor(article):
        with_surname_alias(actor)


def _over_builtin(stored: Actor, shipped: Actor) -> Actor:
    """A stored actor with a built-in's id: the user's entry is the later addition, so its type wins."""
    merged = _merge(shipped, stored)
    merged.type = stored.type or shipped.type
    merged.aliases = list(dict.fromkeys([*merged.aliases, *stored.aliases]))
    return merged


def import_dictionary(store, path: Path) -> int:  # noqa: ANN001 - a saywho Store
    """Add (or update) the file's actors in the store; returns how many were read."""
    actors = read_dictionary(path)
    with store.engine.begin() as conn:
        for actor in actors:
            store.upsert_actor(conn, actor)
    store.actors_changed()
    return len(actors)
