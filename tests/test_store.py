"""The store on real databases: SQLite files and a real PostgreSQL server."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect

from saywho.ingest import make_article
from saywho.model import IngestError
from saywho.pipeline import process
from saywho.store import Store


@pytest.fixture(scope="module")
def seed_article(nlp, seed_text):
    (article,) = process([make_article(seed_text, "seed", id="seed", url="https://example.org/seed")], nlp=nlp)
    return article


def _roundtrip(url: str, article) -> Store:
    store = Store(url)
    first = store.save(article)
    again = store.save(article)
    assert first.added and not again.added
    loaded = store.article(first.article_id)
    assert loaded is not None
    assert loaded.text == article.text
    assert [a.to_dict() for a in loaded.attributions] == [a.to_dict() for a in article.attributions]
    return store


def test_sqlite_roundtrip_and_idempotent(sqlite_url, seed_article):
    store = _roundtrip(sqlite_url, seed_article)
    assert len(store.articles()) == 1
    putin = store.statements(speaker="Putin")
    assert {row["cue"]["text"] for row in putin} == {"warning", "said"}
    about = store.statements(about="legitimate targets")
    assert [row["speaker"] for row in about] == ["Vladimir Putin"]
    actor = store.actor("putin")
    assert actor is not None and actor.country == "RUS"


def test_same_text_under_another_id_is_not_stored_twice(sqlite_url, nlp):
    store = Store(sqlite_url)
    text = "The mayor said the bridge would reopen."
    (one,) = process([make_article(text, "a", id="a")], nlp=nlp)
    (two,) = process([make_article(text, "b", id="b")], nlp=nlp)
    assert store.save(one).added
    result = store.save(two)
    assert not result.added and result.article_id == "a"


def test_same_id_different_text_keeps_both(sqlite_url, nlp):
    store = Store(sqlite_url)
    first, second = process([make_article("The mayor said yes.", "x", id="index"),
                             make_article("The mayor said no.", "y", id="index")], nlp=nlp)
    assert store.save(first).article_id == "index"
    assert store.save(second).article_id == "index-2"


def test_errors_table_and_migrations(sqlite_url):
    store = Store(sqlite_url)
    store.record_error(IngestError("bad.txt", "empty input"))
    assert [(e["origin"], e["problem"]) for e in store.errors()] == [("bad.txt", "empty input")]
    tables = set(inspect(store.engine).get_table_names())
    assert {"articles", "attributions", "events", "actors", "comments", "reviews", "alembic_version"} <= tables


def test_delete_article(sqlite_url, seed_article):
    store = Store(sqlite_url)
    article_id = store.save(seed_article).article_id
    assert store.delete_article(article_id)
    assert store.article(article_id) is None
    assert store.statements() == []


@pytest.mark.postgres
def test_postgresql_roundtrip(fresh_postgres, seed_article):
    store = _roundtrip(fresh_postgres(), seed_article)
    assert store.dialect == "postgresql"
    assert [row["speaker"] for row in store.statements(about="legitimate targets")] == ["Vladimir Putin"]
    store.delete_article(seed_article.id)


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_upgrading_a_store_keeps_events_stored_before_event_codes_and_places(backend, request):
    """A database made at revision 0002 (before CAMEO event codes and places) upgrades in place: old events
    read back with no code or place, and newly saved events carry both."""
    from datetime import UTC, datetime

    from sqlalchemy import text

    from saywho.store import _engine, migrate

    url = request.getfixturevalue("sqlite_url" if backend == "sqlite" else "postgres_url")
    engine = _engine(url)
    migrate(engine, "0002")
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO articles (id, text, text_hash, chrome, ingested_at) "
                          "VALUES ('old', 'Serbia lifted a curfew.', 'h-old', '[]', :at)"), {"at": datetime.now(UTC)})
        conn.execute(text("INSERT INTO events (article_id, local_id, category, evidence, cameo, negated, hypothetical, "
                          "future, confidence) VALUES ('old', 'E1', 'CONCEDE', :ev, '08', false, false, false, 0.8)"),
                     {"ev": '{"start": 7, "end": 13, "text": "lifted"}'})
    engine.dispose()
    store = Store(url)
    (old,) = store.article("old").events
    assert (old.category, old.cameo, old.cameo_code, old.place) == ("CONCEDE", "08", None, None)
    (article,) = process([make_article("Iraqi police arrested 40 protesters in Basra on Monday.", "new", id="new")])
    store.save(article)
    (new,) = store.article("new").events
    assert new.cameo_code == "173" and new.place is not None and new.place.country == "IRQ"
    store.delete_article("old")
    store.delete_article("new")


def _actor_table_reads(store: Store) -> list[str]:
    """Every statement that reads the whole actors table, as the database receives it."""
    from sqlalchemy import event

    reads: list[str] = []

    def seen(conn, cursor, statement, parameters, context, executemany) -> None:  # noqa: ANN001
        flat = " ".join(statement.split()).lower()
        if "from actors" in flat and "where" not in flat and "count(" not in flat:
            reads.append(flat)
    event.listen(store.engine, "before_cursor_execute", seen)
    return reads


def test_a_batch_reads_the_stored_actors_once_and_still_links_them(sqlite_url, nlp):
    store = Store(sqlite_url)
    reads = _actor_table_reads(store)
    texts = ["Russian President Vladimir Putin said the talks would go on.",
             "Putin said on Monday that he would meet the envoy.",
             "Putin told reporters the force was unacceptable."]
    articles = process([make_article(t, f"p{n}", id=f"p{n}") for n, t in enumerate(texts)], nlp=nlp)
    for article in articles:
        store.save(article)
    assert len(reads) == 1
    speakers = {a.speaker.id for n in range(3) for a in store.article(f"p{n}").attributions if a.speaker}
    assert speakers == {"vladimir-putin"}


def test_actors_another_writer_stored_are_seen_by_the_next_save(sqlite_url, nlp):
    first, second = Store(sqlite_url), Store(sqlite_url)
    (warm,) = process([make_article("Kenya's president said the vote was fair.", "w", id="w")], nlp=nlp)
    second.save(warm)  # the second store has read the actors table before the first one writes
    (named,) = process([make_article("Opposition leader Raila Odinga said the vote was rigged.", "a", id="a")], nlp=nlp)
    first.save(named)
    (later,) = process([make_article("Odinga said he would go to court.", "b", id="b")], nlp=nlp)
    second.save(later)
    (statement,) = second.article("b").attributions
    assert statement.speaker is not None and statement.speaker.id == "raila-odinga"


def test_an_imported_dictionary_is_used_by_the_next_save(sqlite_url, nlp, tmp_path):
    from saywho.actors.canonical import import_dictionary

    store = Store(sqlite_url)
    # the commission is stored first under its name only; the import then gives it an alias, adding no row
    (warm,) = process([make_article("The Kenya Human Rights Commission said the vote was fair.", "w", id="w")], nlp=nlp)
    store.save(warm)
    path = tmp_path / "mine.csv"
    path.write_text("name,aliases,country,sector,type,title\nKenya Human Rights Commission,KHRC,KEN,NGO,organisation,\n")
    import_dictionary(store, path)
    (article,) = process([make_article("The KHRC said the vote was rigged.", "k", id="k")], nlp=nlp)
    store.save(article)
    (statement,) = store.article("k").attributions
    assert statement.speaker is not None and statement.speaker.id == "kenya-human-rights-commission"
