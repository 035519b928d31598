"""The output contract: its JSON Schema and a checker for offsets."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


@cache
def schema() -> dict[str, Any]:
    return json.loads((resources.files("cronaca") / "schema" / "extraction.schema.json").read_text("utf-8"))


def validate(record: dict[str, Any], text: str | None = None) -> None:
    """Raise jsonschema.ValidationError (or ValueError for offsets) if `record` breaks the contract.

    With `text`, also check that every span's text equals text[start:end] and that every actor id a
    quote or event refers to exists: the promise that each record is checkable from its offsets.
    """
    import jsonschema

    jsonschema.validate(record, schema())
    if text is None:
        return
    actor_ids = {a["id"] for a in record["actors"]}
    quote_ids = {q["id"] for q in record["quotes"]}

    def check(span: dict[str, Any], where: str) -> None:
        if text[span["start"] : span["end"]] != span["text"]:
            raise ValueError(f"{where}: text[{span['start']}:{span['end']}] != {span['text']!r}")

    for a in record["actors"]:
        for m in a["mentions"]:
            check(m, f"actor {a['id']}")
    for d in record.get("dates", []):
        check(d, "date")
    for q in record["quotes"]:
        check({"start": q["start"], "end": q["end"], "text": q["text"]}, f"quote {q['id']}")
        for key in ("cue", "channel"):
            if q.get(key):
                check(q[key], f"quote {q['id']} {key}")
        for key in ("speaker", "addressee", "reported_by"):
            if q[key] is not None and q[key] not in actor_ids:
                raise ValueError(f"quote {q['id']}: {key} {q[key]!r} is not an actor id")
    for e in record["events"]:
        check(e["trigger"], f"event {e['id']} trigger")
        check(e["sentence"], f"event {e['id']} sentence")
        for aid in e["source"] + e["target"]:
            if aid not in actor_ids:
                raise ValueError(f"event {e['id']}: {aid!r} is not an actor id")
        if e["quote"] is not None and e["quote"] not in quote_ids:
            raise ValueError(f"event {e['id']}: quote {e['quote']!r} is not a quote id")
