"""`hub init`, `hub connect`, `hub disconnect`, `hub status`: the clinic hub (PostgreSQL) and a workstation's link.

`hub init --url ADMIN_URL` (an administrator, once per hub and after each upgrade of the app) creates or upgrades
the hub's schema and the workstations' role; with `--login NAME` it also makes a login role for workstations
(its password from `--login-password-file`, else asked twice on a terminal), which reaches the server only as a
SCRAM verifier. `hub connect --url URL` (on each workstation) joins the hub as this workstation and stores the URL,
without any password, with the local database; `hub disconnect` stops syncing (the record stays as it is).
The password of a workstation's role comes from libpq's password file (`~/.pgpass`, or PGPASSFILE, or
`?passfile=PATH` in the URL) or PGPASSWORD, never from the database.

Exit codes: 0 done, 1 the hub or the database refused or could not be reached, 2 bad usage or bad input.
"""

from __future__ import annotations

import argparse
import getpass
import socket
import sys
from pathlib import Path

from ivig_desktop.cli.common import Commands, NoPassphraseError, bad_input, db_option, given, passphrase_option
from ivig_desktop.paths import resolve_db_path


def register(commands: Commands) -> None:
    hub = commands.add_parser(
        "hub",
        help="set up a clinic hub (PostgreSQL) and join this workstation to it",
        description="The clinic hub shares the record between workstations. An administrator runs `hub init` "
        "once; each workstation runs `hub connect`. See the administrator guide.",
    )
    actions = hub.add_subparsers(dest="hub_command", metavar="ACTION", required=True)

    init = actions.add_parser(
        "init",
        help="create or upgrade the hub's schema and the workstations' role (administrator)",
        description="Create or upgrade the hub's schema in the database the URL names, as the role the URL names "
        "(the hub's owner: it needs the right to create schemas and roles). Workstations get a group role that "
        "may INSERT and SELECT, never UPDATE or DELETE. Safe to run again: it upgrades, or says it is up to date.",
    )
    init.add_argument("--url", required=True, help="postgresql://ADMIN@HOST/DATABASE?sslmode=verify-full")
    init.add_argument(
        "--role", default=None, metavar="NAME", help="the workstations' group role (default: ivig_workstation)"
    )
    init.add_argument(
        "--login",
        metavar="NAME",
        help="also create (or give a new password to) a login role for workstations, member of the group role",
    )
    init.add_argument(
        "--login-password-file",
        metavar="PATH",
        help="file whose first line is the login role's password (default: asked twice on the terminal)",
    )
    init.set_defaults(handler=cmd_init)

    connect = actions.add_parser(
        "connect",
        help="join this workstation to a hub and sync with it from now on",
        description="Register this workstation with the hub and store the hub's URL with the database. The URL "
        "must not hold a password: put it in ~/.pgpass (or the file PGPASSFILE names). Use sslmode=verify-full.",
    )
    connect.add_argument("--url", required=True, help="postgresql://ROLE@HOST/DATABASE?sslmode=verify-full")
    connect.add_argument(
        "--name", help="this workstation's name as the others see it (default: the machine's host name)"
    )
    db_option(connect)
    passphrase_option(connect)
    connect.set_defaults(handler=cmd_connect)

    disconnect = actions.add_parser(
        "disconnect",
        help="stop syncing with the hub (the record stays as it is)",
        description="Stop syncing: the workstation works alone from now on. Nothing is removed, here or on the hub.",
    )
    db_option(disconnect)
    passphrase_option(disconnect)
    disconnect.set_defaults(handler=cmd_disconnect)

    status = actions.add_parser("status", help="which hub this workstation syncs with")
    db_option(status)
    passphrase_option(status)
    status.set_defaults(handler=cmd_status)


def _warn(command: str, message: str) -> None:
    print(f"ivig-desktop hub {command}: warning: {message}", file=sys.stderr)


def _fail(command: str, message: object) -> int:
    print(f"ivig-desktop hub {command}: {message}", file=sys.stderr)
    return 1


def cmd_init(args: argparse.Namespace) -> int:
    from ivig_desktop.hub import migrations, roles
    from ivig_desktop.hub.connection import connect
    from ivig_desktop.hub.errors import HubError
    from ivig_desktop.hub.url import conninfo, redact, transport_warning

    group = args.role or roles.DEFAULT_GROUP_ROLE
    try:
        conninfo(args.url)
        roles.check_role_name(group)
        if args.login:
            roles.check_role_name(args.login)
    except HubError as error:
        return bad_input("hub init", str(error))
    password = None
    if args.login:
        try:
            password = _login_password(args)
        except ValueError as error:
            return bad_input("hub init", str(error))
    warning = transport_warning(args.url)
    if warning:
        _warn("init", warning)
    try:
        with connect(args.url) as conn:
            result = migrations.migrate(conn, group)
            created_login = None
            if args.login and password is not None:
                with conn.transaction():
                    created_login = roles.set_login(conn, args.login, password, group)
    except HubError as error:
        return _fail("init", error)
    where = redact(args.url)
    if result.before == 0:
        print(f"hub created: {where} (schema version {result.after})")
    elif result.before < result.after:
        print(f"hub upgraded: {where} (schema version {result.before} -> {result.after})")
    else:
        print(f"hub up to date: {where} (schema version {result.after})")
    made = "created" if result.group_role_created else "already there"
    print(f"workstations' role: {group} ({made}; may INSERT and SELECT, never UPDATE or DELETE)")
    if args.login:
        what = "created" if created_login else "given a new password"
        print(f"login role: {args.login} ({what}; member of {group})")
        print(
            "next, on each workstation (with the password in ~/.pgpass): ivig-desktop hub connect --url "
            f"'postgresql://{args.login}@HOST/DATABASE?sslmode=verify-full&sslrootcert=CA.crt'"
        )
    return 0


def _login_password(args: argparse.Namespace) -> str:
    from ivig_desktop.passphrase import PassphraseSourceError, read_passphrase_file

    if args.login_password_file:
        try:
            return read_passphrase_file(Path(args.login_password_file))
        except PassphraseSourceError as error:
            raise ValueError(str(error).replace("passphrase", "password")) from None
    if not sys.stdin.isatty():
        raise ValueError("give the login role's password with --login-password-file PATH (no terminal to ask on)")
    first = getpass.getpass(f"Password for the login role {args.login}: ")
    if getpass.getpass("The same password again: ") != first:
        raise ValueError("the two passwords differ (nothing was changed)")
    return first


def cmd_connect(args: argparse.Namespace) -> int:
    from ivig_desktop.domain.clock import SystemClock
    from ivig_desktop.hub.connection import connect
    from ivig_desktop.hub.errors import HubError
    from ivig_desktop.hub.registration import register
    from ivig_desktop.hub.url import has_password, redact, transport_warning
    from ivig_desktop.store import hub_link
    from ivig_desktop.store.database import StoreError, open_database

    try:
        if has_password(args.url):
            return bad_input(
                "hub connect",
                "the URL holds a password, and the URL is stored with the database: put the password in the "
                "password file instead (~/.pgpass, or the file PGPASSFILE names; one line "
                "HOST:PORT:DATABASE:ROLE:PASSWORD, readable by its owner only) and give the URL without it",
            )
    except HubError as error:
        return bad_input("hub connect", str(error))
    name = " ".join((args.name if args.name is not None else socket.gethostname()).split())
    if not name:
        return bad_input("hub connect", "give this workstation a name with --name (for example 'Front desk')")
    path = resolve_db_path(args.db)
    if not path.parent.is_dir():
        return bad_input("hub connect", f"there is no folder {path.parent} for the database")
    try:
        passphrase = given("hub connect", args)
    except NoPassphraseError:
        return 2
    warning = transport_warning(args.url)
    if warning:
        _warn("connect", warning)
    try:
        db = open_database(path, passphrase=passphrase)
    except StoreError as error:
        return _fail("connect", error)
    try:
        if db.read_only_reason is not None:
            return _fail("connect", f"the database is open read-only: {db.read_only_reason}")
        origin = hub_link.workstation_id(db)
        with connect(args.url) as conn:
            registration = register(conn, origin, name)
        hub_link.connect(db, args.url, registration.name, SystemClock().now())
    except (HubError, StoreError) as error:
        return _fail("connect", error)
    finally:
        db.close()
    joined = "joined" if registration.new else "already registered with"
    print(f"{joined} the hub {redact(args.url)} as {registration.name!r} (workstation {origin})")
    print("this workstation now syncs with the hub: `ivig-desktop sync`, or the app does it in the background")
    return 0


def cmd_disconnect(args: argparse.Namespace) -> int:
    from ivig_desktop.domain.clock import SystemClock
    from ivig_desktop.hub.url import redact
    from ivig_desktop.store import hub_link
    from ivig_desktop.store.database import StoreError, open_database

    path = resolve_db_path(args.db)
    if not path.is_file():
        return bad_input("hub disconnect", f"there is no database at {path}")
    try:
        db = open_database(path, passphrase=given("hub disconnect", args))
    except NoPassphraseError:
        return 2
    except StoreError as error:
        return _fail("disconnect", error)
    try:
        link = hub_link.current(db)
        if link is None:
            print("not connected to a hub (nothing was changed)")
            return 0
        hub_link.disconnect(db, SystemClock().now())
    except StoreError as error:
        return _fail("disconnect", error)
    finally:
        db.close()
    print(f"disconnected from the hub {redact(link.url)}: this workstation works alone from now on")
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    from ivig_desktop.hub.url import redact
    from ivig_desktop.store import hub_link
    from ivig_desktop.store.database import StoreError
    from ivig_desktop.store.readonly import open_read_only

    path = resolve_db_path(args.db)
    try:
        db = open_read_only(path, given("hub status", args))
    except NoPassphraseError:
        return 2
    except StoreError as error:
        return bad_input("hub status", str(error))
    try:
        link = hub_link.current(db)
    finally:
        db.close()
    if link is None:
        print("not connected to a hub: this workstation works alone")
        return 0
    since = link.since.astimezone().strftime("%Y-%m-%d %H:%M")
    print(f"connected to the hub {redact(link.url)} as {link.workstation_name!r} since {since}")
    return 0
