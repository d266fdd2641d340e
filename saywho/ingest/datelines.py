"""Wire datelines opening a paragraph ("KOTA BHARU:", "KINGSTON, Jamaica -", "AL-ULA, Saudi Arabia, Jan 5 (Reuters) -",
"PYONGYANG/SEOUL (Reuters) -", "New Delhi, Feb 6 (PTI)", "Srinagar [India], June 12 (ANI):", "RIA Novosti - "): where
the sentence after them starts (the pipeline), and the place the story is filed from (the event coder places a story's
own bodies there)."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token


def dateline_end(doc: Doc, start: int) -> int | None:
    """The first word after a wire dateline opening a paragraph ("KOTA BHARU:", "KINGSTON, Jamaica -",
    "AL-ULA, Saudi Arabia, Jan 5 (Reuters) -"), or None: the parser reads "KOTA BHARU: Some 12,000 victims will
    …, said X" as one clause, loses the statement, and takes the place or the agency for who acted."""
    i = start
    while i < len(doc) and i - start < 5 and (_capitals(doc[i]) or doc[i].text in ("-", "/") and i > start
                                               and i + 1 < len(doc) and _capitals(doc[i + 1])
                                               and not (doc[i].text == "-" and doc[i - 1].whitespace_)):
        i += 1  # ("AL-ULA", "PYONGYANG/SEOUL"; "KUALA LUMPUR - ASEAN leaders said": the dash ends the dateline)
    if i == start:
        return _agency_dateline_end(doc, start) or _outlet_dateline_end(doc, start)
    if i >= len(doc) - 1:
        return None
    for _ in range(2):  # ", Saudi Arabia" (a country or a state, as many words as it has), ", Nov 17"
        if doc[i].text != "," or i + 2 >= len(doc):
            break
        j = i + 1
        if doc[j].lower_.rstrip(".")[:3] in MONTHS and (doc[j + 1].like_num or doc[j + 1].text == "."):
            j += 2 if doc[j + 1].like_num else 3
            j = _past_year(doc, j)  # "BUDAPEST, Nov. 4, 1956 (AP) --"
        else:
            while j < len(doc) and j - i <= 5 and (doc[j].is_title or doc[j].text.rstrip(".").isupper()
                                                   and len(doc[j]) <= 4 or doc[j].lower_ in ("of", "the") and j > i + 1
                                                   and any(t.is_title for t in doc[j + 1: j + 3])) \
                    and not doc[j].is_sent_end:
                j += 1  # (", Democratic Republic of Congo —": a state's name with "of" in it)
        if j == i + 1:
            break
        i = j
    if i < len(doc) and doc[i].text == "(" and (close := next(
            (j for j in range(i + 1, min(i + 5, len(doc))) if doc[j].text == ")"), None)) is not None \
            and close + 1 < len(doc):
        i = close + 1  # "BEIRUT (Reuters) -"
    if i < len(doc) - 1 and doc[i].text in DASHES and not doc[i + 1].is_space:
        return i + 1
    return _outlet_dateline_end(doc, start)  # "RIA Novosti - …", its first word in capitals


DASHES = (":", "-", "—", "–", "--")
# News agencies that sign a dateline in brackets: "New Delhi, Feb 6 (PTI)".
AGENCIES = {"reuters", "afp", "ap", "pti", "ians", "ani", "uni", "xinhua", "yonhap", "kyodo", "tass", "ria", "bernama",
            "aa", "irna", "wam", "spa", "kuna", "mena", "anadolu", "efe", "dpa", "ansa", "kcna", "apa", "trend", "bna"}


def _agency_dateline_end(doc: Doc, start: int) -> int | None:
    """"New Delhi, Feb 6 (PTI) India and Bangladesh agreed …": a place in title case, a date, and a news agency in
    brackets, with or without a dash after them; or a place and a date before a colon ("Dhaka, Jan 10:")."""
    i = start
    while i < len(doc) and i - start < 3 and doc[i].is_title and doc[i].tag_ == "NNP":  # (the tagger has run)
        i += 1
    if i > start and i < len(doc) and doc[i].text == "[" and (close := next(
            (k for k in range(i + 1, min(i + 5, len(doc))) if doc[k].text == "]"), None)) is not None:
        i = close + 1  # "Srinagar [India], June 12 (ANI):": the country in square brackets
    if i == start or i + 2 >= len(doc) or doc[i].text != ",":
        return None
    j = i + 1
    if doc[j].lower_.rstrip(".")[:3] in MONTHS and j + 1 < len(doc) and doc[j + 1].like_num:
        j = _past_year(doc, j + 2)
        if j + 1 < len(doc) - 1 and doc[j].text == ":":
            return j + 1  # "Dhaka, Jan 10: Home Adviser … said": a place and a date, no agency
    if j + 2 >= len(doc) or doc[j].text != "(" or doc[j + 1].lower_ not in AGENCIES \
            or doc[j + 2].text not in (")", "):"):  # (the tokenizer keeps "):" whole)
        return None
    end = j + 3
    if end < len(doc) - 1 and doc[end].text in DASHES and doc[j + 2].text == ")":
        end += 1
    return end if end < len(doc) - 1 else None


# Words of news outlets' names that open a story with a dash and no place: "RIA Novosti - Russian troops …",
# "Kyiv Independent — A Russian missile …".
OUTLET_WORDS = AGENCIES | {"independent", "post", "times", "news", "herald", "tribune", "telegraph", "journal",
                           "novosti", "interfax", "ukrinform", "pravda", "izvestia", "kommersant", "vedomosti", "tv",
                           "radio"}


def _outlet_dateline_end(doc: Doc, start: int) -> int | None:
    """"RIA Novosti - Russian troops captured …": an outlet's name of up to three capitalised words, one of them an
    agency's or an outlet's word (:data:`OUTLET_WORDS`), then a dash set off by spaces, opening the paragraph."""
    i = start
    while i < len(doc) and i - start < 3 and (doc[i].is_title or doc[i].is_upper) and doc[i].is_alpha:
        i += 1
    if i == start or i + 1 >= len(doc) or doc[i].text not in ("-", "—", "–", "--") or not doc[i - 1].whitespace_ \
            or not doc[i].whitespace_ or not any(t.lower_ in OUTLET_WORDS for t in doc[start:i]):
        return None
    return i + 1


def _past_year(doc: Doc, j: int) -> int:
    """The word after a date's year (", 1956"), or ``j`` when no year follows the day."""
    if j + 1 < len(doc) and doc[j].text == "," and doc[j + 1].like_num and len(doc[j + 1].text) == 4:
        return j + 2
    return j


MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"}


def _capitals(token: Token) -> bool:
    """A word of a dateline's place: capitals, with any hyphen inside ("AL-ULA")."""
    letters = token.text.replace("-", "")
    return letters.isalpha() and letters.isupper() and len(letters) > 1


def dateline_place(doc: Doc, within: int = 600) -> Span | None:
    """The place of the first dateline opening a paragraph in the first ``within`` characters ("JOHANNESBURG" in
    "JOHANNESBURG - The Hawks arrested …", "New Delhi" in "New Delhi, Feb 6 (PTI)"), or None."""
    starts = [0]
    for t in doc:  # (only the opening ``within`` characters: a long article's every word is no dateline)
        if t.idx >= within:
            break
        if "\n" in t.text_with_ws and t.i + 1 < len(doc):
            starts.append(t.i + 1)
    for start in starts:
        end = dateline_end(doc, start)
        if end is not None:
            stop = next((t.i for t in doc[start:end] if t.text in (",", "(")), end)
            while stop > start and doc[stop - 1].text in DASHES:
                stop -= 1
            return doc[start:stop] if stop > start else None
    return None


def dateline_country(doc: Doc) -> str | None:
    """The country of the article's dateline ("JOHANNESBURG - The Hawks arrested …", "LAHORE: …", "ABUJA, Nigeria
    --"), where a story's own bodies act that no dictionary places (CAMEO codes an unknown actor by where it acts)."""
    from saywho.actors import geo  # (the actor tables read the attribution modules, which read this one)
    from saywho.actors.dictionary import code_of

    place = dateline_place(doc)
    if place is None:
        return None
    name = place.text.title() if place.text.isupper() else place.text  # "JOHANNESBURG" is Johannesburg
    # "NEWARK, N.J. (AP) —", "PORT-AU-PRINCE, Haiti (AP) —", "BREST, France —": the state or country after the
    # place's comma, which says which of the cities of that name it is
    words = []
    for token in doc[place.end + 1: place.end + 5] if place.end < len(doc) and doc[place.end].text == "," else ():
        if token.text in ("(", ",", *DASHES):
            break
        words.append(token.text)
    region = " ".join(words)
    if region.lower() in US_STATE_ABBREVIATIONS or region.lower() in US_STATE_NAMES:
        return "USA"
    named = code_of(region) if region else None
    if named and named not in ("IGO", "NGO", "MNC"):
        return named
    return code_of(name) or geo.place_country(name) or (geo.place_country(region, cities=False) if region else None)


# How AP datelines name the US states after a city ("NEWARK, N.J.", "FRESNO, Calif."), and the states' own names.
US_STATE_ABBREVIATIONS = frozenset({
    "ala.", "ariz.", "ark.", "calif.", "colo.", "conn.", "del.", "fla.", "ga.", "ill.", "ind.", "kan.", "ky.", "la.",
    "md.", "mass.", "mich.", "minn.", "miss.", "mo.", "mont.", "neb.", "nev.", "n.h.", "n.j.", "n.m.", "n.y.", "n.c.",
    "n.d.", "okla.", "ore.", "pa.", "r.i.", "s.c.", "s.d.", "tenn.", "vt.", "va.", "wash.", "w.va.", "wis.", "wyo."})
US_STATE_NAMES = frozenset({
    "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware", "florida",
    "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine", "maryland",
    "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada",
    "new hampshire", "new jersey", "new mexico", "new york", "north carolina", "north dakota", "ohio", "oklahoma",
    "oregon", "pennsylvania", "rhode island", "south carolina", "south dakota", "tennessee", "texas", "utah",
    "vermont", "virginia", "washington", "west virginia", "wisconsin", "wyoming"})
