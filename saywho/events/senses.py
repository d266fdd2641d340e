"""Senses of event words that are no event: sport, business, weather, stories and idioms borrow the verbs of
force and diplomacy ("captured the title", "Typhoon Haikui battered Taiwan", "In the play, a general jails his
rival", "meet demands"); and acts a sentence names without asserting them (purposes, conditions, grounds, what a
poll found). The reader asks these before it reads a verb as an act; the learned check may add none of what
`_no_act` vetoes."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Token

from saywho.actors.dictionary import QUANTITIES, SECTOR_WORDS
from saywho.attribution import lexicon
from saywho.events.grammar import _attempted, _background, _lemma, _preps, _protest_purpose
from saywho.events.mood import _negated
from saywho.events.words import (
    ALLEGING,
    FRAMES,
    MOBILIZED,
    MUST,
    OBJECT_CLASSES,
    PUNISHMENTS,
    REJECTING,
    RESPONSES,
    TRAINED,
    UNSOUGHT,
)


def _unasserted(verb: Token) -> bool:
    """Infinitives that state a purpose or an assessment, not an act: "deployed [to prevent] aggression",
    "impossible [to reach] agreement", "premature [to discuss] details"; what was not done,
    "resign [without returning]"; what someone is accused of ("accused rebels of [violating] a ceasefire");
    and who reports the news ("according to a group that [conducted] missions")."""
    if verb.dep_ == "pcomp" and verb.head.lower_ in ("without", "instead"):
        return True
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children):
        return True  # a condition ("… if Washington attacked Yemen") is not an act, whatever follows from it
    if any(a.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in a.children)
           for a in verb.ancestors):
        return True  # and so is what the condition's clause holds ("if the authorities go ahead with taking the
        # stations off the air")
    if verb.tag_ in ("VBZ", "VBP") and any(c.dep_ == "mark" and c.lower_ == "once" for c in verb.children):
        return True  # "pledged support once Buenos Aires reaches an accord": a condition yet to be met (not "once
        # the talks failed, …")
    if verb.dep_ == "pcomp" and verb.head.lower_ == "against" and verb.head.head.lemma_.lower() in ("vote", "decide",
                                                                                                      "argue", "warn"):
        return True  # "voted against boycotting the World Cup": what was refused
    if verb.dep_ == "pcomp" and verb.head.lower_ in ("of", "with") and _lemma(verb.head.head) in ALLEGING:
        return True
    if verb.dep_ == "xcomp" and verb.head.dep_ == "pcomp" and verb.head.head.lower_ in ("of", "with") \
            and _lemma(verb.head.head.head) in ALLEGING:
        return True  # "accusing her of plotting to [assassinate] the president": the charge, no act
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.lower_ == "for" and verb.head.head.pos_ == "VERB":
        return True  # the grounds of an act: "expelled a US diplomat for [meeting] with dissidents"
    if verb.dep_ == "acl" and verb.head.dep_ == "dobj" and _lemma(verb.head.head) in REJECTING:
        return True  # what a rejected text says: "vetoed a resolution [condemning] Israeli settlements"
    if any(t.lower_ == "according" for t in verb.ancestors):
        return True
    if _imagined(verb) or _polled(verb):
        return True
    if _background(verb):
        return True
    if verb.dep_ == "conj" and verb.head.i != verb.i and verb.head.pos_ == "VERB":
        return _unasserted(verb.head)  # "to protect them ... and [prevent] a civil war"
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    if _attempted(verb):
        return False  # CAMEO 185: an attempt to assassinate is an assault even when it fails
    if _protest_purpose(verb):
        return False  # "shunned work [to protest] at settlement": acting to protest is the protest
    if verb.dep_ in ("advcl", "acl", "relcl", "ccomp"):
        return True
    return verb.dep_ == "xcomp" and (verb.head.pos_ == "ADJ" and verb.head.lemma_.lower() not in FRAMES
                                     or verb.head.lemma_ == "be")


# Works whose story is told, and what they do to tell it: "The novel follows a fighter who kidnaps …" (the
# stories and characters whose words are no statement, and scenarios and exhibitions, which tell no speech).
WORKS = lexicon.STORIES | lexicon.CHARACTERS | {"book", "series", "documentary", "exhibition", "scenario",
                                                "simulation", "screenplay", "war-game", "wargame"}
TELLING = {"follow", "show", "depict", "tell", "explore", "portray", "imagine", "centre", "center", "chronicle",
           "recount", "dramatise", "dramatize", "feature", "star", "trace"}


def _marked(doc: Doc) -> tuple[list[int], list[int]]:
    """Where ``doc`` names a work (a noun of :data:`WORKS`) and where a poll or survey: each verb's check scanned
    its whole sentence for words most documents never use; now read once per document."""
    return _marked_in(doc, len(doc))


@lru_cache(maxsize=1)
def _marked_in(doc: Doc, size: int) -> tuple[list[int], list[int]]:
    """(``size``: a document merged since it was read is read again.)"""
    works = [t.i for t in doc if t.pos_ == "NOUN" and t.lemma_.lower() in WORKS]
    polls = [t.i for t in doc if t.lemma_.lower() in ("poll", "survey")]
    return works, polls


def _imagined(verb: Token) -> bool:
    """An act in a story or a scenario, not in the news: "The novel follows a fighter who kidnaps …", "In the
    play, a general jails his rival", "The film shows a commando rescuing hostages", "The novel's hero … refuses",
    "In a scenario modelled by the think tank, missiles destroy …"."""
    works = _marked(verb.doc)[0]
    if not works:
        return False
    sentence = verb.sent
    for token in (verb.doc[i] for i in works if sentence.start <= i < sentence.end):
        if token.dep_ == "nsubj" and _lemma(token.head) in TELLING:
            return True
        if token.dep_ == "pobj" and token.head.lower_ == "in" and token.i - sentence.start <= 4 \
                and token.lemma_.lower() not in ("book", "documentary") and not any(c.dep_ == "acl" and c.tag_ == "VBN"
                                                                               and _lemma(c) != "model" for c in token.children):
            return True  # "In the play, …", "In a scenario modelled by …"; not "In a book published on Monday, …"
        if token.dep_ == "poss" or any(c.dep_ == "poss" and c.lemma_.lower() in WORKS for c in token.children):
            return True  # "The novel's hero, a Polish border guard, refuses …"
    return False


def _polled(verb: Token) -> bool:
    """"Most Brazilians support the plan, a poll shows": what a poll or survey found people think is no act."""
    polls = _marked(verb.doc)[1]
    if not polls:
        return False
    sentence = verb.sent
    return any(t.dep_ == "nsubj" and _lemma(t.head) in ("show", "find", "suggest", "indicate", "reveal")
               or t.dep_ == "pobj" and any(a.lower_ == "according" for a in t.ancestors)
               for t in (verb.doc[i] for i in polls if sentence.start <= i < sentence.end))


def _idiom(verb: Token) -> bool:
    """Uses of event verbs that are no event: "meet demands", "fire" as a noun-like use, "back" as an adverb."""
    lemma = _lemma(verb)
    objects = {c.lemma_.lower() for c in verb.children if c.dep_ == "dobj"}
    if lemma in ("fire", "free", "back", "mass", "station", "share", "press", "ban", "aid", "march") and verb.pos_ != "VERB":
        return True
    if _pressed_on(verb):
        return True
    if lemma == "broker" and verb.dep_ == "xcomp" and verb.head.lemma_.lower() in (
            "try", "seek", "attempt", "work", "strive", "hope", "aim", "want"):
        return True  # "the team trying to broker a pact": an effort described, no truce brokered
    if lemma == "gun" and not any(c.lower_ == "down" for c in verb.children):
        return True  # "gunning for the title": only "gunned down" shoots
    if lemma == "share" and not objects & OBJECT_CLASSES["aid"]:
        return True
    if lemma in ("mobilize", "mobilise") and objects and not objects & MOBILIZED:
        return True  # "mobilized pressure groups" is lobbying, not a call-up
    if lemma in ("train", "recruit") and not objects & TRAINED:
        return True  # "trained teachers", "recruited staff" build no force
    if lemma in ("fight", "combat", "battle", "tackle", "attack") and objects & NON_ENEMIES:
        return True  # "help fight the Ebola epidemic", "combat corruption": no one attacked
    if lemma in ("beat", "defeat", "crush", "thrash", "edge", "rout") and _scored(verb):
        return True  # "Brazil beat Germany 2-0", "beat Pakistan by five wickets": a match, not an attack
    if lemma == "fire" and any(c.dep_ == "dobj" and (c.ent_type_ == "PERSON" or c.lower_ in OFFICES
                                                     or c.lemma_.lower() in OFFICES) for c in verb.children):
        return True  # "fired his vice president", "fired 200 workers": a dismissal, not a shot
    if lemma == "target" and objects & TARGETED_TRADE:
        return True  # "sanctions targeting its gas trade", "a resolution targeting Russian oil exports": no attack
    if lemma in ("beat", "top", "smash", "crush") and objects & MET_MARKS:
        return True  # "Microsoft beat analyst estimates": a result, no blow
    if lemma == "kill" and objects & KILLED_THINGS:
        return True  # "Google killed its Stadia gaming service", "killed the bill": something ended, no one
    if lemma in ("walk", "break") and any(o.lemma_.lower() in ("prison", "jail", "custody", "hospital")
                                          for h in [verb, *(c for c in verb.children if c.lower_ == "out")]
                                          for o in _preps(h, ["of", "from"])):
        return True  # "walked out of prison" is a release, no walk-out
    if lemma in ("accept", "receive", "collect") and objects & {"prize", "award", "medal", "trophy", "honour", "honor",
                                                              "degree", "title"}:
        return True  # "accepted the prize in Stockholm": an honour received, no proposal accepted
    if lemma == "board" and not _boarded(verb):
        return True  # "boarded a flight", "the minister boarded a ship": a journey; "commandos boarded the tanker"
    if lemma == "intercept" and not objects & INTERCEPTED:
        return True  # "intercepted a missile" defends, "intercepted calls" spies: only boats and people are stopped
    if lemma == "inspect" and objects & TOURED:
        return True  # "inspected a missile factory", "the flood damage": a visit, not an investigation
    if lemma == "insist" and not _preps(verb, ["on", "upon"]) and not any(
            a.lower_ in MUST for c in verb.children if c.dep_ == "ccomp" for a in c.children if a.dep_ == "aux") \
            and not _bidden(verb):
        return True  # "insisted that output would stay flat" asserts; "insisted on a vote", "that Iran must" ask
    if lemma == "swear" and any(c.lower_ == "in" and c.dep_ in ("prt", "advmod", "prep") for c in verb.children):
        return True  # "swore in a new cabinet": an oath of office, no vow
    if lemma == "meet" and any(c.dep_ == "dobj" and c.lemma_.lower() in MET_MARKS for c in verb.children):
        return True  # "sales met expectations", "met the deadline": no meeting
    if _no_act(verb):
        return True
    if lemma in ("slam", "crash", "smash", "plough", "plow") and _preps(verb, ["into"]):
        return True  # "Typhoon Haiyan slammed into the central Philippines": a storm or a car, not criticism
    return lemma == "support" and verb.dep_ == "amod"


def _pressed_on(verb: Token) -> bool:
    """"The peacekeepers pressed an offensive to seize the town": an attack carried on, no one asked to act."""
    return _lemma(verb) in ("press", "push") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in ("offensive", "attack", "advance", "assault", "drive", "push")
        for c in verb.children)


def _bidden(verb: Token) -> bool:
    """"Israel insisted that Syria hand over the names", "insisted that Soviet troops leave": after a past tense, a
    that-clause in the bare present (a subjunctive, neither "be" nor "have") says what is asked, not what is so."""
    return verb.tag_ == "VBD" and any(
        c.dep_ == "ccomp" and c.tag_ in ("VB", "VBP") and c.lemma_.lower() not in ("be", "have")
        and not any(a.dep_ in ("aux", "auxpass") for a in c.children) and any(s.dep_ == "nsubj" for s in c.children)
        for c in verb.children)


# What is fought that is no one ("battled the blaze", "fight inflation"), and what strikes by accident.
FOUGHT = {"battle", "fight", "combat", "tackle", "attack"}
NO_FOES = {"blaze", "fire", "flame", "wildfire", "bushfire", "inferno", "virus", "disease", "epidemic", "pandemic",
           "outbreak", "inflation", "poverty", "cancer", "flood", "drought", "locust", "hunger", "wave", "infection",
           # a contest's or a court's things: "fought off a challenge", "will fight the result in court"
           "challenge", "result", "results", "ruling", "verdict", "decision", "case", "charge", "bid", "motion"}
# What a drug regulator approves: "approved the Qdenga vaccine", "cleared Eli Lilly's weight-loss drug".
MEDICINES = {"vaccine", "drug", "medicine", "medication", "treatment", "therapy", "pill", "shot", "jab", "antiviral",
             "antibiotic", "injection", "tablet", "biosimilar", "generic", "device", "implant", "test"}
# What a health body declares an emergency, which is no one's act against anyone.
OUTBREAKS = {"outbreak", "epidemic", "pandemic", "disease", "virus", "mpox", "cholera", "ebola", "spread", "surge"}
# What one fights "for" in politics, not in war: "fight for the Constitution", "fought for workers' rights".
CAUSES = {"constitution", "right", "justice", "democracy", "equality", "dignity", "truth", "reform",
          "wage", "pay", "job", "pension", "climate", "future", "recognition", "change", "cause", "value",
          "principle", "interest", "compensation", "accountability", "transparency"}
# Whom an employer "fires": staff dismissed, not people shot at.
STAFF_FIRED = {"prosecutor", "employee", "staff", "staffer", "worker", "official", "inspector", "coach", "manager",
               "director", "chief", "head", "executive", "officer", "agent", "lawyer", "attorney", "judge", "adviser",
               "advisor", "aide", "secretary", "minister", "commissioner", "editor", "teacher", "nurse", "dozen",
               "hundred", "thousand", "people", "member", "economist", "scientist", "researcher"}
# What a policy's verbs of force ("targeted", "hit") take as subject when no one is attacked.
POLICIES = {"cut", "reform", "measure", "budget", "bill", "law", "plan", "policy", "campaign", "programme",
            "program", "proposal", "rule", "regulation", "change", "scheme", "initiative", "strategy", "package",
            "ad", "advert", "advertisement", "inflation", "rise", "increase", "slowdown", "downturn", "crisis"}
# What is "hijacked" or "kidnapped" in a figure of speech: "the government had kidnapped the election".
ABSTRACT_PREY = {"election", "elections", "vote", "process", "result", "poll", "polls", "democracy", "debate",
                 "agenda", "narrative", "party", "revolution", "movement", "conversation", "issue"}
VEHICLES = {"van", "car", "truck", "lorry", "bus", "train", "tram", "vehicle", "motorcycle", "taxi"}


def _answered_act(noun: Token) -> bool:
    """"the attack was retaliation for the killing of Nasrallah": the act a reply answers is another's, named as
    the reason; not an act of this sentence's actors."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "for" and noun.head.head.lemma_.lower() in RESPONSES


# Sides that clash in the street, whatever they clash over: "Riot police and protesters clashed over the bill".
STREET_CROWDS = frozenset({"demonstrators", "protesters", "protestors", "rioters", "strikers", "marchers", "youths",
                           "crowd", "crowds", "mob", "mobs"})


def _street_sides(verb: Token) -> bool:
    """Whether forces, police, rebels or a street crowd are among the clause's joined subjects."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    sides = [subject, *subject.conjuncts] if subject is not None else []
    return any(SECTOR_WORDS.get(s.lower_) in ("MIL", "COP", "REB") or s.lower_ in STREET_CROWDS for s in sides)


# What armed men clash over: ground ("clashed over the disputed border"), never a policy.
FOUGHT_OVER = frozenset({"border", "territory", "land", "village", "town", "hill", "island", "area", "region", "post",
                         "checkpoint", "well", "water", "pasture", "grazing", "mine", "field", "control", "frontier"})
TIMES = frozenset({"weekend", "night", "day", "week", "month", "year", "hour", "period", "course", "holiday"})


# Powers one abuses without beating anyone; people moved out of danger.
MISUSED = frozenset({"power", "position", "dominance", "authority", "office", "trust", "privilege", "monopoly",
                     "discretion", "influence", "status"})
EVACUATED = frozenset({"child", "resident", "civilian", "people", "family", "villager", "patient", "student",
                       "tourist", "citizen", "national", "population", "inhabitant"})


# Contests and shows a country hosts, which no one visits as a guest of state.
CONTESTS = frozenset({"cup", "olympics", "games", "championship", "championships", "tournament", "race", "final",
                      "match", "festival", "expo", "prix", "contest", "eurovision", "marathon", "concert"})
# What a loan or a bond is backed by: "loans backed by frozen Russian assets".
COLLATERAL = frozenset({"asset", "collateral", "revenue", "reserve", "bond", "property", "gold", "deposit", "profit",
                        "income", "receivable", "mortgage", "security", "proceeds", "oil", "tax"})


def _no_act(verb: Token) -> bool:
    """Event verbs that sport, business, weather and stories borrow, which no reading makes an event (the learned
    check may add none of them either): "shot down Sweden 5-2 in the final", "captured the African title",
    "Typhoon Haikui battered Taiwan", "released genetically modified mosquitoes", "In the play, a general jails …"."""
    lemma = _lemma(verb)
    objects = {c.lemma_.lower() for c in verb.children if c.dep_ == "dobj"}
    if lemma == "threaten" and any(c.dep_ == "nsubj" and c.lemma_.lower() in lexicon.ENDANGERING | DANGERS
                                 for c in verb.children):
        return True  # "Apple said the lawsuit threatened “who we are”", "the drought threatens crops": a danger
    if lemma == "sign" and (objects & LEGISLATION or any(o.lower_ == "law" for o in _preps(verb, ["into"])) or any(
            c.dep_ == "dobj" and c.lemma_.lower() == "amendment" and any(a.lower_ == "constitutional" for a in c.children)
            for c in verb.children)):
        return True  # "signed the finance bill into law", "signed a constitutional amendment": legislation, which
        # PLOVER does not code (a treaty is 057, and so are "amendments to their contract")
    signed = objects | {c.lemma_.lower() for c in verb.children if c.dep_ == "nsubjpass"}
    if lemma == "sign" and signed & {"letter", "petition", "statement", "appeal", "book", "autograph", "op-ed"}:
        return True  # "The letter was signed by 60 MEPs": what it says is the act, not the signing
    if lemma == "host" and objects & CONTESTS:
        return True  # "Saudi Arabia will host the 2034 World Cup": a tournament, no guests met
    if lemma == "offer" and objects & {"reward", "bounty"}:
        return True  # "offered a reward of up to $10 million for information": a bounty, no promise to anyone
    if lemma in ("back", "secure", "guarantee") and verb.tag_ == "VBN" and any(
            o.lemma_.lower() in COLLATERAL for a in verb.children if a.dep_ == "agent" for o in a.children):
        return True  # "loans backed by frozen Russian assets": money's security, no one's support
    if lemma in ("fund", "finance", "sponsor", "bankroll") and objects & {"terrorism", "terror", "terrorist", "extremism"}:
        return True  # "said Iran was funding terrorism": a charge, no aid to anyone
    if lemma in ("request", "ask", "demand", "seek") and objects & {"anonymity"}:
        return True  # "a senior official, requesting anonymity, said": a source's terms, no demand on anyone
    if lemma == "search" and (not objects & SEARCHED or _preps(verb, ["for"])):
        return True  # "searched a British merchant vessel" is coercion; "searched for survivors", "searched the web" no act
    if lemma == "seek" and (not objects or objects & UNSOUGHT):  # (the parse splits "re-election" in three objects)
        return True  # "sought assurances from the EU" asks; "seeks re-election", "sought a way out", "sought to calm" ask no one
    if lemma == "strike" and objects & {"tone", "note", "chord", "balance", "pose", "figure"}:
        return True  # "struck a more cautious tone"
    if lexicon.title_holder(verb):
        return True  # "against defending champion Croatia": a sporting title, no one defended
    if lemma == "demonstrate" and objects:
        return True  # "said the test demonstrated the country's resolve": a thing shown, no one protesting
    if lemma == "abuse" and objects & MISUSED:
        return True  # "found it had abused its market dominance": a power misused, no one beaten
    if lemma == "appeal" and any(o.lemma_.lower() in ("court", "tribunal") or o.ent_type_ == "ORG"
                                 and any(t.text == "Court" for t in o.subtree) for o in _preps(verb, ["to"])):
        return True  # "said he would appeal to the Court of Arbitration for Sport": a case taken higher, no plea
    if any(o.lemma_.lower() == "evacuation" and any(p.lemma_.lower() in EVACUATED for p in _preps(o, ["of"]))
           for o in verb.children if o.dep_ == "dobj"):
        return True  # "announced the evacuation of children from border villages": people moved from danger
    if lemma == "plead" and any(c.lower_ in ("guilty", "innocent") for c in verb.children):
        return True  # "pleaded guilty to passing secrets": a plea in court asks no one for anything
    if lemma == "appeal" and not objects and not any(p.lower_ in ("to", "for") for p in verb.children
                                                     if p.dep_ in ("prep", "dative")):
        return True  # "they would appeal": against a court's ruling, no plea to anyone
    if lemma == "appeal" and objects & lexicon.COURT_OUTCOMES:
        return True  # "said it would appeal the decision": a case taken to a higher court, no plea to anyone
    if lemma in ("fight", "battle", "struggle") and not objects and any(
            o.lemma_.lower() in CAUSES for o in _preps(verb, ["for"])):
        return True  # "would continue to fight for the Constitution": a cause argued for, no one attacked
    if lemma in ("fire", "sack", "axe") and objects & STAFF_FIRED and not any(
            o.ent_type_ not in ("DATE", "TIME") for o in _preps(verb, ["at", "on", "upon"])):
        return True  # "The Justice Department fired more than a dozen prosecutors": dismissed, not shot at
    if lemma in ("target", "hit") and any(s.dep_ == "nsubj" and s.lemma_.lower() in POLICIES for s in verb.children):
        return True  # "the cuts targeted wasteful spending", "the new rules hit small firms": a policy's reach
    if lemma in FOUGHT and objects & NO_FOES or lemma in ("strike", "hit") and any(
            s.dep_ == "nsubj" and s.lemma_.lower() in VEHICLES for s in verb.children):
        return True  # "Firefighters battled the blaze", "a delivery van struck him": no one attacked
    if lemma == "clash" and any(o.lemma_.lower() not in FOUGHT_OVER and not o.ent_type_ and o.pos_ == "NOUN"
                                and o.lemma_.lower() not in TIMES for o in _preps(verb, ["over", "about"])) \
            and not objects and not _preps(verb, ["with"]) and not _street_sides(verb):
        return True  # "France and Germany have clashed again over nuclear power": a quarrel, no fighting
    if lemma in lexicon.NAMING and verb.dep_ == "relcl" and any(c.lower_ == "which" for c in verb.children):
        return True  # "the Falkland Islands, which Argentina calls the Malvinas": a name used, no act
    if lemma == "regret" and (not objects or objects & {"error", "mistake", "loss", "inconvenience", "delay"} or any(
            p.dep_ == "poss" and p.pos_ == "PRON" for o in verb.children if o.dep_ == "dobj" for p in o.children)):
        return True  # "Japan regrets its mistake", "regretted the error": one's own fault owned, no one criticised
    if lemma == "return" and not objects and any(s.dep_ == "nsubj" and _civilians(s) for s in verb.children):
        return True  # "Thousands of Syrians returned from Turkey": people going home, no state's act
    if lemma == "return" and not objects and any(s.dep_ == "nsubj" and s.ent_type_ == "PERSON" for s in verb.children):
        return True  # "Thaksin Shinawatra returned to Thailand": one person's journey home, nothing given back
    if lemma == "return" and not objects and any(o.lemma_.lower() in RETURNED_TO for o in _preps(verb, ["to"])):
        return True  # "would return to the grain deal", "returned to the talks": no one handed back
    if lemma in ("arrive", "travel", "fly") and any(s.dep_ == "nsubj" and (_civilians(s) or s.lemma_.lower() in FREIGHT)
                                                    for s in verb.children):
        return True  # "Afghan migrants arrived in Italy", "a shipment of rice arrived": no one visited anyone
    if lemma in ("hijack", "kidnap", "steal", "rob") and objects & ABSTRACT_PREY:
        return True  # "the ruling party had hijacked the electoral process": a charge in a figure of speech
    if lexicon.retort(verb):
        return True  # "shot back that …": words in reply (a statement)
    if lemma == "charge" and objects & {"duty", "tariff", "fee", "tax", "price", "rate", "interest", "levy", "premium",
                                         "toll", "rent"}:
        return True  # "is charging duties of 25 percent on Canadian steel": a price asked, no charge laid
    if lemma in ("approve", "pass", "adopt") and objects & LAWS:
        return True  # "The Bundestag approved the 2025 federal budget": lawmaking, no one's concession
    if lemma in ("approve", "authorize", "authorise", "license", "clear") and (objects & MEDICINES or any(
            c.dep_ == "compound" and c.lemma_.lower() in MEDICINES for o in verb.children if o.dep_ == "dobj"
            for c in o.children)):
        return True  # "Anvisa approved the Qdenga vaccine": a regulator's licence, no aid or concession
    if lemma == "declare" and _declared(verb) & (OUTBREAKS | {"health"}):
        return True  # "WHO declared the mpox outbreak a public health emergency": an alarm raised, no one coerced
    if lemma == "clash" and any(o.ent_type_ == "PERSON" for o in _preps(verb, ["with"])):
        return True  # "resigned after clashing with Commissioner Marty Makary": a quarrel with a person, no fighting
    if lemma == "abuse" and objects & ABUSED_TRUST:
        return True  # "Mexico had abused its diplomatic immunities": a wrong charged, no violence
    if lemma == "sanction" and objects & APPROVED:
        return True  # "Fjordstrand Energi has sanctioned the gas development": approved it
    if lemma == "clash" and any(o.lemma_.lower() in MEETINGS for p in ("at", "during")
                                for o in _preps(verb, [p])):
        return True  # "Saudi Arabia and Russia clashed at a meeting of OPEC+ ministers": words, not arms
    if lemma == "charge" and any(t.ent_type_ == "MONEY" for t in verb.subtree if t.i > verb.i):
        return True  # "had charged each migrant up to 3,000 euros": a price
    if lemma in ("rule", "refuse", "decline") and _option_kept(verb) is False:
        return True  # "did not rule out Russian involvement": an option kept open, no refusal
    if lemma in SORROWS and any(o.dep_ == "pobj" and o.lemma_.lower() in LOSSES for c in verb.children
                                if c.dep_ in ("agent", "prep") for o in c.children):
        return True  # "said it was saddened by the deaths": condolence, no one blamed
    if lemma in ("retaliate", "respond", "react", "reply") and any(
            p.lower_ == "by" and any(c.dep_ == "pcomp" for c in p.children) for p in verb.children if p.dep_ == "prep"):
        return True  # "retaliated by expelling an Indian diplomat": the expulsion is the act
    return lemma in PLAYED and (_sporting(verb) or _scoreline(verb)) or lemma in CONQUERING and _prize(verb, objects) \
        or _withheld(verb) or _natural_force(verb) or lemma == "release" and _released_thing(verb, objects) \
        or _imagined(verb) or lemma == "warn" and _alarm(verb)


def _declared(verb: Token) -> set[str]:
    """What a declaration is of: its object or small clause's subject, and the words before the name it is given
    ("declared the outbreak a public health emergency")."""
    return {c.lemma_.lower() for c in verb.children if c.dep_ in ("dobj", "ccomp")} | {
        m.lemma_.lower() for c in verb.children if c.dep_ == "oprd" for m in c.children if m.dep_ == "compound"}


def _prize(verb: Token, objects: set[str]) -> bool:
    """"captured the title", "stormed the box office": what sport and business win; an office alone is a
    building ("stormed the governor's office")."""
    return bool(objects & PRIZES) or any(c.dep_ == "dobj" and c.lemma_.lower() == "office" and any(
        m.lower_ == "box" for m in c.children) for c in verb.children)


# What arrives that is no visitor.
FREIGHT = {"shipment", "cargo", "consignment", "delivery", "package", "parcel", "container", "batch"}

# People, not a state or its forces: who goes home (RETURNEES) or suffers what a warning foresees (SUFFERERS).
PEOPLE = {"refugee", "migrant", "civilian", "resident", "family", "people", "villager", "worker"}
RETURNEES = PEOPLE | {"displaced", "thousand", "hundred", "student", "tourist", "pilgrim", "evacuee", "asylum-seeker",
                      "national", "citizen", "passenger", "traveller", "traveler", "immigrant"}
VESSELS = {"ship", "vessel", "boat", "dinghy", "raft", "tanker", "trawler", "freighter", "yacht", "ferry", "carrier",
           "barge", "tug", "dhow", "skiff", "containership", "cutter"}
INTERCEPTED = RETURNEES | VESSELS | {"convoy", "flotilla", "shipment", "cargo", "consignment", "smuggler", "crew",
                                     "fisherman"}

SORROWS = {"sadden", "grieve", "devastate", "heartbreak", "mourn", "shock"}
LOSSES = {"death", "loss", "passing", "tragedy", "accident", "crash", "drowning", "fire", "news", "disaster"}


HOSTILE_OPTIONS = {"force", "strike", "attack", "war", "invasion", "retaliation", "action", "troops"}


def _option_kept(verb: Token) -> bool | None:
    """"Did not rule out Russian involvement", "refused to rule out using military force": an option kept open,
    no refusal; a threat when the option is force (True), nothing otherwise (False). None: no such phrase."""
    ruled = verb if _lemma(verb) == "rule" else next((c for c in verb.children if c.dep_ == "xcomp"
                                                       and _lemma(c) == "rule"), None)
    if ruled is None or not any(c.dep_ == "prt" and c.lower_ == "out" for c in ruled.children):
        return None
    if ruled is verb and not _negated(verb):
        return None  # "Israel ruled out a ceasefire": a refusal
    return any(t.lemma_.lower() in HOSTILE_OPTIONS for c in ruled.children if c.dep_ in ("dobj", "xcomp", "pcomp", "prep", "advcl")
               for t in c.subtree)


def _boarded(verb: Token) -> bool:
    """"Commandos boarded the Madleen, a Gaza-bound aid boat", "Iran boarded a Greek tanker": a craft taken by
    a force or a state; "the minister boarded a ship to Crete", "passengers boarded the ferry" travel on it."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    crafts = [o for o in verb.children if o.dep_ == "dobj"]
    crafts += [a for o in crafts for a in o.children if a.dep_ == "appos"]
    return subject is not None and any(o.lemma_.lower() in VESSELS for o in crafts) and (
        subject.lemma_.lower() in BOARDERS or subject.lower_ in BOARDERS or subject.ent_type_ in ("GPE", "NORP"))


BOARDERS = {"guard", "guards", "commando", "commandos", "pirate", "marine", "soldier", "troop", "force", "navy",
            "coastguard", "police", "militant", "rebel", "gunman", "sailor", "special", "unit", "seal", "raider"}


def _civilians(subject: Token) -> bool:
    """"Thousands of Syrians", "refugees", "500 Afghan families": people, not a state or its forces."""
    heads = [subject, *(o for p in subject.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children)]
    return any(h.lemma_.lower() in RETURNEES or h.ent_type_ == "NORP" and h.tag_ in ("NNPS", "NNS") for h in heads)


def _withheld(verb: Token) -> bool:
    """"declined to comment", "refused to elaborate": a statement withheld (CAMEO 011), which PLOVER does not code."""
    return _lemma(verb) in ("decline", "refuse") and any(
        c.dep_ == "xcomp" and any(a.tag_ == "TO" for a in c.children) and (_lemma(c) in UNSAID or _lemma(c) in (
            "give", "provide", "offer") and any(o.dep_ == "dobj" and _lemma(o) in WITHHELD_WORDS for o in c.children))
        for c in verb.children)


def _alarm(verb: Token) -> bool:
    """"Aid agencies warned of famine", "warned that inflation could rise", "that the heatwave posed a risk": a
    warning of what no one will do is an alarm or a forecast, not a threat."""
    if any(o.lemma_.lower() in DANGERS for o in _preps(verb, ["of", "about", "against"])) \
            and not any(c.dep_ == "dobj" for c in verb.children):
        return True
    if _harm_promised(verb):
        return False  # "warned Lima residents that anyone who opened a shop would be killed": a threat to them
    if any(c.dep_ == "dobj" and c.lemma_.lower() in WARNED_PUBLIC for c in verb.children):
        return True  # "The FDA warned consumers not to use the eye drops": advice to the public, no threat
    if any(c.dep_ == "ccomp" and c.pos_ == "VERB" and c.tag_ == "VBG" and any(
            a.dep_ == "aux" and a.lower_ in ("is", "are", "was", "were") for a in c.children) and not any(
            a.dep_ == "aux" and a.lower_ in FUTURE_MODALS for a in c.children)
           and not any(t.lower_ in ("if", "unless") for t in c.subtree)
           and any(s.dep_ == "nsubj" and s.lower_ not in ("we", "i", "it", "they") for s in c.children)
           for c in verb.children):
        return True  # "warned that illegal miners were invading Yanomami lands": what others are doing, told
    if any(c.dep_ == "ccomp" and c.lemma_.lower() in ("pose", "represent", "constitute", "remain") and any(
            o.dep_ in ("dobj", "attr") and o.lemma_.lower() in ("threat", "danger", "risk", "menace") for o in c.children)
           for c in verb.children):
        return True  # "warned that Russia posed a growing threat": a danger pointed out, no threat made
    if any(c.dep_ == "ccomp" and c.lemma_.lower() in CONSEQUENCES and not any(t.lower_ in ("if", "unless") for t in c.subtree)
           and any(s.dep_ == "nsubj" and s.pos_ == "NOUN" and s.lemma_.lower() not in SECTOR_WORDS.keys() | PEOPLE
                   and not (c.lemma_.lower() in COSTS and s.lemma_.lower() in REPRISAL_NOUNS)
                   and not any(m.dep_ == "poss" for m in s.children) for s in c.children) for c in verb.children):
        return True  # "warned that the gaps remained significant", "that an offensive would produce a catastrophe"
    if any(a.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in a.children) and any(
            s.dep_ == "nsubj" and s.ent_type_ in ("GPE", "PERSON", "NORP", "ORG") for s in a.children)
           and any(s.dep_ == "nsubj" and s.lemma_.lower() in REPRISALS_FORETOLD for s in c.children)
           for c in verb.children if c.dep_ == "ccomp" for a in c.subtree):
        return False  # "warned that the most serious consequences would follow unless Cambodia released the crew":
        # reprisals on a condition a state or a person must meet are a threat to them (not "the economy would
        # shrink unless Greece got a bailout", a forecast)
    if any(c.dep_ == "dobj" and c.ent_type_ in ("GPE", "PERSON", "NORP") for c in verb.children) and any(
            c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ in ("will", "would", "'ll", "’ll") for a in c.children)
            for c in verb.children):
        return False  # "Putin warned Finland that there would be problems": what a state is told will follow, a threat
    return any(c.dep_ == "ccomp" and any(s.dep_ in ("nsubj", "expl") and (s.lemma_.lower() in DANGERS or s.lower_ == "there"
                                                                        and not _reprisal_foretold(c)
                                                                        or _counted_danger(s) or _sufferers(s, c)
                                                                        or _danger_named(s))
                                         for s in c.children) for c in verb.children)


FUTURE_MODALS = frozenset({"will", "would", "could", "may", "might", "shall", "must", "'ll", "’ll", "can"})
# What a cut or a fault costs: "funding cuts would leave millions without help", "could cost 1 billion euros"; but
# a warning of what the speaker's own side would do is a threat: "sanctions would cost Russia dearly".
COSTS = frozenset({"cost", "leave", "slow", "delay", "disrupt", "affect", "plunge", "drive", "push"})
# What a thing (no one) does in a warning of consequences: "the gaps remained", "would produce a catastrophe".
CONSEQUENCES = COSTS | {"remain", "produce", "cause", "lead", "trigger", "spark", "fuel", "deepen", "widen", "worsen",
                        "persist", "mean", "become", "send", "render", "undermine", "damage", "harm", "hurt",
                        "jeopardize", "jeopardise", "destabilize", "destabilise", "result", "backfire", "derail",
                        "hamper", "embolden", "erode", "weaken"}
REPRISAL_NOUNS = frozenset({"sanction", "tariff", "measure", "response", "retaliation", "action", "strike", "step",
                            "countermeasure", "reprisal", "force"})
# The public a health or safety warning is given to.
WARNED_PUBLIC = frozenset({"consumer", "resident", "parent", "traveller", "traveler", "citizen", "public", "patient",
                           "motorist", "driver", "shopper", "tourist", "user", "customer", "people", "swimmer", "farmer"})


def _harm_promised(verb: Token) -> bool:
    """"warned villagers that anyone who voted would be punished", "warned residents to leave or be killed", "that
    they would face prosecution": what the warning says will be done to people is a threat, even to the public."""
    # (the small parser hangs "… would be expelled" on the warning itself when a participle comes before it: "that
    # anyone caught financing plots would be expelled")
    for clause in (c for c in verb.children if c.dep_ in ("ccomp", "xcomp") or c.dep_ == "conj" and not any(
            s.dep_ in ("nsubj", "nsubjpass") for s in c.children)):
        for word in clause.subtree:
            lemma = word.lemma_.lower()
            if lemma in HARMS and word.tag_ == "VBN" and any(
                    a.dep_ == "auxpass" for a in word.children) and (any(
                    a.dep_ == "aux" and a.lower_ in FUTURE_MODALS for a in word.children) or word.dep_ == "conj"
                    and word.head != verb):
                return True
            if lemma == "face" and any(a.dep_ == "aux" and a.lower_ in FUTURE_MODALS for a in word.children) and any(
                    o.dep_ == "dobj" and o.lemma_.lower() in PENALTIES for o in word.children):
                return True
            if lemma in ("lead", "result") and any(a.dep_ == "aux" and a.lower_ in FUTURE_MODALS for a in word.children) \
                    and any(o.lemma_.lower() in PENALTIES | CLOSURES for o in _preps(word, ["to", "in"])):
                return True  # "any broadcast would lead to their immediate closure", "to its dissolution"
    return False


# What a warning says will happen to a body: "would lead to its dissolution", "to the paper's closure".
CLOSURES = frozenset({"closure", "dissolution", "ban", "banning", "shutdown", "suspension", "expulsion", "eviction"})


# What a threat says will be done to people: the punishments a warning names ("would be arrested", "deported"; not
# "fined" or "sanctioned" here), and force ("would be killed", "shot").
HARMS = PUNISHMENTS - {"fine", "sanction"} | {"kill", "shoot", "execute", "hang", "evict", "revoke", "close", "shut",
                                               "crush", "court-martial", "sentence", "hunt", "bomb", "attack",
                                               "target", "destroy"}
# What a threat says people will face: "would face prosecution", "face the death penalty".
PENALTIES = frozenset({"prosecution", "arrest", "punishment", "penalty", "consequence", "charge", "trial", "jail",
                       "prison", "death", "expulsion", "deportation", "dismissal", "sanction", "reprisal", "retaliation",
                       "action", "measure", "fine"})
# What "there would be" a threat foretells: "warned Madrid that there would be consequences", "no mercy".
REPRISALS_FORETOLD = frozenset({"consequence", "repercussion", "retaliation", "reprisal", "response", "price", "mercy",
                                "punishment", "countermeasure", "retribution", "revenge"})


def _reprisal_foretold(clause: Token) -> bool:
    """"there would be consequences", "there would be no mercy": what the warner will do, foretold."""
    return any(o.dep_ in ("attr", "dobj", "nsubj") and o.lemma_.lower() in REPRISALS_FORETOLD for o in clause.children)


def _danger_named(subject: Token) -> bool:
    """"warned that famine conditions persisted", "that hunger levels were rising": a state of things named by
    its danger."""
    return subject.pos_ == "NOUN" and any(m.dep_ in ("compound", "amod") and m.lemma_.lower() in DANGERS
                                          for m in subject.children)


# Who suffers what a warning foresees: "more migrants could drown", "civilians may be caught in the fighting".
SUFFERERS = PEOPLE | {"child", "patient", "farmer", "passenger", "household", "life", "fighting", "conflict", "war",
                      "violence", "escalation", "situation"}


def _sufferers(subject: Token, clause: Token) -> bool:
    """"The IOM warned that more migrants could drown", "warned that the fighting risked spreading": what may
    befall people or a situation is foreseen, not done by whoever warns."""
    if subject.lower_ in QUANTITIES:  # "millions of children could starve"
        counted = next((o for p in subject.children if p.dep_ == "prep" and p.lower_ == "of"
                        for o in p.children if o.dep_ == "pobj"), None)
        subject = counted if counted is not None else subject
    conditioned = any(m.lower_ in ("if", "unless") for m in clause.subtree)
    if clause.lemma_.lower() in ("face", "suffer", "endure") and not conditioned and any(
            o.lemma_.lower() in HARDSHIPS or any(m.lemma_.lower() in HARDSHIPS for m in o.children if m.dep_ in (
                "compound", "amod")) for o in clause.children if o.dep_ == "dobj"):
        return True  # "warned that Burkina Faso faced a hunger crisis": what a country faces, no one does to it
    return subject.pos_ == "NOUN" and subject.lemma_.lower() in SUFFERERS and not any(
        c.dep_ == "poss" for c in subject.children) and not any(  # "… would suffer if London undermined …": a threat
        m.lower_ in ("if", "unless") for m in clause.subtree)


def _counted_danger(subject: Token) -> bool:
    """"warned that cholera cases were rising", "that the death toll could climb": a count of a danger's harm."""
    return subject.lemma_.lower() in COUNTS and any(
        c.lemma_.lower() in DANGERS | NATURAL_FORCES | {"death", "infection", "casualty"}
        for c in subject.children if c.dep_ in ("compound", "amod", "nmod")) or subject.lemma_.lower() == "toll"


# What is counted of a danger: "cholera cases", "infection rates", "flood deaths".
COUNTS = {"case", "death", "rate", "number", "level", "figure", "count", "infection", "casualty", "hospitalisation",
          "hospitalization", "admission"}


# What a head of state signs at home: law, not an agreement with anyone.
LEGISLATION = {"bill", "law", "legislation", "decree", "budget", "ordinance", "statute"}
# What one declines to do that withholds a statement only: "declined to comment", "refused to elaborate".
UNSAID = {"comment", "elaborate", "speculate", "say", "specify", "disclose", "reveal", "identify", "detail"}
# (not "refused to respond to the ultimatum", "refused to discuss Cambodia": a meeting refused, CAMEO 125)
# What one declines to give that is a statement withheld: "declined to give details".
WITHHELD_WORDS = {"detail", "comment", "information", "figure", "specific", "timeline", "name", "explanation"}
# What a company or a chamber "kills" that is no one: a service, a product, a bill.
KILLED_THINGS = {"service", "product", "plan", "bill", "deal", "project", "feature", "proposal", "idea", "program",
                 "programme", "brand", "line", "app", "platform", "model", "device", "measure", "legislation", "story"}
# What is "met" that is no one: "met expectations", "met its target".
MET_MARKS = {"expectation", "target", "forecast", "estimate", "goal", "deadline", "standard", "requirement",
             "criterion", "criteria", "need", "threshold", "quota", "benchmark", "obligation", "cost", "end", "fate"}


# Verbs of force that sport, business and weather borrow, and what they take there that no enemy holds.
CONQUERING = {"capture", "seize", "grab", "snatch", "storm", "invade", "attack", "conquer", "win", "take", "shoot",
              "defend", "retain"}
PRIZES = {"title", "crown", "medal", "market", "lead", "championship", "trophy", "prize", "cup", "headline",
          "imagination", "spotlight", "share", "gold", "silver", "bronze", "place", "spot", "pole", "chart", "award",
          "segment", "audience", "customer", "box"}
# Things released that are no one freed.
RELEASED_THINGS = {"mosquito", "report", "album", "film", "data", "statement", "figure", "video", "footage", "image",
                   "photo", "photograph", "book", "result", "song", "single", "list", "document", "detail", "name",
                   "plan", "budget", "recording", "transcript", "guideline", "forecast", "estimate", "version", "update",
                   "game", "product", "model", "trailer", "gas", "water", "balloon", "fish", "bird", "animal",
                   "wastewater", "sewage", "effluent", "steam", "smoke", "radiation", "emission", "dataset", "study",
                   "flare", "chaff", "guidance", "tape", "chip", "phone", "iphone", "smartphone", "device", "software",
                   "app", "feature", "movie", "series", "episode", "edition", "processor", "console", "barrel", "oil",
                   "crude", "petroleum", "stockpile", "reserve"}
# Words that make "figures" people: "released 27 opposition figures", not statistics.
FIGURES_OF = frozenset({"opposition", "political", "public", "senior", "leading", "prominent", "religious", "party",
                        "key", "former", "rebel", "government", "military", "community", "tribal", "dissident"})


def _released_thing(verb: Token, objects: set[str]) -> bool:
    """Whether what was released is a thing, not people: a report, data, "figures" (but "27 opposition figures")."""
    people = any(o.dep_ == "dobj" and o.lemma_.lower() == "figure" and any(c.lower_ in FIGURES_OF for c in o.children)
                 for o in verb.children)
    return bool(objects & RELEASED_THINGS) and not people


# What a leader inspects that is no one investigated: "Kim Jong Un inspected a missile factory".
TOURED = {"factory", "plant", "damage", "farm", "construction", "troops", "drill", "exercise", "unit", "project",
          "works", "preparations", "shipyard", "workshop", "launch", "test", "honour", "honor", "guard"}
# What a state's forces search (CAMEO 17).
SEARCHED = {"vessel", "ship", "tanker", "boat", "home", "house", "office", "premise", "headquarters", "aircraft",
            "plane", "car", "truck", "embassy", "compound", "residence", "apartment"}

# What a legislature passes as its own work, no concession to anyone.
LAWS = {"budget", "spending"}  # (not a law: "approved a special law recognizing victories by the opposition" concedes)
# What one abuses without hurting anyone: "abused its immunities", "abused his power".
ABUSED_TRUST = {"immunity", "power", "privilege", "position", "trust", "authority", "right", "office", "system",
                "process", "procedure", "status", "hospitality", "mandate", "platform", "discretion"}
# What a board or a regulator sanctions when it approves it; and gatherings where a clash is of words.
APPROVED = {"project", "development", "plan", "scheme", "expansion", "investment", "field", "budget", "spending",
            "construction", "merger", "purchase", "acquisition", "takeover", "use", "sale", "programme", "program"}
MEETINGS = {"meeting", "summit", "conference", "talks", "session", "hearing", "debate", "forum", "assembly"}
# What one goes back to without handing anyone back: "return to the grain deal", "returned to the talks".
RETURNED_TO = {"deal", "agreement", "accord", "treaty", "talks", "table", "negotiation", "dialogue", "initiative",
               "ceasefire", "truce", "process", "pact", "framework", "arrangement", "scheme", "work", "duty", "job",
               "classes", "school"}

# What kills or batters with no one behind it.
NATURAL_FORCES = {"typhoon", "hurricane", "cyclone", "storm", "avalanche", "flood", "flooding", "earthquake", "quake",
                  "tsunami", "landslide", "mudslide", "heatwave", "snap", "snowstorm", "blizzard", "drought", "wildfire",
                  "lightning", "tornado", "eruption", "outbreak", "epidemic", "virus", "disease", "cholera", "malaria",
                  "rain", "rains", "downpour", "monsoon", "wave", "frost", "winds", "gale",
                  # and what markets and nature move by themselves: "Tokyo stocks retreated", "glaciers retreated"
                  "stock", "share", "price", "index", "bond", "yield", "currency", "glacier", "ice", "tide",
                  "floodwater", "floodwaters", "temperature", "mercury", "heat", "inflation", "rate", "sales", "output",
                  "unemployment", "toll"}


def _natural_force(verb: Token) -> bool:
    """The verb's subject is weather, a disaster or a disease ("The cold snap killed", "Storm Ciarán battered")."""
    if any(o.lemma_.lower() in NATURAL_FORCES and not (o.is_upper and len(o) > 1) for o in _preps(verb, ["in", "by"])) \
            and any(c.dep_ == "auxpass" for c in verb.children):
        return True  # "14 people were killed in a landslide" (not "detained by ICE")
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        # "after an earthquake of magnitude 7.1 struck the province": the parser may hang the force elsewhere
        before = verb.doc[max(verb.sent.start, verb.i - 7): verb.i]
        return not any(t.pos_ in ("VERB", "AUX") for t in before) and any(
            t.pos_ == "NOUN" and t.lemma_.lower() in NATURAL_FORCES for t in before)
    if SECTOR_WORDS.get(subject.lower_) == "MIL":
        return False  # "Royal Air Force Tornado jets struck …": the aircraft's name is no storm
    words = {c.lemma_.lower() for c in subject.children if c.dep_ == "compound"}
    if not (subject.ent_type_ == "PERSON" and subject.pos_ == "PROPN" or subject.is_upper and len(subject) > 1):
        words |= {subject.lemma_.lower(), subject.lower_}  # "Daniel Price met …" is no price, "ICE arrested …" no
        # ice; "Storm Ciarán battered" is a storm by its first word
    if subject.lemma_.lower() in ACCIDENTS and not any(c.ent_type_ in ("NORP", "GPE", "ORG") or c.dep_ == "poss"
                                                        for c in subject.children if c.i < subject.i):
        return True  # "A crash near Gympie killed a mother of three", not "Israeli fire killed three"
    return bool(words & NATURAL_FORCES) and subject.ent_type_ not in ("NORP", "GPE")


# Accidents: what kills with no one meaning it, unless someone's it is ("Israeli fire").
ACCIDENTS = {"crash", "collision", "accident", "derailment", "fire", "blaze", "pile-up", "capsizing", "stampede",
             "crush", "leak", "spill", "poisoning"}


NON_ENEMIES = {"epidemic", "pandemic", "outbreak", "disease", "virus", "ebola", "malaria", "cholera", "aids", "hiv",
               "polio", "fire", "wildfire", "blaze", "flood", "drought", "famine", "poverty", "hunger", "corruption",
               "inflation", "unemployment", "climate", "change", "pollution", "crime", "illiteracy"}
_SCORE = re.compile(r"^\d{1,3}[-–]\d{1,3}$")
_MARGINS = {"wicket", "wickets", "run", "runs", "goal", "goals", "point", "points", "stroke", "strokes", "shot",
            "shots", "set", "sets", "frame", "frames", "seconds", "lengths", "try", "tries", "innings", "penalties"}
_MATCHES = {"final", "semifinal", "semi-final", "quarterfinal", "quarter-final", "match", "game", "tie", "derby",
            "playoff", "play-off", "cup", "championship", "tournament", "league", "series", "race", "round"}


# What sanctions and tariffs are aimed at: "targeting its gas trade" strikes no one.
TARGETED_TRADE = {"trade", "export", "exports", "import", "imports", "sector", "economy", "revenue", "revenues", "bank",
                  "asset", "assets", "industry", "oil", "gas", "shipment", "sale", "finance", "financing", "exporter",
                  "importer", "tariff", "goods", "product", "supply", "fleet", "oligarch", "income"}
# Offices one is fired from, and dangers one warns of without threatening anyone.
OFFICES = {"president", "minister", "premier", "chief", "governor", "director", "coach", "manager", "aide", "adviser",
           "advisor", "secretary", "commander", "general", "head", "ambassador", "official", "deputy", "spokesman",
           "cabinet", "government", "staff", "board", "employee", "worker", "spokeswoman", "spokesperson",
           "barista", "editor", "executive", "ceo", "player", "teacher", "nurse", "driver", "clerk", "organizer",
           "organiser", "reporter", "journalist", "anchor", "host", "officer", "chairman", "chairwoman", "founder"}
DANGERS = {"famine", "starvation", "hunger", "outbreak", "epidemic", "crisis", "catastrophe", "disaster", "collapse",
           "shortage", "flood", "drought", "recession", "risk", "danger", "consequence", "fallout", "spread",
           # weather, markets and health: what forecasters, banks and doctors warn of
           "snow", "rain", "storm", "heat", "heatwave", "wind", "cold", "frost", "fog", "ice", "inflation", "growth",
           "slowdown", "downturn", "unemployment", "price", "rate", "economy", "market", "deficit", "default", "debt",
           "disease", "virus", "infection", "pollution", "smog", "shortfall", "weather", "temperature", "wildfire",
           "fire", "landslide", "cyclone", "typhoon", "hurricane", "tsunami", "eruption", "bubble", "volatility",
           "dengue", "cholera", "malaria", "measles", "mpox", "ebola", "covid", "flu", "influenza", "tuberculosis",
           "polio", "disruption", "delay", "uncertainty", "loss", "losses", "hardship", "difficulty", "difficulties",
           "agony", "decline", "stagnation"}
# What a country faces that no one does to it ("faced a hunger crisis"; not "would face consequences").
HARDSHIPS = DANGERS - {"consequence", "fallout", "risk", "danger", "price", "rate"}


# Verbs of play that the news of sport shares with war and politics, and the words that make a sentence sport's.
PLAYED = {"attack", "withdraw", "pull", "strike", "shoot", "fire", "capture", "clash", "retreat", "defend", "block",
          "storm", "beat", "defeat", "hammer", "thrash", "overrun", "sack", "ban", "suspend", "threaten", "fight",
          "hit", "knock", "punch"}
SPORT_WORDS = {"half", "goal", "goals", "goalkeeper", "striker", "midfielder", "match", "matches", "tournament",
               "championship", "league", "innings", "wicket", "wickets", "semifinal", "semi-final", "quarterfinal",
               "quarter-final", "fixture", "kickoff", "kick-off", "penalty", "referee", "stoppage", "seeded",
               "grand slam", "set", "tiebreak", "touchdown", "quarterback", "batsman", "bowler", "lap", "podium",
               "final", "finals", "darts", "golfer", "heavyweight", "hole-in-one", "knockout", "birdie", "putt",
               "marathon", "sprinter", "medal", "medallist", "medalist", "bout"}
SPORT_NAMES = {"Open", "Cup", "Masters", "Grand Prix", "Premier League", "Wimbledon", "Tour"}


def _sporting(verb: Token) -> bool:
    """The verb's sentence is a match report: a word only sport uses ("in the second half", "the striker"), or a
    tournament's name ("the Italian Open", "the World Cup")."""
    sentence = verb.sent
    lowered = sentence.text.lower()  # the tokenizer splits "quarter-final" and "hole-in-one"
    return any((t.lower_ in SPORT_WORDS or t.lemma_.lower() in SPORT_WORDS) and t.pos_ == "NOUN" and not _work_word(t)
               or t.text in SPORT_NAMES and t.pos_ == "PROPN" for t in sentence) \
        or any(word in lowered for word in SPORT_WORDS if "-" in word)


def _work_word(token: Token) -> bool:
    """Sport's words that labour and law use too: "strikers" are workers on strike (the striker is a player), a
    "work stoppage" a strike, "the death penalty" a sentence."""
    lowered = token.lower_
    return lowered == "strikers" or lowered == "stoppage" and not any(
        t.lower_ == "time" for t in token.doc[token.i + 1: token.i + 2]) or lowered == "penalty" and any(
        c.lower_ == "death" for c in token.children)


def _scored(verb: Token) -> bool:
    """A win in sport: a score ("2-0", "3–1") or a margin ("by five wickets") in the clause, or a match or a
    title in it ("in the final", "to win the World Cup")."""
    return _scoreline(verb) or any(t.lower_ in _MATCHES and t.i > verb.i for t in verb.subtree)


def _scoreline(verb: Token) -> bool:
    """A score ("5-2") or a margin ("by five wickets") in the clause: a match, whatever the verb."""
    doc = verb.doc
    return any(_SCORE.match(t.text) or t.lower_ in _MARGINS and t.pos_ == "NOUN" and any(c.like_num for c in t.children)
               or t.text in ("-", "–") and 0 < t.i < len(doc) - 1 and doc[t.i - 1].like_num and doc[t.i + 1].like_num
               and not t.whitespace_ and not doc[t.i - 1].whitespace_ for t in verb.subtree)  # "5", "-", "2"


# Verbs and nouns of looking into something: what they look into is investigated, not asserted.
INVESTIGATING = frozenset({"investigate", "probe", "examine", "inquire", "investigation", "inquiry", "enquiry",
                           "inquest", "hearing"})


def _investigated(token: Token) -> bool:
    """"a commission to investigate the police firing on students", "is investigating the killing of villagers",
    "opened an investigation into reports that army units had shelled …": an act looked into is the inquiry's object,
    not an event the sentence reports (the inquiry is: ACCUSE, investigate)."""
    word = token
    for _ in range(4):
        head = word.head
        if head.i == word.i:
            return False
        if word.dep_ == "dobj" and head.lemma_.lower() in INVESTIGATING:
            return True
        if word.dep_ == "pobj" and head.lower_ == "into" and head.head.lemma_.lower() in INVESTIGATING | {"look"}:
            return True
        if word.dep_ not in ("acl", "dobj", "pobj", "compound"):
            return False
        word = head
    return False

