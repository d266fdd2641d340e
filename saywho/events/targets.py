"""Whom an event is aimed at, chosen by a learned ranker among the actors its sentence names.

The rules read the target off the parse (object, prepositional object, the speaker's addressee ...). On the
project's PLOVER-style records a tenth of the events with the right category still had the wrong target
(the threatened state inside an "if" clause, the delegation invited, the one a demand is addressed to
through a preposition the rules do not know). Adding rules for those has not held on unseen sentences
(issue 9), so this ranker learns, from the labelled sentences, which of the sentence's coded actors — or
none — is the target, from the dependency path between the trigger and each actor, the category, whether
the rules chose it and whether it is the source itself. It is trained by ``saywho train roles``; inference
is a sparse dot product per candidate, numpy only.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from spacy.tokens import Token

from saywho import ranking
from saywho.actors.dictionary import actor_of_state
from saywho.actors.phrases import MADE_BY
from saywho.events.grammar import _subject, _whither
from saywho.model import Actor
from saywho.ranking import Ranker, from_environment

HASH_BITS = 18
MODEL_DIR = Path(__file__).parents[1] / "models" / "events-targets"
NOUNS = ("PROPN", "NOUN", "PRON")
MAX_PATH = 5  # longer dependency paths are one feature: "far"
NAMED = ("GPE", "NORP", "ORG", "PERSON", "LOC", "FAC")
STATES_ONLY = ("IGO", "NGO", "MNC")  # codes that are not a state: no "home" government to aim at


def code_of(actor: Actor | None) -> str | None:
    """The actor's code as PLOVER's records give it: its country (or IGO/NGO), three letters."""
    return actor.country.strip().upper()[:3] if actor is not None and actor.country else None


def path(a: Token, b: Token) -> tuple[str, int]:
    """The dependency path from ``a`` up to the lowest common head and down to ``b`` (a preposition's object
    carries the preposition: "pobj:against"), and its length."""
    up = [a, *a.ancestors]
    down = [b, *b.ancestors]
    where = {t.i: n for n, t in enumerate(down)}
    for n, token in enumerate(up):
        if token.i in where:
            rising = [t.dep_ for t in up[:n]]
            falling = [t.dep_ + (f":{t.head.lower_}" if t.dep_ == "pobj" else "") for t in reversed(down[: where[token.i]])]
            length = len(rising) + len(falling)
            if length > MAX_PATH:
                return "far", length
            return "^".join(rising) + "|" + "v".join(falling), length
    return "none", 99


@dataclass
class Choice:
    """One possible target of one event: an actor the sentence names (``token``), the rules' own target when
    no word of the sentence gives its code, or no target at all (``actor`` None)."""

    actor: Actor | None
    token: Token | None
    rule: bool


def choices(reader: Any, verb: Token, rule_target: Actor | None, source: Actor | None = None) -> list[Choice]:
    """Every coded actor the sentence names, one per code (the one nearest the trigger in the parse), the
    source's own state (its government: "Cameroon's civil servants went on strike"), the rules' target, and
    no coded target; exactly one choice is the rules'."""
    best: dict[str, tuple[int, Choice]] = {}
    rule_code = code_of(rule_target)
    home = code_of(source)
    if home is not None and home not in STATES_ONLY:  # the source's own state: domestic protests and demands
        best[home] = (-1, Choice(rule_target if rule_code == home else actor_of_state(home, "GOV"), None,
                                 rule_code == home))
    subject = _subject(verb)
    # "South Africa, Malawi and Tanzania contributed troops": who did it with the source is no target, unless
    # the rules made it the counterpart ("Jordan and Britain agreed")
    with_source = {c.i for c in subject.conjuncts} if subject is not None else set()
    for code, (length, token, actor) in nearest_per_code(reader, verb, _names, own_clause=True).items():
        if code != home and (token.i not in with_source or code == rule_code):
            best[code] = (length, Choice(rule_target if code == rule_code else actor, token, code == rule_code))
    found = [choice for _, choice in best.values()]
    if rule_code is not None and rule_code not in best:
        found.append(Choice(rule_target, None, True))
    # no coded target: the rules' uncoded one ("the villagers") when they gave one, else none
    found.append(Choice(rule_target if rule_code is None else None, None, rule_code is None))
    return found


def nearest_per_code(reader: Any, verb: Token, wanted: Callable[[Token], bool], own_clause: bool = False
                     ) -> dict[str, tuple[int, Token, Actor]]:
    """The coded actors the trigger's sentence names (nouns and pronouns ``wanted`` accepts), one per code: the
    mention nearest the trigger in the parse, with its path length; in the order first named. A target
    (``own_clause``) is sought in the trigger's own clause only; a source anywhere ("…, killing 40 people")."""
    best: dict[str, tuple[int, Token, Actor]] = {}
    elsewhere = _other_clauses(verb) if own_clause else set()
    if own_clause:
        elsewhere |= _whither(verb)  # "expelled two priests to Rome": whither is no target
    for token in verb.sent:
        if token.pos_ not in NOUNS or token.dep_ == "compound" or token.i == verb.i or not wanted(token) \
                or token.i in elsewhere or token.dep_ == "npadvmod" and token.head.lower_ in MADE_BY:
            continue  # (nor who made a thing: "a Russian-made helicopter")
        actor = reader._actor(token, verb)
        code = code_of(actor)
        if code is None:
            continue
        length = path(verb, token)[1]
        if code not in best or length < best[code][0]:
            best[code] = (length, token, actor)
    return best


OTHER_CLAUSES = ("advcl", "relcl", "parataxis")


def _other_clauses(verb: Token) -> set[int]:
    """Words of the clauses beside the trigger's own: what it is joined to by "and", "two days after", a relative
    clause ("Poland expelled a Belarusian diplomat, two days after Indian police arrested 200 farmers": the
    farmers' arrest is no one's act against Belarus)."""
    top = verb
    while top.dep_ in ("xcomp", "aux", "auxpass") and top.head.i != top.i:
        top = top.head  # "agreed to withdraw": the frame's clause is the trigger's own
    own = set()
    for child in top.children:
        if _another_clause(child):
            own |= {t.i for t in child.subtree}
    if _another_clause(top):
        inside = {t.i for t in top.subtree}
        own |= {t.i for t in top.sent if t.i not in inside}  # a side clause's own words only
    for clause in top.sent:
        if clause.dep_ == "relcl" and clause.head.i > top.i and verb not in clause.subtree:
            # "urged Congress to pass a package that includes aid for Ukraine and Israel": what a noun after the
            # act is said to hold or do is no one the act is aimed at
            own |= {t.i for t in clause.subtree}
    return own


def _another_clause(token: Token) -> bool:
    """A clause of its own subject beside its head's ("…, two days after Indian police arrested …", "… and Iran
    criticised Britain"); a purpose or manner clause with none ("marched … to protest against cuts ordered by the
    IMF") is the act's own."""
    if token.dep_ not in OTHER_CLAUSES and not (token.dep_ == "conj" and token.pos_ in ("VERB", "AUX")):
        return False
    return token.dep_ == "relcl" or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in token.children)


def _names(token: Token) -> bool:
    """Whether a word names an actor itself ("Turkey", "Kenyan teachers", "the UN's envoy", "they"), not
    through a phrase further off that the actor lookup would reach ("efforts ... and European countries")."""
    if token.pos_ == "PRON" or token.ent_type_ in NAMED:
        return True
    return any(c.ent_type_ in NAMED for c in token.children if c.dep_ in ("amod", "compound", "poss", "nmod"))


def features(verb: Token, category: str, source: Actor | None, choice: Choice, count: int) -> list[str]:
    """Hashed-feature names of one choice."""
    if code_of(choice.actor) is None:
        return ["none", f"none|{category}", f"none|rule={choice.rule}", f"none|n={min(count, 4)}"]
    rule = f"rule={choice.rule}"
    own = "self" if code_of(choice.actor) == code_of(source) else "other"
    kind = f"{choice.actor.type}|{'s' if choice.actor.sector else '-'}"
    names = ["bias", rule, f"{category}|{rule}", own, f"{category}|{own}", f"{rule}|{own}", f"k={kind}",
             f"{category}|k={kind}"]
    if choice.token is None:
        where = "home" if own == "self" else "unplaced"
        return [*names, where, f"{category}|{where}", f"{category}|{where}|{source.sector if source else '-'}",
                f"{category}|{where}|{source.type if source else '-'}"]
    token = choice.token
    route, length = path(verb, token)
    side = "before" if token.i < verb.i else "after"
    prep = token.head.lower_ if token.dep_ == "pobj" else "-"
    rising, _, falling = route.partition("|")
    return [*names, f"p={route}", f"{category}|p={route}", f"{rule}|p={route}", f"len={min(length, 6)}",
            f"up={rising}", f"down={falling}", f"{category}|down={falling}", f"e={token.ent_type_ or token.pos_}",
            f"{category}|e={token.ent_type_ or token.pos_}",
            f"{side}", f"{category}|{side}", f"d={token.dep_}", f"{category}|d={token.dep_}", f"prep={prep}",
            f"{category}|prep={prep}", f"h={token.head.lemma_.lower()}", f"v={verb.lemma_.lower()}|p={route}",
            f"{own}|p={route}"]


def hashed(names: list[str]) -> list[int]:
    """Each feature once: a choice's score and the ranker's pairs count a name a single time."""
    return ranking.hashed(names, HASH_BITS)


class TargetModel(Ranker):
    """The pairwise ranker (:mod:`saywho.ranking`); the best-scored choice wins when it beats the rules' own
    target by ``margin`` (chosen by cross-validation)."""

    BITS, FOLDER, COMMAND = HASH_BITS, MODEL_DIR, "saywho train roles"

    def choose(self, reader: Any, verb: Token, category: str, source: Actor | None, target: Actor | None
               ) -> Actor | None:
        found = choices(reader, verb, target, source)
        scores = [self.score(hashed(features(verb, category, source, c, len(found)))) for c in found]
        return found[self.pick_among(found, scores)].actor

    def best(self, reader: Any, verb: Token, category: str, source: Actor | None) -> Actor | None:
        """For an event whose roles the rules could not read: the best-scored target, when it beats none."""
        found = choices(reader, verb, None, source)
        scores = [self.score(hashed(features(verb, category, source, c, len(found)))) for c in found]
        best = max(range(len(found)), key=scores.__getitem__)
        kept = next(n for n, c in enumerate(found) if c.rule)
        return found[best if scores[best] > scores[kept] else kept].actor

    def pick_among(self, found: list[Choice], scores: list[float]) -> int:
        """The choice to keep: the best-scored one when it beats the rules' by more than the margin."""
        return self.pick(scores, next(n for n, c in enumerate(found) if c.rule))


@lru_cache(maxsize=1)
def shipped() -> TargetModel | None:
    """The ranker in the package (on by default since session 10, chosen by CV with the source ranker:
    docs/accuracy.md); ``SAYWHO_TARGET_MODEL`` names another folder (a candidate being measured) or ``none``
    for the rules' targets."""
    return from_environment("SAYWHO_TARGET_MODEL", MODEL_DIR, TargetModel.load)
