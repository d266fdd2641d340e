"""Whom "he", "she" or "the president" refers to: the rules' choice, overruled by a learned ranker.

The rules (:meth:`saywho.attribution.resolve.Resolver._pronoun`) take the nearest compatible person before the
pronoun, a subject of the same sentence first. On PolNeAR's train articles, whose speakers the rules were
never tuned on, that is right for about two thirds of pronoun sources: news writing keeps "he" on the
story's protagonist across sentences that name others, quotes name people who are not speaking, and a
person who has just spoken is likelier to speak again. This ranker scores every person (or unnamed single
speaker) named before the pronoun from where and how they were named — recency and subject ranks, sentence
distance, whether they spoke already, whether their mentions are all inside quotations, gender agreement,
how often the article names them, whether they open the article — and keeps the rules' choice unless
another option beats it by a margin. A definite singular description ("the president", "the company", "the
former ambassador") is a choice of the same kind between the description itself as a new speaker and
everyone named before it, scored from how its head fits them (a title, a role, an organisation noun), the
head word itself and the same recency features (:func:`description_features`). It is trained on the
resolved-speaker gold of PolNeAR articles by ``saywho train speakers``
(:mod:`saywho.attribution.antecedent_training`); inference is a sum of weights.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from saywho.doctext import text_of
from saywho.ranking import Ranker, from_environment, hashed

HASH_BITS = 16
MODEL_DIR = Path(__file__).parents[1] / "models" / "speakers-antecedents"
LEAD_SENTENCES = 3  # a person named this early is the article's subject


@dataclass
class Option:
    """One person (or unnamed single speaker) a pronoun may refer to, and how the text named them before it:
    character offsets of the last mention outside quotations (else inside), the last as a subject or as a
    source that spoke, and counts."""

    cluster: Any  # saywho.attribution.mentions.Cluster
    last: int
    last_subject: int = -1
    last_said: int = -1
    last_main: int = -1  # the last mention as the subject of its sentence's main verb
    quoted: bool = False  # every mention before the pronoun is inside a quotation
    mentions: int = 0
    first: int = -1
    rule: bool = False  # the rules' own choice
    own: bool = False  # a description's own reading: the phrase itself as a new nominal speaker
    last_asked: int = -1  # the last mention as the one asked ("Conroy asked Sanders whether …"): who answers


class Sentences:
    """Sentence numbers by character offset, and the text (``Doc.text`` joins every token on each access)."""

    def __init__(self, doc: Any) -> None:
        self.starts = [s.start_char for s in doc.sents]
        self.text = text_of(doc)

    def of(self, at: int) -> int:
        return max(0, bisect_right(self.starts, at) - 1)


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    for edge in edges:
        if n <= edge:
            return str(edge)
    return f">{edges[-1]}"


def _ranks(options: list[Option], key: str) -> list[int | None]:
    """Each option's rank (0: the latest) by one of its positions; None when it has none."""
    placed = sorted((getattr(o, key), n) for n, o in enumerate(options) if getattr(o, key) >= 0)
    ranks: list[int | None] = [None] * len(options)
    for rank, (_, n) in enumerate(reversed(placed)):
        ranks[n] = rank
    return ranks


def features(pronoun: Any, options: list[Option], sentences: Sentences, in_quote: bool) -> list[list[str]]:
    """Feature names of every option of one pronoun."""
    from saywho.attribution.mentions import PRONOUN_GENDER

    word = pronoun.lower_
    gender = PRONOUN_GENDER.get(word)
    here = sentences.of(pronoun.idx)
    recency, subjects, speakers = _ranks(options, "last"), _ranks(options, "last_subject"), _ranks(options, "last_said")
    mains = _ranks(options, "last_main")
    # the same ranks among the options the pronoun can mean at all: of a fitting gender, named outside quotations
    fit = [o for o in options if o.cluster.gender in (None, gender) and not o.quoted]
    fit_recency = dict(zip(map(id, fit), _ranks(fit, "last"), strict=True))
    fit_subjects = dict(zip(map(id, fit), _ranks(fit, "last_subject"), strict=True))
    paragraph = sentences.text.rfind("\n", 0, pronoun.idx)
    result = []
    for option, rr, rs, rsaid, rm in zip(options, recency, subjects, speakers, mains, strict=True):
        cluster = option.cluster
        agree = "unknown" if cluster.gender is None else "agree" if cluster.gender == gender else "clash"
        fr = fit_recency.get(id(option), "unfit")
        frs = fit_subjects.get(id(option), "unfit")
        fr_ = fr if not isinstance(fr, int) else _bucket(fr, (0, 1, 2))
        frs_ = "none" if frs is None else frs if not isinstance(frs, int) else _bucket(frs, (0, 1, 2))
        same_paragraph = option.last > paragraph
        rm_ = "none" if rm is None else _bucket(rm, (0, 1, 2))
        main = "none" if option.last_main < 0 else _bucket(here - sentences.of(option.last_main), (0, 1, 2, 4))
        rr_ = _bucket(rr or 0, (0, 1, 2, 3))
        rs_ = "none" if rs is None else _bucket(rs, (0, 1, 2))
        rsaid_ = "none" if rsaid is None else _bucket(rsaid, (0, 1, 2))
        distance = _bucket(here - sentences.of(option.last), (0, 1, 2, 3, 5, 8))
        subject = "none" if option.last_subject < 0 else _bucket(here - sentences.of(option.last_subject), (0, 1, 2, 4, 8))
        said = "none" if option.last_said < 0 else _bucket(here - sentences.of(option.last_said), (0, 1, 3, 8))
        lead = sentences.of(option.first) < LEAD_SENTENCES
        many = _bucket(option.mentions, (1, 2, 4, 8))
        q = f"pq={in_quote}"
        asked = "none" if option.last_asked < 0 else _bucket(here - sentences.of(option.last_asked), (0, 1, 2))
        names = [
            f"g={agree}", f"t={cluster.type}", f"rule={option.rule}", f"rr={rr_}", f"rs={rs_}", f"rsaid={rsaid_}",
            f"sd={distance}", f"ssd={subject}", f"said={said}", f"quoted={option.quoted}", f"lead={lead}",
            f"n={many}", f"rule={option.rule}|rr={rr_}", f"rule={option.rule}|rs={rs_}", f"g={agree}|rr={rr_}",
            f"{q}|rsaid={rsaid_}", f"{q}|rr={rr_}", f"{q}|quoted={option.quoted}", f"w={word}|rs={rs_}",
            f"t={cluster.type}|rr={rr_}", f"lead={lead}|n={many}", f"rs={rs_}|rsaid={rsaid_}",
            f"sd={distance}|ssd={subject}", f"g={agree}|rule={option.rule}", f"fr={fr_}", f"frs={frs_}",
            f"fr={fr_}|frs={frs_}", f"rule={option.rule}|fr={fr_}", f"para={same_paragraph}", f"para={same_paragraph}|fr={fr_}",
            f"{q}|fr={fr_}", f"fr={fr_}|rsaid={rsaid_}", f"n_options={_bucket(len(options), (1, 2, 4, 8))}|fr={fr_}",
            f"rm={rm_}", f"msd={main}", f"rm={rm_}|fr={fr_}", f"rm={rm_}|rsaid={rsaid_}", f"msd={main}|g={agree}",
            f"asked={asked}", f"asked={asked}|fr={fr_}",
        ]
        result.append(names)
    return result


HEAD_CLASSES = ("organisation", "title", "described", "person", "document")


def head_class(root: Any) -> str:
    from saywho.attribution import acts
    from saywho.attribution.referents import ORG_NOUNS
    from saywho.attribution.resolve import DESCRIBED_PERSON, ISSUED_DOCUMENTS
    from saywho.attribution.speakers import GENERIC_HEADS, TITLE_WORDS

    lemma, word = root.lemma_.lower(), root.lower_
    for name, words in zip(HEAD_CLASSES, (ORG_NOUNS, TITLE_WORDS | GENERIC_HEADS, DESCRIBED_PERSON, acts.PERSON_NOUNS,
                                          ISSUED_DOCUMENTS | acts.DOCUMENT_NOUNS), strict=True):
        if lemma in words or word in words:
            return name
    return "other"


def description_features(phrase: Any, options: list[Option], sentences: Sentences, fits: dict[int, str]
                         ) -> list[list[str]]:
    """Feature names of every option of one definite description ("the president", "the company"): the
    description itself as a new speaker, or someone named before it. ``fits``: how the head fits each option
    (by ``id``): a title, a role, an organisation noun."""
    root = phrase.root
    lemma = root.lemma_.lower()
    head = head_class(root)
    here = sentences.of(phrase.start_char)
    named = any((t.pos_ == "PROPN" or t.ent_type_ in ("NORP", "GPE")) and t.i != root.i for t in phrase)
    attached = any(c.dep_ in ("prep", "relcl", "acl") for c in root.children)
    kinds = {id(o): ("own" if o.own else o.cluster.type) for o in options}
    ranks: dict[tuple[int, str], int | None] = {}  # (option, position) -> rank among the options of its kind
    for kind in set(kinds.values()) - {"own"}:
        same = [o for o in options if kinds[id(o)] == kind]
        for key in ("last", "last_subject", "last_said"):
            ranks.update(((id(o), key), r) for o, r in zip(same, _ranks(same, key), strict=True))
    result = []
    for option in options:
        kind = kinds[id(option)]
        rank, srank, said = (ranks.get((id(option), key)) for key in ("last", "last_subject", "last_said"))
        fit = fits.get(id(option), "none")
        names = [f"d|k={kind}", f"d|k={kind}|h={head}", f"d|k={kind}|l={lemma}", f"d|rule={option.rule}",
                 f"d|rule={option.rule}|k={kind}", f"d|fit={fit}|k={kind}", f"d|fit={fit}|h={head}"]
        if option.own:
            names += [f"d|own|named={named}", f"d|own|attached={attached}", f"d|own|h={head}|named={named}"]
        else:
            rr = "none" if rank is None else _bucket(rank, (0, 1, 2))
            rs = "none" if srank is None else _bucket(srank, (0, 1, 2))
            rsaid = "none" if said is None else _bucket(said, (0, 1))
            distance = "none" if option.last < 0 else _bucket(here - sentences.of(option.last), (0, 1, 2, 4, 8))
            lead = option.first >= 0 and sentences.of(option.first) < LEAD_SENTENCES
            names += [f"d|k={kind}|rr={rr}", f"d|k={kind}|rs={rs}", f"d|k={kind}|rsaid={rsaid}",
                      f"d|k={kind}|sd={distance}", f"d|k={kind}|lead={lead}", f"d|quoted={option.quoted}",
                      f"d|h={head}|rr={rr}", f"d|fit={fit}|rr={rr}", f"d|named={named}|k={kind}",
                      f"d|n={_bucket(option.mentions, (1, 2, 4, 8))}|k={kind}"]
        result.append(names)
    return result


class AntecedentModel(Ranker):
    """The ranker's weights; :meth:`choose` returns the index of the option to keep."""

    BITS, FOLDER, COMMAND = HASH_BITS, MODEL_DIR, "saywho train speakers"

    def choose(self, columns: list[list[int]], kept: int) -> int:
        return self.pick([self.score(c) for c in columns], kept)



def columns(names: list[list[str]]) -> list[list[int]]:
    return [hashed(n, HASH_BITS) for n in names]


@lru_cache(maxsize=1)
def shipped() -> AntecedentModel | None:
    """The ranker in the package (the default), or None when none was trained. ``SAYWHO_SPEAKER_MODEL``
    names another folder (a candidate being measured), or ``none`` for the rules alone."""
    return from_environment("SAYWHO_SPEAKER_MODEL", MODEL_DIR, AntecedentModel.load)
