"""Exports and renderings: tables and JSON for people and programs, CSV/JSONL, GDELT 2.0 events and GKG
2.1, and PLOVER records."""
