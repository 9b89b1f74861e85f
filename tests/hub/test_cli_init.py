"""`ivig-desktop hub init`: creates, upgrades or confirms the hub; makes the workstations' login role; never shows a
password."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest

from ivig_desktop.cli import main
from ivig_desktop.hub import migrations
from tests.pgserver import PgServer

PASSWORD = "a long workstation password"


def password_file(tmp_path: Path, text: str = PASSWORD) -> Path:
    path = tmp_path / "login-password"
    path.write_text(text + "\n")
    path.chmod(0o600)
    return path


def test_init_creates_then_finds_the_hub_up_to_date(admin_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["hub", "init", "--url", admin_url, "--role", "ivig_ws_cli1"]) == 0
    out = capsys.readouterr().out
    assert f"hub created: {admin_url} (schema version {migrations.LATEST})" in out
    assert "workstations' role: ivig_ws_cli1 (created; may INSERT and SELECT, never UPDATE or DELETE)" in out
    assert main(["hub", "init", "--url", admin_url, "--role", "ivig_ws_cli1"]) == 0
    out = capsys.readouterr().out
    assert f"hub up to date: {admin_url} (schema version {migrations.LATEST})" in out
    assert "(already there;" in out


def test_init_makes_a_login_that_can_sign_in_and_cannot_update(
    pg_server: PgServer, hub_dbname: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    admin_url = pg_server.admin_url(hub_dbname)
    args = ["hub", "init", "--url", admin_url, "--role", "ivig_ws_cli2", "--login", "ws_cli2"]
    assert main([*args, "--login-password-file", str(password_file(tmp_path))]) == 0
    out, err = capsys.readouterr()
    assert "login role: ws_cli2 (created; member of ivig_ws_cli2)" in out
    assert "hub connect --url 'postgresql://ws_cli2@HOST/DATABASE?sslmode=verify-full" in out
    assert PASSWORD not in out + err
    with psycopg.connect(pg_server.url("ws_cli2", hub_dbname, password=PASSWORD)) as conn:
        conn.execute("INSERT INTO ivig_hub.workstations (workstation_id, name) VALUES ('w', 'Front')")
        conn.commit()
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE ivig_hub.workstations SET name = 'x'")
    # Again, with a new password: the role is kept, its password changed.
    assert main([*args, "--login-password-file", str(password_file(tmp_path, "another long password"))]) == 0
    assert "login role: ws_cli2 (given a new password; member of ivig_ws_cli2)" in capsys.readouterr().out
    with psycopg.connect(pg_server.url("ws_cli2", hub_dbname, password="another long password")) as conn:
        assert conn.execute("SELECT count(*) FROM ivig_hub.workstations").fetchone() == (1,)


def test_init_without_a_password_and_no_terminal_is_bad_usage(
    admin_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    assert main(["hub", "init", "--url", admin_url, "--login", "ws_cli3"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "--login-password-file" in err


def test_init_refuses_a_short_password_and_changes_nothing(
    admin_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(
        [
            "hub",
            "init",
            "--url",
            admin_url,
            "--login",
            "ws_cli4",
            "--login-password-file",
            str(password_file(tmp_path, "short")),
        ]
    )
    assert code == 1
    assert "too short" in capsys.readouterr().err
    with psycopg.connect(admin_url) as conn:
        assert conn.execute("SELECT 1 FROM pg_roles WHERE rolname = 'ws_cli4'").fetchone() is None


def test_bad_urls_and_names_are_bad_usage(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["hub", "init", "--url", "hub.clinic.local"]) == 2
    assert "postgresql://" in capsys.readouterr().err
    assert main(["hub", "init", "--url", "postgresql://a@h/d", "--role", "Robert'); DROP"]) == 2
    assert "cannot be a role name" in capsys.readouterr().err


def test_an_unreachable_hub_is_one_line_and_exit_1(capsys: pytest.CaptureFixture[str]) -> None:
    from tests.pgserver import free_port

    url = f"postgresql://admin:pw-secret@127.0.0.1:{free_port()}/hub?sslmode=disable&connect_timeout=2"
    assert main(["hub", "init", "--url", url]) == 1
    err = capsys.readouterr().err
    assert "cannot be reached" in err
    assert "pw-secret" not in err
    assert "warning: the hub URL has sslmode=disable" in err
