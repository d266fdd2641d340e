"""Event coding: who did what to whom, as PLOVER 2.0 events with CAMEO/GDELT equivalents.

- :mod:`~saywho.events.component`: the ``saywho_events`` spaCy component;
- :mod:`~saywho.events.reader` and :mod:`~saywho.events.roles`: events and their source and target read
  off the parse; :mod:`~saywho.events.grammar` the questions asked of a verb, :mod:`~saywho.events.mood`
  whether its act is said to have happened (negated, future, hypothetical), :mod:`~saywho.events.phrasings`
  the set phrasings that name an act ("called the decision 'terrorism'", "ordered French troops to leave");
- :mod:`~saywho.events.coding`: rules, the learned model's say, one event per act;
- :mod:`~saywho.events.model` and :mod:`~saywho.events.training`: the learned event model;
- :mod:`~saywho.events.words` and :mod:`~saywho.events.cameo`: the coding tables and CAMEO/PLOVER codes.

Importing the package imports nothing heavy; ``saywho.pipeline`` registers the component.
"""
