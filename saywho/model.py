"""The one data model every stage of saywho reads and writes.

Offsets are Python string offsets into ``Article.text`` (end-exclusive). The
text is never altered after ingest: chrome and boilerplate are recorded as
``Article.chrome`` spans and skipped by extraction, so every offset a user sees
points into the text exactly as it was given.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any, Literal

AttributionKind = Literal["direct", "indirect", "mixed"]
# What the attributed act is: said, written, thought or believed, a document's finding, or something else
# (appearance, evidence, naming, expectation: "appears to", "tests showed", "known as", "is expected to").
Act = Literal["speech", "writing", "thought", "document", "other"]
# What the source words name. The first four can say things; the rest never speak; "none": no source words.
SourceType = Literal["person", "group", "organisation", "document", "place", "thing", "date", "product",
                     "platform", "none"]
SPEAKER_CAPABLE: frozenset[str] = frozenset({"person", "group", "organisation", "document"})
STATEMENT_ACTS: frozenset[str] = frozenset({"speech", "writing", "document"})
# Content that only points at what was said ("echoed this", "said so") does not say anything itself.
PRONOUNS: frozenset[str] = frozenset({"this", "that", "it", "so", "which", "these", "those", "them", "what", "so too"})
EDGE = " \t\n,.;:!?“”‘’\"'"
ActorType = Literal["person", "organisation", "state", "group"]


@dataclass(frozen=True, order=True)
class Span:
    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        return cls(start, end, text[start:end])

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Span | None:
        if data is None:
            return None
        return cls(int(data["start"]), int(data["end"]), str(data["text"]))


@dataclass
class Actor:
    """Someone who speaks or acts: a person, an organisation, a state or a group.

    ``id`` is a stable slug of the canonical name, so the same actor found in
    two articles gets the same id and the store can link them up.
    """

    id: str
    name: str
    title: str | None = None
    country: str | None = None  # ISO 3166 alpha-3 (CAMEO codes such as IGO for the rest)
    type: ActorType = "person"
    sector: str | None = None  # CAMEO sector: GOV, MIL, MED, IGO, ...
    aliases: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "title": self.title,
            "country": self.country,
            "type": self.type,
            "sector": self.sector,
            "aliases": list(self.aliases),
        }

    def ref(self) -> dict[str, Any]:
        """The short form used inside an attribution."""
        return {"id": self.id, "name": self.name, "title": self.title, "country": self.country, "cameo": self.cameo}

    @property
    def cameo(self) -> str | None:
        """The CAMEO actor code exports give it: the UN IGOUNO, NATO IGOWSTNAT, Russia's government RUSGOV; None
        when there is no country or group to code."""
        from saywho.events.cameo import actor_code  # the code tables live with the events

        if not self.country and not self.sector:
            return None
        return actor_code(self.name, self.country, self.sector, tuple(self.aliases)).code or None

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Actor:
        return cls(
            id=data["id"],
            name=data["name"],
            title=data.get("title"),
            country=data.get("country"),
            type=data.get("type", "person"),
            sector=data.get("sector"),
            aliases=list(data.get("aliases") or []),
        )


@dataclass
class Attribution:
    """One attribution: who (source) said, wrote, thought or showed (cue) what (content), to whom, where.

    ``act`` and ``source_type`` tell statements (someone who can speak saying or writing something) from
    other attributions ("the update appears to …", "a dish known as …"); see :attr:`statement`.
    """

    id: str
    source: Span | None
    cue: Span | None
    content: list[Span]
    kind: AttributionKind
    speaker: Actor | None = None
    addressee: str | None = None
    medium: str | None = None
    negated: bool = False
    confidence: float = 1.0
    act: Act = "speech"
    source_type: SourceType = "person"
    speaker_mention: Span | None = None  # the mention in the text the speaker was resolved from

    @property
    def speaker_capable(self) -> bool:
        """The source names a person, a group of people, an organisation or a document."""
        return self.source_type in SPEAKER_CAPABLE

    @property
    def statement(self) -> bool:
        """What the default outputs list: speech, writing or a document's saying by a source that can speak,
        or a direct quote with a speaker (a quotation is someone's words whatever its cue), unless nothing was
        said by it (an interviewer's question, words withheld: act "other")."""
        if not any(span.text.strip(EDGE).lower() not in PRONOUNS for span in self.content):
            return False  # "Peskov echoed this": what was said is elsewhere
        if self.act in STATEMENT_ACTS and self.speaker_capable:
            return True
        return self.kind == "direct" and self.speaker is not None and self.act != "other" \
            and (self.speaker_capable or self.source_type == "none")

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "source": self.source.to_dict() if self.source else None,
            "cue": self.cue.to_dict() if self.cue else None,
            "content": [span.to_dict() for span in self.content],
            "kind": self.kind,
            "speaker": self.speaker.ref() if self.speaker else None,
            "speaker_mention": self.speaker_mention.to_dict() if self.speaker_mention else None,
            "addressee": self.addressee,
            "medium": self.medium,
            "negated": self.negated,
            "confidence": round(self.confidence, 3),
            "act": self.act,
            "source_type": self.source_type,
            "statement": self.statement,
        }

    def to_data(self) -> dict[str, Any]:
        """Everything, losslessly, as plain data (what a spaCy ``Doc`` holds: msgpack can encode it)."""
        data = self.to_dict()
        data["speaker"] = self.speaker.to_dict() if self.speaker else None
        data["confidence"] = self.confidence
        del data["statement"]  # derived
        return data

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> Attribution:
        """The inverse of :meth:`to_data` (also reads :meth:`to_dict`'s shorter speaker)."""
        return cls(
            id=data["id"], source=Span.from_dict(data["source"]), cue=Span.from_dict(data["cue"]),
            content=[Span(int(s["start"]), int(s["end"]), str(s["text"])) for s in data["content"]],
            kind=data["kind"], speaker=Actor.from_dict(data["speaker"]) if data.get("speaker") else None,
            addressee=data.get("addressee"), medium=data.get("medium"), negated=bool(data.get("negated")),
            confidence=float(data.get("confidence", 1.0)), act=data.get("act", "speech"),
            source_type=data.get("source_type", "person"),
            speaker_mention=Span.from_dict(data.get("speaker_mention")),
        )


@dataclass
class Place:
    """Where an event happened: a gazetteer (GeoNames) entry for a place named in the text.

    ``kind`` is country, state (US), us-city or city, GDELT's geography types 1–4;
    ``adm1`` is GDELT's ADM1 code (FIPS country code, then the first-level division);
    countries and states carry no coordinates.
    """

    name: str  # as the text names it
    country: str | None = None  # ISO 3166 alpha-3
    kind: str = "city"
    full_name: str | None = None
    lat: float | None = None
    lon: float | None = None
    adm1: str | None = None
    feature_id: str | None = None  # GeoNames id

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "country": self.country, "kind": self.kind, "full_name": self.full_name,
                "lat": self.lat, "lon": self.lon, "adm1": self.adm1, "feature_id": self.feature_id}

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Place | None:
        if not data:
            return None
        return cls(**{k: data.get(k) for k in ("name", "country", "kind", "full_name", "lat", "lon", "adm1",
                                                "feature_id")})


@dataclass
class Event:
    """A coded event (PLOVER 2.0, with CAMEO/GDELT equivalents)."""

    id: str
    category: str  # PLOVER category: AGREE, CONSULT, SUPPORT, ...
    evidence: Span
    source: Actor | None = None
    target: Actor | None = None
    mode: str | None = None
    attribution_id: str | None = None
    cameo: str | None = None  # CAMEO root code, two digits
    cameo_code: str | None = None  # full CAMEO event code, three or four digits ("173", "0841")
    quad_class: int | None = None  # 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
    goldstein: float | None = None
    negated: bool = False
    hypothetical: bool = False
    future: bool = False
    confidence: float = 1.0
    place: Place | None = None  # where it happened, when the sentence says

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "category": self.category,
            "mode": self.mode,
            "source": self.source.ref() if self.source else None,
            "target": self.target.ref() if self.target else None,
            "evidence": self.evidence.to_dict(),
            "attribution_id": self.attribution_id,
            "cameo": self.cameo,
            "cameo_code": self.cameo_code,
            "quad_class": self.quad_class,
            "goldstein": self.goldstein,
            "negated": self.negated,
            "hypothetical": self.hypothetical,
            "future": self.future,
            "confidence": round(self.confidence, 3),
            "place": self.place.to_dict() if self.place else None,
        }

    def to_data(self) -> dict[str, Any]:
        """Everything, losslessly, as plain data (what a spaCy ``Doc`` holds: msgpack can encode it)."""
        data = self.to_dict()
        data["source"] = self.source.to_dict() if self.source else None
        data["target"] = self.target.to_dict() if self.target else None
        data["confidence"] = self.confidence
        return data

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> Event:
        """The inverse of :meth:`to_data`."""
        return cls(
            id=data["id"], category=data["category"], mode=data.get("mode"),
            evidence=Span(int(data["evidence"]["start"]), int(data["evidence"]["end"]), str(data["evidence"]["text"])),
            source=Actor.from_dict(data["source"]) if data.get("source") else None,
            target=Actor.from_dict(data["target"]) if data.get("target") else None,
            attribution_id=data.get("attribution_id"), cameo=data.get("cameo"), cameo_code=data.get("cameo_code"),
            quad_class=data.get("quad_class"), goldstein=data.get("goldstein"), negated=bool(data.get("negated")),
            hypothetical=bool(data.get("hypothetical")), future=bool(data.get("future")),
            confidence=float(data.get("confidence", 1.0)), place=Place.from_dict(data.get("place")),
        )


@dataclass
class Article:
    """An article as ingested. ``text`` is the exact string all offsets point into."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    publisher: str | None = None
    published: str | None = None  # ISO 8601 date or datetime, as found
    author: str | None = None
    origin: str | None = None  # where it was read from: a path, "-", "path:line"
    chrome: list[Span] = field(default_factory=list)
    # paragraphs of the page's block quotations (<blockquote>), known only when read from HTML: an excerpt
    # quoted without quotation marks is still someone's words (saywho/attribution/candidates.py)
    quoted: list[Span] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)

    @property
    def text_hash(self) -> str:
        return text_hash(self.text)

    @property
    def statements(self) -> list[Attribution]:
        """The attributions the default outputs list (see :attr:`Attribution.statement`)."""
        return [a for a in self.attributions if a.statement]

    def to_dict(self, statements_only: bool = False) -> dict[str, Any]:
        """The JSON contract (docs/output.md); ``statements_only`` leaves out the other attributions, and an
        event's link to one of them (its ``attribution_id`` would point at nothing listed)."""
        listed = self.statements if statements_only else self.attributions
        shown = {a.id for a in listed}
        return {
            "id": self.id,
            "title": self.title,
            "url": self.url,
            "publisher": self.publisher,
            "published": self.published,
            "text": self.text,
            "attributions": [a.to_dict() for a in listed],
            "events": [e.to_dict() if e.attribution_id in shown or e.attribution_id is None
                       else {**e.to_dict(), "attribution_id": None} for e in self.events],
            "actors": [{**a.to_dict(), "cameo": a.cameo} for a in self.actors],
        }


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class IngestError:
    """An input that could not become an article; the batch goes on without it."""

    origin: str
    problem: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.problem}"
