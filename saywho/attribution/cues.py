"""The cue rules: a reporting word (the cue) on the dependency parse, its speaker (the source) and what
was said (the content). Each rule says why it exists."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from saywho.attribution import lexicon
from saywho.attribution.quotes import Quote

# Dependency labels of a verb's clausal complement: "said [that he would go]".
COMPLEMENT_DEPS = {"ccomp", "xcomp", "csubj", "parataxis"}
# Object-like dependents that carry the content of praise, criticism,
# description: "praised [Trump's efforts]", "described [the decisions] as ...".
OBJECT_DEPS = {"dobj", "attr", "oprd", "prep", "dative", "acomp", "advmod", "npadvmod", "pobj"}
SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
# Clauses a missing subject is inherited through: "Putin sought ..., warning
# that ..." (advcl), "praised ... but criticised ..." (conj), "planned to say" (xcomp).
INHERIT_DEPS = {"advcl", "conj", "xcomp", "csubjpass", "csubj", "ccomp", "acl", "pcomp", "prep"}
ADDRESSEE_VERBS = {"tell", "inform", "assure", "brief", "warn", "remind", "urge", "ask", "reassure", "caution"}
MEDIUM_PREPS = {"on", "in", "via", "through", "during", "over"}


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
    if token.pos_ not in ("VERB", "AUX") or token.lemma_.lower() not in lexicon.VERBS:
        return None
    if token.dep_ == "acl" and _trailing(token):
        return _trailing_cue(token)
    if token.dep_ == "acl" and _fragment_subject(token):
        return _fragment_cue(token)
    if token.dep_ == "amod" or token.tag_ == "VBN" and token.dep_ in ("acl", "amod"):
        # "the proposed force", "a force proposed by allies": modifiers, not speech.
        return None
    if _passive(token):
        return _passive_cue(token)
    if _plea(token) or _shouted(token):
        return None
    content = _verb_content(token)
    if not content:
        return None
    if token.lemma_.lower() in lexicon.CLAUSE_ONLY and not _has_clause(token) and not _names(token) and not (
        rejects_words(token)
    ):
        return None
    source = _subject(token)
    if source is None and not any(c.dep_ == "auxpass" for c in token.children):
        return None  # only a passive ("it was announced that ...") reports without a speaker
    cue = _auxiliaries(token) + [token] + [c for c in token.children if c.dep_ == "prt"] + _cue_preposition(token)
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


def _shouted(verb: Token) -> bool:
    """"LAUREN ALAINA SAYS ‘DWTS’ HAS HELPED HER": a cue in a sentence set in capitals is a headline or a
    link to another story (page furniture), not a statement of this article."""
    if not verb.text.isupper() or len(verb.text) < 2:
        return False
    words = [t for t in verb.sent if t.is_alpha and len(t) > 1]
    return len(words) >= 3 and sum(t.text.isupper() for t in words) >= 0.8 * len(words)


def _plea(verb: Token) -> bool:
    """"pleaded guilty", "pleads not guilty to charges": a plea in court is a legal act, not a statement."""
    return verb.lemma_.lower() == "plead" and any(
        c.lower_ in ("guilty", "innocent", "not", "no") for c in verb.subtree if c.i > verb.i and c.i <= verb.i + 3)


def _fragment_subject(verb: Token) -> bool:
    """"The city's largest employer, Halden Steel, announced on Monday that …": the small parser can make
    the subject the root and the finite verb its modifier. A participle never takes a that-clause after
    a noun set off by commas, so a speech verb hung on a preceding noun that has one is that noun's
    predicate."""
    noun = verb.head
    comma = verb.i > 0 and verb.doc[verb.i - 1].text == ","
    return noun.pos_ in ("NOUN", "PROPN") and noun.i < verb.i and noun.dep_ in ("ROOT", "nsubj") and comma and any(
        c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        for c in verb.children)


def _fragment_cue(verb: Token) -> Candidate | None:
    doc = verb.doc
    noun = verb.head
    end = verb.i
    while end > noun.i and (doc[end - 1].is_punct or doc[end - 1].dep_ in ("advmod",)):
        end -= 1
    source = doc[noun.left_edge.i:end]
    clause = next(c for c in verb.children if c.dep_ == "ccomp")
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


def _when(prep: Token) -> bool:
    """"on Monday", "at noon": a preposition that only dates the verb."""
    return all(o.ent_type_ in ("DATE", "TIME") for o in prep.children if o.dep_ == "pobj") and any(
        o.dep_ == "pobj" for o in prep.children)


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
        if token.head.i != verb.i or token.dep_ not in CUE_AUX_DEPS or token.tag_ in ("TO", "WRB"):
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
    if verb.lemma_.lower() != "call":
        return False
    deps = {c.dep_ for c in verb.children}
    return {"dobj", "oprd"} <= deps or any(p.lower_ in ("for", "on") for p in _cue_preposition(verb))


# What a denial can be of when it denies words, not a request: "denied the allegations", "rejected claims".
# (Not a request: "rejected a call for troops", "dismissed the appeal" are decisions.)
DENIED_WORDS = frozenset({"claim", "allegation", "accusation", "charge", "report", "rumour", "rumor", "suggestion",
                          "assertion", "statement", "story", "account", "criticism", "comment", "remark",
                          "characterization", "characterisation", "notion", "idea", "speculation", "wrongdoing",
                          "involvement", "responsibility", "allegations", "accusations", "reports", "claims",
                          "charges", "rumours", "rumors", "suggestions"})


# What a welcome or a challenge can be of when it is a reaction put into words: "welcomed the move",
# "backed the decision", "questioned the ruling".
DECIDED_WORDS = frozenset({"move", "decision", "ruling", "verdict", "news", "step", "plan", "policy", "deal",
                           "agreement", "proposal", "announcement", "result", "outcome", "shift", "judgment",
                           "judgement", "initiative", "measure", "resolution"})


def rejects_words(verb: Token) -> bool:
    """A rejection verb whose object is something said ("denied the allegations", "dismissed reports of a
    rift", "rejected claims") reports a statement, as a clause would ("denied that he knew"); with any
    other object it is a decision ("rejected the bill", "declined the offer"). Likewise a welcome or a
    challenge of a decision or of news ("welcomed the move", "questioned the ruling") is a reaction said
    aloud, unlike "welcomed visitors"."""
    lemma = verb.lemma_.lower()
    objects = [c.lemma_.lower() for c in verb.children if c.dep_ == "dobj"]
    if lemma in lexicon.REJECTION | {"dispute", "question", "challenge", "contest"} and any(
            o in DENIED_WORDS for o in objects):
        return True
    return lemma in {"welcome", "support", "back", "question", "challenge", "dispute", "contest"} and any(
        o in DECIDED_WORDS for o in objects)


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


def _has_clause(token: Token) -> bool:
    return any(c.dep_ in COMPLEMENT_DEPS for c in token.children)


def _verb_content(verb: Token) -> list[tuple[int, int]]:
    """What the verb reports: its clausal complement, else its object phrase."""
    clauses = [c for c in verb.children if c.dep_ in COMPLEMENT_DEPS and c.dep_ != "csubj"
               and not (c.dep_ == "xcomp" and verb.lemma_.lower() in NOT_SPOKEN_OBJECT - {"continue"})]
    if clauses:
        return [_clause_range(verb, clauses[0])]
    stranded = _stranded_clause(verb)
    if stranded is not None:
        return [(stranded.left_edge.idx, _end(stranded.right_edge))]
    predicate = _reported_predicate(verb)
    if predicate is not None:
        # "…, which Toyota claims is a record for its class": the parser made the report the subject of what it
        # reports, or a relative clause beside it; the content is the verb that follows and its clause.
        return [(predicate.idx, _end(_clause_end(predicate)))]
    if verb.lemma_.lower() in lexicon.SPEECH - lexicon.PRAISE and verb.lemma_.lower() not in ("describe", "call"):
        # A speech verb with a noun object reports that object ("announced an order of four ferries",
        # "confessed to the robbery"); "said" with neither is parenthetical ("..., he said") or intransitive: quotes
        # and the parenthetical rule fill it.
        spoken = _spoken_object(verb)
        if spoken is not None:
            return [spoken]
        if verb.lemma_.lower() in NOT_SPOKEN_OBJECT and any(c.dep_ == "dobj" for c in verb.children):
            return []  # "added a goal", "added to lead the league", "posted a loss": doing, not saying
        return _parenthetical_content(verb)
    objects = _objects(verb)
    if not objects:
        return []
    first = min(c.left_edge.idx for c in objects)
    last = max(_end(_object_end(c)) for c in objects)
    return [(first, last)]


# Prepositions whose object is what a speech verb reports: "joked about", "confessed to", "asked for",
# "warned of". "to" after say/speak/talk/write/explain names the addressee instead.
SPOKEN_PREPOSITIONS = {"about", "of", "to", "for"}
ADDRESSED_BY_TO = {"say", "speak", "talk", "write", "explain", "tell", "reply", "respond", "answer", "report",
                   "read", "post", "announce", "mention", "admit", "confirm", "reveal", "describe", "complain"}


# Speech verbs whose noun object is not something said: "added a goal", "posted a loss", "pleaded guilty",
# "recorded a profit", "read the book", "maintained its lead", "continued the talks".
NOT_SPOKEN_OBJECT = frozenset({"add", "post", "plead", "record", "read", "maintain", "continue", "air", "wire",
                               "broadcast", "publish", "document", "show", "find", "direct", "order", "rule"})
# What a lawyer argues before a court: "argued the case" is appearing in it, not saying something.
LITIGATED = frozenset({"case", "appeal", "motion", "lawsuit", "suit", "petition"})
# Prepositions that name the speaker's employer or audience, not content: "reports for NPR", "writes for".
EMPLOYER_FOR = frozenset({"report", "write", "speak", "work", "blog", "post", "tweet", "broadcast", "cover"})
# Objects of "cite"/"quote" that are the source, not what it said: "citing an anonymous source".
CITED_SOURCES = frozenset({"source", "sources", "official", "officials", "commission", "ministry", "agency",
                           "spokesman", "spokeswoman", "spokesperson", "report", "reports", "study", "statement",
                           "data", "figures", "survey", "document", "documents", "people", "person", "expert",
                           "experts", "analyst", "analysts", "authority", "authorities", "witness", "witnesses"})


# Nouns that name whom one urges or warns, rather than what: "urged voters", "warned residents".
AUDIENCE_NOUNS = frozenset({"reporter", "journalist", "people", "public", "official", "member", "lawmaker",
                            "voter", "resident", "user", "customer", "citizen", "investor", "supporter", "leader",
                            "government", "court", "police", "council", "parent", "student", "worker", "fan",
                            "country", "nation", "side", "party", "authority", "colleague", "employee", "driver"})


def _addressee_like(noun: Token) -> bool:
    """"urged Israel", "warned residents", "asked him": someone addressed; "urged an end to the strike",
    "warned of a crisis": what was urged."""
    return noun.pos_ in ("PRON", "PROPN") or noun.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or (
        noun.lemma_.lower() in AUDIENCE_NOUNS)


def _spoken_object(verb: Token) -> tuple[int, int] | None:
    """The noun object a speech verb reports, as a character range, or None.

    "announced an order", "revealed plans to expand", "denied the allegations", "cited X as a reason",
    "confessed to the kidnapping", "asked about the budget". Not an addressee ("told reporters"), a
    pronoun ("said it", "said so": what was said is elsewhere), or a date ("said Monday").
    """
    lemma = verb.lemma_.lower()
    if lemma in NOT_SPOKEN_OBJECT:
        return None
    right = [c for c in verb.children if c.i > verb.i]
    direct = [c for c in right if c.dep_ in ("dobj", "attr", "oprd") and c.pos_ in ("NOUN", "PROPN", "NUM")
              and not (lemma == "tell" or lemma in ADDRESSEE_VERBS and _addressee_like(c))
              and c.ent_type_ not in ("DATE", "TIME")]
    if lemma in ("cite", "quote") and any(c.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or c.lemma_.lower()
                                          in CITED_SOURCES for c in direct):
        return None  # "citing the regional water board": a source, whose words are elsewhere
    if direct and (lemma == "confirm" and direct[0].ent_type_ == "PERSON"
                   or lemma == "argue" and direct[0].lemma_.lower() in LITIGATED
                   and not any(c.lower_ == "for" for c in direct[0].children)):
        return None  # "the Senate confirmed Prelogar", "she argued the case": an appointment, a hearing
    if direct:
        head = direct[0]
        extra = [c for c in right if c.dep_ == "prep" and c.lower_ in ("as", "to") and c.i > head.right_edge.i
                 and lemma not in ADDRESSED_BY_TO]  # "cited X as a reason", "attributed X to Y"
        last = max([_object_end(head)] + [c.right_edge for c in extra], key=lambda t: t.i)
        return head.left_edge.idx, _end(last)
    if any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children):
        return None
    for child in right:
        if child.dep_ != "prep" or child.lower_ not in SPOKEN_PREPOSITIONS or child.i > verb.i + 2:
            continue
        if child.lower_ == "to" and lemma in ADDRESSED_BY_TO or _is_medium(child) or _when(child):
            continue
        if child.lower_ == "for" and lemma in EMPLOYER_FOR:
            continue
        pobj = next((p for p in child.children if p.dep_ in ("pobj", "pcomp")), None)
        if pobj is not None and pobj.pos_ not in ("PRON",) and pobj.ent_type_ not in ("DATE", "TIME"):
            return pobj.left_edge.idx, _end(_object_end(pobj))
    return None


def _reported_predicate(verb: Token) -> Token | None:
    """The verb right after a subjectless-looking report inside a relative clause ("which Toyota claims
    [is] a record", "who police say [was] armed"), when the parser did not make it the report's complement."""
    if verb.dep_ not in ("csubj", "relcl", "nsubj") or verb.i + 1 >= len(verb.doc):
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WDT", "WP") for c in verb.children) and (
            verb.dep_ != "csubj"):
        return None  # only "which X claims", "who X says": the relative pronoun is the reported clause's subject
    following = verb.doc[verb.i + 1]
    if following.pos_ not in ("AUX", "VERB") or following.head.i == verb.i or following.i in {t.i for t in verb.subtree}:
        return None
    return following


def _stranded_clause(verb: Token) -> Token | None:
    """A that-clause the parser hung on the speech verb's addressee or circumstance ("told reporters at a
    press conference [that the plant will …]"): a relative clause never has "that" as its marker, so a
    clause marked by "that" under the verb's object or prepositional phrase is the verb's complement."""
    if verb.lemma_.lower() not in lexicon.SPEECH:
        return None
    for child in verb.children:
        if child.i < verb.i or child.dep_ not in ("dobj", "dative", "prep", "npadvmod"):
            continue
        for token in child.subtree:
            if token.dep_ in ("relcl", "acl", "ccomp") and token.head.pos_ in ("NOUN", "PROPN") and _opens_with_that(token):
                return token
    return None


def _opens_with_that(clause: Token) -> bool:
    """The clause opens with "that" as its marker, or with a "that" the parser took for a relative
    pronoun while the clause has a subject of its own ("tells the paper [that he saw the driver]":
    after a speech verb with no content, that is what was told)."""
    first = clause.left_edge
    if first.lower_ != "that" or first.head.i != clause.i:
        return False
    if first.dep_ == "mark":
        return True
    return first.dep_ in ("dobj", "advmod") and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.i != first.i for c in clause.children)


def _objects(verb: Token) -> list[Token]:
    """What praise, criticism or description is about.

    The direct object, plus the "as" phrase or predicate of "described X as Y",
    "called X Y". Other prepositional phrases ("praised X *in a speech*") are
    circumstance, not content. With no object, the object of a cue
    preposition: "talked about [the economy]", "called for [a ceasefire]".
    """
    right = [c for c in verb.children if c.i > verb.i]
    direct = [c for c in right if c.dep_ in ("dobj", "attr", "oprd", "acomp")]
    lemma = verb.lemma_.lower()
    if lemma in ADDRESSED_ONLY:
        # "accused the mayor", "reassured the public", "apologised to the crew", "referred the case to police":
        # whom the act was aimed at; what was said is only an "of" phrase ("accused X of fraud").
        of = [p for p in right if p.dep_ == "prep" and p.lower_ == "of" and lemma == "accuse"]
        return [o for p in of for o in p.children if o.dep_ in ("pobj", "pcomp")][:1]
    if direct:
        # "blasted Trump *for* not paying taxes": the reason is part of the criticism.
        extra = [c for c in right if c.dep_ == "prep" and (
            c.lower_ == "as" or c.lower_ == "for" and c.left_edge.i == direct[-1].right_edge.i + 1)]
        return direct + extra
    preposition = _cue_preposition(verb)
    if preposition:
        return [c for c in preposition[0].children if c.dep_ in ("pobj", "pcomp")][:1]
    return []


CUE_PREPOSITIONS = {"about", "of", "to", "for", "on", "against", "at", "with", "over"}
# Verbs whose object is the person addressed or targeted, not what was said (unless a clause follows).
ADDRESSED_ONLY = frozenset({"accuse", "reassure", "assure", "thank", "congratulate", "remind", "apologize",
                            "apologise"})


def _cue_preposition(verb: Token) -> list[Token]:
    """The preposition that belongs to the cue: "referring *to*", "called *for*", "talked *about*"."""
    if any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children) or _stranded_clause(verb) is not None:
        return []
    for child in verb.children:
        near = child.dep_ == "prep" and child.lower_ in CUE_PREPOSITIONS and child.i <= verb.i + 2
        if near and not _is_medium(child) and any(c.dep_ in ("pobj", "pcomp") for c in child.children):
            return [child]
    return []


def _object_end(head: Token) -> Token:
    """The end of an object phrase, before a comma-separated afterthought ("X, saying ...")."""
    end = head
    for child in head.children:
        if child.i <= head.i:
            continue
        after_comma = head.doc[child.left_edge.i - 1].text == "," if child.left_edge.i > 0 else False
        if after_comma and child.dep_ in ("relcl", "acl", "advcl", "appos"):
            break
        end = max(end, child.right_edge, key=lambda t: t.i)
    while end.i > head.i and end.is_punct and end.text not in ("”", '"', "’"):
        end = end.doc[end.i - 1]
    return end


def _clause_range(verb: Token, clause: Token) -> tuple[int, int]:
    """Character range of a complement clause, repaired where the parse is short.

    The small parser sometimes hangs the rest of a clause on the reporting
    verb's head ("warning that any troops deployed ... [would be considered]",
    parsed as if "warning that ..." were the subject of "would be considered"):
    when the complement has no finite verb of its own, or the cue became a
    clausal subject, extend it to the end of that head's clause.
    """
    left = clause.left_edge
    right = clause.right_edge
    if clause.i > verb.i and left.i < verb.i:
        left = verb.nbor()  # "which Macron said [would be finalised]"
    swallowed = verb.dep_ in ("csubj", "csubjpass") and verb.head.i > right.i
    if (swallowed or not _finite(clause)) and verb.head.i != verb.i and verb.head.i > clause.i:
        right = _clause_end(verb.head)
    if clause.i < verb.i:
        right = min(right, _before_subject_or_verb(verb), key=lambda t: t.i)
    return left.idx, _end(right)


def _finite(clause: Token) -> bool:
    return any(c.dep_ in ("aux", "auxpass") for c in clause.children) or clause.tag_ in (
        "VBD", "VBZ", "VBP", "MD",
    )


def _clause_end(head: Token) -> Token:
    # Stop before subordinate clauses that are commentary on the report, not
    # part of it: "..., even though there are no plans".
    right = head
    for child in head.children:
        commentary = child.dep_ == "advcl" and any(m.dep_ == "mark" for m in child.children)
        if child.i > head.i and not commentary and (child.dep_ != "punct" or child.text in ("”", '"')):
            right = max(right, child.right_edge, key=lambda t: t.i)
    return right


def _before_subject_or_verb(verb: Token) -> Token:
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    first = subject.left_edge if subject is not None else verb
    return first.doc[max(first.i - 1, 0)]


QUOTE_MARKS = frozenset({"“", "”", '"', "‘", "’", "«", "»", "'"})


def _parenthetical_content(verb: Token) -> list[tuple[int, int]]:
    """"The force is ready, Macron said." — the content is the rest of the sentence.

    spaCy attaches the main clause as the verb's ccomp when it parses well; this
    covers the cases where it hangs the reporting clause as the root of a
    fragment: take the sentence minus the reporting clause.
    """
    sentence = verb.sent
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None:
        return []
    clause_start = min(subject.left_edge.i, verb.i)
    clause_end = max(verb.right_edge.i, subject.right_edge.i)
    doc = sentence.doc
    # What a parenthetical cue reports is on its own line: the parser can run a sentence on past a line
    # break into the next item of a live blog or a list.
    line_start = next((i + 1 for i in range(clause_start - 1, sentence.start - 1, -1)
                       if "\n" in doc[i].text or "\n" in doc[i].whitespace_), sentence.start)
    line_end = next((i for i in range(clause_end + 1, sentence.end)
                     if "\n" in doc[i].text or "\n" in doc[i - 1].whitespace_), sentence.end)
    before = _strip_tokens(doc[line_start:clause_start])
    after = _strip_tokens(doc[clause_end + 1:line_end])
    # What was said is a clause or a quotation: "Whatever the label, the maker says …" is a fragment.
    pieces = [p for p in (before, after) if p is not None and len(p) >= 3 and (
        any(t.pos_ in ("VERB", "AUX") for t in p) or any(t.text in QUOTE_MARKS for t in p))]
    if not pieces and clause_start == sentence.start:
        quoted = _quote_before(sentence)
        return [(quoted.start_char, quoted.end_char)] if quoted is not None else []
    return [(p.start_char, p.end_char) for p in pieces[:1]]


def _quote_before(sentence: Span) -> Span | None:
    """"“Get down!” officers shouted through the door.": the parser ends a sentence at a quotation's
    "!" or "?", so a reporting clause that opens its sentence reports the quotation just before it on the
    same line."""
    doc = sentence.doc
    end = sentence.start
    if end == 0 or doc[end - 1].text not in ("”", '"') or "\n" in doc[end - 1].whitespace_:
        return None
    start = end - 2
    while start >= 0 and doc[start].text not in ("“", '"') and "\n" not in doc[start].text:
        start -= 1
    if start < 0 or doc[start].text not in ("“", '"') or end - start < 3:
        return None
    return doc[start:end]


def _strip_tokens(span: Span) -> Span | None:
    start, end = span.start, span.end
    while start < end and (span.doc[start].is_punct and span.doc[start].text not in "“\"‘") :
        start += 1
    while end > start and span.doc[end - 1].is_punct and span.doc[end - 1].text not in "”\"’":
        end -= 1
    return span.doc[start:end] if end > start else None


def _end(token: Token) -> int:
    return token.idx + len(token.text)


def _subject(verb: Token) -> Span | None:
    """The speaker phrase: the verb's own subject, else one inherited up the clause chain."""
    own = _own_subject(verb)
    if own is not None:
        return own
    stranded = _stranded_subject(verb)
    if stranded is not None:
        return stranded
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


def _own_subject(verb: Token, exclude: Token | None = None) -> Span | None:
    # Of two subjects, the one next to the verb: the other is a modifier the parser failed to attach
    # ("Meridian editor-in-chief Dana Whitfield said" has "Meridian" and "Whitfield" as subjects).
    for child in sorted(verb.children, key=lambda c: abs(c.i - verb.i)):
        if child.dep_ in ("nsubj", "nsubjpass") and child.lower_ not in lexicon.NON_SPEAKERS:
            if exclude is not None and exclude in child.subtree:
                continue
            if child.dep_ == "nsubjpass" and verb.lemma_ in lexicon.VERBS:
                # "He was told ...": the subject is the addressee, not the speaker.
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
    at = _break_before(verb)
    if at < 0 or phrase.start > at:
        return phrase
    doc = verb.doc
    found = [t for t in doc[at + 1: verb.i] if t.pos_ in ("NOUN", "PROPN") and not (at < t.head.i < verb.i + 1
             and t.head.i != verb.i) and t.dep_ not in ("npadvmod", "pobj")]
    found = [t for t in found if t.ent_type_ not in ("DATE", "TIME")]
    return _phrase(found[-1]) if found else phrase


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


def _phrase(head: Token, cut_relative: bool = False) -> Span:
    """A noun phrase without trailing participles or edge punctuation.

    "Trump, speaking to veterans, said": the participle is circumstance.
    Relative clauses stay unless asked: "Luis Rubio, who heads the centre" is
    how the article identifies its source (and how PolNeAR marks it).
    """
    def dropped(child: Token) -> bool:
        return child.i > head.i and (child.dep_ == "acl" and child.tag_ == "VBG" or cut_relative and child.dep_ == "relcl")

    cut = {t.i for child in head.children if dropped(child) for t in child.subtree}
    tokens = [t for t in head.subtree if t.i not in cut]
    start = tokens[0].i
    end = tokens[-1].i + 1
    doc = head.doc
    while end > start + 1 and doc[end - 1].is_punct:
        end -= 1
    while start < end - 1 and doc[start].is_punct:
        start += 1
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


MEDIUM_NOUNS = {
    "statement", "interview", "speech", "letter", "tweet", "post", "message", "briefing", "conference",
    "broadcast", "video", "podcast", "op-ed", "editorial", "column", "blog", "address", "communique", "communiqué",
    "media", "television", "radio", "twitter", "facebook", "telegram", "website",
}


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


# -------------------------------------------------------- "according to X"

# What "per" cites when it cites a source rather than a rate ("per the report", not "per share").
PER_SOURCES = frozenset({"report", "reports", "data", "source", "sources", "official", "officials", "police",
                         "statement", "filing", "spokesperson", "spokesman", "spokeswoman", "study", "survey"})


def _according_to(token: Token) -> Candidate | None:
    # "According to Peskov, the troops would be targets": the source is the
    # object of "to"; the content is the clause the phrase modifies.
    if token.lower_ == "per" and token.dep_ == "prep":
        to = token  # "The bacterium, per the health ministry, is found …": "per" with a speaker as its object
        pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
        if pobj is None or not (pobj.ent_type_ in ("ORG", "PERSON", "NORP", "GPE") or pobj.lemma_.lower() in PER_SOURCES):
            return None
    elif token.lower_ != "according" or token.i + 1 >= len(token.doc) or token.nbor().lower_ != "to":
        return None
    else:
        to = token.nbor()
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
    if pobj is None:
        return None
    sentence = token.sent
    phrase_start = token.i
    phrase_end = pobj.right_edge.i + 1
    before = _strip_tokens(token.doc[sentence.start:phrase_start]) if phrase_start > sentence.start else None
    after = _strip_tokens(token.doc[phrase_end:sentence.end]) if phrase_end < sentence.end else None
    content = max((p for p in (before, after) if p is not None), key=len, default=None)
    if content is None or len(content) < 3:
        return None
    return Candidate(
        cue=[token, to] if to is not token else [token],
        source=_phrase(pobj),
        content=[(content.start_char, content.end_char)],
        confidence=0.85,
        rule="according-to",
    )


# ------------------------------------------------------ "Name: statement"

LINE_BREAKS = " -–—"


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
    if not any(t.ent_type_ in ("PERSON", "ORG") for t in name):
        return None
    before = text[line_start:name.start_char].strip(" \t\"“'‘")
    if before and before[-1] not in LINE_BREAKS:
        return None
    content = _strip_tokens(doc.char_span(_end(token), line_end, alignment_mode="contract") or doc[token.i:token.i])
    if content is None or len([t for t in content if t.is_alpha]) < 3:
        return None
    if text.count(text[name.start_char:_end(content[min(1, len(content) - 1)])]) > 1:
        return None  # "Star Wars Jedi: Fallen Order" written twice is a title with a colon, not a name and its words
    return Candidate(
        cue=[token], source=name, content=[(content.start_char, content.end_char)], confidence=0.6, rule="colon",
    )


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


# Nouns of commitment and demand whose content is an infinitive: "the ministry's announcement to close …",
# "the minister's pledge to resign"; and of assertion whose content is a gerund: "his claims of having …".
INFINITIVE_NOUNS = frozenset({"announcement", "promise", "pledge", "vow", "threat", "call", "proposal", "demand",
                              "appeal", "plea", "request", "offer", "warning"})
GERUND_NOUNS = frozenset({"claim", "accusation", "allegation", "denial", "admission", "assurance", "warning"})


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
    return None
