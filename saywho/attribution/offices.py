"""A state's office named without its state speaks for the state the article is telling of.

Wire copy names the state once and its office-holders after it without repeating it: "Estonia expelled a
Russian diplomat on Friday. Foreign Minister Margus Tsahkna said …", "Hungary has not yet decided whether to
lift its veto, government spokesman Zoltan Kovacs said", "China banned exports of gallium. The Commerce Ministry
said …". A speaker whose every word is an office of government, forces, courts or parliament ("Culture
Minister", "the Foreign Ministry", "a navy spokesman", "Southern Theater Command") and whom nothing else gives a
state takes the state that is the subject of the sentence before it in the paragraph, or of the words before it
in its own sentence (the content a cue follows). When those two disagree, or a sentence has subjects of two
states, the speaker keeps no state: a wrong state is worse than none. A title with any other word ("Acme
President", "Hamas leader", "the bank's chief") is never read this way: its state, if any, is its body's.

The resolver gives the state when the sentence before names it; a state read only from the words before the
speaker in its own sentence is settled after the events are coded (:func:`settle_states`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from saywho.actors.countries import country_code, token_country
from saywho.actors.phoenix import GROUP_KINDS
from saywho.ingest.datelines import dateline_country
from saywho.model import Attribution

# The words of which one makes a name an office of a state ("Foreign Minister", "the Commerce Ministry").
OFFICE_HEADS = frozenset({
    "minister", "ministry", "ministries", "government", "cabinet", "presidency", "parliament", "department", "office",
    "navy", "army", "military", "police", "guard", "command", "prosecutor", "prosecutors", "prosecution", "junta",
    "premier", "chancellor", "president", "secretary", "senator", "lawmaker", "legislator", "mp", "governor",
    "admiral", "colonel", "commander", "spokesman", "spokeswoman", "spokesperson", "official", "officials",
    "mayor", "staff", "forces", "force", "coastguard", "authorities", "general", "gen.", "house",
})
# Offices that are bodies, not persons: "The Foreign Office", "the Commerce Ministry".
BODY_HEADS = frozenset({"ministry", "office", "department", "government", "cabinet", "presidency", "parliament", "navy",
                        "army", "military", "police", "guard", "command", "prosecution", "junta", "forces"})
# Words that may stand in an office's name beside its head: portfolios, ranks, branches ("Deputy Foreign
# Minister", "Minister of State for Trade", "a Foreign Ministry official", "Chief of the General Staff").
OFFICE_WORDS = OFFICE_HEADS | frozenset({
    "foreign", "defence", "defense", "interior", "home", "finance", "economy", "economic", "trade", "commerce",
    "culture", "health", "justice", "education", "energy", "agriculture", "transport", "labour", "labor",
    "environment", "industry", "security", "affairs", "state", "treasury", "external", "national", "public",
    "works", "information", "communications", "tourism", "sports", "youth", "women", "social", "digital",
    "science", "technology", "fisheries", "water", "mines", "mining", "oil", "petroleum", "planning", "development",
    "immigration", "migration", "border", "housing", "regional", "european", "prime", "deputy", "vice", "acting",
    "chief", "junior", "first", "presidential", "armed", "coast", "air", "press", "of", "for", "and",
    "the", "a", "an", "senior", "high", "ranking", "high-ranking", "southern", "northern", "eastern", "western",
    "central", "theater", "theatre", "naval", "relations", "cooperation", "international", "intelligence",
    "source", "sources", "counsel", "special", "attorney", "emergency", "emergencies", "situations", "climate",
    "family", "veterans", "legal", "adviser", "advisor", "interim", "caretaker", "transitional", "lord",
})
# Subjects that are a state's own bodies: "The Japanese government protested", "Indonesia's navy expelled".
STATE_BODIES = frozenset({
    "government", "ministry", "army", "navy", "military", "police", "president", "minister", "parliament",
    "cabinet", "authorities", "officials", "forces", "troops", "guard", "coastguard", "junta", "prosecutors",
    "premier", "chancellor", "leader", "regime", "administration", "diplomats", "embassy", "court", "judiciary",
    "tribunal", "prosecutor", "force",
})


def of_a_state(name: str, title: str | None, phrase: Span | None = None) -> bool:
    """Whether a speaker's name or title is nothing but a state's office ("Culture Minister", "the Foreign
    Ministry"), and so is the source phrase beside the name (not "Acme President John Miller", whatever the
    tagger made of "Acme", nor "the bank's chief")."""
    words = [w for w in (title or name).replace("’s", "").replace("'s", "").lower().split() if w not in ("its", "their")]
    named = set(name.lower().split()) if title else set()
    rest = [t.lower_ for t in phrase or [] if not t.is_punct and t.lower_ not in named
            and t.dep_ not in ("appos", "poss", "case") and t.head.dep_ not in ("appos", "poss")]
    return any(w in OFFICE_HEADS for w in words) and all(w in OFFICE_WORDS for w in words + rest)


def owner_state(phrase: Span) -> str | None:
    """The state a possessive in the phrase names, whatever the tagger made of it: "Niger's defence ministry"
    (Niger tagged a person), "China's Ministry of State Security" (the parse hangs "China's" on "Ministry")."""
    return next((c for t in phrase if t.dep_ == "poss" and not any(k.dep_ == "compound" for k in t.children)
                 and (c := token_country(t))), None)


def context_state(doc: Doc, at: int, person_country: Callable[[Token], str | None], told_before: bool = False
                  ) -> str | None:
    """The state the text is telling of where a speaker is named at character ``at``: the one state among the
    subjects of the sentence before in the paragraph and among those before ``at`` in its own sentence; None when
    they name none, or differ, or (``told_before``) when the sentence before names none."""
    where = doc.char_span(at, at + 1, alignment_mode="expand")  # (None past the text's end)
    if where is None:
        return None
    here = doc[where.start].sent
    found: set[str] = set(_subjects(doc[here.start: where.start], person_country))
    before = here.start - 1
    earlier: set[str] = set()
    if before >= 0 and "\n" not in doc[doc[before].sent.end - 1: here.start].text_with_ws:
        earlier = set(_subjects(doc[before].sent, person_country))
    found |= earlier
    return found.pop() if len(found) == 1 and (earlier or not told_before) else None


def _subjects(span: Span, person_country: Callable[[Token], str | None]) -> list[str]:
    """The states the subjects of a stretch of text are, or belong to: of its outermost clauses only ("Vietnam
    protested and demanded that Beijing withdraw the vessel" tells of Vietnam)."""
    codes: list[tuple[int, str]] = []
    quoted = _quoted(span)
    for token in span:
        if token.i in quoted:
            continue  # "“France has insulted the Malian people,” government spokesman … said": of whom one speaks
        if token.dep_ not in ("nsubj", "nsubjpass") or token.head.pos_ not in ("VERB", "AUX") \
                or token.head.dep_ in ("advcl", "relcl", "acl", "pcomp"):
            continue  # "After Russia struck, the Defence Ministry said": a clause's time, not the story's state
        code = None
        if token.ent_type_ == "GPE":
            code = token_country(token)
        elif token.ent_type_ == "PERSON":
            code = person_country(token)
            code = None if code in GROUP_KINDS else code  # "claims Osama bin Laden has fled": no state's story
        elif token.lemma_.lower() in STATE_BODIES or token.lower_ in STATE_BODIES or token.ent_type_ == "ORG":
            # "Indonesia's navy", "The Japanese government", "Kenya's High Court", "Prosecutors in Seoul"
            code = next((c for t in token.children if t.dep_ in ("amod", "poss", "compound") and (c := token_country(t))),
                        None) or next((c for p in token.children if p.dep_ == "prep" and p.lower_ == "in"
                                       and token.ent_type_ != "ORG" for t in p.children
                                       if t.dep_ == "pobj" and (c := token_country(t))), None)
        elif token.ent_type_ == "NORP" and token.pos_ == "PROPN":
            code = country_code(token.text)
        elif token.lower_ in OFFICE_HEADS:  # "Lithuania's prosecutor general said": an office of a state's
            code = next((c for t in token.children if t.dep_ == "poss" and (c := token_country(t))), None)
        if code is not None:
            codes.append((len(list(token.head.ancestors)), code))
    outermost = min((depth for depth, _ in codes), default=0)
    return [code for depth, code in codes if depth == outermost]


def _quoted(span: Span) -> set[int]:
    """The tokens of a stretch of text inside quotation marks."""
    inside, opened = set(), False
    for token in span:
        if token.text in ("“", "”", '"'):
            opened = token.text == "“" or token.text == '"' and not opened
            continue
        if opened:
            inside.add(token.i)
    return inside


def settle_states(doc: Doc, attributions: list[Attribution]) -> None:
    """Once the events are coded, give a state's office still without one the state the words before it in its
    own sentence tell of ("Hungary has not yet decided …, government spokesman Zoltan Kovacs said"). It is done
    after the events, not while resolving: that state is read from the very words the event coder reads, and a
    speaker given it there would become a party to the events of what they report (in place, on copies)."""
    by_char = {m.start: a.speaker.country for a in attributions if a.speaker is not None and a.speaker.country
               and a.speaker.type == "person" and (m := a.speaker_mention) is not None}
    home = dateline_country(doc)
    for item in attributions:
        speaker, source = item.speaker, item.source
        if speaker is None or speaker.country or source is None or speaker.type == "state":
            continue
        phrase = doc.char_span(source.start, source.end, alignment_mode="expand")
        if phrase is None or not of_a_state(speaker.name, speaker.title, phrase):
            continue
        code = context_state(doc, source.start, lambda t: by_char.get(t.idx))
        if code is None and not _subjects(doc[phrase.start].sent, lambda t: by_char.get(t.idx)):
            code = home  # "WARSAW - Thousands of farmers protested … Agriculture Minister Tomasz Lewicki said"
        elif home and code not in (None, home) and any(token_country(t) == home for t in doc[phrase.start].sent
                                                        if t.dep_ not in ("nsubj", "nsubjpass")):
            # "KYIV, Ukraine (AP) — Russia launched 400 drones at Ukraine overnight, officials said": what the
            # filing state's officials tell of the other state doing to it
            code = home
        if code is not None:
            item.speaker = replace(speaker, country=code, aliases=list(speaker.aliases))
