"""Event coding: who did what to whom, as PLOVER 2.0 events with CAMEO/GDELT equivalents.

Events come from the dependency parse, one clause at a time. A verb (or a
light verb with an event noun: "staged a hunger strike", "lifted the curfew")
names the event; its subject is the source and its object or prepositional
object the target. Verbs that frame another verb decide the category of the
pair: "agreed to deploy" is AGREE, "threatened to shell" THREATEN, "refused to
lift" REJECT; an intended or future action ("will allow", "plans to impose")
is AGREE when cooperative and THREATEN when hostile, as PLOVER codes it.
A clause that a speaker's statement reports ("Iraq said it would allow ...")
records the attribution it came from; the reporting verb itself becomes an
event when it is one (praise, criticism, warning, rejection, demand).

The coding tables are plain dicts in saywho/event_words.py; docs/events.md lists them.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, replace

from spacy.language import Language
from spacy.tokens import Doc, Token

from saywho import actors as actor_codes
from saywho import event_model, geo, speakers
from saywho.cameo import CATEGORIES, coding
from saywho.event_words import (  # the coding tables
    ADJECTIVES,
    ALLEGING,
    ARGUMENT_DEPS,
    ASSAULT_NOUNS,
    AUDIENCES,
    COOPERATIVE,
    CRITICISM_WORDS,
    CUE_GROUPS,
    CUE_NOUNS,
    DIALOGUE_WORDS,
    DOMESTIC_SECTORS,
    EXPLAINING,
    FRAMES,
    GRIEVANCES,
    HANDED,
    HOSTILE_ACTS,
    INHERIT,
    INTENT_NOUNS,
    INTENT_VERBS,
    LIGHT_VERBS,
    MEASURES,
    MOBILIZED,
    MUST,
    NOMINALS,
    NOUNS,
    OBJECT_CLASSES,
    PLACE_NOUNS,
    PLACE_PREPS,
    PROTEST_NOUNS,
    PROTESTING,
    PUNITIVE,
    REGION_NOUNS,
    REJECTING,
    REPORTING,
    SELF_DIRECTED,
    SOLIDARITY_WORDS,
    SOUGHT,
    STATE_SECTORS,
    STATIVE,
    SUBJECT_DEPS,
    SYMMETRIC,
    TARGET_PREPS,
    TERRITORY,
    THREAT_WORDS,
    TRADED,
    TRAINED,
    TRANSFERS,
    VERBS,
    WEAPONS,
)
from saywho.model import Actor, Attribution, Event, Span
from saywho.plover_format import manual_mode


@Language.factory("saywho_events", default_config={"learned": True})
def make_events(nlp: Language, name: str, learned: bool) -> EventsComponent:
    return EventsComponent(event_model.shipped() if learned else None)


class EventsComponent:
    """Sets ``doc._.saywho_events`` from the parse and the attributions; canonicalises the actors.

    With a trained model (``saywho train events``) the model has the last word on which words are events
    and of which category; the rules still read source and target off the parse.
    """

    def __init__(self, model: event_model.EventModel | None = None) -> None:
        self.model = model

    def __call__(self, doc: Doc) -> Doc:
        attributions = doc._.saywho_attributions  # fresh objects: changed speakers are assigned back below
        register = speakers.Register(doc)
        dictionary = actor_codes.builtin()
        for item in attributions:
            if item.speaker is not None:
                _canonical_speaker(item, dictionary)
        doc._.saywho_events = find_events(doc, attributions, register, self.model)
        doc._.saywho_attributions = attributions
        _add_actors(doc, dictionary)
        return doc


def _canonical_speaker(item: Attribution, dictionary: actor_codes.Dictionary) -> None:
    found = actor_codes.canonical(item.speaker, dictionary)  # type: ignore[arg-type]
    if found is not item.speaker:
        item.speaker = found


def _add_actors(doc: Doc, dictionary: actor_codes.Dictionary) -> None:
    every = {a.id: a for a in (actor_codes.canonical(a, dictionary) for a in doc._.saywho_actors)}
    for item in doc._.saywho_attributions:
        if item.speaker is not None:
            every.setdefault(item.speaker.id, item.speaker)
    for event in doc._.saywho_events:
        for actor in (event.source, event.target):
            if actor is not None:
                every.setdefault(actor.id, actor)
    doc._.saywho_actors = list(every.values())


@dataclass
class Found:
    """An event before it gets an id: the tokens it was read from."""

    category: str
    mode: str | None
    verb: Token
    source: Actor | None
    target: Actor | None
    tokens: list[Token]
    attribution: Attribution | None
    negated: bool = False
    hypothetical: bool = False
    future: bool = False
    confidence: float = 0.8
    where: Actor | None = None  # the place the clause names, coded as its country


def find_events(doc: Doc, attributions: list[Attribution], register: speakers.Register,
                model: event_model.EventModel | None = None) -> list[Event]:
    reader = Reader(doc, attributions, register)
    found = rule_events(reader)
    if model is not None:
        found = learned_events(reader, found, model)
    text = doc.text  # Doc.text joins every token on each access: read it once
    return [_to_event(text, item, n) for n, item in enumerate(_dedupe(found), start=1)]


def rule_events(reader: Reader) -> list[Found]:
    """What the rules read off the parse, before any model has a say."""
    doc, attributions = reader.doc, reader.attributions
    found: list[Found] = []
    for token in doc:
        item = reader.event_at(token)
        if item is not None:
            found.append(item)
    coded_cues = {id(f.attribution) for f in found if f.attribution is not None and _is_cue(f.verb, f.attribution)}
    for item in attributions:
        if id(item) not in coded_cues:
            extra = reader.from_cue_noun(item)
            if extra is not None:
                found.append(extra)
    found = [f for f in found if _codable(f)]
    return _explanations(_purposes(_protest_aims(_reports(found))))


def learned_events(reader: Reader, found: list[Found], model: event_model.EventModel) -> list[Found]:
    """The model's verdict: keeps, relabels or drops each rule event, and adds the words the rules missed,
    with source and target read off the parse as for any rule event."""
    kept: list[Found] = []
    for item in found:
        category = model.decide(model.probabilities(item.verb, (item.category, item.mode)), item.category)
        if category is None:
            continue
        if category != item.category:
            item.category, item.mode = category, None
        kept.append(item)
    taken = {t.i for f in found for t in (f.verb, *f.tokens)}
    for token in reader.doc:
        if token.i in taken or not model.is_candidate(token):
            continue
        category = model.decide(model.probabilities(token, None), None)
        if category is None:
            continue
        item = reader.code_as(token, category)
        if item is not None and _codable(item):
            item.confidence = min(item.confidence, 0.7)
            kept.append(item)
    return kept


def _reports(found: list[Found]) -> list[Found]:
    """"Japan will give $200 million in loans to Thailand, the finance ministry announced": a reporting verb
    coded as the act it reports (an announcement of aid read as AGREE) is the same act, when the act was
    coded from the statement's content; the act keeps its own doer."""
    by_statement: dict[int, list[Found]] = {}
    for f in found:
        by_statement.setdefault(id(f.attribution), []).append(f)

    def reported(item: Found) -> bool:
        statement = item.attribution
        if statement is None or not _is_cue(item.verb, statement):
            return False
        return any(other is not item and other.category == item.category and other.attribution is statement
                   and not _is_cue(other.verb, statement) for other in by_statement[id(statement)])
    return [f for f in found if not reported(f)]


def _codable(item: Found) -> bool:
    """"defence officials cautioned ... the troops": with no country, IGO or NGO on either side there is
    no CAMEO actor code to give, so no event."""
    return bool(_country(item.source) or _country(item.target))


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
    is still a demand; a guessed target (the place, confidence ≤ 0.7) names no one else."""
    by_verb = {t.i: f for f in found for t in [f.verb, *f.tokens]}

    def explains(item: Found) -> bool:
        for token in item.verb.ancestors:
            if token.tag_ == "VBG" and token.dep_ in ("advcl", "conj") and _lemma(token) in EXPLAINING:
                act = by_verb.get(token.head.i)
                return act is not None and act is not item and act.verb.i != item.verb.i \
                    and item.category != "THREATEN" and _country(act.source) == _country(item.source) \
                    and (_country(item.target) in (None, _country(act.target)) or item.confidence <= 0.7)
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
    return same_target or item.confidence <= 0.7


def _one_subject(verb: Token, other: Token) -> bool:
    """"The military government ... declared a state of siege, suspending parts of the constitution and
    arresting opponents": verbs that share one subject token have one doer, however each was coded (the
    speaker finder may name the president for one and the government for the other)."""
    subject = _subject(verb)
    return subject is not None and subject == _subject(other)


def _country(actor: Actor | None) -> str | None:
    return actor.country if actor is not None else None


def _is_cue(token: Token, item: Attribution) -> bool:
    return item.cue is not None and item.cue.start <= token.idx < item.cue.end


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


class Reader:
    """Reads events off one document's parse."""

    def __init__(self, doc: Doc, attributions: list[Attribution], register: speakers.Register) -> None:
        self.doc = doc
        self.attributions = attributions
        self.register = register
        self.dictionary = actor_codes.builtin()
        self.consumed: set[int] = set()  # verbs already coded as part of a frame
        self._statement_at = _statements_by_token(doc, attributions)
        self._people = [t.i for t in doc if t.ent_type_ == "PERSON" and t.pos_ == "PROPN" and t.dep_ != "compound"]

    def code_as(self, token: Token, category: str) -> Found | None:
        """An event of a category the caller decided (the learned model), read off the parse like any other."""
        return self._build(token, category, None, [token], token)

    # -- finding the event word ---------------------------------------------

    def event_at(self, token: Token) -> Found | None:
        if token.i in self.consumed or token.pos_ not in ("VERB", "ADJ", "AUX", "NOUN"):
            return None
        if token.pos_ == "NOUN":
            return self._noun_event(token)
        if token.pos_ == "ADJ" and _lemma(token) not in FRAMES and _lemma(token) not in ADJECTIVES:
            return None
        requested = self._must_clause(token)
        if requested is not None:
            return requested
        if _unasserted(token) or _reporter(token):
            return None
        coded = self._code_verb(token)
        if coded is None:
            return None
        category, mode, tokens, inner = coded
        return self._build(token, category, mode, tokens, inner)

    def _code_verb(self, verb: Token) -> tuple[str, str | None, list[Token], Token] | None:
        """(category, mode, evidence tokens, innermost verb) for a verb, following frames."""
        lemma = _lemma(verb)
        inner = _framed(verb) if lemma in FRAMES else None
        if inner is not None:
            coded = self._code_verb(inner) or (None, None, [inner], inner)
            self.consumed.add(inner.i)
            frame = FRAMES[lemma]
            category = coded[0]
            if frame == "intent" and category == "SANCTION" and lemma in ("announce", "decide"):
                # "announced it would prohibit all aid to the rebels": a sanction decided is imposed, not threatened
                return category, coded[1], [verb, *coded[2]], coded[3]
            if frame == "intent":
                category = _intended(category, _negated(verb) or _negated(inner))
                if category is None:
                    return None
                return category, coded[1], [verb, *coded[2]], coded[3]
            if frame == "REQUEST" and category is None and lemma in ("ask", "press", "push", "pressure", "call") \
                    and not (lemma == "call" and _preps(verb, ["on", "upon"])):
                return None  # "called on the rulers to step down" asks someone to act, whatever the act
            mode = coded[1] if frame == category else None
            return frame, mode, [verb, *coded[2]], coded[3]
        measure = self._measure(verb)
        if measure is not None:
            return measure
        light = self._light(verb)
        if light is not None:
            return light
        if _rallies_against(verb):
            return "ACCUSE", "disapprove", [verb], verb  # CAMEO 113: "called for sanctions against Nigeria"
        if lemma == "meet" and {c.lemma_.lower() for c in verb.children if c.dep_ == "dobj"} & {"demand", "condition"}:
            return "CONCEDE", None, [verb], verb  # meeting demands is conceding them
        if verb.pos_ == "ADJ" and lemma in ADJECTIVES:
            return (*ADJECTIVES[lemma], [verb], verb)
        if lemma in VERBS and not _idiom(verb):
            category, mode = VERBS[lemma]
            if lemma == "protest" and (_crowd(verb) or _protest_purpose(verb)):
                category, mode = "PROTEST", "demo"  # demonstrators protesting, or people acting to protest
            if lemma in ("storm", "besiege") and _crowd(verb):
                category, mode = "PROTEST", "riot" if lemma == "storm" else "obstruct"  # students storming parliament
            if lemma == "fire" and any(c.lower_ == "test" for c in verb.children):
                category, mode = "MOBILIZE", "weapons"  # "test-fired two ballistic missiles": a show of force
            if lemma == "ban" and any(o.lemma_.lower() in TRADED for o in _objects(verb)):
                category, mode = "SANCTION", None  # "banned Macedonian goods": an embargo (CAMEO 163)
            if lemma == "seize" and any(o.lemma_.lower() in TERRITORY or o.ent_type_ == "GPE" for o in _objects(verb)):
                category, mode = "ASSAULT", "occupy"  # territory taken by force, not property confiscated
            if lemma in ("train", "recruit") and any(c.lemma_.lower() == "hacker" for c in verb.children):
                mode = "cyber"
            if lemma == "meet" and not _counterpart(verb):
                return None  # "Israel's Cabinet met Sunday": a body meeting on its own consults no one
            if category == "CONSULT" and lemma in ("arrive",) and not _prep_object(verb, ("in", "at")):
                return None
            if lemma in ("travel", "fly") and not self._visit(verb):
                return None
            if lemma in ("speak", "talk") and not _prep_object(verb, ("to", "with")):
                return None  # speaking to someone is consulting; speaking alone is speech
            if lemma in ("speak", "talk") and all(o.lemma_.lower() in AUDIENCES for o in _preps(verb, ["to", "with"])):
                return None  # "spoke to reporters": telling the news is no consultation
            return category, mode, [verb], verb
        return None

    def _measure(self, verb: Token) -> tuple[str, str | None, list[Token], Token] | None:
        """"The parliament approved a bill banning satellite dishes": passing a law is the act it makes law."""
        if _lemma(verb) not in ("approve", "pass", "adopt", "enact", "issue", "sign"):
            return None
        for noun in (c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in MEASURES):
            clause = next((c for c in noun.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"), None)
            coded = self._code_verb(clause) if clause is not None else None
            if coded is not None and coded[0] in HOSTILE_ACTS | {"CONCEDE", "RETREAT"}:
                self.consumed.add(clause.i)  # type: ignore[union-attr]
                return coded[0], coded[1], [verb, *coded[2]], verb
        return None

    def _visit(self, verb: Token) -> bool:
        """"The Brazilian president travelled to Argentina": an official's own trip to another country, or a
        trip "for talks", is a visit (CAMEO 042); "fled/travelled without documents" is none."""
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or verb.tag_ == "VBG":
            return False
        if any(o.lemma_.lower() in OBJECT_CLASSES["talks"] for o in _preps(verb, ["for"])):
            return True
        source = self._actor(subject, verb)
        if source is None or not (source.type == "person" or source.sector == "GOV"):
            return False
        places = [self._actor(o, verb) for o in _preps(verb, ["to"])]
        return any(p is not None and p.country and p.country != source.country for p in places)

    def _light(self, verb: Token) -> tuple[str, str | None, list[Token], Token] | None:
        lemma = _lemma(verb)
        if lemma == "call" and any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children):
            return "CONCEDE", None, [verb], verb
        if lemma in ("force", "drive", "kick") and any(c.lower_ == "out" and c.dep_ in ("prt", "prep", "advmod")
                                                       for c in verb.children):
            return "SANCTION", "expel", [verb], verb  # "forced the UN refugee agency out of the country"
        particles = {c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod", "prep")}
        if lemma in ("fire", "use", "shoot", "lob", "spray") and any(_nonlethal(o) for o in _objects(verb)):
            return "COERCE", "repress", [verb], verb  # CAMEO 175: "fired tear gas at students", "used water cannon"
        if lemma in ("order", "tell", "ask") and any(o.lemma_.lower() in OBJECT_CLASSES["envoy"] for o in _objects(verb)) \
                and any(c.dep_ == "xcomp" and _lemma(c) in ("leave", "depart", "go") for c in verb.children):
            return "SANCTION", "expel", [verb], verb  # CAMEO 166: "ordered the French ambassador to leave"
        if lemma in ("hand", "turn") and "over" in particles and any(
                actor_codes.SECTOR_WORDS.get(o.lower_) in ("REB", "CVL", "OPP") or o.lemma_.lower() in HANDED
                for o in _objects(verb)):
            return "COOPERATE", None, [verb], verb  # CAMEO 063: "handed over three suspected militants to Kabul"
        if lemma in ("pull", "move") and particles & {"out", "back"}:
            return "RETREAT", "withdraw", [verb], verb  # CAMEO 0874: "troops pulled out of Jenin"
        if lemma == "round" and "up" in particles:
            return "COERCE", "arrest", [verb], verb  # CAMEO 173: "rounded up 40 suspects"
        if lemma == "walk" and "out" in particles:
            if any(t.lemma_.lower() in OBJECT_CLASSES["talks"] and t.head.lower_ == "of" for t in verb.subtree):
                return "SANCTION", None, [verb], verb  # CAMEO 164: walking out of talks halts them
            return "PROTEST", "strike-gen", [verb], verb  # workers walking out strike
        if lemma in ("take", "hold") and any(t.lower_ in ("hostage", "hostages") for t in verb.children):
            return "ASSAULT", "abduct", [verb], verb  # CAMEO 181: "took 20 tourists hostage"
        if lemma == "claim" and {c.lemma_.lower() for c in verb.children if c.dep_ == "dobj"} & {"responsibility", "credit"}:
            for noun in _preps(verb, ["for"]) + [o for c in verb.children if c.dep_ == "dobj" for o in _preps(c, ["for"])]:
                if noun.lemma_.lower() in OBJECT_CLASSES["attack"] | ASSAULT_NOUNS:
                    self.consumed.add(noun.i)
                    return "ASSAULT", None, [verb, noun], verb  # claiming an attack is owning it
        if lemma in ("ask", "appeal", "press", "plead") and not _framed(verb) and _preps(verb, ["for"]):
            return "REQUEST", None, [verb], verb  # "asked Germany for compensation"
        if lemma == "seek" and {c.lemma_.lower() for c in verb.children if c.dep_ == "dobj"} & SOUGHT:
            return "REQUEST", None, [verb], verb  # "sought assistance from the United States"
        intent = self._intent_noun(verb)
        if intent is not None:
            return intent
        if lemma not in LIGHT_VERBS:
            return None
        objects = _objects(verb)
        if lemma in ("allow", "permit"):  # "allowed UN inspectors to visit its prisons": whom it lets act
            objects += [s for c in verb.children if c.dep_ in ("xcomp", "ccomp") for s in c.children if s.dep_ == "nsubj"]
        for noun in objects:
            for group, category, mode in LIGHT_VERBS[lemma]:
                if _noun_class(noun) == group or noun.lemma_.lower() in OBJECT_CLASSES[group]:
                    if noun.lemma_.lower() in ("strike",) and any(c.lower_ == "hunger" for c in noun.children):
                        mode = "strike-hun"
                    elif noun.lemma_.lower() == "strike" and category == "PROTEST":
                        mode = "strike-gen"
                    if group == "exercise" and _joint(noun, verb):
                        category, mode = "COOPERATE", "military"  # CAMEO 0622: joint exercises
                    if group not in ("monitors",):  # inspectors let in are someone: the target
                        self.consumed.add(noun.i)
                    return category, mode, [verb, noun], verb
        return None

    def _intent_noun(self, verb: Token) -> tuple[str, str | None, list[Token], Token] | None:
        """"expressed willingness to resume talks", "signalled its readiness to return": an intent stated
        with a noun is an intent (CAMEO 03), or a threat when the intended act is hostile."""
        if _lemma(verb) not in INTENT_VERBS:
            return None
        for noun in verb.children:
            if noun.dep_ != "dobj" or noun.lemma_.lower() not in INTENT_NOUNS:
                continue
            inner = next((c for c in noun.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"), None)
            if inner is None:
                inner = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("to", "for")
                              for g in c.children if g.dep_ in ("pcomp", "pobj")), None)
            if inner is None:
                continue
            coded = self._code_verb(inner) if inner.pos_ == "VERB" else None
            self.consumed.add(inner.i)
            category = _intended(coded[0] if coded else "AGREE", _negated(verb))
            if category is None:
                return None
            return category, None, [verb, noun, *(coded[2] if coded else [inner])], coded[3] if coded else inner
        return None

    def _noun_event(self, noun: Token) -> Found | None:
        """"having a very good dialogue with Putin": an event noun whose verb is not an event word."""
        lemma = noun.lemma_.lower()
        if lemma in NOMINALS or noun.lower_ in NOMINALS:
            found = self._nominal(noun, *(NOMINALS.get(noun.lower_) or NOMINALS[lemma]))
            if found is not None or lemma not in NOUNS:
                return found
        if lemma not in NOUNS and noun.lower_ not in NOUNS:
            return None
        category, mode = NOUNS.get(lemma) or NOUNS[noun.lower_]
        if noun.dep_ not in ("dobj", "attr") or noun.head.lemma_.lower() in LIGHT_VERBS and noun.head.i in self.consumed:
            return None
        if noun.head.lemma_.lower() in VERBS or noun.head.lemma_.lower() in FRAMES:
            return None
        return self._build(noun.head, category, mode, [noun.head, noun], noun)

    def _nominal(self, noun: Token, category: str, mode: str | None) -> Found | None:
        """"The arrest of ten opposition leaders by Kenyan police", "a meeting between Chinese and Russian
        ministers": an event named by a noun that is the subject or object of a verb that is no event
        ("sparked", "took place"), with its doer given by "by" or, for meetings and clashes, "between"."""
        if noun.dep_ not in ("nsubj", "nsubjpass", "ROOT", "appos") or noun.i in self.consumed:
            return None
        if any(c.dep_ == "poss" for c in noun.children):
            return None
        agents = _preps(noun, ["by"]) or [a for o in _preps(noun, ["of"]) for a in _preps(o, ["by"])]
        pair = _preps(noun, ["between"]) if category in SYMMETRIC or category == "ASSAULT" else []
        if not agents and not pair:
            return None
        verb = noun.head if noun.head.pos_ in ("VERB", "AUX") else noun
        if _lemma(verb) in VERBS or _lemma(verb) in FRAMES or _unasserted(verb) or _reporter(verb):
            return None
        first = agents[0] if agents else pair[0]
        source = self._placed(self._actor(first, verb), noun, unknown_ok=False)
        if source is None or not _acts(source):
            return None
        target = None
        for other in ([c for c in first.conjuncts] if pair else _preps(noun, ["of", "against", "on", "with"])):
            actor = self._actor(other, verb)
            if actor is not None and actor.id != source.id and (actor.country or actor.type == "person"):
                target = actor
                break
        if target is None and pair:
            target = _adjective_partner(first, source)
        if target is None or not target.country:
            target = self._place(verb) or target
        attribution = self._attribution_of(noun)
        return Found(category, mode, noun, source, _not_same(target, source), [noun], attribution, confidence=0.7)

    def _must_clause(self, verb: Token) -> Found | None:
        """"Chirac reminded Iraq that it must cooperate": a demand on the clause's subject."""
        if not any(c.dep_ == "aux" and c.lower_ in MUST for c in verb.children):
            return None
        if verb.dep_ not in ("ccomp", "acl", "relcl", "advcl") and not self._attribution_of(verb):
            return None
        speaker_verb = verb.head
        while speaker_verb.pos_ not in ("VERB", "AUX") and speaker_verb.head.i != speaker_verb.i:
            speaker_verb = speaker_verb.head
        self.consumed.add(verb.i)
        for child in verb.subtree:
            self.consumed.add(child.i)
        attribution = self._attribution_of(verb)
        source = self._source(speaker_verb, attribution) if speaker_verb.i != verb.i else None
        subject = _subject(verb)
        target = self._actor(subject, verb) if subject is not None else None
        if source is None:
            return None
        negated = _negated(verb)
        found = Found("REQUEST", None, verb, source, _not_same(target, source), [speaker_verb, verb], attribution)
        found.negated = negated
        return found

    # -- building the event --------------------------------------------------

    def _build(self, verb: Token, category: str, mode: str | None, tokens: list[Token], inner: Token) -> Found | None:
        attribution = self._attribution_of(verb)
        cue_of = attribution if attribution is not None and _is_cue(verb, attribution) else None
        if cue_of is not None:
            category, mode = _cue_category(cue_of, category, mode)
        elif category == "THREATEN" and _lemma(verb) == "warn" and not _framed(verb):
            return None  # "warned that ..." without an attribution: nothing was threatened
        # a reporting participle the parse hung on its speaker ("..., a rights group protested") is active
        passive = _passive(verb) and not _stative(verb) and not (cue_of is not None and verb.dep_ == "acl")
        source = self._source(verb, cue_of or None) if not passive else self._agent(verb) or self._weapon_user(verb)
        if passive and source is None and _lemma(verb) in SELF_DIRECTED:
            subject = _subject(verb)  # "guerrillas have been demobilized": they stand down, whoever oversaw it
            source = self._actor(subject, verb) if subject is not None else None
        # an attack by no one named ("was killed by a roadside bomb") is coded by where it happened, but only
        # when it is the sentence's news, not background ("the town where 28 people have been killed")
        unknown_attacker = category == "ASSAULT" and (passive and verb.dep_ in ("ROOT", "conj") or _attempted(verb)
                                                      or _weapon_went_off(verb))
        source = self._placed(source, verb, unknown_ok=unknown_attacker)
        # an unnamed domestic group ("opposition parties", "Maoist guerrillas") acting nowhere named waits
        # for its counterpart: facing a state's own bodies, it is of that state (see _home)
        homeless = source is not None and not _acts(source) and source.sector in DOMESTIC_SECTORS
        if source is None or not _acts(source) and not homeless:
            return None
        symmetric = category in SYMMETRIC or _lemma(verb) == "clash" and not any(c.dep_ == "dobj" for c in verb.children) \
            or _lemma(verb) in ("exchange", "swap")
        target = self._partner(verb, source) if symmetric else None
        target = _not_same(target or self._target(verb, inner, source, cue_of, passive, category), source)
        if target is None:
            target = self._client(verb)
        if cue_of is None:
            target = self._placed(target, verb, unknown_ok=False)  # "a journalist killed in Beirut"
        # a statement's target is what it is about; an act's countryless object says less than where it happened
        guessed = target is None or (not target.country and cue_of is None)
        if guessed:
            target = self._predicate_actor(verb, source) or self._place(verb) or target
        if homeless:
            source = _home(source, target)
            if source is None:
                return None
        source, target, filled = self._domestic(verb, source, target)
        guessed = guessed or filled or homeless
        if (target is None or not target.country) and _state_actor(source):
            # "Chad's president pardoned 40 rebels", "refused to meet the striking miners' leaders": a state's
            # dealings with unnamed rebels, parties or people of no stated country are with its own
            group = self._bare_group(inner)
            if group is not None:
                target, guessed = actor_codes.actor_of_state(source.country, group.sector), True  # type: ignore[arg-type]
        if (target is None or not target.country) and category in ("COERCE", "CONCEDE") \
                and source.country and source.type in ("state", "organisation") and source.sector in (None, "GOV", "COP", "MIL", "JUD", "LEG"):
            # a state's arrests, curfews and sentences with no foreign object are of its own people (CAMEO 17),
            # and so are its concessions ("lifted a ban on fishing", "restored parliament", CAMEO 08)
            own = replace(target, country=source.country) if target is not None else \
                actor_codes.actor_of_state(source.country, "CVL")
            target, guessed = own, True
        found = Found(category, mode, verb, source, _not_same(target, source), tokens, attribution)
        found.negated = _negated(verb) and category not in ("REJECT",)
        found.hypothetical = _hypothetical(verb) or _hypothetical(inner)
        found.future = _future(verb) or _future(inner) or (_lemma(verb) in FRAMES and FRAMES[_lemma(verb)] == "intent")
        if _intent_negated(verb, inner, category) or category == "AGREE" and found.negated:
            # "would not meet their demands", "would never agree to a Palestinian state": refusals (CAMEO 12)
            found.category, found.mode, found.negated = "REJECT", None, False
        elif (found.future or found.hypothetical) and inner is verb and category in COOPERATIVE | HOSTILE_ACTS \
                and category != "AGREE" and _actor_intends(verb) and (found.target is not None or not guessed):
            found.category = "AGREE" if category in COOPERATIVE else "THREATEN"
            found.mode = None
        found.where = self._place(verb)
        found.confidence = 0.9 if cue_of is not None else (0.8 if found.target is not None else 0.6)
        if guessed:
            found.confidence = min(found.confidence, 0.7 if found.target is not None else 0.6)
        return found

    def from_cue_noun(self, item: Attribution) -> Found | None:
        """A statement introduced by a noun ("in a warning") or a verb the parse did not code."""
        if item.cue is None or item.speaker is None:
            return None
        cue = self.doc.char_span(item.cue.start, item.cue.end, alignment_mode="expand")
        if cue is None:
            return None
        word = cue.root
        lemma = word.lemma_.lower()
        coded = CUE_NOUNS.get(lemma) if word.pos_ == "NOUN" else None
        if coded is None:
            group = _cue_group(lemma)
            coded = CUE_GROUPS.get(group) if group else None
        from_content = coded is None
        if coded is None:
            coded = _cue_category(item, None, None)
            if coded[0] is None and self._criticises(item):
                coded = ("ACCUSE", "disapprove")
            if coded[0] is None:
                return None
        target = self._content_actor(item, item.speaker)
        if from_content and coded[0] != "THREATEN" and target is None:
            return None  # criticism, solidarity or an offer of talks needs someone it is about
        return Found(coded[0], coded[1], word, item.speaker, target, [word], item, negated=item.negated, confidence=0.7)

    def _criticises(self, item: Attribution) -> bool:
        """"said Japan's decision was a grave provocation", "called the sanctions an act of aggression": what
        was said calls something by a word of criticism; "deployed to prevent any aggression" does not."""
        for span in item.content:
            chars = self.doc.char_span(span.start, span.end, alignment_mode="expand")
            for token in chars if chars is not None else []:
                if token.lower_ in CRITICISM_WORDS and _predicated(token):
                    return True
        return False

    # -- actors ----------------------------------------------------------------

    def _attribution_of(self, token: Token) -> Attribution | None:
        """The first attribution whose cue or content holds the token (looked up, not scanned for)."""
        return self._statement_at[token.i]

    def _source(self, verb: Token, attribution: Attribution | None) -> Actor | None:
        subject = _subject(verb)
        if subject is None and attribution is not None and attribution.source is not None and _is_cue(verb, attribution):
            # a reporting clause the parse did not give a subject: the attribution's source phrase
            phrase = self.doc.char_span(attribution.source.start, attribution.source.end, alignment_mode="expand")
            subject = phrase.root if phrase is not None else None
        coded = self._actor(subject, verb) if subject is not None else None
        if attribution is not None and attribution.speaker is not None and _is_cue(verb, attribution):
            speaker = attribution.speaker
            if coded is not None and coded.id == speaker.id and not speaker.country:
                speaker.country, speaker.sector = coded.country, speaker.sector or coded.sector
            if coded is not None and coded.country and speaker.country and coded.country != speaker.country \
                    and speaker.type != "person" and coded.type != "person":
                return coded  # "Turkish Cypriot leaders": the phrase's head-nearest nationality, as CAMEO codes it
            if coded is not None and coded.sector and speaker.type == "state" and coded.id != speaker.id:
                return coded  # "Iraq's Kurdish rebels" are Iraqi rebels, not the state of Iraq
            if coded is not None and not speaker.country and speaker.type != "person" \
                    and (coded.country or coded.sector or speaker.type == "group"):
                # the dictionary knows "the APEC forum" that the speaker finder only named; "Leaders of the
                # opposition coalition" are the opposition, coded by where they act; "Leaders of the Musavat
                # party", a nominal speaker, act as the party
                return coded
            return speaker
        return coded

    def _agent(self, verb: Token) -> Actor | None:
        for child in verb.children:
            if child.dep_ == "agent":
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if objects:
                    return self._actor(objects[0], verb)
        agent = _detached_agent(verb)
        return self._actor(agent, verb) if agent is not None else None

    def _weapon_user(self, verb: Token) -> Actor | None:
        """"wounded by a landmine planted by separatists": the one who placed or fired the weapon."""
        for child in verb.children:
            if child.dep_ != "agent":
                continue
            for weapon in (c for c in child.children if c.dep_ == "pobj" and c.lemma_.lower() in WEAPONS):
                for user in _proposers([weapon]):
                    return self._actor(user, verb)
        return None

    def _actor(self, head: Token, verb: Token) -> Actor | None:
        if head.lower_ in ("it", "they", "them", "its", "their", "we") or head.dep_ == "nsubj" and head.tag_ == "WDT":
            return self._antecedent(head, verb)
        if head.lower_ in ("who", "which", "that") and head.head.dep_ == "relcl":
            return self._actor(head.head.head, verb)
        if head.lower_ in ("him", "her") and head.dep_ != "poss":
            return self._object_person(head, verb)
        if head.lower_ in ("country", "nation") and any(c.dep_ == "poss" and c.lower_ in ("his", "her", "their", "our")
                                                        for c in head.children):
            return self._own_country(head, verb)
        found = actor_codes.code_phrase(head, self.register, self.dictionary)
        if found is None and head.lower_ in ("he", "she"):
            return self._person_antecedent(head)
        return found

    def _antecedent(self, pronoun: Token, verb: Token) -> Actor | None:
        """"Iraq said it would allow ...": the nearest coded noun phrase before the pronoun in its sentence."""
        attribution = self._attribution_of(pronoun)
        if attribution is not None and attribution.speaker is not None and attribution.speaker.type != "person":
            return self._speaker_coded(attribution)
        for token in reversed(list(pronoun.sent)[: pronoun.i - pronoun.sent.start]):
            if token.dep_ in ("nsubj", "dobj", "pobj", "dative", "nsubjpass") and token.pos_ in ("PROPN", "NOUN"):
                actor = actor_codes.code_phrase(token, self.register, self.dictionary)
                if actor is not None and actor.type != "person" and actor.country:
                    return actor
        if attribution is not None and attribution.speaker is not None and pronoun.lower_ not in ("it", "its"):
            return attribution.speaker
        return None

    def _own_country(self, head: Token, verb: Token) -> Actor | None:
        """"Venezuela's foreign minister said his country was prepared to mediate": the state of whoever
        "his" is, the statement's speaker first."""
        attribution = self._attribution_of(head)
        owner = attribution.speaker if attribution is not None and attribution.speaker is not None else None
        if owner is None or not owner.country:
            owner = self._person_antecedent(head)
        if owner is None or not owner.country or owner.country in actor_codes.NON_STATE:
            return None
        return actor_codes.actor_of_state(owner.country)

    def _speaker_coded(self, attribution: Attribution) -> Actor:
        """The speaker, coded from its source phrase when the speaker finder gave it no country:
        "Ivory Coast rebels ... said they also opposed" are the Ivorian rebels."""
        speaker = attribution.speaker
        assert speaker is not None
        if speaker.country or attribution.source is None:
            return speaker
        phrase = self.doc.char_span(attribution.source.start, attribution.source.end, alignment_mode="expand")
        coded = actor_codes.code_phrase(phrase.root, self.register, self.dictionary) if phrase is not None else None
        return coded if coded is not None and coded.country else speaker

    def _person_antecedent(self, pronoun: Token) -> Actor | None:
        """"King Hassan of Morocco ... he would be ready": the nearest earlier subject in the sentence."""
        for token in reversed(list(pronoun.sent)[: pronoun.i - pronoun.sent.start]):
            if token.dep_ in ("nsubj", "nsubjpass") and token.pos_ in ("PROPN", "NOUN"):
                return actor_codes.code_phrase(token, self.register, self.dictionary)
        return None

    def _object_person(self, pronoun: Token, verb: Token) -> Actor | None:
        """"dialogue with Putin and planned to speak with him": the most recent person named before the
        pronoun, in this sentence or earlier ones, who is not the one acting."""
        subject = _subject(verb)
        acting = self._actor(subject, verb) if subject is not None and subject.lower_ not in ("him", "her") else None
        for i in reversed(self._people[: bisect_left(self._people, pronoun.i)]):
            token = self.doc[i]
            person = actor_codes.code_phrase(token, self.register, self.dictionary)
            if person is not None and person.type == "person" and (acting is None or person.id != acting.id):
                return person
        return None

    def _target(self, verb: Token, inner: Token, source: Actor, cue_of: Attribution | None, passive: bool,
                category: str) -> Actor | None:
        if passive:
            subject = verb.head if verb.dep_ == "acl" else _subject(verb)
            if subject is not None:
                found = self._actor(subject, verb)
                if found is not None:
                    return found
        if cue_of is not None:
            addressee = self._addressee(verb)
            if addressee is None and inner.i != verb.i:  # "pledged to send troops to Somalia"
                addressee = self._object_actor(inner, source)
            # "has dismissed a force proposed by Western allies": whoever proposed what is rejected
            proposer = next(iter(_proposers([c for c in verb.children if c.dep_ == "dobj"])), None)
            proposed = self._actor(proposer, verb) if proposer is not None else None
            if proposed is not None and proposed.country and proposed.id != source.id:
                return proposed
            return addressee or self._content_actor(cue_of, source)
        if category == "REQUEST" and inner.i != verb.i:  # "pushing for the US [to] support": whom it asks to act
            asked = next((c for c in inner.children if c.dep_ == "nsubj"), None) or next(
                iter(_preps(verb, ["on", "upon"])), None)  # "called on Russia to withdraw"
            found = self._actor(asked, verb) if asked is not None else None
            if found is not None and found.id != source.id and found.country:
                return found
        complaints = [o for o in verb.children if o.dep_ == "dobj" and o.lemma_.lower() in OBJECT_CLASSES["complaint"]]
        if _lemma(verb) in GRIEVANCES or complaints:
            # "complained to the UN over Israeli air raids", "filed a complaint with the UN over British
            # exercises": the grievance is the target, not whom the complaint is made to
            for noun in [n for word in (verb, *complaints) for n in _preps(word, ["over", "about", "against", "at"])]:
                found = self._actor(noun, verb)
                if found is not None and found.id != source.id and found.country:
                    return found
        if category == "PROTEST":  # what protesters block or march through is a place; whom they defy is the target
            found = self._opponent(verb, source)
            if found is not None:
                return found
        # "donated and delivered goods to the school": conjoined verbs with no object of their own share the last one's
        shared = [] if any(c.dep_ == "dobj" for c in verb.children) else [c for c in verb.conjuncts if c.i > verb.i]
        for word in dict.fromkeys([inner, verb, *shared]):
            found = self._object_actor(word, source)
            if found is not None:
                return found
        return self._opponent(verb, source)

    def _bare_group(self, verb: Token) -> Actor | None:
        """The verb's object when it is an unnamed group with no country: "40 rebels", "the miners' leaders",
        "agreed to a request by the rebels"."""
        nouns = [c for c in verb.children if c.dep_ == "dobj"] + _preps(verb, ["to", "with", "against"])
        for noun in nouns:
            for word in (noun, *(c for c in noun.children if c.dep_ == "poss"), *_preps(noun, ["by", "of"])):
                actor = self._actor(word, verb)
                if actor is not None and not actor.country and actor.sector in DOMESTIC_SECTORS | {"CVL"}:
                    return actor
        return None

    def _opponent(self, verb: Token, source: Actor) -> Actor | None:
        """"staged rallies in Gaza against the party's leader", "began a strike to protest against Sweden's decision"."""
        subject = _subject(verb)
        skip = _subject_tokens(subject, verb)
        for token in verb.subtree:
            if token.i in skip or token.dep_ != "pobj" or token.head.lower_ not in ("against", "at", "of", "over"):
                continue
            if token.head.lower_ != "against" and token.head.head.lemma_.lower() not in ("protest", "defiance", "disapproval"):
                continue
            # "against the alleged violations by the Israeli military": whoever did what is protested
            for noun in [token, *_preps(token, ["by"])]:
                actor = self._actor(noun, verb)
                if actor is not None and actor.id != source.id and (actor.country or actor.type == "person"):
                    return actor
        for child in verb.children:
            if child.dep_ in ("advcl", "xcomp") and child.lemma_.lower() in ("protest", "demand", "denounce"):
                found = self._object_actor(child, source)
                if found is not None:
                    return found
        return None

    def _addressee(self, verb: Token) -> Actor | None:
        called = _preps(verb, ["on", "upon"]) if _lemma(verb) == "call" else []  # "called on Russia to withdraw"
        for child in [*verb.children, *called]:
            if (child.dep_ in ("dobj", "dative") or child in called) and child.pos_ in ("PROPN", "NOUN") \
                    and child.lemma_ not in ("that",):
                actor = self._actor(child, verb)
                if actor is not None and (actor.country or actor.type == "person"):
                    return actor
        return None

    def _object_actor(self, verb: Token, source: Actor) -> Actor | None:
        # a dative "to" is a preposition: its object comes with the other prepositional objects below
        objects = [c for c in verb.children if c.dep_ in ("dobj", "dative", "attr", "oprd") and c.pos_ != "ADP"]
        if _lemma(verb) in ("allow", "permit"):  # "allowed UN inspectors to visit": whom it lets in
            objects += [s for c in verb.children if c.dep_ in ("xcomp", "ccomp") for s in c.children if s.dep_ == "nsubj"]
        # Whoever proposed what is rejected is the target: "dismissed a force proposed by Western allies".
        proposers = _proposers(objects)
        candidates = list(proposers)
        sent = _lemma(verb) in TRANSFERS and any(_preps(w, ["to", "into"]) for w in [verb, *objects])
        candidates += [] if sent else objects  # what is sent is no target: "send 1,000 peacekeepers to Haiti"
        preps = [p for noun in objects for p in _preps(noun, TARGET_PREPS)] + _preps(verb, TARGET_PREPS)
        preps += [p for child in verb.children if child.dep_ == "prt" for p in _preps(child, TARGET_PREPS)]
        preps += [q for p in list(preps) for q in _preps(p, TARGET_PREPS)]  # "in the Gaza Strip against Israel"
        # "against Israel" says more about the target than "in the Gaza Strip", wherever each attaches
        candidates += sorted(preps, key=lambda t: TARGET_PREPS.index(t.head.lower_) if t.head.lower_ in TARGET_PREPS else 99)
        for noun in candidates:
            if noun.i in self.consumed and noun.pos_ == "NOUN":
                # the event noun is no one ("held talks ... in Beijing"); its own arguments say whom it is aimed
                # at ("the blockade of Serbia", "talks with Japanese officials")
                for argument in _preps(noun, ["against", "on", "of", "with", "between", "to"]):
                    actor = self._actor(argument, verb)
                    if actor is not None and actor.id != source.id and (actor.country or actor.type == "person"):
                        return actor
                continue
            actor = self._actor(noun, verb)
            if actor is not None and noun in proposers and not actor.country \
                    and actor.sector in DOMESTIC_SECTORS | {"CVL"} and _state_actor(source):
                return actor_codes.actor_of_state(source.country, actor.sector)  # "repelled an attack by gunmen"
            if actor is not None and actor.id != source.id and (actor.country or actor.type == "person"):
                return actor
        return None

    def _content_actor(self, item: Attribution, source: Actor) -> Actor | None:
        """Whom a statement is about: the first coded actor in what was said."""
        for span in item.content:
            chars = self.doc.char_span(span.start, span.end, alignment_mode="expand")
            if chars is None:
                continue
            for token in chars:
                if token.pos_ in ("PROPN", "NOUN") and token.dep_ in ("nsubj", "nsubjpass", "poss", "pobj", "dobj", "compound"):
                    if token.dep_ == "compound" and token.head.pos_ == "PROPN":
                        continue
                    actor = self._actor(token, token.head)
                    if actor is None or actor.id == source.id or _own_state(actor, source):
                        continue  # "'France stands with Lebanon,' the French president said" is about Lebanon
                    if actor.country or actor.type == "person" or actor.name in actor_codes.SECTORS["MIL"]:
                        return actor
        return None

    def _partner(self, verb: Token, source: Actor) -> Actor | None:
        """"Jordan and Britain agreed": the other conjunct is the counterpart."""
        subject = _subject(verb)
        if subject is None:
            return None
        for other in subject.conjuncts:
            actor = self._actor(other, verb)
            if actor is not None and actor.id != source.id:
                if not actor.country and actor.sector in DOMESTIC_SECTORS and source.country:
                    # "Mozambique's government and the rebels signed ...": the rebels are Mozambican
                    return actor_codes.actor_of_state(source.country, actor.sector)
                return actor
        return _adjective_partner(subject, source)

    def _placed(self, source: Actor | None, verb: Token, unknown_ok: bool) -> Actor | None:
        """Unnamed groups and unknown attackers are coded by where they act, as CAMEO does:
        "Demonstrators in Baghdad blocked a road" (IRQ), "were killed by a roadside bomb in Basra" (IRQ)."""
        if source is not None and (source.country or not source.sector):
            return source
        if source is None and not unknown_ok:
            return None
        place = self._place(verb)
        if place is None:
            return source
        if source is None:
            return place
        return Actor(id=f"{source.id}-{place.country.lower()}", name=f"{source.name} ({place.name})",  # type: ignore[union-attr]
                     country=place.country, type=source.type, sector=source.sector)

    def _domestic(self, verb: Token, source: Actor, target: Actor | None) -> tuple[Actor, Actor | None, bool]:
        """A named organisation or person with no country ("the Homeland Union", "Judge Alejandro Rivera")
        acts where the clause happens, else at home with the state it deals with, as PLOVER coders assume."""
        filled = False
        if _uncoded(source):
            code = _country(self._place(verb)) or _country(target)
            if code:
                source, filled = replace(source, country=code), True
        if target is not None and _uncoded(target):
            code = _country(self._place(verb)) or source.country
            if code:
                target, filled = replace(target, country=code), True
        return source, target, filled

    def _predicate_actor(self, verb: Token, source: Actor) -> Actor | None:
        """Whom the act is aimed at when no object says so: the first coded actor in the predicate,
        "rioted following a demonstration calling for the removal of President Hosni Mubarak"."""
        skip = _outside_predicate(verb)
        # what someone is accused of is not whom the act is aimed at: "executed a man convicted of spying for Israel"
        skip |= {t.i for a in verb.subtree if a.dep_ == "acl" and _lemma(a) in ALLEGING for t in a.subtree}
        for token in verb.subtree:
            if token.i in skip or token.pos_ not in ("PROPN", "NOUN") or token.dep_ not in ARGUMENT_DEPS:
                continue
            if token.dep_ == "compound" and token.head.pos_ == "PROPN":
                continue
            actor = self._actor(token, verb)
            if actor is None or actor.id == source.id or not actor.country:
                continue
            # a fellow national counts only when named ("the removal of President Hosni Mubarak"), not
            # when a noun merely has the source's adjective ("the Palestinian uprising")
            # or a state body other than the source ("deliberations with the Nigerian government")
            if actor.country != source.country or actor.type == "person" or token.pos_ == "PROPN" \
                    or actor.sector in STATE_SECTORS and actor.sector != source.sector:
                return actor
        return None

    def _place(self, verb: Token) -> Actor | None:
        """Where the act happened, coded as its country: "extend the curfew in Abidjan" (CIV);
        the predicate's places first, then the subject's ("Demonstrators in Baghdad")."""
        reporting = _reporting_clauses(verb)
        subject = _subject(verb)
        in_subject = {t.i for t in subject.subtree} if subject is not None else set()
        tokens = sorted((t for t in verb.sent if t.i not in reporting), key=lambda t: (t.i in in_subject, t.i))
        for token in tokens:
            if token.dep_ == "pobj" and token.head.lower_ in PLACE_PREPS:
                code = _place_code(token)
                if code:
                    return _place_actor(token, code)
        return None

    def _client(self, verb: Token) -> Actor | None:
        """Allies act for the state they are allies of: "Ukraine's allies committed to deploying troops"."""
        subject = _subject(verb)
        if subject is None:
            return None
        code = actor_codes.client_country(subject)
        return actor_codes.actor_of_state(code) if code else None


# -- parse helpers -----------------------------------------------------------------

def _statements_by_token(doc: Doc, attributions: list[Attribution]) -> list[Attribution | None]:
    """For each token, the first attribution whose cue or content range holds its offset.

    Painted from the last attribution to the first, so the first wins, as a scan in order would find it:
    asking every attribution for every verb and pronoun was quadratic in the length of a document.
    """
    offsets = [t.idx for t in doc]
    owner: list[Attribution | None] = [None] * len(doc)
    for item in reversed(attributions):
        ranges = ([(item.cue.start, item.cue.end)] if item.cue is not None else []) + [(s.start, s.end) for s in item.content]
        for start, end in ranges:
            for i in range(bisect_left(offsets, start), bisect_left(offsets, end)):
                owner[i] = item
    return owner


def _subject_tokens(subject: Token | None, verb: Token) -> set[int]:
    """The subject phrase's tokens, less the verb's own when a misparse hangs the verb inside its subject."""
    if subject is None:
        return set()
    tokens = {t.i for t in subject.subtree}
    return tokens - {t.i for t in verb.subtree} if verb.i in tokens else tokens


def _outside_predicate(verb: Token) -> set[int]:
    """Token indices that are not the predicate: the verb, its subject, and reporting clauses."""
    subject = _subject(verb)
    skip = _subject_tokens(subject, verb)
    return skip | _reporting_clauses(verb) | {verb.i}


def _reporting_clauses(verb: Token) -> set[int]:
    """"..., officials said", "according to reports": who reports the act is no part of it."""
    skip: set[int] = set()
    root = verb.sent.root
    for head in {verb.i: verb, root.i: root}.values():
        for child in head.children:
            if child.dep_ == "parataxis" or child.lower_ == "according" or (
                    child.dep_ in ("ccomp", "advcl") and child.lemma_.lower() in REPORTING):
                skip |= {t.i for t in child.subtree}
    if root.lemma_.lower() in REPORTING and root.i != verb.i:  # "..., officials said": the reporters
        skip |= {root.i} | {t.i for c in root.children if c.dep_ in SUBJECT_DEPS for t in c.subtree}
    return skip


def _place_actor(token: Token, code: str) -> Actor:
    """A place as an actor: its own name, its country's code ("central Baghdad" → Baghdad, IRQ)."""
    ent = actor_codes.entity_at(token)
    name = (ent.text if ent is not None else token.text).removeprefix("the ")
    state = actor_codes.actor_of_state(code)
    if name.lower() == state.name.lower():
        return state
    return Actor(id=speakers.slugify(name), name=name, country=code, type="state")


def _adjective_partner(noun: Token, source: Actor) -> Actor | None:
    """"Indian and Pakistani troops clashed": the second nationality is the counterpart."""
    for adjective in noun.children:
        if adjective.dep_ in ("amod", "compound"):
            for other in adjective.conjuncts:
                code = actor_codes.code_of(other.text)
                if code and code != source.country:
                    return actor_codes.actor_of_state(code, actor_codes.SECTOR_WORDS.get(noun.lower_))
    return None


def _place_code(token: Token, cities: bool = True) -> str | None:
    """The country of a place word: a city, capital, region or state ("central Baghdad", "the Gaza Strip").
    Names the built-in tables lack are looked up as cities in GeoNames, unless ``cities`` is off (the name
    of a province is no city: "the province of Antioquia" is Colombian, the city Antioquia Turkish)."""
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in REGION_NOUNS:
        cities = False
    ent = actor_codes.entity_at(token)
    if ent is not None and ent.label_ in ("GPE", "LOC", "FAC"):
        return actor_codes.code_of(ent.text) or actor_codes.code_of(ent.text.removeprefix("the ")) or (
            geo.city_country(ent.text) if cities else None)
    if token.ent_type_ == "NORP":
        return None  # "hundreds of ethnic Hungarians" are a people, not a place
    if token.pos_ == "PROPN":  # a name the tagger missed or called an organisation: "Khanty-Mansiysk (Siberia)"
        start = min([c.i for c in token.children if c.dep_ == "compound"] + [token.i])
        names = [token.doc[start: token.i + 1].text, token.text]
        names += [c.text for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
        code = next((code for code in map(actor_codes.code_of, names) if code), None)
        if code is None and cities and token.ent_type_ in ("", "GPE", "LOC", "ORG", "FAC"):
            code = geo.city_country(names[0])  # "in Bamako", tagged an organisation; never "in March" (a date)
        return code
    for child in token.children:  # "the Iraqi city of Basra"
        if child.dep_ == "prep" and child.lower_ == "of":
            inner = [g for g in child.children if g.dep_ == "pobj"]
            if inner and token.lemma_.lower() in PLACE_NOUNS:
                code = _place_code(inner[0], cities=token.lemma_.lower() not in REGION_NOUNS)
                if code:
                    return code
    if token.lemma_.lower() in PLACE_NOUNS:  # "the French city of Lyon", "the Sri Lankan town of Jaffna"
        words = [c for c in token.children if c.dep_ in ("amod", "compound")]
        start = min([t.i for w in words for t in w.subtree], default=token.i)
        names = [token.doc[start: token.i].text] + [w.text for w in words]
        return next((code for code in map(actor_codes.code_of, names) if code), None)
    return None


def _subject(verb: Token) -> Token | None:
    """The verb's subject, inherited through xcomp, conj and participle clauses."""
    token = verb
    for _ in range(6):
        subjects = [c for c in token.children if c.dep_ in SUBJECT_DEPS]
        if subjects:
            return subjects[0]
        if token.dep_ in ("relcl", "acl") and token.head.lemma_.lower() in PROTEST_NOUNS:
            token = token.head  # "converging for a rally to protest": the rally's subject is the people at it
            while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
                token = token.head
            continue
        if token.dep_ == "relcl" and token.head.pos_ in ("NOUN", "PROPN"):
            return token.head
        if token.dep_ == "acl" and token.head.pos_ in ("NOUN", "PROPN"):
            if _misparsed_main(token):
                return token.head if _shared_report(token) else token.sent.root
            return token.head if token.tag_ == "VBG" else None
        if token.dep_ not in INHERIT or token.head.i == token.i:
            return None
        token = token.head
    return None


def _framed(verb: Token) -> Token | None:
    """The verb an intent or commitment frames: "agreed [to deploy]", "committed to [deploying]", "ready [to go]"."""
    for child in verb.children:
        if child.dep_ == "xcomp" and child.pos_ in ("VERB", "AUX"):
            return _lexical(child)
        if child.dep_ == "acomp" and _lemma(child) in FRAMES:
            inner = _framed(child)
            if inner is not None:
                return inner
        if child.dep_ == "prep" and child.lower_ in ("to", "on"):
            for grandchild in child.children:
                if grandchild.dep_ == "pcomp" and grandchild.pos_ == "VERB":
                    return grandchild
        if child.dep_ == "advcl" and child.pos_ == "VERB" and FRAMES.get(_lemma(verb)) == "REQUEST" \
                and any(c.dep_ == "mark" and c.lower_ == "for" for c in child.children):
            return child  # "pushing hard for the US [to] support its plan": the act asked for is the request's
        if child.dep_ == "ccomp" and _lemma(verb) in ("announce", "decide", "agree", "threaten", "vow", "pledge", "promise") \
                and (_future(child) or any(c.dep_ == "aux" and c.lower_ in ("would",) for c in child.children)):
            return child
    return None


def _unasserted(verb: Token) -> bool:
    """Infinitives that state a purpose or an assessment, not an act: "deployed [to prevent] aggression",
    "impossible [to reach] agreement", "premature [to discuss] details"; what was not done,
    "resign [without returning]"; what someone is accused of ("accused rebels of [violating] a ceasefire");
    and who reports the news ("according to a group that [conducted] missions")."""
    if verb.dep_ == "pcomp" and verb.head.lower_ in ("without", "instead"):
        return True
    if verb.dep_ == "pcomp" and verb.head.lower_ in ("of", "with") and _lemma(verb.head.head) in ALLEGING:
        return True
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.lower_ == "for" and verb.head.head.pos_ == "VERB":
        return True  # the grounds of an act: "expelled a US diplomat for [meeting] with dissidents"
    if verb.dep_ == "acl" and verb.head.dep_ == "dobj" and _lemma(verb.head.head) in REJECTING:
        return True  # what a rejected text says: "vetoed a resolution [condemning] Israeli settlements"
    if any(t.lower_ == "according" for t in verb.ancestors):
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


def _lexical(verb: Token) -> Token:
    """"to be able to send": skip copulas to the verb that carries the meaning."""
    if verb.lemma_ == "be":
        for child in verb.children:
            if child.dep_ in ("acomp", "xcomp"):
                return _framed(child) or child
    return verb


def _intended(category: str | None, negated: bool) -> str | None:
    if category is None:
        return None
    if category in COOPERATIVE:  # PLOVER codes "ready to host a meeting" as AGREE, not CONSULT
        return "REJECT" if negated else "AGREE"
    if category in HOSTILE_ACTS:
        return "THREATEN"
    return category


def _actor_intends(verb: Token) -> bool:
    """Only an actor's own future act is a promise or a threat, not "troops would be deployed"."""
    return not _passive(verb)


def _intent_negated(verb: Token, inner: Token, category: str) -> bool:
    """"would not meet their demands": refusing a cooperative act."""
    return category in COOPERATIVE and category != "AGREE" and _negated(inner) and (_future(inner) or _hypothetical(inner))


def _cue_category(item: Attribution, category: str | None, mode: str | None) -> tuple[str | None, str | None]:
    """A reporting verb is coded by what kind of speech act it is, and a warning by its content."""
    if item.cue is None:
        return category, mode
    lemma = item.cue.text.lower()
    text = " ".join(s.text.lower() for s in item.content)
    if category is None:
        for words, coded in ((THREAT_WORDS, ("THREATEN", None)), (SOLIDARITY_WORDS, ("SUPPORT", None)),
                             (DIALOGUE_WORDS, ("AGREE", None))):
            if any(word in text for word in words):
                return coded
        return None, None
    if category == "THREATEN" and lemma.startswith("warn") and not any(word in text for word in THREAT_WORDS):
        return "THREATEN", "warn"
    return category, mode


def _cue_group(lemma: str) -> str | None:
    from saywho.lexicon import verb_group

    group = verb_group(lemma)
    return group if group != "speech" else None


def _objects(verb: Token) -> list[Token]:
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "attr", "oprd")]
    objects += [o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("on", "in", "to", "out", "up", "under", "into")
                for o in p.children if o.dep_ == "pobj"]
    for child in verb.children:
        if child.dep_ == "prt":
            objects += [o for p in child.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    expanded = []
    objects += [c for noun in objects if noun.dep_ == "dobj" for c in noun.conjuncts]  # "artillery, mortar and rocket fire"
    for noun in objects:
        expanded.append(noun)
        expanded += [c for c in noun.children if c.dep_ == "compound"]
        # "a team of observers", "$10 million in humanitarian aid"
        expanded += [o for p in noun.children if p.dep_ == "prep" and p.lower_ in ("of", "in") for o in p.children
                     if o.dep_ == "pobj"]
    return expanded


def _noun_class(noun: Token) -> str | None:
    lemma = noun.lemma_.lower()
    if lemma == "fire" and noun.head.lemma_ == "set":
        return "fire"
    return None


def _preps(token: Token, names: list[str]) -> list[Token]:
    found = []
    for child in token.children:
        if (child.dep_ in ("prep", "agent") or child.dep_ == "dative" and child.pos_ == "ADP") and child.lower_ in names:
            objects = [c for c in child.children if c.dep_ == "pobj"]
            # a misparse can hang the noun lower down: "to five officers holed up in ..."
            objects = objects or [t for t in child.subtree if t.pos_ in ("NOUN", "PROPN")][:1] or _stranded(child)
            found.extend(objects)
    return sorted(found, key=lambda t: names.index(t.head.lower_) if t.head.lower_ in names else 99)


def _detached_agent(verb: Token) -> Token | None:
    """"Aristide has been accused of misusing public funds, much of it believed embezzled, by current Haitian
    officials": after an aside set off by commas, the parser hangs the passive's "by" phrase on the
    aside's verb. A comma-led "by" phrase on the passive's head, past the passive's own words, is its agent."""
    head = verb.head
    if head.i == verb.i or not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "by" and prep.i > verb.right_edge.i \
                and prep.doc[prep.i - 1].text == ",":
            return next((c for c in prep.children if c.dep_ == "pobj"), None)
    return None


def _predicated(word: Token) -> bool:
    """Whether a word is what something is called: the complement of "is"/"called" ("was a grave provocation",
    "is unacceptable", "an act of aggression"), or a statement of its own ("'Unacceptable,' he said")."""
    token = word
    while token.dep_ in ("amod", "compound", "pobj", "prep", "conj") and token.head.i != token.i:
        token = token.head
    return token.dep_ in ("attr", "acomp", "oprd", "ROOT")


def _nonlethal(noun: Token) -> bool:
    """Crowd-control weapons: tear gas, water cannon, rubber or plastic bullets, batons."""
    words = {noun.lemma_.lower()} | {c.lower_ for c in noun.children if c.dep_ in ("compound", "amod")}
    if noun.lemma_.lower() == "bullet":
        return bool(words & {"rubber", "plastic"})
    return bool(words & {"teargas", "truncheon", "baton"}) or "gas" in words and "tear" in words \
        or noun.lemma_.lower() == "cannon" and "water" in words


def _proposers(objects: list[Token]) -> list[Token]:
    """Whoever the objects name with "by": "a force *proposed by* Western allies", "an attack *by* gunmen"."""
    return [a for noun in objects for word in (noun, *(c for c in noun.children if c.dep_ == "acl"))
            for a in _preps(word, ["by"])]


def _stranded(prep: Token) -> list[Token]:
    """"granted asylum to five Panamanian army officers holed up in ...": the parser can make the
    preposition's object the subject of the clause after it; the noun phrase that starts right after
    the preposition is its object all the same."""
    after = prep.doc[prep.i + 1: prep.i + 10]
    return [t for t in after if t.dep_ in ("nsubj", "nsubjpass") and t.left_edge.i == prep.i + 1][:1]


def _prep_object(verb: Token, names: tuple[str, ...]) -> bool:
    return bool(_preps(verb, list(names)))


def _idiom(verb: Token) -> bool:
    """Uses of event verbs that are no event: "meet demands", "fire" as a noun-like use, "back" as an adverb."""
    lemma = _lemma(verb)
    objects = {c.lemma_.lower() for c in verb.children if c.dep_ == "dobj"}
    if lemma in ("fire", "free", "back", "mass", "station", "share", "press", "ban", "aid", "march") and verb.pos_ != "VERB":
        return True
    if lemma == "share" and not objects & OBJECT_CLASSES["aid"]:
        return True
    if lemma in ("mobilize", "mobilise") and objects and not objects & MOBILIZED:
        return True  # "mobilized pressure groups" is lobbying, not a call-up
    if lemma in ("train", "recruit") and not objects & TRAINED:
        return True  # "trained teachers", "recruited staff" build no force
    return lemma == "support" and verb.dep_ == "amod"


def _joint(noun: Token, verb: Token) -> bool:
    """"joint military exercises", "Thailand and Malaysia held exercises", "exercises with Britain"."""
    if any(c.lower_ in ("joint", "combined", "bilateral", "multinational") for c in noun.children):
        return True
    subject = _subject(verb)
    return bool(_preps(noun, ["with"]) or _preps(verb, ["with"])) or (subject is not None and bool(subject.conjuncts))


def _reporter(verb: Token) -> bool:
    """"..., a member of the Chadian team trying to [broker] a pact has said": what the reporter is
    described as doing is who reports the news, not news."""
    root = verb.sent.root
    if root.lemma_.lower() not in REPORTING or root.i == verb.i:
        return False
    subjects = [c for c in root.children if c.dep_ in SUBJECT_DEPS]
    if len(subjects) > 1:
        subjects = subjects[-1:]  # the first of two subjects is the misparsed report (see _shared_report)
    return any(verb.i != s.i and verb in s.subtree for s in subjects)


def _crowd(verb: Token) -> bool:
    """Whether the verb's subject is a crowd: "demonstrators protesting election results"."""
    subject = _subject(verb)
    if subject is not None and subject.lower_ in actor_codes.QUANTITIES and subject.lower_ not in ("group", "number"):
        return True  # "thousands of Serbs protested in Belgrade"
    return subject is not None and actor_codes.SECTOR_WORDS.get(subject.lower_) in ("OPP", "CVL")


def _stative(verb: Token) -> bool:
    """"Israel is opposed to French mediation": a participle that states a stance, not a passive act."""
    return _lemma(verb) in STATIVE and not any(c.dep_ == "agent" for c in verb.children)


def _misparsed_main(verb: Token) -> bool:
    """"Doctors from two American aid groups donated and delivered goods to ...": the small parser makes the
    first noun the sentence's root and the main verb a participle hanging off it. A root noun with no verb
    above it cannot be a whole news sentence, so a past-tense verb after it that takes an object (itself or
    its conjunct) is the main verb and the noun its subject."""
    if verb.dep_ != "acl" or verb.i < verb.head.i or verb.tag_ not in ("VBD", "VBN"):
        return False
    if _shared_report(verb):
        return True
    root = verb.sent.root
    if root.pos_ not in ("NOUN", "PROPN") or any(a.pos_ in ("VERB", "AUX") for a in verb.ancestors):
        return False
    if verb.tag_ == "VBD":
        return True  # a past tense is no participle: "The UN chief called on Ethiopia to ..."
    return any(c.dep_ == "dobj" for v in (verb, *verb.conjuncts) for c in v.children)


def _shared_report(verb: Token) -> bool:
    """"Palestinian youths resorted to throwing stones ..., officials said": the parser can make the
    report's subject a second subject of "said", with its verb a participle hanging off it. A reporting
    verb with two subjects has one too many; the first, with its verb, is the report."""
    noun = verb.head
    report = noun.head
    if noun.dep_ != "nsubj" or _lemma(report) not in REPORTING or report.i < verb.i:
        return False
    return any(c.dep_ == "nsubj" and c.i > verb.i for c in report.children)


def _passive(verb: Token) -> bool:
    """"was attacked", and the participle in "troops deployed to Ukraine"."""
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and not _misparsed_main(verb):
        return True
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def _negated(verb: Token) -> bool:
    if any(c.lower_ == "never" and c.dep_ in ("neg", "advmod") for c in verb.children):
        return True  # "would never agree": the small parser often makes "never" an adverb
    return any(c.dep_ == "neg" for c in verb.children) or any(
        c.dep_ in ("aux", "auxpass") and any(g.dep_ == "neg" for g in c.children) for c in verb.children)


def _aux(verb: Token) -> set[str]:
    words = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if verb.dep_ == "xcomp":
        words |= {c.lower_ for c in verb.head.children if c.dep_ in ("aux", "auxpass")}
    return words


def _future(verb: Token) -> bool:
    return bool(_aux(verb) & {"will", "'ll", "’ll", "shall", "wo"}) or (
        "would" in _aux(verb) and _reported(verb))


def _hypothetical(verb: Token) -> bool:
    aux = _aux(verb)
    if aux & {"may", "might", "could"}:
        return True
    if "would" in aux and not _reported(verb):
        return True
    return any(c.dep_ == "advcl" and any(m.lower_ in ("if", "unless") for m in c.children) for c in verb.children)


def _reported(verb: Token) -> bool:
    """"said it would allow": a would that is reported speech's future, not a condition."""
    head = verb
    for _ in range(4):
        if head.dep_ in ("ccomp", "acl") and head.head.pos_ in ("VERB", "NOUN"):
            return True
        if head.head.i == head.i:
            return False
        head = head.head
    return False


def _uncoded(actor: Actor) -> bool:
    """A named organisation or person the dictionaries do not place in any country."""
    return not actor.country and actor.type in ("organisation", "person")


def _counterpart(verb: Token) -> bool:
    """Whether a meeting has someone to meet: an object, a with-phrase, or a plural or conjoined subject."""
    if any(c.dep_ == "dobj" for c in verb.children) or _prep_object(verb, ("with",)):
        return True
    subject = _subject(verb)
    return subject is not None and (subject.tag_ in ("NNS", "NNPS") or len(subject.conjuncts) > 0
                                    or subject.lower_ in ("they", "we"))


def _background(verb: Token) -> bool:
    """A relative clause describes its noun ("assets they lost when Idi Amin [expelled] them", "a plan that
    will not [allow] candidates"): background to the news, unless it is a protest's aim ("a rally to protest")."""
    for token in [verb, *verb.ancestors]:
        if token.dep_ == "relcl" and token.head.pos_ == "NOUN":
            return token.head.lemma_.lower() not in PROTEST_NOUNS
    return False


def _protest_purpose(verb: Token) -> bool:
    """"shunned work to protest ...", "a rally in Lagos to protest ...": a protest, not a verbal accusation;
    but "blocked streets to protest" is one act, the blocking."""
    if _lemma(verb) not in PROTESTING or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    if verb.dep_ == "advcl":
        return verb.head.pos_ == "VERB" and _lemma(verb.head) not in VERBS and _lemma(verb.head) not in LIGHT_VERBS
    return verb.dep_ in ("relcl", "acl") and verb.head.lemma_.lower() in PROTEST_NOUNS


def _rallies_against(verb: Token) -> bool:
    """"called for sanctions against Nigeria": a call for punishment of someone, not a request of them."""
    if _lemma(verb) not in ("call", "appeal", "press", "push", "urge", "campaign", "lobby"):
        return False
    return any(noun.lemma_.lower() in PUNITIVE and _preps(noun, ["against", "on"]) for noun in _preps(verb, ["for"]))


def _weapon_went_off(verb: Token) -> bool:
    """"A car bomb exploded outside a police station in Bilbao": a bomb going off is an attack by someone
    unnamed, coded by where it happened, like a passive attack (CAMEO 183)."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return _lemma(verb) in ("explode", "detonate", "blast") and subject is not None \
        and subject.lemma_.lower() in WEAPONS and verb.dep_ in ("ROOT", "conj", "ccomp")


def _attempted(verb: Token) -> bool:
    """"An attempt to assassinate the deputy governor": an attack attempted is an attack (CAMEO 185)."""
    return verb.dep_ == "acl" and verb.head.lemma_.lower() in ("attempt", "bid") and \
        VERBS.get(_lemma(verb), ("",))[0] == "ASSAULT"


def _acts(actor: Actor) -> bool:
    """Only an identified actor is an event's source; "troops" alone is nobody in particular."""
    return bool(actor.country) or actor.type in ("person", "organisation", "state") or bool(actor.title)


def _own_state(actor: Actor, source: Actor) -> bool:
    """Whether ``actor`` is the state or government a person speaks for ("France", said its president)."""
    return source.type == "person" and bool(source.country) and actor.country == source.country \
        and actor.type != "person" and (actor.type == "state" or actor.sector == "GOV")


def _state_actor(actor: Actor) -> bool:
    """A state or one of its bodies or officials, with a state's code."""
    return bool(actor.country) and actor.country not in actor_codes.NON_STATE and (
        actor.type == "state" or actor.sector in actor_codes.STATE_BODIES)


def _home(group: Actor, counterpart: Actor | None) -> Actor | None:
    """"Opposition parties demanded that the Zambian president ...", "Maoist guerrillas ambushed an Indian
    police convoy": a group of the kind that acts at home, facing a state's government, forces, courts or
    legislature, is of that state, as PLOVER coders assume. Facing anyone else ("kidnapped a Chinese
    engineer") it stays unknown, and there is no event."""
    if counterpart is None or not counterpart.country or counterpart.country in actor_codes.NON_STATE:
        return None
    # parties and opposition face their own state's leaders and bodies; rebels are placed only by the forces
    # they fight (a phrase with a country word and no sector word reads as a government: "Danish Web sites")
    faced = {"MIL", "COP"} if group.sector == "REB" else actor_codes.STATE_BODIES
    if counterpart.sector not in faced:
        return None
    return actor_codes.actor_of_state(counterpart.country, group.sector)


def _not_same(target: Actor | None, source: Actor) -> Actor | None:
    return None if target is None or target.id == source.id else target


def events_of(doc: Doc) -> list[Event]:
    """The events the pipeline found in ``doc`` (empty when the component is not in the pipeline)."""
    return list(doc._.saywho_events)


def iter_coding_table() -> list[tuple[str, str, int, float]]:
    """The PLOVER → CAMEO/QuadClass/Goldstein table, for documentation and exports."""
    return [(category, *values) for category, values in CATEGORIES.items()]


__all__ = ["CATEGORIES", "EventsComponent", "find_events", "make_events", "events_of", "iter_coding_table"]


def _lemma(token: Token) -> str:
    """The token's lemma, or a plainer guess when the small model's is odd ("staged" → "stag")."""
    lemma = token.lemma_.lower()
    if lemma in _KNOWN:
        return lemma
    word = token.lower_
    for guess in (word, word[:-1], word[:-2], word[:-3], word[:-3] + "e", word[:-2] + "e"):
        if guess in _KNOWN:
            return guess
    return lemma


_KNOWN = frozenset(VERBS) | frozenset(LIGHT_VERBS) | frozenset(FRAMES) | frozenset(ADJECTIVES)
