"""Sources: RSS/Atom feeds, sitemaps, URL lists, single pages and WARC files, read into articles.

``reader.Sources`` is the entry point; ``commands`` adds ``ingest --source`` and ``watch`` to the CLI.
Nothing is imported here, so ``saywho --help`` does not pay for the HTTP and XML libraries.
See docs/sources.md.
"""
