"""Small SVG pictures drawn on the server: no script, nothing fetched.

Colours come from classes styled in ``static/saywho.css`` (the page's CSP
allows no inline styles); every label is escaped.
"""

from __future__ import annotations

import math
from collections import Counter
from datetime import date
from typing import Any

from markupsafe import Markup, escape

from saywho.model import Actor


def _svg(width: int, height: int, body: list[str], label: str) -> Markup:
    return Markup(
        f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" aria-label="{escape(label)}" '
        f'xmlns="http://www.w3.org/2000/svg">' + "".join(body) + "</svg>"
    )


def _parse(day: str) -> date | None:
    try:
        return date.fromisoformat(day[:10])
    except ValueError:
        return None


def statements_over_time(per_day: dict[str, int], width: int = 520, height: int = 170) -> Markup:
    """Bars of statements per day, or per month when the days span more than two months."""
    days = {d: n for d, n in ((_parse(k), v) for k, v in per_day.items()) if d is not None}
    if not days:
        return Markup('<p class="muted">No dated statements.</p>')
    monthly = (max(days) - min(days)).days > 62
    counts: Counter[str] = Counter()
    for d, n in days.items():
        counts[d.strftime("%Y-%m") if monthly else d.isoformat()] += n
    keys = sorted(counts)
    top = max(counts.values())
    left, bottom, plot_h = 36, 28, height - 44
    slot = (width - left - 8) / max(len(keys), 1)
    bar_w = max(4.0, min(48.0, slot * 0.7))
    body = [f'<line class="axis" x1="{left}" y1="{height - bottom}" x2="{width - 4}" y2="{height - bottom}"/>',
            f'<text class="tick" x="{left - 6}" y="{height - bottom - plot_h + 10}" text-anchor="end">{top}</text>',
            f'<text class="tick" x="{left - 6}" y="{height - bottom}" text-anchor="end">0</text>']
    every = max(1, math.ceil(len(keys) / 8))  # at most ~8 date labels
    for i, key in enumerate(keys):
        h = plot_h * counts[key] / top
        x = left + slot * i + (slot - bar_w) / 2
        y = height - bottom - h
        body.append(f'<rect class="bar" x="{x:.1f}" y="{y:.1f}" width="{bar_w:.1f}" height="{h:.1f}" rx="2">'
                    f'<title>{escape(key)}: {counts[key]} statement(s)</title></rect>')
        if i % every == 0:
            body.append(f'<text class="tick" x="{x + bar_w / 2:.1f}" y="{height - 8}" text-anchor="middle">{escape(key)}</text>')
    return _svg(width, height, body, "Statements over time")


def network(actor: Actor, edges: list[dict[str, Any]], width: int = 540, height: int = 400) -> Markup:
    """The actor in the middle, the people and places they talk about around, one line per relation."""
    if not edges:
        return Markup('<p class="muted">No relations found yet.</p>')
    others: dict[str, Actor] = {}
    for edge in edges:
        others.setdefault(edge["actor"].id, edge["actor"])
    others = dict(list(others.items())[:12])
    cx, cy = width / 2, height / 2
    radius = height / 2 - 50  # room left and right for the labels
    places = {}
    for i, other_id in enumerate(others):
        angle = -math.pi / 2 + 2 * math.pi * i / len(others)
        places[other_id] = (cx + radius * math.cos(angle), cy + radius * math.sin(angle))
    body = []
    seen: Counter[str] = Counter()
    for edge in edges:
        other_id = edge["actor"].id
        if other_id not in places:
            continue
        x, y = places[other_id]
        shift = 5 * seen[other_id]  # several relations to one actor: side by side
        seen[other_id] += 1
        dx, dy = y - cy, cx - x
        norm = math.hypot(dx, dy) or 1
        ox, oy = shift * dx / norm, shift * dy / norm
        body.append(f'<line class="edge rel-{edge["relation"]}" x1="{cx + ox:.1f}" y1="{cy + oy:.1f}" '
                    f'x2="{x + ox:.1f}" y2="{y + oy:.1f}" stroke-width="{min(2 + edge["count"], 7)}">'
                    f'<title>{escape(actor.name)} {escape(edge["relation"])}s {escape(edge["actor"].name)} '
                    f'({edge["count"]}×)</title></line>')
    for other_id, (x, y) in places.items():
        name = others[other_id].name
        anchor = "middle" if abs(x - cx) < 20 else ("start" if x > cx else "end")
        tx = x + (12 if anchor == "start" else -12 if anchor == "end" else 0)
        ty = y + (4 if anchor != "middle" else (-14 if y < cy else 22))
        body.append(f'<a href="/actors/{escape(other_id)}"><circle class="node" cx="{x:.1f}" cy="{y:.1f}" r="8"/>'
                    f'<text class="node-label" x="{tx:.1f}" y="{ty:.1f}" text-anchor="{anchor}">{escape(name)}</text></a>')
    body.append(f'<circle class="node centre" cx="{cx}" cy="{cy}" r="14"/>'
                f'<text class="node-label centre" x="{cx}" y="{cy + 32}" text-anchor="middle">{escape(actor.name)}</text>')
    return _svg(width, height, body, f"Whom {actor.name} praises, criticises, threatens or consults")


def events_timeline(rows: list[dict[str, Any]], width: int = 900) -> Markup:
    """One row per PLOVER category (grouped by QuadClass), one dot per event at its date."""
    dated = [(r, _parse(r["date"])) for r in rows]
    dated = [(r, d) for r, d in dated if d is not None]
    if not dated:
        return Markup('<p class="muted">No events coded yet.</p>')
    categories = sorted({r["category"] for r, _ in dated},
                        key=lambda c: (min((r["quad_class"] or 9) for r, _ in dated if r["category"] == c), c))
    first, last = min(d for _, d in dated), max(d for _, d in dated)
    span = max((last - first).days, 1)
    left, right, row_h, top = 130, 20, 28, 16
    height = top + row_h * len(categories) + 34
    body = []
    for i, category in enumerate(categories):
        y = top + row_h * i + row_h / 2
        body.append(f'<line class="grid" x1="{left}" y1="{y}" x2="{width - right}" y2="{y}"/>'
                    f'<text class="tick" x="{left - 10}" y="{y + 4}" text-anchor="end">{escape(category)}</text>')
    stack: Counter[tuple[str, date]] = Counter()
    for row, d in dated:
        x = left + (width - left - right) * ((d - first).days / span if first != last else 0.5)
        n = stack[(row["category"], d)]
        stack[(row["category"], d)] += 1
        y = top + row_h * categories.index(row["category"]) + row_h / 2
        who = " → ".join(filter(None, (row.get("source"), row.get("target"))))
        body.append(f'<a href="/articles/{escape(row["article_id"])}#ev-{escape(row["local_id"])}">'
                    f'<circle class="dot q{row["quad_class"] or 0}" cx="{x + 14 * n:.1f}" cy="{y}" r="6">'
                    f'<title>{escape(row["date"])} {escape(row["category"])}: {escape(who)}</title></circle></a>')
    axis_y = height - 20
    body.append(f'<text class="tick" x="{left}" y="{axis_y}">{first.isoformat()}</text>')
    if first != last:
        body.append(f'<text class="tick" x="{width - right}" y="{axis_y}" text-anchor="end">{last.isoformat()}</text>')
    return _svg(width, height, body, "Events over time by PLOVER category")
