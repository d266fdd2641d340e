"""Find attributions (who said what) in a parsed spaCy ``Doc``: the cue rules' candidates, nested ones
dropped, quotes attached.

Direct quotes come from :mod:`saywho.attribution.quotes` and attach to the nearest cue in their sentence
or paragraph. The output is :class:`Candidate` objects over token indices; speakers are resolved to actors
afterwards by :mod:`saywho.attribution.resolve`.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Doc, Span, Token

from saywho.attribution import lexicon, posts
from saywho.attribution.cues import (
    Candidate,
    _according_to,
    _colon_cue,
    _colon_quote_cue,
    _following_statement,
    _message_from,
    _named_colon_quote,
    _noun_cue,
    _posted_cue,
    _verb_cue,
)
from saywho.attribution.quotes import Quote, find_quotes, overlapping
from saywho.doctext import text_of


def find_candidates(doc: Doc, skip: list[tuple[int, int]] | None = None) -> list[Candidate]:
    """All attributions in ``doc``, skipping any whose cue lies in ``skip`` ranges (page chrome)."""
    skip = _disjoint(skip or [])
    text = text_of(doc)
    quotes = find_quotes(text)
    candidates: list[Candidate] = []
    for token in doc:
        if _inside(token.idx, skip) or _asked(token):
            continue
        candidate = _verb_cue(token) or _according_to(token) or _noun_cue(token) or _colon_cue(token, text) \
            or _posted_cue(token) or _colon_quote_cue(token) or _named_colon_quote(token) or _following_statement(token) \
            or _message_from(token)
        if candidate and candidate.content:
            candidates.append(candidate)
    candidates = _drop_nested(candidates)
    _second_verbs(candidates)
    candidates = [c for c in candidates if not _quoted_or_authorial(c, quotes)]
    _attach_quotes(doc, candidates, quotes, skip)
    _attach_block_quotes(doc, candidates, skip)
    return sorted(candidates, key=lambda c: c.cue_start)


# Where a Doc read from HTML carries its page's block quotations: (start, end) of each paragraph, in order.
QUOTED_KEY = "saywho_quoted"
# A line that only credits what stands above it, besides posts.CREDIT_LINE's "[Engadget]": "— Wired", "(Source: CNET)".
_CREDIT_LINE = re.compile(r"^[ \t]*(?:[—–][ \t]*[A-Z][^\n]{1,40}|\((?:Source|Via):[^)\n]{2,40}\))[ \t]*$", re.MULTILINE)
# A paragraph of prose between two block quotations ends the first one's run (a code listing's lines do not).
_SENTENCE_LINE = re.compile(r"^(?:\S+[ \t]+){5,}\S*[.?!][\"”’)]?[ \t]*$", re.MULTILINE)


def _attach_block_quotes(doc: Doc, candidates: list[Candidate], skip: list[tuple[int, int]]) -> None:
    """A page's block quotation, quoted without quotation marks, is the words of whoever the paragraph that
    introduces it quotes: "Askar has released code he said exploits the flaw. Here's how it works." then the
    excerpt of his blog post, paragraph by paragraph. Each run of block-quoted paragraphs no attribution holds,
    with no cue between them, joins the last attribution whose cue lies in the paragraph before the run; with
    none there (a quotation introduced by no one), it stays no one's."""
    blocks = doc.user_data.get(QUOTED_KEY) if doc.user_data else None
    if not blocks or not candidates:
        return
    text = text_of(doc)
    if posts.CREDIT_LINE.search(text) or _CREDIT_LINE.search(text):
        return  # a digest whose excerpts are credited under them ("[Engadget]", "— Wired"): posts.py reads those
    held = [(start, end) for c in candidates for start, end in c.content]
    cues = sorted(c.cue_start for c in candidates)
    owner: Candidate | None = None
    previous_end = -1
    for start, end in blocks:
        if _inside(start, skip) or any(s < end and start < e for s, e in held):
            owner, previous_end = None, end  # said already, or furniture: the run ends
            continue
        if owner is None or any(previous_end <= cue < start for cue in cues) \
                or _SENTENCE_LINE.search(text, max(previous_end, 0), start):
            opening = text.rfind("\n", 0, start)
            intro = text.rfind("\n", 0, max(opening, 0)) + 1
            introducing = [c for c in candidates if intro <= c.cue_start < max(opening, 0)]
            # (not a cue inside another's words: "published code that he said exploits the flaw" is the publisher's)
            outer = [c for c in introducing if not any(o is not c and any(s <= c.cue_start < e for s, e in o.content)
                                                       for o in introducing)]
            owner = max(outer, key=lambda c: c.cue_start) if outer and opening > 0 else None
        if owner is not None:
            owner.content.append((start, end))
        previous_end = end


def _asked(verb: Token) -> bool:
    """A verb of a question ("Q: Has Kenya asked the UN for more money?", "Did Egypt ask Qatar for a loan?"): its
    auxiliary before its subject and the sentence ending in a question mark; it reports nothing."""
    if verb.pos_ != "VERB":
        return False
    doc, sentence = verb.doc, verb.sent
    last = sentence.end - 1  # the sentence's last mark, closing quotes aside
    while last >= sentence.start and (doc[last].is_space or doc[last].text in ("”", '"', "’", "'")):
        last -= 1
    if last < sentence.start or doc[last].text != "?":
        return False
    subjects = [c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(c.dep_ == "aux" and c.i < s for c in verb.children for s in subjects)


def _disjoint(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The ranges sorted, overlapping and touching ones merged, empty ones dropped: ready for :func:`_inside`."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(ranges):
        if end <= start:
            continue
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _inside(offset: int, ranges: list[tuple[int, int]]) -> bool:
    """Whether ``offset`` lies in one of ``ranges`` (from :func:`_disjoint`): a binary search, since every
    token is asked and an article can have 20,000 chrome lines (a scan made ingest quadratic)."""
    at = bisect_right(ranges, (offset, float("inf"))) - 1
    return at >= 0 and offset < ranges[at][1]


# ------------------------------------------------------------ post-processing


FIRST_PERSON = frozenset({"i", "we", "you"})


def _quoted_or_authorial(candidate: Candidate, quotes: list[Quote]) -> bool:
    """A cue inside a quotation, or one whose speaker is "I"/"we"/"you", reports nothing new.

    "“I think we will win,” she said": the statement is hers, and "I think" is
    part of its wording; outside quotes, "I believe" is the writer talking.
    PolNeAR marks neither: on its training split under 5% of such cues are
    annotated.
    """
    cue = candidate.cue_start
    if any(quote.start < cue < quote.end for quote in overlapping(quotes, cue, cue + 1)):
        return True
    source = candidate.source
    return source is not None and len(source) == 1 and source[0].lower_ in FIRST_PERSON


def _agreed_to(verb: Token) -> bool:
    """"allies had agreed to increase production": a verb that takes an act to do, not words reported."""
    deps = {c.dep_ for c in verb.children}
    return "xcomp" in deps and "ccomp" not in deps


def _second_verbs(candidates: list[Candidate]) -> None:
    """"The Royal College said that schools should focus on sleep, and called for more research": the parser
    hangs the second reporting verb on the last verb of the first one's content, so it took that clause's
    subject ("schools"); a reporting verb of no subject of its own, joined by "and" to a verb inside another's
    content that reports nothing itself, is the first speaker's second act, and ends the first one's content
    ("said Smith denied it and insisted …" stays Smith's)."""
    for inner in candidates:
        verb = inner.cue[-1] if inner.cue else None
        if verb is not None and verb.tag_ == "VBG" and verb.i > 0 and verb.doc[verb.i - 1].text == "," \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            # "said that Türkiye would never allow a corridor, vowing to continue": the speaker's participle
            # (one that reports a clause: not "allies had agreed to increase production, calling it …")
            by_cue = {o.cue[-1].i: o for o in candidates if o is not inner and o.source is not None and o.cue
                      and not _agreed_to(o.cue[-1])}
            reporters = [by_cue[a.i] for a in verb.ancestors if a.i in by_cue]  # the nearest first
            outer = reporters[0] if reporters else None
            # unless it is itself reported: "Pompeo said Washington had concluded …, saying he trusted …" is his
            for wider in reporters[1:]:  # (not the "I" of a quotation the parse made the sentence's root)
                if outer is not None and wider.source is not None and wider.source.text.lower() not in FIRST_PERSON \
                        and any(start <= outer.cue_start < end for start, end in wider.content):
                    outer = wider
            if outer is not None:
                inner.source, inner.speaker_phrase = outer.source, outer.speaker_phrase
                continue
        verb = inner.cue[0] if inner.cue else None
        if verb is None or verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) \
                or not _tense_break(verb.head, verb) and (verb.head.lemma_.lower() in lexicon.VERBS
                                                          or not _a_claim(verb.head)):
            continue
        joint = [c for c in verb.head.children if c.dep_ == "cc" and c.i < verb.i and c.lower_ in ("and", "but")]
        if not joint:
            continue
        for outer in candidates:
            if outer is inner or outer.source is None or not outer.content:
                continue
            start, end = outer.content[0]
            if start <= verb.head.idx < verb.idx < end and outer.cue_start < start:
                inner.source, inner.speaker_phrase = outer.source, outer.speaker_phrase
                before = verb.doc[joint[-1].i - 1]
                outer.content[0] = (start, before.idx if before.text == "," else before.idx + len(before.text))
                break


def _a_claim(verb: Token) -> bool:
    """A clause that states how things are or should be ("schools should focus", "banks had been slow",
    "aftershocks were likely"), not what someone did ("its researchers examined … and concluded"): whoever
    acts after its "and" is the one who claims it."""
    return verb.lemma_.lower() == "be" or any(c.dep_ in ("aux", "auxpass") and (c.lower_ in MODALS | {"had"} or c.lemma_ == "be")
                                              or c.dep_ == "acomp" for c in verb.children)  # "had failed": reported


def _tense_break(head: Token, verb: Token) -> bool:
    """"said the bloc condemns the violence and urged Tbilisi …", "said the army has withdrawn and warned …",
    "demanded that Dubreuil withdraw the reform and called for a strike": a past tense joined to a present, a
    perfect, a modal or a subjunctive shares neither its subject's tense nor its auxiliary, so it is no act of that
    clause's subject but the speaker's own."""
    subjunctive = head.tag_ == "VB" and not any(c.dep_ == "aux" for c in head.children)  # "demanded that he withdraw"
    return verb.tag_ == "VBD" and (head.tag_ in ("VBZ", "VBP") or subjunctive or any(
        c.dep_ == "aux" and c.lower_ in MODALS | {"has", "have", "had"} for c in head.children))


MODALS = frozenset({"should", "could", "would", "must", "may", "might", "will", "can", "ought", "shall"})


def _drop_nested(candidates: list[Candidate]) -> list[Candidate]:
    """A cue inside another candidate's *source* is a misparse ("the man who said").

    Sources sorted by start, with the two furthest ends (of different candidates) over each prefix, answer
    "does a source other than its own cover this cue" by one binary search: comparing every candidate with
    every other was quadratic in the length of a document.
    """
    sources = sorted((c.source.start_char, c.source.end_char, n) for n, c in enumerate(candidates)
                     if c.source is not None)
    starts = [start for start, _, _ in sources]
    furthest: list[tuple[int, int, int]] = []  # (end, whose, second end) over sources[: i + 1]
    best, owner, second = -1, -1, -1
    for _, end, n in sources:
        if end > best:
            best, owner, second = end, n, best
        elif end > second:
            second = end
        furthest.append((best, owner, second))
    kept = []
    for n, candidate in enumerate(candidates):
        cue = candidate.cue_start
        at = bisect_right(starts, cue) - 1
        if at >= 0:
            best, owner, second = furthest[at]
            if (best if owner != n else second) > cue and not _aside(candidate):
                continue
        kept.append(candidate)
    return kept


def _aside(candidate: Candidate) -> bool:
    """"Sonko, who has denied the charges, urged …": a relative clause set off by commas says something of
    its own (the restrictive "the man who said" does not)."""
    verb = next((t for t in candidate.cue if t.dep_ == "relcl"), None)
    if verb is None or verb.left_edge.i < 1 or verb.doc[verb.left_edge.i - 1].text != ",":
        return False
    return any(c.dep_ == "nsubj" and c.lower_ == "who" and c.i == verb.left_edge.i for c in verb.children) \
        and any(c.dep_ in ("dobj", "ccomp") for c in verb.children)


def _attach_quotes(doc: Doc, candidates: list[Candidate], quotes: list[Quote], skip: list[tuple[int, int]]) -> None:
    """Tie direct quotes to cues.

    - a quote inside a candidate's content makes it mixed (or direct when it is
      the whole content);
    - a quote in the same sentence as a cue with no content of its own, or
      right after "said:", becomes that cue's content;
    - a quote with no cue in its sentence continues the previous candidate
      when it follows it in the same paragraph, or opens the next paragraph of
      a quote left open ("continuation paragraphs").
    """
    text = text_of(doc)
    by_sentence: dict[int, list[Candidate]] = {}
    for candidate in candidates:
        candidate.content = [_widen_to_quotes(start, end, quotes, candidate.cue_start) for start, end in candidate.content]
        by_sentence.setdefault(candidate.cue[0].sent.start, []).append(candidate)
    owners = _Owners(candidates)
    by_cue = sorted(candidates, key=lambda c: c.cue_start)
    cue_starts = [c.cue_start for c in by_cue]
    last: Candidate | None = None
    taken: dict[int, Candidate] = {}  # quote start → whose it became
    for n, quote in enumerate(quotes):
        if _inside(quote.start, skip) or quote.words(text) < 1:
            continue
        if n + 1 < len(quotes) and _reopened_after(quote, quotes[n + 1], text):
            continue  # its speaker is the next quotation's (_opened_before)
        owner = owners.containing(quote)
        if owner is not None:
            owner.quotes.append(quote)
            last = taken[quote.start] = owner
            continue
        short = quote.words(text) < 3
        if _split(last, quote, text):
            target = last  # "“The plan,” Mayor Ann Bright said, “is dead.”": the quotation goes on past its cue
        elif short and _short_sentence_after(last, quote, text):
            target = last  # "“We won,” said Ann Moss. “Very easily.”"
        elif short or _is_title(text, quote):
            continue  # a scare-quoted word or a title ("Fox News Sunday") is not a statement
        else:
            span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
            same_sentence = by_sentence.get(span.sent.start, []) if span is not None else []
            target = _nearest(same_sentence, quote) or _continuing(last, quote, text) or _next_paragraph(
                by_cue, quote, text, cue_starts) or _resumed(doc, by_cue, quote, text, cue_starts, span)
            target = _spoke_since(target, last, by_cue, cue_starts, quote, text)
        if target is None:
            continue
        target.content.append((quote.start, quote.end))
        owners.add(target, quote.start, quote.end)
        target.quotes.append(quote)
        last = taken[quote.start] = target
    _opened_before(quotes, taken, owners, text)


# A transcript's turn label at the start of a quoted paragraph: "“WALLACE: Let's start …".
TURN_LABEL = re.compile(r"\W{0,3}[A-Z][A-Z .'-]{1,40}:")


def _opened_before(quotes: list[Quote], taken: dict[int, Candidate], owners: _Owners, text: str) -> None:
    """A paragraph of quotation left open (as wire copy writes a quotation of several paragraphs) whose next
    paragraph re-opens it and is attributed is the same speaker's: "“Prices are falling. / “But we must stay
    careful,” Andrew Bailey said." (taken back to front, so a chain of such paragraphs joins)."""
    for quote, following in reversed(list(zip(quotes, quotes[1:], strict=False))):
        speaker = taken.get(following.start)
        line_start = text.rfind("\n", 0, quote.start) + 1
        opens = not text[line_start:quote.start].strip() or _reopened_after(quote, following, text)
        if quote.closed or not following.continues or quote.start in taken or speaker is None \
                or quote.words(text) < 3 or owners.containing(quote) is not None or not opens \
                or TURN_LABEL.match(text, quote.start) or TURN_LABEL.match(text, following.start):
            continue  # (a quotation that opens its paragraph, and no turn of a transcript: "WALLACE: …", “…")
        speaker.content.append((quote.start, quote.end))
        owners.add(speaker, quote.start, quote.end)
        speaker.quotes.append(quote)
        taken[quote.start] = speaker


def _reopened_after(quote: Quote, following: Quote, text: str) -> bool:
    """A quotation left open in the middle of a paragraph because the next one re-opens there (paragraphs run
    together: '"… the first paragraph. "The second …," he said'; see quotes._reopens)."""
    return not quote.closed and following.continues and "\n" not in text[quote.end:following.start]


def _widen_to_quotes(start: int, end: int, quotes: list[Quote], cue: int) -> tuple[int, int]:
    """Content that starts or ends inside a quotation takes in the whole quotation.

    The parser sees one sentence at a time, so for a multi-sentence quote
    ("“We tried. We failed,” she said.") it returns only the last sentence, or a clause of it ("“The house was
    dancing. I grabbed my children and we ran,” she said": "I grabbed my children"), when the cue is outside.
    """
    for quote in overlapping(quotes, start - 1, max(start, end) + 3):  # no other quote can widen it
        inside = quote.start < start and end < quote.end and not quote.start <= cue < quote.end
        if quote.start < start < quote.end <= end + 2 or inside:
            start = quote.start
        if start <= quote.start < end < quote.end or inside:
            end = quote.end
    return start, end


def _short_sentence_after(last: Candidate | None, quote: Quote, text: str) -> bool:
    """A quotation of a word or two that is a sentence of its own, right after a quoted statement's cue in the
    same paragraph, goes on with it; elsewhere so short a quotation is a scare quote."""
    if last is None or not last.quotes or not quote.closed:
        return False
    inner = text[quote.inner[0]:quote.inner[1]].strip()
    gap = text[max(end for _, end in last.content):quote.start]
    return bool(inner) and inner[0].isupper() and inner[-1] in ".?!" and "\n" not in gap and len(gap) < 120 \
        and gap.rstrip().endswith(".")


def _split(last: Candidate | None, quote: Quote, text: str) -> bool:
    """A quotation the cue interrupts: the one before ends in a comma inside its marks, the cue clause between
    ends in a comma, and this one goes on in lower case ("“The plan,” said Mayor Ann Bright, “is dead.”")."""
    if last is None or not last.quotes:
        return False
    before = last.quotes[-1]
    gap = text[before.end:quote.start]
    inner = text[quote.inner[0]:quote.inner[1]].lstrip()
    return 0 < len(gap) < 160 and "\n" not in gap and gap.rstrip().endswith(",") and bool(inner) \
        and inner[0].islower() and text[before.inner[0]:before.inner[1]].rstrip().endswith(",") \
        and before.end <= last.cue_start < quote.start


def _is_title(text: str, quote: Quote) -> bool:
    words = [w for w in text[quote.inner[0]:quote.inner[1]].split() if w[:1].isalpha()]
    small = {"a", "an", "the", "of", "and", "in", "on", "for", "to", "with", "at", "or"}
    return len(words) <= 8 and all(w[0].isupper() or w in small for w in words)


class _Owners:
    """Which candidate's content holds a quote: the first candidate, in order, with a content range around it.

    Ranges are filed under every block of ``BLOCK`` characters they touch, so a quote is checked against the
    few candidates near it rather than all of them (a scan per quote was quadratic in a long document).
    """

    BLOCK = 512

    def __init__(self, candidates: list[Candidate]) -> None:
        self.candidates = candidates
        self.order = {id(c): n for n, c in enumerate(candidates)}
        self.blocks: dict[int, list[tuple[int, int, int]]] = {}
        for n, candidate in enumerate(candidates):
            for start, end in candidate.content:
                self._file(n, start, end)

    def _file(self, n: int, start: int, end: int) -> None:
        for block in range(start // self.BLOCK, max(start, end + 1) // self.BLOCK + 1):
            self.blocks.setdefault(block, []).append((n, start, end))

    def add(self, candidate: Candidate, start: int, end: int) -> None:
        self._file(self.order[id(candidate)], start, end)

    def containing(self, quote: Quote) -> Candidate | None:
        hits = [n for n, start, end in self.blocks.get(quote.start // self.BLOCK, ())
                if start <= quote.start and quote.end <= end + 1]
        return self.candidates[min(hits)] if hits else None


def _nearest(candidates: list[Candidate], quote: Quote) -> Candidate | None:
    """The cue of a quotation's sentence it belongs to: the innermost whose clause holds it ("An address by
    Arafat, in which he said …, was hailed by the envoy as “a turning point”": the envoy's), else a speech verb
    ("said") before other cues, then the nearest."""
    if not candidates:
        return None
    return min(candidates, key=lambda c: (_reach(c, quote), c.rule != "verb", abs(c.cue_start - quote.start)))


def _reach(candidate: Candidate, quote: Quote) -> int:
    """How many characters the clause of a candidate's cue verb spans, when it holds the quotation (else a
    number larger than any)."""
    spans = [(t.left_edge.idx, t.right_edge.idx + len(t.right_edge)) for t in candidate.cue if t.pos_ in ("VERB", "AUX")]
    held = [end - start for start, end in spans if start <= quote.start and quote.end <= end + 1]
    return min(held, default=1 << 30)


def _continuing(last: Candidate | None, quote: Quote, text: str) -> Candidate | None:
    if last is None or not last.content:
        return None
    previous_end = max(end for _, end in last.content)
    gap = text[previous_end:quote.start]
    if quote.continues or ("\n" not in gap.strip("\n") and len(gap) < 400 and "\n" not in gap):
        return last
    if gap.count("\n") <= 2 and not gap.strip() and last.quotes:
        return last
    return None


def _spoke_since(target: Candidate | None, last: Candidate | None, by_cue: list[Candidate], cue_starts: list[int],
                 quote: Quote, text: str) -> Candidate | None:
    """"“…,” he said. Labor leader Simon Crean says 4,000 jobs were created. “The rate hasn't come down …”": a
    quotation continuing the last quoted speaker goes to whoever spoke after that quote in the sentence right before
    it, if anyone did (radio copy runs its paragraphs together, so no line break tells); not to one whose saying is
    told inside another act ("He referred to Cooke's testimony that concluded …")."""
    if target is None or target is not last or not last.content:
        return target
    previous_end = max(end for _, end in last.content)
    at = bisect_right(cue_starts, quote.start) - 1
    since = by_cue[at] if at >= 0 else None
    # (the sentence's own act of saying, or its participle: "Fitzgerald has defended the decision, saying …")
    cue = since.cue[0] if since is not None else None
    if since is None or since is last or since.cue_start < previous_end or since.source is None \
            or not since.content or since.negated or cue.dep_ != "ROOT" \
            and not (cue.dep_ == "advcl" and cue.tag_ == "VBG" and cue.head.dep_ == "ROOT"):
        return target
    said_end = cue.sent.end_char  # (no words of the writer's between that sentence and the quotation,
    # but for a paragraph of quotation left open before it, which re-opens here: _reopened_after)
    between = text[said_end:quote.start]
    gap = between.strip()
    left_open = gap[:1] in ('"', "“") and not any(mark in gap[1:] for mark in '"“”') and "\n" not in between
    return since if said_end <= quote.start and (not gap or left_open) else target


# A profile's subject goes on talking: how far after the last statement, and how long a quotation must be.
RESUME_CHARS = 1200
RESUME_WORDS = 8


def _resumed(doc: Doc, by_cue: list[Candidate], quote: Quote, text: str, cue_starts: list[int],
             span: Span | None) -> Candidate | None:
    """A quotation of whole sentences with no cue, a paragraph or two after the last statement, no one else
    named in between: the speaker goes on talking, as profiles and features write it ("She had arrived
    with no contacts. “I was incredibly intimidated and had no experience.”")."""
    if not quote.closed or span is None or quote.words(text) < 3:
        return None
    if text[span.sent.start_char:quote.start].strip() or text[quote.inner[1] - 1] not in ".?!…":
        return None  # the quotation is part of a sentence of the writer's, or not a sentence said
    at = bisect_right(cue_starts, quote.start) - 1
    if at < 0:
        return None
    speaker = by_cue[at]
    if speaker.source is None or not speaker.content:
        return None
    end = max(max(e for _, e in speaker.content), speaker.cue_start)
    if not 0 <= quote.start - end <= RESUME_CHARS:
        return None
    # a short quotation only right after the statement, in its paragraph ("… a long bus journey. “It isn't
    # fair.”"); further on, only a longer one is surely the same speaker's
    next_to_it = "\n" not in text[end:quote.start] and len(text[end:quote.start].strip(" .,;:!?)")) == 0
    if quote.words(text) < RESUME_WORDS and not next_to_it:
        return None
    between = doc.char_span(end, quote.start, alignment_mode="contract")
    quoted = _disjoint([q.inner for q in speaker.quotes])  # names inside the speaker's own quotes don't count
    named = {ent.text.split()[-1].lower() for ent in (between.ents if between is not None else ())
             if ent.label_ in ("PERSON", "ORG") and not _inside(ent.start_char, quoted)}
    own = {t.lower_ for t in speaker.source if t.pos_ == "PROPN"}
    return speaker if named <= own or not own and len(named) <= 1 and _pronoun(speaker.source) else None


def _pronoun(source: Span) -> bool:
    return source.root.pos_ == "PRON" and source.root.lower_ in ("he", "she")


def _next_paragraph(by_cue: list[Candidate], quote: Quote, text: str, cue_starts: list[int]) -> Candidate | None:
    """A paragraph that opens with a quotation and holds no cue continues the speaker of the last statement
    of the paragraph before ("“…,” says Dr X of the institute. / “We tested every gauge.”"; "X said the talks had
    failed. / “Management asked us to give up everything.”")."""
    if not quote.closed:
        return None
    line_start = text.rfind("\n", 0, quote.start) + 1
    if line_start == 0 or text[line_start:quote.start].strip():
        return None  # the quotation does not open a paragraph
    line_end = text.find("\n", quote.end)
    line_end = len(text) if line_end == -1 else line_end
    end = line_start  # the paragraph before, past any blank lines (a scan, not a copy of the text)
    while end > 0 and text[end - 1].isspace():
        end -= 1
    start = text.rfind("\n", 0, end) + 1
    first, after = bisect_right(cue_starts, start - 1), bisect_right(cue_starts, line_end - 1)
    before = [c for c in by_cue[first:after] if c.cue_start < end]
    if not before or len(before) != after - first:
        return None  # no statement in the paragraph before, or a cue of the quotation's own paragraph
    speaker = before[-1]
    return speaker if speaker.source is not None and speaker.content else None
