"""Server-rendered pages (Jinja2, autoescape on). JavaScript lives in static files only (the CSP forbids
inline scripts); data for scripts goes in `<script type="application/json">` blocks written with
Jinja's `tojson` filter, which escapes <, > and &."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import jinja2
from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.templating import Jinja2Templates

from cronaca.store import query as sq
from cronaca.web import queries
from cronaca.web.highlight import Mark, highlight

HERE = Path(__file__).resolve().parent
_env = jinja2.Environment(loader=jinja2.FileSystemLoader(HERE / "templates"), autoescape=True,
                          undefined=jinja2.StrictUndefined)


def http_url(url: str | None) -> str | None:
    """Only http(s) links are rendered: a stored url like `javascript:...` stays plain text."""
    return url if url and url.lower().startswith(("http://", "https://")) else None


_env.filters["http_url"] = http_url
templates = Jinja2Templates(env=_env)
router = APIRouter(include_in_schema=False)

PAGE = 50
QUAD = {1: ("verbal cooperation", "coop"), 2: ("material cooperation", "coop"),
        3: ("verbal conflict", "conflict"), 4: ("material conflict", "conflict")}


def render(request: Request, name: str, status: int = 200, headers: Any = None, **ctx: Any) -> HTMLResponse:
    ctx.setdefault("active", name.removesuffix(".html"))
    return templates.TemplateResponse(request, name, ctx, status_code=status, headers=headers)


def error_page(request: Request, status: int, message: str, headers: Any = None) -> HTMLResponse:
    return render(request, "error.html", status=status, headers=headers, status_code=status, message=message)


def _q(params: dict[str, Any]) -> str:
    return urlencode({k: v for k, v in params.items() if v not in (None, "")})


def _page_links(request: Request, offset: int, n: int, limit: int = PAGE) -> dict[str, str | None]:
    params = dict(request.query_params)
    prev = nxt = None
    if offset > 0:
        prev = "?" + _q({**params, "offset": max(0, offset - limit)})
    if n > limit:
        nxt = "?" + _q({**params, "offset": offset + limit})
    return {"prev": prev, "next": nxt}


def _offset(request: Request) -> int:
    try:
        return max(0, int(request.query_params.get("offset", 0)))
    except ValueError:
        raise HTTPException(422, "offset must be a whole number") from None


def _call(fn: Any, *a: Any, **kw: Any) -> Any:
    try:
        return fn(*a, **kw)
    except sq.QueryError as exc:
        raise HTTPException(422, str(exc)) from None


# ---------------------------------------------------------------- home, search


@router.get("/", response_class=HTMLResponse)
def home(request: Request) -> HTMLResponse:
    db = request.app.state.db
    figs = db.cached(("figures",), queries.figures)
    types = [dict(t) for t in db.cached(("types",), queries.type_counts)]
    top = db.cached(("actors", None, None), lambda cur: sq.actors(cur, top=None))[:12]
    spk = db.cached(("speakers", 8), lambda cur: queries.speakers(cur, limit=8))
    with db.cursor() as cur:
        recent = queries.documents(cur, limit=8)
    most = max((t["events"] for t in types), default=1)
    for t in types:
        t["width"] = round(100 * t["events"] / most, 1)
    return render(request, "home.html", figs=figs, types=types, top=top, recent=recent, speakers=spk)


@router.get("/search", response_class=HTMLResponse)
def search(request: Request, q: str = "") -> HTMLResponse:
    q = q.strip()
    if not q:
        return RedirectResponse("/", status_code=303)  # type: ignore[return-value]
    db = request.app.state.db
    with db.cursor() as cur:
        docs = queries.documents(cur, q=q, limit=30)
        quotes = sq.quotes(cur, contains=q, limit=30)
    needle = q.lower()
    acts = [a for a in db.cached(("actors", None, None), lambda cur: sq.actors(cur, top=None))
            if needle in (a["name"] or "").lower() or needle == (a["code"] or "").lower()][:30]
    return render(request, "search.html", active="", q=q, docs=docs, quotes=quotes, actors=acts)


# ---------------------------------------------------------------- documents


LAYER_ORDER = {"quote": 0, "cue": 1, "actor": 2, "event": 3}


def _actor_label(a: dict[str, Any]) -> str:
    bits = [a["kind"], a.get("role"), a.get("country"), a.get("sector"), a.get("igo")]
    return f"{a['name']} · " + " · ".join(str(b) for b in bits if b)


def document_marks(doc: dict[str, Any]) -> list[Mark]:
    """The evidence of every record as highlight spans, with the hover text of each."""
    names = {a["id"]: a["name"] for a in doc["actors"]}
    marks: list[Mark] = []
    for a in doc["actors"]:
        title = f"{a['id']} actor: {_actor_label(a)}"
        for m in a["mentions"]:
            marks.append(Mark(m["start"], m["end"], "actor", a["id"], title))
    for q in doc["quotes"]:
        who = names.get(q["speaker"] or "", "unknown speaker")
        to = f" to {names[q['addressee']]}" if q.get("addressee") in names else ""
        title = f"{q['id']} {q['kind']} quotation · speaker: {who}{to}"
        if q["start"] is not None:
            marks.append(Mark(q["start"], q["end"], "quote", q["id"], title))
        if q.get("cue"):
            marks.append(Mark(q["cue"]["start"], q["cue"]["end"], "cue", q["id"], f"{q['id']} cue of the quotation · {who}"))
    for e in doc["events"]:
        src = ", ".join(names.get(s, s) for s in e["source"]) or "?"
        tgt = ", ".join(names.get(t, t) for t in e["target"]) or "?"
        title = (f"{e['id']} event {e['type']} (CAMEO {e['cameo'] or '-'}, Goldstein {e['goldstein']}) · "
                 f"{src} → {tgt} · {e['date'] or 'no date'} · {e['modality']}")
        if e["trigger"]:
            marks.append(Mark(e["trigger"]["start"], e["trigger"]["end"], "event", e["id"], title))
    return marks


@router.get("/documents", response_class=HTMLResponse)
def documents_page(request: Request, q: str = "", since: str = "", until: str = "") -> HTMLResponse:
    offset = _offset(request)
    with request.app.state.db.cursor() as cur:
        rows = _call(queries.documents, cur, q=q or None, since=since or None, until=until or None,
                     limit=PAGE + 1, offset=offset)
    return render(request, "documents.html", rows=rows[:PAGE], q=q, since=since, until=until,
                  pages=_page_links(request, offset, len(rows)), offset=offset)


@router.get("/documents/{doc_id}", response_class=HTMLResponse)
def document_page(request: Request, doc_id: str) -> HTMLResponse:
    with request.app.state.db.cursor() as cur:
        doc = queries.document(cur, doc_id)
    if doc is None:
        raise HTTPException(404, f"no document with id {doc_id!r}")
    names = {a["id"]: a["name"] for a in doc["actors"]}
    body = highlight(doc["text"], document_marks(doc))
    # paragraphs: the text keeps its own line breaks (white-space: pre-wrap), no re-segmentation
    return render(request, "document.html", doc=doc, body=body, names=names, quad=QUAD)


# ---------------------------------------------------------------- events, quotes, actors


@router.get("/events", response_class=HTMLResponse)
def events_page(request: Request, actor: str = "", target: str = "", type: str = "",  # noqa: A002
                since: str = "", until: str = "", modality: str = "") -> HTMLResponse:
    offset = _offset(request)
    with request.app.state.db.cursor() as cur:
        rows = _call(sq.events, cur, actor=actor or None, target=target or None, type=type or None,
                     since=since or None, until=until or None, modality=modality or None,
                     limit=PAGE + 1, offset=offset)
    f = {"actor": actor, "target": target, "type": type, "since": since, "until": until, "modality": modality}
    return render(request, "events.html", rows=rows[:PAGE], f=f, types=sq.PLOVER_TYPES, quad=QUAD,
                  pages=_page_links(request, offset, len(rows)), offset=offset)


@router.get("/quotes", response_class=HTMLResponse)
def quotes_page(request: Request, speaker: str = "", q: str = "", kind: str = "",
                since: str = "", until: str = "") -> HTMLResponse:
    offset = _offset(request)
    with request.app.state.db.cursor() as cur:
        rows = _call(sq.quotes, cur, speaker=speaker or None, contains=q or None, kind=kind or None,
                     since=since or None, until=until or None, limit=PAGE + 1, offset=offset)
    spk = request.app.state.db.cached(("speakers", 40), lambda cur: queries.speakers(cur, limit=40))
    groups: list[dict[str, Any]] = []  # consecutive quotes of one speaker, in date order
    for r in rows[:PAGE]:
        name = r["speaker"] or "Unknown speaker"
        if not groups or groups[-1]["name"] != name:
            groups.append({"name": name, "code": r["speaker_code"], "rows": []})
        groups[-1]["rows"].append(r)
    f = {"speaker": speaker, "q": q, "kind": kind, "since": since, "until": until}
    return render(request, "quotes.html", groups=groups, speakers=spk, f=f,
                  pages=_page_links(request, offset, len(rows)), offset=offset)


@router.get("/actors", response_class=HTMLResponse)
def actors_page(request: Request, kind: str = "", country: str = "") -> HTMLResponse:
    k, c = kind or None, country or None
    rows = request.app.state.db.cached(("actors", k, c), lambda cur: sq.actors(cur, top=None, kind=k, country=c))[:200]
    return render(request, "actors.html", rows=rows, f={"kind": kind, "country": country})


# ---------------------------------------------------------------- dyad timeline


def dyad_chart(rows: list[dict[str, Any]], width: int = 860, height: int = 300) -> dict[str, Any]:
    """Geometry of the timeline (inline SVG, no script): per period a cooperation bar up, a conflict bar
    down, and the Goldstein sum as a line on its own scale."""
    pad_l, pad_r, pad_t, pad_b = 44, 44, 16, 46
    n = max(1, len(rows))
    plot_w, plot_h = width - pad_l - pad_r, height - pad_t - pad_b
    mid = pad_t + plot_h / 2
    coop = [r.get("verbal_coop", 0) + r.get("material_coop", 0) for r in rows]
    conf = [r.get("verbal_conflict", 0) + r.get("material_conflict", 0) for r in rows]
    gold = [float(r.get("goldstein") or 0) for r in rows]
    top = max([1, *coop, *conf])
    gtop = max([1.0, *(abs(g) for g in gold)])
    step = plot_w / n
    bw = max(2.0, min(28.0, step * 0.6))
    bars, points, labels = [], [], []
    every = max(1, n // 12)
    for i, r in enumerate(rows):
        x = pad_l + step * i + step / 2
        hc = (plot_h / 2) * coop[i] / top
        hk = (plot_h / 2) * conf[i] / top
        bars.append({"x": round(x - bw / 2, 1), "w": round(bw, 1), "yc": round(mid - hc, 1), "hc": round(hc, 1),
                     "yk": round(mid, 1), "hk": round(hk, 1), "period": r["period"], "coop": coop[i],
                     "conf": conf[i], "gold": gold[i]})
        points.append(f"{x:.1f},{mid - (plot_h / 2) * gold[i] / gtop:.1f}")
        if i % every == 0:
            labels.append({"x": round(x, 1), "text": r["period"]})
    return {"width": width, "height": height, "bars": bars, "line": " ".join(points), "labels": labels,
            "mid": round(mid, 1), "top": top, "gtop": round(gtop, 1), "pad_l": pad_l, "pad_t": pad_t,
            "right": width - pad_r, "bottom": pad_t + plot_h, "label_y": pad_t + plot_h + 18}


@router.get("/dyads", response_class=HTMLResponse)
def dyad_form(request: Request, a: str = "", b: str = "") -> Any:
    if a.strip() and b.strip():
        return RedirectResponse(f"/dyads/{a.strip()}/{b.strip()}", status_code=303)
    return render(request, "dyad.html", active="dyad", a="", b="", rows=None, chart=None, by="week",
                  totals=None, directed=False)


@router.get("/dyads/{a}/{b}", response_class=HTMLResponse)
def dyad_page(request: Request, a: str, b: str, by: str = "week", since: str = "", until: str = "",
              directed: bool = False) -> HTMLResponse:
    s_, u_ = since or None, until or None
    rows = _call(request.app.state.db.cached, ("dyad", a, b, by, s_, u_, directed),
                 lambda cur: sq.dyad(cur, a, b, by=by, since=s_, until=u_, directed=directed))
    totals = {"events": sum(r["events"] for r in rows),
              "coop": sum(r.get("verbal_coop", 0) + r.get("material_coop", 0) for r in rows),
              "conflict": sum(r.get("verbal_conflict", 0) + r.get("material_conflict", 0) for r in rows),
              "goldstein": round(sum(r["goldstein"] for r in rows), 2)}
    types = [t for t in sq.PLOVER_TYPES if rows and t in rows[0]]
    return render(request, "dyad.html", active="dyad", a=a, b=b, rows=rows, chart=dyad_chart(rows) if rows else None,
                  by=by, totals=totals, types=types, since=since, until=until, directed=directed)


# ---------------------------------------------------------------- network


@router.get("/network", response_class=HTMLResponse)
def network_page(request: Request, type: str = "", since: str = "", until: str = "",  # noqa: A002
                 min_events: int = 1, max_nodes: int = 60) -> HTMLResponse:
    args = (type or None, since or None, until or None, max(1, min_events), min(300, max(2, max_nodes)))
    net = _call(request.app.state.db.cached, ("network", *args),
                lambda cur: queries.network(cur, *args))
    f = {"type": type, "since": since, "until": until, "min_events": min_events, "max_nodes": max_nodes}
    return render(request, "network.html", net=net, f=f, types=sq.PLOVER_TYPES)


# ---------------------------------------------------------------- API docs


@router.get("/docs", response_class=HTMLResponse)
def api_docs(request: Request) -> HTMLResponse:
    """Our own API reference from the OpenAPI schema (Swagger UI would load from a CDN)."""
    spec = request.app.openapi()
    ops = []
    for path, methods in spec.get("paths", {}).items():
        for method, op in methods.items():
            params = [{"name": p["name"], "in": p["in"], "required": p.get("required", False),
                       "description": p.get("description") or p.get("schema", {}).get("description", "")}
                      for p in op.get("parameters", [])]
            ops.append({"method": method.upper(), "path": path, "summary": op.get("summary", ""),
                        "params": params, "body": "requestBody" in op})
    return render(request, "apidocs.html", active="docs", ops=ops, spec=spec,
                  max_body=request.app.state.max_body, max_page=request.app.state.max_page)
