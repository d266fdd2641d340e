"""The attribution rules on real sentences, one hard case per test."""

from __future__ import annotations

from saywho.ingest import make_article
from saywho.pipeline import load_english, process


def extract(nlp, text: str):
    (article,) = process([make_article(text, "test", id="t")], nlp=nlp)
    return article.attributions


def contents(items) -> list[str]:
    return [" ".join(s.text for s in item.content) for item in items]


def test_said_that(nlp):
    (item,) = extract(nlp, "The minister said that the bridge would reopen in May.")
    assert item.cue.text == "said"
    assert item.source.text == "The minister"
    assert contents([item]) == ["that the bridge would reopen in May"]
    assert item.kind == "indirect"


def test_parenthetical_direct_quote(nlp):
    (item,) = extract(nlp, "“We will not back down,” the mayor said on Tuesday.")
    assert item.source.text == "the mayor"
    assert item.kind == "direct"
    assert "We will not back down" in contents([item])[0]


def test_trailing_reporting_clause(nlp):
    items = extract(nlp, "Prices will keep rising next year, the central bank said.")
    assert len(items) == 1
    assert items[0].source.text == "the central bank"
    assert contents(items)[0].startswith("Prices will keep rising")


def test_multi_sentence_quote(nlp):
    text = "“We tried everything. Nothing worked. We are leaving,” said Anna Berg, a local farmer."
    (item,) = extract(nlp, text)
    assert "We tried everything" in contents([item])[0]
    assert item.speaker is not None and item.speaker.name == "Anna Berg"


def test_continuation_paragraph_without_closing_mark(nlp):
    text = (
        "Senator Maria Lopez spoke for an hour.\n\n"
        "“This bill is a disgrace,” Lopez said. “It punishes the poor.\n\n"
        "“And it will not pass while I am here.”"
    )
    items = extract(nlp, text)
    assert len(items) == 1
    joined = contents(items)[0]
    assert "It punishes the poor" in joined and "it will not pass" in joined
    assert items[0].speaker.name == "Maria Lopez"


def test_according_to(nlp):
    (item,) = extract(nlp, "According to the health ministry, 40 people were injured in the blast.")
    assert item.cue.text == "According to"
    assert item.source.text == "the health ministry"
    assert contents([item]) == ["40 people were injured in the blast"]


def test_mixed_quote(nlp):
    (item,) = extract(nlp, "The general warned that the army was “ready for anything” if talks failed.")
    assert item.kind == "mixed"
    assert item.cue.text == "warned"


def test_participial_cue_takes_the_main_subject(nlp):
    items = extract(nlp, "Chancellor Olaf Scholz visited the plant, adding that jobs were safe.")
    (item,) = [i for i in items if i.cue.text == "adding"]
    assert item.speaker.name == "Olaf Scholz"
    assert contents([item]) == ["that jobs were safe"]


def test_coordinated_cues(nlp):
    items = extract(nlp, "Ms Ardern praised the rescuers but criticised the slow response of the insurers.")
    cues = {i.cue.text: i for i in items}
    assert set(cues) == {"praised", "criticised"}
    assert contents([cues["praised"]]) == ["the rescuers"]
    assert "the slow response of the insurers" in contents([cues["criticised"]])[0]
    assert cues["criticised"].source.text == "Ms Ardern"


def test_relative_cue(nlp):
    text = "The plan includes new taxes, which the governor said would be announced on Friday."
    (item,) = extract(nlp, text)
    assert item.source.text == "the governor"
    assert "would be announced on Friday" in contents([item])[0]


def test_cue_noun_with_possessor(nlp):
    (item,) = extract(nlp, "Diplomats doubted Peskov's claim that the talks had stalled.")
    assert item.cue.text == "claim"
    assert item.source.text == "Peskov's"  # PolNeAR marks the possessive with the name
    assert item.speaker.name.endswith("Peskov")
    assert contents([item]) == ["that the talks had stalled"]


def test_addressee_and_negation(nlp):
    (item,) = extract(nlp, "The coach did not tell reporters that he would resign.")
    assert item.addressee == "reporters"
    assert item.negated is True


def test_medium(nlp):
    (item,) = extract(nlp, "The company said in a statement that it had fixed the fault.")
    assert item.medium == "a statement"


def test_unbalanced_quotes_never_crash(nlp):
    text = "He said “this never ends and she said ” twice \" and « more."
    items = extract(nlp, text)
    assert isinstance(items, list)


def test_not_reported_speech(nlp):
    assert extract(nlp, "The proposed force would patrol the border from March.") == []
    assert extract(nlp, "Add Comment") == []


def test_component_in_a_users_own_pipeline():
    nlp = load_english()
    assert "saywho" not in nlp.pipe_names
    nlp.add_pipe("saywho")
    doc = nlp("“It is over,” the coach said.")
    assert len(doc._.saywho_attributions) == 1
    assert doc._.saywho_attributions[0].source.text == "the coach"


def test_cue_takes_in_auxiliaries_negation_and_adverbs(nlp):
    (item,) = extract(nlp, "The governor did not say whether the budget would be balanced.")
    assert item.cue.text == "did not say"
    (item,) = extract(nlp, "The senator also said that the bill would pass.")
    assert item.cue.text == "also said"


def test_cue_inside_a_quote_or_from_the_writer_is_not_a_statement(nlp):
    (item,) = extract(nlp, "“I think we can win this state,” the senator said.")
    assert item.cue.text == "said" and item.source.text == "the senator"
    assert extract(nlp, "I believe the vote was rigged.") == []


def test_call_with_a_label_or_a_demand(nlp):
    (item,) = extract(nlp, "The mayor called the plan a disgrace.")
    assert item.cue.text == "called"
    assert contents([item]) == ["the plan a disgrace"]
    (item,) = extract(nlp, "Union leaders called for a general strike.")
    assert item.cue.text == "called for"
    assert contents([item]) == ["a general strike"]
    assert extract(nlp, "The group called the meeting in a hurry.") == []


def test_colon_headline(nlp):
    text = "Bernie Sanders: Wall Street Is Rigging The Economy\n\nThe senator spoke in Ohio on Monday."
    (item,) = extract(nlp, text)
    assert item.source.text == "Bernie Sanders"
    assert item.cue.text == ":"
    assert contents([item]) == ["Wall Street Is Rigging The Economy"]
