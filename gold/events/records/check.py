"""Check records written in the PLOVER gold standard's own format (one sentence, one main event).

    python gold/events/records/check.py gold/events/records/part1.jsonl ...

Every line: id, text, event (a category of the PLOVER gold file's label set), eventText, trigger (a word of the
text), mode, context, source and target (lists of {actorText, code[, sector]} whose actorText is in the text,
or ""), and others (the sentence's other real events: event, trigger, source, target). Prints problems; exit 1
if any. It reads no system output and imports nothing from saywho.
"""

from __future__ import annotations

import json
import re
import sys

LABELS = {"AGREE", "DEMAND", "REJECT", "THREATEN", "PROTEST", "COERCE", "FIGHT", "DISAPPROVE", "RETREAT", "ASSAULT",
          "SUPPORT", "CONCEDE", "SANCTION", "CONSULT", "AID", "INVESTIGATE", "MOBILIZE", "COOPERATE"}
CODE = re.compile(r"^([A-Z]{3}|IGO|NGO|MNC)$")


def problems(line: str, where: str) -> list[str]:
    try:
        row = json.loads(line)
    except json.JSONDecodeError as error:
        return [f"{where}: not JSON ({error})"]
    found = []
    for key in ("id", "text", "event", "eventText", "trigger", "source", "target"):
        if key not in row:
            found.append(f"{where}: no {key}")
    if found:
        return found
    text = row["text"]
    events = [row, *row.get("others", [])]
    for n, event in enumerate(events):
        label = "main" if n == 0 else f"others[{n - 1}]"
        if event.get("event") not in LABELS:
            found.append(f"{where} {label}: event {event.get('event')!r} not in the label set")
        if not event.get("trigger") or event["trigger"] not in text:
            found.append(f"{where} {label}: trigger {event.get('trigger')!r} not in the text")
        for role in ("source", "target"):
            actors = event.get(role, "")
            if actors == "":
                continue
            if not isinstance(actors, list):
                found.append(f"{where} {label}: {role} must be a list or \"\"")
                continue
            for actor in actors:
                if actor.get("actorText", "") not in text or not actor.get("actorText"):
                    found.append(f"{where} {label}: {role} actorText {actor.get('actorText')!r} not in the text")
                if not CODE.match(str(actor.get("code", ""))):
                    found.append(f"{where} {label}: {role} code {actor.get('code')!r} is not a 3-letter code")
    return found


def main(paths: list[str]) -> int:
    total, ids, bad = 0, set(), 0
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            for number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                total += 1
                where = f"{path}:{number}"
                found = problems(line, where)
                row_id = json.loads(line).get("id") if not found or "not JSON" not in found[0] else None
                if row_id in ids:
                    found.append(f"{where}: id {row_id} repeated")
                ids.add(row_id)
                for problem in found:
                    print(problem)
                bad += bool(found)
    print(f"{total} records, {bad} with problems")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
