"""Reporting verbs and nouns: the words that introduce a statement.

Lemmas only (spaCy lemmatises "warned", "warning" and "warns" to "warn").
British and American spellings are both listed. Verbs are grouped by what the
speaker does, because the events stage reads the group (praise → SUPPORT,
criticism → ACCUSE, warning → THREATEN, ...).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from importlib import resources

from spacy.tokens import Token

# Feeling put into words, reporting only with a clause or a quote: "fumed that", "“Ask me about the game,” he snapped".
FEELING_SAID = frozenset({"fume", "snap", "scoff", "seethe", "rage", "gripe", "marvel", "sneer", "gush", "rant",
                          "bristle"})

SPEECH = {
    "say", "tell", "state", "add", "note", "explain", "remark", "comment", "mention", "declare",
    "announce", "report", "write", "post", "tweet", "reply", "respond", "answer", "continue",
    "reiterate", "reaffirm", "restate", "reassert", "repeat", "recall", "describe", "call", "label", "brand", "put",
    "indicate", "signal",
    "suggest",
    "point", "observe", "acknowledge", "admit", "concede", "confess", "confirm", "reveal",
    "disclose", "divulge", "inform", "brief", "testify", "recount", "relate", "narrate", "quip",
    "joke", "muse", "exclaim", "shout", "yell", "scream", "whisper", "mutter", "sigh", "cry",
    "blog", "text", "email", "cable", "wire", "conclude", "summarise", "summarize",
    "specify", "clarify", "elaborate", "emphasise", "emphasize", "stress", "underline",
    "underscore", "highlight", "insist", "maintain", "contend", "argue", "assert", "claim",
    "allege", "aver", "affirm", "attest", "estimate", "predict", "forecast", "project",
    "speculate", "guess", "reckon", "believe", "think", "feel", "hope", "fear", "worry",
    "expect", "doubt", "wonder", "ask", "question", "query", "inquire", "enquire", "demand",
    "urge", "appeal", "plead", "beg", "implore", "request", "advise", "recommend", "propose",
    "echo", "agree", "concur", "counter", "retort", "rebut", "object", "protest", "complain",
    "lament", "regret", "deplore", "bemoan", "grumble", "boast", "brag",
    "caution", "hint", "imply", "insinuate", "speak", "talk", "chime", "interject",
    "interrupt", "volunteer", "document", "find", "show", "record",
    "read", "cite", "quote", "publish", "broadcast", "air", "telephone",
    "proclaim", "pronounce", "decree", "rule", "order", "instruct", "direct",
    # Putting something into words before an audience: "outlined plans to", "voiced concerns that",
    # "attributed the fall to", "shared with reporters that".
    "outline", "voice", "attribute", "share",
    # Granting a point, said only with a clause: "accepted that City had been second best"
    "accept",
    # Findings put into words: "the researchers discovered that …" (with a clause only).
    "discover",
    # the English of South Asian and African papers and of courts: "opined that", "“My Lord, …,” counsel submitted"
    "opine", "submit",
} | FEELING_SAID

PRAISE = {
    "praise", "commend", "applaud", "hail", "laud", "welcome", "thank", "congratulate",
    "salute", "celebrate", "endorse", "back", "support", "compliment", "acclaim", "extol",
}

CRITICISM = {
    "criticise", "criticize", "condemn", "denounce", "blame", "accuse", "attack", "slam",
    "blast", "lambast", "lambaste", "berate", "castigate", "chastise", "rebuke", "reproach",
    "censure", "decry", "deride", "mock", "ridicule", "scorn", "disparage", "fault", "charge",
    "complain", "assail", "excoriate", "pillory", "rail", "scold", "question", "dispute",
    "challenge", "contest",
}

THREAT = {"warn", "threaten", "caution", "menace", "ultimatum"}

COMMITMENT = {
    "promise", "pledge", "vow", "commit", "guarantee", "assure", "reassure", "swear",
    "undertake", "offer", "volunteer",
}

# A business's descriptions: never a state, nor a capital that stands for a government.
COMPANY_NOUNS = frozenset({"company", "firm", "carrier", "airline", "bank", "retailer", "maker", "manufacturer",
                           "automaker", "carmaker", "startup", "developer", "operator", "insurer", "lender", "chain",
                           "brand", "business", "corporation", "app", "platform", "publisher", "utility", "supplier",
                           "drugmaker", "chipmaker", "label", "studio", "streamer", "conglomerate", "giant", "provider"})
# What one telephones another to do ("called his Qatari counterpart to discuss the hostages", "to offer his
# congratulations"): a call, no request made of them.
CALL_TOPICS = frozenset({"discuss", "talk", "congratulate", "thank", "review", "coordinate", "exchange", "express",
                         "update", "brief", "consult", "offer", "convey", "extend", "reassure", "assure", "wish"})
# What a court decides, which a party appeals ("appealed the verdict"): a legal act, not a plea to anyone.
COURT_OUTCOMES = frozenset({"decision", "ruling", "verdict", "sentence", "conviction", "judgment", "judgement",
                            "order", "fine", "penalty", "acquittal", "finding", "findings", "injunction", "award"})
REJECTION = {"deny", "reject", "dismiss", "refuse", "rebuff", "repudiate", "refute", "decline", "veto"}
# Owning up to a fault or a fact against oneself (the project's annotation guide: CONCEDE).
ADMISSION = {"admit", "acknowledge", "concede", "confess"}

# Found by counting, on PolNeAR's training split, how often each lemma is part
# of an annotated cue; these are the ones above 35% that the groups above lack.
LEARNED = {
    "advocate", "allude", "apologize", "apologise", "appear", "deem", "defend", "disavow", "discuss",
    "express", "list", "portray", "recite", "refer", "reference", "remind", "renew", "seem", "tout",
    "mention",
}

VERBS: frozenset[str] = frozenset(SPEECH | PRAISE | CRITICISM | THREAT | COMMITMENT | REJECTION | LEARNED)

# Verbs of calling something something: what they report is the object with its label ("called the plan a sham").
LABELLING = frozenset({"describe", "call", "label", "brand"})
# Verbs that name what something is: "called the vote a sham", "what he termed …".
NAMING = LABELLING | {"term", "dub"}

# Verbs that report *only* when they carry a clause or a quote: "show" and
# "find" are everywhere in news text, but "the poll showed that ..." reports.
CLAUSE_ONLY = frozenset({
    "find", "show", "read", "feel", "think", "believe", "hope", "fear", "worry", "expect",
    "doubt", "wonder", "guess", "reckon", "know", "put", "point", "record", "document",
    "air", "broadcast", "publish", "project", "rule", "order", "direct", "call", "label", "brand", "support",
    "back", "welcome", "offer", "question", "charge", "challenge", "contest", "dispute",
    "object", "agree", "answer", "continue", "speak", "talk", "cry", "text", "wire", "cable",
    "concede", "commit", "undertake", "attack", "decline", "refuse", "dismiss", "reject", "rebuff", "repudiate",
    "veto", "deny", "refute", "seem", "appear", "renew", "share", "discover", "counter",
    # "is recalling 480,000 SUVs", "responded to an alarm": said only with what was said (a clause or a quote)
    "recall", "respond",
    # "restate key figures", in accounts: said only with a clause
    "restate",
    "submit", "accept",
}) | FEELING_SAID

NOUNS: frozenset[str] = frozenset({
    "statement", "claim", "comment", "remark", "remarks", "assertion", "allegation", "announcement",
    "declaration", "warning", "threat", "promise", "pledge", "vow", "assurance", "insistence",
    "argument", "suggestion", "proposal", "prediction", "belief", "view", "opinion", "contention",
    "accusation", "charge", "criticism", "praise", "denial", "admission", "confession",
    "acknowledgement", "acknowledgment", "testimony", "interview", "speech", "address", "tweet",
    "post", "message", "letter", "report", "memo", "press release", "briefing", "conference",
    "op-ed", "editorial", "column", "essay", "blog", "broadcast", "question", "answer", "reply",
    "response", "retort", "explanation", "observation", "estimate", "forecast", "verdict",
    "finding", "conclusion", "recommendation", "appeal", "plea", "demand", "call", "request",
    "complaint", "protest", "objection", "condemnation", "rebuke", "endorsement", "indication", "hint", "signal", "insinuation", "speculation", "fear", "hope",
    "expectation", "concern", "worry", "doubt", "rumour", "rumor", "story", "account", "version",
    "word", "words", "quote", "podcast", "video", "communique", "communiqué",
})

# Nouns that name a *medium* rather than a statement: "in a statement" gives
# the cue, "on social media" the medium.
MEDIA = (
    "social media", "twitter", "x", "truth social", "facebook", "instagram", "telegram", "tiktok",
    "youtube", "television", "tv", "radio", "state television", "state tv", "a statement",
    "a press conference", "a news conference", "an interview", "a speech", "a letter", "a blog post",
    "his blog", "her blog", "a video", "a podcast", "a tweet", "a post", "an op-ed", "a briefing",
)

# "according to", "in the words of": multi-word cues that introduce the source
# as a prepositional object.
SOURCE_PREPOSITIONS = {"according to", "in the words of", "as per", "per"}


def word_set(text: str) -> frozenset[str]:
    """A word list written as running text, one word per space."""
    return frozenset(text.split())


# Nouns of people, who can say things: "the herder", "a spokeswoman", "the 43-year-old's coach".
PERSON_NOUNS = word_set("""
herder shepherd nomad porter hawker labourer laborer rancher peasant villager weaver tailor cobbler carpenter
mason welder grocer cleaner janitor courier boatman ferryman midwife pharmacist beekeeper logger trucker
person man woman boy girl child kid baby father mother dad mom mum son daughter brother sister husband wife
uncle aunt cousin grandfather grandmother grandson granddaughter parent friend neighbour neighbor colleague
spokesman spokeswoman spokesperson official minister secretary president chairman chairwoman chair director
chief head leader founder owner ceo executive manager boss employee worker staffer aide adviser advisor
lawyer attorney prosecutor judge justice senator congressman congresswoman lawmaker legislator mp mayor
governor candidate politician diplomat ambassador envoy general commander officer soldier sergeant colonel
captain lieutenant admiral pilot doctor dr physician nurse surgeon scientist researcher professor lecturer
teacher student pupil scholar expert analyst economist strategist consultant specialist engineer architect
author writer journalist reporter editor columnist correspondent critic commentator blogger poet novelist
historian philosopher artist actor actress singer musician player coach athlete driver rider
farmer merchant trader dealer banker investor entrepreneur shopkeeper vendor seller buyer customer client
patient victim survivor witness resident citizen voter taxpayer consumer user fan supporter member activist
campaigner protester protestor demonstrator organiser organizer volunteer ranger guide warden guard
policeman policewoman detective inspector firefighter paramedic chef cook waiter baker butcher cheesemaker
winemaker brewer grower fisherman hunter miner builder plumber electrician mechanic technician programmer
developer designer cofounder co-founder partner associate fellow director-general secretary-general
priest pastor bishop cardinal pope pontiff imam rabbi monk nun cleric preacher king queen prince princess emperor
monarch duke duchess lord lady sir dame prime premier chancellor deputy undersecretary commissioner
superintendent principal dean provost rector vice source insider observer onlooker bystander
passenger traveller traveler tourist visitor migrant refugee immigrant prisoner inmate detainee suspect
defendant plaintiff claimant applicant landlord tenant homeowner shareholder stakeholder landowner
mep negotiator mediator broker agent representative rep delegate anchor host presenter
moderator interviewer interviewee respondent participant contestant winner loser champion veteran
florist custodian lifeguard caretaker twin sibling
treasurer comptroller auditor registrar ombudsman ombudsperson coroner magistrate sheriff marshal councillor
showrunner screenwriter filmmaker choreographer publicist promoter skipper striker goalkeeper midfielder winger
batsman bowler jockey referee umpire rapper drummer guitarist bassist vocalist frontman frontwoman comedian
librarian pensioner retiree widow widower housewife homemaker grandparent nanny clerk cashier
accountant bookseller hairdresser barber seamstress stallholder innkeeper hotelier restaurateur
dispatcher controller pathologist veterinarian motorist commuter meteorologist forecaster seismologist geologist
volcanologist biologist epidemiologist virologist zoologist curator archivist jailer sailor cyclist climber hiker
skier swimmer runner golfer solicitor barrister juror receptionist surveyor investigator constable trooper
administrator
""")

# Verbs that make someone do what they do: "forced Hollis to concede that …", "led the carmaker to announce …".
# The saying happened, and the one made to say it is the speaker (not "require"/"ask"/"allow": said or not).
CAUSATIVES = frozenset({"force", "prompt", "lead", "cause", "compel", "oblige", "persuade", "convince", "drive",
                        "spur", "inspire"})
# Stories told on screen, stage or page, and the people in them: what they say is the story's, not news.
STORIES = frozenset({"film", "movie", "novel", "play", "episode", "opera", "musical", "sitcom", "drama", "song",
                     "poem", "comic", "trailer", "thriller", "tale", "ballad"})  # not "In a video posted …, X said"
CHARACTERS = frozenset({"narrator", "protagonist", "hero", "heroine", "character", "villain", "antihero"})
# Words that are never a speaker, however they parse ("it said" in
# "the report said" is fine, but "there said" is a misparse).
NON_SPEAKERS = frozenset({"there", "here", "this", "what", "whom", "these", "those"})
# Relative pronouns are kept as the source span (that is what the words say)
# but the speaker is their antecedent: "officials, who said ..." → officials.
RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})

PERSONAL_PRONOUNS = {
    "he": "male", "him": "male", "his": "male", "she": "female", "her": "female",
    "they": "plural", "them": "plural", "their": "plural", "i": "self", "we": "self",
}

ALL_LEMMAS = VERBS | NOUNS


def verb_group(lemma: str) -> str:
    """Which kind of speech act a reporting verb is, for event coding."""
    lemma = lemma.lower()
    for name, group in (
        ("praise", PRAISE), ("criticism", CRITICISM), ("threat", THREAT),
        ("commitment", COMMITMENT), ("rejection", REJECTION), ("admission", ADMISSION),
    ):
        if lemma in group:
            return name
    return "speech"


# The labels of a review's or a live blog's lines ("Verdict: at $649 it is a bargain", "Update: …"), which the
# tagger can take for a name: no one says what follows them.
LABEL_WORDS = frozenset({"verdict", "update", "updated", "note", "editor", "correction", "pros", "cons", "price",
                         "specs", "summary", "bottom", "conclusion", "score", "rating", "warning", "disclaimer",
                         "background", "context", "analysis", "related", "watch", "read", "listen", "photos",
                         "video", "breaking", "exclusive", "opinion", "review", "recap", "result", "results",
                         "explainer", "comment", "interview", "profile", "feature", "factbox", "timeline", "live",
                         "claim", "fact", "facts", "ruling", "the facts", "bottom line"})

# Buttons and calls to action a page's shopping or sharing widgets put before a colon ("ADD TO CART: …",
# "View Price: …"): a line that opens with one is no speaker's turn.
ACTION_WORDS = frozenset({"add", "view", "buy", "shop", "get", "make", "click", "subscribe", "sign", "follow", "share",
                          "download", "order", "book", "check", "see", "learn", "discover", "save", "compare"})


def call_purpose(verb: Token) -> Token | None:
    """What someone was telephoned to do ("called Zelensky to discuss the war", "called Ana Ribeiro to offer his
    congratulations"): the verb of :data:`CALL_TOPICS` a "call" with an object is for, or None (not "called Iran
    to stop enrichment", which asks)."""
    if verb.lemma_.lower() != "call" or not any(c.dep_ == "dobj" for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in CALL_TOPICS), None)


def retort(verb: Token) -> bool:
    """"shot back that the Conservatives had no plan", "hit back that …": a reply in words, as "retorted", not a
    shot (a verb of striking with "back" and a clause of what was said)."""
    return verb.lemma_.lower() in ("shoot", "hit", "fire", "strike") and any(
        c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in verb.children) and any(
        c.dep_ == "ccomp" for c in verb.children)


def age_words(tokens: Iterable[Token]) -> set[int]:
    """Indices of the words of an age used as a description ("the 34-year-old said", "said the 24-year-old
    Dutchman"): the tokenizer splits it as 34 - year - old, and the tagger calls it a date."""
    found: set[int] = set()
    for token in tokens:
        if token.lower_ != "old" or token.i < 2:
            continue
        doc = token.doc
        start = token.i - 1
        if doc[start].text in ("-", "‐"):
            start -= 1
        if start < 1 or doc[start].lower_ not in ("year", "years", "month", "months"):
            continue
        number = start - 1 - (doc[start - 1].text in ("-", "‐"))
        if number >= 0 and doc[number].like_num:
            found.update(range(number, token.i + 1))
    return found


# -- given names: who a capitalised word before a surname is ------------------------------------------------

def _name_lines(file: str) -> list[tuple[str, list[str]]]:
    """A shipped name list: lines of a gender mark and the names that bear it ("m aaron adam …")."""
    text = resources.files("saywho").joinpath(f"data/{file}").read_text(encoding="utf-8")
    return [(mark, names) for mark, *names in (line.split() for line in text.splitlines()
                                              if line and not line.startswith("#"))]


@lru_cache(maxsize=1)
def first_names() -> dict[str, str]:
    """Given name -> "m" or "f", from the shipped list; a name in both lists, or marked "x" (either), is left out."""
    genders: dict[str, str] = {}
    for gender, names in _name_lines("first_names.txt"):
        for name in names:
            genders[name] = "?" if genders.get(name, gender) != gender else gender
    return {name: g for name, g in genders.items() if g != "?"}


@lru_cache(maxsize=1)
def census_names() -> dict[str, str | None]:
    """Given name -> "m", "f" or None (either), from the 1990 US Census lists: ten times as many names as
    :func:`first_names`, many of them also words ("Will", "Grant"), so a name read from them alone never
    makes an organisation a person; a person noun beside it must."""
    either = {name for mark, names in _name_lines("first_names.txt") if mark == "x" for name in names}
    return {name: mark if mark in ("m", "f") and name not in either else None
            for mark, names in _name_lines("census_first_names.txt") for name in names}


def headline_label(label: str) -> bool:
    """"COWARD JAILED: Thug who attacked pensioner is locked up": a headline in capitals before a colon whose last
    word is a past participle ("jailed", "charged", "arrested") tells what happened; it names no one who speaks."""
    words = label.split()
    last = words[-1].lower() if words else ""
    return len(words) > 1 and label.isupper() and len(last) >= 6 and last.endswith("ed") \
        and last not in first_names() and last not in census_names()


# Things that endanger, which threaten no one as a speaker or an actor does: "the lawsuit threatened who we are".
ENDANGERING = frozenset({"lawsuit", "suit", "case", "ruling", "law", "bill", "plan", "policy", "proposal", "move",
                         "decision", "measure", "rule", "regulation", "tariff", "deal", "merger", "project", "war",
                         "conflict", "violence", "change", "cut", "closure", "strike", "shutdown", "standoff",
                         "dispute", "scandal", "fighting", "drought", "flood", "storm", "crisis", "virus", "fire"})


# Whose job is to speak for a body: "a company spokesman", "a spokesperson said".
SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson"})
# Who speaks for someone else: "a spokesman for Prime Minister Keir Starmer", "an aide to President Biden".
SPEAKING_FOR = SPOKESPEOPLE | {"aide", "adviser", "advisor", "lawyer", "attorney", "representative", "assistant",
                               "deputy", "official", "source", "relative"}


# Words in the names of labour bodies, whatever their head: "Nigeria Labour Congress", "Trades Union Congress",
# "Congress of South African Trade Unions" are unions, no legislature.
LABOUR_WORDS = frozenset({"labour", "labor", "trade", "trades", "union", "unions", "workers", "worker"})


# Titles of sport that open with a participle: "defending champion Croatia", "the reigning titleholder".
TITLES_HELD = frozenset({"champion", "champions", "titleholder", "titleholders", "holder", "holders", "winner"})


def title_holder(token: Token) -> bool:
    """"defending champion Croatia": a participle that is part of a title, no act of defending anyone."""
    return token.lower_ in ("defending", "reigning") and token.i + 1 < len(token.doc) \
        and token.nbor(1).lower_ in TITLES_HELD


# What a news outlet does with a document it reports on ("a letter seen by Reuters"): who saw the words is neither
# whose they are nor whom they are aimed at.
SEEING = frozenset({"see", "obtain", "review", "read", "view"})
