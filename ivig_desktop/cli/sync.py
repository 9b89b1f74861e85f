"""`sync`: one exchange with the hub this workstation joined (`hub connect`), and what moved.

Exit codes: 0 done (or no hub: nothing to do, said so), 1 the hub could not be reached or refused, 2 no database.
"""

from __future__ import annotations

import argparse
import sys

from ivig_desktop.cli.common import Commands, NoPassphraseError, db_option, given, passphrase_option
from ivig_desktop.paths import resolve_db_path


def register(commands: Commands) -> None:
    sync = commands.add_parser(
        "sync",
        help="exchange entries with the clinic hub once and print what moved",
        description="Send the hub every entry of this workstation it does not have, then write here every entry "
        "of the other workstations this one does not have. Safe to interrupt and to run again: nothing is lost "
        "or written twice. The desktop app does this by itself every few seconds when connected.",
    )
    db_option(sync)
    passphrase_option(sync)
    sync.set_defaults(handler=cmd_sync)


def cmd_sync(args: argparse.Namespace) -> int:
    from ivig_desktop.domain.clock import SystemClock
    from ivig_desktop.hub.errors import HubError
    from ivig_desktop.hub.sync import sync_once
    from ivig_desktop.hub.url import redact
    from ivig_desktop.store import hub_link, replica
    from ivig_desktop.store.database import StoreError, open_database

    path = resolve_db_path(args.db)
    if not path.is_file():
        print(f"ivig-desktop sync: there is no database at {path} (nothing was done).", file=sys.stderr)
        return 2
    try:
        db = open_database(path, passphrase=given("sync", args))
    except NoPassphraseError:
        return 2
    except StoreError as error:
        print(f"ivig-desktop sync: {error}", file=sys.stderr)
        return 1
    try:
        link = hub_link.current(db)
        if link is None:
            print("not connected to a hub: nothing to do (`ivig-desktop hub connect --url URL` joins one)")
            return 0
        if db.read_only_reason is not None:
            print(f"ivig-desktop sync: the database is open read-only: {db.read_only_reason}", file=sys.stderr)
            return 1
        clock = SystemClock()
        try:
            report = sync_once(db, link.url, clock.now)
        except (HubError, StoreError) as error:
            last = replica.last_pull(db)
            waiting = replica.waiting(db, last.hub if last else None)
            print(f"ivig-desktop sync: {error}", file=sys.stderr)
            print(f"hub: offline, {waiting} {'entry' if waiting == 1 else 'entries'} waiting", file=sys.stderr)
            return 1
    finally:
        db.close()
    print(f"hub {redact(link.url)}: {report.describe()}; synced {report.at.astimezone().strftime('%H:%M')}")
    return 0
