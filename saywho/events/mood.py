"""Mood: whether an act the parse shows is said to have happened. "did not attack" is negated, "will attack"
and a headline's "to attack" future, "may attack", "would attack if" and "is considering attacking" hypothetical,
"said it would attack" reported speech's future; an intent stated ("ready to host talks") is a commitment
(CAMEO 03) or a threat (CAMEO 13). The reader asks these of every verb it codes."""

from __future__ import annotations

from spacy.tokens import Token

from saywho.events.words import COOPERATIVE, HOSTILE_ACTS


def _intended(category: str | None, negated: bool) -> str | None:
    if category is None:
        return None
    if category in COOPERATIVE:  # PLOVER codes "ready to host a meeting" as AGREE, not CONSULT
        return "REJECT" if negated else "AGREE"
    if category in HOSTILE_ACTS:
        return "THREATEN"
    return category


def _intent_negated(verb: Token, inner: Token, category: str) -> bool:
    """"would not meet their demands", "pledged never to normalise ties": refusing a cooperative act."""
    if category not in COOPERATIVE or category == "AGREE":
        return False
    if inner is not verb and any(c.lower_ == "never" and c.i > verb.i for c in verb.children):
        return True  # "pledged never to normalise ties": the parser hangs "never" on the pledge
    return _negated(inner) and (_future(inner) or _hypothetical(inner) or inner is not verb and _infinitive(inner))


def _infinitive(verb: Token) -> bool:
    """"(never) to normalise": the verb has its "to"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _negated(verb: Token) -> bool:
    if any(c.lower_ == "never" and c.dep_ in ("neg", "advmod") for c in verb.children):
        return True  # "would never agree": the small parser often makes "never" an adverb
    if any(c.dep_ in ("nsubj", "nsubjpass") and _nobody(c) for c in verb.children):
        return True  # "Neither India nor Pakistan fired a shot", "Nobody was arrested", "Not a single shot was fired"
    if any(c.dep_ == "dobj" and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children) for c in verb.children):
        return True  # "Ukraine had provided no help to the rebels": none given
    if any(c.dep_ == "prep" and any(o.lower_ == "point" and any(d.lower_ == "no" for d in o.children)
                                    for o in c.children) for c in verb.children):
        return True  # "At no point did Kenyan police open fire"
    if verb.dep_ in ("pcomp", "xcomp") and verb.head.lemma_.lower() in ("refrain", "avoid") \
            or verb.dep_ == "pcomp" and verb.head.head.lemma_.lower() == "refrain":
        return True  # "refrained from criticising", "avoided condemning"
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("resume", "continue", "start", "begin", "restart", "keep") \
            and verb.head.pos_ in ("VERB", "AUX") and _negated(verb.head):
        return True  # "Israel would not resume fighting": the act is not begun again
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "go" and verb.head.tag_ == "VBG" \
            and any(c.dep_ == "neg" for c in verb.head.children):
        return True  # "We are not going to negotiate with the ELN"
    return any(c.dep_ == "neg" for c in verb.children) or any(
        c.dep_ in ("aux", "auxpass") and any(g.dep_ == "neg" for g in c.children) for c in verb.children)


def _nobody(subject: Token) -> bool:
    """A subject that names no one: "nobody", "none", "no protester", "neither India nor Pakistan", "not a shot"."""
    return subject.lower_ in ("nobody", "none", "noone", "nothing") or any(
        c.lower_ in ("no", "neither", "not") and c.dep_ in ("det", "preconj", "neg", "advmod") for c in subject.children)


def _aux(verb: Token) -> set[str]:
    words = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if verb.dep_ == "xcomp":
        words |= {c.lower_ for c in verb.head.children if c.dep_ in ("aux", "auxpass")}
    return words


def _future(verb: Token) -> bool:
    return bool(_aux(verb) & {"will", "'ll", "’ll", "shall", "wo"}) or (
        "would" in _aux(verb) and _reported(verb)) or _governed(verb, AWAITED) or _headline_infinitive(verb)


def _headline_infinitive(verb: Token) -> bool:
    """"Belgium to pull peacekeepers out of Lebanon": a headline's bare "to" after its subject is its future
    tense, as "will" is in a sentence."""
    return verb.dep_ == "ROOT" and any(c.dep_ == "aux" and c.lower_ == "to" and c.i == verb.i - 1 for c in verb.children) \
        and any(c.dep_ in ("nsubj", "dep") and c.i < verb.i - 1 and c.pos_ in ("PROPN", "NOUN") for c in verb.children)


# Acts only awaited ("are expected to meet", "is due to visit", "is scheduled to sign") or only weighed, hoped
# for or attempted in vain ("is considering imposing sanctions", "weighing whether to recall", "failed to free")
AWAITED = {"expect", "due", "schedule", "likely", "set"}
UNREALISED = {"consider", "weigh", "mull", "contemplate", "ponder", "hope", "fail"}


def _governed(verb: Token, words: set[str]) -> bool:
    """The verb is the complement of one of ``words`` (two levels up at most), or of "has yet to"."""
    head = verb
    for _ in range(2):
        if head.dep_ not in ("xcomp", "ccomp", "pcomp") or head.head.i == head.i:
            return False
        governor = head.head
        # (the small model lemmatises "hopes", "hoping", "hoped" as "hop")
        lemma = "hope" if governor.lower_ in ("hopes", "hoping", "hoped") else governor.lemma_.lower()
        if lemma in words or words is UNREALISED and any(
                c.lower_ == "yet" and c.dep_ == "advmod" for c in governor.children):
            return True
        head = governor
    return False


def _asked(verb: Token) -> bool:
    """"Should the Philippines expel the Chinese ambassador?", "Is Brussels ready to fine …?", "Asked whether
    Washington would send troops, the minister said …": asked, not done, and no pledge or threat either."""
    return verb.sent.text.strip().rstrip("\"'”’ ").endswith("?") or _questioned(verb)


QUESTIONING = {"ask", "wonder", "inquire", "enquire", "question", "query"}


def _questioned(verb: Token) -> bool:
    """The verb is in a "whether" or "if" clause that asking governs (up to three levels up), or in any "whether"
    clause ("declined to say whether Russia would boycott the Olympics": an open question, kept and marked)."""
    if any(c.dep_ == "mark" and c.lower_ == "whether" for c in verb.children):
        return True
    head = verb
    for _ in range(3):
        if head.dep_ in ("ccomp", "advcl", "xcomp") and head.head.lemma_.lower() in QUESTIONING \
                and any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in head.children):
            return True
        if head.head.i == head.i:
            return False
        head = head.head
    return False


def _hypothetical(verb: Token) -> bool:
    if _asked(verb):
        return True
    if verb.pos_ == "NOUN":  # "Any Israeli strike on Iranian sites would set the programme back": one imagined
        return any(c.lower_ in ("any", "possible", "potential", "eventual", "future") for c in verb.children) \
            or verb.dep_ in ("nsubj", "nsubjpass") and verb.head.pos_ in ("VERB", "AUX") and _hypothetical(verb.head)
    aux = _aux(verb)
    # (and what one "should" or "must" do is advised or demanded, not done: "said the countries should reject …")
    if aux & {"may", "might", "could", "should", "must", "ought"} or _governed(verb, UNREALISED):
        return True
    if "would" in aux and not _reported(verb):
        return True
    return any(c.dep_ == "advcl" and any(m.lower_ in ("if", "unless") for m in c.children) for c in verb.children)


def _reported(verb: Token) -> bool:
    """"said it would allow": a would that is reported speech's future, not a condition."""
    head = verb
    for _ in range(4):
        if head.dep_ in ("ccomp", "acl") and head.head.pos_ in ("VERB", "NOUN"):
            return True
        if head.head.i == head.i:
            return False
        head = head.head
    return False
