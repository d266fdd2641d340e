"""The compiled attribute ruler sets what spaCy's own AttributeRuler sets, token for token."""

from __future__ import annotations

import pytest
from spacy.language import Language

from saywho import attributes
from saywho.attributes import CompiledAttributeRuler, CompiledAttributesPipe
from saywho.pipeline import load_english, load_nlp

# Written to reach the ruler's rarer patterns: its regular expressions ("ain't", "nothin'", "y'all"), two-token
# patterns ("ca n't", "gon na"), the dependency tests ("but" as an adverb), pronouns of every case, and saywho's own
# additions ("WHO said", "said" tagged a noun).
RARE = [
    "Y'all ain't seen nothin' yet, she told him, and they can't say we're gonna stop.",
    "WHO said on Friday that the outbreak was over. WHO WILL WIN? Nobody knows.",
    "“We will fight,” the 34-year-old wrote. He said himself that it was but a start; I'd go.",
    "Those who wanna leave should, but ours is theirs, and yours is mine. It's its own thing.",
]


def _attributes(nlp: Language, text: str) -> list[tuple[str, str, str, str, str]]:
    with nlp.select_pipes(disable=["ner"]):
        return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_) for t in nlp(text)]


@pytest.fixture(scope="module")
def spacy_ruled() -> Language:
    """The English pipeline with saywho's additions to the ruler, left as spaCy's AttributeRuler."""
    nlp = load_english()
    saywho_ruler = load_nlp("fast").get_pipe("attribute_ruler").compiled.ruler
    nlp.replace_pipe("attribute_ruler", "attribute_ruler")
    nlp.get_pipe("attribute_ruler").add_patterns(saywho_ruler.patterns)
    return nlp


def test_saywho_runs_the_compiled_ruler(nlp):
    assert isinstance(nlp.get_pipe("attribute_ruler"), CompiledAttributesPipe)
    assert nlp.pipe_names.index("attribute_ruler") == nlp.pipe_names.index("parser") + 1


@pytest.mark.parametrize("which", range(len(RARE) + 1))
def test_every_token_gets_what_spacys_ruler_gives(nlp, spacy_ruled, seed_text, which):
    text = seed_text if which == len(RARE) else RARE[which]
    compiled = _attributes(nlp, text)
    assert compiled == _attributes(spacy_ruled, text)
    assert len(compiled) > 10


def test_the_rare_patterns_do_fire(nlp):
    """Not vacuous: the texts above reach the patterns spaCy and saywho wrote for them."""
    found = {(text, tag, lemma) for text, tag, _, _, lemma in _attributes(nlp, " ".join(RARE))}
    assert {("ai", "VBP", "be"), ("nothin'", "NN", "nothing"), ("ca", "MD", "can"), ("WHO", "NNP", "WHO"),
            ("WHO", "WP", "who"), ("wrote", "VBD", "write")} <= found


def test_a_pattern_it_cannot_compile_leaves_spacys_ruler():
    nlp = load_english()
    nlp.get_pipe("attribute_ruler").add([[{"LOWER": "very", "OP": "+"}, {"LOWER": "good"}]], {"LEMMA": "good"}, index=-1)
    with pytest.raises(attributes.Uncompilable):
        CompiledAttributeRuler(nlp.get_pipe("attribute_ruler"))
    attributes.compile_ruler(nlp)
    assert type(nlp.get_pipe("attribute_ruler")).__name__ == "AttributeRuler"
