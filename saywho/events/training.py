"""Training and measuring the learned event model (``saywho train events``, ``saywho eval events``).

The labels (``gold/events/labels.jsonl``) point into texts that belong to their publishers; they are joined
back here from ``../shared/data``. Each labelled sentence is parsed inside its chunk of the article (the
rules read speakers from neighbouring sentences), every candidate word gets features, and a word is labelled
with the category of the gold event whose trigger it heads, else NONE.

The protocol (docs/accuracy.md): the ``test`` split is frozen — nothing here reads it while choosing;
regularisation and thresholds are chosen by k-fold cross-validation over ``train``, folded by article.
"""

from __future__ import annotations

import json
import zlib
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc, Token

from saywho.attribution import speakers
from saywho.eval import plover
from saywho.events import model as event_model
from saywho.events.coding import _codable, rule_events
from saywho.events.model import CLASSES, NONE, EventModel, Thresholds
from saywho.events.reader import Found, Reader

Log = Callable[[str], None]


@dataclass
class Candidate:
    token: Token
    rule: Found | None
    label: str
    columns: list[int]
    vector: np.ndarray
    probs: dict[int, np.ndarray] = field(default_factory=dict)  # by id(model): thresholds do not change them

    def probabilities(self, model: EventModel) -> np.ndarray:
        if id(model) not in self.probs:
            self.probs[id(model)] = model.probabilities_of(self.columns, self.vector)
        return self.probs[id(model)]


@dataclass
class Sentence:
    doc_id: str
    split: str
    reader: Reader
    candidates: list[Candidate]
    gold: list[tuple[str, set[str], set[str]]]  # (category, source codes, target codes)
    sampled: bool = True  # from the random chunks, not the keyword-centred ones added for rare categories
    built: dict[tuple[int, str], Found | None] = field(default_factory=dict)

    def code_as(self, token: Token, category: str) -> Found | None:
        key = (token.i, category)
        if key not in self.built:
            item = self.reader.code_as(token, category)
            self.built[key] = item if item is not None and _codable(item) else None
        return self.built[key]


def read_texts(shared: Path) -> dict[tuple[str, str], str]:
    texts: dict[tuple[str, str], str] = {}
    with (shared / "polnear" / "train.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            texts["polnear-train", record["id"]] = record["text"]
    pages = json.loads((shared / "news-html" / "ground-truth.json").read_text(encoding="utf-8"))
    for key, page in pages.items():
        texts["news-html", key] = page.get("articleBody") or ""
    return texts


def _codes(role: dict[str, Any] | None) -> set[str]:
    if not role or not role.get("code"):
        return set()
    return {plover._norm(code) for code in str(role["code"]).split("|") if code}


def _head(doc: Doc, start: int, end: int) -> Token | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    inside = [t for t in span if t.pos_ in ("VERB", "NOUN", "ADJ")] or list(span)
    return next((t for t in inside if not (span.start <= t.head.i < span.end) or t.head is t), inside[0])


KEYWORD_CHUNKS_FROM = 3121  # gold/events/GUIDE.md: queue ids from here on were chosen around event words


def build(labels: Path, shared: Path, nlp: Language, splits: Iterable[str], log: Log) -> list[Sentence]:
    """Parse every labelled chunk once and turn its sentences into candidates with labels."""
    wanted = set(splits)
    rows = [json.loads(line) for line in labels.read_text(encoding="utf-8").splitlines() if line.strip()]
    by_doc: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        if row["split"] in wanted:
            by_doc[row["source"], row["doc"]].append(row)
    texts = read_texts(shared)
    component = nlp.get_pipe("saywho_events")
    saved_model, component.model = component.model, None  # the rules alone: the model learns on top of them
    sentences: list[Sentence] = []
    try:
        for number, (key, doc_rows) in enumerate(sorted(by_doc.items()), start=1):
            text = texts[key]
            begin = max(0, min(r["start"] for r in doc_rows) - 600)  # the sentences before name the speakers
            finish = max(r["end"] for r in doc_rows)
            doc = nlp(text[begin:finish])
            sentences.extend(_sentences(doc, begin, doc_rows))
            if number % 50 == 0:
                log(f"  parsed {number}/{len(by_doc)} documents")
    finally:
        component.model = saved_model
    return sentences


def _sentences(doc: Doc, begin: int, rows: list[dict[str, Any]]) -> list[Sentence]:
    reader = Reader(doc, list(doc._.saywho_attributions or []), speakers.Register(doc))
    rules = {f.verb.i: f for f in rule_events(reader)}
    result = []
    for row in rows:
        span = doc.char_span(row["start"] - begin, row["end"] - begin, alignment_mode="expand")
        if span is None:
            continue
        heads: dict[int, str] = {}
        for gold in row["events"]:
            head = _head(doc, gold["trigger"][0] - begin, gold["trigger"][1] - begin)
            if head is not None:
                heads[head.i] = gold["event"]
        candidates = []
        for token in span:
            rule = rules.get(token.i)
            if token.i in heads or rule is not None or (token.pos_ in event_model.CANDIDATE_POS and not token.is_stop):
                reading = (rule.category, rule.mode) if rule is not None else None
                candidates.append(Candidate(token, rule, heads.get(token.i, NONE),
                                            event_model.hashed(event_model.features(token, reading)),
                                            event_model.dense(token)))
        gold_events = [(g["event"], _codes(g.get("source")), _codes(g.get("target"))) for g in row["events"]]
        result.append(Sentence(row["doc"], row["split"], reader, candidates, gold_events,
                               sampled=row.get("qid", 0) < KEYWORD_CHUNKS_FROM))
    return result


# -- the classifier -----------------------------------------------------------


def _matrix(candidates: list[Candidate], index: dict[int, int]) -> Any:
    """Rows of the hashed features that occur in training (``index``: hash → column) and the dense vectors;
    fitting over the few thousand columns used instead of all 2**20 makes training take seconds."""
    from scipy import sparse

    rows, cols = [], []
    for n, candidate in enumerate(candidates):
        for column in {index[c] for c in candidate.columns if c in index}:
            rows.append(n)
            cols.append(column)
    hashed = sparse.csr_matrix((np.ones(len(rows), dtype=np.float32), (rows, cols)),
                               shape=(len(candidates), len(index)))
    vectors = sparse.csr_matrix(np.stack([c.vector for c in candidates]) * DENSE_SCALE)
    return sparse.hstack([hashed, vectors], format="csr")


DENSE_SCALE = 0.1  # spaCy's context vectors are large next to 0/1 features; one scale for training and use


def fit(sentences: list[Sentence], c: float, thresholds: Thresholds, balanced: bool = False) -> EventModel:
    from sklearn.linear_model import LogisticRegression

    candidates = [c for s in sentences for c in s.candidates]
    labels = np.array([CLASSES.index(c.label) for c in candidates])
    present = sorted(set(labels.tolist()) | {0})
    index = {column: n for n, column in enumerate(sorted({h for c in candidates for h in c.columns}))}
    classifier = LogisticRegression(C=c, max_iter=300, tol=1e-3, solver="lbfgs",
                                    class_weight="balanced" if balanced else None)
    classifier.fit(_matrix(candidates, index), labels)
    k = len(CLASSES)
    width = len(index)
    coef = np.zeros((k, classifier.coef_.shape[1]), dtype=np.float32)
    bias = np.full(k, -30.0, dtype=np.float32)  # a class never seen in training is never predicted
    coef[present] = classifier.coef_ if len(present) > 2 else np.vstack([-classifier.coef_, classifier.coef_])
    bias[present] = classifier.intercept_ if len(present) > 2 else [-classifier.intercept_[0], classifier.intercept_[0]]
    hashed = coef[:, :width].T
    used = np.flatnonzero(np.abs(hashed).max(axis=1) > 1e-4)
    columns = np.array(sorted(index, key=index.__getitem__), dtype=np.int64)[used]
    lemmas = frozenset(event_model._lemma(c.token) for c in candidates if c.label != NONE)
    return EventModel(CLASSES, {int(col): i for i, col in enumerate(columns)}, hashed[used],
                      coef[:, width:].T * DENSE_SCALE, bias, thresholds, lemmas,
                      {"C": c, "balanced": balanced, "trained_on": len({s.doc_id for s in sentences}),
                       "sentences": len(sentences)})


# -- scoring --------------------------------------------------------------------


@dataclass
class Tally:
    sentences: int = 0
    gold: int = 0
    found: int = 0
    typed: int = 0
    full: int = 0
    by_category: Counter = field(default_factory=Counter)

    def add(self, other: Tally) -> None:
        for name in ("sentences", "gold", "found", "typed", "full"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def summary(self) -> dict[str, float]:
        return {
            "sentences": self.sentences, "gold_events": self.gold, "found_events": self.found,
            "type_recall": round(self.typed / max(1, self.gold), 3),
            "full_recall": round(self.full / max(1, self.gold), 3),
            "type_precision": round(self.typed / max(1, self.found), 3),
            "extra_per_sentence": round((self.found - self.typed) / max(1, self.sentences), 3),
            "extra_per_gold_event": round((self.found - self.typed) / max(1, self.gold), 3),
        }


def system_events(sentence: Sentence, model: EventModel | None) -> list[tuple[str, str | None, str | None]]:
    """(category, source code, target code) for one sentence, rules alone or with the model."""
    found: list[Found] = []
    for candidate in sentence.candidates:
        rule = candidate.rule
        if model is None:
            if rule is not None:
                found.append(rule)
            continue
        probs = candidate.probabilities(model)
        category = model.decide(probs, rule.category if rule is not None else None)
        if category is None:
            continue
        if rule is not None:
            found.append(rule if category == rule.category else _relabelled(rule, category))
        elif model.is_candidate(candidate.token):
            item = sentence.code_as(candidate.token, category)
            if item is not None:
                found.append(item)
    result, seen = [], set()
    for item in found:
        key = (item.category, plover.actor_code(item.source), plover.actor_code(item.target))
        if key not in seen:  # one act per category and actors, as _dedupe keeps
            seen.add(key)
            result.append(key)
    return result


def _relabelled(item: Found, category: str) -> Found:
    from dataclasses import replace

    return replace(item, category=category, mode=None)


def score(sentences: list[Sentence], model: EventModel | None) -> Tally:
    tally = Tally()
    for sentence in sentences:
        system = system_events(sentence, model)
        tally.sentences += 1
        tally.gold += len(sentence.gold)
        tally.found += len(system)
        unused = list(system)
        for category, sources, targets in sentence.gold:
            tally.by_category[category] += 1
            typed = [s for s in unused if s[0] == category]
            if not typed:
                continue
            tally.typed += 1
            full = [s for s in typed if (not sources or s[1] in sources) and (not targets or s[2] in targets)]
            tally.full += bool(full)
            unused.remove((full or typed)[0])
    return tally


def folds(sentences: list[Sentence], k: int) -> list[tuple[list[Sentence], list[Sentence]]]:
    """k folds by article, so no article's sentences are on both sides."""
    def fold(s: Sentence) -> int:
        return zlib.crc32(s.doc_id.encode("utf-8")) % k
    return [([s for s in sentences if fold(s) != i], [s for s in sentences if fold(s) == i]) for i in range(k)]


GRID_C = (0.3, 1.0)
GRID_BALANCED = (False, True)
GRID_DROP = (0.5, 0.7, 0.9)
GRID_ADD = (0.5, 0.7, 0.9, 1.01)
GRID_RELABEL = (0.6, 0.8, 1.01)


def cross_validate(sentences: list[Sentence], k: int, log: Log
                   ) -> tuple[tuple[float, bool], Thresholds, dict[str, Any]]:
    """Choose C, class weights and the thresholds by k-fold CV on the train split: the objective is full
    recall minus wrong events per gold event, PLOVER's two numbers on one scale."""
    best: tuple[float, tuple[float, bool], Thresholds, Tally] | None = None
    splits = folds(sentences, k)
    for c, balanced in [(c, b) for c in GRID_C for b in GRID_BALANCED]:
        models = [fit(train, c, Thresholds(), balanced) for train, _ in splits]
        for drop in GRID_DROP:
            for add in GRID_ADD:
                for relabel in GRID_RELABEL:
                    thresholds = Thresholds(drop=drop, relabel=relabel, add=add)
                    total = Tally()
                    for model, (_, held) in zip(models, splits, strict=True):
                        model.thresholds = thresholds
                        total.add(score(held, model))
                    summary = total.summary()
                    objective = summary["full_recall"] - summary["extra_per_gold_event"]
                    if best is None or objective > best[0]:
                        best = (objective, (c, balanced), thresholds, total)
        log(f"  C={c} balanced={balanced}: best so far {best[1] if best else None} "
            f"{vars(best[2]) if best else None} {best[3].summary() if best else None}")
    assert best is not None
    rules_alone = Tally()
    for _, held in splits:
        rules_alone.add(score(held, None))
    return best[1], best[2], {"cv_model": best[3].summary(), "cv_rules_alone": rules_alone.summary(),
                              "C": best[1][0], "balanced": best[1][1], "thresholds": vars(best[2])}


def train(labels: Path, shared: Path, out: Path, nlp: Language, k: int, log: Log) -> dict[str, Any]:
    """Cross-validate on the train split, fit on all of it, save to ``out``; the test split is not read."""
    log(f"reading {labels} (train split only) and parsing its chunks")
    sentences = build(labels, shared, nlp, ["train"], log)
    log(f"{len(sentences)} sentences, {sum(len(s.gold) for s in sentences)} gold events, "
        f"{sum(len(s.candidates) for s in sentences)} candidate words; {k}-fold CV")
    (c, balanced), thresholds, report = cross_validate(sentences, k, log)
    model = fit(sentences, c, thresholds, balanced)
    model.meta.update({"cross_validation": report})
    model.save(out)
    report["dev_model"] = score(sentences, model).summary()  # on what it was fitted on: optimistic
    report["dev_rules_alone"] = score(sentences, None).summary()
    return report


def evaluate(labels: Path, shared: Path, nlp: Language, split: str, model: EventModel | None,
             log: Log) -> dict[str, Any]:
    """The shipped model and the rules alone on one split of the labels (``test``: the frozen part)."""
    sentences = build(labels, shared, nlp, [split], log)
    sampled = [s for s in sentences if s.sampled]
    return {"split": split,
            "random_sample": {"model": score(sampled, model).summary() if model else None,
                              "rules_alone": score(sampled, None).summary()},
            "all": {"model": score(sentences, model).summary() if model else None,
                    "rules_alone": score(sentences, None).summary()}}
