"""The server's handle on the store: one DuckDB database, a cursor per request, one serialized writer.

DuckDB connections are not thread-safe, but cursors (`con.cursor()`, each a connection to the same
database instance) are independent; FastAPI runs sync endpoints in a thread pool, so every request takes
its own cursor. A database file can be opened only once per process with one configuration, so the server
opens it read-only when no token is configured (a read-only server) and read-write otherwise; writes take
`write_lock`, so at most one transaction writes at a time.

Cache: while the server holds the file, only the server can change it (DuckDB lets no other process
write a file that is open), so the results of the corpus-wide aggregates (figures, actor ranking,
network, dyads) are kept in a small LRU keyed by the query and its arguments, and dropped whenever the
server writes (`generation`). Filtered lists and documents are always read from the database.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator
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
        self.generation = 0
        self._cache: OrderedDict[tuple, Any] = OrderedDict()
        self._cache_lock = threading.Lock()
        self.cache_size = 512

    def cached(self, key: tuple, compute: Callable[[Any], Any]) -> Any:
        """`compute(cursor)`, remembered under `key` until the next write."""
        full = (self.generation, *key)
        with self._cache_lock:
            if full in self._cache:
                self._cache.move_to_end(full)
                return self._cache[full]
        with self.cursor() as cur:
            value = compute(cur)
        with self._cache_lock:
            self._cache[full] = value
            while len(self._cache) > self.cache_size:
                self._cache.popitem(last=False)
        return value

    def written(self) -> None:
        """Call after a write: cached aggregates are stale."""
        with self._cache_lock:
            self.generation += 1
            self._cache.clear()

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
