"""m008: what keeps the screens and look-ups as fast with ten years of sessions as with a week's (issue 14).

- `open_sessions`: the sessions not yet signed off, the board's list. A projection, not part of the record: a row
  is added by a trigger in the same transaction as its session, and removed by a trigger in the same transaction
  as the session's `signed_off` event, so it can never disagree with the record (`check` compares them). It is
  the one table whose rows are deleted; it is not append-only, not chained and not synchronised, and it can be
  rebuilt from the events at any time (the migration does exactly that for the sessions already there).
- `events_vial_lot`: the lot of every vial (upper case, as a recall searches it), for the lot look-up.
- `sessions_opened_at`: sessions by the time they were opened (`export --since`).
- `sign_in_attempts_outcome`: a nurse's last successful sign-in (the lockout counts failures since then).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ivig_desktop.store.migrations.base import migrations

if TYPE_CHECKING:
    from sqlite_utils import Database


@migrations()
def m008_scale(db: Database) -> None:
    db.execute("CREATE TABLE open_sessions (session_id INTEGER PRIMARY KEY REFERENCES sessions(id))")
    db.execute(
        """INSERT INTO open_sessions (session_id)
           SELECT id FROM sessions s
           WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.session_id = s.id AND e.type = 'signed_off')"""
    )
    db.execute(
        """CREATE TRIGGER sessions_open AFTER INSERT ON sessions
        BEGIN INSERT INTO open_sessions (session_id) VALUES (NEW.id); END"""
    )
    db.execute(
        """CREATE TRIGGER events_signed_off_closes AFTER INSERT ON events WHEN NEW.type = 'signed_off'
        BEGIN DELETE FROM open_sessions WHERE session_id = NEW.session_id; END"""
    )
    db.execute(
        "CREATE INDEX events_vial_lot ON events(upper(json_extract(payload, '$.lot'))) WHERE type = 'vial_recorded'"
    )
    db.execute("CREATE INDEX sessions_opened_at ON sessions(opened_at)")
    db.execute("CREATE INDEX sign_in_attempts_outcome ON sign_in_attempts(nurse_id, succeeded, at)")
