"""The speed11 restructure of the roles walk and the events context: the shortcuts give what the
plain computation gives.

- `roles._right_walk` says whether it left out a place after "di/of"; when it did not, `_roles`
  reuses its units for the fallback target instead of walking again with places kept.
- `_Ctx` finds clause breaks, trigger-starting forms and demonyms with one union built per lexicon
  and sorts the hits in C: the lists equal a plain pass over the tokens.
"""

from __future__ import annotations

from cronaca.events.context import _PUNCT, _Ctx
from cronaca.events.lexicons import lexicon
from cronaca.events.roles import _right_units, _right_walk
from cronaca.model import Document, DocumentMeta
from cronaca.pipeline import Pipeline

_PIPE = Pipeline()


def _ctx(text: str, lang: str) -> _Ctx:
    doc = _PIPE.run(text, DocumentMeta(id="speed11", lang=lang, date="2024-05-06"))
    return _Ctx(doc, lexicon(lang))


def _walk_after(ctx: _Ctx, word: str) -> tuple[int, int]:
    """The token after `word` and the end of its sentence."""
    k = ctx.lows.index(word)
    return k + 1, ctx.doc.sents[ctx.toks[k].sent].tok_end


def _names(units: list) -> list[str]:
    return [u.text for u, _ in units]


def test_walk_reports_a_place_left_out_after_di() -> None:
    ctx = _ctx(
        "Il governo ucraino ha denunciato i bombardamenti russi sul porto di Odessa nella notte di sabato.",
        "it",
    )
    start, hi = _walk_after(ctx, "bombardamenti")
    units, left = _right_walk(ctx, start, hi, True, False)
    assert left, "Odessa after 'di' is a place the walk without places leaves out"
    assert "Odessa" not in _names(units)
    assert "Odessa" in _names(_right_units(ctx, start, hi, places=True))


def test_walk_without_a_place_after_di_equals_the_walk_with_places() -> None:
    ctx = _ctx(
        "Il ministro degli Esteri polacco ha convocato l'ambasciatore della Bielorussia e ha accusato Minsk.",
        "it",
    )
    start, hi = _walk_after(ctx, "convocato")
    units, left = _right_walk(ctx, start, hi, True, False)
    assert not left
    assert units == _right_units(ctx, start, hi, places=True)
    assert units  # the envoy is there: the test compares two non-empty walks


def test_walk_in_english_keeps_the_same_units() -> None:
    ctx = _ctx("Poland's foreign minister summoned the Belarusian envoy over the border incident on Tuesday.", "en")
    start, hi = _walk_after(ctx, "summoned")
    units, left = _right_walk(ctx, start, hi, True, False)
    assert not left
    assert units == _right_units(ctx, start, hi, places=True)
    assert units == _right_units(ctx, start, hi)


def test_context_hits_equal_a_plain_pass() -> None:
    for lang, text in (
        (
            "it",
            "Mosca ha accusato Kiev di aver colpito una base russa; il portavoce del Cremlino, che "
            "ha parlato ieri, ha minacciato una risposta. Le truppe ucraine hanno respinto l'attacco.",
        ),
        (
            "en",
            "Beijing condemned the Japanese drills near the islands, and the Chinese ministry warned "
            "Tokyo: it would respond. Protesters gathered outside the embassy.",
        ),
    ):
        ctx = _ctx(text, lang)
        lex = ctx.lex
        brk = _PUNCT | frozenset(lex.clause)
        assert ctx.breaks == [i for i, w in enumerate(ctx.lows) if w in brk]
        assert ctx.reach_at == [i for i, w in enumerate(ctx.lows) if w in lex.reach_forms]
        assert ctx.breaks and ctx.reach_at  # both lists have something to compare
        # a demonym after a noun ("una base russa", "the Japanese drills") stands for its country:
        # the demonyms found through the hits became units
        dems = [i for i, w in enumerate(ctx.lows) if w in lex.demonyms]
        assert any(ctx.unit_at[i] is not None and ctx.unit_at[i].kind == "DEM" for i in dems)


def test_documents_without_hits() -> None:
    doc = Document("   ", DocumentMeta(id="empty", lang="it"))
    _PIPE(doc)
    assert doc.events == []


class _Every(frozenset):
    """A word set that holds every word: the walks' plain-word step never applies."""

    def __contains__(self, word: object) -> bool:
        return True


def test_plain_word_steps_change_no_event_on_the_gold(monkeypatch) -> None:
    """`_subject` and `_right_walk` step over a word outside their word lists at once. A check added
    to either walk for a new word must add that word to the list (`subjects._walk_words`,
    `roles._right_stops`): with the lists made to hold every word, the gold articles give the same
    events."""
    from pathlib import Path

    import yaml

    from cronaca.events import roles, subjects

    texts = []
    for p in sorted((Path(__file__).parent / "gold").rglob("*.yaml")):
        g = yaml.safe_load(p.read_text(encoding="utf-8"))
        texts.append((p.name, g["text"], g["lang"], str(g.get("date")) if g.get("date") else None))
    assert len(texts) >= 50
    # sentences of our own whose walks meet each listed word: relative pronouns after a comma (with
    # an article too), purpose links, a parenthetical, a semicolon, lists and hyphens on the right
    own = [
        ("it", "L'intesa è stata firmata a Madrid dal ministro degli Esteri spagnolo Carlos Ruiz, il quale ha chiesto al Marocco di riaprire i confini."),
        ("it", "Gli agenti hanno fermato il portavoce del sindacato, che ha accusato la polizia di violenze."),
        ("it", "Il governo greco ha convocato l'ambasciatore turco per consegnargli una nota di protesta; Ankara ha respinto le accuse."),
        ("it", "Il premier, parlando a Bruxelles, ha condannato l'attacco russo contro Kiev, Odessa e Leopoli."),
        ("it", "Una bozza di risoluzione che chiedeva il ritiro delle truppe è stata respinta da Mosca e Pechino."),
        ("en", "Officials detained the union's spokesman, who accused police of beating protesters: the ministry denied it."),
        ("en", "Greece summoned the Turkish ambassador to protest the incursion, and Ankara rejected the high-level complaint."),
        ("en", "The president condemned the strikes on Kyiv, Odesa and Lviv, including attacks on power plants."),
    ]
    texts += [(f"own{i}", text, lang, "2024-05-06") for i, (lang, text) in enumerate(own)]

    def events() -> dict[str, list[tuple]]:
        out = {}
        for name, text, lang, date in texts:
            doc = _PIPE.run(text, DocumentMeta(id=name, lang=lang, date=date))
            out[name] = [(e.type, e.cameo, tuple(e.source), tuple(e.target), e.trigger.start, e.modality) for e in doc.events]
        return out

    fast = events()
    monkeypatch.setattr(subjects, "_walk_words", lambda lang: _Every())
    monkeypatch.setattr(roles, "_right_stops", lambda lex: _Every())
    slow = events()
    assert sum(len(v) for v in fast.values()) > 100
    assert [k for k in fast if fast[k] != slow[k]] == []
