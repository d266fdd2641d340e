"""What every command shares: the two consoles, the common options, and loading the pipeline lazily.

Subcommand modules (web, eval, exports, sources) import these from here; only ``saywho.cli`` registers
commands, so nothing imports the CLI back.
"""

from __future__ import annotations

import sys
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console

if TYPE_CHECKING:
    from spacy.language import Language

# A pipe or a CI log has no width; 120 columns keep the statement table legible there.
out = Console(soft_wrap=False, width=None if sys.stdout.isatty() else 120)
err = Console(stderr=True, soft_wrap=True)  # one error, one line: never wrapped at the terminal's width

DbOption = Annotated[str | None, typer.Option("--db", help="SQLAlchemy URL or SQLite file (default: $SAYWHO_DB or saywho.db)")]


class ModelChoice(StrEnum):
    fast = "fast"
    accurate = "accurate"


ModelOption = Annotated[ModelChoice, typer.Option("--model", help="fast: spaCy rules; accurate: learned tagger")]


def load_nlp(model: str = "fast") -> Language:
    """The pipeline, imported here: spaCy (and torch, which thinc imports) load only for commands that parse,
    so ``saywho --help`` and the store's commands start in a fraction of the time."""
    from saywho.pipeline import load_nlp as load

    return load(model)


def nlp_or_exit(model: ModelChoice) -> Language:
    """The pipeline, or a one-line error and exit status 2 when its model is not installed."""
    try:
        return load_nlp(model.value)
    except RuntimeError as error:
        err.print(f"error: {error}", markup=False, highlight=False)
        raise typer.Exit(2) from None
