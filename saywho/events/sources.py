"""Who did it: an event's source chosen by a learned ranker among the actors its sentence names.

The check (:mod:`saywho.events.model`) calls events at words the rules did not code; for about a fifth of
its right calls on the project's records the rules' role reading then finds no actor with a code ("At least
40 people were detained by Kenyan police during ..."), so the call came to nothing, although in three of
four the source the annotators gave is one the sentence names. This ranker learns, from the labelled
sentences, which named actor did it: the dependency path from the trigger, the category, the kind of actor,
whether it speaks the statement the word is in, whether the rules chose it. It is trained with the target
ranker by ``saywho train roles``; inference is a sparse dot product per option, numpy only.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from spacy.tokens import Token

from saywho import ranking
from saywho.actors.dictionary import actor_of_state, state_code
from saywho.attribution import lexicon
from saywho.events.grammar import _place_code, _reporting_clauses, _subject
from saywho.events.targets import Choice, _names, code_of, nearest_per_code, path
from saywho.model import Actor
from saywho.ranking import NEVER, Ranker, from_environment

HASH_BITS = 18
MODEL_DIR = Path(__file__).parents[1] / "models" / "events-sources"
SUBJECTS = ("nsubj", "nsubjpass", "pobj", "poss", "appos", "conj", "dobj", "nmod")


def choices(reader: Any, verb: Token, rule_source: Actor | None) -> list[Choice]:
    """Every coded actor the sentence names, one per code (the one nearest the trigger in the parse), the
    speaker of the statement the word is in, the rules' own source, and no source; exactly one is the rules'."""
    rule_code = code_of(rule_source)

    def wanted(token: Token) -> bool:  # named, or the trigger's own subject, agent or object ("police")
        return _names(token) or token.dep_ in SUBJECTS and token.head.i == verb.i

    reporters = _news_reporters(verb)
    best = {code: (length, Choice(rule_source if code == rule_code else actor, token, code == rule_code))
            for code, (length, token, actor) in nearest_per_code(reader, verb, wanted).items()
            if not (token.i in reporters and actor.sector == "MED")}
    statement = reader._attribution_of(verb)
    speaker = statement.speaker if statement is not None else None
    code = code_of(speaker)
    if code is not None and code not in best:
        best[code] = (99, Choice(speaker, None, code == rule_code))
    found = [choice for _, choice in best.values()]
    if rule_code is not None and rule_code not in best:
        found.append(Choice(rule_source, None, True))
    found.append(Choice(rule_source if rule_code is None else None, None, rule_code is None))
    return found


def _news_reporters(verb: Token) -> set[int]:
    """"…, Reuters reported", "told Reuters that …": the words of who reports the act and of whom it was told;
    a news outlet there did not do it. (Whom it was told is no reporter for grammar._reporting_clauses: places and
    the rules' roles read it, and leaving it out there lost records.)"""
    reporting = _reporting_clauses(verb)
    root = verb.sent.root
    if root.i != verb.i and any(verb in c.subtree for c in root.children if c.dep_ == "ccomp"):
        reporting |= {t.i for c in root.children if c.dep_ in ("dative", "dobj") for t in c.subtree}
    return reporting


def features(reader: Any, verb: Token, category: str, choice: Choice, count: int) -> list[str]:
    """Hashed-feature names of one option."""
    if code_of(choice.actor) is None:
        return ["none", f"none|{category}", f"none|rule={choice.rule}", f"none|n={min(count, 5)}"]
    rule = f"rule={choice.rule}"
    kind = f"{choice.actor.type}|{choice.actor.sector or '-'}"
    statement = reader._attribution_of(verb)
    speaks = statement is not None and statement.speaker is not None \
        and code_of(statement.speaker) == code_of(choice.actor)
    names = ["bias", rule, f"{category}|{rule}", f"k={kind}", f"{category}|k={kind}", f"speaks={speaks}",
             f"{category}|speaks={speaks}", f"{rule}|speaks={speaks}", f"code={code_of(choice.actor)[:3] in ('IGO', 'NGO', 'MNC')}"]
    if choice.token is None:
        return [*names, "unplaced", f"{category}|unplaced"]
    token = choice.token
    route, length = path(verb, token)
    side = "before" if token.i < verb.i else "after"
    rising, _, falling = route.partition("|")
    return [*names, f"p={route}", f"{category}|p={route}", f"{rule}|p={route}", f"len={min(length, 6)}",
            f"up={rising}", f"down={falling}", f"{category}|down={falling}", f"e={token.ent_type_ or token.pos_}",
            f"{category}|e={token.ent_type_ or token.pos_}", side, f"{category}|{side}", f"d={token.dep_}",
            f"{category}|d={token.dep_}", f"h={token.head.lemma_.lower()}", f"v={verb.lemma_.lower()}|p={route}",
            f"pv={verb.pos_}|p={route}"]


def hashed(names: list[str]) -> list[int]:
    return ranking.hashed(names, HASH_BITS)


class SourceModel(Ranker):
    """The pairwise ranker (:mod:`saywho.ranking`): the rules' source stands unless another option beats it
    by ``margin``; a word the rules gave no codable source takes the best option outright."""

    BITS, FOLDER, COMMAND = HASH_BITS, MODEL_DIR, "saywho train roles"

    @property
    def add(self) -> float | None:
        """The check's threshold for adding a word, chosen by CV with the rankers (``saywho train roles``):
        with roles to give them, more of its added words become events, right and wrong."""
        value = self.meta.get("add")
        return None if value is None else float(value)

    @property
    def second(self) -> float | None:
        """The check's drop threshold for a sentence's rule events beyond its likeliest, chosen by CV with the
        rankers (None: the check's own threshold for all)."""
        value = self.meta.get("second")
        return None if value is None else float(value)

    def options(self, reader: Any, verb: Token, category: str, rule_source: Actor | None
                ) -> tuple[list[Choice], list[float]]:
        found = choices(reader, verb, rule_source)
        return found, [self.score(hashed(features(reader, verb, category, c, len(found)))) for c in found]

    def choose(self, reader: Any, verb: Token, category: str, rule_source: Actor | None) -> Actor | None:
        if self.margin >= NEVER:  # the rules' source always stands: no need to rank
            return rule_source
        found, scores = self.options(reader, verb, category, rule_source)
        return found[self.pick(scores, next(n for n, c in enumerate(found) if c.rule))].actor

    def best(self, reader: Any, verb: Token, category: str) -> Actor | None:
        """For a word the rules could not read: the best-scored option (None when "no source" wins)."""
        found, scores = self.options(reader, verb, category, None)
        best = found[max(range(len(found)), key=scores.__getitem__)]
        if category in ("ASSAULT", "FIGHT") and best.token is not None and _teller_of_passive(best.token, verb):
            return None  # "Atlanta police say a man who was shot dead …": who tells of a killing did not do it
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
        doer = reader._actor(subject, verb) if subject is not None and best.token is not None \
            and _teller(best.token, verb) else None
        if doer is not None and not doer.country and doer.sector in ("MIL", "COP", "REB") and best.actor is not None \
                and state_code(best.actor.country):
            # "the party said security forces had detained its spokesman": the forces did it, of the state the
            # ranker guessed (never the one telling of it)
            return actor_of_state(best.actor.country, doer.sector)
        if category == "PROTEST" and best.token is not None and _venue(best.token, verb):
            # "Hundreds of activists protested outside the United Nations in Geneva": the body protested at is
            # the target, never the protesters; they are of the place they protested in, if the text names one
            state = state_code(_rallied_in(verb, subject))
            doer = reader._actor(subject, verb) if subject is not None else None
            # ("Hundreds of Khalistan supporters" of no coded kind: people of that place)
            return _of_state(doer, state, "CVL") if state else None
        if best.token is not None and best.actor is not None and (_told_by(best.token) or _said_of_patient(best.token, verb)):
            # "23 people were killed by police, according to the rights commission": the one telling; "Duntsova,
            # who hoped to challenge Putin, was barred by the election commission": one named in what is said of
            # whom it was done to. Neither did it: the agent did, of the state the ranker guessed
            agent = next((o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"), None)
            doer = reader._actor(agent, verb) if agent is not None else None
            state = state_code(best.actor.country)
            return _of_state(doer, state) if state else None
        if best.token is not None and best.actor is not None and best.token.dep_ in ("dobj", "dative") \
                and best.token.head.i == verb.i and verb.pos_ == "VERB" and (doer_word := _subject(verb)) is not None:
            # "Investigators tried to detain Yoon Suk Yeol": whom the act is done to never does it; its subject
            # does, of the country the ranker guessed when it names none
            doer = reader._actor(doer_word, verb)
            if doer is None or doer.id != best.actor.id:
                return _of_state(doer, state_code(best.actor.country))
        if best.token is not None and best.token.dep_ == "nsubjpass" and best.token.head.i == verb.i:
            # "Ousmane Sonko was arrested in Dakar, police said": whom a passive verb is done to never does it;
            # the state where it was done (his, as the ranker guessed) does
            country = best.actor.country if best.actor is not None else None
            if (host := _summoning_state(verb)) is not None and host != country:
                return actor_of_state(host, "GOV")  # "was summoned to the foreign ministry in Beijing": China did
            return actor_of_state(state) if (state := state_code(country)) else None
        if best.token is not None and best.actor is not None and best.actor.country \
                and (subject := _acted_on(best.token, verb)) is not None \
                and (doer := reader._actor(subject, verb) or reader._source(verb, reader._attribution_of(verb))) \
                is not None and not doer.country:
            # "Consumer groups called for a boycott of Coca-Cola": who is called on never calls; the subject of no
            # country does, of the country the ranker chose (a domestic act, as the records code it)
            return replace(doer, country=best.actor.country)
        return best.actor


def _of_state(doer: Actor | None, state: str | None, sector: str | None = None) -> Actor | None:
    """The doer, of ``state`` when it names no country of its own; with no doer, the state (or its ``sector``)."""
    if doer is None:
        return actor_of_state(state, sector) if state else None
    return replace(doer, country=state) if not doer.country and state else doer


def _rallied_in(verb: Token, subject: Token | None) -> str | None:
    """The code of the first place "in" which the verb's act happened, outside its subject ("rallied outside India's
    consulate in Toronto", "at Silger in Chhattisgarh's Sukma district")."""
    inside = {t.i for t in subject.subtree} if subject is not None else set()
    return next((code for p in verb.subtree if p.dep_ == "prep" and p.lower_ == "in" and p.i not in inside
                 for n in p.children if n.dep_ == "pobj"
                 for o in (n, *(c for c in n.children if c.dep_ in ("poss", "compound")))
                 if (code := _place_code(o))), None)


def _summoning_state(verb: Token) -> str | None:
    """The state whose ministry an envoy was summoned to: "summoned to the foreign ministry in Beijing"."""
    if verb.lemma_.lower() != "summon":
        return None
    for office in (o for p in verb.children if p.dep_ == "prep" and p.lower_ == "to" for o in p.children):
        for place in (o for p in office.children if p.dep_ == "prep" and p.lower_ in ("in", "of") for o in p.children):
            if code := state_code(_place_code(place)):
                return code
    return None


def _venue(token: Token, verb: Token) -> bool:
    """The object of "outside", "at", "in front of" on the verb, or a place in it: where a protest was held."""
    heads = [token, *token.ancestors]
    for word in heads:
        if word.dep_ == "pobj" and word.head.lower_ in ("outside", "at", "near", "before", "of") \
                and (word.head.head.i == verb.i or word.head.lower_ == "of" and word.head.head.lower_ == "front"):
            return True
        if word.i == verb.i:
            return False
    return False


def _told_by(token: Token) -> bool:
    """The object of "according to": whoever tells of the act."""
    return token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.head.lower_ == "according"


def _said_of_patient(token: Token, verb: Token) -> bool:
    """A word inside a relative clause on the passive verb's subject: "Duntsova, who hoped to challenge Putin"."""
    clause = next((a for a in token.ancestors if a.dep_ == "relcl"), None)
    return clause is not None and clause.head.dep_ == "nsubjpass" and clause.head.head.i == verb.i


def _teller_of_passive(token: Token, verb: Token) -> bool:
    """The subject of a reporting verb above a passive verb with no agent: the one telling of the act."""
    if not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or any(c.dep_ == "agent" for c in verb.children):
        return False
    return _teller(token, verb)


def _teller(token: Token, verb: Token) -> bool:
    """The subject of a reporting verb the verb's clause hangs under: the one telling of the act."""
    return token.dep_ == "nsubj" and token.head in verb.ancestors and token.head.lemma_.lower() in lexicon.SPEECH


def _acted_on(token: Token, verb: Token) -> Token | None:
    """The verb's own subject when ``token`` is what the verb is done to or about: its object, or the object
    of its "for", "on", "against" or "with", and of an "of" below ("urged the White House", "called for a
    boycott of Coca-Cola"); a place ("in Tehran", "to the streets of Tbilisi") is not."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)
    if subject is None:
        return None
    node = token
    while node.i != verb.i:
        on_verb = node.head.i == verb.i
        # (and what the charge is about: "Critics accused the government of preparing special treatment for him")
        if node.dep_ not in ("dobj", "pobj", "prep", "dative", "pcomp", "compound", "poss", "appos", "conj") \
                or node.dep_ in ("prep", "dative") and (node.lower_ not in ("for", "on", "against", "with", "of") if on_verb
                                           else node.lower_ not in ("of", "for")):
            return None  # ("took to the streets of Tbilisi": where, not whom)
        if node.head.i == node.i:
            return None
        node = node.head
    return subject if token.i > verb.i else None


@lru_cache(maxsize=1)
def shipped() -> SourceModel | None:
    """The ranker in the package; ``SAYWHO_SOURCE_MODEL`` names another folder (a candidate being measured)
    or ``none`` for the rules' sources."""
    return from_environment("SAYWHO_SOURCE_MODEL", MODEL_DIR, SourceModel.load)
