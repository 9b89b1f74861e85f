"""Reaching the hub: TLS that verifies the server (sslmode=verify-full), errors in words, URLs without passwords."""

from __future__ import annotations

from pathlib import Path

import pytest

from ivig_desktop.hub import url as hub_url
from ivig_desktop.hub.connection import connect
from ivig_desktop.hub.errors import HubError, HubUnreachableError
from tests.pgserver import ADMIN, HUBADMIN_PASSWORD, PgServer, free_port


def test_verify_full_connects_over_tls_to_the_server_the_ca_vouches_for(pg_server: PgServer, hub_dbname: str) -> None:
    for host in ("localhost", "127.0.0.1"):
        url = pg_server.url(ADMIN, hub_dbname, password=HUBADMIN_PASSWORD, host=host, sslmode="verify-full")
        assert hub_url.transport_warning(url) is None
        with connect(url) as conn:
            row = conn.execute("SELECT ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()").fetchone()
            assert row is not None
            assert row[0] is True
            assert str(row[1]).startswith("TLSv1.")
            assert conn.execute("SELECT current_setting('application_name')").fetchone() == ("ivig-desktop",)


def test_verify_full_refuses_a_server_another_ca_vouches_for(
    pg_server: PgServer, hub_dbname: str, tmp_path: Path
) -> None:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Some other CA")])
    other = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(1)
        .not_valid_before(x509.load_pem_x509_certificate(pg_server.ca_cert.read_bytes()).not_valid_before_utc)
        .not_valid_after(x509.load_pem_x509_certificate(pg_server.ca_cert.read_bytes()).not_valid_after_utc)
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .sign(key, hashes.SHA256())
    )
    impostor_ca = tmp_path / "other-ca.crt"
    impostor_ca.write_bytes(other.public_bytes(serialization.Encoding.PEM))
    url = pg_server.url(ADMIN, hub_dbname, password=HUBADMIN_PASSWORD, sslrootcert=str(impostor_ca))
    with pytest.raises(HubError, match="certificate") as refused:
        connect(url)
    assert not isinstance(refused.value, HubUnreachableError)  # not "offline": the server is not the one expected


def test_a_host_name_the_certificate_does_not_name_is_refused(pg_server: PgServer, hub_dbname: str) -> None:
    url = pg_server.url(ADMIN, hub_dbname, password=HUBADMIN_PASSWORD, sslmode="verify-full", hostaddr="127.0.0.1")
    url = url.replace("@127.0.0.1:", "@hub.example.invalid:")
    with pytest.raises(HubError, match=r"hub\.example\.invalid|certificate|name"):
        connect(url)


def test_without_a_server_the_hub_is_unreachable_and_the_message_keeps_the_password_out() -> None:
    secret = "s3cret-do-not-print"
    url = f"postgresql://ws1:{secret}@127.0.0.1:{free_port()}/hub?sslmode=disable&connect_timeout=2"
    with pytest.raises(HubUnreachableError, match="cannot be reached") as refused:
        connect(url)
    assert secret not in str(refused.value)
    assert "ws1:***@" in str(refused.value)


def test_a_wrong_password_is_a_refused_sign_in_not_offline(pg_server: PgServer, hub_dbname: str) -> None:
    url = pg_server.url(ADMIN, hub_dbname, password="wrong-password-here", sslmode="verify-full")
    with pytest.raises(HubError, match="refused the sign-in") as refused:
        connect(url)
    assert not isinstance(refused.value, HubUnreachableError)
    assert "wrong-password-here" not in str(refused.value)


def test_a_password_file_supplies_the_password(
    pg_server: PgServer, hub_dbname: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    passfile = tmp_path / "pgpass"
    passfile.write_text(f"127.0.0.1:{pg_server.port}:{hub_dbname}:{ADMIN}:{HUBADMIN_PASSWORD}\n")
    passfile.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(passfile))
    url = pg_server.url(ADMIN, hub_dbname)
    assert not hub_url.has_password(url)
    with connect(url) as conn:
        assert conn.execute("SELECT current_user").fetchone() == (ADMIN,)


@pytest.mark.parametrize(
    ("given", "shown"),
    [
        ("postgresql://ws:pw@hub/db?sslmode=verify-full", "postgresql://ws:***@hub/db?sslmode=verify-full"),
        ("postgresql://ws@hub/db?password=pw&sslmode=require", "postgresql://ws@hub/db?password=***&sslmode=require"),
        ("postgresql://ws@hub:5433/db", "postgresql://ws@hub:5433/db"),
        ("postgres://a%40b:p%3Aw@h/d", "postgres://a%40b:***@h/d"),
    ],
)
def test_redact_hides_passwords(given: str, shown: str) -> None:
    assert hub_url.redact(given) == shown


def test_what_is_not_a_hub_url_is_refused_before_anything_leaves_the_machine() -> None:
    for text in ("host=hub dbname=x password=secret", "mysql://hub/db", "hub.clinic.local", "postgresql://h/d?x=%zz"):
        with pytest.raises(HubError) as refused:
            hub_url.conninfo(text)
        assert "secret" not in str(refused.value)


def test_transport_warning() -> None:
    assert hub_url.transport_warning("postgresql://ws@hub/db?sslmode=verify-full") is None
    assert hub_url.transport_warning("postgresql://ws@/db?host=/run/postgresql") is None
    for weak in ("postgresql://ws@hub/db", "postgresql://ws@hub/db?sslmode=require"):
        warning = hub_url.transport_warning(weak)
        assert warning is not None
        assert "verify-full" in warning
