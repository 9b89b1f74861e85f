"""How many migrations this version has. Each one's row in `_sqlite_migrations` is chained, so a count of chain
entries in a test grows by one with each migration another branch adds."""

from __future__ import annotations

from sqlite_utils import Database

from ivig_desktop.store.migrations import migrations


def migration_count() -> int:
    return len(migrations.pending(Database(memory=True)))
