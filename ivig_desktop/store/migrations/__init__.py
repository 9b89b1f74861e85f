"""Schema migrations, one numbered function each, applied in the order they are imported here.

A released migration is never edited: add a new one, in a module of its own (or beside its kin), import it below
after the last one, and add any new append-only table to `APPEND_ONLY_TABLES` in base.py. A migration module
imports `sqlite_utils` for its annotations only, under TYPE_CHECKING (base.py says why: tests/test_startup_imports.py
fails otherwise).

The order is the order of release, which is not always the numbers' (each branch reserved its number): m007
reached users before m006, so m006 comes after it, and m005 after m006. A database of any release and a new one
then take the same steps in the same order, and schema version N (tests/store/fixtures/schema-vN.db) is the first
N steps below.
"""

from __future__ import annotations

from ivig_desktop.store.migrations.base import APPEND_ONLY_TABLES, append_only, migrations
from ivig_desktop.store.migrations.initial import m001_initial, m002_regimens, m003_accounts
from ivig_desktop.store.migrations.m004_chain import m004_chain
from ivig_desktop.store.migrations.m007_clinic_settings import m007_clinic_settings
from ivig_desktop.store.migrations.vial_serials import m006_vial_serials  # released after m007

# isort: split
from ivig_desktop.store.migrations.people import m005_people  # released after m006

# isort: split
from ivig_desktop.store.migrations.m008_scale import m008_scale  # released after m005
from ivig_desktop.store.migrations.m010_hub_link import m010_hub_link
from ivig_desktop.store.sql import Database

__all__ = [
    "APPEND_ONLY_TABLES",
    "append_only",
    "m001_initial",
    "m002_regimens",
    "m003_accounts",
    "m004_chain",
    "m005_people",
    "m006_vial_serials",
    "m007_clinic_settings",
    "m008_scale",
    "m010_hub_link",
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
    migration that rebuilds a table (m010), and refuse to commit one that leaves a dangling reference."""
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
