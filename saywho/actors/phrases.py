"""Actor codes for phrases of the parse: a noun phrase, a named entity, a group of people, a place, read
against the actor dictionary ("Russian troops" → RUSMIL, "the Kurdish fighters" → KURREB)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Span, Token

from saywho.actors import geo
from saywho.actors.countries import (
    FORMER_NAMES,
    after_ethnic,
    country_name,
    covering_country,
    in_personal_name,
    indian_union,
    of_a_continent,
    of_its_past,
    place_code,
    token_country,
)
from saywho.actors.dictionary import (
    ALLY_HEADS,
    CLAUSE_PLACE_PREPS,
    DATE_KEY,
    ETHNIC_GROUPS,
    LOCATION_PREPS,
    MEMBERS,
    NGO_HEADS,
    NGO_WORDS,
    NON_STATE,
    PARTY_MEMBERS,
    PEACEKEEPING,
    QUANTITIES,
    REGIONS,
    SECTOR_WORDS,
    SECTORS,
    STATELESS,
    Dictionary,
    actor_of_state,
    builtin,
    code_of,
    on_date,
    state_code,
    title_sector,
    untitled,
)
from saywho.attribution.lexicon import LABOUR_WORDS, census_names, first_names
from saywho.attribution.speakers import LOCAL_OFFICES, NAME_TITLES, PRONOUNS, TITLE_WORDS, Register, slugify
from saywho.doctext import text_of
from saywho.model import Actor


def code_phrase(head: Token, register: Register | None = None, dictionary: Dictionary | None = None) -> Actor | None:
    """The actor a noun phrase headed by ``head`` refers to, coded CAMEO-style, or None.

    People named in the article come from the register (with their country);
    known organisations and seats of government from the dictionary; the rest
    from the country words in the phrase and its head noun's sector.
    """
    dictionary = dictionary or builtin()
    when = head.doc.user_data.get(DATE_KEY) if head.doc.user_data else None
    if when is not None:
        with on_date(when):  # people's codes as on the article's date
            return _code_phrase(head, register, dictionary)
    return _code_phrase(head, register, dictionary)


# "the North" and "the South" in a story about the two Koreas.
KOREAN_CONTEXT = re.compile(r"\b(?:South Korea|North Korea|Seoul|Pyongyang|Koreas?n?)\b")


def _korea_by_side(head: Token) -> Actor | None:
    """"South Korea urged the North to return to dialogue": the side named alone is that Korea."""
    if head.lower_ not in ("north", "south") or not head.text[:1].isupper() or any(
            c.dep_ in ("compound", "amod") for c in head.children) or head.dep_ == "compound" \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return None
    if not KOREAN_CONTEXT.search(text_of(head.doc)):
        return None
    code = "PRK" if head.lower_ == "north" else "KOR"
    return Actor(id=slugify(country_name(code)), name=country_name(code), country=code, type="state")


# The prefixes of navies' ship names: "USS Carney" is an American warship, not Mark Carney.
SHIP_PREFIXES = {"USS": "USA", "USNS": "USA", "USCGC": "USA", "HMS": "GBR", "RFA": "GBR", "HMAS": "AUS",
                 "HMCS": "CAN", "HMNZS": "NZL", "INS": "IND", "ROKS": "KOR", "HNLMS": "NLD", "HDMS": "DNK",
                 "HNoMS": "NOR", "HSwMS": "SWE", "TCG": "TUR", "PNS": "PAK", "KRI": "IDN", "BRP": "PHL",
                 "RFS": "RUS", "ESPS": "ESP", "FGS": "DEU", "RSS": "SGP"}


def _warship(span: Span) -> Actor | None:
    """A navy's ship named with its prefix ("the USS Carney", "HMS Diamond", "BRP Sierra Madre"): its state's
    military."""
    prefix = next((t for t in span if t.text in SHIP_PREFIXES and t.i + 1 < len(span.doc)
                   and span.doc[t.i + 1].text[:1].isupper()), None)
    if prefix is None:
        return None
    name = " ".join(t.text for t in span if t.i >= prefix.i)
    return Actor(id=slugify(name), name=name, country=SHIP_PREFIXES[prefix.text], type="group", sector="MIL")


def _code_phrase(head: Token, register: Register | None, dictionary: Dictionary) -> Actor | None:
    counted = _counted(head)
    people = counted is not head and counted.tag_ == "NNPS" and (
        counted.ent_type_ == "NORP" or regional_people(counted) is not None)  # "hundreds of Sabahans"
    head = counted
    if (side := _korea_by_side(head)) is not None:
        return side
    if _inside_place_name(head):
        return None  # "Spain" in "Port of Spain": a word of another place's name
    if head.lemma_.lower() in ("party", "side") and head.tag_ == "NNS" and any(
            c.lower_ in ("all", "both", "two", "warring", "conflicting", "rival", "opposing") for c in head.children) \
            and not any(c.pos_ == "PROPN" or c.ent_type_ or c.dep_ == "prep" for c in head.children):
        return None  # "urged all parties to show restraint", "both warring parties": the sides, no political party
    if (head.lemma_.lower() in CURRENCIES or head.dep_ in ("compound", "nmod", "amod")
            and head.head.lemma_.lower() in CURRENCIES and not _before_sum(head)) and not _body_named_on(head, dictionary):
        return None  # "salaries in US dollars": money, no one's act (but "the Control Yuan" is Taiwan's watchdog)
    if city_treaty(head) and not any(c.dep_ == "prep" for c in head.children):
        return None  # "the Ottawa Convention", "the Paris Agreement": a treaty named after a city is no one (its
        # parties, "the Helsinki agreement between Jakarta and Aceh rebels", are)
    tokens = phrase_tokens(head)
    if head.lemma_.lower() in MISSIONS | ENVOYS or any(code_of(t.text) for t in tokens if t.i < head.i):
        # "the Malaysian embassy in Jakarta" is Malaysia's, not its host's; "the Nigerian High Commission staff in
        # London" are Nigerian
        # (and "the Russian ambassador to the United Nations" is Russia's envoy, not the UN's)
        posts = ("in", "at", "to") if head.lemma_.lower() in ENVOYS and any(
            code_of(t.text) for t in head.lefts if t.dep_ in ("amod", "compound", "poss", "nmod")) else ("in", "at")
        hosted = {t.i for c in head.children if c.dep_ == "prep" and c.lower_ in posts for t in c.subtree}
        tokens = [t for t in tokens if t.i not in hosted]
    if not tokens:
        return None
    span = head.doc[tokens[0].i: tokens[-1].i + 1]
    named = entity_at(head)
    if named is not None and named.label_ == "PERSON" and (named.end > span.end or named.start < span.start) \
            and dictionary.lookup(named.text) is not None:
        # "Moon Jae-in met Kim": the parser split the name ("Jae" the subject, "in" another), the tagger did not
        span = head.doc[min(span.start, named.start): max(span.end, named.end)]
    if (ship := _warship(span)) is not None:
        return ship
    # a person named at the head is that person, not one named in their apposition ("Imamoglu, President Tayyip
    # Erdogan's main rival, was detained")
    own_name = named is not None and named.label_ == "PERSON" and named.start <= head.i < named.end \
        and any(c.dep_ == "appos" for c in head.children)
    person = _person(named if own_name else span, head, register, dictionary)
    if own_name and (person is None or not person.country) \
            and (described := _person(span, head, register, dictionary)) is not None:
        # the apposition still says the person's state ("Jean-Paul Delevoye, the architect of Macron's reform")
        person = described if person is None or described.id == person.id else replace(person, country=described.country)
    if person is not None:
        return person
    force = next((c for c in head.children if c.dep_ == "compound" and c.i == head.i - 1 and c.lower_ in LOCAL_FORCES
                  and c.text[:1].isupper()), None) if head.pos_ == "PROPN" else None
    if force is not None and (code := _first_code(head)):  # "Police Scotland": a force named before its place
        name = f"{force.text} {head.text}"
        return Actor(id=slugify(name), name=name, country=code, type="organisation", sector="COP")
    area = next((c for c in head.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < head.i), None) \
        if head.lower_ in LOCAL_FORCES and head.text[:1].isupper() else None
    if area is not None and (code := _division_country(head.doc[area.left_edge.i: head.i].text)):
        # "Wiltshire Police", "Sindh Police": a force named after its county or province
        name = head.doc[area.left_edge.i: head.i + 1].text
        return Actor(id=slugify(name), name=name, country=code, type="organisation", sector="COP")
    own = _own_state(head, dictionary)
    if own is not None:
        return own
    ruled = _leader_government(head, dictionary)
    if ruled is not None:
        return ruled
    known = _known(span, dictionary)
    if known is not None and known.country in FORMER_NAMES and known.type != "person" \
            and (state := next((code for t in tokens if t.dep_ in ("poss", "amod", "compound") and t.i < head.i
                                and (code := code_of(t.text)) and code not in FORMER_NAMES), None)):
        # "Belarus's KGB": a body the dictionary files under a state that was, kept by its successor
        return replace(known, id=f"{known.id}-{state.lower()}", country=state)
    if known is not None and known.country == "AFG" and _pakistani_taliban(head, tokens):
        return Actor(id="pakistani-taliban", name="Pakistani Taliban", country="PAK", type="group", sector="REB")
    if known is not None and known.sector in ("BUS", "MNC") and head.lemma_.lower() in STAFF \
            and known.name.lower() not in head.text.lower():
        # "Starbucks workers walked out", "Samsung's union went on strike": the staff act, not their company
        # (of where they work: "workers at the Coca-Cola bottling plant in Guatemala City" are Guatemalan)
        kind = [c.text.lower() for c in head.lefts if c.dep_ == "compound" and c.pos_ == "NOUN"]  # "flight attendants"
        name = " ".join([known.name, *kind, head.text.lower()])
        return Actor(id=slugify(name), name=name, type="group", sector="LAB",
                     country=_lived_in([head]) or (known.country if known.country != "MNC" else None))
    if known is not None:
        return known
    if (staff := _company_staff(head, tokens)) is not None:
        return staff
    if (regional := _regional_body(head)) is not None:
        return regional
    group = _group(head, tokens, dictionary)
    if group is not None:
        return group
    code = _first_code(head) or _origin_beside(head)
    sector = _sector(head)
    if code is None:
        return _generic(head, sector)
    if sector is None and people:
        return actor_of_state(code, "CVL")  # "thousands of Israelis": people of the state, not the state
    described = next((_sector(c) for c in head.children if c.dep_ == "appos" and c.pos_ == "NOUN"), None) \
        if sector is None and head.pos_ == "PROPN" and not code_of(head.text) and not geo.place_country(head.text) \
        else None
    if described is not None:
        return replace(_named_body(head, code), sector=described)  # "Unite, Britain's largest union,": the union

    if sector is None and (head.ent_type_ in ("GPE", "LOC", "NORP") or code_of(head.text)):
        return actor_of_state(code)
    if sector is None and head.pos_ == "PROPN" and head.ent_type_ == "ORG":
        return _named_body(head, code)  # "the Nigerian Union of Teachers" is Nigerian, not the government
    if head.lower_ in LOCAL_FORCES and head.pos_ == "PROPN" and head.ent_type_ == "ORG":
        return replace(_named_body(head, code), sector=sector)  # "Greater Manchester Police", not "British police"
    if sector is not None and head.pos_ == "PROPN" and head.ent_type_ in ("", "ORG") and head.lower_ not in SECTOR_WORDS \
            and not code_of(head.text):
        return replace(_named_body(head, code), sector=sector)  # "Dutch union FNV": the body named, of its kind
    if sector is None and head.lemma_.lower() in CIVILIAN_HEADS:
        sector = "CVL"  # "a mosque in Kano", "a Catholic priest in Enugu": people and their places, not the state
    return actor_of_state(code, sector or "GOV")


TREATIES = frozenset({"convention", "agreement", "accord", "protocol", "treaty", "declaration", "charter"})


def _body_named_on(head: Token, dictionary: Dictionary) -> bool:
    """A body the dictionary knows whose name ends on the word: "the Control Yuan", "the Executive Yuan"."""
    words = [t for t in head.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
    if head.pos_ != "PROPN" or not words:
        return False
    found = dictionary.lookup(head.doc[words[0].i: head.i + 1].text)
    return found is not None and found.type != "person"


def _before_sum(head: Token) -> bool:
    """"fined Apple 1.8 billion euros": a name before the sum, which the parser hung on it, is no currency's."""
    doc = head.doc
    return head.pos_ == "PROPN" and head.i + 1 < len(doc) and (doc[head.i + 1].like_num or doc[head.i + 1].is_currency)


# A company's people, who may act against it: "Boeing workers", "Samsung's union", "Volkswagen's works council".
STAFF = {"worker", "employee", "staff", "union", "unionist", "council", "pilot", "driver", "nurse", "miner",
         "machinist", "engineer", "crew", "labourer", "laborer", "docker", "dockworker", "workforce", "attendant",
         "steward", "stewardess", "mechanic", "technician", "cleaner", "handler", "controller", "barista"}


def employer(head: Token, dictionary: Dictionary | None = None) -> Actor | None:
    """The business whose staff ``head`` names: "Starbucks workers", "Samsung's union", "Air Canada flight
    attendants" work for Starbucks, Samsung, Air Canada; "workers at Samsung's plant", "employees of Boeing" too."""
    if head.lemma_.lower() not in STAFF or _a_named_council(head):
        return None
    dictionary = dictionary or builtin()
    named = [t for t in phrase_tokens(head) if t.i < head.i and (t.dep_ in ("compound", "poss", "pobj") or t.ent_iob_ == "I")]
    places = [o for p in head.children if p.dep_ == "prep" and p.lower_ in ("at", "of", "for") for o in p.children
              if o.dep_ == "pobj"]
    owners = [c for o in places for c in o.children if c.dep_ in ("poss", "compound")]
    for token in [*named, *places, *owners]:
        ent = entity_at(token)
        whole = ent if ent is not None and ent.end <= head.i else None  # a name before the staff, read whole
        known = dictionary.lookup(whole.text if whole is not None else token.text)
        if known is not None and known.sector in ("BUS", "MNC"):
            return known
        if whole is not None and whole.label_ == "ORG":
            # a business the dictionary does not know: of the state its name holds ("Air Canada")
            code = next((c for t in whole if (c := code_of(t.text)) and c not in NON_STATE), None)
            return Actor(id=slugify(whole.text), name=whole.text, country=code, type="organisation", sector="BUS")
    return None


def _a_named_council(head: Token) -> bool:
    """"Cameroon's Constitutional Council": a body of its own, not the staff's works council of a company."""
    return head.lemma_.lower() == "council" and head.text[:1].isupper() and not any(
        c.lower_ == "works" for c in head.children)


def _company_staff(head: Token, tokens: list[Token]) -> Actor | None:
    """"Air Canada flight attendants", "Air India pilots": the staff of a business whose name holds a country's,
    which the dictionary does not know; they are labour, not the state the name echoes."""
    if head.lemma_.lower() not in STAFF or _a_named_council(head):
        return None
    for token in tokens:
        ent = entity_at(token) if token.i < head.i else None
        if ent is not None and ent.label_ == "ORG" and ent.end <= head.i and (code := _first_code(ent.root)) \
                and code not in NON_STATE and any(code_of(t.text) for t in ent):
            name = f"{ent.text} {head.doc[ent.end: head.i + 1].text}"
            return Actor(id=slugify(name), name=name, country=code, type="group", sector="LAB")
    return None


# Verbs of force whose object, a town the tables do not know, is found in the gazetteer ("missiles hit Dnipro").
STRUCK = {"hit", "strike", "shell", "bomb", "attack", "pound", "target", "bombard", "raid", "storm", "besiege",
          "blockade", "invade", "occupy", "shoot", "rocket"}
# Heads of phrases that name people or places of everyday life, not a state's organs.
CIVILIAN_HEADS = {"mosque", "church", "temple", "synagogue", "school", "hospital", "clinic", "market", "home", "house",
                  "bus", "minibus", "cafe", "restaurant", "hotel", "shop", "farm", "camp", "wedding", "funeral",
                  "priest", "pastor", "imam", "defender", "journalist", "reporter", "teacher", "student", "farmer",
                  "worker", "nurse", "doctor", "family", "tourist", "pilgrim", "villager", "resident", "child",
                  "woman", "man", "girl", "boy", "couple", "activist", "lawyer", "businessman", "trader", "driver",
                  "passenger", "fisherman", "miner", "herder", "refugee", "migrant", "civilian", "crowd", "congregation",
                  "athlete", "player", "footballer", "runner", "sprinter", "swimmer", "cyclist", "boxer", "wrestler",
                  "fan", "supporter", "artist", "writer", "author", "scientist", "researcher", "academic", "blogger",
                  "national"}


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
    ent = ent if ent is not None and ent.label_ in ("GPE", "LOC") else None  # "South Sudan" is often tagged LOC
    text = ent.text if ent is not None else head.text
    if dictionary.lookup(text) is not None or head.pos_ != "PROPN" or head.tag_ == "NNPS":
        return None  # "the Albanians of southern Serbia" are a people, coded by where they live
    code = code_of(text) or code_of(re.sub(r"^(the|The)\s+", "", text))
    if code is None and ent is not None and ent.label_ == "GPE":
        code = geo.place_country(ent.text, cities=False)  # "Texas deployed National Guard troops": a state's division acts for it
    if code is None and head.dep_ == "dobj" and head.head.lemma_.lower() in STRUCK \
            and head.ent_type_ in ("", "GPE", "LOC", "FAC", "PRODUCT") and (town := geo.city_country(text)) is not None:
        return Actor(id=slugify(text), name=text, country=town, type="state")  # "missiles hit Dnipro": a town struck
    return actor_of_state(code) if code and code not in ("EUR", "WST") else None


RULERS = {"government", "administration", "regime", "cabinet", "junta", "dictatorship"}


def _leader_government(head: Token, dictionary: Dictionary) -> Actor | None:
    """"The Maduro government", "the Abacha regime", "the government of Nicolas Maduro": a leader's government
    is the government of the leader's state, which the dictionary knows."""
    if head.lemma_.lower() not in RULERS:
        return None
    named = [c for c in head.children if c.dep_ in ("compound", "poss")]  # "the Maduro government", "Maduro's"
    named += [o for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    for child in named:
        if child.ent_type_ == "PERSON":
            person = dictionary.lookup(" ".join(t.text for t in child.subtree) if child.dep_ == "pobj" else child.text)
            if person is not None and person.type == "person" and person.country and len(person.country) == 3:
                return actor_of_state(person.country, "GOV")
    return None


def phrase_tokens(head: Token) -> list[Token]:
    """The phrase's tokens without relative clauses and clauses hanging off it (an act a preposition hangs on
    it too: "a Ukrainian citizen [of spying for Moscow]", "a man [for planning an attack on the embassy]")."""
    skip = {t.i for child in head.children if child.dep_ in ("relcl", "acl", "advcl", "punct", "cc", "conj")
            or child.dep_ == "prep" and _act_hung(child) for t in child.subtree}
    # a clause deeper in it too ("all U.S. nuclear bombs [stored at bases in Europe]"), but not whose a thing is or
    # where it goes ("a cache of rifles [belonging to Contra rebels]", "weapons [bound for the IRA]")
    skip |= {t.i for token in head.subtree if token.i not in skip and token.dep_ in ("relcl", "acl")
             and token.pos_ == "VERB" and token.lemma_.lower() not in OWNING for t in token.subtree}
    # a treaty deeper in it named after a city ("the opening of negotiations [under the 1946 Paris agreement]")
    skip |= {t.i for prep in head.subtree if prep.dep_ == "prep" and prep.i > head.i
             and any(o.dep_ == "pobj" and city_treaty(o) for o in prep.children) for t in prep.subtree}
    # a part the parse hung on it across words of the clause ("Mali's junta turned down an ECOWAS proposal …,
    # a junta spokesman saying …"): the phrase is the unbroken run of words around its head
    inside = {t.i for t in head.subtree}
    first = last = head.i
    while first - 1 in inside:
        first -= 1
    while last + 1 in inside:
        last += 1
    return [t for t in head.subtree if t.i not in skip and not t.is_punct and first <= t.i <= last]


# Waters, often named after a state ("the South China Sea", "the Sea of Japan"), which are no state's ground.
SEAS = frozenset({"sea", "ocean", "gulf", "strait", "straits", "bay"})

# Participles that say whose a thing is or whom it is for, which name the actor a phrase is about.
OWNING = frozenset({"belong", "own", "bind", "destine", "address", "intend", "earmark"})


def _act_hung(prep: Token) -> bool:
    """A preposition whose object is a gerund of no subject of its own, written in lower case: an act."""
    return any(c.dep_ in ("pobj", "pcomp") and c.tag_ == "VBG" and c.text.islower()
               and not any(g.dep_ == "nsubj" for g in c.children) for c in prep.children)


def _person(span: Span, head: Token, register: Register | None, dictionary: Dictionary) -> Actor | None:
    if register is None:
        return None
    if head.lower_ in PRONOUNS and head.lower_ not in ("he", "she", "him", "her"):
        return None
    if head.lower_ in SECTORS["GOV"] and any(t.ent_type_ == "PERSON" for t in span if t.i != head.i):
        return None  # "the Bush administration" is the US government, not Bush ("the US leader" is a person)
    if head.tag_ in ("NNS", "NNPS") and head.lower_ in SECTOR_WORDS and head.lower_ not in ALLY_HEADS \
            and head.pos_ == "NOUN":
        return None  # "Tamil Tiger rebels", "Taliban fighters": a group a name qualifies, not that name's bearer
    entry = register.resolve(span)
    if entry is None or entry.type != "person":
        return None
    actor = entry.actor()
    whole = dictionary.lookup(actor.name)
    if whole is None and (bare := untitled(actor.name)) is not None \
            and (plain := dictionary.lookup(bare)) is not None and plain.type == "person":
        # "Crown Prince Mohammed bin Salman", the title tagged into the name: the person the dictionary knows
        actor = replace(actor, name=bare, title=actor.title or actor.name[: -len(bare)].strip())
        whole = plain
    if head.pos_ == "NOUN" and head.lower_ in ALLY_HEADS | {"followers", "loyalists"} and head.text not in actor.name:
        # "Supporters of Rodrigo Duterte rallied", "Duterte's allies in the Senate": a person's people, not the person
        person = whole if whole is not None and whole.type == "person" else None
        name = f"{head.text.lower()} of {person.name if person is not None else actor.name}"
        return Actor(id=slugify(name), name=name, country=actor.country or (person.country if person else None),
                     type="group", sector="CVL" if head.lower_ in ("supporters", "backers", "followers", "loyalists")
                     else None)
    if whole is not None and whole.type != "person":
        return None  # "Kataib Hezbollah", tagged as a person's name: the body the dictionary knows
    described = head.lower_ in TITLE_WORDS and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) \
        and not any(t.ent_type_ == "PERSON" for t in span)  # "accused the governor": the governor named before
    if head.pos_ == "NOUN" and head.text not in actor.name and head.lower_ not in {*SECTOR_WORDS, *ALLY_HEADS} \
            and not described:
        return None  # "French mediation ..., a close aide to Ehud Barak": the person is not the phrase's head
    words = actor.name.split()
    known = whole or (actor.title and dictionary.lookup(f"{actor.title} {actor.name}")) \
        or (len(words) > 2 and dictionary.lookup(" ".join(words[1:]))) \
        or dictionary.lookup(words[-1])  # "Pope Francis": the title is part of how the world knows him;
    # "Inacio Lula da Silva" (the tagger left out "Luiz"): the longest known end of the name
    if known is not None and known.type == "person" and (actor.country is None or known.country == actor.country) \
            and not another_person(actor, known):
        if actor.country is None:
            # a Phoenix person whose title in the sentence names another state or body: the sentence wins over the
            # dictionary's dated code ("U.N. envoy Cyrus Vance" in 1992 is no USAELI); a CSV person only for an
            # international body's office ("OSCE envoy Franz Vranitzky" is no Austrian chancellor)
            office = _office_of_body(span, dictionary)
            local = (_first_code(head) or _title_country(span, dictionary)) \
                if office is None and known.id not in dictionary.layered else None
            if office is not None or local is not None and local != known.country:
                known, actor.country = None, office
        if known is not None:
            merged = _merge(known, actor)  # "Benjamin Netanyahu", "Netanyahu": Phoenix's ISRGOV
            against = next(("OPP" if w == "shadow" else SECTOR_WORDS[w] for w in (actor.title or "").lower().split()
                            if w == "shadow" or SECTOR_WORDS.get(w) in ("OPP", "REB")), None)
            # "opposition leader Ousmane Sonko", "shadow chancellor Jeremy Hunt": the article's day, not the
            # dictionary's latest office
            return replace(merged, sector=against) if against else merged
    if actor.country is None:
        code = _first_code(head)
        if code is not None and head.ent_type_ == "PERSON" and code_of(head.text) == code:
            code = None  # "Finance Minister Sinisa Mali": a surname that is a state's name is no state
        actor.country = (None if code is not None and _named_after(head, code) else code) \
            or _title_country(span, dictionary)
    company = next((k for t in span if t.i < head.i and t.pos_ == "PROPN" and t.ent_type_ != "PERSON"
                    and (k := dictionary.lookup(t.text)) is not None and k.sector == "BUS"), None)
    if actor.sector is None and company is not None:
        actor.sector = "BUS"  # "Microsoft President Brad Smith": an office of the company, not of a state
    if actor.sector is None and actor.title and actor.country not in NON_STATE:
        actor.sector = title_sector(actor.title)  # (not "NGOGOV": an NGO's president is the NGO's)
    return actor


def _named_after(head: Token, code: str) -> bool:
    """"Santiago Abascal" (tagged an organisation): a state read off a word of a person's own name, which opens with a
    given name (where :func:`in_personal_name` does not reach: it reads only names tagged a person's)."""
    doc = head.doc
    start = head.i
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound":
        start -= 1
    words = doc[start: head.i + 1]
    return len(words) > 1 and words[0].lower_ in _given_names() and any(
        (covering_country(t) or code_of(t.text)) == code for t in words)


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    return frozenset(first_names()) | frozenset(census_names())


def another_person(actor: Actor, found: Actor) -> bool:
    """"Striker Carlos Maduro said … Maduro added": a full name the article gives the surname, with a given name
    the dictionary's person does not bear, is someone else of that surname ("Anna Merkel" is no Angela, "Ahmed
    al-Sharaa" no Farouk)."""
    known = {w.lower() for n in (found.name, *found.aliases) for w in n.replace("-", " ").split()}
    given = _given_names()
    for name in (actor.name, *actor.aliases):
        words = (untitled(name) or name).split()  # "King Gyanendra" is Gyanendra
        first = next((w.lower() for w in words[:-1] if w[:1].isupper() and w.lower() in given), None)
        if len(words) > 1 and all(part in known for part in words[-1].lower().split("-")) and first is not None \
                and not all(part in known for part in first.split("-")):  # "Jean-Noel" is Jean-Noel
            return True  # the first given name decides: "Manuel Antonio Noriega" is Manuel Noriega
        # one known by a single name ("Hassan II", "King Hassan") is no one whose full name the article gives
        # with other words before it ("Abdifatah Aden Hassan")
        surname = words[-1].lower()
        styles = {w.lower() for w in (found.title or "").split()} | NAME_TITLES
        if len(words) > 1 and surname in known and not (known - {surname} - styles) & given \
                and not any(w.lower() in known for w in words[:-1]) and words[0][:1].isupper():
            return True
    return False


def _title_country(span: Span, dictionary: Dictionary) -> str | None:
    """"Arab League Secretary General Chadli Klibi": an official of an organisation the title names."""
    known = _known(span, dictionary)
    return known.country if known is not None and known.type != "person" else None


def _office_of_body(span: Span, dictionary: Dictionary) -> str | None:
    """IGO where the title before a person's name is an international body's ("OSCE envoy Franz Vranitzky"),
    whatever state's office the dictionary knows the person by (not an NGO: "FIS leaders" are no ski federation's)."""
    return next((body.country for t in span if t.i < span.root.i and t.text[:1].isupper()
                 and t.ent_type_ != "PERSON" and t.dep_ in ("compound", "amod")
                 and (body := dictionary.lookup(t.text)) is not None and body.type != "person"
                 and body.country == "IGO"), None)


def _merge(known: Actor, local: Actor) -> Actor:
    aliases = list(dict.fromkeys([*known.aliases, local.name] if local.name != known.name else known.aliases))
    return Actor(id=known.id, name=known.name, title=local.title or known.title, country=known.country,
                 type=known.type, sector=known.sector or local.sector, aliases=aliases)


def _known(span: Span, dictionary: Dictionary) -> Actor | None:
    """The longest run of words in the phrase that the dictionary knows; a person only as the phrase's
    head ("French mediation ..., a close aide to Prime Minister Ehud Barak" is not Barak)."""
    words = [t for t in span if not t.is_punct or t.text in ("-", ".")]
    head = span.root
    text_of, offset = span.text, span.start_char  # each run's words cut from the phrase's text, not joined anew
    for size in range(min(len(words), 8), 0, -1):
        for start in range(len(words) - size + 1):
            chunk = words[start:start + size]
            if _splits_a_name(chunk[0].i, chunk[-1].i + 1, span.doc):
                continue  # "Africa" in "South Africa's president" is no African group
            text = text_of[chunk[0].idx - offset: chunk[-1].idx + len(chunk[-1].text) - offset]
            if size == 1 and text.islower():
                continue  # "granted an amnesty", "the kremlin": names are written with capitals, common nouns not
            found = dictionary.lookup(text)
            if found is None and chunk[-1].dep_ in ("compound", "amod") and chunk[-1].head.i == head.i \
                    and head.lower_ in MEMBERS_OF_MOVEMENTS and text[:1].isupper() and not text.endswith("s") \
                    and (plural := dictionary.lookup(text + "s")) is not None and plural.type != "person":
                found = plural  # "Zapatista rebels", "Contra leaders": the movement its members are named after
            if found is not None and (_longer_name(chunk) or found.type != "person" and _longer_body(chunk)):
                continue  # "the Department of State Services" (Nigeria's DSS) is no Department of State
            if found is not None and _names_a_region(chunk[-1], found):
                continue  # "the Amazon rainforest", "the Congo basin": a place named after it, no company or state
            if found is not None and found.type != "person" and (_after_given_name(chunk[0])
                                                                 or size == 1 and in_personal_name(chunk[0])
                                                                 or _inside_unknown_name(chunk[0])):
                continue  # "Tarek William Saab" is no Saab, the Swedish company; "Mayor London Breed" no Downing Street
            if found is not None and _seat_before_sector(found, chunk, head):
                continue  # "a Moscow court", "Tehran prosecutors": the capital's state, the head's sector (below)
            if found is not None and (found.type != "person" or size > 1 and chunk[0].i <= head.i <= chunk[-1].i
                                      or _leader_surname(chunk, head, found, dictionary)):
                owner = _owner_state(chunk[0])
                if found.country == "IGO" and len(chunk) > 1 and not any(t.is_upper or "." in t.text for t in chunk) \
                        and (national := _demonym_before(chunk[0])) is not None:
                    # "the Russian Security Council" is Russia's own, no UN body (a national's "UNIFIL convoy", "U.N.
                    # volunteer" stay the UN's)
                    name = span.doc[chunk[0].i - 1: chunk[-1].i + 1].text
                    return Actor(id=slugify(name), name=name, country=national, type="organisation", sector="GOV")
                if found.type != "person" and text.islower() and (national := _demonym_before(chunk[0])) is not None \
                        and national != found.country:
                    # "a Dominican border patrol" is the Dominican Republic's, not the United States Border Patrol
                    name = span.doc[chunk[0].i - 1: chunk[-1].i + 1].text
                    return Actor(id=slugify(name), name=name, country=national, type="organisation", sector=found.sector)
                if found.type != "person" and owner and owner != found.country:
                    # "Russia's Security Council", "Nigeria's Department of State Services": a state's own body
                    name = span.doc[chunk[0].i - 2: chunk[-1].i + 1].text
                    return Actor(id=slugify(name), name=name, country=owner, type="organisation")
                return found
    return None


# Members a movement's singular name is put before: "Zapatista rebels", "Tamil Tiger guerrillas".
MEMBERS_OF_MOVEMENTS = frozenset({"rebels", "rebel", "guerrillas", "guerrilla", "fighters", "militants", "leaders",
                                  "leader", "commanders", "commander", "forces", "supporters", "insurgents", "troops",
                                  "militiamen", "delegates", "negotiators"})


def _name_before(head: Token) -> list[Token]:
    """The words of the name before a head noun ("West Midlands" of "West Midlands Police", "Ha Tuyen" of "Ha Tuyen
    province"): all of them, a place of several words being no place of one of them."""
    return [t for t in head.doc[head.left_edge.i: head.i] if t.pos_ == "PROPN"]


# What a state's divisions are called after their names ("the Kursk region", "Kherson oblast").
DIVISION_NOUNS = frozenset({"region", "province", "oblast", "district", "governorate", "prefecture", "county",
                            "state", "territory", "krai", "republic"})
# Natural places named by a word that may be a body's name ("the Amazon rainforest", "the Congo basin").
NATURE = frozenset({"rainforest", "forest", "jungle", "basin", "river", "delta", "region", "valley", "desert", "coast",
                    "sea", "lake", "mountains", "range", "plateau", "peninsula", "gulf", "strait", "reef", "glacier"})


def _names_a_region(token: Token, found: Actor) -> bool:
    """"The Amazon rainforest", "the Congo basin", "Amazon tribes": a word naming a natural place or its people, which
    a company or a state also bears."""
    if token.dep_ == "compound" and token.head.lemma_.lower() in NATURE:
        return True
    return found.sector == "BUS" and token.dep_ in ("compound", "amod") and token.head.lemma_.lower() in DWELLERS


# People named after the region they live in, whose name a company may also bear ("Amazon tribes").
DWELLERS = frozenset({"native", "natives", "people", "peoples", "tribe", "tribes", "tribesman", "tribesmen", "indian",
                      "indians", "community", "communities", "villager", "villagers", "town", "towns", "village",
                      "villages", "indigenous"})


def _name_runs_on(chunk: list[Token]) -> Token | None:
    """The capitalised word of the tagged name that follows a known name inside it, if the name runs on."""
    after = chunk[-1].i + 1
    doc = chunk[0].doc
    return doc[after] if after < len(doc) and doc[after].ent_iob_ == "I" and doc[after].is_title else None


def _longer_name(chunk: list[Token]) -> bool:
    """A name of the form "X of Y" that the tagged name it opens runs on past ("Department of State" in
    "Department of State Services")."""
    after = _name_runs_on(chunk)
    return len(chunk) >= 3 and any(t.lower_ == "of" for t in chunk) and after is not None and after.pos_ == "PROPN"


# The head nouns a body's name ends on: "the Revolutionary Left Movement" is another body than "the Revolutionary Left".
BODY_HEADS = frozenset({"movement", "party", "front", "army", "union", "council", "alliance", "organisation",
                        "organization", "committee", "league", "association", "federation", "brigade", "brigades",
                        "congress", "coalition", "command", "commando", "commandos", "forces", "guard", "militia"})


def _longer_body(chunk: list[Token]) -> bool:
    """A known name of two or more words that the tagged name it opens runs on past with a body's head noun ("the
    Revolutionary Left Movement" of Bolivia is not Turkey's "Revolutionary Left"; "the Likud Party" of one word stays
    Likud)."""
    after = _name_runs_on(chunk)
    return len(chunk) >= 2 and after is not None and after.lower_ in BODY_HEADS and chunk[-1].lower_ not in BODY_HEADS


def _seat_before_sector(found: Actor, chunk: list[Token], head: Token) -> bool:
    """A seat of government ("Moscow", "the Kremlin") naming a body of another sector of its state: "a Moscow
    court" is Russia's judiciary, "Tehran prosecutors" Iran's, "Moscow police" and "police in London" that
    state's police."""
    sector = SECTOR_WORDS.get(head.lower_) or SECTOR_WORDS.get(head.lemma_.lower())
    where = chunk[-1].head if chunk[-1].dep_ == "pobj" else None
    placed = where is not None and where.lower_ in ("in", "at") and where.head.i == head.i
    return (chunk[-1].i < head.i or placed) and sector not in (None, "GOV") and found.country is not None \
        and found.id == actor_of_state(found.country, "GOV").id


def _inside_unknown_name(token: Token) -> bool:
    """A word the tagger puts inside a body's name after other words of it that name no place ("Solidarity" in
    "The Cargo Truckers Solidarity union"): part of another body's name, not the body the word alone names."""
    if token.ent_type_ != "ORG" or token.ent_iob_ != "I" or (ent := entity_at(token)) is None:
        return False
    before = [t for t in ent if t.i < token.i and t.lower_ != "the"]
    return bool(before) and all(t.pos_ == "PROPN" and t.text[:1].isupper() and not code_of(t.text)
                                and not geo.place_country(t.text) for t in before)


def _after_given_name(token: Token) -> bool:
    """A word inside a person's name after its first ("Saab" in "Tarek William Saab"): part of a name, no body's."""
    return token.ent_type_ == "PERSON" and token.ent_iob_ == "I"


def _demonym_before(first: Token) -> str | None:
    """The state a demonym or a state's name right before a phrase names ("Russian" in "the Russian Security
    Council"), when the word modifies the phrase's words."""
    if first.i < 1:
        return None
    word = first.doc[first.i - 1]
    if word.dep_ not in ("amod", "compound") or word.ent_type_ not in ("NORP", "GPE", "ORG") or not word.text[:1].isupper():
        return None
    return state_code(code_of(word.text))


def _owner_state(first: Token) -> str | None:
    """The state named as the possessor just before a phrase: "Russia's" in "Russia's Security Council"."""
    doc = first.doc
    if first.i < 2 or doc[first.i - 1].lower_ not in ("'s", "’s"):
        return None
    owner = doc[first.i - 2]
    ent = entity_at(owner)
    return code_of(ent.text if ent is not None else owner.text) if owner.ent_type_ in ("GPE", "") else None


def _leader_surname(chunk: list[Token], head: Token, found: Actor, dictionary: Dictionary) -> bool:
    """"Trump threatened tariffs on Mexican imports": a leader's surname that the tagger took for a body is the
    leader, when it is the phrase's head and the curated leaders' list gives it as his name (Phoenix's
    thousands of officials are not asked: "as Herbert notes" is no Liberian minister)."""
    return len(chunk) == 1 and chunk[0].i == head.i and head.pos_ in ("PROPN", "NOUN") and head.text[:1].isupper() \
        and found.type == "person" and found.id in dictionary.layered


def _inside_place_name(token: Token) -> bool:
    """A word inside a place's name of three words or more that is another place ("Spain" in "Port of Spain",
    "Casas" in "San Cristobal de las Casas"): the whole is the place, not the word."""
    ent = entity_at(token)
    return ent is not None and token.i != ent.root.i and (whole := _joined_place_code(ent)) is not None \
        and whole != code_of(token.text)


def _joined_place_code(ent: Span | None) -> str | None:
    """The country of a place named in three words or more ("Port of Spain": TTO)."""
    if ent is None or len(ent) < 3 or ent.label_ not in ("GPE", "LOC"):
        return None
    return code_of(ent.text) or geo.place_country(ent.text)


def _splits_a_name(start: int, end: int, doc) -> bool:  # noqa: ANN001 - a spaCy Doc
    """Whether tokens start..end cut a named place or nationality in two: the run starts inside one, or one
    goes on past its end. Read from the tokens' entity tags, not by scanning ``doc.ents`` (a hot path)."""
    names = ("GPE", "LOC", "NORP")
    first, after = doc[start], doc[end] if end < len(doc) else None
    if first.ent_iob_ == "I" and first.ent_type_ in names:
        return True
    if start >= 2 and doc[start - 1].text in ("-", "‐") and not doc[start - 1].whitespace_ \
            and not doc[start - 2].whitespace_ and doc[start - 2].is_title and doc[start - 2].lower_ not in ("anti", "pro"):
        return True  # "Chin National Front" in "the Kuki-Chin National Front": the end of another name
    return after is not None and after.ent_iob_ == "I" and after.ent_type_ in names


def _group(head: Token, tokens: list[Token], dictionary: Dictionary) -> Actor | None:
    """Regional groups ("European countries", "the West") and allies of a state ("26 of Ukraine's allies")."""
    if head.text == "West" and any(c.lower_ == "the" for c in head.children):  # "accused the West of …"
        return next((a for a in dictionary.by_id.values() if a.type == "group" and a.country == "WST"),
                    Actor(id="the-west", name="the West", country="WST", type="group"))
    noun = _group_head(head)
    if noun.lower_ in ALLY_HEADS or noun.lower_ in ("countries", "nations", "states", "powers", "governments"):
        word = next((t for t in noun.children if t.lower_ in REGIONS), None)
        if word is not None:
            region, name = REGIONS[word.lower_], f"{word.text.capitalize()} countries"
            # the region's own entry, not an armed group the dictionaries file under it ("European powers" is
            # no Kurdish front)
            return next((a for a in dictionary.by_id.values() if a.title == "region" and a.country == region),
                        Actor(id=slugify(name), name=name, country=region, type="group", title="region"))
        client = client_country(noun)
        if client is not None and noun.lower_ in ALLY_HEADS:
            name = f"{_possessive_name(client)} allies"
            return Actor(id=slugify(name), name=name, type="group", title="allies")
    return None


# Who acts for a region's states together: "West African leaders", "regional mediators", "the regional bloc",
# "Gulf states" (an IGO, as the records code ECOWAS, SADC or the GCC when the text does not name it).
REGIONAL_HEADS = frozenset({"leaders", "mediators", "ministers", "envoys", "heads", "bloc", "negotiators", "states",
                            "countries", "nations", "neighbours", "neighbors", "presidents"})
REGIONAL_PEOPLE = frozenset({"leaders", "mediators", "ministers", "envoys", "heads", "negotiators", "presidents"})
NOT_REGIONAL = frozenset({"tribal", "local", "community", "religious", "business", "opposition", "rebel",
                          "party", "government"})  # "Regional party leaders": a province's rulers, no bloc


def _regional_body(head: Token) -> Actor | None:
    """IGO for a region's leaders, mediators or states acting together ("West African leaders demanded …",
    "rejected a proposal by regional mediators", "the regional bloc threatened …"): not "Central African leaders"
    (the republic's), "Arab tribal leaders", "European powers" (a region's states, each on its own), nor a force
    states send troops to (the records code whom it is sent to help)."""
    if head.pos_ != "NOUN" or head.lower_ not in REGIONAL_HEADS:
        return None
    words = [t for t in head.lefts if t.dep_ in ("amod", "compound", "nmod")]
    every = [t for w in words for t in w.subtree]  # "Central African", "Australian-led regional"
    lower = {t.lower_ for t in every}
    if lower & NOT_REGIONAL or any(code_of(t.text) for t in every) or lower & {"central", "north", "south"}:
        return None  # (not "South African mediators", South Africa's)
    regional = "regional" in lower and head.lower_ not in ("states", "countries", "nations")
    african = any(t.lower_ == "african" and t.text[:1].isupper() for t in words)
    gulf = any(t.text == "Gulf" for t in words) and head.lower_ in ("states", "mediators", "leaders", "ministers")
    arab = any(t.text == "Arab" for t in words) and head.lower_ in REGIONAL_PEOPLE
    if not (regional or african or gulf or arab):
        return None
    name = head.doc[min(t.left_edge.i for t in words): head.i + 1].text
    return Actor(id=slugify(name), name=name, country="IGO", type="group", sector="IGO")


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
                if obj.dep_ == "pobj" and obj.lemma_.lower() not in ALLY_PARTIES:
                    return _first_code(obj)  # (not "supporters of Spain's far-right Vox party": its own people)
    return None


# What a state's own people back, not the state: "supporters of Gambia's main opposition party".
ALLY_PARTIES = frozenset({"party", "movement", "alliance", "coalition", "front", "opposition", "candidate", "leader"})


def _possessive_name(code: str) -> str:
    return f"{country_name(code)}’s"


def _first_code(head: Token) -> str | None:
    """The nearest country word to the head: its own words first, then modifiers, then "of"/"in" phrases."""
    if (whole := _joined_place_code(entity_at(head))) is not None:
        return whole  # "Port of Spain" is no Spanish place
    if head.lower_ in ("indians", "indian") and any(c.dep_ in ("compound", "amod") and c.pos_ == "PROPN"
                                                    and not code_of(c.text) for c in head.children):
        return _lived_in([head]) or _clause_place(head)  # "Shuar Indians", "Mapuche Indians": a people of the
        # Americas, of where they live or act, not India
    if (native := _native_american(head)) is not None:
        return native
    if _ethnic(head):
        # "ethnic Albanians in south Serbia", "ethnic Albanian guerrillas operating in Macedonia"
        place = _lived_in([head, *(c for c in head.children if c.dep_ == "acl" and c.tag_ == "VBG")])
        if place in NON_STATE and code_of(head.text):
            place = None  # "Eritreans living in Europe" are still Eritreans: a region is no state they live in
        if place:
            return place  # PLOVER codes "ethnic Albanians in south Serbia" by where they live
        place = _clause_place(head) if _ethnic_word(head) or _stateless(head) else None
        if place:
            return place  # "killed three ethnic Albanians in a gunbattle in southeastern Serbia", "detained
            # Kurdish activists in Diyarbakir": a people with no state of its own is of where it acts
        named = next((code for c in head.children if c.dep_ in ("amod", "compound") and c.lower_ not in STATELESS
                      and (code := code_of(c.text))), None)
        if named is not None and _stateless(head):
            return named  # "Iraqi Kurdish authorities": the state the phrase itself names
        if _kurdish(head) and (state := _kurdish_state(head)):
            return state  # "Syrian rebels backed by Turkey attacked Kurdish forces": the Kurds of the story's state
        if (kin := _ethnic_kin(head)) and (state := _other_state(head, kin)):
            return state  # "condemned the ethnic Albanian rebels ... destabilising Macedonia": a minority is of
            # the state its story is told in, not of its kin state
    if any(c.lower_ == "jewish" for c in head.children if c.dep_ in ("amod", "compound")):
        # "Jewish groups in Germany" are German; Jewish settlers, as CAMEO codes them, Israeli
        place = _lived_in([head])
        if place and place not in ("ISR", "PSE"):
            return place
        if not place and head.lemma_.lower() in DIASPORA:
            return None  # "failed to protect Jewish students": a community anywhere, no state's
    # a country's own word anywhere in the phrase wins over a division's name nearer the head, which GeoNames
    # may know in another state: "Cameroon's Northwest region" is not Iceland's Northwest
    owner = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else None
    if owner is not None and owner.lemma_.lower() in TOWNS and not any(
            c.lower_ in STATELESS for c in owner.children if c.dep_ in ("amod", "compound")) \
            and (code := _nearest_code(owner, divisions=False)):
        return code  # "the Somali town of Mahas": the town's country, whatever other Mahas GeoNames knows (but
        # "the Kurdish city of Mahabad" is where Mahabad is, not where CAMEO codes Kurds)
    code = _nearest_code(head, divisions=False) or _nearest_code(head, divisions=True)
    if code is None and head.lemma_.lower() == "settler" and ISRAELI_CONTEXT.search(text_of(head.doc)):
        return "ISR"  # "Dozens of settlers torched homes" in the West Bank: Israelis, as CAMEO codes them
    return code


# A story set in Israel and the Palestinian territories, where "settlers" are Israeli.
ISRAELI_CONTEXT = re.compile(r"\b(?:Israel|Israeli|West Bank|Palestinians?|Huwara|Hebron|Nablus|Ramallah|Jenin)\b")

# Members of a community that lives in many states: "Jewish students", "Jewish community leaders".
DIASPORA = frozenset({"student", "community", "worshipper", "voter", "family", "school", "congregation", "cemetery",
                      "synagogue", "leader", "organisation", "organization", "group"})
# Who made or brokered a thing, joined to it by a hyphen, whose the thing is not: "Russian-made", "US-brokered".
# (not who funded or sponsored it, whom acts on it are aimed at: "vetoed a US-sponsored resolution")
MADE_BY = frozenset({"made", "built", "brokered", "mediated", "manufactured", "designed", "produced",
                     # and who backs a force, which is of where it fights ("Turkish-backed Syrian fighters",
                     # "Russian-backed separatists near Donetsk", as the PLOVER records code them)
                     "backed", "armed", "trained"})
CURRENCIES = {"dollar", "euro", "pound", "yuan", "rupee", "yen", "franc", "peso", "rouble", "ruble", "shilling",
              "naira", "rand", "dinar", "riyal", "lira", "won", "real", "cedi", "kwacha", "birr", "dirham"}
MISSIONS = {"embassy", "consulate", "legation"}  # a state's missions abroad are the state's
ENVOYS = {"ambassador", "envoy", "consul", "chargé", "charge", "attaché", "attache", "emissary"}  # and so are its envoys
TOWNS = {"town", "city", "village", "capital", "province", "region", "district", "port", "state", "county"}


def _nearest_code(head: Token, divisions: bool) -> str | None:
    seen: set[int] = set()
    frontier = [head]
    while frontier:
        # nearest the head first: "Turkish Cypriot leaders" are Cypriot, "Russian Jewish immigrants" Jewish; the
        # words before it before those after: "the Nigerian High Commission staff in London" are Nigerian
        found = _code_at(sorted(frontier, key=lambda t: (t.i > head.i, abs(t.i - head.i), t.i)), divisions)
        if found:
            return found
        nxt = []
        for token in frontier:
            seen.add(token.i)
            for child in token.children:
                if child.i in seen or child.dep_ in ("relcl", "acl", "advcl", "conj", "cc", "punct") \
                        or child.lemma_.lower() in CURRENCIES or child.lemma_.lower() in SEAS and child.text[:1].isupper():
                    continue  # "salaries in US dollars" are paid in a currency, not by a state; "migration in the
                    # Indian Ocean" is at sea
                if child.dep_ == "prep" and child.lower_ in ("near", "off", "along", "beside", "close"):
                    continue  # "a village near the Polish border", "a ship off the Eritrean coast": not theirs
                if child.i != head.i and city_treaty(child):
                    continue  # "negotiations under the 1946 Paris agreement": a treaty's name says where it was signed
                if child.dep_ == "prep" and (child.lower_ == "of" and any(
                        o.tag_ == "VBG" or o.lower_.endswith("ing") and o.pos_ == "NOUN" for o in child.children)
                        or _act_hung(child)):
                    continue  # "accused the detainees of spying for the United States", "jailed a man for planning
                    # an attack on the Israeli embassy": a charge, not whose they are
                if child.dep_ == "prep" and child.lower_ in LOCATION_PREPS and token.i == head.i \
                        and (_is_troops(head) or head.ent_type_ == "PERSON"):
                    continue  # troops deployed to Ukraine are not Ukraine's, nor is "U.N. envoy Cyrus Vance in Zagreb" Croatian
                nxt.append(child)
        frontier = nxt
    return None


# How a people's name is made from its region's: "Sabahans", "Oaxacan", "Bavarians", "Sindhis", "Corsican".
PEOPLE_ENDINGS = ("ians", "eans", "ans", "ian", "ean", "an", "is", "i")
COMPASS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western", "upper", "lower"})


def regional_people(token: Token) -> str | None:
    """The state of a region whose people a word names ("Sabahans marched", "Oaxacan teachers", "Sindhi
    nationalists"), when one state has a first-level division of that name; "South Tyroleans" are of South Tyrol,
    not of Austria's Tyrol, so a compass word before it must name the region with it."""
    text = token.text
    if not text[:1].isupper() or not text.isalpha() or len(text) < 5 or in_personal_name(token) \
            or not (token.ent_type_ == "NORP" or token.tag_ == "NNPS"
                    or token.dep_ in ("amod", "compound") and token.head.pos_ == "NOUN"):
        return None
    before = token.doc[token.i - 1] if token.i else None
    compass = before.text if before is not None and before.lower_ in COMPASS and before.text[:1].isupper() else None
    for ending in PEOPLE_ENDINGS:
        if not text.endswith(ending) or len(text) - len(ending) < 3:
            continue
        stem = text[: -len(ending)]
        for name in (stem, stem + "a", stem + "ia"):
            code = geo.region_country(f"{compass} {name}" if compass else name)
            if code:
                return code
        if compass:
            return None
    return None


# Offices and people of a town, whose "of" names a place ("the prefect of Lyon", "the mayor of Bolzano").
TOWN_OFFICES = LOCAL_OFFICES | {"prefecture", "municipality", "police", "residents"}


def city_treaty(head: Token) -> bool:
    """"the Ottawa Convention", "the 1946 Paris agreement": a treaty named after the city it was signed in."""
    return head.lemma_.lower() in TREATIES and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in head.children)


# People whose "from" names the state they come from.
COMING_FROM = frozenset({"migrant", "refugee", "immigrant", "worker", "national", "citizen", "pilgrim", "tourist",
                         "fisherman", "student", "asylum-seeker", "seeker", "labourer", "laborer"})


# Verbs whose "from" says where people were taken from, not where they come from.
MOVED_FROM = frozenset({"deport", "expel", "evacuate", "remove", "rescue", "return", "repatriate", "fly", "bring",
                        "move", "transfer", "ban", "bar", "release", "free", "airlift", "extradite", "flee", "escape"})


def _origin_beside(head: Token) -> str | None:
    """"detained hundreds of migrants from Cameroon": the state people come from, where the parser hung the "from"
    on the verb."""
    nxt = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    if head.lemma_.lower() not in COMING_FROM or nxt is None or nxt.lower_ != "from" or nxt.head.i == head.i \
            or nxt.head.lemma_.lower() in MOVED_FROM:
        return None  # ("deported 200 migrants from Italy": where they were sent away from)
    return next((code for o in nxt.children if o.dep_ == "pobj" and (code := code_of(o.text))
                 and code not in NON_STATE), None)


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
                code = code or _town_code(token)
                if code:
                    return code
    return None


# Words that make the Taliban the Afghan state they have ruled since 2021, wherever they act.
TALIBAN_STATE = frozenset({"afghan", "afghanistan", "government", "administration", "rulers", "ruler", "authorities",
                           "ministry", "regime", "forces", "negotiators", "spokesman", "official", "officials"})
# The Taliban's fighters, whom the state they fight in may own (the TTP).
TALIBAN_FIGHTERS = frozenset({"fighter", "militant", "gunman", "insurgent", "guerrilla", "commander", "rebel"})


def _pakistani_taliban(head: Token, tokens: list[Token]) -> bool:
    """"Taliban fighters clashed with Pakistani troops in the Bajaur tribal region", "pro-Taliban militants in the
    Swat valley": Taliban fighters acting in Pakistan are Pakistan's (the TTP), as the records code them; the
    Taliban's government, forces and envoys stay Afghan."""
    if not any(t.lower_ in ("taliban", "pro-taliban") for t in tokens) or any(
            t.lower_ in TALIBAN_STATE for t in tokens):
        return False
    if "PAK" in (_lived_in([head]), _clause_place(head)):
        return True
    # (GeoNames lacks the tribal regions: "Taliban fighters" facing Pakistan's forces, with no other state named
    # than the border they are near)
    return head.lemma_.lower() in TALIBAN_FIGHTERS and set(_states_beside(head, borders=False)) == {"PAK"}


# The states of the Americas, whose "Indians" are their own native peoples.
AMERICAS = frozenset({"USA", "CAN", "MEX", "GTM", "BLZ", "HND", "SLV", "NIC", "CRI", "PAN", "CUB", "HTI", "DOM", "JAM",
                      "PRI", "COL", "VEN", "GUY", "SUR", "ECU", "PER", "BOL", "BRA", "PRY", "URY", "ARG", "CHL"})
# Heads an "Indian" modifier makes India's organs or envoys wherever they are ("Indian diplomats in Ottawa").
INDIAN_ORGANS = frozenset({"diplomat", "diplomats", "envoy", "envoys", "embassy", "consulate", "mission",
                           "delegation", "minister", "ministers", "official", "officials", "government", "leader",
                           "prime", "troops", "navy", "army", "company", "companies", "national", "nationals",
                           "student", "students", "tourist", "tourists", "citizen", "citizens", "team", "side",
                           "agent", "agents", "spy", "spies", "intelligence", "police", "forces"})


def _native_american(head: Token) -> str | None:
    """"About 300 Indians marched … in Rapid City", "Indian protesters blocked the highway in Ecuador": a native
    people of the one state of the Americas the sentence names, when it names India nowhere but in that word."""
    words = ("indian", "indians")
    modifiers = [c.lower_ for c in head.children if c.dep_ in ("amod", "compound")]
    if not (head.lower_ in words or "indian" in modifiers and not INDIAN_ORGANS.intersection([head.lower_, *modifiers])):
        return None
    codes = {code for ent in head.sent.ents if ent.label_ in ("GPE", "LOC", "FAC")
             and not any(t.lower_ in words for t in ent) and (code := geo.place_country(ent.text)) is not None}
    codes |= {code for t in head.sent if t.lower_ not in words and (code := token_country(t)) is not None}
    codes = {state_code(c) or c for c in codes}
    return next(iter(codes)) if len(codes) == 1 and codes <= AMERICAS else None


def _lived_in(holders: list[Token]) -> str | None:
    """The country of the place an "in", "at" or "of" phrase on the holders names: "ethnic Albanians in south Serbia",
    "Kurdish inmates at Diyarbakir prison"."""
    return next((code for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ in ("in", "of", "at")
                 for o in p.children if o.dep_ == "pobj" and (code := _first_code(o) or _town_code(o))), None)


def _town_code(token: Token) -> str | None:
    """The country of a town or region named by a proper noun ("Diyarbakir", "Kobani"), from GeoNames."""
    if token.pos_ == "PROPN" and token.ent_type_ in ("", "GPE", "LOC", "ORG", "FAC"):
        return geo.place_country(token.text)
    return None


def _ethnic(head: Token) -> bool:
    plural_people = head.tag_ in ("NNS", "NNPS") and code_of(head.text) is not None
    return plural_people or _stateless(head) or _ethnic_word(head)


# The states whose Kurds the news tells of, each coding its own ("Kurdish-led fighters" in Syria are SYR).
KURDISH_STATES = ("SYR", "TUR", "IRQ", "IRN")


def _kurdish(head: Token) -> bool:
    return head.lower_ in ("kurds", "kurd") or any(c.lower_ == "kurdish" for c in head.children
                                                   if c.dep_ in ("amod", "compound"))


def _kurdish_state(head: Token) -> str | None:
    """The first of the states with Kurds that the sentence names elsewhere than in the Kurds' own phrase."""
    return next((code for code in _states_beside(head) if code in KURDISH_STATES), None)


def _other_state(head: Token, kin: str) -> str | None:
    """The first state the sentence names outside the phrase other than a minority's kin state, else the state
    of a town it names there ("Police in Osh released about 100 ethnic Uzbek men": Kyrgyz)."""
    own = {t.i for t in head.subtree}
    return next((code for code in _states_beside(head) if code != kin), None) or next(
        (code for t in head.sent if t.i not in own and t.dep_ == "pobj" and t.head.lower_ in ("in", "at", "of")
         and (code := _town_code(t)) and code != kin), None)


def _states_beside(head: Token, borders: bool = True) -> Iterator[str]:
    """The states the sentence names outside the phrase (without the ones whose border it names, if asked)."""
    own = {t.i for t in head.subtree}
    return (code for t in head.sent if t.i not in own and t.lower_ not in STATELESS and not in_personal_name(t)
            and (borders or t.head.lemma_.lower() not in ("border", "frontier")) and (code := code_of(t.text)))


def _stateless(head: Token) -> bool:
    """"Kurdish activists", "the Kurds", "Tuareg rebels": a people with no state of its own."""
    return head.lower_ in STATELESS or any(c.lower_ in STATELESS for c in head.children if c.dep_ in ("amod", "compound"))


def _ethnic_kin(head: Token) -> str | None:
    """The kin state of an "ethnic" people: "ethnic Albanians", "ethnic Albanian party leaders" (ALB)."""
    words = [head, *(c for c in head.children if c.dep_ in ("amod", "compound"))]
    return next((code for w in words if (any(c.lower_ == "ethnic" for c in w.children) or after_ethnic(w))
                 and (code := code_of(w.text))), None)


def _ethnic_word(head: Token) -> bool:
    """"ethnic Albanians", and "ethnic Albanian guerrillas" where "ethnic" modifies the adjective."""
    modifiers = [c for c in head.children if c.dep_ in ("amod", "compound")]
    return any(t.lower_ == "ethnic" for m in modifiers for t in (m, *m.children))


def _is_troops(token: Token) -> bool:
    return SECTOR_WORDS.get(token.lower_) == "MIL"


def _spanning(token: Token) -> bool:
    """"the Inter-American Commission", "Pan-African troops", "an inter-American force": a word of many states, not
    of the one named (an "inter-Malian dialogue" is among Malians)."""
    doc = token.doc
    prefix = doc[token.i - 2] if token.i >= 2 else None
    return prefix is not None and doc[token.i - 1].text == "-" and prefix.lower_ in ("inter", "pan", "trans") \
        and (prefix.text[:1].isupper() or token.lower_ == "american") \
        and not doc[token.i - 1].whitespace_ and not prefix.whitespace_


def _code_at(tokens: list[Token], divisions: bool = True) -> str | None:
    for token in tokens:
        if _opposed_to(token) or after_ethnic(token) or in_personal_name(token) or of_a_continent(token) or of_its_past(token) \
                or token.dep_ == "npadvmod" and token.head.lower_ in MADE_BY or _spanning(token):
            continue  # "Sofia Andersson" is no Bulgarian, "former Soviet republics" no USSR, "a Russian-made
            # helicopter" no Russian's, "a US-brokered ceasefire" no American one
        if (home := _minority_home(token)) is not None:
            return home
        doc = token.doc
        if token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "state" and doc[token.i + 1].dep_ != "poss" \
                and token.dep_ == "compound" and (division := geo.place_country(f"{token.text} State", cities=False)):
            return division  # "in Niger state", "Rivers State": a Nigerian state, not the country Niger
        if token.ent_type_ and token.ent_iob_ in ("B", "I"):
            ent = entity_at(token)
            if ent is not None:
                code = code_of(ent.text) or code_of(re.sub(r"^(the|The)\s+", "", ent.text)) or _joined_place_code(ent)
                if not code and divisions and token.dep_ in ("compound", "nmod", "pobj") \
                        and ent.label_ in ("GPE", "LOC", "ORG") and token.head.lemma_.lower() != "party":
                    # (not a party's own name: "the Morena party" is Mexico's, whatever town is called Morena)
                    # "Sonora officials", "cattle raiders from Jonglei" (the small tagger calls many an ORG:
                    # for those only a division's name counts, never a city's)
                    code = geo.place_country(ent.text, cities=ent.label_ != "ORG")
                if code:
                    return code
        code = covering_country(token) or code_of(token.text) or (regional_people(token) if divisions else None)
        if not code and divisions and token.pos_ == "PROPN" and token.dep_ == "pobj" and token.head.lower_ == "of" \
                and token.head.head.lemma_.lower() in TOWN_OFFICES:
            code = geo.place_country(token.text)  # "the prefect of Lyon", whatever person the tagger took Lyon for
        if not code and token.dep_ == "npadvmod" and token.head.lower_ == "based" and token.pos_ == "PROPN":
            code = geo.place_country(token.text)  # "a Wuhan-based front company": where it is based
        if not code and divisions and token.pos_ == "PROPN" and token.dep_ == "compound" \
                and token.head.lower_ in LOCAL_FORCES:
            # "Kano police", "Queensland Police"; a place of several words by all of them ("West Midlands Police" is
            # no Zimbabwean province's)
            run = _name_before(token.head)
            if run and run[0].lower_ == "greater":
                run = run[1:]  # "Greater Manchester Police": Manchester's
            code = geo.place_country(" ".join(t.text for t in run) if len(run) > 1 else (run or [token])[0].text)
        if not code and divisions and _division_government(token):
            code = geo.place_country(token.text, cities=False)
        if not code and divisions and token.pos_ == "PROPN" and token.dep_ == "compound" \
                and token.head.lemma_.lower() in DIVISION_NOUNS:
            # "the Kursk region" (Kursk tagged a product), by all of a name of several words ("Ha Tuyen province")
            code = geo.place_country(" ".join(t.text for t in _name_before(token.head)), cities=False)
        if code and token.lower_ in ETHNIC_GROUPS and _first_name(token):
            code = None
        if code and _names_a_feature(token):
            return place_code(f"{token.lower_} {token.doc[token.i + 1].lower_}")
        # a name is written with a capital: the "ocha" of "Chan-ocha" is no OCHA
        known = builtin().lookup(token.text) if not code and token.pos_ == "PROPN" and token.text[:1].isupper() \
            and not _after_given_name(token) else None
        if known is not None and _names_a_region(token, known):
            known = None
        if known is not None and known.type != "person" and known.country:
            code = known.country
        if not code and token.i + 1 < len(token.doc) and token.text[:1].isupper():  # "the west bank of the Dnipro"
            code = place_code(f"{token.lower_} {token.doc[token.i + 1].lower_}")
        if code:
            return code
    return None


# A place's own forces of order, named by the place: "Kano police", "Greater Manchester Police".
LOCAL_FORCES = frozenset({"police", "constabulary", "gendarmerie", "sheriff", "firefighters"})


def _division_country(name: str) -> str | None:
    """The country of a county or province a force is named after: GeoNames' divisions one country alone names so
    (not a city's name, which many towns share: Cleveland Police are English, Essex Police no Vermont force; nor a
    division that a major city's name shares: "Manchester" is no Jamaican parish)."""
    region = geo.region_country(name)
    return geo.district_country(name) or (region if region is not None and geo.place_country(name) == region else None)
DIVISION_LEVELS = frozenset({"provincial", "state", "regional", "county", "district", "municipal"})


def _division_government(token: Token) -> bool:
    """"the Gauteng provincial government", "the Oyo State government": a name before the government of a
    state's division is the division's, however the tagger labelled it (the small one calls many a person)."""
    head = token.head
    return token.pos_ == "PROPN" and token.dep_ in ("compound", "nmod") and head.lower_ in ("government", "administration") \
        and any(c.lower_ in DIVISION_LEVELS and c.i > token.i for c in (*head.children, *token.children))


# Peoples named after a state who live as a community in others: "Bosnian Serb forces", "Kosovo Serb leaders".
MINORITY_PEOPLES = frozenset({"serb", "serbs", "croat", "croats", "albanian", "albanians"})


def _minority_home(token: Token) -> str | None:
    """"Bosnian Serb forces", "Croatian Serb rebels", "Kosovo Serb leaders": a state's word before a people's name
    is the state they live in, as PETRARCH's dictionaries read the first word and PLOVER coders code them; None
    for any other word."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    if token.lower_ not in MINORITY_PEOPLES or before is None or not before.text[:1].isupper():
        return None
    home = token_country(before) or place_code(before.text)
    return home if home is not None and home != code_of(token.text) else None


FEATURES = {"delta", "river", "basin", "valley", "lake", "mountains", "highlands"}


def _names_a_feature(token: Token) -> bool:
    """"the Niger Delta", "the Congo River": a country's name before a river's or a region's word names that
    feature (Nigerian, or of several states), not the country."""
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return after is not None and after.lower_ in FEATURES and after.text[:1].isupper()


def _first_name(token: Token) -> bool:
    """"Karen Bass" is a person: a people's name followed by a proper noun is a first name."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    # but "Tamil Tiger rebels": a name that only qualifies a common noun names the group
    return following is not None and following.pos_ == "PROPN" and following.ent_type_ == "PERSON" \
        and not (following.dep_ == "compound" and following.head.pos_ == "NOUN")


def _opposed_to(token: Token) -> bool:
    """"an anti-Syria journalist" is no Syrian: a country after "anti-" is what the phrase is against."""
    doc = token.doc
    if token.lower_.startswith("anti-"):
        return True
    return token.i >= 2 and doc[token.i - 1].text == "-" and doc[token.i - 2].lower_ in ("anti", "pro")


# Words that make a group the state's own: "state-backed hackers", "government-linked", "military hackers".
STATE_RUN = frozenset({"state-backed", "state-sponsored", "state-linked", "government-backed", "government-linked",
                       "state", "military", "government", "kremlin-backed", "intelligence"})


def _sector(head: Token) -> str | None:
    if head.lemma_.lower() in ("party", "side", "faction") and any(
            c.lower_ in ("warring", "belligerent", "fighting") for c in head.children):
        return "MIL"  # "Sudan's warring parties": the armed sides of a war, no political parties
    if head.lower_ in ("committee", "council", "cabinet") and any(c.lower_ == "security" for c in head.children):
        return "GOV"  # "Pakistan's National Security Committee", a government's council, not its police
    if head.lemma_.lower() == "bomber" and any(c.dep_ in ("amod", "compound", "poss") and token_country(c)
                                                 for c in head.children) \
            and not any(c.lower_ in ("suicide", "car", "would-be") for c in head.children):
        return "MIL"  # "US bombers struck Fordow": a state's aircraft, not suicide bombers
    if head.lower_ in ("council", "tribunal") and any(c.lower_ == "constitutional" for c in head.children):
        return "JUD"  # "Cameroon's Constitutional Council", which judges elections and laws
    modifiers = {c.lower_ for c in head.children if c.dep_ in ("compound", "amod", "poss")}
    joined = {f"{g.lower_}-{c.lower_}" for c in head.children if c.dep_ == "amod" for g in c.children
              if g.dep_ == "npadvmod"}  # "state-backed", which the tokenizer splits
    if head.lemma_.lower() == "hacker" and (modifiers | joined) & STATE_RUN:
        return "MIL" if "military" in modifiers else "GOV"  # "China's state-backed hackers": the state's, no rebels
    if head.lower_ in ("deputy", "deputies") and modifiers & {"sheriff", "sheriffs", "u.s.", "marshals"}:
        return "COP"  # "sheriff's deputies", no legislators
    if head.lower_ in ("agency", "agencies") and any(w.startswith(("anti", "intelligence", "security", "spy", "tax",
                                                                    "border", "drug", "space", "environment"))
                                                     for w in modifiers):
        return "GOV"  # "Nigeria's anti-graft agency": a state's, no news agency
    if head.lower_ == "supporters" and "opposition" in modifiers:
        return "OPP"  # "opposition supporters" are the opposition; supporters alone are people at large
    words = [head.lower_] + [c.lower_ for c in head.children if c.dep_ in ("compound", "amod")]
    if head.lower_ in ("congress", "confederation", "federation", "council") and head.text[:1].isupper() and any(
            w in LABOUR_WORDS for w in [*words, *(t.lower_ for p in head.children if p.dep_ == "prep"
                                                        and p.lower_ == "of" for t in p.subtree)]):
        return "LAB"  # "the Nigeria Labour Congress", "the Congress of South African Trade Unions": unions, no legislature
    if head.lower_ in ("leader", "leaders") and len(words) > 1:
        words = words[1:] + words[:1]  # "the opposition leader", "a rebel leader": whose leader, not a ruler
    if any(indian_union(c) for c in head.children if c.dep_ == "compound"):
        words = [w for w in words if w != "union"]  # "Union Finance Minister": India's government (GOV below)
    for word in words:
        if word in SECTOR_WORDS and not (word == "union" and word == head.lower_ and head.text[:1].isupper()):
            # "the African Union" is no labour union ("Dutch union FNV" is)
            return SECTOR_WORDS[word]
    return None


# What a group of non-governmental bodies is called in the plural: "rights groups", "aid agencies".
NGO_KINDS = frozenset({"group", "agency", "organization", "organisation", "charity", "watchdog"})


def _generic(head: Token, sector: str | None) -> Actor | None:
    """An uncoded actor: a named organisation or person, or a sector group ("troops")."""
    if head.ent_type_ in ("ORG", "PERSON", "NORP") and head.pos_ == "PROPN":
        ent = entity_at(head)
        name = re.sub(r"^(the|The)\s+", "", ent.text if ent is not None else head.text)
        kind = "person" if head.ent_type_ == "PERSON" else "organisation"
        if kind == "organisation" and head.lower_ in NGO_HEADS:
            return Actor(id=slugify(name), name=name, country="NGO", type=kind, sector="NGO")
        if head.ent_type_ == "NORP" and head.lower_ in PARTY_MEMBERS and head.tag_ == "NNPS":
            return Actor(id=slugify(name), name=name, type="organisation", sector="PTY")  # "the Conservatives"
        # "the Popular Movement for the Liberation of Angola" (its tail hung elsewhere by the parser) is Angola's
        state = next((code for t in (ent if ent is not None and kind == "organisation" else [])
                      if t.i > head.i and t.doc[t.i - 1].lower_ == "of" and len(code := code_of(t.text) or "") == 3
                      and code not in NON_STATE), None)
        return Actor(id=slugify(name), name=name, country=state, type=kind)  # type: ignore[arg-type]
    peacekeeping = head.lower_ in PEACEKEEPING or any(c.lower_ in PEACEKEEPING for c in head.children
                                                      if c.dep_ in ("compound", "amod"))
    if peacekeeping and not any(c.dep_ == "poss" for c in head.children):  # "its peacekeeping forces" are the UN's
        name = " ".join(t.lower_ for t in head.subtree if t.dep_ in ("compound", "amod") or t.i == head.i)
        return Actor(id=slugify(name), name=name, country="IGO", type="group", sector="MIL")
    plural_ngo = sector is None and head.tag_ == "NNS" and head.lemma_.lower() in NGO_KINDS  # "rights groups"
    if (sector == "NGO" or plural_ngo) and any(c.lower_ in NGO_WORDS for c in head.children
                                              if c.dep_ in ("compound", "amod")):
        name = " ".join(t.lower_ for t in head.subtree if t.dep_ in ("compound", "amod") or t.i == head.i)
        return Actor(id=slugify(name), name=name, country="NGO", type="organisation", sector="NGO")
    # a sentence's capitalised first word can be tagged a name: "Rebels, who had besieged the town, …"
    common = head.pos_ == "NOUN" or head.pos_ == "PROPN" and not head.ent_type_ and head.lower_ in SECTOR_WORDS
    if sector is not None and common:
        return Actor(id=slugify(head.lower_), name=head.lower_, type="group", sector=sector)
    return None
