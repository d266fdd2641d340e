"""Speaker resolution: who a source phrase refers to, and which mention in the text says so.

News prose names a speaker once in full ("Dr Alan Reeve, director of the Marine Biology Institute") and then
refers back by surname, pronoun, role ("the automaker") or description ("the spokesperson"). A per-phrase
lookup gets the common cases and fails on the rest: two people sharing a surname merge, "he" after a new
speaker goes to an earlier one, a description is mapped to a country by its demonym. This module clusters
an article's mentions instead, and resolves the sources in reading order, so each resolved speaker is
itself a mention later pronouns and descriptions can point back to:

- people, organisations and states are clustered first (:mod:`saywho.attribution.mentions`: a father and
  daughter stay two speakers);
- a phrase resolves through its head: "Maria Lopez, a ranger for the X trust" is Maria Lopez,
  "lawyers for Epstein's victims" is the lawyers, "the Lyon cheese merchant" stays that nominal speaker;
- "he"/"she" go to the nearest compatible speaker-capable mention before them (gender from first names,
  honorifics, role nouns and the pronouns that follow a name); "the automaker" goes to the latest
  organisation; a place, a date or a product is never a speaker;
- signed posts ("— Name") and interview transcripts ("NAME: …"), which no cue marks, are found by
  :mod:`saywho.attribution.posts` and resolved here like any source.

Every resolution returns the mention it rests on (the first full name, or the description itself), so an
attribution can show its chain, as Citron does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from saywho.actors.countries import country_code, is_metonym, place_code, token_country
from saywho.actors.dictionary import HOMELESS_BODIES, actor_of_state, builtin
from saywho.actors.phrases import entity_at
from saywho.attribution import acts, antecedents, lexicon, offices
from saywho.attribution.lexicon import COMPANY_NOUNS
from saywho.attribution.mentions import (
    DEMONYM_PEOPLE,
    GENDER_WORDS,
    INDEFINITES,
    NEVER,
    PRONOUN_GENDER,
    ROLE_WORDS,
    Cluster,
    _called_its,
    _describes,
    first_names,
)
from saywho.attribution.parties import _phrase
from saywho.attribution.quotes import QUOTE_MARKS
from saywho.attribution.referents import (
    NEAR,
    ORG_NOUNS,
    Referents,
    _a_body,
    _inside,
    capitalised_name,
    untagged_name_before,
)
from saywho.attribution.speakers import (
    GENERIC_HEADS,
    HONORIFICS,
    KIN,
    NAME_TITLES,
    OFFICE_MODIFIERS,
    RETIRED,
    TITLE_ABBREVIATIONS,
    TITLE_WORDS,
    _most_recent,
    _no_place,
    _title_fits,
    generic_actor,
)
from saywho.ingest.datelines import dateline_country
from saywho.model import Actor, Attribution
from saywho.model import Span as SpanOf

SELF_NAMING = frozenset({"call", "name", "identify", "give", "know", "introduce"})  # "who calls himself X"
PARTY_PEOPLE = frozenset({"republican", "democrat", "tory"})  # "the Utah Republican said": a politician just named
# Nouns that describe someone the article has named ("the actor", "the candidate", "the Florida senator"),
# not roles that bring in someone new ("the spokesman", "a judge", "the officer").
DESCRIBED_PERSON = frozenset({
    "candidate", "nominee", "contender", "frontrunner", "front-runner", "challenger", "incumbent", "senator",
    "congressman", "congresswoman", "lawmaker", "politician", "governor", "actor", "actress", "singer", "rapper",
    "musician", "comedian", "star", "businessman", "businesswoman", "billionaire", "mogul", "tycoon", "magnate",
    "entrepreneur", "justice", "woman", "man", "novelist", "filmmaker", "activist", "celebrity",
    # sport's and features' epithets for the person just named ("the junior said", "the striker added")
    "junior", "senior", "sophomore", "freshman", "rookie", "veteran", "striker", "midfielder", "defender",
    "goalkeeper", "quarterback", "pitcher", "winger", "playmaker", "batsman", "bowler", "jockey", "golfer",
    "swimmer", "sprinter", "cyclist", "skier", "boxer", "olympian", "teenager", "youngster", "chef", "artist",
    "author", "designer", "player", "champion", "curator", "poet", "painter", "sculptor", "playwright",
    "photographer", "dancer", "composer",
})
# Last words of an organisation's name ("Human Rights Watch", "Doctors for Camp Closure Committee").
# Words for a kind of body that may stand before its name: "the charity SOS Mediterranee".
BODY_KINDS = {"charity", "group", "organisation", "organization", "watchdog", "agency", "ngo", "foundation",
              "coalition", "alliance", "network", "movement", "think-tank", "tank", "institute", "monitor"}
ORG_NAME_HEADS = ORG_NOUNS | {
    "watch", "committee", "council", "commission", "movement", "front", "league", "court", "tribunal", "office",
    "authority", "service", "centre", "center", "alliance", "fund", "programme", "program", "board", "coalition",
    "party", "initiative", "society", "forum", "assembly", "parliament", "bureau", "corps", "chamber", "consortium",
    "command", "mission",
}
# Small words and marks inside a long title before a name: "Deputy Chairman of the Security Council", "Lt Gen (retd)".
TITLE_JOINS = frozenset({"of", "for", "and", "the", "(", ")"}) | RETIRED
# Words for some of a group ("one of them", "several of the workers").
PARTITIVES = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "some", "several",
                        "many", "most", "few", "another", "both", "all", "half", "dozens", "hundreds",
                        "thousands", "tens", "scores", "millions"})
# Relative pronouns that stand for the noun their clause hangs on ("Paul Ryan, who said").
RELATIVES = frozenset({"who", "which", "that"})
# Offices whose capitalised title the tagger may take for a name ("Mexico's Economy Minister", "Australia's Treasurer").
TITLED_OFFICES = offices.OFFICE_HEADS | {"treasurer", "king", "queen"}  # "The Queen also said": a monarch named before
# Possessive pronouns that make a description someone's ("his campaign", "their lawyers").
OWNER_PRONOUNS = frozenset({"his", "her", "its", "their"})


# Kinds of business named after what they make or do: "Arm sued Qualcomm, the British chip designer said".
BUSINESS_KINDS = frozenset({"designer", "maker", "developer", "manufacturer", "producer", "provider", "supplier",
                            "retailer", "operator", "carrier", "chipmaker", "carmaker", "automaker", "drugmaker",
                            "giant", "startup", "start-up", "conglomerate", "insurer", "lender", "miner"})
# Bodies of people, never a city: "Al-Shabaab claimed the attack in Mogadishu. The group said".
GROUP_NOUNS = frozenset({"group", "militia", "movement", "faction", "outfit", "organisation", "organization", "network",
                         "party", "union", "alliance", "coalition", "charity", "club"})
# What someone delivers or gives, named with who did: "a speech Mrs. Clinton delivered", "an interview he gave".
DELIVERED = frozenset({"speech", "interview", "address", "remarks", "testimony", "briefing", "op-ed", "lecture"})
# Bodies that issue statements under their kind's name: "a police statement", "an army statement".
ISSUING_BODIES = frozenset({"police", "army", "military", "ministry", "government", "company", "party", "court",
                            "navy", "embassy", "presidency", "cabinet", "council", "agency", "union", "club"})
ISSUED_DOCUMENTS = frozenset({"statement", "release", "letter", "post", "tweet", "memo", "filing", "communique",
                              "communiqué", "email", "message", "notice"})
# Documents that are their issuer speaking: "A statement from the Ministry of Health read".
STATEMENTS = frozenset({"statement", "release", "communique", "communiqué", "post", "tweet", "message"})
# What one does to a document one issues: "sent a letter", "issued a statement", "posted a message".
ISSUING = frozenset({"send", "write", "issue", "release", "publish", "post", "sign", "pen", "email", "circulate"})
# What one does to a document one hands in as one's own: "left a note", "presented a letter", "submitted a petition".
HANDED = frozenset({"leave", "give", "hand", "present", "submit", "deliver"})


@dataclass
class Resolution:
    """A resolved speaker and the mention in the text it was resolved from."""

    actor: Actor
    mention: tuple[int, int]


class Resolver(Referents):
    """The speakers of one article; call :meth:`resolve` on source phrases in reading order."""

    # -- resolving ------------------------------------------------------------------------------------------

    def resolve(self, phrase: Span, label: bool = False, signed: bool = False) -> Resolution | None:
        """The speaker a source phrase refers to, with the mention it rests on; None when nobody
        (a place, a thing, an unresolved pronoun). ``label``: the phrase is a transcript's "NAME:";
        ``signed``: it signs a post or credits a passage ("— Josh Apte", "[ Tom's Guide ]")."""
        cluster = self._label(phrase) if label else self._signature(phrase) if signed else self._cluster(phrase)
        if cluster is None:
            return None
        if cluster.country is None and cluster.type == "organisation" and cluster.name.lower() in HOMELESS_BODIES:
            cluster.country = dateline_country(self.doc)  # "SEOUL (Yonhap) - …, the Joint Chiefs of Staff said"
        if cluster.country is None and (seat := _seat(phrase)) and offices.of_a_state(cluster.name, cluster.title):
            cluster.country = seat  # "The Foreign Ministry in Vienna said": the ministry of the state seated there
        if cluster.country is None and cluster.type != "state" and builtin().lookup(cluster.name) is None \
                and offices.of_a_state(cluster.name, cluster.title, phrase):
            cluster.country = offices.owner_state(phrase) \
                or offices.context_state(self.doc, phrase.start_char, self._person_country, told_before=True)
        if (body := self._spoken_for(phrase)) is not None and body is not cluster:
            self.said.append((phrase.start_char, body))  # "A spokesman for the IOPC said … The watchdog said": the IOPC
        self.said.append((phrase.start_char, cluster))
        return Resolution(cluster.actor(), cluster.mention)

    def _spoken_for(self, phrase: Span) -> Cluster | None:
        """The organisation a spokesperson's "for" or "of" names ("A spokesman for the Independent Office for Police
        Conduct"), which "the watchdog" may mean next."""
        root = phrase.root
        if root.lemma_.lower() not in lexicon.SPOKESPEOPLE:
            return None
        body = _spoken_for_object(root)
        found = self._by_char.get(body.idx) if body is not None else None
        return found if found is not None and found.type == "organisation" else None

    def _person_country(self, token: Token) -> str | None:
        cluster = self._by_char.get(token.idx)
        return cluster.country if cluster is not None and cluster.type == "person" else None

    def settle(self, item: Attribution, mark: int) -> Attribution:
        """Label an attribution's act and source kind as soon as it is resolved (``mark``: ``len(self.said)``
        before it was). A source that can never speak ("The move appears to be …") is taken back from the
        speakers so far, so that no later "she" can mean it."""
        acts.label(self.doc, [item])
        if item.source_type in acts.NEVER_SPEAKERS:
            del self.said[mark:]
        return item

    def name_described(self, found: list[Attribution]) -> None:
        """"South Korea's unification minister urged … “…,” Unification Minister Kim Sung-hoon told a committee",
        "A judge said … Judge Helen Marwood said": a description of an office whose one holder the article names
        first right after it (within ``NAMED_AFTER`` characters) is that person (in place, once every
        attribution is resolved)."""
        text = self.text
        named: dict[int, Cluster] = {}  # a description's cluster -> the person it turned out to be
        for item in found:
            if item.speaker is None or item.speaker_mention is None or item.speaker.type != "person":
                continue
            cluster = next((c for _, c in self.said if c.type == "nominal" and c.actor().id == item.speaker.id), None)
            if cluster is None or cluster.plural:
                continue
            if id(cluster) in named:  # "The epidemiologist said" after she was named: the same person
                item.speaker = named[id(cluster)].actor()
                continue
            # the office's own words: "South Korea's unification minister" is a "unification minister"
            # (its employer's kind too: "a government spokeswoman … spokeswoman Isabel Ortega")
            # (an office in capitals too: "Brisbane's Lord Mayor … Lord Mayor Adrian Schrinner said")
            # (the office before whom it is of: "The administrator of the … travel chain, Traveland")
            # (and after whose it is: "The Northern Territory's coroner" is a "coroner")
            # (not "an email from the president of the AFL-CIO": an email is no office)
            office = re.split(r"\s(?:of|for|at|with|from|to|by|in|on|about)\s|,", cluster.name, maxsplit=1)[0]
            words = [w.lower() for w in re.split(r"['’]s\s", office)[-1].split() if w.isalpha()
                     and (w.islower() or w.lower() in offices.OFFICE_WORDS | TITLE_WORDS and (w.istitle() or w.isupper()))
                     and w.lower() not in ("the", "a", "an", "one", "new", "incoming", "current")
                     and w.lower() not in ISSUING_BODIES]
            # (a role no one is titled with may still be held by the next one to speak: "his agent said … said
            # Ken McReddie", but no kin: a wife or a son is someone's of their own)
            # ("the former CEO" is a CEO: a word that only qualifies an office is none; nor is "new" one: "The new
            # Solomon Islands Prime Minister … Sir Allan Kemakeza … was elected Prime Minister")
            titled = bool(words) and words[-1] in TITLE_WORDS - OFFICE_QUALIFIERS
            if not titled and not (words and words[-1] in lexicon.PERSON_NOUNS and words[-1] not in KIN):
                continue
            # "a police spokesman said. Ahmad Yani, a spokesman for the rebel group, said": a body the description
            # names is not another body the holder's title names
            bodies = {w.lower() for w in cluster.name.split() if w.lower() in ISSUING_BODIES}
            at = item.speaker_mention.end
            if UNNAMED.search(text, item.speaker_mention.start, at + 160):
                continue  # "said a longtime adviser to Trump, who declined to be identified": no one named later
            described = self.doc.char_span(item.speaker_mention.start, at, alignment_mode="expand")
            whose = cluster.country or (_owner_code(described) if described is not None else None)
            # "the Kashima Antlers coach" is no "Former Japan national team coach": the names a description gives
            # (other than states') and its tense are the holder's too
            # (whom the office is of may go unrepeated by a holder whose title names no body: "Administrator Jeff
            # McDonald" is the administrator of Traveland, "the coroner, Dick Wallace" the Northern Territory's)
            cut = described.start_char + len(office) if described is not None else at
            # (nor where it is: "the owner of a nudist resort in South Australia's Riverland")
            names = {t.lower_ for t in described or () if t.pos_ == "PROPN" and t.is_alpha
                     and t.ent_type_ not in ("GPE", "NORP") and token_country(t) is None
                     and not any(a.dep_ == "prep" and a.lower_ in ("in", "at", "near") and a.i >= described.start
                                 for a in t.ancestors)}
            owner = {t.i for c in described.root.children if c.dep_ == "poss" for t in c.subtree} \
                if described is not None else set()
            whose_names = {t.lower_ for t in described or () if t.idx >= cut or t.i in owner} & names
            said = [(span.start, span.end) for span in item.content]  # not whom the office spoke of
            # (a role no one is titled with, when the one named after it holds it: "The owner of a nudist resort is
            # expecting … Pelican Point Nudist Resort owner, Rex Bakes")
            fits = [p for p in self.people if (titled or words[-1] in p.roles) and (p.title or p.roles)
                    and at < (first := min(s for s, _, _ in p.mentions)) < at + NAMED_AFTER and not _inside(first, said)
                    and set(words) <= (held := set((p.title or "").lower().split()) | p.roles) | _role_before(text, first)
                    and words[-1] in held
                    and (names - (whose_names if _names_no_body(p.title) else set())) <= held | _role_before(text, first)
                    and ("former" in held) <= ("former" in words)
                    and not _office_elsewhere(bodies, p, text)
                    and (whose is None or _country_of(p) in (None, whose))]  # "Sri Lanka's president" is no Colombian
            if not fits:
                fits = self._speaking_next(at, whose, cluster, said)
            if len(fits) == 1:
                named[id(cluster)] = fits[0]
                item.speaker = fits[0].actor()
                item.speaker_mention = SpanOf.of(text, *fits[0].mention)

    def _speaking_next(self, at: int, whose: str | None, described: Cluster,
                       said: list[tuple[int, int]]) -> list[Cluster]:
        """"Taiwan's health minister accused China … “…,” Chen Shih-ming said": the first person named after an
        unnamed office, by name alone (no title, no role) and as the next speaker, with no one named between, is
        its holder (one named in what the office said is no one between: "A spokesman claims Osama bin Laden
        …")."""
        # (by where each is first named; two clusters first named at one place keep their order)
        firsts = sorted(((min(s for s, _, _ in p.mentions), p) for p in self.people if p.mentions), key=lambda f: f[0])
        after = [(first, p) for first, p in firsts if at < first < at + NAMED_AFTER and not _inside(first, said)]
        if not after:
            return []
        first, person = after[0]
        end = next(e for s, e, _ in person.mentions if s == first)
        # (and no body or description of their own after the name: "said Thet Naing of the AAPP" is someone else)
        bare = not person.roles and (person.title is None or person.title.lower() in HONORIFICS) \
            and AFFILIATED.match(self.text, end) is None
        speaks = any(c is person and first <= s < first + 80 for s, c in self.said)
        # someone else spoke between (a group too: "… a spokesman for Gul Agha said. … according to fighters on the
        # ground. Residents … confirmed … Abdul Masood, 30, said")
        heard = [s for s, c in self.said if at < s < first and c is not described and (c.type != "nominal" or c.plural)]
        if not bare or not speaks or heard or whose is not None and _country_of(person) not in (None, whose):
            return []
        return [person]

    def _cluster(self, phrase: Span) -> Cluster | None:
        root = phrase.root
        if root.pos_ == "PROPN":
            # "The National Electoral Council, which is controlled by allies of President Guerra,": the name speaks
            phrase = _before_relative(phrase, root, introduced=True)
        phrase = _before_leader(phrase, root)
        word = root.lower_
        if word in RELATIVES and root.dep_ in ("nsubj", "nsubjpass") and root.head.dep_ == "relcl":
            return self._relative(root)
        if (another := self._another(phrase, root)) is not None:
            return another
        if word in ("it", "he", "she", "they") and (namer := _namer(root)) is not None:
            return self._cluster(self.doc[namer.left_edge.i: namer.i + 1])  # "Estonia summoned … over what it called"
        if word == "it" and root.dep_ == "nsubj" and (told := self._teller_of_its_clause(root)) is not None:
            return told
        if word == "it" and root.dep_ == "nsubj" and root.head.lemma_.lower() in acts.EVIDENCE \
                and (study := self._document_subject_before(root)) is not None:
            return study  # "A new study was presented in Houston. It found that …": the study, not a body named since
        if word in ("he", "she") and (speaker := self._delivering(root)) is not None:
            return speaker
        if root.pos_ == "PRON" or word in PRONOUN_GENDER or word in ("they", "it", "we", "i", "you"):
            return self._pronoun(root)
        if word in STYLES and (owner := next((c for c in root.children if c.lower_ in ("his", "her")), None)):
            return self._pronoun(owner)  # "His Highness affirmed": the ruler named before, as "he" would be
        if word in INDEFINITES and len(phrase) == 1:
            return None  # "Several insisted", "None showed": no one a reader can place, nor a later "her"
        age = lexicon.age_words(phrase)
        if age and (root.i in age or root.pos_ == "DET"):
            # "the 34-year-old": the person in focus, as "the actress" is; else a description of its own (the
            # parser may hang "the" and the age apart on the verb, so the phrase's root can be "the")
            old = self.doc[max(age)]
            return self._of_age(self.doc[min(age)].text, phrase.start_char) or self._in_focus(phrase, old, set()) \
                or self._nominal(phrase, old)
        if len(phrase) == 1 and root.is_title and (root.ent_type_ == "NORP" or root.lower_ in DEMONYM_PEOPLE) \
                and (person := self._person_named(root.text, root.idx)) is not None and person.first_and_last \
                and person.first_and_last[1] == root.lower_:
            return person  # "Mark Cuban sold his stake … Cuban said", "Dawn French … French said": the surname
        if (titled := self._title_then_name(phrase, root) or self._titled_body(phrase, root)) is not None:
            return titled
        if (member := self._member_for(phrase, root)) is not None:
            return member
        special = self._partitive(phrase, root) or self._joint(phrase, root) or self._official(phrase, root) \
            or self._office(phrase, root) or self._national(phrase, root) or self._people(root)
        if special is not None:
            return special
        if (kind := self._capital_kind(phrase, root)) is not None:
            return kind
        named = self._named(phrase, root) or self._appended_name(phrase, root) or self._unplaced_name(phrase, root)
        if named is not None:
            return named
        if root.pos_ == "VERB" and root.dep_ == "csubj" and (known := builtin().lookup(phrase.text)) is not None \
                and known.type != "person":
            cluster = self._add_org(phrase)  # "Save the Children said": a name the parser read as a clause
            cluster.country = cluster.country or known.country
            return cluster
        # "according to a White House readout", "readout" tagged a verb: a preposition's object with an article is
        # a noun whatever its tag
        # ("said a police dispatcher", "dispatcher" tagged an adverb: a word for a person is a noun whatever its tag)
        noun = root.pos_ in ("NOUN", "PROPN", "ADJ") or root.dep_ == "pobj" and any(c.dep_ == "det" for c in root.children) \
            or root.lower_ in lexicon.PERSON_NOUNS and not root.is_sent_start
        if root.ent_type_ in NEVER or root.like_num or not noun:
            return None  # a date, a product, a number, or no noun phrase at all
        # (nor "The MP says", an office written as its initials, which the tagger takes for a name)
        common = not root.ent_type_ and (root.is_title or root.is_upper and len(phrase) == 2 and phrase[0].lower_ == "the") \
            and root.lower_ in acts.GROUP_NOUNS | lexicon.PERSON_NOUNS
        if (root.pos_ == "PROPN" and not root.is_lower or root.ent_type_) and not common:
            # (not "Observers from the OSCE said", capitalised after a dateline's dash and tagged a name)
            return self._proper(phrase, root)
        if len(phrase) == 1 and root.text[:1].isupper() and (person := self._person_named(root.text, root.idx) or (
                None if root.is_sent_start else self._named_before(root))):
            return person  # "“…,” Ives wrote": a surname the tagger took for a plural noun
        return self._described(phrase, root)  # "South Korea's foreign ministry": a lower-case "PROPN" is a noun

    def _titled_body(self, phrase: Span, root: Token) -> Cluster | None:
        """"The charity SOS Mediterranee said", "the aid group Doctors Without Borders said": a body's name after
        the word for its kind is the body (the tagger may take the name for a product, or tag only its end)."""
        first = _name_tokens(root)[0].i if root.pos_ == "PROPN" else 0
        kind = self.doc[first - 1] if first > 0 else None
        # "research firm Canalys", tagged a person: one word no one is called after a company's kind is the company
        company = kind is not None and kind.lower_ in COMPANY_NOUNS | {"union"} and first == root.i \
            and root.lower_ not in first_names() and not any(c.dep_ == "appos" for c in root.children)
        if kind is not None and kind.is_lower and (kind.tag_ == "NN" and kind.lemma_.lower() in BODY_KINDS
                                                   and root.ent_type_ != "PERSON" or company):
            return self._add_org(self.doc[first: root.i + 1])
        name = next((c for c in root.children if c.dep_ == "appos" and c.pos_ in ("PROPN", "NOUN")
                     and c.text[:1].isupper() and c.i > root.i
                     and phrase.start <= c.i and c.right_edge.i < phrase.end), None)
        if root.is_lower and root.lemma_.lower() in BODY_KINDS and root.tag_ == "NN" and name is not None \
                and name.left_edge.i == root.i + 1 and name.ent_type_ != "PERSON":
            return self._add_org(self.doc[name.left_edge.i: name.right_edge.i + 1])
        return None

    def _capital_kind(self, phrase: Span, root: Token) -> Cluster | None:
        """"The European Commission fined Apple … The Commission said": a body's kind alone, capitalised, is the
        body of that kind the article named before, as "the commission" is."""
        words = [t for t in phrase if not t.is_punct and t.dep_ != "det"]
        if words != [root] or not root.is_title or root.lemma_.lower() not in ORG_NAME_HEADS \
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in root.children):
            return None
        found = self._described(phrase, root)
        return found if found is not None and found.type == "organisation" and len(found.name.split()) > 1 else None

    def _office(self, phrase: Span, root: Token) -> Cluster | None:
        """"Mexico's Economy Minister", "Japan's Finance Minister", "Australia's Treasurer, Jim Chalmers": an
        office written in capitals, whatever the tagger made of its words, is a description, or the person its
        apposition names; not a person called "Economy" or "Treasurer"."""
        if root.lower_ not in TITLED_OFFICES or root.is_lower or root.is_upper:
            return None
        appos = next((c for c in root.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
        # ("The Fiji Prime Minister", "the new Solomon Islands Prime Minister": a state named before the office is
        # whom it is of, as "Fiji's" is)
        state = {t.i for e in phrase.ents if e.label_ == "GPE" and e.end <= root.i and any(map(token_country, e))
                 for t in e}
        words = [t for t in phrase if t.i != root.i and not t.is_punct and t.dep_ not in ("poss", "case", "det")
                 and t.head.dep_ != "poss" and (appos is None or t.i < appos.left_edge.i) and t.i not in state
                 and not (state and t.lower_ in ("new", "incoming", "acting", "interim"))]
        # "The Minister for Agriculture, Food and the Marine, Niall Rooney,": the name closing a long title, which the
        # parser hung on the title's last words
        named = appos or next((t for t in phrase if t.dep_ == "appos" and t.ent_type_ == "PERSON" and t.i > root.i
                               and t.right_edge.i >= phrase.end - 2 and root in t.ancestors), None)
        if named is not None and root.lower_ in ("minister", "secretary", "commissioner") \
                and any(c.dep_ == "prep" and c.lower_ == "for" for c in root.children):
            return self._cluster(self.doc[named.left_edge.i: named.right_edge.i + 1])
        if not all(t.lower_ in offices.OFFICE_WORDS for t in words):
            return None
        if appos is not None:
            return self._cluster(self.doc[appos.left_edge.i: appos.right_edge.i + 1])
        # (a city's too: "Brisbane's Lord Mayor")
        owned = bool(state) or any(c.dep_ == "poss" and (token_country(c) or c.ent_type_ == "GPE") for c in root.children)
        if owned and words or words and root.lower_ in offices.BODY_HEADS:
            return self._nominal(phrase, root)  # "Mexico's Economy Minister", "The Foreign Office"
        if not words and any(c.dep_ == "det" and c.lower_ == "the" for c in root.children):
            return self._described(phrase, root)  # "The President said": as "the president", the one in focus
        return None

    def _member_for(self, phrase: Span, root: Token) -> Cluster | None:
        """"Federal Labor MP Carmen Lawrence says … The Member for Fremantle says …": a seat's Member, as
        parliaments style an MP, is the member of parliament the story is about, not someone new."""
        if root.text != "Member" or not any(c.dep_ == "det" and c.lower_ == "the" for c in root.children) \
                or not any(c.dep_ == "prep" and c.lower_ == "for" and any(o.pos_ == "PROPN" for o in c.children)
                           for c in root.children):
            return None
        return self._in_focus(phrase, root, {"mp", "mla", "mep", "member"})

    def _national(self, phrase: Span, root: Token) -> Cluster | None:
        """"the Spaniard", "the Dutchman", "the American", "the Utah Republican": in news, one of the people just
        named, by the state when the article gives it, else the person in focus; no one named, the description
        itself. Never the state's government or the party."""
        word = root.lower_
        code = DEMONYM_PEOPLE.get(word) or (token_country(root) if root.ent_type_ == "NORP" else None)
        definite = any(c.lower_ == "the" and c.dep_ == "det" for c in root.children)
        length = len(phrase) - len(lexicon.age_words(phrase))  # "the 24-year-old Dutchman" is "the Dutchman"
        if code is None and word not in PARTY_PEOPLE or not definite or length > 4 or root.tag_ != "NNP" \
                or any(c.dep_ in ("prep", "relcl", "acl", "appos") for c in root.children):
            return None
        ours = _most_recent([p for p in self.people if p.country == code], phrase.start_char) if code else None
        return ours or self._in_focus(phrase, root, _marks(phrase, root)) or self._nominal(phrase, root)

    def _people(self, root: Token) -> Cluster | None:
        """"Republicans said", "the Kurds say", "House Democrats": a people or a party's members, named by a
        plural demonym, speak as a group (a nominal speaker), never as their state or the name in front."""
        if root.ent_type_ != "NORP" or root.tag_ != "NNPS":
            return None
        return self._nominal(self.doc[root.left_edge.i: root.i + 1], root, plural=True)

    def _teller_of_its_clause(self, pronoun: Token) -> Cluster | None:
        """"Italy's data protection authority banned ChatGPT, it said": "it" closing the clause it reports is the
        body that clause's subject names (no person, place or pronoun)."""
        subject = _reported_subject(pronoun, ("nsubj",))
        if subject is None or subject.pos_ not in ("NOUN", "PROPN") or subject.ent_type_ in ("PERSON", "GPE", "NORP") \
                or any(t.text in QUOTE_MARKS for t in self.doc[subject.sent.start: subject.i]):
            return None  # (a quotation's own subject is not who says it: "“The reason … is …,” it added")
        found = self._cluster(self.doc[subject.left_edge.i: subject.i + 1])
        return found if found is not None and (found.type == "organisation" or found.type == "nominal"
                                               and subject.lemma_.lower() in ORG_NAME_HEADS) else None

    def _relative(self, pronoun: Token) -> Cluster | None:
        """"Paul Ryan, who said …", "voters who told pollsters …": a relative pronoun is the noun phrase its
        clause hangs on, up to that noun (its own relative clause and what follows left out)."""
        noun = pronoun.head.head
        if noun.i >= pronoun.i or noun.pos_ not in ("NOUN", "PROPN", "PRON"):
            return None
        phrase = self.doc[noun.left_edge.i: noun.i + 1]
        return self._cluster(phrase) if phrase.root.i == noun.i else None

    def _delivering(self, pronoun: Token) -> Cluster | None:
        """"A televised address by Mr Arafat, in which he said …": "he" opening a clause "in which" on a person
        is that person, whoever spoke last."""
        verb, person = pronoun.head, pronoun.head.head
        if pronoun.dep_ != "nsubj" or verb.dep_ != "relcl" or person.ent_type_ != "PERSON" or person.i >= pronoun.i \
                or not any(c.dep_ == "prep" and c.lower_ in ("in", "during") and c.i < pronoun.i
                           and any(o.lower_ == "which" for o in c.children) for c in verb.children):
            return None
        found = self._by_char.get(person.idx)
        return found if found is not None and found.type == "person" \
            and PRONOUN_GENDER.get(pronoun.lower_) in (None, found.gender) else None

    def _label(self, phrase: Span) -> Cluster | None:
        """"KOWALSKI:", "INTERVIEWER:": a person the article names, a role, or a new person (the parser
        reads capitals as anything at all, so the words decide)."""
        words = [t.text for t in phrase if t.is_alpha]
        if not words:
            return None
        person = self._person_named(words[-1], phrase.start_char)
        if person is not None:
            return person
        name = " ".join(w.title() if w.isupper() else w for w in words)
        if len(words) == 1 and words[0].lower() in ROLE_WORDS | {"interviewer", "host", "moderator", "reporter"}:
            key = name.lower()
            return self.nominals.setdefault(key, Cluster(f"{key} {key}", key, "nominal",
                                                         mention=(phrase.start_char, phrase.end_char)))
        return self._new_person(phrase, name.split(), first_names())

    def _signature(self, phrase: Span) -> Cluster | None:
        """A signature is a name as written: a person or organisation the article knows, else a new person (a
        first name we know, after any title: "Rep. Ilhan Omar") or a new organisation ("Tom's Guide")."""
        known = self._named(phrase, phrase.root)
        if known is not None:
            return known
        tokens = [t for t in phrase if not (t.lower_.strip(".") in ROLE_WORDS or t.lower_ in ROLE_WORDS)]
        words = [t.text for t in tokens if t.text[:1].isalpha()]
        if not words:
            return None
        if len(words) >= 2 and words[0].lower() in first_names() and not any(t.text in ("'s", "’s") for t in tokens):
            person = self._person_named(words[-1], phrase.start_char)
            return person or self._new_person(phrase, words, first_names())
        name = phrase.text.strip()
        key = name.lower()
        if key not in self.orgs:
            self.orgs[key] = Cluster(key, name, "organisation", mention=(phrase.start_char, phrase.end_char))
        return self.orgs[key]

    def _named(self, phrase: Span, root: Token) -> Cluster | None:
        """A cluster mention at the phrase's head, or in apposition to it ("the Kremlin's spokesman,
        Dmitry Peskov"; "Maria Lopez, a ranger for the Y trust": the root is the name)."""
        if root.pos_ in ("PROPN", "NOUN") and root.text[:1].isupper() and root.i == phrase.start \
                and self._by_char.get(root.idx) is None and any(
                c.dep_ == "appos" and c.lemma_.lower() in COMPANY_NOUNS for c in root.children):
            # "Cognition, the startup behind the AI coding agent Devin, said": the company, not its product
            return self._add_org(self.doc[root.i: root.i + 1])
        heads = [root] + [c for c in root.children if c.dep_ == "appos" and phrase.start <= c.i < phrase.end
                          and not _kin_of_described(root, c)]
        # "Her daughter, the architect Anna Reid, said": the name in apposition to the apposition
        heads += [g for c in heads[1:] if c.pos_ == "NOUN" for g in c.children
                  if g.dep_ == "appos" and g.pos_ == "PROPN" and phrase.start <= g.i < phrase.end]
        if root.dep_ == "appos" and phrase.start <= root.head.i < phrase.end:
            heads.append(root.head)
        # "…, the president of the union, Tom Baker, said": a name the parser hung outside the phrase it ends
        heads += [t for t in phrase if t.dep_ == "appos" and t.ent_type_ == "PERSON" and t.i != root.i
                  and not phrase.start <= t.head.i < phrase.end]
        # "The head of Russia's mission in Mali, Ivan Petrov, said": or on the place that ends the role's words
        heads += [t for t in phrase if t.dep_ == "appos" and t.ent_type_ == "PERSON" and t.i != root.i
                  and t.head.ent_type_ in ("GPE", "LOC", "ORG", "NORP") and root.lower_ in TITLE_WORDS | ROLE_WORDS
                  and t.right_edge.i >= phrase.end - 2]
        # "City of Ballarat mayor Tessa Kowalczyk said": the parser hangs the office holder on the city
        # (not "Supporters of Sheikh Hasina": a group is no place an office is of)
        heads += [o for p in root.children if p.dep_ == "prep" and p.lower_ == "of" and root.tag_ != "NNS"
                  for o in p.children
                  if o.dep_ == "pobj" and o.ent_type_ == "PERSON" and any(c.lower_ in TITLE_WORDS for c in o.children)]
        # "the Bureau of Meteorology's Claire Richards says": the person the phrase ends on, after a possessive the
        # parser hung on a body's name (not "the owner of a resort in South Australia's Riverland")
        if root.pos_ == "PROPN":
            heads += [self.doc[name.end - 1] for t in phrase[1:-1] if t.tag_ == "POS"
                      and (name := entity_at(self.doc[t.i + 1])) is not None and name.label_ == "PERSON"
                      and name.start == t.i + 1 and name.end == phrase.end]
        if root.pos_ == "NOUN" and root.tag_ == "NN":
            # "A spokeswoman for Ostrander, Lisa Chen, said", "The defence advocate for Thembinkosi Ndlovu, Pieter
            # Botha, said": the parser hangs the name on whom the role is for
            heads[1:1] = [a for p in root.children if p.dep_ == "prep" and p.lower_ in ("for", "of", "at")
                          for o in p.children if o.dep_ == "pobj" for a in o.children
                          if a.dep_ == "appos" and a.ent_type_ == "PERSON" and phrase.start <= a.i < phrase.end]
            # "A spokesman for the U.N. Secretary-General, Stephane Dujarric, said": or as a second object of it
            heads[1:1] = [o for p in root.children if p.dep_ == "prep" and p.lower_ in ("for", "of", "at", "to")
                          for o in p.children if o.dep_ == "pobj" and o.ent_type_ == "PERSON" and o.left_edge.i > 0
                          and (name := entity_at(o)) is not None and self.doc[name.start - 1].text == ","
                          and phrase.start <= o.i < phrase.end]
            # ("Sudan's envoy to the UN, Al-Harith Idriss, told": the parser hung the body on the name)
        if root.lower_ in lexicon.PERSON_NOUNS:
            # "The man who calls himself Abu Mohammad told ABC", "a man who gave his name as Ahmed": the name a
            # clause on the person gives them
            heads += [n for c in root.children if c.dep_ in ("relcl", "acl") and c.lemma_.lower() in SELF_NAMING
                      for n in (*c.children, *(g for p in c.children if p.dep_ == "prep" and p.lower_ == "as"
                                               for g in p.children))
                      if n.ent_type_ == "PERSON" and n.dep_ in ("oprd", "pobj", "attr", "dobj")]
        found = [self._by_char.get(t.idx) for head in heads
                 for t in (reversed(_name_tokens(head)) if head.pos_ == "PROPN" else [head])]
        found = [c for c in found if c is not None]
        if found and all(c.type == "organisation" for c in found) and len(phrase.text.split()) == 1 \
                and root.pos_ == "PROPN" and (person := self._person_named(phrase.text, root.idx)) is not None:
            return person  # "Pep Guardiola praised … Later, Guardiola said": a surname the tagger took for a body
        for kind in ("person", "organisation", "state"):
            if (cluster := next((c for c in found if c.type == kind), None)) is not None:
                return cluster
        return self._person_after(phrase)

    def _unplaced_name(self, phrase: Span, root: Token) -> Cluster | None:
        """"SOS Humanity strongly condemns …": a name of several words the tagger took for a place that no
        gazetteer knows, as the whole subject of a verb of saying, is a body."""
        entity = next((e for e in self.doc.ents if e.start <= root.i < e.end), None)
        if entity is None or entity.label_ not in ("GPE", "LOC") or len(entity) < 2 or root.dep_ != "nsubj" \
                or (entity.start, entity.end) != (phrase.start, phrase.end) \
                or root.head.lemma_.lower() not in acts.SPEAKER_VERBS_ONLY | lexicon.CRITICISM | lexicon.PRAISE \
                or not _no_place(entity.text) or place_code(entity.text) or builtin().lookup(entity.text) is not None:
            return None
        return self._add_org(entity)

    def _title_then_name(self, phrase: Span, root: Token) -> Cluster | None:
        """"Treasury Under Secretary Michael Grady", "Energy and Mineral Resources Minister Budi Hartono": a
        phrase ending in a title and a person's name is that person, whatever the parser made its head."""
        end = phrase.end
        while end > phrase.start and self.doc[end - 1].is_punct:
            end -= 1
        last = self.doc[end - 1] if end > phrase.start else None
        if last is None or last.ent_type_ != "PERSON" or root.ent_type_ == "PERSON":
            return None
        start = last.i
        while start > phrase.start and self.doc[start - 1].ent_type_ == "PERSON" and self.doc[start].ent_iob_ != "B":
            start -= 1
        # "Inspector General of Police V K Bhardwaj": a title of several words, "of" a body, right before it
        before = self.doc[max(phrase.start, start - 8): start]
        titled = len(before) > 0 and (before[-1].lower_ in OFFICE_TITLES or any(t.lower_ in OFFICE_TITLES for t in before)
                                      and all(t.is_title or t.lower_ in TITLE_JOINS for t in before))
        if start <= phrase.start or not titled or root.tag_ in ("NNS", "NNPS"):
            return None  # (not "many tax experts, including Mr. Goldberg")
        if root.pos_ == "NOUN" and root.lower_ in lexicon.SPEAKING_FOR and any(
                p.dep_ == "prep" and p.lower_ in ("for", "to") and p.i < start for p in root.children):
            return None  # "A spokesperson for Hennepin County Attorney Mary Moriarty said": the spokesperson
        return next((c for t in reversed(self.doc[start:end]) if (c := self._by_char.get(t.idx)) is not None
                     and c.type == "person"), None)

    def _appended_name(self, phrase: Span, root: Token) -> Cluster | None:
        """"the governor of Ryazan, Pavel Malkov, said", parsed with the name inside the description's "of"
        phrase: a description whose last part, after a comma, is a person's (or a body's) name alone is them."""
        comma = max((t.i for t in phrase if t.text == ","), default=None)
        if comma is None or root.pos_ != "NOUN" or root.i > comma \
                or _kin_of_described(root, self.doc[min(comma + 1, len(self.doc) - 1)]):
            return None
        tail = self.doc[comma + 1: phrase.end]
        while len(tail) and tail[-1].is_punct:
            tail = tail[:-1]
        if (untagged := self._untagged_person(root, tail)) is not None:
            return untagged
        if not len(tail) or not all(t.ent_type_ == tail[0].ent_type_ and t.pos_ == "PROPN" for t in tail) \
                or tail[0].ent_type_ not in ("PERSON", "ORG") or tail[0].ent_type_ == "ORG" \
                and not (tail.text.isupper() or builtin().lookup(tail.text) is not None):
            return None
        # ("The UN agency for Palestinian refugees, UNRWA, called": a body's known name or abbreviation, likewise)
        return self._by_char.get(tail[0].idx) or self._proper(tail, tail.root)

    def _untagged_person(self, root: Token, tail: Span) -> Cluster | None:
        """"The prime minister who was forced to resign after last year's coup, Batholomew Ulufa'alu, said": a
        name of two to four capitalised words apposed to one person's office or role is that person, however
        the tagger typed it (here a body's first word and no entity), unless it is a known place or body."""
        if not 2 <= len(tail) <= 4 or root.tag_ != "NN" \
                or root.lower_ not in TITLE_WORDS | ROLE_WORDS | lexicon.PERSON_NOUNS \
                or not all(t.pos_ == "PROPN" and t.text[:1].isupper() and (t.is_alpha or "'" in t.text) for t in tail) \
                or any(t.ent_type_ not in ("", "PERSON", "ORG") or t.lower_ in ORG_NAME_HEADS for t in tail) \
                or place_code(tail.text) or (known := builtin().lookup(tail.text)) is not None and known.type != "person":
            return None
        found = next((c for t in tail if (c := self._by_char.get(t.idx)) is not None), None)
        if found is not None and (found.type == "person" or found.name == tail.text):
            return found if found.type == "person" else None  # (a body's whole name stays the body's)
        return self._new_person(tail, tail.text.split(), first_names())

    def _person_after(self, phrase: Span) -> Cluster | None:
        """"said study co-author Anezina Solomonidou": the tokenizer split the role, and the parser left
        the name outside the source phrase; a person mention right after a role word is the speaker."""
        doc = self.doc
        if phrase.end >= len(doc) or doc[phrase.end].text not in ("-", "‐"):
            return None
        for i in range(phrase.end, min(phrase.end + 3, len(doc))):
            cluster = self._by_char.get(doc[i].idx)
            if cluster is not None:
                return cluster if cluster.type == "person" else None
            if doc[i].is_punct and doc[i].text not in "-‐" or doc[i].pos_ in ("VERB", "AUX", "ADP"):
                return None
        return None

    def _proper(self, phrase: Span, root: Token) -> Cluster | None:
        """A proper-noun head no entity covers: a person or organisation the model missed, or nobody."""
        if any(c.dep_ == "appos" and c.lemma_.lower() in COMPANY_NOUNS for c in root.children):
            return self._add_org(self.doc[_name_tokens(root)[0].i: root.i + 1])  # "Lunaria, the company behind …"
        if root.ent_type_ in NEVER or root.ent_type_ in ("GPE", "NORP"):
            return None  # a place that is no state ("BUFFALO, N.Y."), a date, a product; a demonym alone
        tokens = _name_tokens(root)
        words = [w for w in self.doc[tokens[0].i: tokens[-1].i + 1].text.split() if w.lower() not in ROLE_WORDS]
        while len(words) > 2 and _describes(words[0]):
            words = words[1:]  # "Taoiseach Declan Moran", "Sociologist Rodrigo Huenchullan", untagged
        if not words:
            return None
        if len(words) == 1 or root.text.isupper():
            person = self._person_named(words[-1], phrase.start_char, _gender_in(phrase)) or self._named_before(root)
            if person is not None:
                return person
        if len(words) == 1 and is_metonym(words[0]) and country_code(words[0]):
            return self._add_org(self.doc[tokens[0].i: tokens[-1].i + 1])  # "Kyiv said", tagged a person: its government
        acronym = len(words) == 1 and words[0].isupper() and words[0].isalpha() and len(words[0]) >= 2
        if root.ent_type_ == "ORG" or acronym or len(words) > 1 and words[-1].lower() in ORG_NAME_HEADS \
                and words[0].lower() not in first_names():  # "ACCA said", untagged: an acronym names a body
            span = self.doc[tokens[0].i: _of_tail(root) + 1]  # "Human Rights Watch", untagged, is no person
            return self._add_org(span)
        span = self.doc[tokens[0].i: tokens[-1].i + 1]
        if len(words) == 1 and (_called_its(span) or (known := builtin().lookup(words[0])) is not None
                                and known.type == "organisation" and known.sector == "BUS"):
            # "Pfizer said its vaccine …", "Starbucks said", untagged: a company, which "the company" means
            return self._add_org(span)
        name = " ".join(w if not w.isupper() or len(w) < 3 else w.title() for w in words)
        return self._new_person(span, name.split(), first_names())

    def _named_before(self, surname: Token) -> Cluster | None:
        """"Lua Tavares released a new album … “…,” Tavares said", no name tagged: the given name and surname
        written together before is the person the surname alone means."""
        for token in self.doc[: surname.i]:
            before = self.doc[token.i - 1] if token.i > 0 else None
            if token.text != surname.text or before is None or before.pos_ != "PROPN" or not before.is_title \
                    or before.lower_ in ROLE_WORDS or before.ent_type_ in ("GPE", "NORP", "LOC") or token_country(before):
                continue
            span = self.doc[before.i: token.i + 1]
            return self._new_person(span, [before.text, token.text], first_names())
        return None

    def _described(self, phrase: Span, root: Token) -> Cluster | None:
        """A common-noun head: the rules' reading (:meth:`_described_rule`), which the learned ranker may
        overrule for a definite singular description ("the president", "the company", "the former
        ambassador"): someone the article named before, or the description itself as a nominal speaker."""
        if (reported := self._reporting_body(phrase, root)) is not None:
            return reported  # "Ajax have sold their striker to Chelsea, the Dutch club said": Ajax
        if (spokesperson := self._body_spokesperson(phrase, root)) is not None:
            return spokesperson
        rule = self._described_rule(phrase, root)
        if rule is not None and _a_city(rule) and root.lemma_.lower() in ORG_NOUNS - {"government"}:
            rule = self._nominal(phrase, root)  # "… in Kampala. The ministry said": the ministry speaks, not the city
        if rule is not None and rule.type == "organisation" and len(rule.name.split()) > 1 \
                and _name_head(rule.name) in {root.lemma_.lower()} | KIND_NAMES.get(root.lemma_.lower(), set()):
            return rule  # "The European Commission fined Apple … The commission said": the name ends in the kind
            # ("The Election Commission of India … the commission said": or its head does)
        if rule is not None and rule.type == "state" and root.lemma_.lower() in STATE_NOUNS:
            return rule  # "the kingdom", "the country": a state, which no ranker's description outranks
        definite = any(t.lower_ in ("the", "this", "that") and t.dep_ == "det" for t in root.children)
        # a description that says whose it is ("the spokesman for the festival") brings someone new, and "the
        # statement" is its issuer's: the rules' readings, never a choice among earlier speakers
        attached = any(c.dep_ in ("prep", "relcl", "acl") for c in root.children)
        if rule is None or (self.ranker is None and self.decisions is None) or not definite or attached \
                or root.tag_ in ("NNS", "NNPS") or root.pos_ != "NOUN" or root.lemma_.lower() in ISSUED_DOCUMENTS:
            return rule
        own = self._nominal(phrase, root)
        options = self._referents(phrase, rule, own)
        names = antecedents.description_features(phrase, options, self._sentences(),
                                                 {id(o): self._fits(o.cluster, root) for o in options})
        chosen = self._choose(root.idx, options, names, rule)
        # "The K-Electric utility said", "the health department said": a body is never a person named before
        if chosen.type == "person" and (root.lemma_.lower() in ORG_NOUNS or _other_portfolio(_marks(phrase, root), chosen)
                                        or _other_office(phrase, chosen)) \
                or self._misfit(chosen, root) or _a_city(chosen) and root.lemma_.lower() in ORG_NOUNS - {"government"} \
                or root.lemma_.lower() in PUBLIC_BODIES and chosen.type == "organisation" and _business(chosen) \
                or chosen is not own and chosen is not rule and (_unlike(root, chosen) or _named_otherwise(phrase, root, chosen)):
            return rule
        return chosen

    def _body_spokesperson(self, phrase: Span, root: Token) -> Cluster | None:
        """A spokesperson the phrase names no body for, of the body the context gives: "Crowdstrike rejected
        Delta's claims, a spokesperson said" (the body whose act the spokesperson tells of), "Meta rejected the
        accusations. A company spokesman said" (the company named last): a nominal speaker of that body."""
        described = _described_body(root)  # "a spokesman for the group", "for the department"
        if root.lemma_.lower() not in lexicon.SPOKESPEOPLE or root.tag_ != "NN" or any(
                (c.dep_ == "prep" and described is None) or c.dep_ == "poss"
                or c.dep_ in ("compound", "amod") and (c.ent_type_ or c.pos_ == "PROPN") for c in root.children):
            return None
        body = None
        if any(c.dep_ == "compound" and c.lemma_.lower() in lexicon.COMPANY_NOUNS for c in root.children):
            body = self._latest_organisation(phrase.start_char, body=True)
        elif described is not None and not (root.dep_ == "nsubj" and root.head.lemma_.lower() in lexicon.SPEECH
                                            and any(c.dep_ == "ccomp" and c.i < root.i for c in root.head.children)):
            kind = described.lemma_.lower()
            body = self._named_kind(kind, phrase.start_char) \
                or self._latest_organisation(phrase.start_char, body=kind in COMPANY_NOUNS, people=kind in GROUP_NOUNS)
        elif root.dep_ == "nsubj" and root.head.lemma_.lower() in lexicon.SPEECH:
            told = [s for c in root.head.children if c.dep_ == "ccomp" and c.i < root.i
                    for s in c.children if s.dep_ == "nsubj"]
            body = next((o for t in told for o in self.orgs.values() if o.type == "organisation"
                         and any(start <= t.idx < end for start, end, _ in o.mentions)), None)
        known = builtin().lookup(body.name) if body is not None else None
        if body is None or known is not None and known.sector == "MED":
            return None  # (a news agency named in a dateline or a credit speaks for no company)
        cluster = self._nominal(phrase, root, name=f"{body.name} {root.lower_}")
        cluster.country = cluster.country or body.country or (known.country if known is not None else None)
        cluster.sector = cluster.sector or body.sector or (known.sector if known is not None else None)
        return cluster

    def _reporting_body(self, phrase: Span, root: Token) -> Cluster | None:
        """"Tesco is recalling its chicken nuggets, the supermarket said": a body described by its kind after
        what it says is the name that says it, the subject of the words it reports (a name, no person's, no
        state's)."""
        definite = any(t.lower_ == "the" and t.dep_ == "det" for t in root.children)
        business = root.lemma_.lower() in BUSINESS_KINDS  # "the British chip designer said": a company's kind
        others = [t for t in phrase if t.i != root.i and t.dep_ not in ("det", "amod") and not t.is_punct
                  and not (business and t.dep_ == "compound" and t.pos_ == "NOUN")]
        if not definite or others or root.lemma_.lower() not in ORG_NAME_HEADS | BUSINESS_KINDS or root.tag_ != "NN" \
                or root.dep_ != "nsubj" or root.head.pos_ != "VERB":
            return None
        subject = _reported_subject(root, ("nsubj",))
        if subject is not None and any(c.dep_ == "aux" and c.lower_ in ("should", "must", "ought")
                                       for c in subject.head.children):
            return None  # "The EU should suspend all support to Libya, the group said": whom it asks to act
        if subject is not None and subject.pos_ == "NOUN" and subject.tag_ == "NN" \
                and subject.lemma_.lower() in ORG_NOUNS and _of_a_state(subject):
            # "Spain's maritime rescue service saved 212 people, the agency said": the body the clause describes
            return self._nominal(self.doc[subject.left_edge.i: subject.i + 1], subject)
        if subject is None or subject.pos_ != "PROPN":
            return None
        # "Real Madrid have agreed …, the Spanish club said": a name of several words the article already holds as
        # a body; one word alone when it is no place, no people and no person
        words = [c for c in subject.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
        known = self._by_char.get(words[0].idx if words else subject.idx)
        if words:
            if len(words) != len([c for c in subject.children if c.pos_ == "PROPN"]):
                return None
            if known is not None and known.type == "organisation":
                return known
            # untagged and taken for a person only for want of a better reading: the description says it is a body
            name = self.doc[words[0].i: subject.i + 1]
            if subject.ent_type_ or words[0].ent_type_ or words[0].lower_ in first_names() or country_code(name.text):
                return None
            return self._add_org(name)
        if token_country(subject) or subject.ent_type_ in ("GPE", "NORP") or known is not None and known.type == "person":
            return None
        body = known or self._add_org(self.doc[subject.i: subject.i + 1])
        if not _a_body(body, root.lemma_.lower() in COMPANY_NOUNS):
            return None  # "The FDA approved Eli Lilly's drug …, the company said": no agency is a company
        body.country = body.country or next((c for t in phrase if t.ent_type_ == "NORP" and (c := token_country(t))),
                                            None)  # "the Dutch club" is Dutch
        return body

    def _misfit(self, chosen: Cluster, root: Token) -> bool:
        """A description the ranker gave to an unnamed speaker of another kind: "the governor" to "the mining
        company", "the council" to "a spokesman for the ministry" or to "a letter from Ms Cole", one body to a
        group of people ("Residents complained … The council replied"); the description itself speaks then."""
        if chosen.type != "nominal":
            return False
        if chosen.plural and root.tag_ == "NN" and antecedents.head_class(root) in ("title", "described", "person"):
            return True  # "Police said … The activist said": one person is never a group named before
        head = chosen.key.split()[-1]
        if antecedents.head_class(root) in ("title", "described", "person") and head in ORG_NOUNS | COMPANY_NOUNS:
            return True
        body = root.lemma_.lower() in ORG_NOUNS | COMPANY_NOUNS
        named = root.lemma_.lower() in chosen.name.lower().split()  # "a spokesman for the mining company … the company"
        return body and not named and (chosen.plural or head in acts.PERSON_NOUNS | ISSUED_DOCUMENTS
                                       | acts.DOCUMENT_NOUNS)

    def _referents(self, phrase: Span, rule: Cluster, own: Cluster) -> list[antecedents.Option]:
        """The description itself and everyone named or heard before it (people, organisations, states,
        earlier unnamed speakers), with how they were named; the rules' choice marked."""
        at = phrase.start_char
        options = [antecedents.Option(own, -1, rule=rule is own, own=True)]
        # "the actress", "the spokesman" is a person: never the organisation last named ("an interview with the BBC")
        person = antecedents.head_class(phrase.root) in ("title", "described", "person")
        company = phrase.root.lemma_.lower() in COMPANY_NOUNS
        people = phrase.root.lemma_.lower() in GROUP_NOUNS  # "the group" is no city
        bodies = [] if person else [o for o in self.orgs.values() if o.type in ("organisation", "state")
                                    and _a_body(o, company) and not self._dateline(o)
                                    and not (people and (o.type == "state" or o.country and is_metonym(o.name)))]
        clusters = [*self.people, *bodies,
                    *{id(c): c for _, c in self.said if c.type == "nominal" and c is not own}.values()]
        gender = GENDER_WORDS.get(phrase.root.lower_)  # "the man" is never a woman named before
        # "the Iraqi president" is no one the article has made Iranian
        country = _owner_code(phrase)
        for cluster in {id(c): c for c in clusters}.values():
            if gender is not None and cluster.gender not in (None, gender) and cluster is not rule:
                continue
            if country is not None and _country_of(cluster) not in (None, country) and cluster is not rule:
                continue  # ("Trump met Xi. The U.S. president said": Xi is Chinese, as the dictionary knows)
            marks = [(s, subject, False) for s, _, subject in cluster.mentions if s < at]
            marks += [(s, False, True) for s, c in self.said if c is cluster and s < at]
            if marks or cluster is rule:
                options.append(self._option(cluster, marks, rule))
        if not any(o.rule for o in options):
            options.append(antecedents.Option(rule, -1, rule=True))
        return options

    def _fits(self, cluster: Cluster, root: Token) -> str:
        """How a description's head fits an earlier speaker: the person's title or role, an organisation
        noun for an organisation, or nothing."""
        word = root.lower_
        if cluster.type == "person":
            return "title" if _title_fits(cluster.title, word) else "role" if word in cluster.roles else "none"
        if cluster.type in ("organisation", "state"):
            return "org" if root.lemma_.lower() in ORG_NOUNS else "none"
        return "same" if cluster.key.split()[-1] == root.lemma_.lower() else "none"

    def _said_as(self, lemma: str, at: int) -> Cluster | None:
        """The organisation or nominal speaker last quoted whose own name ends in a description's noun ("the
        United Nations refugee agency said … The agency said"), within reach."""
        if lemma not in ORG_NOUNS:
            return None
        return next((c for s, c in reversed(self.said) if 0 <= at - s < NEAR and (c.type == "organisation" or
                     c.type == "nominal" and (c.country or lemma in OFFICE_NOUNS)) and c.name.lower().split()[-1] == lemma
                     and len(c.name.split()) > 1), None)  # ("the interior ministry said … the ministry said")

    def _styled(self, person: Cluster, word: str) -> bool:
        """"Spain's King Juan Carlos … The King said": a style the name was written with ("King", "Queen"), which
        the name keeps no title of."""
        return word in NAME_TITLES and any(self.text[s: e].lower().startswith(word + " ")
                                           or self.text[max(0, s - len(word) - 1): s].strip().lower() == word
                                           for s, e, _ in person.mentions)

    def _described_rule(self, phrase: Span, root: Token) -> Cluster | None:
        """A common-noun head: an earlier organisation ("the automaker"), an earlier person by title
        ("the US leader"), an earlier description ("the spokesperson"), or a new nominal speaker."""
        lemma = root.lemma_.lower()
        if lemma == "ministry" and root.tag_ == "NN" and all(t.pos_ in ("DET", "NOUN") or t.i == root.i for t in phrase) \
                and (ministry := self._minister_s_ministry(phrase, root)) is not None:
            return ministry  # "Defence Minister Andrei Belousov visited troops, the ministry said": his ministry
        if lemma in PAIR_NOUNS and root.tag_ == "NNS" and any(
                c.lower_ == "both" or c.lower_ == "two" and c.dep_ == "nummod" for c in root.children) \
                and (pair := self._last_pair(phrase.start)) is not None:
            return pair  # "Greenpeace and WWF criticised the deal. Both groups called for …": the two
        definite = any(t.lower_ in ("the", "this", "that") and t.dep_ == "det" or t.dep_ == "poss"
                       for t in root.children)
        # "the French foreign ministry" names whose ministry it is: not the latest organisation
        # ("the Texas-based company" says where it sits, not whose it is)
        based = {t.i for c in root.children if c.lower_ == "based" for t in c.subtree}
        own_names = [t for t in phrase if (t.pos_ == "PROPN" or t.ent_type_ in ("NORP", "GPE")) and t.i != root.i
                     and t.i not in based]
        at = phrase.start_char
        if definite and not own_names and root.tag_ not in ("NNS", "NNPS") \
                and (same := self._said_as(lemma, at)) is not None:
            return same  # "China's commerce ministry urged … The ministry said": the one last quoted under that noun
        if definite and not own_names and root.tag_ not in ("NNS", "NNPS") and lemma not in ORG_NOUNS \
                and (lemma in ORG_NAME_HEADS or self._headed_by(lemma, at)) \
                and (named_kind := self._named_kind(lemma, at)) is not None and not _unlike(root, named_kind):
            return named_kind  # "The Minerals Commission said … The commission said", "the fund", "the authority"
        if definite and lemma in ORG_NOUNS and not own_names and root.tag_ not in ("NNS", "NNPS"):
            # "The Labour Party said … The party said": the body whose name says what it is, first
            # "Imran Khan was arrested …, his party said": a person's own party, not the body named last
            personal = any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in root.children)
            organisation = self._named_kind(lemma, at) or (self._owned(phrase, root) if personal else None) \
                or self._latest_organisation(at, body=lemma in COMPANY_NOUNS, people=lemma in GROUP_NOUNS)
            if lemma in GROUP_NOUNS and not personal and (untagged := self._untagged_body(root, organisation)):
                organisation = untagged  # "Human Rights Watch published a report … The group said", untagged
            if organisation is not None and lemma in PUBLIC_BODIES and _business(organisation):
                # "Toyota will recall …, according to a filing with the NHTSA. The agency said": no company
                organisation = self._public_body_before(at)
            # "the county health department" after "Hawthorne Middle School": a body described by its kind is
            # the one named before only when the name says that kind
            described = any(c.dep_ in ("compound", "amod") and c.i not in based and c.lower_ not in PLAIN_MODIFIERS
                            for c in root.children)
            if organisation is not None and (not described or lemma in organisation.name.lower()
                                             or _campaigning(root, organisation)) and not _unlike(root, organisation):
                return organisation
        if definite and lemma in ORG_NOUNS and not own_names and root.tag_ == "NN" \
                and (before := self._kind_before(root)) is not None:
            return before  # "Russia's culture ministry has revoked the licence … The ministry said"
        marks = _marks(phrase, root)
        if definite and (word := root.lower_) in TITLE_WORDS | GENERIC_HEADS:
            country = _owner_code(phrase)
            fits = [p for p in self.people if (country is None or _country_of(p) in (country, None)) and (
                _title_fits(p.title, word) or word in p.roles or self._styled(p, word)) and not _other_portfolio(marks, p)]
            if not fits and marks:
                # "Keir Starmer hosted …, President Zelensky urged … The prime minister pledged": the office the
                # dictionary knows a person by, when no one in the article was given it
                fits = [p for p in self.people if (country is None or _country_of(p) in (country, None))
                        and _title_fits(title := _known_title(p), word) and marks <= set(title.lower().split())]
            # "the Texas senator" of two senators: the one whose title says Texas ("Texas Sen. Ted Cruz")
            fits = [p for p in fits if marks & set((p.title or "").lower().split())] or fits
            # "the former prime minister" is the one whose title says former; "the prime minister", the one now
            former = any(c.lower_ in ("former", "ex") for c in root.children)
            fits = [p for p in fits if ("former" in (p.title or "").lower().split()) == former] or fits
            if word == "counterpart":  # "his counterpart" is the one introduced so, never the one whose it is
                fits = [p for p in fits if word in p.roles] or [p for p in fits if p is not _most_recent(fits, at)]
            if (recent := _most_recent(fits, at)) is not None:
                return recent
            later = [p for p in fits if _country_of(p) == country]  # never someone of no known country
            if later and country is not None:  # "China's ambassador to Britain …", named in full later
                return min(later, key=lambda p: p.mention[0])
        if definite and root.tag_ not in ("NNS", "NNPS") and (root.lower_ in acts.PERSON_NOUNS or
                                                               root.lower_ in ROLE_WORDS):
            # "the gallery founder", "the actor": the person last named with that role, and of the state the
            # description names ("the Russian ambassador" is not the American one named last)
            country = _owner_code(phrase)
            fits = [p for p in self.people if root.lower_ in p.roles
                    and (country is None or _country_of(p) in (country, None))]
            if (recent := _most_recent(fits, at)) is not None:
                return recent
        # "the actor", "the businessman", "the Florida senator": a description of someone already named
        if definite and root.tag_ not in ("NNS", "NNPS") and root.lower_ in DESCRIBED_PERSON \
                and not any(c.dep_ in ("prep", "relcl", "acl") for c in root.children) \
                and (person := self._in_focus(phrase, root, marks)) is not None:
            return person
        owner = next((c for c in root.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")), None)
        # "the spokesperson added", "The official, who asked not to be named, said": its words up to its head
        if definite and root.i - phrase.start < 3 and owner is None:  # "Patients' groups" are theirs, no group before
            earlier = [c for _, c in self.said if c.type == "nominal" and c.key.split()[-1] == lemma]
            if earlier:
                return earlier[-1]  # "a spokesperson for X said … the spokesperson added"
        if (publisher := _publisher(root)) is not None \
                and (author := self._cluster(self.doc[publisher.left_edge.i: publisher.i + 1])) is not None:
            return author  # "The report, published by Amnesty International on Monday, said": its publisher's
        if definite and lemma in ISSUED_DOCUMENTS and (author := self._author_of(root)) is not None:
            return author
        issuer = next((c for c in root.children if c.dep_ == "compound" and c.i == root.i - 1
                       and (c.pos_ == "PROPN" or c.lemma_.lower() in ISSUING_BODIES)), None)
        if lemma in ISSUED_DOCUMENTS and issuer is not None and (body := self._cluster(
                self.doc[issuer.left_edge.i: issuer.i + 1])) is not None:
            return body  # "Greek police arrested 12 people, a police statement said", "a Kremlin statement"
        # (a memo, a report or a letter is a document of its own, whoever it is from: gold/speakers/GUIDE.md)
        sender = next((o for p in root.children if p.dep_ == "prep" and p.lower_ == "from" for o in p.children
                       if o.dep_ == "pobj"), None) if lemma in STATEMENT_NOUNS else None
        if sender is not None and (body := self._cluster(self.doc[sender.left_edge.i: sender.i + 1])) is not None:
            return body  # "according to a statement from the chancellery": its issuer's words
        if lemma in ISSUED_DOCUMENTS | DELIVERED and (author := self._deliverer(root)) is not None:
            return author  # "according to a speech Mrs. Clinton delivered at New York University"
        if root.lemma_.lower() in acts.RECORDS or root.lower_ in acts.RECORDS:
            kept = self._kept_by(phrase, root)
            if kept is not None:
                return kept
        if definite and lemma in STATE_NOUNS and root.tag_ == "NN" and (state := self._state_before(phrase)) is not None:
            return state  # "Saudi Arabia cut output. The kingdom said …": the state last named
        if not definite and root.tag_ == "NNS" and root.is_title and (name := capitalised_name(root)) is not None \
                and (body := self._signature(name)) is not None and body.type == "organisation":
            return body  # "Doctors for Camp Closure, a group of physicians, said": a body's name, untagged
        if definite and root.tag_ == "NNS" and not own_names and (members := self._members_of(root, at)) is not None:
            return members  # "Mothers for Safe Streets marched … The mothers demanded": the body they make up
        if _never_speaks(root):
            return None  # "the talks", "the air quality", "the island": no one to resolve to
        return self._owned(phrase, root) or self._nominal(phrase, root)

    def _state_before(self, phrase: Span) -> Cluster | None:
        """The state named last before ``phrase`` (within ``NEAR``, no dateline), of the people its words name
        ("the Gulf kingdom" is any; "the Iraqi republic" only Iraq)."""
        at, country = phrase.start_char, _owner_code(phrase)
        named = [(s, c) for c in self.orgs.values() if c.type == "state" and not self._dateline(c)
                 and country in (None, c.country) for s, _, _ in c.mentions if 0 <= at - s < NEAR]
        return max(named, key=lambda m: m[0])[1] if named else None

    def _public_body_before(self, at: int) -> Cluster | None:
        """The organisation named last before ``at`` (within ``NEAR``) that is no company."""
        found = [(s, c) for c in self.orgs.values() if c.type == "organisation" and not _business(c)
                 for s, _, _ in c.mentions if 0 <= at - s < NEAR]
        return max(found, key=lambda f: f[0])[1] if found else None

    def _kind_before(self, root: Token) -> Cluster | None:
        """A body of no name described by its kind and its state in the sentence before or this one, as a
        nominal speaker of that description: "Russia's culture ministry", "the Hungarian interior ministry"."""
        doc = self.doc
        sentence = root.sent
        begin = doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
        for token in reversed(doc[begin: root.i]):
            if token.lower_ == root.lower_ and token.text.islower() and _of_a_state(token) \
                    and not any(t.pos_ == "PROPN" and t.ent_type_ not in ("GPE", "NORP")
                                for t in doc[token.left_edge.i: token.i]):
                return self._nominal(doc[token.left_edge.i: token.i + 1], token)
        return None

    def _of_age(self, years: str, at: int) -> Cluster | None:
        """"His recruit, Liam Foster, 23, … The 23-year-old said": the person last named before with that age."""
        if not years.isdigit():
            return None
        aged = [p for p in self.people if p.type == "person" and self._age(p) == float(years)]
        return _most_recent(aged, at)

    def _named_kind(self, lemma: str, at: int) -> Cluster | None:
        """The organisation named last before ``at`` (within ``NEAR``) whose name has the description's noun in
        it: "the agency" after "the International Energy Agency", "the party" after "the Labour Party"."""
        words = {lemma} | KIND_NAMES.get(lemma, set())  # "the force": a police force's name says "Police"
        found = [(s, c) for c in self.orgs.values() if c.type == "organisation"
                 for s, _, _ in c.mentions if 0 <= at - s < NEAR and (words & _name_words(c.name)
                                                                      or self._introduced_as(s, lemma))]
        found += [(s, c) for s, c in self.said if c.type == "organisation" and 0 <= at - s < NEAR
                  and (words & _name_words(c.name) or self._introduced_as(s, lemma))]
        return max(found, key=lambda f: f[0])[1] if found else None

    def _headed_by(self, lemma: str, at: int) -> bool:
        """An organisation named within ``NEAR`` before ``at`` has a name headed by the noun, whatever the noun:
        "The World Vaccine Partnership announced … The partnership said", "the census", "the collaborative"
        (not a person's noun: "the director" of "the Director's Office" is a person)."""
        if lemma in acts.PERSON_NOUNS or lemma in lexicon.SPOKESPEOPLE or lemma in TITLE_WORDS:
            return False
        # (a name of two to five words: a headline the tagger took for a body's name, "Suspect Named By Police",
        # is none)
        return any(c.type == "organisation" and 1 < len(c.name.split()) <= 5 and _name_head(c.name) == lemma
                   for c in self.orgs.values() for s, _, _ in c.mentions if 0 <= at - s < NEAR)

    def _document_subject_before(self, pronoun: Token) -> Cluster | None:
        """The document ("study", "report", "survey") that was the subject of the sentence before ``pronoun``'s,
        when no other subject came between, and no one is named as its author (then "it" is theirs)."""
        doc = self.doc
        sentence = pronoun.sent
        if sentence.start == 0 or any(t.dep_ in ("nsubj", "nsubjpass") for t in doc[sentence.start: pronoun.i]):
            return None
        previous = doc[sentence.start - 1].sent
        subjects = [t for t in previous if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"]
        if len(subjects) != 1 or subjects[0].pos_ != "NOUN" or subjects[0].lemma_.lower() not in acts.DOCUMENT_NOUNS:
            return None
        subject = subjects[0]
        if any(t.dep_ == "agent" for t in previous) or any(t.dep_ == "poss" or t.pos_ == "PROPN"
                                                          for t in subject.subtree):
            return None  # "The report was published by Amnesty International. It found": its publisher's, as before
        return self._cluster(doc[subject.left_edge.i: subject.i + 1])

    def _members_of(self, root: Token, at: int) -> Cluster | None:
        """The body named within ``NEAR`` before ``at`` whose name opens with the plural noun ("the mothers" of
        "Mothers for Safe Streets", "the doctors" of "Doctors Without Borders"), tagged or not, or that was
        introduced as a group of them ("Doctors for Camp Closure, a group of physicians, … The physicians")."""
        word = root.lower_
        named = [(s, c) for c in self.orgs.values() if c.type == "organisation" and len(c.name.split()) > 1
                 for s, e in {(s, e) for s, e, _ in c.mentions} | {c.mention} if 0 <= at - s < NEAR
                 and (c.name.split()[0].lower() == word or _members_apposed(self.text[e: e + 80], word))]
        known = max(named, key=lambda m: m[0])[1] if named else None
        untagged = self._untagged_body(root, known, member=word)
        if untagged is not None and untagged.name.split()[0].lower() == word:
            return untagged
        return known

    def _untagged_body(self, root: Token, known: Cluster | None, member: str | None = None) -> Cluster | None:
        """The body an untagged capitalised name before ``root`` names (:func:`untagged_name_before`), when it
        came after the last mention of ``known`` (the organisation otherwise meant); never a person."""
        name = untagged_name_before(root, member)
        if name is None or known is not None and known.last_before(root.idx) >= name.start_char:
            return None
        body = self._signature(name)
        return body if body is not None and body.type in ("organisation", "nominal") else None

    def _introduced_as(self, start: int, lemma: str) -> bool:
        """The mention at ``start`` was introduced by its kind: "research firm Canalys", "Canalys, a research
        firm," (so "the firm" said later is Canalys, not a company named since inside what was said)."""
        span = self.doc.char_span(start, start + 1, alignment_mode="expand")
        if span is None or not len(span):
            return False
        first = span[0]
        before = self.doc[first.i - 1] if first.i > 0 else None
        head = first
        while head.dep_ in ("compound", "flat") and head.head.i != head.i:
            head = head.head
        kinds = [t for t in [before, *self.doc[first.i: head.i]] if t is not None and t.pos_ == "NOUN"]
        return any(t.lemma_.lower() == lemma for t in kinds) \
            or any(c.dep_ == "appos" and c.lemma_.lower() == lemma for c in head.children)

    def _kept_by(self, phrase: Span, root: Token) -> Cluster | None:
        """"according to preliminary results published by the Central Electoral Commission": records are their
        publisher's word; "according to FDA records" stays those records, a document that speaks."""
        publisher = next((a for c in root.children if c.dep_ == "acl" for p in c.children if p.dep_ == "agent"
                          for a in p.children if a.dep_ == "pobj"), None)
        if publisher is not None:
            found = self._cluster(self.doc[publisher.left_edge.i: publisher.i + 1])
            if found is not None:
                return found
        if any(c.dep_ in ("compound", "poss") and (c.pos_ == "PROPN" or c.ent_type_ == "ORG") for c in root.children):
            return self._nominal(self.doc[phrase.start: root.i + 1], root, plural=False)
        return None

    def _owned(self, phrase: Span, root: Token) -> Cluster | None:
        """"his campaign", "her advisers", "Mr. Sanders's aides": a description owned by whom a possessive
        pronoun refers to, or by a person the article names, is named with the owner's full name ("Bernie
        Sanders's aides"), a speaker a reader can place; None when the owner is no one."""
        possessive = next((c for c in root.children if c.dep_ == "poss" and phrase.start <= c.i < root.i), None)
        if possessive is None:
            return None
        if possessive.lower_ in OWNER_PRONOUNS:
            owner = self._reported_person(possessive, root) or self._pronoun(possessive, record=False)
        elif possessive.pos_ == "PROPN":
            owner = self._person_at(possessive)
        else:
            return None
        if owner is None:
            return None
        represented = CLIENT_OF.fullmatch(owner.name) if root.lemma_.lower() == "client" else None
        if represented is not None:  # "Hoff's lawyer said his client denies the charges": Hoff
            client = next((p for p in self.people if p.name == represented.group(1)), None)
            if client is not None:
                return client
        relative = self._relative_named(owner, root)
        if relative is not None:
            return relative
        after = max(t.i for t in possessive.subtree) + 1  # past "his", or past "Mr. Sanders's"
        rest = self.doc[after: root.i + 1].text  # the description up to its head ("campaign manager")
        nominal = self._nominal(phrase, root, name=f"{owner.name}'s {rest}")
        nominal.country = nominal.country or owner.country
        return nominal

    def _reported_person(self, possessive: Token, root: Token) -> Cluster | None:
        """"Minister Lindiwe Khumalo will meet both parties, her spokesperson said": the person the words just
        reported are about, of the pronoun's gender, owns the reporter, not whoever spoke before."""
        if root.dep_ != "nsubj" or root.head.lemma_.lower() not in lexicon.VERBS:
            return None
        subject = _reported_subject(root, ("nsubj", "nsubjpass"))
        if subject is None or subject.ent_type_ != "PERSON":
            return None
        person = self._person_at(subject)
        gender = PRONOUN_GENDER.get(possessive.lower_)
        if person is None or gender is None or person.gender not in (None, gender):
            return None
        return person

    def _relative_named(self, owner: Cluster, root: Token) -> Cluster | None:
        """"Kaylee Whitfield … Her father says": the one other person of the family name the article names, of a
        fitting gender, is the relative ("Dale Whitfield"); none or several, and the relative stays a description."""
        if owner.type != "person" or root.lower_ not in KIN or root.tag_ in ("NNS", "NNPS"):
            return None
        family = owner.name.split()[-1]
        gender = GENDER_WORDS.get(root.lower_)
        kin = [p for p in self.people if p is not owner and p.type == "person" and len(p.name.split()) > 1
               and p.name.split()[-1] == family and p.gender in (None, gender)]
        return kin[0] if len(kin) == 1 else None

    def _in_focus(self, phrase: Span, root: Token, marks: set[str]) -> Cluster | None:
        """The person a definite description refers back to: of the people named before it (outside
        quotations, of a fitting gender), one named next to the description's own words ("billionaire
        Donald Trump" for "the billionaire"), else the latest subject of an earlier sentence."""
        at = phrase.start_char
        gender = GENDER_WORDS.get(root.lower_)
        quoted = self._quoted()
        sentence = root.sent.start_char
        # "“Bukayo has a small problem,” the Spaniard said": no one names himself in what he says
        reported = " ".join(self.text[a:b] for a, b in quoted if sentence <= a and b <= at).lower()
        said_of = set(re.findall(r"\w+", reported))
        people = [p for p in self.people if (gender is None or p.gender in (None, gender))
                  and not (said_of and set(p.name.lower().split()) & said_of)]
        words = marks | {root.lower_}
        near = [(s, p) for p in people for s, e, _ in p.mentions
                if s < at and not _inside(s, quoted) and words & self._context(s, e)]
        if near:
            return max(near, key=lambda m: m[0])[1]
        subjects = [(s, p) for p in people for s, _, subject in p.mentions
                    if subject and s < sentence and 0 <= at - s < NEAR and not _inside(s, quoted)]
        # of those, one who spoke before the one who was spoken of ("Arteta said Saka would miss the game. …,
        # the Spaniard said")
        speakers = {id(c) for _, c in self.said}
        return max(subjects, key=lambda m: (id(m[1]) in speakers, m[0]))[1] if subjects else None

    def _context(self, start: int, end: int) -> set[str]:
        """The lower-case words within four tokens of a mention (its describing words: "Texas Sen.", "the
        billionaire real estate mogul Donald Trump")."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return set()
        return {t.lower_ for t in self.doc[max(0, span.start - 4): min(len(self.doc), span.end + 4)]
                if not (span.start <= t.i < span.end)}

    def _nominal(self, phrase: Span, root: Token, plural: bool | None = None, name: str | None = None) -> Cluster:
        """The phrase as a nominal speaker (named ``name`` when given), the same cluster each time the same
        words recur."""
        phrase = _before_relative(phrase, root)  # "A neighbour, who did not want to be named,": the noun names
        if len(phrase) > 1 and phrase[-1].tag_ == "POS":
            phrase = phrase[:-1]  # "the defence's argument that …": the defence argues
        generic = generic_actor(phrase)
        given = _given_name(phrase, root) if name is None else None
        name = name or (given.text if given is not None else generic.name)
        key = name.lower()
        cluster = self.nominals.get(key)
        if cluster is None:
            gender = GENDER_WORDS.get(root.lower_) or (first_names().get(given.lower_) if given is not None else None)
            cluster = self.nominals[key] = Cluster(
                f"{key} {root.lemma_.lower()}", name, "nominal", gender=gender,
                country=generic.country, sector=generic.sector,
                plural=(generic.type == "group" or acts.counted_people(root)) if plural is None else plural,
                mention=(phrase.start_char, phrase.end_char))  # "a number of analysts": they, never "he"
        return cluster

    def _partitive(self, phrase: Span, root: Token) -> Cluster | None:
        """"One of them said", "one of the women said": one of a group, a nominal speaker of its own named after
        the group ("one of the two people familiar with the matter"); "them" is the group last quoted."""
        if root.lower_ not in PARTITIVES or any(t.ent_type_ == "PERSON" for t in phrase):
            return None  # "one of the family's attorneys, Justin Bamberg,": the name says who
        whole = next((o for p in root.children if p.dep_ == "prep" and p.lower_ == "of"
                      for o in p.children if o.dep_ == "pobj"), None)
        if whole is None:
            return None
        if whole.lower_ in ("them", "those"):
            groups = [c for s, c in self.said if c.plural and 0 <= phrase.start_char - s < NEAR]
            if not groups:
                return None
            group = groups[-1].name if groups[-1].type != "nominal" else groups[-1].name[:1].lower() + groups[-1].name[1:]
            whose = groups[-1]
            if not group.lower().startswith(("the ", "these ", "those ")):
                group = "the " + group.removeprefix("The ")  # "one of them": one of the officials quoted before
        else:
            group = self.doc[whole.left_edge.i: whole.right_edge.i + 1].text
            # "Two Turkish officials said … One of the officials said": of the group quoted before, and its state
            whose = next((c for s, c in reversed(self.said) if c.plural and 0 <= phrase.start_char - s < NEAR
                          and c.key.split()[-1] == whole.lemma_.lower()), None) \
                if any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in whole.children) else None
        cluster = self._nominal(phrase, root, plural=root.lower_ != "one", name=f"{root.lower_} of {group}")
        if cluster.country is None and whose is not None:
            cluster.country = whose.country
        return cluster

    def _another(self, phrase: Span, root: Token) -> Cluster | None:
        """"One diplomat said the talks had stalled. Another said …": another of what the last "one …" was, of
        the same state ("another diplomat")."""
        if root.lower_ != "another" or len(phrase) != 1:
            return None
        one = next((c for s, c in reversed(self.said) if c.type == "nominal" and not c.plural
                    and c.name.lower().startswith("one ") and 0 <= phrase.start_char - s < NEAR), None)
        if one is None:
            return None
        cluster = self._nominal(phrase, root, plural=False, name=f"another {one.key.split()[-1]}")  # its head word
        cluster.country = cluster.country or one.country
        return cluster

    def _joint(self, phrase: Span, root: Token) -> Cluster | None:
        """"The OECD and the IMF warned", "Norway and Denmark protested": names joined
        by "and" speak together; the speaker is the whole phrase, as a group, not its first name."""
        names = [root] + [c for c in root.conjuncts if phrase.start <= c.i < phrase.end]  # "A, B and C" too
        if len(names) < 2 or not any(c.lower_ == "and" and c.dep_ == "cc" for n in names for c in n.children):
            return None
        named = [n for n in names if n.pos_ == "PROPN" and n.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")]
        # "Hansen and his collaborators", "the company and its partners": a name with the people around it
        around = [n for n in names if n.pos_ == "NOUN" and n.tag_ == "NNS"
                  and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in n.children)]
        if not named or len(named) + len(around) < len(names):
            return None
        # people the article has named are named in full ("Both Cruz and Fiorina": "Ted Cruz and Carly Fiorina")
        ordered = sorted(names, key=lambda n: n.i)
        people = [self._person_at(n) if n in named else n for n in ordered]
        joined = None
        if all(p is not None for p in people) and len({id(p) for p in people}) == len(people):
            full = [p.name if isinstance(p, Cluster) else _phrase_text(p) for p in people if p is not None]
            joined = ", ".join(full[:-1]) + " and " + full[-1]
        return self._nominal(phrase, root, plural=True, name=joined)

    def _minister_s_ministry(self, phrase: Span, root: Token) -> Cluster | None:
        """"the ministry" when no body was named and the last person named with a state before it is a minister:
        that state's ministry of the minister's portfolio ("Russian defence ministry")."""
        at = phrase.start_char
        if self._named_kind("ministry", at) is not None:
            return None
        people = [(last, p) for p in self.people if p.country and 0 <= at - (last := p.last_before(at)) < NEAR]
        if not people:
            return None
        _, person = max(people, key=lambda item: item[0])
        words = (person.title or "").lower().replace("-", " ").split()
        if "minister" not in words or words.index("minister") == 0:
            return None
        portfolio = " ".join(words[:words.index("minister")])
        state = actor_of_state(person.country, "GOV").name.removesuffix(" government")  # "Russian"
        cluster = self._nominal(phrase, root, name=f"{state} {portfolio} ministry")
        cluster.country, cluster.sector = person.country, "GOV"
        return cluster

    def _last_pair(self, before: int) -> Cluster | None:
        """The last two (or more) names joined by "and" within reach before token ``before``, as one speaker."""
        doc = self.doc
        for token in reversed(doc[max(0, before - 120): before]):
            if token.dep_ == "conj" and token.pos_ == "PROPN" and token.head.pos_ == "PROPN" \
                    and token.ent_type_ in ("PERSON", "ORG") and token.head.ent_type_ in ("PERSON", "ORG"):
                first = token.head
                return self._joint(doc[first.left_edge.i: token.i + 1], first)
        return None

    def _person_at(self, head: Token) -> Cluster | None:
        """The person a proper name ending at ``head`` mentions ("Mr. Sanders": Bernie Sanders), if any."""
        found = (self._by_char.get(t.idx) for t in reversed(_name_tokens(head)))
        return next((c for c in found if c is not None and c.type == "person"), None)

    def _official(self, phrase: Span, root: Token) -> Cluster | None:
        """"The United Nations High Commissioner for Refugees said": a title at the head of a proper
        phrase names the official, not the organisation in front of it; unnamed, the official stays a
        nominal speaker."""
        if root.pos_ != "PROPN" or root.lower_ not in TITLE_WORDS or root.lower_ in HONORIFICS:
            return None
        if any(self._by_char.get(t.idx) is not None and self._by_char[t.idx].type == "person" for t in phrase):
            return None  # "Secretary of State Mike Pompeo"
        if not any(c.dep_ == "prep" for c in root.children) and not any(
                t.ent_type_ == "ORG" for t in _name_tokens(root)[:-1]):
            return None
        return self._nominal(phrase, root, plural=False)

    def _deliverer(self, noun: Token) -> Cluster | None:
        """Who gave the speech or wrote the letter, by the relative clause on it ("a speech Mrs. Clinton
        delivered"), or, for a statement issued, by "from" or "by" ("A statement from the Ministry of Health read",
        "The statement, issued by the ministry, says"): a person or organisation."""
        authors = [c for c in noun.children if c.dep_ == "relcl"]
        subjects = [next((c for c in clause.children if c.dep_ == "nsubj"), None) for clause in authors]
        if noun.lemma_.lower() in STATEMENTS:  # a memo, a letter or an email from someone is a document of its own
            subjects += [o for p in noun.children if p.dep_ == "prep" and p.lower_ in ("from", "by")
                         for o in p.children if o.dep_ == "pobj"]
            subjects += [o for clause in noun.children if clause.dep_ == "acl" and clause.tag_ == "VBN"
                         and clause.lemma_.lower() in ISSUING | {"author", "draft"}  # not "emails combed through by Vox"
                         for a in clause.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
        for subject in subjects:
            if subject is None or subject.lower_ in RELATIVES or subject.pos_ == "PRON":
                continue
            cluster = self._cluster(self.doc[subject.left_edge.i: subject.i + 1])
            if cluster is not None and cluster.type in ("person", "organisation", "state"):
                return cluster
        return None

    def _pronoun(self, pronoun: Token, record: bool = True) -> Cluster | None:
        """"Ernesto Fuentes left his son a letter. “…,” it reads.": "it" reading out words is the document the
        sentence before named, and so its writer; else as for any pronoun (:meth:`Referents._pronoun`)."""
        if pronoun.lower_ == "it" and pronoun.dep_ == "nsubj" and pronoun.head.lemma_.lower() in ("read", "say"):
            writer = self._document_writer(pronoun)
            if writer is not None:
                return writer
        described = self._described_subject(pronoun)
        if described is not None:
            return described
        clause = pronoun.head
        if pronoun.dep_ == "nsubj" and clause.dep_ == "relcl" and clause.head.head.pos_ in ("VERB", "AUX"):
            # "Russia criticised the European Union, which it accused of meddling": the subject of a clause on a
            # noun is not that noun; it is the one acting on the noun
            subject = next((c for c in clause.head.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None and subject.i < clause.head.i:
                return self._cluster(self.doc[subject.left_edge.i: subject.right_edge.i + 1])
        reporter = self._reporting_itself(pronoun)
        if reporter is not None:
            return reporter
        found = super()._pronoun(pronoun, record)
        if found is None and pronoun.lower_ == "they":
            return self._people_before(pronoun)
        return found

    def _reporting_itself(self, pronoun: Token) -> Cluster | None:
        """"Halvorsen Shipping said in a statement that it regretted the action": "it", the subject of what an
        organisation reports, is that organisation, whoever was quoted before."""
        clause = pronoun.head
        if pronoun.lower_ != "it" or pronoun.dep_ != "nsubj" or clause.dep_ != "ccomp" \
                or clause.head.lemma_.lower() not in lexicon.SPEECH or clause.head.i > pronoun.i:
            return None
        subject = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ != "PROPN":
            return None
        reporter = self._by_char.get(subject.left_edge.idx) or self._by_char.get(subject.idx)
        return reporter if reporter is not None and reporter.type == "organisation" else None

    def _people_before(self, pronoun: Token) -> Cluster | None:
        """"Researchers at Stanford have developed a cheap test. It costs less than $1, they said": with no group
        quoted before, "they" are the people the sentence before was about (its subject, a plural person noun)."""
        sent = pronoun.sent
        if sent.start == 0:
            return None
        before = self.doc[sent.start - 1].sent
        subject = next((t for t in before if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"
                        and t.tag_ == "NNS" and t.lemma_.lower() in acts.PERSON_NOUNS), None)
        if subject is None or any(t.ent_type_ == "PERSON" for t in sent if t.i < pronoun.i):
            return None
        return self._nominal(self.doc[subject.left_edge.i: subject.right_edge.i + 1], subject, plural=True)

    def _described_subject(self, pronoun: Token) -> Cluster | None:
        """"Norwich boss Stuart McLeish said … The Leeds manager laughed. “…,” he said": a person described as the
        subject of the sentence before ("the Leeds manager", "the 61-year-old", "the prosecutor"), named by no one
        since, is whom "he" or "she" continues."""
        gender = PRONOUN_GENDER.get(pronoun.lower_)
        sentence = pronoun.sent
        if gender is None or sentence.start == 0:
            return None
        before = self.doc[sentence.start - 1].sent
        if before.root.lemma_.lower() in lexicon.VERBS:
            return None  # a speaker there is one already, and the rules read it
        ages = lexicon.age_words(before[:6])
        if ages and before[0].lower_ == "the" and min(ages) == before.start + 1:
            # "The 61-year-old laughed.", whatever the parse made of it
            phrase = self.doc[before.start: max(ages) + 1]
            person = self._of_age(self.doc[min(ages)].text, phrase.start_char)
        else:
            subjects = [t for t in before if t.dep_ == "nsubj" and t.tag_ == "NN" and t.head.i == before.root.i
                        and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)
                        and (t.lower_ in TITLE_WORDS or t.lower_ in acts.PERSON_NOUNS)]
            if len(subjects) != 1:
                return None
            phrase = self.doc[subjects[0].left_edge.i: subjects[0].i + 1]
            person = self._described_rule(phrase, subjects[0])
        if person is None or person not in self.people or person.gender not in (None, gender):
            return None
        named_since = any(phrase.end_char <= s < pronoun.idx for p in self.people for s, _, _ in p.mentions)
        return None if named_since else person

    def _document_writer(self, pronoun: Token) -> Cluster | None:
        """Who wrote, sent or left the document named last in the sentence before ``pronoun``'s, if anyone."""
        sentence = pronoun.sent
        if sentence.start == 0:
            return None
        before = self.doc[sentence.start - 1].sent
        documents = [t for t in before if t.lemma_.lower() in ISSUED_DOCUMENTS | {"note", "card", "sign"}]
        return next((issuer for noun in reversed(documents) if (issuer := self._issuer(noun)) is not None), None)

    def _issuer(self, document: Token) -> Cluster | None:
        """Who sent, wrote, issued or left a document named as the object of that act ("Mayor Lena Ortiz sent a
        letter"; the whole subject, its apposition too: "his father, Gordon Bilodeau, wrote him a letter"; "the group
        presented a letter signed by 45 families")."""
        if document.dep_ not in ("dobj", "oprd") or document.head.lemma_.lower() not in ISSUING | HANDED:
            return None
        subject = next((c for c in document.head.children if c.dep_ == "nsubj"), None)
        cluster = self._cluster(_phrase(subject)) if subject is not None else None
        return cluster if cluster is not None and cluster.type in ("person", "organisation", "state") else None

    def _author_of(self, noun: Token) -> Cluster | None:
        """"The air force said in a statement … / “…,” the statement said": a definite document noun
        refers to the one its speaker was last said to have issued (within ``NEAR``); its speaker speaks."""
        doc = self.doc
        lemma = noun.lemma_.lower()
        for i in range(noun.i - 1, -1, -1):
            earlier = doc[i]
            if noun.idx - earlier.idx > NEAR:
                return None
            if earlier.lemma_.lower() != lemma:
                continue
            if (issuer := self._issuer(earlier)) is not None:
                return issuer  # "Mayor Lena Ortiz sent a letter to residents. … the letter says": who sent it
            if earlier.dep_ != "pobj" or earlier.head.dep_ != "prep":
                continue
            verb = earlier.head.head
            sentence = verb.sent
            spoke = [c for s, c in self.said if sentence.start_char <= s < sentence.end_char]
            if spoke:
                return spoke[-1]
        return None

    def actor_list(self) -> list[Actor]:
        """Every speaker-capable entity the article names, and the nominal speakers, once each."""
        found: dict[str, Actor] = {}
        for cluster in [*self.people, *self.orgs.values(), *(c for _, c in self.said)]:
            actor = cluster.actor()
            found.setdefault(actor.id, actor)
        return list(found.values())


# --- names ---------------------------------------------------------------------------------------------------


def _described_body(root: Token) -> Token | None:
    """The body a spokesperson's "for" or "of" describes by its kind alone ("a spokesman for the group", "for the
    ethnic armed group", "of the department"), never by name; None otherwise."""
    body = _spoken_for_object(root)
    if body is None or body.pos_ != "NOUN" or body.tag_ != "NN" or body.lemma_.lower() not in ORG_NOUNS \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in body.children) \
            or any(c.pos_ == "PROPN" or c.ent_type_ for c in body.subtree if c.i != body.i):
        return None
    return body


def _spoken_for_object(root: Token) -> Token | None:
    """The object of a spokesperson's first "for" or "of" ("a spokesman for the IOPC", "for the group")."""
    return next((o for p in root.children if p.dep_ == "prep" and p.lower_ in ("for", "of") for o in p.children
                 if o.dep_ == "pobj"), None)


def _known_title(person: Cluster) -> str | None:
    """The office the dictionary gives a person ("Prime Minister" for Keir Starmer), as on the article's date."""
    known = builtin().lookup(person.name)
    return known.title if known is not None and known.type == "person" else None


# The words a title of office alone is made of.
_OFFICE_ONLY = frozenset(TITLE_WORDS | offices.OFFICE_WORDS | OFFICE_MODIFIERS)


def _names_no_body(title: str | None) -> bool:
    """Whether a person's title is office words alone ("Administrator", "chief executive"), naming no body."""
    return all(w.lower() in _OFFICE_ONLY for w in (title or "").split())


def _role_before(text: str, at: int) -> set[str]:
    """The capitalised words right before a name ("Unification Minister" Kim Sung-hoon), lower-cased."""
    words: set[str] = set()
    for word in reversed(text[max(0, at - 80):at].split()):
        if not (word.isalpha() and word[:1].isupper()):
            break
        words.add(word.lower())
    return words


# Styles of address that stand for a ruler or a cleric with "His"/"Her" ("His Highness", "Her Majesty").
STYLES = frozenset({"highness", "majesty", "excellency", "holiness", "eminence", "beatitude", "grace"})


# A source kept anonymous where it is described: whoever is named after it is someone else.
UNNAMED = re.compile(r"\b(?:declined|asked|refused|wished|requested|wanting|asking|declining)\s+(?:not\s+)?to\s+be\s+"
                     r"(?:identified|named)|\b(?:condition|promise|grant(?:ed)?)\s+of\s+anonymity|\brequested\s+anonymity|"
                     r"\bnot\s+authori[sz]ed\s+to\s+(?:speak|comment|discuss)|\bon\s+background\b")
# Title words that only qualify an office ("former President", "Foreign Minister"), never one alone.
OFFICE_QUALIFIERS = frozenset({"former", "vice", "state", "presidential", "foreign", "defence", "defense", "interior",
                               "finance", "prime"})
# How far after a description of an office its holder may be named for the first time and be whom it meant.
NAMED_AFTER = 800
# A body or a description right after a name: "Thet Naing of the AAPP", "Ana Ruiz, a nurse".
AFFILIATED = re.compile(r"\s+(?:of|from|at|with)\s+(?:the\s+)?[A-Z]|,\s+(?:a|an|the)\s")


def _office_elsewhere(bodies: set[str], person: Cluster, text: str) -> bool:
    """Whether a person's apposition gives them an office of another body than the ``bodies`` a description names
    ("a police spokesman … Ahmad Yani, a spokesman for the rebel group,")."""
    first = min(person.mentions)
    found = re.match(r",\s+((?:a|an|the)\s[^,.]{1,80})[,.]", text[first[1]:])
    words = set(found.group(1).lower().split()) if found is not None else set()
    return bool(bodies) and bool({"for", "of"} & words) and not bodies <= set((person.title or "").lower().split()) | words


def _publisher(document: Token) -> Token | None:
    """Who a document's participle says published it: "the poll, conducted by Gallup", "a study released by the
    WHO", "details of the ceremony released by members of the movement"; None for anything else."""
    if document.lemma_.lower() not in ISSUED_DOCUMENTS | acts.RECORDS | {"study", "poll", "survey", "paper", "report",
                                                                          "analysis", "review", "audit", "assessment",
                                                                          "estimate", "finding"}:
        return None
    # (or on what it is of, where the parser hangs it: "details of the ceremony released by …")
    of = [o for p in document.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    for participle in (c for n in [document, *of] for c in n.children if c.dep_ == "acl" and c.tag_ == "VBN"
                       and c.lemma_.lower() in PUBLISHING):
        for agent in (c for c in participle.children if c.dep_ == "agent"):
            return next((c for c in agent.children if c.dep_ == "pobj"), None)
    return None


# How a document comes from whoever made it public.
PUBLISHING = frozenset({"publish", "release", "conduct", "issue", "commission", "prepare", "compile", "produce",
                        "carry", "write", "author", "draft"})


def _country_of(cluster: Cluster) -> str | None:
    """A cluster's country, or for a person the article gives none, the one the actor dictionary knows."""
    if cluster.country or cluster.type != "person":
        return cluster.country
    known = builtin().lookup(cluster.name)
    return known.country if known is not None and known.type == "person" else None


def _owner_code(phrase: Span) -> str | None:
    """Whose a description says it is: "the Iraqi president" (IRQ), "the U.S. Treasury secretary" (USA), "the EU
    trade chief" (IGO); None when it names no state or international body."""
    for ent in phrase.ents:  # "Sri Lanka's president": a name of several words first, whatever the tagger made it
        if phrase.root.i not in range(ent.start, ent.end) and (code := country_code(re.sub(r"(’s|'s)$", "", ent.text))):
            return code
    for token in phrase:
        if token.i == phrase.root.i or not (token.ent_type_ in ("NORP", "GPE", "ORG") or token.pos_ == "PROPN"):
            continue
        if code := token_country(token):
            return code
        known = builtin().lookup(token.text) if token.is_upper and len(token) > 1 else None
        if known is not None and known.country == "IGO":
            return "IGO"
    return None


def _named_otherwise(phrase: Span, root: Token, chosen: Cluster) -> bool:
    """"Qatar's foreign ministry said … The Taliban foreign ministry described": a description whose own name
    (a body's, a people's) the earlier speaker's name does not hold is someone else."""
    for token in phrase:
        if token.i == root.i:
            continue
        code = token_country(token)
        if code is not None and chosen.country and code != chosen.country \
                or code is None and token.ent_type_ == "ORG" and token.lower_ not in chosen.name.lower():
            return True  # (a party's or a US state's word, "the Republican nominee", "the California congressman",
            # says nothing against the one named before)
    return False


def _other_portfolio(marks: set[str], person: Cluster) -> bool:
    """"The finance minister" after "Prime Minister Pedro Sanchez", "the health secretary" after Keir Starmer: a
    description naming a ministry the person's title does not name is someone else."""
    named = marks & PORTFOLIOS
    return bool(named) and person.type == "person" and not named & set((person.title or "").lower().split())


def _business(cluster: Cluster) -> bool:
    """A company or a news outlet, by the dictionary: what "the agency", "the ministry" or "the regulator" never
    means ("…, CCTV reported. The regulator said": not CCTV)."""
    known = builtin().lookup(cluster.name)
    return known is not None and known.sector in ("BUS", "MED")


def _campaigning(root: Token, cluster: Cluster) -> bool:
    """"Amnesty International said … The rights group said", "the medical charity" after Doctors Without Borders: a
    description of the kind of cause a non-governmental organisation the dictionary knows works for."""
    known = builtin().lookup(cluster.name)
    kinds = {c.lower_ for c in root.children if c.dep_ in ("compound", "amod")}
    return known is not None and known.country == "NGO" and bool(kinds) and kinds <= NGO_KINDS


# What a non-governmental organisation is described by: "the rights group", "the aid agency", "the medical charity".
NGO_KINDS = frozenset({"rights", "humanitarian", "medical", "aid", "relief", "advocacy", "charity", "campaign",
                       "environmental", "conservation", "anti-corruption", "watchdog", "freedom", "international",
                       "global", "non-profit", "nonprofit", "monitoring", "refugee", "development"})


# Nouns for public bodies, never a company.
PUBLIC_BODIES = frozenset({"agency", "ministry", "regulator", "authority", "commission", "department", "watchdog"})


def _other_office(phrase: Span, person: Cluster) -> bool:
    """"The prime minister" after "President Luiz Barbosa", "the vice president" after "President Ruto", "the
    investigating officer" after "opposition leader Usman Qureshi": a description naming an office or a post the
    person's known title names otherwise is someone else."""
    said, held = _offices(phrase.text), _offices(person.title or "")
    if said and held:
        return not said & held
    word = phrase.root.lower_
    title = (person.title or "").lower()
    return word in POSTS and bool(title) and title not in HONORIFICS and not _title_fits(person.title, word) \
        and word not in person.roles


def _offices(words: str) -> set[str]:
    """The offices a title or description names, "prime minister" and "vice president" apart from their heads."""
    lowered = [TITLE_ABBREVIATIONS.get(w, w) for w in words.lower().replace("-", " ").split()]
    found = set()
    for i, word in enumerate(lowered):
        if word in OFFICES:
            before = lowered[i - 1] if i else ""
            found.add(f"{before} {word}" if before in ("prime", "vice", "deputy") else SAME_OFFICE.get(word, word))
    return found


# Offices told apart by their names (a minister's portfolio is told by PORTFOLIOS).
OFFICES = frozenset({"president", "minister", "premier", "chancellor", "senator", "governor", "mayor", "king",
                     "queen", "ambassador", "congressman", "congresswoman", "representative", "judge"})
# Posts a description names that no other title means: "the investigating officer" is no opposition leader.
POSTS = frozenset({"officer", "spokesman", "spokeswoman", "spokesperson", "prosecutor", "judge", "lawyer", "attorney",
                   "detective", "inspector", "coroner", "magistrate", "sheriff", "coach", "professor", "editor"})
SAME_OFFICE = {"premier": "prime minister", "congressman": "representative", "congresswoman": "representative"}

# Titles of an office written before a name, not part of it as "Mr." or "King" are.
OFFICE_TITLES = frozenset(TITLE_WORDS - NAME_TITLES)
# The ministries a minister's or secretary's title names.
PORTFOLIOS = frozenset({"finance", "health", "defence", "defense", "foreign", "interior", "justice", "economy",
                        "education", "trade", "energy", "transport", "labour", "labor", "agriculture", "environment",
                        "home", "culture", "treasury", "immigration", "housing", "communications", "tourism"})


def _marks(phrase: Span, root: Token) -> set[str]:
    """The describing words of a description ("Texas" and "longtime" in "the longtime Texas senator")."""
    return {t.lower_ for t in phrase if t.i != root.i and t.dep_ in ("amod", "compound", "nmod", "npadvmod")
            and t.is_alpha and not t.is_stop}


def _never_speaks(root: Token) -> bool:
    """A common noun that names a thing, a place, a date or a product and nothing that can speak."""
    lemma, word = root.lemma_.lower(), root.lower_
    speaking = acts.PERSON_NOUNS | acts.GROUP_NOUNS | acts.ORGANISATION_NOUNS | acts.DOCUMENT_NOUNS | ORG_NOUNS
    never = acts.THING_NOUNS | acts.PLACE_NOUNS | acts.DATE_NOUNS | acts.PRODUCT_NOUNS
    if lemma in acts.RUN_BODIES and root.dep_ == "nsubj" and root.head.lemma_.lower() in acts.SPEAKER_VERBS_ONLY:
        return False  # "the polio programme said": its staff speak
    if lemma in acts.QUANTITY_NOUNS and acts.counted_people(root):
        return False  # "a number of analysts say": the analysts
    return (lemma in never or word in never) and lemma not in speaking and word not in speaking \
        and lemma not in acts.GOVERNED_PLACES


def _phrase_text(head: Token) -> str:
    """A noun with its modifiers before it, as written ("his collaborators")."""
    doc = head.doc
    return doc[head.left_edge.i: head.i + 1].text


def _seat(phrase: Span) -> str | None:
    """The state of the place "in" which the phrase's body sits ("the Foreign Ministry in Vienna": AUT)."""
    return next((country_code(o.text) if is_metonym(o.text) else place_code(o.text) for p in phrase.root.children
                 if p.dep_ == "prep" and p.lower_ == "in" for o in p.children
                 if o.dep_ == "pobj" and o.ent_type_ == "GPE"), None)


def _name_tokens(head: Token) -> list[Token]:
    """A proper name around its head token: the run of capitalised compound tokens ending in it."""
    doc = head.doc
    start = head.i
    while start > 0:
        before = doc[start - 1]
        if before.pos_ == "PROPN" and start <= before.head.i <= head.i:
            start -= 1  # "Human Rights Watch": "Human" hangs on "Rights", which hangs on the head
        elif before.text == "-" and start > 1 and not before.whitespace_ and not doc[start - 2].whitespace_ \
                and doc[start - 2].pos_ == "PROPN":
            start -= 2  # "Feldt-Oyelaran", "Thompson-Reid": a hyphenated surname is one name
        else:
            break
    return [doc[i] for i in range(start, head.i + 1)]


def _namer(pronoun: Token) -> Token | None:
    """"Estonia summoned the Russian ambassador over what it called provocative activities": the pronoun naming
    something in a "what" clause is the subject of the clause that clause hangs in (a name or a noun)."""
    verb = pronoun.head
    if pronoun.dep_ != "nsubj" or verb.lemma_.lower() not in lexicon.NAMING or not any(c.lower_ == "what" for c in verb.children):
        return None
    personal = pronoun.lower_ in ("he", "she")  # (a person names so: not "Washington" in "Rubio said Washington would
    for above in verb.ancestors:              # respond to what he called a witch hunt", but the one who said it)
        subject = next((c for c in above.children if c.dep_ == "nsubj"), None)
        if above.pos_ in ("VERB", "AUX") and subject is not None:
            if personal and subject.ent_type_ in ("GPE", "ORG", "NORP"):
                continue
            return subject if subject.pos_ in ("PROPN", "NOUN") else None
    return None


def _reported_subject(root: Token, deps: tuple[str, ...]) -> Token | None:
    """The subject of the words a reporting clause follows: "Spain's rescue service saved 212 people, the agency
    said" (``root`` the reporter, "agency")."""
    clause = next((c for c in root.head.children if c.dep_ == "ccomp" and c.i < root.i), None)
    return next((c for c in clause.children if c.dep_ in deps), None) if clause is not None else None


def _of_a_state(noun: Token) -> bool:
    """A noun its state's name or people qualifies: "Russia's culture ministry", "the Hungarian interior ministry"."""
    return any(c.dep_ == "poss" and c.ent_type_ == "GPE" or c.dep_ == "amod" and c.ent_type_ == "NORP"
               for c in noun.children)


def _of_tail(head: Token) -> int:
    """The last word of a body's name that goes on with "of" ("the Galway Chamber of Commerce"): its "of" and the
    capitalised name after it, else the head itself."""
    doc = head.doc
    of = doc[head.i + 1] if head.i + 1 < len(doc) else None
    if of is None or of.lower_ != "of" or of.head.i != head.i:
        return head.i
    end = head.i + 1
    while end + 1 <= of.right_edge.i and doc[end + 1].pos_ == "PROPN" and doc[end + 1].is_title:
        end += 1
    return end if end > head.i + 1 else head.i


def _gender_in(phrase: Span) -> str | None:
    return next((GENDER_WORDS[t.lower_] for t in phrase if t.lower_ in GENDER_WORDS), None)


# Modifiers that say nothing of which body a description means ("the national agency", "the local police").
PLAIN_MODIFIERS = {"national", "local", "federal", "state", "regional", "official", "new", "top", "senior", "main",
                   "provincial", "municipal", "central", "country", "city", "county", "government", "public", "own",
                   "based", "governing", "world", "global", "international", "trading"}
# ("the Munich-based carmaker" says where it sits, not which carmaker; "the governing body", "the trading bloc", what)


# Words in the names of trade unions: "the union" is never a company or a state named before.
LABOUR_NAME_WORDS = ("union", "federation", "guild", "workers", "teamsters", "confederation", "congress", "unite",
                     "unison", "syndicat", "association", "employees", "brotherhood", "-cio", "sag-aftra", "verdi")


# Bodies that govern, judge or regulate, never a company or a club.
GOVERNING_HEADS = frozenset({"league", "federation", "association", "commission", "ministry", "court", "tribunal",
                             "council", "authority", "committee", "parliament", "department", "regulator", "agency"})


def _unlike(root: Token, chosen: Cluster) -> bool:
    """"The defence ministry" after "the Iranian Ministry of Health", "the fire service" after "Athens", "the UN
    refugee agency" after "the coast guard": a description whose own words name a kind ("defence", "fire",
    "refugee") is no earlier body whose name has none of them; it is itself the speaker (a people's adjective,
    "the Iranian ministry", says whose, not which)."""
    if root.lemma_.lower() not in ORG_NOUNS | ORG_NAME_HEADS or chosen.type == "person" or _campaigning(root, chosen):
        return False  # "the Republican presidential nominee" is the person named: only bodies are told apart so
    if root.lemma_.lower() == "union" and chosen.type != "nominal" \
            and not any(w in chosen.name.lower() for w in LABOUR_NAME_WORDS):
        return True  # "Deltrex Airlines pilots will strike, their union said": the pilots' union, not their employer
    if root.lemma_.lower() in lexicon.COMPANY_NOUNS | {"club", "team"} and chosen.type == "organisation" \
            and len(chosen.name.split()) > 1 and _name_head(chosen.name) in GOVERNING_HEADS:
        return True  # "Manchester City were charged by the Premier League. The club said": no league is a club
    words = [c for c in root.children if c.dep_ in ("compound", "amod") and c.ent_type_ not in ("NORP", "GPE")
             and c.lower_ not in PLAIN_MODIFIERS and c.is_alpha and country_code(c.text) is None]
    if not words:
        return False
    name = chosen.name.lower()
    return not any(w.lower_[:5] in name or w.lemma_.lower()[:5] in name for w in words)


def _given_name(phrase: Span, root: Token) -> Token | None:
    """"A mother of three in Gaza City, Samah,", "One of his pupils, nine-year-old Inês,": a lone given name set
    off at the end of a description names the person described (features name people so; the parser may hang it
    on the nearest noun, the tagger call it a body); a place there does not ("a nurse in Lviv, Ukraine,")."""
    from saywho.actors import geo

    for appos in (t for t in phrase if t.dep_ == "appos" and t.head.i >= root.i):
        ages = lexicon.age_words(list(appos.subtree))
        words = [t for t in appos.subtree if not t.is_punct and t.i not in ages]
        if len(words) != 1 or appos.right_edge.i + 1 < phrase.end and not phrase.doc[appos.right_edge.i + 1].is_punct:
            continue
        word = words[0]
        known = word.lower_ in first_names() or word.lower_ in lexicon.census_names()
        if word.pos_ == "PROPN" and word.text[:1].isupper() and word.ent_type_ not in ("GPE", "NORP") \
                and country_code(word.text) is None and place_code(word.text) is None \
                and (known or geo.place_country(word.text) is None):
            return word
    return None


# Who heads a body that speaks: "The ECOWAS observer mission, led by Ernest Bai Koroma, praised": the mission does.
LEADING = frozenset({"lead", "head", "chair", "run", "command", "found", "back", "support", "fund", "own"})


def _kin_of_described(root: Token, appos: Token) -> bool:
    """"The family of the victim, Michael O'Sullivan, said": a name after the kin's "of" a described person names
    that person (the parser hung it on the kin), not the family."""
    return root.lemma_.lower() in FAMILY_WORDS and any(
        o.dep_ == "pobj" and o.pos_ == "NOUN" and o.i < appos.i and o.lemma_.lower() in lexicon.PERSON_NOUNS
        for p in root.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children)


# Those who speak for a person's kin: "the family of the victim".
FAMILY_WORDS = frozenset({"family", "relative", "parent", "widow", "widower", "mother", "father", "brother", "sister",
                          "son", "daughter", "wife", "husband"})


def _before_leader(phrase: Span, root: Token) -> Span:
    """The phrase up to a participle naming who leads, backs or owns its head, less the comma before it."""
    if root.tag_ in ("NNS", "NNPS") or root.pos_ != "PROPN" and not any(
            t.ent_type_ == "ORG" for c in root.lefts if c.dep_ == "compound" for t in c.subtree):
        # "Donors led by France pledged": a coalition is its leader's, as the records code it; "a research group
        # led by Noam Cohen" is known by its leader: only a named body speaks in its own name
        return phrase
    return _cut_before(phrase, root, [c.left_edge.i for c in root.children if c.dep_ == "acl" and c.tag_ == "VBN"
                                      and c.lemma_.lower() in LEADING and root.i < c.left_edge.i < phrase.end
                                      and any(a.dep_ == "agent" for a in c.children)])


def _before_relative(phrase: Span, root: Token, introduced: bool = False) -> Span:
    """The phrase up to a relative clause on its head, less the comma before it (``introduced``: only one opening
    with a relative word, "which is controlled by …"); the phrase itself when it has none."""
    after = root.i if introduced else phrase.start
    return _cut_before(phrase, root, [c.left_edge.i for c in root.children if c.dep_ == "relcl"
                                      and after < c.left_edge.i < phrase.end
                                      and (not introduced or c.left_edge.lower_ in RELATIVES)])


def _cut_before(phrase: Span, root: Token, starts: list[int]) -> Span:
    """The phrase up to the first of ``starts`` (clauses on its head), less the punctuation before it."""
    if not starts:
        return phrase
    end = min(starts)
    while end > root.i + 1 and phrase.doc[end - 1].is_punct:
        end -= 1
    return phrase.doc[phrase.start: end]


# What a body issues in its own voice: "according to a statement from the chancellery" is the chancellery's.
STATEMENT_NOUNS = frozenset({"statement", "communique", "communiqué", "announcement", "declaration", "readout"})
# A lawyer described by whose they are ("Daniel Hoff's lawyer"): "his client" is that person.
CLIENT_OF = re.compile(r"(.+?)['’]s (?:lawyer|attorney|counsel|solicitor|barrister|defence lawyer|defense attorney)s?")
# What a state is called when it speaks unnamed ("the kingdom said"); not "state" (a US state, a government).
STATE_NOUNS = frozenset({"country", "nation", "kingdom", "republic", "emirate", "sultanate", "monarchy"})


# A state's offices, whose description ("the interior ministry") names one body though it names no state.
OFFICE_NOUNS = frozenset({"ministry", "department"})
# Plural nouns that "both" or "the two" make the pair named just before: "Both men", "the two groups".
PAIR_NOUNS = frozenset({"man", "woman", "leader", "group", "organisation", "organization", "minister", "president",
                        "company", "firm", "party", "official", "lawmaker", "senator"})
# Other words a body's name may say its kind with: "West Midlands Police … the force said", "NATO … the alliance".
KIND_NAMES = {"force": {"police", "constabulary"}, "alliance": {"nato"}, "bloc": {"eu", "asean", "mercosur"}}


def _members_apposed(after: str, word: str) -> bool:
    """``after`` (the text after a body's name) opens with an apposition saying it is a group of ``word``."""
    return re.match(r",\s+an?\s+(?:[\w-]+\s+){0,2}(?:group|coalition|network|association|union|alliance|collective"
                    r"|organi[sz]ation)\s+of\s+(?:[\w-]+\s+){0,2}" + re.escape(word) + r"\b", after) is not None


def _name_head(name: str) -> str:
    """The word a body's name is headed by: its last, or the last before "of" or "for" ("Election Commission of
    India", "Board of Control for Cricket in India": "commission", "board")."""
    words = name.lower().split()
    cut = next((k for k, w in enumerate(words) if w in ("of", "for") and k > 0), len(words))
    return words[cut - 1]


def _a_city(cluster: Cluster) -> bool:
    """"A case was confirmed in Kampala. The ministry said …": a city named before (which "Kampala said" makes
    its government) is no ministry or agency; the description speaks, of the city's country."""
    name = cluster.name
    return cluster.type != "person" and len(name.split()) == 1 \
        and (is_metonym(name) or place_code(name) is not None and not country_code(name))


def _name_words(name: str) -> set[str]:
    """The words of a body's name, and of its full name when the text gave an acronym the dictionary spells out
    ("the FBI … The bureau said": the Federal Bureau of Investigation)."""
    words = set(name.lower().split())
    if name.isupper() and (known := builtin().lookup(name)) is not None and known.type != "person":
        words |= set(known.name.lower().split())
    return words
