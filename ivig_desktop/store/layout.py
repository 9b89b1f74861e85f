"""The files IVIG Desktop keeps beside a database file, named in one place.

- `backups/`: automatic and requested backups (store/backup.py);
- `<db file>.lock`: the writer lock, held while IVIG Desktop has the database open (store/lock.py).
"""

from __future__ import annotations

from pathlib import Path

BACKUP_DIR_NAME = "backups"


def backup_dir_for(db_path: Path) -> Path:
    """The folder of automatic backups: `backups/` beside the database file."""
    return Path(db_path).parent / BACKUP_DIR_NAME
