"""What was said: the content a cue's parse gives, as character ranges.

A reporting verb's clause ("said [that he would go]"), its spoken object ("denied [the claims]"), a clause the
parser left stranded, or the quotation around a parenthetical "he said". :mod:`saywho.attribution.cues` calls
these for each cue it finds; each rule says why it exists.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from saywho.attribution import lexicon
from saywho.attribution.parties import (
    ADDRESSEE_VERBS,
    _dating,
    _is_medium,
    _trailing_speaker,
    _when,
    appositive_participle,
    reporting_aside,
)
from saywho.attribution.quotes import OPENERS, QUOTE_MARKS, find_quotes, marked_between
from saywho.doctext import text_of

# Dependency labels of a verb's clausal complement: "said [that he would go]".
COMPLEMENT_DEPS = {"ccomp", "xcomp", "csubj", "parataxis"}
SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
# Prepositions whose object is what a speech verb reports: "joked about", "confessed to", "asked for",
# "warned of". "to" after say/speak/talk/write/explain names the addressee instead.
SPOKEN_PREPOSITIONS = {"about", "of", "to", "for"}
ADDRESSED_BY_TO = {"say", "speak", "talk", "write", "explain", "tell", "reply", "respond", "answer", "report",
                   "read", "post", "announce", "mention", "admit", "confirm", "reveal", "describe", "complain",
                   "protest", "plead", "petition"}  # "protested to the North": whom, not what
# Speech verbs whose noun object is not something said: "added a goal", "posted a loss", "pleaded guilty",
# "recorded a profit", "read the book", "maintained its lead", "continued the talks".
NOT_SPOKEN_OBJECT = frozenset({"add", "post", "plead", "record", "read", "maintain", "continue", "air", "wire",
                               "broadcast", "publish", "document", "show", "find", "direct", "order", "rule"})
# What a company reports as figures rather than says: "reports quarterly results", "declared a final dividend".
FINANCIAL_RESULTS = frozenset({"result", "results", "earnings", "dividend", "profit", "profits", "loss", "losses",
                               "revenue", "revenues", "sales", "figures"})
# What is claimed by winning or taking it, not by saying: "claimed six wickets", "claimed more lives".
WON_THINGS = frozenset({"wicket", "title", "medal", "victory", "win", "lead", "stage", "pole", "crown", "trophy",
                        "life", "championship", "gold", "silver", "bronze", "prize", "point", "seat", "place", "spot",
                        "scalp", "record", "cup", "jersey", "share"})
# Where one is admitted, not what: "admitted to hospital".
ADMITTED_PLACES = frozenset({"hospital", "school", "university", "college", "clinic", "ward", "bar", "club"})
# What a lawyer argues before a court: "argued the case" is appearing in it, not saying something.
LITIGATED = frozenset({"case", "appeal", "motion", "lawsuit", "suit", "petition"})
# Prepositions that name the speaker's employer or audience, not content: "reports for NPR", "writes for".
EMPLOYER_FOR = frozenset({"report", "write", "speak", "work", "blog", "post", "tweet", "broadcast", "cover"})
# Objects of "cite"/"quote" that are the source, not what it said: "citing an anonymous source".
CITED_SOURCES = frozenset({"source", "sources", "official", "officials", "commission", "ministry", "agency",
                           "spokesman", "spokeswoman", "spokesperson", "report", "reports", "study", "statement",
                           "data", "figures", "survey", "document", "documents", "people", "person", "expert",
                           "experts", "analyst", "analysts", "authority", "authorities", "witness", "witnesses",
                           "memo", "memos", "letter", "email", "emails", "filing", "filings", "transcript",
                           "records", "briefing", "interview", "post", "article", "research", "findings"})
# Nouns that name whom one urges or warns, rather than what: "urged voters", "warned residents".
AUDIENCE_NOUNS = frozenset({"reporter", "journalist", "people", "public", "official", "member", "lawmaker",
                            "voter", "resident", "user", "customer", "citizen", "investor", "supporter", "leader",
                            "government", "court", "police", "council", "parent", "student", "worker", "fan",
                            "country", "nation", "side", "party", "authority", "colleague", "employee", "driver"})
CUE_PREPOSITIONS = {"about", "of", "to", "for", "on", "against", "at", "with", "over"}
# Verbs whose object is the person addressed or targeted, not what was said (unless a clause follows).
ADDRESSED_ONLY = frozenset({"accuse", "reassure", "assure", "thank", "congratulate", "remind", "apologize",
                            "apologise"})


# The preposition that gives what an addressed act is about: "apologised for", "thanked X for", "congratulated X on".
MATTERS = {"apologize": "for", "apologise": "for", "thank": "for", "congratulate": "on"}


def _has_clause(token: Token) -> bool:
    return any(c.dep_ in COMPLEMENT_DEPS for c in token.children) or _that_as_object(token) is not None


def _reporting_aside(clause: Token) -> bool:
    """"Putin congratulated Lukashenko, the Kremlin said, …": a saying verb with its own subject set beside the
    verb reports it; it is not what the verb says."""
    return clause.dep_ == "parataxis" and clause.lemma_.lower() in lexicon.SPEECH and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)


def _that_as_object(verb: Token) -> Token | None:
    """The verb's object is a lone "that" tagged a conjunction, right after it, with words after it in the
    sentence: a "that" clause the parser broke up."""
    that = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ == "that"), None)
    if that is None or that.tag_ != "IN" or that.i != verb.i + 1 or any(True for _ in that.children) \
            or that.i + 3 >= verb.sent.end:
        return None
    return that


def _verb_content(verb: Token) -> list[tuple[int, int]]:
    """What the verb reports: its clausal complement, else its object phrase."""
    apposition = appositive_participle(verb)
    skip = apposition.i if apposition is not None else -1
    clauses = [c for c in verb.children if c.dep_ in COMPLEMENT_DEPS and c.dep_ != "csubj" and c.i != skip
               and not (c.dep_ == "xcomp" and verb.lemma_.lower() in NOT_SPOKEN_OBJECT - {"continue"})
               and not _manner(c) and not _reporting_aside(c)]
    if not clauses and verb.lemma_.lower() in lexicon.COMMITMENT | lexicon.THREAT:
        # "vowed on Sunday to extend the curfew": the parser hangs the promise after a date as an adverbial
        clauses = [c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i and any(a.tag_ == "TO" for a in c.children)
                   and any(p.dep_ == "prep" and verb.i < p.i < c.i and _when(p) for p in verb.children)]
    if not clauses and verb.lemma_.lower() in ("call", "appeal", "urge", "press"):
        # "called on Israel to keep the crossings open", with the infinitive hung on the verb as an adverbial: the act
        # asked for (as when it is parsed a complement)
        clauses = [c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i and c.tag_ == "VB"
                   and any(a.tag_ == "TO" and a.dep_ == "aux" for a in c.children)]
    if not clauses and verb.lemma_.lower() in ADVISING:
        # "recommended on Thursday suspending the licence": likewise what was advised, after a date
        clauses = [c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i and c.tag_ == "VBG"
                   and any(p.dep_ == "prep" and verb.i < p.i < c.i and _when(p) for p in verb.children)]
    if not clauses and (called := _called_for(verb)):
        return [(verb.doc[called[0].left_edge.i + 1].idx, _end(called[0].right_edge))]  # after "for"
    after = [c for c in clauses if c.i > verb.i]
    if after and clauses[0].i < verb.i and not marked_between(verb.doc[clauses[0].left_edge.i:verb.i]):
        clauses = after  # "Speaking of the regulators the bill empowers, Hoenig said the next crisis …": what
        # the parser took for a clause before the verb, with no quotation, is the writer's lead-in
    if clauses:
        return [_clause_range(verb, clauses[0])] + _more_clauses(verb, clauses[0])
    if (unmarked := _unmarked_clause(verb)) is not None:
        return [_clause_range(verb, unmarked)]
    stranded = _stranded_clause(verb) or _channel_clause(verb)
    if stranded is not None:
        return [(stranded.left_edge.idx, _end(stranded.right_edge))]
    if (that := _that_as_object(verb)) is not None:
        # "It found that among children at high risk …, eating peanut snacks … cut their chances": the tagger read
        # "that" as the conjunction it is, the parser as an object, and the clause after it is in pieces: the
        # sentence from "that" on is what was found
        last = verb.sent[-1] if not verb.sent[-1].is_punct else verb.doc[max(verb.sent.end - 2, that.i)]
        return [(that.idx, _end(last))]
    if (tail := _torn_clause(verb)) is not None:
        return [tail]
    predicate = _reported_predicate(verb)
    if predicate is not None:
        # "…, which Toyota claims is a record for its class": the parser made the report the subject of what it
        # reports, or a relative clause beside it; the content is the verb that follows and its clause.
        return [(predicate.idx, _end(_clause_end(predicate)))]
    if (bidden := _bidden_act(verb)) is not None:
        return [bidden]
    if verb.lemma_.lower() in lexicon.SPEECH - lexicon.PRAISE and verb.lemma_.lower() not in lexicon.LABELLING:
        # A speech verb with a noun object reports that object ("announced an order of four ferries",
        # "confessed to the robbery"); "said" with neither is parenthetical ("..., he said") or intransitive: quotes
        # and the parenthetical rule fill it.
        spoken = _spoken_object(verb) or _quote_after_colon(verb)
        if spoken is not None:
            return [spoken]
        if verb.lemma_.lower() in NOT_SPOKEN_OBJECT and any(c.dep_ == "dobj" for c in verb.children):
            return []  # "added a goal", "added to lead the league", "posted a loss": doing, not saying
        if verb.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT") for c in verb.children):
            # "the body of a journalist who had reported on the cartel": no aside on the sentence around it,
            # unless a quotation follows ("Rikkie Wells, who tweeted, “U see …”", which the quotes then join)
            doc = verb.doc
            after = [t for t in doc[verb.i + 1: verb.i + 3] if t.text not in (",", ":")]
            if not after or after[0].text not in OPENERS:
                return []
        return _parenthetical_content(verb)
    objects = _objects(verb)
    if not objects:
        return []
    first = min(c.left_edge.idx for c in objects)
    last = max(_end(_object_end(c)) for c in objects)
    aside = next((t for c in objects for t in c.subtree if reporting_aside(t)), None)
    if aside is not None and first < aside.idx < last:  # "dismissed reports that …, calling them “fake news”"
        last = _end(_word_before(aside, 0))
    return [(first, last)]


def _unmarked_clause(verb: Token) -> Token | None:
    """"Waugh says despite the dominance of his side, South Africa can never be taken lightly": a finite clause
    with a subject of its own, right after a speech verb, with no word making it an adverbial ("if", "as",
    "because"), that the parser hung on the verb as one is what was said."""
    if verb.lemma_.lower() not in lexicon.SPEECH:
        return None
    clause = next((c for c in verb.children if c.dep_ == "advcl" and c.left_edge.i == verb.i + 1), None)
    if clause is None or any(c.dep_ == "mark" or c.tag_ in ("WRB", "WDT", "WP") for c in clause.children) \
            or verb.doc[verb.i + 1].lower_ in SUBORDINATORS | {"as", "while"} \
            or not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children) or not _finite(clause):
        return None
    return clause


def _bidden_act(verb: Token) -> tuple[int, int] | None:
    """"urged anyone with footage to contact police": the parser hangs the infinitive on a noun before it; who
    was urged and the act they were urged to are what was said."""
    if verb.lemma_.lower() not in BIDDING:
        return None
    for whom in (c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i):
        act = next((t for t in verb.subtree if t.i > whom.i and t.dep_ == "acl" and t.pos_ == "VERB"
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in t.children)), None)
        if act is not None:
            return whom.left_edge.idx, _end(act.right_edge)
    return None


# Verbs that bid someone to act: "urged residents to stay indoors".
BIDDING = frozenset({"urge", "ask", "encourage", "implore", "beg", "appeal", "invite", "instruct", "exhort"})


def _more_clauses(verb: Token, first: Token) -> list[tuple[int, int]]:
    """What the verb reports after its first clause: a second complement the parser split off it ("warned that plans
    to close the station [will put lives at risk]") or one joined with its own "that" ("said the cause remains under
    investigation, but that the building had been …")."""
    if first.i < verb.i:
        return []
    end = first.right_edge.i
    more = []
    for child in sorted((c for c in verb.children if c.i > end), key=lambda c: c.i):
        split = child.dep_ == "ccomp" and child.left_edge.i == end + 1
        joined = child.dep_ == "conj" and child.pos_ in ("VERB", "AUX") and any(
            m.dep_ == "mark" and m.lower_ == "that" for m in child.children)
        if split or joined:
            more.append((child.left_edge.idx, _end(child.right_edge)))
            end = child.right_edge.i
    return more


# Verbs that advise an act, written with its gerund: "recommended suspending", "proposed raising".
ADVISING = frozenset({"recommend", "suggest", "propose", "advise", "advocate"})


def _called_for(verb: Token) -> list[Token]:
    """"called for Halvard Group to sell its shipping unit": the parser reads "for" as the mark of an adverbial
    clause; what was called for is that clause."""
    doc = verb.doc
    if verb.lemma_.lower() != "call" or verb.i + 1 >= len(doc) or doc[verb.i + 1].lower_ != "for":
        return []
    return [c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i
            and any(m.dep_ == "mark" and m.i == verb.i + 1 for m in c.children)
            and any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)]  # "called for the works to be paused"


def _word_before(token: Token, floor: int) -> Token:
    """The last word before ``token`` (its punctuation passed over), not before token ``floor``."""
    right = token.doc[token.i - 1]
    while right.i > floor and right.is_punct:
        right = right.doc[right.i - 1]
    return right


# Where a thing is said, which the parser may give the "that" clause said: "responded in a written statement that …".
CHANNELS = frozenset({"statement", "message", "post", "letter", "interview", "podcast", "video", "email", "tweet",
                      "op-ed", "column", "filing", "release", "speech", "briefing", "note", "memo", "blog", "report"})


def _channel_clause(verb: Token) -> Token | None:
    """"A former sous-chef alleged in a podcast that he had been humiliated": the "that" clause the parser hung
    on the channel noun is what the verb reports; or on a participle after it ("said in a statement posted online
    that …", "said in a report seen by Reuters that …")."""
    def that_clause(head: Token) -> Token | None:
        return next((c for c in head.children if c.dep_ in ("acl", "ccomp", "relcl") and any(
            m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)

    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "via", "through", "on")):
        for noun in (o for o in prep.children if o.dep_ == "pobj" and o.lemma_.lower() in CHANNELS):
            clause = that_clause(noun) or next((found for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"
                                                and (found := that_clause(c)) is not None), None)
            if clause is not None:
                return clause
    return None


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
    if lemma in NOT_SPOKEN_OBJECT and not _quote_follows(verb):
        return None  # "posted a loss", but "posted: “Finally, some good news.”"
    if lemma in ("report", "declare", "announce", "post") and any(
            c.dep_ == "dobj" and c.lemma_.lower() in FINANCIAL_RESULTS for c in verb.children):
        return None  # "reports quarterly results next Wednesday", "declared a dividend": figures, not words
    if lemma == "claim" and any(c.dep_ == "dobj" and c.lemma_.lower() in WON_THINGS for c in verb.children):
        return None  # "claimed six wickets", "claimed his first major title", "claimed more lives": won or taken
    if lemma == "write" and any(c.dep_ == "prep" and c.lower_ == "about" for c in verb.children) \
            and not any(c.dep_ in ("dobj", "ccomp") for c in verb.children):
        return None  # "Owen Fairclough writes about apps": a writer's beat, not something written
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
    about = next((o for c in right if c.dep_ == "prep" and c.lower_ == "about" for o in c.children
                  if o.dep_ in ("pobj", "pcomp")), None)
    if about is not None and lemma in ADDRESSEE_VERBS and not any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return about.left_edge.idx, _end(_object_end(about))  # "asked Tom Hale about the budget cuts"
    if any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children):
        return None
    # "appealed to Western allies for air defence": whom, then what; "appealed to the Supreme Court" stays what
    # PolNeAR marks
    asked_for = lemma == "appeal" and any(c.dep_ == "prep" and c.lower_ == "for" for c in right)
    for child in right:
        after_whom = (lemma in ADDRESSED_BY_TO or asked_for) and child.lower_ in ("for", "about", "over", "against")
        if child.dep_ != "prep" or child.lower_ not in SPOKEN_PREPOSITIONS or not _near(verb, child) and not after_whom:
            continue  # but "appealed to Western allies for more air defence": what, after whom
        pobj = next((p for p in child.children if p.dep_ in ("pobj", "pcomp")), None)
        if child.lower_ == "to" and (lemma in ADDRESSED_BY_TO or asked_for) and not _admitted_to(lemma, pobj) \
                or _is_medium(child) or _when(child):
            continue
        if child.lower_ == "for" and lemma in EMPLOYER_FOR:
            continue
        if pobj is not None and pobj.pos_ not in ("PRON",) and pobj.ent_type_ not in ("DATE", "TIME"):
            return pobj.left_edge.idx, _end(_object_end(pobj))
    return None


def _admitted_to(lemma: str, pobj: Token | None) -> bool:
    """"admitted to the hygiene failures": what is admitted, where "admitted to reporters" names whom to
    (and "admitted to hospital" is no statement)."""
    return lemma == "admit" and pobj is not None and not _addressee_like(pobj) \
        and pobj.lemma_.lower() not in ADMITTED_PLACES


def _quote_after_colon(verb: Token) -> tuple[int, int] | None:
    """The quotation a colon opens after the verb ("posted on X: “Disappointed, but …”"), when the parser
    made it no complement of the verb: from its opening mark to its closing one."""
    if not _quote_follows(verb):
        return None
    doc = verb.doc
    opening = next(t for t in doc[verb.i + 1:] if t.text in QUOTE_MARKS)
    quote = next((q for q in find_quotes(text_of(doc)) if q.start == opening.idx), None)
    return (quote.start, quote.end) if quote is not None else None


def _quote_follows(verb: Token) -> bool:
    """A colon and an opening quotation mark right after the verb, or after where it was put ("posted on X:
    “…”", "wrote on Instagram: “…”"): what follows is someone's words."""
    doc = verb.doc
    at = verb.i + 1
    places = {t.i for p in verb.children if p.dep_ == "prep" and p.i == at for t in p.subtree}
    while at in places and at - verb.i <= 6:
        at += 1
    return at + 1 < len(doc) and doc[at].text == ":" and doc[at + 1].text in QUOTE_MARKS


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


def _manner(clause: Token) -> bool:
    """"…,” Mork said, still shivering under a foil blanket": a participle set off by a comma after the verb, with
    no subject of its own, says how it was said, not what."""
    return clause.tag_ == "VBG" and clause.i > clause.head.i and clause.left_edge.i > 0 \
        and clause.doc[clause.left_edge.i - 1].text == "," and not any(c.dep_ in ("nsubj", "mark") for c in clause.children)


def _stranded_clause(verb: Token) -> Token | None:
    """A that-clause the parser hung on the speech verb's addressee or circumstance ("told reporters at a
    press conference [that the plant will …]"): a relative clause never has "that" as its marker, so a
    clause marked by "that" under the verb's object or prepositional phrase is the verb's complement. Any
    reporting verb's time phrase strands it too ("have warned for years [that the dam could fail]")."""
    speech = verb.lemma_.lower() in lexicon.SPEECH
    for child in verb.children:
        if child.i < verb.i or child.dep_ not in ("dobj", "dative", "prep", "npadvmod"):
            continue
        if not speech and not any(t.ent_type_ in ("DATE", "TIME") for t in child.subtree if t.head == child):
            continue
        for token in child.subtree:
            if token.dep_ in ("relcl", "acl", "ccomp") and token.head.pos_ in ("NOUN", "PROPN") and _opens_with_that(token):
                return token
            if speech and token.dep_ == "ccomp" and token.head.dep_ == "pcomp" and token.head.head.i == child.i \
                    and token.head.lemma_.lower() not in lexicon.VERBS and _opens_with_that(token):
                return token  # "said after meeting Prabowo [that the dispute had been settled]": meeting says nothing
    return None


def _opens_with_that(clause: Token) -> bool:
    """The clause opens with "that" as its marker, or with a "that" the parser took for a relative
    pronoun while the clause has a subject of its own ("tells the paper [that he saw the driver]":
    after a speech verb with no content, that is what was told)."""
    first = clause.left_edge
    # (or of the clause's infinitive: "told the council [that MINUSMA had failed to respond]")
    if first.lower_ != "that" or first.head.i != clause.i and not (
            first.dep_ == "dobj" and first.head.dep_ == "xcomp" and first.head.head.i == clause.i):
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
        if not of and lemma == "accuse":  # the parser hung it on whom it accused: the last "of" that names no one
            # ("accused the mayor of the city of lying", never "the Bank of England"), and the first "of" an act
            # follows ("of stealing billions of dollars" is no accusation of dollars)
            ofs = [p for c in direct for p in c.subtree if p.dep_ == "prep" and p.lower_ == "of"]
            doings = [p for p in ofs if any(o.dep_ == "pcomp" or o.tag_ == "VBG" for o in p.children)]
            of = doings[:1] or [p for p in ofs
                              if not any(o.pos_ == "PROPN" for o in p.children if o.dep_ == "pobj")][-1:]
        if lemma in MATTERS:  # "apologized for his tardiness", "thanked Japan for its support", "congratulated
            # him on his victory": what the apology, thanks or congratulation were for
            of = [p for w in (verb, *direct) for p in w.children if p.dep_ == "prep" and p.i > verb.i
                  and p.lower_ == MATTERS[lemma] and not any(  # not where: "congratulated her on X"
                      o.dep_ == "pobj" and o.lower_ in lexicon.MEDIA for o in p.children)]
        return [o for p in of for o in p.children if o.dep_ in ("pobj", "pcomp")][:1]
    about = [p for p in right + (list(direct[0].children) if direct else [])  # on the verb or on whom it warned
             if p.dep_ == "prep" and p.lower_ in ("of", "about", "against")]
    if direct and about and lemma in ("warn", "caution", "alert"):
        # "warned Congress of the threat": the warning is of the threat, Congress is whom it was given to
        return [o for p in about for o in p.children if o.dep_ in ("pobj", "pcomp")][:1]
    if direct:
        # "blasted Trump *for* not paying taxes": the reason is part of the criticism.
        extra = [c for c in right if c.dep_ == "prep" and (
            c.lower_ == "as" or c.lower_ == "for" and c.left_edge.i == direct[-1].right_edge.i + 1)]
        return direct + extra
    preposition = _cue_preposition(verb)
    if preposition:
        return [c for c in preposition[0].children if c.dep_ in ("pobj", "pcomp")][:1]
    return []



def _cue_preposition(verb: Token) -> list[Token]:
    """The preposition that belongs to the cue: "referring *to*", "called *for*", "talked *about*"."""
    if any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children) or _stranded_clause(verb) is not None:
        return []
    if (called := _called_for(verb)):
        return [m for m in called[0].children if m.dep_ == "mark"]  # "called for Israel to halt …"
    for child in verb.children:
        near = child.dep_ == "prep" and child.lower_ in CUE_PREPOSITIONS and verb.i < child.i and _near(verb, child)
        if near and not _is_medium(child) and any(c.dep_ in ("pobj", "pcomp") for c in child.children) \
                and not _when(child):
            return [child]  # not "vowed on Sunday to …": a day is when, not what about
    return []


def _near(verb: Token, child: Token) -> bool:
    """Whether a preposition follows its verb closely enough to be the cue's: a word or two after it, passing
    over a time between them ("called on Tuesday for a ceasefire")."""
    dated = sum(1 for c in verb.children if verb.i < c.i < child.i and c.dep_ in ("prep", "npadvmod")
                and (c.dep_ == "npadvmod" and c.ent_type_ in ("DATE", "TIME") or c.dep_ == "prep" and _when(c))
                for _ in c.subtree)
    return child.i <= verb.i + 2 + dated


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
    if clause.i > verb.i:
        left = _past_date(left, clause)
    swallowed = verb.dep_ in ("csubj", "csubjpass") and verb.head.i > right.i
    if (swallowed or not _finite(clause)) and verb.head.i != verb.i and verb.head.i > clause.i:
        right = _clause_end(verb.head)
    if clause.i < verb.i:
        right = min(right, _before_subject_or_verb(verb), key=lambda t: t.i)
        left = _past_label(left, verb)
    other = _reported_end(clause)
    if other is not None and left.i < other.i <= right.i:  # "…, while Airbus said it was confident": Airbus's own
        right = _word_before(other, left.i)
    sourced = next((t for t in clause.doc[left.i + 1: right.i + 1] if t.lower_ == "according"
                    and t.doc[t.i - 1].text == "," and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "to"), None)
    if sourced is not None:  # "Iran said the talks had collapsed, according to state media": who reports the saying
        right = _word_before(sourced, left.i)
    writer = _writers_aside(clause)
    if writer is not None and left.i < writer.i <= right.i:
        right = writer.doc[writer.i - 1]  # "Samsung says X, and [after three weeks I'm inclined to agree]"
        while right.i > left.i and (right.is_punct or right.dep_ == "cc"):
            right = right.doc[right.i - 1]
    return left.idx, _end(right)


def _past_date(left: Token, clause: Token) -> Token:
    """"Nokia said on Tuesday it had signed …", "said Tuesday it would": the date right after the cue dates the
    saying; the parser hangs it on the reported clause when no "that" follows, but it is no part of what was said."""
    doc = clause.doc
    while left.i < clause.i and left.head.i == clause.i and _dating(left):
        after = left.right_edge.i + 1
        while after < clause.i and doc[after].is_punct and doc[after].text in ",":
            after += 1
        if after > clause.i or not any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i >= after for c in clause.children):
            break  # only before the clause's own subject
        left = doc[after]
    return left


def _past_label(left: Token, limit: Token) -> Token:
    """Where reported words fronted before their cue begin, past a live blog's label: a time ("14:32 GMT —",
    "09:14 —"), a label word and its colon ("Update:", "Breaking:"), or a line the clause only follows
    ("Key developments so far:\n- …")."""
    doc = left.doc
    i = left.i
    for j in range(left.i, limit.i):  # a heading line ending in a colon, not a quotation running on
        if ("\n" in doc[j].text or "\n" in doc[j].whitespace_) and j > 0 \
                and (doc[j] if "\n" in doc[j].whitespace_ else doc[j - 1]).text == ":":
            i = j + 1
    while i < limit.i and (doc[i].is_space or doc[i].text in "-•*–—"):
        i += 1
    k = i
    if k > 0 and doc[k].is_upper and re.fullmatch(r"\d{1,2}[:.]\d{2}", doc[k - 1].text):
        k -= 1  # "11:55 CET: …", the time left outside the clause
    if k < limit.i and re.fullmatch(r"\d{1,2}[:.]\d{2}", doc[k].text):
        k += 1
        while k < limit.i and (doc[k].is_upper and doc[k].is_alpha and len(doc[k]) <= 4
                               or doc[k].lower_ in ("am", "pm", "a.m.", "p.m.")):
            k += 1  # "GMT", "CET", "a.m."
        if k < limit.i and doc[k].text in ("—", "–", "-", ":"):
            i = k + 1
    elif k + 1 < limit.i and _label(doc[k]):
        i = k + 2
    return doc[i] if i < limit.i else left


def _label(token: Token) -> bool:
    """"Update:", "Breaking:": a live blog's label word and its colon."""
    return token.lower_ in lexicon.LABEL_WORDS and token.i + 1 < len(token.doc) and token.doc[token.i + 1].text == ":"


def _reported_end(clause: Token) -> Token | None:
    """Where the reported words end before more of the writer's: a "while" or "whereas" clause in which someone
    else says something (a contrast the writer draws), or the speaker's own reporting aside."""
    for token in clause.subtree:
        if token.dep_ == "mark" and token.lower_ in ("while", "whereas") and token.i > clause.i \
                and token.head.lemma_.lower() in lexicon.VERBS \
                and any(c.dep_ in ("nsubj", "nsubjpass") for c in token.head.children):
            return token
        if reporting_aside(token) and token.i > clause.i:
            return token  # "…, calling it “a turning point”": the speaker's own next words
        turn = next((c for c in token.head.children if c.dep_ == "conj" and c.i > token.i), None) \
            if token.dep_ == "cc" and token.lower_ in ("and", "but") and token.i > clause.i else None
        if turn is not None and token.doc[token.i - 1].text in (",", "”", '"') \
                and turn.lemma_.lower() in lexicon.SPEECH | {"call"} and any(
                c.dep_ == "nsubj" and c.lower_ not in ("he", "she", "they", "it", "we", "i") for c in turn.children):
            return token  # "… “a total disaster,” and Sen. John Cornyn said …": another speaker's turn
    return None


def _writers_aside(clause: Token) -> Token | None:
    """The first word of a clause joined to reported words whose subject is "I" or "we" outside quotation
    marks: in indirect speech the speaker would be "he" or "they", so it is the writer's own voice."""
    for conj in clause.children:
        if conj.dep_ != "conj" or conj.i < clause.i or any(c.dep_ == "mark" for c in conj.children):
            continue  # ("… and that we would pay": a second clause reported)
        subject = next((c for c in conj.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.lower_ in ("i", "we") and not marked_between(
                clause.doc[clause.left_edge.i: conj.right_edge.i + 1]):
            return conj.left_edge if conj.left_edge.dep_ != "cc" else conj.doc[conj.left_edge.i + 1]
    return None


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
    """The word before the verb's subject (or the verb); a label is no subject ("Update: Venezuela has expelled
    …, the ministry said", the label parsed as a second subject)."""
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and not _label(c)), None)
    first = subject.left_edge if subject is not None else verb
    return first.doc[max(first.i - 1, 0)]


SET_OFF = (",", "—", "–")


def _parenthetical_content(verb: Token) -> list[tuple[int, int]]:
    """"The force is ready, Macron said." — the content is the rest of the sentence.

    spaCy attaches the main clause as the verb's ccomp when it parses well; this
    covers the cases where it hangs the reporting clause as the root of a
    fragment: take the sentence minus the reporting clause.
    """
    sentence = verb.sent
    # of two subjects the one next to the verb ("A fire swept through a factory, killing 17 workers, police
    # said": the parser made "fire" a subject of "said" too)
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    subject = max((c for c in subjects if c.i < verb.i), key=lambda c: c.i, default=subjects[0] if subjects else None)
    trailing = _trailing_speaker(verb) if subject is None and (verb.dep_ in ("conj", "advcl") or verb.dep_ == "ccomp"
                                                               and verb.head.i < verb.i
                                                               and verb.head.lemma_.lower() not in lexicon.VERBS) else None
    if trailing is not None:
        # "Bolivia will expel the envoy, a senior official said on condition of anonymity": the parser made the
        # reporting verb a conjunct of what it reports and its speaker an apposition there
        before = _strip_tokens(verb.doc[verb.sent.start:trailing.start - 1])
        return [(before.start_char, before.end_char)] if before is not None and len(before) >= 3 else []
    if subject is None or _reported(verb):
        return []
    clause_start = min(subject.left_edge.i, verb.i, *(c.i for c in verb.children if c.dep_ == "mark"))  # "as"
    clause_end = max(verb.right_edge.i, subject.right_edge.i)
    doc = sentence.doc
    # What a parenthetical cue reports is on its own line: the parser can run a sentence on past a line
    # break into the next item of a live blog or a list.
    line_start = next((i + 1 for i in range(clause_start - 1, sentence.start - 1, -1)
                       if "\n" in doc[i].text or "\n" in doc[i].whitespace_), sentence.start)
    line_end = next((i for i in range(clause_end + 1, sentence.end)
                     if "\n" in doc[i].text or "\n" in doc[i - 1].whitespace_), sentence.end)
    if line_start < clause_start:
        line_start = _past_label(doc[line_start], doc[clause_start]).i  # "Update: …, the ministry said"
    after = _strip_tokens(doc[clause_end + 1:line_end])
    if _subordinate(verb):  # "after she asked Tom Hale about the budget cuts": what follows, whatever it is
        return [(after.start_char, after.end_char)] if after is not None and len(after) >= 2 else []
    before = _strip_tokens(doc[line_start:clause_start])
    # What was said is a clause or a quotation: "Whatever the label, the maker says …" is a fragment.
    pieces = [p for p in (before, after) if p is not None and len(p) >= 3 and (
        any(t.pos_ in ("VERB", "AUX") for t in p) or any(t.text in QUOTE_MARKS for t in p))]
    if not pieces and clause_start == sentence.start:
        quoted = _quote_before(sentence)
        return [(quoted.start_char, quoted.end_char)] if quoted is not None else []
    if before is not None and after is not None and after in pieces and _set_off(doc[before.end:after.start]) \
            and (pieces == [after] or len(pieces) == 2 and not _finite_clause(before)):
        # "The budget, the mayor said, will be balanced by spring": the reporting clause interrupts the
        # reported one, whose subject comes before it
        return [(before.start_char, before.end_char), (after.start_char, after.end_char)]
    return [(p.start_char, p.end_char) for p in pieces[:1]]


def _finite_clause(span: Span) -> bool:
    """Whether a span is a whole clause ("Prices will rise"), not an opening the reported words go on after
    ("What drives rents", "When she opened her eyes")."""
    return any(t.dep_ in ("ROOT", "ccomp", "conj") and t.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("nsubj", "nsubjpass", "expl") for c in t.children) for t in span) and span[0].tag_ not in (
        "WP", "WRB", "WDT", "IN")


def _subordinate(verb: Token) -> bool:
    """"The journal retracted the paper after eight of its authors asked …": a saying verb in a clause of time or
    cause reports nothing of the clause it hangs on ("as the minister said" does), only what follows it."""
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in SUBORDINATORS for c in verb.children)


SUBORDINATORS = frozenset({"after", "before", "when", "because", "since", "until", "once", "if", "unless",
                           "whenever"})


def _reported(verb: Token) -> bool:
    """"The company said it would appeal": a verb in what another reports is no parenthetical of its own. Not
    when a quotation closes between them: in "“I never said that,” Hale insisted" the parser can hang
    "insisted" on the quoted "said"."""
    head = verb.head
    return verb.dep_ == "ccomp" and head.i < verb.i and head.lemma_.lower() in lexicon.VERBS \
        and not marked_between(verb.doc[head.i + 1:verb.i])


def _set_off(between: Span) -> bool:
    """Whether a reporting clause stands between commas (or dashes) inside the clause it reports."""
    return len(between) >= 3 and between[0].text in SET_OFF and between[-1].text in SET_OFF


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
    if doc[end - 2].text == "." and doc[start].sent.start < start:
        return None  # 'Bolaños said the law was "good." Thousands protested': the quotation closed its own sentence
    return doc[start:end]


def _strip_tokens(span: Span) -> Span | None:
    start, end = span.start, span.end
    while start < end and (span.doc[start].is_punct and span.doc[start].text not in "“\"‘") :
        start += 1
    while end > start and span.doc[end - 1].is_punct and span.doc[end - 1].text not in "”\"’%":  # "3.9%" keeps "%"
        end -= 1
    return span.doc[start:end] if end > start else None


def _torn_clause(verb: Token) -> tuple[int, int] | None:
    """"denied that his fighters had targeted civilians", parsed with "civilians" the verb's object and the
    clause's verb a modifier of it: a "that" right after a speech verb opens what was said, to the sentence's end."""
    doc = verb.doc
    nxt = doc[verb.i + 1] if verb.i + 1 < verb.sent.end else None
    if nxt is None or nxt.lower_ != "that" or nxt.dep_ != "mark" or nxt.head.head.i == verb.i \
            or verb.lemma_.lower() not in lexicon.VERBS:
        return None
    end = verb.sent.end - 1
    while end > nxt.i and doc[end].is_punct and doc[end].text not in OPENERS:
        end -= 1
    return (nxt.idx, _end(doc[end])) if end > nxt.i + 2 else None


def _end(token: Token) -> int:
    """Where a span ending on the token ends: past the rest of a hyphenated word the parser cut ("accused the
    counsel of anti-Semitism" ends on "Semitism", not "anti")."""
    doc = token.doc
    while not token.whitespace_ and token.i + 1 < len(doc) and (
            doc[token.i + 1].text in ("-", "–") or token.text in ("-", "–") and doc[token.i + 1].is_alpha):
        token = doc[token.i + 1]
    return token.idx + len(token.text)
