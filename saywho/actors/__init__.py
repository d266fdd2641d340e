"""Actors: people, organisations and states with CAMEO codes.

- :mod:`~saywho.actors.dictionary`: names and aliases to codes (shipped CSVs, PETRARCH/Phoenix, the store);
- :mod:`~saywho.actors.phrases`: codes for phrases of the parse;
- :mod:`~saywho.actors.canonical`: one actor per person or body, and the store's actors;
- :mod:`~saywho.actors.countries` and :mod:`~saywho.actors.geo`: countries and places.
"""
