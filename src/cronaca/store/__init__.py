"""The corpus store: DuckDB, one file. schema (DDL), ingest (writing), dedup (reprints), query, export."""

from cronaca.store.schema import DEFAULT_DB, SCHEMA_VERSION, StoreError, connect

__all__ = ["DEFAULT_DB", "SCHEMA_VERSION", "StoreError", "connect"]
