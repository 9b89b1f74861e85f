"""The clinic hub: the append-only record shared through PostgreSQL (psycopg 3).

Every workstation keeps working on its own SQLite file; the hub receives and redistributes the same append-only
rows. Imports domain and store, never Qt; the desktop app runs its exchanges in a worker thread
(ui/background.py).

- errors.py: HubError and HubUnreachableError, with messages an administrator or a nurse can act on.
- url.py: hub URLs: parsing, the password kept out of stored and printed URLs.
- connection.py: connecting (time-outs, the application name, errors in words).
- migrations/: the hub's own schema, numbered steps applied by `hub init`.
- roles.py: the workstations' group role (INSERT and SELECT only) and their login roles.
- registration.py: a workstation joining a hub.
"""
