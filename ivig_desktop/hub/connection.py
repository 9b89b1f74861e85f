"""Connecting to the hub: a bounded wait, the application's name on the server, errors in words.

libpq's messages name the host, the role and the cause, never the password; the URL in our own messages is
redacted (url.redact) all the same.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from ivig_desktop.hub.errors import HubError, HubUnreachableError
from ivig_desktop.hub.url import conninfo, redact

if TYPE_CHECKING:
    import psycopg
    from psycopg.rows import TupleRow

    HubConnection = psycopg.Connection[TupleRow]

CONNECT_TIMEOUT_S = 5
STATEMENT_TIMEOUT_MS = 60_000  # no exchange waits longer on a stuck server than this
APPLICATION_NAME = "ivig-desktop"


def connect(url: str, *, application_name: str = APPLICATION_NAME) -> HubConnection:
    """A connection to the hub (not in autocommit: the caller commits), or HubError / HubUnreachableError."""
    import psycopg

    params = conninfo(url)  # refuses what is not a hub URL, before anything leaves the machine
    params.setdefault("connect_timeout", str(CONNECT_TIMEOUT_S))
    params.setdefault("application_name", application_name)
    params["options"] = (params.get("options", "") + f" -c statement_timeout={STATEMENT_TIMEOUT_MS}").strip()
    try:
        return psycopg.connect(**params)  # type: ignore[arg-type]
    except psycopg.OperationalError as error:
        raise connection_error(url, error) from None


def connection_error(url: str, error: Exception) -> HubError:
    """A connection failure in words: a refused sign-in or a missing database is not 'offline'."""
    text = " ".join(str(error).split())
    detail = text.split(": ", 1)[1] if text.startswith("connection failed: ") else text
    lowered = detail.lower()
    if "password authentication failed" in lowered or "no password supplied" in lowered:
        return HubError(
            f"The hub at {redact(url)} refused the sign-in ({detail}). The password comes from the password file "
            "(~/.pgpass, or the file PGPASSFILE names) or PGPASSWORD; check it there."
        )
    if "does not exist" in lowered or "certificate" in lowered or "ssl" in lowered or "pg_hba" in lowered:
        return HubError(f"The hub at {redact(url)} refused the connection: {detail}")
    return HubUnreachableError(f"The hub at {redact(url)} cannot be reached: {detail}")


def scalar(conn: HubConnection, query: str, params: Sequence[object] = ()) -> Any:
    """The first column of the first row of a query (None when it returns no row)."""
    row = conn.execute(query.encode(), params).fetchone()
    return None if row is None else row[0]
