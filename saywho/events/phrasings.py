"""Phrasings that name an act in set words: what a state orders out, what one calls another's act, a reply
promised, a crowd before a seat of power, a sum of aid announced, "each other"; and how a verb of the word table
reads in its sentence (`_verb_reading`). The reader asks these of a verb or noun (:mod:`saywho.events.reader`)."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from spacy.tokens import Token

from saywho.actors.countries import token_country
from saywho.actors.dictionary import SECTOR_WORDS, SECTORS
from saywho.attribution import lexicon
from saywho.events.grammar import (
    _a_people,
    _counterpart,
    _crowd,
    _lemma,
    _objects,
    _prep_object,
    _preps,
    _protest_purpose,
    _subject,
    _unnamed_people,
)
from saywho.events.mood import _infinitive, _negated
from saywho.events.words import ASKED, AUDIENCES, GOODS, OBJECT_CLASSES, RELIEF_WORKS, TERRITORY, TRADED

# Whom a state can order out (CAMEO 166, 1661-1663): envoys, foreign forces, missions, observers, aid agencies.
EXPELLED = OBJECT_CLASSES["envoy"] | OBJECT_CLASSES["force"] | OBJECT_CLASSES["monitors"] | {
    "mission", "agency", "contingent", "peacekeeping", "staff", "worker", "correspondent", "journalist"}


def _foreign_guests(noun: Token) -> bool:
    """An envoy, or forces, a mission or staff named as someone's ("French troops", "the UN mission"): whom
    a state orders out; "the mission" alone may be the speaker's own."""
    lemma = noun.lemma_.lower()
    return lemma in OBJECT_CLASSES["envoy"] or lemma in EXPELLED and any(
        c.ent_type_ in ("NORP", "GPE", "ORG") or c.dep_ == "poss" and c.pos_ == "PROPN" for c in noun.subtree if c.i < noun.i)


def _reciprocal(verb: Token) -> bool:
    """"Armenia and Azerbaijan accused each other": each of the joined subjects is the other's target."""
    return any(t.lower_ == "other" and t.i > 0 and t.nbor(-1).lower_ == "each" or t.lower_ == "another"
               and t.i > 0 and t.nbor(-1).lower_ == "one" for t in verb.subtree if t.head.i == verb.i
               or t.head.head.i == verb.i)


# Dealings a state can refuse to let go ahead.
DEALINGS = {"purchase", "takeover", "acquisition", "merger", "deal", "sale", "bid", "buyout", "investment"}


# What one calls another's act to condemn it (CAMEO 111), or a charge to deny it (CAMEO 12).
CONDEMNING = {"terrorism", "blackmail", "inhumane", "illegal", "unacceptable", "provocation", "provocative",
              "aggression", "shameful", "outrageous", "absurd", "hypocritical", "irresponsible", "racist", "criminal",
              "crime", "violation", "interference", "hostile", "unfriendly", "piracy", "genocide", "barbaric",
              "cowardly", "reckless", "destabilising", "destabilizing", "unlawful", "disgraceful", "insult",
              "baseless", "unfounded", "groundless", "fabricated", "lies", "lie", "slander", "propaganda", "nonsense",
              "farce", "sham", "fraudulent", "fraud", "rigged", "illegitimate", "undemocratic", "travesty", "mockery",
              "charade", "false", "dangerous", "unjust", "scandalous", "appalling", "deplorable", "despicable",
              "betrayal", "coward", "scandal", "fabrication", "disgrace", "shame", "outrage", "insulting", "corrupt",
              "incompetent", "humiliation", "humiliating", "sabotage", "treason", "traitor", "dictator", "blunder",
              "threat", "affront", "liar", "liars", "thug", "thugs", "murderer", "murderers", "butcher", "tyrant",
              "puppet", "puppets", "thief", "thieves", "crook", "crooks", "hypocrite", "warmonger", "hoax", "coup",
              "imitation", "whitewash", "witch", "farcical", "falsified", "fake", "disrespectful", "regrettable",
              "troubling", "gangster-like", "discriminatory", "bullying", "coercion", "coercive",
              "unfair", "unjustified", "unwarranted", "genocidal", "fascist", "fascists", "unnecessary", "aggressive",
              "counterproductive", "misguided", "complicit", "treasonous", "excessive", "disproportionate", "cruel",
              "unconstitutional", "politicised", "politicized", "arbitrary", "authoritarian", "misleading", "breach",
              "persecution", "lawlessness", "lawless", "witch-hunt", "vendetta", "harassment", "intimidation",
              "censorship", "repression", "repressive", "interventionist", "meddling", "neocolonial", "imperialist",
              "extortion", "theft", "power-grab", "failure", "fiasco", "debacle", "terror", "execution", "lynching",
              "risk", "vengeance", "revenge", "gimmick", "stunt", "assault", "partisan", "shambles", "shambolic",
              "interventionism", "waste", "setback", "sin", "danger"}
# What "political" condemns when it qualifies: "a political decision" (of a verdict), "a political trial".
POLITICAL_SLURS = {"decision", "verdict", "ruling", "trial", "case", "charge", "vengeance", "vendetta", "persecution",
                   "stunt", "theatre", "theater", "prosecution", "revenge"}
# How strongly negative an adjective must be in VADER's lexicon (its raters' mean, -4 to 4) to condemn when it
# names another's act: "wrong", "flawed", "arrogant", "outrageous" (a field resource, not words read off misses)
CONDEMNING_VALENCE = -2.0


def _condemning(word: Token) -> bool:
    """A word of condemnation: one of :data:`CONDEMNING`, or an adjective VADER rates strongly negative."""
    return word.lower_ in CONDEMNING or word.pos_ == "ADJ" and valence(word.lower_) <= CONDEMNING_VALENCE \
        or word.lower_ == "political" and word.head.lemma_.lower() in POLITICAL_SLURS


@lru_cache(maxsize=1)
def _valences() -> dict[str, float]:
    """VADER's sentiment lexicon (Hutto and Gilbert 2014, MIT licence), as shipped in ``vaderSentiment``."""
    text = (resources.files("vaderSentiment") / "vader_lexicon.txt").read_text(encoding="utf-8")
    return {word: float(mean) for word, mean, *_ in (line.split("\t") for line in text.splitlines() if line.count("\t") >= 2)}


def valence(word: str) -> float:
    """The mean valence VADER's raters gave a lower-case word (0.0 for a word it does not list)."""
    return _valences().get(word, 0.0)


# Praise denied condemns: "called the vote 'neither free nor fair'", "not credible".
PRAISED = {"free", "fair", "credible", "legitimate", "democratic", "transparent", "acceptable", "valid", "lawful"}
DENIED = {"charge", "accusation", "allegation", "claim", "report"}


def _branded(verb: Token) -> tuple[str, str | None, list[Token], Token] | None:
    """"called the EU decision 'economic terrorism'", "called the charges baseless": naming another's act in words
    of condemnation condemns it; naming a charge so denies it. "said the court was a corrupt institution" too."""
    if _lemma(verb) in SAYING and (judged := _judged(verb)) is not None:
        return judged
    if _lemma(verb) not in lexicon.NAMING or verb.dep_ in ("relcl", "acl", "advcl") \
            or any(c.dep_ in ("prep", "xcomp", "ccomp") and c.lower_ in ("on", "for", "to", "upon")
                   and not any(o.ent_type_ in ("DATE", "TIME") for o in c.children) for c in verb.children) \
            or any(c.lower_ in ("what", "which", "whom") for c in verb.children):
        return None  # not "what they called illegal fees", nor "…, calling the abduction a war crime" (a second act)
    joined = {t.i for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") for t in c.subtree}
    # (not what a verb joined to it says: "described the meeting as cordial but said terrorism remained the issue")
    said = [t for t in verb.subtree if t.i > verb.i and t.i not in joined and (_condemning(t) or t.lower_ in PRAISED and any(
        n.lower_ in ("not", "neither", "nor", "never") for n in t.doc[max(t.i - 3, verb.i + 1): t.i])
        or t.lower_ == "motivated" and t.i > 0 and t.nbor(-1).lower_ == "politically")]  # "politically motivated"
    if not said or not any(c.dep_ in ("dobj", "oprd", "attr") for c in verb.children):
        return None
    denied = any(t.lemma_.lower() in DENIED for t in verb.subtree if t.i > verb.i)
    return ("REJECT", None, [verb, said[0]], verb) if denied else ("ACCUSE", "disapprove", [verb, said[0]], verb)


SAYING = {"say", "add", "insist", "argue", "claim", "tell", "declare", "charge", "respond", "reply", "retort", "counter",
          "write", "stress", "state", "maintain", "contend", "assert"}
# Who or what a judgement can be passed on: actors, and their acts and decisions.
JUDGED = {"government", "court", "regime", "administration", "party", "army", "military", "police", "ministry",
          "leadership", "decision", "move", "vote", "election", "ruling", "verdict", "law", "plan", "policy", "deal",
          "agreement", "sanction", "attack", "strike", "operation", "occupation", "invasion", "blockade", "ban",
          "referendum", "arrest", "detention", "trial", "junta", "president", "minister", "council", "commission",
          "reaction", "response", "handling", "approach", "conduct", "behaviour", "behavior", "remark", "comment",
          "statement", "action", "measure", "proposal", "bill", "deportation", "expulsion", "treatment", "crackdown",
          "authority", "official", "judge", "tariff", "observer", "case", "charge", "investigation", "probe",
          "process", "count", "result", "outcome"}


def _judged(verb: Token) -> tuple[str, str | None, list[Token], Token] | None:
    """"Pompeo said the court was a corrupt institution", "said the vote was rigged": a statement that someone or
    their act is what words of condemnation say condemns them (CAMEO 111)."""
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        if _wrongdoing(clause):
            return "ACCUSE", "disapprove", [verb, clause], verb
        if clause.pos_ in ("NOUN", "ADJ") and _condemning(clause) and any(
                c.dep_ in ("aux", "auxpass") and c.lemma_ == "be" for c in clause.children):
            # "said the EU measures were “blackmail”", parsed with the word of condemnation as the clause's head
            subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None and (subject.lemma_.lower() in JUDGED or subject.pos_ == "PROPN"):
                return "ACCUSE", "disapprove", [verb, clause], verb
        if not (clause.lemma_ == "be" or _condemning(clause) and any(a.dep_ == "auxpass" for a in clause.children)):
            continue
        if clause.lemma_ != "be":  # "said the vote was rigged": the passive verb is the judgement
            subject = next((c for c in clause.children if c.dep_ == "nsubjpass"), None)
            if subject is not None and subject.lemma_.lower() in JUDGED and not _negated(clause):
                return "ACCUSE", "disapprove", [verb, clause], verb
            continue
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subject is None or not (subject.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or subject.pos_ == "PROPN"
                                   or subject.lemma_.lower() in JUDGED):
            continue
        # praise denied condemns: "said the vote was neither free nor fair", "was not credible"
        praise = [t for c in clause.children if c.dep_ == "acomp" for t in (c, *c.conjuncts) if t.lower_ in PRAISED]
        if praise and (_negated(clause) or any(c.dep_ == "neg" for c in praise[0].children)
                       or any(t.lower_ in ("neither", "nor") for t in clause.subtree)):
            return "ACCUSE", "disapprove", [verb, praise[0]], verb
        if _negated(clause):
            continue
        said = [t for c in clause.children if c.dep_ in ("attr", "acomp") and not any(x.dep_ == "xcomp" for x in c.children)
                for t in _judgement_words(c) if _condemning(t)]
        if said:
            return "ACCUSE", "disapprove", [verb, said[0]], verb
    return None


# Wrongs a statement can charge another with: "said Moscow was deliberately endangering civilian aviation".
WRONGS = {"endanger", "violate", "breach", "sabotage", "interfere", "meddle", "destabilise", "destabilize", "undermine",
          "orchestrate", "mastermind", "sponsor", "lie", "mislead", "spy", "bully", "coerce", "blackmail", "provoke",
          "fail", "betray", "abandon", "neglect", "ignore", "deceive", "abuse", "obstruct", "intrude", "trespass",
          "encroach", "harass", "mishandle", "stonewall", "incite", "exploit", "harm", "overcharge", "harbour",
          "harbor", "collude", "rig", "squander", "repress", "persecute", "politicise", "politicize", "embezzle"}


def _wrongdoing(clause: Token) -> bool:
    """"said Moscow was endangering civilian aviation", "said Russia was behind the attack", "said the observers
    had exceeded their mandate": a reported clause that charges a named party (a state, a body, a person) or a
    body one judges (:data:`JUDGED`) with a wrong."""
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    # (or a state's own, named by its people's word: "the Philippine vessel", "Chinese ships")
    national = subject is not None and any(c.dep_ in ("amod", "compound", "poss") and c.ent_type_ in ("NORP", "GPE")
                                           for c in subject.children)
    if subject is None or _negated(clause) or not (subject.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
                                                   and subject.pos_ == "PROPN" or subject.lemma_.lower() in JUDGED
                                                   or national):
        return False
    if clause.lemma_.lower() in WRONGS and not any(a.lower_ in ("would", "will", "could", "may", "might")
                                                   for a in clause.children if a.dep_ == "aux"):
        return True
    if any(c.dep_ == "advmod" and c.lower_ in ("illegally", "unlawfully", "illicitly") for c in clause.children):
        return True  # "said the Philippine vessel had illegally intruded into Chinese waters"
    if clause.lemma_.lower() == "treat" and any(o.lemma_.lower() in ("contempt", "disdain", "disrespect")
                                               for p in clause.children if p.dep_ == "prep" for o in p.children):
        return True  # "said the UK government was treating Scotland with contempt"
    if clause.lemma_.lower() in MISDEEDS and any(c.dep_ == "dobj" and c.lemma_.lower() in MISDEEDS[clause.lemma_.lower()]
                                                 for c in clause.children):
        return True  # "said India had made a fundamental error", "had exceeded their mandate"
    return clause.lemma_ == "be" and any(c.dep_ == "prep" and c.lower_ == "behind" for c in clause.children)


# A verb and the objects that make it a wrong charged: "made a mistake", "exceeded its mandate".
MISDEEDS = {"make": {"error", "mistake", "blunder", "miscalculation"},
            "exceed": {"mandate", "authority", "power", "remit", "competence"},
            "break": {"law", "promise", "rule", "pledge", "agreement", "ceasefire", "truce"},
            "protect": {"corruption", "criminal", "abuser", "culprit", "killer"},
            "shield": {"corruption", "criminal", "abuser", "culprit", "killer"}}


def _judgement_words(predicate: Token) -> list[Token]:
    """The words that judge in "was a corrupt institution", "was an act of terrorism", "were illegal": the predicate,
    its modifiers and what its "of" names, not every word of a clause hung on it ("ready to … if …")."""
    words = [predicate, *(c for c in predicate.children if c.dep_ in ("amod", "compound"))]
    for of in (c for c in predicate.children if c.dep_ == "prep" and c.lower_ == "of"):
        for noun in (o for o in of.children if o.dep_ == "pobj"):
            words += [noun, *(c for c in noun.children if c.dep_ in ("amod", "compound"))]
    return words


RESPONSES_IN_KIND = {"decisively", "firmly", "forcefully", "harshly", "strongly", "appropriately", "accordingly",
                     "resolutely", "swiftly", "reciprocity", "kind", "symmetrically", "proportionately", "adequately"}


def warning_content(verb: Token) -> bool:
    """"warned that it would respond with full force": what a warning or threat says is its content; the warning is
    the threat."""
    return verb.dep_ in ("ccomp", "xcomp") and _lemma(verb.head) in ("warn", "threaten", "vow", "caution")


def _answering(verb: Token) -> bool:
    """"Moscow would respond", "would respond decisively to any attack", "respond in kind": a reply promised to an
    act, reported; not "will respond to questions"."""
    if any(o.lemma_.lower() in ("question", "query", "request", "letter", "email", "call", "inquiry") for o in
           _preps(verb, ["to"])):
        return False
    if warning_content(verb) or verb.dep_ in ("ccomp", "xcomp") and _lemma(verb.head) == "pledge":
        return False  # "warned that it would respond with full force": the warning is the threat
    words = {t.lower_ for t in verb.subtree if t.i > verb.i}
    return bool(words & RESPONSES_IN_KIND) or not any(c.dep_ in ("dobj", "prep", "advmod") for c in verb.children) \
        or any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children)


# Who gathers to protest, and before what: "protesters gathered outside the Indian High Commission".
PROTESTERS = {"protester", "protestor", "demonstrator", "supporter", "activist", "opponent", "serb", "student",
              "worker", "farmer", "resident", "crowd", "hundred", "thousand", "dozen"}
SEATS_OF_POWER = {"embassy", "parliament", "ministry", "court", "building", "headquarters", "commission", "consulate",
                  "palace", "office", "hall", "legislature", "assembly", "residence", "base", "mission", "station"}


def _protesters(verb: Token) -> bool:
    """The subject is protesters, or a number or group of people ("Several hundred Serbs", "a group of protesters")."""
    subject = _subject(verb)
    if subject is None:
        return False
    words = {subject.lemma_.lower(), subject.lower_.removesuffix("s")}
    words |= {c.lower_ for c in subject.children if c.dep_ in ("nummod", "amod")}
    words |= {o.lemma_.lower() for p in subject.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"}
    return bool(words & PROTESTERS) or _a_people(subject)


def _before_authority(verb: Token) -> bool:
    """A gathering outside, in front of or near a seat of power: a demonstration, not a meeting or a vigil."""
    places = [o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("outside", "near", "at", "in", "before")
              for o in p.children if o.dep_ == "pobj"]
    places += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "in" for f in p.children
               if f.lower_ == "front" for q in f.children if q.lower_ == "of" for o in q.children if o.dep_ == "pobj"]
    return any(o.lemma_.lower() in SEATS_OF_POWER for o in places)


# Work troops are sent to do that is aid, not a show of force.
RELIEF = {"rescue", "relief", "recovery", "humanitarian", "evacuation", "reconstruction", "firefighting", "search",
          "purification", "medical", "aid"}


def _aid_sum(noun: Token) -> bool:
    """"$45 million in aid", "an aid package", "a relief package", "a grant of INR 500 crore": a sum or package
    that is aid."""
    if noun.lemma_.lower() in GIFTS_OF_MONEY and _money(noun):
        return True
    return (_money(noun) or noun.lemma_.lower() == "package") and any(
        t.lemma_.lower() in OBJECT_CLASSES["aid"] - {"money", "dollar", "euro", "yuan", "rupee", "riyal", "$", "€", "£"}
        for t in noun.subtree if t.i != noun.i)


def _money(noun: Token) -> bool:
    """"$3 billion", "500 million euros", "funds": a sum of money."""
    words = {t.lower_ for t in noun.subtree}
    return bool(words & {"$", "€", "£", "dollars", "euros", "pounds", "yen", "yuan", "francs", "rupees", "riyals",
                         "crore", "lakh", "inr", "rs", "rs."}) or noun.ent_type_ == "MONEY"


# What carries relief, and what it carries: "a ship carrying food and medical supplies", "a plane loaded with
# tents" (arms and troops so carried are no relief).
CARRIERS = {"ship", "vessel", "boat", "plane", "aircraft", "flight", "convoy", "truck", "lorry", "train", "airlift"}
CARRIED = OBJECT_CLASSES["aid"] - {"troop", "arm", "weapon", "missile", "ammunition", "munition", "helicopter",
                                   "aircraft", "jet", "vehicle", "instructor", "trainer", "adviser", "advisor",
                                   "intelligence", "asylum"}


def _carrying_aid(noun: Token) -> bool:
    """A ship, plane or convoy sent with relief on board: "sent a ship carrying food and medical supplies to Gaza"."""
    return noun.lemma_.lower() in CARRIERS and any(
        c.dep_ in ("acl", "relcl") and c.lemma_.lower() in ("carry", "load", "bear", "transport", "pack", "deliver")
        and any(t.lemma_.lower() in CARRIED for t in c.subtree if t.i != c.i) for c in noun.children)


# Sums given as such: "a grant of $60 million", "a loan of 2 billion yuan".
GIFTS_OF_MONEY = {"grant", "loan", "credit", "donation", "tranche", "aid", "assistance", "package"}

# People a state sends out of its territory (CAMEO 174), unlike envoys (166) or prisoners handed back (0842).
SENT_AWAY = {"migrant", "refugee", "seeker", "asylum-seeker", "immigrant", "national", "deportee", "foreigner",
             "undocumented"}


def _sent_away(noun: Token) -> bool:
    """Migrants, asylum seekers, or a people named by their nation ("55 Moroccans"), not prisoners or envoys."""
    return noun.lemma_.lower() in SENT_AWAY or noun.tag_ == "NNPS" and noun.ent_type_ == "NORP" \
        and not any(c.lemma_.lower() in ("prisoner", "soldier", "serviceman", "diplomat") for c in noun.subtree)


# What a crowd does to property in a riot (PLOVER PROTEST, riot), and what harm to people makes it an assault.
RIOT_ACTS = frozenset({"stone", "loot", "torch", "burn", "ransack", "smash", "pelt", "vandalize", "vandalise"})
CROWDS = frozenset({"mob", "crowd", "throng", "gang"})
HARMS = frozenset({"kill", "injure", "wound", "hurt", "dead", "beat", "stab", "hack", "lynch", "murder", "death"})
# People, and the places they live in, whom a crowd's attack harms ("attacked Comorian residents", "attacked each
# other's neighbourhoods", "torched the houses of …").
PEOPLE_AND_HOMES = frozenset({"resident", "migrant", "journalist", "people", "family", "passenger", "trader",
                              "villager", "officer", "agent", "worker", "student", "man", "woman", "child", "ambassador",
                              "neighbourhood", "neighborhood", "village", "camp", "settlement", "home", "house", "each",
                              "other"})


def _rioting(verb: Token, lemma: str) -> bool:
    """A crowd damaging property, not harming people: "youths stoned police and set fire to cars", "mobs looted and
    burned shops", "rioters attacked the French consulate" (but "mobs attacked Armenian residents, killing 26", "a
    mob torched a church, burning 30 people to death" are assaults)."""
    fire_set = lemma == "set" and any(o.lower_ == "fire" for o in _objects(verb))
    if not (lemma in RIOT_ACTS or fire_set or lemma == "attack") or not _crowd(verb):
        return False
    subject = _subject(verb)
    if subject is not None and subject.tag_ in ("NN", "NNP") and subject.lemma_.lower() not in CROWDS and not any(
            o.lower_ in ("himself", "herself") for o in _objects(verb)):
        return False  # "a Japanese man torched a warehouse": one man's arson (but one who sets himself on fire protests)
    if lemma not in ("stone", "pelt") and not all(_a_building(o) for o in _objects(verb) if o.dep_ == "dobj"):
        return False  # "attacked Comorian residents": an assault on people (stoning police is rioting)
    # (nor ", killing dozens", ", burning at least 30 people to death")
    return not any((t.lemma_.lower() in HARMS or t.dep_ == "dobj" and t.head.i != verb.i
                    and t.lemma_.lower() in PEOPLE_AND_HOMES) and _told_with(t, verb) for t in verb.subtree)


def _a_building(noun: Token) -> bool:
    """A thing a crowd can damage, not a person, people or their homes."""
    return noun.ent_type_ not in ("PERSON", "NORP") and SECTOR_WORDS.get(noun.lower_) is None \
        and noun.lemma_.lower() not in PEOPLE_AND_HOMES


def _told_with(token: Token, verb: Token) -> bool:
    """Whether the word belongs to the act itself ("..., killing dozens"), not to a phrase on it ("after the funerals
    of five soldiers killed in an ambush")."""
    while token.i != verb.i:
        if token.dep_ in ("prep", "pobj", "relcl", "acl", "pcomp", "mark"):
            return False
        token = token.head
    return True


def _verb_reading(verb: Token, category: str, mode: str | None) -> tuple[str, str | None] | None:
    """A verb of the word table read in its sentence: who does it and to what can change its category
    ("demonstrators protesting" protest, "banned Macedonian goods" is an embargo, "rescue teams arrived" bring
    aid, "seized the town" takes ground), and some readings are no event ("Israel's Cabinet met Sunday", "spoke to
    reporters")."""
    lemma = _lemma(verb)
    if lemma == "protest" and (_crowd(verb) or _unnamed_people(_subject(verb)) or _protest_purpose(verb)):
        category, mode = "PROTEST", "demo"  # demonstrators protesting, or people acting to protest
    if lemma in ("burn", "torch") and (any(o.lemma_.lower() in SYMBOLS for o in _objects(verb)) or _in_protest(verb)):
        category, mode = "PROTEST", "vandalize"  # "burned American flags", "an effigy", "tyres in protest": a symbol
    if lemma == "mass" and (_crowd(verb) or _unnamed_people(_subject(verb))):
        category, mode = "PROTEST", "demo"  # "Some 100,000 people massed at Sanam Luang": a crowd, not troops
    if lemma in ("storm", "besiege") and _crowd(verb):
        category, mode = "PROTEST", "riot" if lemma == "storm" else "obstruct"  # students storming parliament
    if lemma in ("occupy", "blockade", "barricade") and _crowd(verb):
        category, mode = "PROTEST", "obstruct"  # "hundreds of law students occupied the law faculty": a sit-in
    if _rioting(verb, lemma):
        category, mode = "PROTEST", "riot"  # "youths stoned police and set fire to cars", "rioters looted shops"
    if lemma == "fire" and any(c.lower_ == "test" for c in verb.children):
        category, mode = "MOBILIZE", "weapons"  # "test-fired two ballistic missiles": a show of force
    if lemma in ("bar", "ban", "block") and any(
            c.dep_ == "prep" and c.lower_ == "from" and any(_lemma(g) in ("enter", "visit", "land", "entry")
                                                           for g in c.subtree) for c in verb.children):
        category, mode = "REJECT", None  # PLOVER: barring a group from entering is a rejection, not coercion
    if lemma in ("block", "obstruct", "intercept") and _forces(_subject(verb)) \
            and any(o.lemma_.lower() in SEIZED_THINGS | PASSAGES for o in _objects(verb)):
        category, mode = "COERCE", "restrict"  # "coast guard ships blocked a Philippine vessel": CAMEO 191
    if lemma in ("block", "obstruct") and any(o.lemma_.lower() in HELD_BACK for o in _objects(verb)) \
            and (_forces(_subject(verb)) or (subject := _subject(verb)) is not None and token_country(subject)):
        category, mode = "COERCE", "restrict"  # "Israel blocked aid deliveries": a state restricting movement (191)
    if lemma in ("block", "veto") and any(o.lemma_.lower() in DEALINGS for o in _objects(verb)):
        category, mode = "REJECT", None  # "blocked Nippon Steel's purchase of U.S. Steel": a deal refused (CAMEO 12)
    if lemma == "ban" and any(o.lemma_.lower() in TRADED for o in _objects(verb)):
        category, mode = "SANCTION", None  # "banned Macedonian goods": an embargo (CAMEO 163)
    if lemma in ("supply", "sell", "ship") and any(o.lemma_.lower() in GOODS or any(
            c.lemma_.lower() in GOODS for c in o.children if c.dep_ in ("amod", "compound")) for o in _objects(verb)):
        category, mode = "COOPERATE", None  # "began supplying liquefied gas to Germany": trade benefits both
    if lemma == "arrive" and _relief_workers(_subject(verb)):
        category, mode = "AID", None  # "Turkish rescue teams arrived in Morocco": help, not a visit
    elif lemma in ("arrive", "land") and _forces(_subject(verb)):
        category, mode = "MOBILIZE", "troops"  # "Russian troops had arrived in Niamey": forces sent, no one visited
    if lemma in ("seize", "capture", "overrun", "retake", "recapture", "liberate") and _territory(verb):
        category, mode = "ASSAULT", "occupy"  # territory taken by force, not property confiscated
    if lemma in ("seize", "grab", "capture") and _forces(_subject(verb)) and any(
            o.ent_type_ == "PERSON" and not token_country(o) or o.lower_ in ("president", "leader", "minister", "prime")
            for o in _objects(verb)):
        category, mode = "COERCE", "arrest"  # "special forces seized President Alpha Conde": detained (173); gunmen
        # seizing a diplomat kidnap him
    if lemma in ("train", "recruit") and any(c.lemma_.lower() == "hacker" for c in verb.children):
        mode = "cyber"
    if lemma == "meet" and not _counterpart(verb):
        return None  # "Israel's Cabinet met Sunday": a body meeting on its own consults no one
    if lemma in ("expel", "return") and any(_sent_away(o) for o in verb.children if o.dep_ in ("dobj", "nsubjpass")):
        category, mode = "COERCE", "deport"  # "returned 55 Moroccans to Morocco", "expelled two asylum seekers"
    if category == "CONSULT" and lemma in ("arrive",) and not _prep_object(verb, ("in", "at")):
        return None
    phoned = any(o.lemma_.lower() in ("phone", "telephone", "video", "videolink", "call") for o in _preps(verb, ["by", "via", "over"]))
    if lemma in ("speak", "talk") and phoned and _counterpart(verb):
        return "CONSULT", "phone"  # "Xi and Trump spoke by phone": a call between the two (041)
    if lemma in ("speak", "think") and any(c.dep_ == "advmod" and c.lower_ == "highly" for c in verb.children) \
            and _prep_object(verb, ("of",)):
        return "SUPPORT", None  # "spoke highly of the ambassador's contributions": praise (CAMEO 051)
    if lemma in ("speak", "talk") and not _prep_object(verb, ("to", "with")):
        return None  # speaking to someone is consulting; speaking alone is speech
    if lemma in ("speak", "talk") and all(o.lemma_.lower() in AUDIENCES for o in _preps(verb, ["to", "with"])):
        return None  # "spoke to reporters": telling the news is no consultation
    return category, mode


# What is burned or thrown as a sign (PLOVER PROTEST "vandalize": damage as a symbolic act).
SYMBOLS = {"flag", "effigy", "tyre", "tire", "portrait", "poster", "picture", "photo", "photograph", "banner", "image"}


def _in_protest(verb: Token) -> bool:
    """"burned tyres in protest against police brutality": the act is done as a protest."""
    return any(o.lemma_.lower() == "protest" for o in _preps(verb, ["in", "as"]))


def _territory(verb: Token) -> bool:
    """"seized the town of Mahas", "captured Goma": what is taken is a place, taken by force (CAMEO 192); not
    "seized a tanker in the Gulf", whose place is only where a thing was taken."""
    objects = _objects(verb)
    named = {o.i: [o, *(c for c in o.children if c.dep_ in ("compound", "appos"))] for o in objects}
    if any(o.dep_ == "dobj" and any(w.lemma_.lower() in SEIZED_THINGS for w in named[o.i]) for o in objects):
        return False  # "seized a tanker", "seized the American merchant ship Mayaguez"
    if any(w.lemma_.lower() in BUSINESSES or w.lower_ in BUSINESSES for words in named.values() for w in words):
        return False  # "seized control of chipmaker Nexperia": a company taken over, property (CAMEO 1711)
    return any(o.lemma_.lower() in TERRITORY or o.ent_type_ in ("GPE", "LOC") for o in objects)


# Things taken as property: "seized a tanker", "seized the assets of three banks" (CAMEO 1711, not 192).
SEIZED_THINGS = frozenset({"ship", "tanker", "vessel", "boat", "trawler", "freighter", "yacht", "ferry", "cargo",
                           "plane", "aircraft", "jet", "asset", "property", "fund", "account", "shipment",
                           "consignment", "weapon", "arm", "drug", "cash"})


# Businesses taken over, which are no territory: "seized control of the local subsidiaries of Carlsberg".
BUSINESSES = frozenset(SECTORS["BUS"]) | {"subsidiary", "subsidiaries", "stake", "operation", "operations", "assets"}
# What armed forces stop on its way, besides ships and cargo: "blocked a resupply mission", "a convoy".
PASSAGES = frozenset({"mission", "convoy", "flotilla", "route", "passage", "lane", "strait", "port", "harbour", "harbor"})
FORCES = frozenset({"ship", "vessel", "warship", "boat", "navy", "guard", "coastguard", "troop", "soldier", "army",
                    "force", "military", "police", "policeman", "militia", "destroyer", "frigate", "cutter"})


# What a state's blockade holds back from those in need: "blocked aid deliveries", "obstructed the convoy".
HELD_BACK = frozenset({"aid", "delivery", "convoy", "shipment", "supply", "food", "fuel", "medicine", "access", "truck",
                       "assistance", "relief", "evacuation"})


def _forces(subject: Token | None) -> bool:
    """"Chinese coast guard ships", "Israeli troops", "the navy": a state's armed force or its craft."""
    return subject is not None and subject.lemma_.lower() in FORCES


def _relief_workers(subject: Token | None) -> bool:
    """"rescue teams", "medical teams", "aid workers": people who come to help."""
    return subject is not None and subject.lemma_.lower() in ("team", "worker", "crew", "convoy", "mission", "unit", "ship",
                                                              "plane", "flight", "aircraft", "vessel", "truck", "lorry") \
        and any(c.lemma_.lower() in RELIEF_WORKS for c in subject.children if c.dep_ in ("amod", "compound"))


# Phrasal verbs that refuse what was asked or offered (CAMEO 12): "turned down", "brushed aside", "shrugged off".
PHRASAL_REFUSALS = {("turn", frozenset({"down"})), ("brush", frozenset({"aside"})), ("brush", frozenset({"off"})),
                    ("shrug", frozenset({"off"})), ("wave", frozenset({"aside"})), ("wave", frozenset({"off"}))}
# What is asked or offered, and so refused that way.
OFFERED = ASKED | {"bid", "application", "compensation", "aid", "plan", "suggestion", "proposition", "terms",
                   "overture", "mediation"}


# Verbs that tell someone to act (CAMEO 10, 02): "told Kabul to release", "encouraged Beijing to review", "wants
# Manila to devalue", with the mode they ask in.
DIRECTIVES = {"tell": None, "instruct": None, "want": None, "encourage": "appeal", "exhort": "appeal",
              "implore": "appeal", "beg": "appeal", "advise": "appeal"}


def _told_to(verb: Token) -> Token | None:
    """The act a directive asks for: an infinitive after whom it is told to ("told the Tamil Tigers to renounce
    violence"), or for "want", the clause it wants done ("wants Manila to devalue the peso"); never the press or an
    audience told ("told reporters to expect a statement")."""
    def infinitive(token: Token) -> bool:
        return token.pos_ in ("VERB", "AUX") and _infinitive(token)
    if _lemma(verb) == "want":
        return next((c for c in verb.children if c.dep_ == "ccomp" and infinitive(c)
                     and any(s.dep_ == "nsubj" and s.pos_ in ("PROPN", "NOUN") for s in c.children)), None)
    whom = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if whom is None or whom.lemma_.lower() in AUDIENCES:
        return None
    return next((c for c in verb.children if c.dep_ in ("xcomp", "advcl") and c.i > whom.i and infinitive(c)), None)
