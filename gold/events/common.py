"""Shared helpers for the event training labels: where the texts live, the split rule, the PLOVER names."""
from __future__ import annotations

import hashlib
import json
import os
from functools import lru_cache
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
SHARED = Path(os.environ.get("SAYWHO_SHARED_DATA", REPO.parent / "shared" / "data"))
POLNEAR_TRAIN = SHARED / "polnear" / "train.jsonl"
NEWS_HTML = SHARED / "news-html" / "ground-truth.json"
LABELS = HERE / "labels.jsonl"
QUEUE = HERE / "queue.jsonl"

CATEGORIES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
MODES = {
    "AGREE": set(), "SUPPORT": set(), "CONCEDE": set(), "COOPERATE": set(), "AID": set(),
    "CONSULT": {"visit", "third-party", "multilateral", "phone"},
    "RETREAT": {"withdraw", "release", "disarm", "ceasefire", "access", "resign"},
    "REQUEST": {"assist", "change", "yield", "meet"},
    "REJECT": {"assist", "change", "yield", "meet"},
    "ACCUSE": {"disapprove", "investigate", "allege"},
    "THREATEN": {"restrict", "arrest", "relations", "expel", "territory", "violence"},
    "PROTEST": {"demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"},
    "SANCTION": {"convict", "expel", "withdraw", "discontinue"},
    "MOBILIZE": {"troops", "weapons", "police", "militia"},
    "COERCE": {"seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport", "withhold",
               "misinformation", "cyber"},
    "ASSAULT": {"abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive", "firearms",
                "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons", "crowd-control",
                "unconventional"},
}
CONTEXTS = {
    "military", "intelligence", "executive", "legislative", "election", "political_institutions",
    "pro_democracy", "pro_autocracy", "economic", "legal", "reparations", "human_rights", "rights_freedoms",
    "repression", "human_security", "gender", "lgbt", "religion_ethnicity", "inequality", "diplomatic",
    "territory", "peacekeeping", "health", "asylum", "migration", "disasters", "natural_resource",
    "environment", "technology", "terrorism", "cbrn", "cyber", "misinformation", "crime", "corruption",
    "illegal_drugs", "trafficking",
}
SECTORS = {"GOV", "LEG", "JUD", "COP", "SPY", "MIL", "PTY", "ELI", "MED", "BUS", "CVL", "OPP", "EDU", "LAB",
           "NGO", "CRM", "REL", "REB", "IGO", "HLH", "REF", "AGR", "IMG", "UAF", "SET", "INS", "ENV"}


def split_of(doc: str) -> str:
    """The frozen-test rule: about a fifth of articles, by a hash of the id, never by content."""
    return "test" if int(hashlib.sha1(doc.encode("utf-8")).hexdigest()[:8], 16) % 5 == 0 else "train"


def fingerprint(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


@lru_cache(maxsize=1)
def texts() -> dict[tuple[str, str], str]:
    """(source, doc) -> text, for PolNeAR train and news-html (PolNeAR test is never read)."""
    out: dict[tuple[str, str], str] = {}
    with open(POLNEAR_TRAIN, encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            out[("polnear-train", rec["id"])] = rec["text"]
    with open(NEWS_HTML, encoding="utf-8") as f:
        for key, rec in json.load(f).items():
            out[("news-html", key)] = rec.get("articleBody") or ""
    return out


def read_jsonl(path: Path) -> list[dict]:
    if not path.exists():
        return []
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]
