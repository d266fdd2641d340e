"""A learned check on the event coder: which words are events, and of which PLOVER category.

The rules in :mod:`saywho.events` were written against sentences someone read; on sentences nobody read
they find about half the events and nearly as many wrong ones (issue 9). This model, trained on labelled
news sentences (``gold/events``, ``saywho train events``), decides for each candidate word — every verb and
noun the rules coded, and every word whose lemma the PETRARCH2 verb dictionary or the training data knows as
an event word — whether it is an event and which category. The parse still gives source and target.

Features are spaCy's own context vectors (``doc.tensor``, computed anyway) and hashed lexical features
(lemma, dependents, the CAMEO codes PETRARCH2 gives the verb, the rules' reading), so the fast mode stays
fast: scoring is a sparse dot product, no second encoder.
"""

from __future__ import annotations

import json
import os
import re
import zlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
from spacy.tokens import Token

NONE = "NONE"
CATEGORIES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
              "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
CLASSES = (NONE, *CATEGORIES)
CANDIDATE_POS = ("VERB", "NOUN", "ADJ")
HASH_BITS = 20
MODEL_DIR = Path(__file__).parents[1] / "models" / "events"
VERB_DICTIONARY = Path(__file__).parents[1] / "data" / "petrarch" / "CAMEO.2.0.txt"
_CHILD_DEPS = ("dobj", "nsubj", "nsubjpass", "xcomp", "ccomp", "neg", "aux", "auxpass", "agent", "attr",
               "acomp", "prt", "advmod", "dative", "pobj", "amod", "compound", "poss")


@lru_cache(maxsize=1)
def verb_roots() -> dict[str, tuple[str, frozenset[str]]]:
    """PETRARCH2's verb dictionary as lemma → (the block's CAMEO root, the roots its patterns give).

    A block starts ``---  ACCUSE   [112]  ---``; the lines under it are the verb's forms and then patterns
    ``- * OF CORRUPTION  [1121]``. Only the roots are kept: the model learns which applies.
    """
    table: dict[str, tuple[str, set[str]]] = {}
    words: list[tuple[str, str]] = []  # (word, its own code or the block's)
    default = ""
    patterns: set[str] = set()

    def flush() -> None:
        for word, code in words:
            table.setdefault(word, (code, set()))[1].update(patterns)

    if not VERB_DICTIONARY.exists():
        return {}
    for line in VERB_DICTIONARY.read_text(encoding="utf-8", errors="replace").splitlines():
        line = line.split("#", 1)[0].rstrip()
        block = re.match(r"^---\s+(\S+)\s+\[([^\]]*)\]\s+---", line)
        if block:
            flush()
            default = block.group(2).strip()[:2] if block.group(2).strip()[:2].isdigit() else ""
            words, patterns = [(block.group(1).lower(), default)], set()
        elif line.startswith("-"):
            code = re.search(r"\[(\d{2})", line)
            if code:
                patterns.add(code.group(1))
        elif words and line and not line.startswith(("&", "+", " ")):
            own = re.search(r"\[(\d{2})", line)
            word = re.split(r"[{\[]", line, maxsplit=1)[0].strip().lower().replace("_", " ")
            if word and " " not in word:
                words.append((word, own.group(1) if own else default))
    flush()
    return {word: (code, frozenset(roots)) for word, (code, roots) in table.items()}


def _lemma(token: Token) -> str:
    return token.lemma_.lower() if token.lemma_ else token.lower_


def features(token: Token, rule: tuple[str | None, ...] | None, lexical: str | None = None) -> list[str]:
    """The hashed-feature names of one candidate word; ``rule`` is the rules' reading of it (category, mode and
    what :func:`reading_of` adds), None when the rules did not code it; ``lexical`` is then the category the
    rules' word tables give the word when they could not read its roles (``coding.lexical_reading``)."""
    lemma = _lemma(token)
    names = ["bias", f"l={lemma}", f"p={token.pos_}", f"t={token.tag_}", f"d={token.dep_}", f"ld={lemma}|{token.dep_}",
             f"h={_lemma(token.head)}", f"hd={token.head.dep_}", f"he={token.head.ent_type_}"]
    for child in token.children:
        if child.dep_ in _CHILD_DEPS:
            names.append(f"c{child.dep_}={_lemma(child)}")
            names.append(f"e{child.dep_}={child.ent_type_ or child.pos_}")
            names.append(f"lc{child.dep_}={lemma}|{_lemma(child)}")
        elif child.dep_ == "prep":
            objects = [g for g in child.children if g.dep_ == "pobj"]
            names.append(f"pp={lemma}|{child.lower_}")
            names.extend(f"ppo={child.lower_}|{_lemma(g)}" for g in objects)
            names.extend(f"ppe={child.lower_}|{g.ent_type_ or g.pos_}" for g in objects)
    if token.i > 0:
        names.append(f"pv={_lemma(token.doc[token.i - 1])}")
    if token.i + 1 < len(token.doc):
        names.append(f"nx={_lemma(token.doc[token.i + 1])}")
    known = verb_roots().get(lemma)
    if known is not None:
        names.append(f"cd={known[0]}")
        names.extend(f"cp={root}" for root in sorted(known[1]))
        names.append(f"cdp={token.pos_}|{known[0]}")
    category, mode, *more = rule if rule is not None else (NONE, None)
    names.extend((f"r={category}", f"rm={category}|{mode}", f"rl={category}|{lemma}"))
    names.extend(f"r{n}={category}|{value}" for n, value in enumerate(more))
    if rule is None and lexical is not None:
        names.extend((f"u={lexical}", f"up={lexical}|{token.pos_}", f"ud={lexical}|{token.dep_}"))
    return names


def reading_of(item: Any) -> tuple[str, ...]:
    """The rules' reading of a word (a :class:`saywho.events.found.Found`) as feature values: category, mode,
    and what they found on each side (kind of actor, sector, whether it has a country, one country or two),
    whether a statement carries it. On wire news the rules' events with states on both sides are mostly
    right; on campaign news, statements between two Americans mostly not: the model needs to tell them apart."""
    def side(actor: Any) -> str:
        if actor is None:
            return "none"
        return f"{actor.type}|{actor.sector or '-'}|{'c' if actor.country else 'nc'}"
    source, target = item.source, item.target
    countries = "same" if source is not None and target is not None and source.country == target.country else "other"
    # the words it was read from besides the trigger: "talks" of "held talks", "dialogue" of "having a dialogue";
    # the light verb alone ("have", "hold") is no event in most sentences the model learns from
    words = "+".join(sorted({_lemma(t) for t in item.tokens if t.i != item.verb.i and t.pos_ in ("NOUN", "VERB")}))
    return (item.category, item.mode, f"s={side(source)}", f"t={side(target)}", f"st={countries}",
            "cue" if item.attribution is not None else "act", f"cf={round(item.confidence, 1)}", f"w={words or '-'}")


def hashed(names: list[str], bits: int = HASH_BITS) -> list[int]:
    """Stable across processes (Python's own hash of a str is not)."""
    mask = (1 << bits) - 1
    return [zlib.crc32(name.encode("utf-8")) & mask for name in names]


def dense(token: Token) -> np.ndarray:
    tensor = token.doc.tensor
    if tensor is None or not len(tensor) or tensor.shape[0] != len(token.doc):
        return np.zeros(96, dtype=np.float32)
    return np.asarray(tensor[token.i], dtype=np.float32)


@dataclass
class Thresholds:
    """Chosen by cross-validation on the training split (see docs/accuracy.md), never on a test set."""

    drop: float = 0.5  # a rule event goes when P(no event) is above this
    relabel: float = 0.6  # a rule event takes the model's category when that category is this likely
    add: float = 0.7  # a word the rules did not code becomes an event when its best category is this likely
    parse_roles: bool = False  # such a word whose roles the rules cannot read gets them from the parse alone
    keep_one: bool = False  # a sentence keeps its likeliest rule event even when the model would drop them all
    empty_only: bool = False  # words are added only to sentences in which the rules found no event
    # with the learned roles, these replace the source ranker's own add and second thresholds (the
    # fine-tuned reader of accurate mode chooses its own: saywho.events.context)
    roles_add: float | None = None
    roles_second: float | None = None

    def for_roles(self, sources: Any) -> tuple[float | None, float | None]:
        """The add threshold and the stricter drop threshold for a sentence's second event, with the learned
        roles (``sources``: the source ranker, which chose them for the check alone) or without (None)."""
        if sources is None:
            return None, None
        return (sources.add if self.roles_add is None else self.roles_add,
                sources.second if self.roles_second is None else self.roles_second)


class EventModel:
    """Multinomial logistic regression over hashed sparse and dense features; numpy only at run time."""

    def __init__(self, classes: tuple[str, ...], rows: dict[int, int], sparse: np.ndarray, dense_w: np.ndarray,
                 bias: np.ndarray, thresholds: Thresholds, lemmas: frozenset[str], meta: dict[str, Any]) -> None:
        self.classes = classes
        self.rows = rows
        self.sparse = sparse
        self.dense_w = dense_w
        self.bias = bias
        self.thresholds = thresholds
        self.lemmas = lemmas  # trigger lemmas seen in training: words worth scoring besides the dictionary's
        self.meta = meta
        # accurate mode: the fine-tuned reader's probabilities for one document's words, and their share
        self.context: np.ndarray | None = None
        self.weight = 0.0

    def is_candidate(self, token: Token) -> bool:
        """A word the rules did not code that is worth scoring: a trigger lemma seen in training or a known verb."""
        if token.pos_ not in CANDIDATE_POS or token.is_stop:
            return False
        lemma = _lemma(token)
        return lemma in self.lemmas or (token.pos_ == "VERB" and lemma in verb_roots())

    def probabilities(self, token: Token, rule: tuple[str | None, ...] | None, lexical: str | None = None
                      ) -> np.ndarray:
        probs = self.probabilities_of(hashed(features(token, rule, lexical)), dense(token))
        return probs if self.context is None else self.mix(probs, self.context[token.i])

    def mix(self, probs: np.ndarray, context: np.ndarray) -> np.ndarray:
        """The check's probabilities with the reader's mixed in at its share (a word it did not read: NaN)."""
        if not self.weight or np.isnan(context[0]):
            return probs
        return (1.0 - self.weight) * probs + self.weight * context

    def probabilities_of(self, columns: list[int], vector: np.ndarray) -> np.ndarray:
        """The class probabilities from a word's hashed features and context vector (computed once in training)."""
        scores = self.bias + vector @ self.dense_w
        # each feature counts once, as in training (a repeated name is still one 0/1 column)
        rows = [row for row in set(map(self.rows.get, columns)) if row is not None]
        if rows:
            scores = scores + self.sparse[rows].sum(axis=0)
        scores = scores - scores.max()
        exp = np.exp(scores)
        return exp / exp.sum()

    def decide(self, probs: np.ndarray, rule_category: str | None, add: float | None = None) -> str | None:
        """The category to keep for a word (None: no event), given the rules' reading of it; ``add`` replaces
        the threshold for words the rules did not code (the learned roles choose their own)."""
        best = int(probs.argmax())
        if rule_category is not None:
            if probs[0] > self.thresholds.drop:
                return None
            if best != 0 and self.classes[best] != rule_category and probs[best] >= self.thresholds.relabel:
                return self.classes[best]
            return rule_category
        if best == 0:
            return None
        return self.classes[best] if probs[best] >= (self.thresholds.add if add is None else add) else None

    def decide_sentence(self, readings: list[tuple[np.ndarray, str]], second: float | None = None,
                        main: int | None = None) -> list[str | None]:
        """:meth:`decide` for every rule event of one sentence ((probabilities, rule category) each); with
        ``keep_one`` the likeliest stays when all would go: the model then trims extra events only.
        ``second``: a stricter drop threshold for every rule event but the likeliest (the learned roles
        choose it: docs/accuracy.md), or but ``main``, the event of the sentence's own verb, when the model keeps it
        ("Morocco released 14 fishermen, three weeks after a patrol boat seized them": the release is the news)."""
        decided = [self.decide(probs, category) for probs, category in readings]
        if not readings:
            return decided
        best = min(range(len(readings)), key=lambda i: float(readings[i][0][0]))
        if main is not None and decided[main] is not None:
            best = main
        if self.thresholds.keep_one and all(d is None for d in decided):
            decided[best] = readings[best][1]
        if second is not None:
            decided = [d if n == best or float(readings[n][0][0]) <= second else None for n, d in enumerate(decided)]
        return decided

    def may_add(self, rule_events: int) -> bool:
        """Whether the model may add words to a sentence in which the rules found ``rule_events`` events."""
        return not (self.thresholds.empty_only and rule_events)

    # -- files -------------------------------------------------------------

    def save(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        columns = np.array(sorted(self.rows, key=self.rows.__getitem__), dtype=np.int32)
        np.savez_compressed(folder / "weights.npz", columns=columns, sparse=self.sparse.astype(np.float16),
                            dense=self.dense_w.astype(np.float32), bias=self.bias.astype(np.float32))
        (folder / "model.json").write_text(json.dumps({
            "classes": list(self.classes), "hash_bits": HASH_BITS, "thresholds": vars(self.thresholds),
            "lemmas": sorted(self.lemmas), **self.meta}, indent=1) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, folder: Path = MODEL_DIR) -> EventModel:
        meta = read_meta(folder, HASH_BITS, "saywho train events")
        with np.load(folder / "weights.npz") as data:
            columns, sparse = data["columns"], data["sparse"].astype(np.float32)
            dense_w, bias = data["dense"], data["bias"]
        classes = tuple(meta.pop("classes"))
        thresholds = Thresholds(**meta.pop("thresholds"))
        lemmas = frozenset(meta.pop("lemmas"))
        return cls(classes, {int(c): i for i, c in enumerate(columns)}, sparse, dense_w, bias, thresholds, lemmas, meta)


def read_meta(folder: Path, bits: int, command: str) -> dict[str, Any]:
    """A saved model's settings, refused when its features were hashed into another number of bits."""
    meta = json.loads((folder / "model.json").read_text(encoding="utf-8"))
    if meta.pop("hash_bits") != bits:
        raise ValueError(f"{folder}: weights hashed with other settings; retrain with {command}")
    return meta


@lru_cache(maxsize=1)
def shipped() -> EventModel | None:
    """The model in the package (the default: the rules, then this check on them), or None when none was
    trained. ``SAYWHO_EVENTS_MODEL`` names another folder to use instead (a candidate being measured), or
    ``none`` for the rules alone."""
    folder = os.environ.get("SAYWHO_EVENTS_MODEL")
    if folder is not None and folder.lower() == "none":
        return None
    folder_path = Path(folder) if folder else MODEL_DIR
    if not (folder_path / "model.json").exists():
        return None
    return EventModel.load(folder_path)
