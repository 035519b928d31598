"""Gold on real news from KIND: files that reference sentences by id instead of storing the text.

KIND's licence keeps its text out of the repository, so `tests/gold-kind/` holds only sentence ids
and our annotations; `load_gold` rebuilds the text from ../shared. The first tests use a tiny
made-up KIND file in a temporary folder, so they run everywhere; the last loads the real files and
skips cleanly when ../shared is absent.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from cronaca import evaluate
from cronaca.evaluate import GoldError, kind_file, load_gold

KIND_GOLD = Path(__file__).resolve().parent / "gold-kind"
FILES = sorted(KIND_GOLD.rglob("*.yaml"))

SENTENCES = [
    ("s1", "Il governo di Atene ha convocato l'ambasciatore turco."),
    ("s2", "Ankara ha respinto le accuse."),
    ("s3", "Una frase di un'altra notizia."),
]

GOLD = """\
id: it-k999-prova
lang: it
date: 2010-01-01
source: "made up for a test"
kind_sentences: [s1, s2]
actors:
  - {name: Grecia, kind: GPE, country: GRC, sector: GOV, igo: null, mentions: ["Atene"]}
  - {name: Turchia, kind: GPE, country: TUR, sector: GOV, igo: null, mentions: ["Ankara", "turco"]}
quotes: []
dates: []
events:
  - {type: REJECT, source: [TUR], target: [GRC], trigger: "ha respinto", date: null,
     modality: asserted, quote: false}
"""


def _layout(tmp_path: Path, sentences: list[tuple[str, str]] | None) -> Path:
    """A checkout with `shared/` beside it, as on the CI machine; returns the gold file."""
    if sentences is not None:
        data = tmp_path / "shared" / "data" / "kind-wn-train"
        data.mkdir(parents=True)
        lines = [json.dumps({"id": i, "text": t}, ensure_ascii=False) for i, t in sentences]
        (data / "sentences.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    gold = tmp_path / "main" / "tests" / "gold-kind" / "it" / "999_prova.yaml"
    gold.parent.mkdir(parents=True)
    gold.write_text(GOLD, encoding="utf-8")
    return gold


def test_text_is_rebuilt_from_the_referenced_sentences_only(tmp_path: Path) -> None:
    d = load_gold(_layout(tmp_path, SENTENCES))
    assert d.text == SENTENCES[0][1] + "\n" + SENTENCES[1][1] + "\n"
    assert "altra notizia" not in d.text
    (e,) = d.events
    assert d.text[e.trigger.start : e.trigger.end] == "ha respinto"
    assert e.trigger.start > len(SENTENCES[0][1])
    names = {a.name: [m.text for m in a.mentions] for a in d.actors}
    assert names["Turchia"] == ["turco", "Ankara"]


def test_missing_kind_data_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # a data name found nowhere: neither beside the temporary checkout nor beside this one
    monkeypatch.setattr(evaluate, "KIND_FILE", Path("data") / "no-such-corpus" / "sentences.jsonl")
    gold = _layout(tmp_path, None)
    assert kind_file(gold) is None
    with pytest.raises(GoldError, match="needs the KIND data"):
        load_gold(gold)


def test_unknown_sentence_id_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(GoldError, match="not in"):
        load_gold(_layout(tmp_path, SENTENCES[1:]))


@pytest.mark.skipif(not FILES or kind_file(KIND_GOLD) is None, reason="no KIND data beside the repo")
@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_kind_gold_file_loads(path: Path) -> None:
    d = load_gold(path)
    assert d.lang == "it"
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert "text" not in raw and raw["kind_sentences"], "KIND text must not be stored in the repo"
    assert d.events, "a KIND window is chosen for its events"
    for e in d.events:
        assert d.text[e.trigger.start : e.trigger.end] == e.trigger.text
