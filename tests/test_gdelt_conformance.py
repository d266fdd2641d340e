"""The exports read the way the standards' users read them: GDELT 2.0 events and GKG 2.1 loaded with the
official column names next to real GDELT rows and checked column by column, and PLOVER records against the
PLOVER manual's tables.

The official column lists and a few real GDELT 2.0 rows ship in ``tests/data/gdelt`` (GDELT data is free to
use), so every check here first holds for GDELT's own rows, then for saywho's.
"""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import date
from pathlib import Path

import pytest

from saywho.events import cameo
from saywho.formats import plover as plover_format
from saywho.formats.export import GDELT_COLUMNS, GKG_COLUMNS, export
from saywho.model import Article
from saywho.pipeline import process
from saywho.store import Store

DATA = Path(__file__).parent / "data" / "gdelt"
MANUAL = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "plover" / "PLOVER_MANUAL.tex"

WORLD = (
    "The United Nations condemned Israel over the raid.\n\n"
    "Iraqi police arrested 40 protesters in Basra on Monday.\n\n"
    "Chinese troops clashed with Indian soldiers in India.\n\n"
    "The European Union imposed sanctions on Iran.\n\n"
    "European countries criticised Russia.\n\n"
    "Israel didn't apologize to Turkey for the raid.\n\n"
    "Iran may attack Iraq.\n\n"
    "Germany urged Russia to release the journalists.\n"
)
MUNDANE = "And so it goes. My view is that In the end, It is No surprise. Mr Smith said he Can do it Per the rules."


def columns(name: str) -> list[tuple[str, str]]:
    with (DATA / name).open(encoding="utf-8") as handle:
        return [(row["name"], row["type"]) for row in csv.DictReader(handle)]


def read_tsv(text: str, names: list[str]) -> list[dict[str, str]]:
    """A GDELT file as its users read it: one record per line (str.splitlines), tab-separated, no header."""
    rows = []
    for line in text.splitlines():
        fields = line.split("\t")
        assert len(fields) == len(names), f"{len(fields)} fields, not {len(names)}: {line[:200]!r}"
        rows.append(dict(zip(names, fields, strict=True)))
    return rows


@pytest.fixture(scope="module")
def store(nlp, tmp_path_factory: pytest.TempPathFactory, seed_text: str) -> Store:
    store = Store(f"sqlite:///{tmp_path_factory.mktemp('conformance') / 'store.db'}")
    articles = [
        # a Unicode line separator in the URL (str.splitlines breaks there) must not break GDELT's rows
        Article(id="seed", text=seed_text, url="https://example.org/seed\u2028page", publisher="Example News",
                published="2025-09-05"),
        Article(id="world", text=WORLD, url="https://example.org/world", published="2025-03-14"),
        Article(id="mundane", text=MUNDANE, url="https://example.org/mundane", published="2025-01-02"),
    ]
    for article in process(articles, nlp=nlp):
        store.save(article)
    return store


def gdelt_events(store: Store, include_unreal: bool = False) -> list[dict[str, str]]:
    handle = io.StringIO()
    export(store, "gdelt", "events", None, handle, include_unreal=include_unreal)
    return read_tsv(handle.getvalue(), GDELT_COLUMNS)


def gdelt_sample() -> list[dict[str, str]]:
    return read_tsv((DATA / "events2-sample.tsv").read_text(encoding="utf-8"), [n for n, _ in columns("events2-columns.csv")])


# -- GDELT 2.0 events, column by column -------------------------------------------------

def test_the_column_list_is_gdelts() -> None:
    assert [name for name, _ in columns("events2-columns.csv")] == GDELT_COLUMNS
    assert [name for name, _ in columns("gkg2-columns.csv")][22] == "Quotations"
    assert len(columns("gkg2-columns.csv")) == len(GKG_COLUMNS) == 27
    assert GKG_COLUMNS[22] == "V2.1QUOTATIONS"


TYPES = {"INTEGER": r"-?\d+", "FLOAT": r"-?\d+(\.\d+)?([eE]-?\d+)?"}


def _date(value: str) -> date:
    return date(int(value[:4]), int(value[4:6]), int(value[6:8]))


def check_event_row(row: dict[str, str]) -> None:
    """GDELT 2.0's types and value ranges, and the relations between its columns, for one row."""
    for name, kind in columns("events2-columns.csv"):
        value = row[name]
        if value and kind in TYPES:
            assert re.fullmatch(TYPES[kind], value), (name, value)
        assert "\t" not in value and "\n" not in value
    day = _date(row["SQLDATE"])
    assert (row["MonthYear"], row["Year"]) == (row["SQLDATE"][:6], row["SQLDATE"][:4])
    assert row["FractionDate"] == f"{day.year + ((day.month - 1) * 30 + day.day) / 365:.4f}"
    assert re.fullmatch(r"\d{14}", row["DATEADDED"])
    assert row["IsRootEvent"] in ("0", "1")
    code = row["EventCode"]
    assert code in cameo.descriptions(), code
    assert (row["EventBaseCode"], row["EventRootCode"]) == (code[:3], code[:2])
    assert int(row["QuadClass"]) == cameo.quad_class(code) in (1, 2, 3, 4)
    assert float(row["GoldsteinScale"]) == cameo.goldstein_table()[code]
    for number in (1, 2):
        country = row[f"Actor{number}CountryCode"]
        assert country == "" or re.fullmatch(r"[A-Z]{3}", country)
        assert row[f"Actor{number}Code"].startswith(country) or country in row[f"Actor{number}Code"]
    for prefix in ("Actor1Geo", "Actor2Geo", "ActionGeo"):
        kind = row[f"{prefix}_Type"]
        assert kind in ("0", "1", "2", "3", "4", "5")
        rest = [row[f"{prefix}_{c}"] for c in ("FullName", "CountryCode", "ADM1Code", "Lat", "Long", "FeatureID")]
        if kind == "0":
            assert not any(rest) and not row[f"{prefix}_ADM2Code"]
            continue
        full, country, adm1, lat, lon, feature = rest
        assert re.fullmatch(r"[A-Z]{2}", country) and adm1.startswith(country)
        assert -90 <= float(lat) <= 90 and -180 <= float(lon) <= 180
        if kind == "1":  # a country: its FIPS code is the ADM1 code and the feature id, no commas in the name
            assert adm1 == feature == country and "," not in full
        if kind in ("3", "4"):  # "City, ADM1, Country"
            assert full.count(",") >= 2, full


def test_gdelts_own_rows_pass_the_column_checks() -> None:
    rows = gdelt_sample()
    assert len(rows) == 50
    for row in rows:
        check_event_row(row)


def test_the_gdelt_export_loads_column_by_column_like_gdelts_rows(store: Store) -> None:
    ours, theirs = gdelt_events(store), gdelt_sample()
    assert len(ours) >= 10
    for row in ours:
        check_event_row(row)
    # what GDELT always fills, saywho fills too; AvgTone (document tone) is not computed (docs/events.md)
    always = {n for n in GDELT_COLUMNS if all(r[n] for r in theirs)} - {"AvgTone"}
    assert {"GLOBALEVENTID", "SQLDATE", "EventCode", "QuadClass", "GoldsteinScale", "DATEADDED"} <= always
    for row in ours:
        assert all(row[n] for n in always), [n for n in always if not row[n]]


def test_goldstein_per_cameo_code_and_quad_class_from_the_root() -> None:
    # the values an independent check found wrong: per code, from GDELT's table
    assert [cameo.goldstein(c) for c in ("057", "130", "163", "1823", "020")] == [8.0, -4.4, -8.0, -10.0, 3.0]
    assert [cameo.quad_class(c) for c in ("020", "057", "080", "090", "111", "141", "173", "190")] == \
        [1, 1, 2, 2, 3, 3, 4, 4]
    assert cameo.coding("SUPPORT", None, ["sign", "treaty"])[2:] == (1, 8.0)
    assert cameo.coding("SANCTION", None, ["embargo"])[2:] == (4, -8.0)
    assert cameo.coding("ACCUSE", "investigate", [])[:3] == ("090", "09", 2)


def test_tabs_and_line_breaks_never_break_a_gdelt_file(store: Store) -> None:
    rows = [r for r in gdelt_events(store) if "seed" in r["SOURCEURL"]]
    assert rows and {r["SOURCEURL"] for r in rows} == {"https://example.org/seed page"}
    # every field is cleaned, whatever a store or an import let through: tabs and breaks in every text field
    from saywho.formats.gdelt import event_record, gkg_record

    dirty = "a\tb\nc\rd\u2028e"
    row = {"id": 7, "published": "2025-01-02", "cameo_code": "111", "cameo": "11", "source": dirty,
           "source_code": "RUSGOV", "source_country": "RUS", "target": dirty, "target_code": "IGOUNO",
           "target_country": "IGO", "url": dirty, "place": {"name": dirty, "country": "IRQ", "kind": "city",
                                                            "full_name": dirty, "lat": 30.5, "lon": 47.8,
                                                            "adm1": "IZ02", "feature_id": "99532"}}
    (record,) = read_tsv("\t".join(event_record(row)), GDELT_COLUMNS)
    assert record["Actor1Name"] == record["Actor2Name"] == "A B C D E" and record["SOURCEURL"] == dirty.translate(
        {9: " ", 10: " ", 13: " ", 0x2028: " "})
    article = {"id": dirty, "url": None, "publisher": dirty, "origin": dirty, "ingested_at": None}
    quoted = [{"kind": "direct", "cue": dirty, "content": [{"start": 0, "end": 9, "text": "“a\tb|c#d”"}]}]
    (record,) = read_tsv("\t".join(gkg_record(article, quoted, 0)), GKG_COLUMNS)
    assert record["V2.1QUOTATIONS"] == "1|7|a b c d e|a b c d"


def test_fraction_date_is_what_gdelt_writes(store: Store) -> None:
    # 2025-03-14: (2 * 30 + 14) / 365 = 0.2027; GDELT's own rows hold the same formula (checked above)
    assert {r["FractionDate"] for r in gdelt_events(store) if r["SQLDATE"] == "20250314"} == {"2025.2027"}


def test_is_root_event_marks_the_lead_paragraph_only(store: Store) -> None:
    world = [r for r in gdelt_events(store) if r["SOURCEURL"].endswith("/world")]
    lead = [r for r in world if r["IsRootEvent"] == "1"]
    assert [(r["Actor1Code"], r["EventCode"]) for r in lead] == [("IGOUNO", "111")]
    assert len(world) > len(lead)


def test_geography_follows_gdelts_conventions(store: Store) -> None:
    rows = {r["EventCode"]: r for r in gdelt_events(store)}
    arrest = rows["173"]  # in Basra: a world city with its ADM1 and country in the name
    assert (arrest["ActionGeo_Type"], arrest["ActionGeo_CountryCode"]) == ("4", "IZ")
    assert arrest["ActionGeo_FullName"].endswith(", Iraq") and arrest["ActionGeo_FullName"].count(",") == 2
    assert arrest["ActionGeo_ADM1Code"].startswith("IZ") and 29 < float(arrest["ActionGeo_Lat"]) < 32
    # the police are placed in their country: GDELT's country centroid, FIPS code as ADM1 and feature id
    assert [arrest[f"Actor1Geo_{c}"] for c in ("Type", "FullName", "CountryCode", "ADM1Code", "Lat", "Long",
                                               "FeatureID")] == ["1", "Iraq", "IZ", "IZ", "33.0", "44.0", "IZ"]
    fighting = rows["190"]  # "in India": a country-level place
    assert [fighting[f"ActionGeo_{c}"] for c in ("Type", "CountryCode", "Lat", "Long", "FeatureID")] == \
        ["1", "IN", "20.0", "77.0", "IN"]
    condemned = rows["111"]  # no place named: Type 0 and nothing else
    assert condemned["ActionGeo_Type"] == "0" and not condemned["ActionGeo_FullName"]


def test_igos_have_their_cameo_codes_and_known_group_codes(store: Store) -> None:
    rows = gdelt_events(store)
    actors = {(r["Actor1Name"], r["Actor1Code"], r["Actor1CountryCode"], r["Actor1KnownGroupCode"],
               r["Actor1Type1Code"]) for r in rows}
    assert ("UNITED NATIONS", "IGOUNO", "", "UNO", "IGO") in actors
    # the EU is an IGO (IGOEUREEC, known group EEC); "European countries" is the region EUR, no group
    assert ("EUROPEAN UNION", "IGOEUREEC", "EUR", "EEC", "IGO") in actors
    assert ("EUROPEAN COUNTRIES", "EUR", "EUR", "", "") in actors
    assert cameo.actor_code("NATO", "IGO", "IGO").code == "IGOWSTNAT"
    assert cameo.actor_code("UNHCR", "IGO", "IGO").known_group == "HCR"
    assert cameo.actor_code("European Community", "IGO", "IGO").code == "IGOEUREEC"
    # a state inside a group's code is its country, not a known group: an American human-rights NGO
    assert cameo.split_actor_code("NGOUSAHRI") == cameo.ActorCode("NGOUSAHRI", "USA", "", ("NGO", "HRI"))


def test_appeals_are_appeals_not_demands(store: Store) -> None:
    urged = [r for r in gdelt_events(store) if r["Actor1Name"] == "GERMANY"]
    assert [(r["EventCode"], r["QuadClass"], r["GoldsteinScale"]) for r in urged] == [("020", "1", "3.0")]


def test_negated_hypothetical_and_future_events_are_left_out_unless_asked_for(store: Store) -> None:
    real = gdelt_events(store)
    assert not any(r["EventCode"] == "055" for r in real)  # "didn't apologize" is no apology
    everything = gdelt_events(store, include_unreal=True)
    assert any(r["EventCode"] == "055" and r["Actor1CountryCode"] == "ISR" for r in everything)
    assert any(r["Actor1CountryCode"] == "IRN" and r["Actor2CountryCode"] == "IRQ" for r in everything)
    assert not any(r["Actor1CountryCode"] == "IRN" and r["Actor2CountryCode"] == "IRQ" for r in real)
    # they stay in the store and its JSON export
    handle = io.StringIO()
    export(store, "jsonl", "events", None, handle)
    stored = [json.loads(line) for line in handle.getvalue().splitlines()]
    assert any(e["negated"] and e["cameo_code"] == "055" for e in stored)
    assert len(stored) == len(everything)


def test_capitalised_function_words_and_codes_are_no_countries(store: Store) -> None:
    from saywho.actors.countries import country_code
    from saywho.actors.dictionary import code_of

    words = ["And", "My", "As", "In", "It", "No", "Mr", "Can", "Per", "Us", "Be", "Is", "To", "Or", "Me"]
    assert [country_code(w) for w in words] == [None] * len(words)
    assert [code_of(w) for w in words] == [None] * len(words)
    assert [country_code(w) for w in ("US", "U.S.", "UK", "Chad", "Peru", "Canada", "Andorra", "Malaysia")] == \
        ["USA", "USA", "GBR", "TCD", "PER", "CAN", "AND", "MYS"]
    codes = {a.country for a in store.article("mundane").actors}
    assert not codes & {"AND", "MYS", "ASM", "IND", "ITA", "NOR", "MRT", "CAN", "PER"}


# -- GKG 2.1 ------------------------------------------------------------------------------

def gkg(store: Store) -> list[dict[str, str]]:
    handle = io.StringIO()
    export(store, "gdelt", "attributions", None, handle)
    return read_tsv(handle.getvalue(), GKG_COLUMNS)


def check_gkg_row(row: dict[str, str]) -> list[tuple[int, int, str, str]]:
    """GKG 2.1's record id, date, collection and quotation formats; returns the parsed quotations."""
    assert re.fullmatch(r"\d{14}-T?\d+", row["GKGRECORDID"])
    assert row["GKGRECORDID"].split("-")[0] == row["V2.1DATE"]
    assert int(row["V2SOURCECOLLECTIONIDENTIFIER"]) in range(1, 7)
    if row["V2SOURCECOLLECTIONIDENTIFIER"] == "1":
        assert re.match(r"https?://", row["V2DOCUMENTIDENTIFIER"])
    for field, parts in (("V1LOCATIONS", 7), ("V2ENHANCEDLOCATIONS", 9)):
        for entry in filter(None, row[field].split(";")):
            fields = entry.split("#")
            assert len(fields) == parts and fields[0] in "12345", (field, entry)
            assert re.fullmatch(TYPES["FLOAT"], fields[-3 if parts == 7 else -4]), entry  # latitude
    for field in ("V2ENHANCEDPERSONS", "V2ENHANCEDORGANIZATIONS"):
        for entry in filter(None, row[field].split(";")):
            name, offset = entry.rsplit(",", 1)
            assert name and int(offset) >= 0
    quotes = []
    for block in filter(None, row["V2.1QUOTATIONS"].split("#")):
        offset, length, verb, quote = block.split("|")
        assert int(offset) >= 0 and int(length) > 0
        quotes.append((int(offset), int(length), verb, quote))
    return quotes


def test_gdelts_own_gkg_rows_pass_the_checks() -> None:
    names = [n for n, _ in columns("gkg2-columns.csv")]
    rows = read_tsv((DATA / "gkg2-sample.tsv").read_text(encoding="utf-8"), names)
    renamed = [dict(zip(GKG_COLUMNS, r.values(), strict=True)) for r in rows]
    assert sum(len(check_gkg_row(r)) for r in renamed) >= 4


def test_gkg_21_export_has_27_columns_and_direct_quotations_only(store: Store) -> None:
    rows = gkg(store)
    assert len(rows) == 3  # one record per article, as GDELT writes one per document
    assert len({r["GKGRECORDID"] for r in rows}) == 3
    seed = next(r for r in rows if r["V2DOCUMENTIDENTIFIER"].startswith("https://example.org/seed"))
    assert seed["V2SOURCECOMMONNAME"] == "example.org"
    quotes = check_gkg_row(seed)
    text = store.article("seed").text
    for offset, length, _, quote in quotes:
        assert text[offset:offset + length] == quote
        assert text[offset - 1] in "“\"" and text[offset + length] in "”\""  # the quoted words, nothing else
    assert ("warning", "legitimate targets,") in {(v, q) for _, _, v, q in quotes}
    # the resolved speakers are the record's persons and organisations, with where they are named
    assert {"vladimir putin", "dmitry peskov", "donald trump"} <= set(seed["V1PERSONS"].split(";"))
    mentions = [e.rsplit(",", 1) for e in seed["V2ENHANCEDPERSONS"].split(";")]
    assert len(mentions) == len({tuple(m) for m in mentions})
    assert any(name == "Vladimir Putin" and text[int(offset):int(offset) + 5] == "Putin" for name, offset in mentions)
    world = next(r for r in rows if r["V2DOCUMENTIDENTIFIER"].endswith("/world"))
    check_gkg_row(world)
    assert "4#Basrah, Basra Governorate, Iraq#IZ#IZ02#" in world["V1LOCATIONS"]
    assert "1#India#IN#IN#20.0#77.0#IN" in world["V1LOCATIONS"].split(";")
    # indirect speech is never a quotation: no indirect statement's content overlaps a listed quote
    for attribution in store.article("seed").attributions:
        if attribution.kind == "indirect":
            for span in attribution.content:
                assert not any(o < span.end and span.start < o + n for o, n, _, _ in quotes), span.text


# -- PLOVER --------------------------------------------------------------------------------

def plover_records(store: Store) -> list[dict]:
    handle = io.StringIO()
    export(store, "plover", "events", None, handle)
    return [json.loads(line) for line in handle.getvalue().splitlines()]


def test_plover_export_has_the_manuals_record_fields(store: Store) -> None:
    records = plover_records(store)
    assert records
    manual = plover_format.manual()
    for item in records:
        assert {"id", "date", "actor", "recipient", "event", "mode", "context", "quad_code", "text", "event_text",
                "cite_info"} <= set(item)
        (category,) = item["event"]
        assert set(item["mode"]) <= set(manual["modes"][category]), item
        assert set(item["context"]) <= set(manual["contexts"])
        assert item["quad_code"] == manual["quad"][category]
        assert item["event_text"][0] in item["text"]
    un = next(r for r in records if r["actor"] and r["actor"][0]["identifier_text"] == "United Nations")
    assert (un["actor"][0]["code"], un["recipient"][0]["code"], un["mode"]) == ("UNO", "ISR", ["disapprove"])
    eu = next(r for r in records if r["actor"] and r["actor"][0]["identifier_text"] == "European Union")
    assert eu["actor"][0]["code"] == "EUR"  # PLOVER's EUR is the EU
    europe = next(r for r in records if r["actor"] and r["actor"][0]["identifier_text"] == "European countries")
    assert europe["actor"][0]["code"] is None  # a region is no PLOVER country
    assert not any(r["cameo_code"] == "055" for r in records)
    arrest = next(r for r in records if r["cameo_code"] == "173")
    assert (arrest["mode"], arrest["context"], arrest["quad_code"]) == (["arrest"], ["legal"], 4)
    assert arrest["event_loc"]["resolved_place"].endswith("Iraq") and arrest["event_loc"]["geonameid"] == 99532
    india = next(r for r in records if r["cameo_code"] == "190")["event_loc"]
    assert (india["resolution"], india["country_code"], india["geonameid"]) == (1, "IND", 1269750)


def test_plover_modes_and_quads_are_the_manuals() -> None:
    # modes the coder names differently, and contexts that are no modes
    assert plover_format.manual_mode("PROTEST", "strike-gen", "143") == "strike"
    assert plover_format.manual_mode("CONSULT", "meet", "040") is None
    assert plover_format.manual_mode("AID", "economic", "071") is None
    assert plover_format.contexts("AID", "economic", "071") == ["economic"]
    assert plover_format.manual_mode("ASSAULT", "occupy", "192") is None
    assert plover_format.manual_mode("COERCE", "confiscate", "1711") == "seize"
    assert plover_format.manual_mode("ASSAULT", "firearms", "193") == "firearms"
    assert plover_format.quad("CONCEDE") == 1 and plover_format.quad("PROTEST") == 4
    # every CAMEO code the coder can give has a PLOVER row or a root heading in CAMEO2PLOVER
    assert plover_format.cameo_table()["057"] == ("SUPPORT", None, ("diplomatic",))


def test_the_shipped_mode_tables_are_the_manuals() -> None:
    if not MANUAL.exists():
        pytest.skip(f"PLOVER manual not found at {MANUAL} (it lives in ../shared/data, outside the project)")
    tex = MANUAL.read_text(encoding="utf-8")
    manual = plover_format.manual()
    for category, modes in manual["modes"].items():
        section = tex[tex.index(f"\\section{{{category}}}"):]
        section = section[:section.index("Quad category")]
        listed = re.findall(r"^\s*([a-z][a-z-]*)\s*&", section, flags=re.MULTILINE)
        assert sorted(set(listed) - {"name"}) == sorted(modes), category
        quad = re.search(r"Quad category: (\w+) (\w+)", tex[tex.index(f"\\section{{{category}}}"):]).groups()
        assert manual["quad"][category] == {("VERBAL", "COOPERATION"): 1, ("MATERIAL", "COOPERATION"): 2,
                                            ("VERBAL", "CONFLICT"): 3, ("MATERIAL", "CONFLICT"): 4}[quad]


def test_cli_export_plover_and_include_unreal(store: Store, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from saywho.cli import app

    runner = CliRunner()
    out = tmp_path / "events.jsonl"
    result = runner.invoke(app, ["export", "--format", "plover", "--db", store.url, "--out", str(out)])
    assert result.exit_code == 0, result.output
    plain = out.read_text(encoding="utf-8").splitlines()
    result = runner.invoke(app, ["export", "--format", "plover", "--include-unreal", "--db", store.url, "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert len(out.read_text(encoding="utf-8").splitlines()) > len(plain)
