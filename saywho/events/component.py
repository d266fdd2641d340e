"""The ``saywho_events`` spaCy component: events from the parse, speakers and actors made canonical."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.language import Language
from spacy.tokens import Doc

from saywho.actors.canonical import canonical, countries_of
from saywho.actors.countries import reading
from saywho.actors.dictionary import DATE_KEY, Dictionary, builtin, on_date
from saywho.attribution import offices, speakers
from saywho.doctext import text_of
from saywho.events import model as event_model
from saywho.events import sources, targets
from saywho.events.cameo import CATEGORIES
from saywho.events.coding import find_events
from saywho.ingest.datelines import dateline_country
from saywho.model import Attribution, Event

if TYPE_CHECKING:  # the reader needs torch, which the fast mode does not load
    from saywho.events.context import ContextReader


@Language.factory("saywho_events", default_config={"learned": True, "reader": False})
def make_events(nlp: Language, name: str, learned: bool, reader: bool) -> EventsComponent:
    """``reader``: mix in the fine-tuned reader of sentences (accurate mode; needs torch)."""
    if not learned:
        return EventsComponent()
    context_reader = None
    if reader:
        from saywho.events import context  # torch loads only for this

        context_reader = context.shipped()
    return EventsComponent(event_model.shipped(), targets.shipped(), sources.shipped(), context_reader)


class EventsComponent:
    """Sets ``doc._.saywho_events`` from the parse and the attributions; canonicalises the actors.

    With a trained model (``saywho train events``) the model has the last word on which words are events
    and of which category; the rules still read source and target off the parse, and the learned rankers
    (``saywho train roles``) may then prefer other actors of the sentence as source and target, and give
    roles to the words the model adds where the rules could read none. In accurate mode a fine-tuned reader
    of each sentence (:mod:`saywho.events.context`), when one was trained, lends the model its reading.
    """

    def __init__(self, model: event_model.EventModel | None = None, target_model: targets.TargetModel | None = None,
                 source_model: sources.SourceModel | None = None, reader: ContextReader | None = None) -> None:
        self.model = model
        self.targets = target_model  # the learned target ranker (None: the rules' targets)
        self.sources = source_model  # the learned source ranker (None: the rules' sources)
        self.reader = reader  # accurate mode's reader of event words, when one was trained

    def __call__(self, doc: Doc) -> Doc:
        # people whose codes changed: as on the article's day; "Congo" as its places say
        with on_date(doc.user_data.get(DATE_KEY)), reading(text_of(doc), dateline_country(doc)):
            return self._code(doc)

    def _code(self, doc: Doc) -> Doc:
        attributions = doc._.saywho_attributions  # fresh objects: changed speakers are assigned back below
        register = speakers.Register(doc)
        dictionary = builtin()
        countries = countries_of([*doc._.saywho_actors, *(i.speaker for i in attributions if i.speaker is not None)])
        for item in attributions:
            if item.speaker is not None:
                _canonical_speaker(item, dictionary, countries)
        model = self.model if self.model is None or self.reader is None else self.reader.over(doc, self.model)
        doc._.saywho_events = find_events(doc, attributions, register, model, self.targets, self.sources)
        offices.settle_states(doc, attributions)
        doc._.saywho_attributions = attributions
        _add_actors(doc, attributions, dictionary, countries)
        return doc


def _canonical_speaker(item: Attribution, dictionary: Dictionary, countries: set[str]) -> None:
    found = canonical(item.speaker, dictionary, countries)  # type: ignore[arg-type]
    if found is not item.speaker:
        item.speaker = found


def _add_actors(doc: Doc, attributions: list[Attribution], dictionary: Dictionary, countries: set[str]) -> None:
    every = {a.id: a for a in (canonical(a, dictionary, countries) for a in doc._.saywho_actors)}
    for item in attributions:
        if item.speaker is not None:
            every.setdefault(item.speaker.id, item.speaker)
    for event in doc._.saywho_events:
        for actor in (event.source, event.target):
            if actor is not None:
                every.setdefault(actor.id, actor)
    doc._.saywho_actors = list(every.values())


def events_of(doc: Doc) -> list[Event]:
    """The events the pipeline found in ``doc`` (empty when the component is not in the pipeline)."""
    return list(doc._.saywho_events)


def iter_coding_table() -> list[tuple[str, str, int, float]]:
    """The PLOVER → CAMEO/QuadClass/Goldstein table, for documentation and exports."""
    return [(category, *values) for category, values in CATEGORIES.items()]
