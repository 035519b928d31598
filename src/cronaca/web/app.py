"""The FastAPI application: `create_app(db_path, token=None)` serves the JSON API (/api/...), the pages
and the static files of one store. See docs/web.md.

Security (every response): a Content-Security-Policy that allows only this origin's scripts and styles
and no inline script, `X-Content-Type-Options: nosniff`, no framing, no referrer. Request bodies above
`max_body` bytes are refused with 413 before they are read in full. The server never fetches a URL.
"""

from __future__ import annotations

import os
import threading
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from cronaca import __version__
from cronaca.web.db import Database

HERE = Path(__file__).resolve().parent
MAX_BODY = 5 * 1024 * 1024  # an article is a few KB; 5 MB is room for a batch of a few hundred
MAX_PAGE = 500  # rows per page of /api/events, /api/quotes, /api/actors, /api/documents
DEFAULT_PAGE = 50

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
]


class SecurityMiddleware:
    """Pure ASGI: adds the security headers to every response and caps the request body size (by
    Content-Length, and while streaming for chunked bodies)."""

    def __init__(self, app: Any, max_body: int) -> None:
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: dict) -> None:
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                message["headers"] = list(message.get("headers", [])) + [
                    h for h in SECURITY_HEADERS if h[0] not in names]
            await send(message)

        length = dict(scope.get("headers") or []).get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.max_body):
            await self._too_large(send_with_headers)
            return
        seen = 0
        too_large = False

        async def capped_receive() -> dict:
            nonlocal seen, too_large
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_body:
                    too_large = True
                    # an HTTPException passes through FastAPI's body parsing (others become 400)
                    raise HTTPException(413, f"request body too large: the limit is {self.max_body} bytes")
            return message

        try:
            await self.app(scope, capped_receive, send_with_headers)
        except HTTPException:
            if not too_large:
                raise
            await self._too_large(send_with_headers)

    async def _too_large(self, send: Any) -> None:
        resp = JSONResponse({"error": f"request body too large: the limit is {self.max_body} bytes",
                             "status": 413}, status_code=413)
        await resp({"type": "http"}, None, send)


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/openapi.json"


def create_app(db_path: str | Path, token: str | None = None, max_body: int = MAX_BODY,
               max_page: int = MAX_PAGE) -> FastAPI:
    """The app over the store at `db_path`. With `token` (or CRONACA_TOKEN when token is None) the store
    is opened read-write and POST /api/documents accepts requests carrying it; without one the server
    is read-only. Use an empty string to force read-only whatever the environment says."""
    if token is None:
        token = os.environ.get("CRONACA_TOKEN") or None
    token = token or None
    db = Database(db_path, writable=token is not None)
    threads = max(4, 2 * (os.cpu_count() or 2))

    @asynccontextmanager
    async def lifespan(app: FastAPI):  # type: ignore[no-untyped-def]
        # Sync endpoints run in anyio's thread pool (40 threads by default). Queries release the GIL,
        # but 40 threads of Python around them thrash it: a few threads per core serve more requests.
        import anyio.to_thread

        anyio.to_thread.current_default_thread_limiter().total_tokens = threads
        try:
            yield
        finally:
            db.close()

    app = FastAPI(
        title="cronaca",
        version=__version__,
        description="Events, quotations and actors extracted from news, each with its evidence in the text.",
        docs_url=None,  # FastAPI's Swagger UI loads from a CDN; /docs is our own page (pages.py)
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.db = db
    app.state.token = token
    app.state.max_page = max_page
    app.state.max_body = max_body
    app.state.pipeline = None
    app.state.pipeline_lock = threading.Lock()

    from cronaca.web import api, pages

    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Any:
        headers = getattr(exc, "headers", None)
        if _wants_json(request):
            return JSONResponse({"error": exc.detail, "status": exc.status_code},
                                status_code=exc.status_code, headers=headers)
        return pages.error_page(request, exc.status_code, str(exc.detail), headers)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Any:
        problems = [
            {"where": ".".join(str(p) for p in e.get("loc", ()) if p != "body") or "body", "message": e.get("msg")}
            for e in exc.errors()
        ]
        msg = "; ".join(f"{p['where']}: {p['message']}" for p in problems)
        if _wants_json(request):
            return JSONResponse({"error": f"invalid request: {msg}", "status": 422, "problems": problems},
                                status_code=422)
        return pages.error_page(request, 422, f"invalid request: {msg}")

    app.add_middleware(SecurityMiddleware, max_body=max_body)
    return app


def html_response(body: str, status: int = 200) -> HTMLResponse:
    return HTMLResponse(body, status_code=status)
