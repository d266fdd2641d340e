"""Attacks a sentence blames on someone: "A bomb exploded on a train near Dimapur, and police blamed Naga militants for
the blast". The rules read the attack as the work of unknown attackers, placed where it struck, and the accusation
as a second event; a PLOVER coder gives the attack to the group blamed for it, and so does this pass.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from saywho.events.found import Found
from saywho.events.grammar import _lemma
from saywho.events.reader import Reader

# What an attack is called when someone is blamed for it ("police blamed Naga militants for the blast").
ATTACK_NOUNS = frozenset({"attack", "blast", "bombing", "explosion", "killing", "ambush", "massacre", "assassination",
                          "raid", "shooting", "murder", "bomb", "attacks", "killings", "violence", "kidnapping"})
BLAMING = frozenset({"blame", "attribute"})


def _blamed(verb: Token) -> Token | None:
    """Whom a sentence blames for an attack: "blamed X for the blast", "blamed the attack on X", "an attack blamed
    on X" (the word, or None)."""
    def attack(noun: Token) -> bool:
        return noun.lemma_.lower() in ATTACK_NOUNS or noun.lower_ in ATTACK_NOUNS
    if _lemma(verb) not in BLAMING:
        return None
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    preps = {c.lower_: [g for g in c.children if g.dep_ == "pobj"] for c in verb.children if c.dep_ == "prep"}
    if verb.dep_ == "acl" and attack(verb.head) and preps.get("on"):
        return preps["on"][0]
    fors = preps.get("for", []) + [g for o in objects[:1] for c in o.children if c.dep_ == "prep" and c.lower_ == "for"
                                   for g in c.children if g.dep_ == "pobj"]  # (the parse may hang it on whom)
    if objects and any(attack(g) for g in fors):
        return objects[0]
    onto = preps.get("on") or preps.get("to")
    return onto[0] if objects and attack(objects[0]) and onto else None


def blamed_attacks(reader: Reader, found: list[Found]) -> list[Found]:
    """"A bomb exploded on a train near Dimapur, and police blamed Naga militants for the blast": the attack no
    one was named for is the blamed group's (placed where it struck), as a PLOVER coder reads it; the check may
    not drop it for the accusation beside it."""
    blamed = {}
    for token in reader.doc:
        if (word := _blamed(token)) is not None:
            blamed.setdefault(token.sent.start, (word, token))
    if not blamed:
        return found
    out = []
    for item in found:
        hit = blamed.get(item.verb.sent.start)
        if hit is not None and item.category == "ASSAULT" and item.verb.i != hit[1].i and (
                item.source is None or item.source.id.startswith("unknown-")):
            actor = reader._actor(hit[0], hit[1])
            if actor is not None and (actor.country or item.source is not None):
                if not actor.country:
                    actor = replace(actor, country=item.source.country)  # type: ignore[union-attr]
                item = replace(item, source=actor, fixed=True)
        out.append(item)
    return out
