"""Page furniture: the lines of a page that are not the article's (teaser lists, "Related:" links, calls to
sign up or follow, image credits, disclaimers, "Add Comment", the headline repeated as the first line).

One detector, two uses. Text read from HTML loses its furniture lines (:func:`drop_furniture`): trafilatura
finds the article's part of the page, but what it keeps still holds some, and statements found there are not
the article's ("SINGER SAYS SHOW CHANGED HER LIFE" as a teaser headline). Any other text keeps every line,
and the furniture is only marked (:func:`find_chrome`, ``Article.chrome``) so offsets stay the input's; the
pipeline skips what is marked. Only whole lines count, so an article that *talks about* newsletters keeps its
sentence. Chosen on the news-html pages outside the frozen test split (``saywho eval extraction``, ``saywho
eval speakers --split dev``).
"""

from __future__ import annotations

import re

from saywho.model import Span

# Elements pruned before extraction: captions, and hover cards that repeat a person's latest headlines inside
# a sentence (the visible link stays in the sentence, the card it opens goes).
HTML_PRUNE = [
    "//figcaption",
    "//*[contains(@class,'rollover') or contains(@class,'hovercard') or contains(@class,'tooltip')]"
    "[contains(@class,'block') or contains(@class,'card') or contains(@class,'content') or contains(@class,'popup')]",
]

# A label that opens a list of teasers, alone on its line ("DON'T MISS", "You may also like...", "More:").
_LABEL_RE = re.compile(
    r"(?:don[’']?t miss|you (?:may|might) also (?:like|enjoy)|more (?:on this|from [\w .'’-]{1,40}|stories|news|like this)"
    r"|(?:most|more) (?:read|popular|viewed|shared)(?: (?:in|on|from) [\w .'’-]{1,30})?|popular (?:on|in) [\w .'’-]{1,30}"
    r"|explore further|more|see also|also read|read (?:also|next|more)|recommended(?: for you| reading| stories)?"
    r"|related(?: (?:articles?|stories|posts?|content|coverage|links?|news|reading|videos?|topics))?"
    r"|trending(?: now| stories)?|top stories|latest (?:news|stories)|editor[’']?s picks|what to read next"
    r"|tags|filed under|topics|comments?|share this(?: article| story)?)\s*(?::|\.\.\.|…)?",
    re.IGNORECASE)
# A label with its link on the same line ("Related: ...", "SEE MORE: ...", "Listen: ...").
_LINK_RE = re.compile(
    r"(?:\[?related(?: (?:articles?|stories|posts?|content|coverage|links?))?|read (?:more|also|next)|see (?:also|more)"
    r"|also read|filed under|tags|more|watch(?: now| more)?|listen(?: now)?|download|itunes)\s*:\s*.{1,600}",
    re.IGNORECASE)
_DISCLAIMER_RE = re.compile(r"disclaimer\s*:\s*.{1,900}", re.IGNORECASE)
# A call to action: the line opens with one and names a channel ("Sign up for our newsletter", "Follow us on X").
_CALL_RE = re.compile(
    r"(?:sign up|subscribe|follow|click here|get the|download the|listen to|watch|join|tell us|send us|have a tip"
    r"|like us|start your day|get access|get the latest|stay (?:on top|up to date|informed))\b.{0,300}",
    re.IGNORECASE)
_CHANNEL_RE = re.compile(
    r"newsletter|inbox|subscri|sign up|\bapp\b|twitter|facebook|instagram|youtube|podcast|click here|@\w|\bemail\b"
    r"|delivered|\bhere\b", re.IGNORECASE)
_CREDIT_RE = re.compile(
    r"(?:(?i:(?:image|photo|picture|video)s? ?(?:source|credit|courtesy|copyright)s?)\s*:.{1,150}|SOURCE\s*:\s*.{1,80})")
# A teaser headline with its section tag: "... storm closes road [INSIGHT]", "... review [Video]".
_TAGGED_RE = re.compile(r".{3,200}\s\[(?:[A-Z][A-Z ]{2,15}|Video|Photos?|Pics|Gallery|Poll)\]\s*\|?")
# An all-capitals teaser headline ("MAYOR 'FURIOUS' AT BUDGET", "CLICK HERE TO GET THE ... APP"): quotes,
# SAYS or CLICK, and no closing full stop; all-capitals subheadings of the article itself have none of these.
_CAPS_TEASER_RE = re.compile(r"['‘’\"“”]|\bSAYS?\b|\bCLICK\b")
_CLOSES_RE = re.compile(r"[.!?\"”]\s*$")


# Short lines of site chrome ("Add Comment", "Advertisement", "Share this story").
_CHROME_PATTERNS = [
    r"add (a )?comments?",
    r"\d* ?comments?",
    r"(view|show|read|load) (all |more )?comments?( \(\d+\))?",
    r"share( this( article| story| page)?)?( on \w+)?",
    r"(click to )?(share|tweet|email|print)( this)?( article| story)?",
    r"advertisement",
    r"advert(isement)?s?",
    r"sponsored( content)?",
    r"sign up (to|for) (our|the) (\w+ )?newsletters?\.?",
    r"subscribe( (now|today|to our newsletter))?\.?",
    r"(read|see) (the rest|more)( here)?\.?",
    r"related( articles| stories| topics| content)?:?",
    r"follow us on .*",
    r"(image|photo|picture) (copyright|source|caption)\b.*",
    r"getty images",
    r"skip to (main )?content",
    r"most (read|popular|shared)",
    r"copyright ©.*|© \d{4}.*",
    r"(listen|watch): .*",
    r"media caption.*",
]
_CHROME_RE = re.compile(r"^\s*(?:" + "|".join(_CHROME_PATTERNS) + r")\s*$", re.IGNORECASE)


def _all_caps(line: str) -> bool:
    cased = [ch for ch in line if ch.isupper() or ch.islower()]
    return len(cased) >= 10 and sum(ch.isupper() for ch in cased) >= 0.9 * len(cased)


def _teaser_label(line: str) -> bool:
    return len(line.split()) <= 8 and _LABEL_RE.fullmatch(line) is not None


def is_furniture(line: str) -> bool:
    """Whether one line of text is page furniture rather than the article's."""
    line = line.strip()
    if not line:
        return False
    words = len(line.split())
    return (
        (len(line) <= 80 and _CHROME_RE.match(line) is not None)
        or _teaser_label(line)
        or (words <= 40 and _LINK_RE.fullmatch(line) is not None)
        or (words <= 90 and _DISCLAIMER_RE.fullmatch(line) is not None)
        or (words <= 45 and _CALL_RE.fullmatch(line) is not None and _CHANNEL_RE.search(line) is not None)
        or (words <= 35 and _CREDIT_RE.fullmatch(line) is not None)
        or (words <= 30 and _TAGGED_RE.fullmatch(line) is not None)
        or (3 <= words <= 25 and not line.startswith("|") and _all_caps(line)
            and _CAPS_TEASER_RE.search(line) is not None and _CLOSES_RE.search(line) is None)
    )


def _headline_like(line: str) -> bool:
    line = line.strip()
    return bool(line) and len(line.split()) <= 20 and re.search(r"[.!?:\"”]\s*$", line) is None


_WORD = re.compile(r"\w+")


def repeats_title(line: str, title: str) -> bool:
    """The page's title repeated as a line: the same words, maybe without the site's name after it
    ("Headline - Site"), or a headline of three words or more sharing at least half of its words with the
    title and half of the title's (sites word the page title and the headline apart: "Sweden drops Assange
    rape investigation" over "Julian Assange: Sweden drops rape investigation")."""
    line, title = line.strip(), title.strip()
    if not line or not title:
        return False
    if line == title or (title.startswith(line) and title[len(line):][:3] in (" - ", " | ", " – ", " — ")):
        return True
    words = [w.lower() for w in _WORD.findall(line)]
    titled = [w.lower() for w in _WORD.findall(title)]
    if len(words) < 3 or not titled or not _headline_like(line):
        return False
    in_title, in_line = set(titled), set(words)
    return sum(w in in_title for w in words) >= 0.5 * len(words) \
        and sum(w in in_line for w in titled) >= 0.5 * len(titled)


def furniture_lines(lines: list[str], title: str | None = None) -> set[int]:
    """Indexes of the furniture among ``lines``: furniture lines, a teaser label with the headlines under
    it, and the page's ``title`` repeated in one of the first two lines (then kept as ``Article.title``)."""
    found: set[int] = set()
    if title:
        found.update(i for i in range(min(2, len(lines))) if repeats_title(lines[i], title))
    i = 0
    while i < len(lines):
        if _teaser_label(lines[i].strip()):
            found.add(i)
            i += 1
            while i < len(lines) and _headline_like(lines[i]):
                found.add(i)
                i += 1
            continue
        if is_furniture(lines[i]):
            found.add(i)
        i += 1
    return found


_CELL = re.compile(r"(?<!\\)\|")  # a cell border in trafilatura's rows; a bar inside a cell is escaped "\|"


def unwrap_layout_rows(lines: list[str]) -> list[str]:
    """Rows of a table with a single filled cell, as their text: a one-column table is page layout (pull quotes,
    captions, a body set in a cell), not data, and its rows read as "| “…,” Cooke said. |" would run a
    quotation into the row before it. Rows of two or more filled cells stay as they are."""
    found = []
    for line in lines:
        row = line.strip()
        if len(row) > 1 and row.startswith("|") and row.endswith("|"):
            filled = [cell.strip() for cell in _CELL.split(row[1:-1]) if cell.strip()]
            if len(filled) <= 1:
                if filled and not set(filled[0]) <= set("-:"):  # not a header rule
                    found.append(filled[0].replace("\\|", "|"))
                continue
        found.append(line)
    return found


def drop_furniture(text: str, title: str | None = None) -> str:
    """Text read from HTML without its furniture lines (one-column tables' rows first read as plain lines)."""
    lines = unwrap_layout_rows(text.split("\n"))
    gone = furniture_lines(lines, title)
    return "\n".join(line for i, line in enumerate(lines) if i not in gone)


def find_chrome(text: str) -> list[Span]:
    """Spans of the furniture lines of a text that keeps them (trimmed of white space)."""
    starts = [0] + [m.end() for m in re.finditer("\n", text)]
    lines = text.split("\n")
    spans = []
    for i in sorted(furniture_lines(lines)):
        line = lines[i]
        start = starts[i] + (len(line) - len(line.lstrip()))
        end = starts[i] + len(line.rstrip())
        if end > start:
            spans.append(Span.of(text, start, end))
    return spans


def opening_headline(text: str) -> Span | None:
    """A text's first line when it reads as a headline (three to twenty words, no closing stop) and more text
    follows: "Police say gunman acted alone" over the story is the title (``Article.title``), not a statement."""
    starts = [0] + [m.end() for m in re.finditer("\n", text)]
    lines = text.split("\n")
    filled = [i for i, line in enumerate(lines) if line.strip()]
    if len(filled) < 2 or not _headline_like(lines[filled[0]]) or len(lines[filled[0]].split()) < 3 \
            or ":" in lines[filled[0]]:
        return None  # "Bernie Sanders: Wall Street Is Rigging The Economy" is his, by the attribution rules
    line = lines[filled[0]]
    start = starts[filled[0]] + len(line) - len(line.lstrip())
    return Span.of(text, start, starts[filled[0]] + len(line.rstrip()))
