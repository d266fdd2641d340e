"""From what the reader found to coded events: rules first, the learned model's say, one event per act.

A clause that a speaker's statement reports ("Iraq said it would allow ...") records the attribution it
came from; the reporting verb itself becomes an event when it is one (praise, criticism, warning, rejection,
demand). The coding tables are plain dicts in saywho/events/words.py; docs/events.md lists them.
"""

from __future__ import annotations

import os
from dataclasses import replace

from spacy.tokens import Doc, Token
from spacy.tokens import Span as Sentence

from saywho.actors import geo
from saywho.actors.dictionary import SECTOR_WORDS, STATE_BODIES, actor_of_state, code_of, state_code
from saywho.actors.phrases import code_phrase, employer
from saywho.attribution import speakers
from saywho.doctext import text_of
from saywho.events import model as event_model
from saywho.events.blame import blamed_attacks
from saywho.events.cameo import coding
from saywho.events.concessions import yielded
from saywho.events.found import Found
from saywho.events.grammar import (
    _country,
    _is_cue,
    _lemma,
    _named,
    _objects,
    _passive,
    _placeless,
    _preps,
    _story_country,
    _subject,
)
from saywho.events.mood import (
    _future,
    _governed,
    _hypothetical,
    _negated,
)
from saywho.events.nominals import quotation_name
from saywho.events.phrasings import DENIED
from saywho.events.reactions import answered
from saywho.events.reader import Reader
from saywho.events.senses import _answered_act, _investigated, _no_act
from saywho.events.sources import SourceModel
from saywho.events.targets import TargetModel
from saywho.events.words import (
    COOPERATIVE,
    DIRECTED,
    EXPLAINING,
    NOMINALS,
    NOUNS,
    VOWS,
)
from saywho.formats.plover import manual_mode
from saywho.ingest.furniture import opening_headline
from saywho.model import Actor, Attribution, Event, Span


def find_events(doc: Doc, attributions: list[Attribution], register: speakers.Register,
                model: event_model.EventModel | None = None, targets: TargetModel | None = None,
                sources: SourceModel | None = None) -> list[Event]:
    reader = Reader(doc, attributions, register)
    found = [f for f in coded(reader, model, targets, sources) if not _own_undertaking(f)]
    text = text_of(doc)
    found = _press_no_target(found)
    found = answered(_told_below(_described_no_target(_reporter_no_target(found, attributions)), text), text,
                     attributions)
    return [_to_event(text, item, n) for n, item in enumerate(_dedupe(found), start=1)]


def _press_no_target(found: list[Found]) -> list[Found]:
    """"Saudi Arabia blocked the proposal, two delegates told AFP": the outlet that was told is how the news came,
    not whom the act was aimed at (a news outlet told, or "said to", is never an act's target)."""
    for n, item in enumerate(found):
        target = item.target
        if target is None or target.sector != "MED":
            continue
        words = {w for name in (target.name, *target.aliases) for w in name.split()}
        told = [t for t in item.verb.sent if t.text in words and t.dep_ in ("dobj", "dative", "pobj")
                and _lemma(t.head if t.dep_ != "pobj" else t.head.head) in ("tell", "say", "speak", "talk")]
        if told:  # ("“These allegations are baseless,” … told Reuters": the cue's own event names no outlet either)
            found[n] = replace(item, target=None)
    return found


def _reporter_no_target(found: list[Found], attributions: list[Attribution]) -> list[Found]:
    """"Russia pledged to send instructors to Mali, Deputy Defence Minister Yunus-Bek Yevkurov said in Bamako": who
    reports an act is not whom it is aimed at (the rankers may pick the reporting clause's name), unless the
    speaker reports their own act ("“We urge both governments …,” Faki said" is Faki's, aimed at others)."""
    for n, item in enumerate(found):
        target = item.target
        if target is None:
            continue
        named = _name_words(target)
        for statement in attributions:
            source, speaker = statement.source, statement.speaker
            if source is None or speaker is None or not any(p.start <= item.verb.idx < p.end for p in statement.content):
                continue
            content = " ".join(p.text for p in statement.content)
            if (speaker.id == target.id or speaker.name == target.name) and not any(w in content for w in named):
                found[n] = replace(item, target=None)  # (but "Separatists released four OSCE monitors …, the
                break  # organisation said": the body the act names is its target, whoever reports it)
    return found


def _name_words(actor: Actor) -> set[str]:
    """The capitalised words of an actor's names ("OSCE", "Free", "Aceh", "Movement"), to find it named in a text."""
    return {w for name in (actor.name, *actor.aliases) for w in name.split() if len(w) > 2 and w[:1].isupper()}


def _described_no_target(found: list[Found]) -> list[Found]:
    """"Anwar Ibrahim, who chairs ASEAN this year, … urged them to cease fire": what describes the doer (a clause or
    an apposition on the subject) names no one the act is aimed at, unless the act names it again."""
    for n, item in enumerate(found):
        target = item.target
        if target is None:
            continue
        # the doer's, and the reporter's whose words the act is ("Anwar Ibrahim, who chairs ASEAN, said he … urged")
        subjects = [s for v in (item.verb, *item.verb.ancestors) if v.pos_ in ("VERB", "AUX") and (s := _subject(v))
                    and s.dep_ == "nsubj"]  # (a passive's subject is whom the act befell)
        # (not one joined to the apposition: "Ayman Safadi and his Syrian counterpart agreed" are both doers)
        described = {t.text for s in subjects for c in s.children if c.dep_ in ("relcl", "appos") for t in c.subtree
                     if (c.dep_ == "relcl" or c.pos_ in ("NOUN", "PROPN") and c.lower_ not in ("troops", "forces"))
                     and not any(t in j.subtree for j in c.conjuncts)}
        named = _name_words(target)
        after = {t.text for t in item.verb.sent if t.i > item.verb.i}
        if named & described and not named & after:
            found[n] = replace(item, target=None)
    return found


def _told_below(found: list[Found], text: str) -> list[Found]:
    """"Moldova expels Russian diplomat" over "Moldova expelled a Russian diplomat on Thursday.": a headline's
    event that the story tells again (the doer's country the same, and the category or the target's country) is
    that one event, kept where the story tells it."""
    headline = opening_headline(text)
    if headline is None:
        return found
    below = [f for f in found if f.verb.idx >= headline.end]
    kept = []
    for item in found:
        told = [] if item.verb.idx >= headline.end else [b for b in below if _country(item.source) == _country(
            b.source) and (item.category == b.category or _country(item.target) == _country(b.target))]
        if not told:
            kept.append(item)
        elif _country(item.target) not in (None, _country(item.source)):
            for again in told:  # "India, Bangladesh hold talks" over "The prime ministers of India and Bangladesh
                if _country(again.target) in (None, _country(again.source)):  # met": the other side is named above
                    again.target = item.target
    return kept


def coded(reader: Reader, model: event_model.EventModel | None, targets: TargetModel | None = None,
          sources: SourceModel | None = None) -> list[Found]:
    """Rules, the check's verdict, then the learned roles: the rules' source and target stand unless a
    ranker prefers another actor of the sentence; words the check adds and the rules cannot read take
    theirs from the rankers alone."""
    found = rule_events(reader)
    ranked: list[Found] = []
    if model is not None:
        found, ranked = learned_events(reader, found, model, sources, targets)
    events = _both(_answers([reroled(reader, item, sources, targets) for item in found] + ranked))
    return events + unplaced_events(reader, events, model, sources)


def unplaced_events(reader: Reader, events: list[Found], model: event_model.EventModel | None,
                    sources: SourceModel | None = None) -> list[Found]:
    """Acts whose doer the text places in no state ("Police fired tear gas to disperse the crowd", "Interior
    Minister Tomas Drucker resigned"), in the sentences where nothing else was coded: CAMEO codes such a doer by
    its sector alone (GDELT's Actor1Code "COP" with no country), and an event that waited for a country the text
    never gives would be lost. Read after everything else, so that no placed reading gives way to them."""
    told = {f.verb.sent.start for f in events}
    sentences = [s for s in reader.doc.sents if s.start not in told]
    if not sentences:
        return []
    reader.unplaced = True
    try:
        found = [f for f in rule_events(reader, sentences) if not _country(f.source)
                 and not (f.verb.dep_ == "acl" and f.verb.tag_ == "VBN")]  # ("Army units backed by artillery")
    finally:
        reader.unplaced = False
    if model is not None:
        found = checked(reader, found, model, model.thresholds.for_roles(sources)[1])
    for item in found:
        item.confidence = min(item.confidence, 0.5)
    return found


# Nouns that point back to an earlier act ("Libya condemned the attack", "Peru denied the claim"), with the
# categories of the act they can mean (None: any).
ANSWERED: dict[str, set[str] | None] = {
    "claim": {"ACCUSE"}, "accusation": {"ACCUSE"}, "allegation": {"ACCUSE"}, "charge": {"ACCUSE"},
    "criticism": {"ACCUSE"}, "attack": {"ASSAULT"}, "strike": {"ASSAULT"}, "raid": {"ASSAULT", "COERCE"},
    "shelling": {"ASSAULT"}, "bombing": {"ASSAULT"}, "incursion": {"ASSAULT"}, "killing": {"ASSAULT"},
    "sanction": {"SANCTION"}, "expulsion": {"SANCTION"}, "ban": {"COERCE", "SANCTION"}, "tariff": {"SANCTION"},
    "deployment": {"MOBILIZE"}, "threat": {"THREATEN"}, "warning": {"THREATEN"}, "demand": {"REQUEST"},
    "ultimatum": {"THREATEN"}, "move": None, "decision": None, "step": None, "action": None,
}


def _answers(found: list[Found]) -> list[Found]:
    """"Egyptian troops shelled a Libyan town. Libya condemned the attack.": an act aimed at "the attack", "the
    claim" or "the move" of an earlier sentence is aimed at whoever did that, when the parse gave it no other
    state than the actor's own."""
    ordered = sorted(found, key=lambda f: f.verb.i)
    answered = []
    for item in ordered:
        source = item.source
        if source is None or not source.country or item.target is not None and item.target.country not in (
                None, source.country):
            answered.append(item)
            continue
        noun = next((o for o in _objects(item.verb) if _lemma(o) in ANSWERED and o.dep_ in ("dobj", "nsubjpass")
                     and any(c.lower_ in ("the", "this", "these", "that") for c in o.children)
                     and not any(c.dep_ == "poss" for c in o.children)), None)
        if noun is None:
            other = _neighbour(item.verb, source.country, answered) or _retort(item, answered) or _provoker(item)
            answered.append(replace(item, target=other) if other is not None else item)
            continue
        kinds = ANSWERED[_lemma(noun)]
        earlier = [f for f in answered if f.verb.i < item.verb.sent.start and (kinds is None or f.category in kinds)
                   and f.source is not None and f.source.country and f.source.country != source.country]
        answered.append(replace(item, target=earlier[-1].source) if earlier else item)
    return answered


PAIRED = {"country", "side", "neighbour", "neighbor", "government", "nation", "state", "rival", "capital"}
# The two sides of one state's war or crisis: "Sudan's army and the RSF signed a deal. Saudi Arabia urged both parties".
FACTIONS = {"party", "faction", "general", "camp", "side", "rival", "leader"}
COUNTED = {"both": 2, "two": 2, "three": 3, "four": 4}


def _both(found: list[Found]) -> list[Found]:
    """"India and Pakistan exchanged fire. The UN urged both countries to exercise restraint.": an act aimed at
    "both countries", "the two neighbours" is aimed at each of the states the sentence before names."""
    split: list[Found] = []
    for item in found:
        counted = _counted_states(item)
        codes = _states_before(item.verb, counted[1], item.source.country if item.source else None) if counted else []
        if counted and counted[0].lemma_.lower() in FACTIONS and not codes and item.source is not None \
                and _country(item.target) in (None, item.source.country):
            one = _states_before(item.verb, 1, item.source.country)
            split.append(replace(item, target=actor_of_state(one[0])) if one else item)
            continue
        if item.source is None or len(codes) < 2:
            split.append(item)
            continue
        split += [replace(item, target=actor_of_state(code)) for code in codes]
    return split


def _counted_states(item: Found) -> tuple[Token, int] | None:
    """The plural noun of states an act is aimed at, and how many: "both countries", "the two neighbours"."""
    head = item.verb.head if item.verb.dep_ in ("xcomp", "ccomp") else item.verb  # "called on X to resume"
    words = [t for t in head.subtree if t.tag_ == "NNS" and t.lemma_.lower() in PAIRED | FACTIONS
             and t.dep_ in ("dobj", "pobj", "nsubj", "dative") and t.head.dep_ != "nsubj"
             and not any(a.dep_ == "nsubj" and a.head.i == head.i for a in (t, *t.ancestors))]
    for word in words:
        number = next((COUNTED[c.lower_] for c in word.children if c.lower_ in COUNTED), None)
        if number is not None:
            return word, number
    return None


def _states_before(verb: Token, number: int, home: str | None) -> list[str]:
    """The first ``number`` states the sentence before names (its places and peoples), the actor's own aside."""
    sent = verb.sent
    if sent.start == 0:
        return []
    before = verb.doc[sent.start - 1].sent
    codes: list[str] = []
    for ent in before.ents:
        code = code_of(ent.text) if ent.label_ in ("GPE", "NORP", "LOC", "PERSON", "ORG") else None  # "Togo" tagged a person
        if _a_state(code) and code != home and code not in codes:
            codes.append(code)
    return codes if len(codes) == number else []


def _a_state(code: str | None) -> bool:
    """A state's code (ISO alpha-3), not a region's, an international body's or a company's."""
    return bool(code) and len(code) == 3 and code not in ("IGO", "NGO", "MNC")


def _neighbour(verb: Token, home: str, before: list[Found]) -> Actor | None:
    """"Thailand closed all border crossings with its neighbour": the other state of the events before."""
    words = [t for t in verb.subtree if t.lemma_.lower() in ("neighbour", "neighbor") and t.i > verb.i
             and any(c.lower_ in ("its", "their", "the") for c in t.children)]
    words += [t for t in verb.subtree if t.lemma_.lower() == "country" and t.i > verb.i
              and any(c.lower_ in ("neighbouring", "neighboring") for c in t.children)]
    if not words:
        return None
    for item in reversed([f for f in before if f.verb.i < verb.sent.start]):
        for actor in (item.source, item.target):
            if actor is not None and _a_state(actor.country) and actor.country != home:
                return actor_of_state(actor.country)
    return None


RETORTS = frozenset({"ACCUSE", "THREATEN", "REJECT", "REQUEST", "SANCTION"})


def _provoker(item: Found) -> Actor | None:
    """"South Korean troops fired warning shots after North Korean soldiers crossed the border": an act answering
    what another state's people did, told in a clause of its own ("after", "when"), is aimed at that state."""
    if item.category not in RETORTS | {"ASSAULT", "COERCE", "MOBILIZE"} or item.source is None:
        return None
    for clause in (c for c in item.verb.children if c.dep_ == "advcl"
                   and any(m.dep_ == "mark" and m.lower_ in ("after", "when", "as") for m in c.children)):
        subject = _subject(clause)
        actor = code_phrase(subject) if subject is not None else None
        if actor is not None and _a_state(actor.country) and actor.country != item.source.country:
            return actor_of_state(actor.country)
    return None


def _retort(item: Found, before: list[Found]) -> Actor | None:
    """"Chinese ships fired water cannon at a Filipino boat. Manila lodged a diplomatic protest.": a protest,
    threat or demand aimed at no one, right after a foreign act aimed at its actor's state, answers that act's
    doer."""
    if item.target is not None or item.category not in RETORTS:
        return None
    sentence = item.verb.sent
    if sentence.start == 0:
        return None
    previous = item.verb.doc[sentence.start - 1].sent
    home = item.source.country if item.source is not None else None
    for act in reversed(before):
        aimed_here = act.target is not None and act.target.country == home
        if previous.start <= act.verb.i < sentence.start and aimed_here and act.source is not None \
                and _a_state(act.source.country) and act.source.country != home:
            return act.source
    return None


KEEP_EXPLICIT = os.environ.get("SAYWHO_KEEP_EXPLICIT", "1") != "0"


def reroled(reader: Reader, item: Found, sources: SourceModel | None, targets: TargetModel | None) -> Found:
    """The event with the source and target the rankers prefer to the rules' (:mod:`saywho.events.sources`,
    :mod:`saywho.events.targets`). Two states acting together ("Indonesia and Australia signed a treaty")
    keep each other as counterpart: the records leave such a target empty, so the ranker learned nothing
    of it, and a dyadic export (GDELT's Actor2) needs it."""
    source = item.source if sources is None else sources.choose(reader, item.verb, item.category, item.source)
    keep = targets is None or (item.partner or item.explicit and KEEP_EXPLICIT) and source is item.source
    target = item.target if keep else targets.choose(reader, item.verb, item.category, source, item.target)
    if item.unaimed and target is not None and source is not None and target.country == source.country:
        target = None  # "Hamas rejected the proposal": a thing that names no one is no guess at home
    if item.target is None and target is not None and source is not None and target.country == source.country \
            and item.category in REPORTED_HARM and (teller := _foreign_teller(item, source)) is not None:
        target = actor_of_state(teller)  # "Pakistan's military said India had targeted mosques": Pakistan's, not India's
    if target is not None and item.target is not None and item.target.country in (None, target.country) \
            and target.country and target.id == actor_of_state(target.country, "GOV").id \
            and (source is None or item.target.id != source.id):
        # "Gunmen abducted 20 villagers in Zamfara State": the ranker's guess is the state's code, which it
        # gives as the state's government; whom the rules read as the target is the one of that state named
        target = replace(item.target, country=target.country)
    return item if source is item.source and target is item.target else replace(item, source=source, target=target)


# Acts whose unnamed target a state's spokesman telling of them means is that state ("said India had shelled …").
REPORTED_HARM = frozenset({"ASSAULT", "FIGHT", "COERCE", "THREATEN", "MOBILIZE", "SANCTION"})


def _foreign_teller(item: Found, source: Actor) -> str | None:
    """The state of the one whose statement tells of the event, when that is another state than its source's."""
    said = item.attribution
    if said is None or said.speaker is None or said.cue is None or said.cue.start <= item.verb.idx < said.cue.end:
        return None
    country = state_code(said.speaker.country)
    return country if country != source.country else None


def rule_events(reader: Reader, sentences: list[Sentence] | None = None) -> list[Found]:
    """What the rules read off the parse (of ``sentences`` only, if given), before any model has a say."""
    doc, attributions = reader.doc, reader.attributions
    spans = [doc[:]] if sentences is None else sentences
    found: list[Found] = []
    for span in spans:
        for token in span:
            item = reader.event_at(token)
            if item is not None:
                found.append(item)
    coded_cues = {id(f.attribution) for f in found if f.attribution is not None and _is_cue(f.verb, f.attribution)}
    for item in attributions:
        if id(item) not in coded_cues and (sentences is None or item.cue is not None and any(
                s.start_char <= item.cue.start < s.end_char for s in sentences)):
            extra = reader.from_cue_noun(item)
            if extra is not None:
                found.append(extra)
    found = [_at_home(f) for f in map(_in_story, found) if _codable(f) or reader.unplaced and _placeless(f.source, f.category)]
    return yielded(blamed_attacks(reader, _explanations(_purposes(_protest_aims(_asked_for(_reports(_interviews(found))))))))



def _interviews(found: list[Found]) -> list[Found]:
    """"Reuters spoke with Ukraine's foreign minister", "she told The Economist": talking to the press is how
    the news was gathered, not a meeting of two parties (CAMEO 04 is between actors of the story)."""
    return [f for f in found if not (f.category == "CONSULT" and any(
        a is not None and a.sector == "MED" for a in (f.source, f.target)))]


def learned_events(reader: Reader, found: list[Found], model: event_model.EventModel,
                   sources: SourceModel | None = None, targets: TargetModel | None = None
                   ) -> tuple[list[Found], list[Found]]:
    """The model's verdict: keeps, relabels or drops each rule event, and adds the words the rules missed,
    with source and target read off the parse as for any rule event (or, when the rules' role reading finds
    no codable actor, chosen by the learned rankers, else by :func:`parse_roles` when the model was trained
    so). Returns the events with the rules' roles and those whose roles the rankers chose."""
    ranked: list[Found] = []
    add, second = model.thresholds.for_roles(sources)
    kept = checked(reader, found, model, second)
    by_sentence: dict[int, list[Found]] = {}
    for item in found:
        by_sentence.setdefault(item.verb.sent.start, []).append(item)
    taken = {t.i for f in found for t in (f.verb, *f.tokens)}
    for token in reader.doc:
        if token.i in taken or not model.is_candidate(token) \
                or not model.may_add(len(by_sentence.get(token.sent.start, []))) or token.pos_ == "VERB" and _no_act(token) \
                or _answered_act(token) or quotation_name(token) or _investigated(token):
            continue  # a borrowed sense ("Typhoon Haikui battered Taiwan") is no event the model may add, nor an act
            # looked into ("is investigating the killing of villagers")
        category = model.decide(model.probabilities(token, None, lexical_reading(reader, token)), None, add)
        if category is None or category == "THREATEN" and _mending_vow(token):
            continue
        item = added(reader, token, category, model.thresholds.parse_roles and sources is None)
        if item is not None:
            kept.append(item)
        elif sources is not None:
            item = ranked_roles(reader, token, category, sources, targets)
            if item is not None and not _speaker_of(reader, token, item.source):
                ranked.append(item)
    return kept, ranked


def checked(reader: Reader, found: list[Found], model: event_model.EventModel, second: float | None) -> list[Found]:
    """The check's verdict on the rule events, a sentence at a time: each kept, relabelled or dropped."""
    kept: list[Found] = []
    grounded = _grounded(found) | _met_beside(found) | _beside_unmade(found) | _protest_dispersed(found)
    fights = {f.verb.i for f in found if f.category == "ASSAULT" and _mutual_fight(f.verb)}
    found = [f for f in found if not _fight_detail(f, fights)]
    by_sentence: dict[int, list[Found]] = {}
    for item in found:
        by_sentence.setdefault(item.verb.sent.start, []).append(item)
    for items in by_sentence.values():
        readings = [(model.probabilities(item.verb, event_model.reading_of(item)), item.category) for item in items]
        main = next((n for n, item in enumerate(items) if item.verb.dep_ == "ROOT"), None)
        for item, category in zip(items, model.decide_sentence(readings, second, main), strict=True):
            if item.fixed or category == "THREATEN" and item.category == "AGREE" and (
                    _pledged_cooperation(reader, item) or _mending_vow(item.verb)):
                category = item.category  # "vowed to deepen their partnership": a pledge to cooperate threatens no one
            if item.category == "AGREE" and category in ("CONCEDE", "AID") and _lemma(item.verb) in PROMISING:
                category = item.category  # "offered an amnesty to the rebels", "pledged $3 billion in aid to Yemen": a
                # promise is AGREE (CAMEO 033 for aid), what it gives or not
            if item.category == "SUPPORT" and _lemma(item.verb) in ("apologize", "apologise") and category is not None:
                category = item.category  # an apology is CAMEO 055, which CAMEO2PLOVER makes SUPPORT, however spelt
            if item.category == "PROTEST" and item.verb.lower_ in ("staged", "staging") and category is None:
                category = item.category  # the small model's lemma for "staged" is "stag", a word the check never
                # learnt: "staged a sit-in" stays a protest
            if item.category == "RETREAT" and category is not None and (
                    item.mode == "ceasefire" or item.mode == "release" and _lemma(item.verb) in ("release", "free")):
                category = item.category  # "released 60 opposition supporters", "declared a ceasefire": a release
                # or a truce is a retreat (PLOVER RETREAT), however much it also yields (a pardon is the check's)
            if item.category == "ASSAULT" and item.verb.i in fights and category != "ASSAULT":
                category = item.category  # "protesters clashed with police", "fought running battles": both sides
                # fight (PLOVER FIGHT), whoever they are; not a protest, and not the model's to drop
            if item.category == "PROTEST" and category == "ASSAULT" and item.source is not None \
                    and item.source.sector == "LAB":
                category = item.category  # "GDL launched a 35-hour strike, crippling services": a union's strike
            if category is None and item.verb.i in grounded:
                category = item.category  # "deported three clerics, accusing them of incitement": the act stays
            if category is None:
                continue
            if category != item.category:
                item.category, item.mode = category, None
            kept.append(item)
    return kept


# What an act's doer charges while doing it: the grounds it gives ("deported three clerics, accusing them of …").
GROUNDS_GIVEN = frozenset({"accuse", "blame", "charge"})


def _grounded(found: list[Found]) -> set[int]:
    """The acts whose doer gives its grounds beside them ("expelled two French diplomats, accusing them of spying"):
    PLOVER's records code the act and the accusation both, and the check, which learned to keep one event a
    sentence, kept the accusation alone; the act is the news."""
    return {f.verb.head.i for f in found if f.category == "ACCUSE" and f.verb.tag_ == "VBG"
            and f.verb.dep_ in ("advcl", "conj") and _lemma(f.verb) in GROUNDS_GIVEN}


def _protest_dispersed(found: list[Found]) -> set[int]:
    """A protest the sentence tells first and its breaking up after it ("Students staged a sit-in in Port-au-Prince
    …, before soldiers dispersed them with tear gas"): the check, which learned to keep one event a sentence, kept
    the dispersal alone; the protest is the news, as the records code it."""
    return {f.verb.i for f in found if f.category == "PROTEST" and f.verb.dep_ == "ROOT" and any(
        o.category in ("COERCE", "ASSAULT") and o.verb.sent.start == f.verb.sent.start and o.verb.i > f.verb.i
        and o.source is not None and o.source.sector in ("COP", "MIL") for o in found)}


def _met_beside(found: list[Found]) -> set[int]:
    """The acts told beside a meeting that is only their circumstance ("Belgium committed to supplying 30 F-16 jets,
    De Croo said after hosting Zelensky", "Commonwealth leaders meeting in Lusaka agreed that …"): the check, which
    learned to keep one event a sentence, kept the meeting alone; the act is the news."""
    meetings = [f for f in found if f.category == "CONSULT" and f.verb.tag_ == "VBG"
                and f.verb.dep_ in ("pcomp", "acl", "advcl", "nsubj")]
    return {f.verb.i for f in found for m in meetings if f.category != "CONSULT"
            and f.verb.sent.start == m.verb.sent.start and f.verb.i not in {t.i for t in m.verb.subtree}}


def _beside_unmade(found: list[Found]) -> set[int]:
    """The acts told beside one that failed ("warned that Russian aircraft could strike if Tbilisi failed to seal its
    border", "suspended Fiji after its ruler failed to commit to elections"): the failed act is kept, flagged as unmade
    (hypothetical), and must not take the place of the act that was done when the check keeps one."""
    unmade = {f.verb.sent.start for f in found if f.hypothetical and _governed(f.verb, {"fail"})}
    return {f.verb.i for f in found if f.verb.sent.start in unmade and not _governed(f.verb, {"fail"})}


# Words that promise or offer: the act promised is AGREE (CAMEO 03), even when what it gives is a concession.
PROMISING = frozenset({"offer", "promise", "pledge", "consent", "undertake", "vow", "propose"})


def _speaker_of(reader: Reader, token: Token, source: Actor | None) -> bool:
    """"King Abdullah warned that an Israeli offensive in Rafah would lead to a massacre", "Austin said the strikes
    answered a drone attack": an act a statement's words name is not the speaker's own (the ranker's guess)."""
    said = reader._attribution_of(token)
    if token.pos_ != "NOUN" or source is None or said is None or said.speaker is None or said.cue is None \
            or said.cue.start <= token.idx < said.cue.end:
        return False
    return said.speaker.id == source.id or said.speaker.name == source.name


def _pledged_cooperation(reader: Reader, item: Found) -> bool:
    """Whether what a pledge or an offer frames is, in the rules' word tables, an act of cooperation."""
    # (the verb itself too when it is no pledge: "said she would meet all party leaders")
    return any(lexical_reading(reader, t) in COOPERATIVE or t.lemma_.lower() in KEEPING for t in item.tokens
               if (t.i != item.verb.i or t.lemma_.lower() not in VOWS | {"offer", "agree"}) and t.pos_ == "VERB")


def _mending_vow(token: Token) -> bool:
    """"Takaichi vowed to revive the economy": a vow to keep or mend something, which threatens no one."""
    return token.lemma_.lower() in VOWS and any(c.dep_ == "xcomp" and (c.lemma_.lower() in KEEPING or (
        c.lemma_.lower() in ("cut", "slash", "scrap", "freeze") and any(
            o.dep_ == "dobj" and o.lemma_.lower() in BURDENS for o in c.children))) for c in token.children)


# What a vow to cut lightens, no one it threatens: "vowed to cut taxes", "pledged to slash energy bills" (the
# lemmatizer makes "taxes" "taxis").
BURDENS = frozenset({"tax", "taxis", "taxes", "cost", "price", "bill", "rate", "deficit", "spending", "fee", "tariff",
                     "emission", "bureaucracy", "tape", "list", "time", "duty", "levy", "debt", "inflation"})


# What a pledge to keep or mend something promises ("vowed to protect the Amazon rainforest"): no threat to anyone.
KEEPING = frozenset({"protect", "preserve", "conserve", "safeguard", "restore", "rebuild", "uphold", "respect",
                     "honour", "honor", "improve", "invest", "modernize", "modernise", "reform", "revive", "boost",
                     "strengthen", "create", "build", "expand", "grow", "deliver", "lower", "reduce", "help",
                     "repair", "fix", "renew", "revitalize", "revitalise", "stabilize", "stabilise", "tackle"})


def ranked_roles(reader: Reader, token: Token, category: str, sources: SourceModel, targets: TargetModel | None
                 ) -> Found | None:
    """An event at a word whose roles the rules could not read, with the source the source ranker rates
    best among the sentence's coded actors and the target the target ranker prefers to none."""
    source = sources.best(reader, token, category)
    if source is None:
        return None
    target = targets.best(reader, token, category, source) if targets is not None else None
    return _found_at(reader, token, category, source, target)


def lexical_reading(reader: Reader, token: Token) -> str | None:
    """The category the rules' word tables give a word they did not code (its roles were unreadable or
    uncodable: "Police detained Castillo"), a hint for the model: verbs through the rules' own verb reading
    (frames included), nouns through the event-noun tables."""
    if token.pos_ in ("VERB", "ADJ", "AUX"):
        consumed = set(reader.consumed)
        coded = reader._code_verb(token)
        reader.consumed = consumed  # a reading, not a coding: what it framed stays free
        return coded[0] if coded is not None else None
    if token.pos_ == "NOUN":
        entry = NOMINALS.get(token.lower_) or NOMINALS.get(_lemma(token)) or NOUNS.get(_lemma(token))
        return entry[0] if entry is not None else None
    return None


def added(reader: Reader, token: Token, category: str, fallback: bool) -> Found | None:
    """An event the model adds at a word the rules did not code: the rules' role reading first, else (with
    ``fallback``) :func:`parse_roles`."""
    item = reader.code_as(token, category)
    if item is None or not _coded(item):
        placed = parse_roles(reader, token, category) if fallback else None
        if placed is not None or item is None or not _codable(item):
            return placed  # (else named sides the story gives no country)
    item.confidence = min(item.confidence, 0.7)
    return item


def parse_roles(reader: Reader, token: Token, category: str) -> Found | None:
    """Source and target straight from the parse, for a word the model calls an event where the rules' role
    reading gave up ("Police detained Castillo", "At least 40 people were arrested"): the subject (the agent
    of a passive) and the first object or prepositional object, each coded as an actor; an actor of no
    stated country takes the country the story is about so far (its dateline and the places it names), and
    an unnamed arrester or mobiliser is that country's state. No country on either side: no event."""
    passive = _passive(token)
    source = reader._agent(token) if passive else None
    if not passive:
        subject = _subject(token)
        source = reader._actor(subject, token) if subject is not None else None
    heads = [s for s in [_subject(token)] if s is not None] if passive else []
    heads += [*_objects(token), *_preps(token, ["to", "with", "against", "on", "at", "into", "in"])]
    target = None
    for head in heads:
        actor = reader._actor(head, token)
        if actor is not None and (source is None or actor.id != source.id):
            target = actor
            break
    home = _story_country(reader.doc, token.i)
    if home:
        if source is not None and not source.country:
            source = replace(source, country=home)
        if target is not None and not target.country:
            target = replace(target, country=home)
        if source is None and category in ("COERCE", "MOBILIZE"):
            source = actor_of_state(home, "GOV")
    if not (source is not None and source.country or target is not None and target.country):
        return None
    return _found_at(reader, token, category, source, target)


def _found_at(reader: Reader, token: Token, category: str, source: Actor | None, target: Actor | None) -> Found:
    """An event at one word whose roles came from elsewhere than the rules' reading (less sure: 0.5)."""
    item = Found(category, None, token, source, target, [token], reader._attribution_of(token))
    item.negated = _negated(token) and category != "REJECT"
    item.future, item.hypothetical = _future(token), _hypothetical(token)
    item.confidence = 0.5
    return item


STATE_SIDE = STATE_BODIES | {"SPY"}  # a state's own bodies, its spies too


def _at_home(item: Found) -> Found:
    """Actors no country is given for are at home, the source's (PLOVER codes them so): "Kenya's opposition
    accused the electoral commission" aims at Kenya's commission; "Lebanese trade unions demanded a rise in
    the minimum wage" at the Lebanese government, when a country's own people demand, protest, threaten,
    accuse or refuse and the sentence names no one else."""
    source, target = item.source, item.target
    if source is not None and not source.country and (sector := _state_sector(source)) and target is not None \
            and _a_state(target.country) and (target.type == "person" or target.sector in DOMESTIC_SIDES):
        # "Army commanders threatened to arrest Aristide", "the government threatened to dismiss the JVP's
        # strikers": a state's unnamed body acting on a person or a party, rebels or a union of a state is that
        # state's (not "the government blamed Iran", a state, nor "expelled British journalists", whom a state
        # may well be host to, nor "denied allegations by Human Rights Watch", of no state)
        return replace(item, source=_placed(replace(source, sector=sector), target.country, True))
    home = source.country if source is not None and _a_state(source.country) else None
    if home is None or item.unaimed:
        return item
    if source.sector == "LAB" and item.category in DIRECTED and (
            item.target is None or not item.target.country and item.target.sector == "BUS"
            or item.target.type == "state" and not item.explicit) \
            and (subject := _subject(item.verb)) is not None and (boss := employer(subject)) is not None:
        # "Boeing machinists rejected the company's offer", "Starbucks workers walked out": against their employer
        return replace(item, target=boss if boss.country else replace(boss, country=home))
    if item.target is not None and not item.target.country:
        return replace(item, target=_placed(item.target, home))
    if item.target is None and item.category in DIRECTED and source.sector not in STATE_SIDE \
            and source.type != "state":
        return replace(item, target=actor_of_state(home, "GOV"))
    return item


DOMESTIC_SIDES = {"OPP", "REB", "PTY", "LAB", "EDU", "REL"}  # a state's own people, seldom foreigners it hosts


def _state_sector(actor: Actor) -> str | None:
    """The sector of a state's body, by its own or by the words of its name ("Army commanders": MIL)."""
    if actor.sector in STATE_BODIES:
        return actor.sector
    return None if actor.type == "person" else next(
        (SECTOR_WORDS[word] for word in actor.name.lower().split() if SECTOR_WORDS.get(word) in STATE_BODIES), None)


def _in_story(item: Found) -> Found:
    """"(Britain votes on Thursday.) Labour accused the Conservatives of lying": named people and bodies on both
    sides with no country given are of the country the story is about (PLOVER's coders assume a domestic
    actor), as the learned model's events are (:func:`parse_roles`)."""
    body = item.target is not None and item.target.type != "person" and item.target.sector in STATE_BODIES
    if _coded(item) or not (_named(item.source) and (_named(item.target) or body)):
        return item  # (a state's body of no country named, "the government", is the story's too)
    doc = item.verb.doc
    home = _story_country(doc, item.verb.i) or _story_country(doc, len(doc))  # "… a stain on Britain's honour"
    if not home or not _a_state(home):
        return item
    return replace(item, source=replace(item.source, country=home), target=_placed(item.target, home, body))


def _placed(actor: Actor, home: str, body: bool = False) -> Actor:
    """An actor of no country given ``home``'s; a state's body named only by its kind ("the government") is that
    state's, by name too ("Kenyan government")."""
    if body or actor.type == "group" and actor.sector in STATE_BODIES and actor.name.lower() == "government":
        return actor_of_state(home, actor.sector)
    return replace(actor, country=home)


def _reports(found: list[Found]) -> list[Found]:
    """"Japan will give $200 million in loans to Thailand, the finance ministry announced": a reporting verb
    coded as the act it reports (an announcement of aid read as AGREE) is the same act, when the act was
    coded from the statement's content; the act keeps its own doer. So is a report of a statement that is
    coded itself ("Russia warned Finland that ..., the foreign ministry said": Russia's threat, not the
    ministry's)."""

    def inside(token: Token, statement: Attribution) -> bool:
        return any(part.start <= token.idx < part.end for part in statement.content)

    def reported(item: Found) -> bool:
        statement = item.attribution
        if statement is None or not _is_cue(item.verb, statement):
            return False
        return any(other is not item and other.category == item.category and not _is_cue(other.verb, statement)
                   and (other.attribution is statement or inside(other.verb, statement) and other.attribution is not None
                        and _is_cue(other.verb, other.attribution)) for other in found)
    return [f for f in found if not reported(f)]


def _own_undertaking(item: Found) -> bool:
    """"Pakistan suspended its polio campaign", "the ministry halted its own programme": a state stopping its own
    work aims at no one, least of all at itself (a sanction is aimed at another: "suspended its aid to Niger")."""
    verb, source, target = item.verb, item.source, item.target
    if item.category != "SANCTION" or source is None or target is None or not source.country \
            or target.country != source.country or not (target.type == "state" or target.sector == "GOV"):
        return False
    owned = [c for c in verb.children if c.dep_ == "dobj" and any(p.dep_ == "poss" and p.lower_ in ("its", "their")
                                                                   for p in c.children)]
    aimed = any(c.dep_ in ("prep", "dative") and c.lower_ in ("to", "for", "with", "against", "on", "in")
                and not any(w.ent_type_ in ("DATE", "TIME") for w in c.children)  # not "on Tuesday"
                for o in [verb, *owned] for c in o.children)
    return bool(owned) and not aimed


FIGHTING = {"clash", "fight", "battle", "skirmish", "scuffle"}
EXCHANGED_FIRE = {"fire", "gunfire", "shot", "blow", "punch", "stone", "volley"}


def _mutual_fight(verb: Token) -> bool:
    """"Protesters clashed with police", "fought running battles", "traded blows", "exchanged gunfire": a fight
    both sides wage."""
    lemma = _lemma(verb)
    finite = verb.tag_ in ("VBD", "VBZ", "VBP") or verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)  # not "troops fighting in Vietnam"
    return finite and (lemma in FIGHTING or lemma in ("trade", "exchange") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in EXCHANGED_FIRE for c in verb.children))


def _fight_detail(item: Found, fights: set[int]) -> bool:
    """"clashed outside parliament, hurling rocks at each other", "fought, with demonstrators hurling stones": the
    protest words inside a fight's own clause tell how it was fought, not a second event."""
    if item.category != "PROTEST" or item.verb.i in fights or item.verb.tag_ != "VBG":
        return False
    token = item.verb
    while token.head is not token and token.dep_ in ("advcl", "pcomp", "pobj", "prep", "conj", "xcomp", "acl"):
        token = token.head
        if token.i in fights:
            return item.verb.dep_ != "conj" or token.i != item.verb.head.i
    return False


def _codable(item: Found) -> bool:
    """"defence officials cautioned ... the troops": with no country, IGO or NGO on either side and no one named
    there is no actor to give, so no event; "Judge Anne Hollis criticised Graham Pettifer", "Ford rejected the
    demand by the United Auto Workers" name both sides, whose country a reader may not know, and "Prime Minister
    Oliver Drake accused the Opposition" names one and a group its sector says."""
    return _coded(item) or _named(item.source) and (_named(item.target) or _sectored(item.target)) \
        or _sectored(item.source) and _named(item.target)


def _sectored(actor: Actor | None) -> bool:
    """A group a sector says who it is ("the opposition", "prosecutors", "police"), if of no known country."""
    return actor is not None and actor.sector in ("OPP", "COP", "JUD", "LEG", "MIL", "GOV", "PTY", "LAB", "BUS", "MED")


def _coded(item: Found) -> bool:
    """Whether either side has a CAMEO country, IGO or NGO code."""
    return bool(_country(item.source) or _country(item.target))


FRAMING = {"REQUEST", "REJECT", "THREATEN", "AGREE", "CONCEDE"}  # acts whose content has not happened
CONTENT_DEPS = {"xcomp", "ccomp", "acl", "prep", "pobj", "dobj", "relcl"}


def _asked_for(found: list[Found]) -> list[Found]:
    """"The Security Council urged Belgrade to withdraw its police", "refused to allow aid workers in", "rejected
    a French proposal for a conference": what is asked for, refused, threatened, promised or conceded has not
    happened; it is the content of that act, not a second event. An act joined by "and" stays its own."""
    frames = {f.verb.i: f for f in found if f.category in FRAMING and not _charge_denied(f.verb)}

    def content_of_another(item: Found) -> bool:
        token = item.verb
        while token.head is not token:
            if token.dep_ not in CONTENT_DEPS:
                return False  # "condemned the attacks and offered condolences": a second act of its own
            token = token.head
            frame = frames.get(token.i)
            if frame is not None and frame is not item:
                return True
        return False
    return [f for f in found if not content_of_another(f)]


def _charge_denied(verb: Token) -> bool:
    """"…accused Rwanda of backing the rebels, a charge Kigali has denied": the parser makes the denial the root
    and the accusation its content; a denial whose subject is "a charge" frames nothing."""
    return any(c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.lemma_.lower() in DENIED and c.i > 0
               and verb.doc[c.left_edge.i - 1].text == "," for c in verb.children)


def _purposes(found: list[Found]) -> list[Found]:
    """"willing to send material to help [defend] Saudi Arabia": an act done for a purpose is the event, the
    purpose is not a second one; with no coded act ("mobilized pressure groups to help [support] ...") it is."""
    verbs = {f.verb.i for f in found} | {t.i for f in found for t in f.tokens}

    def served(item: Found) -> bool:
        for token in [item.verb, *item.verb.ancestors]:
            if token.dep_ in ("advcl", "acl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
                return token.head.i in verbs
        return False
    return [f for f in found if not served(f)]


def _protest_aims(found: list[Found]) -> list[Found]:
    """"blocked roads ... demanding that he be reinstated": what a protest demands or denounces is its aim,
    not a second event (PLOVER codes one PROTEST)."""
    protests = {f.verb.i: f for f in found if f.category == "PROTEST"}

    def aim(item: Found) -> bool:
        head = protests.get(item.verb.head.i)
        return (item.category in ("REQUEST", "ACCUSE") and item.verb.dep_ in ("advcl", "xcomp", "conj")
                and head is not None and head is not item and _country(head.source) == _country(item.source))
    return [f for f in found if not aim(f)]


def _explanations(found: list[Found]) -> list[Found]:
    """"refused to meet King Abdullah, [saying] he would only welcome him in Jerusalem", "staged rallies ...,
    [saying] he must resign": what an actor says while doing a coded act explains that act; it is not a second
    event by the same actor about the same counterpart (PLOVER codes the REJECT and the PROTEST). A threat made
    so is still a threat, and a demand on someone else ("rejected the proposal, saying the US must withdraw")
    is still a demand; a guessed target (the place, confidence ≤ 0.7) or its own state names no one else."""
    by_verb = {t.i: f for f in found for t in [f.verb, *f.tokens]}

    def explains(item: Found) -> bool:
        for token in item.verb.ancestors:
            if token.tag_ == "VBG" and token.dep_ in ("advcl", "conj") and _lemma(token) in EXPLAINING:
                act = by_verb.get(token.head.i)
                return act is not None and act is not item and act.verb.i != item.verb.i \
                    and item.category != "THREATEN" and _country(act.source) == _country(item.source) \
                    and (_country(item.target) in (None, _country(act.target), _country(item.source))
                         or item.confidence <= 0.7)
            if token.dep_ not in ("ccomp", "xcomp", "conj", "advcl"):
                return False
        return False
    return [f for f in found if not explains(f)]


def _dedupe(found: list[Found]) -> list[Found]:
    """One event per act: a sentence's events of one category by one source are the same act when they
    share the target's country ("issued a reminder to Iraq that it must ...") or one of them is a
    low-confidence reading ("declared a state of siege ..., arresting opponents")."""
    result: list[Found] = []
    kept_by: dict[tuple[str, int], list[Found]] = {}  # only events of one category in one sentence can be one act
    sentences = bool(found) and found[0].verb.doc.has_annotation("SENT_START")
    for item in sorted(found, key=lambda f: (-f.confidence, f.verb.i)):
        same = kept_by.setdefault((item.category, item.verb.sent.start if sentences else -1), [])
        if not any(_same_act(item, kept) for kept in same):
            result.append(item)
            same.append(item)
    return sorted(result, key=lambda f: f.verb.i)


def _same_act(item: Found, kept: Found) -> bool:
    if item.category != kept.category or item.verb.sent.start != kept.verb.sent.start or item.future != kept.future:
        return False  # a promise to act again is not the act already reported
    if (item.source.id if item.source else None) != (kept.source.id if kept.source else None) \
            and not _one_subject(item.verb, kept.verb):
        return False
    same_target = _country(item.target) == _country(kept.target)
    if item.verb.i == kept.verb.i and not same_target:
        return False  # one act aimed at each of "both countries" (_both)
    return same_target or item.confidence <= 0.7


def _one_subject(verb: Token, other: Token) -> bool:
    """"The military government ... declared a state of siege, suspending parts of the constitution and
    arresting opponents": verbs that share one subject token have one doer, however each was coded (the
    speaker finder may name the president for one and the government for the other)."""
    subject = _subject(verb)
    return subject is not None and subject == _subject(other)


def _to_event(text: str, item: Found, number: int) -> Event:
    code, cameo, quad, goldstein = coding(item.category, item.mode, [_lemma(t) for t in item.tokens])
    start = min(t.idx for t in item.tokens)
    end = max(t.idx + len(t.text) for t in item.tokens)
    return Event(
        # the coder's mode picks the CAMEO code; the event carries the PLOVER manual's mode (or none)
        id=f"E{number}", category=item.category, mode=manual_mode(item.category, item.mode, code),
        evidence=Span.of(text, start, end),
        source=item.source, target=item.target, attribution_id=item.attribution.id if item.attribution else None,
        cameo=cameo, cameo_code=code, quad_class=quad, goldstein=goldstein, negated=item.negated,
        hypothetical=item.hypothetical, future=item.future, confidence=item.confidence,
        place=geo.locate(item.where.name, item.where.country) if item.where is not None else None,
    )
