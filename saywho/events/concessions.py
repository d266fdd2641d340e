"""Acts done in yielding: "Bowing to mounting pressure, Kaunda agreed to legalise opposition parties", "Hatoyama
bowed to U.S. pressure and abandoned his pledge", "the government relented, agreeing to exempt residents".

CAMEO's 08 (PLOVER's CONCEDE) is the yielding itself: what the yielder agrees to, lifts, drops or hands back is the
concession, not an agreement, a retreat or a rejection of its own. The words that say so sit beside the act (a
participle or a second verb), so the act's own reading is set right here, after the rules have read both words.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from saywho.events.found import Found
from saywho.events.mood import _future, _hypothetical, _negated

# Verbs of yielding and what they need beside them: "bowed to pressure" (to whom or what), "relented", "caved in".
YIELDING_TO = frozenset({"bow", "accede", "yield"})
YIELDING = frozenset({"relent", "capitulate", "acquiesce"})
YIELDING_PARTICLES = {"cave": {"in"}, "climb": {"down"}, "back": {"down"}, "give": {"in"}}
# The links between the yielding word and the act: a participle clause or a second verb of the same subject.
LINKS = ("advcl", "conj")


def yielding_word(token: Token) -> bool:
    """Whether a verb is one of yielding: "bowed to pressure", "yielded", "relented", "caved in", "climbed down"
    (not "succumbed to his wounds": one succumbs to pressure or demands only)."""
    if token.pos_ != "VERB":
        return False
    lemma = token.lemma_.lower()
    to = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
    particles = {c.lower_ for c in token.children if c.dep_ in ("prt", "advmod")}
    if lemma == "succumb":
        return any(g.lemma_.lower() in PRESSURES for g in to)
    if lemma in YIELDING_TO:
        return bool(to) or lemma == "yield" and not any(c.dep_ == "dobj" for c in token.children)
    if lemma in YIELDING:
        return True
    return bool(particles & YIELDING_PARTICLES.get(lemma, set()))


# What one succumbs to when one yields.
PRESSURES = frozenset({"pressure", "demand", "protest", "criticism", "call", "anger", "outcry", "opposition", "strike",
                       "ultimatum", "threat", "request", "campaign", "demonstration", "unrest", "sanction"})


def yielding(token: Token) -> bool:
    """Whether a verb says its subject yielded, as a fact beside another act (not "refused to bow", "would never
    give in", "if it caves in")."""
    return token.dep_ in ("ROOT", *LINKS) and yielding_word(token) and not (
        _negated(token) or _future(token) or _hypothetical(token))


# Leaving office, which is yielding when pressure drove it: "resigned under pressure from the army", "stepped down
# amid mounting criticism", "resigned after a week of strikes" (CAMEO 0831, accede to demands for a change of leader).
LEAVING = frozenset({"resign", "quit", "step", "abdicate"})
PRESSED_BY = frozenset({"under", "amid", "after", "following"})
PRESSING = PRESSURES | {"backlash", "riot", "setback", "demonstrator", "protester"}


def pressed_out(item: Found) -> bool:
    """Whether an act is a resignation the words say pressure drove ("resigned on Friday under pressure from
    Washington", "stepped down amid mounting criticism of abuses", "resigned after a week of strikes")."""
    verb = item.verb
    if item.category != "RETREAT" or item.mode is not None or verb.lemma_.lower() not in LEAVING:
        return False
    return any(c.dep_ == "prep" and c.lower_ in PRESSED_BY and any(t.lemma_.lower() in PRESSING for t in c.subtree)
               for c in verb.children)


def _linked(a: Token, b: Token) -> bool:
    """Two verbs of one act: one is the other's participle clause or second verb ("bowing to …, eased the fees")."""
    return a.dep_ in LINKS and a.head.i == b.i or b.dep_ in LINKS and b.head.i == a.i


def yielded(found: list[Found]) -> list[Found]:
    """The act beside a yielding verb is a concession (CAMEO 08): its event becomes CONCEDE, fixed against the check,
    and the yielding verb's own event, if the rules read one, gives way to it (one act, one event). A yielding verb
    beside no coded act stays the concession itself. A resignation pressure drove is one too (:func:`pressed_out`)."""
    out: list[Found | None] = [replace(f, category="CONCEDE", fixed=True) if pressed_out(f) else f for f in found]
    for n in range(len(out)):
        item = out[n]
        if item is None:
            continue  # a yielding word's own reading, given way to an act read before it
        words = [item.verb, *item.tokens]
        own = {t.i for t in words}
        token = next((t for t in item.verb.sent if t.i not in own and yielding(t)
                      and any(_linked(t, w) for w in words)), None)
        if token is None:
            continue
        for m, other in enumerate(out):
            if other is not None and m != n and other.verb.i == token.i:
                out[m] = None  # the yielding word's own reading gives way: one act, one event
        out[n] = replace(item, category="CONCEDE", mode=None, fixed=True, tokens=[*item.tokens, token])
    return [f for f in out if f is not None]
