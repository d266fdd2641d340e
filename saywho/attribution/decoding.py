"""From word scores to chunks: the BIO labels, the moves between them, the Viterbi path and its chunks.

Shared by the tagger (:mod:`saywho.attribution.tagger`, which makes the scores) and the decoder learned on top
of them (:mod:`saywho.attribution.crf`). Neither spaCy nor torch is needed here.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from saywho.eval.polnear import ROLES

LABELS = ("O", "B-source", "I-source", "B-cue", "I-cue", "B-content", "I-content")


@dataclass
class Encoded:
    """An article as word pieces; labels and predictions live on words (their first piece)."""

    text: str
    ids: list[int] = field(default_factory=list)
    first: list[int] = field(default_factory=list)  # word → index of its first piece in ids
    words: list[tuple[int, int]] = field(default_factory=list)  # word → character range


def transitions(continue_content: float = 0.0, adjacent: bool = False) -> np.ndarray:
    """0 where a label may follow another, -inf where it may not (I-x only after B-x or I-x).

    ``continue_content`` is a bonus for I-content → I-content: the tagger tends to
    stop long quotes early, and a small bonus (chosen on dev) mends some of that.

    Unless ``adjacent``, a chunk may not begin right after a chunk of the same role (B-x after B-x or
    I-x): PolNeAR never has two sources, cues or contents touching. In the word labels of *train*
    such a transition is 38 of 769,715 word pairs (B-content after content 12 of 338,202); the tagger made 42
    on dev, mostly a quote or a cue cut in two.
    """
    allowed = np.zeros((len(LABELS), len(LABELS)), dtype=np.float32)
    for cur, label in enumerate(LABELS):
        if label.startswith("I-"):
            for prev, before in enumerate(LABELS):
                if before[2:] != label[2:]:
                    allowed[prev, cur] = -np.inf
        elif label.startswith("B-") and not adjacent:
            for prev, before in enumerate(LABELS):
                if before != "O" and before[2:] == label[2:]:
                    allowed[prev, cur] = -np.inf
    inside = LABELS.index("I-content")
    allowed[inside, inside] += continue_content
    return allowed


START = np.array([-np.inf if label.startswith("I-") else 0.0 for label in LABELS], dtype=np.float32)


def viterbi(scores: np.ndarray, moves: np.ndarray) -> list[int]:
    if len(scores) == 0:
        return []
    best = scores[0] + START
    back = np.zeros(scores.shape, dtype=np.int64)
    for t in range(1, len(scores)):
        options = best[:, None] + moves
        back[t] = options.argmax(axis=0)
        best = options.max(axis=0) + scores[t]
    path = [int(best.argmax())]
    for t in range(len(scores) - 1, 0, -1):
        path.append(int(back[t, path[-1]]))
    return path[::-1]


@dataclass(frozen=True)
class Chunk:
    role: str
    start: int
    end: int
    confidence: float
    evidence: tuple[float, ...] = ()  # content: what the check of saywho.attribution.content_check reads


def chunks(encoded: Encoded, scores: np.ndarray, moves: np.ndarray | None = None,
           path: list[int] | None = None) -> list[Chunk]:
    """Labelled chunks from a Viterbi path (over ``scores``, unless a decoder chose ``path``); confidence is the
    mean probability of the chosen labels."""
    if path is None:
        path = viterbi(scores, transitions() if moves is None else moves)
    found: list[Chunk] = []
    begin = None
    for n, label in enumerate([*path, 0]):
        name = LABELS[label]
        if begin is not None and not (name.startswith("I-") and name[2:] == LABELS[path[begin]][2:]):
            chosen = np.exp(scores[np.arange(begin, n), path[begin:n]]).mean()
            role = LABELS[path[begin]][2:]
            found.append(Chunk(role, encoded.words[begin][0], encoded.words[n - 1][1], float(chosen),
                               _evidence(scores, begin, n) if role == "content" else ()))
            begin = None
        if name.startswith("B-"):
            begin = n
    return found


def _evidence(scores: np.ndarray, begin: int, end: int) -> tuple[float, ...]:
    """How sure the tagger was of a content chunk's words (the least sure word's likeliest label), of its
    first word opening content, and of the words either side continuing it; and its length."""
    after = np.exp(scores[end]) if end < len(scores) else None
    before = np.exp(scores[begin - 1]) if begin > 0 else None
    inside = LABELS.index("I-content")
    return (float(np.exp(scores[begin:end].max(axis=1).min())), float(np.exp(scores[begin, LABELS.index("B-content")])),
            float(after[inside]) if after is not None else 0.0, float(after[0]) if after is not None else 1.0,
            float(before[inside]) if before is not None else 0.0, float(np.log1p(end - begin)))


def roles_of(found: list[Chunk]) -> dict[str, list[tuple[int, int]]]:
    roles: dict[str, list[tuple[int, int]]] = {r: [] for r in ROLES}
    for chunk in found:
        roles[chunk.role].append((chunk.start, chunk.end))
    return roles
