"""Events named by nouns: "the arrest of ten opposition leaders by Kenyan police", "Turkish air strikes on Syrian
towns", "Muscat hosted talks between Washington and Tehran", a statement introduced by "in a warning".

A mixin of :class:`saywho.events.reader.Reader`, between it and :class:`saywho.events.roles.Roles`: the noun's
doer comes from "by", a possessive, "between" or a people's adjective, its target from "of", "on" or "into".
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from saywho.actors.dictionary import actor_of_state, state_code
from saywho.events.found import Found
from saywho.events.grammar import (
    _acts,
    _adjective_partner,
    _country,
    _cue_category,
    _cue_group,
    _lemma,
    _not_same,
    _place_code,
    _preps,
    _reporter,
    _subject,
)
from saywho.events.roles import Roles, _namable
from saywho.events.senses import _alarm, _imagined, _polled, _unasserted, _withheld
from saywho.events.words import (
    ARMED_STRIKES,
    COURT_DOINGS,
    CUE_GROUPS,
    CUE_NOUNS,
    FRAMES,
    HOSTING,
    OBJECT_CLASSES,
    OUTWARD_NOUNS,
    REPORTING,
    SENT_NOUNS,
    SYMMETRIC,
    THREAT_WORDS,
    VERBS,
)
from saywho.model import Actor, Attribution

# "drew criticism from Kyiv": what an act draws, and the verbs that say so.
DRAWING = {"draw", "earn", "attract", "spark", "provoke", "prompt", "trigger"}
DRAWN = {"criticism", "condemnation", "rebuke", "protest", "protests", "anger", "outrage", "ire", "backlash",
         "censure", "objection", "objections", "complaint", "complaints", "reproach"}
# Verbs that say a protest is going on: it broke out, spread, entered its second week, paralysed a port.
UNDER_WAY = {"break", "erupt", "spread", "flare", "continue", "enter", "paralyse", "paralyze", "grip", "rock", "sweep",
             "spill", "intensify", "escalate", "resume", "cripple", "disrupt", "shut", "halt", "engulf", "keep"}


# Participles that name who is behind a protest: "a strike called by the unions", "a march organised by students".
CALLED_BY = {"call", "organise", "organize", "lead", "stage", "launch", "declare"}


class Nominals(Roles):
    """Reads events whose word is a noun, and statements whose cue is one."""

    def _nominal(self, noun: Token, category: str, mode: str | None) -> Found | None:
        """"The arrest of ten opposition leaders by Kenyan police", "a meeting between Chinese and Russian
        ministers": an event named by a noun that is the subject or object of a verb that is no event
        ("sparked", "took place"), with its doer given by "by" or, for meetings and clashes, "between"."""
        if noun.i in self.consumed:
            return None
        if noun.dep_ not in ("nsubj", "nsubjpass", "ROOT", "appos"):
            return self._national_act(noun, category, mode)
        sent = noun.lemma_.lower() in SENT_NOUNS
        agents = _preps(noun, ["by"] + (["from"] if sent else [])) or [a for o in _preps(noun, ["of"])
                                                                        for a in _preps(o, ["by"])]
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if owner is not None:
            if agents or not _possessor_acts(noun):
                return None  # "Navalny's arrest": whose it is may be who suffered it
            agents = [owner]  # "Iran's expulsion of two Dutch diplomats", "Russia's attack on Czech positions"
        pair = _preps(noun, ["between"]) if category in SYMMETRIC or category == "ASSAULT" else []
        if not agents and not pair and noun.dep_ == "nsubj" and (category in SYMMETRIC or category == "ASSAULT") \
                and noun.head.pos_ == "VERB" and _lemma(noun.head) in UNDER_WAY:
            pair = _preps(noun.head, ["between"])  # "Fighting erupted in Khartoum between the army and the RSF"
        if not agents and not pair:
            return None
        verb = noun.head if noun.head.pos_ in ("VERB", "AUX") else noun
        reported = noun.dep_ == "nsubjpass" and _lemma(verb) in REPORTING  # "the expulsion was announced"
        if not reported and (_lemma(verb) in VERBS or _lemma(verb) in FRAMES) or _unasserted(verb):
            return None
        if _reporter(verb) and verb.sent.root.i != verb.i:
            return None  # "the killing was announced" asserts it; "..., a group trying to [broker] talks said" does not
        first = agents[0] if agents else pair[0]
        source = self._placed(self._actor(first, verb), noun, unknown_ok=False)
        if source is None or not _acts(source):
            return None
        target = None
        aimed = ["of", "against", "on", "with"] + (["to"] if category == "CONSULT" or sent else [])  # "a trip to Rabat"
        for other in ([c for c in first.conjuncts] if pair else _preps(noun, aimed)):
            actor = self._actor(other, verb)
            if actor is not None and actor.id != source.id and _namable(actor, other):
                target = actor
                break
        if target is None and pair:
            target = _adjective_partner(first, source)
        if (target is None or not target.country) and not sent:  # where an ultimatum lapsed is not whom it was to
            target = self._place(verb) or target
        attribution = self._attribution_of(noun)
        return Found(category, mode, noun, source, _not_same(target, source), [noun], attribution, confidence=0.7)

    def _protest_under_way(self, noun: Token) -> Found | None:
        """"Riots broke out in Nanterre", "a sit-in by Uruguayan retirees entered its second month", "a strike by
        port workers paralysed Antwerp": a protest named as going on is one (PLOVER PROTEST), by whoever the
        noun's "by" or people's adjective names, else the people of the place where it goes on."""
        if noun.i in self.consumed:
            return None
        verb = noun.head
        called = [c for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in CALLED_BY]
        joined = _strike_joined(noun)
        told = verb  # the verb that tells it, whose mood counts
        if joined is not None:
            verb = told = joined  # "Workers stayed home in a general strike", "entered the 60th day of a hunger strike"
        elif called and (noun.dep_ == "ROOT" or noun.dep_ == "nsubj" and _lemma(verb) in REPORTING):
            # "A general strike called by the opposition shut shops …", parsed as one noun phrase (or as the subject
            # of the "residents said" after it): placed by what it shut ("paralysed Amman") where the parse has that
            told = called[0] if noun.dep_ == "ROOT" else verb
            verb = next((t for t in noun.subtree if t.dep_ == "acl" and _lemma(t) in UNDER_WAY), called[0])
        elif noun.dep_ != "nsubj" or verb.pos_ != "VERB" or _lemma(verb) not in UNDER_WAY:
            return None
        if _lemma(verb) == "break" and not any(c.lower_ == "out" for c in verb.children):
            return None
        if any(c.lower_ in ARMED_STRIKES for c in noun.subtree if c.i < noun.i or c.head.i == noun.i) \
                or _unasserted(told):
            return None  # "air strikes paralysed the port": an attack (not "… against a military government")
        doers = _preps(noun, ["by"]) + [c for c in noun.children if c.dep_ in ("amod", "compound") and c.ent_type_ == "NORP"]
        # "a general strike called by Togo's opposition parties paralysed Lome"
        doers += [d for c in called for b in c.children if b.dep_ in ("agent", "prep") and b.lower_ == "by"
                  for d in b.children if d.dep_ == "pobj"]
        if joined is not None and (subject := _subject(joined)) is not None:
            doers.append(subject)  # who stayed home or entered the day: unless a caller is named, the strikers
        source = next((a for d in doers if (a := self._actor(d, verb)) is not None and (a.sector or a.country)), None)
        if source is not None:
            source = self._placed(source, verb, unknown_ok=False)
            if source is not None and not source.country and (code := _shut_place(verb)) is not None:
                source = replace(source, country=code)  # "called by the guerrilla groups paralysed Amman": Jordan's
        else:  # the people of the place where it goes on
            code = _country(self._place(verb)) or self.home
            source = actor_of_state(code, "CVL") if code else None
        if source is None:
            return None
        lemma = noun.lemma_.lower()
        mode = "riot" if lemma in ("riot", "unrest") else "strike-gen" if lemma in ("strike", "walkout", "stoppage") else "demo"
        target = None
        if joined is not None:  # "in a strike called by Kashani against British interference": whom it is against
            aimed = [a for w in (noun, *called, verb) for a in _preps(w, ["against"])]
            target = next((a for w in aimed if (a := self._actor(w, verb)) is not None and a.country), None)
        self.consumed.add(noun.i)
        return Found("PROTEST", mode, noun, source, _not_same(target, source), [noun, verb], self._attribution_of(noun),
                     confidence=0.7)

    def _national_act(self, noun: Token, category: str, mode: str | None) -> Found | None:
        """"The decision follows repeated Russian drone incursions into Polish airspace", "after Turkish air strikes
        on Syrian towns": an attack named by a noun anywhere, its doer the people's adjective on it and its target
        what it went into or on."""
        if category != "ASSAULT" or noun.dep_ not in ("dobj", "pobj"):
            return None
        before = [t for t in noun.subtree if t.i < noun.i and t.dep_ in ("amod", "compound") and t.ent_type_ in ("NORP", "GPE")]
        aimed = _preps(noun, ["on", "into", "against"])
        if len(before) != 1 or not aimed:
            return None
        source = self._actor(before[0], noun)
        target = next((a for o in aimed if (a := self._actor(o, noun)) is not None and a.country), None)
        if source is None or not source.country or target is None or target.country == source.country:
            return None
        found = Found(category, mode, noun, source, target, [noun], self._attribution_of(noun), confidence=0.7)
        found.explicit = True  # the target is the noun's own argument
        return found

    def _hosted(self, verb: Token) -> Found | None:
        """"Muscat hosted indirect talks between Washington and Tehran": the talks are the parties' own
        (CAMEO 04), the host only their place."""
        if _lemma(verb) not in HOSTING:
            return None
        for noun in (c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in OBJECT_CLASSES["talks"]):
            pair = _preps(noun, ["between"])
            if not pair:
                continue
            source = self._actor(pair[0], verb)
            target = next((a for o in pair[0].conjuncts if (a := self._actor(o, verb)) is not None), None)
            if source is not None and target is None:
                target = _adjective_partner(pair[0], source)  # "between the Armenian and Azerbaijani ministers"
            if source is None or target is None or not _acts(source):
                return None
            self.consumed.update((verb.i, noun.i))
            return Found("CONSULT", None, noun, source, _not_same(target, source), [verb, noun],
                         self._attribution_of(verb), confidence=0.7)
        return None

    def _drew_criticism(self, verb: Token) -> Found | None:
        """"A visit by Narendra Modi to Moscow drew criticism from Kyiv", "China's decision drew protests from
        Tokyo": criticism an act draws from someone is theirs (CAMEO 111), aimed at whose act it is."""
        if _lemma(verb) not in DRAWING:
            return None
        for noun in (c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in DRAWN):
            critics = _preps(noun, ["from"]) or _preps(verb, ["from"])
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if not critics or subject is None:
                continue
            source = self._actor(critics[0], verb)
            doer = next(iter([*_preps(subject, ["by"]), *(c for c in subject.children if c.dep_ == "poss")]), subject)
            target = self._actor(doer, verb)
            if source is None or not source.country or not _acts(source):
                return None
            self.consumed.update((verb.i, noun.i))
            return Found("ACCUSE", "disapprove", noun, source, _not_same(target, source), [verb, noun],
                         self._attribution_of(verb), confidence=0.7)
        return None

    def from_cue_noun(self, item: Attribution) -> Found | None:
        """A statement introduced by a noun ("in a warning") or a verb the parse did not code."""
        if item.cue is None or item.speaker is None:
            return None
        cue = self.doc.char_span(item.cue.start, item.cue.end, alignment_mode="expand")
        if cue is None:
            return None
        word = cue.root
        if _polled(word) or _imagined(word) or word.lemma_.lower() == "warn" and _alarm(word) or _withheld(word):
            return None  # what a poll found, what a character says, a forecaster's warning of snow, no comment
        lemma = word.lemma_.lower()
        if quotation_name(word) and not any(w in " ".join(span.text for span in item.content).lower()
                                            for w in (*THREAT_WORDS, "response")):
            return None  # "“Asylum courts are collapsing.” The warning came from the American Bar Association": a
            # warning named after what it says threatens only when that does (an alarm raised threatens no one)
        coded = CUE_NOUNS.get(lemma) if word.pos_ == "NOUN" else None
        if coded is None:
            group = _cue_group(lemma)
            coded = CUE_GROUPS.get(group) if group else None
            if group == "admission" and item.content and item.content[0].start < item.cue.start:
                return None  # "…, government officials admitted": a report of another's act, owned up to by no one
        from_content = coded is None
        if coded is None:
            coded = _cue_category(item, None, None)
            if coded[0] is None and self._criticises(item):
                coded = ("ACCUSE", "disapprove")
            if coded[0] is None:
                return None
        target = self._content_actor(item, item.speaker)
        if from_content and coded[0] == "ACCUSE" and target is None:
            target = self._judged_court(item)  # "his lawyer said the trial was a sham": the state's judiciary
        if from_content and coded[0] != "THREATEN" and target is None:
            return None  # criticism, solidarity or an offer of talks needs someone it is about
        return Found(coded[0], coded[1], word, item.speaker, target, [word], item, negated=item.negated, confidence=0.7)


    def _judged_court(self, item: Attribution) -> Actor | None:
        """Criticism of a court's doing ("the trial was a sham", "called the case a political vendetta") is aimed
        at the judiciary of the speaker's state (or of the article's), when what was said names no one."""
        country = (state_code(item.speaker.country) if item.speaker is not None else None) or self.home
        if not country:
            return None
        for span in item.content:
            chars = self.doc.char_span(span.start, span.end, alignment_mode="expand")
            if any(t.lemma_.lower() in COURT_DOINGS and t.pos_ == "NOUN" and t.dep_ in ("nsubj", "nsubjpass", "dobj")
                   for t in chars or ()):
                return actor_of_state(country, "JUD")
        cue = self.doc.char_span(item.cue.start, item.cue.end, alignment_mode="expand") if item.cue else None
        called = [c for c in cue.root.children if c.dep_ == "dobj"] if cue is not None else []
        return actor_of_state(country, "JUD") if any(c.lemma_.lower() in COURT_DOINGS for c in called) else None


def _shut_place(verb: Token) -> str | None:
    """The state of the town a strike or a riot shut down ("paralysed Amman", "crippled Lagos")."""
    if _lemma(verb) not in UNDER_WAY:
        return None
    where = next((o for o in verb.children if o.dep_ == "dobj" and o.ent_type_ in ("GPE", "LOC")), None)
    return _place_code(where) if where is not None else None


STRIKES = frozenset({"strike", "walkout", "stoppage"})
# The stretch of a strike one enters or marks: "entered the 60th day of a hunger strike".
STRETCHES = frozenset({"day", "week", "month", "year"})


def _strike_joined(noun: Token) -> Token | None:
    """The verb of those who take part in a strike named beside it: "stayed home in a general strike called by the
    SPA", "shut their doors in a 24-hour national strike", "entered the fourth week of a hunger strike"."""
    if noun.lemma_.lower() not in STRIKES or noun.dep_ != "pobj" or any(c.lower_ in ARMED_STRIKES for c in noun.subtree) \
            or any(o.ent_type_ not in ("DATE", "TIME") for o in _preps(noun, ["on"])):
        return None  # ("the first strike on the fleet's main base": an attack)
    prep = noun.head
    if prep.lower_ in ("in", "during") and prep.dep_ == "prep" and prep.head.pos_ == "VERB":
        verb = prep.head
    elif prep.lower_ == "of" and prep.head.lemma_.lower() in STRETCHES and prep.head.dep_ == "dobj" \
            and prep.head.head.pos_ == "VERB" and _lemma(prep.head.head) in ("enter", "begin", "start", "mark", "reach"):
        verb = prep.head.head
    else:
        return None
    return verb if verb.tag_ in ("VBD", "VBZ", "VBP") else None  # not "workers taking part in stoppages would be
    # dismissed", a warning's content


def quotation_name(noun: Token) -> bool:
    """"“Asylum courts are collapsing.” The warning came from the American Bar Association", "That was the warning
    from …": a warning that names a quotation given before it, which threatens only when the quotation does."""
    if noun.lemma_.lower() != "warning":
        return False
    if noun.dep_ == "nsubj" and noun.head.lemma_.lower() == "come":
        return True
    return noun.dep_ == "attr" and noun.head.lemma_.lower() == "be" and any(  # "That was the warning from …"
        c.dep_ == "nsubj" and c.lower_ in ("that", "this") for c in noun.head.children)


def _possessor_acts(noun: Token) -> bool:
    """"Iran's expulsion of two diplomats" names its patient with "of", so the possessor is the doer; without
    "of" only nouns of acts aimed outward ("Russia's attack on Kyiv", "Canada's recognition") keep it so."""
    return bool(_preps(noun, ["of"])) or noun.lemma_.lower() in OUTWARD_NOUNS
