"""Page and API list sizes and latencies on a large store: they must stay small as the store grows.

    .venv/bin/python benchmarks/pages.py [--articles 100000] [--repeat 7]
    SAYWHO_BENCH_POSTGRES_URL=postgresql+psycopg://… .venv/bin/python benchmarks/pages.py   # also PostgreSQL

Builds a synthetic store fast: rows inserted in bulk straight into the tables (no NLP
pipeline), SQLite in a temporary folder — and, when ``SAYWHO_BENCH_POSTGRES_URL`` is set,
that (emptied first) PostgreSQL database too. Each article has 4 statements by actors
drawn from a skewed (Zipf-like) pool, so the most quoted actor speaks in thousands of
articles, 2 coded events and 5 actors. Then it serves the app with uvicorn on a loopback
port and prints, for each page and API list (first page and one page further by its
``next`` link), the response size in KB and the median latency of ``--repeat`` requests.
Targets: ≤ 200 ms median and ≤ 150 KB. The machine may be shared: read medians, and
compare runs made on the same machine. A benchmark, not a test.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import re
import statistics
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
from sqlalchemy import delete, func, insert, select

from saywho.store import Store, schema

WORDS = ("minister", "government", "talks", "border", "ceasefire", "budget", "election", "parliament", "vote",
         "sanctions", "trade", "harbour", "bridge", "ferry", "strike", "union", "court", "ruling", "appeal", "protest",
         "police", "army", "troops", "aid", "refugees", "energy", "gas", "oil", "prices", "inflation", "bank", "rates",
         "summit", "treaty", "reform", "health", "hospital", "school", "teachers", "farmers", "drought", "flood")
CUES = ("said", "told", "warned", "praised", "criticised", "urged", "accused", "welcomed", "threatened", "added")
EVENTS = (("CONSULT", 1), ("SUPPORT", 1), ("COOPERATE", 2), ("AID", 2), ("REQUEST", 1), ("ACCUSE", 3),
          ("REJECT", 3), ("PROTEST", 3), ("THREATEN", 3), ("SANCTION", 4), ("ASSAULT", 4))
CHUNK = 2000


def _text(rng: random.Random, n: int, speakers: list[str]) -> tuple[str, list[tuple[int, int, int, int, str]]]:
    """About 700 characters; each statement as (content start, end, cue start, end, cue)."""
    parts, spans, offset = [], [], 0
    for i in range(n):
        filler = " ".join(rng.choice(WORDS) for _ in range(14)).capitalize() + ". "
        quote = "“" + " ".join(rng.choice(WORDS) for _ in range(10)).capitalize() + ",” "
        cue = rng.choice(CUES)
        start = offset + len(filler)
        sentence = f"{filler}{quote}{speakers[i]} {cue} on {rng.choice(('Monday', 'Tuesday', 'Friday'))}. "
        cue_at = start + len(quote) + len(speakers[i]) + 1
        spans.append((start, start + len(quote) - 1, cue_at, cue_at + len(cue), cue))
        parts.append(sentence)
        offset += len(sentence)
    return "".join(parts), spans


def build(store: Store, articles: int, seed: int = 7) -> None:
    """``articles`` synthetic articles with their statements, events and actors, inserted in bulk."""
    rng = random.Random(seed)
    pool = max(50, articles // 20)
    names = [f"{rng.choice(('Anna', 'Boris', 'Carla', 'David', 'Elena', 'Farid', 'Greta', 'Hugo'))} Synth{n}"
             for n in range(pool)]
    actor_ids = [f"synth-{n}" for n in range(pool)]
    weights = [1 / (n + 1) for n in range(pool)]  # Zipf: actor 0 is quoted most
    start = datetime(2023, 1, 1, tzinfo=UTC)
    with store.engine.begin() as conn:
        for table in (schema.events, schema.attributions, schema.article_actors, schema.articles, schema.actors):
            conn.execute(delete(table))
        conn.execute(insert(schema.actors), [
            {"id": i, "name": n, "title": "minister" if k % 5 == 0 else None, "country": "XX", "type": "person",
             "sector": None, "aliases": []} for k, (i, n) in enumerate(zip(actor_ids, names, strict=True))])
    done = 0
    while done < articles:
        rows: dict[str, list[dict]] = {"articles": [], "article_actors": [], "attributions": [], "events": []}
        for n in range(done, min(done + CHUNK, articles)):
            cast = list(dict.fromkeys(rng.choices(range(pool), weights=weights, k=5)))
            speakers = [rng.choice(cast) for _ in range(4)]
            text, spans = _text(rng, 4, [names[s] for s in speakers])
            article_id = f"synth-article-{n:07d}"
            published = (start + timedelta(days=n * 1000 // articles)).date().isoformat()
            rows["articles"].append({
                "id": article_id, "title": f"{rng.choice(WORDS).capitalize()} {rng.choice(WORDS)} story {n}",
                "url": f"https://news.example.org/{n}", "publisher": rng.choice(("Example Times", "Daily Synth")),
                "published": published, "author": None, "origin": "synthetic", "text": text,
                "text_hash": hashlib.sha256(text.encode() + str(n).encode()).hexdigest(), "chrome": [],
                "ingested_at": start + timedelta(seconds=n)})
            rows["article_actors"] += [{"article_id": article_id, "actor_id": actor_ids[c], "title": None} for c in cast]
            for k, (s, (c0, c1, q0, q1, cue)) in enumerate(zip(speakers, spans, strict=True)):
                rows["attributions"].append({
                    "article_id": article_id, "local_id": f"A{k + 1}", "source": None,
                    "cue": {"start": q0, "end": q1, "text": cue}, "content": [{"start": c0, "end": c1, "text": text[c0:c1]}],
                    "content_text": text[c0:c1], "kind": "direct", "speaker_id": actor_ids[s], "addressee": None,
                    "medium": None, "negated": False, "confidence": 0.9, "start": c0, "act": "speech",
                    "source_type": "person", "statement": True})
            for k in range(2):
                category, quad = rng.choice(EVENTS)
                c0, c1, *_ = spans[k]
                rows["events"].append({
                    "article_id": article_id, "local_id": f"E{k + 1}", "category": category, "mode": None,
                    "source_id": actor_ids[speakers[k]], "target_id": actor_ids[rng.choice(cast)],
                    "evidence": {"start": c0, "end": c1, "text": text[c0:c1]}, "attribution_id": f"A{k + 1}",
                    "cameo": None, "cameo_code": None, "quad_class": quad, "goldstein": 0.0, "negated": False,
                    "hypothetical": False, "future": False, "confidence": 1.0, "place": None})
        with store.engine.begin() as conn:
            for table in ("articles", "article_actors", "attributions", "events"):
                conn.execute(insert(schema.metadata.tables[table]), rows[table])
        done += len(rows["articles"])
    if store.dialect == "sqlite":
        with store.engine.begin() as conn:
            conn.exec_driver_sql("ANALYZE")
    elif store.dialect == "postgresql":
        with store.engine.connect() as conn:
            conn.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql("ANALYZE")


def _serve(url: str) -> str:
    import socket

    import uvicorn

    from saywho.web.app import create_app

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(url, secret="bench"), host="127.0.0.1", port=port,
                                           log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    for _ in range(200):
        try:
            httpx.get(f"http://127.0.0.1:{port}/static/saywho.js")
            return f"http://127.0.0.1:{port}"
        except httpx.TransportError:
            time.sleep(0.05)
    raise RuntimeError("the server did not start")


def _next_of(response: httpx.Response) -> str | None:
    """The next page's URL, from an API Link header or a page's rel="next" link."""
    link = re.search(r'<([^>]+)>; rel="next"', response.headers.get("link", ""))
    if link:
        return link[1]
    found = re.search(r'rel="next" href="([^"]+)"', response.text)
    return found[1].replace("&amp;", "&") if found else None


def measure(base: str, store: Store, repeat: int) -> list[tuple[str, float, float, int]]:
    at = schema.attributions.c
    with store.engine.connect() as conn:
        top = conn.execute(select(at.speaker_id).group_by(at.speaker_id).order_by(func.count().desc()).limit(1)).scalar()
    paths = ["/", "/?q=ceasefire", "/?actor=Synth1&event=ACCUSE", "/?actor=Anna+Synth12", "/actors", "/actors?q=synth1", "/events",
             "/events?category=SANCTION", f"/actors/{top}", "/api/articles", "/api/articles?q=ceasefire+border",
             "/api/actors", "/api/events", "/api/statements", f"/api/statements?speaker={top}", f"/api/actors/{top}"]
    results = []
    with httpx.Client(base_url=base, timeout=60) as client:
        for path in paths:
            for label, target in ((path, path), (f"{path} (page 2)", None)):
                if target is None:
                    following = _next_of(client.get(path))
                    if following is None:
                        continue
                    target = following if following.startswith("/") else following.removeprefix(base)
                times, response = [], None
                for _ in range(repeat):
                    began = time.perf_counter()
                    response = client.get(target)
                    times.append(time.perf_counter() - began)
                assert response is not None and response.status_code == 200, (target, response and response.status_code)
                results.append((label, statistics.median(times) * 1000, len(response.content) / 1024,
                                int(response.headers.get("x-total-count", -1))))
    return results


def run(url: str, label: str, articles: int, repeat: int) -> bool:
    store = Store(url)
    began = time.perf_counter()
    build(store, articles)
    print(f"\n{label}: {articles:,} articles built in {time.perf_counter() - began:.1f} s")
    base = _serve(url)
    ok = True
    print(f"  {'page':<58} {'median ms':>9} {'KB':>8}")
    for path, ms, kb, _total in measure(base, store, repeat):
        flag = "" if ms <= 200 and kb <= 150 else "  over target"
        ok = ok and not flag
        print(f"  {path[:58]:<58} {ms:9.1f} {kb:8.1f}{flag}")
    return ok


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        ok = run(f"sqlite:///{Path(folder) / 'pages.db'}", "SQLite", args.articles, args.repeat)
        postgres = os.environ.get("SAYWHO_BENCH_POSTGRES_URL")
        if postgres:
            ok = run(postgres, "PostgreSQL", args.articles, args.repeat) and ok
    print("\nall within 200 ms median and 150 KB" if ok else "\nsome pages over target (see above)")
    sys.exit(0)


if __name__ == "__main__":
    main()
