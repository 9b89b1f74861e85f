"""Stopping long reads from another thread: a backup between two of its steps, a check at once."""

from __future__ import annotations

import contextlib
import sqlite3
import threading

from ivig_desktop.store.errors import DB_ERRORS


class CancelledError(Exception):
    """The work was cancelled (the app is closing); nothing was left behind."""


class Cancel:
    """Set from another thread to stop a long read: between two backup steps, or at once for a query (the
    connection running it is interrupted)."""

    def __init__(self) -> None:
        self._event = threading.Event()
        self._guard = threading.Lock()
        self._connections: list[sqlite3.Connection] = []

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def cancel(self) -> None:
        with self._guard:
            self._event.set()
            for conn in self._connections:
                with contextlib.suppress(*DB_ERRORS):
                    conn.interrupt()

    def attach(self, conn: sqlite3.Connection) -> None:
        with self._guard:
            self._connections.append(conn)
            if self._event.is_set():
                conn.interrupt()

    def detach(self, conn: sqlite3.Connection) -> None:
        with self._guard:
            if conn in self._connections:
                self._connections.remove(conn)

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise CancelledError
