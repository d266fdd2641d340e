"""The target ranker's examples, fit and measures (:mod:`saywho.events.targets`; trained with the source
ranker by ``saywho train roles``, :mod:`saywho.events.role_training`).

The examples are the rules' events of the labelled train sentences (:func:`saywho.events.examples.build`)
whose category a gold event of the sentence has: every choice of target is one example, positive when its
code is among the gold event's target codes (the "no target" choice when the gold event has none), events
with no gold target weighted less (session 8's CV chose 0.3).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from saywho.events import examples
from saywho.events.found import Found
from saywho.events.targets import Choice, TargetModel, choices, code_of, features, hashed
from saywho.ranking import fit_pairs

UNNAMED_WEIGHT = 1.0  # the weight of events whose gold names no target (their "none" is right)


@dataclass
class Group:
    """One rule event of a labelled sentence with its choices of target."""

    sentence: examples.Sentence
    found: Found
    gold: set[str] | None  # the gold event's target codes (empty: it has none); None: no gold event of its category
    choices: list[Choice]
    columns: list[list[int]]

    def labels(self) -> list[int]:
        assert self.gold is not None
        if not self.gold:
            return [int(code_of(c.actor) is None) for c in self.choices]
        return [int(code_of(c.actor) in self.gold) for c in self.choices]


def groups(sentences: Iterable[examples.Sentence]) -> list[Group]:
    result = []
    for sentence in sentences:
        for candidate in sentence.candidates:
            found = candidate.rule
            if found is None:
                continue
            same = [g for g in sentence.gold if g[0] == found.category]
            gold = set().union(*(g[2] for g in same)) if same else None
            options = choices(sentence.reader, found.verb, found.target, found.source)
            columns = [hashed(features(found.verb, found.category, found.source, c, len(options))) for c in options]
            result.append(Group(sentence, found, gold, options, columns))
    return result


def fit(train: list[Group], c: float, margin: float, unnamed: float = UNNAMED_WEIGHT) -> TargetModel:
    """A pairwise ranker: for every right and wrong choice of one event, the difference of their features is
    an example (both signs), so the weights learn what makes one choice better than another of the same
    sentence, which independent yes/no examples do not."""
    learn = [(g.columns, g.labels(), 1.0 if g.gold else unnamed) for g in train
             if g.gold is not None and (g.gold or unnamed) and len(g.choices) > 1]
    weights, pairs = fit_pairs(learn, c)
    return TargetModel(weights, margin, {"C": c, "events": len(learn), "pairs": pairs})


def chosen(group: Group, model: TargetModel | None) -> str | None:
    """The target code the coder gives this event (the rules' when ``model`` is None)."""
    if model is None:
        return code_of(group.found.target)
    return code_of(group.choices[model.pick_among(group.choices, [model.score(c) for c in group.columns])].actor)


def counts(held: list[Group], model: TargetModel | None) -> dict[str, int]:
    """Events whose category a gold event has and whose gold target is named, how many get it right, and the
    records' PLOVER-style type and full match with the rules' events."""
    named = [g for g in held if g.gold]
    by_record: dict[int, list[Group]] = {}
    for group in held:
        if group.sentence.source == "records":
            by_record.setdefault(id(group.sentence), []).append(group)
    records = [s for s in {id(g.sentence): g.sentence for g in held}.values() if s.source == "records" and s.gold]
    typed = full = 0
    for sentence in records:
        category, sources, targets = sentence.gold[0]
        hits = [g for g in by_record.get(id(sentence), []) if g.found.category == category]
        typed += bool(hits)
        full += any((not sources or code_of(g.found.source) in sources)
                    and (not targets or chosen(g, model) in targets) for g in hits)
    unnamed = [g for g in held if g.gold is not None and not g.gold]
    return {"named": len(named), "right": sum(chosen(g, model) in (g.gold or ()) for g in named),
            "unnamed": len(unnamed), "spurious": sum(chosen(g, model) is not None for g in unnamed),
            "records": len(records), "typed": typed, "full": full}


def summary(total: dict[str, int]) -> dict[str, float]:
    n = max(1, total["records"])
    return {"events_with_named_target": total["named"], "target_accuracy": round(total["right"] / max(1, total["named"]), 3),
            "events_with_no_gold_target": total["unnamed"],
            "given_a_target_anyway": round(total["spurious"] / max(1, total["unnamed"]), 3),
            "records": total["records"], "type_match": round(total["typed"] / n, 3),
            "full_match": round(total["full"] / n, 3)}


def measure(held: list[Group], model: TargetModel | None) -> dict[str, float]:
    return summary(counts(held, model))
