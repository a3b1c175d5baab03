"""Composing safely and talking to a real SMTP server (aiosmtpd on loopback)."""

from __future__ import annotations

import email
import time
from datetime import UTC, datetime
from email import policy

import pytest

from afterview.core.errors import InvalidInput
from afterview.outreach import smtp
from tests.outreach.servers import SmtpSink, free_port

DATE = datetime(2026, 12, 4, 15, 0, tzinfo=UTC)


def build(**changes):
    values = dict(
        from_name="Alice Moreau",
        from_address="alice@example.edu",
        to_name="Dana Whitfield",
        to_address="dana@cp.example",
        subject="Thank you",
        body="Dear Dana,\n\nThank you.\n\nAlice\n",
        message_id="<abc123@example.edu>",
        date=DATE,
    )
    values.update(changes)
    return smtp.build_email(**values)


def parsed(mail):
    return email.message_from_bytes(smtp.serialize(mail), policy=policy.default)


@pytest.mark.parametrize(
    "field, value",
    [
        ("subject", "Thanks\r\nBcc: everyone@example.com"),
        ("subject", "Thanks\nBcc: everyone@example.com"),
        ("subject", "Thanks\rBcc: everyone@example.com"),
        ("to_name", "Dana\r\nBcc: everyone@example.com"),
        ("from_name", "Alice\nCc: boss@example.com"),
        ("to_address", "dana@cp.example\r\nBcc: everyone@example.com"),
        ("to_address", "dana@cp.example, boss@example.com"),
        ("to_address", "not-an-address"),
        ("message_id", "<abc@example.edu>\r\nBcc: x@y.z"),
    ],
)
def test_it_refuses_header_injection(field, value):
    with pytest.raises(InvalidInput):
        build(**{field: value})


def test_it_never_lets_a_header_add_a_recipient():
    mail = build(to_name='Dana, "Boss" <boss@example.com>')
    assert smtp.envelope(mail) == ("alice@example.edu", "dana@cp.example")
    assert parsed(mail)["To"].addresses[0].addr_spec == "dana@cp.example"
    assert len(parsed(mail)["To"].addresses) == 1


def test_it_encodes_non_ascii_display_names_and_subjects():
    mail = build(from_name="Zoë Ångström", to_name="José Núñez", subject="Merci — à bientôt")
    raw = smtp.serialize(mail)
    assert raw.isascii()
    assert b"=?utf-8?" in raw
    back = email.message_from_bytes(raw, policy=policy.default)
    assert back["From"].addresses[0].display_name == "Zoë Ångström"
    assert back["To"].addresses[0].display_name == "José Núñez"
    assert back["Subject"] == "Merci — à bientôt"


def test_it_folds_long_subjects_and_encodes_long_lines():
    long_line = "word " * 400
    mail = build(subject="A " + "very " * 80 + "long subject", body=long_line + "\n")
    raw = smtp.serialize(mail)
    assert all(len(line) <= 998 for line in raw.split(b"\r\n"))
    assert b"Content-Transfer-Encoding: quoted-printable" in raw
    back = email.message_from_bytes(raw, policy=policy.default)
    assert back.get_content().replace("\r\n", "\n").rstrip("\n") == long_line
    assert back["Subject"] == "A " + "very " * 80 + "long subject"


def test_it_sends_an_internationalized_domain_as_idna():
    mail = build(to_address="dana@exämple.com")
    assert smtp.envelope(mail)[1] == "dana@xn--exmple-cua.com"
    assert smtp.serialize(mail).isascii()


def test_it_threads_with_well_formed_ids_only():
    mail = build(in_reply_to="<b@x.example>", references="<a@x.example> junk <b@x.example> <bad id@x>")
    assert mail["In-Reply-To"] == "<b@x.example>"
    assert mail["References"] == "<a@x.example> <b@x.example>"


def test_it_delivers_to_the_one_recipient(smtp_sink):
    server = smtp.SmtpServer("127.0.0.1", smtp_sink.port, "none")
    smtp.send(server, build(body="héllo\n"))
    [received] = smtp_sink.received
    assert received.sender == "alice@example.edu"
    assert received.recipients == ("dana@cp.example",)
    assert received.mail["Message-ID"] == "<abc123@example.edu>"
    assert received.text == "héllo\n"


def test_it_sends_non_ascii_mailboxes_with_smtputf8(smtp_sink):
    server = smtp.SmtpServer("127.0.0.1", smtp_sink.port, "none")
    smtp.send(server, build(to_address="josé@núñez.example"))
    [received] = smtp_sink.received
    assert received.recipients == ("josé@núñez.example",)
    assert received.mail["To"].addresses[0].addr_spec == "josé@núñez.example"


def test_it_reports_a_refused_recipient_as_permanent(smtp_sink):
    smtp_sink.refuse.add("dana@cp.example")
    server = smtp.SmtpServer("127.0.0.1", smtp_sink.port, "none")
    with pytest.raises(smtp.MailProblem) as caught:
        smtp.send(server, build())
    assert caught.value.stage == "recipient"
    assert "550" in caught.value.detail
    assert not caught.value.temporary
    assert smtp_sink.count() == 0


def test_it_says_when_the_connection_is_refused():
    server = smtp.SmtpServer("127.0.0.1", free_port(), "none")
    with pytest.raises(smtp.MailProblem) as caught:
        smtp.probe(server)
    assert caught.value.stage == "connection"
    assert "refused" in str(caught.value)
    assert caught.value.temporary


def test_it_says_when_the_host_does_not_resolve():
    server = smtp.SmtpServer("no-such-host.invalid", 587, "starttls")
    with pytest.raises(smtp.MailProblem) as caught:
        smtp.probe(server, timeout=5)
    assert caught.value.stage == "DNS"


def test_it_says_when_tls_fails(smtp_sink):
    server = smtp.SmtpServer("127.0.0.1", smtp_sink.port, "tls")
    with pytest.raises(smtp.MailProblem) as caught:
        smtp.probe(server, timeout=5)
    assert caught.value.stage == "TLS"


def test_it_says_when_starttls_is_not_offered(smtp_sink):
    server = smtp.SmtpServer("127.0.0.1", smtp_sink.port, "starttls")
    with pytest.raises(smtp.MailProblem) as caught:
        smtp.probe(server, timeout=5)
    assert caught.value.stage == "TLS"
    assert "STARTTLS" in caught.value.detail


def test_it_says_when_the_login_is_refused():
    sink = SmtpSink(logins={"alice": "right"}).start()
    try:
        smtp.probe(smtp.SmtpServer("127.0.0.1", sink.port, "none", "alice", "right"))
        with pytest.raises(smtp.MailProblem) as caught:
            smtp.probe(smtp.SmtpServer("127.0.0.1", sink.port, "none", "alice", "wrong"))
    finally:
        sink.stop()
    assert caught.value.stage == "login"
    assert "535" in caught.value.detail
    assert "wrong" not in str(caught.value)


def test_a_connection_lost_during_the_data_is_ambiguous(smtp_sink):
    smtp_sink.on_data = lambda received: time.sleep(1.5)
    server = smtp.SmtpServer("127.0.0.1", smtp_sink.port, "none")
    with pytest.raises(smtp.MailProblem) as caught:
        smtp.send(server, build(), timeout=0.5)
    assert caught.value.ambiguous
    assert smtp_sink.count() == 1


def test_a_failure_before_the_data_is_not_ambiguous(smtp_sink):
    smtp_sink.refuse.add("dana@cp.example")
    with pytest.raises(smtp.MailProblem) as caught:
        smtp.send(smtp.SmtpServer("127.0.0.1", smtp_sink.port, "none"), build())
    assert not caught.value.ambiguous


def test_message_ids_are_unique_and_on_the_senders_domain():
    ids = {smtp.make_message_id("alice@exämple.edu") for _ in range(100)}
    assert len(ids) == 100
    assert all(i.endswith("@xn--exmple-cua.edu>") and smtp.MSG_ID.fullmatch(i) for i in ids)


def test_the_server_repr_never_shows_the_password():
    server = smtp.SmtpServer("smtp.example.com", 587, "starttls", "alice", "hunter2")
    assert "hunter2" not in repr(server)


@pytest.mark.parametrize("subject", ["Thank you\u2028Bcc: x@evil.example", "Thank\x00you", "Thank\x0byou", "Re: \x1b]0;x\x07"])
def test_a_stored_subject_with_control_characters_never_reaches_a_header(subject):
    with pytest.raises(InvalidInput, match="contains control characters"):
        build(subject=subject)
