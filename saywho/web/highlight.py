"""The article text as HTML, with every statement's source, cue and content marked.

The text is cut at every span boundary and every newline; each piece is
escaped and wrapped in an element that says which statements (and events)
cover it, so overlapping statements need no nested markup. Chrome lines
("Add Comment") are left out: they are page furniture, not the article.
"""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup, escape

from saywho.model import Article, Attribution, Event

ROLE_ORDER = {"source": 0, "cue": 1, "content": 2, "event": 3}
PALETTE_SIZE = 8
QUAD_CLASSES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}


@dataclass(frozen=True)
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


def _tip(primary: Mark, covering: list[Mark], linked: dict[str, list[Event]]) -> str:
    if isinstance(primary.item, Event):
        return "Event: " + event_label(primary.item)
    item = primary.item
    speaker = item.speaker.name if item.speaker else (item.source.text if item.source else "unknown speaker")
    parts = [speaker, item.kind, primary.role]
    events = linked.get(item.id, []) + [m.item for m in covering if isinstance(m.item, Event)]
    if events:
        parts.append("event: " + ", ".join(dict.fromkeys(event_label(e) for e in events)))
    return " · ".join(parts)


def _piece(text: str, start: int, covering: list[Mark], colours: dict[str, str],
           linked: dict[str, list[Event]], anchored: set[str]) -> str:
    if not covering:
        return f'<span data-o="{start}">{escape(text)}</span>'
    primary = min(covering, key=lambda m: (ROLE_ORDER[m.role], m.end - m.start))
    ids = " ".join(dict.fromkeys(m.item.id for m in covering if isinstance(m.item, Attribution)))
    classes = [f"hl {primary.role}"]
    anchor = ""
    if isinstance(primary.item, Attribution):
        classes.append(colours.get(primary.item.id, "sx"))
        if primary.item.id not in anchored:
            anchored.add(primary.item.id)
            anchor = f' id="st-{escape(primary.item.id)}"'
    if primary.role != "event" and any(m.role == "event" for m in covering):
        classes.append("has-event")
    tip = _tip(primary, covering, linked)
    return (f'<mark class="{" ".join(classes)}"{anchor} data-o="{start}" data-a="{escape(ids)}" '
            f'data-tip="{escape(tip)}" tabindex="0">{escape(text)}</mark>')


def article_html(article: Article) -> Markup:
    """Paragraphs of the article text with statements and events marked; chrome left out."""
    text = article.text
    marks = _marks(article)
    chrome = [(s.start, s.end) for s in article.chrome]
    cuts = {0, len(text)}
    for m in marks:
        cuts.update((m.start, m.end))
    for start, end in chrome:
        cuts.update((start, end))
    cuts.update(i for i, ch in enumerate(text) if ch == "\n")
    cuts.update(i + 1 for i, ch in enumerate(text) if ch == "\n")
    bounds = sorted(c for c in cuts if 0 <= c <= len(text))
    colours, linked, anchored = speaker_classes(article), _events_by_attribution(article), set()
    paragraphs: list[list[str]] = [[]]
    for start, end in zip(bounds, bounds[1:], strict=False):
        piece = text[start:end]
        if piece == "\n":
            paragraphs.append([])
            continue
        if any(s <= start and end <= e for s, e in chrome):
            continue
        covering = [m for m in marks if m.start <= start and end <= m.end]
        paragraphs[-1].append(_piece(piece, start, covering, colours, linked, anchored))
    html = "\n".join(f"<p>{''.join(p)}</p>" for p in paragraphs if _has_text(p))
    return Markup(html)


def _has_text(pieces: list[str]) -> bool:
    return any(Markup(p).striptags().strip() for p in pieces)
