"""The spaCy component's results survive serialisation and worker processes, under namespaced extensions."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, DocBin

from saywho import pipeline
from saywho.ingest import make_article
from saywho.pipeline import process

SHORT = [
    "“It is over,” the coach said.",
    "The study found that sleep improves memory. The update appears to work only on newer phones.",
    "Peskov praised Trump's efforts but criticised the European plan, telling reporters it would fail.",
]


@pytest.fixture(scope="module")
def texts(seed_text) -> list[str]:
    return [seed_text, *SHORT]


@pytest.fixture(scope="module")
def docs(nlp, texts) -> list[Doc]:
    return list(nlp.pipe(texts))


def _results(doc: Doc) -> tuple[list, list, list]:
    return ([a.to_dict() for a in doc._.saywho_attributions], [e.to_dict() for e in doc._.saywho_events],
            [a.to_dict() for a in doc._.saywho_actors])


def test_the_doc_holds_plain_data(docs):
    seed = docs[0]
    assert len(seed._.saywho_attributions) == 16 and seed._.saywho_events
    plain = (str, int, float, bool, type(None))

    def check(value) -> None:
        if isinstance(value, dict):
            assert all(isinstance(k, str) for k in value)
            for item in value.values():
                check(item)
        elif isinstance(value, list):
            for item in value:
                check(item)
        else:
            assert isinstance(value, plain), type(value)

    check(seed._.saywho)


def test_docbin_round_trip(nlp, docs):
    data = DocBin(store_user_data=True, docs=docs).to_bytes()
    back = list(DocBin(store_user_data=True).from_bytes(data).get_docs(nlp.vocab))
    assert [_results(d) for d in back] == [_results(d) for d in docs]
    speakers = [a.speaker.name for a in back[0]._.saywho_attributions]
    assert speakers[0] == "Emmanuel Macron" and back[0]._.saywho_attributions[0].speaker.country == "FRA"


def test_doc_to_bytes_round_trip(nlp, docs):
    for doc in docs:
        back = Doc(nlp.vocab).from_bytes(doc.to_bytes())
        assert _results(back) == _results(doc)


def test_two_worker_processes_give_what_one_gives(nlp, texts, docs):
    together = list(nlp.pipe(texts, n_process=2, batch_size=1))
    assert [_results(d) for d in together] == [_results(d) for d in docs]


def test_objects_are_fresh_and_assigning_back_changes_them(nlp):
    doc = nlp("The mayor said that the bridge would reopen in May.")
    (item,) = doc._.saywho_attributions
    item.medium = "a radio interview"
    assert doc._.saywho_attributions[0].medium is None  # a copy: changing it leaves the Doc alone
    doc._.saywho_attributions = [item]
    assert doc._.saywho_attributions[0].medium == "a radio interview"


def test_a_doc_saywho_never_saw_reads_empty(nlp):
    doc = nlp.make_doc("Nothing parsed here.")
    assert doc._.saywho_attributions == [] and doc._.saywho_actors == [] and doc._.saywho_events == []


def test_names_taken_by_another_library_fail_loudly():
    Doc.remove_extension("saywho_actors")
    Doc.set_extension("saywho_actors", default=None)  # another library's extension under saywho's name
    try:
        with pytest.raises(RuntimeError, match="saywho_actors"):
            pipeline.register_extensions()
    finally:
        Doc.remove_extension("saywho_actors")
        Doc.set_extension("saywho_actors", getter=pipeline.get_actors, setter=pipeline.set_actors)
    pipeline.register_extensions()  # its own extensions: registering again is fine


def test_a_taken_data_name_fails_loudly():
    saved = Doc.get_extension("saywho")
    Doc.set_extension("saywho", getter=lambda doc: "someone else's", force=True)
    try:
        with pytest.raises(RuntimeError, match="saywho"):
            pipeline.register_extensions()
    finally:
        Doc.set_extension("saywho", default=saved[0], force=True)
    pipeline.register_extensions()


def test_another_librarys_actors_extension_does_not_shadow_saywho(nlp):
    """saywho claims only saywho-prefixed names: another library's doc._.actors lives beside them."""
    assert not Doc.has_extension("actors")
    Doc.set_extension("actors", default="theirs")
    try:
        doc = nlp("“We will rebuild,” the mayor said.")
        assert doc._.actors == "theirs"
        assert [a.source.text for a in doc._.saywho_attributions] == ["the mayor"]
    finally:
        Doc.remove_extension("actors")


def test_a_line_break_before_a_quote_ends_the_sentence(nlp):
    # the parser ran "“Done?”" on into the next paragraph's "“Done,” Trump said", and both became one statement
    text = "Kevin Wallace questioned Donald Trump.\n\nWallace asked Trump: “Done?”\n\n“Done,” Trump said.\n"
    doc = nlp(text)
    assert "“Done,” Trump said." in [s.text.strip() for s in doc.sents]
    (article,) = process([make_article(text, "t", id="t")], nlp=nlp)
    said = [a for a in article.attributions if a.cue is not None and a.cue.text == "said"]
    assert [(a.speaker.name, [c.text for c in a.content]) for a in said] == [("Donald Trump", ["“Done,”"])]
