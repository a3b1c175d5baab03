"""Mailbox passwords at rest."""

from __future__ import annotations

import os
import stat

import pytest

from afterview.core.errors import Refused
from afterview.outreach import vault


@pytest.fixture
def home(tmp_path, monkeypatch):
    monkeypatch.setenv("AFTERVIEW_HOME", str(tmp_path))
    return tmp_path


def test_it_creates_a_key_only_its_owner_can_read(home):
    token = vault.seal("hunter2")
    key = home / "mail.key"
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    assert "hunter2" not in token
    assert vault.open_secret(token) == "hunter2"


def test_it_keeps_the_key_it_made(home):
    token = vault.seal("hunter2")
    assert vault.open_secret(token) == "hunter2"
    assert vault.seal("hunter2") != token  # Fernet tokens are salted


def test_an_empty_secret_stays_empty(home):
    assert vault.seal("") == ""
    assert vault.open_secret("") == ""
    assert not (home / "mail.key").exists()


def test_it_refuses_a_key_others_can_read(home):
    token = vault.seal("hunter2")
    os.chmod(home / "mail.key", 0o644)
    with pytest.raises(Refused, match="chmod 600"):
        vault.open_secret(token)


def test_it_says_when_the_key_was_replaced(home):
    token = vault.seal("hunter2")
    (home / "mail.key").unlink()
    vault.seal("other")
    with pytest.raises(Refused, match="afterview mail setup") as caught:
        vault.open_secret(token)
    assert "hunter2" not in str(caught.value)


def test_it_refuses_a_file_that_is_not_a_key(home):
    key = home / "mail.key"
    key.write_text("not a key\n")
    os.chmod(key, 0o600)
    with pytest.raises(Refused, match="not an afterview key"):
        vault.seal("hunter2")
