"""Whom "the decision", "the claim" means: the target of an act aimed at an earlier act or statement.

"Panama closed three migrant routes. Colombia criticised the decision.": the criticism is aimed at Panama,
though its sentence names no one but Colombia. "Warsaw accused Minsk of staging the crossings. The Belarusian
foreign ministry denied the claims.": the denial answers Warsaw. Without this the coder fell back on the
source's own state (COL -> COL), the testers' largest class of wrong targets. Only a definite noun for an act
or a claim, with no owner of its own in the sentence, looks back, and only to the sentence before: to its acts, else
to those who announced or told of one ("Scholz announced tighter border controls. Tusk criticised the decision").
"""

from __future__ import annotations

from spacy.tokens import Token

from saywho.events.grammar import CHARGES, DENIALS
from saywho.events.words import ASKED
from saywho.model import Actor, Attribution

# Acts another party did, named again by a definite noun ("the decision", "this move").
ACTS = frozenset({"decision", "move", "step", "vote", "election", "raid", "deal", "measure", "plan", "proposal",
                  "attack", "strike", "arrest", "ban", "action", "policy", "law", "ruling", "verdict", "sanction",
                  "operation", "deployment", "test", "launch", "seizure", "detention", "expulsion", "incursion",
                  "announcement", "threat", "crackdown", "offensive", "blockade", "order", "closure", "annexation",
                  "idea", "suggestion", "offer", "demand", "request", "ultimatum", "tariff", "levy", "duty",
                  "restriction", "embargo", "veto", "execution", "killing", "invasion", "bombing", "shelling",
                  "takeover", "deportation", "suspension", "withdrawal", "intervention", "occupation", "coup",
                  "sentence", "conviction", "assault", "airstrike", "sale", "visit", "pledge", "promise", "vow",
                  "commitment", "bid", "campaign", "initiative", "reform", "scheme"})
# What someone said, named again: a denial or a rebuttal answers whoever said it.
CLAIMS = CHARGES | frozenset({"account", "report", "remark", "comment", "statement", "assertion", "version",
                             "involvement", "wrongdoing", "responsibility"})
DEFINITE = frozenset({"the", "this", "that", "these", "those", "such", "any"})
# What courts decide as often as governments: looked back to only when the sentence before announced it.
RULINGS = frozenset({"decision", "ruling", "verdict", "sentence", "judgment", "judgement"})
ANNOUNCING = frozenset({"announce", "decide", "unveil", "declare", "order", "introduce", "approve", "sign"})
# What the sentence before's subject did, when no act of it was coded ("the step", "the measure"): not a ruling.
UNRULED_ACTS = ACTS - RULINGS
OWN_MARKS = ("poss", "compound", "amod", "nmod")
NAMED = ("PERSON", "ORG", "GPE", "NORP")


def looked_back(verb: Token, inner: Token) -> Token | None:
    """The object that names an earlier act or claim: definite, and with no owner of its own in the sentence
    ("the decision of Panama", "Panama's decision", "the Russian vote" say whose it is already)."""
    objects = [c for c in verb.children if c.dep_ == "dobj"] or [c for c in inner.children if c.dep_ == "dobj"]
    for noun in objects:  # "pressured workers to cancel the strike" is aimed at the workers
        lemma = noun.lemma_.lower()
        if lemma not in ACTS | CLAIMS:
            continue
        if not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in noun.children) \
                and lemma not in ("involvement", "wrongdoing", "responsibility"):
            continue
        if any(c.dep_ in OWN_MARKS and (c.ent_type_ in NAMED or c.lower_ in ("his", "her", "its", "their", "our"))
               for c in noun.children) or any(c.dep_ == "prep" and c.lower_ in ("of", "by") for c in noun.children):
            continue
        return noun
    return None


def antecedent(noun: Token, source: Actor, earlier: list[tuple[int, Actor]],
               attributions: list[Attribution]) -> Actor | None:
    """The party the looked-back noun stands for: the latest other state's source of an act (for an act), or
    speaker (for a claim), in the sentence before (further back, another story may have begun); with none, the
    latest other party of the source's own state ("Punjab police arrested 40 PTI workers. PTI leader Hammad Akram
    condemned the arrests": the police)."""
    sentence = noun.sent
    if sentence.start == 0:
        return None
    begin, end = noun.doc[sentence.start - 1].sent.start_char, sentence.start_char
    before: list[tuple[int, Actor]] = [(at, actor) for at, actor in earlier if begin <= at < end]
    said = [a for a in attributions if a.source is not None and a.speaker is not None and begin <= a.source.start < end]
    # whoever made the claim, not the paper it was read in ("Rabuka has accused Bainimarama of abusing his
    # office, according to a report in the Fiji Times. Bainimarama denied the allegation."), unless only it
    made = [a for a in said if a.cue is None or not a.cue.text.lower().startswith("according")]
    lemma = noun.lemma_.lower()
    if lemma in CLAIMS:
        before += [(a.source.start, a.speaker) for a in made or said]  # type: ignore[misc]
    options = _others(before, source)
    if not options and lemma in ACTS:
        # an act another state's speaker only announced or told of in the sentence before: "Scholz announced
        # tighter border controls. Tusk criticised the decision", "North Korea tested a missile. Kim said … The
        # White House condemned the launch"; a decision or a ruling only when announced ("Beshear said he would
        # appeal the ruling. Cameron welcomed the decision": the court's); never one's own side's ("The Indian
        # government announced new visa rules. Minister Pradhan defended the decision": aimed at no one)
        options = _foreign([(a.source.start, a.speaker) for a in made or said  # type: ignore[misc]
                            if lemma not in RULINGS or a.cue is not None and _cue_lemma(noun, a) in ANNOUNCING], source)
    return max(options, key=lambda option: option[0])[1] if options else None


def _foreign(before: list[tuple[int, Actor | None]], source: Actor) -> list[tuple[int, Actor]]:
    """Another state's parties."""
    return [(at, a) for at, a in before if a is not None and a.country and a.country != source.country]


def _others(before: list[tuple[int, Actor | None]], source: Actor) -> list[tuple[int, Actor]]:
    """Another state's parties, else other parties of the source's own state (not its own government)."""
    domestic = [(at, a) for at, a in before if a is not None and a.country == source.country and a.id != source.id
                and (a.sector != source.sector or a.type == "person")]
    return _foreign(before, source) or domestic


def _cue_lemma(noun: Token, attribution: Attribution) -> str:
    """The lemma of an attribution's cue word, read off the parse."""
    cue = attribution.cue
    span = noun.doc.char_span(cue.start, cue.end, alignment_mode="expand") if cue is not None else None
    return span[0].lemma_.lower() if span is not None and len(span) else ""


# Denials, and the words that dismiss what they deny ("…, calling the charge by Jakarta unfounded").
DENYING = DENIALS | {"rebut"}
DISMISSING = frozenset({"call", "describe", "dismiss", "brand", "term", "label", "reject", "deride"})
# What a dismissal calls the claim: "propaganda spread by the TPLF", "a fabrication of the American press".
SLURS = frozenset({"propaganda", "fabrication", "invention", "lie", "slander", "fiction", "smear", "fantasy"})


def claimant(verb: Token) -> Token | None:
    """Who made the claim a denial answers, when the sentence says so: "denied charges by Laos", "denied Amnesty
    International's allegations", "denied French charges", "denied …, calling the U.S. charges fabrications",
    "…, dismissing the reports as propaganda spread by the TPLF" (the word that names them, or None)."""
    if verb.lemma_.lower() not in DENYING:
        return None
    nouns = [c for c in verb.children if c.dep_ == "dobj"]
    if any(n.lemma_.lower() in CLAIMS for n in nouns):  # "denied charges by Laos": the parse hangs "by" on the verb
        by = next((g for c in verb.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children
                   if g.dep_ == "pobj"), None)
        if by is not None:
            return by
    # the participle that dismisses what was denied, hung on the denial or on the clause denied
    clauses = [*verb.children, *(g for c in verb.children if c.dep_ == "ccomp" for g in c.children)]
    for clause in clauses:
        if clause.dep_ in ("advcl", "conj") and clause.lemma_.lower() in DISMISSING:
            nouns += [c for c in clause.children if c.dep_ in ("dobj", "oprd")]
            nouns += [g for c in clause.children if c.dep_ == "prep" and c.lower_ == "as"
                      for g in c.children if g.dep_ == "pobj"]
    for noun in nouns:
        lemma = noun.lemma_.lower()
        if lemma in CLAIMS:
            owner = _owner(noun)
        elif lemma in SLURS:  # "a fabrication of the American press", "propaganda spread by the TPLF"
            owner = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                          if g.dep_ == "pobj" and g.ent_type_ in NAMED + ("",) and g.lemma_.lower() not in CLAIMS),
                         None) or _agent(noun)
        elif noun.ent_type_ in ("NORP", "GPE") and noun.i + 1 < len(noun.doc) \
                and noun.doc[noun.i + 1].lemma_.lower() in CLAIMS:
            owner = noun  # "calling the Togolese charges a fabrication": the parse splits adjective and noun
        else:
            continue
        if owner is not None:
            return owner
    return None


def _owner(noun: Token) -> Token | None:
    """Whose claim a noun names: "Luanda's reports", "French charges", "the U.S. charges", "charges by Laos"."""
    for child in noun.children:
        if child.dep_ == "poss" and child.ent_type_ in NAMED:
            return child
        if child.dep_ in ("amod", "compound") and child.ent_type_ in ("NORP", "GPE", "ORG"):
            return child
        if child.dep_ == "prep" and child.lower_ in ("by", "from"):
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    return _agent(noun)


def _agent(noun: Token) -> Token | None:
    """"reports spread by the TPLF", "claims made by Kyiv": the one who made them."""
    return next((g for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" for a in c.children
                 if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"), None)


# What a refusal defies ("refused to withdraw despite Iranian demands", "…, brushing aside calls from Momis").
DEFYING = frozenset({"defy", "ignore", "rebuff", "brush", "spurn", "snub", "turn", "flout"})
ASKS = ASKED | {"protest", "objection", "resolution", "order", "urging"}


def defied(verb: Token) -> Token | None:
    """Whom a refusal defies, when the sentence names them: "refused … despite Iranian demands", "…, brushing aside
    calls from Bougainville President John Momis", "…, defying the Security Council" (the word, or None)."""
    heads = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]
    nouns = [g for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "despite"
             for g in c.children if g.dep_ == "pobj"]
    for head in heads:
        for clause in head.children:
            if clause.dep_ in ("advcl", "conj") and clause.tag_ == "VBG" and clause.lemma_.lower() in DEFYING:
                nouns += [c for c in clause.children if c.dep_ == "dobj"]
    for noun in nouns:
        if noun.lemma_.lower() in ASKS:
            owner = _owner(noun)
            if owner is not None:
                return owner
        elif noun.ent_type_ in NAMED:
            return noun  # "defying the Security Council", "ignoring Washington"
    return None
