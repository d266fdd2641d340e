"""Counts for the fuzzing campaigns, printed in pytest's terminal summary whether or not ``-s`` is given.

Each campaign (a test) adds what it tried and how many of those failed a property;
the summary shows them after the run, so CI logs say how much fuzzing was done.
A failing property still fails its test as usual: the count only reports it.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

import pytest
from sqlalchemy import create_engine, text


@dataclass
class Campaigns:
    """Inputs tried and failures per campaign name, for the terminal summary."""

    tried: Counter[str] = field(default_factory=Counter)
    failed: Counter[str] = field(default_factory=Counter)
    units: dict[str, str] = field(default_factory=dict)
    details: dict[str, Counter[str]] = field(default_factory=dict)

    def pytest_terminal_summary(self, terminalreporter: pytest.TerminalReporter) -> None:
        terminalreporter.section("fuzzing campaigns")
        for name in self.tried:
            seen = self.details.get(name)
            breakdown = f" ({', '.join(f'{key} {count}' for key, count in sorted(seen.items()))})" if seen else ""
            terminalreporter.write_line(f"{name}: {self.tried[name]} {self.units[name]} tried, "
                                        f"failures: {self.failed[name]}{breakdown}")


_KEY = pytest.StashKey[Campaigns]()


def campaigns(config: pytest.Config) -> Campaigns:
    """The session's counts, registered as a plugin on first use so its summary hook runs at the end."""
    if _KEY not in config.stash:
        config.stash[_KEY] = Campaigns()
        config.pluginmanager.register(config.stash[_KEY], "saywho-fuzzing-campaigns")
    return config.stash[_KEY]


class Tally:
    """One campaign's counter: ``with tally.input():`` around each input counts it, and any failure."""

    def __init__(self, config: pytest.Config, name: str, unit: str = "inputs") -> None:
        self.all = campaigns(config)
        self.name = name
        self.all.units[name] = unit
        self.all.tried[name] += 0

    def add(self, tried: int, failed: int = 0) -> None:
        self.all.tried[self.name] += tried
        self.all.failed[self.name] += failed

    def saw(self, what: str, count: int = 1) -> None:
        """Count outcomes (an HTTP status class, a kind of input) for the summary's breakdown."""
        self.all.details.setdefault(self.name, Counter())[what] += count

    def input(self) -> _Counted:
        return _Counted(self)


class _Counted:
    def __init__(self, tally: Tally) -> None:
        self.tally = tally

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: type[BaseException] | None, *_: object) -> None:
        # Hypothesis stops a run it cannot use (assume, filters) with its own exceptions: not a failure.
        if kind is not None and kind.__module__.startswith("hypothesis"):
            return
        self.tally.add(1, 1 if kind is not None else 0)


@contextmanager
def own_database(server_url: str) -> Iterator[str]:
    """A fresh database on the PostgreSQL server of ``server_url``, dropped afterwards.

    The session's test database is shared by other modules that count its rows; a
    campaign that stores hundreds of generated articles must not leave them there.
    """
    name = f"saywho_fuzz_{uuid.uuid4().hex[:10]}"
    admin = create_engine(server_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield server_url.rsplit("/", 1)[0] + f"/{name}"
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
