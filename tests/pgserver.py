"""A real, throwaway PostgreSQL server for the hub's tests and benchmarks (never a mock).

`PgServer.start()` runs `initdb` in a fresh temporary folder, writes a throwaway certificate authority and a
server certificate for `localhost`/127.0.0.1 (so clients can connect with `sslmode=verify-full`), and starts the
server on a free localhost port and on a Unix socket in that folder. `stop()` removes everything.

PostgreSQL refuses to run as root, and sessions and CI run as root: then `initdb` and `pg_ctl` run as the
`postgres` user (`runuser -u postgres --`) in a folder chowned to it. Where `/dev/null` cannot be written by that
user (it makes `initdb` fail), they run in a private mount namespace whose `/dev/null` is a world-writable null
device made in the folder (`unshare -m`, `mount --bind`), leaving the machine as it was. As a normal user none
of this is needed: the binaries run as that user.

The binaries: `$IVIG_PG_BIN`, else the `bin` folder `pg_config --bindir` names, else the newest
`/usr/lib/postgresql/<version>/bin` (Debian's packages). `find_binaries()` returns None when there are none, and the
tests are then skipped with that reason, unless IVIG_REQUIRE_POSTGRES is set (`.ci/run` sets it after installing
the packages), when they fail instead.

Roles: the superuser `hubadmin` (password `HUBADMIN_PASSWORD`), trusted on the Unix socket, with a password over
TCP (`scram-sha-256`, TLS or not).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import ipaddress
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

BIN_ENV_VAR = "IVIG_PG_BIN"
REQUIRE_ENV_VAR = "IVIG_REQUIRE_POSTGRES"
ADMIN = "hubadmin"
HUBADMIN_PASSWORD = "hubadmin-test-password"  # a throwaway server's; never a real credential
SERVICE_USER = "postgres"
MIN_VERSION = 14
START_TIMEOUT_S = 60


class PgUnavailableError(Exception):
    """No PostgreSQL server binaries on this machine (the reason says where they were looked for)."""


def find_binaries() -> Path | None:
    """The folder holding initdb, pg_ctl and postgres, or None."""
    candidates: list[Path] = []
    override = os.environ.get(BIN_ENV_VAR)
    if override:
        candidates.append(Path(override))
    pg_config = shutil.which("pg_config")
    if pg_config:
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            out = subprocess.run([pg_config, "--bindir"], capture_output=True, text=True, timeout=10, check=True)
            candidates.append(Path(out.stdout.strip()))
    debian = Path("/usr/lib/postgresql")
    if debian.is_dir():
        versions = sorted(
            (int(p.name), p / "bin") for p in debian.iterdir() if p.name.isdigit() and int(p.name) >= MIN_VERSION
        )
        candidates.extend(path for _, path in reversed(versions))
    for folder in candidates:
        if all((folder / name).is_file() for name in ("initdb", "pg_ctl", "postgres")):
            return folder
    return None


def unavailable_reason() -> str:
    return (
        f"PostgreSQL {MIN_VERSION}+ server binaries not found (looked in ${BIN_ENV_VAR}, `pg_config --bindir`, "
        "/usr/lib/postgresql/*/bin); install the Debian package `postgresql` (`.ci/run` does) to run the hub tests"
    )


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@dataclass
class _Runner:
    """Runs the server's binaries as the right user: directly, or as `postgres` (and behind a private /dev/null)."""

    as_service_user: bool
    private_null: Path | None = None

    def command(self, argv: list[str]) -> list[str]:
        if not self.as_service_user:
            return argv
        command = ["runuser", "-u", SERVICE_USER, "--", *argv]
        if self.private_null is None:
            return command
        # sh's $0 is the null device to bind over /dev/null, "$@" the command: no quoting of paths needed.
        bind = 'mount --bind "$0" /dev/null && exec "$@"'
        return ["unshare", "-m", "sh", "-c", bind, str(self.private_null), *command]

    def run(self, argv: list[str], *, log: Path | None = None) -> None:
        out = subprocess.run(self.command(argv), capture_output=True, text=True, timeout=START_TIMEOUT_S, check=False)
        if out.returncode != 0:
            detail = out.stderr.strip() or out.stdout.strip()
            if log is not None and log.exists():
                detail += "\n--- server log ---\n" + log.read_text(errors="replace")[-4000:]
            raise RuntimeError(f"{Path(argv[0]).name} failed (exit {out.returncode}): {detail}")


def _service_user_cannot_write_dev_null() -> bool:
    probe = subprocess.run(
        ["runuser", "-u", SERVICE_USER, "--", "sh", "-c", ": > /dev/null"], capture_output=True, check=False
    )
    return probe.returncode != 0


def _make_runner(base: Path) -> _Runner:
    if os.geteuid() != 0:
        return _Runner(as_service_user=False)
    try:
        service = pwd.getpwnam(SERVICE_USER)
    except KeyError:
        raise PgUnavailableError(
            f"running as root, and PostgreSQL refuses to run as root: it needs a `{SERVICE_USER}` user to run as "
            "(the Debian package `postgresql` creates it)"
        ) from None
    os.chown(base, service.pw_uid, service.pw_gid)
    if not _service_user_cannot_write_dev_null():
        return _Runner(as_service_user=True)
    null = base / "null"
    os.mknod(null, 0o666 | 0o020000, os.makedev(1, 3))  # a character device, like /dev/null
    null.chmod(0o666)
    return _Runner(as_service_user=True, private_null=null)


def _write_certificates(base: Path, data: Path) -> Path:
    """A throwaway CA (its certificate returned, for the clients) and a server certificate it signed."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    now = dt.datetime.now(dt.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "IVIG Desktop test CA")])
    ca_cert = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(hours=1))
        .not_valid_after(now + dt.timedelta(days=2))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True
        )  # key_cert_sign, crl_sign
        .sign(ca_key, hashes.SHA256())
    )
    server_key = ec.generate_private_key(ec.SECP256R1())
    server_cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")]))
        .issuer_name(ca_name)
        .public_key(server_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(hours=1))
        .not_valid_after(now + dt.timedelta(days=2))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(ipaddress.IPv4Address("127.0.0.1"))]
            ),
            critical=False,
        )
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    ca_path = base / "ca.crt"
    ca_path.write_bytes(ca_cert.public_bytes(serialization.Encoding.PEM))
    (data / "server.crt").write_bytes(server_cert.public_bytes(serialization.Encoding.PEM))
    key_path = data / "server.key"
    key_path.write_bytes(
        server_key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    key_path.chmod(0o600)  # PostgreSQL refuses a key others can read
    return ca_path


@dataclass
class PgServer:
    """One running server: `admin_conninfo()` for the superuser, `url()` for a role over TCP."""

    base: Path
    bin_dir: Path
    port: int
    ca_cert: Path
    runner: _Runner
    running: bool = field(default=False)

    @property
    def data(self) -> Path:
        return self.base / "data"

    @property
    def socket_dir(self) -> Path:
        return self.base / "socket"

    @property
    def log(self) -> Path:
        return self.base / "server.log"

    @classmethod
    def start_new(cls) -> PgServer:
        bin_dir = find_binaries()
        if bin_dir is None:
            raise PgUnavailableError(unavailable_reason())
        base = Path(tempfile.mkdtemp(prefix="ivig-pg-", dir="/tmp" if os.geteuid() == 0 else None))
        try:
            base.chmod(0o700)
            runner = _make_runner(base)
            server = cls(base=base, bin_dir=bin_dir, port=free_port(), ca_cert=base / "ca.crt", runner=runner)
            server._init()
            server.start()
        except BaseException:
            shutil.rmtree(base, ignore_errors=True)
            raise
        return server

    def _as_owner(self, path: Path) -> None:
        if self.runner.as_service_user:
            service = pwd.getpwnam(SERVICE_USER)
            os.chown(path, service.pw_uid, service.pw_gid)

    def _init(self) -> None:
        pwfile = self.base / "pwfile"
        pwfile.write_text(HUBADMIN_PASSWORD + "\n")
        pwfile.chmod(0o600)
        self._as_owner(pwfile)
        self.runner.run(
            [
                str(self.bin_dir / "initdb"),
                "--pgdata",
                str(self.data),
                "--username",
                ADMIN,
                "--pwfile",
                str(pwfile),
                "--auth-local=trust",
                "--auth-host=scram-sha-256",
                "--encoding=UTF8",
                "--locale=C.UTF-8",
                "--no-sync",  # a throwaway server: its files need not survive a power cut
            ]
        )
        pwfile.unlink()
        self.socket_dir.mkdir()
        self._as_owner(self.socket_dir)
        ca = _write_certificates(self.base, self.data)
        for name in ("server.crt", "server.key"):
            self._as_owner(self.data / name)
        assert ca == self.ca_cert
        with (self.data / "postgresql.conf").open("a", encoding="utf-8") as conf:
            conf.write(
                f"\nport = {self.port}\nlisten_addresses = '127.0.0.1'\n"
                f"unix_socket_directories = '{self.socket_dir}'\n"
                "ssl = on\nssl_cert_file = 'server.crt'\nssl_key_file = 'server.key'\n"
                "fsync = off\nmax_connections = 60\nshared_buffers = 32MB\n"
            )
        (self.data / "pg_hba.conf").write_text(
            "local all all trust\n"
            "hostssl all all 127.0.0.1/32 scram-sha-256\n"
            "hostnossl all all 127.0.0.1/32 scram-sha-256\n"
        )

    def start(self) -> None:
        """Start (or restart after `stop(remove=False)`) the server and wait until it accepts connections."""
        self.runner.run(
            [str(self.bin_dir / "pg_ctl"), "--pgdata", str(self.data), "--log", str(self.log), "--wait", "start"],
            log=self.log,
        )
        self.running = True

    def stop(self, *, mode: str = "fast", remove: bool = True) -> None:
        """Stop the server (`mode` as pg_ctl's: smart, fast, immediate); with `remove`, delete its folder too."""
        if self.running:
            self.runner.run(
                [str(self.bin_dir / "pg_ctl"), "--pgdata", str(self.data), "--mode", mode, "--wait", "stop"],
                log=self.log,
            )
            self.running = False
        if remove:
            shutil.rmtree(self.base, ignore_errors=True)

    def admin_conninfo(self, dbname: str = "postgres") -> str:
        """The superuser over the Unix socket (trusted)."""
        return f"host={self.socket_dir} port={self.port} user={ADMIN} dbname={dbname}"

    def url(
        self,
        user: str,
        dbname: str,
        *,
        password: str | None = None,
        host: str = "127.0.0.1",
        sslmode: str = "verify-full",
        **params: str,
    ) -> str:
        """A postgresql:// URL for `user` over TCP; `sslmode=verify-full` checks the server against the test CA."""
        auth = quote(user, safe="") + (f":{quote(password, safe='')}" if password is not None else "")
        query = {"sslmode": sslmode, **params}
        if sslmode in ("verify-ca", "verify-full"):
            query.setdefault("sslrootcert", str(self.ca_cert))
        text = "&".join(f"{key}={quote(value, safe='/')}" for key, value in query.items())
        return f"postgresql://{auth}@{host}:{self.port}/{quote(dbname, safe='')}?{text}"

    def admin_url(self, dbname: str, **params: str) -> str:
        """The superuser over the Unix socket, as a URL (what `hub init --url` takes)."""
        query = "&".join(f"{key}={quote(value, safe='/')}" for key, value in params.items())
        base = f"postgresql://{ADMIN}@/{dbname}?host={self.socket_dir}&port={self.port}"
        return base + (f"&{query}" if query else "")
