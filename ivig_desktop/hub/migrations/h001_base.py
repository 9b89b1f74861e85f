"""Hub step 1: the schema, its version table, the feed sequence, the append-only guard, the workstations.

Every hub table is append-only: a trigger refuses UPDATE, DELETE and TRUNCATE (even by the owner), and the
workstations' role is never granted them. Every row a workstation sends is stamped by a trigger with the next
number of the hub's feed sequence (`hub_seq`), the time it arrived and the role that sent it; the trigger runs as
the schema's owner, so workstations need no right on the sequence and cannot choose their own numbers. It takes
a transaction-scoped advisory lock first, so numbers are handed out in commit order: a workstation that has
read up to number N never later finds a smaller one committed behind it (its pull cursor is safe).
"""

from __future__ import annotations

FEED_LOCK_KEY = 0x49564947  # 'IVIG': the advisory lock that orders the feed

SQL = f"""
CREATE TABLE ivig_hub.schema_migrations (
    version integer PRIMARY KEY CHECK (version > 0),
    name text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now(),
    applied_by text NOT NULL DEFAULT session_user
);

CREATE FUNCTION ivig_hub.refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only on the hub: %', TG_TABLE_NAME, TG_ARGV[0]
        USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE SEQUENCE ivig_hub.feed_seq AS bigint;

CREATE FUNCTION ivig_hub.stamp_feed() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM pg_advisory_xact_lock({FEED_LOCK_KEY});
    NEW.hub_seq := nextval('ivig_hub.feed_seq');
    NEW.received_at := clock_timestamp();
    NEW.received_by := session_user;
    RETURN NEW;
END
$$;

CREATE TABLE ivig_hub.workstations (
    workstation_id text PRIMARY KEY CHECK (length(workstation_id) BETWEEN 1 AND 64),
    name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
    hub_seq bigint NOT NULL UNIQUE,
    received_at timestamptz NOT NULL,
    received_by text NOT NULL
);
"""


def append_only_sql(table: str, what: str) -> str:
    """Triggers that refuse UPDATE, DELETE and TRUNCATE on `table` (in ivig_hub) saying what to do instead."""
    return f"""
CREATE TRIGGER {table}_no_change BEFORE UPDATE OR DELETE ON ivig_hub.{table}
    FOR EACH ROW EXECUTE FUNCTION ivig_hub.refuse_change('{what}');
CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON ivig_hub.{table}
    FOR EACH STATEMENT EXECUTE FUNCTION ivig_hub.refuse_change('{what}');
"""


def fed_sql(table: str) -> str:
    """The trigger that stamps each new row of `table` with its feed number, arrival time and sender."""
    return f"""
CREATE TRIGGER {table}_stamp BEFORE INSERT ON ivig_hub.{table}
    FOR EACH ROW EXECUTE FUNCTION ivig_hub.stamp_feed();
"""


STEP = (
    SQL
    + append_only_sql("schema_migrations", "a new version is a new row")
    + append_only_sql("workstations", "a workstation joins once")
    + fed_sql("workstations")
)
