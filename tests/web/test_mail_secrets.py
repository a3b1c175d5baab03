"""The stored mail passwords go only to the server they were given for (issue 9, item 5)."""

from __future__ import annotations

import pytest
from django.urls import reverse

from tests.outreach.servers import SmtpSink


@pytest.fixture
def two_servers():
    """The server alice's password belongs to, and another one that would like it."""
    ours = SmtpSink(logins={"alice": "old-secret"}).start()
    theirs = SmtpSink(logins={"alice": "anything"}).start()
    yield ours, theirs
    ours.stop()
    theirs.stop()


def _form(sink, **changes):
    data = {
        "save_mail": "1",
        "from_name": "Alice Moreau",
        "from_address": "alice@example.edu",
        "smtp_host": "127.0.0.1",
        "smtp_port": str(sink.port),
        "smtp_security": "none",
        "smtp_user": "alice",
        "smtp_password": "",
        "imap_host": "",
        "imap_port": "",
        "imap_security": "tls",
        "imap_user": "",
        "imap_password": "",
        "copy_to_sent": "on",
    }
    data.update(changes)
    return data


def test_try_it_never_sends_the_old_password_to_a_new_host(as_alice, alice, two_servers):
    from afterview.outreach.models import MailAccount

    ours, theirs = two_servers
    saved = as_alice.post(reverse("web:settings"), _form(ours, smtp_password="old-secret"))
    assert saved.status_code == 302
    as_alice.post(reverse("web:settings"), {"test_mail": "1"})
    assert ours.auth_attempts == [("alice", "old-secret")]
    # Another server ("localhost" is another name, and another port), the password left blank.
    moved = as_alice.post(reverse("web:settings"), _form(theirs, smtp_host="localhost"))
    assert moved.status_code == 400
    assert b"enter the SMTP password again" in moved.content
    as_alice.post(reverse("web:settings"), {"test_mail": "1"})
    assert theirs.auth_attempts == []
    account = MailAccount.objects.get(owner=alice)
    assert (account.smtp_host, account.smtp_port) == ("127.0.0.1", ours.port)


@pytest.mark.parametrize(
    "change",
    [
        {"smtp_port": "2525"},
        {"smtp_security": "starttls"},
        {"smtp_user": "alice2"},
        {"smtp_host": "localhost"},
    ],
)
def test_changing_where_or_as_whom_forgets_the_stored_password(alice, two_servers, change):
    from afterview.core.errors import InvalidInput
    from afterview.outreach.account import AccountInput, save_account
    from tests.conftest import NOW

    ours, _ = two_servers
    base = dict(from_name="Alice Moreau", from_address="alice@example.edu", smtp_host="127.0.0.1",
                smtp_port=ours.port, smtp_security="none", smtp_user="alice")
    account = save_account(alice, AccountInput(**base, smtp_password="old-secret"), now=NOW)
    assert account.smtp_password_token
    values = {**base, **{k: int(v) if k == "smtp_port" else v for k, v in change.items()}}
    with pytest.raises(InvalidInput, match="enter the SMTP password again"):
        save_account(alice, AccountInput(**values), now=NOW)
    # With the password given again, the change is saved.
    assert save_account(alice, AccountInput(**values, smtp_password="new-secret"), now=NOW).smtp_password_token
    # Nothing changed but the name: the stored password stays.
    token = save_account(alice, AccountInput(**{**values, "from_name": "Alice M."}), now=NOW).smtp_password_token
    assert token


def test_changing_the_imap_server_forgets_its_password(alice):
    from afterview.core.errors import InvalidInput
    from afterview.outreach.account import AccountInput, save_account
    from tests.conftest import NOW

    base = dict(from_name="Alice Moreau", from_address="alice@example.edu", smtp_host="127.0.0.1",
                smtp_port=2525, smtp_security="none", imap_host="127.0.0.1", imap_port=143,
                imap_security="none", imap_user="alice")
    save_account(alice, AccountInput(**base, imap_password="imap-secret"), now=NOW)
    with pytest.raises(InvalidInput, match="enter the IMAP password again"):
        save_account(alice, AccountInput(**{**base, "imap_host": "localhost"}), now=NOW)


@pytest.mark.parametrize("host", ["smtp.example.edu", "10.0.0.5", "127.0.0.1.evil.example"])
def test_no_security_is_only_for_this_machine(as_alice, alice, host):
    from afterview.outreach.models import MailAccount

    refused = as_alice.post(reverse("web:settings"), _form(SmtpSink(port=2525), smtp_host=host, smtp_password="x"))
    assert refused.status_code == 400
    assert b"sends your password and notes in clear" in refused.content
    assert not MailAccount.objects.filter(owner=alice).exists()
    allowed = as_alice.post(reverse("web:settings"), _form(SmtpSink(port=2525), smtp_host=host, smtp_password="x", allow_insecure="on"))
    assert allowed.status_code == 302
    assert MailAccount.objects.get(owner=alice).smtp_host == host


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "::1", "127.5.5.5"])
def test_no_security_is_fine_on_loopback(alice, host):
    from afterview.outreach.account import AccountInput

    AccountInput(from_name="A", from_address="a@example.edu", smtp_host=host, smtp_port=25, smtp_security="none",
                 imap_host=host, imap_port=143, imap_security="none", imap_user="a")
