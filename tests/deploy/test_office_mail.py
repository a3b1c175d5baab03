"""Office mail: with the office's relay configured, each student's digest goes through
it, at most once a day, whether or not the student set up a mailbox of their own."""

from __future__ import annotations

import socket

import pytest
from django.core import mail
from django.test import override_settings

from tests.conftest import NOW

RELAY = dict(
    AFTERVIEW_OFFICE_MAIL=True,
    EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend",
    DEFAULT_FROM_EMAIL="Career Office <careers@example.edu>",
)


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@override_settings(**RELAY)
def test_the_digest_goes_through_the_relay_once(alice, alice_app):
    from afterview.reminders.models import Reminder
    from afterview.reminders.rounds import run_round

    assert run_round(NOW) == 1
    [digest] = mail.outbox
    assert digest.from_email == "Career Office <careers@example.edu>"
    assert digest.to == ["Alice Moreau <alice@example.edu>"]
    assert digest.subject.startswith("afterview: ") and "for Friday 4 Dec" in digest.subject
    assert digest.extra_headers["Auto-Submitted"] == "auto-generated"
    assert run_round(NOW) == 0  # a second round, or a second worker, sends nothing
    assert len(mail.outbox) == 1
    [row] = Reminder.objects.all()
    assert (row.via, row.status) == ("mail", "sent")


def test_a_relay_that_refuses_leaves_a_failed_row_and_is_not_retried(alice, alice_app, settings):
    from afterview.reminders.models import Reminder
    from afterview.reminders.rounds import run_round

    for name, value in RELAY.items():
        setattr(settings, name, value)
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = closed_port()
    assert run_round(NOW) == 0
    [row] = Reminder.objects.all()
    assert row.status == "failed" and "the office's relay did not take it" in row.error
    assert run_round(NOW) == 0
    assert Reminder.objects.count() == 1


def test_without_a_relay_a_student_with_no_mailbox_or_channel_gets_nothing(alice, alice_app):
    from afterview.reminders.rounds import reachable_candidates, run_round

    assert not reachable_candidates().exists()
    assert run_round(NOW) == 0
    assert mail.outbox == []
