"""Text hard-wrapped at a fixed width, read as the running text it is.

Wire feeds, e-mail and old corpora break every line at about 70 characters ("Penril Corp said it is seeking to\\nsell
its Triplett … subsidiary"), and the parser reads each break as a boundary: sentences split mid-clause, a subject
cut from its verb. The parser is given the text with each such break as a space instead, one character for one,
so every offset into the article's own text still holds; a break after a sentence's end, or before an indented
line, a blank line, a dash or a bullet, stays. Text that is not wrapped (a paragraph a line, as pages and most plain
text give it; a transcript or a live blog, a sentence or a label a line) is left as it is.
"""

from __future__ import annotations

import re
from statistics import median

WRAP_WIDTH = 100  # no line of a wrapped text is longer
MIN_LINE = 45  # the median line of a wrapped text is at least this long: short lines are verse, lists, tables
MIN_LINES = 4
MID_SENTENCE = 0.6  # of the lines a paragraph runs on from, the share broken mid-sentence
ENDINGS = tuple(".!?:;\"'”’)]")  # what a line that ends a sentence (or a label, a quotation) ends on
# a break inside a paragraph: after a word or a comma, before a word (not a dash, a bullet or an indent)
_BREAK = re.compile(r"(?<=[^\s.!?:;])\n(?=[\w(<\"“'$])")


def hard_wrapped(text: str) -> bool:
    """Whether the text's lines were broken at a fixed width: four or more, none longer than ``WRAP_WIDTH``, their
    median at least ``MIN_LINE`` characters, and most of those a paragraph runs on from broken mid-sentence (a
    transcript, a live blog or a poem has a sentence or a label a line)."""
    lines = text.split("\n")
    lengths = [len(line.rstrip()) for line in lines if line.strip()]
    if len(lengths) < MIN_LINES or max(lengths) > WRAP_WIDTH or median(lengths) < MIN_LINE:
        return False
    running = [line.rstrip() for line, after in zip(lines, lines[1:], strict=False)
               if line.strip() and after.strip() and not after[:1].isspace()]
    broken = [line for line in running if not line.endswith(ENDINGS)]
    return len(running) >= MIN_LINES - 1 and len(broken) >= MID_SENTENCE * len(running)


def unwrapped(text: str) -> str:
    """The text with each line break inside a sentence of a hard-wrapped text as a space (the same length)."""
    return _BREAK.sub(" ", text) if "\n" in text and hard_wrapped(text) else text
