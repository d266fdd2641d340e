"""What an attribution reports, and whether its source can say anything at all.

Both modes find *attributions*: the rules from reporting verbs, the tagger from
PolNeAR's conventions, which also mark appearance, evidence, naming and
expectation ("the update appears to …", "tests showed it to be …", "were named
best players", "is expected to approve"). A reader asking *who said it* wants
*statements*. :func:`label` decides, after either mode has run, two things per
attribution from the parsed Doc:

- ``act``: speech, writing, thought (thought or belief), document (a report,
  study or letter saying) or other (appearance, evidence, naming, expectation);
- ``source_type``: what the source words name — person, group, organisation,
  document (these can say things), or place, thing, date, product, platform
  (these never do), or none (no source words).

The decision reads the cue's lemma and the source's head word: its named-entity
label, its pronoun, or the noun lists below. A noun no list knows is taken to be
someone when the verb needs a speaker ("the cheesemaker said"), and something
when the verb does not ("the results showed"). See docs/attribution.md.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token
from spacy.tokens import Span as TokenSpan

from saywho.attribution import lexicon
from saywho.attribution.cues import rejects_words
from saywho.attribution.lexicon import PERSON_NOUNS, word_set
from saywho.attribution.quotes import QUOTE_MARKS
from saywho.model import STATEMENT_ACTS, Act, Actor, Attribution, SourceType, Span

# --- cues -----------------------------------------------------------------------------------------------

# Appearance: never someone saying something ("sales seem to …", "the update appears to work").
APPEARANCE = frozenset({"appear", "seem", "look", "sound"})
# Naming and listing, in the passive ("a dish known as …", "were named best players", "is listed as").
NAMING = frozenset({"know", "name", "dub", "call", "term", "label", "nickname", "title", "list", "rank",
                    "vote", "choose", "select", "crown", "brand", "describe", "consider", "regard", "deem",
                    "see", "view", "rate", "classify"})
# Naming that is not saying, whatever the voice: "he did not name the countries", "listed as".
NAMING_ACTIVE = frozenset({"name", "list", "rank", "nickname", "title", "crown", "select", "choose", "vote"})
# Decisions, not words, unless they carry a clause: "dismissed a force", "refused to comment", "vetoed the
# bill" (but "denied that he knew" and "rejected claims that …" report what was said).
DECISION = frozenset({"dismiss", "reject", "refuse", "decline", "rebuff", "veto", "repudiate", "seek", "try",
                      "plan", "decide", "agree", "approve", "vote", "aim", "intend"})
# Expectation and hearsay in the passive without an agent ("is expected to approve", "is believed to be").
EXPECTATION = frozenset({"expect", "believe", "think", "estimate", "say", "report", "rumour", "rumor",
                         "understand", "project", "forecast", "predict", "anticipate", "schedule", "set",
                         "tip", "suppose", "presume", "assume", "feel", "fear", "allege", "reckon"})
# Doing, not saying: "the committee continues to review the case".
ACTIVITY = frozenset({"review", "study", "examine", "investigate", "monitor", "weigh", "assess", "evaluate",
                      "explore", "analyse", "analyze", "probe"})
THOUGHT = frozenset({"believe", "think", "feel", "hope", "fear", "worry", "expect", "doubt", "wonder",
                     "guess", "reckon", "know", "suspect", "assume", "suppose", "imagine", "want", "wish",
                     "understand", "realise", "realize", "consider", "deem", "trust", "anticipate", "figure",
                     "belief", "view", "opinion", "expectation", "concern", "suspicion", "assumption", "feeling", "sense", "impression", "conviction"})
# Evidence: a person who shows or finds says something; a study that does is a document saying it; a
# thing that does ("tests showed", "the data suggest") is evidence, not a statement.
EVIDENCE = frozenset({"show", "find", "discover", "indicate", "suggest", "reveal", "demonstrate", "prove", "confirm",
                      "mean", "imply", "point", "signal", "highlight", "underline", "underscore", "record",
                      "document", "conclude", "establish", "estimate", "project", "predict", "forecast",
                      "mark", "reflect", "illustrate", "underpin", "support", "contradict"})
WRITING = frozenset({"write", "post", "tweet", "blog", "text", "email", "e-mail", "cable", "wire", "publish",
                     "sign", "pen", "author", "draft", "retweet", "message", "letter", "memo", "op-ed",
                     "editorial", "column", "essay", "communique", "communiqué", "note", "press release",
                     "petition", "filing"})
# A written medium makes speech writing: "said on Twitter", "said in a letter".
WRITTEN_MEDIA = ("twitter", "x", "facebook", "instagram", "telegram", "social media", "truth social", "letter",
                 "blog", "post", "tweet", "op-ed", "email", "e-mail", "column", "essay", "memo", "website",
                 "newsletter", "press release", "written", "threads", "linkedin", "substack", "reddit")
# Cue nouns that are documents: "the ministry's report that …".
DOCUMENT_CUES = frozenset({"report", "finding", "findings", "study", "survey", "poll", "analysis", "assessment",
                           "document", "ruling", "verdict", "judgment", "judgement", "conclusion"})
# The labels of a transcript's or an interview's own voice, whose turns are the writer's, not statements.
INTERVIEWERS = frozenset({"interviewer", "host", "moderator", "presenter", "anchor", "reporter", "q", "question",
                          "correspondent"})
NEVER_SPEAKERS = frozenset({"place", "thing", "date", "product", "platform"})
SOURCE_PREPOSITIONS = ("according to", "in the words of", "as per", "per")


# --- sources -----------------------------------------------------------------------------------------------

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "i", "me", "you", "who", "whom", "whoever", "one",
                             "someone", "somebody", "anyone", "anybody", "everyone", "everybody", "nobody",
                             "himself", "herself", "myself", "yourself", "each"})
GROUP_PRONOUNS = frozenset({"we", "they", "us", "them", "those", "others", "many", "some", "both", "all",
                            "most", "few", "several", "themselves", "ourselves", "these"})
THING_PRONOUNS = frozenset({"it", "which", "that", "this", "what", "itself", "something", "anything",
                            "everything", "nothing"})
PRONOUNS = PERSON_PRONOUNS | GROUP_PRONOUNS | THING_PRONOUNS

ENTITY_TYPES: dict[str, SourceType] = {
    "PERSON": "person", "NORP": "group", "ORG": "organisation",
    "GPE": "organisation",  # "Russia said": a state speaks through its government
    "LOC": "place", "FAC": "place", "DATE": "date", "TIME": "date", "PRODUCT": "product",
    "WORK_OF_ART": "document", "LAW": "document", "EVENT": "thing", "LANGUAGE": "thing",
    "MONEY": "thing", "PERCENT": "thing", "QUANTITY": "thing", "CARDINAL": "thing", "ORDINAL": "thing",
}

GROUP_NOUNS = word_set("""
people public crowd family couple residents community population electorate audience staff crew team squad
panel jury majority minority opposition experts analysts officials critics supporters opponents observers
scientists researchers doctors lawyers leaders voters workers members citizens protesters activists fans
locals villagers parents children students teachers owners investors economists diplomats authorities
""")
ORGANISATION_NOUNS = word_set("""
government ministry department agency media company firm corporation business bank court tribunal panel police army military navy
force forces party committee commission council board union university college institute school hospital
clinic office administration authority authorities organisation organization association federation
foundation trust charity club league network broadcaster newspaper paper magazine channel station outlet
publisher parliament congress senate house assembly cabinet regime kremlin embassy consulate campaign
coalition alliance bloc side group studio label startup start-up manufacturer maker producer retailer
regulator watchdog bureau service nation country state republic kingdom government-in-exile secretariat
prosecutors prosecution defence defense industry sector operator carrier airline insurer lender developer
team delegation mission unit division branch subsidiary brand chain store restaurant bakery winery brewery
fund council municipality city_hall ministry_of junta militia movement church mosque synagogue diocese wing directorate
""")
DOCUMENT_NOUNS = word_set("""
report study survey poll document statement letter memo memorandum paper analysis review research filing
lawsuit complaint indictment ruling verdict decision judgment judgement order law bill legislation act
resolution treaty agreement contract article story book essay editorial column op-ed post tweet message
email note release communique communiqué transcript minutes guidance guideline guidelines assessment audit
investigation inquiry probe estimate forecast projection census ad advertisement documentary newsletter
petition manifesto constitution charter directive regulation affidavit testimony brief dossier white_paper
findings paper study journal policy plan proposal notice warning summary readout speech remarks interview
address spot commercial
""")
PLATFORM_NOUNS = word_set("""
platform app application website site webpage page homepage forum portal browser feed account channel
network chatbot bot algorithm search engine marketplace store
""")
PLATFORM_NAMES = frozenset({"twitter", "x", "facebook", "instagram", "tiktok", "youtube", "reddit", "telegram",
                            "whatsapp", "truth social", "threads", "linkedin", "snapchat", "bluesky", "mastodon",
                            "wikipedia", "google", "spotify", "netflix"})
PRODUCT_NOUNS = word_set("""
update upgrade version release phone smartphone iphone device gadget software hardware car vehicle truck drug
medicine vaccine pill product model feature game console laptop computer tablet tool chip processor camera
watch headset speaker robot drone engine aircraft plane jet rifle gun weapon missile system machine dish
recipe drink wine beer cheese food meal menu item
""")
# Products the small model tags as organisations ("the new iPhone said nothing about privacy").
PRODUCT_NAMES = word_set("""
iphone ipad ipod macbook imac android windows pixel kindle alexa siri chatgpt copilot playstation xbox
autopilot
""")
DATE_NOUNS = word_set("""
year day month week today yesterday tomorrow decade century season time morning afternoon evening night
weekend quarter era period monday tuesday wednesday thursday friday saturday sunday january february march
april may june july august september october november december spring summer autumn fall winter
""")
PLACE_NOUNS = word_set("""
island city town village region area place street road river mountain coast beach park building room
province district border zone neighbourhood neighborhood lake sea ocean valley forest farm field continent
capital suburb county territory peninsula desert harbour harbor port airport station square market site
""")
THING_NOUNS = word_set("""
credits tag tags label labels sticker stickers banner banners notification notifications pop-up placard placards
test tests result results data figure figures number numbers statistic statistics evidence sign signs
sale sales price prices rate rates trend trends record records experiment trial trials sample samples
image images photo photos picture pictures footage video videos map chart graph scan scans x-ray model
summit meeting talks conference election war crisis pandemic attack storm hurricane earthquake fire flood
match tournament festival ceremony visit trip deal project programme program initiative scheme
packet package packaging label box bottle jar tin plaque screen display banner poster menu placard sticker
billboard dashboard card postcard epigraph inscription engraving reminder reminders notification slogan tattoo
t-shirt shirt mug
""")
# Places with a government that speaks for them ("the city said"), unlike "the island" or "the beach".
GOVERNED_PLACES = word_set("city town village county province state region municipality district territory capital")
# Nouns ending like these name a person ("cheesemaker", "economist", "librarian", "trainee").
PERSON_SUFFIXES = ("maker", "keeper", "holder", "worker", "monger", "ist", "ian", "ee", "man", "woman",
                   "person", "ess")
# Verbs a place or a thing cannot do: their subject is someone even when the noun is unknown.
SPEAKER_VERBS_ONLY = frozenset({"say", "tell", "add", "explain", "insist", "argue", "claim", "admit", "ask",
                                "reply", "respond", "answer", "declare", "announce", "warn", "praise",
                                "criticise", "criticize", "deny", "promise", "vow", "urge", "complain"})
# Reporting verbs whose subject is someone, when nothing else tells what the subject is.
SPEAKING_VERBS = lexicon.VERBS - EVIDENCE - APPEARANCE - DECISION - ACTIVITY
# What a company says through its platform's name: "Twitter said in a statement".
CORPORATE_SPEECH = frozenset({"say", "tell", "announce", "confirm", "deny", "state", "add", "explain",
                              "respond", "reply", "declare", "comment", "decline", "refuse", "acknowledge",
                              # what only a company, never a website, does: "Google called the ruling a setback"
                              "call", "criticise", "criticize", "condemn", "welcome", "reject", "argue", "urge",
                              "accuse", "insist", "warn", "pledge", "vow", "dismiss", "complain", "dispute"})


def label(doc: Doc, items: Iterable[Attribution]) -> None:
    """Set ``act`` and ``source_type`` on every attribution from the parsed ``doc`` (in place).

    A source that can never speak (a place, thing, date, product or platform) resolves to no speaker:
    "the update" is not an actor, whatever the resolver made of the words.
    """
    for item in items:
        item.act, item.source_type = classify(doc, item)
        if item.source_type in NEVER_SPEAKERS:
            item.speaker = None
            item.speaker_mention = None


def label_inner(doc: Doc, items: list[Attribution]) -> None:
    """Once a document's attributions are all labelled: an act reported inside another's statement that is
    only planned, aimed at or no saying is "other" (:func:`_inner_act`)."""
    said = [(span, other) for other in items if other.act in STATEMENT_ACTS for span in other.content]
    for item in [i for i in items if i.act != "other" and i.kind != "direct" and _inner_act(doc, i, said)]:
        item.act = "other"


NOBODY = frozenset({"nobody", "noone", "none", "neither"})
# Verbs that report no saying when another's statement contains them: "said he stayed to defend his property",
# "said it expected to book a loss", "would meet the traders to discuss loading bays".
UNSAID_INSIDE = frozenset({"defend", "discuss", "expect", "cite", "promise", "forecast", "meet", "testify", "propose", "brief",
                           "plan"})


def _inner_act(doc: Doc, item: Attribution, said: list[tuple[Span, Attribution]]) -> bool:
    """An act inside what someone else is reported to have said (``said``: every statement's content spans) is
    theirs to report, not a statement of its own, when it is only planned, aimed at or no saying at all (it
    stays under ``--all``)."""
    outer = [other for span, other in said if item.cue is not None and other is not item
             and span.start <= item.cue.start and item.cue.end <= span.end]
    if not outer:
        return False
    cue = _span(doc, item.cue.start, item.cue.end)  # type: ignore[union-attr]
    head = _cue_head(cue) if cue is not None else None
    if head is None:
        return False
    if head.lemma_.lower() in lexicon.NAMING and any(c.lower_ == "what" for c in head.children) and any(
            item.speaker is None or other.speaker is not None and other.speaker.id == item.speaker.id for other in outer):
        return True  # "welcomed what he called the mission's “balanced assessment”": the welcome's own words
    aux = {c.lower_ for c in head.children if c.dep_ == "aux"}
    source = _span(doc, item.source.start, item.source.end) if item.source is not None else None
    if source is not None and source.root.pos_ == "PRON" and item.speaker is not None \
            and any(other.speaker is not None and other.speaker.id == item.speaker.id for other in outer):
        return True  # "The ministry said it had asked India to hand her over": its own earlier words, told again
    return head.lemma_.lower() in UNSAID_INSIDE or bool(aux & {"would", "will"})


def classify(doc: Doc, item: Attribution) -> tuple[Act, SourceType]:
    """The kind of act and the kind of source of one attribution."""
    cue = _span(doc, item.cue.start, item.cue.end) if item.cue else None
    head = _cue_head(cue) if cue is not None else None
    lemma = head.lemma_.lower() if head is not None else ""
    source = _span(doc, item.source.start, item.source.end) if item.source else None
    source_type = source_type_of(source, item.speaker, lemma)
    if lemma in ENDANGERING and source is not None and source_type_of(source, item.speaker) == "thing" \
            and (_endangers(head) or _happening(source)):
        source_type = "thing"  # "the exercises threatened regional stability": a speaker only by the verb
        # ("the dispute threatened to delay a deal": what happens threatens to do nothing of its own will)
    if source is not None and source_type in ("thing", "platform") and _cited_record(cue, source):
        source_type = "document"
    if cue is None:  # a quote continuing an earlier statement: its speaker's act, speech
        return "speech", source_type
    if item.cue.text == ":" and source is not None and source.text.strip(" .").lower() in INTERVIEWERS:
        return "other", source_type  # "INTERVIEWER: What happened?": a broadcast's or an interview's own voice
    if item.cue.text in (":", "—", "–", "[") and item.speaker is not None:
        return "speech", _actor_type(item.speaker)  # "NAME: …", "… — Name", "[ Name ]": the resolver read the name
    if _withheld(item, head) and (_open_question(item) or _said_before(item) or _object_only(doc, item, head)):
        # "he would not say when …", "declined to say how much": nothing said; nor is what comes before a
        # negated cue ("…, but he has never said so", "… and that he would not comment on details")
        return "other", source_type
    if head is not None and item.kind == "indirect" and head.dep_ == "xcomp" and head.head.lemma_.lower() in REFUSING:
        return "other", source_type  # "declined to confirm reports that …": the confirming was not done
    if head is not None and item.kind == "indirect" and _unspoken(head):  # a quotation given was said
        return "other", source_type
    if head is not None and _in_a_story(head, source):
        return "other", source_type
    if head is not None and _was_asked(head):
        return "other", source_type  # "Kiprono, asked whether the Treasury could pay, said …": he was asked
    return act_of(cue, head, source_type, item.medium), source_type


# What makes a cue something not (yet) said: "will announce the winners", "is expected to announce", "plans to
# unveil", and the passive of hearsay, "the two clubs said to be £6m apart" (gold/speakers/GUIDE.md).
AWAITING = frozenset({"expect", "plan", "due", "schedule", "set", "intend", "hope", "prepare", "aim"})


def _unspoken(head: Token) -> bool:
    if any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll", "’ll") for c in head.children):
        return True
    if head.dep_ == "xcomp" and head.head.lemma_.lower() in AWAITING:
        return True
    return head.lemma_.lower() in ("say", "believe", "think", "report", "rumour", "rumor") and any(
        c.dep_ == "xcomp" and c.lemma_.lower() in ("be", "have") and any(a.lower_ == "to" for a in c.children)
        for c in head.children)


OPEN_QUESTION_WORDS = frozenset({"when", "how", "whether", "what", "why", "where", "which", "who", "if"})


# Records that carry information when a writer cites them: "according to data released by the ministry",
# "according to evidence presented at trial", "according to the website".
RECORDS = frozenset({"data", "figure", "figures", "evidence", "result", "results", "statistic", "statistics",
                     "record", "records", "number", "numbers", "website", "webpage", "site", "page", "homepage",
                     "description", "listing", "filing", "calculation", "calculations", "tally",
                     "detail", "details", "information"})


def _cited_record(cue: TokenSpan | None, source: TokenSpan) -> bool:
    """A record cited as the source of what follows ("according to data released by the ministry") is a document
    saying it, though a record "showing" something on its own is evidence."""
    if cue is None or not any(cue.text.lower().startswith(p) for p in SOURCE_PREPOSITIONS):
        return False
    return _source_head(source).lemma_.lower() in RECORDS or _source_head(source).lower_ in RECORDS


WITHHOLDING = frozenset({"decline", "refuse", "fail", "reject"})
REFUSING = WITHHOLDING - {"reject"}


def _withheld(item: Attribution, head: Token | None) -> bool:
    """The cue is negated ("did not disclose") or the complement of a refusal ("declined to say")."""
    if item.negated or head is None:
        return item.negated
    if any(c.dep_ == "neg" or c.lower_ == "nor" for c in head.children):
        return True  # "did not say whether", "Nor did the minister say whether"
    if any(c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in ("nobody", "none") or any(
            g.lower_ in ("neither", "no") and g.dep_ in ("preconj", "det") for g in c.children)) for c in head.children):
        return True  # "Neither Moscow nor Kyiv has confirmed the report", "No official commented"
    # "declined to say how", "has yet to explain how Portugal will pay"
    return head.dep_ == "xcomp" and (head.head.lemma_.lower() in WITHHOLDING
                                     or any(c.lower_ == "yet" for c in head.head.children))


def _said_before(item: Attribution) -> bool:
    """What a negated cue reports lies wholly before it, outside quotation marks: the words it did not say
    are not those."""
    return item.kind != "direct" and bool(item.content) and item.cue is not None \
        and all(span.end <= item.cue.start for span in item.content)


def _open_question(item: Attribution) -> bool:
    """A negated cue whose content is an open question ("did not say when the plant would reopen")
    tells what was *not* said."""
    first = item.content[0].text.lstrip(" \"“‘'(").split(maxsplit=1) if item.content else []
    return bool(first) and first[0].lower() in OPEN_QUESTION_WORDS


def act_of(cue: TokenSpan, head: Token | None, source_type: SourceType, medium: str | None) -> Act:
    """Speech, writing, thought, document or other, from the cue (and the source for evidence verbs)."""
    text = cue.text.lower()
    if head is None or any(text.startswith(p) for p in SOURCE_PREPOSITIONS):
        act: Act = "speech"
    else:
        lemma = head.lemma_.lower()
        passive = _passive(head)
        agentless = not any(c.dep_ == "agent" for c in head.children)
        if lemma in APPEARANCE:
            return "other"
        if lemma in ENDANGERING and head.tag_ == "VBG" and head.dep_ in ("advcl", "acl", "xcomp") and _endangers(head):
            return "other"  # "voted to strike, the union said, threatening hundreds of flights": a risk, no threat made
        called_on = any(c.dep_ == "prep" and c.lower_ in ("on", "upon") for c in head.children) and any(
            c.dep_ == "xcomp" for c in head.children)  # "…, called on the authorities to investigate"
        if agentless and lemma in NAMING and not called_on and (
                passive or head.dep_ in ("acl", "amod") and head.tag_ == "VBN"):
            return "other"  # "a dish known as", "were named best players", "is listed as"
        if agentless and passive and lemma in EXPECTATION:
            return "other"  # "is expected to approve", "is said to be"
        if lemma in NAMING_ACTIVE and head.pos_ == "VERB":
            return "other"  # "he did not name the countries"
        if lemma in CALLING and not _clause(head) and _only_called(head):
            return "other"  # "Ramaphosa telephoned Vladimir Putin": whom one called is not what one said
        if lemma in DECISION and head.pos_ == "VERB" and not _clause(head) and not rejects_words(head):
            return "other"  # "has dismissed a force", "declined to comment"
        if _doing_not_saying(head):
            return "other"  # "continues to review", "is examining the claims"
        if lemma == "observe" and not _clause(head) and any(c.dep_ == "dobj" for c in head.children):
            return "other"  # "agreed to observe the ceasefire": keeping to it, not remarking on it
        if _purpose(head) or _possible(head):
            return "other"  # "met with Kristersson to discuss Sweden's bid", "Kenya may request more vaccines, …"
        if _declared_state(head) or _verdict(head) or _seen_doing(head):
            return "other"  # "declared a state of emergency", "found him guilty", "saw people screaming for help"
        if lemma == "refer" and head.tag_ == "VBG" and head.dep_ in ("advcl", "xcomp", "conj"):
            return "other"  # "'This is a provocation,' said Zakharova, referring to the Dutch decision": what it was about
        if lemma in EVIDENCE:
            if _reported(head) and source_type not in ("person", "group", "organisation"):
                return "other"  # "the minister said the verdict showed that …": the minister's reading, not a document's
                # (but "Pompeo said Washington had concluded …" is Washington's: gold/speakers/GUIDE.md)
            if source_type == "document":
                return "document"
            return "speech" if source_type in ("person", "group", "organisation") else "other"
        if lemma in THOUGHT:
            return _stated_position(lemma, source_type, head)
        if lemma in DOCUMENT_CUES and head.pos_ == "NOUN":
            return "document"
        act = "writing" if lemma in WRITING or medium and _written(medium) else "speech"
    if source_type == "document":
        return "document"
    return act


# Verbs of calling someone up, which with only a person as object report no words.
CALLING = frozenset({"telephone", "phone", "ring", "call"})


def _only_called(head: Token) -> bool:
    """"telephoned Vladimir Putin", "called him on Tuesday": a person or body called, and nothing said of them
    ("called the decision a disgrace") nor any words ("… to say that …")."""
    if any(c.dep_ in ("oprd", "xcomp", "advcl", "ccomp", "attr", "dative") for c in head.children):
        return False
    objects = [c for c in head.children if c.dep_ == "dobj"]
    if any(c.dep_ == "appos" and c.left_edge.i > 0 and c.doc[c.left_edge.i - 1].text in QUOTE_MARKS
           for o in objects for c in o.children):
        return False  # "Musk called de Moraes “an evil dictator”", the quotation parsed as the name's apposition
    return len(objects) == 1 and (objects[0].ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
                                  or objects[0].lower_ in ("him", "her", "them"))


# What is declared as an act of office, not said: "declared a state of emergency", "declared a curfew".
DECLARED_STATES = frozenset({"emergency", "state", "curfew", "disaster", "calamity", "war", "holiday", "mourning",
                             "martial", "lockdown", "amnesty", "ceasefire", "truce", "law", "independence",
                             "bankruptcy", "victory"})
VERDICTS = frozenset({"guilty", "innocent", "liable"})
PERCEIVING = frozenset({"see", "hear", "watch", "witness", "notice", "film", "spot"})


def _declared_state(head: Token) -> bool:
    return head.lemma_.lower() == "declare" and not any(c.dep_ in ("ccomp", "xcomp") for c in head.children) \
        and any(c.dep_ == "dobj" and c.lemma_.lower() in DECLARED_STATES for c in head.children)


def _purpose(head: Token) -> bool:
    """"Ministers met in Rome to discuss preparations", "gathered to debate the bill": an infinitive of purpose
    hung on a verb that is no saying names what an act was for, not words anyone is reported to have said."""
    if (purpose := lexicon.call_purpose(head.head)) is not None and purpose.i == head.i and not _clause(head):
        return True  # "Macron called Zelensky to discuss the war": what the telephone call was for
    return head.dep_ == "advcl" and head.tag_ == "VB" \
        and any(c.tag_ == "TO" and c.dep_ == "aux" for c in head.children) \
        and head.head.pos_ == "VERB" and head.head.lemma_.lower() not in lexicon.VERBS and not _clause(head)


def _possible(head: Token) -> bool:
    """"Kenya may request more vaccines, the minister said": a cue only possible ("may", "might", "could"), inside
    what someone else is reported to have said, is something that might yet be said, not a statement; so is what
    "one might ask" (anyone, the writer's figure of speech)."""
    auxiliaries = {c.lower_ for c in head.children if c.dep_ == "aux"}
    if not auxiliaries & {"may", "might", "could", "would"}:
        return False
    if any(c.dep_ == "nsubj" and c.lower_ == "one" for c in head.children):
        return True
    return bool(auxiliaries - {"would"}) and any(a.pos_ == "VERB" and a.lemma_.lower() in lexicon.SPEECH
                                                 for a in head.ancestors)


def _verdict(head: Token) -> bool:
    """"A jury found Darnell Kimbrough guilty of murder": a verdict, not a finding put into words."""
    return head.lemma_.lower() == "find" and any(c.lemma_.lower() in VERDICTS and c.dep_ in ("ccomp", "oprd", "acomp")
                                                 for c in head.children)


def _seen_doing(head: Token) -> bool:
    """"saw people screaming for help": someone seen or heard doing it, a scene, not a statement."""
    return head.tag_ == "VBG" and head.dep_ in ("acl", "xcomp", "ccomp", "oprd") \
        and head.head.lemma_.lower() in PERCEIVING


def source_type_of(source: TokenSpan | None, speaker: Actor | None, lemma: str = "") -> SourceType:
    """What the source words name: someone who can speak, or a place, thing, date, product or platform."""
    if source is None or not len(source):
        return _actor_type(speaker) if speaker is not None else "none"
    root = _source_head(source)
    word = root.lower_
    if word in NOBODY or source.text.lower().startswith(("no one", "not everyone", "not all", "almost nobody")):
        return "none"  # "Not everyone agrees that …", "Almost nobody is asking …": no one who says it
    needs_speaker = lemma in SPEAKER_VERBS_ONLY or lemma in THOUGHT
    if word in ("that", "which") and root.head.dep_ == "relcl" and root.head.head.pos_ in ("NOUN", "PROPN"):
        # "text messages that say …", "the ministry, which said …": what the clause hangs on is the source
        antecedent = root.head.head
        return source_type_of(source.doc[antecedent.left_edge.i: antecedent.i + 1], speaker, lemma)
    if root.pos_ == "PRON" or word in PRONOUNS:
        if word in ("it", "this", "that") and lemma in EVIDENCE - SPEAKING_VERBS and lemma not in CORPORATE_SPEECH \
                and _inside_said(root):
            return "thing"  # "officials said it showed that …": what "it" shows, in another's words, is a thing's
        if speaker is not None and speaker.type == "person" and speaker.name.split()[-1].lower() in DOCUMENT_NOUNS:
            return "document"  # "It found that …" of "a groundbreaking new study": a document, as "the study" is
        if speaker is not None:
            return _actor_type(speaker)
        if word in PERSON_PRONOUNS:
            return "person"
        if word in GROUP_PRONOUNS:
            return "group"
        if word in ("this", "that", "what") and root.tag_ != "WDT":
            return "thing"  # "That means 355 horsepower": a demonstrative points at what was just said, not at anyone
        # "it said", "which reported": a company or a body, in news prose; "it shows": a thing
        return "organisation" if lemma in SPEAKING_VERBS else "thing"
    if root.i in lexicon.age_words([root]) or root.pos_ == "DET" and lexicon.age_words(source):
        return "person"  # "the 52-year-old admitted": an age describes someone, it is no date
    if speaker is not None and speaker.type == "person" and len(source) == 1 and root.text[:1].isupper() \
            and root.lower_ == speaker.name.split()[-1].lower():
        return "person"  # "Sen. Ann Price said … Price said": a surname that is also a word
    if speaker is not None and speaker.type == "person" and word in (speaker.title or "").lower().split():
        return "person"  # "House Speaker Gregory Tate … the speaker accused": the title's holder, no loudspeaker
    phrase = source.text.lower()
    if phrase.removeprefix("the ").strip() in PLATFORM_NAMES or word in PLATFORM_NAMES and root.pos_ == "PROPN":
        return "organisation" if lemma in CORPORATE_SPEECH else "platform"
    if word in PRODUCT_NAMES:
        return "product"
    if speaker is not None and speaker.type == "organisation" and root.ent_type_ == "PRODUCT" and any(
            t.pos_ == "NOUN" and t.i < root.i and t.lemma_.lower() in ORGANISATION_NOUNS | KIND_WORDS for t in source):
        return "organisation"  # "according to the rights monitor OVD-Info" (tagged a product): the body it says it is
    if speaker is not None and root.pos_ == "PROPN" and root.ent_type_ in ("PERSON", "ORG", "GPE", "NORP", "") \
            and not root.is_lower:  # "China's foreign ministry": a common noun the tagger took for a name
        return _actor_type(speaker)  # the resolver knows "Macron" (tagged ORG) is a person
    speaking = needs_speaker or lemma in SPEAKING_VERBS
    if root.pos_ == "PROPN" and ENTITY_TYPES.get(root.ent_type_) in ("place", "date", "product", "thing") and (
        speaking or speaker is not None and speaker.type == "person"
    ) and word not in PLACE_NOUNS:
        return "person"  # a name the small model took for a place or a date: "Schiff said", "May said"
    if root.ent_type_ in ("PERCENT", "CARDINAL"):
        return "group"  # "twelve percent said", "two of them said": people counted
    base = root.lemma_.lower()
    if base == "system" and any(c.dep_ in ("compound", "amod") and c.lower_ in SYSTEMS_RUN for c in root.children):
        return "organisation"  # "the Pittsburgh-based health system said": a hospital group, no machine
    if base == "speaker" and needs_speaker:
        return "group" if root.tag_ == "NNS" else "person"  # "the keynote speaker said": no loudspeaker says
    if base in RUN_BODIES and needs_speaker:
        return "organisation"  # "Pakistan's polio eradication programme said": the people who run it
    if base in QUANTITY_NOUNS and counted_people(root):
        return "group"  # "a number of analysts say", "a majority of economists expect": people counted
    if root.pos_ == "NOUN" or not root.ent_type_:
        found = _noun_type(word, base, root.tag_ in ("NNS", "NNPS"))
        if found == "place" and (word in GOVERNED_PLACES or base in GOVERNED_PLACES) and speaking:
            return "organisation"  # "the city is demanding": its government speaks; an island has none
        if found is not None:
            return found
    if root.ent_type_ in ENTITY_TYPES:
        return ENTITY_TYPES[root.ent_type_]
    if root.like_num or root.pos_ == "NUM":
        return "date" if len(word) == 4 and word.isdigit() else "thing"
    if root.pos_ == "PROPN":
        # "Nvidia reported that …", "Webb showed …": an unknown name that reports is a body (a telescope's name
        # showing something is rarer than a company's reporting it); one that appears is a thing
        if lemma in APPEARANCE:
            return "thing"
        if lemma in EVIDENCE:
            return "organisation" if lemma in lexicon.SPEECH else "thing"
        return "person"
    if base.endswith(PERSON_SUFFIXES) or needs_speaker or lemma in SPEAKING_VERBS:
        plural = root.tag_ in ("NNS", "NNPS")
        return "group" if plural else "person"
    return "thing"


# Nouns that count what their "of" names: "a number of analysts", "the majority of economists".
QUANTITY_NOUNS = frozenset({"number", "majority", "minority", "handful", "couple", "host", "lot", "dozen", "bunch",
                            "plurality", "score", "raft", "slew"})


def counted_people(root: Token) -> bool:
    """A quantity noun counting people ("a number of analysts"; not "a number of reports")."""
    if root.lemma_.lower() not in QUANTITY_NOUNS:
        return False
    of = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    counted = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return counted is not None and counted.tag_ in ("NNS", "NNPS") \
        and _noun_type(counted.lower_, counted.lemma_.lower(), True) in ("group", "person")


def _reported(head: Token) -> bool:
    """A cue with a subject of its own inside what a verb of saying above it reports ("the minister said the
    verdict showed …"), not a participle that goes on with the same speaker ("described the decisions as a first step,
    confirming that …")."""
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
        return False
    token = head
    while token.head.i != token.i:
        if token.dep_ == "ccomp" and token.head.lemma_.lower() in lexicon.SPEECH and token.head.pos_ == "VERB":
            return True
        token = token.head
    return False


def _inside_said(token: Token) -> bool:
    """Whether the token is in a clause a saying verb above it reports ("officials said it showed …")."""
    return any(a.lemma_.lower() in lexicon.SPEECH and a.pos_ == "VERB" for a in token.head.ancestors)


# Kinds of body named before a name the tagger may take for a product's.
KIND_WORDS = word_set("monitor watchdog ngo think-tank tank")


# Verbs of threat whose subject is as often a thing as someone ("the drills threatened peace").
ENDANGERING = frozenset({"threaten", "menace"})


# What happens, not who acts: its "threatening to" is a risk, never a threat made.
HAPPENINGS = word_set("dispute standoff row conflict war crisis strike violence fighting unrest escalation tension "
                      "feud rift clash spat impasse deadlock stalemate outbreak drought flood fire shortage slowdown "
                      "downturn recession inflation surge rise decline tariff uncertainty scandal storm rain")


def _happening(source: Span) -> bool:
    """The source is a noun of :data:`HAPPENINGS` ("the dispute", "the strike")."""
    root = source.root
    return root.pos_ == "NOUN" and root.lemma_.lower() in HAPPENINGS


def _endangers(verb: Token) -> bool:
    """Threatening a thing, not to do something (the group that "threatened on Sunday to keep its barricades"
    says it would)."""
    return not any(c.dep_ in ("xcomp", "ccomp") or c.dep_ == "advcl" and any(a.tag_ == "TO" for a in c.children)
                   for c in verb.children)


# Undertakings with staff of their own, who speak under its name ("the programme said"); as things they appear.
RUN_BODIES = frozenset({"programme", "program", "project", "initiative", "mission", "campaign"})
# What a "system" is when it is a body: "the health system", "the school system".
SYSTEMS_RUN = frozenset({"health", "hospital", "healthcare", "school", "university", "prison", "court", "transit",
                         "library", "water", "park", "pension", "banking", "rail"})


def _noun_type(word: str, base: str, plural: bool) -> SourceType | None:
    for name in (word, base):
        if name in GROUP_NOUNS:
            return "group"
        if name in PERSON_NOUNS:
            return "group" if plural else "person"
        if name in ORGANISATION_NOUNS:
            return "organisation"
        if name in DOCUMENT_NOUNS:
            return "document"
        if name in PLATFORM_NOUNS:
            return "platform"
        if name in PRODUCT_NOUNS:
            return "product"
        if name in DATE_NOUNS:
            return "date"
        if name in PLACE_NOUNS:
            return "place"
        if name in THING_NOUNS:
            return "thing"
    return None


def _actor_type(actor: Actor) -> SourceType:
    return {"person": "person", "group": "group"}.get(actor.type, "organisation")  # type: ignore[return-value]


def _in_a_story(head: Token, source: TokenSpan | None) -> bool:
    """"In the film, the old farmer … says, “…”", "In the novel, its narrator writes": a character speaking."""
    if source is not None and _source_head(source).lemma_.lower() in lexicon.CHARACTERS:
        return True
    sentence = head.sent
    return any(t.lemma_.lower() in lexicon.STORIES and t.dep_ == "pobj" and t.head.lower_ == "in" and t.i - sentence.start <= 4
               and t.head.i - sentence.start <= 1 for t in sentence)


def _was_asked(head: Token) -> bool:
    """"Kiprono, asked whether …, said": "asked" between commas after its subject, another verb saying after."""
    if head.lemma_.lower() != "ask" or head.tag_ not in ("VBN", "VBD"):
        return False
    if head.tag_ == "VBN" and head.dep_ in ("acl", "advcl", "appos"):
        return True
    doc = head.doc
    if head.i == 0 or doc[head.i - 1].text != ",":
        return False
    return any(t.lemma_.lower() in ("say", "reply", "answer", "respond") and doc[t.i - 1].text == ","
               for t in doc[head.i + 1: head.sent.end])


def _object_only(doc: Doc, item: Attribution, head: Token | None) -> bool:
    """"It did not reveal the crash location": what a negated cue names is what went unsaid, a noun phrase
    with no clause in it, though the tagger may cut it in pieces ("has not provided | details | of | its
    involvement")."""
    objects = [c for c in head.children if c.dep_ == "dobj"] if head is not None else []
    if len(objects) != 1 or not item.content:
        return False
    start, end = objects[0].left_edge.idx, objects[0].right_edge.idx + len(objects[0].right_edge)
    spans = [_span(doc, c.start, c.end) for c in item.content]
    return all(s is not None and len(s) > 0 and start <= s.start_char and s.end_char <= end for s in spans) \
        and not any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound") for s in spans for t in s)


def _span(doc: Doc, start: int, end: int) -> TokenSpan | None:
    return doc.char_span(start, end, alignment_mode="expand")


def _cue_head(cue: TokenSpan) -> Token | None:
    """The reporting word of a cue span ("has not *said*", "*called* for", "*According* to")."""
    words = [t for t in cue if t.pos_ in ("VERB", "NOUN", "PROPN") or t.pos_ == "AUX" and t.dep_ == "ROOT"]
    if cue.root in words:
        return cue.root
    return words[-1] if words else cue.root


def _source_head(source: TokenSpan) -> Token:
    """The head of a source phrase; an apposition's name wins over its description when the name is a
    person ("The Kremlin's spokesman, Dmitry Peskov") or follows the description with no comma, as its name
    ("the fact-checking site GhanaFact")."""
    root = source.root
    for child in root.children:
        if child.dep_ == "appos" and child.i < source.end and (
                child.ent_type_ == "PERSON" or child.ent_type_ == "ORG" and child.left_edge.i == root.i + 1):
            return child
    return root


def _passive(head: Token) -> bool:
    """A passive verb ("is expected", "were named"), not a participle hanging on a noun: the small parser
    hangs "…, the ministry said" on a noun as one."""
    if head.tag_ != "VBN":
        return False
    return any(c.dep_ in ("auxpass", "nsubjpass") or c.lemma_ == "be" and c.dep_ == "aux" for c in head.children)


def _clause(head: Token) -> bool:
    """The verb reports a proposition: a that-clause or a quote-like complement ("rejected claims that …")."""
    if any(c.dep_ in ("ccomp", "parataxis") for c in head.children):
        return True
    return any(c.dep_ in ("dobj", "pobj") and any(_that_clause(g) for g in c.children) for c in head.children)


def _that_clause(token: Token) -> bool:
    return token.dep_ in ("acl", "ccomp") and any(m.dep_ == "mark" and m.lower_ in ("that", "whether", "if")
                                                  for m in token.children)


def _doing_not_saying(head: Token) -> bool:
    """"continues to review", "is still considering": the cue reports an activity, not words."""
    if head.lemma_.lower() in ACTIVITY and head.pos_ == "VERB" and not any(
        c.dep_ in ("ccomp",) for c in head.children
    ):
        return True
    if head.lemma_.lower() == "continue":
        return any(c.dep_ == "xcomp" and c.lemma_.lower() not in SPEAKER_VERBS_ONLY for c in head.children)
    return False


# Opinions and forecasts a news report presents as someone's position ("the agency believes …", "the bank
# expects …", "analysts expect …"), unlike feelings ("hope", "fear", "worry").
OPINIONS = frozenset({"believe", "think", "reckon", "consider"})
FORECASTS = frozenset({"expect", "anticipate", "predict", "estimate", "forecast", "project"})


def _stated_position(lemma: str, source_type: SourceType, head: Token) -> Act:
    """Thought, or the position a source is reported as holding, which readers take as said.

    An organisation has no mind: "the agency believes", "the bank expects" report what it put out. A forecast by
    anyone who can speak ("analysts expect prices to ease") is a stated expectation. A person's
    or group's belief ("he believes that …", "the researchers believe", "many fear") and any feeling stay
    thought.
    """
    if lemma in FORECASTS and source_type in ("person", "group", "organisation"):
        return "speech"
    if lemma in OPINIONS and source_type == "organisation" and head.pos_ == "VERB" and any(
        c.dep_ in ("ccomp", "xcomp") for c in head.children
    ):
        return "speech"
    return "thought"


def _written(medium: str) -> bool:
    words = medium.lower()
    return any(f" {m}" in f" {words}" for m in WRITTEN_MEDIA)
