"""The files IVIG Desktop keeps beside a database file, named in one place.

- `backups/`: automatic and requested backups (store/backup.py);
- `<db file>.lock`: the writer lock, held while IVIG Desktop has the database open (store/lock.py);
- `<db file>.readers`: every IVIG Desktop with the database open (read-only too) holds it shared, so that
  `ivig-desktop restore` can tell that none has (store/lock.py);
- `<db file>.sign-ins`: sign-in attempts that a read-only instance could not record in the database
  (store/sign_in_ledger.py);
- `<db file>.creating`, `<db file>.restoring`: a new database, or a restored one, being made (store/database.py,
  store/restore.py); a leftover is removed by the next attempt.
"""

from __future__ import annotations

from pathlib import Path

BACKUP_DIR_NAME = "backups"


def backup_dir_for(db_path: Path) -> Path:
    """The folder of automatic backups: `backups/` beside the database file."""
    return Path(db_path).parent / BACKUP_DIR_NAME
