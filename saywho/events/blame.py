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
                          "raid", "shooting", "murder", "bomb", "attacks", "killings", "violence", "kidnapping", "crime",
                          "atrocity", "terrorism", "genocide"})
# What someone is accused of when an attack is laid at their door ("accusing a local gang of carrying out the
# massacre", "accusing the army of targeting villagers").
ATTACK_VERBS = frozenset({"attack", "kill", "murder", "massacre", "target", "abduct", "kidnap", "bomb", "shoot",
                          "carry", "commit", "hold", "plant", "stage"})
BLAMING = frozenset({"blame", "attribute"})


def _attack(noun: Token) -> bool:
    return noun.lemma_.lower() in ATTACK_NOUNS or noun.lower_ in ATTACK_NOUNS


def _blamed(verb: Token) -> Token | None:
    """Whom a sentence blames for an attack: "blamed X for the blast", "blamed the attack on X", "an attack blamed
    on X", and beside an attack the sentence tells, "and police blamed X" or "accusing X of carrying out the
    massacre" (the word, or None)."""
    lemma = _lemma(verb)
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    preps = {c.lower_: [g for g in c.children if g.dep_ in ("pobj", "pcomp")] for c in verb.children
             if c.dep_ == "prep"}
    if lemma == "accuse":
        charged = preps.get("of", []) + [g for o in objects[:1] for c in o.children if c.dep_ == "prep"
                                         and c.lower_ == "of" for g in c.children if g.dep_ in ("pobj", "pcomp")]
        deeds = [t for g in charged for t in g.subtree if t.pos_ == "VERB" and _lemma(t) in ATTACK_VERBS or _attack(t)]
        return objects[0] if objects and deeds and objects[0].pos_ != "PRON" else None
    if lemma not in BLAMING:
        return None
    if verb.dep_ == "acl" and _attack(verb.head) and preps.get("on"):
        return preps["on"][0]
    fors = preps.get("for", []) + [g for o in objects[:1] for c in o.children if c.dep_ == "prep" and c.lower_ == "for"
                                   for g in c.children if g.dep_ == "pobj"]  # (the parse may hang it on whom)
    if objects and (any(_attack(t) for g in fors for t in g.subtree) or not fors and not _attack(objects[0])
                    and not preps.get("on") and not preps.get("to")):
        return objects[0]  # "blamed X for the blast", "blamed X for commissioning the attack", "and police blamed X"
    onto = preps.get("on") or preps.get("to")
    return onto[0] if objects and _attack(objects[0]) and onto else None


def _charges(verb: Token) -> set[int]:
    """The words of what the blaming verb lays at someone's door ("of killing villagers", "for the blast"); all an
    accusation says ("accused Libya of dropping napalm on villages, killing 30 civilians")."""
    if _lemma(verb) == "accuse":
        return {t.i for t in verb.subtree}
    heads = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "nsubjpass"))]
    return {t.i for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in ("of", "for") for t in c.subtree}


# Words under which an attack is only alleged ("denied Iraq's accusation that its forces shelled a resort").
ALLEGING = frozenset({"accusation", "allegation", "claim", "charge", "deny", "accuse", "allege", "suspect", "rumour",
                      "rumor", "investigate"})


def _alleged(verb: Token) -> bool:
    return any(_lemma(a) in ALLEGING or a.lemma_.lower() in ALLEGING for a in verb.ancestors)


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
    attacks = {f.verb.i for f in found if f.category == "ASSAULT"}
    out = []
    for item in found:
        if item.verb.tag_ == "VBG" and item.verb.head.i in attacks:
            out.append(item)  # "shelled villages, killing 12 civilians": the shelling's detail, no second attack
            continue
        hit = blamed.get(item.verb.sent.start)
        if hit is not None and item.category == "ASSAULT" and item.verb.i != hit[1].i \
                and item.verb.i not in _charges(hit[1]) and not _alleged(item.verb):
            if item.source is None or item.source.id.startswith("unknown-"):
                actor = reader._actor(hit[0], hit[1])
                if actor is not None and (actor.country or item.source is not None):
                    if not actor.country:
                        actor = replace(actor, country=item.source.country)  # type: ignore[union-attr]
                    item = replace(item, source=actor)
            item = replace(item, fixed=True)
        out.append(item)
    return out
