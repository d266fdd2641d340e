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
        return {"id": self.id, "name": self.name, "title": self.title, "country": self.country}

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
    """One statement: who (source) said (cue) what (content), to whom, where."""

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

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "source": self.source.to_dict() if self.source else None,
            "cue": self.cue.to_dict() if self.cue else None,
            "content": [span.to_dict() for span in self.content],
            "kind": self.kind,
            "speaker": self.speaker.ref() if self.speaker else None,
            "addressee": self.addressee,
            "medium": self.medium,
            "negated": self.negated,
            "confidence": round(self.confidence, 3),
        }


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
    attributions: list[Attribution] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)

    @property
    def text_hash(self) -> str:
        return text_hash(self.text)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "url": self.url,
            "publisher": self.publisher,
            "published": self.published,
            "text": self.text,
            "attributions": [a.to_dict() for a in self.attributions],
            "events": [e.to_dict() for e in self.events],
            "actors": [a.to_dict() for a in self.actors],
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
