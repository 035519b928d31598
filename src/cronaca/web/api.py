"""The JSON API. Reads use the store's query functions (cronaca.store.query) on a cursor per request;
POST /api/documents extracts and writes through the store's `write_documents`, one request at a time."""

from __future__ import annotations

import datetime as dt
import hmac
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, HTTPException, Query, Request
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from cronaca.store import query as sq
from cronaca.web import queries

router = APIRouter(prefix="/api")

MAX_DOCUMENTS = 200  # documents per POST /api/documents


# ---------------------------------------------------------------- helpers


def jsonable(v: Any) -> Any:
    if isinstance(v, dt.date | dt.datetime):
        return v.isoformat()
    if isinstance(v, dict):
        return {k: jsonable(x) for k, x in v.items()}
    if isinstance(v, list):
        return [jsonable(x) for x in v]
    return v


def page_args(request: Request, limit: int | None, offset: int) -> tuple[int, int]:
    max_page = request.app.state.max_page
    limit = 50 if limit is None else limit
    if limit < 1 or limit > max_page:
        raise HTTPException(422, f"limit must be between 1 and {max_page}")
    if offset < 0:
        raise HTTPException(422, "offset must be >= 0")
    return limit, offset


def paged(rows: list[dict[str, Any]], limit: int, offset: int) -> dict[str, Any]:
    """Rows fetched with limit + 1: the extra row only tells that a next page exists."""
    more = len(rows) > limit
    return {"items": jsonable(rows[:limit]), "limit": limit, "offset": offset,
            "next_offset": offset + limit if more else None}


def run_query(fn: Any, *args: Any, **kwargs: Any) -> Any:
    try:
        return fn(*args, **kwargs)
    except sq.QueryError as exc:
        raise HTTPException(422, str(exc)) from None


Limit = Annotated[int | None, Query(description="rows per page (default 50, at most the server's max page size)")]
Offset = Annotated[int, Query(description="rows to skip")]
Since = Annotated[str | None, Query(description="first date, YYYY-MM-DD")]
Until = Annotated[str | None, Query(description="last date, YYYY-MM-DD")]


# ---------------------------------------------------------------- reads


@router.get("/stats", summary="Corpus figures")
def stats(request: Request) -> dict[str, Any]:
    return jsonable(request.app.state.db.cached(("figures",), queries.figures))


@router.get("/documents", summary="Documents, newest first; q searches titles and texts")
def list_documents(request: Request, q: str | None = None, since: Since = None, until: Until = None,
                   limit: Limit = None, offset: Offset = 0) -> dict[str, Any]:
    limit, offset = page_args(request, limit, offset)
    with request.app.state.db.cursor() as cur:
        rows = run_query(queries.documents, cur, q=q, since=since, until=until, limit=limit + 1, offset=offset)
    return paged(rows, limit, offset)


@router.get("/documents/{doc_id}", summary="One document: the output contract and its text")
def get_document(request: Request, doc_id: str) -> dict[str, Any]:
    with request.app.state.db.cursor() as cur:
        doc = queries.document(cur, doc_id)
    if doc is None:
        raise HTTPException(404, f"no document with id {doc_id!r}")
    return doc


@router.get("/events", summary="Events (one row per source-target pair) with filters")
def events(
    request: Request,
    actor: Annotated[str | None, Query(description="source: code, country, igo or name (RUS, NATO, Putin)")] = None,
    target: Annotated[str | None, Query(description="target, matched like actor")] = None,
    type: Annotated[str | None, Query(description="PLOVER type(s), comma-separated")] = None,  # noqa: A002
    since: Since = None, until: Until = None,
    modality: Annotated[str | None, Query(description="asserted, reported, hypothetical, intent, negated")] = None,
    doc: Annotated[str | None, Query(description="a document id")] = None,
    limit: Limit = None, offset: Offset = 0,
) -> dict[str, Any]:
    limit, offset = page_args(request, limit, offset)
    with request.app.state.db.cursor() as cur:
        rows = run_query(sq.events, cur, actor=actor, target=target, type=type, since=since, until=until,
                         modality=modality, doc_id=doc, limit=limit + 1, offset=offset)
    return paged(rows, limit, offset)


@router.get("/quotes", summary="Quotations with filters")
def quotes(
    request: Request,
    speaker: Annotated[str | None, Query(description="speaker name (substring) or code")] = None,
    q: Annotated[str | None, Query(description="words in the quotation")] = None,
    kind: Annotated[str | None, Query(description="direct, partial, indirect")] = None,
    since: Since = None, until: Until = None,
    doc: Annotated[str | None, Query(description="a document id")] = None,
    limit: Limit = None, offset: Offset = 0,
) -> dict[str, Any]:
    limit, offset = page_args(request, limit, offset)
    with request.app.state.db.cursor() as cur:
        rows = run_query(sq.quotes, cur, speaker=speaker, contains=q, kind=kind, since=since, until=until,
                         doc_id=doc, limit=limit + 1, offset=offset)
    return paged(rows, limit, offset)


@router.get("/actors", summary="Actors across documents, most documents first")
def actors(
    request: Request,
    kind: Annotated[str | None, Query(description="PER, ORG, GPE, LOC")] = None,
    country: Annotated[str | None, Query(description="ISO 3166 alpha-3")] = None,
    q: Annotated[str | None, Query(description="part of the name or code")] = None,
    limit: Limit = None, offset: Offset = 0,
) -> dict[str, Any]:
    limit, offset = page_args(request, limit, offset)
    # the whole ranking (one aggregate, cached); the store's actors() has no name filter or offset
    rows = request.app.state.db.cached(("actors", kind, country),
                                       lambda cur: sq.actors(cur, top=None, kind=kind, country=country))
    if q:
        needle = q.lower()
        rows = [r for r in rows if needle in (r["name"] or "").lower() or needle == (r["code"] or "").lower()]
    return paged(rows[offset:offset + limit + 1], limit, offset)


@router.get("/dyads/{a}/{b}", summary="Events between two actors per period: cooperation, conflict, Goldstein")
def dyad(
    request: Request, a: str, b: str,
    by: Annotated[str, Query(description="day, week, month, year")] = "week",
    since: Since = None, until: Until = None,
    directed: Annotated[bool, Query(description="only a -> b")] = False,
) -> dict[str, Any]:
    rows = run_query(request.app.state.db.cached, ("dyad", a, b, by, since, until, directed),
                     lambda cur: sq.dyad(cur, a, b, by=by, since=since, until=until, directed=directed))
    return {"a": a, "b": b, "by": by, "directed": directed, "periods": jsonable(rows)}


@router.get("/network", summary="Actor network: actors as nodes, events as directed edges")
def network(
    request: Request,
    type: Annotated[str | None, Query(description="PLOVER type(s), comma-separated")] = None,  # noqa: A002
    since: Since = None, until: Until = None,
    min_events: Annotated[int, Query(ge=1)] = 1,
    max_nodes: Annotated[int, Query(ge=2, le=300)] = 80,
) -> dict[str, Any]:
    return run_query(request.app.state.db.cached, ("network", type, since, until, min_events, max_nodes),
                     lambda cur: queries.network(cur, type=type, since=since, until=until,
                                                 min_events=min_events, max_nodes=max_nodes))


# ---------------------------------------------------------------- extraction and writes


class ArticleIn(BaseModel):
    """One article: `text` or `html` (never a URL to fetch: `url` is metadata only)."""

    model_config = ConfigDict(extra="forbid")

    text: str | None = Field(None, description="plain text; offsets refer to it")
    html: str | None = Field(None, description="a web page; its main text is extracted (trafilatura, offline)")
    id: str | None = None
    lang: str | None = Field(None, description="it or en; detected when absent")
    date: str | None = Field(None, description="publication date YYYY-MM-DD (anchor of relative dates)")
    title: str | None = None
    url: str | None = Field(None, description="where the article was published; stored, never fetched")
    source: str | None = None

    @field_validator("date")
    @classmethod
    def _date(cls, v: str | None) -> str | None:
        if v:
            try:
                dt.date.fromisoformat(v[:10])
            except ValueError:
                raise ValueError("date must be YYYY-MM-DD") from None
            return v[:10]
        return None

    @field_validator("lang")
    @classmethod
    def _lang(cls, v: str | None) -> str | None:
        if not v:
            return None
        from cronaca.detect import UnsupportedLanguage, check_language

        try:
            return check_language(v)
        except UnsupportedLanguage as exc:
            raise ValueError(str(exc)) from None

    @model_validator(mode="after")
    def _one_body(self) -> ArticleIn:
        has_text = bool(self.text and self.text.strip())
        has_html = bool(self.html and self.html.strip())
        if has_text == has_html:
            raise ValueError("give exactly one non-empty 'text' or 'html'")
        return self


class DocumentsIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    documents: list[ArticleIn] = Field(..., min_length=1, max_length=MAX_DOCUMENTS)


def _extract(request: Request, art: ArticleIn) -> Any:
    """Run the pipeline built once per app (serialized: stages share caches)."""
    from cronaca.load import InputError, html_to_article
    from cronaca.model import Document, DocumentMeta
    from cronaca.pipeline import Pipeline, doc_id

    meta = DocumentMeta(id=art.id or "", lang=art.lang, date=art.date, title=art.title, url=art.url,
                        source=art.source)
    if art.html:
        try:
            text = html_to_article(art.html, "html", meta).text
        except InputError as exc:
            raise HTTPException(422, str(exc).removeprefix("html: ")) from None
    else:
        text = art.text or ""
    meta.id = meta.id or doc_id(text)
    state = request.app.state
    with state.pipeline_lock:
        if state.pipeline is None:
            state.pipeline = Pipeline()
        doc = Document(text=text, meta=meta)
        try:
            state.pipeline(doc)
        except ValueError as exc:
            raise HTTPException(422, f"extraction failed: {exc}") from None
    return doc


@router.post("/extract", summary="Extract one article (text or html); nothing is stored")
def extract(request: Request, article: ArticleIn) -> dict[str, Any]:
    doc = _extract(request, article)
    out = doc.to_dict()
    out["text"] = doc.text
    return out


def require_token(
    request: Request,
    authorization: Annotated[str | None, Header()] = None,
    x_cronaca_token: Annotated[str | None, Header()] = None,
) -> None:
    """401 without a token, 403 with a wrong one or on a read-only server; constant-time comparison.
    A dependency, so it is checked before the body is validated."""
    x_token = x_cronaca_token
    expected = request.app.state.token
    if expected is None:
        raise HTTPException(403, "this server is read-only: start it with --token (or CRONACA_TOKEN) to accept documents")
    given = None
    if authorization and authorization.lower().startswith("bearer "):
        given = authorization[7:].strip()
    elif x_token:
        given = x_token
    if not given:
        raise HTTPException(401, "a token is required: send 'Authorization: Bearer <token>'",
                            headers={"WWW-Authenticate": "Bearer"})
    if not hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8")):
        raise HTTPException(403, "wrong token")


@router.post("/documents", status_code=201, summary="Extract and store documents (token required)")
def post_documents(
    request: Request,
    body: DocumentsIn | ArticleIn,
    _auth: Annotated[None, Depends(require_token)] = None,
) -> dict[str, Any]:
    from cronaca.store.ingest import content_hash, doc_key, write_documents

    arts = body.documents if isinstance(body, DocumentsIn) else [body]
    docs = [_extract(request, a) for a in arts]
    db = request.app.state.db
    with db.write_lock:
        written = set(write_documents(db.writer(), docs))
        db.written()
    out = []
    for d in docs:
        did = doc_key(content_hash(d.text))
        out.append({"id": did, "status": "stored" if did in written else "already_present",
                    "actors": len(d.actors), "quotes": len(d.quotes), "events": len(d.events),
                    "url": f"/documents/{did}"})
    return {"documents": out, "stored": sum(1 for o in out if o["status"] == "stored")}
