"""Repairs of the small parser's verbless readings of news sentences, so that every later stage (statements,
events) sees the verb: "A Hong Kong court jailed activist Joshua Lam for 10 months" parsed as one long noun
phrase ("jailed" a modifier of "activist"), "Ukraine's health minister, Oksana Hrytsenko, called Poland's
decision “incomprehensible”" parsed with "called" a modifier of "minister"."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token


@Language.component("verbless_sentences")
def verbless_sentences(doc: Doc) -> Doc:
    """A sentence whose root is a noun, with a past verb inside it that the parser read as a modifier, has that
    verb as its root: what comes before it is its subject, the rest its object."""
    for sentence in list(doc.sents):
        root = sentence.root
        if root.pos_ not in ("NOUN", "PROPN"):
            continue
        verb = next((t for t in sentence if _hidden_verb(sentence, root, t)), None)
        if verb is not None:
            _promote(sentence, root, verb)
    return doc


def _hidden_verb(sentence: Span, root: Token, verb: Token) -> bool:
    doc = verb.doc
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBN") or verb.i <= sentence.start + 1:
        return False
    before = doc[verb.i - 1]
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
    on_name = verb.head.dep_ == "appos" and verb.head.head.i == root.i  # "…'s chair, Maria Cantwell, called on …"
    return verb.dep_ == "acl" and verb.tag_ == "VBD" and (verb.head.i == root.i or on_name) and before.text == "," \
        and any(c.dep_ == "appos" and c.i < verb.i for c in root.children) \
        and any(c.dep_ in ("dobj", "ccomp", "oprd") or on_name and c.dep_ == "prep" for c in verb.children)


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
        root.head, root.dep_ = verb, "nsubj"
        for child in [c for t in (root, *root.children) for c in t.children if c.i > verb.i and c.i != verb.i]:
            child.head = verb  # the sentence's closing stop
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
