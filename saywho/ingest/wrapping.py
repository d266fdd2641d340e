"""Text hard-wrapped at a fixed width, read as the running text it is.

Wire feeds, e-mail and old corpora break every line at about 70 characters ("Penril Corp said it is seeking to\\nsell
its Triplett … subsidiary"), and the parser reads each break as a boundary: sentences split mid-clause, a subject
cut from its verb. The parser is given the text with each such break as a space instead, one character for one,
so every offset into the article's own text still holds; a break before an indented line or a blank line (a new
paragraph) stays. Text that is not wrapped (a paragraph a line, as pages and most plain text give it) is left as
it is.
"""

from __future__ import annotations

import re
from statistics import median

WRAP_WIDTH = 100  # no line of a wrapped text is longer
MIN_LINE = 45  # the median line of a wrapped text is at least this long: short lines are verse, lists, tables
MIN_LINES = 4
_BREAK = re.compile(r"(?<=[^\n])\n(?=[^\s])")


def hard_wrapped(text: str) -> bool:
    """Whether the text's lines were broken at a fixed width: four or more, none longer than ``WRAP_WIDTH``, their
    median at least ``MIN_LINE`` characters."""
    lengths = [len(line.rstrip()) for line in text.split("\n") if line.strip()]
    return len(lengths) >= MIN_LINES and max(lengths) <= WRAP_WIDTH and median(lengths) >= MIN_LINE


def unwrapped(text: str) -> str:
    """The text with each line break inside a paragraph of a hard-wrapped text as a space (the same length)."""
    return _BREAK.sub(" ", text) if "\n" in text and hard_wrapped(text) else text
