"""Keyset pagination for every list the web pages and the API show.

A page is the ``size`` rows after (or before) the last row seen, in a fixed
order on unique keys, so page 1,000 costs what page 1 costs: the database seeks
with an index instead of counting ``OFFSET`` rows. The position travels as an
opaque cursor (URL-safe base64 of a small JSON list: the list's name, the
direction, the keys of the row); a cursor that is not one of ours is a
:class:`CursorError` (the web layer answers 400), never a 500.
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import and_, false, func, or_, select
from sqlalchemy.engine import Connection
from sqlalchemy.sql import ColumnElement, Select

DEFAULT_SIZE = 50
MAX_SIZE = 500
MAX_CURSOR = 2000  # characters: ours are far shorter
# A filtered list counts its rows up to this many: an exact count of a broad filter over a large store
# reads most of it, on every page. Past it the total says "at least" (Page.capped).
COUNT_CAP = 1000


class CursorError(ValueError):
    """A cursor that was not made by this list."""


@dataclass(frozen=True)
class Key:
    """One sort key: a column (or labelled expression) selected by the query under ``name``."""

    name: str
    column: Any  # ColumnElement
    kind: str  # "str" | "int" | "float" | "time"
    descending: bool = False


@dataclass
class Page:
    rows: list[dict[str, Any]]
    total: int
    size: int
    next: str | None = None  # cursor of the following page
    prev: str | None = None  # cursor of the preceding page
    capped: bool = False  # there are more than ``total`` rows (see COUNT_CAP)


def encode(name: str, direction: str, values: list[Any]) -> str:
    plain = [v.isoformat() if isinstance(v, datetime) else v for v in values]
    raw = json.dumps([name, direction, *plain], separators=(",", ":"), ensure_ascii=False).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode(cursor: str, name: str, keys: list[Key]) -> tuple[bool, list[Any]]:
    """(backwards, key values) from a cursor of list ``name``; CursorError for anything else."""
    if len(cursor) > MAX_CURSOR:
        raise CursorError("the cursor is too long")
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        decoded = json.loads(raw.decode())
    except (binascii.Error, ValueError, UnicodeDecodeError):
        raise CursorError("the cursor is not one this list made") from None
    if not isinstance(decoded, list) or len(decoded) != len(keys) + 2 or decoded[0] != name \
            or decoded[1] not in ("next", "prev"):
        raise CursorError("the cursor is not one this list made")
    return decoded[1] == "prev", [_value(v, key.kind) for v, key in zip(decoded[2:], keys, strict=True)]


def _value(value: Any, kind: str) -> Any:
    ok = {"str": isinstance(value, str) and "\x00" not in value,
          "int": isinstance(value, int) and not isinstance(value, bool) and abs(value) < 2**63,
          "float": isinstance(value, int | float) and not isinstance(value, bool),
          "time": isinstance(value, str)}[kind]
    if not ok:
        raise CursorError("the cursor is not one this list made")
    if kind == "time":
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            raise CursorError("the cursor is not one this list made") from None
    return float(value) if kind == "float" else value


def beyond(keys: list[Key], values: list[Any], backwards: bool = False) -> ColumnElement:
    """Rows strictly after ``values`` in the keys' order (before, when ``backwards``).

    The first key's bound is repeated on its own (``k1 <= v1`` beside the OR of the
    lexicographic comparison) so the database can seek an index on it.
    """
    def later(key: Key, value: Any) -> ColumnElement:
        return key.column < value if key.descending != backwards else key.column > value

    def bound(key: Key, value: Any) -> ColumnElement:
        return key.column <= value if key.descending != backwards else key.column >= value

    ties = [and_(*[k.column == v for k, v in zip(keys[:i], values[:i], strict=True)], later(keys[i], values[i]))
            for i in range(len(keys))]
    return and_(bound(keys[0], values[0]), or_(false(), *ties))


def order(keys: list[Key], backwards: bool = False) -> list[Any]:
    return [k.column.asc() if k.descending == backwards else k.column.desc() for k in keys]


def fetch(conn: Connection, name: str, query: Select, keys: list[Key], cursor: str | None,
          size: int = DEFAULT_SIZE, matching: Select | None = None, offset: int = 0, cap: int | None = None) -> Page:
    """One page of ``query`` in the keys' order, with the total number of ``matching`` rows (a narrow
    SELECT of the same rows, counted up to ``cap`` when given).

    ``offset`` skips rows after the cursor: kept for old API clients, and as slow as OFFSET always is.
    """
    backwards, values = decode(cursor, name, keys) if cursor else (False, [])
    if values:
        query = query.where(beyond(keys, values, backwards))
    found = [dict(r) for r in conn.execute(query.order_by(*order(keys, backwards)).limit(size + 1).offset(offset)).mappings()]
    more = len(found) > size
    rows = found[:size]
    if backwards:
        rows.reverse()
    has_next, has_prev = (True, more) if backwards else (more, bool(values) or offset > 0)
    total = count(conn, matching, cap) if matching is not None else len(rows)
    return Page(rows=rows, total=min(total, cap or total), size=size, capped=cap is not None and total > cap,
                next=encode(name, "next", [rows[-1][k.name] for k in keys]) if rows and has_next else None,
                prev=encode(name, "prev", [rows[0][k.name] for k in keys]) if rows and has_prev else None)


def count(conn: Connection, matching: Select, cap: int | None = None) -> int:
    """How many rows ``matching`` has; at most ``cap + 1`` when a cap is given."""
    limited = matching.order_by(None).limit(cap + 1) if cap is not None else matching.order_by(None)
    return conn.execute(select(func.count()).select_from(limited.subquery())).scalar_one()


def page_of_list(name: str, items: list[tuple[Any, ...]], cursor: str | None, size: int,
                 kinds: list[str]) -> tuple[list[tuple[Any, ...]], str | None, str | None]:
    """Keyset paging over a short list already sorted ascending by its tuples (e.g. ranked search hits)."""
    keys = [Key(str(i), None, kind) for i, kind in enumerate(kinds)]
    backwards, values = decode(cursor, name, keys) if cursor else (False, [])
    mark = tuple(values)
    if not values:
        start, end = 0, size
    elif backwards:
        end = sum(1 for item in items if item < mark)
        start = max(0, end - size)
    else:
        start = sum(1 for item in items if item <= mark)
        end = start + size
    rows = items[start:end]
    next_cursor = encode(name, "next", list(rows[-1])) if rows and end < len(items) else None
    prev_cursor = encode(name, "prev", list(rows[0])) if rows and start > 0 else None
    return rows, next_cursor, prev_cursor
