"""Mine trigger gaps from real Italian news: verbs that tell an act between actors but fire nothing.

Two lists, printed to stdout only (nothing read here goes into the repository):

1. **Gaps.** Over KIND sentences (real Italian Wikinews, read from ../shared) run the whole pipeline on
   ~250-word windows of consecutive sentences (so actors and pronouns have their context), keep the
   sentences with at least two actors that carry a country or an igo code and no event at all, and
   count the lemmas of their verbs, and of verb + the noun after it ("lanciare appello"). The top of
   the list, with one example sentence id each, is where triggers are missing.
2. **Suspects.** The reverse: for each trigger word, how often it fires and how often the event looks
   wrong by cheap signs (a side not named in its sentence, a sports or culture word in the sentence,
   source and target of one country), with an example.

    PYTHONPATH=src python scripts/trigger_gaps.py --top 150 > /tmp/gaps.txt
    PYTHONPATH=src python scripts/trigger_gaps.py --show kind_wn_train_s01234   # one sentence

There is no part-of-speech tagger: a token is a verb when the lemma table sends it to an infinitive
(-are/-ere/-ire/-rre, reflexive -rsi) and it is not the lemma itself used as a noun after an article,
or when it follows an auxiliary. The noun after a verb is the first word after it that is not an
article, a preposition, a clitic or an adverb. Exits with a message when ../shared is absent.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
KIND = REPO.parent / "shared" / "data" / "kind-wn-train" / "sentences.jsonl"

# Function words skipped between a verb and its noun, and words that never count as verbs.
SKIP = frozenset(
    "il lo la i gli le l' un uno una un' di del dello della dei degli delle dell' a al allo alla ai agli "
    "alle all' da dal dallo dalla dai dagli dalle dall' in nel nello nella nei negli nelle nell' su sul "
    "sullo sulla sui sugli sulle sull' con per tra fra che e ed o non si ci ne mi ti vi suo sua suoi sue "
    "loro questo questa questi queste quel quella nuovo nuova nuovi nuove anche già più molto poi "
    "ancora stato stata stati state essere avere".split()
)
AUX = frozenset(
    "ha hanno ho abbiamo avete hai aveva avevano avrebbe avrebbero avrà avranno è sono era erano sarà "
    "saranno sia siano fosse stato stata stati state viene vengono venne vennero fu furono".split()
)
# Verbs of saying, being and having: not acts by themselves (docs/conventions.md).
LIGHT = frozenset(
    "essere avere dire affermare dichiarare spiegare aggiungere fare stare potere dovere volere "
    "andare venire dare parlare annunciare riferire sottolineare ricordare precisare".split()
)
SPORTS = frozenset(
    "partita partite gol campionato squadra squadre calcio allenatore giocatore giocatori classifica "
    "torneo match vittoria finale semifinale coppa serie pareggio rigore punti gara gare olimpiadi "
    "film album canzone concerto festival mostra libro romanzo premio oscar".split()
)
VERB_ENDS = ("are", "ere", "ire", "rre", "arsi", "ersi", "irsi")
# endings of finite forms and gerunds that nouns rarely have ("criticò", "accusava", "chiedendo")
FINITE = (
    "ò",
    "ì",
    "ava",
    "avano",
    "eva",
    "evano",
    "iva",
    "ivano",
    "ando",
    "endo",
    "erà",
    "irà",
    "eranno",
    "iranno",
)
DET = frozenset(
    "il lo la i gli le l' un uno una un' del dello della dei degli delle dell' al allo alla ai agli alle "
    "all' dal dallo dalla dai dagli dalle dall' nel nello nella nei negli nelle nell' sul sullo sulla "
    "sui sugli sulle sull' suo sua suoi sue questo questa quel quella".split()
)


def windows(words: int = 250) -> list[tuple[str, list[tuple[int, str]]]]:
    """~250-word windows of consecutive KIND sentences, each with (char offset, sentence id) pairs."""
    out: list[tuple[str, list[tuple[int, str]]]] = []
    buf: list[str] = []
    ids: list[tuple[int, str]] = []
    pos = n = 0
    with KIND.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            ids.append((pos, rec["id"]))
            buf.append(rec["text"])
            pos += len(rec["text"]) + 1
            n += len(rec["text"].split())
            if n >= words:
                out.append(("\n".join(buf), ids))
                buf, ids, pos, n = [], [], 0, 0
    if buf:
        out.append(("\n".join(buf), ids))
    return out


def kind_id(ids: list[tuple[int, str]], char: int) -> str:
    best = ids[0][1]
    for start, sid in ids:
        if start <= char:
            best = sid
    return best


def is_verb(tokens: list, i: int) -> bool:
    t = tokens[i]
    if not t.lemma.endswith(VERB_ENDS) or t.lemma in LIGHT or not t.text.isalpha():
        return False
    if t.text[:1].isupper() and i > 0 and tokens[i - 1].sent == t.sent and tokens[i - 1].text not in '.:;«"':
        return False  # a capitalized word inside a sentence is a name ("Consulta", "Mattarella")
    prev = [tokens[j].lower for j in range(max(0, i - 3), i) if tokens[j].sent == t.sent]
    if prev and prev[-1] in DET:
        return False  # "il partito", "del governo": a noun the lemma table sends to a verb
    # after an auxiliary ("ha duramente criticato"), or a finite, gerund or infinitive ending
    return bool(AUX & set(prev)) or t.lower.endswith(FINITE) or t.lower == t.lemma


def noun_after(tokens: list, i: int, end: int) -> str | None:
    for j in range(i + 1, min(end, i + 5)):
        w = tokens[j]
        if not w.text.isalpha():
            return None
        if w.lower in SKIP or w.lower.endswith("mente") or w.lower in AUX:
            continue
        return w.lemma
    return None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--top", type=int, default=150)
    ap.add_argument("--show", help="print one KIND sentence by id, with its actors and events")
    ap.add_argument("--lemma", help="print every gap sentence with a token of this lemma (or form)")
    args = ap.parse_args()
    if not KIND.exists():
        sys.exit(f"no KIND data at {KIND}: this script needs ../shared")
    from cronaca.model import DocumentMeta
    from cronaca.pipeline import Pipeline

    nlp = Pipeline()
    verbs: Counter[str] = Counter()
    pairs: Counter[str] = Counter()
    example: dict[str, str] = {}
    fired: Counter[str] = Counter()
    suspect: Counter[str] = Counter()
    suspect_ex: dict[str, str] = {}
    n_gap = 0
    for w, (text, ids) in enumerate(windows()):
        if args.show and args.show not in {sid for _, sid in ids}:
            continue
        doc = nlp.run(text, DocumentMeta(id=f"kind-{w}", lang="it", date="2010-06-15"))
        coded = {a.id for a in doc.actors if a.country or a.igo}
        by_id = {a.id: a for a in doc.actors}
        for s in doc.sents:
            sid = kind_id(ids, s.start)
            evs = [e for e in doc.events if s.start <= e.trigger.start < s.end]
            here = {
                a.id
                for a in doc.actors
                if a.id in coded and any(s.start <= m.start < s.end for m in a.mentions)
            }
            if args.show:
                if sid == args.show:
                    print(doc.text[s.start : s.end])
                    for aid in sorted(here):
                        a = by_id[aid]
                        print("  actor", aid, a.name, a.country, a.sector, a.igo)
                    for e in evs:
                        print("  event", e.type, e.cameo, e.source, e.target, e.trigger.text, e.modality)
                continue
            for e in evs:
                lem = " ".join(t.lemma for t in doc.tokens if e.trigger.start <= t.start < e.trigger.end)
                key = f"{e.type} {lem}"
                fired[key] += 1
                sides = [by_id[x] for x in e.source + e.target if x in by_id]
                sent_words = {t.lower for t in doc.tokens[s.tok_start : s.tok_end]}
                named = all(any(s.start <= m.start < s.end for m in a.mentions) for a in sides)
                countries = {a.country for a in sides if a.country}
                why = (
                    "sports/culture"
                    if sent_words & SPORTS
                    else "side outside sentence"
                    if not named
                    else "one country"
                    if len(countries) == 1 and len(sides) >= 2 and not any(a.igo for a in sides)
                    else ""
                )
                if why:
                    suspect[key] += 1
                    suspect_ex.setdefault(key, f"{sid} ({why})")
            if len(here) < 2 or evs:
                continue
            n_gap += 1
            toks = doc.tokens[s.tok_start : s.tok_end]
            if args.lemma:
                if any(args.lemma in (t.lemma, t.lower) for t in toks):
                    names = ", ".join(
                        f"{by_id[x].name}/{by_id[x].igo or by_id[x].country}" for x in sorted(here)
                    )
                    print(f"{sid}\t[{names}]\t{doc.text[s.start : s.end][:300]}")
                continue
            seen: set[str] = set()
            for k in range(len(toks)):
                i = s.tok_start + k
                if not is_verb(doc.tokens, i):
                    continue
                lem = doc.tokens[i].lemma
                noun = noun_after(doc.tokens, i, s.tok_end)
                for key, table in ((lem, verbs), (f"{lem} + {noun}" if noun else "", pairs)):
                    if key and key not in seen:
                        seen.add(key)
                        table[key] += 1
                        example.setdefault(key, sid)
    if args.show or args.lemma:
        return
    print(f"# {n_gap} sentences with >= 2 coded actors and no event")
    print("# verb lemmas")
    for key, c in verbs.most_common(args.top):
        print(f"{c}\t{key}\t{example[key]}")
    print("# verb + noun")
    for key, c in pairs.most_common(args.top):
        if c < 2:
            break
        print(f"{c}\t{key}\t{example[key]}")
    print("# triggers that fire, and how often the event looks wrong by cheap signs")
    for key, c in sorted(fired.items(), key=lambda kv: (-suspect[kv[0]], -kv[1]))[: args.top]:
        if not suspect[key]:
            break
        print(f"{suspect[key]}/{c}\t{key}\t{suspect_ex.get(key, '')}")


if __name__ == "__main__":
    main()
