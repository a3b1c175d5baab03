"""`afterview mail setup --provider`, `mail signin` and `mail show` as real programs."""

from __future__ import annotations

import re
import subprocess
import sys
import threading

import pytest

from tests.cli.conftest import afterview_process  # noqa: F401 (a fixture)
from tests.processes import afterview_argv
from tests.outreach.servers import OAuthServer


@pytest.fixture(scope="module")
def oauth_server():
    server = OAuthServer().start()
    yield server
    server.stop()


def test_setup_with_a_preset_fills_the_servers_and_says_how_to_sign_in(afterview_process):
    result = afterview_process("mail", "setup", "--from", "Alice Moreau <alice@outlook.com>", "--provider", "outlook")
    assert result.returncode == 0, result.stderr
    out = result.stdout.decode()
    assert "via smtp-mail.outlook.com:587" in out
    assert "personal accounts refuse app passwords since September 2024" in out
    assert "afterview mail signin" in out

    shown = afterview_process("mail", "show")
    text = shown.stdout.decode()
    assert "imap: outlook.office365.com:993 (tls)" in text
    assert "sign in: OAuth2 (microsoft, XOAUTH2): sign in to your mailbox again" in text


def test_an_unknown_provider_is_a_one_line_error(afterview_process):
    result = afterview_process("mail", "setup", "--from", "Alice <a@example.edu>", "--provider", "hotmail2")
    assert result.returncode == 2
    err = result.stderr.decode().strip()
    assert "--provider must be one of gmail, google-workspace, outlook, microsoft365, yahoo, icloud, fastmail, other" in err
    assert len(err.splitlines()) == 1


def test_signin_with_a_device_code_as_a_real_program(afterview_process, oauth_server):
    home = afterview_process.home
    home.mkdir(parents=True, exist_ok=True)
    (home / "oauth.toml").write_text(oauth_server.config(), encoding="utf-8")
    setup = afterview_process(
        "mail", "setup", "--from", "Alice Moreau <alice@example.edu>", "--provider", "other", "--oauth", "generic",
        "--smtp-host", "127.0.0.1", "--smtp-port", "2525", "--smtp-security", "none", "--smtp-user", "alice@example.edu",
        "--imap-host", "",
    )
    assert setup.returncode == 0, setup.stderr

    import os

    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "AFTERVIEW_NOW", "DJANGO_SETTINGS_MODULE")}
    env["AFTERVIEW_HOME"] = str(home)
    process = subprocess.Popen(
        afterview_argv("mail", "signin"),
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=home.parent,
    )
    first = process.stderr.readline().decode()
    code = re.search(r"enter the code (\S+)", first).group(1)
    assert f"Open {oauth_server.url}/activate" in first
    threading.Timer(0.2, oauth_server.call, args=("/approve?user_code=" + code,)).start()
    out, err = process.communicate(timeout=60)
    assert process.returncode == 0, err
    assert "Signed in: alice@example.edu sends and reads with OAuth2 (generic)." in out.decode()

    shown = afterview_process("mail", "show").stdout.decode()
    assert "sign in: OAuth2 (generic, XOAUTH2), signed in" in shown
