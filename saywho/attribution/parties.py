"""Who said it, to whom, and through what: a cue's source phrase, addressee and medium on the parse.

The source is the cue's subject, or the subject it inherits through a clause ("Putin sought ..., warning
that ..."), or a relative pronoun's antecedent; the addressee is the person told or warned; the medium is
the channel ("on Twitter", "in a statement"). :mod:`saywho.attribution.cues` calls these for each cue.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span, Token

from saywho.actors.dictionary import builtin
from saywho.actors.phrases import entity_at
from saywho.attribution import lexicon
from saywho.attribution.quotes import marked_between
from saywho.doctext import text_of

# Clauses a missing subject is inherited through: "Putin sought ..., warning
# that ..." (advcl), "praised ... but criticised ..." (conj), "planned to say" (xcomp).
INHERIT_DEPS = {"advcl", "conj", "xcomp", "csubjpass", "csubj", "ccomp", "acl", "pcomp", "prep"}
ADDRESSEE_VERBS = {"tell", "inform", "assure", "brief", "warn", "remind", "urge", "ask", "reassure", "caution"}
MEDIUM_PREPS = {"on", "in", "via", "through", "during", "over"}
MEDIUM_NOUNS = {
    "statement", "interview", "speech", "letter", "tweet", "post", "message", "briefing", "conference",
    "broadcast", "video", "podcast", "op-ed", "editorial", "column", "blog", "address", "communique", "communiqué",
    "media", "television", "radio", "twitter", "facebook", "telegram", "website",
}


def _subject(verb: Token) -> Span | None:
    """The speaker phrase: the verb's own subject, else one inherited up the clause chain."""
    inverted = _inverted_after_comma(verb)
    if inverted is not None:
        return inverted
    own = _own_subject(verb)
    if own is not None:
        return _after_fronted_place(own) or _reporter_inside(own, verb) or own
    repaired = _quoted_as(verb) or _document_calling(verb) or _inverted_after_quote(verb) or _causee(verb) \
        or _participle_doer(verb) or _stranded_subject(verb) or _taken_subject(verb) or _split_subject(verb) or _reporter(verb) or _aged(verb) \
        or _asked_subject(verb) or _named_before_comma(verb) or _organisation_as_clause(verb) \
        or _trailing_speaker(verb) or _after_opening_phrase(verb) or _modal_name(verb)
    if repaired is not None:
        return repaired
    seen = {verb.i}
    node = verb
    while node.dep_ in INHERIT_DEPS and node.head.i not in seen:
        if node.dep_ == "xcomp" and node.head.pos_ not in ("VERB", "AUX"):
            return None  # "it was premature to discuss": no one is discussing
        node = node.head
        seen.add(node.i)
        subject = _own_subject(node, exclude=verb)
        if subject is not None:
            # An inherited "it" is an expletive, not a speaker ("it was hard to say").
            return None if subject.text.lower() == "it" else subject
    return None


def _inverted_after_comma(verb: Token) -> Span | None:
    """"The economy, said Finance Minister Ana Ruiz, will grow", "Her parents, said Mariam Lomidze, a law student,
    remember …": a saying verb set off by a comma before it and a person's name (after any title) closed by a comma
    after it is said by that name, whatever the parser made the subject."""
    doc = verb.doc
    if verb.lemma_.lower() not in lexicon.SPEECH or verb.tag_ not in ("VBD", "VBZ") or verb.i < 2 \
            or doc[verb.i - 1].text != "," or verb.i + 2 >= len(doc):
        return None
    start = verb.i + 1
    while start < len(doc) and doc[start].ent_type_ != "PERSON" and doc[start].is_title and start < verb.i + 5:
        start += 1  # "said Finance Minister Ana Ruiz"
    if start >= len(doc) or doc[start].ent_type_ != "PERSON" or doc[start].ent_iob_ != "B":
        return None
    end = start + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    if end >= len(doc) or doc[end].text != ",":
        return None
    name = doc[start:end]
    appos = [c for c in name.root.children if c.dep_ == "appos" and c.i > end]
    last = appos[0].right_edge.i + 1 if appos else end
    if last >= len(doc) or doc[last].text != ",":
        return None  # the words go on after the name and its description
    return doc[verb.i + 1: last]


def _inverted_after_quote(verb: Token) -> Span | None:
    """"“We will appeal,” said Mikheil Beridze, the lawyer for Nika Tsereteli, after the court sentenced his
    client": a saying verb right after a closing quotation with a person's name right after it, which the parser
    gave to a later clause, is said by that name (with its apposition)."""
    doc = verb.doc
    if verb.i < 2 or verb.i + 2 >= len(doc) or verb.lemma_.lower() not in lexicon.SPEECH \
            or doc[verb.i - 1].text not in ("”", '"') or doc[verb.i + 1].ent_type_ != "PERSON" \
            or doc[verb.i + 1].ent_iob_ != "B":
        return None
    end = verb.i + 1
    while end < len(doc) and doc[end].ent_type_ == "PERSON" and (end == verb.i + 1 or doc[end].ent_iob_ == "I"):
        end += 1
    name = doc[verb.i + 1: end]
    appos = [c for c in name.root.children if c.dep_ == "appos" and c.i >= end]
    if appos:
        end = appos[0].right_edge.i + 1
    return doc[verb.i + 1: end]


def _reporter_inside(subject: Span, verb: Token) -> Span | None:
    """"Polish police arrested 37 fans after clashes outside the stadium in Warsaw, a police spokeswoman, Anna
    Wrobel, said": a closing saying verb whose subject the parser took from inside what was said (a thing, with
    the reporter hung on its last noun as an apposition set off by commas right before the verb) was said by
    that apposition."""
    doc, root = verb.doc, subject.root
    # (with or without a comma before the verb: "…, a senior Kazakh official said")
    closing = verb.i - 1 if verb.i > 0 and doc[verb.i - 1].text == "," else verb.i
    if verb.lemma_.lower() not in lexicon.SPEECH or verb.i < 3 \
            or root.ent_type_ in ("PERSON", "ORG", "NORP") or root.pos_ != "NOUN" \
            or root.lemma_.lower() in lexicon.PERSON_NOUNS \
            or subject.end - (1 if subject[-1].is_punct else 0) != closing \
            or any(c.i > verb.i and c.dep_ in ("dobj", "ccomp", "xcomp", "oprd", "attr") for c in verb.children):
        return None  # (the verb closes its sentence: "…, a senior official said on Monday")
    reporter = next((t for t in root.subtree if t.dep_ == "appos" and t.head.i >= root.i and t.head.ent_type_ != "PERSON"
                     and doc[t.left_edge.i - 1].text == "," and t.right_edge.i == closing - 1
                     and (t.ent_type_ == "PERSON" or t.lemma_.lower() in lexicon.PERSON_NOUNS)), None)
    return doc[reporter.left_edge.i: closing] if reporter is not None else None


def _trailing_speaker(verb: Token) -> Span | None:
    """"The tariffs will hurt farmers, the president of the National Farmers Union, Tom Baker, said.", "Poland will
    send more soldiers to Lithuania, Deputy Defence Minister Tomasz Nowicki said.": a saying verb that ends its
    sentence with no subject, after a comma and a phrase of names and nouns that the parser hung inside what was
    said (as an apposition or a conjunct), takes that phrase as its speaker."""
    doc = verb.doc
    if verb.lemma_.lower() not in lexicon.SPEECH or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i < 3 \
            or any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children) \
            or any(c.i > verb.i and c.dep_ not in ("prep", "npadvmod", "advmod", "punct") and not (
                c.dep_ in ("dobj", "dative") and c.pos_ != "PRON" and verb.lemma_.lower() == "tell") for c in verb.children):
        return None  # only when, how and to whom: "…, a senior official said on condition of anonymity", "told parliament"
    end = verb.i - 1 if doc[verb.i - 1].text == "," else verb.i
    start = None
    for i in range(end - 1, verb.sent.start, -1):
        token = doc[i]
        if token.text in (",", "”", '"') and i + 1 < end and (doc[i + 1].pos_ in ("DET", "PROPN", "ADJ", "NOUN")
                                                              or doc[i + 1].dep_ == "poss"):
            start = i + 1  # the furthest comma back whose phrase to the verb holds only names and nouns
            if token.text != ",":
                break  # or the closing quotation before it: "“…,” Khalid Al-Mansouri, defence counsel for …, told"
        elif token.pos_ not in ("PROPN", "NOUN", "DET", "ADJ", "ADP", "PART", "NUM") \
                and not (token.pos_ == "CCONJ" and start is None) \
                and token.text not in (",", "-") and token.dep_ != "poss" and not _inside_name(token):
            # ("their coach, Kwame Mensah, said"; "…, witnesses and a human rights group said", the "and" after the
            # last comma only)
            break
    if start is None:
        return None
    phrase = doc[start:end]
    speaking = any(t.ent_type_ in ("PERSON", "ORG", "NORP") or t.lemma_.lower() in lexicon.PERSON_NOUNS for t in phrase)
    return phrase if speaking and doc[start - 1].text in (",", "”", '"') else None


def _after_opening_phrase(verb: Token) -> Span | None:
    """"In an interview with Reuters, the bank's chief economist, Peter Lang, said …": a saying verb with no
    subject, whose opening phrase the parser let run on over the speaker (as an apposition of its last noun),
    takes the phrase set off by commas between that opening and the verb; of several, from the first that holds a
    person's name ("In Imatra, a town of 25,000 …, the mayor, Juha Korhonen, said")."""
    doc = verb.doc
    if verb.lemma_.lower() not in lexicon.SPEECH or any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children):
        return None
    opening = next((c for c in verb.children if c.dep_ == "prep" and c.i < verb.i), None)
    if opening is None or verb.i < 2:
        return None
    # set off by commas ("…, Peter Lang, said"), or run straight into the verb ("In a post on Telegram, Iran's
    # Atomic Energy Organization said": a body's name)
    closed = doc[verb.i - 1].text == ","
    set_off = [a for a in opening.subtree if a.dep_ == "appos" and a.left_edge.i > opening.i + 1
               and doc[a.left_edge.i - 1].text == "," and (a.right_edge.i < verb.i if closed else _run_on(a) == verb.i - 1)]
    if not set_off:
        return None
    first = next((a for a in set_off if any(t.ent_type_ == "PERSON" for t in a.subtree)), set_off[0])
    phrase = doc[first.left_edge.i: verb.i - (1 if closed else 0)]
    return phrase if _names_someone(phrase) or not closed and phrase.root.ent_type_ == "ORG" else None


def _run_on(appos: Token) -> int:
    """Where an apposition ends, with the ones that follow it straight on ("…, chief financial officer" + "Dana
    Whitfield", two appositions to the parser, one title and name)."""
    end = appos.right_edge.i
    for other in sorted((c for c in appos.head.children if c.dep_ == "appos" and c.i > appos.i), key=lambda t: t.i):
        if other.left_edge.i != end + 1:
            break
        end = other.right_edge.i
    return end


def _names_someone(words: Iterable[Token]) -> bool:
    return any(t.ent_type_ == "PERSON" or t.lemma_.lower() in lexicon.PERSON_NOUNS for t in words)


def _organisation_as_clause(verb: Token) -> Span | None:
    """"Save the Children said …", which the parser reads as a clause ("to save the children") serving as subject:
    a clausal subject whose words are the name of an organisation the actor dictionary knows."""
    for clause in (c for c in verb.children if c.dep_ == "csubj" and c.i < verb.i):
        words = verb.doc[clause.left_edge.i: clause.right_edge.i + 1]
        known = builtin().lookup(words.text) if words[0].is_title and len(words) <= 6 else None
        if known is not None and known.type != "person":
            return words
    return None


def reporting_aside(verb: Token) -> bool:
    """"said allies had agreed to raise production, calling it “a turning point”", "dismissed reports that …,
    calling them “fake news”": a reporting participle set off by a comma, hung by the parse on a verb inside what
    was reported (or denied) after the reporting verb, is the reporter's aside (not in "a man stabbed the envoy,
    shouting that …, police said")."""
    return verb.tag_ == "VBG" and verb.i > 0 and verb.doc[verb.i - 1].text == "," \
        and verb.dep_ in ("advcl", "xcomp", "conj", "acl") and verb.lemma_.lower() in lexicon.VERBS \
        and any(a.lemma_.lower() in lexicon.SPEECH | lexicon.REJECTION and a.pos_ == "VERB" and a.i < verb.i
                for a in verb.head.ancestors)


# Verbs of being asked: "Asked about …", "Pressed on …", "Told of the verdict, …".
ASKED = frozenset({"ask", "press", "question", "quiz", "challenge", "tell", "inform"})


def asked_aside(verb: Token) -> bool:
    """"Treasurer Alison Kerr, asked about the remarks, said …", parsed as if she asked: "asked" between commas
    right after its subject, with the clause's verb after the second comma (the question is no statement; "…,
    asked whether she is afraid, shook her head" says nothing)."""
    doc = verb.doc
    return verb.lemma_.lower() in ASKED and verb.tag_ in ("VBD", "VBN") and verb.i > 0 and doc[verb.i - 1].text == "," \
        and any(v.i > verb.i and v.pos_ == "VERB" and doc[v.i - 1].text == ","
                for v in [verb.head, *(c for c in verb.children if c.dep_ == "conj")]) \
        and any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children) \
        and not any(c.dep_ in ("dobj", "dative") for c in verb.children)  # "…, asked whether …, shook her head"


def _asked_subject(verb: Token) -> Span | None:
    """The subject of a saying verb whose subject the parse gave to an aside (:func:`asked_aside`)."""
    aside = next((c for c in verb.children if c.i < verb.i and asked_aside(c)), None)
    subject = next((c for c in aside.children if c.dep_ == "nsubj"), None) if aside is not None else None
    return _phrase(subject) if subject is not None else None


def _after_fronted_place(subject: Span) -> Span | None:
    """"At Salford Royal Hospital, Aisha Rahman, a ward sister, said": the parser can make the place of a fronted
    "At …" the subject and the person a conjunct of it; the person after the comma is who speaks."""
    root = subject.root
    doc = subject.doc
    before = doc[root.left_edge.i - 1] if root.left_edge.i > 0 else None
    if before is None or before.pos_ != "ADP" or any(c.dep_ == "pobj" for c in before.children):
        return None
    person = next((c for c in root.children if c.dep_ == "conj" and c.ent_type_ == "PERSON"
                   and doc[c.left_edge.i - 1].text == ","), None)
    return _phrase(person) if person is not None else None


def _quoted_as(verb: Token) -> Span | None:
    """"TASS quoted Foreign Minister Sergei Volkov as saying …", "Volkov was quoted as saying": the one quoted
    is the speaker, not the outlet quoting him."""
    if verb.dep_ != "pcomp" or verb.head.lower_ != "as" or verb.head.head.lemma_.lower() != "quote":
        return None
    quoting = verb.head.head
    quoted = next((c for c in quoting.children if c.dep_ in ("dobj", "nsubjpass")), None)
    return _phrase(quoted) if quoted is not None else None


def _document_calling(verb: Token) -> Span | None:
    """"The group issued a statement calling for a ceasefire", "researchers signed an open letter calling on AI labs
    to pause", "released a television ad accusing Marcus Dell of …": a reporting participle on a document says what
    its issuers say (the subject of the verb that issued it), else what the document says."""
    document = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or verb.lemma_.lower() not in lexicon.VERBS \
            or document.lemma_.lower() not in ISSUED or document.i > verb.i:
        return None
    issuer = next((c for c in document.head.children if c.dep_ == "nsubj"), None) if document.dep_ == "dobj" else None
    return _phrase(issuer) if issuer is not None else _phrase(document)


# Documents a body issues and whose words are its own.
ISSUED = frozenset({"statement", "letter", "resolution", "communique", "communiqué", "declaration", "petition",
                    "report", "appeal", "motion", "notice", "memo", "editorial", "post", "video", "ad", "advert",
                    "advertisement", "commercial", "tweet", "column"})


def _aged(verb: Token) -> Span | None:
    """""This is wrong," the 34-year-old said": the parser hangs an age used as a description on the verb
    (as a modifier, its "the" too) and leaves the verb without a subject; the age is the speaker."""
    doc = verb.doc
    for child in verb.children:
        age = lexicon.age_words([child]) if child.dep_ in ("amod", "npadvmod", "advmod", "dobj") else set()
        if age:
            start = min(age)
            if start > 0 and doc[start - 1].lower_ in ("the", "a", "an"):
                start -= 1
            return doc[start: child.i + 1]
    return None


def _causee(verb: Token) -> Span | None:
    """"Falling sales led the carmaker to announce …": the one made to say it, the object of the causing verb,
    not its subject (lexicon.CAUSATIVES)."""
    head = verb.head
    if verb.dep_ not in ("xcomp", "ccomp", "advcl") or head.lemma_.lower() not in lexicon.CAUSATIVES \
            or not any(c.tag_ == "TO" for c in verb.children):
        return None
    made = next((c for c in head.children if c.dep_ in ("dobj", "dative") and head.i < c.i < verb.i), None)
    return _phrase(made) if made is not None else None


def _participle_doer(verb: Token) -> Span | None:
    """"…, with forecasters warning that rivers could flood", "Nick Saban calling agents “pimps”": a speech
    verb's participle after someone named, or after the noun of "with …", is what they say. Any other noun is
    left alone: the parser hangs such participles on whatever precedes them ("the signature bluster that
    propelled Trump …, denouncing …", "a clip of McCain saying …")."""
    head = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or head.pos_ not in ("NOUN", "PROPN") or head.i > verb.i \
            or any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
        return None
    absolute = head.dep_ == "pobj" and head.head.lower_ == "with"
    return _phrase(head) if absolute or head.ent_type_ in ("PERSON", "ORG", "NORP") else None


def _reporter(verb: Token) -> Span | None:
    """"ACCA said a speedy jump would help trade, warning a long delay could …": the parser hangs the
    participle on what was said; it is the reporter who warns."""
    head = verb.head
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and head.dep_ == "ccomp" and head.head.lemma_.lower() in lexicon.VERBS \
            and not marked_between(verb.doc[head.head.i + 1:head.i]):  # not a quoted "said"
        return _own_subject(head.head)
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > 0 and verb.doc[verb.i - 1].text == ",":
        # "North Korea fired two missiles, Seoul's military said, calling the launch a provocation": the parser
        # hangs the participle on the reported clause, after the reporting verb that follows it
        reporting = [c for c in head.children if c.dep_ == "parataxis" and head.i < c.i < verb.i
                     and c.lemma_.lower() in lexicon.SPEECH]
        if reporting:
            return _own_subject(reporting[-1])
    return None


def _split_subject(verb: Token) -> Span | None:
    """"Further reading\nACCA said a speedy jump would …": after a line of page furniture the small parser can
    end a sentence after the subject, leaving "said" to open the next one. A reporting verb opening its
    sentence takes a sentence of one short noun phrase right before it, on the same line, as its subject."""
    doc = verb.doc
    if verb.i == 0 or verb.i != verb.sent.start or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    before = doc[verb.i - 1].sent
    if len(before) > 4 or "\n" in text_of(doc)[before.start_char:verb.idx]:
        return None
    if all(t.pos_ in ("PROPN", "NOUN", "DET", "ADJ") for t in before) and before[-1].pos_ in ("PROPN", "NOUN"):
        return before
    return None


def _apposition(verb: Token) -> tuple[Token, Token] | None:
    """"Jeff Gamet, managing editor of a news site focused on Apple, said …": the small parser can read the
    participle closing a long apposition as the clause that is said, taking the speaker as its subject. A
    participle set off by a comma right before the reporting verb belongs to the apposition, not to what is
    said: that participle and its subject, or None."""
    if verb.i < 2 or verb.doc[verb.i - 1].text != ",":
        return None
    for clause in verb.children:
        if clause.dep_ in ("ccomp", "advcl") and clause.i < verb.i and clause.tag_ in ("VBN", "VBG") \
                and not any(c.dep_ in ("aux", "auxpass") for c in clause.children):  # "Belarus is pushing …" is said
            subject = next((c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i), None)
            if subject is not None and subject.pos_ in ("PROPN", "NOUN"):
                return clause, subject
    return None


def appositive_participle(verb: Token) -> Token | None:
    """The participle of the speaker's apposition that the parser took for what is said (:func:`_apposition`)."""
    found = _apposition(verb)
    return found[0] if found is not None else None


def _taken_subject(verb: Token) -> Span | None:
    """The speaker whose apposition's participle the parser took for what is said (:func:`_apposition`)."""
    found = _apposition(verb)
    if found is None:
        return None
    subject = found[1]
    return verb.doc[subject.left_edge.i:subject.right_edge.i + 1]


def _stranded_subject(verb: Token) -> Span | None:
    """"… after workers at a garage said he ran …": the small parser can hang the noun phrase
    before a reporting verb on a preposition and the verb on the sentence's main verb. A complement verb
    does not share its governor's subject ("The paper says [X said …]"), so a subjectless one right
    after a noun phrase takes that phrase as its subject."""
    if verb.dep_ != "ccomp" or verb.i == 0:
        return None
    doc = verb.doc
    noun = doc[verb.i - 1]
    if noun.pos_ not in ("NOUN", "PROPN") or noun.head.i > verb.i:
        return None
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.lower_ == "of" and noun.head.head.pos_ in (
            "NOUN", "PROPN"):
        noun = noun.head.head
    if noun.dep_ not in ("pobj", "dobj", "conj", "appos", "npadvmod"):
        return None
    start = noun.left_edge.i
    return doc[start:verb.i] if start < verb.i else None


def _modal_name(verb: Token) -> Span | None:
    """"“We will leave on time,” May said": a surname that is also a modal or a date ("May", "Sunday"), right
    before a saying verb the parser left with no subject, is its speaker when the article named that person."""
    doc = verb.doc
    if verb.i < 1 or verb.lemma_.lower() not in lexicon.SPEECH or verb.tag_ not in ("VBD", "VBZ", "VBP") \
            or any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children):
        return None
    name = doc[verb.i - 1]
    if not name.text[:1].isupper() or name.dep_ not in ("aux", "npadvmod") or not any(
            ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].text == name.text and ent.end <= name.i for ent in doc.ents):
        return None
    return doc[name.i: name.i + 1]


def _inside_name(token: Token) -> bool:
    """"and" or "&" between two capitalised words of one name: "the bloc's Peace and Security Council"."""
    doc = token.doc
    return token.lower_ in ("and", "&") and 0 < token.i < len(doc) - 1 and doc[token.i - 1].text[:1].isupper() \
        and doc[token.i + 1].text[:1].isupper() and doc[token.i + 1].pos_ == "PROPN"


def _named_before_comma(verb: Token) -> Span | None:
    """"“…,” the union's secretary-general, Samuel Obura, said.": a verb of saying with no subject, right after
    a person's name and its comma, is that person's (the parser lost the apposition before it)."""
    doc = verb.doc
    if verb.i < 3 or doc[verb.i - 1].text != "," or verb.lemma_.lower() not in lexicon.VERBS \
            or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None  # not "…, accusing her of …", "chimed in on Twitter, saying …": a participle is the clause's
    last = doc[verb.i - 2]
    if last.ent_type_ != "PERSON" or not any(t.text in ("”", '"') for t in doc[verb.sent.start: last.i]):
        return None  # and only after a quotation, whose speaker the name is
    start = last.i
    while start > 0 and doc[start - 1].ent_type_ == "PERSON" and doc[start].ent_iob_ != "B":
        start -= 1
    return doc[start: last.i + 1]


def _own_subject(verb: Token, exclude: Token | None = None) -> Span | None:
    # Of two subjects, the one next to the verb: the other is a modifier the parser failed to attach
    # ("Meridian editor-in-chief Dana Whitfield said" has "Meridian" and "Whitfield" as subjects).
    children = sorted(verb.children, key=lambda c: abs(c.i - verb.i))
    after = [c for c in children if c.dep_ == "nsubj" and c.i > verb.i]
    if len(after) == 2 and after[0].pos_ == "NOUN" and after[1].ent_type_ == "PERSON" \
            and after[1].left_edge.i == after[0].i + 1:
        # "said oceanographer Luis Ramirez": after the verb, the role and the name it was parsed apart from
        return verb.doc[after[1].left_edge.i: after[1].i + 1]
    for child in children:
        if child.dep_ in ("nsubj", "nsubjpass") and child.lower_ not in lexicon.NON_SPEAKERS:
            if exclude is not None and exclude in child.subtree:
                continue
            if child.dep_ == "nsubjpass" and verb.lemma_ in lexicon.VERBS and not (
                    exclude is not None and exclude.dep_ == "pcomp" and exclude.head.lower_ in ("after", "for", "over")
                    or exclude is not None and exclude.dep_ == "conj" and exclude.head.i == verb.i):
                # "He was told ...": the subject is the addressee, not the speaker (but "Cowan has been charged by
                # the FA after criticising the referee": the one charged did the criticising; "Trump was asked
                # about the tariffs and said …": the one asked answers)
                agent = next((a for a in verb.children if a.dep_ == "agent"), None)
                pobj = next((p for p in agent.children if p.dep_ == "pobj"), None) if agent else None
                return _phrase(pobj) if pobj is not None else None
            return _across_break(verb, child)
    return None


def _break_before(verb: Token) -> int:
    """The index of the last line break or dateline dash between the verb's sentence start and the verb
    ("OSLO -- The agency says", "Market outlook\n\nA report stated"), or -1."""
    doc = verb.doc
    start = verb.sent.start
    for i in range(verb.i - 1, start - 1, -1):
        if "\n" in doc[i].text or "\n" in doc[i].whitespace_:
            return i
    for i in range(start, min(verb.i, start + 8)):
        if doc[i].text in ("—", "--", "–") and i > start and all(
            t.is_punct or t.text.isupper() or t.text in ("(", ")") for t in doc[start:i]
        ) and any(t.is_alpha and t.text.isupper() and len(t) >= 3 for t in doc[start:i]):
            return i  # a dateline: "LYON, France —", "WASHINGTON (AP) --"
    return -1


def _across_break(verb: Token, subject: Token) -> Span | None:
    """The subject phrase, unless the parser took it from a heading or dateline before the verb's own line
    ("Market outlook / A report by the central bank stated", "OSLO -- The agency says"): a speaker is
    named on the line of the verb, so the noun there that the parser hung on the heading is the subject."""
    phrase = _phrase(subject)
    fronted = _fronted_participle(subject)
    if fronted is not None:
        return fronted
    at = _break_before(verb)
    if at < 0 or phrase.start > at:
        return phrase
    doc = verb.doc
    found = [t for t in doc[at + 1: verb.i] if t.pos_ in ("NOUN", "PROPN") and not (at < t.head.i < verb.i + 1
             and t.head.i != verb.i) and t.dep_ not in ("npadvmod", "pobj")]
    found = [t for t in found if t.ent_type_ not in ("DATE", "TIME")]
    return _phrase(found[-1]) if found else phrase


def _fronted_participle(subject: Token) -> Span | None:
    """"Sentencing Mercer, Judge Philip Harding told him": the parser read a sentence-opening participle and its
    object as a name, and the speaker as that name's apposition; the apposition is the speaker."""
    first = subject.left_edge
    if first.i != first.sent.start or not first.text.endswith("ing") or not first.text[:1].isupper():
        return None
    if first.i == subject.i:
        return None
    # the apposition must be a name itself ("Sterling Brown, the coach, said" is Sterling Brown)
    appos = next((c for c in subject.children if c.dep_ == "appos" and c.i > subject.i and c.ent_type_ == "PERSON"),
                 None)
    return _phrase(appos) if appos is not None else None


def _antecedent(verb: Token, source: Span | None) -> Span | None:
    """"officials, who said ...": the speaker is the relative pronoun's antecedent."""
    if source is None or len(source) != 1 or source[0].lower_ not in lexicon.RELATIVE_PRONOUNS:
        return None
    node = verb
    while node.dep_ != "relcl" and node.head.i != node.i and node.dep_ in ("conj", "xcomp", "advcl"):
        node = node.head
    if node.dep_ == "relcl" and node.head.pos_ in ("NOUN", "PROPN", "PRON"):
        return _phrase(node.head, cut_relative=True)
    return None


def _when(prep: Token) -> bool:
    """"on Monday", "at noon": a preposition that only dates the verb."""
    return all(o.ent_type_ in ("DATE", "TIME") for o in prep.children if o.dep_ == "pobj") and any(
        o.dep_ == "pobj" for o in prep.children)


def _dating(token: Token) -> bool:
    """A phrase that only dates: "on Monday", or "Tuesday" alone."""
    return token.dep_ == "prep" and _when(token) or token.dep_ == "npadvmod" and token.ent_type_ in ("DATE", "TIME")


def _when_said(child: Token) -> bool:
    """"The Chinese government on Friday banned …": a day the parser hung on the subject is when, not who."""
    return _dating(child) and (child.dep_ == "npadvmod" or child.lower_ in ("on", "in", "at"))


def _also_known(child: Token) -> bool:
    """"Doctors Without Borders, known by its French initials MSF, said": how the body is also known, which the name
    before it says already."""
    return child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_.lower() == "know" \
        and child.i > 0 and child.doc[child.i - 1].text == ","


def _phrase(head: Token, cut_relative: bool = False) -> Span:
    """A noun phrase without trailing participles or edge punctuation.

    "Trump, speaking to veterans, said": the participle is circumstance.
    Relative clauses stay unless asked: "Luis Rubio, who heads the centre" is
    how the article identifies its source (and how PolNeAR marks it).
    """
    if head.text in ("<", ">") and head.i > 0 and (name := entity_at(head.doc[head.i - 1])) is not None:
        # "<Versatile Corp> said", whose parse made the wire's closing bracket the subject: the name before it
        head = name.root

    def dropped(child: Token) -> bool:
        return child.i > head.i and (child.dep_ == "acl" and child.tag_ == "VBG" or cut_relative and child.dep_ == "relcl"
                                     or _when_said(child))

    # (how the body is also known, wherever the parser hung it in the phrase)
    cut = {t.i for child in head.children if dropped(child) for t in child.subtree} | {
        t.i for known in head.subtree if known.i > head.i and _also_known(known) for t in known.subtree}
    # what follows a cut clause is its closing comma, never the phrase: "Officials at the ministry, speaking …,"
    tokens = [t for t in head.subtree if t.i < min(cut, default=len(head.doc))]
    start = tokens[0].i
    end = tokens[-1].i + 1
    doc = head.doc
    while end > start + 1 and doc[end - 1].is_punct and not (doc[end - 1].text == ")" and "(" in doc[start:end - 1].text):
        end -= 1  # (a closing bracket whose opening one is in the phrase stays: "the Pakistan Tehreek-e-Insaf (PTI)")
    while start < end - 1 and doc[start].is_punct:
        start += 1
    while start >= 2 and doc[start - 1].text in "-‐" and not doc[start - 1].whitespace_ \
            and not doc[start - 2].whitespace_ and doc[start - 2].is_alpha and doc[start].pos_ == "PROPN":
        start -= 2  # "Min-ji said", whose parse made "ji" the subject
    return doc[start:end]


def _addressee(verb: Token) -> Span | None:
    """"telling the BBC", "told reporters", "said to journalists"."""
    lemma = verb.lemma_.lower()
    for child in verb.children:
        told = child.dep_ == "dative" or (child.dep_ == "dobj" and lemma in ADDRESSEE_VERBS)
        if told and child.pos_ in ("PROPN", "NOUN", "PRON"):
            return _phrase(child)
        if child.dep_ == "prep" and child.lower_ == "to" and lemma in ("say", "speak", "talk", "write", "explain"):
            pobj = next((p for p in child.children if p.dep_ == "pobj"), None)
            if pobj is not None:
                return _phrase(pobj)
    return None


def _is_medium(prep: Token) -> bool:
    if prep.dep_ != "prep" or prep.lower_ not in MEDIUM_PREPS:
        return False
    pobj = next((p for p in prep.children if p.dep_ == "pobj"), None)
    if pobj is None:
        return False
    phrase = " ".join(t.lower_ for t in pobj.subtree)
    return any(phrase == m or phrase.endswith(" " + m) or m.endswith(" " + pobj.lower_) for m in lexicon.MEDIA) or (
        pobj.lemma_.lower() in lexicon.NOUNS and pobj.lemma_.lower() in MEDIUM_NOUNS
    )


def _medium(verb: Token) -> Span | None:
    """"posted on social media", "said in a statement"."""
    for child in verb.children:
        if _is_medium(child):
            pobj = next(p for p in child.children if p.dep_ == "pobj")
            return _phrase(pobj)
    return None


def _verb_confidence(verb: Token, source: Span | None) -> float:
    score = 0.9 if verb.lemma_.lower() in ("say", "tell", "state", "add", "write", "announce") else 0.75
    if source is None:
        score -= 0.2
    elif _own_subject(verb) is None:
        score -= 0.1  # inherited subject: right most of the time, not always
    return score
