"""m004: the hash chain (origins, record_chain), nurses' signing keys, and the migrations table made append-only.

Every row already in the database is chained, in a defined order (store/chain/upgrade.py), in the same
transaction as the rest of the upgrade.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlite_utils import Database

from ivig_desktop.store.migrations.base import append_only, migrations


@migrations()
def m004_chain(db: Database) -> None:
    from ivig_desktop.store.chain.upgrade import chain_existing_rows

    db.execute(
        """CREATE TABLE origins (
            id INTEGER PRIMARY KEY,
            origin TEXT NOT NULL UNIQUE CHECK (length(origin) = 36),
            workstation TEXT NOT NULL CHECK (length(workstation) = 36),
            created_at TEXT NOT NULL,
            reason TEXT NOT NULL CHECK (reason IN ('new', 'upgrade', 'restore', 'lost', 'mismatch')),
            detail TEXT NOT NULL CHECK (json_valid(detail) AND json_type(detail) = 'object'),
            follows_origin TEXT,
            follows_seq INTEGER,
            follows_hash TEXT
        )"""
    )
    db.execute(
        """CREATE TABLE record_chain (
            id INTEGER PRIMARY KEY,
            origin TEXT NOT NULL,
            seq INTEGER NOT NULL CHECK (seq > 0),
            table_name TEXT NOT NULL,
            row_id INTEGER NOT NULL,
            gid TEXT NOT NULL CHECK (length(gid) = 36),
            prev TEXT NOT NULL CHECK (length(prev) = 64),
            hash TEXT NOT NULL CHECK (length(hash) = 64),
            scope TEXT,
            UNIQUE (origin, seq),
            UNIQUE (table_name, row_id),
            UNIQUE (gid)
        )"""
    )
    db.execute("CREATE INDEX record_chain_scope ON record_chain(scope) WHERE scope IS NOT NULL")
    db.execute(
        """CREATE TABLE nurse_keys (
            id INTEGER PRIMARY KEY,
            nurse_id INTEGER NOT NULL REFERENCES nurses(id),
            created_at TEXT NOT NULL,
            reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
            algorithm TEXT NOT NULL CHECK (algorithm = 'ed25519'),
            public_key TEXT NOT NULL,
            sealed_private_key TEXT NOT NULL CHECK (json_valid(sealed_private_key))
        )"""
    )
    db.execute("CREATE INDEX nurse_keys_nurse ON nurse_keys(nurse_id)")
    append_only(db, "origins", "a new origin is a new row")
    append_only(db, "record_chain", "the chain only grows")
    append_only(db, "nurse_keys", "a new key, or the key sealed again, is a new row")
    append_only(db, "_sqlite_migrations", "a migration, once applied, stays recorded")
    chain_existing_rows(db, datetime.now(UTC))
