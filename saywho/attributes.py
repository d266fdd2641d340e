"""spaCy's attribute ruler, its own patterns matched over the Doc's arrays.

The English model's ``attribute_ruler`` (tag to part of speech, morphology, pronoun lemmas: some 180 patterns) ran
its ``Matcher``, which tries every pattern at every token: 0.84 s of the fast mode's 10.8 s on 40 PolNeAR texts,
more than all of saywho's speaker step. The same patterns compiled to numpy comparisons over ``Doc.to_array`` find
the same matches in a twentieth of the time, and the attributes are set as spaCy sets them (``set_token_attrs``, in
the ruler's order, later rules winning), so every tag, part of speech, morphology and lemma is the one spaCy's ruler
gives (tests/test_attributes.py compares them on real texts). A pattern this cannot compile (an operator, an
extension attribute, a predicate other than equality, IN, NOT_IN and REGEX) leaves the ruler as spaCy's, whole.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from spacy.attrs import IDS
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.pipeline.attributeruler import set_token_attrs
from spacy.tokens import Doc

Mask = Callable[[np.ndarray], np.ndarray]
# Attributes whose array value is the hash (or symbol) of their text, as the Matcher compares them; MORPH, ENT_IOB
# and the sentence starts the Matcher treats apart, so they are left to it.
TEXTUAL = frozenset(["ORTH", "LOWER", "NORM", "LEMMA", "TAG", "POS", "DEP", "ENT_TYPE", "SHAPE", "PREFIX", "SUFFIX"])


class Uncompilable(ValueError):
    """A pattern outside the plain subset: equality, IN, NOT_IN and REGEX on the attributes below, no operators."""


@dataclass(frozen=True)
class Rule:
    """One of the ruler's entries: its patterns as masks over the token rows, the token each match sets, the
    attributes it sets."""

    patterns: tuple[tuple[Mask, ...], ...]
    index: int
    attrs: dict


class CompiledAttributeRuler:
    """Sets what ``ruler`` sets, finding the matches with numpy."""

    def __init__(self, ruler: AttributeRuler) -> None:
        self.ruler = ruler
        self.columns: list[int] = []
        self.rules = [self._compile(ruler.matcher.get(str(i))[1], ruler.indices[i], ruler.attrs[i])
                      for i in range(len(ruler.attrs))]

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        rows = doc.to_array(self.columns)  # a copy: every rule matches the tags as they came, as the Matcher did
        if rows.ndim == 1:
            rows = rows.reshape(-1, 1)
        n = len(doc)
        for rule in self.rules:
            hits = np.zeros(n, dtype=bool)
            for tokens in rule.patterns:
                length = len(tokens)
                if length > n:
                    continue
                found = np.ones(n - length + 1, dtype=bool)
                for offset, mask in enumerate(tokens):
                    found &= mask(rows[offset:n - length + 1 + offset])
                starts = np.flatnonzero(found)
                if len(starts):
                    hits[starts + (rule.index % length)] = True
            for i in np.flatnonzero(hits):
                set_token_attrs(doc[int(i)], rule.attrs)
        return doc

    def _compile(self, patterns: list[list[dict]], index: int, attrs: dict) -> Rule:
        compiled = tuple(tuple(self._token(spec) for spec in pattern) for pattern in patterns)
        if any(not -len(pattern) <= index < len(pattern) for pattern in patterns):
            raise Uncompilable(f"index {index} outside one of its patterns")
        return Rule(compiled, index, attrs)

    def _token(self, spec: dict) -> Mask:
        tests = [self._test(key, value) for key, value in spec.items()]
        if not tests:  # {}: any token
            return lambda rows: np.ones(len(rows), dtype=bool)

        def mask(rows: np.ndarray) -> np.ndarray:
            out = tests[0](rows)
            for test in tests[1:]:
                out = out & test(rows)
            return out

        return mask

    def _test(self, key: str, value: object) -> Mask:
        name = "ORTH" if key.upper() == "TEXT" else key.upper()
        flag = name.startswith(("IS_", "LIKE_")) and name != "IS_SENT_START"
        if name not in IDS or not (name in TEXTUAL or flag) or isinstance(value, bool) != flag:
            raise Uncompilable(f"token attribute {key!r}: {value!r}")
        if IDS[name] not in self.columns:
            self.columns.append(IDS[name])
        column = self.columns.index(IDS[name])
        if isinstance(value, bool):
            wanted = int(value)
            return lambda rows: rows[:, column] == wanted
        if isinstance(value, str):
            wanted_hash = self.ruler.vocab.strings.add(value)
            return lambda rows: rows[:, column] == wanted_hash
        if isinstance(value, dict) and list(value) == ["REGEX"] and isinstance(value["REGEX"], str):
            return self._regex(column, re.compile(value["REGEX"]))
        if isinstance(value, dict) and set(value) <= {"IN", "NOT_IN"} and len(value) == 1:
            (op, values), = value.items()
            if not all(isinstance(v, str) for v in values):
                raise Uncompilable(f"{key} {op} with values that are not strings")
            hashes = np.array([self.ruler.vocab.strings.add(v) for v in values], dtype=np.uint64)
            inside = op == "IN"
            return lambda rows: np.isin(rows[:, column], hashes) == inside
        raise Uncompilable(f"{key}: {value!r}")

    def _regex(self, column: int, pattern: re.Pattern) -> Mask:
        """As the Matcher's REGEX: ``search`` in the attribute's text, each distinct value tested once."""
        strings = self.ruler.vocab.strings
        known: dict[int, bool] = {}

        def mask(rows: np.ndarray) -> np.ndarray:
            values = rows[:, column]
            distinct, where = np.unique(values, return_inverse=True)
            found = np.zeros(len(distinct), dtype=bool)
            for k, value in enumerate(distinct.tolist()):
                if value not in known:
                    known[value] = bool(pattern.search(strings[value])) if value in strings or not value else False
                found[k] = known[value]
            return found[where]

        return mask


def compile_ruler(nlp: Language, name: str = "attribute_ruler") -> None:
    """Replace the pipeline's attribute ruler by its compiled form, keeping its name and place."""
    ruler = nlp.get_pipe(name)
    try:
        compiled = CompiledAttributeRuler(ruler)
    except Uncompilable:
        return
    nlp.replace_pipe(name, "saywho_compiled_attributes", config={})
    nlp.get_pipe(name).take(compiled)


class CompiledAttributesPipe:
    """The pipeline's holder of a compiled ruler (spaCy's ``replace_pipe`` builds components from a factory)."""

    def __init__(self) -> None:
        self.compiled: CompiledAttributeRuler | None = None

    def take(self, compiled: CompiledAttributeRuler) -> None:
        self.compiled = compiled

    def __call__(self, doc: Doc) -> Doc:
        if self.compiled is None:
            raise RuntimeError("saywho_compiled_attributes holds no ruler: build it with attributes.compile_ruler")
        return self.compiled(doc)


@Language.factory("saywho_compiled_attributes")
def make_compiled_attributes(nlp: Language, name: str) -> CompiledAttributesPipe:
    return CompiledAttributesPipe()
