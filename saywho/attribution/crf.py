"""Where content begins and ends: a linear-chain CRF over the tagger's word scores, learned out of fold.

The tagger scores each word's label on its own, and its Viterbi path only forbids the moves BIO cannot make,
so a long quotation the tagger grows unsure of halfway is cut there, and a frame ("Bloomberg reports that")
goes in or out by a hair. This decoder reads each word's seven log-probabilities, its neighbours', and a few
marks of the text (quotation marks, punctuation, paragraph ends, "that", relative pronouns), and learns
weights between labels. It learns them where the tagger errs as it does on unseen text: on PolNeAR train's
out-of-fold scores (``saywho train soup``), each article scored by a fold model that never saw it.

It moves the tagger's content boundaries: each content chunk of the tagger's path is replaced by the CRF's
content chunks that overlap it (none of them overlapping a source or cue), and source and cue chunks stay the
tagger's; which content is kept stays the content check's call. ``saywho train crf`` fits it (a minute or two
a fit on two CPU cores; torch only for training) and reports its CV on train and its dev scores; inference is
one matrix product and a Viterbi pass in numpy, used when ``crf.json`` lies beside the tagger.

None ships (session 53, docs/accuracy.md): on train's 5-fold CV it gained content exact F1 (67.1 → 67.8 with the
tagger alone), on dev with the shipped soup it lost a little (69.5 → 69.4 alone, 70.6 → 70.4 in the pipeline).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from saywho.attribution.decoding import LABELS, START, Chunk, Encoded, chunks, transitions, viterbi
from saywho.attribution.quotes import QUOTE_MARKS

FILE = "crf.json"
LEXICAL = ("opens with a quotation mark", "ends with a quotation mark", "comma, semicolon or colon", "sentence stop",
           "punctuation", "that", "relative pronoun", "opens a paragraph", "closes a paragraph", "capitalised",
           "and or but", "after a sentence stop")
WIDTH = 3 * len(LABELS) + len(LEXICAL) + 1  # the word's scores, the previous word's, the next word's, marks, bias
NEG = -1e4  # a move BIO cannot make, finite for the gradients
SEGMENT = 200  # words per training sequence (cut where no chunk goes on), for batches of even length
LAMBDA = 1.0
ITERATIONS = 40


def lexical(encoded: Encoded) -> np.ndarray:
    """The marks of the text at each word (see ``LEXICAL``), 0 or 1."""
    text, words = encoded.text, encoded.words
    rows = np.zeros((len(words), len(LEXICAL)), dtype=np.float32)
    for i, (start, end) in enumerate(words):
        word = text[start:end]
        lower = word.lower()
        before = text[words[i - 1][1] if i else 0:start]
        after = text[end:words[i + 1][0] if i + 1 < len(words) else len(text)]
        previous = text[words[i - 1][0]:words[i - 1][1]] if i else ""
        rows[i] = [word[:1] in QUOTE_MARKS, word[-1:] in QUOTE_MARKS, word in (",", ";", ":"), word in (".", "!", "?"),
                   not any(ch.isalnum() for ch in word), lower == "that", lower in ("who", "which", "whom", "whose"),
                   i == 0 or "\n" in before, i + 1 == len(words) or "\n" in after, word[:1].isupper(),
                   lower in ("and", "but"), previous in (".", "!", "?")]
    return rows


def features(scores: np.ndarray, marks: np.ndarray) -> np.ndarray:
    """One row per word: its scores, the previous and next word's (zeros at the ends), its marks, a bias."""
    scores = scores.astype(np.float32)
    pad = np.zeros((1, len(LABELS)), dtype=np.float32)
    return np.hstack([scores, np.vstack([pad, scores[:-1]]), np.vstack([scores[1:], pad]), marks,
                      np.ones((len(scores), 1), dtype=np.float32)])


def identity() -> np.ndarray:
    """Weights under which the CRF's word scores are the tagger's own: where training starts, and is pulled back to."""
    weights = np.zeros((WIDTH, len(LABELS)), dtype=np.float32)
    weights[:len(LABELS), :len(LABELS)] = np.eye(len(LABELS))
    return weights


@dataclass
class Decoder:
    weights: np.ndarray  # WIDTH × labels
    moves: np.ndarray  # label → label weights (NEG where BIO forbids)
    meta: dict[str, Any]

    def path(self, encoded: Encoded, scores: np.ndarray) -> list[int]:
        emissions = features(scores, lexical(encoded)) @ self.weights
        hard = transitions()  # as the tagger's own path: no two chunks of a role touching
        return viterbi(emissions, np.where(np.isinf(hard), -np.inf, self.moves).astype(np.float32))

    def chunks(self, encoded: Encoded, scores: np.ndarray, moves: np.ndarray) -> list[Chunk]:
        """The tagger's chunks (its path under ``moves``), each content chunk replaced by this decoder's content
        chunks that overlap it (and no source or cue): the decoder moves where content begins and ends, and
        the content check still decides which content is kept."""
        tagged = chunks(encoded, scores, moves)
        kept = [c for c in tagged if c.role != "content"]
        decoded = [c for c in chunks(encoded, scores, path=self.path(encoded, scores))
                   if c.role == "content" and not any(k.start < c.end and c.start < k.end for k in kept)]
        found = {(c.start, c.end): c for c in kept}
        for chunk in (c for c in tagged if c.role == "content"):
            instead = [d for d in decoded if d.start < chunk.end and chunk.start < d.end] or [chunk]
            found.update({(d.start, d.end): d for d in instead})
        return sorted(found.values(), key=lambda c: (c.start, c.end))

    def save(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        (folder / FILE).write_text(json.dumps({"labels": list(LABELS), "lexical": list(LEXICAL),
                                               "weights": self.weights.round(6).tolist(),
                                               "moves": self.moves.round(6).tolist(), **self.meta}, indent=1) + "\n")


def load(folder: Path) -> Decoder | None:
    path = folder / FILE
    if not path.exists():
        return None
    data = json.loads(path.read_text())
    if data.get("labels") != list(LABELS) or data.get("lexical") != list(LEXICAL):
        raise RuntimeError(f"{path}: made for other labels or marks than this version reads")
    meta = {k: v for k, v in data.items() if k not in ("labels", "lexical", "weights", "moves")}
    return Decoder(np.array(data["weights"], dtype=np.float32), np.array(data["moves"], dtype=np.float32), meta)


# --- training (torch) ---------------------------------------------------------------------------


def segments(rows: np.ndarray, labels: np.ndarray, size: int = SEGMENT) -> list[tuple[np.ndarray, np.ndarray]]:
    """An article cut into sequences of about ``size`` words, never inside a chunk."""
    out, start = [], 0
    while start < len(labels):
        end = min(len(labels), start + size)
        while end < len(labels) and LABELS[labels[end]].startswith("I-"):
            end += 1
        out.append((rows[start:end], labels[start:end]))
        start = end
    return out


def fit(data: Sequence[tuple[np.ndarray, np.ndarray]], lam: float = LAMBDA, iterations: int = ITERATIONS) -> Decoder:
    """Maximum likelihood with an L2 pull to the tagger's own path (``identity``, no move weights), by L-BFGS."""
    import torch

    allowed = torch.tensor(transitions(adjacent=True))  # training: gold has touching chunks (38 in train)
    start = torch.tensor(START).clamp(min=NEG)
    initial = torch.tensor(identity())
    weights = torch.nn.Parameter(initial.clone())
    moves = torch.nn.Parameter(torch.zeros(len(LABELS), len(LABELS)))
    batches = _batches([s for rows, labels in data for s in segments(rows, labels)])

    def nll(x: Any, y: Any, mask: Any) -> Any:
        emissions, move = x @ weights, torch.where(torch.isinf(allowed), torch.full_like(moves, NEG), moves)
        alpha = emissions[:, 0] + start
        gold = emissions[:, 0].gather(1, y[:, :1]).squeeze(1) + start[y[:, 0]]
        for t in range(1, x.shape[1]):
            step = torch.logsumexp(alpha[:, :, None] + move[None], dim=1) + emissions[:, t]
            alpha = torch.where(mask[:, t:t + 1], step, alpha)
            here = emissions[:, t].gather(1, y[:, t:t + 1]).squeeze(1) + move[y[:, t - 1], y[:, t]]
            gold = gold + torch.where(mask[:, t], here, torch.zeros_like(here))
        return (torch.logsumexp(alpha, 1) - gold).sum()

    optimizer = torch.optim.LBFGS([weights, moves], lr=1, max_iter=iterations, line_search_fn="strong_wolfe",
                                  history_size=20)

    def closure() -> Any:
        optimizer.zero_grad()
        loss = sum(nll(*b) for b in batches) / len(data) \
            + lam / 2 * (((weights - initial) ** 2).sum() + (moves ** 2).sum())
        loss.backward()
        return loss

    optimizer.step(closure)
    move = np.where(np.isinf(transitions(adjacent=True)), NEG, moves.detach().numpy())
    return Decoder(weights.detach().numpy().astype(np.float32), move.astype(np.float32), {"lambda": lam})


def _batches(items: list[tuple[np.ndarray, np.ndarray]], size: int = 256) -> list[tuple[Any, Any, Any]]:
    import torch

    items = sorted(items, key=lambda item: len(item[1]))
    out = []
    for i in range(0, len(items), size):
        part = items[i:i + size]
        length = max(len(labels) for _, labels in part)
        x = np.zeros((len(part), length, WIDTH), dtype=np.float32)
        y = np.zeros((len(part), length), dtype=np.int64)
        mask = np.zeros((len(part), length), dtype=bool)
        for j, (rows, labels) in enumerate(part):
            x[j, :len(labels)], y[j, :len(labels)], mask[j, :len(labels)] = rows, labels, True
        out.append((torch.tensor(x), torch.tensor(y), torch.tensor(mask)))
    return out

