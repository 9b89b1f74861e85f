-- index clinic_settings_key
CREATE INDEX clinic_settings_key ON clinic_settings(key, id);

-- index events_amends
CREATE INDEX events_amends ON events(amends) WHERE amends IS NOT NULL;

-- index events_session_seq
CREATE INDEX events_session_seq ON events(session_id, seq);

-- index events_type
CREATE INDEX events_type ON events(type);

-- index events_vial_lot
CREATE INDEX events_vial_lot ON events(upper(json_extract(payload, '$.lot'))) WHERE type = 'vial_recorded';

-- index events_vial_serial
CREATE INDEX events_vial_serial
           ON events (json_extract(payload, '$.gtin'), json_extract(payload, '$.serial'))
           WHERE type = 'vial_recorded';

-- index events_vial_serial_corrected
CREATE INDEX events_vial_serial_corrected
           ON events (json_extract(payload, '$.replacement.gtin'), json_extract(payload, '$.replacement.serial'))
           WHERE type = 'amendment';

-- index hub_pulls_hub
CREATE INDEX hub_pulls_hub ON hub_pulls(hub, cursor);

-- index hub_pushes_origin
CREATE INDEX hub_pushes_origin ON hub_pushes(hub, origin, seq);

-- index idx__sqlite_migrations_migration_set_name
CREATE UNIQUE INDEX "idx__sqlite_migrations_migration_set_name"
    ON "_sqlite_migrations" ("migration_set", "name");

-- index nurse_access_nurse
CREATE INDEX nurse_access_nurse ON nurse_access(nurse_id, id);

-- index nurse_amendments_nurse
CREATE INDEX nurse_amendments_nurse ON nurse_amendments(nurse_id, id);

-- index nurse_keys_nurse
CREATE INDEX nurse_keys_nurse ON nurse_keys(nurse_id);

-- index nurse_secrets_nurse
CREATE INDEX nurse_secrets_nurse ON nurse_secrets(nurse_id);

-- index patient_amendments_mrn
CREATE INDEX patient_amendments_mrn ON patient_amendments(mrn) WHERE mrn IS NOT NULL;

-- index patient_amendments_patient
CREATE INDEX patient_amendments_patient ON patient_amendments(patient_id, id);

-- index patient_links_other
CREATE INDEX patient_links_other ON patient_links(other_patient_id);

-- index patient_links_patient
CREATE INDEX patient_links_patient ON patient_links(patient_id);

-- index patients_mrn
CREATE INDEX patients_mrn ON patients(mrn) WHERE mrn IS NOT NULL;

-- index patients_name
CREATE INDEX patients_name ON patients(family_name COLLATE NOCASE, given_name COLLATE NOCASE);

-- index record_chain_scope
CREATE INDEX record_chain_scope ON record_chain(scope) WHERE scope IS NOT NULL;

-- index regimens_patient_version
CREATE INDEX regimens_patient_version ON regimens(patient_id, version);

-- index sessions_opened_at
CREATE INDEX sessions_opened_at ON sessions(opened_at);

-- index sessions_patient
CREATE INDEX sessions_patient ON sessions(patient_id);

-- index sign_in_attempts_nurse
CREATE INDEX sign_in_attempts_nurse ON sign_in_attempts(nurse_id, at);

-- index sign_in_attempts_outcome
CREATE INDEX sign_in_attempts_outcome ON sign_in_attempts(nurse_id, succeeded, at);

-- table _sqlite_migrations
CREATE TABLE "_sqlite_migrations" (
   "id" INTEGER PRIMARY KEY,
   "migration_set" TEXT,
   "name" TEXT,
   "applied_at" TEXT
);

-- table clinic_settings
CREATE TABLE clinic_settings (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL CHECK (
                key IN ('name', 'address', 'time_zone', 'mrn_system', 'staff_id_system', 'training')
            ),
            value TEXT NOT NULL,
            recorded_at TEXT NOT NULL,
            source TEXT NOT NULL CHECK (source IN ('clinic.toml', 'this computer', 'training mode'))
        );

-- table events
CREATE TABLE "events" (
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES sessions(id),
            seq INTEGER NOT NULL CHECK (seq > 0),
            type TEXT NOT NULL,
            occurred_at TEXT NOT NULL,
            recorded_at TEXT NOT NULL,
            nurse_id INTEGER NOT NULL REFERENCES nurses(id),
            payload TEXT NOT NULL CHECK (json_valid(payload) AND json_type(payload) = 'object'),
            amends INTEGER REFERENCES events(id)
        );

-- table hub_applying
CREATE TABLE hub_applying (id INTEGER PRIMARY KEY);

-- table hub_links
CREATE TABLE hub_links (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            url TEXT CHECK (url IS NULL OR url LIKE 'postgres%://%'),
            workstation_name TEXT CHECK (workstation_name IS NULL OR length(trim(workstation_name)) > 0),
            CHECK ((url IS NULL) = (workstation_name IS NULL))
        );

-- table hub_origins
CREATE TABLE hub_origins (
            id INTEGER PRIMARY KEY,
            origin TEXT NOT NULL UNIQUE CHECK (length(origin) = 36),
            workstation TEXT NOT NULL CHECK (length(workstation) BETWEEN 1 AND 64)
        );

-- table hub_pulls
CREATE TABLE hub_pulls (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            hub TEXT NOT NULL,
            cursor INTEGER NOT NULL CHECK (cursor >= 0),
            last_gid TEXT,
            rows INTEGER NOT NULL CHECK (rows >= 0)
        );

-- table hub_pushes
CREATE TABLE hub_pushes (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            hub TEXT NOT NULL,
            origin TEXT NOT NULL,
            seq INTEGER NOT NULL CHECK (seq > 0)
        );

-- table hub_workstations
CREATE TABLE hub_workstations (
            id INTEGER PRIMARY KEY,
            workstation TEXT NOT NULL UNIQUE CHECK (length(workstation) BETWEEN 1 AND 64),
            name TEXT NOT NULL
        );

-- table nurse_access
CREATE TABLE nurse_access (
            id INTEGER PRIMARY KEY,
            nurse_id INTEGER NOT NULL REFERENCES nurses(id),
            role TEXT NOT NULL CHECK (role IN ('nurse', 'administrator')),
            active INTEGER NOT NULL CHECK (active IN (0, 1)),
            at TEXT NOT NULL,
            by_nurse_id INTEGER REFERENCES nurses(id),
            reason TEXT NOT NULL CHECK (length(trim(reason)) > 0)
        );

-- table nurse_amendments
CREATE TABLE nurse_amendments (
            id INTEGER PRIMARY KEY,
            nurse_id INTEGER NOT NULL REFERENCES nurses(id),
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            credentials TEXT NOT NULL,
            staff_id TEXT CHECK (staff_id IS NULL OR length(staff_id) > 0),
            amended_at TEXT NOT NULL,
            amended_by INTEGER NOT NULL REFERENCES nurses(id),
            reason TEXT NOT NULL CHECK (length(trim(reason)) > 0)
        );

-- table nurse_keys
CREATE TABLE nurse_keys (
            id INTEGER PRIMARY KEY,
            nurse_id INTEGER NOT NULL REFERENCES nurses(id),
            created_at TEXT NOT NULL,
            reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
            algorithm TEXT NOT NULL CHECK (algorithm = 'ed25519'),
            public_key TEXT NOT NULL,
            sealed_private_key TEXT NOT NULL CHECK (json_valid(sealed_private_key))
        );

-- table nurse_secrets
CREATE TABLE nurse_secrets (
            id INTEGER PRIMARY KEY,
            nurse_id INTEGER NOT NULL REFERENCES nurses(id),
            created_at TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('password', 'pin')),
            hash TEXT NOT NULL CHECK (hash LIKE '$argon2%')
        );

-- table nurses
CREATE TABLE nurses (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            credentials TEXT NOT NULL,
            created_at TEXT NOT NULL
        , staff_id TEXT CHECK (staff_id IS NULL OR length(staff_id) > 0));

-- table open_sessions
CREATE TABLE open_sessions (session_id INTEGER PRIMARY KEY REFERENCES sessions(id));

-- table origins
CREATE TABLE origins (
            id INTEGER PRIMARY KEY,
            origin TEXT NOT NULL UNIQUE CHECK (length(origin) = 36),
            workstation TEXT NOT NULL CHECK (length(workstation) = 36),
            created_at TEXT NOT NULL,
            reason TEXT NOT NULL CHECK (reason IN ('new', 'upgrade', 'restore', 'lost', 'mismatch')),
            detail TEXT NOT NULL CHECK (json_valid(detail) AND json_type(detail) = 'object'),
            follows_origin TEXT,
            follows_seq INTEGER,
            follows_hash TEXT
        );

-- table patient_amendments
CREATE TABLE patient_amendments (
            id INTEGER PRIMARY KEY,
            patient_id INTEGER NOT NULL REFERENCES patients(id),
            family_name TEXT NOT NULL CHECK (length(trim(family_name)) > 0),
            given_name TEXT NOT NULL CHECK (length(trim(given_name)) > 0),
            date_of_birth TEXT NOT NULL,
            mrn TEXT,
            sex TEXT NOT NULL CHECK (sex IN ('F', 'M', 'U')),
            height_cm TEXT,
            allergies TEXT NOT NULL,
            amended_at TEXT NOT NULL,
            amended_by INTEGER NOT NULL REFERENCES nurses(id),
            reason TEXT NOT NULL CHECK (length(trim(reason)) > 0)
        );

-- table patient_links
CREATE TABLE patient_links (
            id INTEGER PRIMARY KEY,
            patient_id INTEGER NOT NULL REFERENCES patients(id),
            other_patient_id INTEGER NOT NULL REFERENCES patients(id) CHECK (other_patient_id <> patient_id),
            same_person INTEGER NOT NULL CHECK (same_person IN (0, 1)),
            reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
            created_at TEXT NOT NULL,
            created_by INTEGER NOT NULL REFERENCES nurses(id)
        );

-- table patients
CREATE TABLE patients (
            id INTEGER PRIMARY KEY,
            family_name TEXT NOT NULL CHECK (length(trim(family_name)) > 0),
            given_name TEXT NOT NULL CHECK (length(trim(given_name)) > 0),
            date_of_birth TEXT NOT NULL,
            mrn TEXT,
            sex TEXT NOT NULL CHECK (sex IN ('F', 'M', 'U')),
            height_cm TEXT,
            weight_kg TEXT NOT NULL,
            allergies TEXT NOT NULL,
            created_at TEXT NOT NULL,
            created_by INTEGER NOT NULL REFERENCES nurses(id)
        );

-- table record_chain
CREATE TABLE record_chain (
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
        );

-- table regimens
CREATE TABLE "regimens" (
            id INTEGER PRIMARY KEY,
            patient_id INTEGER NOT NULL REFERENCES patients(id),
            version INTEGER NOT NULL CHECK (version > 0),
            created_at TEXT NOT NULL,
            created_by INTEGER NOT NULL REFERENCES nurses(id),
            reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
            payload TEXT NOT NULL CHECK (json_valid(payload) AND json_type(payload) = 'object')
        );

-- table sessions
CREATE TABLE sessions (
            id INTEGER PRIMARY KEY,
            patient_id INTEGER NOT NULL REFERENCES patients(id),
            location TEXT NOT NULL CHECK (length(trim(location)) > 0),
            opened_at TEXT NOT NULL,
            opened_by INTEGER NOT NULL REFERENCES nurses(id)
        );

-- table sign_in_attempts
CREATE TABLE sign_in_attempts (
            id INTEGER PRIMARY KEY,
            nurse_id INTEGER NOT NULL REFERENCES nurses(id),
            at TEXT NOT NULL,
            succeeded INTEGER NOT NULL CHECK (succeeded IN (0, 1)),
            purpose TEXT NOT NULL DEFAULT 'sign_in'
        );

-- trigger _sqlite_migrations_no_delete
CREATE TRIGGER _sqlite_migrations_no_delete BEFORE DELETE ON _sqlite_migrations BEGIN SELECT RAISE(ABORT, '_sqlite_migrations are append-only: a migration, once applied, stays recorded'); END;

-- trigger _sqlite_migrations_no_update
CREATE TRIGGER _sqlite_migrations_no_update BEFORE UPDATE ON _sqlite_migrations BEGIN SELECT RAISE(ABORT, '_sqlite_migrations are append-only: a migration, once applied, stays recorded'); END;

-- trigger clinic_settings_no_delete
CREATE TRIGGER clinic_settings_no_delete BEFORE DELETE ON clinic_settings BEGIN SELECT RAISE(ABORT, 'clinic_settings are append-only: a change of setting is a new row'); END;

-- trigger clinic_settings_no_update
CREATE TRIGGER clinic_settings_no_update BEFORE UPDATE ON clinic_settings BEGIN SELECT RAISE(ABORT, 'clinic_settings are append-only: a change of setting is a new row'); END;

-- trigger events_amend_same_session
CREATE TRIGGER events_amend_same_session BEFORE INSERT ON events
        WHEN NEW.amends IS NOT NULL
            AND (SELECT session_id FROM events WHERE id = NEW.amends) IS NOT NEW.session_id
        BEGIN SELECT RAISE(ABORT, 'events: an amendment must name an event of the same session'); END;

-- trigger events_in_order
CREATE TRIGGER events_in_order BEFORE INSERT ON events
        WHEN NEW.seq IS NOT (SELECT COALESCE(MAX(seq), 0) + 1 FROM events WHERE session_id = NEW.session_id)
            AND NOT EXISTS (SELECT 1 FROM hub_applying)
        BEGIN SELECT RAISE(ABORT, 'events: seq must follow the last event of its session'); END;

-- trigger events_no_delete
CREATE TRIGGER events_no_delete BEFORE DELETE ON events BEGIN SELECT RAISE(ABORT, 'events are append-only: record a correction as an amendment event that names the original'); END;

-- trigger events_no_update
CREATE TRIGGER events_no_update BEFORE UPDATE ON events BEGIN SELECT RAISE(ABORT, 'events are append-only: record a correction as an amendment event that names the original'); END;

-- trigger events_signed_off_closes
CREATE TRIGGER events_signed_off_closes AFTER INSERT ON events WHEN NEW.type = 'signed_off'
        BEGIN DELETE FROM open_sessions WHERE session_id = NEW.session_id; END;

-- trigger hub_links_no_delete
CREATE TRIGGER hub_links_no_delete BEFORE DELETE ON hub_links BEGIN SELECT RAISE(ABORT, 'hub_links are append-only: connect or disconnect again instead'); END;

-- trigger hub_links_no_update
CREATE TRIGGER hub_links_no_update BEFORE UPDATE ON hub_links BEGIN SELECT RAISE(ABORT, 'hub_links are append-only: connect or disconnect again instead'); END;

-- trigger hub_origins_no_delete
CREATE TRIGGER hub_origins_no_delete BEFORE DELETE ON hub_origins BEGIN SELECT RAISE(ABORT, 'hub_origins are append-only: an origin belongs to one workstation'); END;

-- trigger hub_origins_no_update
CREATE TRIGGER hub_origins_no_update BEFORE UPDATE ON hub_origins BEGIN SELECT RAISE(ABORT, 'hub_origins are append-only: an origin belongs to one workstation'); END;

-- trigger hub_pulls_no_delete
CREATE TRIGGER hub_pulls_no_delete BEFORE DELETE ON hub_pulls BEGIN SELECT RAISE(ABORT, 'hub_pulls are append-only: each pull is recorded'); END;

-- trigger hub_pulls_no_update
CREATE TRIGGER hub_pulls_no_update BEFORE UPDATE ON hub_pulls BEGIN SELECT RAISE(ABORT, 'hub_pulls are append-only: each pull is recorded'); END;

-- trigger hub_pushes_no_delete
CREATE TRIGGER hub_pushes_no_delete BEFORE DELETE ON hub_pushes BEGIN SELECT RAISE(ABORT, 'hub_pushes are append-only: each acknowledgement is recorded'); END;

-- trigger hub_pushes_no_update
CREATE TRIGGER hub_pushes_no_update BEFORE UPDATE ON hub_pushes BEGIN SELECT RAISE(ABORT, 'hub_pushes are append-only: each acknowledgement is recorded'); END;

-- trigger hub_workstations_no_delete
CREATE TRIGGER hub_workstations_no_delete BEFORE DELETE ON hub_workstations BEGIN SELECT RAISE(ABORT, 'hub_workstations are append-only: a workstation joins once'); END;

-- trigger hub_workstations_no_update
CREATE TRIGGER hub_workstations_no_update BEFORE UPDATE ON hub_workstations BEGIN SELECT RAISE(ABORT, 'hub_workstations are append-only: a workstation joins once'); END;

-- trigger nurse_access_authorised
CREATE TRIGGER nurse_access_authorised BEFORE INSERT ON nurse_access
        WHEN NEW.by_nurse_id IS NULL AND NOT EXISTS (SELECT 1 FROM hub_applying) AND (SELECT COUNT(*) FROM nurses) > 1
        BEGIN SELECT RAISE(ABORT, 'nurse_access: only the first profile needs no authorisation'); END;

-- trigger nurse_access_no_delete
CREATE TRIGGER nurse_access_no_delete BEFORE DELETE ON nurse_access BEGIN SELECT RAISE(ABORT, 'nurse_access are append-only: record a new change of access instead'); END;

-- trigger nurse_access_no_update
CREATE TRIGGER nurse_access_no_update BEFORE UPDATE ON nurse_access BEGIN SELECT RAISE(ABORT, 'nurse_access are append-only: record a new change of access instead'); END;

-- trigger nurse_amendments_no_delete
CREATE TRIGGER nurse_amendments_no_delete BEFORE DELETE ON nurse_amendments BEGIN SELECT RAISE(ABORT, 'nurse_amendments are append-only: record a new correction instead'); END;

-- trigger nurse_amendments_no_update
CREATE TRIGGER nurse_amendments_no_update BEFORE UPDATE ON nurse_amendments BEGIN SELECT RAISE(ABORT, 'nurse_amendments are append-only: record a new correction instead'); END;

-- trigger nurse_keys_no_delete
CREATE TRIGGER nurse_keys_no_delete BEFORE DELETE ON nurse_keys BEGIN SELECT RAISE(ABORT, 'nurse_keys are append-only: a new key, or the key sealed again, is a new row'); END;

-- trigger nurse_keys_no_update
CREATE TRIGGER nurse_keys_no_update BEFORE UPDATE ON nurse_keys BEGIN SELECT RAISE(ABORT, 'nurse_keys are append-only: a new key, or the key sealed again, is a new row'); END;

-- trigger nurse_secrets_no_delete
CREATE TRIGGER nurse_secrets_no_delete BEFORE DELETE ON nurse_secrets BEGIN SELECT RAISE(ABORT, 'nurse_secrets are append-only: set a new password or PIN instead'); END;

-- trigger nurse_secrets_no_update
CREATE TRIGGER nurse_secrets_no_update BEFORE UPDATE ON nurse_secrets BEGIN SELECT RAISE(ABORT, 'nurse_secrets are append-only: set a new password or PIN instead'); END;

-- trigger nurses_no_delete
CREATE TRIGGER nurses_no_delete BEFORE DELETE ON nurses BEGIN SELECT RAISE(ABORT, 'nurses are append-only: add a new profile instead'); END;

-- trigger nurses_no_update
CREATE TRIGGER nurses_no_update BEFORE UPDATE ON nurses BEGIN SELECT RAISE(ABORT, 'nurses are append-only: add a new profile instead'); END;

-- trigger origins_no_delete
CREATE TRIGGER origins_no_delete BEFORE DELETE ON origins BEGIN SELECT RAISE(ABORT, 'origins are append-only: a new origin is a new row'); END;

-- trigger origins_no_update
CREATE TRIGGER origins_no_update BEFORE UPDATE ON origins BEGIN SELECT RAISE(ABORT, 'origins are append-only: a new origin is a new row'); END;

-- trigger patient_amendments_mrn_unique
CREATE TRIGGER patient_amendments_mrn_unique BEFORE INSERT ON patient_amendments
        WHEN NEW.mrn IS NOT NULL AND NOT EXISTS (SELECT 1 FROM hub_applying) AND (
    EXISTS (SELECT 1 FROM patients p WHERE p.mrn = NEW.mrn AND p.id <> NEW.patient_id
            AND NOT EXISTS (SELECT 1 FROM patient_amendments x WHERE x.patient_id = p.id))
    OR EXISTS (SELECT 1 FROM patient_amendments a WHERE a.mrn = NEW.mrn AND a.patient_id <> NEW.patient_id
            AND a.id = (SELECT MAX(id) FROM patient_amendments WHERE patient_id = a.patient_id))
)
        BEGIN SELECT RAISE(ABORT, 'patients.mrn: another patient has this MRN'); END;

-- trigger patient_amendments_no_delete
CREATE TRIGGER patient_amendments_no_delete BEFORE DELETE ON patient_amendments BEGIN SELECT RAISE(ABORT, 'patient_amendments are append-only: record a new correction instead'); END;

-- trigger patient_amendments_no_update
CREATE TRIGGER patient_amendments_no_update BEFORE UPDATE ON patient_amendments BEGIN SELECT RAISE(ABORT, 'patient_amendments are append-only: record a new correction instead'); END;

-- trigger patient_links_no_delete
CREATE TRIGGER patient_links_no_delete BEFORE DELETE ON patient_links BEGIN SELECT RAISE(ABORT, 'patient_links are append-only: link again with the right answer and a reason'); END;

-- trigger patient_links_no_update
CREATE TRIGGER patient_links_no_update BEFORE UPDATE ON patient_links BEGIN SELECT RAISE(ABORT, 'patient_links are append-only: link again with the right answer and a reason'); END;

-- trigger patients_mrn_unique
CREATE TRIGGER patients_mrn_unique BEFORE INSERT ON patients
        WHEN NEW.mrn IS NOT NULL AND NOT EXISTS (SELECT 1 FROM hub_applying) AND (
    EXISTS (SELECT 1 FROM patients p WHERE p.mrn = NEW.mrn 
            AND NOT EXISTS (SELECT 1 FROM patient_amendments x WHERE x.patient_id = p.id))
    OR EXISTS (SELECT 1 FROM patient_amendments a WHERE a.mrn = NEW.mrn 
            AND a.id = (SELECT MAX(id) FROM patient_amendments WHERE patient_id = a.patient_id))
)
        BEGIN SELECT RAISE(ABORT, 'patients.mrn: another patient has this MRN'); END;

-- trigger patients_no_delete
CREATE TRIGGER patients_no_delete BEFORE DELETE ON patients BEGIN SELECT RAISE(ABORT, 'patients are append-only: record a correction as a new entry'); END;

-- trigger patients_no_update
CREATE TRIGGER patients_no_update BEFORE UPDATE ON patients BEGIN SELECT RAISE(ABORT, 'patients are append-only: record a correction as a new entry'); END;

-- trigger record_chain_no_delete
CREATE TRIGGER record_chain_no_delete BEFORE DELETE ON record_chain BEGIN SELECT RAISE(ABORT, 'record_chain are append-only: the chain only grows'); END;

-- trigger record_chain_no_update
CREATE TRIGGER record_chain_no_update BEFORE UPDATE ON record_chain BEGIN SELECT RAISE(ABORT, 'record_chain are append-only: the chain only grows'); END;

-- trigger regimens_in_order
CREATE TRIGGER regimens_in_order BEFORE INSERT ON regimens
        WHEN NEW.version IS NOT (SELECT COALESCE(MAX(version), 0) + 1 FROM regimens WHERE patient_id = NEW.patient_id)
            AND NOT EXISTS (SELECT 1 FROM hub_applying)
        BEGIN SELECT RAISE(ABORT, 'regimens: version must follow the last version of the patient'); END;

-- trigger regimens_no_delete
CREATE TRIGGER regimens_no_delete BEFORE DELETE ON regimens BEGIN SELECT RAISE(ABORT, 'regimens are append-only: save a new version with a reason instead'); END;

-- trigger regimens_no_update
CREATE TRIGGER regimens_no_update BEFORE UPDATE ON regimens BEGIN SELECT RAISE(ABORT, 'regimens are append-only: save a new version with a reason instead'); END;

-- trigger sessions_no_delete
CREATE TRIGGER sessions_no_delete BEFORE DELETE ON sessions BEGIN SELECT RAISE(ABORT, 'sessions are append-only: record what happened as a new event'); END;

-- trigger sessions_no_update
CREATE TRIGGER sessions_no_update BEFORE UPDATE ON sessions BEGIN SELECT RAISE(ABORT, 'sessions are append-only: record what happened as a new event'); END;

-- trigger sessions_open
CREATE TRIGGER sessions_open AFTER INSERT ON sessions
        BEGIN INSERT INTO open_sessions (session_id) VALUES (NEW.id); END;

-- trigger sign_in_attempts_no_delete
CREATE TRIGGER sign_in_attempts_no_delete BEFORE DELETE ON sign_in_attempts BEGIN SELECT RAISE(ABORT, 'sign_in_attempts are append-only: every attempt is kept'); END;

-- trigger sign_in_attempts_no_update
CREATE TRIGGER sign_in_attempts_no_update BEFORE UPDATE ON sign_in_attempts BEGIN SELECT RAISE(ABORT, 'sign_in_attempts are append-only: every attempt is kept'); END;

-- view nurses_current
CREATE VIEW nurses_current AS
        SELECT n.id AS id,
               CASE WHEN a.id IS NULL THEN n.name ELSE a.name END AS name,
               CASE WHEN a.id IS NULL THEN n.credentials ELSE a.credentials END AS credentials,
               CASE WHEN a.id IS NULL THEN n.staff_id ELSE a.staff_id END AS staff_id,
               n.created_at AS created_at,
               a.id AS amendment_id
        FROM nurses n
        LEFT JOIN nurse_amendments a ON a.id = (SELECT MAX(id) FROM nurse_amendments WHERE nurse_id = n.id);

-- view patients_current
CREATE VIEW patients_current AS
        SELECT p.id AS id,
               CASE WHEN a.id IS NULL THEN p.family_name ELSE a.family_name END AS family_name,
               CASE WHEN a.id IS NULL THEN p.given_name ELSE a.given_name END AS given_name,
               CASE WHEN a.id IS NULL THEN p.date_of_birth ELSE a.date_of_birth END AS date_of_birth,
               CASE WHEN a.id IS NULL THEN p.mrn ELSE a.mrn END AS mrn,
               CASE WHEN a.id IS NULL THEN p.sex ELSE a.sex END AS sex,
               CASE WHEN a.id IS NULL THEN p.height_cm ELSE a.height_cm END AS height_cm,
               p.weight_kg AS weight_kg,
               CASE WHEN a.id IS NULL THEN p.allergies ELSE a.allergies END AS allergies,
               p.created_at AS created_at,
               p.created_by AS created_by,
               a.id AS amendment_id
        FROM patients p
        LEFT JOIN patient_amendments a ON a.id = (SELECT MAX(id) FROM patient_amendments WHERE patient_id = p.id);
