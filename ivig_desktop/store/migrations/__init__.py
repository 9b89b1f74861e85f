"""Schema migrations, one numbered function each, applied in the order they are imported here (the numbers are
that order).

A released migration is never edited: add a new one, in a module of its own named after its number and what it
does, import it below after the last one, and add any new append-only table to `APPEND_ONLY_TABLES` in base.py. A
migration module imports `sqlite_utils` for its annotations only, under TYPE_CHECKING (base.py says why:
tests/test_startup_imports.py fails otherwise). sqlite-utils records each step by its function name in
`_sqlite_migrations`, whose rows are chained: a step's name is part of the record, so it never changes once
released.

m001-m003 have been released to users; the later steps had not been when they were numbered in order of
application (each branch had reserved its own number). Schema version N (tests/store/fixtures/schema-vN.db, made by
make_schema_vN.py) is the first N steps below:

- m001_initial, m002_regimens, m003_accounts (initial.py): the record, regimens, accounts;
- m004_chain: the hash chain over every record row;
- m005_clinic_settings: the clinic's settings recorded with the database, nurses' licence or staff numbers;
- m006_vial_serials: the indexes that find a vial by GTIN and serial;
- m007_people: access to the record (roles, deactivation) and corrections of people's details;
- m008_scale: the open-sessions projection and the look-up indexes;
- m009_hub: the link to a clinic hub, its sync state, and a record that keeps what two workstations wrote apart.
"""

from __future__ import annotations

from ivig_desktop.store.migrations.base import APPEND_ONLY_TABLES, append_only, migrations
from ivig_desktop.store.migrations.initial import m001_initial, m002_regimens, m003_accounts
from ivig_desktop.store.migrations.m004_chain import m004_chain
from ivig_desktop.store.migrations.m005_clinic_settings import m005_clinic_settings
from ivig_desktop.store.migrations.m006_vial_serials import m006_vial_serials
from ivig_desktop.store.migrations.m007_people import m007_people
from ivig_desktop.store.migrations.m008_scale import m008_scale
from ivig_desktop.store.migrations.m009_hub import m009_hub
from ivig_desktop.store.sql import Database

__all__ = [
    "APPEND_ONLY_TABLES",
    "append_only",
    "m001_initial",
    "m002_regimens",
    "m003_accounts",
    "m004_chain",
    "m005_clinic_settings",
    "m006_vial_serials",
    "m007_people",
    "m008_scale",
    "m009_hub",
    "migrate",
    "migrate_in_one_transaction",
    "migrations",
]


def migrate(db: Database) -> None:
    """Apply the pending migrations (inside the caller's write transaction), then chain the migrations table's new
    rows (sqlite-utils writes them after each step), so that the record of every step is in the chain too."""
    from ivig_desktop.store.chain import ledger

    migrations.apply(db)
    if "record_chain" in db.table_names():
        for row_id in ledger.unchained_ids(db, "_sqlite_migrations"):
            ledger.append(db, "_sqlite_migrations", row_id)


def migrate_in_one_transaction(db: Database) -> None:
    """Apply the pending migrations in one write transaction with foreign keys off, as SQLite prescribes for a
    migration that rebuilds a table (m009), and refuse to commit one that leaves a dangling reference."""
    from ivig_desktop.store.connection import write_transaction
    from ivig_desktop.store.errors import StoreError

    db.conn.execute("PRAGMA foreign_keys = OFF")  # (only takes effect outside a transaction)
    try:
        with write_transaction(db):
            migrate(db)
            dangling = db.conn.execute("PRAGMA foreign_key_check").fetchone()
            if dangling is not None:
                raise StoreError(f"The upgrade was not applied: it would leave a dangling reference in {dangling[0]}.")
    finally:
        db.conn.execute("PRAGMA foreign_keys = ON")
