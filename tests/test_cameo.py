"""CAMEO event codes and the GeoNames gazetteer behind GDELT's geography columns."""

from __future__ import annotations

import pytest

from saywho.actors import geo
from saywho.events.cameo import CATEGORIES, base_code, coding, descriptions, goldstein_table, quad_class


@pytest.mark.parametrize(("category", "mode", "words", "expected"), [
    # the mode names the CAMEO code below the root
    ("COERCE", "arrest", ["arrest"], ("173", "17")),
    ("RETREAT", "release", ["release"], ("0841", "08")),
    ("PROTEST", "riot", ["throw", "stone"], ("145", "14")),
    # words PLOVER folds into one category keep CAMEO's distinctions: signing a treaty, recalling an envoy
    ("SUPPORT", None, ["sign", "treaty"], ("057", "05")),
    ("SANCTION", None, ["recall", "ambassador"], ("161", "16")),
    ("AID", None, ["grant", "asylum"], ("075", "07")),
    # fighting with military weapons is CAMEO root 19, not 18
    ("ASSAULT", "firearms", ["shoot"], ("193", "19")),
    # nothing finer known: the root and "0"
    ("REJECT", None, ["reject"], ("120", "12")),
    ("THREATEN", None, ["warn"], ("130", "13")),
])
def test_event_codes(category: str, mode: str | None, words: list[str], expected: tuple[str, str]) -> None:
    code, root, quad, goldstein = coding(category, mode, words)
    assert (code, root) == expected
    assert code.startswith(root) and quad == quad_class(root)
    assert goldstein == goldstein_table()[code]  # GDELT's value for the code itself


def test_a_word_that_moves_the_code_to_another_root_takes_that_codes_goldstein() -> None:
    # shot dead: the killing (1823) is coded under root 18, with GDELT's Goldstein value for 1823
    code, root, _, goldstein = coding("ASSAULT", "firearms", ["kill"])
    assert (code, root, goldstein) == ("1823", "18", -10.0)
    assert base_code("0841") == "084" and base_code("173") == "173"
    # asking and urging are CAMEO appeals (02, verbal cooperation); demanding is a demand (10)
    assert coding("REQUEST", None, ["urge"])[:3] == ("020", "02", 1)
    assert coding("REQUEST", None, ["demand"])[:3] == ("100", "10", 3)


def test_the_shipped_gdelt_tables_cover_every_cameo_code() -> None:
    codes = descriptions()
    assert len(codes) > 290 and codes["173"].startswith("Arrest")
    assert set(codes) - set(goldstein_table()) == set()  # every event code has its Goldstein value
    assert all(-10 <= v <= 10 for v in goldstein_table().values())
    assert [quad_class(c) for c in ("01", "05", "06", "09", "10", "14", "15", "20")] == [1, 1, 2, 2, 3, 3, 4, 4]
    # the category table is read from them: THREATEN's 130 is -4.4, not a hand-typed -6.0
    assert CATEGORIES["THREATEN"] == ("13", 3, -4.4) and CATEGORIES["CONCEDE"][1] == 2


def test_places_resolve_to_gazetteer_entries() -> None:
    basra = geo.locate("Basra", "IRQ")
    assert basra is not None and (basra.kind, basra.country) == ("city", "IRQ")
    assert basra.lat is not None and 29 < basra.lat < 32
    assert basra.full_name == "Basrah, Basra Governorate, Iraq"  # "City, ADM1, Country", as GDELT names cities
    iraq = geo.locate("Iraq")
    # a country: GDELT's centroid, the FIPS code as ADM1 and feature id
    assert iraq is not None and (iraq.kind, iraq.adm1, iraq.feature_id, iraq.lat, iraq.lon) == \
        ("country", "IZ", "IZ", 33.0, 44.0)
    # the country the coder gave decides between cities of one name
    assert geo.locate("Paris", "FRA").country == "FRA"  # type: ignore[union-attr]
    texas_paris = geo.locate("Paris", "USA")
    assert texas_paris is not None and (texas_paris.kind, texas_paris.adm1) == ("us-city", "USTX")
    assert geo.locate("Texas").kind == "state"  # type: ignore[union-attr]
    # a place the gazetteer lacks still has its country
    assert geo.locate("Nowhereville", "FRA").kind == "country"  # type: ignore[union-attr]
    assert geo.locate("Nowhereville") is None
    assert geo.fips("IRQ") == "IZ" and geo.fips("IGO") is None


def test_an_unknown_city_is_placed_only_when_its_name_is_unambiguous() -> None:
    assert geo.city_country("Greenville") is None  # many, none dominant
    assert geo.city_country("Juba") == "SSD"


def test_a_major_city_outweighs_a_division_or_a_smaller_namesake() -> None:
    # "Police in Manchester" had been Jamaican (a parish of that name) and "in Birmingham" nowhere
    assert geo.place_country("Manchester") == "GBR"
    assert geo.place_country("Birmingham") == "GBR"
    assert geo.place_country("Borno") == "NGA"  # a state, whatever small town abroad shares its name
    assert geo.place_country("Victoria") is None  # a city in Hong Kong, and states and provinces elsewhere
