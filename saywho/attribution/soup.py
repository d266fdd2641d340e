"""Train the shipped tagger as a soup of fold models (``saywho train soup``), with out-of-fold scores.

PolNeAR train is cut into five folds by article (``content_check.fold_of``). Five taggers are fine-tuned with
:func:`saywho.attribution.training.fit`'s recipe, each without one fold and from the same start (seed 13), and
each keeps its best dev epoch. Two things come of them:

- the weights that ship are their average (a uniform "model soup"): one encoder's cost at run time, and on dev
  as good as averaging the five taggers' probabilities, better than any one of them (docs/accuracy.md);
- every train article's word scores from the tagger that did not see it (``oof.npz``), which is what the
  content check needs to learn where the tagger is wrong on text it has not seen (``saywho train content
  --oof``).

The five run side by side as processes, on one GPU in minutes (about four on an H100) or on CPU in many hours.
Imports no spaCy, like ``training``: ``python -m saywho.attribution.soup`` runs where only PyTorch and
transformers are.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Any

import numpy as np
import torch
import torch.multiprocessing as mp

from saywho.attribution import content_check, training
from saywho.attribution import tagger as learned

OOF = "oof.npz"


def _member(fold: int, args: dict[str, Any], work: Path) -> None:
    """One fold model: fit without ``fold``, keep its weights and its scores on the held articles."""
    torch.set_num_threads(max(1, (os.cpu_count() or 2) // args["folds"]))
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    tokenizer = learned.load_tokenizer(learned.base_dir())
    records = training.read(args["train"], args["limit"])
    dev = training.read(args["dev"], args["limit"])
    kept = [r for r in records if content_check.fold_of(str(r["id"]), args["folds"]) != fold]
    held = [r for r in records if content_check.fold_of(str(r["id"]), args["folds"]) == fold]
    model, history = training.fit(kept, dev, tokenizer, device, epochs=args["epochs"], deadline=args["deadline"],
                                  log=lambda line: print(f"fold {fold}: {line}", flush=True))
    encoded = [learned.encode(tokenizer, r["text"]) for r in held]
    window, stride = training.RECIPE["window"], training.RECIPE["stride"]
    scores = learned.word_scores(model, encoded, window, stride) if held else []
    np.savez(work / f"held{fold}.npz", **{str(r["id"]): s.astype(np.float16) for r, s in zip(held, scores, strict=True)})
    torch.save({k: v.cpu() for k, v in model.state_dict().items() if k != learned.WORD_EMBEDDINGS}, work / f"model{fold}.pt")
    (work / f"history{fold}.json").write_text(json.dumps({"fold": fold, "articles": len(kept), "held": len(held), "history": history}))


def train(train_path: Path, dev_path: Path, out: Path, folds: int = 5, epochs: int = 16, deadline: float | None = None,
          limit: int | None = None, log: Any = print) -> dict[str, Any]:
    """Fit the fold models side by side, write their soup (``tagger.*``) and the out-of-fold scores to ``out``."""
    began = time.time()
    out.mkdir(parents=True, exist_ok=True)
    work = out / "members"
    work.mkdir(exist_ok=True)
    args = {"train": train_path, "dev": dev_path, "folds": folds, "epochs": epochs, "deadline": deadline, "limit": limit}
    context = mp.get_context("spawn")  # CUDA cannot be forked
    processes = [context.Process(target=_member, args=(k, args, work)) for k in range(folds)]
    for process in processes:
        process.start()
    for process in processes:
        process.join()
    failed = [k for k, p in enumerate(processes) if p.exitcode != 0]
    if failed:
        raise RuntimeError(f"fold models {failed} failed; their output is above")
    oof: dict[str, np.ndarray] = {}
    for k in range(folds):
        with np.load(work / f"held{k}.npz") as held:
            oof.update({key: held[key] for key in held.files})
    np.savez_compressed(out / OOF, **oof)
    states = [torch.load(work / f"model{k}.pt") for k in range(folds)]
    model = learned.build(learned.base_dir())
    model.load_state_dict({k: sum(s[k].float() for s in states) / folds for k in states[0]}, strict=False)
    members = [json.loads((work / f"history{k}.json").read_text()) for k in range(folds)]
    settings: dict[str, Any] = {
        **training.SETTINGS, **training.RECIPE, "epochs": epochs, "train": train_path.name, "train_articles": sum(m["held"] for m in members),
        "soup": f"the uniform average of {folds} taggers, each trained without one fold of {train_path.name} "
                "(folds by sha1 of the article id) and kept at its best dev epoch",
        "members": [{"fold": m["fold"], "articles": m["articles"], "best": max(m["history"], key=lambda r: r["mean_exact"])}
                    for m in members],
    }
    learned.save(model, out, settings)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    settings["continue_content"] = training.choose_bonus(out, training.read(dev_path, limit), device, log)
    settings["inference_stride"] = training.RECIPE["stride"]
    settings["seconds_total"] = round(time.time() - began, 1)
    (out / "tagger.json").write_text(json.dumps(settings, indent=2) + "\n")
    log(f"wrote the soup of {folds} and {len(oof)} articles' out-of-fold scores to {out} in {settings['seconds_total']:.0f} s")
    return settings


def main(argv: list[str] | None = None) -> None:
    parser = training.arguments("Train the saywho attribution tagger as a soup of fold models.")
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args(argv)
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    train(args.train, args.dev, args.out, args.folds, args.epochs, args.deadline, args.limit,
          log=lambda line: print(line, flush=True))


if __name__ == "__main__":
    main()
