"""Referring back: whom "he", "she", "it", "they" and a description such as "the automaker" mean.

A speaker named once is referred to again and again. The :class:`Referents` of an article remember every
speaker resolved so far (``said``, in reading order) on top of its clustered mentions
(:mod:`saywho.attribution.mentions`), and answer, for a pronoun, the nearest compatible person or
nominal speaker before it (a subject of the same sentence first), and for "it" or "the company" the
organisation last quoted or last the subject of a sentence. Where the rules and the learned ranker
(:mod:`saywho.attribution.antecedents`) may disagree, each option carries how the text named it, and the
ranker chooses. :mod:`saywho.attribution.resolve` builds on this to resolve whole source phrases.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from saywho.actors.countries import DEMONYMS, country_code, is_metonym
from saywho.actors.geo import place_country
from saywho.attribution import acts, antecedents
from saywho.attribution.lexicon import first_names
from saywho.attribution.mentions import PRONOUN_GENDER, Cluster, Mentions
from saywho.attribution.quotes import find_quotes
from saywho.ingest.datelines import dateline_end

NEAR = 1500  # characters: how far back "it", "they" and "the automaker" look
ASKING = frozenset({"ask", "question", "press", "interview", "quiz", "query"})  # the one asked answers next
# "the automaker said": a description of the organisation the article last named.
ORG_NOUNS = {
    "company", "firm", "automaker", "carmaker", "agency", "organisation", "organization", "ministry",
    "department", "bank", "airline", "retailer", "manufacturer", "startup", "start-up", "club", "university",
    "institute", "charity", "network", "broadcaster", "party", "giant", "conglomerate", "insurer", "regulator",
    "watchdog", "studio", "publisher", "developer", "chain", "brand", "union", "foundation", "trust",
    "association", "federation", "business", "group", "corporation", "outlet", "newspaper", "operator", "body",
    "bloc",
    "brokerage", "lender", "carrier", "utility", "supplier", "provider", "exchange", "miner", "distributor",
    "service", "streamer", "maker", "chipmaker", "drugmaker", "producer", "hospital", "council", "label", "team",
    "band", "franchise", "league", "orchestra", "supermarket", "museum", "gallery", "school", "zoo", "theatre",
    "theater", "festival", "airport", "hotel", "restaurant", "brewery", "grocer", "auctioneer", "side", "system",
    "force", "defence", "defense", "prosecution", "academy",
}
TIME_ZONES = frozenset({"BST", "GMT", "UTC", "CET", "CEST", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT",
                        "IST", "JST", "KST", "AEST", "AEDT", "SAST", "EAT", "WAT", "HKT", "SGT", "MSK"})


class Referents(Mentions):
    """The people, organisations and states of one article, and the speakers resolved so far, to which a
    pronoun or a description can refer back."""

    def __init__(self, doc: Doc, ranker: antecedents.AntecedentModel | None | bool = True,
                 decisions: list[tuple[int, list[antecedents.Option], list[list[str]]]] | None = None) -> None:
        """``ranker``: the learned choice of whom "he"/"she" or a definite description means (True: the
        shipped one, None: the rules alone); ``decisions``: a list to which each such choice is appended, with
        its options' features (for training)."""
        self.ranker = antecedents.shipped() if ranker is True else ranker or None
        self.decisions = decisions
        self._sentence_starts: antecedents.Sentences | None = None
        self._main_subjects: dict[int, bool] = {}  # a mention's start -> the subject of its sentence's main verb
        self.nominals: dict[str, Cluster] = {}  # unnamed speakers ("the Lyon cheese merchant"), by their key
        self.said: list[tuple[int, Cluster]] = []  # speakers resolved so far, at their source's start
        self._quotes: list[tuple[int, int]] | None = None  # the article's quotations (inner ranges), read once
        super().__init__(doc)  # the article's people, organisations and states, clustered

    def _choose(self, at: int, options: list[antecedents.Option], names: list[list[str]], rule: Cluster,
                record: bool = True) -> Cluster:
        """A choice the ranker makes (the rules' option unless another scores higher), recorded for training
        when asked."""
        if self.decisions is not None and record:
            self.decisions.append((at, options, names))
        if self.ranker is None:
            return rule
        kept = next(n for n, o in enumerate(options) if o.rule)
        return options[self.ranker.choose(antecedents.columns(names), kept)].cluster

    def _latest_organisation(self, at: int, body: bool = False, pronoun: bool = False, people: bool = False
                             ) -> Cluster | None:
        """What "it" or "the automaker" means: the organisation last quoted, else the last one named as a
        subject, else the last one named (a company merely mentioned since, "AppleSkin", comes last). A time
        zone the tagger took for a body ("17:25 BST") is none; nor, for "the company" (``body``), is a capital
        that stands for its government ("Stridely is based in Stockholm"); nor, for "the group" (``people``), a city."""
        def fits(cluster: Cluster) -> bool:
            return cluster.type == "organisation" and _a_body(cluster, body) and not self._dateline(cluster) \
                and not (people and cluster.country and is_metonym(cluster.name))
        spoke = [(s, c) for s, c in self.said if fits(c) and 0 <= at - s < NEAR]
        if pronoun and not spoke:  # for "it", a body or document quoted under its description ("The port authority
            spoke = [(s, c) for s, c in self.said if _institution(c) and 0 <= at - s < NEAR]  # said … It added")
        named = [(s, subject, o) for o in self.orgs.values() if fits(o)
                 for s, _, subject in o.mentions if 0 <= at - s < NEAR]
        subjects = [m for m in named if m[1]]
        if spoke:
            # The organisation last quoted, unless another was since the subject of a sentence of its own
            # ("Airbus said … / Since May, Lufthansa has … / … it announced"): that is the topic now.
            # A subject inside the words being attributed is no new topic: "Sales fell, according to research firm
            # Canalys. Fennec's rival, Orra, gained share, the firm said" is Canalys's.
            later = [m for m in subjects if m[0] > spoke[-1][0] and m[2] is not spoke[-1][1]
                     and self._sentence_subject(m[0]) and self._sentences().of(m[0]) != self._sentences().of(at)]
            return max(later, key=lambda m: m[0])[2] if later else spoke[-1][1]
        return max(subjects or named, key=lambda m: m[0], default=(0, False, None))[2]

    def _dateline(self, cluster: Cluster) -> bool:
        """"DHAKA —", "AMMAN:": a place in capitals opening a paragraph before a dash is a dateline, no body; nor
        is the wire's credit in brackets after it ("NEW DELHI (Reuters) -")."""
        text = self.text
        for start, end, _ in cluster.mentions:
            line = text[text.rfind("\n", 0, start) + 1: start]
            if line.endswith("(") and text[end:end + 1] == ")" and (line[:-1].strip(" ,").replace(",", "").isupper()
                                                                     or self._in_dateline(start)):
                continue  # "NEW DELHI (Reuters) -", "BAGHDAD, June 12 (Reuters) -"
            words = text[start:end].rstrip(" —–-:,")  # the tagger may take the dash into the name ("HARARE -")
            before, after = text[max(0, start - 1):start], text[start + len(words):end + 3].strip()
            if not (words.isupper() and before in ("", "\n") and after[:1] in ("—", "–", "-", ":", ",", "(")):
                return False
        return bool(cluster.mentions)

    def _in_dateline(self, at: int) -> bool:
        """Whether character ``at`` lies in the wire dateline opening its paragraph (:func:`dateline_end`)."""
        line = self.text.rfind("\n", 0, at) + 1
        opening = self.doc.char_span(line, line + 1, alignment_mode="expand")
        after = dateline_end(self.doc, opening.start) if opening is not None else None
        return after is not None and at < self.doc[after].idx

    def _sentence_subject(self, start: int) -> bool:
        """The mention at ``start`` is the subject of its sentence's main verb (asked again for each pronoun
        after it: kept)."""
        if start not in self._main_subjects:
            self._main_subjects[start] = self._is_main_subject(start)
        return self._main_subjects[start]

    def _is_main_subject(self, start: int) -> bool:
        span = self.doc.char_span(start, start + 1, alignment_mode="expand")
        if span is None or not len(span):
            return False
        token = span[0]  # a name's first word, or the determiner of a speaker's phrase ("A spokesperson")
        while token.dep_ in ("compound", "det", "amod", "poss", "nummod") and token.head.i != token.i:
            token = token.head
        if token.dep_ == "appos":
            token = token.head  # "The council's finance chief, Tom Reed, disagreed"
        return token.dep_ in ("nsubj", "nsubjpass") and token.head.dep_ == "ROOT"

    def _pronoun(self, pronoun: Token, record: bool = True) -> Cluster | None:
        """"he"/"she": the nearest compatible person or nominal speaker before, a subject of the same
        sentence first; "it": the latest organisation; "they": the latest group or organisation speaker."""
        word = pronoun.lower_
        at = pronoun.idx
        if word in ("it", "its"):
            return self._latest_organisation(at, pronoun=True)
        if word in ("they", "them", "their"):
            groups = [(s, c) for s, c in self.said if c.plural or c.type == "organisation"]
            return groups[-1][1] if groups and at - groups[-1][0] < NEAR else None
        gender = PRONOUN_GENDER.get(word)
        if gender is None:
            return None  # "I", "we", "you": the writer or a quote's speaker, not resolvable here
        rule = self._nearest_person(pronoun, gender)
        if rule is None or (self.ranker is None and self.decisions is None) or self._just_spoke(rule, pronoun) \
                or self._reports_own(rule, pronoun):
            return rule
        options = self._antecedents(pronoun, rule)
        names = antecedents.features(pronoun, options, self._sentences(), _inside(at, self._quoted()))
        chosen = self._choose(pronoun.idx, options, names, rule, record)
        chosen = chosen if chosen.gender in (None, gender) else rule  # "she" is never a man the text has named as one
        return self._agreeing_beside(chosen, pronoun, gender) or chosen

    def _agreeing_beside(self, chosen: Cluster, pronoun: Token, gender: str) -> Cluster | None:
        """"Tunisian President Kais Saied met Italian Prime Minister Giorgia Meloni. She said …": where the choice
        is a person whose sex the text never says, one named in the same sentence whose sex agrees is whom the
        pronoun means (it would not be written so of two people of one sex). Only for "she": a name of unknown sex
        in the news is most often a man's, so "he" stays with it ("Trip Chowdhry said Jobs' … He said")."""
        if gender != "f" or chosen.gender is not None or chosen.type != "person":
            return None
        at = pronoun.idx
        last = chosen.last_before(at)
        sentences = self._sentences()
        here = sentences.of(last)
        if last < 0 or sentences.of(at) - here > 1 or _inside(last, self._quoted()):
            return None
        agreeing = {id(p): p for p in self.people if p.gender == gender and p is not chosen and any(
            sentences.of(s) == here and s < at and not _inside(s, self._quoted()) for s, _, _ in p.mentions)}
        return next(iter(agreeing.values())) if len(agreeing) == 1 else None

    def _reports_own(self, cluster: Cluster, pronoun: Token) -> bool:
        """"The former chief weapons inspector, Richard Butler, told ABC Radio he believes the claims could be true":
        "he" opening what a person's own verb of saying reports, with no person told, is that person, the one
        reading the ranker is not asked to overrule (not "Smith told Jones he would be fired")."""
        clause = pronoun.head
        if pronoun.dep_ != "nsubj" or clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in acts.SPEAKING_VERBS:
            return False
        verb = clause.head
        if any(c.dep_ in ("dobj", "dative") and c.ent_type_ == "PERSON" for c in verb.children):
            return False
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None:
            return False
        start, end = subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge)
        return any(start <= s < end for s, _, _ in cluster.mentions)

    def _just_spoke(self, cluster: Cluster, pronoun: Token) -> bool:
        """"A spokesperson for the Employers Federation said … He said …": an unnamed speaker who spoke in
        the sentence before is whom "he" continues, the one reading the ranker is not asked to overrule (news
        names the people it quotes again, so its labels rarely show an unnamed speaker resumed)."""
        sentences = self._sentences()
        here = sentences.of(pronoun.idx)
        if cluster.type == "person":
            # "AFP Commissioner Mick Keelty says … “What we often forget …,” he said": a quotation the sentence
            # opens with, said by "he" right after a person spoke, goes on with that person
            opening = pronoun.sent[0]
            return opening.is_quote and any(c is cluster and s < pronoun.idx and here - sentences.of(s) == 1
                                            for s, c in self.said)
        if cluster.type != "nominal":
            return False
        return any(c is cluster and s < pronoun.idx and here - sentences.of(s) <= 1 for s, c in self.said)

    def _nearest_person(self, pronoun: Token, gender: str) -> Cluster | None:
        """The rules' choice for "he"/"she": the nearest compatible person or single speaker before it, a
        subject of the same sentence first, then any subject, then any mention."""
        at = pronoun.idx
        sentence = pronoun.sent.start_char
        options: list[tuple[int, bool, Cluster]] = []  # (position, subject or speaker, cluster)
        for person in self.people:
            options += [(s, subject, person) for s, _, subject in person.mentions if s < at]
        options += [(s, True, c) for s, c in self.said if s < at and c.type in ("person", "nominal") and not c.plural
                    and not _institution(c) and not _collective(c)]
        quoted = self._quoted()
        # "“Heads needed to roll the day Jeffrey Epstein died,” he said": a name inside a quotation is what was
        # talked about, not who is talking
        options = [o for o in options if o[2].gender in (None, gender) and not _inside(o[0], quoted)]
        for pool in ([o for o in options if o[0] >= sentence and o[1]], [o for o in options if o[1]], options):
            if pool:
                return max(pool, key=lambda o: o[0])[2]
        return None

    def _antecedents(self, pronoun: Token, rule: Cluster) -> list[antecedents.Option]:
        """Every person or single speaker named before the pronoun (whatever their gender or where they were
        named), with how they were named, for the ranker; the rules' choice marked."""
        at = pronoun.idx
        marks: dict[int, list[tuple[int, bool, bool]]] = {}  # cluster id -> (start, as a subject, as a speaker)
        clusters: dict[int, Cluster] = {}
        for person in self.people:
            for start, _, subject in person.mentions:
                if start < at:
                    marks.setdefault(id(person), []).append((start, subject, False))
                    clusters[id(person)] = person
        for start, cluster in self.said:
            if start < at and cluster.type in ("person", "nominal") and not cluster.plural and not _institution(cluster) \
                    and not _collective(cluster):
                marks.setdefault(id(cluster), []).append((start, True, True))  # a speaker's source is a subject
                clusters[id(cluster)] = cluster
        if id(rule) not in marks:
            marks[id(rule)], clusters[id(rule)] = [(rule.last_before(at), False, False)], rule
        return [self._option(clusters[key], found, rule, main=True) for key, found in marks.items()]

    def _option(self, cluster: Cluster, marks: list[tuple[int, bool, bool]], rule: Cluster,
                main: bool = False) -> antecedents.Option:
        """How the text named one cluster before a choice, from its marks (start, as a subject, as a
        speaker): the last mention outside quotations (else inside), the last as a subject (``main``: also
        as the subject of its sentence's main verb) and as a speaker, how many and the first."""
        quoted = self._quoted()
        option = antecedents.Option(cluster, -1, rule=cluster is rule)
        last = [-1, -1]  # outside, inside quotations
        starts = {start for start, _, _ in marks}
        for start, subject, said in marks:
            inside = _inside(start, quoted)
            last[inside] = max(last[inside], start)
            if subject and not inside:
                option.last_subject = max(option.last_subject, start)
                if main and self._sentence_subject(start):
                    option.last_main = max(option.last_main, start)
            if said:
                option.last_said = max(option.last_said, start)
            if main and not inside and self._asked(start):
                option.last_asked = max(option.last_asked, start)
        option.last = last[0] if last[0] >= 0 else last[1]
        option.quoted = last[0] < 0
        option.mentions, option.first = len(starts), min(starts, default=-1)
        return option

    def _asked(self, start: int) -> bool:
        """Whether the mention at ``start`` is the object of a question ("asked Sanders whether …")."""
        span = self.doc.char_span(start, start + 1, alignment_mode="expand")
        if span is None or not len(span):
            return False
        token = span[0]
        while token.dep_ in ("compound", "flat") and token.head is not token:
            token = token.head
        return token.dep_ in ("dobj", "dative") and token.head.lemma_.lower() in ASKING

    def _sentences(self) -> antecedents.Sentences:
        if self._sentence_starts is None:
            self._sentence_starts = antecedents.Sentences(self.doc)
        return self._sentence_starts

    def _quoted(self) -> list[tuple[int, int]]:
        if self._quotes is None:
            self._quotes = [q.inner for q in find_quotes(self.text)]
        return self._quotes


def _a_body(cluster: Cluster, company: bool) -> bool:
    """Whether a cluster can be what "it" or "the company" (``company``) means: no time zone the tagger took for
    a body ("17:25 BST"), and for "the company" no capital standing for its government ("based in Stockholm"),
    no state and no public body ("The European Commission ordered Tessera … The company said")."""
    if cluster.name.upper() in TIME_ZONES or cluster.name.lower() in DEMONYMS:
        return False  # (nor a people's adjective the tagger took for a body: "the Uruguayan football federation")
    return not company or not (cluster.type == "state" or cluster.country in ("IGO", "NGO")
                               or cluster.type == "organisation" and cluster.country and is_metonym(cluster.name)
                               or {cluster.name.split()[-1].lower(), cluster.name.split()[0].lower()} & PUBLIC_BODIES
                               or cluster.name in US_AGENCIES)


# Last words of a public body's or a campaign's name: never "the company".
PUBLIC_BODIES = frozenset({"commission", "ministry", "council", "parliament", "court", "government", "department",
                           "assembly", "senate", "congress", "office", "tribunal", "police", "army", "union", "watch",
                           "committee", "association", "federation", "foundation", "institute", "coalition",
                           "alliance", "authority", "administration", "agency", "regulator", "watchdog", "campaign",
                           "network", "party", "movement", "society", "trust", "charity", "university", "school",
                           "college", "hospital", "clinic"})  # first words too: "University of California"
# Regulators news names by their initials alone.
US_AGENCIES = frozenset({"FDA", "FTC", "SEC", "FCC", "EPA", "CDC", "FAA", "NHTSA", "DOJ", "FBI", "CMA", "FCA",
                         "Ofcom", "Ofgem", "EMA", "ECB", "IMF", "WHO", "NIH", "USDA", "DEA", "ATF", "IRS", "CFPB"})


def _institution(cluster: Cluster) -> bool:
    """A nominal speaker named by an organisation or document noun ("the county attorney's office", "the
    statement"): never what "he" or "she" refers to."""
    head = cluster.key.split()[-1]
    return cluster.type == "nominal" and (head in acts.ORGANISATION_NOUNS or head in acts.DOCUMENT_NOUNS
                                          or head in ORG_NOUNS) and head not in acts.PERSON_NOUNS


def _collective(cluster: Cluster) -> bool:
    """A nominal speaker named by a collective noun ("gate staff", "the crew"): never "he" or "she" either."""
    head = cluster.key.split()[-1]
    return cluster.type == "nominal" and head in acts.GROUP_NOUNS and head not in acts.PERSON_NOUNS


def _inside(at: int, ranges: list[tuple[int, int]]) -> bool:
    return any(start <= at < end for start, end in ranges)


# Small words inside a body's capitalised name: "Mothers for Safe Streets", "Parents Against Pesticides".
NAME_JOINS = frozenset({"of", "for", "against", "and", "&", "on", "in", "the", "without", "to"})
# Entity types no body's name carries (its untagged name may hold a place: "Riverside Tenants Association").
NOT_A_BODY = frozenset({"PERSON", "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"})


def untagged_name_before(root: Token, member: str | None = None) -> Span | None:
    """A body's name in capitals, untagged, the subject of a sentence in reach of ``root`` (this one up to it, and
    the two before): "Human Rights Watch published a report … The group said", "Parents Against Pesticides
    tested … According to the group" (the small tagger leaves such names of no known kind untagged, so no
    organisation was clustered for them; a plural noun heads the name only beside an untagged proper noun).
    Two to six words, capitalised but for small joining words, none a person's or a date, not a person's given
    name first. With ``member`` ("mothers" of "the mothers said"), only a name with that word in it ("Mothers for
    Safe Streets")."""
    doc = root.doc
    begin = root.sent.start
    for _ in range(2):
        begin = doc[begin - 1].sent.start if begin > 0 else begin
    for token in reversed(doc[begin: root.i]):
        if token.dep_ not in ("nsubj", "nsubjpass") or not (token.pos_ == "PROPN" or token.tag_ == "NNS"
                                                            and token.is_title):
            continue
        name = capitalised_name(token)
        if name is None or member is not None and member not in {t.lower_ for t in name}:
            continue
        return name
    return None


def capitalised_name(head: Token) -> Span | None:
    """The capitalised name ``head`` heads, up to a comma, bracket, dash or verb (see
    :func:`untagged_name_before`), or None."""
    doc = head.doc
    start, end = head.left_edge.i, head.right_edge.i + 1
    cut = next((t.i for t in doc[head.i: end] if t.text in (",", "(", "—", "–") or t.pos_ == "VERB"), end)
    start += doc[start].lower_ == "the"
    words = doc[start: cut]
    if not 2 <= len(words) <= 6 or not words[0].is_title or not words[-1].is_title \
            or any(not t.is_title and t.lower_ not in NAME_JOINS or t.ent_type_ in NOT_A_BODY for t in words) \
            or words[0].lower_ in first_names():
        return None
    if head.pos_ != "PROPN" and (not any(t.pos_ == "PROPN" and not t.ent_type_ for t in words if t.i != head.i)
                                 or any(country_code(t.text) or place_country(t.text) for t in words)):
        return None  # "Parents Against Pesticides", "Mothers for Safe Streets"; not "Officials in Kyiv"
    return words
