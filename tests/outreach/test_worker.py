"""The worker against a real SMTP sink (and Dovecot where the mailbox matters)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from afterview.records.models import Message, MessageStatus, Touch, TouchKind
from tests.conftest import NOW


def schedule(candidate, app, name, kind="thank-you", note=None, **options):
    from afterview.outreach.notes import Note
    from afterview.outreach.outbox import schedule_message
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


def test_a_second_worker_finds_nothing_left(alice, alice_app, alice_mail, smtp_sink, clock):
    from afterview.outreach.worker import Worker

    schedule(alice, alice_app, "Miriam Castellanos", send_now=True)
    schedule(alice, alice_app, "Theo Lindqvist", send_now=True)
    first, second = Worker(clock), Worker(clock)
    assert first.handle_one() and second.handle_one()
    assert not first.handle_one() and not second.handle_one()
    assert sorted(r.recipients for r in smtp_sink.received) == [("mc@cp.example",), ("tl@cp.example",)]


def test_the_three_thank_yous_and_the_question_all_go(alice, alice_app, alice_mail, smtp_sink, clock):
    """Notes right after one interview share one min-gap slot: none holds another back."""
    from afterview.outreach.worker import Worker

    for name, kind in (("Miriam Castellanos", "thank-you"), ("Theo Lindqvist", "thank-you"), ("Dana Whitfield", "next-steps")):
        schedule(alice, alice_app, name, kind)
    worker = Worker(clock)
    while worker.handle_one():
        pass
    assert smtp_sink.count() == 3
    assert set(Message.objects.values_list("status", flat=True)) == {MessageStatus.SENT}


def test_the_smtp_server_down_leaves_the_message_scheduled_with_the_error(alice, alice_app, alice_mail, clock):
    from afterview.outreach.worker import handle_one
    from tests.outreach.servers import SmtpSink, free_port

    alice_mail.smtp_port = port = free_port()
    alice_mail.save()
    message = schedule(alice, alice_app, "Miriam Castellanos", send_now=True)

    assert handle_one(clock) is True
    message.refresh_from_db()
    assert message.status == MessageStatus.SCHEDULED
    assert message.last_error == "attempt 1 failed: connection: refused (is the host and port right, and the server up?)"
    assert message.scheduled_at == NOW + timedelta(minutes=1)
    assert handle_one(clock) is False  # not before its next try

    clock.advance(minutes=1)
    assert handle_one(clock) is True
    message.refresh_from_db()
    assert (message.attempts, message.scheduled_at) == (2, NOW + timedelta(minutes=6))

    sink = SmtpSink(port=port).start()
    try:
        clock.advance(minutes=5)
        assert handle_one(clock) is True
        assert handle_one(clock) is False
    finally:
        sink.stop()
    assert sink.count() == 1
    message.refresh_from_db()
    assert (message.status, message.attempts, message.last_error) == (MessageStatus.SENT, 3, "")


def test_retries_wait_for_the_recipients_business_hours(alice, alice_app, alice_mail, clock):
    from afterview.outreach.worker import handle_one
    from tests.outreach.servers import free_port

    alice_mail.smtp_port = free_port()
    alice_mail.save()
    clock.at = NOW.replace(hour=22, minute=59)  # Friday 16:59 in Chicago
    message = schedule(alice, alice_app, "Miriam Castellanos", send_now=True, now=clock.at)
    handle_one(clock)
    message.refresh_from_db()
    assert message.scheduled_at == NOW.replace(day=7)  # Monday 09:00 in Chicago


def test_the_worker_plans_each_candidate_with_their_own_rules(alice, alice_app, alice_mail, clock):
    from afterview.outreach.worker import handle_one
    from afterview.records.playbook_config import set_override
    from tests.outreach.servers import free_port

    set_override(alice, "business_hours_start", "10:30")
    alice_mail.smtp_port = free_port()
    alice_mail.save()
    clock.at = NOW.replace(hour=22, minute=59)  # Friday 16:59 in Chicago
    message = schedule(alice, alice_app, "Miriam Castellanos", send_now=True, now=clock.at)
    handle_one(clock)
    message.refresh_from_db()
    assert message.scheduled_at == NOW.replace(day=7, hour=16, minute=30)  # Monday 10:30 in Chicago, her start


def test_it_gives_up_after_the_last_attempt(alice, alice_app, alice_mail, clock):
    from afterview.outreach.worker import MAX_ATTEMPTS, handle_one
    from tests.outreach.servers import free_port

    alice_mail.smtp_port = free_port()
    alice_mail.save()
    message = schedule(alice, alice_app, "Miriam Castellanos", send_now=True)
    for _ in range(MAX_ATTEMPTS):
        message.refresh_from_db()
        clock.at = max(clock.at, message.scheduled_at)
        assert handle_one(clock)
    message.refresh_from_db()
    assert message.status == MessageStatus.FAILED
    assert message.last_error.startswith(f"gave up after {MAX_ATTEMPTS} attempts; the last: connection: refused")
    assert not Touch.objects.exists()


def test_a_refused_recipient_fails_at_once_with_the_servers_reason(alice, alice_app, alice_mail, smtp_sink, clock):
    from afterview.outreach.worker import handle_one

    smtp_sink.refuse.add("mc@cp.example")
    message = schedule(alice, alice_app, "Miriam Castellanos", send_now=True)
    assert handle_one(clock)
    message.refresh_from_db()
    assert message.status == MessageStatus.FAILED
    assert message.last_error == "the server refused it: recipient: refused: 550 5.1.1 No such user here"


def test_a_lost_connection_during_the_data_is_never_retried(alice, alice_app, alice_mail, smtp_sink, clock, monkeypatch):
    import time

    from afterview.outreach import smtp
    from afterview.outreach.worker import handle_one

    monkeypatch.setattr(smtp, "TIMEOUT", 0.5)
    smtp_sink.on_data = lambda received: time.sleep(1.5)
    message = schedule(alice, alice_app, "Miriam Castellanos", send_now=True)
    assert handle_one(clock)
    message.refresh_from_db()
    assert message.status == MessageStatus.UNKNOWN
    assert f"afterview confirm {message.pk} sent" in message.last_error
    clock.advance(hours=1)
    assert not handle_one(clock)
    assert smtp_sink.count() == 1


def test_it_cancels_what_the_playbook_no_longer_calls_for(alice, alice_app, alice_mail, smtp_sink, clock):
    from afterview.outreach.worker import handle_one
    from afterview.records.services import add_touch

    message = schedule(alice, alice_app, "Miriam Castellanos", at=NOW + timedelta(hours=1))
    add_touch(alice, alice_app.pk, "rejection", at=NOW + timedelta(minutes=30))
    clock.advance(hours=1)
    assert handle_one(clock)
    message.refresh_from_db()
    assert message.status == MessageStatus.CANCELLED
    assert message.last_error.startswith("cancelled: the application ended: rejection")
    assert smtp_sink.count() == 0


def test_a_follow_up_threads_under_the_earlier_note(alice, alice_app, alice_mail, smtp_sink, clock):
    from afterview.outreach.worker import Worker

    worker = Worker(clock)
    ask = schedule(alice, alice_app, "Dana Whitfield", "next-steps", send_now=True)
    worker.handle_one()
    follow_up = schedule(alice, alice_app, "Dana Whitfield", "follow-up")
    clock.at = follow_up.scheduled_at
    assert worker.handle_one()
    first, second = (r.mail for r in smtp_sink.received)
    assert first["In-Reply-To"] is None
    assert second["In-Reply-To"] == ask.message_id
    assert second["References"] == ask.message_id
    follow_up.refresh_from_db()
    assert follow_up.in_reply_to == ask.message_id


# -- with the mailbox: Sent folder and replies ------------------------------------------


def reply(message_id, in_reply_to, date="Thu, 10 Dec 2026 10:00:00 -0600"):
    return (
        "From: Dana Whitfield <dana@cp.example>\r\nTo: alice@example.edu\r\nSubject: Re: Next steps\r\n"
        f"Message-ID: {message_id}\r\nIn-Reply-To: {in_reply_to}\r\nDate: {date}\r\n\r\nWe will decide soon.\r\n"
    ).encode()


def test_a_sent_note_is_filed_in_the_sent_folder(alice, alice_app, alice_imap, smtp_sink, dovecot, mailbox, clock):
    from afterview.outreach.worker import handle_one

    message = schedule(alice, alice_app, "Miriam Castellanos", send_now=True)
    assert handle_one(clock)
    assert dovecot.folder_ids(*mailbox, "Sent") == [message.message_id]
    message.refresh_from_db()
    assert (message.status, message.last_error) == (MessageStatus.SENT, "")


def test_a_reply_between_scheduling_and_the_due_time_cancels_the_follow_up(
    alice, alice_app, alice_imap, smtp_sink, dovecot, mailbox, clock
):
    from afterview.outreach.worker import Worker

    worker = Worker(clock)
    ask = schedule(alice, alice_app, "Dana Whitfield", "next-steps", send_now=True)
    worker.handle_one()
    follow_up = schedule(alice, alice_app, "Dana Whitfield", "follow-up")
    dovecot.deliver(*mailbox, reply("<r1@cp.example>", ask.message_id))

    # The worker reads the inbox on its rounds ...
    clock.at = datetime_(2026, 12, 10, 17)
    assert worker.sync_inboxes() == 1
    follow_up.refresh_from_db()
    assert follow_up.status == MessageStatus.CANCELLED
    assert "replied" in follow_up.last_error or "now plans it for" in follow_up.last_error
    clock.at = follow_up.scheduled_at
    assert not worker.handle_one()
    assert smtp_sink.count() == 1


def test_a_follow_up_looks_for_a_reply_right_before_it_goes(alice, alice_app, alice_imap, smtp_sink, dovecot, mailbox, clock):
    from afterview.outreach.worker import Worker

    worker = Worker(clock)
    ask = schedule(alice, alice_app, "Dana Whitfield", "next-steps", send_now=True)
    worker.handle_one()
    follow_up = schedule(alice, alice_app, "Dana Whitfield", "follow-up")
    # The reply lands a minute before the follow-up is due; no inbox round has run since.
    dovecot.deliver(*mailbox, reply("<r1@cp.example>", ask.message_id, date="Thu, 17 Dec 2026 08:59:00 -0600"))
    clock.at = follow_up.scheduled_at
    assert worker.handle_one()
    follow_up.refresh_from_db()
    assert follow_up.status == MessageStatus.CANCELLED
    assert smtp_sink.count() == 1
    assert Touch.objects.filter(kind=TouchKind.REPLY).count() == 1


def test_a_follow_up_waits_when_the_inbox_cannot_be_read(alice, alice_app, alice_imap, smtp_sink, clock):
    from afterview.outreach.worker import handle_one

    follow_up = schedule(alice, alice_app, "Dana Whitfield", "follow-up")
    type(alice_imap).objects.filter(pk=alice_imap.pk).update(imap_port=1)
    clock.at = follow_up.scheduled_at
    assert handle_one(clock)
    follow_up.refresh_from_db()
    assert follow_up.status == MessageStatus.SCHEDULED
    assert follow_up.last_error.startswith("attempt 1 failed: could not look for a reply in your inbox first")
    assert smtp_sink.count() == 0


def stall(message, clock):
    """As if a worker claimed `message` and died: `sending`, its lease run out."""
    Message.objects.filter(pk=message.pk).update(
        status=MessageStatus.SENDING, lease_until=clock() - timedelta(minutes=1), attempts=1
    )


def test_a_message_whose_worker_died_is_not_resent_blindly(alice, alice_app, alice_mail, smtp_sink, clock):
    from afterview.outreach.worker import handle_one

    message = schedule(alice, alice_app, "Miriam Castellanos", send_now=True)
    stall(message, clock)
    assert handle_one(clock)
    message.refresh_from_db()
    assert message.status == MessageStatus.UNKNOWN
    assert message.last_error.startswith("the worker stopped while sending it and no IMAP is set up")
    assert not handle_one(clock)
    assert smtp_sink.count() == 0


def test_a_message_found_in_sent_is_recorded_as_sent(alice, alice_app, alice_imap, smtp_sink, dovecot, mailbox, clock):
    from afterview.outreach.worker import handle_one

    message = schedule(alice, alice_app, "Miriam Castellanos", send_now=True)
    stall(message, clock)
    dovecot.deliver(*mailbox, f"Message-ID: {message.message_id}\r\nSubject: x\r\n\r\nx\r\n".encode(), folder="Sent")
    assert handle_one(clock)
    message.refresh_from_db()
    assert message.status == MessageStatus.SENT
    assert "found in your Sent folder" in message.last_error
    assert Touch.objects.filter(kind=TouchKind.THANK_YOU_SENT).count() == 1
    assert smtp_sink.count() == 0


def test_a_message_missing_from_sent_waits_for_the_candidate(alice, alice_app, alice_imap, smtp_sink, clock):
    from afterview.outreach.worker import handle_one

    message = schedule(alice, alice_app, "Miriam Castellanos", send_now=True)
    stall(message, clock)
    assert handle_one(clock)
    message.refresh_from_db()
    assert message.status == MessageStatus.UNKNOWN
    assert "it is not in your Sent folder" in message.last_error
    assert smtp_sink.count() == 0


def test_a_live_lease_is_left_alone(alice, alice_app, alice_mail, smtp_sink, clock):
    from afterview.outreach.worker import handle_one

    message = schedule(alice, alice_app, "Miriam Castellanos", send_now=True)
    Message.objects.filter(pk=message.pk).update(status=MessageStatus.SENDING, lease_until=clock() + timedelta(minutes=5))
    assert not handle_one(clock)
    message.refresh_from_db()
    assert message.status == MessageStatus.SENDING


def datetime_(*parts):
    from datetime import UTC, datetime

    return datetime(*parts, tzinfo=UTC)


@pytest.mark.parametrize(
    "headers",
    [
        "Auto-Submitted: auto-replied\r\n",
        "Precedence: bulk\r\n",
        "Content-Type: multipart/report; report-type=delivery-status; boundary=x\r\n",
    ],
)
def test_an_automatic_answer_is_not_a_reply(alice, alice_app, alice_imap, smtp_sink, dovecot, mailbox, clock, headers):
    from afterview.outreach.worker import Worker

    worker = Worker(clock)
    ask = schedule(alice, alice_app, "Dana Whitfield", "next-steps", send_now=True)
    worker.handle_one()
    follow_up = schedule(alice, alice_app, "Dana Whitfield", "follow-up")
    out_of_office = reply("<ooo@cp.example>", ask.message_id).replace(b"Subject:", headers.encode() + b"Subject:")
    dovecot.deliver(*mailbox, out_of_office)
    clock.at = follow_up.scheduled_at
    assert worker.handle_one()
    follow_up.refresh_from_db()
    assert follow_up.status == MessageStatus.SENT
    assert not Touch.objects.filter(kind=TouchKind.REPLY).exists()


def test_the_loop_carries_on_after_a_failed_step(alice, alice_app, alice_mail, smtp_sink, clock, monkeypatch, caplog):
    import threading

    from afterview.outreach.worker import Worker

    worker = Worker(clock)
    calls = []

    def flaky():
        calls.append(1)
        if len(calls) == 1:
            raise RuntimeError("database went away")
        return False

    monkeypatch.setattr(worker, "handle_one", flaky)
    stop = threading.Event()
    waits = []

    def wait(seconds):
        waits.append(seconds)
        assert len(waits) < 10, "the loop spins"
        if len(calls) >= 2:
            stop.set()

    monkeypatch.setattr(stop, "wait", wait)
    assert worker.run(interval=0.1, stop=stop) == 0
    assert len(calls) == 2 and "worker step failed" in caplog.text


def test_the_loop_reads_inboxes_on_its_own_schedule(db):
    import threading

    from afterview.outreach.worker import Worker

    class Counting(Worker):
        reads = looks = 0

        def sync_inboxes(self, *, every):
            self.reads += 1
            return 0

        def handle_one(self):
            self.looks += 1
            return False

    worker, stop = Counting(), threading.Event()
    threading.Timer(0.6, stop.set).start()
    worker.run(interval=0.05, read_every=3600, stop=stop)
    assert worker.reads == 1
    assert worker.looks >= 5
