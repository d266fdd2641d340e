"""Who did it and to whom: the source and target of an event, read off the parse and the actor dictionaries.

A mixin of :class:`saywho.events.reader.Reader`: its subject is the source and its object or
prepositional object the target, with the speaker, the antecedent or the country standing in where
the clause leaves them implicit.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from spacy.tokens import Span, Token

from saywho.actors import geo
from saywho.actors.countries import after_ethnic
from saywho.actors.dictionary import (
    HOMELESS_BODIES,
    NON_STATE,
    SECTOR_WORDS,
    SECTORS,
    actor_of_state,
    builtin,
    code_of,
    state_code,
    surname_key,
)
from saywho.actors.phoenix import first_names
from saywho.actors.phrases import (
    CURRENCIES,
    ENVOYS,
    MISSIONS,
    SEAS,
    city_treaty,
    client_country,
    code_phrase,
    entity_at,
)
from saywho.attribution import lexicon
from saywho.attribution.acts import PLATFORM_NAMES
from saywho.attribution.offices import of_a_state
from saywho.events.grammar import (
    FACILITIES,
    _adjective_partner,
    _called,
    _country,
    _detached_agent,
    _grounds,
    _is_cue,
    _lemma,
    _named_modifiers,
    _offerers,
    _outside_predicate,
    _own_state,
    _passive,
    _place_actor,
    _place_code,
    _predicated,
    _preps,
    _proposers,
    _reporting_clauses,
    _state_actor,
    _story_country,
    _subject,
    _subject_tokens,
    _uncoded,
    _whither,
    reported_from,
)
from saywho.events.phrasings import SAYING
from saywho.events.words import (
    ACTS_OF_OTHERS,
    ALLEGING,
    ARGUMENT_DEPS,
    COURT_DOINGS,
    CRITICISM_PHRASES,
    CRITICISM_WORDS,
    DOMESTIC_SECTORS,
    EXILING,
    GRIEVANCES,
    MEETING,
    OBJECT_CLASSES,
    PLACE_NOUNS,
    PLACE_PREPS,
    PUNISHMENTS,
    SENT_AWAY,
    STATE_SECTORS,
    TARGET_PREPS,
    TRANSFERS,
    WEAPONS,
)
from saywho.model import Actor, Attribution

# Nouns of how someone acts, whose "of" is the one acting: "over the conduct of British frigates".
CONDUCT = frozenset({"conduct", "behaviour", "behavior", "action", "activity", "presence", "policy", "decision", "move"})
# Gatherings at which something is agreed, signed or said: their place is where, not with whom.
GATHERINGS = frozenset({"talks", "talk", "summit", "negotiation", "ceremony", "conference", "meeting", "forum", "session",
                        "gathering", "signing", "convention", "congress"})
# Acts of good offices, praised or thanked as their doer's: "praised Norway's mediation".
GOOD_OFFICES = frozenset({"mediation", "approval", "effort", "role", "leadership", "help", "support", "assistance",
                          "commitment", "dedication", "courage", "restraint", "willingness", "readiness",
                          "contribution", "hospitality", "recognition", "initiative", "talk"})
# A government named by its kind alone, the source's own when the source is another part of the state.
OWN_GOVERNMENT = frozenset({"government", "administration", "cabinet", "executive", "ministry", "regime"})

# What one gives another in words: "support for Sudan", "solidarity with Ukraine".
BACKING = frozenset({"support", "backing", "solidarity", "commitment", "sympathy", "condolence", "condolences",
                     "gratitude", "thanks", "respect"})
# Holders of an office "of" a place or body, named after it: "a former governor of Kogi State, Yahaya Bello".
HOLDERS = frozenset({"governor", "mayor", "minister", "president", "premier", "chief", "head", "leader", "chairman",
                     "chairwoman", "director", "commander", "secretary", "senator", "member", "speaker"})


def _called_so(chars: Span, lowered: str, phrase: str, item: Attribution) -> bool:
    """What was said calls something by a phrase of criticism ("the charges were politically motivated"), in its
    own words: not inside what others called so ("to protest against what they called politically motivated
    charges", told by their lawyer). ``lowered`` is the span's text in lower case, joined once by the caller."""
    at = lowered.find(phrase)
    if at < 0:
        return False
    words = chars.char_span(at, at + len(phrase), alignment_mode="expand")
    if words is None or not _predicated(words[-1]):
        return False
    cue = item.cue.start if item.cue is not None else -1
    return not any(a.lemma_.lower() in lexicon.NAMING and a.idx != cue
                   for a in words[-1].ancestors)


# What an act is aimed at or done outside of, which names no doer's state.
PROTESTED = frozenset({"against", "at", "outside", "toward", "towards", "to", "on"})
# Outlets a state's name may qualify ("Portuguese television", "the Portuguese news agency").
OUTLETS = OBJECT_CLASSES["media"] | {"tv", "agency", "press", "media"}


class Roles:
    """Who did it and to whom: the source and target of an event, read off the parse and the actor dictionaries.

A mixin of :class:`saywho.events.reader.Reader`: its subject is the source and its object or
prepositional object the target, with the speaker, the antecedent or the country standing in where
the clause leaves them implicit.
"""

    home: str | None  # the country of the article's dateline, which the reader sets (ingest.datelines.dateline_country)

    def _criticises(self, item: Attribution) -> bool:
        """"said Japan's decision was a grave provocation", "called the sanctions an act of aggression": what
        was said calls something by a word of criticism; "deployed to prevent any aggression" does not."""
        for span in item.content:
            chars = self.doc.char_span(span.start, span.end, alignment_mode="expand")
            for token in chars if chars is not None else []:
                if token.lower_ in CRITICISM_WORDS and _predicated(token):
                    return True
            lowered = chars.text.lower() if chars is not None else ""
            if chars is not None and any(_called_so(chars, lowered, phrase, item) for phrase in CRITICISM_PHRASES):
                return True
        return False

    # -- actors ----------------------------------------------------------------

    def _attribution_of(self, token: Token) -> Attribution | None:
        """The first attribution whose cue or content holds the token (looked up, not scanned for)."""
        return self._statement_at[token.i]

    def _source(self, verb: Token, attribution: Attribution | None) -> Actor | None:
        subject = _subject(verb)
        if attribution is not None and attribution.source is not None and _is_cue(verb, attribution) and (
                subject is None or verb.tag_ == "VBG" and subject.idx < attribution.source.start < verb.idx):
            # a reporting clause the parse did not give a subject, or a participle after a report that the parse
            # gave the reported clause's ("North Korea fired two missiles, Seoul's military said, calling …"): the
            # statement's source
            phrase = self.doc.char_span(attribution.source.start, attribution.source.end, alignment_mode="expand")
            subject = phrase.root if phrase is not None else None
        coded = self._actor(subject, verb) if subject is not None else None
        if attribution is not None and attribution.speaker is not None and _is_cue(verb, attribution):
            speaker = attribution.speaker
            if coded is not None and not speaker.country and (coded.id == speaker.id or coded.type == speaker.type == "person"
                                                              and coded.name.split()[-1] == speaker.name):
                # (a person named by surname alone whom the dictionary knows: "Frederiksen appealed for …")
                speaker.country, speaker.sector = coded.country, speaker.sector or coded.sector
            if coded is not None and coded.type == speaker.type == "person" and coded.country == "IGO" \
                    and speaker.country != "IGO" and coded.name == speaker.name and subject is not None \
                    and not _envoy_to_a_body(subject):
                # "The U.N. High Commissioner for Human Rights, Michelle Bachelet, urged": the office's (not "Sudan's
                # ambassador to the United Nations, Al-Harith Idriss", a state's envoy to the body)
                return coded
            if coded is not None and coded.type == "person" and coded.country and speaker.type == "group" \
                    and subject is not None and subject.conjuncts:
                return coded  # "Somali President X and Kenyan President Y agreed": the first, the other its counterpart
            if coded is not None and coded.country and speaker.country and coded.country != speaker.country \
                    and speaker.type != "person" and coded.type != "person":
                return coded  # "Turkish Cypriot leaders": the phrase's head-nearest nationality, as CAMEO codes it
            if coded is not None and coded.sector and speaker.type == "state" and coded.id != speaker.id:
                return coded  # "Iraq's Kurdish rebels" are Iraqi rebels, not the state of Iraq
            if coded is not None and coded.country and coded.type != "person" and not speaker.country \
                    and speaker.type == "person":
                return coded  # "The Tamil Tigers criticised …": a body the dictionary knows, read as a name
            if coded is not None and not speaker.country and speaker.type != "person" \
                    and (coded.country or coded.sector or speaker.type == "group"):
                # the dictionary knows "the APEC forum" that the speaker finder only named; "Leaders of the
                # opposition coalition" are the opposition, coded by where they act; "Leaders of the Musavat
                # party", a nominal speaker, act as the party
                return coded
            return speaker
        statement = attribution or self._attribution_of(verb) if subject is not None and _own_side(subject) else None
        if statement is not None and statement.speaker is not None and statement.speaker.country \
                and statement.speaker.type != "state" and not _enemy_group(subject, statement.speaker):
            return statement.speaker  # "Hezbollah said its fighters had clashed …", "… said the group had targeted"
        return coded

    def _agent(self, verb: Token) -> Actor | None:
        # "was detained and later released by Dutch police": the agent of the passive joined to it is its own too
        joined = [c for c in verb.children if c.dep_ == "conj" and c.tag_ == "VBN" and _passive(c)] \
            if not any(c.dep_ == "agent" for c in verb.children) else []
        for child in [*verb.children, *(a for c in joined for a in c.children)]:
            if child.dep_ == "agent":
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if objects:
                    return self._actor(objects[0], verb)
        agent = _detached_agent(verb)
        if agent is not None:
            return self._actor(agent, verb)
        for noun in _preps(verb, ["in"]):  # "were killed in a Saudi air strike": whose strike it was
            if noun.lemma_.lower() in OBJECT_CLASSES["attack"] | {"airstrike"}:
                code = next((code_of(c.text) for c in noun.children if c.dep_ in ("amod", "compound", "poss")
                             and code_of(c.text)), None)
                if code:
                    return actor_of_state(code, "MIL")
        if verb.lemma_.lower() == "summon":  # "Russia's ambassador was summoned to the Foreign Office": its host
            for body in _preps(verb, ["to"]):
                actor = self._actor(body, verb)
                if actor is not None and actor.country:
                    return actor
        if verb.lemma_.lower() in SENT_AWAY:  # "Russia was expelled from the Council of Europe": the body acts
            for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"):
                for body in (c for c in prep.children if c.dep_ == "pobj"):
                    actor = self._actor(body, verb)
                    if actor is not None and actor.country:
                        return actor
        return None

    def _striking(self, verb: Token) -> tuple[Actor, Actor | None] | None:
        """"Israeli strikes on Houthi positions killed nine people": an attack noun as the subject is the act;
        its people's adjective is the attacker and what it fell on the target (as "killed in a Saudi air strike")."""
        subject = _subject(verb)
        if subject is None or subject.lemma_.lower() not in OBJECT_CLASSES["attack"] | {"airstrike", "shelling"}:
            return None
        code = next((code_of(c.text) for c in subject.subtree if c.i < subject.i and c.dep_ in ("amod", "compound")
                     and c.ent_type_ in ("NORP", "GPE") and code_of(c.text)), None)
        # "Russia's strike on a children's hospital": the state that owns the attack
        code = code or next((code_of(c.text) for c in subject.children if c.dep_ == "poss" and c.ent_type_ == "GPE"
                             and code_of(c.text)), None)
        if not code:
            return None
        source = actor_of_state(code, "MIL")
        aimed = (self._actor(o, verb) for o in _preps(subject, ["on", "against", "into", "of"]))
        return source, next((a for a in aimed if a is not None and a.country and a.country != code), None)

    def _venue(self, verb: Token, target: Actor | None) -> bool:
        """"EU foreign ministers met in Brussels", "the two sides held talks in Doha": where a meeting is held
        names no one met (a visit's place is whom it visits: "arrived in Riyadh")."""
        # "agreed to a ceasefire at talks in Nairobi", "signed the accord at a summit in Abuja": the gathering's place
        gatherings = [t for t in verb.subtree if t.dep_ == "pobj" and t.head.lower_ in ("at", "during")
                      and t.lemma_.lower() in GATHERINGS]
        if target is None or _lemma(verb) not in MEETING and not gatherings:
            return False
        talks = [o for o in verb.children if o.dep_ == "dobj" and o.lemma_.lower() in OBJECT_CLASSES["talks"]]
        talks += [t for o in verb.children if o.dep_ == "dobj" for t in _preps(o, ["of"])  # "two days of talks"
                  if t.lemma_.lower() in OBJECT_CLASSES["talks"]]
        if _lemma(verb) == "hold" and not talks and not gatherings:
            return False
        partners = [p for word in (verb, *talks) for p in _preps(word, ["with"])]
        if any((met := self._actor(p, verb)) is not None and met.country == target.country for p in partners):
            return False  # "held talks with Chinese leaders in Beijing": whom they met is named, not only where
        venues = [v for word in (verb, *talks, *gatherings) for v in _preps(word, ["in", "at"])]
        places = [_place_actor(v, code) for v in venues if (code := _place_code(v))]
        named = [actor for v in venues if (actor := self._actor(v, verb)) is not None]
        if any(actor.id == target.id for actor in places + named):
            return True
        # "in Nairobi" read as the Kenyan government, when the sentence names Kenya nowhere else
        inside = {t.i for v in venues for t in v.subtree}
        elsewhere = any(t.i not in inside and t.ent_type_ in ("GPE", "NORP") and code_of(t.text) == target.country
                        for t in verb.sent)
        return bool(gatherings) and not elsewhere and any(actor.country == target.country for actor in places + named)

    def _weapon_user(self, verb: Token) -> Actor | None:
        """"wounded by a landmine planted by separatists": the one who placed or fired the weapon."""
        for child in verb.children:
            if child.dep_ != "agent":
                continue
            for weapon in (c for c in child.children if c.dep_ == "pobj" and c.lemma_.lower() in WEAPONS):
                for user in _proposers([weapon]):
                    return self._actor(user, verb)
        return None

    def _actor(self, head: Token, verb: Token) -> Actor | None:
        if any(c.dep_ == "det" and c.lower_ == "no" for c in head.children):
            return None  # "No militant group has claimed the attack": no one
        if (body := _body_named_before(head)) is not None:
            return body
        if (joined := _joined_state(head)) is not None:
            return joined  # "Trinidad and Tobago", "Sao Tome and Principe": one state, not Simón Trinidad
        if _water(head) or head.dep_ == "pobj" and head.head.lower_ == "of" and _water(head.head.head):
            return None  # "exercises in the Sea of Japan", "the Gulf of Aden": a sea, not the state it is named after
        if _riverbank(head):
            return None  # "clashed on the southern bank of Pangong Tso": a shore, no bank's
        if head.lower_ == "force" and not any(c.dep_ in ("det", "amod", "compound", "poss", "nmod")
                                              for c in head.children):
            return None  # "would dismantle the barricades by force", "threatened to use force": the means, no army
        if head.dep_ == "pobj" and head.head.dep_ == "agent" and head.head.head.lemma_.lower() in lexicon.SEEING:
            return None  # "according to a letter seen by Reuters": who saw the words, not whom they are aimed at
        if (referred := _state_referred(head)) is not None:
            return actor_of_state(referred)  # "halted gas supplies to Latvia, accusing the country of …": Latvia
        if head.dep_ == "pobj" and head.head.lower_ in ("on", "via") and head.lower_ in PLATFORM_NAMES:
            return None  # "dismissed the ultimatum on Telegram": where the words were posted, no one they answer
        if head.lower_ in ("it", "they", "them", "its", "their", "we") or head.dep_ == "nsubj" and head.tag_ == "WDT":
            return self._antecedent(head, verb)
        if head.lower_ in ("i", "me") and head.pos_ == "PRON" and (said := self._attribution_of(head)) is not None \
                and said.speaker is not None:
            return self._speaker_coded(said)  # "“I call on all parties to lay down their arms,” the UN chief said"
        if head.lower_ in ("who", "which", "that") and head.head.dep_ == "relcl":
            return self._actor(head.head.head, verb)
        if head.lower_ in ("him", "her") and head.dep_ != "poss":
            return self._object_person(head, verb)
        if head.lower_ in ("his", "her") and head.dep_ == "poss" and head.sent.start > 0 \
                and (entry := self.register.possessor(head)) is not None \
                and entry.mentions and entry.mentions[0][0] < head.sent.start_char:
            person = entry.actor()  # "Lai said … Beijing dismissed his remarks": the person named before
            known = self.dictionary.lookup(person.name) if not person.country else None
            return known if known is not None and known.type == "person" else person
        if head.lower_ in ("country", "nation") and any(c.dep_ == "poss" and c.lower_ in ("his", "her", "their", "our")
                                                        for c in head.children):
            return self._own_country(head, verb)
        if head.lemma_.lower() in OWN_FORCES and head.dep_ in ("nsubj", "nsubjpass") and any(
                c.dep_ == "poss" and c.lower_ in ("his", "her") for c in head.children) \
                and (state := self._own_country(head, verb)) is not None:
            # "A Honduran army commander said his men would open fire on any Salvadoran patrol": the speaker's
            # state's forces
            return actor_of_state(state.country, OWN_FORCES[head.lemma_.lower()])  # type: ignore[arg-type]
        if head.lower_ in ("office", "ministry", "government", "administration", "cabinet") and any(
                c.dep_ == "poss" and c.lower_ in ("his", "her") for c in head.children) \
                and (state := self._own_country(head, verb)) is not None:
            return replace(state, sector="GOV")  # "Brazil's attorney general said his office had opened an inquiry",
            # "DOHA — Afghanistan's defence minister said his government was ready": his state's, not the dateline's
        found = code_phrase(head, self.register, self.dictionary)
        if head.lower_ in GROUP_WORDS and (found is None or not found.country or found.country == "NGO") \
                and [c.lower_ for c in head.children if c.dep_ != "punct"] == ["the"] \
                and (group := self._group_named_before(head)) is not None:
            return group  # "struck Hezbollah targets, after the group fired rockets": the group named before
        seat = next((code for o in _preps(head, ["in"]) if (code := state_code(_place_code(o)))), None) \
            if found is not None and found.name.lower() in HOMELESS_BODIES else None
        if found is not None and (seat or self.home) and found.country not in (None, seat or self.home) \
                and found.name.lower() in HOMELESS_BODIES and not any(code_of(t.text) for t in head.subtree):
            # "SEOUL (Yonhap) - …, the Joint Chiefs of Staff said", "the Joint Chiefs of Staff in Seoul": a body every
            # state has, of the state its seat or the dateline names
            found = replace(actor_of_state(seat or self.home, found.sector), name=found.name, id=found.id)
        if any(c.dep_ == "poss" and c.lower_ == "our" for c in head.children):
            found = self._ours(head, found) or found
        elif SECTOR_WORDS.get(head.lower_) in ("MIL", "COP") and head.dep_ in ("nsubj", "nsubjpass") \
                and any(c.dep_ == "poss" and c.lower_ == "its" for c in head.children):
            found = self._ours(head, found) or found  # "The Israeli army said its jets had struck …"
        if found is None and head.lower_ in ("he", "she"):
            return self._person_antecedent(head)
        # (or to the place its office is of: "a former governor of Kogi State, Yahaya Bello")
        offices = [c for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                   if o.dep_ == "pobj" for c in o.children] if head.lower_ in HOLDERS else []
        named = next((c for c in [*head.children, *offices] if c.dep_ == "appos" and c.ent_type_ in ("PERSON", "ORG")
                      and (c.ent_type_ == "PERSON" or c.head.i == head.i)), None) \
            if (head.pos_ == "NOUN" or head.lower_ in HOLDERS) and (found is None or found.type != "person") else None
        if named is not None and (person := self._actor(named, verb)) is not None:
            # "arrested the filmmaker Reza Farahani", "Kenya's opposition leader, Raila Mwangi": the one the noun
            # names, of the phrase's country and sector; an international body's office is the body's, whatever
            # state the dictionary knows the holder by ("The U.N. High Commissioner for Human Rights, Michelle Bachelet")
            if found is not None and found.country == "IGO" and person.type == "person" and not _envoy_to_a_body(head):
                return replace(person, country="IGO", sector=found.sector)
            return person if found is None or person.country else replace(
                person, country=found.country, sector=person.sector or found.sector)
        return self._by_surname(found, head)

    def _by_surname(self, found: Actor | None, head: Token) -> Actor | None:
        """A party to an act named by surname alone ("Clinton met Zelaya") is of the one state the dictionary knows
        people of that surname in (:meth:`Dictionary.by_surname_alone`), unless a reader takes the name for a place
        ("Goma"; not the towns called Obama or Eden: :func:`geo.known_place`; nor a name the tagger calls a person's
        that does the act, as Kennedy, a district of Bogota, is in "Kennedy called on Khrushchev"). Only
        here, where the person does something to a state's actor or has it done to them: outside an act, "as
        Herbert notes" in a science story is no Liberian official, and the name is kept as the article gives it."""
        if found is None and (head.pos_ == "PROPN" or head.pos_ == "NOUN" and head.text[:1].isupper()
                              and head.dep_ in ("nsubj", "nsubjpass")) \
                and head.ent_type_ in ("", "PERSON") and not any(c.dep_ in ("compound", "flat") for c in head.children):
            # (and a surname the small tagger took for a plural noun: "Rawlings flew to Ouagadougou")
            found = self.dictionary.by_surname_alone(head.text)  # "Frederiksen appealed …": a name the tagger missed
            return None if found is None or geo.known_place(head.text) else found
        if found is None and _surname_taken_for_a_place(head):
            # "Mutharika conceded defeat": the tagger took a lone surname no gazetteer has for a place's name
            return self.dictionary.by_surname_alone(head.text)
        if _surname_taken_for_a_body(found, head):
            # "Borisov rejected calls to step down": the tagger took a lone surname for an organisation's name
            known = self.dictionary.by_surname_alone(found.name)
            return found if known is None or geo.own_name(found.name) or geo.region_country(found.name) else replace(
                found, type="person", country=known.country, sector=known.sector)
        if found is None or found.type != "person" or found.country or " " in found.name:
            return found
        known = self.dictionary.by_surname_alone(found.name)  # a dict lookup first; the gazetteer only on a hit
        if known is None or not (head.ent_type_ == "PERSON" and head.dep_ == "nsubj") and geo.known_place(found.name):
            return found
        return replace(found, country=known.country, sector=found.sector or known.sector)

    def _group_named_before(self, head: Token) -> Actor | None:
        """The armed group, party or body the dictionary knows, named last before "the group" (in its sentence or
        the one before)."""
        floor = max(0, head.sent.start - 1)
        floor = self.doc[floor].sent.start if floor else 0
        for token in reversed(self.doc[floor: head.i]):
            if token.pos_ != "PROPN" or token.ent_iob_ == "I" and token.i + 1 < head.i \
                    and self.doc[token.i + 1].ent_iob_ == "I":
                continue
            known = self.dictionary.lookup(name.text if (name := entity_at(token)) is not None else token.text)
            if known is not None and known.type != "person" and known.type != "state" \
                    and (known.sector in ("REB", "PTY", "CRM") or known.country == "NGO"):
                return known
        return None

    def _ours(self, head: Token, found: Actor | None) -> Actor | None:
        """"“Our air defences shot down two drones,” Russia's defence ministry said": what a speaker calls "our"
        is of the speaker's country, as a force a body calls "its" is."""
        state = self._speakers_state(head)
        if state is None or state.country is None:
            return None
        if found is not None and found.country == state.country:
            return found
        return actor_of_state(state.country, (found.sector if found is not None else None) or SECTOR_WORDS.get(head.lower_))

    def _antecedent(self, pronoun: Token, verb: Token) -> Actor | None:
        """"Iraq said it would allow ...": the nearest coded noun phrase before the pronoun in its sentence."""
        attribution = self._attribution_of(pronoun)
        if attribution is not None and attribution.speaker is not None and attribution.speaker.type != "person":
            return self._speaker_coded(attribution)
        # the subject of a clause on a noun is not that noun: "the judges it accused", "the EU, which it accused"
        described = pronoun.head.head.i if pronoun.dep_ == "nsubj" and pronoun.head.dep_ == "relcl" else -1
        for token in reversed(list(pronoun.sent)[: pronoun.i - pronoun.sent.start]):
            if token.dep_ in ("nsubj", "dobj", "pobj", "dative", "nsubjpass") and token.pos_ in ("PROPN", "NOUN") \
                    and token.i != described:
                actor = code_phrase(token, self.register, self.dictionary)
                if actor is not None and actor.type != "person" and actor.country:
                    return actor
        if attribution is not None and attribution.speaker is not None and pronoun.lower_ not in ("it", "its"):
            # "“We will suspend all aid,” the EU envoy said": an envoy's "we" is the body the phrase names
            coded = self._speaker_coded(attribution)
            return coded if coded.country or pronoun.lower_ not in ("we", "us", "our") else attribution.speaker
        return None

    def _own_country(self, head: Token, verb: Token) -> Actor | None:
        """"Venezuela's foreign minister said his country was prepared to mediate": the state of whoever
        "his" is, the statement's speaker first."""
        attribution = self._attribution_of(head)
        owner = attribution.speaker if attribution is not None and attribution.speaker is not None else None
        if owner is None or not owner.country:
            owner = self._person_antecedent(head)
        if owner is None or not owner.country or owner.country in NON_STATE:
            return None
        return actor_of_state(owner.country)

    def _speaker_coded(self, attribution: Attribution) -> Actor:
        """The speaker, coded from its source phrase when the speaker finder gave it no country:
        "Ivory Coast rebels ... said they also opposed" are the Ivorian rebels."""
        speaker = attribution.speaker
        assert speaker is not None
        if speaker.country or attribution.source is None:
            return speaker
        phrase = self.doc.char_span(attribution.source.start, attribution.source.end, alignment_mode="expand")
        coded = code_phrase(phrase.root, self.register, self.dictionary) if phrase is not None else None
        return coded if coded is not None and coded.country else speaker

    def _person_antecedent(self, pronoun: Token) -> Actor | None:
        """"King Hassan of Morocco ... he would be ready": the nearest earlier subject in the sentence."""
        for token in reversed(list(pronoun.sent)[: pronoun.i - pronoun.sent.start]):
            if token.dep_ in ("nsubj", "nsubjpass") and token.pos_ in ("PROPN", "NOUN"):
                return code_phrase(token, self.register, self.dictionary)
        return None

    def _object_person(self, pronoun: Token, verb: Token) -> Actor | None:
        """"dialogue with Putin and planned to speak with him": the most recent person named before the
        pronoun, in this sentence or earlier ones, who is not the one acting."""
        subject = _subject(verb)
        acting = self._actor(subject, verb) if subject is not None and subject.lower_ not in ("him", "her") else None
        for i in reversed(self._people[: bisect_left(self._people, pronoun.i)]):
            token = self.doc[i]
            person = code_phrase(token, self.register, self.dictionary)
            if person is not None and person.type == "person" and (acting is None or person.id != acting.id):
                return person
        return None

    def _target(self, verb: Token, inner: Token, source: Actor, cue_of: Attribution | None, passive: bool,
                category: str) -> Actor | None:
        if not passive and (doer := _summed_doer(verb)) is not None and (found := self._actor(doer, verb)) is not None:
            return found  # "Nicaragua expelled the Brazilian ambassador, a move Brazil condemned": Nicaragua's move
        if passive:
            subject = verb.head if verb.dep_ == "acl" else _subject(verb)
            if subject is not None and subject.lemma_.lower() in SUMMARIES and subject.head.pos_ in ("VERB", "AUX") \
                    and subject.head.i < subject.i and (doer := _subject(subject.head)) is not None:
                subject = doer  # "Italy blocked the takeover, a move criticised by Beijing": Italy's move
            if subject is not None:
                found = self._actor(subject, verb)
                if found is not None:
                    return found
        if category in ("SANCTION", "THREATEN") and (partner := self._trade_partner(verb, source)) is not None:
            return partner  # "restrict exports of ASML's machines to China": whom the trade was with
        complaints = [o for o in verb.children if o.dep_ == "dobj" and o.lemma_.lower() in OBJECT_CLASSES["complaint"]]
        if _lemma(verb) in GRIEVANCES or complaints:
            # "complained to the UN over Israeli air raids", "filed a complaint with the UN over British
            # exercises": the grievance is the target, not whom the complaint is made to
            for noun in [n for word in (*complaints, verb) for n in _preps(word, ["against", "over", "about", "at"])]:
                if noun.lemma_.lower() in ACTS_OF_OTHERS and noun.pos_ == "NOUN":
                    # "over an attack on Vietnamese fishermen": whose attack it was, not whom it struck
                    doers = [*_proposers([noun]), *_named_modifiers(noun),
                             *(_preps(noun, ["of"]) if noun.lemma_.lower() in CONDUCT else [])]
                    doer = _act_owner(noun) or next(iter(doers), None)
                    if doer is None:
                        continue
                    noun = doer
                found = self._actor(noun, verb)
                if found is not None and found.id != source.id and found.country:
                    return found
        if category == "REQUEST" and (asked := self._asked_to_act(verb, source)) is not None:
            return asked
        if cue_of is not None:
            doer = self._doer_of_object(verb, source) or (self._charged(verb, source) if category == "ACCUSE" else None) \
                or (self._backed(verb, source) if category == "SUPPORT" else None) \
                or (self._warned_of_punishment(verb, source) if category == "THREATEN" else None)
            if doer is not None:
                return doer
            # "detained several UN staff members, accusing them of spying for the United States": those accused are
            # those the act it explains was done to, not whom they are said to have spied for
            accused = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ in ("them", "him", "her")), None) \
                if category == "ACCUSE" and verb.dep_ == "advcl" else None
            done_to = next((c for c in verb.head.children if c.dep_ == "dobj"), None) if accused is not None else None
            if done_to is not None and (found := self._actor(done_to, verb)) is not None and found.id != source.id \
                    and (found.country or found.type == "person"):
                return found
            addressee = self._addressee(verb)
            if addressee is None and category == "REQUEST" and inner.i != verb.i and _bidden_noun(verb, inner):
                return None  # "urged allies to supply more air-defence systems": whom it asks, of no stated state;
                # what they are asked to do or give is no one it is aimed at
            if addressee is None and inner.i != verb.i:  # "pledged to send troops to Somalia"
                addressee = self._object_actor(inner, source)
            # "has dismissed a force proposed by Western allies": whoever proposed what is rejected
            proposer = next(iter(_proposers([c for c in verb.children if c.dep_ == "dobj"])), None)
            proposed = self._actor(proposer, verb) if proposer is not None else None
            if proposed is not None and proposed.country and proposed.id != source.id:
                return proposed
            if addressee is None and category == "THREATEN":
                addressee = self._warned_whom(verb, source)
            return addressee or self._content_actor(cue_of, source, threat=category == "THREATEN")
        if category == "REQUEST" and _lemma(verb) in ("order", "direct", "instruct"):
            # "the Supreme Court ordered the government to release …": the body ordered, of the court's own state
            ordered = next((c for c in verb.children if c.dep_ == "dobj"), None)
            found = self._actor(ordered, verb) if ordered is not None else None
            if found is not None and not found.country and source.country:
                found = actor_of_state(source.country, found.sector or "GOV")
            if found is not None and found.id != source.id and found.country:
                return found
        if category == "REQUEST" and inner.i != verb.i:  # "pushing for the US [to] support": whom it asks to act
            asked = next((c for c in inner.children if c.dep_ == "nsubj"), None) or next(
                iter(_preps(verb, ["on", "upon"])), None) or next(  # "called on Russia to withdraw"
                (c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i < inner.i and inner.dep_ == "xcomp"
                 and inner.head.i == verb.i), None)  # "had asked the Security Council to convene a meeting"
            found = self._actor(asked, verb) if asked is not None else None
            if found is not None and found.id != source.id and found.country:
                return found
            if asked is not None and _bidden_noun(verb, inner):
                return None  # (as below)
        if _lemma(verb) in ("extradite", "hand", "transfer", "repatriate") or _lemma(verb) == "return" and any(
                c.dep_ == "dobj" for c in verb.children):
            # "extradited a Syrian officer to France": judicial cooperation is with the state that receives him;
            # "returned 21 Benin Bronzes to Nigeria": the state that gets them back
            for noun in _preps(verb, ["to"]):
                found = self._actor(noun, verb)
                if found is not None and found.id != source.id and found.country:
                    return found
        if category == "PROTEST":  # what protesters block or march through is a place; whom they defy is the target
            found = self._opponent(verb, source)
            if found is not None:
                return found
        if _lemma(verb) in EXILING:  # "expelled two Catholic priests to Rome": where they were sent is no one
            expelled = next((c for c in verb.children if c.dep_ == "dobj"), None)
            found = self._actor(expelled, verb) if expelled is not None else None
            return found if found is not None and found.id != source.id and found.country else None
        # "donated and delivered goods to the school": conjoined verbs with no object of their own share the last one's
        shared = [] if any(c.dep_ == "dobj" for c in verb.children) else [c for c in verb.conjuncts if c.i > verb.i]
        for word in dict.fromkeys([inner, verb, *shared]):
            found = self._object_actor(word, source)
            if found is not None:
                return found
        return self._opponent(verb, source)

    def _asked_to_act(self, verb: Token, source: Actor) -> Actor | None:
        """Whom a demand asks to act when it names the act: who is to go ("demanded the withdrawal of Argentine
        forces from the Falklands"), or who holds those to be freed ("the release of two women detained by
        Israel")."""
        for noun in [*(c for c in verb.children if c.dep_ == "dobj"), *_preps(verb, ["for"])]:  # "called for"
            lemma = noun.lemma_.lower()
            if lemma in LEAVINGS:
                doers = _preps(noun, ["of", "by"]) or [c for c in noun.children if c.dep_ == "poss"]
            elif lemma in FREEINGS:
                doers = [a for held in _preps(noun, ["of"]) for c in held.children if c.dep_ == "acl"
                         and c.lemma_.lower() in HOLDING for a in _preps(c, ["by"])]
            else:
                continue
            for doer in doers:
                actor = self._actor(doer, verb)
                if actor is not None and actor.country and actor.country != source.country:
                    return actor
        return None

    def _trade_partner(self, verb: Token, source: Actor) -> Actor | None:
        """The state a trade measure bears on: where exports go or imports come from, anywhere in the object
        ("tightened export controls on chips sold to China", "restrict exports of ASML's machines to China")."""
        for noun in (c for c in verb.children if c.dep_ == "dobj" and _trade_words(c)):
            for token in [*noun.subtree, *_preps(verb, ["to", "from", "into"])]:
                if token.dep_ == "pobj" and token.head.lower_ in ("to", "from", "into") and token.i > noun.i:
                    found = self._actor(token, verb)
                    if found is not None and found.country and found.country != source.country:
                        return found
        return None

    def _doer_of_object(self, verb: Token, source: Actor) -> Actor | None:
        """"Poland denounced Russia's missile strike on a hospital in Kyiv", "Chile praised Norway's mediation
        between Israel and Hamas": praise or blame of an act goes to whose act it is."""
        for noun in (c for c in verb.children if c.dep_ == "dobj"):
            owner = _act_owner(noun, ACTS_OF_OTHERS | GOOD_OFFICES)
            actor = self._actor(owner, verb) if owner is not None else None
            if actor is None or actor.id == source.id:
                continue
            if actor.country and actor.country != source.country:
                return actor  # not "Putin reaffirmed Moscow's support for Serbia": his own state's act
            if not actor.country and owner.pos_ == "PROPN" and owner.ent_type_ in ("ORG", "PERSON", ""):
                return actor  # "condemned Letzte Chance's protest": a named group of no country, at home (_domestic)
        return None

    def _warned_of_punishment(self, verb: Token, source: Actor) -> Actor | None:
        """"warned that protesters who block roads would be arrested": whom a warning says will be punished; "warned
        that Finland would face retaliation", "that Taiwan would pay a heavy price": the state it says will suffer."""
        for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.lemma_.lower() in PUNISHMENTS):
            subject = next((c for c in clause.children if c.dep_ == "nsubjpass"), None)
            actor = self._actor(subject, verb) if subject is not None else None
            if actor is not None and actor.id != source.id:
                return actor
        for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.lemma_.lower() in SUFFERING):
            subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            actor = self._actor(subject, verb) if subject is not None else None
            if actor is not None and actor.country and actor.country != source.country:
                return actor
        return None

    def _backed(self, verb: Token, source: Actor) -> Actor | None:
        """"Sisi reaffirmed Egypt's support for Sudan", "expressed solidarity with Ukraine": whom the support is
        for, not whose it is."""
        for noun in (c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in BACKING):
            for other in _preps(noun, ["for", "to", "with"]):
                actor = self._actor(other, verb)
                if actor is not None and actor.id != source.id and (actor.country or actor.type == "person"):
                    return actor
        return None

    def _charged(self, verb: Token, source: Actor) -> Actor | None:
        """"Odinga said the government had failed the people", "said France's reaction was aggressive": whom a
        statement charges is its clause's subject (or whose act that is), of whatever country, not the first
        coded actor of what was said."""
        if _lemma(verb) not in SAYING:
            return None
        for clause in (c for c in verb.children if c.dep_ == "ccomp"):
            subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is None:
                continue
            subject = _act_owner(subject) or subject
            actor = self._actor(subject, verb)
            if actor is not None and actor.id != source.id:
                return actor
        return None

    def _bare_group(self, verb: Token) -> Actor | None:
        """The verb's object when it is an unnamed group with no country: "40 rebels", "the miners' leaders",
        "agreed to a request by the rebels"."""
        nouns = [c for c in verb.children if c.dep_ == "dobj"] + _preps(verb, ["to", "with", "against"])
        for noun in nouns:
            for word in (noun, *(c for c in noun.children if c.dep_ == "poss"), *_preps(noun, ["by", "of"])):
                actor = self._actor(word, verb)
                if actor is not None and not actor.country and actor.sector in DOMESTIC_SECTORS | {"CVL"}:
                    return actor
        return None

    def _opponent(self, verb: Token, source: Actor) -> Actor | None:
        """"staged rallies in Gaza against the party's leader", "began a strike to protest against Sweden's decision"."""
        subject = _subject(verb)
        skip = _subject_tokens(subject, verb)
        for token in verb.subtree:
            if token.i in skip or token.dep_ != "pobj" or token.head.lower_ not in ("against", "at", "of", "over"):
                continue
            if token.head.lower_ != "against" and token.head.head.lemma_.lower() not in ("protest", "defiance", "disapproval"):
                continue
            # "against the alleged violations by the Israeli military": whoever did what is protested
            for noun in [token, *_preps(token, ["by"])]:
                actor = self._actor(noun, verb)
                if actor is not None and actor.id != source.id and _namable(actor, noun):
                    return actor
        for token in verb.subtree:  # "protested outside the European Parliament": a body outside whose seat one rallies
            if token.i not in skip and token.dep_ == "pobj" and token.head.lower_ in ("outside", "at") \
                    and token.ent_type_ == "ORG" and (actor := self._actor(token, verb)) is not None \
                    and actor.country in ("IGO", "NGO") and actor.id != source.id:
                return actor
        for token in verb.subtree:  # "rallied outside the Chinese consulate": a state's mission stands for it
            if token.i not in skip and token.dep_ in ("pobj", "dobj") and token.lemma_.lower() in MISSIONS:
                actor = self._actor(token, verb)
                if actor is not None and actor.id != source.id and actor.country and actor.country != source.country:
                    return actor
        for child in verb.children:
            if child.dep_ in ("advcl", "xcomp") and child.lemma_.lower() in ("protest", "demand", "denounce"):
                found = self._object_actor(child, source)
                if found is not None:
                    return found
        return None

    def _addressee(self, verb: Token) -> Actor | None:
        # "called on Russia to withdraw", "appealed to Beijing to stop supplying weapons"
        # (and "Saudi Arabia and Kuwait promised aid to Egypt": a dative "to" the parser kept apart from prepositions)
        called = [*_called(verb), *(o for c in verb.children if c.dep_ == "dative" and c.pos_ == "ADP"
                                    and c.lower_ == "to" for o in c.children if o.dep_ == "pobj")]
        for child in [*verb.children, *called]:
            if (child.dep_ in ("dobj", "dative") or child in called) and (
                    child.pos_ in ("PROPN", "NOUN") or child.lower_ in ("him", "her")) \
                    and child.lemma_ not in ("that",):  # "Scholz urged him to back the budget": the man named before
                actor = self._actor(child, verb)
                if actor is not None and _namable(actor, child):
                    return actor
        return None

    def _object_actor(self, verb: Token, source: Actor) -> Actor | None:
        # a dative "to" is a preposition: its object comes with the other prepositional objects below
        objects = [c for c in verb.children if c.dep_ in ("dobj", "dative", "attr", "oprd") and c.pos_ != "ADP"]
        if _lemma(verb) in ("recall", "withdraw", "pull", "summon"):
            # "Katz recalled Israel's ambassador to Madrid": from the state the envoy was sent to
            for host in (h for o in objects if o.lemma_.lower() in ENVOYS for h in _preps(o, ["to", "in", "from"])):
                actor = self._actor(host, verb)
                if actor is not None and actor.country and actor.country != source.country:
                    return actor_of_state(actor.country, "GOV") if actor.type == "state" else actor
        # "fined Apple 1.8 billion euros": the parser may hang the one fined on the sum
        objects += [n for o in objects if o.lemma_.lower() in CURRENCIES for n in o.children
                    if n.dep_ in ("nmod", "compound") and n.pos_ == "PROPN" and n.i < o.i]
        if _lemma(verb) in ("allow", "permit"):  # "allowed UN inspectors to visit": whom it lets in
            objects += [s for c in verb.children if c.dep_ in ("xcomp", "ccomp") for s in c.children if s.dep_ == "nsubj"]
        # "condemned Israel's strike on Hamas leaders": whose act it is, not whom the act hit
        for noun in objects:
            owner = _act_owner(noun, ACTS_OF_OTHERS | GOOD_OFFICES)
            if owner is None or owner.lower_ == "their" and noun.lemma_.lower() in {"talk", "meeting", "summit", "call"}:
                continue  # "met Xi …, their first formal talks in five years": the two who met
            actor = self._actor(owner, verb)
            if actor is not None and actor.id != source.id and actor.country and (
                    noun.lemma_.lower() in ACTS_OF_OTHERS or actor.country != source.country):
                return actor
            if owner.lemma_.lower() in OWN_GOVERNMENT and source.country and source.sector != "GOV":
                # "Kenya's High Court blocked the government's plan to deploy police to Haiti": its own
                return actor_of_state(source.country, "GOV")
        # Whoever proposed what is rejected is the target: "dismissed a force proposed by Western allies".
        proposers = _proposers(objects) + _offerers(objects)
        candidates = list(proposers)
        sent = _lemma(verb) in TRANSFERS and any(_preps(w, ["to", "into"]) for w in [verb, *objects])
        candidates += [] if sent else objects  # what is sent is no target: "send 1,000 peacekeepers to Haiti"
        preps = [p for noun in objects for p in _preps(noun, TARGET_PREPS)] + _preps(verb, TARGET_PREPS)
        preps += [p for child in verb.children if child.dep_ == "prt" for p in _preps(child, TARGET_PREPS)]
        grounds = _grounds(verb)
        # "arrested a colonel for spying for China"; "met on the sidelines of the APEC summit" (where, not whom)
        preps = [p for p in preps if p.i not in grounds and p.lemma_.lower() not in SIDELINES and not _medium(p)]
        preps += [q for p in list(preps) for q in _preps(p, TARGET_PREPS)  # "in the Gaza Strip against Israel"
                  if not _medium(q) and q.i not in grounds]  # (not "in a post on Facebook")
        for noun in (p for p in preps if p.head.lower_ == "against"):
            owner = _act_owner(noun)  # "… against China's tariffs"
            actor = self._actor(owner, verb) if owner is not None and not proposers else None
            if actor is not None and actor.id != source.id and actor.country:
                return actor
        # "against Israel" says more about the target than "in the Gaza Strip", wherever each attaches
        candidates += sorted(preps, key=lambda t: TARGET_PREPS.index(t.head.lower_) if t.head.lower_ in TARGET_PREPS else 99)
        aimed = _preps(verb, ["at", "on"]) + [p for o in objects for p in _preps(o, ["at", "on"])]
        people = next((p for noun in [*candidates, *aimed] if (p := self._people_there(noun, verb, objects)) is not None),
                      None)
        if people is not None:
            return people
        for noun in candidates:
            if noun.i in self.consumed and noun.pos_ == "NOUN":
                # the event noun is no one ("held talks ... in Beijing"); its own arguments say whom it is aimed
                # at ("the blockade of Serbia", "talks with Japanese officials")
                order = ["against", "on", "of", "with", "between", "to"]
                for argument in sorted((a for a in _preps(noun, order) if a.lemma_.lower() not in SIDELINES),
                                       key=lambda t: order.index(t.head.lower_) if t.head.lower_ in order else len(order)):
                    # "a complaint with the WTO against China's tariffs": whose measure is complained of, first
                    owner = _act_owner(argument)
                    actor = self._actor(owner if owner is not None else argument, verb)
                    if actor is not None and actor.id != source.id and _namable(actor, owner if owner is not None else argument):
                        return actor
                continue
            actor = self._actor(noun, verb)
            if actor is not None and noun in proposers and not actor.country \
                    and actor.sector in DOMESTIC_SECTORS | {"CVL"} and _state_actor(source):
                return actor_of_state(source.country, actor.sector)  # "repelled an attack by gunmen"
            if actor is not None and actor.id != source.id and _namable(actor, noun):
                return actor
        return None

    def _people_there(self, noun: Token, verb: Token, objects: list[Token]) -> Actor | None:
        """"killed five people in Sinaloa", "fired tear gas at protesters in Port Sudan": people acted on, of no
        stated country, are of where it happened (not the place itself)."""
        aimed_at = noun.dep_ == "pobj" and noun.head.lower_ in ("at", "on") and (
            noun.head.head.i == verb.i or noun.head.head in objects)
        if not (noun in objects or aimed_at) or SECTOR_WORDS.get(noun.lower_) not in ("CVL", "OPP"):
            return None
        actor = self._actor(noun, verb)
        if actor is None or actor.type != "group" or actor.sector not in ("CVL", "OPP") or actor.country in NON_STATE:
            return None
        if actor.country:
            return actor  # "at protesters in Port Sudan": of the place their own phrase names
        place = self._place(verb)
        if place is None or not place.country:
            return None
        return replace(actor, country=place.country, name=f"{actor.name} ({place.name})",
                       id=f"{actor.id}-{place.country.lower()}")

    def _warned_whom(self, verb: Token, source: Actor) -> Actor | None:
        """A warning given to no one named: to whom its participle tells it ("warned ..., telling India not to
        harbour any illusions"), else to whom the condition of the act it warns of is put ("warned that Austria
        would go to the UN unless Italy agreed": Italy; see _conditioned)."""
        clauses = [verb, *(c for c in verb.children if c.dep_ == "ccomp")]  # (the parse may hang it on what was said)
        for told in (c for clause in clauses for c in clause.children if c.dep_ == "advcl" and c.tag_ == "VBG"
                     and c.lemma_.lower() in ("tell", "warn", "caution", "remind")):
            for whom in (o for o in told.children if o.dep_ in ("dobj", "dative")):
                actor = self._actor(whom, told)
                if actor is not None and actor.id != source.id and (actor.country or actor.type == "person"):
                    return actor
        for said in (c for c in verb.children if c.dep_ == "ccomp"):
            if (put_to := self._conditioned(said, said, source)) is not None:
                return put_to
        return None

    def _content_actor(self, item: Attribution, source: Actor, threat: bool = False) -> Actor | None:
        """Whom a statement is about: the first coded actor in what was said (in a warning of what someone would
        do, not that someone: "Mujahid warned that the Taliban would respond" threatens no Taliban)."""
        for span in item.content:
            chars = self.doc.char_span(span.start, span.end, alignment_mode="expand")
            if chars is None:
                continue
            for token in chars:
                if threat and (token.dep_ == "nsubj" and any(a.tag_ == "MD" for a in token.head.children)
                               or token.dep_ == "pobj" and token.head.lower_ == "with"
                               and token.lemma_.lower() in ("force", "strength", "measure", "action", "weapon")):
                    continue  # ("would respond with overwhelming force": how, not whom)
                if token.pos_ in ("PROPN", "NOUN") and token.dep_ in ("nsubj", "nsubjpass", "poss", "pobj", "dobj", "compound"):
                    if token.dep_ == "compound" and (token.head.pos_ == "PROPN" or city_treaty(token.head)) \
                            or _medium(token):
                        continue  # (nor where it was said: "… in a statement posted on Instagram", nor where a
                        # treaty was signed: "under the 1946 Paris agreement")
                    actor = self._actor(token, token.head)
                    if actor is None or actor.id == source.id or _own_state(actor, source):
                        continue  # "'France stands with Lebanon,' the French president said" is about Lebanon
                    if actor.country and token.lemma_.lower() in COURT_DOINGS and actor.sector == "GOV":
                        return actor_of_state(actor.country, "JUD")  # "the trial was a sham": the state's courts'
                    if actor.country or actor.type == "person" or actor.name in SECTORS["MIL"]:
                        return actor
        return None

    def _partner(self, verb: Token, source: Actor) -> Actor | None:
        """"Jordan and Britain agreed": the other conjunct is the counterpart."""
        subject = _subject(verb)
        if subject is None:
            return None
        # "The foreign ministers of Armenia and Azerbaijan held talks", "Delegations from Russia and Ukraine met"
        owners = [o for p in subject.children if p.dep_ == "prep" and p.lower_ in ("of", "from")
                  for o in p.children if o.dep_ == "pobj" and o.conjuncts] if subject.tag_ in ("NNS", "NNPS") else []
        states = [c for o in owners for c in (o, *o.conjuncts)]
        # "Jordan's foreign minister Ayman Safadi and his Syrian counterpart": joined to the subject's apposition
        named = [c for a in subject.children if a.dep_ == "appos" for c in a.conjuncts]
        for other in [*subject.conjuncts, *named, *states]:
            actor = self._actor(other, verb)
            if actor is not None and actor.id != source.id and not (other in states and actor.country == source.country):
                if not actor.country and actor.sector in DOMESTIC_SECTORS and source.country:
                    # "Mozambique's government and the rebels signed ...": the rebels are Mozambican
                    return actor_of_state(source.country, actor.sector)
                return actor
        return _adjective_partner(subject, source)

    def _placed(self, source: Actor | None, verb: Token, unknown_ok: bool) -> Actor | None:
        """Unnamed groups and unknown attackers are coded by where they act, as CAMEO does:
        "Demonstrators in Baghdad blocked a road" (IRQ), "were killed by a roadside bomb in Basra" (IRQ); else by the
        dateline, the story so far, or the one state their sentence names (:meth:`_one_state`)."""
        if source is not None and (source.country or not source.sector):
            return source
        if source is None and not unknown_ok:
            return None
        place = self._place(verb)
        if place is None and self.home and source is not None and source.sector in ("MIL", "COP"):
            # the dateline names where the story was filed, not whose forces a state's spokesperson speaks of:
            # "CAIRO - An Israeli military spokesperson said troops had fired"
            place = self._speakers_state(verb)
        if place is None and self.home and source is not None:
            place = actor_of_state(self.home)  # "NEW DELHI - Police arrested four persons": the dateline's police
        if place is None and source is not None and source.sector in ("COP", "CVL", "OPP", "LAB") \
                and (story := _story_country(verb.doc, verb.sent.start - 1)) and story not in NON_STATE:
            # "Riots swept through Algiers on Monday. Police arrested 312 people.": the police of the country the
            # story has been about, when no dateline says where it was filed
            place = actor_of_state(story)
        if place is None and source is not None and (state := self._one_state(verb)) is not None:
            # "Oil workers went on strike to press for the release of Moshood Abiola", "the government released
            # Raila Odinga": people or a body of no stated country are of the one state their sentence names
            place = actor_of_state(state)
        if place is None and source is not None:
            place = _reported_in(verb)  # "…, a rebel spokesman said in Gbarnga": as a dateline, last
        if place is None:
            return source
        if source is None:  # an attacker no one names, coded by where it struck (as CAMEO codes it)
            return replace(place, id=f"unknown-{place.id}", name=f"unknown attackers ({place.name})")
        return Actor(id=f"{source.id}-{place.country.lower()}", name=f"{source.name} ({place.name})",  # type: ignore[union-attr]
                     country=place.country, type=source.type, sector=source.sector)

    def _one_state(self, verb: Token) -> str | None:
        """The state a sentence's names all belong to, when it names one only: its places, peoples and the people
        and bodies the dictionary knows (not what the act is aimed at: "students protested against Israel")."""
        aimed = {t.i for c in verb.children if c.dep_ in ("dobj", "dative") or c.dep_ == "prep" and c.lower_ in PROTESTED
                 for t in c.subtree}
        # (who reports it counts: "…, the Cuban government said" tells whose story it is)
        states = set()
        reporting = _reporting_clauses(verb)
        for ent in verb.doc.ents:
            if ent.start < verb.sent.start or ent.end > verb.sent.end or ent.root.i in aimed:
                continue
            outlet = ent.root.head
            if ent.root.dep_ in ("amod", "compound", "poss") and outlet.dep_ not in ("nsubj", "nsubjpass") \
                    and outlet.lemma_.lower() in OUTLETS:
                continue  # "in an interview broadcast by Portuguese television": where it was told, not whose
                # (but "Romanian television announced" tells its own state's news)
            if ent.text.lower().startswith("anti-") or after_ethnic(ent[0]):
                continue  # "the anti-Syrian majority" is Lebanese: a state it opposes tells no one's state (nor a
                # minority's kin state: "ethnic Mongolian parents")
            where = ent.root.dep_ == "pobj" and ent.root.i not in reporting and _place_prep(ent.root.head)
            # (a town named where it happened; not where it was reported: "a spokesman said in N'Djamena")
            if ent.label_ in ("GPE", "NORP", "LOC"):
                code = code_of(ent.text) or (geo.place_country(ent.text, towns=where)
                                             if ent.label_ == "GPE" or where else None)
            elif where and ent.label_ in ("PERSON", "ORG") and self.dictionary.lookup(ent.text) is None \
                    and (code := geo.place_country(ent.text, towns=True)) is not None:
                pass  # a town the small tagger took for a person or a body: "in Bouake", "at Lome"
            elif ent.label_ in ("PERSON", "ORG"):
                # (a given name alone is no surname: "Compaore's brother Francois" is no Michel François)
                alone = ent.label_ == "PERSON" and not (len(ent) == 1 and ent.text.lower() in first_names()) \
                    and not (len(ent) > 1 and ent[-1].text in PLACE_ENDINGS and ent[-2].text[:1].isupper())
                # ("Lincoln Park" is no Korean's; "pro-Park loyalists" are a Park's)
                known = self.dictionary.lookup(ent.text) or (
                    self.dictionary.by_surname_alone(ent[-1].text) if alone else None)
                code = known.country if known is not None and known.sector not in ("MED", "BUS") else None
                # (not "AFP", nor "a small blue Volkswagen")
            else:
                continue
            if code and code not in NON_STATE:
                states.add(code)
        return states.pop() if len(states) == 1 else None

    def _speakers_state(self, token: Token) -> Actor | None:
        """The state whose speaker says the words ``token`` is in, if a state's: unnamed forces in what a state's
        army or spokesperson says are that state's, not the dateline's ("BEIRUT - The Israeli army said soldiers
        had struck …"), and so is what a speaker calls "our"."""
        said = self._attribution_of(token)
        speaker = self._speaker_coded(said) if said is not None and said.speaker is not None else None
        if speaker is None or not speaker.country or speaker.country in NON_STATE:
            return None
        return actor_of_state(speaker.country)

    def _domestic(self, verb: Token, source: Actor, target: Actor | None, category: str = ""
                  ) -> tuple[Actor, Actor | None, bool]:
        """A named organisation or person with no country ("the Homeland Union", "Judge Alejandro Rivera")
        acts where the clause happens, else at home with the state it deals with, as PLOVER coders assume."""
        filled = False
        if _uncoded(source):
            # a dateline places a body it files about, not a person it quotes: "CAIRO (Reuters) - … Philippe
            # Lazzarini appealed to Israel" is no Egyptian
            home = self.home if source.type != "person" or of_a_state(source.name, source.title) else None
            code = self._earlier(source) or self._acted_in(verb, category) or home or _country(_reported_in(verb))
            if code is None and source.type == "person":
                code = _speaks_for(verb, _country(target))  # "Turkmen warned that Ankara would regard …": Turkish
            if code is None and target is not None and (target.type == "state" or _country(target) in NON_STATE):
                code = _other_state(verb.sent, target.country)  # "Nagy appealed to the UN to defend Hungary's …"
            if code is None and _country(target) not in NON_STATE:
                # a judge who sentences a Mexican is Mexican; no one who denounces the IAEA is of the IAEA
                code = _country(target)
            if code:
                source, filled = replace(source, country=code), True
        if target is not None and _uncoded(target) and category != "CONSULT":
            # "Russian artillery shelled Kherson": a place named as the object is where GeoNames has it (the
            # tagger may take a one-word place for a person); but talks in Berlin are no talks with Germany
            named = any(t.text == target.name and t.ent_iob_ == "B" and (t.ent_type_ == "GPE" or t.ent_type_ == "PERSON"
                        and _one_word_name(t) and (geo.region_country(t.text) is not None or geo.own_name(t.text)
                                                   or not self.dictionary.by_surname.get(surname_key(t.text))))
                        for t in verb.sent)
            # (a surname the dictionary's people carry is a place's only under the place's own name: "Khan's party"
            # is no Haan, which GeoNames also spells so; "Quemoy", Kinmen's other name, is a place)
            # a body the EU fines is no IGO: only a state lends its code to what it acts on at home
            # a town GeoNames lacks is where the story was filed before it is the actor's own
            code = self._acted_in(verb, category) or (geo.place_country(target.name) or self.home if named else None) \
                or (source.country if source.country not in NON_STATE else None)
            if code:
                target, filled = replace(target, country=code), True
        return source, target, filled

    def _acted_in(self, verb: Token, category: str) -> str | None:
        """The country of the place an act happened in, unless it is a venue: talks are held and deals struck abroad
        ("signed the Mexico Letter in the Mexican capital" is no Mexican's, "agreed in Pretoria to a ceasefire")."""
        return _country(self._place(verb)) if category not in VENUE_ACTS else None

    def _earlier(self, actor: Actor) -> str | None:
        """The country an actor had in the article's events before: a person coded by an earlier sentence
        ("Pakistan's Foreign Minister Ishaq Dar met reporters. He accused Kabul …"), or the state or body the
        story has been about for "the kingdom", "the country", "the bloc" (``self.seen``, ``self.acting``)."""
        if actor.id in self.seen:
            return self.seen[actor.id]
        word = actor.name.lower().removeprefix("the ")
        if word in REFERRING_STATES:
            return next((a.country for a in reversed(self.acting) if a.country not in NON_STATE), None)
        if word in REFERRING_BODIES:
            return "IGO" if any(a.country == "IGO" for a in self.acting[-3:]) else None
        return None

    def _predicate_actor(self, verb: Token, source: Actor, foreign: bool = False) -> Actor | None:
        """Whom the act is aimed at when no object says so: the first coded actor in the predicate,
        "rioted following a demonstration calling for the removal of President Hosni Mubarak"."""
        skip = _outside_predicate(verb)
        # what someone is accused of is not whom the act is aimed at: "executed a man convicted of spying for Israel"
        skip |= {t.i for a in verb.subtree if a.dep_ == "acl" and _lemma(a) in ALLEGING for t in a.subtree}
        skip |= _grounds(verb)  # nor are the grounds of an act: "arrested a retired colonel for spying for China"
        # nor where those expelled were sent: "expelled two Catholic priests to Rome"
        skip |= _whither(verb)
        # nor where its object lives: "sentenced Abbas Gallyamov, who now lives in Israel"
        skip |= {t.i for a in verb.subtree if a.dep_ == "relcl" and _lemma(a) in RESIDING for t in a.subtree}
        # "captured a village near the Polish border": the neighbour is no one the act is aimed at
        skip |= {t.i for p in verb.subtree if p.lower_ == "near" and p.dep_ == "prep"
                 and any(o.lemma_.lower() in EDGES for o in p.children) for t in p.subtree}
        # nor where the words were posted: "In a post on Facebook, Japarov urged residents to remain calm"
        skip |= {t.i for o in verb.subtree if _medium(o)
                 for t in (o.head.head.subtree if o.head.head.pos_ == "NOUN" else o.subtree)}
        for token in verb.subtree:
            if token.i in skip or token.pos_ not in ("PROPN", "NOUN") or token.dep_ not in ARGUMENT_DEPS:
                continue
            if token.dep_ == "compound" and token.head.pos_ == "PROPN":
                continue
            actor = self._actor(token, verb)
            if actor is None or actor.id == source.id or not actor.country or foreign and actor.country == source.country:
                continue
            # a fellow national counts only when named ("the removal of President Hosni Mubarak"), not
            # when a noun merely has the source's adjective ("the Palestinian uprising")
            # or a state body other than the source ("deliberations with the Nigerian government")
            if actor.country != source.country or actor.type == "person" or token.pos_ == "PROPN" \
                    or actor.sector in STATE_SECTORS and actor.sector != source.sector:
                return actor
        return None

    def _place(self, verb: Token) -> Actor | None:
        """Where the act happened, coded as its country: "extend the curfew in Abidjan" (CIV);
        the predicate's places first, then the subject's ("Demonstrators in Baghdad")."""
        reporting = _reporting_clauses(verb)
        # "While the president was at a summit in Addis Ababa, soldiers seized …": another clause's place is not
        # where this act happened
        ancestors = {verb.i} | {a.i for a in verb.ancestors}
        elsewhere = {t.i for c in verb.sent if c.dep_ in ("advcl", "relcl") and c.i not in ancestors
                     and verb not in c.subtree and (c.head.i in ancestors or c.lemma_.lower() in RESIDING)
                     and not _at_that_moment(c) for t in c.subtree}
        # (nor where one "now lives": "Abbas Gallyamov, who lives in Israel, was jailed")
        subject = _subject(verb)
        in_subject = {t.i for t in subject.subtree} if subject is not None else set()
        tokens = sorted((t for t in verb.sent if t.i not in reporting and t.i not in elsewhere),
                        key=lambda t: (t.i in in_subject, t.i))
        for token in tokens:
            if token.head.lower_ == "near" and token.lemma_.lower() in EDGES or token.lemma_.lower() in CURRENCIES \
                    or token.lemma_.lower() in MISSIONS:
                continue  # "near the Polish border" is beside that state, not in it; "in US dollars" is no place;
                # "outside the French embassy in Niamey" is in Niger
            if token.dep_ == "pobj" and (token.head.lower_ in PLACE_PREPS or token.head.lower_ == "on"
                                         and token.head.head.lemma_.lower() in CURFEWS) and not (
                    token.head.lower_ == "of" and not _where(token.head.head)):
                # ("a curfew on Lubumbashi" is in Lubumbashi)
                # "the city of Basra", "through the streets of Vukovar" are places; "the invasion of Iraq" is
                # what was protested, not where
                code = _place_code(token)
                if code:
                    return _place_actor(token, code)
            if (code := self._owning_place(token)) is not None:
                return _place_actor(token, code)  # "in Harare's Mbare township", "in Rio de Janeiro's Jacarezinho favela"
            if token.dep_ in ("compound", "nmod") and token.pos_ == "PROPN" and token.head.lemma_.lower() in FACILITIES \
                    and _struck(token.head, verb) and self.dictionary.lookup(token.text) is None \
                    and not code_of(token.text) and (code := geo.place_country(token.text)):
                # "struck the Natanz facility", "shelled the Zaporizhzhia nuclear power plant": where the site is
                return _place_actor(token, code)
        return None

    def _owning_place(self, token: Token) -> str | None:
        """The country of a town that owns the place an act happened in ("in Harare's Highfield township", "at
        Manama's Pearl Roundabout"): a state, or a name no dictionary knows as an actor that GeoNames has."""
        if token.dep_ != "poss" or token.pos_ != "PROPN" or token.ent_type_ not in ("", "GPE", "LOC", "FAC", "ORG") \
                or token.head.dep_ != "pobj" or token.head.lemma_.lower() in MISSIONS \
                or not _place_prep(token.head.head):
            return None  # a company's plant ("Goodyear's") is no town's; "outside Ecuador's embassy" not in Ecuador
            # ("in the main hall of Algiers' airport" is in Algiers)
        ent = entity_at(token)
        name = ent.text if ent is not None and ent.end == token.i + 1 else token.text
        name = name.removeprefix("the ")
        if token.ent_type_ == "ORG":
            # a square or a building the tagger took, town and all, for a body: "in Chisinau's Great National
            # Assembly Square" (but only a town the tables know: "at Goodyear's plant" is a company's)
            code = code_of(token.text) if ent is None or ent.end > token.i + 1 else None
            return code if code is not None and code not in NON_STATE else None
        if (code := code_of(name)) is not None or self.dictionary.lookup(name) is not None:
            return code  # "in Nigeria's Borno state"; no company's ("at Google's offices")
        return geo.place_country(name, towns=True)

    def _client(self, verb: Token) -> Actor | None:
        """Allies act for the state they are allies of: "Ukraine's allies committed to deploying troops"."""
        subject = _subject(verb)
        if subject is None:
            return None
        code = client_country(subject)
        return actor_of_state(code) if code else None



# What is imposed "on" a town, and so is in it: "a dusk-to-dawn curfew on Lubumbashi".
CURFEWS = frozenset({"curfew", "lockdown"})
# A commander's or a leader's own people ("his men would open fire"), with the sector they act in.
OWN_FORCES = {"man": "MIL", "force": "MIL", "troop": "MIL", "soldier": "MIL", "army": "MIL", "unit": "MIL",
              "police": "COP", "policeman": "COP", "officer": "COP"}


def _reported_in(verb: Token) -> Actor | None:
    """The place the act's report was made in ("…, party leaders said in Amritsar"), as an actor of its country."""
    for i in reported_from(verb):
        token = verb.doc[i]
        if token.dep_ == "pobj" and token.head.lower_ in ("in", "at") and (code := _place_code(token)):
            return _place_actor(token, code)
    return None


def _speaks_for(verb: Token, other: str | None) -> str | None:
    """The state a person's words say will act, when it is not the one they are aimed at: "Foreign Minister Ilter
    Turkmen warned that Ankara would regard any move by Greece as a cause for war" speaks for Turkey."""
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        subject = next((s for s in clause.children if s.dep_ == "nsubj"), None)
        code = code_of(subject.text) if subject is not None and subject.pos_ == "PROPN" else None
        if code and code not in NON_STATE and code != other and any(
                a.lower_ in ("will", "would", "'ll", "could", "might") for a in clause.children if a.dep_ == "aux"):
            return code
    return None


def _joined_state(head: Token) -> Actor | None:
    """A state whose name joins two names with "and" ("Trinidad and Tobago", "Antigua and Barbuda"), read whole from
    either of its words: the parse makes two parties of it, and the tagger a person of the first."""
    if head.pos_ != "PROPN":
        return None
    first = head.head if head.dep_ == "conj" else head
    second = head if head.dep_ == "conj" else next((c for c in head.children if c.dep_ == "conj"), None)
    if second is None or second.i != first.i + 2 or first.doc[first.i + 1].lower_ != "and":
        return None
    code = code_of(first.doc[first.i: second.i + 1].text)
    return actor_of_state(code) if code and code not in NON_STATE else None


def _at_that_moment(clause: Token) -> bool:
    """"attacked the ambassador as she arrived for a news conference in Moscow", "fired on the marchers when they
    reached Freedom Square": what happened as or when the act did happened where it did (not "while the president
    was at a summit in Addis Ababa", "after he returned from Paris")."""
    if clause.dep_ != "advcl" or not any(m.dep_ in ("mark", "advmod") and m.lower_ in ("as", "when")
                                         for m in clause.children):
        return False
    # ("was killed when a bomb went off outside the secretariat in Chandigarh": where the bomb went off)
    return clause.lemma_.lower() in ARRIVING and any(m.dep_ == "mark" for m in clause.children) or any(
        s.dep_ == "nsubj" and s.lemma_.lower() in WEAPONS for s in clause.children)


# What one does at the moment of an act done to them there: "as she arrived", "when they reached the square".
ARRIVING = frozenset({"arrive", "reach", "enter", "leave", "walk", "march", "gather", "emerge", "step", "drive",
                      "return", "approach", "pass", "try", "attempt", "stand", "wait", "sit", "pray", "speak"})


def _struck(site: Token, verb: Token) -> bool:
    """The verb's object, or what a preposition on the verb or its object names ("shelled the area around the
    plant"): the site acted on, not one a side phrase mentions ("the deaths of detainees at Hola camp")."""
    if site.dep_ == "dobj":
        return site.head.i == verb.i
    preposition = site.head
    return site.dep_ == "pobj" and (preposition.head.i == verb.i or preposition.head.dep_ == "dobj"
                                    and preposition.head.head.i == verb.i)


# What a warning says its target will suffer: "would face retaliation", "would pay a heavy price", "would regret it",
# "could no longer count on American protection".
SUFFERING = frozenset({"face", "pay", "suffer", "regret", "count", "bear", "rue"})


# Where someone lives or fled to, said of them in a relative clause: no place of what is done to them.
RESIDING = frozenset({"live", "reside", "flee", "settle", "emigrate", "relocate", "escape", "move"})
REFERRING_STATES = {"kingdom", "country", "nation", "republic", "emirate", "sultanate"}


def _state_referred(head: Token) -> str | None:
    """The state "the country" an act is aimed at means: the one its own sentence named last before it."""
    if head.lemma_.lower() not in REFERRING_STATES or head.dep_ not in ("dobj", "pobj") or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in head.children) or any(
            c.dep_ in ("amod", "compound", "poss") for c in head.children):
        return None
    return next((code for t in reversed(head.doc[head.sent.start: head.i]) if t.ent_type_ == "GPE"
                 and (code := code_of(t.text))), None)


REFERRING_BODIES = {"bloc", "alliance", "organisation", "organization"}
EDGES = {"border", "frontier", "coast", "boundary", "waters", "shore", "line"}

# Nouns that sum up the act of the clause they follow: "…, a move criticised by Beijing", "a decision welcomed by".
SUMMARIES = frozenset({"move", "decision", "step", "measure", "action", "announcement", "act", "ruling", "deal"})


def _water(token: Token) -> bool:
    """"the Sea of Japan", "the Gulf of Aden", "the South China Sea": a sea named after a state."""
    return token.lemma_.lower() in SEAS and token.text[:1].isupper() and any(
        c.dep_ == "prep" and c.lower_ == "of" or c.dep_ in ("compound", "amod", "nmod") and c.text[:1].isupper()
        for c in token.children)  # "the South China Sea", "the Arabian Sea" too


# Last words of places the small tagger takes for people's names ("in Lincoln Park", "at Grant Park").
PLACE_ENDINGS = frozenset({"Park", "Square", "Street", "Avenue", "Plaza", "Bridge", "Gardens", "Boulevard"})
# Words that make a "bank" a shore: "the southern bank of Pangong Tso", "the river bank", "the far bank".
SHORE_WORDS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western", "left",
                         "right", "opposite", "far", "other", "river", "riverside", "canal", "lake", "muddy", "steep"})


def _riverbank(token: Token) -> bool:
    """A river's or lake's bank, which the sectors' word list would take for a lender."""
    return token.text in ("bank", "banks") and any(
        c.dep_ in ("amod", "compound") and c.lower_ in SHORE_WORDS for c in token.children)


# Words that stand for a group named before ("the group", "the militia").
GROUP_WORDS = frozenset({"group", "militia", "movement", "faction", "organisation", "organization"})


def _namable(actor: Actor, token: Token) -> bool:
    """An actor a role can name: a coded one, a person, or a named organisation the dictionary does not know
    ("the FTC sued Gridwell" is against Gridwell, placed at home by ``_domestic``, not the US government)."""
    if actor.country or actor.type == "person":
        return True
    if actor.type == "group" and (actor.sector in ("OPP", "COP", "JUD", "LEG", "PTY", "LAB")
                                  or actor.sector == "BUS" and token.lemma_.lower() in SECTORS["BUS"]):
        # "accused the Opposition", "accused prosecutors of …", "called on the union", "urged the carmaker": a group
        # its sector says, at home
        return True
    # a sea the tagger took for a people ("scrambled jets over the Aegean") is no one acted on
    return actor.type == "organisation" and (token.ent_type_ != "NORP" or actor.sector == "PTY") \
        and code_of(actor.name) is None \
        and geo.place_country(actor.name) is None and not _place_named(token)


def _place_named(token: Token) -> bool:
    """"the village of Novoselivka", a place the tagger may take for a body."""
    return token.head.lower_ == "of" and token.head.head.lemma_.lower() in PLACE_NOUNS


def _bidden_noun(verb: Token, inner: Token) -> bool:
    """Whether a request names whom it asks by a noun before the act asked of them ("urged allies to supply")."""
    return inner.dep_ == "xcomp" and inner.head.i == verb.i and any(
        c.dep_ in ("dobj", "dative") and c.pos_ in ("NOUN", "PROPN") and c.i < inner.i for c in verb.children)


def _medium(noun: Token) -> bool:
    """"denied the allegations in a statement posted on Instagram", "in a post on X": where words were published
    is how they were said, not whom an act is aimed at."""
    prep = noun.head
    carrier = prep.head
    return noun.dep_ == "pobj" and prep.lower_ in ("on", "via", "in") and (
        carrier.lemma_.lower() in MESSAGES or carrier.pos_ == "VERB" and carrier.lemma_.lower() in PUBLISHING)


# What carries words, and the verbs of putting them out: "a statement posted on Instagram", "a post on X".
MESSAGES = frozenset({"statement", "post", "message", "video", "tweet", "interview", "broadcast", "address", "speech",
                      "letter", "column", "op-ed", "blog", "podcast", "posting"})
PUBLISHING = frozenset({"post", "publish", "write", "upload", "share", "broadcast", "air", "tweet"})


def _summed_doer(verb: Token) -> Token | None:
    """The doer of the act a summing noun stands for, when the verb is a relative clause on that noun ("…, a move
    Brazil condemned as unjustified"): the subject of the clause the noun follows."""
    noun = verb.head
    if verb.dep_ != "relcl" or noun.lemma_.lower() not in SUMMARIES or noun.i > verb.i \
            or any(c.dep_ == "dobj" and c.lower_ not in ("which", "that") for c in verb.children):
        return None
    token = noun
    while token.dep_ in ("appos", "dobj", "pobj", "prep", "npadvmod", "attr") and token.head.i != token.i:
        token = token.head
        if token.pos_ == "VERB":
            return _subject(token)
    return None


def _one_word_name(token: Token) -> bool:
    """A name the tagger made of this token alone: it opens an entity the next token does not continue."""
    return token.ent_iob_ == "B" and not (token.i + 1 < len(token.doc) and token.doc[token.i + 1].ent_iob_ == "I")


def _surname_taken_for_a_place(head: Token) -> bool:
    """A one-word name the tagger calls a place's, doing the act or having it done, that no gazetteer has under its
    own name ("Mutharika"; not "Goma", nor "Quemoy", Kinmen's other name)."""
    return head.ent_type_ == "GPE" and _one_word_name(head) and head.text.istitle() and head.is_alpha \
        and head.dep_ in ("nsubj", "nsubjpass", "dobj") and not any(c.dep_ in ("compound", "flat") for c in head.children) \
        and geo.place_country(head.text, towns=True) is None and geo.region_country(head.text) is None


def _surname_taken_for_a_body(found: Actor | None, head: Token) -> bool:
    """A one-word name the tagger calls an organisation's, standing alone as a doer or a party to an act, that the
    article gives no state: a surname the dictionary may know ("Borisov", "Geshev"), not "Hamas" or "NATO",
    which the dictionary knows under their own names before this is asked."""
    return found is not None and found.type == "organisation" and not found.country and not found.sector \
        and " " not in found.name and found.name[:1].isupper() and not found.name.isupper() \
        and head.ent_type_ == "ORG" and _one_word_name(head) and head.dep_ in ("nsubj", "nsubjpass", "dobj")


def _body_named_before(head: Token) -> Actor | None:
    """"Niger left ECOWAS on Sunday and accused the bloc of betraying its ideals": "the bloc" is the latest
    international body named before it, in its sentence or the one before."""
    if head.lower_ not in REFERRING_BODIES or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return None
    sentence = head.sent
    start = head.doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
    names = [named.text if token.ent_type_ == "ORG" else token.text for token in head.doc[start: head.i]
             if token.ent_type_ == "ORG" and token.ent_iob_ == "B" and (named := entity_at(token)) is not None
             or token.ent_type_ != "ORG" and token.is_upper and len(token) > 1]  # "ECOWAS" the tagger left untagged
    bodies = [known for name in names if (known := builtin().lookup(name)) is not None and known.country == "IGO"
              and known.type != "person"]
    return bodies[-1] if bodies else None


# Where a meeting is held beside a summit, never whom it is with: "met on the sidelines of the APEC summit".
SIDELINES = frozenset({"sideline", "sidelines"})
# Acts of going that a demand names, whose doer is asked to go; freeings, whose holder is asked to free.
LEAVINGS = frozenset({"withdrawal", "pullout", "pull-out", "departure", "exit", "retreat", "resignation", "evacuation"})
FREEINGS = frozenset({"release", "return", "freeing", "handover"})
HOLDING = frozenset({"detain", "hold", "jail", "arrest", "seize", "capture", "abduct", "kidnap", "imprison", "take"})


def _act_owner(noun: Token, acts: frozenset[str] | set[str] = ACTS_OF_OTHERS) -> Token | None:
    """Whose act a noun of ``acts`` names, by its possessive ("Russia's strike", "Norway's mediation"), or None."""
    if noun.lemma_.lower() not in acts:
        return None
    return next((c for c in noun.children if c.dep_ == "poss"), None)


def _place_prep(prep: Token) -> bool:
    """A preposition that says where: "in", "at", "outside" …, or "of" after a noun that is itself where ("in the main
    hall of Algiers' airport", "in the streets of Kumasi")."""
    return prep.lower_ in PLACE_PREPS - {"of"} or prep.lower_ == "of" and _where(prep.head)


def _where(noun: Token) -> bool:
    """A noun that "of" makes a place of: a place noun ("the city of"), itself where ("in the streets of"), or the
    people who live there ("residents of Khorog", "the people of Osh"), or where one left ("pulled out of
    Timbuktu")."""
    return noun.lemma_.lower() in PLACE_NOUNS | DWELLERS or noun.dep_ == "pobj" and noun.head.lower_ in PLACE_PREPS - {"of"} \
        or noun.lower_ == "out" and noun.dep_ in ("prep", "prt", "advmod")


# Who lives in a place that "of" names: "residents of Khorog" protest where they live.
DWELLERS = frozenset({"resident", "inhabitant", "people", "citizen", "villager", "townspeople", "townsfolk"})


# How a group's spokesman names it in what he reports: "the group", "the movement", "its fighters".
OWN_GROUP_NOUNS = frozenset({"group", "movement", "organisation", "organization", "militia", "faction"})


def _enemy_group(subject: Token, speaker: Actor) -> bool:
    """"“The militia is deliberately targeting civilians,” said the army spokesman": a state's forces or officials
    speak of an armed group as the enemy, never of themselves."""
    return subject.lemma_.lower() in ("militia", "group", "faction") and (speaker.sector in ("GOV", "MIL", "COP")
                                                                          or speaker.type == "state")


def _own_side(subject: Token) -> bool:
    """"the group", "the movement" (no name or adjective of their own), or a force that is "its" or "their": in
    a statement, whoever makes it speaks of itself so."""
    modifiers = [c for c in subject.children if c.dep_ in ("det", "poss", "amod", "compound", "nmod")]
    if subject.lemma_.lower() in OWN_GROUP_NOUNS:
        return len(modifiers) == 1 and modifiers[0].lower_ == "the" and not any(
            c.dep_ == "prep" for c in subject.children)
    sector = SECTOR_WORDS.get(subject.lower_) or SECTOR_WORDS.get(subject.lemma_.lower())
    return sector in ("MIL", "REB") and len(modifiers) == 1 \
        and modifiers[0].lower_ in ("its", "their")


def _trade_words(noun: Token) -> bool:
    """"exports", "imports", "export controls", "sales of …": a flow of goods (the trade words, flights aside) or a
    measure on one."""
    words = {noun.lemma_.lower(), *(c.lemma_.lower() for c in noun.children if c.dep_ in ("compound", "amod"))}
    return bool(words & (OBJECT_CLASSES["trade"] - {"flight"}))


VENUE_ACTS = frozenset({"CONSULT", "AGREE"})  # acts whose place is often a third state's: a venue


def _other_state(sentence: Span, target: str | None) -> str | None:
    """The one state a sentence names besides the state or IGO an act is aimed at: "Habré accused France of
    abandoning Chad" is Chad's, "Nagy appealed to the UN to defend Hungary's neutrality" Hungary's. A person no
    dictionary knows who accuses, asks or meets a state by its name is rarely of that state; two or more others name
    no one."""
    codes = {code for ent in sentence.ents if ent.label_ in ("GPE", "NORP", "LOC", "PERSON", "ORG")  # "Chad": PERSON
             and (code := code_of(ent.text)) and len(code) == 3 and code.isalpha() and code not in NON_STATE}
    codes.discard(target)
    return codes.pop() if len(codes) == 1 else None


def _envoy_to_a_body(title: Token) -> bool:
    """"Sudan's ambassador to the United Nations", "the envoy at the OSCE": a state's office held at an international
    body, not the body's own."""
    return any(c.dep_ == "prep" and c.lower_ in ("to", "at") for c in title.children)
