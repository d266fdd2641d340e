"""Statements the parser does not see: signed posts, embedded tweets, a digest's credited passages,
interview transcripts ("NAME: …") and the answers of a question-and-answer interview ("Q: …" / "A: …").

No reporting verb marks these, so the cue finder (:mod:`saywho.attribution.candidates`) misses them; they are
read off the page's lines here and handed to the speaker resolver like any other candidate, with the name
(or the interviewee) as the source.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc, Span

from saywho.attribution import lexicon
from saywho.attribution.cues import Candidate, a_place, spoken
from saywho.attribution.mentions import first_names
from saywho.attribution.quotes import find_quotes, overlapping
from saywho.doctext import text_of

SIGNED = re.compile(r"(?m)^(?P<body>[^\n]{20,}?)\s*[—–]\s?(?P<name>[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3})[”\"]?[ \t]*$")
# A quotation signed with a title and a name, and what the signer was doing: "“…” — Iranian Foreign Ministry
# spokesman Nasser Kanaani, responding on Tuesday to …".
SIGNED_QUOTE = re.compile(r"(?m)^(?P<body>[“\"][^\n]{10,}?[”\"])[ \t]*[—–][ \t]?(?P<sig>[A-Z][^\n,]{2,80}),")
UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"  # "ZIELIŃSKI:", "ÖZTÜRK:"
TRANSCRIPT = re.compile(rf"(?m)^(?P<name>[{UPPER}][{UPPER}.'’-]+(?: [{UPPER}][{UPPER}.'’-]+){{0,2}}):[ \t]+(?P<body>\S[^\n]*)$")
NOT_NAMES = {"UPDATE", "NOTE", "EDITOR'S NOTE", "WATCH", "READ MORE", "MORE", "RELATED", "PHOTO", "VIDEO",
             "Q", "A", "SOURCE", "SOURCES", "CREDIT", "UPDATED", "CORRECTION", "BREAKING", "LISTEN", "ADVERTISEMENT"}


# An embedded tweet as pages print it: the post's lines, then "— Name (@handle) November 1, 2019" on its own line.
TWEET = re.compile(r"(?m)^[—–] ?(?P<name>[^\n(@]{1,60}?)[^\w\n(]*\(@\w{1,30}\) [A-Z][a-z]+ \d{1,2}, \d{4}[ \t]*$")
# A digest's credit line under a quoted passage: "[ Engadget ]" on its own line.
CREDIT_LINE = re.compile(r"(?m)^\[ ?(?P<name>[A-Z][^\]\n]{1,40}?) ?\][ \t]*$")
MAX_POST = 1200  # characters: a post (280) or a digest's quoted passage, never a whole article
POST_LINKS = re.compile(r"(?:\s*(?:pic\.twitter\.com/\S+|https?://\S+|[⬇️↓]+))+\s*$")
ANSWER = re.compile(r"(?m)^A[:.][ \t]+(?P<body>\S[^\n]*)$")
QUESTION = re.compile(r"(?m)^Q[:.][ \t]+\S")


def extra_candidates(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """Signed posts ("“…” — Name", embedded tweets), interview transcript lines ("NAME: …") and the answers
    of a question-and-answer interview ("Q: …" / "A: …"), which no cue covers."""
    text = text_of(doc)
    if "—" not in text and "–" not in text and ":" not in text and not FRAMED.search(text):
        return []
    taken = [(s, e) for c in candidates for s, e in c.content]
    # where each statement a cue found begins: its source, its cue or its content, whichever comes first
    begins = [(min([s for s, _ in c.content] + [t.idx for t in c.cue] + ([c.source.start_char] if c.source else [])),
               max(e for _, e in c.content)) for c in candidates if c.content]
    found: list[Candidate | None] = [*_signed_blocks(doc, text), *_letters(doc, text), *_answers(doc, text),
                                     *_framed(doc, text)]
    for match in SIGNED_QUOTE.finditer(text) if "—" in text or "–" in text else ():
        # "“Our patience has limits.” — Iranian Foreign Ministry spokesman Nasser Kanaani, responding …"
        signature = doc.char_span(match.start("sig"), match.end("sig"), alignment_mode="contract")
        person = next((e for e in signature.ents if e.label_ == "PERSON"), None) if signature is not None else None
        body_start, body_end = _strip_quotes(text, match.start("body"), match.end("body"))
        if person is not None and len(text[body_start:body_end].split()) >= 3 and not SIGNED.match(text, match.start()):
            found.append(_make(doc, person.start_char, person.end_char, body_start, body_end, "signed"))
    for match in SIGNED.finditer(text) if "—" in text or "–" in text else ():
        body_start, body_end = _strip_quotes(text, match.start("body"), match.end("body"))
        quoted = text[match.start("body")] in "“\"‘" and text[match.end("body") - 1] in "”\"’"
        signer = doc.char_span(match.start("name"), match.end("name"), alignment_mode="expand")
        named = signer is not None and any(t.ent_type_ in ("PERSON", "ORG") for t in signer)
        if len(text[body_start:body_end].split()) >= 4 and (quoted or named):  # not "… — See More"
            found.append(_make(doc, match.start("name"), match.end("name"), body_start, body_end, "signed"))
    # "KOTA BHARU: Some 12,000 flood victims …": a dateline, not a speaker's turn
    turns = [m for m in TRANSCRIPT.finditer(text) if m.group("name") not in NOT_NAMES
             and not (a_place(m.group("name")) and not spoken(m.group("body")))
             and m.group("name").lower() not in lexicon.LABEL_WORDS  # "VERDICT: False.", "CLAIM:" label a page's parts
             and not lexicon.headline_label(m.group("name"))
             and m.group("name").split()[0].lower() not in lexicon.ACTION_WORDS]  # nor is "ADD TO CART:" anyone's turn
    for n, match in enumerate(turns):
        if len(match.group("body").split()) < 3:
            continue
        body_start, body_end = _strip_quotes(text, match.start("body"), match.end("body"))
        turn = _make(doc, match.start("name"), match.end("name"), body_start, body_end, "transcript")
        if turn is not None and len(turns) >= TRANSCRIPT_TURNS:
            upto = turns[n + 1].start() if n + 1 < len(turns) else min(len(text), match.end() + MAX_TURN)
            turn.content += [(s, e) for s, e in _paragraphs(text, match.end(), upto)
                             if not any(s < end and start < e for start, end in taken)]  # not what a cue reports
        found.append(turn)
    kept = [c for c in (_before_taken(text, c, begins) for c in found if c is not None) if c is not None]
    quotes = find_quotes(text) if kept else []
    for candidate in kept:
        candidate.quotes = overlapping(quotes, *candidate.content[0])
    return kept


def _before_taken(text: str, candidate: Candidate, begins: list[tuple[int, int]]) -> Candidate | None:
    """The candidate, its first content cut short where a statement a cue found begins inside it ("Rivera: I
    was terrified. My mentor told me, “…”": the answer, then the mentor's own statement); None when too little
    of it is left, or that statement begins first. ``begins``: each statement's (start, end)."""
    start, end = candidate.content[0]
    inside = [s for s, e in begins if s < end and start < e]
    if not inside:
        return candidate
    cut = min(inside)
    while cut > start and not text[cut - 1].strip() or cut > start and text[cut - 1] in "\"“‘":
        cut -= 1
    if cut <= start or len(text[start:cut].split()) < 3:
        return None
    candidate.content = [(start, cut), *candidate.content[1:]]
    return candidate


# A page with this many "NAME:" lines is a transcript, where a turn runs on over the paragraphs after its line.
TRANSCRIPT_TURNS = 3
MAX_TURN = 2000  # characters a last turn may run on: the page's furniture often follows it


def _paragraphs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The paragraphs (lines) between two turns of a transcript, each its own range, quotation marks left out."""
    spans = []
    for line in re.finditer(r"[^\n]+", text[start:end]):
        first, last = _strip_quotes(text, start + line.start(), start + line.end())
        if len(text[first:last].split()) >= 3:
            spans.append((first, last))
    return spans


def _signed_blocks(doc: Doc, text: str) -> list[Candidate | None]:
    """"Delhi has turned into a gas chamber … \n\n— Arvind Kejriwal (@ArvindKejriwal) November 1, 2019": the
    post is the block of lines above the signature (its links left out), signed by the name before the handle;
    a digest's passage above a credit line ("[ Engadget ]") is the credited source's in the same way."""
    found: list[Candidate | None] = []
    # the post is the block above: up to a blank line where the text separates paragraphs by blank lines,
    # else (a page's text, one line per paragraph) the line above
    separator = "\n\n" if "\n\n" in text else "\n"
    signatures = [*(TWEET.finditer(text) if "(@" in text else ()), *(CREDIT_LINE.finditer(text) if "[" in text else ())]
    for match in signatures:
        end = text.rfind("\n", 0, match.start())
        while end > 0 and text[end - 1] in "\n \t":
            end -= 1
        above = text.rfind(separator, 0, end)
        start = above + len(separator) if above >= 0 else 0
        if end - start > MAX_POST:
            continue  # not a post or a quoted passage: a whole text above a stray signature
        links = POST_LINKS.search(text, start, end)
        end = links.start() if links is not None else end
        body_start, body_end = _strip_quotes(text, start, end)
        if len(text[body_start:body_end].split()) >= 4 and not TWEET.match(text, body_start):
            found.append(_make(doc, match.start("name"), match.end("name"), body_start, body_end, "signed"))
    return found


# A letter to the editor signed on a line of its own: "— Margaret Ellison, Leeds" (a town, a county after commas).
LETTER_SIGNATURE = re.compile(r"(?m)^[ \t]*[—–][ \t]?(?P<name>[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3})"
                              r"(?:,[ \t]*[A-Z][^\n,()@]{1,40}){0,2}[ \t]*$")
SALUTATION = re.compile(r"(?m)^(?:Sir|Madam|Dear [A-Z][^\n,:]{0,30}|To the [Ee]ditor)[,:]?[ \t]*")
MAX_LETTER = 4000  # characters: a letters page prints letters of a few hundred words


# A quotation and, right after it, the sentence that says whose it was: "“…” That was the message from Canadian Trade
# Minister Louise Tremblay.", "So said …", "The warning came from …", "The letter was signed by …".
FRAMED = re.compile(
    r"[“\"](?P<body>[^”\"\n]{10,}?)[”\"][ \t]+(?:(?:That|This|Those|These|Such) (?:was|were|is|are) (?:the |his |her "
    r"|their |its )?(?:\w+ )?(?P<noun>message|words?|warning|verdict|view|assessment|reaction|response|plea|appeal|"
    r"promise|pledge|threat|reply|answer) (?:from|of|by)|So (?P<said>said|says)|The (?:\w+ )?(?P<came>warning|"
    r"message|words|appeal|plea|threat|promise|pledge|call|response|reply) came from|The (?:\w+ )?(?P<text>letter|"
    r"statement|post|message|appeal) was (?:signed|posted|issued|written|sent) by) (?P<name>[A-Z0-9][^.\n]{2,120}?)\.(?=\s|$)")


def _framed(doc: Doc, text: str) -> list[Candidate | None]:
    """A quotation whose speaker the next sentence names (:data:`FRAMED`): theirs, the frame's noun its cue."""
    found: list[Candidate | None] = []
    for match in FRAMED.finditer(text) if "“" in text or '"' in text else ():
        group = next(g for g in ("noun", "said", "came", "text") if match.group(g))
        name_end = match.start("name") + len(match.group("name").split(",")[0])  # "…, who …": the name only
        candidate = _make(doc, match.start("name"), name_end, match.start("body"), match.end("body"), "framed")
        cue = doc.char_span(match.start(group), match.end(group), alignment_mode="expand")
        if candidate is not None and cue is not None:
            candidate.cue = list(cue)
            found.append(candidate)
    return found


def _letters(doc: Doc, text: str) -> list[Candidate | None]:
    """A letters page: "Sir, The council should reverse its decision. … \n— Margaret Ellison, Leeds". Each letter
    runs from its salutation, or from the signature before it, to its signature, and is its signer's; a
    signature after a longer text takes only the paragraph above it."""
    found: list[Candidate | None] = []
    previous = 0
    for match in LETTER_SIGNATURE.finditer(text) if "—" in text or "–" in text else ():
        signer = doc.char_span(match.start("name"), match.end("name"), alignment_mode="expand")
        person = signer is not None and (match.group("name").split()[0].lower() in first_names()
                                         or any(t.ent_type_ == "PERSON" for t in signer))
        end = match.start()
        while end > 0 and text[end - 1] in "\n \t":
            end -= 1
        salutations = list(SALUTATION.finditer(text, previous, end))
        start = salutations[-1].end() if salutations else previous
        if end - start > MAX_LETTER:
            start = text.rfind("\n", 0, end) + 1
        previous = match.end()
        body_start, body_end = _strip_quotes(text, start, end)
        if person and len(text[body_start:body_end].split()) >= 4:
            found.append(_make(doc, match.start("name"), match.end("name"), body_start, body_end, "signed"))
    return found


def _answers(doc: Doc, text: str) -> list[Candidate | None]:
    """A question-and-answer interview ("Q: … / A: …"): every answer is the interviewee's, the person the
    text names most often just before the first question or in it (the questions are the interviewer's, whom
    pages rarely name)."""
    first_question = QUESTION.search(text)
    if first_question is None:
        # "The Economist: Will you cut? / Moreau: I will not pre-commit.": no "Q:", but two or more lines under
        # the label of a person the article names are that person's turns
        turns: list[Candidate | None] = [t for t in _named_answers(doc, text, 0) if t is not None and t.source is not None
                 and all(w.ent_type_ == "PERSON" for w in t.source)]  # not a title written twice before a colon
        return turns if len(turns) >= 2 else []
    if not ANSWER.search(text, first_question.end()):
        return _named_answers(doc, text, first_question.start())
    intro = max(0, first_question.start() - 800)  # the lines that present the interviewee, and the first question
    window = doc.char_span(intro, min(len(text), first_question.end() + 80), alignment_mode="contract")
    if window is None:
        return []
    people = [e for e in doc.ents if e.label_ == "PERSON" and window.start <= e.start and e.end <= window.end]
    people = people or _proper_pairs(window)  # the small model often misses a name it has not seen
    if not people:
        return []
    counts = Counter(person.text.split()[-1] for person in people)  # in the order first named
    top = max(counts, key=counts.__getitem__)  # the most named; of a tie, the first named
    named = max((p for p in people if p.text.split()[-1] == top), key=len)  # the fullest mention
    found: list[Candidate | None] = []
    for match in ANSWER.finditer(text, first_question.start()):
        body_start, body_end = _strip_quotes(text, match.start("body"), match.end("body"))
        if body_end > body_start:
            found.append(_make(doc, named.start_char, named.end_char, body_start, body_end, "answer"))
    return found


# An answer labelled with the interviewee's name as pages write it: "Rivera: …", "Sofia Rivera: …".
NAMED_ANSWER = re.compile(r"(?m)^(?P<name>[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,2}):[ \t]+(?P<body>\S[^\n]*)$")


def _named_answers(doc: Doc, text: str, questions: int) -> list[Candidate | None]:
    """"Q: What is next? / Rivera: We are opening …": in a question-and-answer interview whose answers carry
    a name rather than "A:", each line under a label that names a person of the article (by surname) is that
    person's answer. Capitals are left to the transcript reader."""
    names = first_names()  # the small model tags many a name it has not seen ORG: "Sofia Rivera"
    people = [e for e in doc.ents if e.label_ == "PERSON" or len(e) >= 2 and e[0].lower_ in names]
    surnames = {e.text.split()[-1] for e in people}
    given = {e.text.split()[0] for e in people if len(e) >= 2}  # "Bríd:" for "Bríd Ní Mhurchú"
    found: list[Candidate | None] = []
    for match in NAMED_ANSWER.finditer(text, questions):
        name = match.group("name")
        if name.isupper() or name in NOT_NAMES or name.split()[-1] not in surnames and name not in given:
            continue
        body_start, body_end = _strip_quotes(text, match.start("body"), match.end("body"))
        if len(text[body_start:body_end].split()) >= 3:
            found.append(_make(doc, match.start("name"), match.end("name"), body_start, body_end, "transcript"))
    return found


def _proper_pairs(window: Span) -> list[Span]:
    """Runs of two or three capitalised proper nouns that open with a known first name, or are not tagged a
    place or an organisation ("Junior Gaspard"; "Marguerite Okonkwo", which the small model tags a place)."""
    doc, runs, start = window.doc, [], None
    for token in [*window, None]:
        inside = token is not None and token.pos_ == "PROPN" and token.text[:1].isupper()
        if inside and start is None:
            start = token.i
        elif not inside and start is not None:
            run = doc[start:token.i if token is not None else window.end]
            placed = any(t.ent_type_ in ("GPE", "LOC", "ORG", "NORP", "FAC") for t in run)
            if 2 <= len(run) <= 3 and (run[0].lower_ in first_names() or not placed):
                runs.append(run)
            start = None
    return runs


def _strip_quotes(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in "“\"‘' ":
        start += 1
    while end > start and text[end - 1] in "”\"’' ,":
        end -= 1
    return start, end


def _make(doc: Doc, name_start: int, name_end: int, start: int, end: int, rule: str) -> Candidate | None:
    source = doc.char_span(name_start, name_end, alignment_mode="expand")
    cue_at = doc.char_span(end, name_start, alignment_mode="expand") if rule == "signed" else None
    if source is None or not len(source):
        return None
    if rule == "signed":
        cue = [t for t in (cue_at or []) if t.text in ("—", "–", "[")][-1:] or [source[0]]  # the dash, or a credit's "["
    elif rule == "answer":
        answer = doc.char_span(start, end, alignment_mode="expand")
        at = answer.start - 2 if answer is not None and answer.start >= 2 else None
        cue = [doc[at]] if at is not None and doc[at].text == "A" else [source[-1]]  # the "A" of "A:"
    else:
        cue = [doc[source.end]] if source.end < len(doc) and doc[source.end].text == ":" else [source[-1]]
    return Candidate(cue=cue, source=source, content=[(start, end)], confidence=0.6, rule=rule)
