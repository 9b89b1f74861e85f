"""Hub step 2: the record's entries, each origin's hash chain verified by the hub as they arrive.

`hub` holds the hub's own id (workstations keep their pull cursor per hub). One table holds every chained row of
every workstation, whatever its local table: `content` is the canonical JSON whose SHA-256 is the row's content
hash (store/chain/encoding.py, version 1), with references to other rows as their global ids, so the hub does not
depend on the local schema. Each row arrives with its place in its origin's chain (`origin`, `seq`, `prev`,
`hash`), and the hub, in the database itself (a workstation cannot bypass it):
- recomputes the content hash from `content` and the entry hash from it (sha256 of
  `{"content":C,"origin":O,"prev":P,"seq":N,"v":1}`), and refuses an entry whose hash does not match;
- checks that `content` names the entry's table and global id;
- checks that entry N links to entry N-1 of the same origin (already on the hub: an origin's entries arrive in
  order), and that entry 1 is the origin's own row, linking to the entry it follows (or to 64 zeros);
- takes the origin's workstation from its first entry, and refuses an origin whose workstation has not joined
  the hub, or that joined as another role (so, when each workstation signs in as its own role, none can send
  rows in another's name).
An entry already on the hub is skipped (sending twice stores once); the sender compares what it sent with what
the hub has, so that a different entry under the same number is reported, never silently dropped.
"""

from __future__ import annotations

from ivig_desktop.hub.migrations.h001_base import FEED_LOCK_KEY, append_only_sql

GENESIS = "0" * 64
UUID = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
HEX64 = "^[0-9a-f]{64}$"

SQL = f"""
CREATE TABLE ivig_hub.hub (
    hub_id text PRIMARY KEY,
    created_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO ivig_hub.hub (hub_id) VALUES (gen_random_uuid()::text);

CREATE TABLE ivig_hub.entries (
    origin text NOT NULL CHECK (origin ~ '{UUID}'),
    seq bigint NOT NULL CHECK (seq > 0),
    gid text NOT NULL UNIQUE CHECK (gid ~ '{UUID}'),
    table_name text NOT NULL CHECK (table_name ~ '^[a-z_][a-z0-9_]{{0,62}}$'),
    prev text NOT NULL CHECK (prev ~ '{HEX64}'),
    hash text NOT NULL CHECK (hash ~ '{HEX64}'),
    content text NOT NULL,
    workstation text NOT NULL,
    hub_seq bigint NOT NULL UNIQUE,
    received_at timestamptz NOT NULL,
    received_by text NOT NULL,
    PRIMARY KEY (origin, seq)
);
CREATE INDEX entries_workstation ON ivig_hub.entries (workstation, hub_seq);

CREATE FUNCTION ivig_hub.accept_entry() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    body jsonb;
    content_hash text;
    expected text;
    previous record;
    registered record;
    what text := format('entry %s of origin %s (%s %s)', NEW.seq, NEW.origin, NEW.table_name, NEW.gid);
BEGIN
    PERFORM pg_advisory_xact_lock({FEED_LOCK_KEY});
    IF EXISTS (SELECT 1 FROM ivig_hub.entries e WHERE e.origin = NEW.origin AND e.seq = NEW.seq) THEN
        RETURN NULL;  -- already here: stored once (the sender compares hashes)
    END IF;
    BEGIN
        body := NEW.content::jsonb;
    EXCEPTION WHEN others THEN
        RAISE EXCEPTION 'ivig_hub: % is refused: its content is not JSON', what USING ERRCODE = 'data_exception';
    END;
    IF body->>'v' IS DISTINCT FROM '1' OR body->>'table' IS DISTINCT FROM NEW.table_name
            OR body->>'gid' IS DISTINCT FROM NEW.gid OR jsonb_typeof(body->'row') IS DISTINCT FROM 'object' THEN
        RAISE EXCEPTION 'ivig_hub: % is refused: its content does not name it', what USING ERRCODE = 'data_exception';
    END IF;
    content_hash := encode(sha256(convert_to(NEW.content, 'UTF8')), 'hex');
    expected := encode(sha256(convert_to(
        '{{"content":"' || content_hash || '","origin":"' || NEW.origin || '","prev":"' || NEW.prev
        || '","seq":' || NEW.seq || ',"v":1}}', 'UTF8')), 'hex');
    IF expected <> NEW.hash THEN
        RAISE EXCEPTION 'ivig_hub: % is refused: its hash does not match its content (changed after it was written)',
            what USING ERRCODE = 'data_exception';
    END IF;
    IF NEW.seq = 1 THEN
        IF NEW.table_name <> 'origins' OR NEW.gid <> NEW.origin THEN
            RAISE EXCEPTION 'ivig_hub: % is refused: the first entry of an origin is the origin''s own row', what
                USING ERRCODE = 'data_exception';
        END IF;
        IF NEW.prev <> COALESCE(body->'row'->>'follows_hash', '{GENESIS}') THEN
            RAISE EXCEPTION 'ivig_hub: % is refused: the origin does not link to the entry it follows', what
                USING ERRCODE = 'data_exception';
        END IF;
        NEW.workstation := body->'row'->>'workstation';
    ELSE
        SELECT e.hash, e.workstation INTO previous FROM ivig_hub.entries e
            WHERE e.origin = NEW.origin AND e.seq = NEW.seq - 1;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'ivig_hub: % is refused: entry % of its origin is not on the hub (entries arrive in order)',
                what, NEW.seq - 1 USING ERRCODE = 'data_exception';
        END IF;
        IF previous.hash <> NEW.prev THEN
            RAISE EXCEPTION 'ivig_hub: % is refused: it does not link to entry % of its origin (the chain is broken)',
                what, NEW.seq - 1 USING ERRCODE = 'data_exception';
        END IF;
        NEW.workstation := previous.workstation;
    END IF;
    SELECT w.received_by INTO registered FROM ivig_hub.workstations w WHERE w.workstation_id = NEW.workstation;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'ivig_hub: % is refused: workstation % has not joined this hub (hub connect)',
            what, NEW.workstation USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF registered.received_by <> session_user
            AND NOT pg_has_role(session_user, (SELECT nspowner FROM pg_namespace WHERE nspname = 'ivig_hub'), 'MEMBER')
            THEN
        RAISE EXCEPTION 'ivig_hub: % is refused: workstation % joined as role %, not %', what, NEW.workstation,
            registered.received_by, session_user USING ERRCODE = 'insufficient_privilege';
    END IF;
    NEW.hub_seq := nextval('ivig_hub.feed_seq');
    NEW.received_at := clock_timestamp();
    NEW.received_by := session_user;
    RETURN NEW;
END
$$;

CREATE TRIGGER entries_accept BEFORE INSERT ON ivig_hub.entries
    FOR EACH ROW EXECUTE FUNCTION ivig_hub.accept_entry();
"""

STEP = SQL + append_only_sql("entries", "the record only grows") + append_only_sql("hub", "a hub keeps its id")
