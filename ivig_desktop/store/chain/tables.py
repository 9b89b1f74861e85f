"""Which tables are chained, and what of each row the chain covers: one declaration per table.

To put a new record table in the chain (say `patient_amendments`): create it in a migration (append-only, with
`append_only()`), add one `ChainedTable` below, after the tables it refers to, and write its rows with
`chain.insert(db, "patient_amendments", {...})` inside `write_transaction`. A table created by a later migration
on a database that already has rows needs nothing more: its rows are chained as they are written.

`columns` are the columns the content hash covers, in no particular order (the encoding sorts them); the local
`id` is never among them. `references` names the columns that hold another chained row's local id: the hash holds
that row's gid instead. `added` names columns added to the table by a later migration: they are covered when not
NULL and left out when NULL, so that the rows written before the column existed keep their hashes. A column that
is in none of these is not covered: declare every column a migration adds.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

MIGRATIONS_TABLE = "_sqlite_migrations"
LEDGER_TABLE = "record_chain"
ORIGINS_TABLE = "origins"


@dataclass(frozen=True)
class ChainedTable:
    name: str
    columns: tuple[str, ...]
    references: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    added: tuple[str, ...] = ()
    session_column: str | None = None  # the column naming the session a row belongs to (its entry's scope)

    def __post_init__(self) -> None:
        if "id" in self.columns or "id" in self.added:
            raise ValueError(f"{self.name}: the local id is not part of a row's content")
        unknown = set(self.references) - set(self.columns) - set(self.added)
        if unknown:
            raise ValueError(f"{self.name}: references name undeclared columns {sorted(unknown)}")


def _refs(**references: str) -> Mapping[str, str]:
    return MappingProxyType(dict(references))


# In dependency order: a table comes after every table it refers to. The migration that chained the rows of an
# existing database (m004) chained them in this order, each table by id.
CHAINED_TABLES: tuple[ChainedTable, ...] = (
    ChainedTable(
        ORIGINS_TABLE,
        ("origin", "workstation", "created_at", "reason", "detail", "follows_origin", "follows_seq", "follows_hash"),
    ),
    ChainedTable(MIGRATIONS_TABLE, ("migration_set", "name", "applied_at")),
    ChainedTable("nurses", ("name", "credentials", "created_at"), added=("staff_id",)),  # staff_id: m005
    ChainedTable("nurse_secrets", ("nurse_id", "created_at", "kind", "hash"), _refs(nurse_id="nurses")),
    ChainedTable(
        "nurse_keys",
        ("nurse_id", "created_at", "reason", "algorithm", "public_key", "sealed_private_key"),
        _refs(nurse_id="nurses"),
    ),
    ChainedTable("sign_in_attempts", ("nurse_id", "at", "succeeded", "purpose"), _refs(nurse_id="nurses")),
    ChainedTable(
        "patients",
        (
            "family_name",
            "given_name",
            "date_of_birth",
            "mrn",
            "sex",
            "height_cm",
            "weight_kg",
            "allergies",
            "created_at",
            "created_by",
        ),
        _refs(created_by="nurses"),
    ),
    ChainedTable(
        "regimens",
        ("patient_id", "version", "created_at", "created_by", "reason", "payload"),
        _refs(patient_id="patients", created_by="nurses"),
    ),
    ChainedTable(
        "sessions",
        ("patient_id", "location", "opened_at", "opened_by"),
        _refs(patient_id="patients", opened_by="nurses"),
    ),
    ChainedTable(  # (h-hub, m009) a nurse's answer to "possible duplicate": same person or not, never a merge
        "patient_links",
        ("patient_id", "other_patient_id", "same_person", "reason", "created_at", "created_by"),
        _refs(patient_id="patients", other_patient_id="patients", created_by="nurses"),
    ),
    ChainedTable(
        "events",
        ("session_id", "seq", "type", "occurred_at", "recorded_at", "nurse_id", "payload", "amends"),
        _refs(session_id="sessions", nurse_id="nurses", amends="events"),
        session_column="session_id",
    ),
    ChainedTable("clinic_settings", ("key", "value", "recorded_at", "source")),  # m005
    # m007: access to the record and corrections of people's details (store/access.py, nurses.py, patients.py).
    ChainedTable(
        "nurse_access",
        ("nurse_id", "role", "active", "at", "by_nurse_id", "reason"),
        _refs(nurse_id="nurses", by_nurse_id="nurses"),
    ),
    ChainedTable(
        "nurse_amendments",
        ("nurse_id", "name", "credentials", "staff_id", "amended_at", "amended_by", "reason"),
        _refs(nurse_id="nurses", amended_by="nurses"),
    ),
    ChainedTable(
        "patient_amendments",
        (
            "patient_id",
            "family_name",
            "given_name",
            "date_of_birth",
            "mrn",
            "sex",
            "height_cm",
            "allergies",
            "amended_at",
            "amended_by",
            "reason",
        ),
        _refs(patient_id="patients", amended_by="nurses"),
    ),
)

TABLES: Mapping[str, ChainedTable] = MappingProxyType({t.name: t for t in CHAINED_TABLES})


def scope_of(spec: ChainedTable, gid: str, content: Mapping[str, object]) -> str | None:
    """The session an entry belongs to (its gid), for the screens' per-session check: a session's own row, and
    the rows of tables declaring `session_column`; None for the others."""
    if spec.name == "sessions":
        return gid
    if spec.session_column is None:
        return None
    value = content.get(spec.session_column)
    return value if isinstance(value, str) else None


def table(name: str) -> ChainedTable:
    try:
        return TABLES[name]
    except KeyError:
        raise KeyError(f"{name} is not a chained table: declare it in store/chain/tables.py") from None
