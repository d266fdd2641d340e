"""The article text as HTML, with every statement's source, cue and content marked.

The text is cut at every span boundary and every newline; each piece is
escaped and wrapped in an element that says which statements (and events)
cover it, so overlapping statements need no nested markup. Chrome lines
("Add Comment") are left out: they are page furniture, not the article.

Rendering is one sweep over the sorted boundaries, keeping the set of open
marks and chrome spans as it goes, so its cost grows with the article, not
with pieces × marks (anyone who can ingest an article must not be able to
make its page slow).
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass

from markupsafe import Markup

from saywho.model import Article, Attribution, Event

ROLE_ORDER = {"source": 0, "cue": 1, "content": 2, "event": 3}
PALETTE_SIZE = 8
QUAD_CLASSES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}


@dataclass(frozen=True, slots=True)
class Mark:
    start: int
    end: int
    role: str  # source | cue | content | event
    item: Attribution | Event


def speaker_classes(article: Article) -> dict[str, str]:
    """Attribution id → colour class, one colour per speaker in order of first appearance."""
    colours: dict[str, str] = {}
    result = {}
    for item in article.attributions:
        key = item.speaker.id if item.speaker else None
        if key is None:
            result[item.id] = "sx"
            continue
        colours.setdefault(key, f"s{len(colours) % PALETTE_SIZE}")
        result[item.id] = colours[key]
    return result


def _marks(article: Article) -> list[Mark]:
    marks = []
    for item in article.attributions:
        for role, spans in (("source", [item.source]), ("cue", [item.cue]), ("content", item.content)):
            marks.extend(Mark(s.start, s.end, role, item) for s in spans if s is not None and s.end > s.start)
    marks.extend(Mark(e.evidence.start, e.evidence.end, "event", e) for e in article.events if e.evidence.end > e.evidence.start)
    return marks


def _events_by_attribution(article: Article) -> dict[str, list[Event]]:
    result: dict[str, list[Event]] = {}
    for event in article.events:
        if event.attribution_id:
            result.setdefault(event.attribution_id, []).append(event)
    return result


def event_label(event: Event) -> str:
    quad = QUAD_CLASSES.get(event.quad_class or 0)
    return f"{event.category}" + (f" ({quad})" if quad else "")


def _rank(mark: Mark) -> tuple[int, int]:
    """Which of the marks covering a piece it is shown as: source over cue over content over event, then the shortest."""
    return ROLE_ORDER[mark.role], mark.end - mark.start


class _Tips:
    """Tooltips, with each event's label and each statement's linked events worked out once per article."""

    def __init__(self, linked: dict[str, list[Event]]) -> None:
        self.linked = linked
        self.labels: dict[int, str] = {}

    def label(self, event: Event) -> str:
        found = self.labels.get(id(event))
        if found is None:
            found = self.labels[id(event)] = event_label(event)
        return found

    def tip(self, primary: Mark, covering: list[Mark]) -> str:
        item = primary.item
        if isinstance(item, Event):
            return "Event: " + self.label(item)
        speaker = item.speaker.name if item.speaker else (item.source.text if item.source else "unknown speaker")
        base = f"{speaker} · {item.kind} · {primary.role}"
        labels = [self.label(e) for e in self.linked.get(item.id, ())]
        labels += [self.label(m.item) for m in covering if m.role == "event"]  # type: ignore[arg-type]
        return f"{base} · event: {', '.join(dict.fromkeys(labels))}" if labels else base


def _escape(text: str) -> str:
    """markupsafe's ``escape`` to the character, as a plain str: a page of a big article has
    hundreds of thousands of pieces, and a Markup object for each costs a third of the time."""
    return (text.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")
            .replace("'", "&#39;").replace('"', "&#34;"))


def _piece(text: str, start: int, covering: list[Mark], colours: dict[str, str],
           tips: _Tips, anchored: set[str]) -> str:
    if not covering:
        return f'<span data-o="{start}">{_escape(text)}</span>'
    primary = covering[0] if len(covering) == 1 else min(covering, key=_rank)
    item = primary.item
    if len(covering) == 1:
        ids = item.id if primary.role != "event" else ""
        has_event = False
    else:
        ids = " ".join(dict.fromkeys(m.item.id for m in covering if m.role != "event"))
        has_event = primary.role != "event" and any(m.role == "event" for m in covering)
    anchor = ""
    if primary.role == "event":
        classes = "hl event"
    else:
        classes = f"hl {primary.role} {colours.get(item.id, 'sx')}"
        if item.id not in anchored:
            anchored.add(item.id)
            anchor = f' id="st-{_escape(item.id)}"'
    if has_event:
        classes += " has-event"
    return (f'<mark class="{classes}"{anchor} data-o="{start}" data-a="{_escape(ids)}" '
            f'data-tip="{_escape(tips.tip(primary, covering))}" tabindex="0">{_escape(text)}</mark>')


def article_html(article: Article) -> Markup:
    """Paragraphs of the article text with statements and events marked; chrome left out."""
    text = article.text
    marks = _marks(article)
    cuts = {0, len(text)}
    for m in marks:
        cuts.update((m.start, m.end))
    for span in article.chrome:
        cuts.update((span.start, span.end))
    chrome = sorted((s.start, s.end) for s in article.chrome if s.end > s.start)
    newline = text.find("\n")
    while newline >= 0:
        cuts.update((newline, newline + 1))
        newline = text.find("\n", newline + 1)
    bounds = sorted(c for c in cuts if 0 <= c <= len(text))
    colours, tips, anchored = speaker_classes(article), _Tips(_events_by_attribution(article)), set()
    # A mark (or chrome span) covers the piece [start, end) exactly when it opened at or
    # before start and has not closed by start: every end is itself a boundary.
    opening = sorted(range(len(marks)), key=lambda i: marks[i].start)
    open_marks: set[int] = set()
    closing: list[tuple[int, int]] = []  # (end, mark index), a heap
    chrome_ends: list[int] = []  # ends of the open chrome spans, a heap
    next_mark = next_chrome = 0
    paragraphs: list[list[str]] = [[]]
    has_text = [False]  # per paragraph: a piece that is not only white space
    for start, end in zip(bounds, bounds[1:], strict=False):
        while next_mark < len(opening) and marks[opening[next_mark]].start <= start:
            index = opening[next_mark]
            open_marks.add(index)
            heapq.heappush(closing, (marks[index].end, index))
            next_mark += 1
        while closing and closing[0][0] <= start:
            open_marks.discard(heapq.heappop(closing)[1])
        while next_chrome < len(chrome) and chrome[next_chrome][0] <= start:
            heapq.heappush(chrome_ends, chrome[next_chrome][1])
            next_chrome += 1
        while chrome_ends and chrome_ends[0] <= start:
            heapq.heappop(chrome_ends)
        if end - start == 1 and text[start] == "\n":
            paragraphs.append([])
            has_text.append(False)
            continue
        if chrome_ends:
            continue
        # In the marks' own order, so ids, tips and ties read as they always have.
        covering = [marks[i] for i in sorted(open_marks)] if len(open_marks) > 1 else [marks[i] for i in open_marks]
        piece = text[start:end]
        paragraphs[-1].append(_piece(piece, start, covering, colours, tips, anchored))
        has_text[-1] = has_text[-1] or not piece.isspace()
    html = "\n".join(f"<p>{''.join(p)}</p>" for p, shown in zip(paragraphs, has_text, strict=True) if shown)
    return Markup(html)
