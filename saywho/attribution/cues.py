"""The cue rules: a reporting word (the cue) on the dependency parse, its speaker (the source) and what
was said (the content). This module decides what is a cue; :mod:`saywho.attribution.parties` reads the
source, addressee and medium around it and :mod:`saywho.attribution.content` what was said. Each rule says
why it exists."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from saywho.actors import geo
from saywho.actors.countries import country_code
from saywho.actors.phrases import entity_at
from saywho.attribution import lexicon
from saywho.attribution.content import (
    _called_for,
    _channel_clause,
    _clause_range,
    _cue_preposition,
    _end,
    _has_clause,
    _object_end,
    _opens_with_that,
    _strip_tokens,
    _torn_clause,
    _verb_content,
)
from saywho.attribution.parties import (
    ASKED,
    _addressee,
    _antecedent,
    _inverted_after_comma,
    _medium,
    _phrase,
    _quoted_as,
    _reporter_inside,
    _subject,
    _verb_confidence,
    _when,
    asked_aside,
)
from saywho.attribution.quotes import QUOTE_MARKS, Quote
from saywho.doctext import text_of


@dataclass
class Candidate:
    cue: list[Token]
    source: Span | None
    content: list[tuple[int, int]]  # character ranges
    addressee: Span | None = None
    medium: Span | None = None
    speaker_phrase: Span | None = None  # what to resolve when the source is a relative pronoun
    negated: bool = False
    confidence: float = 0.8
    rule: str = ""
    quotes: list[Quote] = field(default_factory=list)

    @property
    def cue_start(self) -> int:
        return self.cue[0].idx if self.cue else -1


# ---------------------------------------------------------------- verb cues


def _verb_cue(token: Token) -> Candidate | None:
    if token.pos_ not in ("VERB", "AUX") or token.lemma_.lower() not in lexicon.VERBS and not lexicon.retort(token):
        return None
    if token.lemma_.lower() in lexicon.NAMING and token.dep_ == "relcl" and any(
            c.lower_ == "which" and c.dep_ in ("dobj", "nsubj") for c in token.children):
        return None  # "the Falkland Islands, which Argentina calls the Malvinas": a name used, nothing said
    if token.ent_type_ == "PERSON" and token.is_title and not token.is_sent_start and token.dep_ == "compound":
        return None  # "Puntland President Said Abdullahi Deni thanked …": a given name, no saying
    if token.dep_ == "acl" and _trailing(token):
        return _trailing_cue(token)
    if token.dep_ == "acl" and _fragment_subject(token):
        return _fragment_cue(token)
    if token.dep_ == "amod" or token.tag_ == "VBN" and token.dep_ in ("acl", "amod"):
        # "the proposed force", "a force proposed by allies": modifiers, not speech.
        return None
    if lexicon.title_holder(token):
        return None  # "against defending champion Croatia": a title, nothing defended in words
    if token.lemma_.lower() == "boast" and any(c.dep_ == "dobj" for c in token.children) \
            and not any(c.dep_ in ("ccomp", "xcomp") for c in token.children):
        return None  # "which boasts a reputation as a pitiless parer of payroll": has, not says
    if _passive(token):
        return _passive_cue(token)
    if _plea(token) or _shouted(token) or _bidden(token) or _open_question(token) or _was_asked(token) \
            or _unnamed(token) or _advised(token) or _urged_within(token):
        return None
    if _counterfactual(token):
        return None  # "vetoed a resolution that would have demanded a ceasefire": never said
    if _passive_conjunct(token) or _praised_for(token) or _obliged(token) or _endangering(token):
        return None
    if token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in token.children):
        return None  # "threatened to quit unless his partners backed the plan": a condition, nothing said
    if lexicon.call_purpose(token) is not None:
        return None  # "called Ana Ribeiro to offer his congratulations": a telephone call, nothing asked of her
    if token.lemma_.lower() == "threaten" and any(c.dep_ == "nsubj" and c.lemma_.lower() in lexicon.ENDANGERING
                                                  for c in token.children):
        return None  # "Apple said the lawsuit threatened “who we are”": a danger, not a threat anyone made
    if token.lemma_.lower() == "commit" and any(c.dep_ == "dobj" for c in token.children):
        return None  # "had committed “a profound breach of trust”": a deed, no commitment
    if _said_by_its_infinitive(token):
        return None  # "has written to say that …", "phoned to say …": the infinitive's own cue reports it
    content = _verb_content(token)
    if not content and (inverted := _inverted_after_comma(token)) is not None:
        # "This system, says Richard Locksley, an immunologist at the University of California, San Francisco,
        # helps …": the parser took the name for the subject of the verb after it; the words are around the clause
        content = _around(token, inverted)
    if (reporter := _reporter_after(token)) is not None:
        # "Nigeria could ask the WHO for vaccines, a senior official said": what the verb reports ends before the
        # clause that reports it, and is nothing when it was only that clause
        last = token.doc[reporter.left_edge.i - 2]
        stop = last.idx + len(last.text)
        content = [(start, min(end, stop)) for start, end in content if start < stop]
    if not content:
        return None
    if token.lemma_.lower() in lexicon.CLAUSE_ONLY and not _has_clause(token) and not _channel_clause(token) \
            and not _names(token) and _torn_clause(token) is None and not (
        rejects_words(token) or _as_put(token) or _beside_quote(token)
    ):
        return None
    owner = _stranded_possessor(token) if token.tag_ == "VBG" else None  # "the community’s finding that …"
    source = _phrase(owner) if owner is not None else _subject(token) or _stranded_reporter(token)
    if (saying := _as_saying(token)) is not None and (quoted := _quoted_as(saying)) is not None:
        if any(c.dep_ in ("ccomp", "dobj") for c in saying.children):
            return None  # "State television quoted the minister as saying the talks failed": "saying" reports it
        source = quoted  # "“…,” the radio quoted one witness as saying": the witness speaks, not the radio
    if source is not None and (inverted := _inverted_after_comma(token)) is not None and source.start == inverted.start:
        content = _around(token, inverted)  # "Her parents, said Mariam Lomidze, a law student, remember …"
    if source is None and not any(c.dep_ == "auxpass" for c in token.children):
        return None  # only a passive ("it was announced that ...") reports without a speaker
    if source is not None and any(t.dep_ == "det" and t.lower_ == "no" and t.head.i == source.root.i for t in source):
        return None  # "No group claimed responsibility": no one said anything
    subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    inside = _reporter_inside(token.doc[subject.left_edge.i: subject.right_edge.i + 1], token) \
        if source is not None and subject is not None else None
    if inside is not None and source is not None and inside.start == source.start:
        # the reporter found inside the subject the parser took from what was said: all before it was said
        sentence = token.sent
        content = [(sentence.start_char, token.doc[source.start - 2].idx + len(token.doc[source.start - 2]))]
    if source is not None:  # a speaker the parser left inside what it said ("“…,” the union's head, Sam Obura, said")
        content = [_cut_at_quote(text_of(token.doc), start, source.start_char) if start < source.start_char < end
                   else (start, end) for start, end in content]
    # the preposition joins the cue when it follows the verb ("called for"), not across a time ("called on Tuesday")
    cue = _auxiliaries(token) + [token] + [c for c in token.children if c.dep_ == "prt"] + [
        p for p in _cue_preposition(token) if p.i <= token.i + 2]
    return Candidate(
        cue=sorted(cue, key=lambda t: t.i),
        source=source,
        speaker_phrase=_antecedent(token, source),
        content=content,
        addressee=_addressee(token),
        medium=_medium(token),
        negated=any(c.dep_ == "neg" for c in token.children),
        confidence=_verb_confidence(token, source),
        rule="verb",
    )


def _as_saying(verb: Token) -> Token | None:
    """The "saying" of an outlet's "quoted … as saying", whose own reading (:func:`parties._quoted_as`) names the one
    quoted."""
    if verb.lemma_.lower() != "quote":
        return None
    return next((c for p in verb.children if p.dep_ == "prep" and p.lower_ == "as" for c in p.children
                 if c.lemma_.lower() in ("say", "tell")), None)


def _counterfactual(verb: Token) -> bool:
    """"a resolution that would have demanded a ceasefire", "a bill that would have required": what a text that
    never passed would have said is no one's words; nor is a condition set in what someone said."""
    auxiliaries = [c.lower_ for c in verb.children if c.dep_ == "aux"]
    if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("unless", "if") for c in verb.children) \
            and verb.head.dep_ in ("ccomp", "xcomp") and verb.head.head.lemma_.lower() in lexicon.SPEECH:
        return True  # "said she would not debate him unless he disavowed his claims": a condition, not his words
    if verb.dep_ == "relcl" and verb.tag_ == "VBN" and "have" in auxiliaries \
            and any(a in ("would", "could", "might") for a in auxiliaries):
        return True
    # "vetoed a resolution calling for a pause", "rejected a motion demanding his resignation": the words of a text
    # someone blocked are not theirs
    text = verb.head if verb.dep_ in ("acl", "relcl") else None
    return text is not None and text.lemma_.lower() in BLOCKABLE and text.dep_ in ("dobj", "nsubjpass") \
        and text.head.lemma_.lower() in BLOCKING


# Texts put to a vote, and what is done to those that fail.
BLOCKABLE = frozenset({"resolution", "motion", "bill", "amendment", "draft", "proposal", "text", "measure", "petition"})
BLOCKING = frozenset({"veto", "reject", "block", "oppose", "defeat", "kill", "torpedo", "scuttle", "sink"})


def _around(verb: Token, speaker: Span) -> list[tuple[int, int]]:
    """The words on either side of a reporting clause set off by commas, without it."""
    doc, sentence = verb.doc, verb.sent
    before = doc[sentence.start: verb.i - 1]
    after = doc[speaker.end + 1: sentence.end]
    while len(after) and after[-1].is_punct and after[-1].text not in QUOTE_MARKS:
        after = after[:-1]
    return [(p.start_char, p.end_char) for p in (before, after) if len(p)]


def _said_by_its_infinitive(verb: Token) -> bool:
    """"Margaret Ellison has written to say that …", "She phoned to say the shop would close": a verb of writing or
    phoning whose words come in an infinitive of saying, which is a cue of its own; one statement, not two ("call"
    is left out: it names and demands far more often than it phones)."""
    return verb.lemma_.lower() in ("write", "phone", "ring", "email", "text") and any(
        c.dep_ in ("xcomp", "advcl") and c.i > verb.i and c.lemma_.lower() in lexicon.SPEECH
        and any(a.tag_ == "TO" for a in c.children) and any(g.dep_ in ("ccomp", "dobj") for g in c.children)
        for c in verb.children)


def _reporter_after(verb: Token) -> Token | None:
    """"Nigeria could ask the WHO for vaccines, a senior official said": the subject of the saying verb the verb is
    the complement of, when it follows after a comma with no quotation between them (not "recalled, “…, he said,
    …”")."""
    clause = verb  # (or of the clause it hangs in: "arrested … after they protested outside …, witnesses said")
    while clause.dep_ in ("advcl", "conj", "xcomp") and clause.head.i != clause.i:
        clause = clause.head
    head = clause.head
    if clause.dep_ != "ccomp" or head.pos_ != "VERB" or head.lemma_.lower() not in lexicon.SPEECH or head.i < verb.i:
        return None
    doc = verb.doc
    subject = next((c for c in head.children if c.dep_ == "nsubj" and c.i > verb.i), None)
    if subject is None or subject.left_edge.i < 2 or doc[subject.left_edge.i - 1].text != "," \
            or any(t.is_quote for t in doc[verb.i: head.i]):
        return None
    return subject


def _urged_within(verb: Token) -> bool:
    """"Birol said governments needed to do more to support charging networks", "Experts said regulators should
    criticise the company": praise or criticism someone else says is wanted, inside their words, is no one's."""
    lemma = verb.lemma_.lower()
    if lemma not in lexicon.PRAISE | lexicon.CRITICISM | {"protest"} or lemma in lexicon.SPEECH - {"protest"}:
        return False
    wanted = any(c.dep_ == "aux" and (c.tag_ == "TO" or c.lower_ in ("should", "must", "ought"))
                 for c in verb.children)
    if wanted and verb.dep_ == "advcl" and verb.head.lemma_.lower() not in lexicon.VERBS:
        return True  # "Thousands of nurses marched to protest the pay freeze": an act's purpose, no words
    return wanted and any(a.lemma_.lower() in lexicon.SPEECH and a.pos_ == "VERB" for a in verb.ancestors)


def _stranded_reporter(verb: Token) -> Span | None:
    """"Belarus is pushing migrants into Lithuania, the Lithuanian interior minister, Agne Bilotaite, said.": a
    closing "said" the parser left without a subject, its reporter hung on the clause's last noun as an
    apposition; that apposition, ending at the comma before the verb, is who said it."""
    doc = verb.doc
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) or verb.i < 3 or doc[verb.i - 1].text != ",":
        return None
    if any(not t.is_punct for t in doc[verb.i + 1: verb.sent.end]):
        return None
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
    if clause is None:
        return None
    reporter = next((t for t in clause.subtree if t.dep_ == "appos" and t.head.i < t.i
                     and t.right_edge.i == verb.i - 2 and doc[t.left_edge.i - 1].text == ","), None)
    if reporter is None or not (reporter.ent_type_ in ("PERSON", "ORG") or reporter.lemma_.lower() in lexicon.PERSON_NOUNS):
        return None
    return doc[reporter.left_edge.i: reporter.right_edge.i + 1]


def _cut_at_quote(text: str, start: int, speaker: int) -> tuple[int, int]:
    """What was said up to its closing quotation mark before the speaker's name, else up to the name."""
    closing = max(text.rfind(mark, start + 1, speaker) for mark in ("”", '"'))
    return (start, closing + 1) if closing > start else (start, speaker)


def _obliged(verb: Token) -> bool:
    """"said that integration had to guarantee Kurdish rights": what a thing must do, which no one says by it
    (one who "had to admit" it said it)."""
    head = verb.head
    subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
    return verb.dep_ == "xcomp" and head.lemma_.lower() in ("have", "need", "ought") \
        and any(c.tag_ == "TO" for c in verb.children) and subject is not None and subject.pos_ == "NOUN" \
        and not subject.ent_type_ and subject.lemma_.lower() not in SPEAKING_KINDS


def _endangering(verb: Token) -> bool:
    """"to be used to threaten Turkey's security", "threatened regional stability": a danger to a state of things,
    no threat anyone voiced."""
    return verb.lemma_.lower() == "threaten" and any(c.dep_ == "dobj" and c.lemma_.lower() in SAFE_STATES
                                                      for c in verb.children)


# Common nouns for those who can speak, whom "had to" leaves speakers: "the minister had to admit".
SPEAKING_KINDS = frozenset({"minister", "president", "official", "spokesman", "spokeswoman", "spokesperson", "leader",
                            "chief", "head", "lawyer", "judge", "company", "group", "party", "government", "police",
                            "army", "ministry", "court", "people", "man", "woman", "critic", "analyst", "expert",
                            "activist", "union", "council", "agency", "officer", "prosecutor", "candidate", "member"})
# What is endangered, not threatened by anyone's words: "threaten Turkey's security", "threatened stability".
SAFE_STATES = frozenset({"security", "stability", "peace", "safety", "future", "existence", "survival", "life",
                         "livelihood", "health", "sovereignty", "integrity", "unity", "economy", "recovery", "order"})


def _passive_conjunct(verb: Token) -> bool:
    """"advisers had been declared persona non grata and asked to leave": a participle joined to a passive
    shares its subject and its voice; it was asked of them, they said nothing."""
    head = verb.head
    participle = verb.tag_ == "VBN" or not any(c.dep_ in ("dobj", "ccomp") for c in verb.children) and any(
        c.dep_ == "xcomp" and any(t.tag_ == "TO" for t in c.children) for c in verb.children)  # "asked to leave"
    return verb.dep_ == "conj" and participle and head.i < verb.i and any(
        c.dep_ == "auxpass" for c in head.children) and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)


def _praised_for(verb: Token) -> bool:
    """"praised the people of Uttar Pradesh for rejecting what he called …", "accused Bove of telling lawyers …":
    what the one praised or blamed did, not the speaker's words."""
    prep = verb.head
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or any(c.dep_ == "nsubj" for c in verb.children):
        return False
    if prep.lower_ == "of" and prep.head.dep_ == "dobj" and prep.head.head.lemma_.lower() in lexicon.VERBS:
        return True  # "had accused Bove of telling lawyers to ignore court orders": what Bove is accused of
    return prep.lower_ in ("for", "of") and prep.head.pos_ == "VERB" and any(c.dep_ == "dobj" for c in prep.head.children)


def _bidden(verb: Token) -> bool:
    """"would require companies to report …", "asked the minister to explain …", "allow officials to
    announce …": an infinitive whose doer someone else names is what they were made, asked or allowed to say,
    not a statement made."""
    if verb.dep_ not in ("xcomp", "ccomp") or not any(c.tag_ == "TO" for c in verb.children):
        return False
    head = verb.head
    if head.lemma_.lower() in lexicon.CAUSATIVES:
        return False  # "forced Hollis to concede": said (parties.causee is the speaker)
    if head.lemma_.lower() in PERMITTED and any(c.dep_ == "auxpass" for c in head.children):
        return True  # "they were not authorized to discuss the talks": a condition of speaking, nothing said
    if head.lemma_.lower() in lexicon.VERBS and (_passive_conjunct(head) or any(
            c.dep_ == "auxpass" for c in head.children)):
        return True  # "was summoned and told to explain the remarks": what he was told to say
    named = any(head.i < c.i < verb.i and (c.dep_ in ("dobj", "dative") or c.dep_ == "prep" and c.lower_ in ("on", "upon"))
                for c in head.children)  # "require companies to", "called on the government to"
    return named or any(c.dep_ == "nsubj" and head.i < c.i < verb.i for c in verb.children)


# Verbs of being let to speak: "were not authorized to discuss", "is not permitted to comment".
PERMITTED = frozenset({"authorize", "authorise", "permit", "allow", "empower", "clear", "entitle"})

def _was_asked(verb: Token) -> bool:
    """"Asked about the strike, the minister replied …", "Pressed on the deal, she said …": a fronted passive
    participle tells what the speaker was asked, by someone unnamed; the speaker's answer is the statement."""
    return verb.tag_ == "VBN" and verb.dep_ == "advcl" and verb.i < verb.head.i and verb.lemma_.lower() in ASKED \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "auxpass") for c in verb.children) or asked_aside(verb)


def _unnamed(verb: Token) -> bool:
    """"…, asking not to be named", "who requested anonymity": a condition of speaking, not a statement."""
    if verb.lemma_.lower() not in ("ask", "request", "demand"):
        return False
    return any(c.lemma_.lower() in ("name", "identify", "quote") and any(a.dep_ == "auxpass" for a in c.children)
               for c in verb.children if c.dep_ in ("xcomp", "ccomp")) or any(
        c.dep_ == "dobj" and c.lemma_.lower() == "anonymity" for c in verb.children)


def _beside_quote(verb: Token) -> bool:
    """"“Oh my,” Lucas responded": a quotation closing just before the verb's clause, or opening right
    after the verb, is what it reports."""
    doc = verb.doc
    start = min([verb.i, *(c.left_edge.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass"))])

    def mark(i: int, step: int) -> bool:  # a quotation mark at i, or past a comma or colon there
        if 0 <= i < len(doc) and doc[i].text in (",", ":"):
            i += step
        return 0 <= i < len(doc) and doc[i].text in QUOTE_MARKS
    return mark(start - 1, -1) or mark(verb.i + 1, 1)


def _advised(verb: Token) -> bool:
    """"Owners should expect to receive letters", "fans can expect a new album": what someone is told to
    expect is advice to them, not their statement."""
    return verb.lemma_.lower() == "expect" and any(
        c.dep_ == "aux" and c.lower_ in ("should", "can", "could", "may", "might", "must", "will") for c in verb.children)


def _open_question(verb: Token) -> bool:
    """"It is unclear whether the company will appeal", "if she says yes": asked about or supposed, not said."""
    return any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in verb.children)


def _as_put(verb: Token) -> bool:
    """"As the minister put it, …", "…, as Lane pointed out, …": the idioms report the clause they hang on."""
    marked = verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
    lemma = verb.lemma_.lower()
    return marked and (lemma == "put" and any(c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children)
                       or lemma == "point" and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children))


def _shouted(verb: Token) -> bool:
    """"LAUREN ALAINA SAYS ‘DWTS’ HAS HELPED HER": a cue in a sentence set in capitals is a headline or a
    link to another story (page furniture), not a statement of this article."""
    if not verb.text.isupper() or len(verb.text) < 2:
        return False
    words = [t for t in verb.sent if t.is_alpha and len(t) > 1]
    return len(words) >= 3 and sum(t.text.isupper() for t in words) >= 0.8 * len(words)


def _plea(verb: Token) -> bool:
    """"pleaded guilty", "pleads not guilty to charges", "appealed the verdict": a plea or an appeal in court is a
    legal act, not a statement."""
    if verb.lemma_.lower() == "appeal":
        return any(c.dep_ == "dobj" and c.lemma_.lower() in lexicon.COURT_OUTCOMES for c in verb.children)
    return verb.lemma_.lower() == "plead" and any(
        c.lower_ in ("guilty", "innocent", "not", "no") for c in verb.subtree if c.i > verb.i and c.i <= verb.i + 3)


def _fragment_subject(verb: Token) -> bool:
    """"The city's largest employer, Halden Steel, announced on Monday that …": the small parser can make
    the subject the root and the finite verb its modifier. A participle never takes a that-clause after
    a noun set off by commas, so a speech verb hung on a preceding noun that has one is that noun's
    predicate."""
    noun = verb.head
    comma = verb.i > 0 and verb.doc[verb.i - 1].text == ","
    if not (noun.pos_ in ("NOUN", "PROPN") and noun.i < verb.i and noun.dep_ in ("ROOT", "nsubj") and comma):
        return False
    if any(c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
           for c in verb.children):
        return True
    # "Human Rights Watch, which published the report, called on the authorities to investigate": a sentence
    # whose only verb the parser hung on its opening name, asking someone to act
    return noun.dep_ == "ROOT" and noun.left_edge.i == noun.sent.start and any(
        c.dep_ == "xcomp" and any(t.tag_ == "TO" for t in c.children) for c in verb.children) and any(
        c.dep_ in ("dobj", "prep") for c in verb.children if c.i < verb.i + 3)


def _fragment_cue(verb: Token) -> Candidate | None:
    doc = verb.doc
    noun = verb.head
    end = verb.i
    while end > noun.i and (doc[end - 1].is_punct or doc[end - 1].dep_ in ("advmod",)):
        end -= 1
    source = doc[noun.left_edge.i:end]
    clause = next(c for c in verb.children if c.dep_ in ("ccomp", "xcomp"))
    if not len(source):
        return None
    return Candidate(cue=[verb], source=source, content=[_clause_range(verb, clause)], confidence=0.6,
                     rule="verb", medium=_medium(verb))


def _trailing(verb: Token) -> bool:
    """"Croatian authorities are failing to uphold ..., a human rights group protested here Wednesday.": the
    small parser can hang a sentence-final reporting clause on the last noun of the report, as an
    apposition whose participle "protested" modifies it. A speech verb that ends the sentence with no
    object or clause of its own, on a noun set off by a comma after a finite clause, reports that clause."""
    noun = verb.head
    if verb.tag_ not in ("VBD", "VBN") or noun.pos_ not in ("NOUN", "PROPN") or verb.i < noun.i:
        return False
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "agent") or c.dep_ == "prep" and not _when(c) for c in verb.children):
        return False  # "a force proposed by allies", "the plan announced in Paris"
    start = noun.left_edge
    if start.i < 2 or start.doc[start.i - 1].text != "," or verb.right_edge.i + 2 < verb.sent.end:
        return False
    before = start.doc[verb.sent.start: start.i - 1]
    return any(t.pos_ in ("VERB", "AUX") and t.tag_ not in ("VBG", "VBN") for t in before)


def _trailing_cue(verb: Token) -> Candidate:
    noun = verb.head
    doc = verb.doc
    source = doc[noun.left_edge.i: noun.i + 1]
    content = doc[verb.sent.start: noun.left_edge.i - 1]
    return Candidate(
        cue=[verb], source=source, speaker_phrase=None, content=[(content.start_char, content.end_char)],
        addressee=None, medium=None, negated=False, confidence=0.6, rule="verb",
    )


CUE_AUX_DEPS = {"aux", "auxpass", "neg", "advmod"}


def _auxiliaries(verb: Token) -> list[Token]:
    """Auxiliaries, negation and adverbs right before the verb belong to the cue.

    PolNeAR marks "has said", "did not say", "also said", "was expected":
    on its training split the whole verb group is the cue about ten times as
    often as the bare verb. Only the unbroken run next to the verb counts, and
    not the infinitive "to" or a question word ("when asked"). A group with
    both an auxiliary and an adverb ("had previously indicated") keeps the bare
    verb, as the seed article's statements are pinned.
    """
    run: list[Token] = []
    for i in range(verb.i - 1, max(verb.sent.start, verb.i - 5) - 1, -1):
        token = verb.doc[i]
        if token.head.i != verb.i or token.dep_ not in CUE_AUX_DEPS or token.tag_ in ("TO", "WRB") \
                or token.ent_type_ == "PERSON":  # "May said": a name the parser took for a modal
            break
        run.insert(0, token)
    if any(t.dep_ == "advmod" for t in run) and any(t.dep_ in ("aux", "auxpass") for t in run):
        return []
    return run


def _names(verb: Token) -> bool:
    """"called Trump “unhinged”", "called for a ceasefire": "call" reports a label or a demand.

    "Call" is everywhere in news text ("a group called X", "call a meeting"),
    so without a clause it is a cue only with an object and its predicate, or
    with "for"/"on".
    """
    if verb.lemma_.lower() not in lexicon.LABELLING - {"describe"}:
        return False
    deps = {c.dep_ for c in verb.children}
    return {"dobj", "oprd"} <= deps or _quoted_label(verb) or _swallowed_object(verb) or \
        verb.lemma_.lower() == "call" and (any(p.lower_ in ("for", "on") for p in _cue_preposition(verb))
                                           or bool(_called_for(verb)))


def _swallowed_object(verb: Token) -> bool:
    """"called the demand “political blackmail”": the parser may hang the object on the label as its modifier,
    leaving the verb a predicate alone; a label with an object of its own before it is still a label."""
    return any(o.dep_ == "oprd" and any(c.dep_ in ("nmod", "compound") and c.i < o.i and c.pos_ in ("NOUN", "PROPN")
                                        and any(d.dep_ in ("det", "poss") for d in c.children) for c in o.children)
               for o in verb.children) or any(
        # "called the ruling highly partisan": "ruling" read as the label's modifier, its article hung on the label
        o.dep_ == "oprd" and any(d.dep_ in ("det", "poss") and d.i < o.i for d in o.children)
        and any(c.dep_ in ("nmod", "compound", "amod") and c.i < o.i and c.tag_ in ("NN", "NNS", "NNP", "VBG")
                for c in o.children) for o in verb.children) or any(
        # "called the decision highly partisan": the label read as the object's adjective, after it
        o.dep_ == "dobj" and any(c.dep_ == "amod" and c.i > o.i and c.pos_ == "ADJ" for c in o.children)
        for o in verb.children)


OPENING_MARKS = frozenset({"“", '"', "«"})


def _quoted_label(verb: Token) -> bool:
    """"called the proposed rules “an injustice to criminal prosecution”", "labeled the agreement “a fraud”",
    "calls his arguments, “misguided policy advocacy”": a quotation after the object, wherever the parser hangs
    it (an apposition, a second object, a modifier of the object's last word), is what it was called."""
    doc = verb.doc
    objects = [o for o in verb.children if o.dep_ == "dobj"]
    if not objects:
        return False
    start = objects[0].left_edge.i
    # the object's own words and what hangs on the verb beside it, not a clause after it ("called the bigwigs to
    # the stage, singing “…”")
    near = [t for c in verb.children if c.dep_ in ("dobj", "oprd", "attr", "appos", "npadvmod") for t in c.subtree]
    near += [c for c in verb.children if c.dep_ == "punct"]
    return any(t.text in OPENING_MARKS and t.i + 1 < len(doc) and not doc[t.i + 1].is_punct
               for t in near if t.i > start) and not any(
        t.text in OPENING_MARKS for t in verb.subtree if t.i < start)


# What a denial can be of when it denies words, not a request: "denied the allegations", "rejected claims".
# (Not a request: "rejected a call for troops", "dismissed the appeal" are decisions.)
DENIED_WORDS = frozenset({"claim", "allegation", "accusation", "charge", "report", "rumour", "rumor", "suggestion",
                          "assertion", "statement", "story", "account", "criticism", "comment", "remark",
                          "characterization", "characterisation", "notion", "idea", "speculation", "wrongdoing",
                          "involvement", "responsibility", "allegations", "accusations", "reports", "claims",
                          "charges", "rumours", "rumors", "suggestions", "critique", "critiques", "criticisms", "concern",
                          "concerns", "warning", "warnings", "finding", "findings", "assessment", "conclusion",
                          "announcement", "narrative", "version", "explanation", "theory", "testimony"})


# What a welcome or a challenge can be of when it is a reaction put into words: "welcomed the move",
# "backed the decision", "questioned the ruling".
DECIDED_WORDS = frozenset({"move", "decision", "ruling", "verdict", "news", "step", "plan", "policy", "deal",
                           "agreement", "proposal", "announcement", "result", "outcome", "shift", "judgment",
                           "judgement", "initiative", "measure", "resolution", "compromise", "accord", "truce", "ceasefire",
                           "reform", "reforms", "law", "bill", "budget", "vote", "election", "appointment", "release",
                           "report", "finding", "findings", "offer", "recommendation", "recommendations", "settlement",
                           "talks"})


def rejects_words(verb: Token) -> bool:
    """A rejection verb whose object is something said ("denied the allegations", "dismissed reports of a
    rift", "rejected claims") reports a statement, as a clause would ("denied that he knew"); with any
    other object it is a decision ("rejected the bill", "declined the offer"). Likewise a welcome or a
    challenge of a decision or of news ("welcomed the move", "questioned the ruling") is a reaction said
    aloud, unlike "welcomed visitors"."""
    lemma = verb.lemma_.lower()
    objects = [c.lemma_.lower() for c in verb.children if c.dep_ == "dobj"]
    if lemma in lexicon.REJECTION | {"dispute", "question", "challenge", "contest"} and (
            any(o in DENIED_WORDS for o in objects) or objects and _as_label(verb)) \
            or lemma in ("welcome", "hail") and objects and _as_label(verb):
        return True
    if lemma == "object":  # "objected to the deal": an objection to a decision is said aloud
        objects = [o.lemma_.lower() for p in verb.children if p.dep_ == "prep" and p.lower_ == "to"
                   for o in p.children if o.dep_ == "pobj"]
    return lemma in {"welcome", "support", "back", "question", "challenge", "dispute", "contest", "object"} and any(
        o in DECIDED_WORDS for o in objects)


def _as_label(verb: Token) -> bool:
    """"dismissed the critique as “a misreading”": the words it was dismissed in were said of it; unquoted,
    "dismissed him as coach" names a post and "dismissed an X-ray as normal" is a reading, not words."""
    doc = verb.doc
    # (the parser may hang the "as" on the object: "dismissed the announcement as “a media stunt”")
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    for prep in (c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "as"):
        words = [t for t in prep.subtree if t.i > prep.i]
        if any(t.text in OPENING_MARKS for t in words) or (doc[prep.i + 1].text in OPENING_MARKS if prep.i + 1 < len(doc)
                                                          else False):
            return True
        # "dismissed the promise as a manoeuvre", "welcomed the order as a decisive victory": a thing judged, in
        # words with an article ("dismissed him as coach", "an X-ray as normal" name a post and a reading)
        label = next((o for o in prep.children if o.dep_ == "pobj"), None)
        if label is not None and label.pos_ == "NOUN" and any(d.dep_ == "det" and d.lower_ in ("a", "an")
                                                               for d in label.children) \
                and all(o.pos_ == "NOUN" and o.lemma_.lower() not in lexicon.PERSON_NOUNS and o.ent_type_ != "PERSON"
                        for o in verb.children if o.dep_ == "dobj"):
            return True
    return False


def _passive(verb: Token) -> bool:
    return any(c.dep_ == "auxpass" for c in verb.children)


def _passive_cue(verb: Token) -> Candidate | None:
    """"It was announced that ...", "the plan was criticised by unions".

    The speaker, if any, is the "by" agent; what was reported is the clause, or
    else the passive subject — unless that subject is a bare pronoun.
    """
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    by = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    clause = next((c for c in verb.children if c.dep_ in ("ccomp", "xcomp")), None)
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if verb.lemma_.lower() in ("quote", "cite") and subject is not None and any(
            t.lower_ in ("saying", "telling") and t.i > verb.i for t in verb.subtree):
        # "Lukashenko was quoted by the state news agency BelTA as saying": the agency relays, he speaks; his
        # words are the quotation beside it or what "as saying" reports (that reading is its own candidate)
        if not any(t.lower_ == "saying" and any(c.dep_ in ("ccomp", "dobj") for c in t.children) for t in verb.subtree):
            return Candidate(cue=_auxiliaries(verb) + [verb], source=_phrase(subject),
                             content=[(subject.idx, subject.idx)], confidence=0.6, rule="passive")
        return None
    if clause is not None:
        content = [_clause_range(verb, clause)]
    elif subject is not None and subject.pos_ not in ("PRON", "DET") and subject.tag_ not in ("WDT", "WP"):
        content = [(subject.left_edge.idx, _end(_object_end(subject)))]
    else:
        return None
    if verb.lemma_.lower() in lexicon.CLAUSE_ONLY and clause is None:
        return None
    return Candidate(
        cue=_auxiliaries(verb) + [verb], source=_phrase(by) if by is not None else None, content=content,
        negated=any(c.dep_ == "neg" for c in verb.children), confidence=0.6, rule="passive",
    )


# -------------------------------------------------------- "according to X"

# What "per" cites when it cites a source rather than a rate ("per the report", not "per share").
PER_SOURCES = frozenset({"report", "reports", "data", "source", "sources", "official", "officials", "police",
                         "statement", "filing", "spokesperson", "spokesman", "spokeswoman", "study", "survey"})


def _according_to(token: Token) -> Candidate | None:
    owned: Token | None = None
    # "According to Peskov, the troops would be targets": the source is the
    # object of "to"; the content is the clause the phrase modifies.
    if token.lower_ == "per" and token.dep_ == "prep":
        to = token  # "The bacterium, per the health ministry, is found …": "per" with a speaker as its object
        pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
        if pobj is None or not (pobj.ent_type_ in ("ORG", "PERSON", "NORP", "GPE") and not pobj.is_lower
                                or pobj.lemma_.lower() in PER_SOURCES):
            return None  # not "290 micrograms per cubic metre", whatever the tagger calls the unit
    elif _words_of(token):
        to = token.doc[token.i + 3]  # "In the words of one official, the plan is dead"
    elif (owner := _owned_words(token)) is not None:
        to = token  # "In Pryce's words, the merger is …", "in his telling": the owner of the words speaks
        owned = owner
    elif token.lower_ != "according" or token.i + 1 >= len(token.doc) or token.nbor().lower_ != "to":
        return None
    else:
        to = token.nbor()
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
    if pobj is None or pobj.lemma_.lower() in NO_SOURCES and not any(pobj.children):
        return None  # "would proceed according to schedule", "according to plan": how, not who says (not "the
        # initial schedule published Thursday", a document)
    speaker = owned if owned is not None else pobj
    sentence = token.sent
    phrase_start = token.i
    phrase_end = pobj.right_edge.i + 1
    named = _loose_apposition(token.doc, phrase_end) if owned is None and pobj.pos_ == "NOUN" else None
    if named is not None:
        phrase_end = named.end  # "According to the province's auditor general, Bonnie Lysyk, the process …"
    before = _strip_tokens(token.doc[sentence.start:phrase_start]) if phrase_start > sentence.start else None
    after = _strip_tokens(token.doc[phrase_end:sentence.end]) if phrase_end < sentence.end else None
    content = max((p for p in (before, after) if p is not None), key=len, default=None)
    if content is None or len(content) < 3:
        return None
    return Candidate(
        cue=list(token.doc[token.i: to.i + 1]) if owned is None else [token, pobj],
        source=_phrase(speaker) if named is None else token.doc[pobj.left_edge.i: named.end],
        content=[(content.start_char, content.end_char)],
        confidence=0.85,
        rule="according-to",
    )


def _loose_apposition(doc: Doc, start: int) -> Span | None:
    """A name set off by commas right after a cited source's phrase, which the parser hung elsewhere: ", Bonnie
    Lysyk," after "according to the province's auditor general"."""
    if start + 2 >= len(doc) or doc[start].text != "," or doc[start + 1].ent_type_ != "PERSON" \
            or doc[start + 1].ent_iob_ != "B":
        return None
    name = entity_at(doc[start + 1])
    if name is None:
        return None
    end = name.end
    if name.root.dep_ in ("nsubj", "nsubjpass"):
        return None  # "according to NPR's Feng, Li Jifeng, a doctor …, wrote": the next clause's subject
    return doc[start: end] if end < len(doc) and doc[end].text == "," else None


OWNED_WORDS = frozenset({"words", "telling", "account"})
# What "according to" can follow without anyone saying anything.
NO_SOURCES = frozenset({"schedule", "plan", "timetable", "rule", "law", "tradition", "custom", "protocol", "procedure",
                        "script", "design", "need", "ability", "merit", "size", "age", "order"})


def _owned_words(token: Token) -> Token | None:
    """"In Pryce's words, …", "in his telling, …": whose words the clause gives, at the head of a sentence part."""
    if token.lower_ != "in" or token.dep_ != "prep":
        return None
    pobj = next((c for c in token.children if c.dep_ == "pobj"), None)
    if pobj is None or pobj.lower_ not in OWNED_WORDS:
        return None
    return next((c for c in pobj.children if c.dep_ == "poss"), None)


def _words_of(token: Token) -> bool:
    """"in the words of": a source cited like "according to"."""
    doc = token.doc
    return token.lower_ == "in" and token.i + 3 < len(doc) and [t.lower_ for t in doc[token.i + 1: token.i + 4]] == [
        "the", "words", "of"]


# ------------------------------------------------------ "Name: statement"

LINE_BREAKS = " -–—"


POSTING = frozenset({"writing", "saying", "adding", "tweeting", "posting", "captioning"})
CAPTIONS = frozenset({"message", "caption", "words", "note"})


def _closing_mark(doc: Doc, start: int, end: int) -> Token | None:
    """The first quotation mark in ``doc[start:end]``: where a quotation opened just before it closes."""
    return next((t for t in doc[start:end] if t.text in QUOTE_MARKS), None)


def _colon_quote_cue(token: Token) -> Candidate | None:
    """"Prime Minister Lucía Ferrer is more conciliatory: “There is a compromise available.”", "Sy is firm: “No.”":
    a clause about a named person or body that ends in a colon before a quotation introduces their words."""
    doc = token.doc
    if not _before_quotation(token):
        return None
    verb = _clause_before(token)
    if verb is None or verb.lemma_.lower() in lexicon.VERBS and verb.lemma_.lower() != "put":
        return None  # a speech verb before the colon is a cue of its own ("told reporters:"); "put it bluntly:" is not
    source = _subject(verb)
    if source is not None and source.root.lemma_.lower() in SAYINGS:
        # "His warning was simple:", "Her answer was blunt:": the words are the possessor's
        owner = next((c for c in source.root.children if c.dep_ == "poss"), None)
        source = doc[owner.left_edge.i: owner.i + 1] if owner is not None and owner.pos_ in ("PRON", "PROPN", "NOUN") \
            else None  # "The minister's message was simple:": the minister, without the "'s"
    elif verb.lemma_.lower() == "put" and source is not None and source.root.pos_ in ("NOUN", "PROPN"):
        pass  # "A European diplomat put it bluntly:": whoever put it so
    elif source is None or source.root.ent_type_ not in ("PERSON", "ORG", "") or not (
            source.root.pos_ == "PROPN" or any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in source.root.children)):
        return None  # "Its chairman, Yosef Ndolu, was sceptical:" names him; "The plan was simple:" names no one
    if source is None:
        return None
    return _colon_quotation(token, source, _antecedent(verb, source))


def _following_statement(token: Token) -> Candidate | None:
    """"A spokesman for the DPRK Foreign Ministry released the following press statement: The U.S. drills are …":
    a statement announced as "the following" before a colon is the sentence after it, its announcer's words."""
    doc = token.doc
    if token.text != ":" or token.i == 0 or token.i + 2 >= len(doc):
        return None
    noun = doc[token.i - 1]
    if noun.lemma_.lower() not in FOLLOWING_STATEMENTS or not any(c.lower_ == "following" for c in noun.children):
        return None
    verb = noun.head if noun.dep_ == "dobj" else None
    source = _subject(verb) if verb is not None and verb.pos_ == "VERB" else None
    if source is None:
        return None
    first = doc[token.i + 1]
    last = doc[max(first.sent.end - 1, first.i)]
    return Candidate(cue=[verb], source=source, speaker_phrase=_antecedent(verb, source),
                     content=[(first.idx, last.idx + len(last.text))], addressee=None, medium=None,
                     negated=False, confidence=0.6, rule="verb")


def _message_from(token: Token) -> Candidate | None:
    """"“The Arctic must remain a zone of low tension.” That was the message from President Alexander Stubb", "Those
    were the words of …", "The words came from …", "That warning came from …", "The words belong to …": a quotation
    named after it as someone's message, response, words or verdict is theirs (the sentence before, when it is a
    quotation)."""
    if token.lemma_ not in ("be", "come", "belong") or token.dep_ != "ROOT" or token.i == 0:
        return None
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if token.lemma_ != "be":  # "The words came from Prime Minister Viktor Orban", "The words belong to …"
        noun = subject if subject is not None and subject.lemma_.lower() in MESSAGES and any(
            c.lower_ in ("the", "that", "this") for c in subject.children) \
            and subject.left_edge.i == token.sent.start else None
        holder = token
    else:  # "That was the message from …", "Those were the words of …"
        noun = next((c for c in token.children if c.dep_ == "attr" and c.lemma_.lower() in MESSAGES), None)
        if subject is None or subject.lower_ not in ("that", "this", "those", "these") or subject.i != token.sent.start:
            return None
        holder = noun
    if noun is None:
        return None
    whose = ("to",) if token.lemma_ == "belong" else ("from", "of")
    by = next((c for c in holder.children if c.dep_ == "prep" and c.lower_ in whose), None)
    pobj = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
    if pobj is None or pobj.pos_ not in ("PROPN", "NOUN") or pobj.lower_ in ("them", "it"):
        return None
    before = token.doc[token.sent.start - 1].sent
    words = [t for t in before if not t.is_space]
    if len(words) < 4 or words[0].text not in QUOTE_MARKS or words[-1].text not in QUOTE_MARKS:
        return None
    named = next((c for c in pobj.children if c.dep_ == "appos"), None)
    end = (named.right_edge.i if named is not None else pobj.i) + 1
    return Candidate(cue=[noun], source=token.doc[pobj.left_edge.i: end], content=[(words[0].idx, words[-1].idx + 1)],
                     confidence=0.6, rule="verb")


# What a quotation before can be named as: "That was the message from …"
MESSAGES = frozenset({"message", "response", "reply", "verdict", "warning", "reaction", "answer", "assessment",
                      "view", "plea", "promise", "pledge", "word", "words"})


FOLLOWING_STATEMENTS = frozenset({"statement", "declaration", "communique", "communiqué", "message", "announcement",
                                  "remark", "comment"})


def _named_colon_quote(token: Token) -> Candidate | None:
    """"Marie Dubois, migration expert at Oxfam: “This pact is a disgrace.”", "Sujan Thapa, speaking through a
    megaphone: “We are not leaving.”": a sentence that opens with a name, a comma and words about the named (no
    verb of its own before the colon) gives the quotation after the colon to that name."""
    doc = token.doc
    if not _before_quotation(token):
        return None
    start = token.sent.start
    while start < token.i and (doc[start].is_space or doc[start].is_punct):
        start += 1
    name = next((e for e in doc.ents if e.start == start and e.label_ in ("PERSON", "ORG")), None)
    if name is None or name.end >= token.i or doc[name.end].text != "," or token.i - start > 16 \
            or any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in doc[name.end: token.i]):
        return None
    return _colon_quotation(token, doc[start: token.i], None)


def _before_quotation(token: Token) -> bool:
    """A colon with a quotation mark right after it."""
    return token.text == ":" and token.i + 1 < len(token.doc) and token.doc[token.i + 1].text in QUOTE_MARKS


def _colon_quotation(colon: Token, source: Span, speaker_phrase: Span | None) -> Candidate | None:
    """The quotation after a colon as ``source``'s words, up to its closing mark (within 200 words)."""
    doc = colon.doc
    close = _closing_mark(doc, colon.i + 2, min(len(doc), colon.i + 200))
    if close is None:
        return None
    return Candidate(cue=[colon], source=source, speaker_phrase=speaker_phrase,
                     content=[(doc[colon.i + 1].idx, close.idx + len(close.text))], addressee=None, medium=None,
                     negated=False, confidence=0.6, rule="verb")


# Nouns for what someone said, whose possessor is the speaker of a quotation after a colon.
SAYINGS = frozenset({"warning", "message", "reply", "answer", "response", "verdict", "advice", "view", "retort",
                     "plea", "argument", "explanation", "assessment", "reaction", "comment", "words"})


def _clause_before(colon: Token) -> Token | None:
    """The verb of the clause a colon ends: the parser often hangs that clause on the quotation's own verb
    after the colon ("Valdes put it bluntly: “Every government finds …”": "put" under "finds")."""
    if colon.head.pos_ in ("VERB", "AUX") and colon.head.i < colon.i:
        return colon.head
    if colon.i == 0:
        return None
    word, verb = colon.doc[colon.i - 1], None
    while word.i < colon.i:
        if word.pos_ in ("VERB", "AUX"):
            verb = word
        if word.head.i == word.i or word.head.i > colon.i:
            break
        word = word.head
    return verb


def _posted_cue(token: Token) -> Candidate | None:
    """"Coe congratulated her on X, writing: “A class act.”", "posted a photo with the caption: “Welcome home.”":
    a participle of writing (the small parser often calls it a noun) or a caption before a colon and a quotation
    reports the quotation, in the words of the clause's subject."""
    doc = token.doc
    after = token.i + 1
    if token.lower_ not in POSTING | CAPTIONS or after + 1 >= len(doc) or doc[after].text != ":" \
            or doc[after + 1].text not in QUOTE_MARKS:
        return None
    if token.lower_ in POSTING and (token.i == 0 or doc[token.i - 1].text != ","):
        return None
    if token.lower_ in CAPTIONS and not any(a.lower_ == "with" for a in token.ancestors if a.i < token.i):
        return None
    verb = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), token.sent.root)
    source = _subject(verb)
    if source is None:
        return None
    close = _closing_mark(doc, after + 2, token.sent.end + 1)
    end = close if close is not None else doc[min(token.sent.end, len(doc)) - 1]
    return Candidate(
        cue=[token], source=source, speaker_phrase=_antecedent(verb, source),
        content=[(doc[after + 1].idx, end.idx + len(end.text))], addressee=None, medium=None, negated=False,
        confidence=0.6, rule="verb",
    )


def _colon_cue(token: Token, text: str) -> Candidate | None:
    """"Bernie Sanders: ‘It Is Not A Radical Idea’", "TRUMP: The deaths of ...".

    Headlines and transcripts put the speaker's name at the start of a line and
    a colon as the cue; the content is the rest of the line. The name must be
    a person or organisation the parser recognises, and nothing but the name
    (after a "EXCLUSIVE –" kicker) may stand before the colon.
    """
    if token.text != ":" or token.i == 0:
        return None
    doc = token.doc
    line_start = text.rfind("\n", 0, token.idx) + 1
    line_end = text.find("\n", token.idx)
    line_end = len(text) if line_end == -1 else line_end
    start = token.i
    while start > 0 and doc[start - 1].idx >= line_start and doc[start - 1].text not in LINE_BREAKS:
        start -= 1
    name = doc[start:token.i]
    if not 1 <= len(name) <= 5 or any(t.pos_ != "PROPN" and not t.is_punct for t in name):
        return None
    if not any(t.ent_type_ in ("PERSON", "ORG") for t in name) or len(name) == 1 and name[0].lower_ in lexicon.LABEL_WORDS \
            or len(name) > 1 and name[0].lower_ in lexicon.ACTION_WORDS or lexicon.headline_label(name.text):
        return None
    before = text[line_start:name.start_char].strip(" \t\"“'‘")
    if before and before[-1] not in LINE_BREAKS:
        return None
    if name.text.isupper() and a_place(name.text) and not spoken(text[_end(token):line_end].strip()):
        return None  # "KATHMANDU: Nepal has lodged a diplomatic protest …": a dateline
    content = _strip_tokens(doc.char_span(_end(token), line_end, alignment_mode="contract") or doc[token.i:token.i])
    if content is None or len([t for t in content if t.is_alpha]) < 3:
        return None
    if text.count(text[name.start_char:_end(content[min(1, len(content) - 1)])]) > 1:
        return None  # "Star Wars Jedi: Fallen Order" written twice is a title with a colon, not a name and its words
    return Candidate(
        cue=[token], source=name, content=[(content.start_char, content.end_char)], confidence=0.6, rule="colon",
    )


def a_place(name: str) -> bool:
    """A label in capitals that names a city, a division or a state ("KOTA BHARU", "NAGPUR", "GAZA CITY")."""
    words = name.title()
    return bool(country_code(words) or geo.place_country(words))


def spoken(body: str) -> bool:
    """A turn's words, which a dateline's news never is: said in the first person ("KELLER: We have delivered …",
    though Keller is also a town in Texas)."""
    return bool(re.match(r"[“\"]?(I|I'm|I’m|We|We're|We’re|We've|We’ve|My|Our|Us)\b", body))


# ---------------------------------------------------------------- noun cues


def _noun_cue(token: Token) -> Candidate | None:
    # "Peskov's claim that ...", "the Kremlin's warning that ...": a reporting
    # noun with a possessor (the source) and a clause (the content).
    if token.pos_ != "NOUN" or token.lemma_.lower() not in lexicon.NOUNS:
        return None
    possessor = next((c for c in token.children if c.dep_ == "poss"), None)
    if possessor is None:  # "a warning by the central bank that …"
        by = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "by"), None)
        possessor = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
    if possessor is None:
        possessor = _stranded_possessor(token)
    if possessor is None:
        possessor = _light_verb_subject(token)
    clause = next((c for c in token.children if c.dep_ in ("acl", "ccomp", "relcl") and c.i > token.i
                   and _opens_with_that(c)), None)
    if possessor is None or possessor.pos_ == "PRON" and possessor.lower_ in ("its",):
        return None
    if clause is not None:
        content = _clause_range(token, clause)
    else:
        content = _noun_complement(token)
        if content is None:
            return None
    return Candidate(
        cue=[token],
        source=_phrase(possessor),
        content=[content],
        confidence=0.7,
        rule="noun",
    )


# Verbs that only carry a reporting noun: "issued a warning that …", "made an appeal for witnesses to …".
LIGHT_VERBS = frozenset({"issue", "make", "deliver", "sound", "voice", "express", "renew", "repeat", "reiterate",
                         "publish", "release", "lodge", "file", "raise", "level"})


def _light_verb_subject(noun: Token) -> Token | None:
    """The subject of the light verb whose object the reporting noun is ("The ministry issued a warning that …",
    "Fiona Parry issued a plea for people to stay away …"): whose warning or plea it is. Not under a negation or
    a modal ("did not issue a warning", "may issue a warning"): nothing was said."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in LIGHT_VERBS \
            or any(c.dep_ == "neg" or c.tag_ == "MD" for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject if subject is not None and subject.pos_ in ("NOUN", "PROPN") else None


def _stranded_possessor(noun: Token) -> Token | None:
    """"amid the intelligence community’s finding that …": a possessor the parser cut off from the noun (its "’s"
    left as punctuation, the noun hung elsewhere) is still whose finding it is."""
    doc = noun.doc
    if noun.i < 2 or doc[noun.i - 1].lower_ not in ("’s", "'s") or doc[noun.i - 1].dep_ == "case":
        return None
    owner = doc[noun.i - 2]
    return owner if owner.pos_ in ("NOUN", "PROPN") else None


# Nouns of commitment and demand whose content is an infinitive: "the ministry's announcement to close …",
# "the minister's pledge to resign"; and of assertion whose content is a gerund: "his claims of having …".
INFINITIVE_NOUNS = frozenset({"announcement", "promise", "pledge", "vow", "threat", "call", "proposal", "demand",
                              "appeal", "plea", "request", "offer", "warning"})
GERUND_NOUNS = frozenset({"claim", "accusation", "allegation", "denial", "admission", "assurance", "warning"})
# Nouns of asking whose content is "for" someone to do something: "an appeal for witnesses to come forward".
PLEA_NOUNS = frozenset({"plea", "appeal", "call", "demand", "request"})


def _noun_complement(noun: Token) -> tuple[int, int] | None:
    """The infinitive or "of"-gerund a reporting noun carries, as a character range, or None."""
    lemma = noun.lemma_.lower()
    for child in noun.children:
        if child.i < noun.i:
            continue
        if lemma in INFINITIVE_NOUNS and child.dep_ == "acl" and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in child.children):
            return child.left_edge.idx, _end(child.right_edge)
        if lemma in GERUND_NOUNS and child.dep_ == "prep" and child.lower_ == "of" and any(
                g.dep_ == "pcomp" and g.tag_ == "VBG" for g in child.children):
            return child.left_edge.idx, _end(child.right_edge)
        if lemma in PLEA_NOUNS and child.dep_ == "prep" and child.lower_ == "for" and any(
                a.dep_ == "aux" and a.lower_ == "to" for t in child.subtree for a in t.children):
            return child.left_edge.idx, _end(child.right_edge)  # "a plea for people to stay away from the pills"
    if lemma in PLEA_NOUNS and noun.dep_ == "dobj":  # the same, its "for … to" clause hung on the verb
        clause = next((c for c in noun.head.children if c.dep_ == "advcl" and c.left_edge.i == noun.i + 1
                       and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
                       and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
        if clause is not None:
            return clause.left_edge.idx, _end(clause.right_edge)
    return None
