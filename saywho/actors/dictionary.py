"""The actor dictionary: names and aliases to CAMEO actor codes, read from PETRARCH2's Phoenix dictionaries,
the shipped CSVs layered on top, and the store (docs/actors.md)."""

from __future__ import annotations

import contextlib
import csv
import dataclasses
import re
import unicodedata
from collections.abc import Iterable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from saywho.actors import phoenix
from saywho.actors.countries import CONGO, DEMONYMS, country_code, country_name, place_code
from saywho.attribution import speakers
from saywho.attribution.speakers import slugify
from saywho.model import Actor

BUILTIN = Path(__file__).parents[1] / "data" / "actors.csv"
# Heads of state and government, foreign ministers and IGO chiefs since the 1980s, with their
# countries: world knowledge a sentence does not spell out ("President Dos Santos" is Angolan); then those of
# 1945-2015 and the rebels, opposition leaders, IGOs and NGOs of wire news the layers below lacked, and
# corrections of people Phoenix codes wrongly (session 57; docs/actors.md).
LEADERS = Path(__file__).parents[1] / "data" / "leaders.csv"
# Bodies of 1945-2020 that wire news names as actors (armed and liberation movements, parties, juntas, security
# services, state media, unions, state companies, legislatures), written region by region, and corrections of bodies
# Phoenix codes by a region, with no country or as a person (session 58; docs/actors.md).
BODIES = Path(__file__).parents[1] / "data" / "bodies.csv"
# The second tier of people wire news names (ministers, army and police chiefs, opposition, party, rebel and union
# leaders, judges, envoys, dissidents) of 1945-2024, written region by region (session 59; docs/actors.md). Named in
# full only: a surname alone still names the prominent person of the layers above ("Mubarak").
PEOPLE = Path(__file__).parents[1] / "data" / "people.csv"

# Group words CAMEO codes to a country though they are no demonym of it: "Taliban"
# fighters are Afghan, Jewish settlers Israeli, a "US-led" force American.
CAMEO_GROUPS = {
    "albanians": "ALB",
    "croats": "HRV",
    "iraqis": "IRQ",
    "israelis": "ISR",
    "jewish": "ISR",
    "kurdish": "IRQ",
    "moslem": None,
    "palestinians": "PSE",
    "serbs": "SRB",
    "soviet": "SUN",
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
            "ambassador", "embassy", "regime", "state", "junta", "secretary", "prime", "rulers", "prefect", "prefects",
            # bodies a state sets up to look into something: "a parliamentary commission opened an inquiry"
            "commission", "committee", "inquiry", "ombudsman"},
    "MIL": {"troops", "army", "military", "forces", "force", "soldiers", "soldier", "navy", "aircraft",
            "jets", "warplanes", "helicopters", "gunboats", "commander", "commanders", "peacekeepers",
            "peacekeeping", "artillery", "defence", "defense", "marines", "paratroopers", "paramilitaries",
            "paramilitary", "coastguard", "warship", "warships", "gunships", "drones", "tanks", "servicemen",
            "conscripts", "battalion", "brigade", "regiment", "garrison", "rangers", "commandos", "infantry"},
    "COP": {"police", "policemen", "policeman", "policewoman", "police officers", "patrol", "agents",
            "security forces", "security", "gendarmes", "gendarme", "gendarmerie", "carabinieri", "constables",
            "detectives", "detective", "troopers"},
    "REB": {"rebels", "rebel", "guerrillas", "guerrilla", "insurgents", "militants", "militant", "militia",
            "militias", "fighters", "separatists", "bombers", "hackers", "extremists", "gunmen", "gunman", "bomber",
            "assailant", "assailants", "attacker", "attackers", "sniper", "snipers", "kidnappers", "hijackers",
            "militiamen", "jihadists", "jihadist", "insurgent", "raiders"},
    "OPP": {"opposition", "dissidents", "dissident", "activists", "activist", "demonstrators", "protesters",
            "protestors", "strikers", "rioters", "campaigners", "marchers", "picketers", "pickets", "protester", "protestor",
            "demonstrator"},
    "LEG": {"parliament", "congress", "senate", "assembly", "lawmakers", "legislators", "legislature", "mps",
            "deputies"},
    "JUD": {"court", "judge", "judges", "judiciary", "prosecutor", "prosecutors", "tribunal", "magistrate",
            "magistrates"},
    "MED": {"newspaper", "agency", "media", "journalist", "journalists", "television", "broadcaster"},
    "BUS": {"company", "companies", "firm", "firms", "business", "businesses", "bank", "banks", "consortium",
            "conglomerate", "miner", "carmaker", "automaker", "drugmaker", "chipmaker", "insurer", "lender", "airline",
            "carmakers", "automakers", "drugmakers", "chipmakers", "insurers", "lenders", "airlines", "employer",
            "employers", "retailer", "retailers", "manufacturer", "manufacturers"},
    "CVL": {"civilians", "people", "residents", "villagers", "refugees", "inhabitants", "citizens",
            "immigrants", "youths", "students", "workers", "doctors", "prisoners", "detainees", "settlers",
            "teachers", "farmers", "miners", "nurses", "traders", "drivers", "pensioners", "employees",
            "man", "woman", "men", "women", "person", "persons", "child", "children", "fishermen", "lawyers",
            "attorneys", "schoolgirls", "schoolchildren", "pupils", "worshippers", "pilgrims", "tourists",
            "passengers", "voters", "patients", "mourners", "inmates", "monks", "shopkeepers", "labourers", "laborers", "truckers",
            "crowd", "crowds", "mob", "mobs", "thousands", "hundreds", "relatives", "families", "parents", "survivors",
            "mothers", "veterans", "nationals", "migrants", "dockworkers", "dockers", "steelworkers", "autoworkers",
            "pilots", "firefighters", "cleaners", "mineworkers", "baristas", "railworkers", "busworkers", "crews",
            "controllers", "attendants", "mechanics", "technicians", "machinists", "conductors", "porters",
            "retirees", "petitioners", "southerners", "northerners", "servants", "vendors", "hawkers", "merchants",
            "herders", "nomads", "peasants", "squatters", "graduates", "lecturers", "academics", "professors",
            "artisans", "widows", "homeowners", "tenants", "shoppers", "commuters", "motorists", "consumers",
            "taxpayers", "parishioners", "seafarers", "sailors", "supporters",
            # one of them: "a U.S. citizen", "a French tourist" (not "national": "the National Guard")
            "citizen", "resident", "tourist", "student", "civilian", "refugee", "migrant", "villager",
            "farmer", "teacher", "doctor", "nurse", "worker", "pilgrim", "passenger", "fisherman", "prisoner",
            "detainee", "businessman", "businesswoman", "aid worker", "settler", "colonist"},  # "Thousands protested …": people, counted
    "PTY": {"party", "parties"},
    "LAB": {"union", "unions", "unionists", "unionist"},  # CAMEO LAB: "the unions", "Italy's transport unions"
    "CRM": {"gang", "gangs", "gangsters", "cartel", "cartels", "traffickers", "smugglers", "bandits", "pirates",
            "criminals", "mafia", "suspects", "robbers", "thieves", "poachers", "drug-traffickers"},
    "NGO": {"ngo", "charity", "group", "organization", "organisation", "watchdog", "association", "society",
            "foundation", "federation"},
}
SECTOR_WORDS = {word: sector for sector, words in SECTORS.items() for word in words}
# Words of a title that make its holder a state's, whatever other word the title has ("Defence Minister" is in
# the government: Phoenix's DEFENSE_MINISTER is GOVMIL), and ranks that open a soldier's title.
GOVERNMENT_TITLES = frozenset({"minister", "ministry", "premier", "chancellor", "secretary"})
RANKS = frozenset({"general", "gen.", "colonel", "col.", "admiral", "brigadier", "lieutenant", "marshal"})
TITLE_SECTORS = {"senator", "sen.", "congressman", "congresswoman", "lawmaker", "legislator", "mp", "speaker"}


def title_sector(title: str, offices_only: bool = False) -> str | None:
    """The sector a person's title gives ("Economy Minister" GOV, "army spokesman" MIL, "Brigadier General" MIL,
    "Senator" LEG); none for a former office (Phoenix codes former leaders as elites, not as their office).
    ``offices_only``: only words no company or armed group uses for its own people ("Toyota President Akio
    Toyoda", "Hamas spokesman" are no state's), for a title read without the words around it."""
    words = title.lower().replace("-", " ").split()
    if not words or {"former", "ex", "late", "then"} & set(words):
        return None
    if GOVERNMENT_TITLES & set(words):
        return "GOV"
    if words[0] in RANKS:
        return "MIL"
    if TITLE_SECTORS & set(words):
        return "LEG"
    if offices_only:
        return next((SECTOR_WORDS[w] for w in words if SECTOR_WORDS.get(w) in ("MIL", "COP", "JUD", "LEG")), None)
    return next((SECTOR_WORDS[w] for w in words if w in SECTOR_WORDS), None)


# Bodies the dictionary gives one state though many states have one of that name ("the Joint Chiefs of Staff said",
# under a Seoul dateline, are South Korea's).
HOMELESS_BODIES = frozenset({"joint chiefs of staff", "coast guard", "national security council", "supreme court",
                             "constitutional court", "national assembly", "border guard", "national guard"})
# Sectors that are a state's own bodies, and codes in the country slot that are no state.
STATE_BODIES = {"GOV", "MIL", "COP", "JUD", "LEG"}
NON_STATE = {"IGO", "NGO", "EUR", "WST", "AFR", "ASA", "MEA", "BLK", "LAM", "SCN", "PGS"}
SECTOR_NAMES = {"GOV": "government", "MIL": "military", "COP": "police", "REB": "rebels", "OPP": "opposition",
                "LEG": "legislature", "JUD": "judiciary", "MED": "media", "BUS": "business", "CVL": "civilians",
                "PTY": "party", "NGO": "group", "CRM": "criminals", "LAB": "unions"}
# What makes an unnamed group a non-governmental organisation: "a human rights group" is CAMEO NGO.
NGO_WORDS = {"rights", "humanitarian", "aid", "relief", "charity", "advocacy", "watchdog", "environmental"}
# Named organisations of these kinds with no state in their name are non-governmental: "the Association of
# African Jurists" (CAMEO NGO); a state's own bodies carry its name or are in the dictionary.
NGO_HEADS = {"association", "society", "foundation", "federation", "watch", "international"}
# Parties called by their members' name, which the tagger takes for a people (NORP): "the Conservatives",
# "Republicans" (CAMEO PTY).
PARTY_MEMBERS = {"conservatives", "tories", "democrats", "republicans", "socialists", "liberals", "greens",
                 "communists", "nationalists", "labourites", "peronists", "chavistas", "gaullists", "unionists",
                 "loyalists", "islamists", "populists"}
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


# The date of the article being coded (YYYYMMDD), for actors whose code changes over time (see on_date).
_WHEN: ContextVar[int | None] = ContextVar("saywho_article_date", default=None)
# Where a spaCy Doc may carry its article's date: ``doc.user_data[DATE_KEY] = article.published``.
DATE_KEY = "saywho_published"


@contextlib.contextmanager
def on_date(when: object) -> Iterator[None]:
    """Code date-ranged actors as on ``when`` (ISO 8601 text, date or datetime; None: their latest code)."""
    token = _WHEN.set(phoenix.as_day(when))
    try:
        yield
    finally:
        _WHEN.reset(token)


class Dictionary:
    """Canonical actors by lower-cased alias; later additions win over earlier ones.

    Actors read from Phoenix with date-ranged codes keep their ranges in ``dated``: :meth:`lookup` and
    :meth:`at_date` give the code valid on the article's date (:func:`on_date`), else the latest one."""

    def __init__(self, actors: Iterable[Actor] = ()) -> None:
        self.by_alias: dict[str, Actor] = {}
        self.by_acronym: dict[str, Actor] = {}  # "IRA" matches "IRA", not the name "Ira"
        self.by_id: dict[str, Actor] = {}
        self.by_surname: dict[str, set[str]] = {}  # people's ids by lower-cased last name
        # people of three names or more by their given name and a later one, by their names after the first, and how
        # many carry each later name: the indexes of :meth:`_short_form`
        self.by_given_later: dict[tuple[str, str], set[str]] = {}
        self.by_tail: dict[str, set[str]] = {}
        self.later_names: dict[str, set[str]] = {}
        self.dated: dict[str, phoenix.Coded] = {}  # actor id → its Phoenix codes with their dates
        self.layered: set[str] = set()  # ids added by add_over (the CSV layer): not replaced by a later row
        self._found: dict[str, Actor | None] = {}  # lookups so far, before dating (a hot path; emptied by add)
        self._spelled: dict[str, set[str]] | None = None  # people by their names' skeletons, made on first use
        for actor in actors:
            self.add(actor)

    def add(self, actor: Actor, surname: bool = True) -> None:
        self._found.clear()
        self._spelled = None
        self.by_id[actor.id] = actor
        for alias in (actor.name, *actor.aliases):
            if alias != actor.name and _acronym(alias):  # a name matches as written in any case ("Unita")
                self.by_acronym[alias] = actor
                continue
            key = _key(alias)
            if key:
                self.by_alias[key] = actor
        if actor.type == "person" and actor.name.split():
            if surname:
                for key in surnames(actor):
                    self.by_surname.setdefault(key, set()).add(actor.id)
            self._index_short(actor)

    def _index_short(self, person: Actor) -> None:
        words = _key(person.name).split()
        if len(words) > 2 and not PARTICLES.intersection(words):
            for word in words[1:]:
                self.by_given_later.setdefault((words[0], word), set()).add(person.id)
                self.later_names.setdefault(word, set()).add(person.id)
        if len(words) == 3:
            self.by_tail.setdefault(" ".join(words[1:]), set()).add(person.id)

    def _short_form(self, key: str) -> Actor | None:
        """A person named shorter than the dictionary names them, when one known person has that shorter name and
        the name it ends on is no given name and no common one ("Jose Garcia", "John Smith" name no one)."""
        words = key.split()
        if len(words) < 2 or len(words[-1]) < 5 or len(self.later_names.get(words[-1], ())) > COMMON_NAME \
                or all(word in phoenix.GENERIC_WORDS for word in words):
            return None  # (a title names no one: "Foreign Minister" is not Phoenix's "Foreign Minister Abdullah")
        return self._without_first_name(words) or self._without_mothers_name(words) or self._without_initial(words)

    def _person(self, ident: str) -> bool:
        """Whether the id is still a person's: a later layer may have made a body of what Phoenix typed a person
        ("Syrian National Council"), and a short form names people only."""
        return ident in self.by_id and self.by_id[ident].type == "person"

    def _without_first_name(self, words: list[str]) -> Actor | None:
        """"Sekou Toure" is "Ahmed Sekou Toure"; not a family name written first ("Chin Peng" is no "Chu Chin
        Peng")."""
        tail = [self.by_id[i] for i in self.by_tail.get(" ".join(words), ()) if self._person(i)] \
            if len(words) == 2 and words[0] not in phoenix.first_names() else []
        return tail[0] if len(tail) == 1 and len(_key(tail[0].name).split()[0]) > 3 else None

    def _without_mothers_name(self, words: list[str]) -> Actor | None:
        """"Omar Torrijos" is "Omar Torrijos Herrera": Spanish and Portuguese names cut before the mother's surname
        (not "Juan Carlos" for Juan Carlos Holguin: its last word is a given name)."""
        if len(words) > 3 or PARTICLES.intersection(words) or words[-1] in phoenix.first_names():
            return None  # never for names of Arabic form: "Ahmed Hassan" begins many people's names
        found = [self.by_id[i] for i in self.by_given_later.get((words[0], words[-1]), ()) if self._person(i)]
        found = [a for a in found if _in_order(words, full := _key(a.name).split()) and full[-2] == words[-1]]
        return found[0] if len(found) == 1 else None

    def _without_initial(self, words: list[str]) -> Actor | None:
        """"Robert Kennedy" is "Robert F. Kennedy": a name written without the middle initial, when one known person
        has those first and last names around one initial."""
        if len(words) != 2:
            return None
        found = [self.by_id[i] for i in self.by_given_later.get((words[0], words[1]), ()) if self._person(i)]
        found = [a for a in found if len(full := _key(a.name).split()) == 3 and full[0] == words[0]
                 and full[2] == words[1] and len(full[1].rstrip(".")) == 1]
        return found[0] if len(found) == 1 else None

    def add_over(self, actor: Actor, surname: bool = True) -> None:
        """Add an actor that wins over the entries it shares its name or an alias with (the CSV layer over
        Phoenix): a replaced entry's other names lead to this actor, and its dates go unless the codes agree.
        ``surname``: whether its surname alone may name it (:meth:`by_surname_alone`)."""
        kind = actor.type == "person"
        replaced: dict[str, Actor] = {}
        for alias in (actor.name, *actor.aliases):
            old = self.by_acronym.get(alias) if alias != actor.name and _acronym(alias) else self.by_alias.get(_key(alias))
            if old is not None and old.id != actor.id and (old.type == "person") == kind and old.id not in self.layered:
                replaced[old.id] = old  # an entry of the layer below; two CSV rows sharing an alias: the later wins
        if actor.id in self.by_id:
            replaced[actor.id] = self.by_id[actor.id]
        for old in replaced.values():
            for alias in (old.name, *old.aliases):
                if alias != old.name and _acronym(alias):
                    if self.by_acronym.get(alias) is old:
                        self.by_acronym[alias] = actor
                elif self.by_alias.get(_key(alias)) is old:
                    self.by_alias[_key(alias)] = actor
            if old.id != actor.id:
                self.by_id.pop(old.id, None)
                if old.type == "person" and old.name.split():
                    for key in surnames(old):
                        self.by_surname.get(key, set()).discard(old.id)
            coded = self.dated.pop(old.id, None)
            if coded is not None and coded.split() == (actor.country, actor.sector):
                self.dated[actor.id] = coded  # the same code today: Phoenix's dates still hold
        self.layered.add(actor.id)
        self.add(actor, surname)

    def copy(self) -> Dictionary:
        other = Dictionary()
        other.by_alias, other.by_id = dict(self.by_alias), dict(self.by_id)
        other.by_acronym = dict(self.by_acronym)
        other.by_surname = {k: set(v) for k, v in self.by_surname.items()}
        other.by_given_later = {k: set(v) for k, v in self.by_given_later.items()}
        other.by_tail = {k: set(v) for k, v in self.by_tail.items()}
        other.later_names = {k: set(v) for k, v in self.later_names.items()}
        other.dated = dict(self.dated)
        other.layered = set(self.layered)
        return other

    def lookup(self, text: str) -> Actor | None:
        if text in self._found:
            found = self._found[text]
        else:
            if len(self._found) > 200_000:  # a server reading for months asks ever new phrases
                self._found.clear()
            found = self._found[text] = self._undated(text)
        if found is not None and found.country == "RUS" and country_code(text) == "SUN":  # a Soviet-era seat
            if found.sector == "GOV":
                return dataclasses.replace(found, id="soviet-government", name="Soviet government", country="SUN")
            return dataclasses.replace(found, id=f"{found.id}-ussr", country="SUN")  # TASS, the Soviet agency
        return self.at_date(found) if found is not None and found.id in self.dated else found

    def _undated(self, text: str) -> Actor | None:
        bare = re.sub(r"^(the|The)\s+", "", re.sub(r"(’s|'s)$", "", text.strip()))
        key = _key(text)
        found = self.by_acronym.get(bare) or self.by_alias.get(key)
        if found is not None and bare.isalpha() and bare.islower() and found.name[:1].isupper():
            return None  # "the amnesty law" names no Amnesty International: one word in lower case is no name
        if found is None and (spelled := _other_spelling(key)) != key:
            found = self.by_alias.get(spelled)  # "Organisation of African Unity" is PETRARCH's "Organization of …"
        if found is None and "-" in key:
            found = self.by_alias.get(key.replace("-", " "))  # "Chun Doo-hwan" is PETRARCH's "CHUN_DOO_HWAN"
        if found is None and bare[:1].isupper():
            found = self._short_form(key) or self._spelled_otherwise(key) or self._untitled(bare) \
                or self._by_initials(bare)
        if found is None and (rest := re.sub(r"^(?:Acting|Interim|Caretaker)\s+", "", bare)) != bare:
            found = self._undated(rest)  # "Acting Metropolitan Police (Commissioner …)": the tagger took the
            # holder's qualifier into the body's name
        return found

    def _by_initials(self, name: str) -> Actor | None:
        """"J.R. Jayewardene", "P. W. Botha", "S.W.R.D. Bandaranaike": a person named by the initials of the given
        names, when one known person of that surname has given names with those initials."""
        words = name.replace(".", ". ").split()
        if len(words) < 2 or not all(re.fullmatch(r"[A-Z]\.", w) for w in words[:-1]) or not words[-1][:1].isupper():
            return None
        initials = "".join(w[0] for w in words[:-1])
        people = [self.by_id[i] for i in self.by_surname.get(surname_key(words[-1]), ()) if self._person(i)]
        matching = [p for p in people if "".join(w[0] for w in p.name.split()[:-1]).upper() == initials]
        return matching[0] if len(matching) == 1 else None

    def _untitled(self, name: str) -> Actor | None:
        """A known person named with a title the dictionary does not write ("King Gyanendra", "Emperor Haile
        Selassie", "President Gbagbo"): the name after the title words, when it is a person's."""
        bare = untitled(name, TITLES)
        found = self._undated(bare) if bare is not None else None
        return found if found is not None and found.type == "person" else None

    def _spelled_otherwise(self, key: str) -> Actor | None:
        """A person whose name is written in another romanisation ("Houari Boumediene" is Phoenix's "Houari
        Boumedienne", "Reckya Madougou" its "Reckia", "Tsakhiagiin" its "Tsakhiagiyn"), when one known person's
        name of two or more words has that skeleton."""
        if " " not in key:
            return None
        spelled = self._spelled  # built whole, then published: a server's threads read it while the store adds
        if spelled is None:
            spelled = {}
            for person in [a for a in list(self.by_id.values()) if a.type == "person"]:
                for name in (person.name, *person.aliases):
                    if " " in name.strip():
                        spelled.setdefault(skeleton(name), set()).add(person.id)
            self._spelled = spelled
        found = spelled.get(skeleton(key), set())
        return self.by_id.get(next(iter(found))) if len(found) == 1 else None

    def by_surname_alone(self, name: str) -> Actor | None:
        """A person a sentence names by surname alone ("Clinton met Zelaya"), when the dictionary's people of that
        surname (twelve at most: "Aliyev", "Barzani", "Zhou") are of one state only: Manuel Zelaya of Honduras (the
        Central American Parliament's Ilsa Diaz Zelaya, an IGO's, does not count); "Brown" or "Kim" name no one."""
        if " " in name or not name[:1].isupper() or not name.isalpha() or name.isupper() and len(name) > 1:
            return None  # (nor an acronym: "SIM cards" are no Chea Sim's)
        people = [self.at_date(self.by_id[i]) for i in self.by_surname.get(surname_key(name), ()) if self._person(i)
                  and not _particle_surname(self.by_id[i].name)]
        states = {p.country for p in people if p.country and p.country not in NON_STATE}
        if len(states) != 1 or len(people) > 12:
            return None
        # the same one every run: one whose last name it is first (whose name the sentence then ends on), then a
        # shipped leader, then one in government
        key = surname_key(name)
        return min((p for p in people if p.country in states),
                   key=lambda p: (surname_key(p.name) != key, p.id not in self.layered, p.sector != "GOV", p.id))

    def at_date(self, actor: Actor, when: object = None) -> Actor:
        """The actor with the code valid on ``when`` (default: the date set by :func:`on_date`; with none, the
        latest code, which the stored actor already has). A copy when the code differs."""
        coded = self.dated.get(actor.id)
        day = phoenix.as_day(when) if when is not None else _WHEN.get()
        if coded is None or day is None:
            return actor
        country, sector = coded.split(day)
        if (country, sector) == (actor.country, actor.sector) or country is None:
            return actor
        return dataclasses.replace(actor, country=country, sector=sector, aliases=list(actor.aliases))

    def __len__(self) -> int:
        return len(self.by_id)


# Words that open a European surname ("David Le Breton", "Miguel de la Madrid"): the last word alone is not his name.
SURNAME_PARTICLES = frozenset({"le", "la", "de", "du", "des", "da", "di", "del", "della", "van", "von", "der", "den",
                               "ter", "ten", "dos", "das"})


def _particle_surname(name: str) -> bool:
    """"Breton fishermen" are no Anguillan's, though Phoenix lists a David Le Breton: a surname that opens with a
    particle is never written as its last word alone (nobody writes "Klerk" for de Klerk)."""
    words = name.split()
    return len(words) > 2 and words[-2].lower() in SURNAME_PARTICLES


def surname_key(name: str) -> str:
    """A person's last name as the surname index keeps it: lower-cased, without accents, so that "Pérez" counts
    with every Perez the dictionary knows."""
    return _key(name.split()[-1])


def surnames(person: Actor) -> list[str]:
    """The keys a person's surname alone is looked up by: the last name, and the first where an East Asian name
    puts the family name first ("Mao Tse-tung", "Park Chung Hee", "Hun Sen"; not "Jimmy Lai")."""
    keys = [surname_key(person.name)]
    words = person.name.split()
    if person.country in FAMILY_FIRST and len(words) > 1 and words[0].lower() in FAMILY_NAMES:
        keys.append(words[0].lower())
    if person.country in TWO_SURNAMES and len(words) > 2 and _fathers_name(words[-2]):
        keys.append(_key(words[-2]))
    article = next((a for a in ARABIC_ARTICLES if keys[0].startswith(a) and len(keys[0]) > len(a) + 2), None)
    if article is not None:
        keys.append(keys[0][len(article):])  # "Muqtada al-Sadr" is "Sadr", "Abdel Fattah el-Sisi" "Sisi"
    return keys


# The Arabic article joined to a surname, which a later mention often drops.
ARABIC_ARTICLES = ("al-", "el-", "ad-", "ash-", "as-", "at-", "an-", "ar-", "az-")


def _fathers_name(word: str) -> bool:
    """Whether the word before a Spanish name's last is the father's surname, which names the person alone ("Raul
    Cubas Grau" is "Cubas"): not a given name ("Juan Carlos Wasmosy"), not a particle ("de la Madrid")."""
    return len(word) > 3 and word[:1].isupper() and _key(word) not in phoenix.first_names()


# States whose people carry the father's surname and then the mother's: "Raul Cubas Grau" is President Cubas.
TWO_SURNAMES = frozenset({"ESP", "MEX", "GTM", "HND", "SLV", "NIC", "CRI", "PAN", "CUB", "DOM", "PRI", "COL", "VEN",
                          "ECU", "PER", "BOL", "CHL", "ARG", "URY", "PRY", "GNQ"})
# States whose people's names put the family name first, and the commonest such names in English spelling (not
# those that are English words: "He", "Long", "Song", "Son").
FAMILY_FIRST = frozenset({"CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "SGP", "KHM"})
FAMILY_NAMES = frozenset({
    "li", "lee", "wang", "zhang", "chang", "liu", "chen", "chan", "yang", "zhao", "chao", "huang", "wong", "zhou",
    "chou", "wu", "xu", "hsu", "sun", "hu", "zhu", "chu", "gao", "kao", "lin", "lam", "ho", "guo", "kuo", "luo",
    "liang", "leung", "sung", "zheng", "cheng", "xie", "hsieh", "han", "tang", "feng", "fung", "yu", "dong",
    "tung", "xiao", "hsiao", "cao", "tsao", "yuan", "deng", "teng", "fu", "shen", "zeng", "tseng", "peng", "jiang",
    "chiang", "cai", "tsai", "jia", "ding", "wei", "xue", "yan", "dai", "xia", "zhong", "tian", "ren", "fang",
    "shi", "yao", "tan", "liao", "zou", "xiong", "jin", "hao", "bai", "cui", "kang", "mao", "qiu", "qin", "hou",
    "shao", "meng", "duan", "lei", "qian", "yin", "lai", "kim", "park", "pak", "choi", "choe", "jung", "chung",
    "cho", "yoon", "yun", "jang", "lim", "shin", "seo", "kwon", "hwang", "ahn", "yoo", "jeon", "chun", "moon",
    "mun", "bae", "baek", "heo", "roh", "rhee", "ri", "hun", "ma", "xi", "wen", "bo", "lu", "su", "ko", "yeh",
    "lien"})


def _acronym(alias: str) -> bool:
    """An all-capitals alias of letters ("IRA", "KLA") matches only in capitals: "Ira" is a first name."""
    return alias.isalpha() and alias.isupper() and len(alias) <= 6


_BRITISH = {"organisation": "organization", "programme": "program", "defence": "defense", "centre": "center",
            "labour": "labor"}
SPELLINGS = {**_BRITISH, **{american: british for british, american in _BRITISH.items()}}


def skeleton(name: str) -> str:
    """A name as its romanisations share it: no accents, apostrophes or hyphens, y as i, ou as u, ee as i, no
    doubled letters ("N'Guessan" nguesan, "Boumedienne" boumediene, "Tsakhiagiyn" tsakhiagin)."""
    text = "".join(c for c in unicodedata.normalize("NFKD", name.lower()) if not unicodedata.combining(c))
    text = re.sub(r"[^a-z ]", "", text).replace("y", "i").replace("ou", "u").replace("ee", "i")
    return re.sub(r"(.)\1+", r"\1", re.sub(r"\s+", " ", text)).strip()


def _other_spelling(key: str) -> str:
    """The key with British and American spellings swapped, word by word."""
    return re.sub(r"[a-z]+", lambda m: SPELLINGS.get(m.group(), m.group()), key)


def _key(text: str) -> str:
    text = re.sub(r"(’s|'s)$", "", text.strip()).strip(" “”\"'.,")
    text = re.sub(r"^the\s+", "", re.sub(r"\s+", " ", text.lower()))
    if text.isascii():
        return text
    # "Médecins Sans Frontières" is PETRARCH's "Medecins Sans Frontieres": names matched without their accents
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def builtin() -> Dictionary:
    """The dictionary shipped with saywho: PETRARCH2's Phoenix actors (leaders and officials with their dated
    codes, national bodies, armed non-state groups, IGOs and NGOs), with the shipped CSVs on top (seats of
    government, regions, leaders since 2014, the names Phoenix lacks): a CSV entry wins on conflict."""
    dictionary = Dictionary()
    by_alias, by_acronym, by_id, by_surname = (dictionary.by_alias, dictionary.by_acronym, dictionary.by_id,
                                               dictionary.by_surname)
    for coded in phoenix.load()[0]:  # Dictionary.add, with the keys the derived file holds
        actor = Actor(id=coded.id, name=coded.name, country=coded.country, type=coded.type,  # type: ignore[arg-type]
                      sector=coded.sector, aliases=list(coded.aliases))
        by_id[actor.id] = actor
        for alias, key in zip((actor.name, *actor.aliases), coded.keys, strict=True):
            if key == "-":
                by_acronym[alias] = actor
            else:
                by_alias[key or alias.lower()] = actor
        if actor.type == "person":
            for key in surnames(actor):
                by_surname.setdefault(key, set()).add(actor.id)
            dictionary._index_short(actor)
        if coded.ranges:
            dictionary.dated[actor.id] = coded
    for actor in read_csv(PEOPLE):
        dictionary.add_over(actor, surname=False)
    for actor in (*read_csv(LEADERS), *read_csv(BODIES), *read_csv(BUILTIN)):
        dictionary.add_over(actor)
    return dictionary


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


# More people than this with a name among their later names make it too common to name one by it ("Garcia").
COMMON_NAME = 6
# Titles written before a name, the dictionary's entries leaving them out: the attribution's title words, and the
# ranks of monarchs, soldiers and clerics that the news of the past writes ("Emperor", "Sultan", "Marshal", "Ayatollah").
TITLES = frozenset(speakers.TITLE_WORDS | {"emperor", "empress", "sultan", "amir", "shah", "marshal", "field", "ayatollah",
                                           "comrade", "dictator", "strongman", "opposition", "rebel", "major", "crown"})


def untitled(name: str, titles: frozenset[str] | set[str] = speakers.TITLE_WORDS) -> str | None:
    """A name without the title words before it ("Crown Prince Mohammed bin Salman", "Field Marshal Ayub Khan");
    None when it opens with none."""
    words = name.split()
    start = 0
    while start < len(words) - 1 and words[start].lower() in titles:
        start += 1
    return " ".join(words[start:]) if start > 0 else None


# Words of names of Arabic form ("bin", "al"), whose first names run on through several people's.
PARTICLES = frozenset({"bin", "ibn", "bint", "al", "el", "abu", "abd", "ould", "ag", "ben"})


def _in_order(words: list[str], full: list[str]) -> bool:
    """Whether ``words`` are ``full``'s, in its order."""
    rest = iter(full)
    return all(word in rest for word in words)


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
    if key in ("congo", "congolese") and (hint := CONGO.get()) is not None:
        return hint  # the Congo the text's places point to ("the Congolese opposition" in a story from Brazzaville)
    # a place of several words is a name ("the West Bank"); in lower case it is words ("the west bank of the Dnipro")
    place = place_code(key) if " " not in key or any(c.isupper() for c in text) else None
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
    if not text[:1].isupper():
        return None
    return country_code(text) or phoenix_place(key)



def phoenix_place(key: str) -> str | None:
    """The state another name of it in Phoenix's country dictionary names ("bundesrepublik deutschland" → DEU,
    "afganistan" → AFG), or None; never a city's or province's, a function word's or one of three letters or fewer."""
    if len(key) <= 3 or key in phoenix.FUNCTION_WORDS:
        return None
    return phoenix.load()[1].get(key)


def state_code(code: str | None) -> str | None:
    """The code when it is a state's (alpha-3, no IGO, NGO or region), else None."""
    return code if code and len(code) == 3 and code.isalpha() and code not in NON_STATE else None


def actor_of_state(code: str, sector: str | None = None) -> Actor:
    """The canonical actor for a state or one of its sectors: RUS → Russian Federation, RUS/GOV → Russian government."""
    if sector is None:
        name = country_name(code)
        return Actor(id=slugify(name), name=name, country=code, type="state")
    adjective = _adjective(code)
    name = f"{adjective} {SECTOR_NAMES.get(sector, sector.lower())}"
    kind = "group" if sector in ("CVL", "REB", "OPP", "CRM") else "organisation"
    return Actor(id=slugify(name), name=name, country=code, type=kind, sector=sector)  # type: ignore[arg-type]


def _adjective(code: str) -> str:
    preferred = {"USA": "United States", "GBR": "British", "PSE": "Palestinian", "KOR": "South Korean",
                 "PRK": "North Korean", "ARE": "Emirati", "CZE": "Czech", "NLD": "Dutch", "LKA": "Sri Lankan",
                 # adjectives of two words, and one ending in "s", which the plural check below passes over
                 "ZAF": "South African", "SSD": "South Sudanese", "CHE": "Swiss", "CAF": "Central African",
                 "CRI": "Costa Rican", "PRI": "Puerto Rican", "SLE": "Sierra Leonean", "PNG": "Papua New Guinean",
                 "CPV": "Cape Verdean", "DDR": "East German", "LCA": "Saint Lucian"}
    if code in preferred:
        return preferred[code]
    for word, value in DEMONYMS.items():
        if value == code and " " not in word and not word.endswith("s"):
            return word.capitalize()
    return country_name(code)
