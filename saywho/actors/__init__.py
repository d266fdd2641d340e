"""Actors: people, organisations and states with CAMEO codes.

- :mod:`~saywho.actors.dictionary`: names and aliases to codes (Phoenix, the shipped CSVs on top, the store);
- :mod:`~saywho.actors.phoenix`: PETRARCH2's Phoenix actor dictionaries, read into ``data/petrarch/phoenix_actors.tsv``;
- :mod:`~saywho.actors.phrases`: codes for phrases of the parse;
- :mod:`~saywho.actors.canonical`: one actor per person or body, and the store's actors;
- :mod:`~saywho.actors.countries` and :mod:`~saywho.actors.geo`: countries and places.
"""
