"""scripts/step_precision.py: each emitted event is credited to the steps that made it, and the
alignment with the gold is the one `cronaca.evaluate` scores; plus the fallbacks guard the script
led to (a named, uncoded object before a charge gets no guessed target)."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import pytest

from cronaca.evaluate import load_gold
from cronaca.model import Document, DocumentMeta
from cronaca.pipeline import Pipeline

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
import step_precision  # noqa: E402

_LAUNCH = (
    "North Korea fired two ballistic missiles into the sea on Sunday, the South Korean military said. "
    "Japan strongly criticised the launch, calling it a threat to regional peace."
)

_GOLD = f"""id: t-launch
lang: en
date: 2024-05-06
text: "{_LAUNCH}"
actors:
  - {{name: North Korea, kind: GPE, country: PRK, sector: null, igo: null, mentions: ["North Korea"]}}
  - {{name: South Korean military, kind: ORG, country: KOR, sector: MIL, igo: null, mentions: ["South Korean military"]}}
  - {{name: Japan, kind: GPE, country: JPN, sector: null, igo: null, mentions: ["Japan"]}}
events:
  - {{type: ACCUSE, trigger: criticised, source: [JPN], target: [PRK], modality: asserted}}
"""


@pytest.fixture(scope="module")
def totals() -> step_precision.Totals:
    return step_precision.trace([_gold()])


def _gold():
    with tempfile.TemporaryDirectory() as tmp:  # load_gold reads a file
        path = Path(tmp) / "t.yaml"
        path.write_text(_GOLD, encoding="utf-8")
        return load_gold(path)


def test_a_filled_target_is_credited_to_the_step_that_filled_it(totals) -> None:
    # the criticism names no party of its own: `_fallbacks` gives it its target, `_roles` its source
    acc = [e for e in totals.emitted if e.tup[0] == "ACCUSE"]
    assert acc, "the criticism should be emitted"
    (e,) = acc
    assert e.tup[1:3] == ("JPN", "PRK")
    assert e.prov.made == "_match" and e.prov.src == "_roles"
    assert e.prov.tgt == "_fallbacks" and e.prov.last == "_fallbacks"
    assert e.right and e.right_country


def test_the_table_counts_right_and_wrong_per_step(totals) -> None:
    rows = {r["step"]: r for r in step_precision.table(totals)}
    assert rows["_fallbacks"]["last_right"] == 1 and rows["_fallbacks"].get("last_wrong", 0) == 0
    # every emitted tuple is counted once as made and once as last touched
    n = len(totals.emitted)
    assert sum(r.get("made_n", 0) for r in rows.values()) == n
    assert sum(r.get("last_n", 0) for r in rows.values()) == n
    # the alignment here is the one evaluate scores
    assert totals.tp == totals.tp_eval == sum(e.right for e in totals.emitted)


def test_tracing_leaves_the_output_unchanged() -> None:
    # the wrappers only watch: the same text gives the same events traced or not
    step_precision.install()
    doc = Pipeline()(Document(text=_LAUNCH, meta=DocumentMeta(id="t", lang="en", date="2024-05-06")))
    traced = step_precision.trace([_gold()])
    plain = {(e.type, e.trigger.text) for e in doc.events}
    assert ("ACCUSE", "criticised") in plain
    assert plain == {(e.tup[0], e.trigger) for e in traced.emitted}


def test_a_judged_noun_told_before_is_not_emitted_again() -> None:
    # step_precision: `_anaphora` gave such nouns their sides at 3 right of 12 on dev; the judged
    # ones ("condemned the sanctions", "welcomed the sanctions") were all restatements
    text = "Washington imposed sanctions on three Iranian banks on Monday. Tehran condemned the sanctions as illegal."
    doc = Pipeline()(Document(text=text, meta=DocumentMeta(id="t", lang="en", date="2024-05-06")))
    by_id = {a.id: a.country for a in doc.actors}
    got = [(e.type, [by_id[a] for a in e.source], [by_id[a] for a in e.target]) for e in doc.events]
    assert ("ACCUSE", ["IRN"], ["USA"]) in got  # the judgement still reaches the doer
    assert [g for g in got if g[0] == "SANCTION"] == [("SANCTION", ["USA"], ["IRN"])]


def test_a_step_switched_off_is_not_run(totals) -> None:
    step_precision.install()
    assert step_precision.ablatable("_fallbacks") and step_precision.ablatable("_gatherings")
    assert not step_precision.ablatable("_roles") and not step_precision.ablatable("_thanks")
    off = step_precision.trace([_gold()], frozenset({"_fallbacks"}))
    # the criticism had its target from `_fallbacks` only: without it, it is not emitted
    assert [e for e in totals.emitted if e.tup[0] == "ACCUSE"]
    assert not [e for e in off.emitted if e.tup[0] == "ACCUSE"]
