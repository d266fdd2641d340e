"""Questions asked of a verb or noun in the parse: is it negated, future, hypothetical, reported, passive;
what are its subject, objects and prepositions. Plain functions shared by the reader and the coder."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from spacy.tokens import Doc, Token

from saywho.actors import geo
from saywho.actors.countries import is_metonym
from saywho.actors.dictionary import NON_STATE, QUANTITIES, SECTOR_WORDS, STATE_BODIES, actor_of_state, builtin, code_of
from saywho.actors.phrases import CURRENCIES, SEAS, entity_at, regional_people
from saywho.attribution import lexicon, speakers
from saywho.attribution.acts import ORGANISATION_NOUNS
from saywho.events.mood import _future
from saywho.events.words import (
    ADJECTIVES,
    BLAME_WORDS,
    CIVIL_ACTS,
    DIALOGUE_WORDS,
    EXILING,
    FRAMES,
    INHERIT,
    LIGHT_VERBS,
    OBJECT_CLASSES,
    PLACE_NOUNS,
    PLACE_PREPS,
    PROTEST_NOUNS,
    PROTESTING,
    PUNITIVE,
    REGION_NOUNS,
    REPORTING,
    SOLIDARITY_WORDS,
    STATIVE,
    SUBJECT_DEPS,
    THREAT_FUTURE,
    THREAT_WORDS,
    UNPLACED_SECTORS,
    VERBS,
    WEAPONS,
)
from saywho.model import Actor, Attribution


def _is_cue(token: Token, item: Attribution) -> bool:
    return item.cue is not None and item.cue.start <= token.idx < item.cue.end


# -- parse helpers -----------------------------------------------------------------

def _statements_by_token(doc: Doc, attributions: list[Attribution]) -> list[Attribution | None]:
    """For each token, the first attribution whose cue or content range holds its offset.

    Painted from the last attribution to the first, so the first wins, as a scan in order would find it:
    asking every attribution for every verb and pronoun was quadratic in the length of a document.
    """
    offsets = [t.idx for t in doc]
    owner: list[Attribution | None] = [None] * len(doc)
    for item in reversed(attributions):
        ranges = ([(item.cue.start, item.cue.end)] if item.cue is not None else []) + [(s.start, s.end) for s in item.content]
        for start, end in ranges:
            for i in range(bisect_left(offsets, start), bisect_left(offsets, end)):
                owner[i] = item
    return owner


def _subject_tokens(subject: Token | None, verb: Token) -> set[int]:
    """The subject phrase's tokens, less the verb's own when a misparse hangs the verb inside its subject."""
    if subject is None:
        return set()
    tokens = {t.i for t in subject.subtree}
    return tokens - {t.i for t in verb.subtree} if verb.i in tokens else tokens


def _outside_predicate(verb: Token) -> set[int]:
    """Token indices that are not the predicate: the verb, its subject, and reporting clauses."""
    subject = _subject(verb)
    skip = _subject_tokens(subject, verb)
    return skip | _reporting_clauses(verb) | {verb.i}


def _reporting_clauses(verb: Token) -> set[int]:
    """"..., officials said", "according to reports": who reports the act is no part of it."""
    skip: set[int] = set()
    root = verb.sent.root
    for head in {verb.i: verb, root.i: root}.values():
        for child in head.children:
            if child.dep_ == "parataxis" or child.lower_ == "according" or (
                    child.dep_ in ("ccomp", "advcl") and child.lemma_.lower() in REPORTING):
                skip |= {t.i for t in child.subtree}
    if root.lemma_.lower() in REPORTING and root.i != verb.i:  # "..., officials said": the reporters
        skip |= {root.i} | {t.i for c in root.children if c.dep_ in SUBJECT_DEPS for t in c.subtree}
        skip |= set(reported_from(verb))  # (and where they said it: see reported_from)
    return skip


def reported_from(verb: Token) -> list[int]:
    """Where the report of an act was made, "…, a spokesman for the movement said in N'Djamena": no place of the
    act itself, only the story's, as a dateline's is (the tokens of the reporting verb's own prepositions)."""
    root = verb.sent.root
    if root.i == verb.i or root.lemma_.lower() not in REPORTING:
        return []
    return [t.i for c in root.children if c.dep_ == "prep" and verb not in c.subtree for t in c.subtree]


def _place_actor(token: Token, code: str) -> Actor:
    """A place as an actor: its own name, its country's code ("central Baghdad" → Baghdad, IRQ)."""
    named = next((o for p in token.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                  if o.dep_ == "pobj" and o.pos_ == "PROPN"), None) if token.pos_ == "NOUN" else None
    word = named if named is not None else token
    ent = entity_at(word)  # "the town of Apatzingán": Apatzingán
    start = min([c.i for c in word.children if c.dep_ == "compound" and c.pos_ == "PROPN"] + [word.i])
    name = (ent.text if ent is not None else word.doc[start: word.i + 1].text).removeprefix("the ")  # "Novi Sad"
    state = actor_of_state(code)
    if name.lower() == state.name.lower():
        return state
    return Actor(id=speakers.slugify(name), name=name, country=code, type="state")


def _adjective_partner(noun: Token, source: Actor) -> Actor | None:
    """"Indian and Pakistani troops clashed": the second nationality is the counterpart."""
    for adjective in noun.children:
        if adjective.dep_ in ("amod", "compound", "nmod"):  # "Thai and Cambodian": "Thai" an nmod
            for other in adjective.conjuncts:
                code = code_of(other.text)
                if code and code != source.country:
                    return actor_of_state(code, SECTOR_WORDS.get(noun.lower_))
    return None


def _whither(verb: Token) -> set[int]:
    """Where people are sent away to ("expelled two Catholic priests to Rome"), which is no one acted on."""
    if _lemma(verb) not in EXILING:
        return set()
    return {t.i for p in verb.children if p.dep_ == "prep" and p.lower_ == "to" for t in p.subtree}


# The words after a town's name in a building's ("Atlanta City Hall", "Heathrow Airport"; not "Plaza de Mayo").
BUILDINGS = frozenset({"city", "hall", "town", "airport", "international", "stadium", "station", "railway", "central",
                       "port", "harbour", "harbor", "terminal", "prison", "jail", "courthouse", "university", "hospital"})


# A place named as waters ("the South China Sea", "the English Channel"): no state's territory.
WATER_NAMES = SEAS | {"channel"}


def _place_code(token: Token, cities: bool = True) -> str | None:
    """The country of a place word: a city, capital, region or state ("central Baghdad", "the Gaza Strip").
    Names the built-in tables lack are looked up as cities in GeoNames, unless ``cities`` is off (the name
    of a province is no city: "the province of Antioquia" is Colombian, the city Antioquia Turkish)."""
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in REGION_NOUNS:
        cities = False
    towns = cities and _said_to_be_place(token)
    ent = entity_at(token)
    if ent is not None and ent[-1].lower_ in WATER_NAMES:
        return None  # "in the South China Sea", "the Sea of Japan" names a sea, no state's ground
    if ent is not None and ent.label_ in ("GPE", "LOC", "FAC"):
        owned = ent.end < len(ent.doc) and ent.doc[ent.end].lower_ in ("'s", "’s") and ent.doc[ent.end].dep_ == "case" \
            and ent[-1].dep_ != "poss"  # "in St George's on Monday": the name's own "'s", owning nothing
        code = owned and geo.place_country(ent.text + "'s", cities) or code_of(ent.text) \
            or code_of(ent.text.removeprefix("the ")) or geo.place_country(ent.text, cities, towns and ent.label_ != "FAC")
        if code is None and ent.label_ == "FAC":
            # "outside Atlanta City Hall", "at Heathrow Airport": a building named after its town is in that town
            code = next((c for k in range(len(ent) - 1, 0, -1) if ent[k - 1].pos_ == "PROPN"
                         and all(t.lower_ in BUILDINGS for t in ent[k:])
                         and (c := geo.place_country(ent[:k].text.removeprefix("the "), cities))), None)
        return code
    if (town := _site_town(token)) is not None:
        return town
    if token.ent_type_ in ("NORP", "PERSON") and _named_as_place(token):
        # the small tagger takes towns for peoples or people ("in Andijan", "the town of Kandy"): where the words
        # say a place is named and no people or state has the name, it is the town GeoNames knows
        ent = entity_at(token)
        name = ent.text if ent is not None else token.text
        if is_metonym(name):
            return code_of(name)  # "in Asuncion", tagged a people: a capital, its state's
        return None if code_of(name) else geo.place_country(name, cities, towns)
    if token.ent_type_ == "NORP":
        return None  # "hundreds of ethnic Hungarians" are a people, not a place
    if token.pos_ == "PROPN":  # a name the tagger missed or called an organisation: "Khanty-Mansiysk (Siberia)"
        start = min([c.i for c in token.children if c.dep_ == "compound"] + [token.i])
        names = [token.doc[start: token.i + 1].text, token.text]
        names += [c.text for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
        # "the University of New Mexico": the whole name is a US state's before its last word is Mexico
        whole = geo.place_country(names[0], cities=False) if start < token.i and not code_of(names[0]) else None
        code = whole or next((code for code in map(code_of, names) if code), None)
        if code is None and token.ent_type_ in ("", "GPE", "LOC", "ORG", "FAC", "WORK_OF_ART", "PRODUCT", "EVENT",
                                                  "LANGUAGE"):
            # "in Bamako", tagged an organisation, "in Nanterre" a work of art, "in Zaporizhzhia" a language;
            # never "in March"
            code = geo.place_country(names[0], cities, towns)
        return code
    for child in token.children:  # "the Iraqi city of Basra"
        if child.dep_ == "prep" and child.lower_ == "of":
            inner = [g for g in child.children if g.dep_ == "pobj"]
            if inner and token.lemma_.lower() in PLACE_NOUNS:
                code = _place_code(inner[0], cities=token.lemma_.lower() not in REGION_NOUNS)
                if code:
                    return code
    if token.lemma_.lower() in PLACE_NOUNS:  # "the French city of Lyon", "the Sri Lankan town of Jaffna"
        owners = [c for c in token.children if c.dep_ == "poss"]  # "Nigeria's oil-rich Delta state"
        code = next((code for code in (code_of(o.text) for o in owners) if code), None)
        if code:
            return code
        words = [c for c in token.children if c.dep_ in ("amod", "compound")]
        start = min([t.i for w in words for t in w.subtree], default=token.i)
        names = [token.doc[start: token.i].text] + [w.text for w in words]
        code = next((code for code in map(code_of, names) if code), None)
        if code is None and token.lemma_.lower() != "state" \
                and (proper := " ".join(t.text for t in token.doc[start: token.i] if t.pos_ == "PROPN")):
            # "in Sai Buri district", "western Kigoma region": the words say the name is a place's, a small one's
            # too (a division first: "Antioquia province" is Colombian, though a town in Turkey has the name)
            code = geo.region_country(proper) or geo.district_country(proper) or geo.place_country(proper, towns=True)
        return code
    return None


def _said_to_be_place(token: Token) -> bool:
    """"in X", "near X", "the village of X", "residents of X": words that say a name is a place's, so that it may be
    a small town's (a name alone may be anyone's: "President Viola", "the Palace of Justice")."""
    if token.dep_ != "pobj" or token.ent_type_ == "PERSON":
        return False
    if token.head.lower_ == "of":
        return token.head.head.lemma_.lower() in PLACE_NOUNS | RESIDENTS or _town_part(token.head.head)
    return token.head.lower_ in PLACE_PREPS


# Who live in a place named after "of": "residents of Jinjang", "the people of Tanjong Malim".
RESIDENTS = frozenset({"resident", "people", "villager", "inhabitant", "townspeople", "citizen"})
# Parts of a town that "of" names it by, where things happen: "fought in the streets of Andijan".
TOWN_PARTS = frozenset({"street", "outskirt", "outskirts", "suburb", "centre", "center", "heart", "neighbourhood",
                        "neighborhood", "quarter", "square", "slum", "township", "downtown"})


def _town_part(noun: Token) -> bool:
    """"in the streets of X", "on the outskirts of X", "near the centre of X": a part of a town where an act was (not
    "at the heart of the dispute": the part must itself be where, after "in", "at", "near" …)."""
    return noun.lemma_.lower() in TOWN_PARTS and noun.dep_ == "pobj" and noun.head.lower_ in PLACE_PREPS - {"of"}


def _site_town(token: Token) -> str | None:
    """"Workers at the Tema oil refinery", "students at Vlora University", "staged a sit-in at the Chaman border
    crossing": a site named after its town, where the act or its doers were, is in that town (the name must be a
    town GeoNames has and no state's or known actor's: "the Shell refinery" is a company's)."""
    if token.lemma_.lower() not in SITES or token.dep_ != "pobj" or token.head.lower_ not in PLACE_PREPS - {"of"} \
            or not (token.head.head.pos_ in ("VERB", "AUX") or token.head.head.dep_ in ("nsubj", "nsubjpass", "dobj")):
        return None  # where the act or its doers were, not a side phrase ("over the deaths of detainees at Hola camp")
    if _preps(token, ["in"]):
        return None  # "San Marcos University in Lima": the town the words name, not one the site's name shares
    start = min((t.i for c in token.children if c.dep_ in ("compound", "nmod") and c.i < token.i for t in c.subtree),
                default=token.i)
    words = list(token.doc[start: token.i])
    while words and words[-1].pos_ != "PROPN":  # "the Tema oil refinery", "the Chaman border crossing"
        words.pop()
    if not words or any(t.pos_ != "PROPN" or t.ent_type_ == "PERSON" for t in words):
        return None
    name = token.doc[words[0].i: words[-1].i + 1].text
    town = geo.place_country(name, towns=True)
    if (code := code_of(name)) is not None:
        return code if code == town and code not in NON_STATE else None  # a capital's ("in a Managua church")
    return town if builtin().lookup(name) is None else None


# Sites named after their town: "the Natanz facility", "the Zaporizhzhia nuclear power plant".
FACILITIES = frozenset({"plant", "facility", "site", "reactor", "base", "airbase", "refinery", "dam", "mine", "depot",
                        "complex", "terminal", "port", "airport", "shipyard", "factory"})
# ... and those where the act or its doers were ("workers at the Tema oil refinery", "students at Vlora University")
SITES = FACILITIES - {"site", "reactor", "complex"} | {
    "mill", "university", "camp", "prison", "jail", "courthouse", "market", "station", "barracks", "barrack",
    "garrison", "estate", "plantation", "dockyard", "harbour", "harbor", "stadium", "hospital", "college", "crossing",
    # a town's buildings and grounds: "a hunger strike in a Managua church", "outside a Montreal concert hall"
    # (not streets, named after towns anywhere: "Tarata street" is in Lima; nor courts, where suits are only filed)
    "church", "mosque", "temple", "cathedral", "synagogue", "hotel", "hall", "school", "square", "park", "suburb",
    "neighbourhood", "neighborhood", "slum", "township", "restaurant", "cafe", "café", "bar", "nightclub", "cinema",
    "theatre", "theater", "club", "bank", "shop", "store", "mall", "office", "headquarters", "hostel", "bazaar"}


def _named_as_place(token: Token) -> bool:
    """A name the words make a place: "the town of X" (a person's name too), or "in/at X" for a name tagged as a
    people ("in Andijan": a people is "among", never "in"; "near X" is often a small border town of either side)."""
    if token.dep_ != "pobj":
        return False
    if token.head.lower_ == "of":
        return token.head.head.lemma_.lower() in PLACE_NOUNS or _town_part(token.head.head) \
            or token.head.head.lower_ == "out" and token.head.head.dep_ in ("prep", "prt", "advmod")  # "out of Pattani"
    return token.head.lower_ in ("in", "at") and (token.ent_type_ == "NORP" or token.ent_type_ == "PERSON" and not any(
        c.dep_ in ("case", "poss") or c.lower_ in ("'s", "’s") for c in token.children) and not any(
        t.ent_type_ == "PERSON" and t.i < token.i and t.dep_ == "compound" for t in token.children))
    # "in Pattani", "at Hue", tagged a person: a person is seldom "in" or "at", a town often


# What a group signs that then speaks for it: "Leaflets signed by the Shining Path warned Lima residents".
SIGNED_PAPERS = frozenset({"leaflet", "banner", "poster", "pamphlet", "handbill", "flyer", "statement", "communique",
                           "communiqué", "letter", "note", "message", "placard", "tract"})


def _signer(subject: Token) -> Token | None:
    """Whoever signed the paper that is the subject ("Banners signed by the Zetas cartel threatened …")."""
    if subject.lemma_.lower() not in SIGNED_PAPERS:
        return None
    return next((p for a in subject.children if a.dep_ == "acl" and a.lemma_.lower() == "sign"
                 for b in a.children if b.dep_ == "agent" for p in b.children if p.dep_ == "pobj"), None)


def _subject(verb: Token) -> Token | None:
    """The verb's subject, inherited through xcomp, conj and participle clauses."""
    token = verb
    for _ in range(6):
        subjects = [c for c in token.children if c.dep_ in SUBJECT_DEPS]
        if len(subjects) > 1 and subjects[0].tag_ == "NNS" and subjects[0].i + 1 == subjects[1].left_edge.i:
            return subjects[1]  # "Presidents José Mujica and Cristina Kirchner agreed": the title parsed apart
        if subjects:
            return _signer(subjects[0]) or subjects[0]
        if token.dep_ in ("relcl", "acl") and token.head.lemma_.lower() in PROTEST_NOUNS:
            token = token.head  # "converging for a rally to protest": the rally's subject is the people at it
            while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
                token = token.head
            continue
        if token.dep_ == "relcl" and token.head.pos_ in ("NOUN", "PROPN"):
            return token.head
        if token.dep_ == "acl" and token.head.lemma_.lower() in ISSUED and token.head.dep_ == "dobj" \
                and token.tag_ == "VBG" and token.head.head.pos_ == "VERB":
            token = token.head.head  # "The Security Council adopted a resolution condemning Iran": the Council's
            continue
        if token.dep_ == "acl" and token.head.pos_ in ("NOUN", "PROPN"):
            if _misparsed_main(token):
                return token.head if _shared_report(token) else token.sent.root
            return token.head if token.tag_ == "VBG" else None
        if token.dep_ == "xcomp" and token.head.lemma_.lower() in CAUSING and (
                caused := next((c for c in token.head.children if c.dep_ == "dobj" and c.i < token.i), None)) is not None:
            return caused  # "…, prompting Spain to recall its ambassador": Spain recalls
        if token.dep_ not in INHERIT or token.head.i == token.i:
            return None
        token = token.head
    return None


# Verbs by which one makes another act: "prompting Spain to recall its ambassador", "leading Washington to impose".
CAUSING = frozenset({"prompt", "lead", "force", "cause", "spur", "drive", "compel", "push", "provoke", "trigger"})


# Texts a body adopts or issues, whose words are its act: "adopted a resolution condemning Iran".
ISSUED = frozenset({"resolution", "statement", "declaration", "communique", "communiqué", "motion", "decree", "letter"})


def _framed(verb: Token) -> Token | None:
    """The verb an intent or commitment frames: "agreed [to deploy]", "committed to [deploying]", "ready [to go]"."""
    for child in verb.children:
        if child.dep_ == "xcomp" and child.pos_ in ("VERB", "AUX"):
            return _lexical(child)
        if child.dep_ == "acomp" and _lemma(child) in FRAMES:
            inner = _framed(child)
            if inner is not None:
                return inner
        if child.dep_ == "prep" and child.lower_ in ("to", "on"):
            for grandchild in child.children:
                if grandchild.dep_ == "pcomp" and grandchild.pos_ == "VERB":
                    return grandchild
        if child.dep_ == "advcl" and child.pos_ == "VERB" and FRAMES.get(_lemma(verb)) == "REQUEST" \
                and any(c.dep_ == "mark" and c.lower_ == "for" for c in child.children):
            return child  # "pushing hard for the US [to] support its plan": the act asked for is the request's
        if child.dep_ == "advcl" and child.pos_ == "VERB" and _lemma(verb) == "call" and child.i > verb.i \
                and any(p.dep_ == "prep" and p.lower_ in ("on", "upon") for p in verb.children) \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
            return child  # "called on Beijing [to lift] the ban", the parse making the infinitive an adverbial
        if child.dep_ == "advcl" and child.pos_ == "VERB" and _lemma(verb) == "ask" \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children) \
                and any(o.dep_ == "dobj" and o.i < child.i for o in verb.children):
            return child  # "asked France in January to [pull] its forces out": a phrase between makes it adverbial
            # ("pressed Sweden on Wednesday to stop …" is read as before: pressing names whom it presses)
        if child.dep_ == "ccomp" and _lemma(verb) in ("announce", "decide", "agree", "threaten", "vow", "pledge", "promise") \
                and (_future(child) or any(c.dep_ == "aux" and c.lower_ in ("would",) for c in child.children)):
            return child
    return None


def _lexical(verb: Token) -> Token:
    """"to be able to send": skip copulas to the verb that carries the meaning."""
    if verb.lemma_ == "be":
        for child in verb.children:
            if child.dep_ in ("acomp", "xcomp"):
                return _framed(child) or child
    return verb


def _actor_intends(verb: Token) -> bool:
    """Only an actor's own future act is a promise or a threat, not "troops would be deployed"."""
    return not _passive(verb)


# A reply already made: "launched missiles in retaliation for the killing", "retaliated against".
DONE_IN_RETURN = re.compile(r"\bin (?:retaliation|response|revenge|reprisal) (?:for|to|against)\b|\bretaliated\b"
                            r"|\b(?:was|were) (?:a |an )?(?:\w+ )?(?:retaliation|response|revenge|reprisal) (?:for|to)\b"
                            r"|\b(?:is|are|was|were) (?:a |an )?(?:clear |pure |simply )?(?:\w+ )?(?:retaliation|revenge|reprisal)\b")


def _cue_category(item: Attribution, category: str | None, mode: str | None) -> tuple[str | None, str | None]:
    """A reporting verb is coded by what kind of speech act it is, and a warning by its content."""
    if item.cue is None:
        return category, mode
    lemma = item.cue.text.lower()
    text = " ".join(s.text.lower() for s in item.content)
    if category is None:
        for words, coded in ((THREAT_WORDS, ("THREATEN", None)), (SOLIDARITY_WORDS, ("SUPPORT", None)),
                             (DIALOGUE_WORDS, ("AGREE", None)), (BLAME_WORDS, ("ACCUSE", "disapprove"))):
            if words is BLAME_WORDS and re.search(r"\b(?:not|n't|never|no longer)\b", text):
                continue  # "said it was not responsible for the attack" denies, it blames no one
            if words is THREAT_WORDS and DONE_IN_RETURN.search(text):
                continue  # "said it launched missiles at Israel in retaliation for …": an act done, reported
            if any(word in text for word in words) or words is THREAT_WORDS and THREAT_FUTURE.search(text):
                return coded
        return None, None
    if category == "THREATEN" and lemma.startswith("warn") and not any(word in text for word in THREAT_WORDS) \
            and not THREAT_FUTURE.search(text):
        return "THREATEN", "warn"
    return category, mode


def _cue_group(lemma: str) -> str | None:
    from saywho.attribution.lexicon import verb_group

    group = verb_group(lemma)
    return group if group != "speech" else None


def _objects(verb: Token) -> list[Token]:
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "attr", "oprd")]
    objects += [o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("on", "in", "to", "out", "up", "under", "into")
                for o in p.children if o.dep_ == "pobj"]
    for child in verb.children:
        if child.dep_ == "prt":
            objects += [o for p in child.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    expanded = []
    objects += [c for noun in objects if noun.dep_ == "dobj" for c in noun.conjuncts]  # "artillery, mortar and rocket fire"
    for noun in objects:
        expanded.append(noun)
        expanded += [c for c in noun.children if c.dep_ == "compound"]
        # "staged a sit-in outside parliament", parsed with the sit-in modifying "parliament"
        expanded += [c for c in noun.children if c.dep_ == "nmod" and c.lemma_.lower() in PROTEST_NOUNS]
        if noun.lemma_.lower() in CURRENCIES | {"million", "billion"}:
            # "fined Google 2.4 billion euros": the parser hung the fined on the sum as its modifier
            expanded += [c for c in noun.children if c.dep_ == "nmod" and c.pos_ == "PROPN" and c.i == noun.left_edge.i]
        # "a team of observers", "$10 million in humanitarian aid"
        expanded += [o for p in noun.children if p.dep_ == "prep" and p.lower_ in ("of", "in") for o in p.children
                     if o.dep_ == "pobj"]
    return expanded


def _noun_class(noun: Token) -> str | None:
    lemma = noun.lemma_.lower()
    if lemma == "fire" and noun.head.lemma_ == "set":
        return "fire"
    if lemma in ("service", "access", "line") and any(c.dep_ in ("compound", "amod")
                                                     and c.lemma_.lower() in OBJECT_CLASSES["communications"]
                                                     for c in noun.children):
        return "communications"  # "cut mobile internet services", "blocked internet access"
    return None


MEDIA_WAYS = {"phone", "telephone", "video", "videoconference", "videolink", "link", "satellite", "letter", "email"}


def _called(verb: Token) -> list[Token]:
    """Whom "called on", "appealed to" or "apologized to" names: "called on Russia to withdraw", "appealed to
    Beijing to stop"."""
    if _lemma(verb) == "call":
        # "called for Israel to halt its offensive": the parser makes "for" the infinitive's mark, the one called on
        # its subject
        bidden = [s for c in verb.children if c.dep_ in ("advcl", "ccomp", "xcomp") and c.i > verb.i
                  and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
                  for s in c.children if s.dep_ == "nsubj" and s.pos_ in ("PROPN", "NOUN")]
        return _preps(verb, ["on", "upon"]) + bidden
    # "apologized to Brazil for one of its gunboats …": whom the apology was made to
    return _preps(verb, ["to"]) if _lemma(verb) in ("appeal", "plead", "apologize", "apologise") else []


def _preps(token: Token, names: list[str]) -> list[Token]:
    found = []
    children = list(token.children)
    # "spoke by telephone with Rouhani": the parser hangs the counterpart on the medium, not on the verb
    children += [c for p in children if p.dep_ == "prep" and p.lower_ in ("by", "via", "over") for o in p.children
                 if o.dep_ == "pobj" and o.lemma_.lower() in MEDIA_WAYS for c in o.children]
    for child in children:
        if (child.dep_ in ("prep", "agent") or child.dep_ == "dative" and child.pos_ == "ADP") and child.lower_ in names:
            objects = [c for c in child.children if c.dep_ == "pobj"]
            # a misparse can hang the noun lower down: "to five officers holed up in ..."
            objects = objects or [t for t in child.subtree if t.pos_ in ("NOUN", "PROPN")][:1] or _stranded(child)
            found.extend(objects)
    return sorted(found, key=lambda t: names.index(t.head.lower_) if t.head.lower_ in names else 99)


def _detached_agent(verb: Token) -> Token | None:
    """"Aristide has been accused of misusing public funds, much of it believed embezzled, by current Haitian
    officials": after an aside set off by commas, the parser hangs the passive's "by" phrase on the
    aside's verb. A comma-led "by" phrase on the passive's head, past the passive's own words, is its agent."""
    head = verb.head
    if head.i == verb.i or not any(c.dep_ == "auxpass" for c in verb.children):
        return _agent_on_sum(verb)
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "by" and prep.i > verb.right_edge.i \
                and prep.doc[prep.i - 1].text == ",":
            return next((c for c in prep.children if c.dep_ == "pobj"), None)
    return _agent_on_sum(verb)


def _agent_on_sum(verb: Token) -> Token | None:
    """"Meta was fined 1.2 billion euros by Ireland's Data Protection Commission", "was jailed for 10 years by a
    Moscow court": the passive's "by" phrase hung on the sum or the term that follows it."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    sums = [c for c in verb.children if c.dep_ == "dobj"] + [o for p in verb.children if p.dep_ == "prep"
                                                              for o in p.children if o.dep_ == "pobj"]
    return next((o for s in sums if any(c.dep_ == "nummod" or c.like_num for c in s.children)
                 for p in s.children if p.dep_ == "prep" and p.lower_ == "by" for o in p.children if o.dep_ == "pobj"),
                None)


def _predicated(word: Token) -> bool:
    """Whether a word is what something is called: the complement of "is"/"called" ("was a grave provocation",
    "is unacceptable", "an act of aggression"), or a statement of its own ("'Unacceptable,' he said")."""
    token = word
    while token.dep_ in ("amod", "compound", "pobj", "prep", "conj") and token.head.i != token.i:
        token = token.head
    return token.dep_ in ("attr", "acomp", "oprd", "ROOT")


def _nonlethal(noun: Token) -> bool:
    """Crowd-control weapons: tear gas, water cannon, rubber or plastic bullets, batons."""
    words = {noun.lemma_.lower()} | {c.lower_ for c in noun.children if c.dep_ in ("compound", "amod")}
    if noun.lemma_.lower() == "bullet":
        return bool(words & {"rubber", "plastic"})
    return bool(words & {"teargas", "truncheon", "baton"}) or "gas" in words and "tear" in words \
        or noun.lemma_.lower() == "cannon" and "water" in words


# How something is done, not by whom: "deported 600 migrants by ship", "seized the town by force".
MEANS = MEDIA_WAYS | {"ship", "boat", "sea", "air", "road", "rail", "train", "plane", "aircraft", "bus", "car", "truck",
                      "lorry", "ferry", "helicopter", "land", "foot", "force", "hand", "mail", "decree", "default"}


def _proposers(objects: list[Token]) -> list[Token]:
    """Whoever the objects name with "by": "a force *proposed by* Western allies", "an attack *by* gunmen"; not
    the means ("by ship")."""
    return [a for noun in objects for word in (noun, *(c for c in noun.children if c.dep_ == "acl"))
            for a in _preps(word, ["by"]) if not (a.lemma_.lower() in MEANS and not any(
                c.dep_ in ("det", "poss", "amod", "compound") for c in a.children))]


# What someone puts to another, who is whom rejecting or answering it is aimed at.
PROPOSALS = frozenset({"offer", "request", "demand", "proposal", "call", "appeal", "accusation", "allegation",
                       "bid", "invitation", "ultimatum", "suggestion", "initiative", "plea", "overture", "proposition"})


def _offerers(objects: list[Token]) -> list[Token]:
    """Who put forward what the objects name: "a Russian offer", "EU accusations", "demands from Cairo", "an offer
    from Central African leaders" (the adjective, name or "from" of a proposal, a demand or an accusation)."""
    return [a for noun in objects if noun.lemma_.lower() in PROPOSALS
            for a in [*_named_modifiers(noun), *_preps(noun, ["from"])]]


def _named_modifiers(noun: Token) -> list[Token]:
    """The people, state or body an adjective or a name before a noun says it is theirs: "a Russian offer", "EU
    accusations", "Israeli air raids"."""
    return [c for c in noun.children if c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE", "ORG")]


def _grounds(verb: Token) -> set[int]:
    """"arrested a retired colonel for spying for China", "expelled a diplomat for meeting dissidents": the words
    of why an act was done (a "for", or the charge's "of" or "with", with a gerund of no subject of its own), whom
    they name no one it is aimed at."""
    return {t.i for p in verb.subtree if p.dep_ == "prep" and (
                p.lower_ == "for" and any(c.dep_ in ("pcomp", "pobj") and c.tag_ == "VBG"
                                          and not any(g.dep_ == "nsubj" for g in c.children) for c in p.children)
                # "convicted a Ukrainian citizen of spying for Moscow", "charged three men with assisting Russia's
                # intelligence service": the charge, whose words name no one the act is aimed at
                or p.lower_ in ("of", "with") and (p.head.dep_ == "dobj" and p.head.head.i == verb.i
                                                   or p.head.i == verb.i and _lemma(verb) in CHARGED_WITH)
                and any(c.dep_ in ("pcomp", "pobj") and c.tag_ == "VBG" and not any(g.dep_ == "nsubj" for g in c.children)
                        for c in p.children)
                # "on suspicion of spying for Israel", "on charges of aiding Russia": the grounds, named as such
                or p.lower_ in ("on", "over", "for") and any(c.dep_ == "pobj" and c.lemma_.lower() in GROUND_NOUNS
                                                             for c in p.children)
                # "targeted the vessel in solidarity with the Palestinian people": for whom, not at whom
                or p.lower_ == "in" and any(c.dep_ == "pobj" and c.lemma_.lower() in SOLIDARITY for c in p.children)
                # (the parser may hang its "with" on the verb: "… in solidarity with the Palestinian people")
                or p.lower_ in ("with", "of") and p.i > 0 and p.nbor(-1).lemma_.lower() in SOLIDARITY
                and p.nbor(-1).dep_ == "pobj")
            for t in p.subtree}


# For whom an act is done: "in solidarity with the Palestinian people", "in support of Hamas", "in memory of".
SOLIDARITY = frozenset({"solidarity", "support", "memory", "honour", "honor", "sympathy"})
# Verbs whose "with" or "of" names the charge: "charged three men with assisting Russia's intelligence service".
CHARGED_WITH = frozenset({"charge", "accuse", "convict", "indict", "suspect", "acquit", "clear", "arrest", "detain"})
GROUND_NOUNS = frozenset({"suspicion", "charge", "allegation", "accusation", "suspicions", "charges", "allegations"})


def _stranded(prep: Token) -> list[Token]:
    """"granted asylum to five Panamanian army officers holed up in ...": the parser can make the
    preposition's object the subject of the clause after it; the noun phrase that starts right after
    the preposition is its object all the same."""
    after = prep.doc[prep.i + 1: prep.i + 10]
    return [t for t in after if t.dep_ in ("nsubj", "nsubjpass") and t.left_edge.i == prep.i + 1][:1]


def _prep_object(verb: Token, names: tuple[str, ...]) -> bool:
    return bool(_preps(verb, list(names)))


# Verbs that take a clause: reporting verbs and frames ("said [he left]", "agreed [to withdraw]").
CLAUSE_TAKING = lexicon.VERBS | lexicon.CLAUSE_ONLY | set(FRAMES)


def _joint(noun: Token, verb: Token) -> bool:
    """"joint military exercises", "Thailand and Malaysia held exercises", "exercises with Britain"."""
    subject = _subject(verb)
    partners = bool(_preps(noun, ["with"]) or _preps(verb, ["with"])) or (subject is not None and bool(subject.conjuncts))
    if any(c.lower_ in ("joint", "combined", "bilateral", "multinational") for c in noun.children):
        # (not one command's "joint" drills of its own services: "the Eastern Theater Command launched joint
        # military drills around Taiwan")
        return partners or subject is None or subject.tag_ not in ("NN", "NNP") or subject.lower_ == "nato" \
            or any(c.dep_ in ("amod", "nummod") and c.lower_ in ("two", "both") for c in subject.children)
    return partners


def _reporter(verb: Token) -> bool:
    """"..., a member of the Chadian team trying to [broker] a pact has said": what the reporter is
    described as doing is who reports the news, not news."""
    root = verb.sent.root
    if root.lemma_.lower() not in REPORTING or root.i == verb.i:
        return False
    subjects = [c for c in root.children if c.dep_ in SUBJECT_DEPS]
    if len(subjects) > 1:
        subjects = subjects[-1:]  # the first of two subjects is the misparsed report (see _shared_report)
    return any(verb.i != s.i and verb in s.subtree for s in subjects)


def _crowd(verb: Token) -> bool:
    """Whether the verb's subject is a crowd: "demonstrators protesting election results"."""
    subject = _subject(verb)
    if subject is not None and subject.lower_ in QUANTITIES and subject.lower_ not in ("group", "number"):
        return True  # "thousands of Serbs protested in Belgrade"
    if subject is not None and any(c.lower_ in ("armed", "masked", "unidentified") for c in subject.children):
        return False  # "armed men stormed a church": an attack, not a crowd's protest
    return subject is not None and (SECTOR_WORDS.get(subject.lower_) in ("OPP", "CVL") or _a_people(subject))


def _unnamed_people(noun: Token | None) -> bool:
    """"Motorists in Tehran protested": a plural common noun that names no body, state or sector is people
    acting for themselves (a body protests diplomatically: "the ministries protested")."""
    return noun is not None and noun.tag_ == "NNS" and noun.ent_type_ == "" and noun.lower_ not in SECTOR_WORDS \
        and noun.lemma_.lower() not in ORGANISATION_NOUNS and noun.lower_ not in QUANTITIES


def _a_people(noun: Token) -> bool:
    """"Kenyans", "South Koreans", "Czechs": a plural people's noun names people, not their state (which protests
    diplomatically: "South Korea protested to Japan")."""
    lower = noun.lower_
    return noun.tag_ in ("NNS", "NNPS") and lower.endswith("s") and (
        code_of(lower[:-1]) is not None or regional_people(noun) is not None) and noun.ent_type_ in ("NORP", "GPE", "")


def _stative(verb: Token) -> bool:
    """"Israel is opposed to French mediation": a participle that states a stance, not a passive act."""
    return _lemma(verb) in STATIVE and not any(c.dep_ == "agent" for c in verb.children)


def _misparsed_main(verb: Token) -> bool:
    """"Doctors from two American aid groups donated and delivered goods to ...": the small parser makes the
    first noun the sentence's root and the main verb a participle hanging off it. A root noun with no verb
    above it cannot be a whole news sentence, so a past-tense verb after it that takes an object (itself or
    its conjunct) is the main verb and the noun its subject."""
    if verb.dep_ != "acl" or verb.i < verb.head.i or verb.tag_ not in ("VBD", "VBN"):
        return False
    if _shared_report(verb):
        return True
    root = verb.sent.root
    if root.pos_ not in ("NOUN", "PROPN") or any(a.pos_ in ("VERB", "AUX") for a in verb.ancestors):
        return False
    if verb.tag_ == "VBD":
        return True  # a past tense is no participle: "The UN chief called on Ethiopia to ..."
    own = {t.i for t in verb.subtree}
    if not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in verb.sent if t.i not in own) \
            and not any(c.dep_ == "conj" and c.pos_ == "VERB" for c in verb.children):
        return True  # "Hundreds of students protested in Sarajevo on Thursday": no other verb could be the sentence's
        # (but "Hundreds of women dressed in white marched": a participle before the verb it hangs on)
    # "Japan's trade minister, Ken Saito, called on Beijing to lift the ban": an object, or a named one after "on"
    return any(c.dep_ == "dobj" for v in (verb, *verb.conjuncts) for c in v.children) or any(
        o.ent_type_ in ("GPE", "ORG", "NORP", "PERSON") for p in verb.children if p.dep_ == "prep" and p.lower_ == "on"
        for o in p.children if o.dep_ == "pobj")


def _shared_report(verb: Token) -> bool:
    """"Palestinian youths resorted to throwing stones ..., officials said": the parser can make the
    report's subject a second subject of "said", with its verb a participle hanging off it. A reporting
    verb with two subjects has one too many; the first, with its verb, is the report."""
    noun = verb.head
    report = noun.head
    if noun.dep_ != "nsubj" or _lemma(report) not in REPORTING or report.i < verb.i:
        return False
    return any(c.dep_ == "nsubj" and c.i > verb.i for c in report.children)


def _passive(verb: Token) -> bool:
    """"was attacked", and the participle in "troops deployed to Ukraine"."""
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and not _misparsed_main(verb):
        return True
    if verb.dep_ == "conj" and verb.tag_ == "VBN" and not any(c.dep_ in SUBJECT_DEPS + ("aux",) for c in verb.children) \
            and verb.head.i != verb.i and _passive(verb.head):
        return True  # "was detained and later released by Dutch police": "released" is passive too
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def _uncoded(actor: Actor) -> bool:
    """A named organisation or person the dictionaries do not place in any country."""
    return not actor.country and actor.type in ("organisation", "person")


def _counterpart(verb: Token) -> bool:
    """Whether a meeting has someone to meet: an object, a with-phrase, or a plural or conjoined subject."""
    if any(c.dep_ == "dobj" for c in verb.children) or _prep_object(verb, ("with",)):
        return True
    subject = _subject(verb)
    return subject is not None and (subject.tag_ in ("NNS", "NNPS") or len(subject.conjuncts) > 0
                                    or subject.lower_ in ("they", "we"))


CHARGES = frozenset({"charge", "accusation", "allegation", "claim"})  # what a denial answers
DENIALS = frozenset({"deny", "reject", "dismiss", "dispute", "refute"})  # the verbs that answer it


def _charge_denied(verb: Token) -> bool:
    """"…, a charge Russia rejected", "a claim the Emirates has denied": the wire's way of adding a denial, news."""
    return verb.dep_ == "relcl" and verb.head.lemma_.lower() in CHARGES \
        and _lemma(verb) in DENIALS


def _background(verb: Token) -> bool:
    """A relative clause describes its noun ("assets they lost when Idi Amin [expelled] them", "a plan that
    will not [allow] candidates"): background to the news, unless it is a protest's aim ("a rally to protest")."""
    for token in [verb, *verb.ancestors]:
        if token.dep_ == "relcl" and token.head.pos_ in ("NOUN", "PROPN"):  # "Rebels, who had besieged …"
            return token.head.lemma_.lower() not in PROTEST_NOUNS and not _charge_denied(token)
    if _dated_from(verb):
        return True
    # and so does a past participle after it ("aid workers [held] hostage in Mali", "sanctions [imposed] on Iran
    # in 2006 were lifted"): what had been done to the noun, not the sentence's news
    if any(c.dep_ in ("aux", "auxpass", "mark") for c in verb.children):
        return False
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN") \
            and verb.sent.root.pos_ in ("VERB", "AUX") and _lemma(verb) not in lexicon.VERBS:
        # (a sentence with no verb as its root is misparsed, its main verb read as such a participle; and a
        # report hung on its speaker, "…, a rights group protested", is a report)
        return True
    # the parser reads "rescued four aid workers held hostage" as a clause of "rescued": a verb that takes no
    # clause has none, so a bare "-ed" form after its object is that participle
    return verb.dep_ == "ccomp" and verb.tag_ in ("VBD", "VBN") and verb.head.pos_ == "VERB" \
        and verb.head.i < verb.i and _lemma(verb.head) not in CLAUSE_TAKING \
        and any(c.dep_ == "nsubj" and c.i > verb.head.i for c in verb.children)


def _dated_from(verb: Token) -> bool:
    """A past act told beside the news it dates: "A decade after Boko Haram abducted 276 schoolgirls, soldiers
    rescued …", "… since Stockholm expelled two diplomats in 2019" (not "retaliated after Russia shelled Kharkiv"
    nor "two days after police arrested 200 farmers", which may be this week's news too)."""
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ in ("since", "after")), None)
    if verb.dep_ != "advcl" or mark is None or verb.tag_ not in ("VBD", "VBN") \
            or verb.head.lemma_.lower() in ("be", "have", "remain", "become", "stay"):
        return False  # "has been a flashpoint since Iran seized a tanker": the seizure is the sentence's one act
    return mark.lower_ == "since" or any(c.dep_ == "npadvmod" and c.lemma_.lower() in LONG_SPANS for c in verb.children) \
        or any(t.ent_type_ == "DATE" and _YEAR.fullmatch(t.text) for t in verb.subtree)


LONG_SPANS = {"decade", "year", "month", "century", "generation"}  # "a decade after …", not "two days after …"
_YEAR = re.compile(r"(1[89]|20)\d\d")


def _protest_purpose(verb: Token) -> bool:
    """"shunned work to protest ...", "a rally in Lagos to protest ...": a protest, not a verbal accusation;
    but "blocked streets to protest" is one act, the blocking."""
    if _lemma(verb) not in PROTESTING or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    if verb.dep_ == "advcl":
        return verb.head.pos_ == "VERB" and _lemma(verb.head) not in VERBS and not _light_act(verb.head)
    return verb.dep_ in ("relcl", "acl") and verb.head.lemma_.lower() in PROTEST_NOUNS


def _light_act(verb: Token) -> bool:
    """Whether a light verb's object makes an act of it ("closed the border"; not "closed their shops", which is only
    how the protest was made)."""
    groups = [group for group, _, _ in LIGHT_VERBS.get(_lemma(verb), [])]
    return any(o.lemma_.lower() in OBJECT_CLASSES[group] for o in _objects(verb) for group in groups)


def _rallies_against(verb: Token) -> bool:
    """"called for sanctions against Nigeria": a call for punishment of someone, not a request of them."""
    if _lemma(verb) not in ("call", "appeal", "press", "push", "urge", "campaign", "lobby"):
        return False
    return any(noun.lemma_.lower() in PUNITIVE and _preps(noun, ["against", "on"]) for noun in _preps(verb, ["for"]))


def _weapon_unowned(verb: Token) -> bool:
    """"A car bomb exploded outside a police station in Bilbao", "a landmine killed three children": a weapon
    going off or killing is an attack by someone unnamed, coded by where it happened, like a passive attack
    (CAMEO 183)."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lemma_.lower() not in WEAPONS or verb.dep_ not in ("ROOT", "conj", "ccomp"):
        return False
    # "A landmine killed three children in Yemen", "a drone struck a minibus": the weapon's unnamed user attacked,
    # unless the weapon says whose it is ("Ukrainian shells", "a Russian missile": the rules read that)
    return _lemma(verb) in ("explode", "detonate", "blast") or VERBS.get(_lemma(verb), ("",))[0] == "ASSAULT" \
        and not any(c.dep_ in ("amod", "compound", "poss") and code_of(c.text) for c in subject.children)


def _attempted(verb: Token) -> bool:
    """"An attempt to assassinate the deputy governor": an attack attempted is an attack (CAMEO 185)."""
    return verb.dep_ == "acl" and verb.head.lemma_.lower() in ("attempt", "bid") and \
        VERBS.get(_lemma(verb), ("",))[0] == "ASSAULT"


def _acts(actor: Actor) -> bool:
    """Only an identified actor is an event's source; "troops" alone is nobody in particular."""
    return bool(actor.country) or actor.type in ("person", "organisation", "state") or bool(actor.title)


def _named(actor: Actor | None) -> bool:
    """A person or organisation the text names ("Jake Ellis", "Paramount"), not a group or a title alone."""
    if actor is None or actor.type not in ("person", "organisation") or not actor.name[:1].isupper():
        return False
    # "Protesters" opening a sentence is no name; "the opposition Social Democrats" is one
    return actor.sector not in ("CVL", "OPP", "REB", "MIL", "COP") or sum(w[:1].isupper() for w in actor.name.split()) >= 2


def _placeless(actor: Actor | None, category: str) -> bool:
    """A doer the text names, or a state's body, party, armed group or union by its kind, or people at large in an
    act people do, though of no state the text gives: an event of its own, sector only (words.UNPLACED_SECTORS;
    ``coding.unplaced_events``)."""
    return actor is not None and (_named(actor) or actor.sector in UNPLACED_SECTORS
                                  or actor.sector == "CVL" and category in CIVIL_ACTS)


def _own_state(actor: Actor, source: Actor) -> bool:
    """Whether ``actor`` is the state or government a person speaks for ("France", said its president)."""
    return source.type == "person" and bool(source.country) and actor.country == source.country \
        and actor.type != "person" and (actor.type == "state" or actor.sector == "GOV")


def _state_actor(actor: Actor) -> bool:
    """A state or one of its bodies or officials, with a state's code."""
    return bool(actor.country) and actor.country not in NON_STATE and (
        actor.type == "state" or actor.sector in STATE_BODIES)


def _home(group: Actor, counterpart: Actor | None) -> Actor | None:
    """"Opposition parties demanded that the Zambian president ...", "Maoist guerrillas ambushed an Indian
    police convoy": a group of the kind that acts at home, facing a state's government, forces, courts or
    legislature, is of that state, as PLOVER coders assume. Facing anyone else ("kidnapped a Chinese
    engineer") it stays unknown, and there is no event. Police or troops of no named country arresting someone,
    and prosecutors or judges charging or sentencing them, are of that person's country."""
    if counterpart is None or not counterpart.country or counterpart.country in NON_STATE:
        return None
    if group.sector in ("COP", "MIL", "JUD", "GOV"):  # "Police arrested opposition leader Kizza Besigye": his
        # country's police; "the government released Raila Odinga": his country's government
        return actor_of_state(counterpart.country, group.sector)
    # parties and opposition face their own state's leaders and bodies; rebels are placed only by the forces
    # they fight (a phrase with a country word and no sector word reads as a government: "Danish Web sites")
    if group.sector == "LAB" and counterpart.sector == "BUS":
        return replace(group, country=counterpart.country)  # "The union accused Samsung management": its employer's
    faced = {"MIL", "COP"} if group.sector in ("REB", "CRM") else STATE_BODIES
    if counterpart.sector not in faced:
        return None
    return actor_of_state(counterpart.country, group.sector)


def _not_same(target: Actor | None, source: Actor) -> Actor | None:
    return None if target is None or target.id == source.id else target


def _lemma(token: Token) -> str:
    """The token's lemma, or a plainer guess when the small model's is odd ("staged" → "stag")."""
    lemma = token.lemma_.lower()
    if lemma in _KNOWN:
        return lemma
    word = token.lower_
    for guess in (word, word[:-1], word[:-2], word[:-3], word[:-3] + "e", word[:-2] + "e"):
        if guess in _KNOWN:
            return guess
    for prefix in PREFIXES:  # "retook", "overthrew", "withheld": an irregular verb behind a prefix
        core = IRREGULAR.get(word.removeprefix(prefix)) if word.startswith(prefix) else None
        if core is not None and prefix + core in _KNOWN:
            return prefix + core
    return lemma


PREFIXES = ("re", "over", "under", "with", "up", "out", "mis", "fore")
# Irregular past forms the small model leaves as they are behind a prefix.
IRREGULAR = {"took": "take", "taken": "take", "threw": "throw", "thrown": "throw", "held": "hold", "drew": "draw",
             "drawn": "draw", "ran": "run", "gave": "give", "given": "give", "broke": "break", "broken": "break",
             "stood": "stand", "struck": "strike", "stricken": "strike", "fought": "fight", "sought": "seek",
             "wrote": "write", "written": "write", "won": "win", "led": "lead", "sent": "send", "bore": "bear",
             "born": "bear", "made": "make", "came": "come", "went": "go", "gone": "go", "shot": "shoot", "rode": "ride",
             "ridden": "ride", "spoke": "speak", "spoken": "speak", "told": "tell", "sold": "sell", "built": "build"}


_KNOWN = frozenset(VERBS) | frozenset(LIGHT_VERBS) | frozenset(FRAMES) | frozenset(ADJECTIVES)


def _country(actor: Actor | None) -> str | None:
    return actor.country if actor is not None else None


# Peoples the dictionaries code by a state who live in many ("Jewish students" at Columbia, "Kurdish" voters in
# Germany): no sign of what country a story is about.
PEOPLES_ABROAD = frozenset({"jewish", "kurdish"})


def _story_country(doc: Doc, upto: int) -> str | None:
    """The country a story is about up to a word: the most named country (places and nationalities; those
    within the last ~60 words count double)."""
    counts: dict[str, int] = {}
    for ent in doc.ents:
        if ent.start > upto:
            break
        if ent.label_ in ("GPE", "NORP", "LOC") and ent.text.lower() not in PEOPLES_ABROAD:
            code = code_of(ent.text)
            if code and len(code) == 3 and code.isalpha():
                counts[code] = counts.get(code, 0) + (1 if ent.start < upto - 60 else 2)
    return max(counts, key=counts.__getitem__) if counts else None
