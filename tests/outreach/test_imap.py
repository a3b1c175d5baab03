"""The mailbox over IMAP, against a throwaway Dovecot."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from afterview.outreach import imap
from afterview.outreach.smtp import MailProblem
from tests.outreach.servers import free_port

WHEN = datetime(2026, 12, 10, 16, 0, tzinfo=UTC)


def server(dovecot, mailbox, **changes):
    login, password = mailbox
    values = dict(host="127.0.0.1", port=dovecot.port, security="none", user=login, password=password)
    values.update(changes)
    return imap.ImapServer(**values)


def raw(message_id, sender="Dana Whitfield <dana@cp.example>", subject="Re: Next steps", extra="", date="Thu, 10 Dec 2026 10:00:00 -0600"):
    return (
        f"From: {sender}\r\nTo: alice@example.edu\r\nSubject: {subject}\r\n"
        f"Message-ID: {message_id}\r\n{extra}Date: {date}\r\n\r\nHello.\r\n"
    ).encode()


def test_it_logs_in_and_finds_the_sent_folder(dovecot, mailbox):
    assert imap.probe(server(dovecot, mailbox)) == "Sent"


def test_it_says_when_the_login_is_refused(dovecot, mailbox):
    with pytest.raises(MailProblem) as caught:
        imap.probe(server(dovecot, mailbox, password="wrong"))
    assert caught.value.stage == "login"
    assert "wrong" not in str(caught.value)


def test_it_says_when_the_server_is_not_there():
    with pytest.raises(MailProblem) as caught:
        imap.probe(imap.ImapServer("127.0.0.1", free_port(), "none", "u", "p"))
    assert caught.value.stage == "connection"


def test_it_says_when_the_folder_does_not_exist(dovecot, mailbox):
    with pytest.raises(MailProblem) as caught:
        imap.probe(server(dovecot, mailbox, folder="Nowhere"))
    assert caught.value.stage == "folder"


def test_it_files_a_copy_in_sent_and_finds_it_by_message_id(dovecot, mailbox):
    account = server(dovecot, mailbox)
    assert not imap.has_message_id(account, "<n1@example.edu>")
    imap.append_sent(account, raw("<n1@example.edu>"), WHEN)
    assert imap.has_message_id(account, "<n1@example.edu>")
    assert not imap.has_message_id(account, "<n2@example.edu>")
    assert dovecot.folder_ids(*mailbox, "Sent") == ["<n1@example.edu>"]


def test_it_reads_new_mail_from_the_last_uid(dovecot, mailbox):
    account = server(dovecot, mailbox)
    dovecot.deliver(*mailbox, raw("<r1@cp.example>", extra="In-Reply-To: <n1@example.edu>\r\n"), when=WHEN)
    validity, top, found = imap.fetch_new(account, uidvalidity=None, last_uid=0, since_on=date(2026, 12, 1))
    assert [(m.uid, m.message_id, m.refers_to, m.from_address) for m in found] == [
        (1, "<r1@cp.example>", ("<n1@example.edu>",), "dana@cp.example")
    ]
    assert found[0].received_at == WHEN
    assert found[0].subject == "Re: Next steps"
    assert top == 1

    # Nothing new: the "2:*" search names message 1 again, and it is skipped.
    assert imap.fetch_new(account, uidvalidity=validity, last_uid=top, since_on=date(2026, 12, 1))[1:] == (1, [])

    dovecot.deliver(*mailbox, raw("<r2@cp.example>", extra="References: <a@x.example> <n1@example.edu>\r\n"), when=WHEN)
    _, top, found = imap.fetch_new(account, uidvalidity=validity, last_uid=top, since_on=date(2026, 12, 1))
    assert [m.message_id for m in found] == ["<r2@cp.example>"]
    assert found[0].refers_to == ("<a@x.example>", "<n1@example.edu>")
    assert top == 2


def test_it_starts_over_by_date_when_uidvalidity_changes(dovecot, mailbox):
    account = server(dovecot, mailbox)
    dovecot.deliver(*mailbox, raw("<old@cp.example>", date="Sun, 1 Nov 2026 10:00:00 -0600"))
    dovecot.deliver(*mailbox, raw("<new@cp.example>"), when=WHEN)
    _, _, found = imap.fetch_new(account, uidvalidity=12345, last_uid=2, since_on=date(2026, 12, 1))
    assert [m.message_id for m in found] == ["<new@cp.example>"]


def test_it_reads_without_marking_anything_read(dovecot, mailbox):
    account = server(dovecot, mailbox)
    dovecot.deliver(*mailbox, raw("<r1@cp.example>"), when=WHEN)
    imap.fetch_new(account, uidvalidity=None, last_uid=0, since_on=date(2026, 12, 1))
    client = dovecot.client(*mailbox)
    try:
        client.select_folder("INBOX", readonly=True)
        assert client.search(["UNSEEN"]) == [1]
    finally:
        client.logout()


def test_it_survives_odd_headers(dovecot, mailbox):
    account = server(dovecot, mailbox)
    dovecot.deliver(*mailbox, raw("<r1@cp.example>"))
    validity, top, _ = imap.fetch_new(account, uidvalidity=None, last_uid=0, since_on=date(2026, 12, 1))
    dovecot.deliver(*mailbox, b"From: \r\nSubject: =?bogus?q?x?=\r\nDate: yesterday\r\n\r\nno ids\r\n")
    dovecot.deliver(*mailbox, b"From: <<<@@@>>>\r\nMessage-ID: not one\r\n\r\nno ids\r\n")
    _, top, found = imap.fetch_new(account, uidvalidity=validity, last_uid=top, since_on=date(2026, 12, 1))
    assert top == 3
    for item in found:
        assert item.from_address == ""
        assert item.message_id.endswith("@no-message-id.invalid>")


def test_the_server_repr_never_shows_the_password():
    assert "hunter2" not in repr(imap.ImapServer("h", 993, "tls", "alice", "hunter2"))
