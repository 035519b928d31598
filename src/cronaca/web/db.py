"""The server's handle on the store: one DuckDB database, a cursor per request, one serialized writer.

DuckDB connections are not thread-safe, but cursors (`con.cursor()`, each a connection to the same
database instance) are independent; FastAPI runs sync endpoints in a thread pool, so every request takes
its own cursor. A database file can be opened only once per process with one configuration, so the server
opens it read-only when no token is configured (a read-only server) and read-write otherwise; writes take
`write_lock`, so at most one transaction writes at a time.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from cronaca.store.schema import connect


class Database:
    def __init__(self, path: str | Path, writable: bool) -> None:
        self.path = Path(path)
        self.writable = writable
        self.con = connect(self.path, read_only=not writable)
        self._cursor_lock = threading.Lock()
        self.write_lock = threading.Lock()
        self._writer_cur: Any = None

    @contextmanager
    def cursor(self) -> Iterator[Any]:
        """A cursor for one request, closed afterwards."""
        with self._cursor_lock:  # creating cursors concurrently on one connection is not safe
            cur = self.con.cursor()
        try:
            yield cur
        finally:
            cur.close()

    def writer(self) -> Any:
        """The write cursor; call with `write_lock` held."""
        if not self.writable:
            raise PermissionError("read-only database")
        if self._writer_cur is None:
            with self._cursor_lock:
                self._writer_cur = self.con.cursor()
        return self._writer_cur

    def close(self) -> None:
        try:
            if self._writer_cur is not None:
                self._writer_cur.close()
            self.con.close()
        except Exception:  # noqa: BLE001 - closing twice or after a failed open
            pass
