"""GDELT 2.0 files: the 61-column event table and the 27-column GKG 2.1 table, written as GDELT writes them.

Both are tab-separated with one record per line and no header, so every field
is cleaned of tabs and line breaks (``clean``): a URL or actor name with a tab
in it would otherwise shift every later column. The conventions follow the
GDELT 2.0 event and GKG 2.1 codebooks and GDELT's own rows (the samples under
``tests/data/gdelt``):

* FractionDate is ``YYYY + ((MM - 1) * 30 + DD) / 365`` to four decimals, which
  is what GDELT's rows hold (the codebook's text says ``MONTH * 30``, but every
  published row, e.g. 20070704 → 2007.5041, counts the months before).
* IsRootEvent is 1 for events in the article's lead paragraph (``lead_end``), else 0.
* Geography: Type 0 and nothing else when there is no place; a country is
  Type 1 with its FIPS code as country, ADM1 and feature id and the country
  centroid GDELT uses; a city "City, ADM1, Country" with its coordinates.
* GKGRECORDID is ``YYYYMMDDHHMMSS-N`` (the record's DATE and its sequence
  number in the file); V2.1QUOTATIONS lists quoted words only (direct quotes
  and the quoted fragments of mixed ones), ``offset|length|verb|quote``,
  ``#``-separated; indirect speech is never a quotation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from typing import Any
from urllib.parse import urlsplit

from saywho.actors import geo
from saywho.events import cameo
from saywho.model import Place

ACTOR_FIELDS = ["Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
                "Type1Code", "Type2Code", "Type3Code"]
GEO_FIELDS = ["Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"]
GDELT_COLUMNS: list[str] = (
    ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"]
    + [f"Actor1{c}" for c in ACTOR_FIELDS] + [f"Actor2{c}" for c in ACTOR_FIELDS]
    + ["IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
       "NumMentions", "NumSources", "NumArticles", "AvgTone"]
    + [f"Actor1Geo_{c}" for c in GEO_FIELDS] + [f"Actor2Geo_{c}" for c in GEO_FIELDS]
    + [f"ActionGeo_{c}" for c in GEO_FIELDS]
    + ["DATEADDED", "SOURCEURL"]
)
GKG_COLUMNS: list[str] = [
    "GKGRECORDID", "V2.1DATE", "V2SOURCECOLLECTIONIDENTIFIER", "V2SOURCECOMMONNAME", "V2DOCUMENTIDENTIFIER",
    "V1COUNTS", "V2.1COUNTS", "V1THEMES", "V2ENHANCEDTHEMES", "V1LOCATIONS", "V2ENHANCEDLOCATIONS", "V1PERSONS",
    "V2ENHANCEDPERSONS", "V1ORGANIZATIONS", "V2ENHANCEDORGANIZATIONS", "V1.5TONE", "V2.1ENHANCEDDATES", "V2GCAM",
    "V2.1SHARINGIMAGE", "V2.1RELATEDIMAGES", "V2.1SOCIALIMAGEEMBEDS", "V2.1SOCIALVIDEOEMBEDS", "V2.1QUOTATIONS",
    "V2.1ALLNAMES", "V2.1AMOUNTS", "V2.1TRANSLATIONINFO", "V2EXTRASXML",
]
WEB, CITATION_ONLY = 1, 2  # GKG source collection identifiers: a web URL, or a textual citation

# Every character Python's str.splitlines() or a TSV reader treats as a field or record break.
_BREAKS = re.compile(r"[\t\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
_QUOTED = re.compile(r"[“\"]([^“”\"]+)[”\"]")
_SENTENCE_END = re.compile(r"[.!?][\"”’)\]]*\s")


def clean(value: Any) -> str:
    """A field value as text with no tab or line break in it (each becomes one space, so offsets hold)."""
    if value is None:
        return ""
    return _BREAKS.sub(" ", str(value))


def fraction_date(day: date) -> str:
    """GDELT's FractionDate as its rows hold it: 2007-07-04 → "2007.5041"."""
    return f"{day.year + ((day.month - 1) * 30 + day.day) / 365:.4f}"


def lead_end(text: str) -> int:
    """Where the lead of an article ends: its first paragraph that reads as prose (a line ending a sentence;
    a headline or dateline above it counts with it), or, for an article written as one paragraph, its first
    two sentences."""
    position = 0
    for line in text.splitlines(keepends=True):
        position += len(line)
        stripped = line.strip()
        if stripped and re.search(r"[.!?][\"”’)\]]*$", stripped):
            if position < len(text) or "\n" in line:
                return position
            break
    start = len(text) - len(text.lstrip())
    ends = [m.end() for m in _SENTENCE_END.finditer(text, start)]
    return ends[1] if len(ends) > 1 else len(text)


def day_of(value: Any) -> date | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def stamp(value: Any) -> str:
    """YYYYMMDDHHMMSS, GDELT's DATEADDED and GKG DATE form."""
    return value.strftime("%Y%m%d%H%M%S") if hasattr(value, "strftime") else ""


# -- events ------------------------------------------------------------------------

def counts(row: dict[str, Any]) -> dict[str, int]:
    """NumMentions, NumSources, NumArticles: counted across the outlets reporting the event's story
    (``saywho.formats.export.mention_counts``) when the row has them, else one mention in one article."""
    return {key: int(row.get(key) or 1) for key in ("NumMentions", "NumSources", "NumArticles")}


def event_record(row: dict[str, Any]) -> list[str]:
    """One event row (``saywho.formats.export.event_rows``) as GDELT 2.0's 61 columns."""
    day = day_of(row.get("published")) or day_of(row.get("ingested_at")) or date.today()
    code = row.get("cameo_code") or (f"{row['cameo']}0" if row.get("cameo") else "")
    values: dict[str, Any] = {
        "GLOBALEVENTID": row["id"], "SQLDATE": day.strftime("%Y%m%d"), "MonthYear": day.strftime("%Y%m"),
        "Year": day.year, "FractionDate": fraction_date(day), "IsRootEvent": 1 if row.get("in_lead") else 0,
        "EventCode": code, "EventBaseCode": cameo.base_code(code) if code else "", "EventRootCode": code[:2],
        "QuadClass": cameo.quad_class(code) if code else "",
        "GoldsteinScale": cameo.goldstein(code) if code else "",
        **counts(row), "AvgTone": "",
        "DATEADDED": stamp(row.get("ingested_at")), "SOURCEURL": row.get("url") or "",
    }
    for number, role in ((1, "source"), (2, "target")):
        values.update(_actor(f"Actor{number}", row.get(role), row.get(f"{role}_code")))
        country = row.get(f"{role}_country")
        values.update(_geo(f"Actor{number}Geo", geo.country_place(country) if row.get(role) and country else None))
    values.update(_geo("ActionGeo", Place.from_dict(row.get("place"))))
    return [clean(values.get(column)) for column in GDELT_COLUMNS]


def _actor(prefix: str, name: str | None, raw: str | None) -> dict[str, Any]:
    if not name:
        return {}
    code = cameo.split_actor_code(raw or "")
    types = list(code.types) + ["", "", ""]
    return {f"{prefix}Code": code.code, f"{prefix}Name": name.upper(), f"{prefix}CountryCode": code.country,
            f"{prefix}KnownGroupCode": code.known_group, f"{prefix}Type1Code": types[0],
            f"{prefix}Type2Code": types[1], f"{prefix}Type3Code": types[2]}


def _geo(prefix: str, place: Place | None) -> dict[str, Any]:
    """GDELT's eight geography columns: Type 0 and nothing else when there is no place."""
    if place is None:
        return {f"{prefix}_Type": 0}
    place = geo.as_gdelt(place)
    return {f"{prefix}_Type": geo.GEO_TYPES.get(place.kind, 0), f"{prefix}_FullName": place.full_name or place.name,
            f"{prefix}_CountryCode": geo.fips(place.country) or "", f"{prefix}_ADM1Code": place.adm1 or "",
            f"{prefix}_Lat": place.lat, f"{prefix}_Long": place.lon, f"{prefix}_FeatureID": place.feature_id or ""}


# -- GKG ---------------------------------------------------------------------------

def quotations(rows: Iterable[dict[str, Any]]) -> str:
    """V2.1QUOTATIONS from an article's attributions: the quoted words of direct and mixed statements,
    each ``offset|length|verb|quote``; indirect speech has no quotation and is left out."""
    parts = []
    for row in rows:
        if row.get("kind") not in ("direct", "mixed"):
            continue
        verb = clean(row.get("cue") or "").replace("|", " ").replace("#", " ")
        for span in row.get("content") or []:
            for start, quote in _quoted(span, whole=row.get("kind") == "direct"):
                quote = clean(quote).replace("|", " ").replace("#", " ")
                parts.append(f"{start}|{len(quote)}|{verb}|{quote}")
    return "#".join(parts)


def _quoted(span: dict[str, Any], whole: bool) -> Iterator[tuple[int, str]]:
    """The quoted text in a content span, without its quotation marks, with its offset in the article."""
    text, start = span["text"], span["start"]
    found = list(_QUOTED.finditer(text))
    if found:
        for match in found:
            yield start + match.start(1), match.group(1)
    elif whole:  # a direct quote whose span holds the words only
        stripped = text.strip(" “”\"")
        if stripped:
            yield start + text.index(stripped), stripped


def names(attributions: Iterable[dict[str, Any]], persons: bool) -> tuple[str, str]:
    """V1PERSONS/V2ENHANCEDPERSONS (or the ORGANIZATIONS pair) from the resolved speakers: the names in lower
    case, ``;``-separated, and ``Name,offset`` for each mention (the offset of the words naming the speaker)."""
    plain: list[str] = []
    enhanced: list[str] = []
    for row in attributions:
        name, kind, start = row.get("speaker"), row.get("speaker_type"), row.get("source_start")
        if not name or (kind == "person") != persons:
            continue
        name = _field(name).replace(",", " ")
        if name.lower() not in plain:
            plain.append(name.lower())
        if start is not None and f"{name},{start}" not in enhanced:  # two statements may share one source
            enhanced.append(f"{name},{start}")
    return ";".join(plain), ";".join(enhanced)


def locations(events: Iterable[dict[str, Any]]) -> tuple[str, str]:
    """V1LOCATIONS/V2ENHANCEDLOCATIONS from the events' places: ``type#name#country#ADM1#lat#long#id`` and
    ``type#name#country#ADM1#ADM2#lat#long#id#offset``, ``;``-separated, each place once in V1."""
    plain: list[str] = []
    enhanced: list[str] = []
    for row in events:
        place = Place.from_dict(row.get("place"))
        if place is None:
            continue
        place = geo.as_gdelt(place)
        fields = [str(geo.GEO_TYPES.get(place.kind, 0)), _field(place.full_name or place.name),
                  geo.fips(place.country) or "", place.adm1 or ""]
        coordinates = ["" if place.lat is None else str(place.lat), "" if place.lon is None else str(place.lon),
                       place.feature_id or ""]
        entry = "#".join(fields + coordinates)
        if entry not in plain:
            plain.append(entry)
        enhanced.append("#".join([*fields, "", *coordinates, str(row.get("start") or 0)]))
    return ";".join(plain), ";".join(enhanced)


def _field(text: str) -> str:
    """A name inside a GKG list field: no delimiter of the field's own syntax."""
    return re.sub(r"[#;|]", " ", clean(text))


def gkg_record(article: dict[str, Any], attributions: list[dict[str, Any]], number: int,
               events: Iterable[dict[str, Any]] = ()) -> list[str]:
    """One article as GKG 2.1's 27 columns; ``number`` is its sequence number in the file, ``events`` the
    article's event rows (their places are its locations)."""
    when = stamp(article.get("ingested_at"))
    url = article.get("url")
    persons, organizations, places = names(attributions, True), names(attributions, False), locations(events)
    values = {
        "V1PERSONS": persons[0], "V2ENHANCEDPERSONS": persons[1],
        "V1ORGANIZATIONS": organizations[0], "V2ENHANCEDORGANIZATIONS": organizations[1],
        "V1LOCATIONS": places[0], "V2ENHANCEDLOCATIONS": places[1],
        "GKGRECORDID": f"{when}-{number}", "V2.1DATE": when,
        "V2SOURCECOLLECTIONIDENTIFIER": WEB if url else CITATION_ONLY,
        "V2SOURCECOMMONNAME": _domain(url) or article.get("publisher") or "",
        "V2DOCUMENTIDENTIFIER": url or article.get("publisher") or article.get("origin") or article.get("id"),
        "V2.1QUOTATIONS": quotations(attributions),
    }
    return [clean(values.get(column)) for column in GKG_COLUMNS]


def _domain(url: str | None) -> str:
    """GDELT's SourceCommonName for a web document: its host without "www." ("ign.com")."""
    if not url:
        return ""
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.")
