"""The article's speaker-capable entities and their mentions, clustered before any source is resolved.

A person is keyed by first name *and* surname, so a father and a daughter quoted in one story stay two
speakers; a bare surname joins the most recent person so named (filtered by the gender an honorific gives);
an organisation is keyed by its name, a state by its country code. :class:`saywho.attribution.resolve.Resolver`
builds on these clusters to decide whom each source phrase means.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from saywho.actors.countries import DEMONYMS, country_code, is_metonym, place_code, token_country
from saywho.actors.dictionary import builtin
from saywho.attribution import acts, lexicon
from saywho.attribution.lexicon import census_names, first_names
from saywho.attribution.speakers import (
    BODY_HEADS,
    CORPORATE_SUFFIXES,
    HONORIFICS,
    NAME_PARTICLES,
    PRONOUN_GENDER,
    TITLE_WORDS,
    Entry,
    _after_title,
    _clean_name,
    _given_name,
    _initials,
    _most_recent,
    _state_name,
    _title_after,
    _title_and_country,
    _unaccented,
    slugify,
)
from saywho.doctext import text_of
from saywho.model import Actor

GENDER_WORDS = {
    "mr": "m", "mr.": "m", "sir": "m", "lord": "m", "king": "m", "prince": "m", "spokesman": "m", "chairman": "m",
    "congressman": "m", "father": "m", "son": "m", "husband": "m", "brother": "m", "man": "m", "boy": "m",
    "businessman": "m", "grandfather": "m", "uncle": "m", "nephew": "m",
    "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "dame": "f", "lady": "f", "queen": "f", "princess": "f",
    "spokeswoman": "f", "chairwoman": "f", "congresswoman": "f", "mother": "f", "daughter": "f", "wife": "f",
    "sister": "f", "woman": "f", "girl": "f", "businesswoman": "f", "grandmother": "f", "aunt": "f",
    "niece": "f", "actress": "f", "widow": "f",
}
# Words before a name that are a role, not part of it ("Farmer Tom Hendry", "Midfielder James Okafor").
ROLE_WORDS = TITLE_WORDS | HONORIFICS | set(GENDER_WORDS) | {
    "farmer", "coach", "midfielder", "striker", "forward", "defender", "goalkeeper", "quarterback", "actor",
    "singer", "author", "writer", "lawyer", "detective", "officer", "sergeant", "captain", "reverend", "rev.",
    "professor", "prof.", "scientist", "researcher", "doctor", "nurse", "teacher", "student", "resident",
    "veteran", "artist", "designer", "chef", "owner", "rapper", "star", "player", "colonel", "col.",
    "lt.", "lieutenant", "major", "pastor", "rabbi", "imam", "bishop", "father", "sister", "brother",
    # British police, academic and council titles, written without stops ("Det Sgt Paul Rowntree")
    "det", "det.", "sgt", "sgt.", "insp", "insp.", "supt", "supt.", "ch", "con", "pc", "dc", "prof", "councillor",
    "cllr", "actress", "spokesman", "spokeswoman", "spokesperson", "first",
    # ranks and offices of police, courts and councils elsewhere ("Garda Niamh Corcoran", "Cr Tania Brodie",
    # "Advocate Riaan Pillay", "Senior Sergeant Tania Whare", "Acting Superintendent Waterhouse")
    "garda", "cr", "advocate", "inspector", "trooper", "superintendent", "acting", "senior", "constable",
    "magistrate", "deputy",
    # titles of South Asia, West Africa and the Gulf, and military ranks, with or without their stops
    "engr", "engr.", "hon", "hon.", "capt", "capt.", "maj", "maj.", "brig", "brig.", "cdr", "cdr.", "cpl", "cpl.",
    "fr", "fr.", "msgr", "msgr.", "atty", "atty.", "amb", "amb.", "smt", "smt.", "shri", "shri.", "mme",
    "mme.", "mlle", "mlle.", "alhaji", "alh.", "chief", "justice", "barrister", "datuk", "dato", "dato'", "seri", "datin", "tun",
    # and of Iran, Iraq, Bangladesh, Pakistan, Thailand and Myanmar ("Ayatollah Ali Sistani", "Begum Khaleda Rahman",
    # "Khun Pichai", "U Kyaw Zaw", "Daw Than Than Aye")
    "ayatollah", "begum", "mian", "khun", "daw", "u", "haji", "hajji", "maulana", "mullah",
    # ranks written without stops ("Brig Gen Nabil Abdallah", "Lt Col Amir Haddad")
    "gen", "col", "lt", "adm", "cmdr",
    "campaigner", "sprinter", "promoter", "filmmaker", "runner-up", "skipper", "manager", "chairman", "chairwoman",
}
# Entity labels that name no one who can speak.
NEVER = {"DATE", "TIME", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "MONEY", "QUANTITY", "PERCENT",
         "CARDINAL", "ORDINAL", "LANGUAGE", "LAW"}
# Indefinite pronouns and quantifiers, capitalised at a sentence's start and then tagged as a name ("None
# showed …", "Several insisted"): never a person or an organisation, so never what a later "her" refers to.
INDEFINITES = frozenset({"none", "some", "many", "most", "few", "several", "both", "all", "each", "either",
                         "neither", "others", "any", "anyone", "everyone", "nobody",
                         "everybody"})
# Generational suffixes are not the surname: "Greeley" is Marcus T. Greeley Jr.
SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})


# The heads of descriptions of bodies, not of people: "the ministry", "the company".
NOMINAL_BODIES = BODY_HEADS | {"government", "department", "office", "company", "firm", "bank", "embassy", "court",
                               "administration", "regime", "board", "authority", "service", "commission"}


@dataclass
class Cluster:
    """One speaker-capable entity of the article and its mentions (character ranges)."""

    key: str
    name: str
    type: str  # person, organisation, state, nominal
    gender: str | None = None
    title: str | None = None
    country: str | None = None
    sector: str | None = None  # a nominal speaker's CAMEO sector: "Zambia's president" is GOV
    plural: bool = False
    mention: tuple[int, int] = (0, 0)  # the fullest mention: the one the name is resolved from
    mentions: list[tuple[int, int, bool]] = field(default_factory=list)  # (start, end, is_subject)
    roles: set[str] = field(default_factory=set)  # role nouns any mention gives ("actor", "founder")

    def actor(self) -> Actor:
        if self.type == "nominal":
            # "the foreign ministry", "the Chinese government": a body described, not one person
            kind = "group" if self.plural else "organisation" if self.key.split()[-1] in NOMINAL_BODIES else "person"
            return Actor(id=slugify(self.name), name=self.name, country=self.country, sector=self.sector,
                         type=kind)  # type: ignore[arg-type]
        return Entry(key=self.key, name=self.name, type=self.type, title=self.title, country=self.country).actor()

    def last_before(self, at: int) -> int:
        return max((s for s, _, _ in self.mentions if s < at), default=-1)

    @property
    def first_and_last(self) -> tuple[str, str] | None:
        """A person's first name and surname (lower case), or None for a one-word name."""
        words = [w for w in self.key.split() if w not in SUFFIXES]
        return (words[0], words[-1]) if self.type == "person" and len(words) > 1 else None


def company_key(name: str) -> str:
    """An organisation's name lower-cased without a company's legal suffix: "Halvern Corp" and "Halvern" are one
    company."""
    words = name.lower().split()
    while len(words) > 1 and words[-1] in CORPORATE_SUFFIXES:
        words.pop()
    return " ".join(words)


def _name_gender(given: str, names: dict[str, str]) -> str | None:
    """The sex a given name says ("María" read as "maria"); none for a name census takers found on both sexes
    ("Jamie", "Jean"), whatever the short list says."""
    first = _unaccented(given.lower())
    if first in census_names() and census_names()[first] is None:
        return None
    return names.get(first) or census_names().get(first)


def _international_title(ent: Span) -> str | None:
    """"NATO Secretary-General Jens Stoltenberg", "IAEA chief Rafael Grossi": an international body named in the
    title before a name is whom the person speaks and acts for (IGO or NGO), whatever their nationality."""
    doc = ent.doc
    start = ent.start
    while start > 0 and ent.start - start < 5 and (doc[start - 1].pos_ in ("PROPN", "NOUN") or doc[start - 1].text == "-"):
        start -= 1
    before = _international_body(doc[i:j].text for i in range(start, ent.start) for j in range(ent.start, i, -1))
    if before is not None:
        return before
    # "Moussa Faki Mahamat, the African Union Commission chairman,": the title set after the name
    after = _title_after(ent)
    if after is None or after.lower_ not in TITLE_WORDS:
        return None
    words = [t.text for t in after.subtree if t.i < after.i and t.dep_ not in ("det", "punct")]
    # "Moussa Faki Mahamat, chairperson of the African Union Commission,": or the body its "of" names
    words += [t.text for p in after.children if p.dep_ == "prep" and p.lower_ == "of" for t in p.subtree
              if t.i > p.i and t.dep_ not in ("det", "punct")]
    return _international_body(" ".join(words[i:j]) for i in range(len(words)) for j in range(len(words), i, -1))


def _international_body(names: Iterable[str]) -> str | None:
    """IGO or NGO for the first of the names the actor dictionary knows as an international body, else None."""
    for name in names:
        known = builtin().lookup(name)
        if known is not None and known.type != "person" and known.country in ("IGO", "NGO"):
            return known.country
    return None


def _known_person(ent: Span) -> bool:
    """"Zelensky thanked Britain for its support": a name the actor dictionary knows as a person's, whatever
    "its" follows it."""
    known = builtin().lookup(ent.text)
    return known is not None and known.type == "person"


def _role_before(ent: Span) -> Span:
    """"Spokesman Olumide Bakare": a one-word name tagged ORG after an untagged capitalised word that follows a
    role noun is a person's name, both words of it."""
    doc = ent.doc
    if ent.label_ != "ORG" or len(ent) != 1 or ent.start < 2:
        return ent
    given, role = doc[ent.start - 1], doc[ent.start - 2]
    if given.pos_ == "PROPN" and not given.ent_type_ and given.text[:1].isupper() and role.lower_ in ROLE_WORDS:
        return Span(doc, ent.start - 1, ent.end, label="PERSON")
    return ent


def _possessive_name(ent: Span) -> Span:
    """"The Alzheimer's Society", "St. Mary's Regional Medical Center": a name in the possessive that is no
    person, place or people of its own opens the organisation's name."""
    doc = ent.doc
    if ent.label_ != "ORG" or ent.start < 2 or doc[ent.start - 1].text not in ("'s", "’s"):
        return ent
    start = ent.start - 2
    owner = doc[start]
    if owner.pos_ != "PROPN" or owner.ent_type_ in ("PERSON", "NORP") or owner.ent_type_ == "GPE" and not (
            start > 0 and doc[start - 1].lower_ in ("st.", "st", "saint")):
        return ent
    while start > 0 and doc[start - 1].lower_ in ("st.", "st", "saint"):
        start -= 1
    while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == owner.i \
            and doc[start - 1].pos_ == "PROPN":
        start -= 1  # "Sri Lanka's Supreme Court" (the place untagged after a dateline): all the owner's words
    return Span(doc, start, ent.end, label="ORG")


CREDIT_LINE = re.compile(r"^\s*[(\[]?\s*(?:by|credit|credits|photo|photos|photograph|image|picture|illustration|"
                         r"video|words)\b\s*:?", re.IGNORECASE)


def _credit_line(ent: Span, text: str) -> bool:
    """A name on a byline or a photo credit ("By Daniel Price", "(Credit: Marcus Hale / TechDaily)"): a short
    line that opens so (``text``: the document's)."""
    start = text.rfind("\n", 0, ent.start_char) + 1
    end = text.find("\n", ent.end_char)
    line = text[start: len(text) if end < 0 else end]
    return len(line.split()) <= 10 and bool(CREDIT_LINE.match(line)) and not line.rstrip().endswith((".", "?", "!"))


def _named_for_country(ent: Span) -> Span:
    """"Diabetes UK", "Cancer Research UK", "Energy UK": capitalised words before a state's name that the parser
    hangs on it make an organisation's name, not the state."""
    doc = ent.doc
    if ent.label_ != "GPE" or ent.start == 0:
        return ent
    start = ent.start
    while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i in range(start, ent.end) \
            and doc[start - 1].text[:1].isupper() and not doc[start - 1].ent_type_:
        start -= 1
    return ent if start == ent.start else Span(doc, start, ent.end, label="ORG")


def _line_label(ent: Span) -> bool:
    """"Verdict: at $649 …", "Update: …": a review's or a live blog's line label, tagged as a name."""
    doc = ent.doc
    return len(ent) == 1 and ent[0].lower_ in lexicon.LABEL_WORDS and ent.end < len(doc) and doc[ent.end].text == ":"


class Mentions:
    """The people, organisations and states of one article, each with its mentions (character ranges)."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = text_of(doc)
        self.people: list[Cluster] = []
        self.orgs: dict[str, Cluster] = {}
        self._by_char: dict[int, Cluster] = {}  # a mention's first character -> its cluster
        self._collect()

    def _collect(self) -> None:
        singles: list[Span] = []
        mislabelled: list[Span] = []
        places: list[Span] = []
        peoples: list[Span] = []  # one-word NORP names ("Hollis"): a known surname, else nothing
        names = first_names()
        pairings = _pairings(self.doc.ents)
        text = self.text
        for ent in map(_named_for_country, map(_possessive_name, map(_role_before, self.doc.ents))):
            label = ent.label_
            if _credit_line(ent, text):
                continue  # "By Daniel Price", "(Credit: Marcus Hale / TechDaily)": who wrote or shot it, not news
            if label == "PERSON" and country_code(ent.text) or ent.text.lower() in INDEFINITES or _line_label(ent):
                continue  # "Kyiv" tagged as a person; "None" or "Several" opening a sentence, as a name; "Verdict:"
            if ent.start_char in pairings:
                continue  # "Alito-Prelogar moments": two people the article names, not a third
            if _product_named(ent):
                continue  # "its drug CagriSema": a product, which "the company" never means
            if (label in ("PERSON", "FAC", "PRODUCT", "WORK_OF_ART") or label == "GPE" and not place_code(ent.text)) \
                    and _described_as_body(ent):
                self._add_org(ent)  # "SOS Mediterranee, a charity that operates a rescue ship, said", "Amnesty
                # International Ukraine, a rights group, said" (tagged a building), "Unite, Britain's largest
                # union," (tagged a place)
            elif label == "PERSON" or label == "ORG" and (_after_title(ent) or _given_name_first(ent, names)) \
                    or label == "GPE" and _person_as_place(ent) or label in ("GPE", "LOC") and _office_after(ent):
                words = _name_words(ent)
                if len(words) >= 2:
                    self._add_full(ent, words, names)
                elif words:
                    singles.append(ent)
            elif label == "ORG":
                singles.append(ent)  # a surname tagged ORG ("Macron said"), or an organisation: decided below
            elif label in ("FAC", "LAW", "WORK_OF_ART", "GPE") and _body_mislabelled(ent):
                self._add_org(ent)  # "The Elysee Palace told AFP", "according to the Einstein Papers Project",
                # "West Yorkshire Police said" (a force tagged as its county)
            elif label in NEVER:
                mislabelled.append(ent)
            elif label == "GPE" and is_metonym(ent.text):
                self._add_org(ent)  # "Beijing said": the government a capital stands for
            elif label == "GPE" and ent.root.dep_ == "nsubj" and ent.root.head.lemma_.lower() in lexicon.VERBS \
                    and (known := builtin().lookup(ent.text)) is not None and known.type == "organisation":
                body = self._add_org(ent)  # "Brussels said": the body a city stands for (the EU), by the dictionary
                body.name, body.country = known.name, known.country
            elif label == "GPE" and (code := country_code(ent.text)):
                cluster = self.orgs.setdefault(code, Cluster(code, _state_name(code), "state", country=code,
                                                             mention=(ent.start_char, ent.end_char)))
                self._mention(cluster, ent)
            elif label == "GPE":
                places.append(ent)
            elif label == "NORP" and len(ent) == 1 and ent[0].pos_ == "PROPN" and not country_code(ent.text):
                peoples.append(ent)  # only ever a surname below ("forced Hollis to concede")
        keys = {p.key: p for p in self.people}
        for ent in mislabelled:  # a name tagged WORK_OF_ART or PRODUCT the second time round
            if (person := keys.get(" ".join(_name_words(ent)).lower())) is not None:
                self._mention(person, ent)
            elif len(ent) == 1 and ent[0].pos_ == "PROPN" and _surname_known(self.people, ent):
                singles.append(ent)  # "the 14th-ranked Schwartzman" (PRODUCT)
        # "Badenoch, who leads the Conservatives": a surname the tagger took for a place (or for a people)
        surnames = [ent for ent in places + peoples if len(ent) == 1 and _surname_known(self.people, ent)]
        singles += surnames
        places = [ent for ent in places if ent not in surnames]
        singles.sort(key=lambda ent: ent.start)
        for ent in singles:
            words = _name_words(ent)
            if ent.label_ == "ORG" and _a_relative(ent, words, self.people):
                self._add_full(ent, words, names)  # the same person only when the first names agree
                continue
            person = self._person_named(_clean_name(ent), ent.start_char, _honorific_gender(ent), _title_before(ent)) \
                if ent.label_ == "PERSON" or _surname_known(self.people, ent) else None
            person = self._by_age(ent, person) if person is not None else None
            holder = _office_holder(ent, person)
            if holder is not None:  # "Hunter Biden's lawyer said … President Biden said": not Hunter
                self._new_person(ent, holder.split(), names)
            elif person is not None:
                self._mention(person, ent)
            elif (ent.label_ == "PERSON" or _named_in_apposition(ent)) and (not _called_its(ent) or _known_person(ent)):
                self._new_person(ent, [_clean_name(ent)], names)
            else:
                self._add_org(ent)
        for ent in places:  # "Halden" tagged a place, for "Halden Steel": the short name of an organisation
            short = _clean_name(ent).lower()
            owner = next((o for key, o in self.orgs.items() if o.type == "organisation" and key.startswith(short + " ")),
                         None)
            if owner is not None:
                self._mention(owner, ent)
        for person in self.people:
            person.gender = person.gender or self._pronoun_gender(person)

    def _add_full(self, ent: Span, words: list[str], names: dict[str, str]) -> None:
        key = " ".join(words).lower()
        for person in self.people:
            if person.key == key:
                self._mention(person, ent)
                return
        for person in self.people:
            if _same_person(person, key):
                if len(" ".join(words)) > len(person.name):
                    person.name = " ".join(words)  # the fullest form names the speaker
                self._mention(person, ent)
                return
        if words[0].lower() in NAME_PARTICLES or not _given_name(words[0]):
            # "Van der Linden said", "García Ruiz said": the surname of Pieter van der Linden, of María José García Ruiz
            later = [p for p in self.people if p.key.endswith(" " + key)]
            if later:
                self._mention(later[-1], ent)
                return
        self._new_person(ent, words, names)

    def _new_person(self, ent: Span, words: list[str], names: dict[str, str]) -> Cluster:
        title, country = _title_and_country(ent)
        country = country or _international_title(ent)  # "NATO Secretary-General Jens Stoltenberg" speaks for NATO
        if country is None and len(words) > 1:
            # a leader the actor dictionary knows is of a state the text need not repeat ("the French leader")
            known = builtin().lookup(" ".join(words))
            country = known.country if known is not None and known.type == "person" else None
        gender = _honorific_gender(ent) or (_name_gender(words[0], names) if len(words) > 1 else None)
        if len(words) == 1 and ent.label_ == "PERSON" \
                and (known := builtin().lookup(words[0])) is not None and known.type == "person" \
                and len(given := known.name.split()) > 1 and given[-1] == words[0]:
            # "Merkel met Macron. She urged him", "Zelensky thanked Britain": a surname alone, of the one person
            # the dictionary knows by it
            gender = gender or _name_gender(given[0], names)
            country = country or known.country
        person = Cluster(" ".join(words).lower(), " ".join(words), "person", gender=gender, title=title,
                         country=country, mention=(ent.start_char, ent.end_char))
        self.people.append(person)
        self._mention(person, ent)
        if person.gender is None:
            person.gender = self._pronoun_gender(person)  # "Zeynep Arslan said her sister …": the text says
        return person

    def _add_org(self, ent: Span) -> Cluster:
        if _described_first(ent):
            ent = ent[1:]  # "Chipmaker Veltron": the description is no part of the name
        name = _clean_name(ent)
        owner = _owning_state(ent)
        if owner is not None:  # "Ukraine's Defence Ministry" and "Russia's Defence Ministry" are two bodies
            name = f"{self.doc[owner.left_edge.i: owner.i + 1].text}'s {name}"  # "South Korea's …", all its words
        # (a name in capitals, an acronym or a headline's, is keyed apart: "SEC" below; "HALVERN TO SELL UNIT" is no
        # mention of "Halvern Corp said" the body quotes)
        key = f"{name.lower()} (capitals)" if name.isupper() else company_key(name)
        cluster = self.orgs.get(key) or (next((o for o in self.orgs.values() if o.type == "organisation"
                                               and _initials(o.name) == name), None) if name.isupper() else None)
        if cluster is not None and cluster.key == key and len(name) > len(cluster.name):
            # "Halvern said … Halvern Corp said": one company, by its fullest name as written
            cluster.name, cluster.mention = name, (ent.start_char, ent.end_char)
        if cluster is None:  # ("The U.S. Securities and Exchange Commission sued … The SEC said": the same body)
            code = country_code(name) if is_metonym(name) else token_country(owner) if owner is not None \
                else _state_named_with(ent, name)
            cluster = self.orgs[key] = Cluster(key, name, "organisation", country=code,
                                               mention=(ent.start_char, ent.end_char))
        self._mention(cluster, ent)
        return cluster

    def _mention(self, cluster: Cluster, ent: Span) -> None:
        if cluster.type == "person":
            cluster.roles |= _roles(ent)
        # "The council's finance chief, Tom Reed, disagreed": a name in apposition to the subject is the subject
        root = ent.root
        subject = root.dep_ in ("nsubj", "nsubjpass") or root.dep_ == "appos" and root.head.dep_ in ("nsubj", "nsubjpass")
        cluster.mentions.append((ent.start_char, ent.end_char, subject))
        for token in ent:
            self._by_char[token.idx] = cluster

    def _person_named(self, word: str, at: int, gender: str | None = None, title: str | None = None) -> Cluster | None:
        """The person a bare surname (or first name) means: the most recent one so named, else, before any of
        them is named in full, the one named most often ("Trump said" in a story that names Ivanka Trump
        once and Donald Trump throughout); of those, one whose title the words before it give ("Senator
        Elena Ruiz and her husband, Mayor Carlos Ruiz … Senator Ruiz said")."""
        kept = [w for w in word.lower().split() if w not in SUFFIXES]
        word = _unaccented(kept[-1] if kept else word.lower())  # "Juppé said" is Alain Juppe of the dictionary
        fits = [p for p in self.people if p.first_and_last and word in map(_unaccented, p.first_and_last)
                and (gender is None or p.gender in (None, gender))]
        if not fits:
            fits = [p for p in self.people if word in map(_unaccented, _surnames(p))
                    and (gender is None or p.gender in (None, gender))]
        if not fits:
            fits = [p for p in self.people if p.key == word]
        fits = [p for p in fits if title in (p.title or "").lower().split()] or fits if title else fits
        if gender is not None and len(fits) > 1:
            fits = [p for p in fits if p.gender == gender] or fits  # "Ms Korhonen": Leena, not Juha of no known sex
        recent = _most_recent(fits, at)
        if recent is not None and len(fits) > 1 and (speaker := self._described_speaker(fits, recent, at)) is not None:
            return speaker
        if recent is not None and len(fits) > 1 and (speaker := self._teller(fits, recent, at)) is not None:
            return speaker
        return recent or min(fits, key=lambda p: (-len(p.mentions), p.mention[0]), default=None)

    def _described_speaker(self, fits: list[Cluster], recent: Cluster, at: int) -> Cluster | None:
        """"Kim Yo-jong, the sister of North Korean leader Kim Jong-un, warned … “…,” Kim said": of two people
        of one surname, the one whose description last named the other (in apposition to her name) is meant."""
        last = max((s for s, _, _ in recent.mentions if s < at), default=-1)
        named = self.doc.char_span(last, last + 1, alignment_mode="expand") if last >= 0 else None
        if named is None:
            return None
        token = named[0]
        described = next((a for a in token.ancestors if a.dep_ == "appos"), None)
        owner = described.head if described is not None else None
        if owner is None or owner.pos_ != "PROPN":
            return None
        return next((p for p in fits if p is not recent and any(s <= owner.idx < e for s, e, _ in p.mentions)), None)

    def _teller(self, fits: list[Cluster], recent: Cluster, at: int) -> Cluster | None:
        """"Vice President Sara Duterte said her father, Rodrigo Duterte, was unwell. “…,” Duterte told reporters":
        of two people of one surname, one named last in the other's sentence, not as its subject, is not who is
        meant next; the subject is."""
        last = max((s for s, _, _ in recent.mentions if s < at), default=-1)
        if last < 0 or self._subject_at(last):
            return None
        named = self.doc.char_span(last, last + 1, alignment_mode="expand")
        if named is None or not len(named):
            return None
        sentence = named[0].sent
        return next((p for p in fits if p is not recent and any(
            sentence.start_char <= s < last and self._subject_at(s) for s, _, _ in p.mentions)), None)

    def _subject_at(self, start: int) -> bool:
        """Whether the name starting at ``start`` is a clause's subject itself (not a name in apposition to one)."""
        span = self.doc.char_span(start, start + 1, alignment_mode="expand")
        token = span[0] if span is not None and len(span) else None
        while token is not None and token.dep_ in ("compound", "flat") and token.head.i != token.i:
            token = token.head
        return token is not None and token.dep_ in ("nsubj", "nsubjpass")

    def _by_age(self, ent: Span, person: Cluster) -> Cluster:
        """"Walter Price and his son, Michael Price … The elder Price said": of the people sharing a surname, the
        one "elder" or "younger" picks out, by the ages given ("Anne Roy, 70,") or the kin they were named as."""
        rank = AGE_RANKS.get(ent.doc[ent.start - 1].lower_, 0) if ent.start else 0
        same = [p for p in self.people if _surnames(p) & _surnames(person)]
        if not rank or len(same) != 2:
            return person
        ages = [self._age(p) for p in same]
        if ages[0] == ages[1]:
            return person
        return max(zip(ages, same, strict=True), key=lambda pair: rank * pair[0])[1]

    def _age(self, person: Cluster) -> float:
        """A person's age as the article gives it after a mention ("Anne Roy, 70,"), else a rank from the kin
        they were named as: a son or daughter is younger (0), a father or mother older (200)."""
        for _, end, _ in person.mentions:
            after = self.doc.char_span(end, min(end + 6, len(self.text)), alignment_mode="expand")
            words = [t for t in after or [] if not t.is_space]
            if len(words) >= 2 and words[0].text == "," and words[1].like_num and words[1].text.isdigit():
                return float(words[1].text)
        return 0.0 if person.roles & YOUNGER_KIN else 200.0 if person.roles & OLDER_KIN else 100.0

    def _pronoun_gender(self, person: Cluster) -> str | None:
        """A person's gender from the article itself: an honorific or gendered role at any of the person's
        mentions ("Mrs. Clinton" later on), else the first he/she/his/her after the first mention, in a
        sentence where no one else is named ("Ana Hendry said her farm …")."""
        for start, end, _ in person.mentions:
            mention = self.doc.char_span(start, end, alignment_mode="expand")
            if mention is not None and len(mention) and (said := _honorific_gender(mention)) is not None:
                return said
        start, end = person.mention
        mention = self.doc.char_span(start, end, alignment_mode="expand")
        if mention is None or not len(mention):
            return None
        sentence = mention[0].sent
        others = [c for i, c in self._by_char.items() if sentence.start_char <= i < sentence.end_char
                  and c is not person and c.type == "person"]
        if others:
            return None
        return next((PRONOUN_GENDER[t.lower_] for t in sentence if t.idx > start and t.lower_ in PRONOUN_GENDER
                     and not _someone_elses(t, start, end)), None)


def _title_before(ent: Span) -> str | None:
    """The title written right before a name, or leading it ("Senator Ruiz"), lower-cased."""
    first = ent[0] if ent[0].lower_ in TITLE_WORDS and len(ent) > 1 else ent.doc[ent.start - 1] if ent.start else None
    return first.lower_ if first is not None and first.lower_ in TITLE_WORDS and first.text[:1].isupper() else None


def _someone_elses(pronoun: Token, start: int, end: int) -> bool:
    """"Yohannes Bekele said the federation expected her to win": a pronoun in a clause whose subject is another
    noun is that clause's business, not the gender of the person named at ``start``-``end`` ("said her farm …"
    is the speaker's)."""
    for verb in (a for a in pronoun.ancestors if a.pos_ in ("VERB", "AUX")):
        for subject in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
            if start <= subject.idx < end:
                return False  # the clause of the person named: theirs
            if subject.pos_ in ("NOUN", "PROPN") and pronoun.i not in {t.i for t in subject.subtree}:
                return True
    return False


def _name_words(ent: Span) -> list[str]:
    """The words of a person's name, without the role or honorific before it and the possessive after."""
    words = [w for w in _clean_name(ent).split() if not any(ch.isdigit() for ch in w) and w not in ("-", "–", "—")]
    if len(words) > 3 and [w.lower() for w in words[:2]] in MALAY_TITLES:
        words = words[2:]
    while len(words) > 2 and _describes(words[0]) or len(words) > 1 and (
            words[0].lower() in ROLE_WORDS and not _initials_run(words) or _people_noun(words[0])):
        words = words[1:]  # "Spaniard Álvaro Ledesma-Ruiz", "Fisherman Jun-Jun Macaraeg", "Forecaster Le Minh Quang"
    # "Green MEP Ingrid Solberg": a title after a word of its own (a party, a place) ends the words before the name
    titled = [k for k, w in enumerate(words[:3]) if k and w.lower() in TITLE_WORDS and len(words) - k - 1 >= 2]
    return words[titled[-1] + 1:] if titled else words


def _initials_run(words: list[str]) -> bool:
    """"M. K. Selvan": a French "M." before another initial is the first of the name's initials."""
    return len(words) > 2 and len(words[0]) == 2 and re.fullmatch(r"[A-Z]\.", words[1]) is not None


# Malaysian titles of two words, one of which is also a name ("Tan Sri Mahmud Rashid": "Tan" is a surname too),
# and "Menteri Besar" (a state's chief minister): stripped as the pair they are.
MALAY_TITLES = [["tan", "sri"], ["menteri", "besar"]]
# What comes before "-man"/"-woman" in a word of who someone is ("Fisherman", "Chairwoman"); not "Abdirahman".
MAN_PREFIXES = {"fisher", "chair", "spokes", "business", "police", "sales", "congress", "council", "alder", "camera",
                "fire", "gun", "middle", "noble", "states", "country", "crafts", "sports", "news", "door", "post",
                "weather", "anchor", "ombuds", "clergy", "ferry", "dairy", "fore", "milk", "jazz", "show", "hench",
                "frontier", "committee", "assembly", "lines", "garbage", "handy", "repair", "trades",
                "horse", "yachts", "cave", "gentle", "bats", "free", "lay", "mad", "mail", "sea", "sound", "stunt",
                "watch", "work", "bus", "tax", "ice", "front", "english", "french", "irish", "dutch", "scots", ""}


# Nouns for a person of a state that are not its adjective ("the Spaniard", "the Dutchman").
DEMONYM_PEOPLE = {
    "spaniard": "ESP", "dutchman": "NLD", "dutchwoman": "NLD", "frenchman": "FRA", "frenchwoman": "FRA",
    "englishman": "GBR", "englishwoman": "GBR", "scotsman": "GBR", "scotswoman": "GBR", "welshman": "GBR",
    "irishman": "IRL", "irishwoman": "IRL", "briton": "GBR", "swede": "SWE", "dane": "DNK", "finn": "FIN",
    "pole": "POL", "turk": "TUR", "greek": "GRC", "kiwi": "NZL", "argentine": "ARG", "filipino": "PHL",
}
# and more such words that only describe, before a name ("Spaniard Xabier Urrutia", "Texan Tyler Braddock")
NATIONALS = set(DEMONYM_PEOPLE) | {"brit", "scot", "aussie", "texan", "californian", "filipina", "slovak", "czech"}


def _describes(word: str) -> bool:
    """A word of who someone is, not of their name: a person noun ("fisherman", "forecaster") or a people's."""
    lower = word.lower()
    return lower in acts.PERSON_NOUNS or _people_noun(word) \
        or lower.endswith(("caster", "keeper", "ologist", "ographer")) \
        or lower.endswith("man") and lower.removesuffix("man").removesuffix("wo") in MAN_PREFIXES \
        or lower.endswith(("ard", "ish", "ian", "ese")) and country_code(word) is not None or lower in DEMONYMS \
        or lower in ("taoiseach", "tanaiste", "tánaiste", "archbishop", "cardinal", "rabbi", "imam", "sheikh") \
        or lower in NATIONALS


def _people_noun(word: str) -> bool:
    """A person noun in the plural: "Brothers Kevin and Sean", "Neighbours Earl Johnson and Vera Johnson"."""
    lower = word.lower()
    return lower.endswith("s") and lower[:-1] in acts.PERSON_NOUNS


def _roles(ent: Span) -> set[str]:
    """The role nouns next to a person's name: before it ("“Bake Off” host Ada Quist", "gallery
    co-founder Mara Lindqvist") or in apposition ("Rosa Lint, the family's lawyer")."""
    doc = ent.doc
    roles: set[str] = set()
    i = ent.start - 1
    while i >= 0 and ent.start - i <= 4 and (doc[i].pos_ in ("NOUN", "PROPN", "ADJ") or doc[i].text in "-‐“”\""):
        if doc[i].pos_ == "NOUN":
            roles.add(doc[i].lower_)
        i -= 1
    heads = [ent.root.head] if ent.root.dep_ == "appos" else []
    heads += [c for c in ent.root.children if c.dep_ == "appos"]
    roles |= {h.lower_ for h in heads if h.pos_ == "NOUN"}
    # "Sir Allan Kemakeza … was elected Prime Minister", "was sworn in as president": the office the clause gives
    verb = ent.root.head
    if ent.root.dep_ == "nsubjpass" and verb.lemma_.lower() in APPOINTED:
        offices = [c for c in verb.children if c.dep_ in ("oprd", "attr", "xcomp", "dobj")]
        offices += [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for o in c.children
                    if o.dep_ == "pobj"]
        roles |= {t.lower_ for o in offices for t in o.subtree
                  if t.is_alpha and t.pos_ in ("NOUN", "PROPN") and t.ent_type_ not in ("GPE", "NORP", "DATE")}
    return roles


# Verbs that put someone in an office ("was elected Prime Minister", "was appointed as envoy").
APPOINTED = frozenset({"elect", "appoint", "name", "swear", "install", "choose", "nominate", "inaugurate", "re-elect"})


def _pairings(ents: tuple[Span, ...]) -> set[int]:
    """Where two surnames joined by a dash make one name ("Alito-Prelogar", "Clinton–Kaine"), each the
    surname of another person the article names in full: a pairing of two people, not a person."""
    surnames = {e.text.split()[-1] for e in ents if e.label_ == "PERSON" and len(e.text.split()) > 1}
    found = set()
    for ent in ents:
        parts = re.split(r"[-–—]", ent.text.strip())
        if ent.label_ in ("PERSON", "ORG") and len(parts) == 2 and " " not in ent.text.strip() \
                and all(part in surnames for part in parts):
            found.add(ent.start_char)
    return found


def _same_person(person: Cluster, key: str) -> bool:
    """"Pat Vance" and "Patricia L. Vance Jr.": the same surname, and one first name the other's
    short form (its prefix) or initial, is one person; "Tom Smith" and "Ana Smith" are two."""
    known = person.first_and_last
    words = [w for w in key.split() if w not in SUFFIXES]
    if known is None or len(words) < 2 or words[-1] != known[1]:
        return False
    first, other = words[0].rstrip("."), known[0].rstrip(".")
    if first == other:
        return True
    short, long_ = sorted((first, other), key=len)
    return len(short) >= 1 and long_.startswith(short) and (len(short) == 1 or len(short) >= 3)


def _given_name_first(ent: Span, names: dict[str, str]) -> bool:
    """"Diego Schwartzman" tagged ORG: two or three capitalised words opening with a known given name, or with
    any census given name where a person noun stands by it ("tomato farmer Lana Boatwright", "Shannon Cross,
    an analyst")."""
    if not (2 <= len(ent) <= 4 and all(t.pos_ == "PROPN" and t.text[:1].isupper()
                                       or 0 < k < len(ent) - 1 and t.lower_ in NAME_PARTICLES  # "Staffan de Mistura"
                                       for k, t in enumerate(ent))):
        return False
    first = ent[0].lower_
    if (first in ROLE_WORDS or _describes(ent[0].text) and first not in DEMONYMS) and len(ent) >= 3 \
            and first not in ("general", "state", "foreign", "former"):
        return True  # "Actress Chidinma Kearney", "Spokesman Olumide Bakare", "Taoiseach Declan Moran": a role, a name
    return len(ent) <= 3 and (first in names or first in census_names() and _person_noun_beside(ent)
                              or _office_after(ent) or _apposed_to_person(ent))


def _office_after(ent: Span) -> bool:
    """"Nino Lomjaria, the former public defender," or "Arnaud Rousseau, head of the FNSEA farm union," tagged a
    place: a name no place bears, set beside an office or a person noun, whatever its given name ("the former mayor"
    is someone, never somewhere)."""
    offices = [c for c in ent.root.children if c.dep_ == "appos" and c.i > ent.end and c.is_lower
               and (c.lemma_ in acts.PERSON_NOUNS or c.lower_ in ROLE_WORDS)
               and (c.lower_ in TITLE_WORDS or any(d.dep_ == "det" and d.lower_ in ("the", "a", "an")
                                                   for d in c.children))]  # ("head of the FNSEA", no article)
    return bool(offices) and country_code(ent.text) is None and place_code(ent.text) is None


def _apposed_to_person(ent: Span) -> bool:
    """"One bystander, Marius Plessis, said": a name set in apposition to a person noun is a person's, whatever
    given name it opens with."""
    root = ent.root
    return root.dep_ == "appos" and root.head.is_lower and root.head.lemma_ in acts.PERSON_NOUNS


def _person_noun_beside(ent: Span) -> bool:
    doc = ent.doc
    before = doc[ent.start - 1] if ent.start > 0 else None
    nouns = [c for c in ent.root.children if c.dep_ == "appos"] + ([before] if before is not None else [])
    return any(t.is_lower and t.lemma_ in acts.PERSON_NOUNS for t in nouns)


def _office_holder(ent: Span, person: Cluster | None) -> str | None:
    """The full name of whom "President Biden" or "Former President Trump" means when the person of that surname
    named before is someone else: another given name and no such title, while the actor dictionary knows a
    holder of that title by the surname ("Joe Biden", not "Hunter Biden" or "Eric Trump")."""
    if person is None or person.title or len(ent) != 1 or ent.start == 0:
        return None
    title = ent.doc[ent.start - 1]
    if title.lower_ not in TITLE_WORDS or not title.text[:1].isupper():
        return None
    known = builtin().lookup(ent.text)
    if known is None or known.type != "person" or not known.title or title.lower_ not in known.title.lower().split() \
            or known.name.lower() == person.name.lower() or len(known.name.split()) < 2:
        return None
    return known.name


# Last words of the names of bodies that speak: "the Einstein Papers Project", "the Hoover Institution".
BODY_NAME_ENDS = frozenset({"project", "institute", "institution", "foundation", "centre", "center", "society",
                            "association", "council", "commission", "committee", "agency", "office", "group",
                            "police", "constabulary", "government", "ministry", "department", "authority"})


def _described_as_body(ent: Span) -> bool:
    """A name the tagger took for a person's that its apposition calls a body: "SOS Mediterranee, a charity", or
    that a business's description opens ("Cloud provider Nimbus Networks", "Chipmaker Veltron")."""
    root = ent.root
    kind = ent.doc[ent.start - 1] if ent.start > 0 and ent.doc[ent.start - 1].pos_ == "NOUN" else None
    if kind is not None and kind.lower_ in lexicon.COMPANY_NOUNS or _described_first(ent):
        return True
    return any(c.dep_ == "appos" and c.lemma_.lower() in acts.ORGANISATION_NOUNS and c.lemma_.lower() not in
               acts.PERSON_NOUNS and any(d.lower_ in ("a", "an") or d.dep_ == "poss" for d in c.children)
               for c in root.children)


# Descriptions of a business that no business's name begins with ("Chipmaker Veltron"; not "Bank of England").
BUSINESS_DESCRIPTIONS = frozenset({"chipmaker", "automaker", "carmaker", "drugmaker", "retailer", "manufacturer",
                                   "startup", "insurer", "lender", "conglomerate", "provider", "developer", "streamer",
                                   "firm"})


def _described_first(ent: Span) -> bool:
    """The name opens with a business's description (:data:`BUSINESS_DESCRIPTIONS`) before a capitalised name."""
    return len(ent) > 1 and ent[0].lower_ in BUSINESS_DESCRIPTIONS and ent[1].pos_ == "PROPN" and ent[1].is_title


def _body_mislabelled(ent: Span) -> bool:
    """A body the tagger took for a building, a law or a work: a seat of government that stands for it ("the
    Elysee Palace"), or a capitalised name ending in a body's word ("the Einstein Papers Project")."""
    words = [t for t in ent if t.lower_ != "the"]
    if is_metonym(ent.text) or len(words) >= 2 and words[-1].lower_ in BODY_NAME_ENDS \
            and all(t.is_title or t.is_upper for t in words):
        return True
    # "The Citizens Coalition for Change condemned …" (tagged a law): a body's word heads a capitalised name
    return ent.label_ != "GPE" and len(words) >= 3 and ent.root.lower_ in BODY_NAME_ENDS | MOVEMENTS \
        and all(t.is_title or t.is_upper or t.lower_ in ("for", "of", "and") for t in words)


# Heads of the names of parties and movements: "the Movement for Democratic Change", "the Front for Democracy".
MOVEMENTS = frozenset({"coalition", "alliance", "movement", "party", "front", "union", "league", "federation",
                       "congress", "forum", "network", "campaign"})


def _owning_state(ent: Span) -> Token | None:
    """"Russia's Defence Ministry": the state whose organ a name is, written as its possessive before it."""
    if ent[-1].lower_ not in STATE_ORGANS:
        return None
    return next((c for c in ent.root.children if c.dep_ == "poss" and c.i < ent.start and c.ent_type_ == "GPE"
                 and token_country(c)), None)


# Last words of the names of a state's organs: "Russia's Defence Ministry", "Kenya's High Court", "Ukraine's General
# Staff", "Peru's Congress", "Iran's Atomic Energy Organization".
STATE_ORGANS = frozenset({"ministry", "office", "department", "agency", "army", "navy", "police", "court", "council",
                          "parliament", "commission", "service", "guard", "forces", "government", "cabinet", "embassy",
                          "staff", "congress", "senate", "assembly", "legislature", "house", "chamber", "duma",
                          "tribunal", "bank", "broadcaster", "media", "organization", "organisation", "authority",
                          "committee", "directorate", "bureau", "command", "prosecutor", "inspectorate"})


# "The elder Price", "the younger Chen": which of two people sharing a surname, and the kin that tells their ages.
AGE_RANKS = {"elder": 1, "older": 1, "eldest": 1, "oldest": 1, "younger": -1, "youngest": -1}
YOUNGER_KIN = frozenset({"son", "daughter", "grandson", "granddaughter", "child", "nephew", "niece"})
OLDER_KIN = frozenset({"father", "mother", "dad", "mom", "mum", "grandfather", "grandmother", "parent", "uncle", "aunt"})


def _state_named_with(ent: Span, name: str) -> str | None:
    """The state an organisation's own name or its description names: "the U.S. Food and Drug Administration", "the
    French Foreign Ministry", "Health Canada", "Swiss drugmaker Roche", "the Foreign Ministry in Warsaw" (a state's
    word at either end of the name, its seat of government after "in", or a state's word before the common noun
    set before the name, within three words and whatever the parse: "Pilots at Latvian carrier airBaltic", which
    :func:`saywho.attribution.speakers._owner_before` misses); None for a body the actor dictionary knows, which
    has its own code."""
    words = name.split()
    if (whole := country_code(name) or place_code(name)) is not None:
        return whole  # "Niger Delta" is Nigerian
    if len(words) > 1 and builtin().lookup(name) is None:
        # a state's word at either end; a territory's at the start ("the Gaza health ministry")
        code = country_code(words[0]) or place_code(words[0]) or country_code(words[-1])
        if code is not None:
            return code
    doc, i = ent.doc, ent.start - 1
    seat = next((o for p in ent.root.children if p.dep_ == "prep" and p.lower_ == "in" and p.i == ent.end
                 for o in p.children if o.dep_ == "pobj" and is_metonym(o.text)), None)
    if seat is not None:
        return country_code(seat.text)  # "the Foreign Ministry in Warsaw": a body at its state's seat
    if i >= 2 and doc[i].lower_ in RUN_BY and doc[i - 1].text == "-":
        known = builtin().lookup(doc[i - 2].text)  # "the Houthi-run Al-Masirah TV", "Hamas-run Gaza"
        return token_country(doc[i - 2]) or (known.country if known is not None and known.type != "person" else None)
    if i < 0 or not (doc[i].is_lower and doc[i].pos_ == "NOUN"):
        return None
    # "the Lebanese state news agency NNA": up to four words of description
    while i >= 0 and ent.start - i <= 4 and doc[i].pos_ in ("NOUN", "ADJ", "PROPN") and doc[i].ent_type_ != "PERSON":
        if (code := token_country(doc[i])) is not None:
            return code
        i -= 1
    return None


# Who runs a body, written before it with a hyphen: its owner's state is the body's.
RUN_BY = frozenset({"run", "owned", "controlled", "backed", "funded"})


def _product_named(ent: Span) -> bool:
    """"said its drug CagriSema helped", "its asthma drug Dupixent", "the vaccine Abrysvo", "the company's Blackwell
    chips": a name set beside a product noun names the product, whatever the tagger made of it."""
    root, doc = ent.root, ent.doc
    if root.dep_ == "appos" and root.head.i < ent.start and root.head.lemma_.lower() in acts.PRODUCT_NOUNS:
        return True
    before = doc[ent.start - 1] if ent.start else None
    if before is not None and before.is_lower and before.dep_ == "compound" and before.head.i == root.i \
            and before.lemma_.lower() in acts.PRODUCT_NOUNS:
        return True
    # "demand for the company's Blackwell chips": a name set before a product noun it qualifies, after an owner
    after = doc[ent.end] if ent.end < len(doc) else None
    return after is not None and after.is_lower and root.dep_ == "compound" and root.head.i == after.i \
        and after.lemma_.lower() in acts.PRODUCT_NOUNS and any(c.dep_ == "poss" for c in after.children)


def _called_its(ent: Span) -> bool:
    """"Moderna said its booster …", "Gavi raised its pledge": one word the tagger took for a person, whose own
    clause calls it "its" (the first such pronoun after it), is an organisation."""
    root = ent.root
    if len(ent) != 1 or root.dep_ != "nsubj":
        return False
    for token in ent.doc[ent.end: ent.sent.end]:
        if token.lower_ in ("he", "she", "his", "her", "him", "they", "their", "it"):
            return False
        if token.lower_ == "its":
            return root.head in token.ancestors
    return False


def _person_as_place(ent: Span) -> bool:
    """"Nino Abashidze, an opposition leader, said" tagged a place: two or more words no place is called, and a
    title beside them."""
    return country_code(ent.text) is None and place_code(ent.text) is None and _after_title(ent)


def _named_in_apposition(ent: Span) -> bool:
    """"A tricycle driver, Rogelio, said": one capitalised word set beside a person noun is a person who gave
    one name, whatever the tagger made of it."""
    root = ent.root
    return len(ent) == 1 and root.pos_ == "PROPN" and root.text[:1].isupper() and not root.is_upper and (
        root.dep_ == "appos" and root.head.is_lower and root.head.lemma_ in acts.PERSON_NOUNS
        or any(c.dep_ == "appos" and c.is_lower and c.lemma_ in acts.PERSON_NOUNS for c in root.children))


def _honorific_gender(ent: Span) -> str | None:
    """"Mr Hendry", "His daughter, Ana Hendry": the gender an honorific or role noun next to a name gives."""
    doc = ent.doc
    near = [doc[i] for i in range(max(0, ent.start - 2), ent.start)] + list(ent[:1])
    if ent.root.dep_ == "appos":
        near.append(ent.root.head)
    near += [c for c in ent.root.children if c.dep_ == "appos"]
    return next((GENDER_WORDS[t.lower_] for t in near if t.lower_ in GENDER_WORDS), None)


def _surname_known(people: list[Cluster], ent: Span) -> bool:
    words = _unaccented(_clean_name(ent).lower()).split()
    honoured = ent.start > 0 and ent.doc[ent.start - 1].lower_.rstrip(".") in HONORIFICS
    return bool(words) and any(p.first_and_last and (_unaccented(p.first_and_last[1]) == words[-1]
                                                     or words[-1] in map(_unaccented, _surnames(p))
                                                     or honoured and _unaccented(p.first_and_last[0]) == words[-1])
                               for p in people)


def _a_relative(ent: Span, words: list[str], people: list[Cluster]) -> bool:
    """"Imran Siddiqui said his son …": two or three plain capitalised words tagged a body, sharing a surname with
    someone the article names, are a person of that family; no "the", possessive, initial or organisation name
    in them ("the Washington Post Trump")."""
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and w[1:].islower() for w in words):
        return False
    if any(c in w for w in words for c in "'’&.") or ent[0].lower_ == "the" \
            or ent.start > 0 and ent.doc[ent.start - 1].lower_ == "the":
        return False
    return not any(t.ent_type_ in ("GPE", "ORG") and t.ent_iob_ == "B" for t in ent[1:]) and _surname_known(people, ent)


NAME_PREFIXES = ("al-", "el-", "ad-", "ar-", "as-", "ash-", "at-", "az-", "an-", "abu-", "bin-")


def _surnames(person: Cluster) -> set[str]:
    """The words a later bare mention of a person may be: the last, without its Arabic article ("Ayman
    al-Rawashdeh" is "Rawashdeh"), and the middle of a longer name ("Alvin Chan Ka-wai" is "Chan", "María
    Fernanda Ríos Garza" is "Ríos")."""
    words = [w for w in person.key.split() if w not in SUFFIXES]
    if person.type != "person" or len(words) < 2:
        return set()
    last = words[-1]
    found = {last, *words[1:-1]}
    found |= {last[len(p):] for p in NAME_PREFIXES if last.startswith(p) and len(last) > len(p) + 2}
    if len(words) == 2 and SYLLABLES.fullmatch(person.name.split()[-1]):
        found.add(words[0])  # "Han Dong-soo … Han said": a family name before a given name of two syllables
    return found


# A Korean or Taiwanese given name of two syllables joined by a hyphen ("Dong-soo", "Ching-te"; not "Hennig-Kloska").
SYLLABLES = re.compile(r"[A-Z][a-z]{0,5}-[a-z]{1,5}")
