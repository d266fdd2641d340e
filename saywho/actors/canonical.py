"""One actor per person or body: canonical names and ids across an article, and the store's own actors
layered over the built-in dictionary."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from saywho.actors.countries import is_metonym, reading
from saywho.actors.dictionary import Dictionary, actor_of_state, builtin, on_date, read_dictionary
from saywho.actors.phrases import _merge, another_person
from saywho.model import Actor, Article

# -- linking articles ------------------------------------------------------------

def canonical(actor: Actor, dictionary: Dictionary, countries: Collection[str]) -> Actor:
    """The dictionary's actor for this one (coded as on the date :func:`on_date` set), or the actor itself.

    A lone surname that no dictionary name carries becomes the one person of that surname in the dictionary
    only when the article names that person's state (``countries``): Phoenix lists thousands of officials,
    and "as Herbert notes" in a science story is not Liberia's Christian Herbert. A lower-case name ("the
    body") is a description, never a surname."""
    if actor.id in dictionary.by_id:
        known = dictionary.at_date(dictionary.by_id[actor.id])
        # the article's own reading of whom the person acts for wins over the dictionary's dated code: "NATO
        # Secretary-General Jens Stoltenberg" is NATO's, though Phoenix lists him as Norway's prime minister
        # (and the title the article gives, "Home Secretary James Cleverly", over the dictionary's older one)
        return actor if actor.country and known.country and actor.country != known.country else _linked(known, actor)
    found = dictionary.lookup(actor.name)
    if found is not None and found.type == "person" and another_person(actor, found):
        return actor
    name = actor.name.strip()
    if found is None and actor.type == "person" and " " not in name and name[:1].isupper():
        found = _unique_surname(name, dictionary, countries)
    if found is None and actor.type == "organisation" and actor.country and is_metonym(name):
        found = actor_of_state(actor.country, "GOV")  # "Athens dismissed the claim": the Greek government
    if found is None or (found.type == "person") != (actor.type == "person"):
        return actor
    if actor.country and found.country and actor.country != found.country:
        return actor
    return _linked(found, actor)


def _linked(known: Actor, actor: Actor) -> Actor:
    """The dictionary's actor with what the article says of this one; an opposition role the article gives a person
    outlasts the office the dictionary knows them by ("shadow chancellor Jeremy Hunt", "opposition leader Raila
    Odinga")."""
    merged = _merge(known, actor)
    return replace(merged, sector="OPP") if actor.sector == "OPP" and merged.type == "person" else merged


def _unique_surname(name: str, dictionary: Dictionary, countries: Collection[str]) -> Actor | None:
    matches = {i for i in dictionary.by_surname.get(name.lower(), set())
               if i in dictionary.by_id and dictionary.by_id[i].type == "person"}
    if len(matches) != 1:
        return None
    found = dictionary.at_date(dictionary.by_id[matches.pop()])
    return found if found.country in countries else None


def countries_of(actors: Iterable[Actor]) -> set[str]:
    """The states an article's actors belong to: where a lone surname may be looked up."""
    return {actor.country for actor in actors if actor.country}


def canonicalise(article: Article, dictionary: Dictionary) -> None:
    """Rewrite every actor the article mentions onto its canonical actor, in place.

    In place because attributions and events hold the same actors by
    reference; each object found is updated, so ids stay consistent. People whose code changed over time
    (Phoenix's date-ranged codes) are coded as on the article's publication date.
    """
    with on_date(article.published), reading(article.text or ""):
        _canonicalise(article, dictionary)


def _canonicalise(article: Article, dictionary: Dictionary) -> None:
    countries = countries_of(_every_actor(article))
    for actor in _every_actor(article):
        found = canonical(actor, dictionary, countries)
        if found is not actor:
            actor.id, actor.name, actor.country = found.id, found.name, found.country or actor.country
            actor.type, actor.sector = found.type, found.sector or actor.sector
            actor.aliases = list(dict.fromkeys([*found.aliases, *actor.aliases]))
            actor.title = actor.title or found.title
    unique: dict[str, Actor] = {}
    for actor in article.actors:
        unique.setdefault(actor.id, actor)
    article.actors = list(unique.values())


def _every_actor(article: Article) -> Iterator[Actor]:
    yield from article.actors
    for item in article.attributions:
        if item.speaker is not None:
            yield item.speaker
    for event in article.events:
        for actor in (event.source, event.target):
            if actor is not None:
                yield actor


def with_surname_alias(actor: Actor) -> Actor:
    """People get their surname as an alias, so a later "Putin" links to "Vladimir Putin"."""
    if actor.type == "person" and " " in actor.name:
        surname = actor.name.split()[-1]
        if surname not in actor.aliases:
            actor.aliases.append(surname)
    return actor


class StoredActors:
    """The built-in and stored actors as one dictionary, for linking each article saved.

    Reading the whole actors table for every article would make a batch's saves
    slow down as the store grows, so the dictionary is read once, and the actors
    each save writes are added to it. Another process writing the same store
    changes the table's row count, and the next save reads it afresh; aliases
    another process adds to an actor already known are seen after that.
    """

    def __init__(self) -> None:
        self.dictionary: Dictionary | None = None
        self.rows = -1

    def current(self, conn) -> Dictionary:  # noqa: ANN001 - a SQLAlchemy Connection
        from sqlalchemy import func, select

        from saywho.store import actor_from_row, schema

        rows = conn.execute(select(func.count()).select_from(schema.actors)).scalar_one()
        if self.dictionary is None or rows != self.rows:
            self.dictionary = builtin().copy()
            self.remember(actor_from_row(row) for row in conn.execute(select(schema.actors)).mappings())
            self.rows = rows
        return self.dictionary

    def remember(self, actors: Iterable[Actor]) -> None:
        """Add stored actors: over a built-in entry of the same id, or as themselves."""
        assert self.dictionary is not None
        for stored in actors:
            if stored.id in builtin().by_id:
                self.dictionary.add(_over_builtin(stored, builtin().by_id[stored.id]))
            elif stored.aliases:
                self.dictionary.add(stored)
            else:
                self.dictionary.by_id.setdefault(stored.id, stored)

    def saved(self, conn, actors: list[Actor]) -> None:  # noqa: ANN001 - a SQLAlchemy Connection
        """After a save in this process: keep the dictionary in step without reading the table again."""
        from sqlalchemy import func, select

        from saywho.store import schema

        if self.dictionary is None:
            return
        self.remember(Actor.from_dict(a.to_dict()) for a in actors)
        self.rows = conn.execute(select(func.count()).select_from(schema.actors)).scalar_one()


def link_actors(conn, article: Article, stored: StoredActors | None = None) -> None:  # noqa: ANN001
    """Before saving: map the article's actors onto the built-in and stored dictionaries."""
    dictionary = (stored or StoredActors()).current(conn)
    canonicalise(article, dictionary)
    for actor in _every_actor(article):
        with_surname_alias(actor)


def _over_builtin(stored: Actor, shipped: Actor) -> Actor:
    """A stored actor with a built-in's id: the user's entry is the later addition, so its type wins."""
    merged = _merge(shipped, stored)
    merged.type = stored.type or shipped.type
    merged.aliases = list(dict.fromkeys([*merged.aliases, *stored.aliases]))
    return merged


def import_dictionary(store, path: Path) -> int:  # noqa: ANN001 - a saywho Store
    """Add (or update) the file's actors in the store; returns how many were read."""
    actors = read_dictionary(path)
    with store.engine.begin() as conn:
        for actor in actors:
            store.upsert_actor(conn, actor)
    store.actors_changed()
    return len(actors)
