"""The worker against a real SMTP sink (and Dovecot where the mailbox matters)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from afterview.records.models import Message, MessageStatus, Touch, TouchKind
from tests.conftest import NOW


def schedule(candidate, app, name, kind="thank-you", note=None, **options):
    from afterview.outreach.services import Note, schedule_message
    from afterview.records.services import find_contact

    contact = find_contact(candidate, app, name)
    note = note or Note(subject=f"A {kind} for {contact.name}", body=f"Dear {contact.name},\n\nThank you.\n\nAlice\n")
    options.setdefault("now", NOW)
    return schedule_message(candidate, app.pk, kind, contact=contact, note=note, **options)


def test_it_sends_a_due_message_once(alice, alice_app, alice_mail, smtp_sink, clock):
    from afterview.outreach.worker import handle_one

    message = schedule(alice, alice_app, "Miriam Castellanos", send_now=True)

    assert handle_one(clock) is True
    assert handle_one(clock) is False

    assert smtp_sink.count() == 1
    received = smtp_sink.received[0]
    assert received.recipients == ("mc@cp.example",)
    assert received.sender == "alice@example.edu"
    mail = received.mail
    assert mail["Message-ID"] == message.message_id
    assert mail["To"] == "Miriam Castellanos <mc@cp.example>"
    assert "Thank you." in mail.get_content()
    message.refresh_from_db()
    assert message.status == MessageStatus.SENT
    assert message.sent_at == NOW
    assert message.attempts == 1
    touch = Touch.objects.get(application=alice_app, kind=TouchKind.THANK_YOU_SENT)
    assert touch.contact_id == message.contact_id
    assert touch.at == NOW


def test_it_waits_for_the_scheduled_time(alice, alice_app, alice_mail, smtp_sink, clock):
    from afterview.outreach.worker import handle_one

    message = schedule(alice, alice_app, "Miriam Castellanos", at=NOW + timedelta(hours=2))

    assert handle_one(clock) is False
    clock.advance(hours=2)
    assert handle_one(clock) is True
    assert smtp_sink.count() == 1
    message.refresh_from_db()
    assert message.status == MessageStatus.SENT
