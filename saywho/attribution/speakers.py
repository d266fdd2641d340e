"""Resolve who a source phrase refers to, within one article.

News prose names a person in full once ("French President Emmanuel Macron")
and then refers back by surname ("Macron"), pronoun ("he"), role ("the French
leader") or apposition ("The Kremlin's spokesman, Dmitry Peskov"). This module
builds a register of the people and organisations an article names, with the
titles and countries the text gives them, and maps each source phrase onto it.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Span, Token

from saywho.actors import geo
from saywho.actors.countries import country_code, is_metonym, place_code, token_country
from saywho.attribution import lexicon
from saywho.attribution.lexicon import LABOUR_WORDS
from saywho.attribution.offices import STATE_BODIES
from saywho.model import Actor

# Ranks joined by a hyphen, as Nigerian papers write them ("Maj.-Gen. Edward Buba said"): one word to the tokenizer.
HYPHENATED_RANKS = ("Maj.-Gen.", "Brig.-Gen.", "Lt.-Gen.", "Lt.-Col.", "Lt.-Cdr.", "Vice-Adm.", "Rear-Adm.")
TITLE_WORDS = {
    *(rank.lower() for rank in HYPHENATED_RANKS),
    "president", "prime", "minister", "chancellor", "spokesman", "spokeswoman", "spokesperson", "mep", "msp", "mla",
    "secretary", "senator", "sen.", "governor", "gov.", "leader", "king", "queen", "general", "gen.",
    "ambassador", "mayor", "premier", "foreign", "defence", "defense", "interior", "finance", "chief",
    "head", "commander", "envoy", "adviser", "advisor", "official", "director", "chairman", "chairwoman", "chairperson",
    "ceo", "pope", "prince", "princess", "sheikh", "representative", "rep.", "candidate", "nominee",
    "speaker", "judge", "justice", "attorney", "vice", "deputy", "former", "presidential", "state", "administrator",
    "collector", "registrar", "auditor", "warden", "dean", "rector", "provost",
    "secretary-general", "commissioner", "lawmaker", "congressman", "congresswoman",
    "mp", "chief executive", "executive", "founder", "editor", "pollster", "strategist", "manager",
    "aide", "analyst", "professor", "dr.", "dr", "mr.", "mrs.", "ms.", "sir", "lord", "dame",
    # offices of law, force and faith written before a name: "Prosecutor Elena Ruiz", "Captain Greg Hollis"
    "prosecutor", "rapporteur", "sheriff", "magistrate", "coroner", "ombudsman", "inspector", "detective", "superintendent",
    "captain", "colonel", "lieutenant", "admiral", "sergeant", "cardinal", "bishop", "rabbi", "imam", "pastor",
    "brigadier", "col.", "lt.", "brig.", "capt.", "sgt.", "maj.", "cpl.", "supt.",
    # police ranks of South Asia and Nigeria, written before a name: "DSP Emeka Okafor", "SSP Asad Malik"
    "dsp", "asp", "ssp", "dcp", "acp", "igp",
    "treasurer", "comptroller", "councillor", "undersecretary", "coach", "lawyer", "headteacher", "headmaster", "headmistress",
    "chair", "emir", "crown",  # "Fed Chair Jerome Powell", "Qatar's Emir Sheikh Tamim", "Crown Prince Mohammed"
}
# Words that make an office of the title after them: "Managing Director", "High Commissioner", "Special Envoy".
OFFICE_MODIFIERS = frozenset({"managing", "high", "special"})
# A rank's retirement, in brackets between it and the name: "Lt Gen (retd) Jahangir Alam Chowdhury".
RETIRED = frozenset({"retd", "retd.", "rtd", "retired"})
# Heads of state and government: what "the US leader" can refer to.
LEADER_TITLES = {"president", "prime minister", "chancellor", "premier", "king", "queen", "leader", "head"}
GENERIC_HEADS = {"leader", "head", "counterpart"}
HONORIFICS = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "lord",
              "mme", "mme.", "mlle", "m.", "herr", "frau", "sr.", "sra.", "srta."}  # French, German, Spanish ones
# Titles that are part of how a person is called, not an office before the name: "Mr. Obama", "King Abdullah".
NAME_TITLES = frozenset({*HONORIFICS, "lady", "king", "queen", "pope", "emir", "imam", "prince", "princess", "sheikh"})
PRONOUNS = {"he", "she", "him", "her", "they", "i", "we", "you"}


@dataclass
class Entry:
    """One actor the article mentions, with every mention's character range."""

    key: str
    name: str
    type: str
    title: str | None = None
    country: str | None = None
    mentions: list[tuple[int, int, bool]] = field(default_factory=list)  # (start, end, is_subject)
    _starts: tuple[list[int], list[int]] | None = field(default=None, repr=False, compare=False)

    def last_before(self, at: int, subject: bool = False) -> int:
        """The start of the last mention (as a subject, if asked) before offset ``at``; -1 if none.

        A binary search over the sorted starts, built on first use (the register is complete by then):
        scanning every mention of every person for every pronoun was quadratic in a long document.
        """
        if self._starts is None or len(self._starts[0]) != len(self.mentions):
            self._starts = (sorted(s for s, _, _ in self.mentions), sorted(s for s, _, subj in self.mentions if subj))
        starts = self._starts[1] if subject else self._starts[0]
        at = bisect_left(starts, at)
        return starts[at - 1] if at else -1

    def actor(self) -> Actor:
        sector = "GOV" if self.type == "organisation" and self.country and is_metonym(self.name) else None
        if self.type == "organisation" and self.country and sector is None and self.country not in ("IGO", "NGO"):
            sector = _body_sector(self.name)  # "the Kenyan Army said": its army (KENMIL), not the state
        if self.type == "person" and {"shadow", "opposition"} & set((self.title or "").lower().split()):
            sector = "OPP"  # "shadow chancellor Jeremy Hunt", "opposition leader Raila Odinga": in opposition,
            # whatever office the dictionary knows
        elif self.type == "person" and self.country and self.title:
            from saywho.actors.dictionary import NON_STATE, title_sector

            # "Argentina's Economy Minister Luis Caputo": ARGGOV ("NATO Secretary-General Mark Rutte": IGO alone)
            sector = None if self.country in NON_STATE else title_sector(self.title, offices_only=True)
        return Actor(
            id=slugify(self.name), name=self.name, title=self.title, country=self.country,
            type=self.type, sector=sector,  # type: ignore[arg-type]
        )


def _body_sector(name: str) -> str | None:
    """The sector a body's name ends in, for a state's forces, courts, legislatures, parties and unions ("Nigerian
    Army", "Kenya Police", "Supreme Court", "National Assembly", "Labour Party"); None for any other."""
    from saywho.actors.dictionary import SECTOR_WORDS  # here, not at the top: actors imports this module

    words = name.lower().split()
    if "police" in words:
        return "COP"  # "the Nigeria Police Force"
    if words and words[-1] in ("congress", "confederation", "federation", "council") and LABOUR_WORDS & set(words):
        return "LAB"  # "the Nigeria Labour Congress": a union, no legislature
    if words and words[-1] in GOVERNMENT_BODIES:
        return "GOV"  # "Brazil's foreign ministry" (not "Islamic State": the word state is no body here)
    sector = SECTOR_WORDS.get(words[-1]) if words else None
    return sector if sector in ("MIL", "COP", "JUD", "LEG", "PTY", "LAB") else None


# The last words of a state's bodies of government.
GOVERNMENT_BODIES = frozenset({"ministry", "government", "cabinet", "administration", "presidency", "embassy", "office"})


def slugify(name: str) -> str:
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-") or "unknown"


def _surname(text: str) -> str:
    """The last word of a name, without an Arabic article joined to it: "Ahmed al-Sharaa" is "Sharaa" after."""
    words = [w for w in re.sub(r"(’s|'s)$", "", text).split() if w.lower().strip(".") not in HONORIFICS]
    return ARTICLE.sub("", words[-1].lower()) if words else text.lower()


ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az)-(?=\w{3})")


class Register:
    """The actors an article mentions, and how to map a phrase onto one of them."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.people: dict[str, Entry] = {}
        self.others: dict[str, Entry] = {}
        self.ents = list(doc.ents)  # doc.ents builds every entity on each access: read them once
        self.ent_starts = [ent.start for ent in self.ents]
        self._collect()

    # -- building -------------------------------------------------------------

    def _collect(self) -> None:
        ents = self.ents
        for ent in ents:
            if ent.label_ == "PERSON" and len(ent) > 1 and not country_code(ent.text):
                self._add_person(ent)
        for ent in ents:
            if ent.label_ in ("PERSON", "ORG") and (_surname(ent.text) in self.people or _after_title(ent)):
                # spaCy's small model often tags a bare surname as ORG ("Macron said").
                self._add_person(ent)
            elif ent.label_ == "PERSON" and not country_code(ent.text):
                self._add_person(ent)
            elif ent.label_ == "PERSON":
                self._add_other(ent)  # "Kyiv" tagged as a person
            elif ent.label_ in ("ORG", "GPE", "NORP"):
                self._add_other(ent)

    def _add_person(self, ent: Span) -> None:
        name = _clean_name(ent)
        key = _surname(name)
        entry = self.people.get(key)
        if entry is None:
            entry = self.people[key] = Entry(key=key, name=name, type="person")
        elif len(name) > len(entry.name):
            entry.name = name
        title, country = _title_and_country(ent)
        entry.title = entry.title or title
        entry.country = entry.country or country
        entry.mentions.append((ent.start_char, ent.end_char, ent.root.dep_ in ("nsubj", "nsubjpass")))

    def _add_other(self, ent: Span) -> None:
        code = country_code(ent.text)
        name = _clean_name(ent)
        if ent.label_ == "NORP" or (ent.label_ == "GPE" and not code):
            return  # a demonym is a modifier; a place that is no state ("Alaska") acts for no one
        kind = "state" if code and not is_metonym(name) else "organisation"
        key = code if kind == "state" else name.lower()
        entry = self.others.get(key)
        if entry is None:
            label = _state_name(code) if kind == "state" and code else name
            entry = self.others[key] = Entry(key=key, name=label, type=kind, country=code)
        entry.mentions.append((ent.start_char, ent.end_char, ent.root.dep_ == "nsubj"))

    # -- resolving ------------------------------------------------------------

    def resolve(self, phrase: Span) -> Entry | None:
        """The actor a source phrase refers to, or None when the text does not say."""
        person = self._named_person(phrase)
        if person is not None:
            return person
        if len(phrase) == 1 and phrase[0].lower_ in PRONOUNS:
            return self._antecedent(phrase)
        described = self._described(phrase)
        if described is not None:
            return described
        return self._named_other(phrase)

    def _named_person(self, phrase: Span) -> Entry | None:
        for token in reversed(phrase):
            if token.text[:1].isupper() and _surname(token.text) in self.people:
                return self.people[_surname(token.text)]
        return None

    def _named_other(self, phrase: Span) -> Entry | None:
        for ent in self.ents[bisect_left(self.ent_starts, phrase.start): bisect_left(self.ent_starts, phrase.end)]:
            if ent.end <= phrase.end and ent.label_ in ("ORG", "GPE"):
                code = country_code(ent.text)
                key = code if code and not is_metonym(ent.text) else _clean_name(ent).lower()
                if key in self.others:
                    return self.others[key]
        return None

    def _described(self, phrase: Span) -> Entry | None:
        """"the Ukrainian leader", "the US leader", "the Kremlin's spokesman"."""
        head = phrase.root.lower_
        if head not in TITLE_WORDS and head not in GENERIC_HEADS:
            return None
        country = next((c for c in (token_country(t) for t in phrase if t.i != phrase.root.i) if c), None)
        candidates = [
            person for person in self.people.values()
            if _mentioned_before(person, phrase.start_char)
            and (country is None or person.country == country)
            and _title_fits(person.title, head)
        ]
        return _most_recent(candidates, phrase.start_char)

    def possessor(self, pronoun: Token) -> Entry | None:
        """The person a possessive "his" or "her" most likely stands for ("Beijing dismissed his remarks")."""
        return self._antecedent(pronoun.doc[pronoun.i: pronoun.i + 1])

    def _antecedent(self, pronoun: Span) -> Entry | None:
        """The person a pronoun most likely refers to.

        A subject earlier in the same sentence wins ("Zelensky described ...,
        though he said"); else the most recent person named as a subject in the
        preceding sentences ("Macron stated ... He did not name ..."); else the
        most recent person named at all.
        """
        if pronoun[0].lower_ in ("they", "we", "you", "i"):
            return None
        sentence_start = pronoun.sent.start_char
        at = pronoun.start_char
        gender = PRONOUN_GENDER.get(pronoun[0].lower_)
        # "Maia Sandu won a second term. Stoianoglo said he …": never someone whose given name says otherwise
        people = [p for p in self.people.values()
                  if gender is None or lexicon.first_names().get(p.name.split()[0].lower()) in (None, gender)]
        same = [p for p in people if p.last_before(at, subject=True) >= sentence_start]
        if same:
            return _most_recent(same, at)
        subjects = [p for p in people if p.last_before(at, subject=True) >= 0]
        return _most_recent(subjects, at) or _most_recent(people, at)


PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}


def _after_title(ent: Span) -> bool:
    """"Chancellor Olaf Scholz" tagged ORG: a capitalised title before a two-word name means a person; so does
    a title in apposition after it ("Sameh Shoukry, Egypt's foreign minister, said")."""
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    return len(ent) >= 2 and all(t.text[:1].isupper() for t in ent) and (
        before is not None and before.text[:1].isupper() and before.lower_ in TITLE_WORDS
        or _title_after(ent) is not None)


def _title_after(ent: Span) -> Token | None:
    """The title noun set after a name in apposition: "Sameh Shoukry, Egypt's foreign minister"."""
    return next((c for c in ent.root.children if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i > ent.end
                 and c.lower_ in TITLE_WORDS), None)


def _body_of_office(title: Token) -> list[Token]:
    """The words of the body an office after a name is "of" ("the president of Venezuela's National Assembly",
    "president of the opposition Samajwadi Party"): whose office it is, not a place or a topic."""
    body = next((o for p in title.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                 if o.dep_ == "pobj" and o.lower_ in BODY_HEADS | {"parliament", "senate", "court"}), None)
    if body is None:
        return []
    return [title.doc[p.i] for p in title.children if p.dep_ == "prep" and p.lower_ == "of"] + \
        [t for t in body.subtree if t.dep_ not in ("det", "punct", "case")]


# Honorifics of Malaysia and Brunei that the tagger takes for a whole name ("Datuk Seri", "Tan Sri").
REGIONAL_HONORIFICS = frozenset({"datuk", "dato", "dato'", "datin", "seri", "tun", "tan", "sri", "pehin", "dr"})
NAME_PARTICLES = {"de", "da", "di", "del", "della", "dos", "das", "do", "du", "van", "von", "der", "den", "ter", "ten", "bin",
                  "ibn", "al", "el", "la", "le", "ní", "nic", "ó", "mac"}


# Speech acts only people and bodies do: a name tagged a product or a work that does them names a body.
AGENTS_ONLY = frozenset({"call", "urge", "demand", "condemn", "accuse", "welcome", "criticise", "criticize",
                         "denounce", "appeal", "reject", "deny", "insist", "vow", "pledge"})
# The last words of the names of bodies ("the Hurriyat Conference", "the Awami League", "Prosecution Service").
BODY_HEADS = frozenset({"conference", "council", "committee", "front", "league", "party", "union", "movement",
                        "association", "federation", "commission", "alliance", "coalition", "congress", "assembly",
                        "organisation", "organization", "foundation", "institute", "ministry", "agency", "forum",
                        "service", "office", "authority", "department", "bureau", "tribunal", "directorate"})


def repair_person_spans(doc: Doc) -> None:
    """"Dempsey picked up the phone and rang Taylor": the small model sometimes takes the verb before a name
    into a PERSON entity. A name never opens with a lower-case word other than a particle ("de Blasio"), so
    such words are cut off, and every later step sees "Taylor". A name of several words that is a country's
    ("Papua New Guinea", "Sierra Leone" tagged PERSON) is the country: read as a person, its last word made
    it Guinea or Leone."""
    original = list(doc.ents)
    ents = _split_at_commas(_split_at_verbs(original))
    named = {ent[-1].lower_ for ent in ents if len(ent) >= 2 and _name_case(ent[-1])
             and (ent.label_ == "PERSON" or _named_person(ent))}
    given = {ent[0].lower_ for ent in ents if len(ent) >= 2 and ent.label_ == "PERSON" and _name_case(ent[0])}
    # surnames alone: a person's, or a "body's" that speaks ("Quispe said", tagged ORG), at their first place
    lone = {ent[0].lower_: ent.start for ent in reversed(ents) if len(ent) == 1 and _name_case(ent[0]) and (
        ent.label_ == "PERSON" or ent.label_ == "ORG" and ent.root.dep_ == "nsubj" and ent.root.head.lemma_.lower()
        in lexicon.VERBS)}
    in_full = {ent[-1].lower_ for ent in ents if ent.label_ in ("ORG", "FAC", "WORK_OF_ART", "PRODUCT")
               and _named_in_full(ent, lone)}
    repaired = []
    for ent in ents:
        start = ent.start
        if ent.label_ == "PERSON" and all(t.lower_ in REGIONAL_HONORIFICS for t in ent):
            end = ent.end  # "Datuk Seri Fadillah Yusof" tagged "Datuk Seri": the honorifics, then the name
            while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title and doc[end].ent_iob_ != "B":
                end += 1
            if end > ent.end:
                ent = Span(doc, ent.start, end, label="PERSON")
        if ent.label_ == "PERSON" and ent[0].lower_ in NAME_PARTICLES and ent[0].is_lower and ent.start > 0 \
                and doc[ent.start - 1].pos_ == "PROPN" and doc[ent.start - 1].is_title \
                and doc[ent.start - 1].ent_iob_ == "O" and doc[ent.start - 1].lower_ not in TITLE_WORDS \
                and not (repaired and repaired[-1].end == ent.start):
            ent = Span(doc, ent.start - 1, ent.end, label="PERSON")  # "Sjaak" + "van der Tak": the given name
            start = ent.start
        if ent.label_ == "PERSON" and repaired and repaired[-1].label_ == "PERSON" and repaired[-1].end == ent.start \
                and (ent[0].is_title or ent[0].lower_ in NAME_PARTICLES):
            # "Samia Suluhu" + "Hassan", "Prince Abdulaziz" + "bin Salman": one name the tagger cut in two
            repaired[-1] = Span(doc, repaired[-1].start, ent.end, label="PERSON")
            continue
        if ent.label_ in ("ORG", "GPE", "NORP") and len(ent) == 1 and repaired and repaired[-1].end == ent.start \
                and _name_case(ent[0]) and ent[0].pos_ == "PROPN" and country_code(ent.text) is None and (
                    repaired[-1].label_ == "PERSON" and doc[ent.start - 1].whitespace_ == " "
                    or len(repaired[-1]) == 1 and _given_name(repaired[-1][0].lower_, census=True)):
            # "Sri Mulyani" + "Indrawati" (ORG), "Natalia" (GPE) + "Orlova" (ORG): a name the tagger cut at its
            # last word, or began with a given name it took for a place
            repaired[-1] = Span(doc, repaired[-1].start, ent.end, label="PERSON")
            continue
        if ent.label_ == "PERSON" and (joined := _hyphen_joined(ent)) is not ent:
            ent = joined  # "Choi Min-seok", "Per-Arne Hov": the tokenizer split the name at its hyphen
            start = ent.start
        if ent.label_ == "PERSON" and repaired and repaired[-1].end == ent.start and repaired[-1].label_ != "PERSON" \
                and len(repaired[-1]) >= 2 and repaired[-1][-1].is_title and _given_name(repaired[-1][-1].lower_):
            # "Striker Dominic" (ORG) + "Calvert-Lewin": the given name the tagger gave the title before it
            rest = Span(doc, repaired[-1].start, repaired[-1].end - 1, label=repaired[-1].label_)
            repaired[-1:] = [] if len(rest) == 1 and rest[0].lower_ in TITLE_WORDS else [rest]
            ent = Span(doc, ent.start - 1, ent.end, label="PERSON")
            start = ent.start
        if ent.label_ == "PERSON":
            end = ent.end
            while end + 1 < len(doc) and doc[end].lower_ in NAME_PARTICLES and doc[end].is_lower \
                    and doc[end + 1].is_title and doc[end + 1].pos_ == "PROPN":
                end += 2  # "Erik" + "ten Hag": a particle and a family name after a given name
            if end == ent.end and end < len(doc) and ent.root.dep_ == "compound" and ent.root.head.i == end \
                    and doc[end].pos_ == "PROPN" and doc[end].is_title and doc[end].ent_iob_ == "O" \
                    and doc[end].lower_ not in TITLE_WORDS and _given_name(ent[0].lower_, census=True) \
                    and (end + 1 == len(doc) or doc[end + 1].ent_iob_ != "B"):
                end += 1  # "Maria Corina" + "Machado": the family name the parse made the head of the name
            longer = end
            while end == ent.end and longer < min(len(doc), ent.end + 3) and doc[longer].pos_ == "PROPN" \
                    and doc[longer].is_title and doc[longer].ent_iob_ == "O":
                longer += 1
                if _known_person(doc[ent.start: longer]):
                    end = longer  # "Aung San" + "Suu Kyi": the rest of a name the dictionary knows whole
            if end > ent.end:
                ent = Span(doc, ent.start, end, label="PERSON")
            while start < ent.end - 1 and doc[start].is_lower and doc[start].lower_ not in NAME_PARTICLES:
                start += 1
            while start > 0 and (_given_name_before(doc[start - 1]) or _name_word_before(doc[start - 1], ent)) \
                    and (not repaired or repaired[-1].end < start):
                start -= 1  # "His rival, Ana Paula Silva": the tagger left the first of two given names out
        if ent.label_ in ("ORG", "GPE", "NORP") and len(ent) == 1 and ent[0].lower_ in named and ent.start > 0 \
                and _opening_given_name(doc[ent.start - 1]) and (not repaired or repaired[-1].end < ent.start):
            # "Isabel Fuentes said …" at a sentence's start, tagged "Fuentes" (ORG) only: a given name opening the
            # sentence before the family name of a person the article names is part of the name
            repaired.append(Span(doc, ent.start - 1, ent.end, label="PERSON"))
            continue
        if _country_name(ent.text) and (ent.label_ in ("PERSON", "ORG") and len(ent) >= 2
                                        or ent.label_ in ("FAC", "LOC", "PRODUCT", "WORK_OF_ART")):
            # ("the Vatican" tagged FAC: a state, which speaks)
            repaired.append(Span(doc, ent.start, ent.end, label="GPE"))
            continue
        if ent.label_ in ("FAC", "PRODUCT", "WORK_OF_ART") and (_named_person(ent) or _surname_again(ent, named)) \
                or ent.label_ == "GPE" and (_unknown_place_beside_person(ent) or _unknown_place_speaking(ent)) \
                or ent.label_ == "ORG" and (_holder(ent) or _person_by_pronoun(ent) or _aged(ent)) \
                or ent.label_ == "GPE" and geo.place_country(ent.text) is None and _person_by_pronoun(ent) \
                or ent.label_ in ("ORG", "GPE", "NORP", "PRODUCT", "WORK_OF_ART", "FAC") and _kin_named(ent) \
                or ent.label_ in ("GPE", "ORG", "NORP") and _given_name_again(ent, given) \
                or ent.label_ in ("ORG", "FAC", "WORK_OF_ART", "PRODUCT") and _named_in_full(ent, lone) \
                or ent.label_ == "ORG" and len(ent) == 1 and ent[0].lower_ in in_full \
                or ent.label_ in ("ORG", "GPE", "NORP", "FAC", "PRODUCT", "WORK_OF_ART") and _known_person(ent):
            repaired.append(Span(doc, ent.start, ent.end, label="PERSON"))  # "Bethany Coles said" tagged FAC
            continue
        if ent.label_ == "PERSON" and len(ent) >= 2 and ent[-1].lower_ in BODY_ENDINGS \
                and ent[-1].is_title:
            # "The Crown" (ORG) + "Prosecution Service" (PERSON): a name ending in a body's word is a body's
            if repaired and repaired[-1].label_ == "ORG" and repaired[-1].end == ent.start:
                repaired[-1] = Span(doc, repaired[-1].start, ent.end, label="ORG")
            else:
                repaired.append(Span(doc, ent.start, ent.end, label="ORG"))
            continue
        titled = next((k for k in range(1, len(ent) - 1) if ent[k - 1].lower_ in TITLES_BEFORE_NAMES and all(
            t.pos_ == "PROPN" and t.is_title and t.lower_ not in TITLE_WORDS or t.text in "-‐" and not t.whitespace_
            for t in ent[k:])), None)
        if ent.label_ == "PERSON" and titled is not None and start == ent.start \
                and ent[titled - 1].lower_ not in NAME_TITLES:
            # "Denver Mayor Chris Delgado", "Alberta Premier Dean Kovac" tagged whole: the title is no part of the name
            repaired.append(Span(doc, ent.start + titled, ent.end, label="PERSON"))
            continue
        if (ent.label_ in ("WORK_OF_ART", "PRODUCT") or ent.label_ == "ORG" and not any(
                t.lower_ in BODY_WORDS | BODY_HEADS for t in ent)) and titled is not None and _says(ent):
            # "Competition Commissioner Margrethe Vestager said", tagged a work's title: a title, then a person
            repaired.append(Span(doc, ent.start + titled, ent.end, label="PERSON"))
            continue
        if ent.label_ in ("WORK_OF_ART", "PRODUCT") and len(ent) > 1 and ent.root.dep_ == "nsubj" \
                and ent.root.head.lemma_.lower() in AGENTS_ONLY:
            # "SOS Méditerranée called on the Italian government", tagged a product: no product calls on anyone
            repaired.append(Span(doc, ent.start, ent.end, label="ORG"))
            continue
        if ent.label_ in ("WORK_OF_ART", "PRODUCT", "FAC") and ent[-1].lower_ in BODY_HEADS and _says(ent):
            # "the Hurriyat Conference said", tagged a work's title: a body named by its kind speaks
            repaired.append(Span(doc, ent.start, ent.end, label="ORG"))
            continue
        if ent.label_ == "PERSON" and _where(ent) and geo.place_country(ent.text):
            # "flights to Goma", "fighting in Sake", "youths in Clichy-sous-Bois"
            repaired.append(Span(doc, ent.start, ent.end, label="GPE"))
            continue
        if ent.label_ in ("PERSON", "ORG") and ent[-1].lower_ in ("and", "&"):
            # "Avon Fire and Rescue Service": a name cut at its "and" is an organisation's, the words after it too
            end = ent.end
            while end < len(doc) and doc[end].text[:1].isupper() and doc[end].pos_ == "PROPN" and not doc[end].ent_type_:
                end += 1
            if end > ent.end:
                repaired.append(Span(doc, ent.start, end, label="ORG"))
                continue
        repaired.append(ent if start == ent.start else Span(doc, start, ent.end, label=ent.label_))
    companies = _company_names(doc, repaired)
    if companies:
        repaired = [e for e, (a, b) in zip(repaired, map(_unbracketed, repaired), strict=True)
                    if not any(c.start <= a and b <= c.end for c in companies)]
    taken = {t.i for ent in [*repaired, *companies] for t in ent}
    again = [Span(doc, t.i, t.i + 1, label="PERSON") for t in doc if t.i not in taken and _surname_alone(t, named)]
    again += [span for span in _untagged_holders(doc) if not any(t.i in taken for t in span)
              and not any(a.start <= span.start < a.end for a in again)]
    if again or companies or len(ents) != len(original) \
            or any(new is not old for new, old in zip(repaired, ents, strict=True)):
        doc.ents = _merged(sorted([*repaired, *companies, *again], key=lambda e: e.start))


# The words that end a company's legal name: "Penril Corp", "Miller Tabak Hirsch and Co", "Montedison Spa".
CORPORATE_SUFFIXES = frozenset({"corp", "corp.", "inc", "inc.", "co", "co.", "cos", "ltd", "ltd.", "plc", "llc", "spa",
                                "s.p.a.", "ag", "nv", "n.v.", "sa", "s.a.", "corporation", "incorporated", "limited",
                                "gmbh", "bhd", "asa", "oyj", "pty", "l.p."})


def _company_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """"Penril Corp said", "<Miller Tabak Hirsch and Co> said": a run of capitalised names ending in a company's legal
    suffix is a company's name, whatever the small model made of it (nothing, a person, two pieces); wire copy's
    angle brackets around an unlisted company's name are no part of it. Only a run no entity crosses the edge of."""
    found: list[Span] = []
    edges = [_unbracketed(e) for e in ents]
    for token in doc:
        if token.lower_ not in CORPORATE_SUFFIXES or token.i == 0 or not token.text[:1].isupper():
            continue
        start = token.i
        while start > 0:
            before = doc[start - 1]
            if _name_case(before) and before.pos_ in ("PROPN", "NOUN", "ADJ") and before.lower_ not in CORPORATE_SUFFIXES:
                start -= 1
            elif before.lower_ in ("and", "&") and start - 2 >= 0 and _name_case(doc[start - 2]) and start == token.i:
                start -= 1  # "Hirsch and Co": only the last word before the suffix may be joined by "and"
            elif before.text == ")" and start - 3 >= 0 and doc[start - 3].text == "(" and _name_case(doc[start - 2]):
                start -= 3  # "Industrial Equity (Pacific) Ltd"
            else:
                break
        if start == token.i or doc[start].lower_ in ("and", "&"):
            continue
        if any(t.is_sent_start and t.i > start for t in doc[start: token.i + 1]):
            continue
        span = Span(doc, start, token.i + 1, label="ORG")
        if any(a < span.start < b or a < span.end < b for a, b in edges) or any(f.end > span.start for f in found):
            continue  # an entity reaching past the run's edge: leave it to the tagger
        found.append(span)
    return found


def _unbracketed(ent: Span) -> tuple[int, int]:
    """An entity's token range without the wire's angle brackets the tagger took into it ("Co>")."""
    start, end = ent.start, ent.end
    while start < end and ent.doc[start].text in "<>":
        start += 1
    while end > start and ent.doc[end - 1].text in "<>":
        end -= 1
    return start, end


def _untagged_holders(doc: Doc) -> list[Span]:
    """Names the small model left untagged, set beside an office: "The state governor, Abba Kabir Yusuf,
    appealed", "Jenkins, the US envoy for arms control, said". A run of capitalised words, none tagged, in
    apposition to a title (or with a title in apposition to it) is the office holder's name."""
    found = []
    for token in doc:
        if token.pos_ != "PROPN" or token.ent_type_ or not _name_case(token):
            continue
        titled = token.dep_ == "appos" and token.head.pos_ == "NOUN" and token.head.lower_ in TITLE_WORDS \
            or token.dep_ in ("nsubj", "nsubjpass") and any(
                c.dep_ == "appos" and c.pos_ == "NOUN" and c.lower_ in TITLE_WORDS and c.i > token.i for c in token.children)
        if not titled:
            continue
        start = token.i
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == token.i \
                and doc[start - 1].pos_ == "PROPN" and not doc[start - 1].ent_type_ and _name_case(doc[start - 1]):
            start -= 1
        span = Span(doc, start, token.i + 1, label="PERSON")
        if len(span) <= 4 and country_code(span.text) is None and geo.place_country(span.text) is None \
                and span.text.lower() not in TITLE_WORDS:
            found.append(span)
    return found


def _split_at_verbs(entities: list[Span]) -> list[Span]:
    """"Kurti blamed Serbia" tagged one ORG: a name never holds its clause's lower-case verb; the words on each
    side of it are names of their own (a state's name a place, a name the dictionary knows a person)."""
    ents = []
    for ent in entities:
        doc = ent.doc
        verbs = [t for t in ent if t.pos_ == "VERB" and t.is_lower and t.dep_ in ("ROOT", "conj", "ccomp", "advcl")]
        if not verbs or ent.label_ not in ("ORG", "PERSON", "GPE", "NORP", "FAC", "WORK_OF_ART"):
            ents.append(ent)
            continue
        cut = verbs[0].i
        for start, end in ((ent.start, cut), (cut + 1, ent.end)):
            part = doc[start:end]
            if len(part) and part[0].is_title:
                label = "GPE" if _country_name(part.text) else "PERSON" if _known_person(part) else ent.label_
                ents.append(Span(doc, start, end, label=label))
    return ents


def _split_at_commas(entities: list[Span]) -> list[Span]:
    """"The mayor of Lampedusa, Filippo Mannino, urged", tagged one ORG across its comma: a given name after
    the comma opens a person's name of its own; the words before it are the place or body they were."""
    ents = []
    for ent in entities:
        doc = ent.doc
        comma = next((t.i for t in ent if t.text == ","), None)
        after = doc[comma + 1: ent.end] if comma is not None else None
        before = doc[ent.start: comma] if comma is not None else None
        place = geo.place_country(before.text) if before is not None and len(before) else None
        if after is None or before is None or len(after) < 2 or not len(before) \
                or not (_given_name(after[0].text, census=True) or place
                        or after[-1].dep_ == "appos" and after[-1].head.lower_ in TITLE_WORDS | PERSON_NOUNS_NEAR) \
                or not all(_name_case(t) or t.text in "-‐" for t in after) \
                or any(t.lower_ in BODY_WORDS | BODY_HEADS for t in after):
            ents.append(ent)
            continue
        ents.append(Span(doc, before.start, before.end, label="GPE" if place else ent.label_))
        ents.append(Span(doc, after.start, after.end, label="PERSON"))
    return ents


def _merged(spans: list[Span]) -> list[Span]:
    """Spans in order with overlaps joined into the first: a name joined at its hyphens can run into the next
    entity ("Clichy-sous-Bois and Mantes-la-Jolie", tagged "Mantes" and "Jolie"), which spaCy refuses."""
    merged: list[Span] = []
    for span in spans:
        if merged and span.start < merged[-1].end:
            if span.end > merged[-1].end:
                merged[-1] = Span(span.doc, merged[-1].start, span.end, label=merged[-1].label_)
            continue
        merged.append(span)
    return merged


def _surname_alone(token: Token, surnames: set[str]) -> bool:
    """"Defence lawyer Rebecca Hall said … Ward rejected that argument.": the surname of a person the article
    names, alone and in no entity, is that person again."""
    doc = token.doc
    before = doc[token.i - 1] if token.i > 0 else None
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return token.ent_iob_ == "O" and token.pos_ == "PROPN" and _name_case(token) and token.lower_ in surnames \
        and not (before is not None and (before.pos_ == "PROPN" or before.text in "-‐" and not before.whitespace_)) \
        and not (after is not None and (after.pos_ == "PROPN" or after.text in "-‐" and not token.whitespace_))


def _surname_again(ent: Span, surnames: set[str]) -> bool:
    """"“…,” Van der Linden said", tagged a work after the quote: a person's surname again, after an honorific
    ("Mme Marchand") or with its particles, is that person."""
    return any(t.lower_.rstrip(".") not in HONORIFICS for t in ent) and len(ent) <= 4 and ent[-1].lower_ in surnames \
        and all(_name_case(t) or t.lower_ in NAME_PARTICLES or t.text in "-‐" or t.lower_ in HONORIFICS for t in ent)


def _given_name_again(ent: Span, given: set[str]) -> bool:
    """"His son, Kenji Tanaka, … “…,” Kenji said", "Kenji" tagged a place: the given name of a person the
    article names, alone and no place or country, is that person again."""
    return len(ent) == 1 and ent[0].lower_ in given and _name_case(ent[0]) and _no_place(ent.text)


def _named_in_full(ent: Span, lone: dict[str, int]) -> bool:
    """"Ama Boateng directed the play. … Boateng said": a two- or three-word name the tagger took for a body or a
    work, whose last word is later a person alone, is that person named in full."""
    words = [t for t in ent if t.text not in ("'s", "’s", "'", "’")]
    return 2 <= len(words) <= 3 and all(_name_case(t) for t in words) and lone.get(words[-1].lower_, -1) > ent.start \
        and not country_code(ent.text) and not any(t.lower_ in TITLE_WORDS | BODY_WORDS | NAMED_THINGS for t in words) \
        and words[-1].lower_ not in BODY_HEADS  # "The European Commission … The Commission said": a body again


def _aged(ent: Span) -> bool:
    """"Lear is played by Iain Rutherford, 74.": a name followed by an age in apposition is a person's."""
    words = [t for t in ent if t.text not in "-‐"]
    return 2 <= len(words) <= 4 and all(_name_case(t) or t.lower_ in NAME_PARTICLES for t in words) \
        and any(c.dep_ == "appos" and c.like_num and c.i == ent.end + 1 and c.text.isdigit() and 1 < int(c.text) < 120
                for c in ent.root.children)


def _name_case(token: Token) -> bool:
    """A word written as a name: "Tanaka", and "MacLeod", "DiCaprio", "O'Brien", which ``is_title`` refuses."""
    text = token.text
    return token.is_title or text[:1].isupper() and any(c.islower() for c in text) and text.isalpha() \
        or text[:1].isupper() and "'" in text and text.replace("'", "").isalpha()


def _given_name_before(token: Token) -> bool:
    """A capitalised given name outside any entity, not opening its sentence (where any word is capitalised)."""
    if token.ent_iob_ != "O" or not token.is_title or token.pos_ != "PROPN" or token.is_sent_start \
            or token.lower_ in TITLE_WORDS or token.lower_.rstrip(".") in HONORIFICS | {"miss", "lady"}:
        return False
    if _given_name(token.lower_):
        return True
    # the census list holds many words ("Washington", "Post"): only where a name can begin, or after a given name
    before = token.doc[token.i - 1] if token.i > 0 else None
    return _given_name(token.lower_, census=True) and (before is None or not before.is_title
                                                       or _given_name(before.lower_))


def _opening_given_name(token: Token) -> bool:
    """A given name of the shipped list opening a sentence, outside any entity ("Isabel Fuentes said")."""
    return token.is_sent_start and token.ent_iob_ == "O" and token.is_title and token.pos_ == "PROPN" \
        and _given_name(token.lower_) and token.lower_ not in TITLE_WORDS


def _hyphen_joined(ent: Span) -> Span:
    """A person's name with the parts its hyphens joined: "Choi Min" + "-seok", "Per-" + "Arne Hov"."""
    doc = ent.doc
    start, end = ent.start, ent.end
    while end + 1 < len(doc) and doc[end].text in "-‐" and not doc[end - 1].whitespace_ and not doc[end].whitespace_ \
            and doc[end + 1].is_alpha and doc[end + 1].ent_type_ in ("", "PERSON"):
        end += 2
    while start >= 2 and doc[start - 1].text in "-‐" and not doc[start - 2].whitespace_ and not doc[start - 1].whitespace_ \
            and doc[start - 2].is_alpha and doc[start - 2].is_title and doc[start - 2].ent_type_ in ("", "PERSON"):
        start -= 2
    return ent if (start, end) == (ent.start, ent.end) else Span(doc, start, end, label="PERSON")


def _name_word_before(token: Token, ent: Span) -> bool:
    """"Chief risk officer Emeka Obiora said", tagged "Obiora", "Aminu Isah Gumel said", tagged "Isah Gumel": a
    capitalised word the parser joins to the name, in no entity and no title, place or people's word, is a given
    name the lists lack."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    titled = before is not None and before.is_lower and before.lower_ in TITLE_WORDS  # "governor Melki Laka Lena"
    return token.ent_iob_ == "O" and token.pos_ == "PROPN" and token.is_title and token.dep_ == "compound" \
        and ent.start <= token.head.i < ent.end and token.i == ent.start - 1 \
        and (len(ent) == 1 or (titled or token.is_sent_start) and len(ent) == 2) \
        and token.lower_ not in TITLE_WORDS and token.lemma_.lower() not in TITLE_WORDS and token.tag_ != "NNPS" \
        and token.lower_.rstrip(".") not in HONORIFICS and _no_place(token.text)


def _given_name(word: str, census: bool = False) -> bool:
    """A given name of the shipped list (``census``: or of the US Census's longer one), accents aside."""
    name = _unaccented(word.lower())
    return name in lexicon.first_names() or census and name in lexicon.census_names()


@lru_cache(maxsize=65536)
def _unaccented(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


# Last words that make a given name the name of a place or thing ("Victoria Station", "Elizabeth Line").
NAMED_THINGS = frozenset({"station", "street", "road", "park", "hospital", "bridge", "hall", "house", "square",
                          "airport", "centre", "center", "tower", "stadium", "line", "avenue", "lane", "school",
                          "college", "university", "church", "cathedral", "island", "lake", "river", "building",
                          "theatre", "theater", "museum", "gallery", "arena", "court", "gardens", "field"})


def _named_person(ent: Span) -> bool:
    """Two or three capitalised words opening with a given name of the shipped list, ending in no word of a
    place or a thing: a person the small model took for a facility, a product or a work."""
    return 2 <= len(ent) <= 3 and all(t.pos_ == "PROPN" and t.is_title for t in ent) \
        and (_given_name(ent[0].lower_, census=True) or _says(ent)) \
        and ent[-1].lower_ not in NAMED_THINGS


def _says(ent: Span) -> bool:
    """"“There is no water,” Sello Mokoena said": the subject of a verb of saying, which no work or product does."""
    return ent.root.dep_ == "nsubj" and ent.root.head.lemma_.lower() in lexicon.VERBS and ent.label_ != "FAC"


def _unknown_place_beside_person(ent: Span) -> bool:
    """"One of them, Bukola Adeyemi, told": two capitalised words no gazetteer knows, in apposition to a person
    noun or a number, are a name the small model took for a place."""
    head = ent.root.head
    hyphened = head.lower_ == "general" and head.i > 0 and head.nbor(-1).text == "-"  # "director-general", split
    return 2 <= len(ent) <= 3 and all(t.pos_ == "PROPN" and t.is_title for t in ent) and ent.root.dep_ == "appos" \
        and (head.pos_ == "NUM" or head.lower_ in PERSON_NOUNS_NEAR or hyphened) and _no_place(ent.text)


def _no_place(text: str) -> bool:
    """Whether no country list or gazetteer knows a name: a word the tagger called a place may be a person's."""
    return country_code(text) is None and geo.place_country(text) is None


def _unknown_place_speaking(ent: Span) -> bool:
    """"Habeck said Germany would not accept the plan", "Habeck" tagged a place: one capitalised word no gazetteer
    or country list knows, the subject of a saying verb, is a surname."""
    head = ent.root.head
    return len(ent) == 1 and ent[0].pos_ == "PROPN" and ent[0].is_title and ent.root.dep_ == "nsubj" \
        and head.lemma_.lower() in lexicon.SPEECH and _no_place(ent.text) and place_code(ent.text) is None \
        and not is_metonym(ent.text)


# The last words of companies' names, never of a person's: "Halvorsen Shipping", "Orion Semiconductor".
COMPANY_ENDINGS = frozenset({"shipping", "logistics", "pharma", "pharmaceuticals", "technologies", "technology", "systems",
                             "labs", "mining", "steel", "petroleum", "airlines", "airways", "insurance", "telecom",
                             "semiconductor", "semiconductors", "electronics", "industries", "foods", "motors",
                             "automotive", "chemicals", "group", "holdings", "bank", "corporation", "inc", "ltd",
                             "energy", "capital", "partners"})
# Last words that make a name the tagger called a person's a body's or a company's.
BODY_ENDINGS = BODY_HEADS | COMPANY_ENDINGS
# Titles the tagger takes into a name after them ("Chief Financial Officer Mark Osei").
TITLES_BEFORE_NAMES = frozenset(TITLE_WORDS | {"officer"})
# Words of organisations' names: "Goldman Sachs Group", "Human Rights Watch", "Shell International".
BODY_WORDS = frozenset({"bank", "group", "party", "union", "council", "company", "corporation", "corp", "agency",
                        "ministry", "watch", "international", "association", "foundation", "institute", "university",
                        "club", "fund", "trust", "partners", "capital", "holdings", "inc", "ltd", "airlines", "airways",
                        "motors", "energy", "media", "news", "times", "post", "press", "network", "service", "services"})


def _person_by_pronoun(ent: Span) -> bool:
    """"Zeynep Arslan said her sister was missing", tagged an organisation: a two- or three-word name followed in
    its sentence by "he", "she", "his" or "her", with no other person named there, is a person's."""
    words = [t for t in ent if t.text not in "-‐"]
    if not 2 <= len(words) <= 3 or not all(t.is_title and t.pos_ == "PROPN" for t in words) \
            or country_code(ent.text) or any(w.lower_ in NAMED_THINGS | BODY_WORDS for w in words):
        return False
    if ent.root.dep_ not in ("nsubj", "nsubjpass") or any(t.text in "-‐" and not t.whitespace_ for t in ent):
        return False  # a person who speaks is a subject; "Hewlett-Packard" is a firm
    sentence = ent.sent
    if any(e.label_ == "PERSON" for e in sentence.ents):
        return False
    if any(t.lower_ in ("he", "she", "his", "her", "him") for t in sentence if t.i >= ent.end):
        return True
    # "Wanjiru Kamau laughed when told this. “It was only once,” she said.": the next sentence's "she" says it
    after = ent.doc[sentence.end: sentence.end + 1]
    following = after[0].sent if len(after) else None
    return following is not None and geo.place_country(ent.text) is None \
        and not any(e.label_ == "PERSON" for e in following.ents) \
        and any(t.lower_ in ("he", "she") and t.dep_ == "nsubj" and t.head.lemma_.lower() in lexicon.VERBS
                for t in following)


# Relatives by their bond: named in apposition by a given name alone ("His daughter, Hana, 6, …"), or only by the
# bond ("her father says", the one other person of the family name: resolve.Resolver._relative_named).
KIN = frozenset({"daughter", "son", "wife", "husband", "mother", "father", "sister", "brother", "grandson",
                 "granddaughter", "grandmother", "grandfather", "niece", "nephew", "cousin", "widow", "widower",
                 "partner", "fiancée", "fiancee", "fiancé", "aunt", "uncle", "stepson", "stepdaughter", "dad", "mum",
                 "mom"})


def _kin_named(ent: Span) -> bool:
    """"His daughter, Hana, 6, considered the question": a name in apposition to a relative is a person's, though
    the small model took it for an organisation or a place."""
    words = [t for t in ent if t.text not in "-‐"]
    return ent.root.dep_ == "appos" and ent.root.head.lower_ in KIN and 1 <= len(words) <= 3 \
        and all(_name_case(t) for t in words) and geo.place_country(ent.text) is None


def _holder(ent: Span) -> bool:
    """"The agriculture minister, Femke de Vries-Hoekstra, told": a name in apposition to an office is its
    holder's, though the small model took an unfamiliar name for an organisation."""
    head = ent.root.head
    words = [t for t in ent if t.text not in "-‐"]
    return ent.root.dep_ == "appos" and head.pos_ == "NOUN" and head.lower_ in TITLE_WORDS | PERSON_NOUNS_NEAR \
        and 2 <= len(words) <= 4 and all(_name_case(t) or t.lower_ in NAME_PARTICLES for t in words) \
        and country_code(ent.text) is None


PERSON_NOUNS_NEAR = frozenset({"one", "nurse", "doctor", "teacher", "resident", "worker", "student", "farmer",
                               "mother", "father", "son", "daughter", "wife", "husband", "brother", "sister",
                               "friend", "neighbour", "neighbor", "colleague", "survivor", "witness", "victim",
                               "spokesman", "spokeswoman", "spokesperson", "official", "lawyer", "owner",
                               "coach", "manager", "captain", "skipper", "agent", "publicist", "director",
                               "producer", "trainer", "teammate", "partner", "attorney", "representative"})


# Where a one-word name that GeoNames knows is a place, not a person.
PLACE_PREPOSITIONS = {"in", "at", "near", "into", "outside", "inside", "across", "around", "toward", "towards"}
JOURNEYS = {"flight", "travel", "fly", "send", "deploy", "return", "move", "head", "go", "march", "trip", "visit",
            "journey", "road", "route", "advance", "retreat", "flee", "drive"}


def _where(ent: Span) -> bool:
    """The name is the object of a preposition of place ("in Goma") or of a journey's "to" ("flights to Goma")."""
    prep = ent.root.head
    if ent.root.dep_ != "pobj" or prep.i != ent.start - 1:
        return False
    return prep.lower_ in PLACE_PREPOSITIONS or prep.lower_ == "to" and prep.head.lemma_.lower() in JOURNEYS


def _country_name(text: str) -> bool:
    """The whole text names a state (not a people or a capital: "Downing Street" tagged ORG stays)."""
    from saywho.actors.countries import ALIASES, _country_names

    key = text.strip().lower().removeprefix("the ")
    return key in _country_names() or key in ALIASES


NAME_SUFFIXES = frozenset({"kc", "qc", "mp", "msp", "mep", "obe", "mbe", "cbe", "kbe", "phd", "md", "esq"})


# Words of standing that open a sentence before a name, which the tagger may take into it.
STANDINGS = frozenset({"incumbent", "outgoing", "former", "embattled", "veteran", "ousted", "exiled", "jailed",
                       "detained", "imprisoned", "late", "then", "newly", "elected"})


def _clean_name(ent: Span) -> str:
    """The name as written, less a leading "the" and a possessive: "Jean-Claude Juncker", not "Jean - Claude
    Juncker"; "Save the Children" and "Friends of the Earth" keep theirs."""
    # a possessive only at the end: "the Scottish Fishermen's Federation" keeps its own
    lead = next((t.i for t in ent if t.lower_ != "the"), ent.end)
    while lead < ent.end - 2 and ent.doc[lead].lower_ in STANDINGS:
        lead += 1  # "Incumbent Lazarus Chakwera", the tagger's name taking in the word that opens the sentence
    tokens = [t for t in ent if t.i >= lead and not (t.text in ("’s", "'s", "’") and t.i == ent.end - 1)]
    while tokens and tokens[-1].lower_ in NAME_SUFFIXES and len(tokens) > 2:
        tokens = tokens[:-1]  # "Jonathan Rees KC", "Sir Keir Starmer MP": a rank after the name is no part of it
    if not tokens:
        tokens = list(ent)
    opening = next((n for n, t in enumerate(tokens) if t.text == "("), None)
    if opening and not any(t.text == ")" for t in tokens[opening:]):
        tokens = tokens[:opening]  # "All People's Congress (APC" tagged up to the bracket: the name before it
    # two words run together in the page ("NPRFeng" from a credit line) are still two words
    text = "".join(t.text + " " if _run_together(t) else t.text_with_ws for t in tokens)
    return re.sub(r"\s+", " ", re.sub(r"\s+([’'])", r"\1", text)).strip(" “”\"")


def _run_together(token: Token) -> bool:
    """Two alphabetic tokens with no space between (a credit run into a name, as a page printed it): shown
    apart. spaCy's tokenizer keeps a plain "NPRFeng" whole, so this acts only where the text was split."""
    return not token.whitespace_ and token.is_alpha and token.i + 1 < len(token.doc) and token.nbor().is_alpha


def _state_name(code: str) -> str:
    from saywho.actors.countries import country_name

    return country_name(code)


ENVOY_NOUNS = frozenset({"envoy", "representative", "coordinator", "commissioner", "rapporteur", "adviser", "advisor",
                         "czar", "tsar", "negotiator", "mediator", "ambassador"})


def _envoy_topic(token: Token) -> bool:
    """"The U.N. special envoy for Syria", "the EU's envoy for the Belgrade-Pristina dialogue": what an envoy is
    for is the mission's subject, not the envoy's state."""
    return any(a.dep_ == "pobj" and a.head.lower_ in ("for", "on", "to") and a.head.head.lemma_.lower() in ENVOY_NOUNS
               for a in (token, *token.ancestors))


def _igo_post(token: Token, words: list[Token]) -> bool:
    """"The head of the European Union observer mission in Kenya": the place an international body's mission
    works in, which is not the title-holder's state."""
    from saywho.actors.dictionary import builtin  # here, not at the top: actors imports this module
    from saywho.actors.phrases import entity_at

    place = token if token.dep_ == "pobj" else token.head if token.dep_ == "compound" else None
    if place is None or place.dep_ != "pobj" or place.head.lower_ not in ("in", "at", "to"):
        return False
    bodies = {(e.start, e.text) for w in words if (e := entity_at(w)) is not None and e.label_ == "ORG"}
    return any((known := builtin().lookup(text)) is not None and known.country == "IGO" for _, text in bodies)


def _posted_to(doc: Doc, i: int) -> int | None:
    """The envoy's word before "to (the) <body>" that ends at ``i`` ("Ambassador to the United Nations"), or None."""
    j = i
    while j > 0 and doc[j - 1].ent_type_ == "ORG" and doc[j - 1].ent_iob_ != "O" and doc[j].ent_iob_ == "I":
        j -= 1
    if j > 0 and doc[j - 1].lower_ == "the":
        j -= 1
    return j - 2 if j > 1 and doc[j - 1].lower_ in ("to", "at") and doc[j - 2].lower_ in POSTED else None


# Titles of those who speak or work for an office holder, and the office words that make one.
SERVING = frozenset({"spokesman", "spokeswoman", "spokesperson", "adviser", "advisor", "aide"})
LEADER_WORDS = frozenset({"minister", "president", "premier", "chancellor", "governor", "mayor", "senator", "leader",
                          "king", "queen", "ambassador", "commander", "secretary"})


def _title_and_country(ent: Span) -> tuple[str | None, str | None]:
    """Title and country from the words before a name, or from its apposition."""
    doc = ent.doc
    words: list[Token] = []
    i = ent.start - 1
    while i >= 0:
        if i > 1 and doc[i - 1].lower_ in ("to", "in") and doc[i - 2].lower_ in POSTED and token_country(doc[i]):
            i -= 2  # "Chinese Ambassador to Manila Huang Xilian": the post's place is not the envoy's state
            continue
        if doc[i].ent_type_ == "ORG" and (post := _posted_to(doc, i)) is not None:
            i = post  # "U.S. Ambassador to the United Nations Linda Thomas-Greenfield": nor the body posted to
            continue
        if i > 0 and not token_country(doc[i]) and country_code(f"{doc[i - 1].text} {doc[i].text}"):
            words[:0] = [doc[i - 1], doc[i]]  # "Sri Lankan", whatever its tag
            i -= 2
            continue
        if words and i > 0 and doc[i].text == "-" and not doc[i - 1].whitespace_ and not doc[i].whitespace_ \
                and doc[i - 1].lower_ in TITLE_WORDS:
            words[:0] = [doc[i - 1], doc[i]]  # "Secretary-General Antonio Guterres", "Director-General Tedros"
            i -= 2
            continue
        if words and doc[i].lower_ in OFFICE_MODIFIERS and words[0].lower_ in TITLE_WORDS:
            words.insert(0, doc[i])  # "Managing Director Kristalina Georgieva", "High Commissioner Volker Türk"
            i -= 1
            continue
        if words and i > 0 and doc[i].lower_ == "for" and doc[i - 1].lower_ in SERVING \
                and any(w.lower_ in LEADER_WORDS for w in words):
            break  # "a spokesman for Immigration Minister Philip Ruddock": the minister is no spokesman
        if words and i > 0 and doc[i].lower_ in ("of", "for") and doc[i - 1].lower_ in TITLE_WORDS:
            words[:0] = [doc[i - 1], doc[i]]  # "Secretary of State Antony Blinken": the office, not "State"
            i -= 2
            continue
        if not (doc[i].lower_ in TITLE_WORDS or token_country(doc[i]) or (
            doc[i].pos_ == "PROPN" and doc[i].ent_type_ in ("NORP", "GPE", "ORG")
            or doc[i].ent_type_ == "ORG" and doc[i].is_lower and i + 1 < ent.start  # "Azerbaijani foreign ministry spokesman"
            or words and doc[i].is_lower and doc[i].pos_ in ("NOUN", "ADJ", "PROPN") and doc[i].dep_ in ("compound", "amod")
            and i < doc[i].head.i < ent.end  # "Ghanaian opposition leader Peter Walker": a title's own modifier
            or words and doc[i].lower_ in ("majority", "minority") and i > 0 and doc[i - 1].lower_ in ("senate", "house")
            or words and doc[i].lower_ in ("opposition", "rebel", "union", "shadow") and doc[i].dep_ in ("compound", "amod")
            and i < doc[i].head.i < ent.end  # "Opposition leader Nika Melia", capitalised opening a sentence
            or doc[i].ent_type_ in ("NORP", "GPE") and doc[i].ent_iob_ == "B" and i + 1 < ent.start
            and doc[i + 1].ent_iob_ == "I"  # "North" (an adjective) of "North Korean"
        ) or doc[i].dep_ == "case" and i > 0 and token_country(doc[i - 1])):  # "Japan's Prime Minister …"
            break
        words.insert(0, doc[i])
        i -= 1
    appos_head = ent.root.head if ent.root.dep_ == "appos" else None
    if appos_head is not None and appos_head.pos_ == "NOUN":
        words = [t for t in appos_head.subtree if t.i < ent.start and t.dep_ not in ("det", "punct", "case")]
    elif not words and (after := _title_after(ent)) is not None:  # "Sameh Shoukry, Egypt's foreign minister"
        words = [t for t in after.subtree if t.i <= after.i and t.dep_ not in ("det", "punct", "case")]
        words += _body_of_office(after)  # "Jorge Rodriguez, the president of Venezuela's National Assembly"
    # each word read with its neighbours: "North Korean leader Kim Jong Un" is no South Korean, "Papua New Guinea's
    # Chief Ombudsman" no Guinean
    country = next((c for c in (token_country(t) for t in words if not _subject_area(t) and not _igo_post(t, words)
                                and not _envoy_topic(t)) if c), None) or _owner_before(ent)
    if country is None and appos_head is None:  # "Captain Marco Bellini, an Italian coast guard spokesman"
        country = next((c for a in ent.root.children if a.dep_ == "appos" and a.i > ent.end and a.pos_ == "NOUN"
                        and a.lemma_.lower() in lexicon.PERSON_NOUNS | TITLE_WORDS
                        for t in a.subtree if t.i < a.i and t.dep_ in ("amod", "compound") and not _subject_area(t)
                        and (c := token_country(t))), None)
    if country is None:
        country = _employer_country(ent, words, appos_head or _title_after(ent))
    if country is None and _american(ent, words):
        country = "USA"
    if country is None:
        country = _local_office(ent, words)
    kept = [t for t in words if t.lower_ in TITLE_WORDS | OFFICE_MODIFIERS or t.pos_ == "NOUN" or (
        t.pos_ == "PROPN" and not token_country(t)) or t.lower_ in ("of", "for") and t.i > 0
        and doc[t.i - 1].lower_ in TITLE_WORDS or t.text == "-"]
    if appos_head is not None and any(is_metonym(t.text) for t in words):
        kept = [t for t in words if not token_country(t) or is_metonym(t.text)]
    # words joined as written: "Secretary-General" is one title, not "Secretary - General"
    title = "".join(t.text + (" " if t.whitespace_ or n + 1 < len(kept) and kept[n + 1].i != t.i + 1 else "")
                    for n, t in enumerate(kept)).strip() or None
    return title, country


# Offices of a town or region, whose name set before them says where they are ("Belgorod governor").
LOCAL_OFFICES = frozenset({"governor", "mayor", "gov.", "prefect"})


def _local_office(ent: Span, words: list[Token]) -> str | None:
    """"Belgorod governor Vyacheslav Gladkov", "Kharkiv governor Oleh Syniehubov": the state of the region or
    town named before a local office (GeoNames; a name of the tagger's person or of no entity alike). A US state's
    name is left to :func:`_american`."""
    from saywho.actors import geo

    doc = ent.doc
    if not any(t.lower_ in LOCAL_OFFICES for t in [*words, *ent[:2]]):
        return None
    place = next((t for t in doc[max(0, ent.start - 3): ent.end] if t.pos_ == "PROPN" and t.lower_ not in LOCAL_OFFICES
                  and t.i + 1 < len(doc) and doc[t.i + 1].lower_ in LOCAL_OFFICES | {"regional", "region", "oblast"}
                  and t.lower_ not in US_STATES), None)
    return geo.place_country(place.text) if place is not None else None


# The states of the US, whose names set before a title ("Florida Gov.", "Texas state Senator") or after a party's
# initial ("Sen. Marcus Whitfield, R-Texas", "(D-Calif.)") make an office-holder American.
US_STATES = frozenset({
    "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware", "florida",
    "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine",
    "maryland", "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada",
    "ohio", "oklahoma", "oregon", "pennsylvania", "tennessee", "texas", "utah", "vermont", "virginia", "washington",
    "wisconsin", "wyoming", "carolina", "dakota", "hampshire", "jersey", "mexico", "york", "island"})
US_TITLES = frozenset({"sen.", "rep.", "gov.", "lt.", "senator", "governor", "congressman", "congresswoman",
                       "representative", "attorney", "legislator", "lawmaker", "speaker", "leader", "mayor"})
PARTY_STATE = re.compile(r"^,? ?\(?[RDI]-(?:[A-Z][a-z]*\.? ?){1,3}\)?")


def _american(ent: Span, words: list[Token]) -> bool:
    """"Sen. Marcus Whitfield, R-Texas", "Florida Gov. Ron DeSantis", "Texas state Senator Elena Ruiz", "House
    Speaker …", "Senate Majority Leader …": titles and tags only the US writes. A state's name alone is no proof
    ("Georgia", "New Mexico" are also elsewhere): it must stand before a US office-holder's title."""
    lowered = [t.lower_ for t in words]
    doc = ent.doc  # (the words after the name, not Doc.text, which joins every token of the document each time)
    after = doc[ent.end - 1].whitespace_ + doc[ent.end: ent.end + 6].text if ent.end < len(doc) else ""
    if PARTY_STATE.match(after[:16]):
        return True
    if any(w in ("house", "senate") for w in lowered) and any(w in ("speaker", "leader", "majority", "minority")
                                                             for w in lowered):
        return True
    if "secretary" in lowered and (any(w in US_DEPARTMENTS for w in lowered) or "for" not in lowered and any(
            lowered[i: i + 3] == ["secretary", "of", "state"] for i in range(len(lowered)))):
        return True  # "Treasury Secretary Janet Yellen", "Secretary of State Marco Rubio" (not "… of State for Wales")
    return any(w in US_STATES and i + 1 < len(lowered) and (lowered[i + 1] in US_TITLES or lowered[i + 1] == "state")
               for i, w in enumerate(lowered))


# Departments whose heads only the US calls secretaries: "Treasury Secretary", "Homeland Security Secretary".
# (not commerce, energy or transport secretaries, whom Britain and India also have)
US_DEPARTMENTS = frozenset({"treasury", "defense", "homeland", "labor", "veterans", "hud"})


# Jobs named after what they study or cover: "Iran project director", "Russia analyst" say nothing of a state.
AREA_NOUNS = frozenset({"analyst", "expert", "director", "researcher", "specialist", "scholar", "fellow", "correspondent",
                        "editor", "project", "program", "programme", "desk", "watcher", "observer", "team", "chief"})


def _subject_area(token: Token) -> bool:
    """A state's full name set before a job of study or coverage ("Iran project director" at the International
    Crisis Group), not a demonym or an abbreviation ("a Russian analyst", "a U.S. analyst")."""
    if token.dep_ != "compound" or token.tag_ != "NNP" or token.is_upper or "." in token.text or len(token.text) <= 3 \
            or token.ent_type_ == "NORP":  # "Thai army chief General Somchai Wongsa": a people's word, tagged NNP
        return False
    head = token.head
    while head.dep_ == "compound" and head.head.i != head.i:
        if head.lemma_.lower() in AREA_NOUNS:
            return True
        head = head.head
    return head.lemma_.lower() in AREA_NOUNS and head.lemma_.lower() != "chief"


def _known_person(ent: Span) -> bool:
    """"Maduro said", "Gustavo Petro said" tagged ORG: a name the actor dictionary knows as a person's."""
    from saywho.actors.dictionary import builtin  # (here: the dictionary reads slugify from this module)

    known = builtin().lookup(ent.text)
    return known is not None and known.type == "person" and ent[0].is_title


def _employer_country(ent: Span, words: list[Token], title: Token | None) -> str | None:
    """The state or body a title names by a name of its own: "Microsoft President Brad Smith" (USA), "Rafael
    Ortega, a former deputy finance minister of Mexico", "Senator Margaret Collier of Maine", "the chief economist
    of the European Central Bank" (IGO); an expert "on China" is no Chinese."""
    from saywho.actors.dictionary import builtin
    from saywho.actors.phrases import entity_at

    places = [t for t in words if t.pos_ == "PROPN" and not _subject_area(t) and not _envoy_topic(t)]
    for head in (title, ent.root):
        if head is not None:
            places += [o for p in head.children if p.dep_ == "prep" and p.lower_ in ("of", "at", "for")
                       for o in p.children if o.dep_ == "pobj" and o.pos_ == "PROPN"]
    if title is not None:  # "Ambassador Lars Pedersen, Denmark's permanent representative"
        places += [c for c in title.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
    first = words[0].i if words else ent.start
    before = ent.doc[first - 1] if first > 0 else None
    if before is not None and before.pos_ == "PROPN" and before.ent_type_ in ("", "ORG", "PRODUCT") and (
            words and words[0].lower_ in TITLE_WORDS):
        # "Tesla Chief Executive Elon Musk", "Fed Chair Jerome Powell": a body the tagger did not call one
        known = builtin().lookup(before.text)
        if known is not None and known.type == "organisation" and known.country:
            return known.country
    for token in places:
        named = entity_at(token)
        if named is None or named.start < ent.end and named.end > ent.start or named.label_ not in ("ORG", "GPE", "NORP"):
            continue
        text = re.sub(r"(’s|'s)$", "", named.text).removeprefix("the ").removeprefix("The ")
        known = builtin().lookup(text)
        owner = next((c for c in token.children if c.dep_ == "poss" and token_country(c)), None)
        if owner is not None and known is not None and known.country in ("IGO", "NGO"):
            return token_country(owner)  # "deputy chairman of Russia's Security Council": Russia's own, no UN body
        code = country_code(text) or (known.country if known is not None else None) or (
            geo.place_country(text) if named.label_ == "GPE" else None)
        if code:
            return code
    for head in (title, ent.root):  # "a spokesman for the Philippine coast guard": a state's body by its adjective
        for body in (o for p in (head.children if head is not None else ()) if p.dep_ == "prep"
                     and p.lower_ in ("of", "at", "for") for o in p.children
                     if o.dep_ == "pobj" and o.lemma_.lower() in STATE_BODIES):
            code = next((c for m in body.children if m.dep_ in ("amod", "compound", "poss") and m.i < body.i
                         and (c := token_country(m))), None)
            if code:
                return code
    return None


def _owner_before(ent: Span) -> str | None:
    """The state a name's longer title says it serves: "German Economy Minister Robert Habeck", "Iran's central
    bank governor Mohammad Reza Farzin" (the words before the name that hang on it, read for a state's name)."""
    from saywho.actors.phrases import entity_at  # (here: the phrases read this module)

    doc, i = ent.doc, ent.start - 1
    while i >= 0 and (ent.root in doc[i].ancestors or doc[i].dep_ == "case" and ent.root in doc[i].head.ancestors):
        if (doc[i].pos_ == "PROPN" or doc[i].ent_type_ in ("NORP", "GPE")) and not _subject_area(doc[i]) \
                and (code := token_country(doc[i])):
            return code
        if doc[i].ent_type_ == "GPE" and doc[i].ent_iob_ == "B" and (place := entity_at(doc[i])) is not None \
                and (code := geo.place_country(place.text)):
            return code  # "Toronto police chief Myron Demkiw": the city whose office it is
        i -= 1
    return None


def _mentioned_before(entry: Entry, at: int) -> bool:
    return entry.last_before(at) >= 0


# A title's abbreviations, read as the word: "the senator" is "Sen. Ted Cruz".
TITLE_ABBREVIATIONS = {"sen.": "senator", "gov.": "governor", "rep.": "representative", "gen.": "general",
                       "sec.": "secretary", "lt.": "lieutenant", "col.": "colonel", "sgt.": "sergeant",
                       "supt.": "superintendent", "amb.": "ambassador", "pres.": "president"}


def _title_fits(title: str | None, head: str) -> bool:
    if not title:
        return False
    lowered = title.lower()
    if head in GENERIC_HEADS:
        return any(word in lowered for word in LEADER_TITLES)
    return head in [TITLE_ABBREVIATIONS.get(word, word) for word in lowered.split()]


def _most_recent(entries: list[Entry], at: int) -> Entry | None:
    best = max(entries, key=lambda entry: entry.last_before(at), default=None)
    return best if best is not None and best.last_before(at) >= 0 else None


# Who serves abroad, and the words that say someone is from elsewhere: their posting names no state of theirs.
POSTED = frozenset({"diplomat", "envoy", "ambassador", "correspondent", "attaché", "attache", "consul", "consul-general",
                    "representative", "delegate"})
FOREIGN = frozenset({"western", "european", "asian", "african", "arab", "gulf", "foreign", "international",
                     "latin", "nordic", "balkan", "middle"})


# Kinds of body whose spokespeople and officials are of the body's kind, not their state's government.
BODY_SECTORS = frozenset({"BUS", "MNC", "MED", "NGO", "LAB", "EDU", "REL", "HLH"})


def _body(ent: Span, dictionary: Any) -> tuple[Actor | None, str | None]:
    """The body named in a description ("a White House official", "an EU diplomat") as the dictionary knows it,
    and its country; an acronym the article spelled out before is that body ("Australian Federal Police arrested …
    An AFP spokeswoman said": Australia's, not Agence France-Presse's)."""
    full = _spelled_out(ent)
    known = dictionary.lookup((full if full is not None else ent).text)
    if known is not None and known.type != "person":
        return known, known.country
    return None, next((c for c in (token_country(t) for t in full) if c), None) if full is not None else None


def _spelled_out(ent: Span) -> Span | None:
    """The body named in full earlier in the document whose initials an acronym is ("AFP" after "Australian
    Federal Police"), or None."""
    text = ent.text
    if not (text.isupper() and text.isalpha() and 2 <= len(text) <= 6):
        return None
    return next((e for e in reversed(ent.doc.ents) if e.end <= ent.start and e.label_ == "ORG" and len(e) >= 2
                 and _initials(e.text) == text), None)


def _initials(name: str) -> str:
    """"U.S. Securities and Exchange Commission" → "SEC": the capitals of a name's words, less function words and
    an abbreviation in front."""
    return "".join(w[0] for w in name.replace("-", " ").split() if w[:1].isupper() and "." not in w)


def generic_actor(phrase: Span) -> Actor:
    """An unnamed speaker ("a senior official", "analysts"): kept, but not linked."""
    from saywho.actors.dictionary import SECTOR_WORDS, builtin  # here, not at the top: actors imports this module

    text = re.sub(r"^(the|a|an)\s+", "", phrase.text, flags=re.IGNORECASE)
    root = phrase.root
    plural = root.tag_ in ("NNS", "NNPS")
    # where a diplomat or a foreigner is posted is not whose they are: "a Western diplomat in Kyiv"
    posted = root.lemma_.lower() in POSTED or any(c.lower_ in FOREIGN for c in root.children if c.dep_ == "amod")
    away = {t.i for p in root.children if p.dep_ == "prep" and p.lower_ in ("in", "at") for t in p.subtree} \
        if posted else set()
    # who saw a document is not whose it is: "a letter seen by Reuters", "a Commission document obtained by AFP"
    away |= {t.i for c in root.children if c.dep_ == "acl" and c.lemma_.lower() in lexicon.SEEING for t in c.subtree}
    ents = [ent for ent in phrase.ents if ent.start not in away]
    # a named place first ("South Africa's foreign minister"), then a body the dictionary knows ("a White House
    # official", "an EU diplomat", "a Hamas official"), then a single word ("Kenyan farmers")
    known_bodies = [(ent, *_body(ent, builtin())) for ent in ents if ent.label_ in ("ORG", "FAC", "NORP")
                    and root.i not in range(ent.start, ent.end)]
    bodies = [country for _, _, country in known_bodies]
    # "Netanyahu's office", "Putin's spokesman": a leader the dictionary knows owns his office
    bodies += [known.country for ent in ents if ent.label_ == "PERSON" and ent.root.dep_ == "poss"
               and ent.root.head.i == root.i and (known := builtin().lookup(ent.text)) is not None
               and known.type == "person" and known.country]
    if "IGO" in bodies:  # "the head of the African Union observer mission in Nigeria": where the body works is not whose
        ents = [ent for ent in ents if not (ent.root.dep_ == "pobj" and ent.root.head.lower_ in ("in", "to", "at"))]
    # a state, or a territory whose state is not in doubt ("the Gaza health ministry"); a city says less
    named = (country_code(ent.text) or (place_code(ent.text) if ent.label_ == "GPE" else None)
             for ent in ents if ent.label_ in ("GPE", "NORP"))
    country = next((c for c in named if c), None) or next((c for c in bodies if c), None) \
        or next((c for c in (token_country(t) for t in phrase if t.i not in away) if c), None)
    # "Zambia's president" is an official of that state; "the Lyon cheese merchant" is no one's body
    sector = SECTOR_WORDS.get(root.lower_) if country else None
    firm = next((known for ent, known, _ in known_bodies if ent.label_ == "ORG" and known is not None and ent in ents),
                None)
    if sector == "GOV" and firm is not None and firm.sector in BODY_SECTORS \
            and not any(ent.label_ in ("GPE", "NORP") for ent in ents):
        sector = firm.sector  # "a TotalEnergies spokeswoman" speaks for the company, not France's government
    if sector == "GOV" and (force := next((SECTOR_WORDS[c.lower_] for c in root.children if c.dep_ in ("compound", "amod")
                                           and SECTOR_WORDS.get(c.lower_) in ("MIL", "COP", "JUD", "LEG")), None)):
        sector = force  # "an Israeli army spokesman" speaks for the army (Phoenix's MILITARY_SPOKESPERSON: MIL)
    return Actor(id=slugify(text), name=text, country=country, type="group" if plural else "person", sector=sector)
