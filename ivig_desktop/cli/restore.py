"""`restore BACKUP`: put a backup back in place of the database, with IVIG Desktop closed (store/restore.py).

The backup is verified first, and the database as it is is kept as a `before-restore` backup (its bytes as they
are when it is damaged), so nothing is lost by restoring. Refused while any IVIG Desktop has the database open.
Exit 0 restored, 1 refused or failed (nothing changed), 2 bad usage, no backup file, or no usable passphrase.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ivig_desktop.cli.common import Commands, NoPassphraseError, db_option, given, passphrase_option
from ivig_desktop.paths import resolve_db_path


def register(commands: Commands) -> None:
    restore = commands.add_parser(
        "restore",
        help="put a backup back in place of the database (IVIG Desktop closed); keeps the database as it was",
        description="Verify the backup (integrity, an IVIG Desktop database, not from a newer version, the "
        "database's passphrase), keep the database as it is as a before-restore backup (its bytes as they are "
        "when it is damaged), then replace it by the backup, encrypted like the database. Refused while any "
        "IVIG Desktop has the database open.",
    )
    restore.add_argument("backup", metavar="BACKUP", help="the backup file to restore (see the backups folder)")
    db_option(restore)
    passphrase_option(restore)
    restore.set_defaults(handler=cmd_restore)


def cmd_restore(args: argparse.Namespace) -> int:
    from ivig_desktop.store.database import PassphraseRequiredError, StoreError
    from ivig_desktop.store.restore import restore_file

    path = resolve_db_path(args.db)
    chosen = Path(args.backup).expanduser()
    if not chosen.is_file():
        print(f"ivig-desktop restore: there is no backup file {chosen} (nothing was changed).", file=sys.stderr)
        return 2
    try:
        passphrase = given("restore", args)
    except NoPassphraseError:
        return 2
    if not path.parent.is_dir():
        print(f"ivig-desktop restore: the folder {path.parent} does not exist (nothing was changed).", file=sys.stderr)
        return 2
    try:
        done = restore_file(path, chosen, passphrase=passphrase)
    except PassphraseRequiredError as error:
        print(f"ivig-desktop restore: {error} Nothing was changed.", file=sys.stderr)
        return 2
    except StoreError as error:
        print(f"ivig-desktop restore: {error}", file=sys.stderr)
        return 1
    print(f"restored: {path} from {chosen}")
    if done.before is not None:
        how = "its bytes as they were (it was damaged)" if done.before_was_damaged else "a verified copy"
        print(f"the database as it was: {done.before} ({how})")
    return 0
