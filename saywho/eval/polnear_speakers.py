"""``saywho eval speakers --gold polnear-dev|polnear-train``: resolved speakers of every PolNeAR attribution.

PolNeAR marks each attribution's source span ("he", "the spokesman", "Trump") but not who it is. The gold
``gold/speakers/polnear_dev.jsonl`` (guide: ``gold/speakers/GUIDE.md``) gives, for every attribution with a
source in ``../shared/data/polnear/dev.jsonl``, the resolved speaker: its name, type and the mention it is
resolved from. Only ids, offsets, names and a 12-hex fingerprint of the first source span are stored.
``gold/speakers/polnear_train.jsonl`` does the same for PolNeAR's *train* articles (all 840, in the order of
the SHA-1 of their ids), a third of them frozen as a test part by :func:`train_split_of` before any label
was written; the resolver's rules were never tuned on train articles, so its dev part gives a fresh check.

Scoring runs the product on each dev article's text and considers **every** attribution it finds (the
``--all`` sense: statements and the other attributions), because PolNeAR annotates everything:

- a gold attribution is **matched** by a system attribution whose content overlaps the gold content by at
  least half of the shorter (:func:`saywho.eval.speakers.overlap_ok`, on the union of each side's spans);
  among several, the one whose cue overlaps the gold cue, then the largest overlap, is taken. Without a
  content match (or without gold content), a system attribution whose cue overlaps the gold cue matches;
- a matched gold attribution is **right** when the system speaker's name (its resolved speaker, else its
  source text) is the gold speaker (:func:`saywho.eval.speakers.name_match`);
- resolved-speaker accuracy = right / matched; coverage = matched / gold. Both are also broken down by the
  gold type and by the source's form (pronoun, name, description; :func:`source_form`).
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from saywho.eval import ROOT, fingerprint
from saywho.eval.speakers import TYPES, named_by, normalise, overlap_ok, read_gold

POLNEAR_DEV = ROOT.parent / "shared" / "data" / "polnear" / "dev.jsonl"
POLNEAR_SPEAKER_GOLD = ROOT / "gold" / "speakers" / "polnear_dev.jsonl"
POLNEAR_TRAIN = ROOT.parent / "shared" / "data" / "polnear" / "train.jsonl"
POLNEAR_TRAIN_SPEAKER_GOLD = ROOT / "gold" / "speakers" / "polnear_train.jsonl"
FORMS = ("pronoun", "name", "description")

__all__ = ["POLNEAR_DEV", "POLNEAR_SPEAKER_GOLD", "POLNEAR_TRAIN", "POLNEAR_TRAIN_SPEAKER_GOLD",
           "PolnearSpeakerScore", "SystemAttribution", "check_gold", "error_classes", "evaluate", "gold_records",
           "match", "read_gold", "read_texts", "score_article", "source_form", "system_attributions",
           "train_split_of"]


def read_texts(path: Path = POLNEAR_DEV) -> list[dict[str, Any]]:
    """The PolNeAR records (id, text, attributions) in file order."""
    from saywho.eval.polnear import read_polnear

    return list(read_polnear(path))


def train_split_of(article_id: str) -> str:
    """The part of the train-article speaker gold an article is in, fixed before any label was written:
    a third of the articles, by the SHA-1 of their id, are a frozen ``test`` part, the rest ``dev``."""
    return "test" if int(hashlib.sha1(article_id.encode("utf-8")).hexdigest()[:8], 16) % 3 == 0 else "dev"


def gold_records(lines: Sequence[dict[str, Any]], records: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """The PolNeAR records a gold file labels, in the gold's order (a sample of train labels only some)."""
    by_id = {str(r.get("id")): r for r in records}
    return [by_id[str(line.get("id"))] for line in lines if str(line.get("id")) in by_id]


def _spans(value: Any) -> list[tuple[int, int]]:
    return [(int(s), int(e)) for s, e in value or []]


# --- the gold file ---------------------------------------------------------------------------------------


def check_gold(lines: Sequence[dict[str, Any]], records: Sequence[dict[str, Any]]) -> list[str]:
    """Every problem with the gold labels against the PolNeAR records they point into: articles missing,
    unknown, repeated or out of order; an attribution with a source left unlabelled, labelled twice or
    unknown; source spans that differ from PolNeAR's; offsets outside the text; a fingerprint that no longer
    matches the first source span; an unknown type; an empty name. Empty when all is well."""
    problems: list[str] = []
    by_id = {str(r.get("id")): r for r in records}
    order = [str(r.get("id")) for r in records]
    listed = [str(line.get("id")) for line in lines]
    for missing in [i for i in order if i not in set(listed)]:
        problems.append(f"{missing}: article not in the gold")
    if [i for i in listed if i in by_id] != [i for i in order if i in set(listed)]:
        problems.append("articles are not in the order of the PolNeAR file")
    seen: set[str] = set()
    for line in lines:
        article = str(line.get("id"))
        if article in seen:
            problems.append(f"{article}: listed twice")
            continue
        seen.add(article)
        record = by_id.get(article)
        if record is None:
            problems.append(f"{article}: not in the PolNeAR file")
            continue
        text = record["text"]
        sourced = {str(a["id"]): a for a in record.get("attributions", []) if a.get("source")}
        labelled: set[str] = set()
        for item in line.get("speakers", []):
            label = f"{article} {item.get('attribution')}"
            key = str(item.get("attribution"))
            if key in labelled:
                problems.append(f"{label}: labelled twice")
            labelled.add(key)
            attribution = sourced.get(key)
            if attribution is None:
                problems.append(f"{label}: no attribution with a source has this id")
                continue
            source = _spans(item.get("source"))
            if source != _spans(attribution["source"]):
                problems.append(f"{label}: source {source} is not PolNeAR's {_spans(attribution['source'])}")
                continue
            for role, span in (("source", source[0]), ("mention", tuple(item.get("mention") or (0, 0)))):
                start, end = span
                if not (0 <= start < end <= len(text)):
                    problems.append(f"{label}: {role} [{start}, {end}] outside the text ({len(text)} characters)")
            start, end = source[0]
            if fingerprint(text[start:end]) != item.get("check"):
                problems.append(f"{label}: source fingerprint does not match the text any more")
            if item.get("type") not in TYPES:
                problems.append(f"{label}: speaker type {item.get('type')!r}")
            if not str(item.get("name", "")).strip():
                problems.append(f"{label}: no speaker name")
        for key in sorted(set(sourced) - labelled):
            problems.append(f"{article} {key}: attribution with a source has no speaker label")
    return problems


# --- the source's form -----------------------------------------------------------------------------------

_PRONOUNS = frozenset({"his", "her", "its", "their", "my", "our", "your", "whose", "mine", "ours", "theirs", "yours"})
_CUT = frozenset({"by", "of", "from", "on", "for", "at", "with", "who", "whom", "that", "which", "in", "to",
                  "about", "filed", "released", "representing"})
_DETERMINERS = frozenset({"a", "an", "another", "other", "such", "every", "any", "no", "one", "two", "three",
                          "several", "numerous", "various", "certain", "her", "his", "their", "our", "its", "my"})
_NAME_LINKS = frozenset({"de", "van", "von", "del", "da", "al", "bin", "jr", "jr.", "and", "of", "the"})
_WORD = re.compile(r"[\w@#][\w.&'’@-]*")


def source_form(text: str, span: Sequence[int]) -> str:
    """``pronoun`` ("he", "they", "who", "I", "his"), ``name`` ("Trump", "Mr. Trump", "The New York Post",
    "Republican nominee Donald Trump", "Rendell, a Clinton surrogate,", "Apple's chief executive, Tim Cook")
    or ``description`` ("a spokesman", "the Clinton campaign", "The Republican nominee", "some Republicans",
    "A web video by the Republican National Committee", "Twelve percent").

    The head phrase (up to the first comma, preposition or relative word) is a name when its last word is
    capitalised and it does not open with a determiner or quantifier ("a", "some", "his"); an apposition
    that is all capitalised words (", Tim Cook,") is a name too. A single capitalised word opening a
    sentence counts only when its lower-case form never occurs in the article ("Officials said" is a
    description, "Trump said" a name)."""
    from saywho.attribution.acts import PRONOUNS

    start, end = int(span[0]), int(span[1])
    words = _WORD.findall(text[start:end])
    if not words:
        return "description"
    if all(w.lower() in PRONOUNS or w.lower() in _PRONOUNS for w in words):
        return "pronoun"
    segments = [_WORD.findall(part) for part in text[start:end].split(",")]
    head: list[str] = []
    for word in segments[0] or words:
        if head and word.lower() in _CUT:
            break
        head.append(word)
    appositions = [seg for seg in segments[1:] if seg and len(seg) <= 4
                   and all(w[0].isupper() or w.lower() in _NAME_LINKS for w in seg) and seg[0][0].isupper()]
    proper = head[-1][0].isupper() or head[-1][0] in "@#"
    if head[0].lower() in _DETERMINERS or head[0].lower() in PRONOUNS or not proper:
        return "name" if appositions else "description"
    before = text[:start].rstrip(" \"'“‘(")
    opens_sentence = not before or before[-1] in ".!?:;\n"
    if len(head) == 1 and opens_sentence and not head[0].isupper() and not appositions:
        word = re.sub(r"['’]s?$", "", head[0]).lower()
        if re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text):
            return "description"  # a common word that opens a sentence ("Officials said")
    return "name"


# --- scoring (pure functions) ----------------------------------------------------------------------------


@dataclass
class SystemAttribution:
    """One attribution the product found: content and cue spans in the article's characters, the speaker
    name a user sees (the resolved speaker, else the source text), whether it is a statement, its source
    span and whether the speaker was resolved (False: the name is the source text itself)."""

    content: list[tuple[int, int]]
    cue: tuple[int, int] | None
    speaker: str | None
    statement: bool = True
    text: str = ""
    source: tuple[int, int] | None = None
    resolved: bool = True
    aliases: tuple[str, ...] = ()  # the speaker's other names the product knows


def _union(spans: Iterable[Sequence[int]]) -> list[tuple[int, int]]:
    union: list[list[int]] = []
    for start, end in sorted((int(s), int(e)) for s, e in spans if e > s):
        if union and start <= union[-1][1]:
            union[-1][1] = max(union[-1][1], end)
        else:
            union.append([start, end])
    return [(s, e) for s, e in union]


def _common(a: Sequence[tuple[int, int]], b: Sequence[tuple[int, int]]) -> int:
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


def _content_match(gold: Sequence[tuple[int, int]], system: Sequence[tuple[int, int]]) -> int:
    """Characters in common when the two contents (each the union of its spans) overlap by at least half of
    the shorter, else 0."""
    gold_union, system_union = _union(gold), _union(system)
    if not gold_union or not system_union:
        return 0
    common = _common(gold_union, system_union)
    if len(gold_union) == 1:
        return common if overlap_ok(gold_union[0], system_union) else 0
    shorter = min(sum(e - s for s, e in gold_union), sum(e - s for s, e in system_union))
    return common if shorter > 0 and common >= 0.5 * shorter else 0


def match(gold: dict[str, Any], system: Sequence[SystemAttribution]) -> int | None:
    """The index of the system attribution matching a PolNeAR gold attribution, or None."""
    content = _spans(gold.get("content"))
    cue = _union(_spans(gold.get("cue")))
    scored = []
    for i, item in enumerate(system):
        common = _content_match(content, item.content)
        if common:
            cue_hit = bool(cue and item.cue and _common(cue, [item.cue]))
            scored.append((cue_hit, common, -i, i))
    if scored:
        return max(scored)[3]
    for i, item in enumerate(system):
        if cue and item.cue and _common(cue, [item.cue]):
            return i
    return None


@dataclass
class Tally:
    gold: int = 0
    matched: int = 0
    right: int = 0

    def add(self, other: Tally) -> None:
        self.gold += other.gold
        self.matched += other.matched
        self.right += other.right

    def row(self) -> dict[str, Any]:
        return {"gold": self.gold, "matched": self.matched, "right": self.right,
                "coverage": round(self.matched / self.gold, 3) if self.gold else None,
                "accuracy": round(self.right / self.matched, 3) if self.matched else None}


@dataclass
class PolnearSpeakerScore:
    articles: int = 0
    system: int = 0  # system attributions (all of them)
    total: Tally = field(default_factory=Tally)
    by_type: dict[str, Tally] = field(default_factory=dict)
    by_form: dict[str, Tally] = field(default_factory=dict)
    misses: list[dict[str, Any]] = field(default_factory=list)
    wrong: list[dict[str, Any]] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)  # articles the product could not read: "id: problem"

    def _count(self, kind: str, form: str, matched: bool, right: bool) -> None:
        for table, key in ((self.by_type, kind), (self.by_form, form)):
            tally = table.setdefault(key, Tally())
            tally.add(Tally(1, int(matched), int(right)))
        self.total.add(Tally(1, int(matched), int(right)))

    def add(self, other: PolnearSpeakerScore) -> None:
        self.articles += other.articles
        self.system += other.system
        self.total.add(other.total)
        for mine, theirs in ((self.by_type, other.by_type), (self.by_form, other.by_form)):
            for key, tally in theirs.items():
                mine.setdefault(key, Tally()).add(tally)
        self.misses += other.misses
        self.wrong += other.wrong
        self.failed += other.failed

    def summary(self) -> dict[str, Any]:
        row = self.total.row()
        return {
            "articles": self.articles,
            "gold attributions": row["gold"],
            "system attributions": self.system,
            "matched": row["matched"],
            "coverage": row["coverage"],
            "resolved-speaker accuracy": row["accuracy"],
            "right / gold": round(row["right"] / row["gold"], 3) if row["gold"] else None,
            "failed articles": len(self.failed),  # scored as finding nothing
        }

    def breakdown(self) -> dict[str, dict[str, Any]]:
        """Rows by gold type and by source form: gold, matched, right, coverage, accuracy."""
        rows = {f"type {k}": self.by_type[k].row() for k in sorted(self.by_type, key=lambda k: -self.by_type[k].gold)}
        rows.update({f"form {k}": self.by_form[k].row() for k in FORMS if k in self.by_form})
        return rows


def score_article(record: dict[str, Any], line: dict[str, Any], system: Sequence[SystemAttribution]) -> PolnearSpeakerScore:
    """Score one article's system attributions against its gold speakers."""
    text = record["text"]
    attributions = {str(a["id"]): a for a in record.get("attributions", [])}
    score = PolnearSpeakerScore(articles=1, system=len(system))
    for item in line.get("speakers", []):
        gold = attributions[str(item["attribution"])]
        start, end = item["source"][0]
        form = source_form(text, (start, end))
        where = {"article": record.get("id"), "attribution": item["attribution"], "speaker": item["name"],
                 "type": item["type"], "form": form, "source": text[start:end],
                 "content": " … ".join(text[s:e] for s, e in _spans(gold.get("content")))}
        found = match(gold, system)
        right = found is not None and named_by(item, system[found].speaker, system[found].aliases)
        score._count(item["type"], form, found is not None, right)
        if found is None:
            score.misses.append(where)
        elif not right:
            chosen = system[found]
            same_source = chosen.source is not None and _common(_union(_spans(gold["source"])), [chosen.source]) > 0
            score.wrong.append({**where, "system": chosen.speaker, "statement": chosen.statement,
                                "same source": same_source, "resolved": chosen.resolved})
    return score


# --- running the product ---------------------------------------------------------------------------------


def system_attributions(article: Any) -> list[SystemAttribution]:
    """Every attribution of an article (statements and the rest), as the scorer reads it."""
    found = []
    for item in article.attributions:
        speaker = item.speaker.name if item.speaker is not None else (item.source.text if item.source else None)
        found.append(SystemAttribution(
            [(s.start, s.end) for s in item.content],
            (item.cue.start, item.cue.end) if item.cue is not None else None,
            speaker, bool(item.statement), " … ".join(s.text for s in item.content),
            (item.source.start, item.source.end) if item.source is not None else None, item.speaker is not None,
            tuple(item.speaker.aliases) if item.speaker is not None else ()))
    return found


def evaluate(lines: Sequence[dict[str, Any]], records: Sequence[dict[str, Any]], nlp: Any) -> PolnearSpeakerScore:
    """Run the product on each gold article's text and score every attribution it lists."""
    from saywho.ingest import make_article
    from saywho.model import IngestError
    from saywho.pipeline import process
    from saywho.validate import InputError

    def article(record: dict[str, Any]) -> Any:
        try:
            return make_article(record["text"], f"polnear/{record['id']}", id=str(record["id"]))
        except InputError as error:  # a text the product refuses: scored as failed, the rest go on
            return IngestError(f"polnear/{record['id']}", str(error))

    by_id = {str(r["id"]): r for r in records}
    chosen = [by_id[str(line["id"])] for line in lines]
    articles = [article(r) for r in chosen]
    total = PolnearSpeakerScore()
    for line, record, article in zip(lines, chosen, process(articles, nlp=nlp), strict=True):
        failed = not hasattr(article, "attributions")  # an IngestError: extraction failed on this article
        score = score_article(record, line, [] if failed else system_attributions(article))
        score.failed = [str(article)] if failed else []
        total.add(score)
    return total


def error_classes(score: PolnearSpeakerScore) -> Counter[str]:
    """Wrong and missed speakers by what went wrong: another phrase taken as the source; the source (a
    pronoun or description) kept as the speaker rather than resolved to whom it refers ("the Vermont
    senator" for Bernie Sanders); resolved to the wrong speaker (by the gold source's form); or no system
    attribution at all (by gold type)."""
    counts: Counter[str] = Counter()
    for item in score.wrong:
        if not item.get("same source", True):
            counts["wrong source: another phrase taken as the source"] += 1
        elif not item.get("resolved", True) or set(normalise(item["system"] or "")) <= set(normalise(item["source"])):
            counts[f"unresolved: the {item['form']} itself kept as the speaker"] += 1
        else:
            counts[f"resolved to the wrong speaker from a {item['form']}"] += 1
    for item in score.misses:
        counts[f"attribution not found ({item['type']})"] += 1
    return counts


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m saywho.eval.polnear_speakers check [GOLD [POLNEAR]]``: verify the gold against dev (the
    train gold, ``polnear_train.jsonl``, against the train articles it samples)."""
    import sys

    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] != "check":
        print("usage: python -m saywho.eval.polnear_speakers check [GOLD [POLNEAR]]")
        return 2
    path = Path(args[1]) if len(args) > 1 else POLNEAR_SPEAKER_GOLD
    lines = read_gold(path)
    train = path.name == POLNEAR_TRAIN_SPEAKER_GOLD.name
    records = read_texts(Path(args[2]) if len(args) > 2 else POLNEAR_TRAIN if train else POLNEAR_DEV)
    problems = check_gold(lines, gold_records(lines, records) if train else records)
    for problem in problems:
        print(problem)
    labels = sum(len(line["speakers"]) for line in lines)
    print(f"{path}: {len(lines)} articles, {labels} resolved speakers, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
