"""Find quotation marks and the stretches of text they enclose.

Works on characters, not tokens, so it is independent of the parser. Unbalanced
marks never raise: an opening mark with no close runs to the end of its
paragraph, which is also how news prose marks a quote that continues into the
next paragraph (the paragraph ends open, the next one re-opens).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

# Every quotation mark a statement's edge may carry, straight or curly, single or double, and guillemets.
QUOTE_MARKS = frozenset({"“", "”", '"', "‘", "’", "«", "»", "'"})

OPENERS = {"“": "”", "«": "»", "„": "“", '"': '"'}
_PARAGRAPH = re.compile(r"[^\n]+")
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Quote:
    start: int  # offset of the opening mark
    end: int  # offset just past the closing mark (or the paragraph end)
    closed: bool
    continues: bool = False  # opens a paragraph that continues the previous quote

    @property
    def inner(self) -> tuple[int, int]:
        return self.start + 1, self.end - 1 if self.closed else self.end

    def words(self, text: str) -> int:
        start, end = self.inner
        return len(_WORD.findall(text[start:end]))


def marked_between(tokens: Iterable[Any]) -> bool:
    """Whether a quotation mark lies among ``tokens`` (a span of a parse): a quotation opens or closes there,
    so a verb on one side does not report, or report with, a verb on the other ("“I never said that,” Hale
    insisted": the parser can hang "insisted" on the quoted "said")."""
    return any(t.text in QUOTE_MARKS for t in tokens)


def find_quotes(text: str) -> list[Quote]:
    quotes: list[Quote] = []
    previous_open = False
    for paragraph in _PARAGRAPH.finditer(text):
        found = _quotes_in(text, paragraph.start(), paragraph.end())
        if found and previous_open and found[0].start == _first_char(text, paragraph.start()):
            found[0] = Quote(found[0].start, found[0].end, found[0].closed, continues=True)
        previous_open = bool(found) and not found[-1].closed
        quotes.extend(found)
    return quotes


def _first_char(text: str, start: int) -> int:
    while start < len(text) and text[start].isspace():
        start += 1
    return start


def _quotes_in(text: str, start: int, end: int) -> list[Quote]:
    quotes: list[Quote] = []
    position = start
    reopened = False
    while position < end:
        char = text[position]
        if char in OPENERS and _opens(text, position, start):
            close = _closer(text, char, position + 1, end)
            if close == -1:
                quotes.append(Quote(position, _trim_end(text, end), closed=False, continues=reopened))
                return quotes
            if char == '"' and _reopens(text, close, end):
                # '"… the first paragraph. "The second …," he said': paragraphs run together, the first left open
                quotes.append(Quote(position, _trim_end(text, close), closed=False, continues=reopened))
                position, reopened = close, True
                continue
            quotes.append(Quote(position, close + 1, closed=True, continues=reopened))
            position, reopened = close + 1, False
            continue
        position += 1
    return quotes


def _reopens(text: str, position: int, end: int) -> bool:
    """A straight mark after a sentence's end and a space, before a word: it opens a quotation, so the one
    before it was left open (a quotation of several paragraphs whose paragraphs were run together)."""
    before = text[max(0, position - 8):position].rstrip()  # (a sentence may end inside a quotation of its own)
    return position + 1 < end and text[position - 1].isspace() and text[position + 1].isalpha() \
        and (before[-1:] in (".", "?", "!") or before.endswith((".'", "?'", "!'", ".’", "?’", "!’")))


def _closer(text: str, opener: str, start: int, end: int) -> int:
    """Where a quotation opened at ``start - 1`` closes, or -1.

    Pages mix the two styles within one quotation ("“It is over," she said), so a curly opening mark also
    closes at a straight mark that ends a word, and a straight one at a curly closing mark: whichever
    comes first.
    """
    close = text.find(OPENERS[opener], start, end)
    other = {"“": '"', '"': "”"}.get(opener)
    if other is None:
        return close
    at = text.find(other, start, end if close == -1 else close)
    while at != -1 and other == '"' and not _closes(text, at, end):
        at = text.find(other, at + 1, end if close == -1 else close)
    return at if at != -1 else close


def _closes(text: str, position: int, end: int) -> bool:
    """A straight mark that ends a word ("… over," she) rather than opening one."""
    before = text[position - 1] if position > 0 else " "
    after = text[position + 1] if position + 1 < end else " "
    return not before.isspace() and not after.isalnum()


def _opens(text: str, position: int, paragraph_start: int) -> bool:
    # A straight quote opens only at a word's start; inside a word it is an
    # inch mark or a typo ("5'10\"").
    if text[position] != '"':
        return True
    before = text[position - 1] if position > paragraph_start else " "
    after = text[position + 1] if position + 1 < len(text) else " "
    return not before.isalnum() and not after.isspace()


def _trim_end(text: str, end: int) -> int:
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


def overlapping(quotes: list[Quote], start: int, end: int) -> list[Quote]:
    """The quotes that overlap ``[start, end)``, by binary search: :func:`find_quotes` gives them in text
    order and disjoint, so their ends are in order too."""
    first = bisect_right(quotes, start, key=lambda q: q.end)
    last = bisect_left(quotes, end, key=lambda q: q.start)
    return quotes[first:last]


def quote_kind(content: list[tuple[int, int]], quotes: list[Quote]) -> str:
    """direct when the content is all quoted, mixed when part of it is, else indirect."""
    quoted = sum(
        min(q.end, end) - max(q.start, start) for q in quotes for start, end in content if q.start < end and start < q.end
    )
    if quoted == 0:
        return "indirect"
    total = sum(end - start for start, end in content)
    return "direct" if quoted >= total - 2 else "mixed"
