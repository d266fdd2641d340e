"""Score event coding against PLOVER gold-standard records.

Each record is one sentence with one gold event: a PLOVER 0.5 label (mapped
here to PLOVER 2.0), and source and target actors with CAMEO country codes.
A record counts as

* **type**: some event saywho finds in the sentence has the gold category;
* **full**: such an event also has a source code among the gold source codes
  and a target code among the gold target codes (an empty gold role matches
  anything, as in UD-PETRARCH's scoring);

and every other event found in the sentence counts as **extra**.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any

import typer

from saywho.eval.polnear import read_gold
from saywho.model import Actor, Event

# PLOVER 0.5 labels that PLOVER 2.0 renamed or merged.
LABELS_05 = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
# Legacy CAMEO country codes in the gold data, and what ISO 3166 says.
CODE_ALIASES = {"JAP": "JPN", "ROM": "ROU", "ZAR": "COD", "SER": "SRB", "YUG": "SRB", "BOS": "BIH"}


@dataclass
class Score:
    records: int = 0
    typed: int = 0
    full: int = 0
    extra: int = 0
    by_category: Counter = field(default_factory=Counter)
    typed_by_category: Counter = field(default_factory=Counter)
    full_by_category: Counter = field(default_factory=Counter)
    rows: list[dict[str, Any]] = field(default_factory=list)  # one per record, to compare two builds record by record

    @property
    def misses(self) -> list[dict[str, Any]]:
        """The records not fully matched."""
        return [{"id": r["id"], "gold": r["gold"], "found": r["found"]} for r in self.rows if not r["full"]]

    def summary(self) -> dict[str, Any]:
        n = self.records or 1
        return {
            "records": self.records,
            "type_match": round(self.typed / n, 3),
            "full_match": round(self.full / n, 3),
            "extra_per_record": round(self.extra / n, 3),
        }

    def categories(self) -> list[dict[str, Any]]:
        return [
            {"category": c, "records": n, "type_match": self.typed_by_category[c], "full_match": self.full_by_category[c]}
            for c, n in sorted(self.by_category.items())
        ]


def read_records(path: Path) -> Iterator[dict[str, Any]]:
    """PLOVER records from a JSON Lines file, or from every ``*.jsonl`` of a folder (gold/events/records)."""
    for file in sorted(path.glob("*.jsonl")) if path.is_dir() else [path]:
        yield from read_gold(file, ("text", "event"), "PLOVER")


def split_of(record_id: str) -> str:
    """The project's own records (gold/events/records) are split by id, fixed before any was written: a third
    is the frozen test. PLOVER's own records (dev.jsonl) are all dev."""
    if not record_id.startswith("SAYWHO-"):
        return "dev"
    return "test" if int(hashlib.sha1(record_id.encode("utf-8")).hexdigest()[:8], 16) % 3 == 0 else "train"


def gold_category(label: str) -> str:
    return LABELS_05.get(label.upper(), label.upper())


def _codes(role: Any) -> set[str]:
    """A record's actor codes: PLOVER's list of {"actorText", "code"}, or codes written plainly ("RUS", or a
    list of them)."""
    if not role:
        return set()
    items = [role] if isinstance(role, (str, dict)) else role
    codes = [item if isinstance(item, str) else item.get("code", "") if isinstance(item, dict) else "" for item in items]
    return {_norm(code) for code in codes if code}


def _norm(code: str) -> str:
    code = code.strip().upper()[:3]
    return CODE_ALIASES.get(code, code)


def actor_code(actor: Actor | None) -> str | None:
    return _norm(actor.country) if actor is not None and actor.country else None


def matches(event: Event, record: dict[str, Any]) -> tuple[bool, bool]:
    """(right type, right type and actor codes) for one event against one record."""
    if event.category != gold_category(record["event"]):
        return False, False
    sources, targets = _codes(record.get("source")), _codes(record.get("target"))
    source_ok = not sources or actor_code(event.source) in sources
    target_ok = not targets or actor_code(event.target) in targets
    return True, source_ok and target_ok


def score_record(events: list[Event], record: dict[str, Any], score: Score) -> None:
    category = gold_category(record["event"])
    results = [matches(e, record) for e in events]
    typed = any(t for t, _ in results)
    full = any(f for _, f in results)
    score.records += 1
    score.by_category[category] += 1
    score.typed += typed
    score.full += full
    score.typed_by_category[category] += typed
    score.full_by_category[category] += full
    score.extra += len(events) - (1 if typed else 0)
    score.rows.append({"id": record.get("id"), "gold": category, "type": typed, "full": full,
                       "extra": len(events) - (1 if typed else 0), "found": [_brief(e) for e in events]})


def _brief(event: Event) -> str:
    return f"{event.category} {actor_code(event.source)}→{actor_code(event.target)}"


def score_plover(records: list[dict[str, Any]], nlp: Any) -> Score:
    score = Score()
    for start in range(0, len(records), CHUNK):
        chunk = records[start:start + CHUNK]
        for record, events in zip(chunk, _events(chunk, nlp), strict=True):
            score_record(events, record, score)
    return score


CHUNK = 64


def _events(records: list[dict[str, Any]], nlp: Any) -> list[list[Event]]:
    """Each record's events, parsed together; a record the pipeline fails on is named on stderr and has none,
    so one record never stops the score (it counts as missed)."""
    try:
        return [list(doc._.saywho_events) for doc in nlp.pipe(r["text"] for r in records)]
    except Exception:  # noqa: BLE001 - find the failing record below
        pass
    found = []
    for record in records:
        try:
            found.append(list(nlp(record["text"])._.saywho_events))
        except Exception as error:  # noqa: BLE001 - one record's failure is its own
            reason = f"{type(error).__name__}: {error}".replace("\n", " ")
            typer.echo(f"{record.get('id', '?')}: the pipeline failed ({reason})", err=True)
            found.append([])
    return found


def score_table(score: Score, title: str) -> Any:
    from rich.table import Table

    table = Table(title=title)
    for column in ("category", "records", "type", "full"):
        table.add_column(column, justify="left" if column == "category" else "right")
    for row in score.categories():
        table.add_row(row["category"], str(row["records"]), str(row["type_match"]), str(row["full_match"]))
    summary = score.summary()
    table.add_section()
    table.add_row("all", str(summary["records"]), f"{summary['type_match']:.3f}", f"{summary['full_match']:.3f}")
    table.caption = f"extra events per record: {summary['extra_per_record']:.3f}"
    return table


def register(app: Any, eval_app: Any) -> None:
    """Add ``saywho eval plover`` to the CLI."""
    @eval_app.command("plover")
    def eval_plover(
        file: Annotated[Path, typer.Argument(
            help="PLOVER gold records, JSON Lines (text, event, source, target), or a folder of them")],
        fmt: Annotated[str, typer.Option("--format", "-f", help="table or json")] = "table",
        misses: Annotated[bool, typer.Option("--misses", help="List the records not fully matched")] = False,
        split: Annotated[str, typer.Option(
            "--split", help="the project's own records: train, test (frozen; read rarely) or all")] = "all",
        model: Annotated[str, typer.Option("--model", help="fast or accurate (its reader of sentences too)")] = "fast",
        per_record: Annotated[Path | None, typer.Option(
            "--per-record", help="Also write each record's result (JSON Lines: id, gold, type, full, extra, found), "
            "to compare two builds record by record; not for the frozen test split")] = None,
    ) -> None:
        """Share of gold events found with the right type, with the right actor codes, and extra events per record."""
        from saywho.console import err, out
        from saywho.pipeline import load_nlp

        try:
            records = list(read_records(file))
        except (OSError, ValueError) as error:
            err.print(f"error: {error}", markup=False, highlight=False)
            raise typer.Exit(1) from None
        if split not in ("train", "test", "all"):
            err.print(f"error: --split {split!r}: use train, test or all", markup=False, highlight=False)
            raise typer.Exit(2)
        if split != "all":
            records = [r for r in records if split_of(str(r.get("id", ""))) == split]
        if misses and split == "test":
            err.print("[yellow]listing misses of the frozen test records: do not tune rules on these[/yellow]")
        if per_record is not None and split == "test":
            err.print("error: --per-record: the frozen test split is scored in aggregate only", markup=False,
                      highlight=False)
            raise typer.Exit(2)
        try:
            nlp = load_nlp(model)
        except RuntimeError as error:  # an unknown model, or accurate without its extra
            err.print(f"error: --model {model}: {error}", markup=False, highlight=False)
            raise typer.Exit(2) from None
        score = score_plover(records, nlp)
        if per_record is not None:
            try:
                with per_record.open("w", encoding="utf-8") as handle:
                    handle.writelines(json.dumps(row) + "\n" for row in score.rows)
            except OSError as error:
                err.print(f"error: --per-record {per_record}: {error.strerror or error}", markup=False, highlight=False)
                raise typer.Exit(1) from None
        if fmt == "json":
            out.file.write(json.dumps({**score.summary(), "categories": score.categories()}, indent=2) + "\n")
        else:
            out.print(score_table(score, title=f"{file.name}: {score.records} PLOVER records"))
        if misses:
            for miss in score.misses:
                out.print(f"{miss['id']}: gold {miss['gold']}; found {', '.join(miss['found']) or 'nothing'}",
                          markup=False, highlight=False)
