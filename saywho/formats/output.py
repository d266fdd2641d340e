"""Render articles and statements for people (Rich tables) and programs (JSON)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from saywho.model import Actor, Article, Attribution

KIND_STYLE = {"direct": "bold green", "mixed": "yellow", "indirect": "cyan"}


def speaker_label(actor: Actor | None, fallback: str | None = None) -> str:
    if actor is None:
        return fallback or "?"
    details = ", ".join(x for x in (actor.title, actor.country) if x)
    return f"{actor.name} ({details})" if details else actor.name


def attribution_table(article: Article, title: str | None = None, everything: bool = False) -> Table:
    """The statements of an article; ``everything`` adds the other attributions, their act marked."""
    heading = title or article.title or _first_words(article.text) or article.id
    table = Table(title=heading, show_lines=True, expand=True, title_justify="left", title_style="bold")
    table.add_column("#", style="dim", no_wrap=True)
    table.add_column("Speaker", ratio=2, min_width=16)
    table.add_column("Cue (source)", ratio=2, min_width=14)
    table.add_column("Kind", no_wrap=True)
    table.add_column("What was said", ratio=6)
    for item in article.attributions if everything else article.statements:
        kind = Text(item.kind, style=KIND_STYLE.get(item.kind, ""))
        if not item.statement:  # --all: say why it is not a statement
            kind.append(f"\n{item.act}, {item.source_type}", style="dim italic")
        table.add_row(
            item.id,
            _speaker_cell(item),
            _source_cue(item),
            kind,
            " … ".join(span.text for span in item.content),
        )
    return table


def _first_words(text: str, limit: int = 90) -> str:
    line = text.strip().split("\n", 1)[0]
    return line if len(line) <= limit else line[: limit - 1].rsplit(" ", 1)[0] + "…"


def _speaker_cell(item: Attribution) -> Text:
    cell = Text()
    if item.speaker is None:
        cell.append(item.source.text if item.source else "?", style="italic")
        return cell
    cell.append(item.speaker.name, style="bold")
    details = ", ".join(x for x in (item.speaker.title, item.speaker.country) if x)
    if details:
        cell.append(f"\n{details}", style="dim")
    return cell


def _source_cue(item: Attribution) -> Text:
    text = Text()
    text.append(item.cue.text if item.cue else "—", style="bold")
    if item.source is not None and (item.speaker is None or item.source.text != item.speaker.name):
        text.append(f"\n({item.source.text})", style="magenta")
    extras = [f"to {item.addressee}" if item.addressee else "", f"via {item.medium}" if item.medium else ""]
    if item.negated:
        extras.append("negated")
    extra = "; ".join(x for x in extras if x)
    if extra:
        text.append(f"\n{extra}", style="dim")
    return text


def events_table(article: Article) -> Table:
    table = Table(title="Events", show_lines=False, expand=True, title_justify="left", title_style="bold")
    table.add_column("#", style="dim", no_wrap=True)
    table.add_column("Event", no_wrap=True)
    table.add_column("Source", ratio=2)
    table.add_column("Target", ratio=2)
    table.add_column("Evidence", ratio=3)
    table.add_column("CAMEO · Goldstein", no_wrap=True)
    for item in article.events:
        flags = [name for name in ("negated", "hypothetical", "future") if getattr(item, name)]
        label = item.category + (f" ({item.mode})" if item.mode else "") + (f" [{', '.join(flags)}]" if flags else "")
        table.add_row(
            item.id, label, speaker_label(item.source, "—"), speaker_label(item.target, "—"),
            item.evidence.text + (f" (in {item.place.full_name or item.place.name})" if item.place else ""),
            f"{item.cameo_code or item.cameo or '—'} · {item.goldstein if item.goldstein is not None else '—'}",
        )
    return table


def statements_table(rows: Iterable[dict[str, Any]]) -> Table:
    table = Table(show_lines=True, expand=True)
    table.add_column("Article", style="dim", ratio=2)
    table.add_column("Speaker", style="bold", ratio=2)
    table.add_column("Cue", ratio=1)
    table.add_column("What was said", ratio=6)
    for row in rows:
        cue = (row.get("cue") or {}).get("text", "")
        if row.get("statement") is False:  # listed with --all
            cue += f"\n({row.get('act')}, {row.get('source_type')})"
        speaker = row.get("speaker") or (row.get("source") or {}).get("text") or "?"
        table.add_row(f"{row['article_id']} {row['local_id']}", speaker, cue, row["content_text"])
    return table


def print_articles(articles: list[Article], fmt: str, console: Console, everything: bool = False) -> None:
    """Statements only unless ``everything`` (``--all``): the other attributions too, in every format."""
    if fmt == "json":
        data: Any = [a.to_dict(statements_only=not everything) for a in articles]
        console.file.write(json.dumps(data[0] if len(data) == 1 else data, ensure_ascii=False, indent=2) + "\n")
    elif fmt == "jsonl":
        for article in articles:
            console.file.write(json.dumps(article.to_dict(statements_only=not everything), ensure_ascii=False) + "\n")
    else:
        for article in articles:
            console.print(attribution_table(article, everything=everything))
            if article.events:
                console.print(events_table(article))
            others = len(article.attributions) - len(article.statements)
            hidden = f" ({others} other attributions: --all)" if others and not everything else ""
            console.print(f"[dim]{len(article.statements)} statements{hidden}, {len(article.events)} events, "
                          f"{len(article.actors)} actors[/dim]\n")
