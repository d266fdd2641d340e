"""PLOVER records: modes, contexts and quad codes exactly as the PLOVER manual lists them, and its JSON record.

The manual's tables (``data/plover/manual.json``) say which modes each category
has, which contexts exist, and each category's quad code (CONCEDE is verbal
cooperation, PROTEST material conflict). ``CAMEO2PLOVER-2021.txt`` gives the
mode and context of every CAMEO code. The event coder names modes by the
distinctions it reads (``strike-gen``, ``assassinate``, ``economic``): ``manual_mode``
maps them to the manual's, and a coder mode that is one of the manual's contexts
(AID ``economic``, COOPERATE ``military``) is a context, not a mode.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from saywho.actors import geo
from saywho.events import cameo
from saywho.model import Place

DATA = Path(__file__).parents[1] / "data" / "plover"

# The coder's names for distinctions the manual names otherwise (or CAMEO2PLOVER's modes the manual renamed).
MODE_ALIASES: dict[tuple[str, str], str] = {
    ("PROTEST", "strike-gen"): "strike", ("PROTEST", "strike-hun"): "hunger", ("PROTEST", "demo-org"): "demo",
    ("ASSAULT", "assassinate"): "targeted", ("ASSAULT", "execute"): "targeted", ("ASSAULT", "massacre"): "targeted",
    ("COERCE", "confiscate"): "seize", ("COERCE", "ban"): "restrict", ("COERCE", "martial_law"): "martial-law",
    ("RETREAT", "demobilize"): "disarm", ("CONSULT", "host"): "visit", ("THREATEN", "ban"): "restrict",
}


@lru_cache(maxsize=1)
def manual() -> dict[str, Any]:
    """The manual's quad codes, modes per category and general contexts."""
    return json.loads((DATA / "manual.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def cameo_table() -> dict[str, tuple[str, str | None, tuple[str, ...]]]:
    """CAMEO2PLOVER: CAMEO code → (PLOVER category, mode or None, contexts), first row of a code wins."""
    rows: dict[str, tuple[str, str | None, tuple[str, ...]]] = {}
    for raw in (DATA / "CAMEO2PLOVER-2021.txt").read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0]
        code, colon, rest = line.partition(":")
        if not colon or not re.fullmatch(r"\d{3,4}", code.strip()):
            continue  # comments, root headings ("03: AGREE")
        fields = [f.strip() for f in rest.split(",")]
        category = fields[0]
        mode = fields[1] if len(fields) > 1 and fields[1] else None
        contexts = tuple(c.strip() for c in fields[2].split(";") if c.strip()) if len(fields) > 2 else ()
        rows.setdefault(code.strip(), (category, mode, contexts))
    return rows


def quad(category: str) -> int:
    """The manual's quad category: 1 verbal cooperation, 2 material cooperation, 3 verbal, 4 material conflict."""
    return int(manual()["quad"][category])


def manual_mode(category: str, mode: str | None, code: str | None = None) -> str | None:
    """The manual's mode for an event: the coder's mode (or its alias) when the manual lists it for the
    category, else the mode CAMEO2PLOVER gives the CAMEO code, else none."""
    allowed = manual()["modes"].get(category, [])
    for candidate in (mode, _table_mode(category, code)):
        if candidate:
            candidate = MODE_ALIASES.get((category, candidate), candidate)
            if candidate in allowed:
                return candidate
    return None


def _table_mode(category: str, code: str | None) -> str | None:
    row = cameo_table().get(code or "")
    return row[1] if row and row[0] == category else None


def contexts(category: str, mode: str | None, code: str | None) -> list[str]:
    """The manual's contexts for an event: CAMEO2PLOVER's for its code, and a coder mode that names a context."""
    known = set(manual()["contexts"])
    row = cameo_table().get(code or "")
    found = [c for c in (row[2] if row else ()) if c in known]
    if mode and mode in known and mode not in manual()["modes"].get(category, []) and mode not in found:
        found.append(mode)
    return found


# -- records -------------------------------------------------------------------------

# The manual's own codes where ISO has none: Kosovo is KOS (XKX in saywho, as in ISO's user-assigned range).
PLOVER_CODES = {"XKX": "KOS"}


# PLOVER's country field for CAMEO's non-state codes: the UN and the EU have their own (UNO, EUR), other
# IGOs are IGO; regions ("European countries", "the West") get none, as the manual says.
def plover_country(code: cameo.ActorCode | None) -> str | None:
    """The PLOVER country code for a CAMEO actor code (IGOUNO → UNO, IGOEUREEC → EUR, EUR → none)."""
    if code is None:
        return None
    if code.code.startswith("IGO"):
        if code.known_group == "UNO" or code.code.startswith("IGOUNO"):
            return "UNO"
        if code.known_group == "EEC":
            return "EUR"
        return "IGO"
    for kind in ("NGO", "IMG", "MNC"):
        if code.code.startswith(kind):
            return kind
    if code.country in cameo.REGIONS:
        return None
    return PLOVER_CODES.get(code.country, code.country) or None


def entity(name: str | None, text: str | None, raw: str | None) -> list[dict[str, Any]]:
    """A PLOVER actor/recipient list: one entity object, or none."""
    if not name:
        return []
    code = cameo.split_actor_code(raw) if raw else None
    sector = next((t for t in code.types if t not in ("IGO", "NGO", "IMG", "MNC")), None) if code else None
    return [{"code": plover_country(code), "sector": sector, "entity_text": text or name,
             "identifier_text": name, "cameo_code": code.code if code else None}]


def record(row: dict[str, Any]) -> dict[str, Any]:
    """One event row (``saywho.formats.export.event_rows``) as a PLOVER JSON record, with the manual's field names."""
    category, code = row["category"], row.get("cameo_code")
    mode = manual_mode(category, row.get("mode"), code)
    published = row.get("published")
    return {
        "id": f"{row['article_id']}-{row['event']}",
        "date": str(published)[:10] if published else None,
        "actor": entity(row.get("source"), None, row.get("source_code")),
        "recipient": entity(row.get("target"), None, row.get("target_code")),
        "event": [category],
        "event_text": [row["evidence"]] if row.get("evidence") else [],
        "mode": [mode] if mode else [],
        "context": contexts(category, row.get("mode"), code),
        "quad_code": quad(category),
        "event_loc": _location(row.get("place")),
        "text_info": {"start": row.get("start"), "end": row.get("end")},
        "cite_info": {"url": row.get("url"), "publication": row.get("publisher"), "citation": row["article_id"],
                      "coder": "saywho", "codebook": "PLOVER manual, CAMEO2PLOVER-2021"},
        "negated": bool(row.get("negated")), "hypothetical": bool(row.get("hypothetical")),
        "future": bool(row.get("future")), "cameo_code": code,
    }


def _location(data: dict[str, Any] | None) -> dict[str, Any] | None:
    """The manual's location object (Mordecai-style, GeoNames based) for a stored place."""
    place = Place.from_dict(data)
    if place is None:
        return None
    place = geo.as_gdelt(place)
    return {"extracted_place": place.name, "resolved_place": place.full_name, "geonameid": geo.geonames_id(place),
            "lat": place.lat, "lon": place.lon, "country_code": place.country,
            "resolution": 1 if place.kind == "country" else 2 if place.kind == "state" else 4}
