"""`cronaca serve`: the REST API and the web pages over a store."""

from __future__ import annotations

import argparse
import os
import sys

HELP = """examples:
  cronaca serve --db news.duckdb                       # read-only, http://127.0.0.1:8000
  cronaca serve --db news.duckdb --port 8080 --token S3CRET
  CRONACA_TOKEN=S3CRET cronaca serve --db news.duckdb  # POST /api/documents with 'Authorization: Bearer S3CRET'

pages: / (corpus), /documents/ID (text with highlighted evidence), /events, /quotes, /actors,
/dyads/A/B, /network; API reference: /docs and /openapi.json.
Without a token the server is read-only (the database is opened read-only). It listens on 127.0.0.1
unless --host says otherwise: put a TLS proxy in front of it before exposing it.
"""


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "serve",
        help="serve the store: REST API and web pages",
        description="Serve a store over HTTP: a JSON API and pages to read and explore the evidence.",
        epilog=HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--db", default="cronaca.duckdb", help="database file (default: cronaca.duckdb)")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    p.add_argument("--token", default=None,
                   help="token that allows POST /api/documents (default: $CRONACA_TOKEN; none: read-only)")
    p.add_argument("--max-body", type=int, default=None, metavar="BYTES", help="largest request body (default 5 MB)")
    p.add_argument("--log-level", default="warning", choices=["critical", "error", "warning", "info", "debug"])
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from cronaca.store.schema import StoreError
    from cronaca.web.app import MAX_BODY, create_app

    token = args.token if args.token is not None else os.environ.get("CRONACA_TOKEN")
    if not 0 < args.port < 65536:
        print(f"cronaca: --port {args.port}: use 1-65535", file=sys.stderr)
        return 2
    try:
        app = create_app(args.db, token=token or "", max_body=args.max_body or MAX_BODY)
    except StoreError as exc:
        print(f"cronaca: {exc}", file=sys.stderr)
        return 2
    import uvicorn

    mode = "read-write (token required for POST /api/documents)" if token else "read-only"
    print(f"cronaca: serving {args.db} ({mode}) on http://{args.host}:{args.port}/  (Ctrl-C to stop)",
          file=sys.stderr)
    # keep-alive longer than uvicorn's 5 s: a client reusing a connection the server just closed gets a read error
    uvicorn.run(app, host=args.host, port=args.port, log_level=args.log_level, server_header=False,
                timeout_keep_alive=30)
    return 0
