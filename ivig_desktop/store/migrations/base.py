"""The migration set and what every migration shares. A released migration is never edited: add a new one.

`migrations` registers each step with `@migrations()` in import order, like `sqlite_utils.Migrations`, and the
steps are applied by sqlite-utils (each in its own savepoint, recorded in `_sqlite_migrations`). Registering and
asking what is pending (`pending_names`, one query) import nothing: sqlite-utils takes half a second to import,
so it is loaded only when a database has something to apply, or when `pending`, `applied` or `apply` are called.
A migration module imports `sqlite_utils.Database` for its annotations only (under TYPE_CHECKING), so that the
app's start does not load it (tests/test_startup_imports.py checks).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from ivig_desktop.store.sql import Database as StoreDatabase

if TYPE_CHECKING:
    from sqlite_utils import Database, Migrations

Step = Callable[["Database"], None]
StepT = TypeVar("StepT", bound=Step)

MIGRATIONS_TABLE = "_sqlite_migrations"


@dataclass(frozen=True)
class Registered:
    name: str
    fn: Step
    transactional: bool = True


class MigrationSet:
    """Named migration steps in order, applied by sqlite-utils' Migrations (which this mirrors)."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.steps: list[Registered] = []

    def __call__(self, *, name: str | None = None, transactional: bool = True) -> Callable[[StepT], StepT]:
        def register(fn: StepT) -> StepT:
            step_name = name or fn.__name__
            if any(step.name == step_name for step in self.steps):
                raise ValueError(f"Migration '{step_name}' is already registered in set '{self.name}'")
            self.steps.append(Registered(step_name, fn, transactional))
            return fn

        return register

    def applied_names(self, db: StoreDatabase) -> list[str]:
        """The names of the steps `db` records as applied, in order (no sqlite-utils)."""
        exists = db.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [MIGRATIONS_TABLE]
        ).fetchone()
        if not exists:
            return []
        rows = db.execute(f"SELECT name FROM {MIGRATIONS_TABLE} WHERE migration_set = ? ORDER BY rowid", [self.name])
        return [row[0] for row in rows.fetchall()]

    def pending_names(self, db: StoreDatabase) -> list[str]:
        """The steps not yet applied to `db`, in order."""
        done = set(self.applied_names(db))
        return [step.name for step in self.steps if step.name not in done]

    def pending(self, db: StoreDatabase) -> list[Any]:
        """As sqlite_utils.Migrations.pending: the pending steps (`.name`, `.fn`, `.transactional`)."""
        return list(self._migrations().pending(_utils_database(db)))

    def applied(self, db: StoreDatabase) -> list[Any]:
        """As sqlite_utils.Migrations.applied: what `db` records as applied (`.name`, `.applied_at`), in order."""
        return list(self._migrations().applied(_utils_database(db)))

    def apply(self, db: StoreDatabase, *, stop_before: str | Iterable[str] | None = None) -> None:
        """Apply the pending steps (in the caller's transaction, when one is open: see store/database.py)."""
        self._migrations().apply(_utils_database(db), stop_before=stop_before)

    def _migrations(self) -> Migrations:
        from sqlite_utils import Migrations

        real = Migrations(self.name)
        for step in self.steps:
            real(name=step.name, transactional=step.transactional)(step.fn)
        return real


def _utils_database(db: StoreDatabase) -> Database:
    """An sqlite_utils.Database on the same connection (the store's own handle has only the store's methods)."""
    from sqlite_utils import Database

    if isinstance(db, Database):
        return db
    return Database(db.conn, execute_plugins=False)


migrations = MigrationSet("ivig_desktop")

APPEND_ONLY_TABLES = (
    "nurses",
    "patients",
    "sessions",
    "events",
    "regimens",
    "nurse_secrets",
    "sign_in_attempts",
    "origins",
    "record_chain",
    "nurse_keys",
    "_sqlite_migrations",
    "clinic_settings",
    "nurse_access",
    "nurse_amendments",
    "patient_amendments",
    "hub_links",
    "hub_pulls",
    "hub_pushes",
    "hub_origins",
    "hub_workstations",
    "patient_links",
)

# This workstation's own settings and sync state: not part of the record, so neither chained nor sent to a hub.
LOCAL_TABLES = ("hub_links", "hub_pulls", "hub_pushes", "hub_origins", "hub_workstations", "hub_applying")


def append_only(db: Database, table: str, what: str) -> None:
    """Triggers that abort any UPDATE or DELETE on `table` with a message saying what to do instead."""
    for action in ("UPDATE", "DELETE"):
        db.execute(
            f"CREATE TRIGGER {table}_no_{action.lower()} BEFORE {action} ON {table} "
            f"BEGIN SELECT RAISE(ABORT, '{table} are append-only: {what}'); END"
        )
