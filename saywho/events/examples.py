"""The labelled sentences the event models learn from and are measured on (``gold/events``).

The labels (``gold/events/labels.jsonl``) point into texts that belong to their publishers; they are joined
back here from ``../shared/data``. The stories written for the project (``gold/events/written/*.jsonl``, source
``written``: international wire-style news, the domain PLOVER's records come from) and the PLOVER-style records
carry their text inline. Each labelled sentence is parsed inside its chunk of the article or its whole story
(the rules read speakers from neighbouring sentences), every candidate word gets features, and a word is
labelled with the category of the gold event whose trigger it heads, else NONE.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
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
from saywho.events.coding import added, lexical_reading, rule_events
from saywho.events.found import Found
from saywho.events.model import NONE, EventModel
from saywho.events.reader import Reader

Log = Callable[[str], None]


@dataclass
class Candidate:
    token: Token
    rule: Found | None
    label: str
    columns: list[int]
    vector: np.ndarray
    probs: dict[int, np.ndarray] = field(default_factory=dict)  # by id(model): thresholds do not change them
    context: np.ndarray | None = None  # the fine-tuned reader's probabilities (saywho.events.context), once read

    def probabilities(self, model: EventModel) -> np.ndarray:
        if id(model) not in self.probs:
            probs = model.probabilities_of(self.columns, self.vector)
            self.probs[id(model)] = probs if self.context is None else model.mix(probs, self.context)
        return self.probs[id(model)]


@dataclass
class Sentence:
    doc_id: str
    split: str
    reader: Reader
    candidates: list[Candidate]
    gold: list[tuple[str, set[str], set[str]]]  # (category, source codes, target codes)
    sampled: bool = True  # from the random chunks, not the keyword-centred ones added for rare categories
    source: str = "polnear-train"  # polnear-train, news-html or written
    built: dict[tuple[int, str, bool], Found | None] = field(default_factory=dict)

    def code_as(self, token: Token, category: str, parse_roles: bool = False) -> Found | None:
        """What the events component adds at this word for this category (computed once)."""
        key = (token.i, category, parse_roles)
        if key not in self.built:
            self.built[key] = added(self.reader, token, category, parse_roles)
        return self.built[key]


def split_of(doc: str) -> str:
    """The frozen-test rule of gold/events/GUIDE.md, for every source: about a fifth of the documents."""
    return "test" if int(hashlib.sha1(doc.encode("utf-8")).hexdigest()[:8], 16) % 5 == 0 else "train"


def read_written(folder: Path) -> tuple[list[dict[str, Any]], dict[tuple[str, str], str]]:
    """The written stories (one JSON line each: doc, text, sentences with their events) as label rows in the
    format of labels.jsonl, source ``written``, split by the same rule on the story's id, and their texts."""
    rows: list[dict[str, Any]] = []
    texts: dict[tuple[str, str], str] = {}
    for path in sorted(folder.glob("*.jsonl")) if folder.is_dir() else []:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            story = json.loads(line)
            texts["written", story["doc"]] = story["text"]
            split = split_of(story["doc"])
            rows.extend({"source": "written", "doc": story["doc"], "start": sentence["start"], "end": sentence["end"],
                         "split": split, "events": sentence["events"]} for sentence in story["sentences"])
    return rows, texts


def read_records_folder(folder: Path) -> tuple[list[dict[str, Any]], dict[tuple[str, str], str]]:
    """The project's PLOVER-style records (gold/events/records: one wire sentence each, its main event and the
    others it holds) as label rows, source ``records``, split by :func:`saywho.eval.plover.split_of`. The
    main event comes first in a row's events: it is the one PLOVER-style scoring asks for."""
    rows: list[dict[str, Any]] = []
    texts: dict[tuple[str, str], str] = {}
    for record in plover.read_records(folder) if folder.is_dir() else ():
        text = record["text"]
        texts["records", record["id"]] = text
        events = []
        for event in [record, *record.get("others", [])]:
            at = text.find(event.get("trigger") or "\0")
            if at < 0:
                continue
            events.append({"event": plover.gold_category(event["event"]), "trigger": [at, at + len(event["trigger"])],
                           **{role: {"code": "|".join(sorted(plover._codes(event.get(role))))}
                              for role in ("source", "target")}})
        rows.append({"source": "records", "doc": record["id"], "start": 0, "end": len(text),
                     "split": "test" if plover.split_of(record["id"]) == "test" else "train", "events": events})
    return rows, texts


def records_folder(labels: Path) -> Path:
    """The PLOVER-style records live beside the labels: gold/events/records/."""
    return labels.parent / "records"


def written_folder(labels: Path) -> Path:
    """The written stories live beside the labels: gold/events/written/."""
    return labels.parent / "written"


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


def build(labels: Path, shared: Path, nlp: Language, splits: Iterable[str], log: Log,
          written: Path | None = None) -> list[Sentence]:
    """Parse every labelled chunk (and every written story) once and turn its sentences into candidates with
    labels. ``written``: the folder of written stories (default: ``written/`` beside the labels)."""
    wanted = set(splits)
    rows = [json.loads(line) for line in labels.read_text(encoding="utf-8").splitlines() if line.strip()]
    written_rows, written_texts = read_written(written_folder(labels) if written is None else written)
    record_rows, record_texts = read_records_folder(records_folder(labels))
    rows += written_rows + record_rows
    written_texts.update(record_texts)
    by_doc: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        if row["split"] in wanted:
            by_doc[row["source"], row["doc"]].append(row)
    news = any(source not in ("written", "records") for source, _ in by_doc)  # our own texts need no ../shared
    texts = {**(read_texts(shared) if news else {}), **written_texts}
    component = nlp.get_pipe("saywho_events")
    # the rules alone: the check learns on top of them, the target ranker on their own targets
    saved_model, component.model = component.model, None
    saved_targets, component.targets = component.targets, None
    sentences: list[Sentence] = []
    try:
        for number, (key, doc_rows) in enumerate(sorted(by_doc.items()), start=1):
            text = texts[key]
            # the sentences before name the speakers; a written story is short and read whole
            begin = 0 if key[0] in ("written", "records") else max(0, min(r["start"] for r in doc_rows) - 600)
            finish = max(r["end"] for r in doc_rows)
            doc = nlp(text[begin:finish])
            sentences.extend(_sentences(doc, begin, doc_rows))
            if number % 50 == 0:
                log(f"  parsed {number}/{len(by_doc)} documents")
    finally:
        component.model, component.targets = saved_model, saved_targets
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
        _onto_rules(heads, rules)
        candidates = []
        for token in span:
            rule = rules.get(token.i)
            if token.i in heads or rule is not None or (token.pos_ in event_model.CANDIDATE_POS and not token.is_stop):
                reading = event_model.reading_of(rule) if rule is not None else None
                lexical = lexical_reading(reader, token) if rule is None else None
                candidates.append(Candidate(token, rule, heads.get(token.i, NONE),
                                            event_model.hashed(event_model.features(token, reading, lexical)),
                                            event_model.dense(token)))
        gold_events = [(g["event"], _codes(g.get("source")), _codes(g.get("target"))) for g in row["events"]]
        result.append(Sentence(row["doc"], row["split"], reader, candidates, gold_events,
                               sampled=row.get("qid", 0) < KEYWORD_CHUNKS_FROM, source=row.get("source", "written")))
    return result


def _onto_rules(heads: dict[int, str], rules: dict[int, Found]) -> None:
    """Move a gold label from a word to the rule event that was read from it: "held talks", "having a good
    dialogue" are labelled at the noun (the guide's trigger) and coded by the rules at the light verb; left
    at the noun, the verb the model scores would learn "no event" from every such sentence."""
    for verb, item in rules.items():
        if verb in heads:
            continue
        covered = [t.i for t in item.tokens if t.i in heads and t.i not in rules and t.pos_ == "NOUN"]
        if covered:
            heads[verb] = heads.pop(covered[0])
