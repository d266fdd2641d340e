"""Attribution: who said what, to whom, and whether it is a statement.

- :mod:`~saywho.attribution.cues` and :mod:`~saywho.attribution.candidates`: rule candidates (cue,
  source, content) on the parse, with quotes from :mod:`~saywho.attribution.quotes`;
- :mod:`~saywho.attribution.tagger` and :mod:`~saywho.attribution.training`: the accurate mode's
  learned tagger;
- :mod:`~saywho.attribution.acts`: speech, writing, belief, document or other; statements vs the rest;
- :mod:`~saywho.attribution.resolve` and :mod:`~saywho.attribution.speakers`: speaker resolution within
  an article;
- :mod:`~saywho.attribution.lexicon`: the reporting words.
"""
