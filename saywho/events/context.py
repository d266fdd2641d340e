"""A fine-tuned reader of event words in their sentence, for ``--model accurate``.

The check (:mod:`saywho.events.model`) sees a word, its neighbours in the parse and spaCy's small context
vector. Session 13 measured what it lacks: the sentence read as a whole ("a very good dialogue" as the
sentence's event, a "strike" that is a walk-out or an air raid). This reader is all-MiniLM-L6-v2 fine-tuned
to label each candidate word of a sentence with no event or one of the 16 PLOVER categories
(``saywho train event-reader``). In accurate mode its probabilities are mixed with the check's, under
thresholds chosen on a held fold of the training split; the fast mode does not run it, since a second encoder
over every sentence would cost the parse about half its speed. None ships: the one trained in session 15
gained the objective on one validation fold of two and lost full match on every set of PLOVER-style
records (docs/accuracy.md). Accurate mode uses one placed in ``saywho/models/events-reader`` or named by
``SAYWHO_EVENTS_READER``. Only the fine-tuned layers are saved; the word embeddings are the installed
encoder's, as for the attribution tagger.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import numpy as np
import torch

from saywho.attribution import tagger
from saywho.events.model import CANDIDATE_POS, CLASSES, EventModel, Thresholds
from saywho.ranking import from_environment

MODEL_DIR = Path(__file__).parents[1] / "models" / "events-reader"
PREFIX = "reader"
COMMAND = "saywho train event-reader"
MAX_PIECES = 254  # a longer sentence is read up to here; the words after it keep the check's reading alone


def encode(tokenizer: Any, text: str, starts: list[int]) -> tuple[list[int], list[int]]:
    """A sentence's word pieces (at most :data:`MAX_PIECES`) and, for each word start given (characters into
    ``text``), the index of its first piece, or -1 when it has none inside the limit."""
    encoding = tokenizer.encode(text, add_special_tokens=False)
    ids = encoding.ids[:MAX_PIECES]
    at = []
    for start in starts:
        piece = encoding.char_to_token(start)
        at.append(piece if piece is not None and piece < len(ids) else -1)
    return ids, at


def tensors(rows: list[list[int]]) -> tuple[torch.Tensor, torch.Tensor]:
    """[CLS] pieces [SEP] per row, padded; the attention mask."""
    width = max(len(r) for r in rows) + 2
    ids = torch.full((len(rows), width), tagger.PAD, dtype=torch.long)
    for n, row in enumerate(rows):
        ids[n, : len(row) + 2] = torch.tensor([tagger.CLS, *row, tagger.SEP])
    return ids, (ids != tagger.PAD).long()


@torch.inference_mode()
def probabilities(model: torch.nn.Module, encoded: list[tuple[list[int], list[int]]], batch: int = 32
                  ) -> list[np.ndarray]:
    """Class probabilities per word of each encoded sentence (NaN rows where a word has no piece). Sentences
    are batched by length, so short ones are not padded to the longest."""
    model.eval()
    result: list[np.ndarray] = [np.full((len(at), len(CLASSES)), np.nan, dtype=np.float32) for _, at in encoded]
    order = sorted(range(len(encoded)), key=lambda n: len(encoded[n][0]))
    for begin in range(0, len(order), batch):
        part = [n for n in order[begin : begin + batch] if encoded[n][0]]
        if not part:
            continue
        ids, mask = tensors([encoded[n][0] for n in part])
        probs = torch.softmax(model(ids, mask).float(), dim=-1).numpy()
        for row, n in enumerate(part):
            at = np.array(encoded[n][1])
            inside = at >= 0
            result[n][inside] = probs[row, at[inside] + 1]  # +1: the [CLS] in front
    return result


# -- the labelled sentences of saywho.events.training, read -------------------------------------------------

Item = tuple[Any, list[Any], str, str]  # (spaCy sentence, its candidates, source, doc id)


def groups(sentences: list[Any]) -> list[Item]:
    """The parsed sentences that hold candidates, each once: (spaCy sentence, its candidates, source, doc id).
    A labelled row may hold more than one parsed sentence, and the reader reads one at a time."""
    by_sentence: dict[tuple[int, int], Item] = {}
    for sentence in sentences:
        for candidate in sentence.candidates:
            sent = candidate.token.sent
            key = (id(candidate.token.doc), sent.start)
            by_sentence.setdefault(key, (sent, [], sentence.source, sentence.doc_id))[1].append(candidate)
    return list(by_sentence.values())


def encoded(tokenizer: Any, items: list[Item]) -> list[tuple[list[int], list[int]]]:
    return [encode(tokenizer, sent.text, [c.token.idx - sent.start_char for c in candidates])
            for sent, candidates, _, _ in items]


def read_into(model: torch.nn.Module, items: list[Item]) -> None:
    """Give every candidate of ``items`` the reader's probabilities (:attr:`Candidate.context`)."""
    tokenizer = tagger.load_tokenizer(tagger.base_dir())
    for (_, candidates, _, _), probs in zip(items, probabilities(model, encoded(tokenizer, items)),
                                            strict=True):
        for candidate, row in zip(candidates, probs, strict=True):
            candidate.context = row
            candidate.probs.clear()


class ContextReader:
    """A reader with its share of the mixed probabilities and its thresholds; reads a parsed document's
    sentences and lends the check its context."""

    def __init__(self, model: torch.nn.Module, tokenizer: Any, weight: float, thresholds: Thresholds) -> None:
        self.model, self.tokenizer = model, tokenizer
        self.weight, self.thresholds = weight, thresholds

    @classmethod
    def load(cls, weights: Path = MODEL_DIR) -> ContextReader:
        model, tokenizer, settings = tagger.load(weights, labels=len(CLASSES), prefix=PREFIX, command=COMMAND)
        return cls(model, tokenizer, float(settings["weight"]), Thresholds(**settings["thresholds"]))

    def read(self, doc: Any) -> np.ndarray:
        """Class probabilities for every word of ``doc`` (NaN rows: words it did not read)."""
        result = np.full((len(doc), len(CLASSES)), np.nan, dtype=np.float32)
        sentences = [s for s in doc.sents if any(t.pos_ in CANDIDATE_POS for t in s)]
        encoded = [encode(self.tokenizer, s.text, [t.idx - s.start_char for t in s]) for s in sentences]
        for sentence, probs in zip(sentences, probabilities(self.model, encoded), strict=True):
            result[sentence.start : sentence.end] = probs
        return result

    def over(self, doc: Any, check: EventModel) -> EventModel:
        """The check for this document, with the reader's probabilities mixed in and its thresholds."""
        return mixed(check, self.read(doc), self.weight, self.thresholds)


def mixed(check: EventModel, context: np.ndarray | None, weight: float, thresholds: Thresholds) -> EventModel:
    """A shallow copy of the check that mixes ``context`` (probabilities by word index) into its own."""
    result = copy.copy(check)
    result.context, result.weight, result.thresholds = context, weight, thresholds
    return result


def shipped() -> ContextReader | None:
    """The reader in the package, or the folder ``SAYWHO_EVENTS_READER`` names; None when none was trained or
    the variable says ``none``."""
    return from_environment("SAYWHO_EVENTS_READER", MODEL_DIR, ContextReader.load, marker=f"{PREFIX}.json")
