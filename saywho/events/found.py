"""An event as the rules read it, before it gets an id: the tokens it was read from and how sure the reading is."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from saywho.model import Actor, Attribution


@dataclass
class Found:
    """An event before it gets an id: the tokens it was read from."""

    category: str
    mode: str | None
    verb: Token
    source: Actor | None
    target: Actor | None
    tokens: list[Token]
    attribution: Attribution | None
    negated: bool = False
    hypothetical: bool = False
    future: bool = False
    confidence: float = 0.8
    where: Actor | None = None  # the place the clause names, coded as its country
    partner: bool = False  # the target is the other of two joined subjects ("Jordan and Britain agreed")
    explicit: bool = False  # the target is an argument of the trigger the parse names ("killed two Turkish soldiers")
    fixed: bool = False  # a reading the rules are sure of (CAMEO's own convention): the check does not relabel it
    unaimed: bool = False  # aimed at a thing that names no one ("rejected the idea"): no target is guessed for it
