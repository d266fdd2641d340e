"""Reactions to an act the story told before: "An Iranian court sentenced a French citizen. France condemned the
sentence." The act named again ("the sentence", "the arrest", "this move") is the earlier act, so the reaction is
aimed at whoever did it (IRN), not at the reacting state itself, which is where a sentence alone would leave it.
So is a reaction right after an act done to the reacting state, whatever it names: "The ICC issued an arrest
warrant for Myanmar's army chief. Myanmar's junta rejected the warrant", "An Iranian court sentenced a French
academic. France demanded her immediate release."
"""

from __future__ import annotations

from spacy.tokens import Token

from saywho.events.found import Found
from saywho.events.grammar import _country
from saywho.events.words import NOMINALS
from saywho.model import Actor, Attribution

# Categories that answer an act: condemning, rejecting, protesting or welcoming it, or demanding its reversal.
REACTIONS = frozenset({"ACCUSE", "REJECT", "PROTEST", "SUPPORT", "REQUEST"})
# A threat right after an act done to the state answers it too: "Indian missiles struck nine sites in Pakistan.
# Pakistan's military vowed to retaliate."
ANSWERS = REACTIONS | {"THREATEN"}
# Nouns that name an act already told, besides the event nouns ("the arrest", "the attack").
ACT_NOUNS = frozenset(NOMINALS) | {
    "sentence", "verdict", "ruling", "decision", "move", "conviction", "test", "launch", "execution", "raid",
    "strike", "seizure", "detention", "step", "measure", "action", "act", "killing", "closure", "imprisonment"}
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
AIMED = frozenset({"against", "over", "at", "to", "of"})


# What a state dismisses that another said: "The IAEA said Iran had expanded its stockpile. Iran dismissed the report."
SAID_NOUNS = frozenset({"report", "reports", "statement", "claim", "claims", "accusation", "allegation", "charge",
                        "assessment", "findings", "criticism", "remarks", "comments", "warning", "assertion"})


def answered(found: list[Found], text: str, attributions: list[Attribution]) -> list[Found]:
    """Give a reaction with no other state as target the doer of the latest act told in an earlier sentence,
    when what it reacts to is that act named again (a definite act noun with no owner of its own), or when that
    act, in the sentence just before in the paragraph, was done to the reacting state."""
    ordered = sorted(found, key=lambda f: f.verb.i)
    for item in ordered:
        own = item.source.country if item.source is not None else None
        if item.category not in ANSWERS or own is None or _country(item.target) not in (None, own):
            continue
        earlier = [f for f in ordered if f.verb.sent.start < item.verb.sent.start and f.category not in REACTIONS
                   and _country(f.source) not in (None, own)]
        sentence = item.verb.sent
        to_it = [f for f in earlier if not (item.explicit or item.partner) and f.verb.sent.end == sentence.start
                 and _country(f.target) == own
                 and "\n\n" not in text[f.verb.sent.end_char: sentence.start_char]]
        if item.category not in REACTIONS and not to_it:
            continue
        if to_it or earlier and _names_an_earlier_act(item.verb):
            item.target = (to_it or earlier)[-1].source
        elif (sayer := _sayer_answered(item.verb, own, attributions)) is not None:
            item.target = sayer
    return found


def _sayer_answered(verb: Token, own: str, attributions: list[Attribution]) -> Actor | None:
    """Who said, in the sentence before, what the verb's definite object ("the report", "the claims") names."""
    sentence = verb.sent
    if sentence.start == 0 or not any(
            c.dep_ == "dobj" and c.lower_ in SAID_NOUNS and any(d.dep_ == "det" and d.lower_ in DEFINITE for d in c.children)
            and not any(d.dep_ in ("poss", "amod", "compound") for d in c.children) for c in verb.children):
        return None
    previous = verb.doc[sentence.start - 1].sent.start_char
    before = [a.speaker for a in attributions if a.speaker is not None and a.cue is not None
              and previous <= a.cue.start and a.cue.end <= sentence.start_char and a.speaker.country not in (None, own)]
    return before[-1] if before else None


def _names_an_earlier_act(verb: Token) -> bool:
    objects = [c for c in verb.children if c.dep_ == "dobj"] + [
        o for p in verb.children if p.dep_ == "prep" and p.lower_ in AIMED for o in p.children if o.dep_ == "pobj"]
    # "the sentence", not "Iran's sentence" or "the Iranian sentence", which name whose it is
    return any(o.lemma_.lower() in ACT_NOUNS and any(d.lower_ in DEFINITE for d in o.children if d.dep_ == "det")
               and not any(c.dep_ == "poss" or c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE")
                           for c in o.children)
               for o in objects)
