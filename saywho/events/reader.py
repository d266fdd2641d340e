"""Reads events off one document's parse, one clause at a time.

A verb (or a light verb with an event noun: "staged a hunger strike", "lifted the curfew") names the
event. Verbs that frame another verb decide the category of the pair: "agreed to deploy" is AGREE,
"threatened to shell" THREATEN, "refused to lift" REJECT; an intended or future action ("will allow",
"plans to impose") is AGREE when cooperative and THREATEN when hostile, as PLOVER codes it.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from saywho.actors.countries import country_code, token_country
from saywho.actors.dictionary import NON_STATE, SECTOR_WORDS, SECTORS, STATE_BODIES, actor_of_state, builtin, code_of
from saywho.actors.phrases import entity_at
from saywho.attribution import lexicon, speakers
from saywho.events import anaphora
from saywho.events.concessions import yielding_word
from saywho.events.found import Found
from saywho.events.grammar import (
    _actor_intends,
    _acts,
    _attempted,
    _background,
    _called,
    _charge_denied,
    _country,
    _crowd,
    _cue_category,
    _framed,
    _home,
    _is_cue,
    _joint,
    _lemma,
    _named,
    _nonlethal,
    _not_same,
    _noun_class,
    _objects,
    _passive,
    _place_code,
    _placeless,
    _preps,
    _proposers,
    _rallies_against,
    _reporter,
    _state_actor,
    _statements_by_token,
    _stative,
    _subject,
    _unnamed_people,
    _weapon_unowned,
)
from saywho.events.mood import (
    AWAITED,
    UNREALISED,
    _asked,
    _aux,
    _future,
    _governed,
    _hypothetical,
    _infinitive,
    _intended,
    _intent_negated,
    _negated,
)
from saywho.events.nominals import Nominals, quotation_name
from saywho.events.phrasings import (
    DIRECTIVES,
    EXPELLED,
    OFFERED,
    PHRASAL_REFUSALS,
    RELIEF,
    _aid_sum,
    _answering,
    _before_authority,
    _branded,
    _carrying_aid,
    _forces,
    _foreign_guests,
    _in_protest,
    _money,
    _protesters,
    _reciprocal,
    _rioting,
    _territory,
    _told_to,
    _verb_reading,
    warning_content,
)
from saywho.events.senses import (
    INVESTIGATING,
    OFFICES,
    STAFF_FIRED,
    _answered_act,
    _civilians,
    _idiom,
    _investigated,
    _no_act,
    _option_kept,
    _pressed_on,
    _unasserted,
    _withheld,
)
from saywho.events.words import (
    ADJECTIVES,
    ARMED_STRIKES,
    ASSAULT_NOUNS,
    COOPERATIVE,
    CRIMES,
    DEPLOYED,
    DIRECTED,
    DOMESTIC_SECTORS,
    FEELINGS,
    FORCEFUL,
    FRAMES,
    GOODS,
    HANDED,
    HOSTILE_ACTS,
    INTENT_NOUNS,
    INTENT_VERBS,
    LIGHT_VERBS,
    MEASURE_NOUNS,
    MEASURES,
    MEETING,
    MUST,
    NOMINALS,
    NOUNS,
    OBJECT_CLASSES,
    OWN_PROMISES,
    POWER,
    PROTEST_NOUNS,
    REJECTING,
    RELEASED,
    RELIEF_WORKS,
    REPORTING,
    RESPONSES,
    SELF_DIRECTED,
    SOUGHT,
    STANCES,
    SYMMETRIC,
    TALK_WORDS,
    TRANSFERS,
    VERBS,
    VISITORS,
    VOWS,
)
from saywho.ingest.datelines import dateline_country
from saywho.model import Actor, Attribution


def _stopped_work(verb: Token) -> bool:
    """"Junior doctors across West Bengal stopped work", "nurses downed (laid down) tools": a strike, done by
    the subject itself (not "ordered the company to stop work on the dam")."""
    objects = {c.lemma_.lower() for c in verb.children if c.dep_ == "dobj"}
    lemma = verb.lemma_.lower()
    worked = "work" in objects and lemma == "stop" or "tool" in objects and lemma in ("down", "lay", "put")
    return worked and verb.dep_ in ("ROOT", "conj", "ccomp") and any(c.dep_ == "nsubj" for c in verb.children)


# What is "held hostage" only in a figure of speech: "holding our oil hostage", "held the budget hostage".
HELD_THINGS = frozenset({"oil", "gas", "economy", "budget", "process", "talks", "negotiation", "deal", "agenda",
                         "election", "supply", "energy", "grain", "future", "country", "region", "world", "government",
                         "parliament", "bill", "law", "reform", "funding", "aid", "debate", "vote", "nomination"})
# Courts, and bodies that order companies about: their orders are demands (CAMEO 10).
COURTS = frozenset({"court", "tribunal"})
REGULATORS = frozenset({"regulator", "commission", "watchdog", "authority", "agency"})
# Prepositions of what a missile is fired at: "launched two missiles against Ukraine" is an attack, no test.
AIMED_AT = ["at", "on", "toward", "towards", "into", "against"]
# Listing someone as an outlaw: "designated … as extremist", "added … to its register of foreign agents".
DESIGNATING = frozenset({"designate", "redesignate", "declare", "label", "list", "add", "brand", "classify", "include",
                         "put"})
DESIGNATIONS = frozenset({"extremist", "extremists", "terrorist", "terrorists", "undesirable", "terror"})
# What a company or a person defends itself against in words and in court.
CONTESTED = frozenset({"lawsuit", "suit", "charge", "allegation", "accusation", "claim", "case", "complaint",
                       "criticism", "action", "indictment"})
# Whom a state hangs: people, not banners or flags.
HANGED = frozenset({"protester", "man", "woman", "prisoner", "activist", "dissident", "convict", "inmate", "person",
                    "people", "member", "rapper", "wrestler", "journalist", "spy", "militant", "suspect"})
# What is shot down, not struck down as a court strikes down a law.
AIRCRAFT = frozenset({"drone", "plane", "aircraft", "jet", "helicopter", "missile", "rocket", "balloon", "satellite"})
# Ships and aircraft: what is attacked is then struck, never criticised ("attacked the bulk carrier Magic Seas").
CRAFT = frozenset({"ship", "vessel", "tanker", "carrier", "freighter", "boat", "warship", "destroyer", "frigate",
                   "trawler", "ferry", "convoy", "aircraft", "plane", "helicopter", "drone", "base", "outpost"})


# What a state takes from its citizens, and the bodies it closes down (CAMEO 172, administrative sanctions).
STATUSES = frozenset({"citizenship", "nationality", "passport", "immunity", "license", "licence", "accreditation",
                      "seat", "mandate"})
CLOSED_BODIES = frozenset({"ngo", "organisation", "organization", "newspaper", "station", "channel", "outlet",
                           "university", "party", "group", "charity", "office", "website", "broadcaster", "paper"})


# Acts a state says it would do if another acts: threats (CAMEO 13).
REPRISALS = frozenset({"SANCTION", "COERCE", "ASSAULT", "MOBILIZE"})


# What a court annuls that unseats someone (the written records code it a sanction, CAMEO 16).
VOTES = frozenset({"election", "re-election", "reelection", "vote", "result", "victory", "win", "ballot", "poll"})

# Goods a donor trucks or flies in ("trucked food, blankets and plastic sheeting to 16,000 refugees").
RELIEF_GOODS = frozenset({"food", "blanket", "tent", "medicine", "medication", "vaccine", "dose", "water", "ration",
                          "relief", "aid", "supply", "shelter", "kit", "rice", "wheat", "grain", "parcel", "sheeting",
                          "tarpaulin", "assistance"})
# What an inquiry looks into: reports, claims, deaths ("look into the matter" asks too little).
LOOKED_INTO = frozenset({"report", "allegation", "claim", "death", "killing", "case", "incident", "abuse", "charge",
                         "complaint", "shooting", "attack", "massacre", "violence", "circumstance", "cause"})

# Who treats the hurt, and whom: "medics treated dozens of injured protesters", "doctors treated Navalny with
# atropine"; not "treated the protesters as criminals", "treated them harshly", "treated water".
HEALERS = frozenset({"medic", "paramedic", "doctor", "nurse", "surgeon", "physician", "crew", "volunteer", "hospital",
                     "clinic", "ambulance"})
HURT = frozenset({"injured", "wounded", "hurt", "sick", "ill", "burned", "casualty", "patient", "victim", "survivor",
                  "injury", "wound", "burn"})


def _treated_the_hurt(verb: Token) -> bool:
    if _preps(verb, ["as", "like"]) or any(c.dep_ in ("advmod", "acomp") and c.pos_ == "ADV" and c.lower_.endswith("ly")
                                           for c in verb.children):
        return False
    treated = [*_objects(verb), *(c for c in verb.children if c.dep_ == "nsubjpass")]
    if not any(o.ent_type_ == "PERSON" or o.pos_ in ("NOUN", "PROPN", "PRON") for o in treated):
        return False
    hurt = any(t.lemma_.lower() in HURT or t.lower_ in HURT for o in [*treated, *_preps(verb, ["for"])]
               for t in o.subtree)
    subject = _subject(verb)
    named = subject.doc[subject.left_edge.i:subject.right_edge.i + 1].text if subject is not None else ""
    return hurt or subject is not None and (subject.lemma_.lower() in HEALERS or "Red Cross" in named
                                            or "Red Crescent" in named)


def _help_offered(inner: Token, frame: str) -> bool:
    """"was ready to help Haiti's interim government", "pledged to assist Kyiv": help to a named party, which an
    undertaking makes an offer of aid (PLOVER codes it AGREE); help alone, or done, is too loose a word for an act."""
    if frame not in ("intent", "AGREE") or _lemma(inner) not in ("help", "assist"):
        return False
    helped = [o for o in inner.children if o.dep_ in ("dobj", "nsubj")] + [  # "help Ukraine rebuild"
        o for c in inner.children if c.dep_ in ("ccomp", "xcomp") for o in c.children if o.dep_ == "nsubj"]
    return any(t.ent_type_ in ("GPE", "ORG", "NORP", "PERSON") for o in helped
               for t in [o, *(c for c in o.children if c.dep_ in ("poss", "amod", "compound"))])


# Whom one stands by or rallies behind as a party to back, not a claim one keeps to ("stood by his remarks").
BACKED = frozenset({"ally", "partner", "friend", "government", "leader", "president", "king", "prince", "minister",
                    "premier", "people", "kingdom", "nation", "country", "regime", "party", "army", "chancellor"})


def _a_party(noun: Token, states: bool = True) -> bool:
    """A person, a body or (with ``states``) a state or its seat, not a place ("rallied around Manama" is where they
    rallied, "stood by Riyadh" backs the Saudi government)."""
    if noun.ent_type_ in ("GPE", "LOC", "FAC"):
        name = entity_at(noun)
        return states and noun.ent_type_ == "GPE" and country_code(name.text if name is not None else noun.text) is not None
    return noun.ent_type_ in ("PERSON", "NORP", "ORG") or noun.lemma_.lower() in BACKED


def _own_state(target: Actor | None, source: Actor) -> bool:
    """Whether a target is the source's own state or government, and the source speaks for that state."""
    return target is not None and source.country is not None and target.country == source.country \
        and target.country not in NON_STATE \
        and (target.type == "state" or target.sector == "GOV" and target.type != "person") \
        and (source.type == "state" or source.sector == "GOV" and source.type != "group")


def _reprisal_condition(verb: Token) -> Token | None:
    """"would close the border if Cambodian troops did not withdraw": the condition's verb of an act promised
    ("will", "would") on a condition ("if", "unless"); None otherwise."""
    if not any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "shall") for c in verb.children) \
            or warning_content(verb):
        return None
    return next((c for c in verb.children if _conditional(c)), None)


def _ruled_against(verb: Token) -> bool:
    """"The Supreme Court ruled that the freeze on deposits was unconstitutional", "a tribunal ruled that Britain had
    breached international law", "a judge ruled that Amoco was liable": a court's finding against someone."""
    subject = _subject(verb)
    if subject is None or SECTOR_WORDS.get(subject.lower_) != "JUD" and subject.lemma_.lower() not in COURTS \
            or any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
        return False
    return any(c.dep_ == "ccomp" and (c.lemma_.lower() in ("breach", "violate", "infringe") or any(
        a.dep_ in ("acomp", "attr", "oprd") and a.lemma_.lower() in UNLAWFUL for a in c.children)) for c in verb.children)


# What a court finds an act or a party: "unlawful", "unconstitutional", "liable" (a finding against it).
UNLAWFUL = frozenset({"unlawful", "illegal", "unconstitutional", "illegitimate", "liable", "guilty", "void", "invalid",
                      "null", "discriminatory", "arbitrary", "responsible"})
COURTS = frozenset({"court", "tribunal", "judge", "panel", "bench", "magistrate", "justice"})


def _dismissed_staff(verb: Token) -> bool:
    """"Fired his vice president", "dismissed four police officers", "sacked the army chief", "fired 12,000 striking
    workers": people put out of their posts, expelled from the body they served (PLOVER SANCTION, expel). Not
    "dismissed the claims", nor "fired on protesters"."""
    aimed = any(o.i > verb.i and o.ent_type_ not in ("DATE", "TIME") for o in _preps(verb, ["at", "on", "upon", "into"]))
    return not aimed and any(o.ent_type_ == "PERSON" or o.lemma_.lower() in DISMISSED
                             for o in verb.children if o.dep_ == "dobj")


# Those put out of their posts: office holders and staff.
DISMISSED = frozenset(OFFICES | STAFF_FIRED)


def _called_protest(verb: Token) -> Token | None:
    """The protest a call that the verb answers is for: "heeded a call by unions for a general strike"."""
    calls = [o for o in _objects(verb) if o.lemma_.lower() in ("call", "appeal", "summons")]
    return next((p for o in calls for p in _preps(o, ["for"]) if p.lemma_.lower() in OBJECT_CLASSES["protest"]), None)


def _plea(verb: Token) -> str | None:
    """"pleaded not guilty" denies the charges (REJECT), "pleaded guilty" admits them (CONCEDE); None for "pleaded
    for calm", which asks."""
    guilty = next((c for c in verb.children if c.lower_ in ("guilty", "innocent")), None)
    if guilty is None:
        return None
    denied = guilty.lower_ == "innocent" or any(c.dep_ == "neg" for c in (*verb.children, *guilty.children))
    return "REJECT" if denied else "CONCEDE"


def _defied(condition: Token) -> bool:
    """A condition of defiance: "unless the commission was replaced", "if they did not leave", "if they continued
    to publish", "if Romania pressed ahead"."""
    return any(m.dep_ == "mark" and m.lower_ == "unless" for m in condition.children) or _negated(condition) \
        or _lemma(condition) in ("continue", "persist", "press", "refuse", "fail", "keep", "insist", "resume")


def _conditional(clause: Token) -> bool:
    """An "if" or "unless" clause."""
    return clause.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in clause.children)


def _condition(verb: Token) -> bool:
    """"until Hamas hands back the bodies", "until the last British soldier had left Aden": the condition of another
    act (an "if" or "unless" clause, or one of "until", "till", "before"), no event of its own."""
    return any(c.dep_ == "mark" and c.lower_ in ("until", "till", "before", "unless", "if") for c in verb.children)


def _departing_forces(subject: Token) -> bool:
    """"the last Libyan soldiers", "the final contingent of Cuban troops", "U.N. peacekeepers": forces that leave."""
    heads = [subject, *(o for p in subject.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children)]
    return any(_forces(h) or h.lemma_.lower() in ("peacekeeper", "marine", "paratrooper") for h in heads)


def _armed(verb: Token, tokens: list[Token]) -> bool:
    """"carried out air strikes on rebel positions", "had fired rockets": force by arms, whatever else the words
    can mean (a strike, a firing)."""
    return any(t.lemma_.lower() in ("strike", "airstrike") and (t.lemma_.lower() == "airstrike" or any(
        c.lower_ in ARMED_STRIKES for c in t.children if c.dep_ in ("amod", "compound"))) for t in tokens) \
        or _lemma(verb) in ("fire", "launch") and any(o.lemma_.lower() in OBJECT_CLASSES["projectile"]
                                                      for o in verb.children if o.dep_ == "dobj")


def _received(noun: Token) -> bool:
    """Whom a leader receives as a visitor: a person named, or a delegation, envoy or minister."""
    return noun.ent_type_ == "PERSON" or noun.lemma_.lower() in VISITORS


def _hostile_response(noun: Token) -> bool:
    """"a military response", "revenge", "forceful measures": what a vow of it threatens."""
    lemma = noun.lemma_.lower()
    return lemma in RESPONSES or lemma in ("measure", "action", "step") and any(
        c.dep_ == "amod" and c.lower_ in FORCEFUL for c in noun.children)


def _named_country(noun: Token) -> bool:
    """Whether the noun phrase itself names a state ("Turkish troops", "Russia's forces")."""
    return any(code_of(t.text) for t in noun.subtree if t.i <= noun.i)


def _asks_someone(verb: Token) -> bool:
    """"Saudi Arabia has asked Washington to speed up deliveries": a state, an organisation or a person asked
    to act, whatever the act, is a request (CAMEO 10)."""
    return any(c.dep_ == "dobj" and (c.ent_type_ in ("GPE", "ORG", "NORP", "PERSON") or c.pos_ == "PROPN"
                                     or c.lemma_.lower() in ASKED or c.lower_ in SECTOR_WORDS
                                     or any(m.ent_type_ in ("NORP", "GPE") for m in c.children))
               for c in verb.children)


# Those a request is put to, named by no name: "asked Pakistani authorities to reconsider", "asked donors to give".
ASKED = frozenset({"authority", "government", "official", "leader", "country", "nation", "state", "donor", "partner",
                   "ally", "member", "community", "party", "side", "supporter", "follower", "citizen", "resident",
                   "people", "public", "court", "council", "parliament", "congress", "minister", "president"})


# Taking someone into custody: police or troops of no named country who do it act where that person is from.
ARRESTS = frozenset({"arrest", "detain", "apprehend", "abduct", "jail", "imprison", "hold"})
# What a state hits back with when it answers in trade, not arms: "retaliated with levies on American whiskey".
ECONOMIC_REPLIES = frozenset({"ban", "levy", "countermeasure", "counter-tariff", "quota", "boycott"})


def _took_effect(verb: Token) -> bool:
    """"levies on Chinese goods took effect", "the embargo came into force", "sanctions kicked in": a measure
    beginning to bite is the act of imposing it."""
    words = {c.lower_ for c in verb.subtree}
    lemma = _lemma(verb)
    return lemma == "take" and "effect" in words or lemma in ("come", "enter", "go") and "force" in words \
        or lemma == "kick" and "in" in words or lemma in ("begin", "start") and verb.dep_ == "ROOT"


def _venue_countries(verb: Token) -> set[str]:
    """The states of the places an act was done in or at ("held talks in Almaty", "signed the accord in Lusaka")."""
    return {code for t in verb.subtree if t.dep_ == "pobj" and t.head.lower_ in ("in", "at")
            and (code := _place_code(t)) is not None}


# Officials who are an envoy when their body is named: "the U.N. coordinator", "the EU's representative".
POSTED = {"coordinator", "representative", "head", "chief", "official"}


def _told_to_leave(verb: Token) -> bool:
    """"ordered the U.N. coordinator to leave the country", "gave the French ambassador 48 hours to leave": an
    envoy or an international body's official told to go is expelled (CAMEO 1663)."""
    if not any(c.dep_ in ("xcomp", "advcl") and _lemma(c) in ("leave", "depart", "quit") for c in verb.children):
        return False
    told = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    return any(o.lemma_.lower() in OBJECT_CLASSES["envoy"] or o.lemma_.lower() in POSTED and any(
        c.dep_ in ("compound", "amod", "poss") for c in o.children) for o in told)


# What hackers break into.
CYBER_OBJECTS = {"network", "system", "server", "database", "computer", "account", "email", "infrastructure"}
# What prosecutors and judges do to someone: "Prosecutors indicted Yoon Suk Yeol" are his country's.
CHARGING = {"indict", "charge", "convict", "sentence", "prosecute", "jail", "arraign", "acquit", "summon"}
# What a state's bodies do in freeing someone: "the government released Raila Odinga" is his country's government
# (not hostages or prisoners of war, whom one state hands to another).
FREEING = frozenset({"release", "free", "pardon", "commute"})
CAPTIVES = frozenset({"hostage", "captive", "pow", "prisoner-of-war"})
# What the state does to someone, said in the passive with no one named: "was jailed", "was sentenced" (not taken
# hostage, held, arraigned, acquitted or summoned).
PUNISHED = (ARRESTS | CHARGING) - {"abduct", "hold", "arraign", "acquit", "summon"} | {"fine"}
# What parties make with a third one: "agreed to extend a truce with Israel" is aimed at Israel.
PACTS = frozenset(OBJECT_CLASSES["treaty"] | OBJECT_CLASSES["talks"] | OBJECT_CLASSES["ceasefire"])
# People one side hands back to the other, besides captives: "handed back 15 Malaysian soldiers".
HANDED_BACK = frozenset({"soldier", "crew", "crewman", "fisherman", "sailor", "pilot", "citizen", "national", "officer"})
# What a party gives up when it yields: "gave up its claim to the Limbang district".
GIVEN_UP = STANCES | {"demand", "bid", "right"}
# Verbs whose that-clause says what someone wants done, not what was done.
DEMANDING = {"demand", "insist", "urge", "request", "propose", "suggest", "recommend"}


# Verbs of receiving, whose giver is the "from" ("Ethiopia received wheat from the United States").
RECEIVING = frozenset({"receive", "get", "obtain", "secure"})


def _acting_at_home(source: Actor, category: str, mode: str | None, inner: Token) -> bool:
    """Whether a party of no stated country acts as one does only at home, so that whom it acts on tells its state
    (:func:`grammar._home`): a domestic group ("opposition parties demanded …"), police or troops arresting or
    raiding, prosecutors or judges charging, and a government or its forces freeing someone."""
    lemma = _lemma(inner)
    return source.sector in DOMESTIC_SECTORS \
        or category == "COERCE" and (lemma in ARRESTS | {"raid", "search"} or mode == "repress") \
        and source.sector in ("COP", "MIL") \
        or source.sector == "JUD" and lemma in CHARGING \
        or source.sector in ("GOV", "COP", "MIL", "JUD") and lemma in FREEING \
        and not any(o.lemma_.lower() in CAPTIVES for o in _objects(inner))


class Reader(Nominals):
    """Reads events off one document's parse."""

    def __init__(self, doc: Doc, attributions: list[Attribution], register: speakers.Register) -> None:
        self.doc = doc
        self.attributions = attributions
        self.register = register
        self.dictionary = builtin()
        self.consumed: set[int] = set()  # verbs already coded as part of a frame
        self._statement_at = _statements_by_token(doc, attributions)
        self._people = [t.i for t in doc if t.ent_type_ == "PERSON" and t.pos_ == "PROPN" and t.dep_ != "compound"]
        self.seen: dict[str, str] = {}  # actors' countries as coded so far, by actor id
        self.acting: list[Actor] = []  # the sources of the events so far, with a country
        self.earlier: list[tuple[int, Actor]] = []  # where each event so far began, and its source
        self.pair: tuple[Actor, Actor, int] | None = None  # the last two states that acted together, and where
        self.home = dateline_country(doc)  # where the story is filed from, for its own bodies no dictionary knows
        self.unplaced = False  # whether a doer of no state the text gives still makes an event (unplaced_events)

    def code_as(self, token: Token, category: str) -> Found | None:
        """An event of a category the caller decided (the learned model), read off the parse like any other."""
        return self._build(token, category, None, [token], token)

    # -- finding the event word ---------------------------------------------

    def event_at(self, token: Token) -> Found | None:
        if token.i in self.consumed or token.pos_ not in ("VERB", "ADJ", "AUX", "NOUN"):
            return None
        if _investigated(token) or token.tag_ == "VBG" and token.dep_ == "xcomp" and _lemma(token.head) in STOPPING:
            return None  # (nor "ordered police to stop firing at protesters": the act stopped is not done)
        if token.pos_ == "NOUN":
            return self._noun_event(token)
        if token.pos_ == "ADJ" and _lemma(token) not in FRAMES and _lemma(token) not in ADJECTIVES:
            return None
        requested = self._must_clause(token)
        if requested is not None:
            return requested
        if _unasserted(token) or _reporter(token):
            return None
        hosted = self._hosted(token) or self._drew_criticism(token)
        if hosted is not None:
            return hosted
        coded = self._code_verb(token)
        if token.pos_ == "VERB" and _in_protest(token) and (coded is None or coded[0] in DONE_AS_PROTEST) \
                and _lemma(token) not in REPORTING and not _negated(token):
            # "Traders kept their shops shut in protest at the arrests", "trawler crews sailed out of Icelandic waters
            # in protest": whatever is done in protest is the protest (an envoy recalled or a post resigned in
            # protest stays a sanction or a retreat, and "said in a protest note" is a statement)
            self.consumed.update(o.i for o in _preps(token, ["in", "as"]) if o.lemma_.lower() == "protest")
            coded = "PROTEST", "demo", [token], token
        if (coded is None or coded[0] in REPRISALS | {"PROTEST"}) and token.pos_ == "VERB" \
                and (condition := _reprisal_condition(token)) is not None and _defied(condition) \
                and self._attribution_of(token) is not None:
            # "Gendarmes told the crowd they would use force if protesters did not leave", "said they would march on
            # Muscat if the detainees were not freed": an act promised on another's defiance is a threat
            coded = "THREATEN", None, [token], token
        if coded is None and (call := _told_in_call(token)) is not None:
            found = self._build(token, "CONSULT", "phone", [token, call], token)
            if found is not None:
                found.fixed = True  # a set phrasing, not the model's to drop
            return found
        if coded is None:
            return None
        category, mode, tokens, inner = coded
        return self._build(token, category, mode, tokens, inner)

    def _code_verb(self, verb: Token) -> tuple[str, str | None, list[Token], Token] | None:
        """(category, mode, evidence tokens, innermost verb) for a verb, following frames."""
        lemma = _lemma(verb)
        if lemma in ("dismiss", "fire", "sack") and _dismissed_staff(verb):
            return "SANCTION", "expel", [verb], verb  # "PDVSA dismissed 12,000 employees", "fired seven executives"
        if lemma == "call" and (phoned := _phoned(verb)) is not None:
            self.consumed.update(t.i for t in phoned[1:])
            return "CONSULT", "phone", [verb], verb  # "Sunak called Netanyahu on Sunday" (CAMEO 041)
        if (probe := _inquiry_set_up(verb)) is not None:
            self.consumed.add(probe.i)
            return "ACCUSE", "investigate", [verb, probe], probe  # "set up a commission to investigate the killings"
        if lemma in ("rule", "refuse", "decline") and (kept := _option_kept(verb)) is not None:
            return ("THREATEN", None, [verb], verb) if kept else None  # "did not rule out using force": a threat
        if lemma in DIRECTIVES and (told := _told_to(verb)) is not None:
            self.consumed.add(told.i)  # "Washington told Kabul to release the prisoners": asked, not released
            return "REQUEST", DIRECTIVES[lemma], [verb, told], told
        inner = _framed(verb) if lemma in FRAMES and not _withheld(verb) and not _pressed_on(verb) else None
        # (not "declined to comment", nor "pressed an offensive to seize the town")
        if inner is not None:
            coded = self._code_verb(inner) or (("AID", None, [inner], inner) if _help_offered(inner, FRAMES[lemma])
                                               else (None, None, [inner], inner))
            self.consumed.add(inner.i)
            frame = FRAMES[lemma]
            category = coded[0]
            if frame == "intent" and (category == "SANCTION" and lemma in ("announce", "decide")
                                      or category == "MOBILIZE" and lemma == "announce"):
                # "announced it would prohibit all aid to the rebels": a sanction decided is imposed, not threatened;
                # "announced that the Centre would deploy 5,000 paramilitary personnel": forces sent (but "decided
                # to send a peacekeeping force" promises them, as PLOVER's records code it)
                return category, coded[1], [verb, *coded[2]], coded[3]
            if frame == "intent" and category is None and _willing(verb):
                # "Uzbekistan is ready to take part in building the dam", "was prepared to let the OAU examine the
                # dispute": willingness to act is an offer (PLOVER AGREE), whatever the act; unwillingness refuses
                negated = _negated(verb) or _negated(inner) or verb.dep_ == "acomp" and _negated(verb.head)
                return ("REJECT" if negated else "AGREE"), None, [verb, inner], inner  # "is not ready to settle"
            if frame == "intent":
                category = _intended(category, _negated(verb) or _negated(inner))
                if category is None:
                    return None
                return category, coded[1], [verb, *coded[2]], coded[3]
            if frame == "REQUEST" and category is None and lemma in ("ask", "press", "push", "pressure", "call") \
                    and not (lemma == "call" and _called(verb)) and not _asks_someone(verb):
                return None  # "pressed ahead", "asked whether": no one asked to act ("asked Washington to …" is)
            if frame == "AGREE" and category in HOSTILE_ACTS and lemma in VOWS \
                    and (category == "ASSAULT" or lemma not in ("pledge", "promise")):
                # "vowed to retaliate", "promised to strike Israel": a pledge of a hostile act is a threat (13); but a
                # promise to deport, disband, deploy or cut off ("promised to deport ANC members living in Maseru",
                # "pledged to stop arms shipments to the rebels") is what the records code: an undertaking (03)
                return "THREATEN", None, [verb, *coded[2]], coded[3]
            mode = coded[1] if frame == category else None
            return frame, mode, [verb, *coded[2]], coded[3]
        measure = self._measure(verb)
        if measure is not None:
            return measure
        light = self._light(verb) or self._designated(verb)
        if light is not None and light[0] == "COERCE" and _rioting(verb, lemma):
            return "PROTEST", "riot", light[2], light[3]  # "youths set fire to cars": a riot, not a state's coercion
        if light is not None and light[:2] == ("PROTEST", "riot") and lemma in ("throw", "hurl") and _lone_thrower(verb):
            return "ASSAULT", None, light[2], light[3]  # "two men hurled firebombs at the museum": an attack
        if light is not None:
            return light
        if _rallies_against(verb):
            return "ACCUSE", "disapprove", [verb], verb  # CAMEO 113: "called for sanctions against Nigeria"
        if lemma in ("call", "appeal", "press", "push") and any(o.pos_ == "NOUN" for o in _preps(verb, ["for"])):
            return "REQUEST", None, [verb], verb  # CAMEO 02/10: "called for a ceasefire in Gaza"
        if lemma == "welcome" and any(o.ent_type_ in ("PERSON", "GPE") for o in _objects(verb)) \
                and any(p.ent_type_ in ("GPE", "FAC", "LOC") for p in _preps(verb, ["to", "in", "at"])):
            return "CONSULT", "host", [verb], verb  # "Orban welcomed Netanyahu to Budapest": a visit hosted (CAMEO 043)
        if lemma in ("stand", "rally") and any(_a_party(o) for o in _preps(verb, ["by", "behind"] if lemma == "stand"
                                                                            else ["behind"])) \
                or lemma == "rally" and any(_a_party(o, states=False) for o in _preps(verb, ["around"])):
            return "SUPPORT", None, [verb], verb  # CAMEO 051: "stood by the crown prince", "rallied behind Riyadh"
        if lemma == "meet" and any(o.lemma_.lower() in ("demand", "condition") for o in _objects(verb)):
            return "CONCEDE", None, [verb], verb  # meeting demands ("met the key demand of the strikers") concedes them
        if verb.pos_ == "ADJ" and lemma in ADJECTIVES:
            return (*ADJECTIVES[lemma], [verb], verb)
        if lemma in ("gather", "assemble", "converge", "congregate", "rally") and _before_authority(verb) \
                and (_crowd(verb) or _protesters(verb)):
            return "PROTEST", "demo", [verb], verb  # "Several hundred Serbs gathered in front of the municipal building"
        if lemma == "question" and _questioned(verb):
            return "ACCUSE", "investigate", [verb], verb  # "Prosecutors questioned three army officers over …"
        if lemma in VERBS and not _idiom(verb):
            reading = _verb_reading(verb, *VERBS[lemma])
            if reading is None or lemma in ("travel", "fly") and not self._visit(verb):
                return None
            return (*reading, [verb], verb)
        return None

    def _measure(self, verb: Token) -> tuple[str, str | None, list[Token], Token] | None:
        """"The parliament approved a bill banning satellite dishes": passing a law is the act it makes law."""
        if _lemma(verb) not in ("approve", "pass", "adopt", "enact", "issue", "sign"):
            return None
        for noun in (c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in MEASURES):
            clause = next((c for c in noun.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"), None)
            coded = self._code_verb(clause) if clause is not None else None
            if coded is not None and coded[0] in HOSTILE_ACTS | {"CONCEDE", "RETREAT"}:
                self.consumed.add(clause.i)  # type: ignore[union-attr]
                return coded[0], coded[1], [verb, *coded[2]], verb
        return None

    def _object_party(self, verb: Token, source: Actor, partner: Actor) -> Actor | None:
        """A state the verb's object or indirect object names, or owns ("backed Argentina's claim", "promised
        South Africa $8.5 billion"), other than the doers; and the third party a pact, a truce or talks they agreed
        on are with ("Hamas and Islamic Jihad agreed to extend a truce with Israel")."""
        acts = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]
        for noun in (c for act in acts for c in act.children if c.dep_ in ("dobj", "dative")):
            pacts = _preps(noun, ["with"]) if noun.lemma_.lower() in PACTS else []
            for token in [noun] * bool(noun.ent_type_) + [c for c in noun.children if c.dep_ == "poss"] + pacts:
                actor = self._actor(token, verb)
                if actor is not None and actor.country not in (None, source.country, partner.country):
                    return actor
        return None

    def _of_kind(self, subject: Token, verb: Token, words: frozenset[str], named: frozenset[str]) -> bool:
        """A body of a kind, by its word ("the court") or by a word of the name the dictionaries give it ("the
        ICJ": the International Court of Justice)."""
        if subject.lemma_.lower() in words:
            return True
        actor = self._actor(subject, verb) if subject.pos_ == "PROPN" else None
        return actor is not None and any(w in actor.name.lower().split() for w in named)

    def _court(self, subject: Token, verb: Token) -> bool:
        """A court or a judge."""
        return self._of_kind(subject, verb, COURTS | {"judge"}, COURTS)

    def _regulator(self, subject: Token, verb: Token) -> bool:
        """A regulator ordering a company or a body ("Japan's Fair Trade Commission ordered Google to stop …",
        "the European Commission ordered Apple to allow …"): a demand, as a court's order is; not a ministry's
        orders to its own troops."""
        ordered = next((c for c in verb.children if c.dep_ == "dobj"), None)
        return ordered is not None and ordered.pos_ == "PROPN" and ordered.ent_type_ in ("ORG", "") \
            and self._of_kind(subject, verb, REGULATORS, REGULATORS)

    def _doer_before(self, noun: Token, source: Actor) -> Actor | None:
        """The subject of the sentence before's main verb, if another state's: who did what "the measure" names."""
        if noun.sent.start == 0:
            return None
        root = self.doc[noun.sent.start - 1].sent.root
        subject = _subject(root)
        actor = self._actor(subject, root) if subject is not None else None
        if actor is None or not actor.country or actor.country in NON_STATE or actor.country == source.country:
            return None
        return actor

    def _paired(self, verb: Token) -> tuple[Actor, Actor] | None:
        """"Yoon Suk Yeol and Fumio Kishida met in Tokyo. The two leaders signed an agreement": "the two leaders",
        "both sides", "they" after two states that acted together in the sentence before are those two."""
        subject = _subject(verb)
        if subject is None or self.pair is None or not 0 <= verb.sent.start - self.pair[2] <= 200 \
                or verb.sent.start == self.pair[2] and verb.dep_ != "conj":
            return None  # (in the pair's own sentence, only a verb joined to theirs: "met Xi, and the two leaders agreed")
        counted = any(c.lower_ in ("two", "both") for c in subject.children) and subject.tag_ == "NNS" \
            and subject.lemma_.lower() in PAIRED
        if not (counted or subject.lower_ == "they" and verb.sent.start == _next_sentence(self.doc, self.pair[2])):
            return None
        return self.pair[0], self.pair[1]

    def _streets(self, verb: Token, source: Actor, target: Actor) -> bool:
        """Whether a protest's target is only the town or country of its own people that it marched in."""
        if target.type != "state" or target.sector is not None or target.country != source.country:
            return False
        if any(c.dep_ in ("advcl", "xcomp", "conj") and c.pos_ == "VERB" or c.dep_ == "prep" and c.lower_ in (
                "against", "over", "outside") for c in verb.children):
            return False  # "rallied in Seoul to protest Pyongyang's test": the aim says whom (the rankers may read it)
        return any(t.dep_ == "pobj" and t.head.lower_ in ("in", "through", "across", "into", "around")
                   and t.head.head.i == verb.i and (place := self._actor(t, verb)) is not None and place.id == target.id
                   for t in verb.subtree)

    def _visit(self, verb: Token) -> bool:
        """"The Brazilian president travelled to Argentina": an official's own trip to another country, or a
        trip "for talks", is a visit (CAMEO 042); "fled/travelled without documents" is none."""
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or verb.tag_ == "VBG":
            return False
        if any(o.lemma_.lower() in OBJECT_CLASSES["talks"] for o in _preps(verb, ["for"])):
            return True
        source = self._actor(subject, verb)
        if source is None or not (source.type == "person" or source.sector == "GOV"):
            return False
        places = [self._actor(o, verb) for o in _preps(verb, ["to"])]
        return any(p is not None and p.country and p.country != source.country for p in places)

    def _designated(self, verb: Token) -> tuple[str, str | None, list[Token], Token] | None:
        """"added Meduza to its list of 'undesirable organisations'", "designated Navalny's organisations as
        extremist": a state's outlawing of its own people or groups (COERCE), another state's or bloc's listing
        of them a sanction ("The European Union listed the Tamil Tigers as a terrorist organisation")."""
        if _lemma(verb) not in DESIGNATING or verb.dep_ in ("xcomp", "relcl", "acl", "amod") \
                or any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            return None
        subject = _subject(verb)
        outside = {t.i for t in subject.subtree} if subject is not None else set()
        if not any(t.lower_ in DESIGNATIONS or t.lemma_.lower() == "agent" and t.nbor(-1).lower_ == "foreign"
                   for t in verb.subtree if t.i not in outside and t.i > 0):
            return None
        listed = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "dative")), None)
        if listed is None:
            return None
        doer = self._actor(subject, verb) if subject is not None else None
        done = self._actor(listed, verb)
        foreign = doer is not None and (doer.country == "IGO" or doer.country and done is not None
                                        and done.country not in (None, doer.country))
        return ("SANCTION" if foreign else "COERCE"), None, [verb], verb

    def _light(self, verb: Token) -> tuple[str, str | None, list[Token], Token] | None:
        lemma = _lemma(verb)
        if lemma == "call" and any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children):
            if any(o.lemma_.lower() in OBJECT_CLASSES["talks"] for o in _objects(verb)):
                return "SANCTION", None, [verb], verb  # CAMEO 164: calling off talks halts negotiations
            if any(o.lemma_.lower() in OBJECT_CLASSES["meeting"] for o in _objects(verb)):
                return "REJECT", "meet", [verb], verb  # CAMEO 125, PLOVER: a meeting called off is refused
            return "CONCEDE", None, [verb], verb
        if lemma in ("force", "drive", "kick", "chase") and any(
                (c.lower_ == "out" or c.lower_ in ("away", "off") and lemma in ("drive", "chase"))
                and c.dep_ in ("prt", "prep", "advmod") for c in verb.children):
            if lemma != "kick" and any(SECTOR_WORDS.get(o.lower_) in ("MIL", "REB") for o in _objects(verb)):
                return "ASSAULT", None, [verb], verb  # "drove the separatists out of Gao": fighters beaten back (CAMEO 19)
            return "SANCTION", "expel", [verb], verb  # "forced the UN agency out of the country", "drove away a boat"
        if lemma in ("pull", "take", "force", "knock", "yank") and any(o.lower_ == "air" for o in _preps(verb, ["off"])):
            return "COERCE", "censor", [verb], verb  # "pulled independent Radio B92 off the air": a station silenced
        if lemma == "strike" and (subject := _subject(verb)) is not None \
                and SECTOR_WORDS.get(subject.lower_) in ("CVL", "LAB") and not any(c.dep_ == "dobj" for c in verb.children) \
                and not any(c.dep_ == "prep" and c.lower_ in ("at", "against") for c in verb.children):
            return "PROTEST", "strike-gen", [verb], verb  # "Railway workers struck for a second week": a strike
        if lemma == "strike" and any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children) and not any(
                o.lemma_.lower() in AIRCRAFT for o in _objects(verb)):
            return "REJECT", None, [verb], verb  # "the constitutional court struck down a decree": annulled, not hit
        if lemma in ("walk", "storm") and any(c.dep_ in ("prt", "advmod", "prep") and c.lower_ == "out"
                                               for c in verb.children) \
                and any(t.lemma_.lower() == "protest" and t.dep_ == "pobj" and t.head.lower_ == "in"
                        for t in verb.subtree):
            return "PROTEST", "demo", [verb], verb  # "walked out of parliament in protest": a walk-out (CAMEO 14)
        if lemma in ("return", "exchange", "trade") and any(o.lower_ == "fire" for o in _objects(verb)):
            return "ASSAULT", "firearms", [verb], verb  # "its troops returned fire": shooting back, nothing handed back
        if lemma in ("exchange", "trade") and any(o.lower_ in ("blows", "punches") for o in _objects(verb)):
            return "ASSAULT", "beat", [verb], verb  # "protesters and officers traded blows": a fight (CAMEO 18/19)
        if lemma == "hang" and not any(c.dep_ == "prt" for c in verb.children) and any(
                o.ent_type_ == "PERSON" or o.lemma_.lower() in HANGED for o in verb.children if o.dep_ == "dobj"):
            return "ASSAULT", "execute", [verb], verb  # "Iranian authorities hanged two protesters": an execution
        if lemma == "activate" and any(o.lemma_.lower() in ("guard", "reserve", "reservist", "troop", "unit", "militia")
                                       for o in _objects(verb)):
            return "MOBILIZE", None, [verb], verb  # "activated the National Guard": forces called up (CAMEO 15)
        if lemma == "override" and any(o.lemma_.lower() == "veto" for o in _objects(verb)):
            return "REJECT", None, [verb], verb  # "the legislature overrode the governor's veto": his refusal refused
        if lemma == "defend" and any(o.lemma_.lower() in CONTESTED for o in _preps(verb, ["against"])) and not any(
                c.dep_ == "dobj" and c.lower_ not in ("itself", "himself", "herself", "themselves") for c in verb.children):
            return "REJECT", None, [verb], verb  # "would vigorously defend against the lawsuit": a charge contested
        if lemma in ("block", "halt") and (judge := _subject(verb)) is not None \
                and judge.lemma_.lower() in COURTS | {"judge", "justice"}:
            return "REJECT", None, [verb], verb  # "a federal judge blocked the administration from deporting …": a
            # court's bar on a government's act is a refusal of it, not protesters' obstruction
        particles = {c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod", "prep")}
        if verb.i + 1 < len(verb.doc) and verb.nbor(1).lower_ == "over" and verb.nbor(1).dep_ in ("advmod", "prt"):
            particles.add("over")  # "handed over 32 Armenian detainees": the parse hung "over" on the number
        if lemma == "give" and (("in" in particles or any(o.lower_ == "way" for o in _objects(verb))) and _preps(verb, ["to"])
                                or "up" in particles and any(o.lemma_.lower() in GIVEN_UP for o in _objects(verb))):
            return "CONCEDE", None, [verb], verb  # CAMEO 08: "gave in to the strikers' demands", "gave way to Malaysian
            # demands", "gave up its claim to Tindouf" (not "gave up smoking", nor "gave in" with nothing yielded to)
        if lemma in ("send", "deliver", "convey", "dispatch", "receive", "make", "pay") and any(
                c.dep_ == "amod" and c.lower_ in ("congratulatory", "condolence") for o in _objects(verb) for c in o.children):
            return "SUPPORT", None, [verb], verb  # CAMEO 051: "sent a congratulatory letter", "received a congratulatory call"
        # "Lithuania stopped importing Russian gas" (CAMEO 163); "Mexico stopped cooperating with the United States":
        # relations cut back (CAMEO 16), not cooperation
        stopped = next((c for c in verb.children if c.dep_ in ("xcomp", "dobj") and c.tag_ == "VBG"
                        and _lemma(c) in STOPPED_DEALINGS), None) if lemma in STOPPING else None
        if stopped is not None and (_lemma(stopped) in ("import", "buy", "purchase", "cooperate", "collaborate")
                                    or _preps(stopped, ["with"])):
            self.consumed.add(stopped.i)
            return "SANCTION", None, [verb, stopped], stopped
        if lemma in ("strip", "revoke", "withdraw") and any(o.lemma_.lower() in STATUSES
                                                           for o in [*_preps(verb, ["of"]), *_objects(verb)]):
            return "COERCE", "restrict", [verb], verb  # CAMEO 172: "stripped the bishop of his citizenship"
        if lemma in ("shut", "close") and "down" in particles and any(
                o.lemma_.lower() in CLOSED_BODIES or o.lower_.removesuffix("s") in CLOSED_BODIES for o in _objects(verb)):
            return "COERCE", "restrict", [verb], verb  # "shut down 1,500 NGOs", "closed down the newspaper"
        if lemma == "find" and any(c.lower_ == "guilty" for c in [*verb.children, *(g for o in _objects(verb)
                                                                              for g in o.children)]):
            return "SANCTION", "convict", [verb], verb  # "a jury found the businessman guilty of fraud" (PLOVER)
        if lemma == "blow" and "up" in particles and _objects(verb) and not any(
                o.lemma_.lower() in DESTROYED_ARMS for o in _objects(verb)):  # silos blown up: disarming
            return "ASSAULT", "explosives", [verb], verb  # "operatives blew up a train" (CAMEO 183)
        if lemma in ("provide", "supply", "equip", "arm") and any(
                o.lemma_.lower() in OBJECT_CLASSES["aid"] or o.lower_ in OBJECT_CLASSES["aid"] or any(
                    m.lemma_.lower() in OBJECT_CLASSES["aid"] for m in o.children if m.dep_ == "compound")
                or o.lemma_.lower() == "package" and any(  # "a $400 million package of ammunition"
                    w.lemma_.lower() in OBJECT_CLASSES["aid"] for w in _preps(o, ["of"]))
                or o.lemma_.lower() in ("system", "battery", "launcher") and any(  # "four IRIS-T systems"
                    m.pos_ == "PROPN" or m.lower_ in ("missile", "defence", "defense", "rocket") for m in o.subtree)
                for o in _preps(verb, ["with"])):
            return "AID", None, [verb], verb  # "will provide Ukraine with four IRIS-T systems" (CAMEO 07)
        if lemma in ("order", "announce", "decree", "approve") and (ordered := _ordered_act(verb)) is not None:
            return (*ordered, [verb], verb)  # "Russia ordered the closure of the Polish consulate"
        if lemma in ("fire", "use", "shoot", "lob", "spray") and any(_nonlethal(o) for o in _objects(verb)):
            return "COERCE", "repress", [verb], verb  # CAMEO 175: "fired tear gas at students", "used water cannon"
        if lemma in ("order", "tell", "ask") and any(_foreign_guests(o) and any(
                c.dep_ in ("xcomp", "acl", "relcl") and _lemma(c) in ("leave", "depart", "go", "withdraw")
                for c in [*verb.children, *o.children]) for o in _objects(verb)):
            return "SANCTION", "expel", [verb], verb  # CAMEO 166: "ordered the French ambassador to leave",
            # 1661-1663: "ordered French troops to leave", "told the UN mission to withdraw"
        if lemma == "suspend" and any(o.dep_ == "dobj" and (o.ent_type_ in ("PERSON", "ORG") or o.lemma_.lower() in MEMBERS)
                                      for o in verb.children):
            return "SANCTION", None, [verb], verb  # "FIFA suspended the Peruvian football federation", "suspended Kipyokei"
        if lemma in ("order", "tell", "force", "instruct") and any(
                o.lemma_.lower() in EVACUEES and any(c.dep_ in ("xcomp", "ccomp") and _lemma(c) in ("evacuate", "leave", "flee")
                                                     for c in [*verb.children, *o.children]) for o in _objects(verb)):
            self.consumed.update(c.i for c in verb.children if c.dep_ in ("xcomp", "ccomp"))
            return "COERCE", "restrict", [verb], verb  # "ordered residents of northern Gaza to evacuate": forced, no aid
        if lemma in ("order", "direct", "instruct") and (subject := _subject(verb)) is not None \
                and (self._court(subject, verb) or self._regulator(subject, verb)) \
                and any(c.dep_ == "dobj" for c in verb.children) \
                and (act := next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and _infinitive(c)), None)) \
                and _lemma(act) not in ("pay", "compensate", "reimburse"):
            # "Nepal's Supreme Court ordered the government to release a journalist": a court demands; the act
            # it orders is not done (CAMEO 10). What it orders itself is done ("ordered the closure of the daily",
            # "ordered him held"), and a payment it orders is a sanction (PLOVER)
            self.consumed.add(act.i)
            return "REQUEST", None, [verb], verb
        if lemma in ("launch", "fire") and any(o.lemma_.lower() in OBJECT_CLASSES["exercise"]
                                               for o in _preps(verb, ["during", "in"])):
            return "MOBILIZE", "weapons", [verb], verb  # "warships fired missiles during exercises": a drill, no attack
        if lemma in ("launch", "fire") and any(o.lemma_.lower() in OBJECT_CLASSES["projectile"] and any(
                c.lower_ in ("ballistic", "cruise", "hypersonic", "intercontinental") for c in o.children)
                for o in _objects(verb)) and not any(
                o.lemma_.lower() not in ("sea", "ocean", "water", "waters") and o.ent_type_ not in ("DATE", "TIME")
                for o in _preps(verb, AIMED_AT) + [p for m in _objects(verb) for p in _preps(m, AIMED_AT)]):
            return "MOBILIZE", "weapons", [verb], verb  # "launched two ballistic missiles into the sea": a show of force
        if lemma in ("hit", "retaliate", "respond") and any(
                o.lemma_.lower() in OBJECT_CLASSES["sanctions"] | OBJECT_CLASSES["restriction"] | ECONOMIC_REPLIES
                for o in _preps(verb, ["with"])):
            return "SANCTION", None, [verb], verb  # "hit Russia with sanctions", "retaliated with 34 percent tariffs"
        if lemma in STOPPING and (paying := next(
                (c for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() in ("fund", "finance", "lend", "pay")),
                None)) is not None:
            self.consumed.add(paying.i)
            return "SANCTION", None, [verb, paying], verb  # "the World Bank stopped funding the dam": CAMEO 162
        if lemma in ("ban", "prohibit") and any(o.lemma_.lower() in GOODS and any(
                code_of(c.text) for c in o.children if c.dep_ in ("amod", "compound")) for o in _objects(verb)):
            return "SANCTION", None, [verb], verb  # "banned Russian oil": a trade sanction (CAMEO 163)
        if lemma == "order" and "out" in particles and any(o.lemma_.lower() in OBJECT_CLASSES["envoy"] for o in _objects(verb)):
            return "SANCTION", "expel", [verb], verb  # "ordered out three Iranian diplomats"
        if lemma in ("order", "give", "tell") and _told_to_leave(verb):
            return "SANCTION", "expel", [verb], verb  # "ordered the U.N. coordinator to leave", "gave … 48 hours to leave"
        if lemma == "quit" and any(o.lemma_.lower() in ("cabinet", "government", "post", "job", "office", "coalition")
                                   for o in verb.children if o.dep_ == "dobj"):
            return "RETREAT", "resign", [verb], verb  # "three ministers quit the cabinet": resigning (CAMEO 0874)
        if lemma == "quit" and any(c.dep_ == "dobj" for c in verb.children) or lemma == "pull" and _left_body(verb):
            return "SANCTION", "withdraw", [verb], verb  # "quit the ICC", "pulled out of the grain deal" (CAMEO 16)
        if lemma == "rule" and "out" in particles:
            ruled = [c for c in verb.subtree if c.tag_ == "VBG" and c.head.i in (verb.i, *(p.i for p in verb.children))]
            self.consumed.update(t.i for t in ruled)  # "ruled out sending troops": nothing was sent
            return "REJECT", None, [verb], verb  # CAMEO 12: ruling out an act refuses it
        if lemma == "commit" and any(o.lemma_.lower() in CRIMES for o in _objects(verb)):
            return "ASSAULT", None, [verb], verb  # "committed atrocities in Tigray" (CAMEO 18/20)
        if lemma == "call" and "in" in particles and any(o.lemma_.lower() in OBJECT_CLASSES["envoy"] for o in _objects(verb)):
            return "ACCUSE", "disapprove", [verb], verb  # "called in the French ambassador", as summoning (CAMEO 111)
        if lemma == "hit" and "out" in particles and _preps(verb, ["at"]) or lemma == "take" and any(
                o.lower_ == "task" for o in _preps(verb, ["to"])):
            return "ACCUSE", "disapprove", [verb], verb  # "hit out at the United States", "took Russia to task"
        if lemma == "push" and ("back" in particles or any(c.lower_ == "back" for c in verb.children)) and any(
                _civilians(o) for o in _objects(verb)):
            return "COERCE", "deport", [verb], verb  # "Greece pushed back 200 migrants to Turkey" (CAMEO 174)
        if lemma == "set" and any(c.lower_ == "free" for c in verb.children):
            return "RETREAT", "release", [verb], verb  # "set free the activist"
        if lemma == "sit" and "down" in particles and _preps(verb, ["with"]):
            return "CONSULT", "meet", [verb], verb  # "sat down with Russian President Vladimir Putin"
        if lemma == "call" and any(p.lower_ == "on" and p.i == verb.i + 1 and not any(
                o.ent_type_ in ("DATE", "TIME") for o in p.children) for p in verb.children) \
                and not any(t.dep_ in ("xcomp", "ccomp", "advcl") or t.tag_ == "TO" for t in verb.subtree):
            return "CONSULT", "visit", [verb], verb  # "the ambassador called on the Emir of Kano": a visit, no demand
        if lemma == "step" and particles & {"down", "aside"}:
            return "RETREAT", None, [verb], verb  # stepping down is resigning (CAMEO 0874)
        if lemma == "back" and "down" in particles or lemma != "give" and yielding_word(verb):
            return "CONCEDE", None, [verb], verb  # "backed down on the finance bill", "bowed to pressure" (CAMEO 08)
        if (lemma, frozenset(particles & {"down", "aside", "off"})) in PHRASAL_REFUSALS and any(
                o.lemma_.lower() in OFFERED for o in _objects(verb)):
            return "REJECT", None, [verb], verb  # "turned down a request from Bangkok", "brushed aside Greek calls"
        if lemma == "crack" and "down" in particles:
            return "COERCE", "repress", [verb], verb  # CAMEO 17: "cracked down on dissent"
        if lemma == "hit" and "back" in particles:
            return "ACCUSE", "disapprove", [verb], verb  # "hit back at critics": a retort, not a blow
        if lemma in ("hand", "turn") and "over" in particles and any(o.lemma_.lower() in RELEASED or any(
                c.dep_ == "acl" and _lemma(c) in ("capture", "seize", "hold", "detain", "abduct", "kidnap")
                for c in o.children) for o in _objects(verb)):
            return "RETREAT", "release", [verb], verb  # "handed over two hostages to the Red Cross", "27 soldiers captured"
        if lemma == "hand" and "back" in particles and any(o.lemma_.lower() in RELEASED | HANDED_BACK
                                                           for o in _objects(verb)) and not _condition(verb):
            return "RETREAT", "release", [verb], verb  # CAMEO 0841: "handed back 15 Malaysian soldiers captured …"
        if lemma == "leave" and (subject := _subject(verb)) is not None and _departing_forces(subject) and any(
                o.ent_type_ in ("GPE", "LOC", "FAC") or _place_code(o) for o in _objects(verb)) and not _condition(verb):
            return "RETREAT", "withdraw", [verb], verb  # CAMEO 0874: "the last Cuban troops left Luanda" (not "until
            # the last British soldier had left Aden": a condition of another act)
        if (lemma in ("hand", "turn") and particles & {"over", "in"} or lemma == "give" and "up" in particles) \
                and any(o.lemma_.lower() in OBJECT_CLASSES["weapons"] for o in _objects(verb)):
            return "RETREAT", "disarm", [verb], verb  # CAMEO 0873: "rebels handed over 3,300 weapons to NATO troops",
            # "handed in their weapons", "gave up their arms"
        if lemma in ("be", "remain", "stay") and any(o.lemma_.lower() == "strike" for o in _preps(verb, ["on"])):
            hunger = any(c.lower_ == "hunger" for o in _preps(verb, ["on"]) for c in o.children)
            return "PROTEST", "strike-hun" if hunger else "strike-gen", [verb], verb  # "has been on hunger strike"
        if lemma in ("annul", "nullify", "invalidate", "overturn") and (judge := _subject(verb)) is not None \
                and judge.lemma_.lower() in COURTS | {"judge", "justice"} \
                and any(o.lemma_.lower() in VOTES for o in _objects(verb)):
            return "SANCTION", None, [verb], verb  # "the Constitutional Court annulled the re-election of President X"
        if lemma in ("truck", "fly", "airdrop", "ferry") and any(o.lemma_.lower() in RELIEF_GOODS for o in _objects(verb)):
            return "AID", "humanitarian", [verb], verb  # "trucked food and blankets to refugees", "flew in vaccine doses"
        if lemma == "look" and any(o.lemma_.lower() in LOOKED_INTO for o in _preps(verb, ["into"])):
            return "ACCUSE", "investigate", [verb], verb  # "sent a team to look into reports of killings"
        if lemma == "treat" and _treated_the_hurt(verb):
            return "AID", "humanitarian", [verb], verb  # "medics treated dozens of injured protesters" (CAMEO 073)
        if lemma == "down" and any(o.lemma_.lower() == "tool" for o in _objects(verb)):
            return "PROTEST", "strike-gen", [verb], verb  # "miners downed tools": a strike
        if lemma == "break" and "up" in particles and any(o.lemma_.lower() in PROTEST_NOUNS for o in _objects(verb)):
            return "COERCE", "repress", [verb], verb  # CAMEO 17: police "broke up a sit-in"
        if lemma == "charge" and (_preps(verb, ["at", "into"]) or any(
                o.lemma_.lower() in ("baton", "truncheon", "club") for o in _preps(verb, ["with"]))):
            return "ASSAULT", "beat", [verb], verb  # CAMEO 175: "charged at protesters with batons", not an accusation
        if lemma == "let" and ("go" in {c.lower_ for c in verb.subtree if c.head.i == verb.i} or any(
                o.lemma_.lower() in OBJECT_CLASSES["prisoners"] for o in _objects(verb))):
            return "RETREAT", "release", [verb], verb  # "let go of two American citizens"
        if lemma == "let" and _preps(verb, ["into", "in"]) or lemma == "let" and "in" in particles:
            return "RETREAT", "access", [verb], verb  # CAMEO 0863: "let 80 aid trucks into Gaza"
        if lemma == "order" and (ordered := next((o for o in _objects(verb) if o.lower_ in NOMINALS and not (
                o.dep_ == "pobj" and o.head.lower_ in ("into", "about", "over"))), None)) is not None:
            # (not "ordered a probe into the killing": what is looked into)
            self.consumed.add(ordered.i)  # "ordered the expulsion of three diplomats": the act ordered is done
            return *NOMINALS[ordered.lower_], [verb, ordered], verb
        if lemma == "declare" and "persona non grata" in verb.sent.text.lower():
            return "SANCTION", "expel", [verb], verb  # CAMEO 1663: declaring a diplomat persona non grata
        if lemma == "receive" and any(_received(o) for o in _objects(verb)):
            return "CONSULT", "host", [verb], verb  # "Abiy received Somalia's president in Addis Ababa" (CAMEO 043)
        if lemma in ("hand", "turn") and "over" in particles and any(
                SECTOR_WORDS.get(o.lower_) in ("REB", "CVL", "OPP") or o.lemma_.lower() in HANDED
                or any(c.dep_ == "amod" and c.lemma_.lower() in HANDED for c in o.children)  # "the fugitive colonel"
                for o in _objects(verb)) or lemma in ("hand", "turn") and "over" in particles and any(
                o.ent_type_ == "PERSON" for o in _objects(verb)) and any(
                t.lemma_.lower() in ("tribunal", "court") or t.ent_type_ == "GPE" for t in _preps(verb, ["to"])):
            # (and a person handed to a court or a state: "handed Slobodan Milosevic over to the U.N. tribunal")
            return "COOPERATE", None, [verb], verb  # CAMEO 063: "handed over three suspected militants to Kabul"
        if lemma == "pull" and "out" in particles and any(o.lemma_.lower() in OBJECT_CLASSES["envoy"] for o in _objects(verb)):
            return "SANCTION", None, [verb], verb  # CAMEO 161: "pulled its ambassador out of Chile", as recalled
        if lemma in ("pull", "move") and particles & {"out", "back"} and not _left_body(verb):
            return "RETREAT", "withdraw", [verb], verb  # CAMEO 0874: "troops pulled out of Jenin"
        if lemma in VOWS and any(_hostile_response(o) for o in _objects(verb)):
            return "THREATEN", None, [verb], verb  # CAMEO 13: "vowed a military response", "vowed revenge"
        if lemma == "round" and "up" in particles:
            return "COERCE", "arrest", [verb], verb  # CAMEO 173: "rounded up 40 suspects"
        if lemma in ("stop", "down", "lay", "put") and _stopped_work(verb):
            return "PROTEST", "strike-gen", [verb], verb  # "junior doctors stopped work", "nurses downed tools"
        if lemma == "walk" and ("out" in particles or any(o.lemma_.lower() == "job" for o in _preps(verb, ["off"]))):
            # (and "walked off the job"; not "walked out of prison", a release: _idiom)
            if _idiom(verb):
                return None
            if any(t.lemma_.lower() in OBJECT_CLASSES["talks"] and t.head.lower_ == "of" for t in verb.subtree):
                return "SANCTION", None, [verb], verb  # CAMEO 164: walking out of talks halts them
            return "PROTEST", "strike-gen", [verb], verb  # workers walking out strike
        if lemma in ("take", "hold") and any(t.lower_ in ("hostage", "hostages") for t in verb.children) \
                and not any(o.lemma_.lower() in HELD_THINGS for o in _objects(verb)):
            return "ASSAULT", "abduct", [verb], verb  # CAMEO 181: "took 20 tourists hostage"
        if lemma == "claim" and {c.lemma_.lower() for c in verb.children if c.dep_ == "dobj"} & {"responsibility", "credit"}:
            for noun in _preps(verb, ["for"]) + [o for c in verb.children if c.dep_ == "dobj" for o in _preps(c, ["for"])]:
                if noun.lemma_.lower() in OBJECT_CLASSES["attack"] | ASSAULT_NOUNS:
                    self.consumed.add(noun.i)
                    return "ASSAULT", None, [verb, noun], verb  # claiming an attack is owning it
        if lemma in ("ask", "appeal", "press", "plead") and not _framed(verb) and _preps(verb, ["for"]) and not _idiom(verb):
            return "REQUEST", None, [verb], verb  # "asked Germany for compensation"
        if lemma == "seek" and {c.lemma_.lower() for c in verb.children if c.dep_ == "dobj"} & SOUGHT:
            return "REQUEST", None, [verb], verb  # "sought assistance from the United States"
        if lemma == "rule" and _ruled_against(verb):
            return "SANCTION", "convict", [verb], verb  # "a Rome court ruled that the detention was unlawful" (CAMEO 16)
        if lemma in ("heed", "answer", "obey", "follow") and (called := _called_protest(verb)) is not None:
            # "workers heeded the unions' call for a general strike": those who answer a call to protest protest
            return "PROTEST", "strike-gen" if called.lemma_.lower() in ("strike", "stoppage") else "demo", [verb], verb
        if lemma == "plead" and (plea := _plea(verb)) is not None:
            return plea, None, [verb], verb  # "pleaded not guilty to sedition" (CAMEO 12), "pleaded guilty" (CAMEO 08)
        if lemma == "undertake" and any(c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB" and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in verb.children):
            return "AGREE", None, [verb], verb  # "Togo's government undertook to release jailed protesters" (CAMEO 03)
        if lemma == "work" and verb.dep_ != "pcomp" and (_preps(verb, ["with", "alongside"]) or any(
                c.dep_ == "advmod" and c.lower_ in ("together", "jointly", "hand-in-hand") for c in verb.children)
                or verb.doc[verb.i + 1:verb.i + 4].text.lower() == "side by side"):
            return "COOPERATE", None, [verb], verb  # "French investigators worked with Italian police to dismantle …"
            # (not "looks forward to working with", a wish)
        if lemma == "take" and any(o.lemma_.lower() == "street" for o in _preps(verb, ["to"])) \
                or lemma in ("pour", "flood", "spill", "stream") and any(o.lemma_.lower() == "street"
                                                                         for o in _preps(verb, ["into", "onto", "on"])):
            return "PROTEST", "demo", [verb], verb  # CAMEO 141: "thousands took to (poured into) the streets of Tbilisi"
        branded = _branded(verb)
        if branded is not None:
            return branded
        if lemma == "respond" and _aux(verb) & {"would", "will", "'ll", "’ll"} and _answering(verb):
            return "THREATEN", None, [verb], verb  # CAMEO 13: "Moscow would respond", "would respond decisively"
        if lemma in ("send", "deploy", "dispatch") and any(o.lemma_.lower() in OBJECT_CLASSES["force"] for o in _objects(verb)) \
                and any(t.lemma_.lower() in RELIEF or t.lower_ in RELIEF for t in verb.subtree):
            return "AID", "humanitarian", [verb], verb  # CAMEO 073: "sent 1,000 soldiers to help with rescue work"
        if lemma in ("send", "deploy", "dispatch") and any(
                o.lemma_.lower() in ("team", "unit", "crew", "worker", "expert", "doctor") and any(
                    c.lemma_.lower() in RELIEF_WORKS for c in o.children if c.dep_ in ("amod", "compound"))
                for o in _objects(verb)):
            return "AID", "humanitarian", [verb], verb  # "dispatched rescue teams to Libya", "sent medical teams"
        if lemma in TRANSFERS and any(_carrying_aid(o) for o in _objects(verb)):
            return "AID", None, [verb], verb  # CAMEO 07: "sent a ship carrying food and medicine to Gaza"
        if lemma in ("deposit", "transfer", "donate") and any(_money(o) for o in _objects(verb)):
            return "AID", "economic", [verb], verb  # CAMEO 071: "deposited $3 billion in Pakistan's central bank"
        if lemma in ("announce", "unveil", "approve", "release", "allocate") and any(_aid_sum(o) for o in _objects(verb)):
            # CAMEO 07: "announced $45 million in aid for Sudan", "an aid package"; a loan or a grant is 071
            lent = any(o.lemma_.lower() in ("loan", "grant", "credit", "tranche") for o in _objects(verb))
            return "AID", "economic" if lent else None, [verb], verb
        if lemma in ("remove", "strip", "oust") and any(o.lemma_.lower() in ("office", "post", "citizenship", "immunity",
                                                                             "power", "seat") for o in _preps(verb, ["from", "of"])):
            return "COERCE", None, [verb], verb  # "removed three mayors from office", "stripped him of citizenship"
        if lemma in ("overthrow", "topple", "depose", "oust") and (subject := _subject(verb)) is not None \
                and SECTOR_WORDS.get(subject.lower_) == "MIL" and any(c.dep_ == "dobj" for c in verb.children):
            return "COERCE", None, [verb], verb  # "Guinea's special forces overthrew President Alpha Conde": a coup
        if lemma == "take" and any(o.lemma_.lower() in ("court", "tribunal") for p in _preps(verb, ["to"])
                                   for o in [p, *p.children] if o.dep_ in ("pobj", "compound")):
            return "ACCUSE", "allege", [verb], verb  # CAMEO 115: "took Hungary to the European Court of Justice"
        if lemma in ("add", "put", "place") and any(o.lemma_.lower() in ("blacklist", "list") and any(
                c.lower_ in ("entity", "sanctions", "trade", "black", "terror", "terrorist") or c.lemma_.lower() == "blacklist"
                for c in [o, *o.children]) for o in _preps(verb, ["to", "on"])):
            return "SANCTION", None, [verb], verb  # "added 140 Chinese companies to its entity list" (CAMEO 163)
        if lemma in ("breach", "penetrate", "infiltrate") and any(o.lemma_.lower() in CYBER_OBJECTS for o in _objects(verb)):
            return "COERCE", "cyber", [verb], verb  # "Chinese hackers breached the networks of nine telecom companies"
        intent = self._intent_noun(verb)
        if intent is not None:
            return intent
        if lemma == "take" and any(c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children):
            lemma = "participate"  # "will not take part in the conference": as "attend"
        if lemma not in LIGHT_VERBS or _no_act(verb):
            return None  # "released treated water": a borrowed sense is no light verb's event either
        objects = _objects(verb)
        if lemma == "provide":  # "provided Pakistan with a $2 billion loan"
            objects += _preps(verb, ["with"])
        objects = [c for o in objects for c in _load_of(o)]  # "sent two shiploads of flour and medicine"
        if lemma in ("allow", "permit"):  # "allowed UN inspectors to visit its prisons": whom it lets act
            objects += [s for c in verb.children if c.dep_ in ("xcomp", "ccomp") for s in c.children if s.dep_ == "nsubj"]
        for noun in objects:
            if noun.lemma_.lower() == "protest" and noun.dep_ == "pobj" and noun.head.lower_ in ("in", "as") \
                    and not any(c.dep_ == "det" for c in noun.children):
                continue  # "withdrew from the UN in protest at …": why it acted, not what it withdrew
            if noun.lemma_.lower() == "hearing" and not _preps(noun, ["into"]) and not _preps(verb, ["into"]):
                continue  # "opened hearings into the bribery" inquires; "the court held a hearing" tries a case
            for group, category, mode in LIGHT_VERBS[lemma]:
                if lemma == "release" and group == "aid" and any(_freed_people(o) for o in objects):
                    continue  # "released a Swiss Red Cross nurse", "39 passengers of a plane": people freed, no aid
                if group == "ground" and noun.lemma_.lower() in POWER and _condition(verb):
                    continue  # "until Gbagbo hands power to the winner": a condition of another act, no handover
                if _noun_class(noun) == group or noun.lemma_.lower() in OBJECT_CLASSES[group] \
                        or group == "aid" and (noun.dep_ == "dobj" or lemma == "provide") and _money(noun):
                    # "gave $5 million to Somalia", "provided Singapore with 50 million pounds"
                    if group == "protest" and noun.lemma_.lower() == "strike" and (any(
                            c.lower_ in ARMED_STRIKES for c in noun.subtree) or any(
                            c.dep_ in ("poss", "amod") and c.ent_type_ in ("NORP", "GPE") for c in noun.children)):
                        continue  # "launched air and artillery strikes", "called the Israeli strike …": an attack
                    if lemma == "call" and any(c.dep_ == "oprd" for c in verb.children):
                        continue  # "Hamas called the strike a massacre": a label put on it, no strike called
                    if noun.lemma_.lower() in ("strike",) and any(c.lower_ == "hunger" for c in noun.children):
                        mode = "strike-hun"
                    elif noun.lemma_.lower() == "strike" and category == "PROTEST":
                        mode = "strike-gen"
                    if group == "regret" and any(p.dep_ == "prep" and p.lower_ in ("over", "at", "about")
                                                 for p in noun.children):
                        category, mode = "ACCUSE", "disapprove"  # "expressed regret over the North's launch": blame
                    if group == "gathering" and any(c.lower_ in ("news", "press") for c in noun.children):
                        continue  # "attended a news conference": the press is told, no one consulted
                    if group == "exercise" and _joint(noun, verb):
                        category, mode = "COOPERATE", "military"  # CAMEO 0622: joint exercises
                    if category == "MOBILIZE" and lemma == "order" and any(
                            c.dep_ in ("xcomp", "ccomp") and _lemma(c) in STOOD_DOWN for c in verb.children):
                        continue  # "ordered police to stop firing", "ordered its fighters to observe a ceasefire": a
                        # force told to stand down is sent nowhere
                    if category == "MOBILIZE" and lemma in ("fly", "move") and any(
                            c.dep_ == "advmod" and c.lower_ == "home" for c in verb.children):
                        continue  # "flying the last of its 270 soldiers home": a withdrawal, no force sent
                    if category == "MOBILIZE" and lemma in ("send", "ship", "fly") and _arms_handed(verb, noun):
                        category, mode = "AID", "military"  # "Britain sent 14 tanks to Ukraine": arms given (CAMEO 074)
                    if category == "COERCE" and mode == "restrict" and any(
                            c.dep_ == "compound" and c.lemma_.lower() in ("export", "import") for c in noun.children):
                        category, mode = "SANCTION", None  # "tightened export controls": a trade measure (CAMEO 163)
                    if group not in ("monitors", "envoy"):  # inspectors let in, envoys summoned are someone: the target
                        self.consumed.add(noun.i)
                    return category, mode, [verb, noun], verb
        return None

    def _countryless_group(self, verb: Token) -> Actor | None:
        """Whom a demand, a charge or a refusal names when that is a group of no country: "urged rich countries to
        cancel debt", "blamed a handful of petrostates", "urged the unions to return"."""
        for noun in [*(c for c in verb.children if c.dep_ in ("dobj", "dative")), *_called(verb)]:
            if noun.pos_ != "NOUN":
                continue
            actor = self._actor(noun, verb)
            if actor is not None and not actor.country and actor.type == "group" and actor.sector not in STATE_BODIES:
                return actor  # (a state's body, "the national government", is the one at home)
            counted = [noun, *_preps(noun, ["of"])]  # "a handful of petrostates"
            if actor is None and any(n.tag_ == "NNS" and n.lemma_.lower() in STATES_UNNAMED for n in counted):
                return Actor(id=noun.lemma_.lower(), name=noun.text, type="group")
        return None

    def _intent_noun(self, verb: Token) -> tuple[str, str | None, list[Token], Token] | None:
        """"expressed willingness to resume talks", "signalled its readiness to return": an intent stated
        with a noun is an intent (CAMEO 03), or a threat when the intended act is hostile."""
        if _lemma(verb) not in INTENT_VERBS:
            return None
        for noun in verb.children:
            if noun.dep_ != "dobj" or noun.lemma_.lower() not in INTENT_NOUNS:
                continue
            inner = next((c for c in noun.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"), None)
            if inner is None:
                inner = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("to", "for")
                              for g in c.children if g.dep_ in ("pcomp", "pobj")), None)
            if inner is None:
                continue
            coded = self._code_verb(inner) if inner.pos_ == "VERB" else None
            self.consumed.add(inner.i)
            category = _intended(coded[0] if coded else "AGREE", _negated(verb))
            if category is None:
                return None
            return category, None, [verb, noun, *(coded[2] if coded else [inner])], coded[3] if coded else inner
        return None

    def _noun_event(self, noun: Token) -> Found | None:
        """"having a very good dialogue with Putin": an event noun whose verb is not an event word."""
        lemma = noun.lemma_.lower()
        if _answered_act(noun):
            return None
        if quotation_name(noun):
            return None  # "“…” The warning came from X": read with what it says (nominals.from_cue_noun)
        if lemma in PROTEST_NOUNS | {"unrest"} and (found := self._protest_under_way(noun)) is not None:
            return found
        if lemma == "call" and any(c.dep_ == "compound" and c.lower_ in ("phone", "telephone", "video") for c in noun.children):
            return self._nominal(noun, "CONSULT", "phone")  # "a phone call between Macron and Putin"
        if lemma in ("strike", "airstrike") and (lemma == "airstrike" or any(c.lower_ in ARMED_STRIKES for c in noun.children)):
            return self._national_act(noun, "ASSAULT", None)  # "Turkish air strikes on Syrian towns", not a walkout
        if lemma in MEASURE_NOUNS and _took_effect(noun.head):
            return self._nominal(noun, "SANCTION", None)
        if lemma in NOMINALS or noun.lower_ in NOMINALS:
            found = self._nominal(noun, *(NOMINALS.get(noun.lower_) or NOMINALS[lemma]))
            if found is not None or lemma not in NOUNS:
                return found
        if lemma not in NOUNS and noun.lower_ not in NOUNS:
            return None
        category, mode = NOUNS.get(lemma) or NOUNS[noun.lower_]
        if noun.dep_ not in ("dobj", "attr") or noun.head.lemma_.lower() in LIGHT_VERBS and noun.head.i in self.consumed:
            return None
        if noun.head.lemma_.lower() in VERBS or noun.head.lemma_.lower() in FRAMES or _background(noun.head):
            return None
        return self._build(noun.head, category, mode, [noun.head, noun], noun)

    def _must_clause(self, verb: Token) -> Found | None:
        """"Chirac reminded Iraq that it must cooperate": a demand on the clause's subject."""
        if not any(c.dep_ == "aux" and c.lower_ in MUST for c in verb.children):
            return None
        if verb.dep_ not in ("ccomp", "acl", "relcl", "advcl") and not self._attribution_of(verb):
            return None
        speaker_verb = verb.head
        while speaker_verb.pos_ not in ("VERB", "AUX") and speaker_verb.head.i != speaker_verb.i:
            speaker_verb = speaker_verb.head
        self.consumed.add(verb.i)
        for child in verb.subtree:
            self.consumed.add(child.i)
        attribution = self._attribution_of(verb)
        source = self._source(speaker_verb, attribution) if speaker_verb.i != verb.i else None
        subject = _subject(verb)
        target = self._actor(subject, verb) if subject is not None else None
        if source is None or _not_same(target, source) is None or _passive(verb):
            return None  # "Refugees must be protected", "apartheid must end": a wish on no one named
        negated = _negated(verb)
        found = Found("REQUEST", None, verb, source, _not_same(target, source), [speaker_verb, verb], attribution)
        found.negated = negated
        return found

    # -- building the event --------------------------------------------------

    def _conditioned(self, verb: Token, inner: Token, source: Actor) -> Actor | None:
        """The coded subject of an "if" or "unless" clause on a threat or on what it threatens, of another state."""
        # (the act threatened too, when the parse hung it on the threat as an adverbial: "threatened to pull its
        # soldiers out unless the EU resumed paying")
        acts = [c for c in verb.children if c.dep_ in ("xcomp", "advcl") and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
        for word in dict.fromkeys([inner, verb, *acts]):
            # (not a "verb" inside a name, the parse's misreading: "… founders, Dutch Foreign Minister Hans Van den
            # Broek said")
            for clause in (c for c in word.children if _conditional(c) and not c.ent_type_):
                # (an actor, not a thing it owns: "if the transit of Russian gas was halted" is put to no one)
                if (subject := _subject(clause)) is not None and (subject.pos_ == "PROPN" or subject.ent_type_
                                                                  or subject.lower_ in SECTOR_WORDS
                                                                  or subject.lemma_.lower() in SECTOR_WORDS
                                                                  or any(c.dep_ in ("amod", "compound", "nmod") and token_country(c)
                                                                         for c in subject.children)):
                    actor = self._actor(subject, clause)
                    if actor is not None and actor.country and actor.country != source.country:
                        return actor
                    # (or a body of the threat's own state, on the other side of its politics: "opposition
                    # protesters threatened to shut off gas exports unless the government restored …")
                    # (its government: forces a condition names may be another state's, "if paratroopers landed")
                    if actor is not None and source.country and actor.country in (None, source.country) \
                            and actor.sector == "GOV" and source.sector in DOMESTIC_SECTORS | {"CVL"}:
                        return replace(actor, country=source.country)
        return None

    def _build(self, verb: Token, category: str, mode: str | None, tokens: list[Token], inner: Token) -> Found | None:
        if verb.dep_ == "ccomp" and _lemma(verb.head) in DEMANDING:
            return None  # "Protesters demanded that Israel withdraw": what is demanded is not done (the demand is)
        attribution = self._attribution_of(verb)
        cue_of = attribution if attribution is not None and _is_cue(verb, attribution) else None
        if cue_of is not None:
            category, mode = _cue_category(cue_of, category, mode)
        elif category == "THREATEN" and _lemma(verb) == "warn" and not _framed(verb):
            return None  # "warned that ..." without an attribution: nothing was threatened
        if category in ("CONSULT", "AGREE", "COOPERATE") and any(
                t.lemma_.lower() in INTENT_NOUNS | {"interest"} and any(c.lower_ == "no" for c in t.children)
                for t in verb.subtree if t.i < max(x.i for x in tokens) + 1):
            category, mode = "REJECT", None  # "had no interest in talks with Seoul": talks refused (CAMEO 12)
        condition = _reprisal_condition(verb) if category in REPRISALS else None
        threatened = self._actor(subject, condition) if condition is not None and (subject := _subject(condition)) \
            is not None else None
        if threatened is not None and threatened.country:
            # "Thailand would close the border if Cambodian troops did not withdraw": a threat to whom the condition
            # names (see _conditioned)
            category, mode = "THREATEN", None
        # a reporting participle the parse hung on its speaker ("..., a rights group protested") is active
        passive = _passive(verb) and not _stative(verb) and not (cue_of is not None and verb.dep_ == "acl") \
            and _lemma(verb) not in FEELINGS  # "the office was troubled by the trial": the troubled one disapproves
        source = self._source(verb, cue_of or None) if not passive else self._agent(verb) or self._weapon_user(verb)
        if source is None and not passive and _weapon_unowned(verb) and (weapon := _subject(verb)) is not None:
            # "A bomb planted by the FLQ exploded in the Montreal Stock Exchange": whoever planted it attacked
            source = next((a for user in _proposers([weapon]) if (a := self._actor(user, verb)) is not None), None)
        if source is None and not passive and category == "PROTEST" and _unnamed_people(people := _subject(verb)) \
                and people is not None:
            # "Truck owners went on strike across Chile", "wives of jailed miners began a hunger strike in La Paz":
            # whoever protests is people, of the state where they protest (see _placed)
            words = [c.lower_ for c in people.children if c.dep_ == "compound" and c.i < people.i] + [people.lower_]
            source = Actor(id="-".join(words), name=" ".join(words), type="group", sector="CVL")
        if passive and source is None and _lemma(verb) in SELF_DIRECTED:
            subject = _subject(verb)  # "guerrillas have been demobilized": they stand down, whoever oversaw it
            source = self._actor(subject, verb) if subject is not None else None
        if passive and source is None and (_lemma(verb) in DEPLOYED or category == "MOBILIZE") \
                and not (_future(verb) or _hypothetical(verb)):
            subject = _subject(verb)  # "Turkish troops were deployed along the border": by Turkey; not "troops
            # would be deployed", nor troops of no stated country
            source = self._actor(subject, verb) if subject is not None and _named_country(subject) else None
        if passive and source is None and _lemma(verb) in PUNISHED and (verb.dep_ in ("ROOT", "conj") or _reported(verb)) \
                and not (_future(verb) or _hypothetical(verb)) and (subject := _subject(verb)) is not None:
            # "A Gold Coast man has been jailed for nine years": by the state where it happened, else the one
            # the punished person is of, else the story's
            punished = self._actor(subject, verb)
            place = self._place(verb)
            code = (place.country if place is not None else None) or (punished.country if punished is not None
                                                                       and punished.type != "state" else None) or self.home
            if code and code not in NON_STATE and punished is not None and punished.type != "state":
                source = actor_of_state(code, "COP" if _lemma(verb) in ARRESTS else "JUD")
        # an attack by no one named ("was killed by a roadside bomb") is coded by where it happened, but only
        # when it is the sentence's news, not background ("the town where 28 people have been killed")
        unknown_attacker = category == "ASSAULT" and (passive and (verb.dep_ in ("ROOT", "conj") or _news_reported(verb))
                                                      or _attempted(verb) or _weapon_unowned(verb))
        paired = self._paired(verb) if (source is None or not source.country) and not passive else None
        if paired is not None:
            source = paired[0]  # "Yoon and Kishida met in Tokyo. The two leaders signed …": the first of them
        striking = self._striking(verb) if not passive and category in ("ASSAULT", "FIGHT") else None
        if striking is not None:
            source = striking[0]
        # "Riot police and several thousand protesters clashed outside parliament": each side fought the other, and
        # where they did is no third party (but "Army units and police clashed with rebels" fought the rebels)
        objectless = not any(c.dep_ == "dobj" for c in verb.children)
        fray = _lemma(verb) in FRAYS and objectless and not _preps(verb, ["with", "against"])
        if fray and source is not None and not source.country and source.sector:
            where = _country(self._place(verb) or self._predicate_actor(verb, source))
            other = self._partner(verb, source) if where is None and source.sector in ("MIL", "COP") else None
            if other is not None and other.sector in ("REB", "OPP", "CVL"):
                where = other.country  # "Government troops and MPCI rebels fought": forces of the state whose rebels
                # they fight
            if where and where not in NON_STATE:  # (of where they fought: "outside the Georgian parliament")
                source = actor_of_state(where, source.sector)
        source = self._placed(source, verb, unknown_ok=unknown_attacker)
        # an unnamed domestic group ("opposition parties", "Maoist guerrillas") acting nowhere named waits
        # for its counterpart: facing a state's own bodies, it is of that state (see _home)
        homeless = source is not None and not _acts(source) and _acting_at_home(source, category, mode, inner)
        if source is None or not _acts(source) and not homeless and not (self.unplaced and _placeless(source, category)):
            return None
        # "Kuwait and Bahrain welcomed the ceasefire": praise the two give together is no act between them
        symmetric = category in SYMMETRIC and _lemma(verb) not in APPRAISALS and not _sympathy(verb) \
            or _lemma(verb) in ("clash", "skirmish") and objectless or fray \
            or _lemma(verb) in ("exchange", "swap", "trade") or _reciprocal(verb)
        partner = _not_same(self._partner(verb, source) or (paired and paired[1]), source) if symmetric else None
        aimed = None
        if partner is not None and not fray:
            # "Venezuela and Peru backed Argentina's claim", "Athens and Ankara accepted a U.S. proposal": what they
            # did together was aimed at its object, not at one another (but where they did it is no one)
            party = self._object_party(verb, source, partner)
            aimed = party or _not_same(self._target(verb, inner, source, cue_of, passive, category), source)
            if party is not None or aimed is not None and aimed.country not in (
                    None, source.country, partner.country, *_venue_countries(verb)):
                partner = None
        target = partner or (striking and striking[1]) or aimed or _not_same(
            self._target(verb, inner, source, cue_of, passive, category), source)
        if _own_state(target, source) and category not in ("REQUEST", "COERCE", "REJECT", "CONCEDE", "AID", "MOBILIZE"):
            target = None  # "Yoon arrived in Tokyo for the first visit by a South Korean president": a state's
            # leader or body acting on that state itself says no one it acted on; the place or the client may
        if target is None:
            target = self._client(verb)
        if category == "MOBILIZE" and target is not None and target.sector in ("MIL", None) and any(
                target.name.lower() in o.doc[o.left_edge.i: o.i + 1].text.lower() for o in _objects(verb)):
            target = None  # "activated the National Guard": the forces called up are no one acted on
        if cue_of is None:
            target = self._placed(target, verb, unknown_ok=False)  # "a journalist killed in Beirut"
        # a statement's target is what it is about; an act's countryless object says less than where it happened
        guessed = target is None or (not target.country and cue_of is None)
        looked = anaphora.looked_back(verb, inner) if target is None or not target.country else None
        earlier = anaphora.antecedent(looked, source, self.earlier, self.attributions) if looked is not None else None
        if earlier is None and looked is not None and looked.lemma_.lower() in anaphora.UNRULED_ACTS:
            earlier = self._doer_before(looked, source)  # "Estonia's parliament voted to let its navy sink …
            # Moscow's ambassador called the measure piracy": the sentence before's subject, when no act was coded
        if earlier is not None:  # "Colombia criticised the decision": Panama's, told in the sentence before
            target, guessed = earlier, False
        if _charge_denied(verb) and (accuser := _subject(verb.sent.root)) is not None \
                and (charged := self._actor(accuser, verb)) is not None and charged.country != source.country:
            target, guessed = charged, False  # "Norway said …, a charge Russia rejected": Russia answers Norway
        if category == "REJECT" and (claimant := anaphora.claimant(verb) or anaphora.defied(verb)) is not None \
                and (claimed := self._actor(claimant, verb)) is not None and claimed.country \
                and claimed.country != source.country:
            target, guessed = claimed, False  # "denied charges by Laos", "refused … despite Iranian demands"
        if guessed:
            predicate = self._predicate_actor(verb, source)
            place = self._place(verb) if predicate is None else None
            if _named(target) and cue_of is None and (code := _country(predicate or place)):
                # "arrested the filmmaker Reza Farahani at his home in Tehran", "arrested Mikel Albisu, ETA's
                # political chief": the one named, of the country the predicate or the place gives
                target, guessed, predicate, place = replace(target, country=code), False, None, None
            if fray and partner is not None and target is partner and (where := _country(predicate or place)) \
                    and where not in NON_STATE:
                # "Riot police and protesters clashed outside the Georgian parliament": both sides are of where
                # they fought, not the building they fought at
                target, guessed, predicate, place = actor_of_state(where, partner.sector), False, None, None
            target = predicate or place or target
            people = next((o for o in [*_objects(verb), *_preps(verb, ["at", "against"])]
                           if o.lower_ in SECTORS["CVL"] | SECTORS["OPP"]), None) if place is not None else None
            if target is place and place is not None and place.country and people is not None:
                # "used batons to disperse students in Hyderabad": the students, of where they were
                target = actor_of_state(place.country, "CVL" if people.lower_ in SECTORS["CVL"] else "OPP")
        if category == "PROTEST" and target is not None and self._streets(verb, source, target):
            target, guessed = None, True  # "Israelis rallied in Tel Aviv": where a people protests at home is not
            # whom against (the state's government is, below)
        if (category == "CONSULT" or _lemma(verb) not in MEETING) and self._venue(verb, target):
            # where they met, or agreed at talks, is no one met ("gathered in front of the Algerian consulate" is)
            target = None
        if homeless:
            # protesters at a state's embassy are in the host's streets, not its own ("attacked the French embassy")
            abroad = any(o.lemma_.lower() in ("embassy", "consulate", "mission") for o in _objects(verb))
            placed = None if abroad else _home(source, target)
            if placed is None and (abroad or not self.unplaced):
                return None
            source = placed or source
        source, target, filled = self._domestic(verb, source, target, category)
        guessed = guessed or filled or homeless
        if category in OWN_PROMISES and target is not None and target.country in (None, source.country) \
                and source.country not in (None, *NON_STATE) and (source.type == "state" or source.sector in ("GOV", "MIL")) \
                and not any(_lemma(t) in TALK_WORDS for t in verb.subtree) \
                and (other := self._predicate_actor(verb, source, foreign=True)) is not None:
            # "Cuba promised to pull its last soldiers out of Angola": a state's promise about its own forces or goods
            # is made to the state they concern (not a rebel group's, and not where talks will be held)
            target = other
        if (target is None or not target.country) and _state_actor(source):
            # "Chad's president pardoned 40 rebels", "refused to meet the striking miners' leaders": a state's
            # dealings with unnamed rebels, parties or people of no stated country are with its own
            group = self._bare_group(inner)
            if group is not None:
                # "Russia's attack on Odesa killed four people": the victims are where the attack struck
                code = _struck_country(verb) or self._struck_before(verb, source) or source.country
                target, guessed = actor_of_state(code, group.sector), True  # type: ignore[arg-type]
        if (target is None or not target.country) and (category in ("COERCE", "CONCEDE") or mode == "convict") \
                and source.country and source.type in ("state", "organisation") and source.sector in (None, "GOV", "COP", "MIL", "JUD", "LEG"):
            # a state's arrests, curfews and verdicts with no foreign object are of its own people (CAMEO 17),
            # and so are its concessions ("lifted a ban on fishing", "restored parliament", CAMEO 08)
            own = replace(target, country=source.country) if target is not None else \
                actor_of_state(source.country, "CVL")
            target, guessed = own, True
        if _lemma(verb) in RECEIVING and category in ("AID", "RETREAT", "SUPPORT"):
            if _governed(verb, UNREALISED):
                return None  # "hoping to secure weapons from Putin": a gift hoped for is no one's act
            givers = [] if passive else _preps(verb, ["from"]) + [
                g for o in verb.children if o.dep_ == "dobj" for g in _preps(o, ["from"])]
            giver = next((a for o in givers if (a := self._actor(o, verb)) is not None and a.country), None)
            if giver is not None:  # "Ethiopia received wheat from the United States": the giver gives
                source, target = giver, source
        if category == "THREATEN":
            # "threatened to use force if Niger's junta did not reinstate Bazoum", "threatened duties if Mexico does
            # not curb imports of Chinese steel", "would close the border if Cambodian troops …": whom the condition
            # is put to
            target = self._conditioned(verb, inner, source) or target
        group = self._countryless_group(verb) if target is None and category in DIRECTED else None
        if group is not None and group.sector in DOMESTIC_SECTORS | {"CVL"} and source.country \
                and source.country not in NON_STATE:
            # "Minister Marc Dubois urged the unions to return": the unions of the minister's own state
            target, guessed = replace(group, country=source.country), True
        found = Found(category, mode, verb, source, _not_same(target, source), tokens, attribution)
        found.partner = partner is not None and found.target is partner
        found.unaimed = found.target is None and (looked is not None or group is not None or category == "THREATEN"
                                                  and not any(c.dep_ in ("dobj", "dative", "prep", "advcl")
                                                              for v in (verb, inner, *_xcomps(verb)) for c in v.children))
        found.fixed = category == "ASSAULT" and mode == "occupy" and _territory(verb) \
            or category == "MOBILIZE" and any(t.lemma_.lower() in OBJECT_CLASSES["exercise"] for t in tokens) \
            or category == "REJECT" and _lemma(verb) in ("bar", "ban", "block") \
            or category == "ASSAULT" and _lemma(verb) == "attack" and any(
                o.lemma_.lower() in CRAFT for o in verb.children if o.dep_ == "dobj") \
            or category == "ASSAULT" and _armed(verb, tokens) \
            or category == "COERCE" and mode == "restrict" and _lemma(verb) in ("strip", "revoke", "shut") \
            or category == "COERCE" and mode == "arrest" and _lemma(verb) in ("seize", "grab", "capture") \
            or category == "SUPPORT" and _lemma(verb) in ("speak", "think") \
            or category == "SUPPORT" and _lemma(verb) in ("sign", "ratify") and not _future(verb) \
            and found.target is not None and found.target.country not in (None, source.country) \
            or category == "THREATEN" and bool(_option_kept(verb)) \
            or category == "AID" and _lemma(verb) in ("hand", "give", "provide", "donate") \
            and not any(c.dep_ == "prt" and c.lower_ in ("in", "up") for c in verb.children) \
            or category == "CONCEDE" and mode == "ease" and not _future(verb) and any(
                t.lemma_.lower() in OBJECT_CLASSES["sanctions"] for t in verb.children if t.dep_ == "dobj") \
            or category == "RETREAT" and (_lemma(verb) == "transfer" or mode in ("disarm", "ceasefire")
                                          and _lemma(verb) in ("hand", "halt", "stop"))
        # (PLOVER: one country's exercises are MOBILIZE, joint ones COOPERATE; barring entry is REJECT; speaking
        # highly of someone praises, whatever the check learned of "spoke"; an agreement signed is SUPPORT (CAMEO
        # 057, the PLOVER manual), though many of the records the check learned from label it AGREE; goods handed
        # over are aid, not ground given up, and arms handed in are disarming; sanctions suspended or lifted are
        # eased (CAMEO 081), not imposed; control transferred and operations halted are given up (RETREAT), not
        # cooperation or a sanction: the rules read which, not the check)
        # a refusal is what "would not resign" says; "did not reject the proposal" rejects nothing
        found.negated = _negated(verb) and (category != "REJECT" or _lemma(verb) in REJECTING) \
            and not (category == "THREATEN" and _option_kept(verb))  # "did not rule out force": a threat made
        found.hypothetical = _hypothetical(verb) or _hypothetical(inner)
        if category == "THREATEN" or _lemma(verb) in VOWS | {"offer", "agree"}:
            # a threat or a pledge is made whatever its condition ("threatened to close the strait if …", "vowed
            # a military response if Finland joined"): only a modal on it ("could threaten") makes it unmade
            found.hypothetical = bool(_aux(verb) & {"may", "might", "could"}) or _asked(verb) \
                or _governed(verb, UNREALISED)  # "failed to agree on a statement": no agreement was made
        # "announced it would withdraw" intends; "announced sanctions on five banks" imposes them
        intent = _lemma(verb) in FRAMES and FRAMES[_lemma(verb)] == "intent" and inner is not verb \
            and not (_lemma(verb) == "decide" and verb.tag_ in ("VBD", "VBN"))  # "have decided to expel": done
        found.future = _future(verb) or _future(inner) or intent
        if intent and category in ("AGREE", "THREATEN"):
            found.future = _future(verb)  # "announced it would withdraw": the announcement is the event (PLOVER's
            # AGREE, an intent expressed), and it was made; what it intends is future, not it
        # "pledged never to normalise ties" refuses; "agreed not to enrich uranium" agrees (its act is no cooperation)
        never = inner is not verb and _negated(inner) and _infinitive(inner) \
            and (VERBS.get(_lemma(inner), ("",))[0] in COOPERATIVE
                 or any(c in COOPERATIVE for _, c, _ in LIGHT_VERBS.get(_lemma(inner), [])))
        if _intent_negated(verb, inner, category) or category == "AGREE" and (found.negated or never) \
                or category == "SUPPORT" and found.negated and _lemma(verb) in ("recognise", "recognize", "accept"):
            # "would not meet their demands", "would never agree to a Palestinian state", "did not recognise the
            # court's jurisdiction": refusals (CAMEO 12)
            found.category, found.mode, found.negated = "REJECT", None, False
        elif (found.future or found.hypothetical) and inner is verb and category in COOPERATIVE | HOSTILE_ACTS \
                and not _asked(verb) \
                and category != "AGREE" and _actor_intends(verb) and not _governed(verb, AWAITED | {"fail"}) \
                and (found.target is not None or not guessed or _speaker_acts(verb)):
            # troops a state will send to another state are protection offered (CAMEO 0334: "Uruguay will send 800
            # soldiers to Congo", "Germany will deploy 800 soldiers to Romania"), not a threat to it
            hosted = category == "MOBILIZE" and not found.hypothetical and any(
                o.ent_type_ == "GPE" and o.i > verb.i for o in _preps(verb, ["to"]))
            found.category = "AGREE" if category in COOPERATIVE or hosted else "THREATEN"
            found.mode = None
            if found.category == "THREATEN":
                # "warned Belarus that it could widen sanctions … if Minsk did not free …": a threat is put to whom
                # its condition names, else to whom the warning was given
                warned = next((c for c in verb.head.children if c.dep_ in ("dobj", "dative")), None) \
                    if verb.dep_ == "ccomp" and _lemma(verb.head) in ("warn", "tell", "caution") else None
                put_to = self._conditioned(verb, inner, found.source) or (
                    self._actor(warned, verb.head) if warned is not None else None)
                if put_to is not None and (put_to.country or put_to.type == "person") \
                        and put_to.id != found.source.id:
                    found.target = put_to
            found.future = False  # "Japan will give $200 million": the pledge is made now (a condition or a
            # modal, "may attack", still makes the threat hypothetical)
        if found.category == "REJECT" and (_negated(verb) or _negated(inner)) and not _asked(verb):
            found.future = False  # "will not negotiate", "would not allow U.S. troops": a refusal stated is made
        found.where = self._place(verb)
        for actor in (found.source, found.target):
            if actor is not None and actor.country and actor.type == "person":
                self.seen.setdefault(actor.id, actor.country)
        if found.source.country and not filled:
            self.acting.append(found.source)
        self.earlier.append((verb.idx, found.source))
        if found.target is not None and _a_pair(found.source, found.target) and (found.partner or category in SYMMETRIC):
            self.pair = (found.source, found.target, verb.sent.start)
        found.explicit = not guessed and found.target is not None
        found.confidence = 0.9 if cue_of is not None else (0.8 if found.target is not None else 0.6)
        if guessed:
            found.confidence = min(found.confidence, 0.7 if found.target is not None else 0.6)
        return found

    def _struck_before(self, verb: Token, source: Actor) -> str | None:
        """"Eritrean boats opened fire on Yemeni fishing vessels, killing two fishermen": the people an attack's
        participle kills or wounds are of the state the attack itself struck (its object, or what it fired "on")."""
        head = verb.head
        if verb.tag_ != "VBG" or verb.dep_ != "advcl" or head.pos_ != "VERB":
            return None
        struck = [c for c in head.children if c.dep_ == "dobj"] + _preps(head, ["on", "at", "against"]) + [
            o for c in head.children if c.dep_ == "dobj" for o in _preps(c, ["on", "at"])]
        for noun in struck:
            actor = self._actor(noun, head)
            if actor is not None and actor.country and actor.country not in NON_STATE and actor.country != source.country:
                return actor.country
        return None


# States referred to by a kind, not named: "rich countries", "a handful of petrostates".
STATES_UNNAMED = {"country", "nation", "state", "government", "petrostate", "economy", "power", "donor", "lender",
                  "creditor", "neighbour", "neighbor", "ally", "member", "democracy", "emitter", "polluter"}


# Fights two sides wage on each other: "Students and police fought hand to hand".
FRAYS = frozenset({"clash", "skirmish", "fight", "battle", "scuffle", "brawl"})


def _news_reported(verb: Token) -> bool:
    """"Three soldiers were killed in an ambush in Niger, the army said": the news the reporting clause gives."""
    return _reported(verb) and verb.head.dep_ == "ROOT" and verb.i < verb.head.i


MEMBERS = {"federation", "association", "team", "club", "athlete", "player", "member", "lawmaker", "official", "judge",
           "coach", "runner", "swimmer", "boxer", "cyclist", "referee", "committee", "membership"}
EVACUEES = {"resident", "civilian", "people", "villager", "family", "population", "inhabitant", "household"}


def _xcomps(verb: Token) -> list[Token]:
    """"vowed to retaliate", "threatened to paralyse traffic": the act a threat or vow names."""
    return [c for c in verb.children if c.dep_ == "xcomp"]


def _reported(verb: Token) -> bool:
    """"X was arrested, police said", "police said X was arrested": the news a reporting verb gives, before or after it."""
    return verb.dep_ == "ccomp" and _lemma(verb.head) in REPORTING


def _speaker_acts(verb: Token) -> bool:
    """"“We will strike the camps,” the president said": the speaker's own act to come, a threat or a promise
    whoever it is aimed at."""
    subject = _subject(verb)
    return subject is not None and subject.lower_ in ("we", "i")



def _lone_thrower(verb: Token) -> bool:
    """"A man hurled a bottle at Fico's car", "Chinese soldiers hurled stones at an Indian patrol", "attackers threw a
    grenade": whoever throws, when no crowd, protesters or people at large, attacks (a crowd's stones are a riot)."""
    subject = _subject(verb)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN") or subject.ent_type_ in ("GPE", "LOC"):
        return False  # ("GAO, Mali - Demonstrators threw stones": a dateline parsed as the subject)
    return subject.lemma_.lower() in THROWERS or not _crowd(verb) and not _unnamed_people(subject)


# Those whose throwing is an attack, though the sector words count them among people at large.
THROWERS = frozenset({"man", "woman", "attacker", "assailant", "soldier", "gunman", "vandal", "crewman"})


def _left_body(verb: Token) -> bool:
    """"pulled out of the International Criminal Court", "of the grain deal": leaving a body or an accord is
    reducing relations (CAMEO 16), not a retreat of forces."""
    return any(o.lemma_.lower() in OBJECT_CLASSES["treaty"] or o.ent_type_ == "ORG"
               for o in _preps(verb, ["of"]) + [p for c in verb.children if c.dep_ in ("prt", "prep") and c.lower_ == "out"
                                                for p in _preps(c, ["of"])])


# Those who question people to find out what happened.
INVESTIGATORS = frozenset({"police", "prosecutor", "judge", "commission", "committee", "investigator", "inquiry",
                           "detective", "panel", "magistrate", "agent", "team", "bureau", "tribunal", "court"})


def _questioned(verb: Token) -> bool:
    """"Police questioned former prime minister Sitiveni Rabuka over the mutiny", "the commission began questioning
    villagers about the killings": people questioned by investigators, or over an act, are investigated (CAMEO 09),
    not doubted ("questioned the legitimacy of the vote")."""
    if verb.tag_ == "VB":
        return False  # "refused to let them question the oil minister": a questioning not (yet) done
    person = next((o for o in verb.children if o.dep_ == "dobj" and (
        o.ent_type_ == "PERSON" or o.lemma_.lower() in SECTOR_WORDS and o.lemma_.lower() not in STATE_BODIES
        or o.lemma_.lower() in ("suspect", "official", "officer", "member", "witness"))), None)
    if person is None:
        return False
    subject = _subject(verb)
    return subject is not None and subject.lemma_.lower() in INVESTIGATORS \
        or any(p.dep_ == "prep" and p.lower_ in ("over", "about") for p in verb.children)


def _struck_country(verb: Token) -> str | None:
    """"Russia's attack on Odesa killed four people", "The strike on a market in Kharkiv wounded 20": the country an
    act named as the subject was aimed at (its "on" or "against" object, or where that was)."""
    subject = _subject(verb)
    if subject is None or subject.pos_ != "NOUN":
        return None
    for prep in (c for c in subject.children if c.dep_ == "prep" and c.lower_ in ("on", "against")):
        for place in (o for o in prep.children if o.dep_ == "pobj"):
            where = [o for p in place.children if p.dep_ == "prep" and p.lower_ in ("in", "near")
                     for o in p.children if o.dep_ == "pobj"]
            code = _place_code(place) or next((c for o in where if (c := _place_code(o))), None)
            if code:
                return code
    return None


# Arms a state hands to another when it sends them there (its warships, jets and troops it deploys).
ARMS_GIVEN = frozenset({"tank", "missile", "launcher", "interceptor", "ammunition", "munition", "shell", "artillery",
                        "arm", "weapon", "rocket", "howitzer"})


def _arms_handed(verb: Token, noun: Token) -> bool:
    """"sent 14 tanks to Ukraine", not "sent tanks to the border": arms sent to another state."""
    if noun.lemma_.lower() not in ARMS_GIVEN:
        return False
    subject = _subject(verb)
    home = code_of(subject.text) if subject is not None else None
    return any(code_of(o.text) not in (None, home) and o.ent_type_ == "GPE" for o in _preps(verb, ["to"]))


# Loads named by what they hold: "two shiploads of flour", "a convoy of food", "tonnes of rice".
LOADS = frozenset({"convoy", "shipment", "shipload", "consignment", "planeload", "truckload", "boatload", "load",
                   "cargo", "ton", "tonne", "batch", "package", "delivery", "airlift", "quantity", "supply", "kilogram"})


def _willing(word: Token) -> bool:
    """"ready", "willing", "prepared" (as a state, not "prepared to attack" as an act)."""
    lemma = _lemma(word)
    return lemma in ("ready", "willing") or lemma == "prepared" and word.tag_ == "JJ" or lemma == "prepare" \
        and word.tag_ == "VBN" and any(c.dep_ in ("auxpass", "aux") and c.lemma_ == "be" for c in word.children)


# People whom aid sends and a release frees (not in SECTORS): "released a Swiss nurse", "the four crew members".
PEOPLE_HELD = frozenset({"member", "crew", "nurse", "doctor", "medic", "instructor", "trainer", "adviser", "advisor",
                         "specialist", "paramedic", "rescuer"})


def _freed_people(noun: Token) -> bool:
    """People (a nurse, crew members, 39 passengers), not funds or goods, whom a release frees."""
    lemma = noun.lemma_.lower()
    return noun.ent_type_ in ("PERSON", "NORP") or noun.lower_ in SECTOR_WORDS or lemma in SECTOR_WORDS \
        or lemma in RELEASED or lemma in PEOPLE_HELD


def _load_of(noun: Token) -> list[Token]:
    """What a load holds, then the noun itself: "a convoy of food, blood and medicine" sends food, "a convoy of
    trucks" a convoy."""
    held = [c for p in _preps(noun, ["of"]) for c in (p, *p.conjuncts)] if noun.lemma_.lower() in LOADS else []
    return [*held, noun]


# What two states that acted together are called after: "the two leaders", "both sides".
PAIRED = {"leader", "side", "country", "president", "minister", "government", "nation", "neighbour", "neighbor",
          "delegation", "state", "premier", "counterpart"}


def _a_pair(one: Actor | None, other: Actor | None) -> bool:
    """Two coded states (or their people) that are not the same."""
    return one is not None and other is not None and bool(one.country) and bool(other.country) \
        and one.country != other.country and one.country not in NON_STATE and other.country not in NON_STATE


def _next_sentence(doc: Doc, start: int) -> int:
    """Where the sentence after the one starting at ``start`` starts."""
    return doc[start].sent.end


# Praise two states give together: aimed at what they praise, not at each other.
APPRAISALS = {"welcome", "praise", "hail", "applaud", "commend", "endorse", "congratulate", "salute", "laud"}


def _sympathy(verb: Token) -> bool:
    """"The United States and Britain offered condolences": sympathy the two express together is aimed at a third."""
    return any(o.lemma_.lower() in SYMPATHY for o in _objects(verb))


SYMPATHY = {"condolence", "condolences", "sympathy", "sympathies", "solidarity", "support", "backing", "prayer"}


# What one calls a leader to do on the phone: consult (CAMEO 041), not ask them to act.
COUNTERPARTS = {"counterpart", "president", "minister", "leader", "chancellor", "premier", "king", "emir", "prince",
                "secretary", "prime"}


# Setting up a body to look into something starts an inquiry (CAMEO 09, PLOVER ACCUSE investigate).
SETTING_UP = frozenset({"set", "form", "appoint", "establish", "create", "name", "send", "dispatch", "constitute",
                        "convene"})
INQUIRY_BODIES = frozenset({"commission", "committee", "panel", "team", "board", "mission", "tribunal", "body",
                            "investigator", "expert", "inspector", "group", "inquiry", "consultant", "envoy",
                            "delegation", "monitor", "observer", "official", "prosecutor"})
# What an act done in protest was read as, that the protest replaces: "refused to put to sea in protest", "set
# himself on fire in protest" (an envoy recalled in protest stays a sanction, a post resigned a retreat, "ordered the
# attache to leave" an expulsion, and a hunger strike keeps its mode).
DONE_AS_PROTEST = frozenset({"REJECT", "COERCE", "ASSAULT", "ACCUSE"})
TRAVELLING = frozenset({"arrive", "go", "travel", "come", "fly", "return", "head", "visit"})


def _inquiry_set_up(verb: Token) -> Token | None:
    """"Vietnam set up a state commission to investigate crimes by Chinese troops", "appointed a committee
    investigating the dispersal", "sent a team to look into reports", "a UN mission arrived in Saigon to investigate
    charges": the looking into, whose setting up or journey is the event (the purpose alone is no act the sentence
    asserts)."""
    lemma = _lemma(verb)
    if lemma in TRAVELLING:  # "a UN mission arrived in Saigon to investigate charges", "monitors went to Mannar to …"
        bodies = []
    elif lemma not in SETTING_UP or lemma == "set" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
        return None
    else:
        bodies = [o for o in verb.children if o.dep_ == "dobj" and o.lemma_.lower() in INQUIRY_BODIES]
        if not bodies:
            return None
    if _negated(verb):
        return None
    for purpose in [c for b in bodies for c in b.children if c.dep_ in ("acl", "relcl")] + [
            c for c in verb.children if c.dep_ in ("advcl", "xcomp")]:
        if _lemma(purpose) in INVESTIGATING or _lemma(purpose) == "look" and any(
                c.dep_ in ("prep", "prt") and c.lower_ == "into" for c in purpose.children):  # as senses._investigated
            return purpose
    return None


def _told_in_call(verb: Token) -> Token | None:
    """"In a phone call on Tuesday, Erdogan told Putin that …": what one tells another in a call is said in a
    conversation the two held (CAMEO 041), the call its word."""
    if _lemma(verb) not in ("tell", "assure", "inform", "urge", "ask") or not any(
            c.dep_ in ("dobj", "dative") and c.pos_ == "PROPN" for c in verb.children):
        return None
    return next((o for o in _preps(verb, ["in", "during"]) if o.lemma_.lower() in ("call", "conversation")
                 and (o.lemma_.lower() == "conversation" or any(c.lower_ in ("phone", "telephone", "video")
                                                                 for c in o.children))), None)


def _phoned(verb: Token) -> list[Token] | None:
    """"Sunak called Netanyahu on Sunday", "called his Qatari counterpart to discuss the hostages": a leader or
    state called with nothing they are called (no "a liar", no "on X to", no "for"): a phone call; the verb and
    the purpose it consumes. None when "call" means anything else."""
    if verb.pos_ != "VERB" or any(c.dep_ in ("oprd", "attr", "ccomp", "acomp", "prt", "dative") for c in verb.children) \
            or any(c.dep_ == "prep" and c.lower_ in ("on", "upon", "for", "off", "in", "up", "out", "as") and not any(
                o.ent_type_ in ("DATE", "TIME") for o in c.children) for c in verb.children):  # "on Sunday" is when
        return None
    callee = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if callee is None or not (callee.ent_type_ in ("PERSON", "GPE") or callee.lemma_.lower() in COUNTERPARTS):
        return None
    if any(c.dep_ in ("oprd", "attr", "appos") or c.dep_ == "amod" and c.i > callee.i for c in callee.children):
        return None  # "called Putin a liar", the parser hanging the name given on the one named
    purposes = [c for c in verb.children if c.dep_ in ("xcomp", "advcl") and c.tag_ == "VB"]
    if any(_lemma(p) not in lexicon.CALL_TOPICS for p in purposes):
        return None  # "called Iran to stop enrichment" asks
    return [verb, *purposes]


# What a force is ordered to do when it is stood down, not sent: stop, withdraw, keep a truce, go home.
STOOD_DOWN = frozenset({"stop", "halt", "cease", "suspend", "end", "withdraw", "observe", "return", "vacate", "hand",
                        "leave", "retreat", "pull", "release", "disarm", "surrender", "respect", "swear", "lay"})
# Verbs of stopping, and the dealings whose stopping cuts relations (bought goods; cooperation, or work or help
# "with" a state).
STOPPING = frozenset({"stop", "halt", "cease", "suspend", "end"})
STOPPED_DEALINGS = frozenset({"import", "buy", "purchase", "cooperate", "collaborate", "work", "help", "assist", "share"})
# One's own arms destroyed, which is no attack: "blew up the last of 148 missile silos".
DESTROYED_ARMS = {"silo", "stockpile", "weapon", "missile", "ammunition", "arsenal", "warhead", "last", "mine"}
# What is closed for safety or upkeep, not against anyone.
PUBLIC_PLACES = {"school", "airport", "road", "beach", "park", "market", "port", "bridge", "highway", "office", "mine",
                 "plant", "factory", "shop", "business", "airspace", "railway", "station", "university", "tunnel"}
# Acts a government orders by their nouns, and the verb whose object tables code each.
ORDERED_ACTS = {"closure": "close", "shutdown": "shut", "suspension": "suspend", "expulsion": "expel",
                "dissolution": "dissolve"}


def _ordered_act(verb: Token) -> tuple[str, str | None] | None:
    """"ordered the closure of the Polish consulate" (CAMEO 161), "of the Dadaab refugee camp", "the suspension of
    the broadcaster": an act ordered by its noun is done, and it is what the verb would be with that object."""
    for noun in (c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in ORDERED_ACTS):
        done = next((o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                     for o in p.children if o.dep_ == "pobj"), None)
        if done is None:
            continue
        act, thing = ORDERED_ACTS[noun.lemma_.lower()], done.lemma_.lower()
        if thing in PUBLIC_PLACES:
            continue  # "ordered the closure of schools because of the storm": a precaution, no one coerced
        if act in ("close", "shut") and (thing in ("prison", "jail", "gaol") or any(
                m.lower_ == "detention" for m in done.children if m.dep_ in ("compound", "amod"))):
            return "CONCEDE", None  # "ordered the closure of the Kahrizak detention centre": a concession (CAMEO 08)
        if act == "expel":
            return ("SANCTION", "expel") if thing in EXPELLED else ("COERCE", "deport")
        if act == "dissolve":
            return "COERCE", None
        for kind, category, mode in LIGHT_VERBS.get(act, []):
            if thing in OBJECT_CLASSES.get(kind, set()):
                return category, mode
        return "COERCE", "restrict"  # a camp, a party, an office closed or suspended (CAMEO 172)
    return None

