"""Repairs of the small parser's and tagger's readings of news sentences, before every later stage (statements,
events) reads them: ``verbless_sentences`` gives back the verbs it read as modifiers ("A Hong Kong court jailed
activist Joshua Lam for 10 months" parsed as one long noun phrase, "Ukraine's health minister, Oksana Hrytsenko,
called Poland's decision “incomprehensible”" with "called" a modifier of "minister"), ``named_objects`` what a naming
verb names, ``possessive_entities`` a name without its owner's "'s"."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from saywho.actors import geo
from saywho.actors.countries import country_code
from saywho.attribution import lexicon
from saywho.attribution.acts import DOCUMENT_NOUNS
from saywho.attribution.speakers import TITLE_WORDS


@Language.component("verbless_sentences")
def verbless_sentences(doc: Doc) -> Doc:
    """A sentence whose root is a noun, with a past verb inside it that the parser read as a modifier, has that
    verb as its root: what comes before it is its subject, the rest its object. A reporting verb closing the
    sentence that the parser hung on its own speaker reports the sentence (:func:`_trailing_report`)."""
    for sentence in list(doc.sents):
        _particle_as_verb(sentence)
        _name_as_adverb(sentence)
        _place_as_adverb(sentence)
        _under_title(sentence)
        _backed_subject(sentence)
        _title_as_verb(sentence)
        _names_joined(sentence)
        _office_then_name(sentence)
        _trailing_report(sentence)
        _speaker_in_apposition(sentence)
        _named_speaker_after_object(sentence)
        _lost_subject(sentence)
        _subject_after_adverbial(sentence)
        _first_of_two_verbs(sentence)
        _told_clause(sentence)
        _clause_as_modifier(sentence)
        _name_then_verb(sentence)
        _closing_report_on_object(sentence)
        _second_report(sentence)
        _alleged(sentence)
        _charge_after_date(sentence)
        _clause_after_adverbial(sentence)
        _name_as_root(sentence)
        _name_as_adverbial(sentence)
        root = sentence.root
        if root.pos_ not in ("NOUN", "PROPN"):
            continue
        verb = next((t for t in sentence if _hidden_verb(sentence, root, t)), None)
        if verb is not None:
            _promote(sentence, root, verb)
            _called_on(verb)
    return doc


def _called_on(verb: Token) -> None:
    """"…, called on Interior Minister Robert Kalinak to resign", promoted from a modifier with the one called on
    read as the subject of what he is called on to do: he is whom "on" names, the act its complement, as the parser
    reads the sentence when it finds the verb itself."""
    if verb.lemma_.lower() != "call":
        return
    on = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "on" and not list(c.children)), None)
    asked = next((c for c in verb.children if c.dep_ in ("oprd", "ccomp") and c.pos_ == "VERB"
                  and any(a.dep_ == "aux" and a.tag_ == "TO" for a in c.children)), None)
    called = next((c for c in asked.children if c.dep_ == "nsubj"), None) if asked is not None else None
    if on is None or called is None:
        return
    called.head, called.dep_ = on, "pobj"
    asked.dep_ = "xcomp"


def _name_as_adverb(sentence: Span) -> None:
    """"Lula later said …" tagged with "Lula" an adverb: a capitalised subject is a name, whatever its tag."""
    for token in sentence:
        if token.dep_ in ("nsubj", "nsubjpass") and token.pos_ in ("ADV", "ADJ") and token.is_title \
                and not token.is_stop and token.head.pos_ in ("VERB", "AUX"):
            token.pos_, token.tag_ = "PROPN", "NNP"


def _place_as_adverb(sentence: Span) -> None:
    """"Luanda on Friday rejected a U.S. proposal …" parsed with "Luanda" an adverb of a verb left without a subject:
    a capital or a state opening the sentence is its subject (as a capital speaks for its state; not "Iran-backed
    militias", the state a participle modifying the subject hangs on)."""
    first = sentence[0]
    verb = first.head
    if first.dep_ not in ("advmod", "npadvmod") or first.pos_ not in ("ADV", "ADJ", "PROPN") or not first.is_title \
            or verb.pos_ != "VERB" or verb.dep_ != "ROOT" or verb.i <= first.i \
            or first.i + 1 < len(sentence.doc) and sentence.doc[first.i + 1].text == "-" or any(
                c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children) \
            or not (country_code(first.text) or geo.place_country(first.text)):
        return
    first.pos_, first.tag_ = "PROPN", "NNP"
    first.dep_ = "nsubj"


def _under_title(sentence: Span) -> None:
    """"Under Secretary of State Bonnie Jenkins said …" parsed with "Under" a preposition and the verb left without
    a subject: the office is a title, its holder the subject."""
    for under in sentence:
        if under.lower_ != "under" or under.dep_ != "prep" or not under.text[:1].isupper() \
                or under.i + 1 >= sentence.end or not under.doc[under.i + 1].lower_.startswith("secretary"):
            continue
        verb, holder = under.head, next((c for c in under.children if c.dep_ == "pobj"), None)
        if holder is None or holder.ent_type_ != "PERSON" or verb.pos_ not in ("VERB", "AUX") or verb.i < holder.i \
                or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue
        under.head, under.dep_ = holder, "compound"
        holder.head, holder.dep_ = verb, "nsubj"


# Lower-case words inside Portuguese names that the tagger takes for "do" and "does".
NAME_PARTICLES = frozenset({"dos", "do", "das"})


def _particle_as_verb(sentence: Span) -> None:
    """"President Jose Eduardo dos Santos flew to Havana", "UNITA attacked a train near Zenza do Itombe" parsed with
    the name's particle a verb ("dos" as "does"): the particle and the words around it are one name, whose last
    word keeps the role the parse gave its first (or the subject's place under the verb it has)."""
    doc = sentence.doc
    for particle in sentence:
        if particle.lower_ not in NAME_PARTICLES or particle.pos_ not in ("VERB", "AUX") \
                or not sentence.start < particle.i < sentence.end - 1:
            continue
        before, name = doc[particle.i - 1], doc[particle.i + 1]
        if before.pos_ != "PROPN" or not before.text.istitle() or not name.text.istitle() or name.pos_ != "PROPN" \
                or particle.lower_ == "do" and (before.i == sentence.start or name.i + 1 < sentence.end
                                                and doc[name.i + 1].lower_ in ("'s", "’s")):
            continue  # ("Why do Democrats", "Did Washington do Israel's bidding": the verb)
        if name.head.i != particle.i and name.dep_ in ("nsubj", "nsubjpass"):
            verb = name.head  # "dos Santos threatened": the name is the verb's subject already
            if particle.dep_ == "ROOT" or verb.head.i == particle.i:
                verb.head, verb.dep_ = (verb, "ROOT") if particle.dep_ == "ROOT" else (particle.head, particle.dep_)
                for child in [c for c in particle.children if c.i != verb.i and c.i > particle.i]:
                    child.head = verb
        elif name.head.i == particle.i and before.head.i != particle.i:
            name.head, name.dep_ = before.head, before.dep_  # "near Zenza do Itombe": the name is where "Zenza" was
            for child in [c for c in particle.children if c.i > name.i]:
                child.head = particle.head
        else:
            continue
        if before.head.i == particle.i or before.dep_ in ("nsubj", "nsubjpass", "pobj", "dobj"):
            before.head, before.dep_ = name, "compound"
        particle.head, particle.dep_, particle.pos_, particle.tag_ = name, "compound", "PROPN", "NNP"
        return


def _title_as_verb(sentence: Span) -> None:
    """"WHO chief Tedros Adhanom Ghebreyesus said" parsed with "chief" a verb whose subject is "WHO" and object the
    name, the whole a clause subject of "said": the name is the subject, the title and the body before it its own."""
    for title in sentence:
        if title.dep_ != "csubj" or title.pos_ != "VERB" or title.lower_ not in TITLE_WORDS:
            continue
        name = next((c for c in title.children if c.dep_ == "dobj" and c.pos_ == "PROPN"), None)
        if name is None or name.i <= title.i or name.head.i != title.i:
            continue
        name.head, name.dep_ = title.head, "nsubj"
        title.head, title.dep_, title.pos_, title.tag_ = name, "compound", "NOUN", "NN"
        for child in [c for c in title.children if c.dep_ in ("nsubj", "nsubjpass")]:
            child.head, child.dep_ = title, "compound"
        return


def _names_joined(sentence: Span) -> None:
    """"Rishi Sunak and Ursula von der Leyen agreed a deal" parsed with "Sunak" a modifier inside the second name and
    "Ursula" joined to it: the first name is the head of the pair, the second its conjunct, each name whole."""
    doc = sentence.doc
    for joint in sentence:
        if joint.lower_ != "and" or joint.i - 1 < sentence.start:
            continue
        first, tail = doc[joint.i - 1], doc[joint.i - 1].head
        while tail.dep_ == "compound" and tail.head.pos_ == "PROPN" and tail.head.i > tail.i:
            tail = tail.head  # the second name's last word ("Leyen" of "von der Leyen")
        if first.ent_type_ != "PERSON" or first.dep_ not in ("nmod", "compound", "poss") or tail.i <= joint.i + 1 \
                or tail.pos_ != "PROPN" or joint.i < tail.head.i <= tail.i:
            continue
        second = doc[joint.i + 1: tail.i + 1]
        if not all(t.pos_ == "PROPN" or t.is_lower and t.is_alpha and len(t) <= 3 for t in second):
            continue  # the second name's words only ("von", "der", "bin" among them)
        first.head, first.dep_ = tail.head, tail.dep_
        tail.head, tail.dep_ = first, "conj"
        joint.head, joint.dep_ = first, "cc"
        for token in second[:-1]:
            if not (second.start <= token.head.i < second.end):
                token.head, token.dep_ = tail, "compound"


def _office_then_name(sentence: Span) -> None:
    """"UN Special Rapporteur on Torture Alice Edwards said" parsed with the office the subject and the name the
    object of its "on": the name is the subject, the office before it its title (not "a spokesman for Prime
    Minister Keir Starmer", who speaks for the one named)."""
    doc = sentence.doc
    for office in sentence:
        if office.dep_ not in ("nsubj", "nsubjpass") or office.lower_ not in TITLE_WORDS \
                or office.lower_ in lexicon.SPEAKING_FOR:
            continue
        prep = next((c for c in office.children if c.dep_ == "prep" and c.lower_ in ("for", "on", "of")), None)
        name = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        if name is None or name.pos_ != "PROPN" or name.i + 1 != office.head.i:
            continue
        # the name's first word: where the tagger's name starts, or a given name (the small tagger may miss both)
        given = lexicon.first_names()
        start = next((t.i for t in doc[prep.i + 2: name.i] if t.ent_iob_ == "B" and t.ent_type_ == "PERSON"
                      or t.text.lower() in given and t.is_title), name.i)
        if start == name.i or start <= prep.i + 1 or any(t.pos_ != "PROPN" for t in doc[start: name.i]):
            continue  # "the head of Ahmed Jibril's group": no words of the office between
        last = doc[start - 1]  # "Torture": the office's own last word
        for token in doc[prep.i + 1: start]:
            if token.i != last.i and not (prep.i < token.head.i < start):
                token.head, token.dep_ = last, "compound"
        last.head, last.dep_ = prep, "pobj"
        name.head, name.dep_ = office.head, office.dep_
        office.head, office.dep_ = name, "compound"
        return


def _name_as_adverbial(sentence: Span) -> None:
    """"FIFA banned the Spanish federation president" parsed with "FIFA" an adverbial of a verb that has no subject:
    a name opening the sentence before its finite root is that root's subject."""
    root = sentence.root
    if root.tag_ not in ("VBD", "VBZ", "VBP") or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in root.children):
        return
    name = next((c for c in root.children if c.dep_ in ("npadvmod", "advmod") and c.pos_ == "PROPN" and c.i < root.i
                 and c.ent_type_ in ("ORG", "PERSON", "GPE", "NORP") and c.left_edge.i == sentence.start), None)
    # ("FIFA on Thursday confirmed …": or the name's and a time's between it and the verb)
    times = {t.i for c in root.children if c.dep_ in ("prep", "npadvmod") and name is not None and name.i < c.i < root.i
             and any(w.ent_type_ in ("DATE", "TIME") for w in c.subtree) for t in c.subtree}
    if name is not None and {t.i for t in name.subtree} | times >= set(range(sentence.start, root.i)):
        name.dep_ = "nsubj"  # (all before the verb is the name's)


def _trailing_report(sentence: Span) -> None:
    """"Poland will deploy 2,000 soldiers, the defence minister, Tomasz Wrona, announced on Tuesday." parsed with
    "announced" a modifier of "minister", itself in apposition to "soldiers": the verb is the root, the
    description its subject and what came before what it reports."""
    root = sentence.root
    if root.pos_ not in ("VERB", "AUX"):
        return
    doc = sentence.doc
    for verb in sentence:
        if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN") or verb.lemma_.lower() not in lexicon.SPEECH:
            continue
        speaker = verb.head
        # ("…, the South Korean chipmaker announced on Wednesday": or on the object, the verb right after it)
        on_object = speaker.dep_ in ("dobj", "pobj") and speaker.i == verb.i - 1 and speaker.lemma_.lower() not in DOCUMENT_NOUNS
        if doc[verb.i - 1].text != "," and not on_object or speaker.dep_ != "appos" and not on_object \
                or speaker.i > verb.i \
                or speaker.left_edge.i == sentence.start or doc[speaker.left_edge.i - 1].text != "," \
                or any(c.dep_ in ("dobj", "ccomp", "xcomp", "nsubj") for c in verb.children):
            continue
        own = {t.i for t in verb.subtree}
        if any(not (t.is_punct or t.is_space) and t.i not in own for t in doc[verb.i: sentence.end]):
            continue  # words after it that are not its own: it closes no sentence
        _report_what_came_before(verb, root, speaker)
        verb.tag_ = "VBD"  # a finite past, no participle
        for token in doc[verb.i + 1: sentence.end]:
            if (token.is_punct or token.is_space) and token.head.i != verb.i and token.head.i not in own:
                token.head = verb  # the closing stop
        return


def _report_what_came_before(verb: Token, root: Token, speaker: Token) -> None:
    """A closing reporting verb made the sentence's root: what the parse had as the root is what it reports, and
    the phrase it had misplaced is its subject (the repairs below find the three)."""
    verb.head, verb.dep_ = verb, "ROOT"
    root.head, root.dep_ = verb, "ccomp"
    speaker.head, speaker.dep_ = verb, "nsubj"


def _speaker_in_apposition(sentence: Span) -> None:
    """"Russia will consider the deployment … as a direct threat, Deputy Chairman of the Russian Security Council
    Dmitry Medvedev said." parsed with the object as the subject of "said" and the speaker in apposition to it:
    the closing verb is the root, the apposition its subject, and the object the first clause's again."""
    root = sentence.root
    doc = sentence.doc
    for verb in (t for t in sentence if t.head.i == root.i and t.dep_ == "ccomp" and t.i > root.i):
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and root.i < c.i < verb.i), None)
        speaker = next((c for c in subject.children if c.dep_ == "appos" and c.right_edge.i == verb.i - 1
                        and doc[c.left_edge.i - 1].text == ","), None) if subject is not None else None
        if speaker is None or verb.lemma_.lower() not in lexicon.SPEECH or subject.pos_ != "NOUN" \
                or any(c.dep_ == "dobj" for c in root.children) \
                or any(not (t.is_punct or t.is_space) for t in doc[verb.i + 1: sentence.end]):
            continue
        _report_what_came_before(verb, root, speaker)
        subject.head, subject.dep_ = root, "dobj"
        return


def _named_speaker_after_object(sentence: Span) -> None:
    """"Bangladesh has asked India to extradite former prime minister Sheikh Hasina, Foreign Adviser Touhid Hossain
    said today." parsed with Hasina the subject of "said" and Hossain in apposition: a person named after a comma
    right before the closing verb is its subject, and the name before the comma the object of the last verb of what
    is said that has none."""
    verb = sentence.root
    doc = sentence.doc
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if clause is None or subject is None or not clause.i < subject.i < verb.i or verb.lemma_.lower() not in lexicon.SPEECH:
        return
    # (or a description ending in one: "…, his wife Winnie Byanyima said")
    speaker = next((c for c in subject.children if c.dep_ == "appos" and c.right_edge.i == verb.i - 1
                    and doc[c.right_edge.i].ent_type_ == "PERSON" and doc[c.left_edge.i - 1].text == ","), None)
    holder = next((t for t in reversed(doc[clause.left_edge.i: subject.left_edge.i]) if t.pos_ == "VERB"
                   and not any(c.dep_ == "dobj" for c in t.children)), None)
    if speaker is None or holder is None:
        return
    speaker.head, speaker.dep_ = verb, "nsubj"
    subject.head, subject.dep_ = holder, "dobj"


def _lost_subject(sentence: Span) -> None:
    """"Speaking to reporters in Annaberg, the state's premier, Thomas Krüger, said …" parsed with "premier" in
    apposition to the town, or "North Korea fired two missiles, South Korea's Joint Chiefs of Staff (JCS) said" with
    "Chiefs" a loose dependent of "fired", and "said" without a subject: the description set off by a comma right
    before the reporting verb is its subject."""
    root = sentence.root
    doc = sentence.doc
    if root.pos_ != "VERB" or root.lemma_.lower() not in lexicon.SPEECH or root.i - 2 <= sentence.start \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in root.children):
        return
    # an apposition closed by its own comma, or a loose dependent running up to the verb ("… (JCS) said")
    described = next((t for t in doc[sentence.start: root.i - 1] if t.pos_ in ("NOUN", "PROPN") and (
                      t.dep_ == "appos" and t.head.dep_ == "pobj" and t.right_edge.i == root.i - 2
                      and doc[root.i - 1].text == "," or t.dep_ == "dep" and t.head.pos_ == "VERB"
                      and t.head.head.i == root.i and t.right_edge.i == root.i - 1)
                      and t.left_edge.i > sentence.start and doc[t.left_edge.i - 1].text == ","), None)
    if described is not None:
        described.head, described.dep_ = root, "nsubj"


def _subject_after_adverbial(sentence: Span) -> None:
    """"Under an accord signed in Phnom Penh on Saturday, Thailand and the Khmer Republic agreed to reopen …" parsed
    with the two states joined to "Saturday" and "agreed" without a subject: the noun phrase between the comma that
    closes an opening phrase and the verb is the verb's subject."""
    root = sentence.root
    doc = sentence.doc
    if root.pos_ != "VERB" or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in root.children) \
            or root.i - 2 <= sentence.start:
        return
    opening = {t.i for c in root.children if c.dep_ in ("prep", "advcl", "npadvmod") and c.i < root.i for t in c.subtree}
    subject = next((t for t in doc[sentence.start: root.i] if t.pos_ in ("NOUN", "PROPN") and t.i in opening
                    and t.dep_ in ("conj", "appos") and t.head.i < t.i and t.right_edge.i == root.i - 1
                    and t.left_edge.i > sentence.start and doc[t.left_edge.i - 1].text == ","), None)
    if subject is not None:
        subject.head, subject.dep_ = root, "nsubj"


def _first_of_two_verbs(sentence: Span) -> None:
    """"France's interior minister called Rome's decision “unacceptable” and said …" parsed with "called" a
    modifier of "minister" and "and" hung on the noun: the first verb is the root, the second joined to it."""
    root = sentence.root
    subject = next((c for c in root.children if c.dep_ == "nsubj" and c.i < root.i), None)
    if root.pos_ != "VERB" or subject is None or subject.pos_ != "NOUN":
        return
    verb = next((c for c in subject.children if c.dep_ == "acl" and c.tag_ == "VBD" and c.i == subject.i + 1), None)
    joint = next((c for c in subject.children if c.dep_ == "cc" and c.lower_ == "and"), None)
    if verb is None or joint is None or not verb.right_edge.i < joint.i < root.i \
            or not any(c.dep_ in ("dobj", "oprd", "ccomp", "prep") for c in verb.children):
        return
    doc = sentence.doc
    verb.head, verb.dep_ = verb, "ROOT"
    subject.head, subject.dep_ = verb, "nsubj"
    joint.head = verb
    for token in doc[verb.i + 1: joint.i]:
        if token.is_punct and token.head.i == subject.i:
            token.head = verb  # the closing quote of what it called
    root.head, root.dep_ = verb, "conj"


# What only the one reporting does, joined to what they said: "said the arrest followed a proper investigation and
# denied any political motive".
SPEAKERS_ACTS = frozenset({"deny", "urge", "insist", "vow", "pledge", "add", "accuse", "thank", "praise", "warn",
                           "reiterate", "stress", "call", "appeal", "reject", "dismiss", "condemn", "criticise",
                           "criticize", "welcome", "promise", "demand", "refuse", "decline", "acknowledge", "admit"})
# The bodies and people that could do those acts themselves inside what was said.
ACTING_NOUNS = frozenset({"army", "police", "government", "ministry", "military", "force", "troop", "group", "party",
                          "company", "court", "people", "official", "authority", "administration", "side", "country",
                          "state", "union", "rebel", "leader", "regime", "council", "committee", "agency"})


def _second_report(sentence: Span) -> None:
    """"Otieno said the arrest followed a proper investigation and denied any political motive", parsed with
    "denied" joined to "followed": a thing ("the arrest", "the talks") denies nothing, so the second verb is the
    reporter's own act, joined to "said"."""
    for report in (t for t in sentence if t.lemma_.lower() in lexicon.SPEECH and t.pos_ == "VERB"):
        clause = next((c for c in report.children if c.dep_ == "ccomp" and c.i > report.i), None)
        if clause is None:
            continue
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.pos_ != "NOUN" or subject.ent_type_ or subject.lemma_.lower() in ACTING_NOUNS \
                or subject.lemma_.lower() in lexicon.PERSON_NOUNS:
            continue
        # joined to the clause's verb, or to its complement ("said the talks had been useful and urged restraint")
        heads = [clause, *(c for c in clause.children if c.dep_ in ("acomp", "attr", "dobj"))]
        second = next((c for h in heads for c in h.children if c.dep_ == "conj" and c.pos_ == "VERB"
                       and c.tag_ in ("VBD", "VBZ") and c.lemma_.lower() in SPEAKERS_ACTS and c.i > clause.i
                       and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)), None)
        if second is None:
            continue
        joint = next((c for c in second.head.children if c.dep_ == "cc" and c.i < second.i), None)
        second.head = report
        if joint is not None:
            joint.head = report


def _name_as_root(sentence: Span) -> None:
    """"State Duma Speaker Vyacheslav Volodin on Tuesday called for …" parsed with the given name the root, its
    title the subject, the surname the object and the verb a clause of its own: the name is the subject."""
    root = sentence.root
    if root.ent_type_ != "PERSON" or root.ent_iob_ != "B":
        return
    doc = sentence.doc
    end = root.i + 1
    while end < sentence.end and doc[end].ent_iob_ == "I":
        end += 1
    last = doc[end - 1]
    verb = next((c for c in root.children if c.dep_ in ("advcl", "conj", "ccomp") and c.pos_ == "VERB"
                 and c.i > last.i and c.tag_ in ("VBD", "VBZ", "VBP")), None)
    title = next((c for c in root.children if c.dep_ == "nsubj" and c.i < root.i), None)
    if verb is None or last.i == root.i or last.head.i != root.i:
        return
    verb.head, verb.dep_ = verb, "ROOT"
    last.head, last.dep_ = verb, "nsubj"
    for token in doc[root.i: last.i]:
        token.head, token.dep_ = last, "compound"
    if title is not None:
        title.head, title.dep_ = last, "compound"
    for child in [c for c in doc[sentence.start: sentence.end] if c.head.i == root.i and c.i != root.i
                  and not c.i < last.i]:
        child.head = verb  # the closing stop


CHARGING = frozenset({"accuse", "charge", "suspect", "convict", "acquit", "clear"})


def _charge_after_date(sentence: Span) -> None:
    """"accused the carrier on Sunday of intimidating staff", with "of" hung on "Sunday": what one is accused of
    belongs to the verb."""
    for verb in (t for t in sentence if t.lemma_.lower() in CHARGING and t.pos_ == "VERB"):
        for date in (o for p in verb.children if p.dep_ == "prep" for o in p.children
                     if o.dep_ == "pobj" and o.ent_type_ in ("DATE", "TIME")):
            for charge in [c for c in date.children if c.dep_ == "prep" and c.lower_ == "of"]:
                charge.head = verb


def _clause_after_adverbial(sentence: Span) -> None:
    """"Sybiha said after the talks that Kyiv was ready", with the that-clause read as a relative clause of
    "talks" ("that" its subject beside a subject of its own): a that-clause with two subjects is what the
    reporting verb before the phrase says."""
    for clause in (t for t in sentence if t.dep_ == "relcl" and t.head.dep_ == "pobj"):
        that = next((c for c in clause.children if c.lower_ == "that" and c.i < clause.i
                     and c.dep_ in ("nsubj", "nsubjpass", "mark")), None)
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ != "that"]
        prep = clause.head.head
        verb = prep.head
        if that is None or not subjects or prep.dep_ != "prep" \
                or verb.lemma_.lower() not in lexicon.SPEECH or verb.pos_ != "VERB" or verb.i > prep.i:
            continue
        that.dep_ = "mark"
        clause.head, clause.dep_ = verb, "ccomp"


def _alleged(sentence: Span) -> None:
    """"Police allege Brett Lawson attacked the man", with "allege" tagged a noun and hung on the name as its
    modifier: the verb reports the clause, the word before it is its subject."""
    root = sentence.root
    word = next((t for t in sentence if t.lower_ in ("allege", "alleges") and t.pos_ in ("NOUN", "PROPN")
                 and t.dep_ == "compound" and t.head.dep_ == "nsubj" and t.head.head.i == root.i), None)
    if word is None or root.pos_ != "VERB":
        return
    subjects = [c for c in word.children if c.i < word.i and c.dep_ == "compound"]
    if not subjects:
        return
    word.pos_, word.tag_ = "VERB", "VBZ" if word.lower_.endswith("s") else "VBP"
    word.lemma_ = "allege"
    word.head, word.dep_ = word, "ROOT"
    subjects[-1].dep_ = "nsubj"
    for child in [c for c in root.children if c.is_punct and c.i > root.i]:
        child.head = word  # the closing stop
    root.head, root.dep_ = word, "ccomp"


def _told_clause(sentence: Span) -> None:
    """"Gary Nunn told journalists he stood by every word" parsed with "he stood …" a relative clause of
    "journalists": what one tells someone, with a pronoun of its own as subject and no relative word, is what was
    told (not when a "that" clause follows: "told journalists he met in Kyiv that …")."""
    for verb in sentence:
        if verb.lemma_.lower() not in TELLING or verb.pos_ != "VERB" or any(c.dep_ == "ccomp" for c in verb.children):
            continue
        told = next((c for c in verb.children if c.dep_ == "dobj"), None)
        clause = next((c for c in told.children if c.dep_ == "relcl" and c.i > told.i), None) if told is not None else None
        if clause is None or clause.left_edge.i != told.i + 1:
            continue
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.i != clause.left_edge.i or subject.lower_ not in PRONOUNS:
            continue
        clause.head, clause.dep_ = verb, "ccomp"


def _clause_as_modifier(sentence: Span) -> None:
    """"Rep. Jane Doe said the agency had “stonewalled” lawmakers" parsed with "stonewalled" a modifier of
    "lawmakers", which became a second subject of "said": a past verb with its own subject and auxiliary is a clause,
    what was said, and the noun after it its object."""
    for verb in sentence:
        if verb.dep_ != "amod" or verb.tag_ not in ("VBD", "VBN") or verb.head.dep_ != "nsubj" \
                or verb.head.i < verb.i or not any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children) \
                or not any(c.dep_ == "aux" for c in verb.children):
            continue
        noun, report = verb.head, verb.head.head
        if report.i > verb.i or not any(c.dep_ == "nsubj" and c.i < report.i for c in report.children) \
                or any(c.dep_ == "ccomp" for c in report.children):
            continue
        verb.head, verb.dep_ = report, "ccomp"
        noun.head, noun.dep_ = verb, "dobj"


def _closing_report_on_object(sentence: Span) -> None:
    """"Russia returned the bodies of 909 Ukrainian soldiers, Ukraine's Coordination Headquarters for the Treatment of
    Prisoners of War said on Friday." parsed with the body in apposition to the object and "said" a clause of the
    first verb: the closing reporting verb is the root, the apposition its subject, what came before what it
    reports."""
    root = sentence.root
    doc = sentence.doc
    if root.pos_ != "VERB":
        return
    verb = next((t for t in sentence if t.head.i == root.i and t.i > root.i and t.dep_ in ("advcl", "conj")
                 and t.pos_ == "VERB" and t.lemma_.lower() in lexicon.SPEECH), None)
    if verb is None or any(c.dep_ in ("nsubj", "nsubjpass", "ccomp", "dobj") for c in verb.children) \
            or any(not (t.is_punct or t.is_space) and t not in verb.subtree for t in doc[verb.i: sentence.end]):
        return
    speaker = next((t for t in doc[root.i + 1: verb.i] if t.dep_ == "appos" and t.pos_ in ("PROPN", "NOUN")
                    and t.right_edge.i == verb.i - 1 and doc[t.left_edge.i - 1].text == ","
                    and root in t.ancestors), None)
    if speaker is None:
        return
    _report_what_came_before(verb, root, speaker)
    for token in doc[verb.i + 1: sentence.end]:
        if token.is_punct and token.head.i == root.i:
            token.head = verb  # the closing stop


def _name_then_verb(sentence: Span) -> None:
    """"ECOWAS lifted sanctions on Niger." parsed as one noun phrase headed by the name, with "lifted" a modifier
    of "sanctions": a past verb right after the name that heads the sentence is its verb, the name its subject and
    the noun it modified its object."""
    root = sentence.root
    doc = sentence.doc
    if root.pos_ != "PROPN" or root.i + 2 >= sentence.end:
        return
    verb, noun = doc[root.i + 1], doc[root.i + 1].head
    if verb.dep_ != "amod" or verb.tag_ != "VBD" or verb.pos_ != "VERB" or noun.head.i != root.i or noun.i <= verb.i \
            or noun.pos_ != "NOUN":
        return
    verb.head, verb.dep_ = verb, "ROOT"
    for child in [c for c in root.children if c.i > verb.i and c.i != noun.i]:
        child.head = verb  # the closing stop, a phrase after the object
    root.head, root.dep_ = verb, "nsubj"
    noun.head, noun.dep_ = verb, "dobj"


TELLING = frozenset({"tell", "assure", "inform", "remind", "warn", "promise"})
PRONOUNS = frozenset({"he", "she", "they", "we", "i", "it"})


def _hidden_verb(sentence: Span, root: Token, verb: Token) -> bool:
    doc = verb.doc
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBN") or verb.i <= sentence.start + 1:
        return False
    before = doc[verb.i - 1]
    if (backed := _after_backers(verb)) is not None and backed.i == root.i:
        return True  # "Somali forces backed by U.S. airstrikes killed 30 militants": the verb after the backers
    if verb.dep_ == "acl" and verb.head.i == root.i and verb.i == root.i + 1 and root.pos_ == "NOUN" \
            and verb.lemma_.lower() not in TWO_OBJECTS and any(c.dep_ == "dobj" for c in verb.children) \
            and not any(c.dep_ in ("agent", "auxpass") for c in verb.children):
        return True  # "Israeli air strikes killed at least 40 people": no participle of a noun takes an object
    if verb.dep_ == "acl" and root.tag_ in ("NNS", "NNPS") and verb.head.dep_ == "pobj" and verb.head.head.head.i == root.i \
            and not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in sentence) \
            and any(c.dep_ in ("dobj", "ccomp", "xcomp", "advcl") for c in verb.children):
        return True  # "Parents of the missing students threatened on Sunday to block the elections": a sentence with
        # no finite verb at all has its predicate in the participle hung on the root's "of" phrase
    if verb.dep_ == "amod":  # "A Hong Kong court jailed activist Joshua Lam": subject right before, object after
        return before.pos_ in ("NOUN", "PROPN") and not before.is_punct and root.i > verb.i and root in verb.ancestors
    if verb.dep_ == "relcl":
        # "The opposition Social Democrats demanded the resignation of …" read as "the opposition [that] the Social
        # Democrats demanded": a description, the name it describes, then the verb
        named = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        return verb.tag_ == "VBD" and verb.head.pos_ == "NOUN" and verb.head.i == root.i and named is not None \
            and named.pos_ == "PROPN" and named.left_edge.i == verb.head.i + 1 and named.i == verb.i - 1 \
            and not any(c.dep_ == "mark" or c.tag_ in ("WDT", "WP", "WP$", "WRB") for c in verb.children) \
            and any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children)
    # "Ukraine's health minister, Oksana Hrytsenko, called Poland's decision …": the name in apposition, then the verb
    # (or a relative clause: "Kenya, which has troops in the region, called for calm")
    on_name = verb.head.dep_ == "appos" and verb.head.head.i == root.i  # "…'s chair, Maria Cantwell, called on …"
    relative = any(c.dep_ == "relcl" and c.i < verb.i and any(w.dep_ == "nsubj" and w.lower_ in ("which", "who")
                                                              for w in c.children) for c in root.children)
    # (tagged a participle too, when it has an object no participle of a noun takes: "The leader of Ennahda,
    # Rachid Ghannouchi, condemned Wednesday's attack", the name in apposition to the body inside the description)
    # (or a clause with its own subject, which no participle of a noun takes either: "…, called on Interior
    # Minister Robert Kalinak to resign")
    past = verb.tag_ == "VBD" or verb.lemma_.lower() not in TWO_OBJECTS and any(c.dep_ == "dobj" for c in verb.children) \
        and not any(c.dep_ in ("agent", "auxpass") for c in verb.children) \
        or any(c.dep_ in ("oprd", "xcomp") and any(g.dep_ == "nsubj" for g in c.children) for c in verb.children)
    named = any(c.dep_ == "appos" and c.i < verb.i for c in root.children) or verb.tag_ == "VBN" and any(
        t.dep_ == "appos" and t.ent_type_ == "PERSON" and t.i == verb.i - 2 for t in root.subtree)
    return verb.dep_ == "acl" and past and (verb.head.i == root.i or on_name) and before.text == "," \
        and (relative or named) \
        and any(c.dep_ in ("dobj", "ccomp", "oprd", "xcomp") or (on_name or relative) and c.dep_ == "prep"
                for c in verb.children)


def _after_backers(verb: Token) -> Token | None:
    """The noun whose backers' phrase the parser hung ``verb`` on ("Somali forces backed by U.S. airstrikes killed
    …": "forces"), when ``verb`` has an object of its own."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN"):
        return None
    agent = verb.head.head if verb.head.dep_ == "pobj" else None
    if agent is not None and agent.dep_ == "agent" \
            and agent.head.dep_ == "acl" and any(c.dep_ == "dobj" for c in verb.children):
        return agent.head.head
    return None


def _backed_subject(sentence: Span) -> None:
    """"Somali forces backed by U.S. airstrikes killed 30 militants, the government said": the verb after the
    backers is what the subject did, reported by the sentence's root."""
    for verb in sentence:
        noun = _after_backers(verb)
        if noun is not None and noun.dep_ in ("nsubj", "nsubjpass") and noun.head.lemma_.lower() in lexicon.VERBS \
                and noun.head.i > verb.i:
            verb.head, verb.dep_ = noun.head, "ccomp"
            noun.head, noun.dep_ = verb, "nsubj"
            return


def _promote(sentence: Span, root: Token, verb: Token) -> None:
    doc = verb.doc
    if verb.dep_ == "relcl":
        named = next(c for c in verb.children if c.dep_ == "nsubj")
        verb.head, verb.dep_ = verb, "ROOT"
        for child in [c for c in root.children if c.i > verb.i]:
            child.head = verb  # the sentence's closing stop
        root.head, root.dep_ = named, "compound"
        return
    if verb.dep_ == "acl":
        verb.head, verb.dep_ = verb, "ROOT"
        if verb.tag_ == "VBN":
            verb.tag_ = "VBD"  # the sentence's own verb, finite
        root.head, root.dep_ = verb, "nsubj"
        moved = [c for t in (root, *root.children) for c in t.children if c.i > verb.i and c.i != verb.i]
        participle = None
        for child in sorted(moved, key=lambda c: c.i):
            child.head = verb  # the sentence's closing stop
            if child.dep_ == "acl" and child.tag_ == "VBG" and participle is None:
                child.dep_, participle = "advcl", child  # "…, saying in a statement that": the verb's, as usual
            elif participle is not None and child.dep_ != "punct":
                child.head = participle  # what follows the participle is its own ("in a statement that …")
        return
    subject = doc[verb.i - 1]
    after = [c for c in root.children if c.i > root.i and c.dep_ in ("prep", "punct", "advcl", "npadvmod")]
    verb.head, verb.dep_ = verb, "ROOT"
    subject.head, subject.dep_ = verb, "nsubj"
    for token in doc[sentence.start: subject.i]:
        if token.head.i >= verb.i:
            token.head = subject  # "A" of "A Hong Kong court", hung on the object's head
    root.head, root.dep_ = verb, "dobj"
    for child in after:
        child.head = verb  # "for 10 months", "as saying …", the closing stop


QUOTES = ("“", '"', "‘", "'")
# Verbs whose passive participle keeps an object ("the firms granted licences", "the men given asylum").
TWO_OBJECTS = frozenset({"give", "grant", "award", "offer", "hand", "deny", "show", "pay", "promise", "send", "allow",
                         "teach", "tell", "ask", "issue", "lend", "owe", "refuse", "spare", "charge", "fine", "assign"})
# Verbs that name what their object is: "called the shelling “a war crime”", "deemed the vote invalid".
NAMING_VERBS = lexicon.NAMING | {"deem"}


@Language.component("named_objects")
def named_objects(doc: Doc) -> Doc:
    """"The ministry called the shelling “a war crime”" parsed with "shelling" a modifier of "crime" and no
    object: a gerund after "the" (or an owner's "'s") that the parser hung on the naming verb's complement, with
    the complement opening a new phrase after it (a quote, "a"), is the verb's object; of two complements, the
    first is."""
    for token in doc:
        if token.lemma_.lower() not in NAMING_VERBS or token.pos_ != "VERB" \
                or any(c.dep_ == "dobj" for c in token.children):
            continue
        complements = [c for c in token.children if c.dep_ == "oprd" and c.i > token.i]
        if len(complements) == 1 and complements[0].pos_ == "PROPN" and any(
                c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in token.children):
            complements[0].dep_ = "dobj"  # "called Camila Rojas to congratulate her": whom, not a name given
            continue
        if len(complements) == 2 and complements[0].pos_ in ("NOUN", "PROPN"):
            complements[0].dep_ = "dobj"  # "called Nordvind's decision outrageous": what is named, then its name
            continue
        complement = complements[0] if complements else None
        if complement is None:
            continue
        if complement.pos_ == "ADJ" and complement.i == token.i + 3 and doc[token.i + 1].lower_ in ("the", "this", "that") \
                and (noun := doc[token.i + 2]).head.i == complement.i and noun.dep_ in ("amod", "compound"):
            # "Meta called the fine unjustified", "called the stance shameful": the word before the adjective is
            # what was named, not its modifier
            doc[token.i + 1].head = noun
            noun.head, noun.dep_, noun.pos_, noun.tag_ = token, "dobj", "NOUN", "NN"
            continue
        # "the shelling “a war crime”" (a gerund read as a modifier), "the ad “misleading garbage”" (a noun)
        gerund = next((c for c in complement.children if c.i < complement.i and c.i > token.i and (
            c.dep_ == "amod" and c.tag_ == "VBG" or c.dep_ in ("nmod", "compound", "npadvmod") and c.pos_ == "NOUN"
            and doc[c.i + 1].text in QUOTES)), None)
        if gerund is None or doc[gerund.i + 1].text not in (*QUOTES, "a", "an") \
                or doc[gerund.i - 1].dep_ not in ("det", "case", "poss"):
            continue
        for child in [c for c in complement.children if c.i < gerund.i]:
            child.head = gerund  # "the", "the court's"
        gerund.head, gerund.dep_, gerund.pos_, gerund.tag_ = token, "dobj", "NOUN", "NN"
    return doc


NAME_LABELS = frozenset({"ORG", "PERSON", "GPE", "NORP", "LOC", "FAC"})
# Last words of bodies named "… of" their state: "the Law Society of Kenya", "the Bar Council of India".
BODY_OF_STATE = frozenset({"society", "association", "council", "union", "federation", "institute", "chamber",
                           "academy", "league", "congress", "confederation", "bank", "commission", "court", "church"})


def _bodies_of_states(doc: Doc, entities: list[Span]) -> list[Span]:
    merged: list[Span] = []
    for ent in entities:
        if merged and merged[-1].label_ == "ORG" and ent.label_ == "GPE" and ent.start == merged[-1].end + 1 \
                and doc[ent.start - 1].lower_ == "of" and merged[-1][-1].lower_ in BODY_OF_STATE \
                and merged[-1][-1].is_title and country_code(ent.text):
            merged[-1] = Span(doc, merged[-1].start, ent.end, label="ORG")
            continue
        merged.append(ent)
    return merged


@Language.component("possessive_entities")
def possessive_entities(doc: Doc) -> Doc:
    """"Letzte Chance's protest": the tagger's name ends before the owner's "'s", which is no part of it."""
    entities = [Span(doc, e.start, e.end - 1, label=e.label_) if len(e) > 1 and e[-1].lower_ in ("'s", "’s", "'", "’")
                and e[-1].dep_ == "case" else e for e in doc.ents]
    # "in Dera Ismail Khan" tagged a person after the town's first word: the whole is the place
    entities = [Span(doc, e.start - 1, e.end, label="GPE") if e.label_ == "PERSON" and e.start > 0
                and doc[e.start - 1].ent_iob_ == "O" and doc[e.start - 1].pos_ == "PROPN" and doc[e.start - 1].is_title
                and e.start > 1 and doc[e.start - 2].lower_ in ("in", "at", "near", "from", "of", "to")
                and geo.place_country(doc[e.start - 1: e.end].text) else e for e in entities]
    # "Ethiopia's foreign ministry later said": an adverb of the verb after a name is no word of it
    entities = [Span(doc, e.start, e.end - 1, label=e.label_) if len(e) > 1 and e.label_ in NAME_LABELS
                and e[-1].tag_ == "RB" and e[-1].dep_ == "advmod" and not e.start <= e[-1].head.i < e.end else e
                for e in entities]
    # "GABORONE - South Africa demanded", "Africa" alone tagged a place: the untagged word before it is of the state's
    # name
    entities = [Span(doc, e.start - 1, e.end, label="GPE") if e.label_ in ("LOC", "GPE") and e.start > 0
                and doc[e.start - 1].ent_iob_ == "O" and doc[e.start - 1].is_title
                and country_code(doc[e.start - 1: e.end].text) and not country_code(e.text.removeprefix("the "))
                else e for e in entities]
    # "The Law Society of Kenya", tagged a body and a place: a body's name of the state it is of runs on past "of"
    entities = _bodies_of_states(doc, entities)
    # "Lula later said" tagged a date: a capitalised subject that is no word of time opens no date
    entities = [e for e in entities if not (e.label_ == "DATE" and e[0].dep_ in ("nsubj", "nsubjpass") and e[0].is_title
                                            and not e[0].like_num and e[0].lower_ not in TIME_WORDS)]
    if any(e.start == e.end for e in entities):
        return doc
    doc.ents = entities
    return doc


# Words a date's subject may open with: "Monday was", "Last year saw", "Today marks".
TIME_WORDS = frozenset({"today", "yesterday", "tomorrow", "tonight", "last", "next", "this", "that", "the", "earlier",
                        "later", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                        "january", "february", "march", "april", "may", "june", "july", "august", "september",
                        "october", "november", "december", "spring", "summer", "autumn", "fall", "winter", "each",
                        "every", "both", "recent", "past", "previous", "christmas", "easter", "ramadan"})
