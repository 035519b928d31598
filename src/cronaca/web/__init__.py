"""`cronaca serve`: the REST API and the web pages over a store (see docs/web.md)."""

from cronaca.web.app import create_app

__all__ = ["create_app"]
