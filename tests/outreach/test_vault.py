"""Mailbox passwords at rest."""

from __future__ import annotations

import os

import pytest

from afterview import keys
from afterview.core.errors import Refused
from afterview.outreach import vault


@pytest.fixture
def home(tmp_path, monkeypatch):
    monkeypatch.setenv("AFTERVIEW_HOME", str(tmp_path))
    monkeypatch.delenv("AFTERVIEW_MAIL_KEY_FILE", raising=False)
    keys.create(tmp_path)
    return tmp_path


def test_it_seals_with_the_homes_key(home):
    token = vault.seal("hunter2")
    assert "hunter2" not in token
    assert vault.open_secret(token) == "hunter2"


def test_it_keeps_the_key_it_was_given(home):
    before = (home / "mail.key").read_bytes()
    token = vault.seal("hunter2")
    assert vault.open_secret(token) == "hunter2"
    assert vault.seal("hunter2") != token  # Fernet tokens are salted
    assert (home / "mail.key").read_bytes() == before


def test_an_empty_secret_stays_empty(home):
    assert vault.seal("") == ""
    assert vault.open_secret("") == ""


def test_it_never_invents_a_key(home):
    (home / "mail.key").unlink()
    with pytest.raises(keys.MissingKey, match="no key at .*mail.key; run `afterview init`"):
        vault.seal("hunter2")
    assert not (home / "mail.key").exists()


def test_it_reads_the_key_file_a_deployment_names(home, tmp_path_factory, monkeypatch):
    elsewhere = tmp_path_factory.mktemp("secrets")
    keys.create(elsewhere)
    monkeypatch.setenv("AFTERVIEW_MAIL_KEY_FILE", str(elsewhere / "mail.key"))
    token = vault.seal("hunter2")
    monkeypatch.delenv("AFTERVIEW_MAIL_KEY_FILE")
    with pytest.raises(Refused, match="cannot be opened"):
        vault.open_secret(token)  # the home's own key is another one


def test_it_refuses_a_key_others_can_read(home):
    token = vault.seal("hunter2")
    os.chmod(home / "mail.key", 0o644)
    with pytest.raises(Refused, match="chmod 600"):
        vault.open_secret(token)


def test_it_says_when_the_key_was_replaced(home):
    token = vault.seal("hunter2")
    (home / "mail.key").unlink()
    keys.create(home)
    with pytest.raises(Refused, match="afterview mail setup") as caught:
        vault.open_secret(token)
    assert "hunter2" not in str(caught.value)


def test_it_refuses_a_file_that_is_not_a_key(home):
    key = home / "mail.key"
    key.write_text("not a key\n")
    os.chmod(key, 0o600)
    with pytest.raises(Refused, match="not an afterview key"):
        vault.seal("hunter2")
