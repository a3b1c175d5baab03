"""The outbox services: the mailbox, scheduling against the playbook, replies, .eml files."""

from __future__ import annotations

import email
from datetime import UTC, datetime, timedelta
from email import policy

import pytest

from afterview.core.errors import InvalidInput, NotFound, Refused
from afterview.outreach import account as accounts
from afterview.outreach import eml, inbox, notes, outbox
from afterview.outreach.models import InboundMail, MailAccount, MatchedBy
from afterview.records import models as m
from afterview.records.services import add_touch, find_contact
from tests.conftest import NOW

#: Thursday 3 December, 21:00 in Chicago: the evening after the interview.
TONIGHT = datetime(2026, 12, 4, 3, 0, tzinfo=UTC)
#: No date was given: the follow-up falls on the 10th business day, Thu 17 Dec, 09:00 Chicago.
FOLLOW_UP_AT = datetime(2026, 12, 17, 15, 0, tzinfo=UTC)

PLACEHOLDER_NOTE = "Subject: Thanks\n\nDear [Name],\n\nThank you for your time.\n\nAlice Moreau\n"


def contact(candidate, app, name):
    return find_contact(candidate, app, name)


def schedule(candidate, app, name, kind="thank-you", **options):
    options.setdefault("now", NOW)
    person = contact(candidate, app, name)
    note = options.pop("note", None) or notes.Note(f"A {kind}", f"Dear {person.name},\n\nThank you.\n\nAlice\n")
    return outbox.schedule_message(candidate, app.pk, kind, contact=person, note=note, **options)


def sent(candidate, app, name, kind, at, message_id):
    """A note that left at `at`, as the worker would have recorded it."""
    message = schedule(candidate, app, name, kind, send_now=True, now=at)
    m.Message.objects.filter(pk=message.pk).update(status=m.MessageStatus.SENDING, message_id=message_id)
    message.refresh_from_db()
    assert outbox.record_sent(message, at=at)
    return message


def reply(sender, message_id, *, date="Thu, 10 Dec 2026 10:00:00 -0600", in_reply_to="", subject="Re: Next steps"):
    parent = f"In-Reply-To: {in_reply_to}\r\n" if in_reply_to else ""
    return (
        f"From: {sender}\r\nTo: Alice Moreau <alice@example.edu>\r\nSubject: {subject}\r\n"
        f"Message-ID: {message_id}\r\n{parent}Date: {date}\r\n\r\nThanks, we will be in touch.\r\n"
    ).encode()


# -- the mailbox -----------------------------------------------------------------------


def test_it_stores_passwords_encrypted(alice, smtp_sink, account_input):
    account = accounts.save_account(
        alice, account_input(smtp_sink, smtp_user="alice", smtp_password="hunter2"), now=NOW
    )
    row = MailAccount.objects.values().get(pk=account.pk)
    assert "hunter2" not in repr(row)
    assert "hunter2" not in repr(account)
    assert accounts.smtp_server(account).password == "hunter2"
    assert "hunter2" not in repr(accounts.smtp_server(account))
    assert "hunter2" not in repr(accounts.account_summary(account))
    assert accounts.account_summary(account)["smtp_password"] == "stored, encrypted"


def test_it_keeps_the_stored_password_when_none_is_given(alice, smtp_sink, account_input):
    accounts.save_account(alice, account_input(smtp_sink, smtp_user="alice", smtp_password="hunter2"), now=NOW)
    account = accounts.save_account(alice, account_input(smtp_sink, smtp_user="alice", from_name="Alice M."), now=NOW)
    assert account.from_name == "Alice M."
    assert accounts.smtp_server(account).password == "hunter2"
    assert MailAccount.objects.count() == 1


def test_a_new_inbox_starts_reading_afresh(alice, smtp_sink, dovecot, mailbox, account_input):
    account = accounts.save_account(alice, account_input(smtp_sink, imap=mailbox, dovecot=dovecot), now=NOW)
    MailAccount.objects.filter(pk=account.pk).update(imap_uidvalidity=7, imap_last_uid=99)
    account = accounts.save_account(alice, account_input(smtp_sink, imap=dovecot.new_user(), dovecot=dovecot), now=NOW)
    assert (account.imap_uidvalidity, account.imap_last_uid) == (None, 0)


@pytest.mark.parametrize(
    "changes, message",
    [
        (dict(smtp_security="ssl"), "--smtp-security must be one of none, starttls, tls"),
        (dict(smtp_port=70000), "--smtp-port must be from 1 to 65535"),
        (dict(smtp_host=" "), "--smtp-host is empty"),
        (dict(from_name="Alice\r\nBcc: x@y.z"), "--from-name contains a line break"),
        (dict(imap_host="imap.example.com", imap_port=993), "--imap-user is needed"),
        (dict(imap_host="imap.example.com", imap_user="alice"), "--imap-port is needed"),
    ],
)
def test_it_refuses_unusable_settings(account_input, changes, message):
    with pytest.raises(InvalidInput, match=message):
        account_input(**changes)


def test_a_candidate_without_a_mailbox_is_told_what_to_do(alice):
    with pytest.raises(NotFound, match="afterview mail setup"):
        accounts.get_account(alice)


def test_bob_never_sees_alices_mailbox(alice, bob, alice_mail):
    with pytest.raises(NotFound):
        accounts.get_account(bob)


def test_it_tests_both_servers_and_says_what_failed(alice, smtp_sink, dovecot, mailbox, account_input):
    accounts.save_account(alice, account_input(smtp_sink, imap=mailbox, dovecot=dovecot), now=NOW)
    smtp_probe, imap_probe = accounts.test_account(alice)
    assert smtp_probe.ok and imap_probe.ok
    assert "Sent" in imap_probe.detail

    login, _ = mailbox
    accounts.save_account(alice, account_input(smtp_sink, imap=(login, "wrong"), dovecot=dovecot), now=NOW)
    smtp_sink.stop()
    smtp_probe, imap_probe = accounts.test_account(alice)
    assert not smtp_probe.ok and "connection: refused" in smtp_probe.detail
    assert not imap_probe.ok and imap_probe.detail.startswith("login: refused")


# -- notes -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, subject, body",
    [
        ("Subject: Hello there\n\nDear Dana,\nThanks.\n", "Hello there", "Dear Dana,\nThanks.\n"),
        ("subject:Hi\r\n\r\nBody\r\n", "Hi", "Body\n"),
        ("\ufeffDear Dana,\n\nThanks.", "Default", "Dear Dana,\n\nThanks.\n"),
    ],
)
def test_it_reads_a_note_with_or_without_a_subject_line(text, subject, body):
    assert notes.read_note(text, "Default") == notes.Note(subject, body)


@pytest.mark.parametrize(
    "text, message",
    [
        ("Subject: \n\nBody", "Subject: line is empty"),
        ("Subject: Hi\n\n  \n", "the note is empty"),
        ("Subject: " + "x" * 301 + "\n\nBody", "keep it under 300"),
        ("Subject: Hi\x00there\n\nBody", "contains control characters"),
        ("Subject: Hi\u2028Bcc: x@evil.example\n\nBody", "contains control characters"),
        ("Subject: Hi\x0b\x1b]0;x\x07\n\nBody", "contains control characters"),
    ],
)
def test_it_refuses_an_unusable_note(text, message):
    with pytest.raises(InvalidInput, match=message):
        notes.read_note(text, "Default")


# -- scheduling ---------------------------------------------------------------------------


def test_notes_approved_tonight_leave_at_nine_their_time(alice, alice_app, alice_mail):
    theo = contact(alice, alice_app, "Theo Lindqvist")
    theo.tz = "Europe/London"
    theo.save()

    miriam = schedule(alice, alice_app, "Miriam Castellanos", now=TONIGHT)
    to_theo = schedule(alice, alice_app, "Theo Lindqvist", now=TONIGHT)
    ask = schedule(alice, alice_app, "Dana Whitfield", "next-steps", now=TONIGHT)

    assert miriam.scheduled_at == datetime(2026, 12, 4, 15, 0, tzinfo=UTC)  # 09:00 Chicago
    assert to_theo.scheduled_at == datetime(2026, 12, 4, 9, 0, tzinfo=UTC)  # 09:00 London
    assert ask.scheduled_at == datetime(2026, 12, 4, 15, 0, tzinfo=UTC)
    assert {miriam.status, to_theo.status, ask.status} == {m.MessageStatus.SCHEDULED}
    assert len({miriam.message_id, to_theo.message_id, ask.message_id}) == 3
    assert miriam.message_id.endswith("@example.edu>")


def test_the_follow_up_is_planned_for_the_day_the_playbook_says(alice, alice_app, alice_mail):
    message = schedule(alice, alice_app, "Dana Whitfield", "follow-up")
    assert message.scheduled_at == FOLLOW_UP_AT


def test_it_refuses_a_follow_up_before_it_is_due(alice, alice_app, alice_mail):
    with pytest.raises(Refused, match="not due before Thu 17 Dec 09:00"):
        schedule(alice, alice_app, "Dana Whitfield", "follow-up", send_now=True)
    with pytest.raises(Refused, match="not due before"):
        schedule(alice, alice_app, "Dana Whitfield", "follow-up", at=FOLLOW_UP_AT - timedelta(days=1))
    assert not m.Message.objects.exists()


def test_the_min_gap_applies_to_sending(alice, alice_app, alice_mail):
    add_touch(alice, alice_app.pk, "follow-up-sent", at=FOLLOW_UP_AT, person="Dana Whitfield")
    later = FOLLOW_UP_AT + timedelta(days=1)
    with pytest.raises(Refused, match=r"not due before Thu 24 Dec 09:00.*min-gap|not due before Thu 24 Dec"):
        schedule(alice, alice_app, "Dana Whitfield", "follow-up", send_now=True, now=later)
    message = schedule(alice, alice_app, "Dana Whitfield", "follow-up", now=later)
    assert message.scheduled_at == datetime(2026, 12, 24, 15, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    "name, kind, message",
    [
        ("Dana Whitfield", "thank-you", "no thank-you to Dana Whitfield"),
        ("Miriam Castellanos", "follow-up", "a follow-up goes to Dana Whitfield, not to Miriam Castellanos"),
        ("Theo Lindqvist", "next-steps", "a next-steps goes to Dana Whitfield"),
    ],
)
def test_it_refuses_what_the_playbook_does_not_plan(alice, alice_app, alice_mail, name, kind, message):
    with pytest.raises(Refused, match=message):
        schedule(alice, alice_app, name, kind)


def test_a_send_makes_the_facts_and_the_plan_once(alice, alice_app, alice_mail, monkeypatch):
    """`afterview send`'s services: the facts are loaded and the plan made once per
    send, passed down to the recipient, the draft, the checker and the outbox; a
    refusal is counted once."""
    from afterview.core import playbook
    from afterview.outreach import notes, outbox
    from afterview.outreach.models import GuardStop
    from afterview.records import services as records_services

    made = {"facts": 0, "plans": 0}
    real_facts, real_plan = records_services.some_facts, playbook.next_actions

    def facts(*args, **kwargs):
        made["facts"] += 1
        return real_facts(*args, **kwargs)

    def plan(*args, **kwargs):
        made["plans"] += 1
        return real_plan(*args, **kwargs)

    monkeypatch.setattr(records_services, "some_facts", facts)
    monkeypatch.setattr(playbook, "next_actions", plan)
    monkeypatch.setattr(outbox, "next_actions", plan)
    ready = notes.prepare_note(alice, alice_app.pk, "thank-you", now=TONIGHT, to="Miriam Castellanos")
    sent = notes.send_ready(alice, ready, now=TONIGHT)
    assert made == {"facts": 1, "plans": 1}
    assert sent.message.scheduled_at == ready.leaves_at == datetime(2026, 12, 4, 15, 0, tzinfo=UTC)

    made.update(facts=0, plans=0)
    with pytest.raises(Refused, match="not due before"):
        notes.prepare_note(alice, alice_app.pk, "follow-up", now=TONIGHT, send_now=True)
    assert made == {"facts": 1, "plans": 1} and GuardStop.objects.filter(kind="follow-up").count() == 1


def test_it_never_schedules_the_same_note_twice(alice, alice_app, alice_mail):
    first = schedule(alice, alice_app, "Miriam Castellanos")
    with pytest.raises(Refused, match=f"#{first.pk}, a thank-you to Miriam Castellanos, is already scheduled"):
        schedule(alice, alice_app, "Miriam Castellanos")
    outbox.cancel_message(alice, first.pk)
    assert schedule(alice, alice_app, "Miriam Castellanos").pk != first.pk


def test_it_sends_nothing_after_a_decision(alice, alice_app, alice_mail):
    add_touch(alice, alice_app.pk, "offer", at=NOW - timedelta(hours=1))
    with pytest.raises(Refused, match="no steps left"):
        schedule(alice, alice_app, "Miriam Castellanos")


def test_it_needs_an_address_and_a_mailbox(alice, alice_app):
    with pytest.raises(NotFound, match="afterview mail setup"):
        schedule(alice, alice_app, "Miriam Castellanos")


def test_it_refuses_a_recipient_without_an_address(alice, alice_app, alice_mail):
    m.Contact.objects.filter(name="Miriam Castellanos").update(email="")
    with pytest.raises(InvalidInput, match="no e-mail address on record"):
        schedule(alice, alice_app, "Miriam Castellanos")


def test_bob_cannot_send_alices_notes(alice, bob, alice_app, alice_mail, smtp_sink, account_input):
    accounts.save_account(bob, account_input(smtp_sink, from_name="Bob Tanaka", from_address="bob@example.org"), now=NOW)
    with pytest.raises(NotFound):
        outbox.schedule_message(
            bob, alice_app.pk, "thank-you", contact=contact(alice, alice_app, "Miriam Castellanos"),
            note=notes.Note("Hi", "Hello\n"), now=NOW,
        )
    message = schedule(alice, alice_app, "Miriam Castellanos")
    with pytest.raises(NotFound):
        outbox.cancel_message(bob, message.pk)
    assert outbox.outbox(bob) == []


# -- send_note: the checker first --------------------------------------------------------


def test_a_note_with_errors_is_refused_unless_forced(alice, alice_app, alice_mail):
    with pytest.raises(Refused, match=r"the note has \d+ errors? \(placeholder.*--force"):
        notes.send_note(alice, alice_app.pk, "thank-you", to="Miriam", text=PLACEHOLDER_NOTE, now=NOW)
    assert not m.Message.objects.exists()

    result = notes.send_note(alice, alice_app.pk, "thank-you", to="Miriam", text=PLACEHOLDER_NOTE, force=True, now=NOW)
    assert result.message.forced
    assert result.message.subject == "Thanks"
    assert not result.report.ok


def test_a_note_that_never_arrived_may_be_sent_again(alice, alice_app, alice_mail):
    first = notes.send_note(alice, alice_app.pk, "thank-you", to="Miriam Castellanos", now=NOW).message
    with pytest.raises(Refused, match="duplicate-note"):
        notes.send_note(alice, alice_app.pk, "thank-you", to="Miriam Castellanos", text=first.body, now=NOW)
    m.Message.objects.filter(pk=first.pk).update(status=m.MessageStatus.FAILED)
    again = notes.send_note(alice, alice_app.pk, "thank-you", to="Miriam Castellanos", text=first.body, now=NOW)
    assert not again.message.forced
    assert "duplicate-note" not in {f.code for f in again.report.findings}


def test_a_note_repeating_one_they_have_is_refused(alice, alice_app, alice_mail):
    first = notes.send_note(alice, alice_app.pk, "thank-you", to="Miriam Castellanos", now=NOW).message
    with pytest.raises(Refused, match="duplicate-note"):
        notes.send_note(alice, alice_app.pk, "thank-you", to="Theo Lindqvist", text=first.body.replace("Miriam", "Theo"), now=NOW)


def test_it_sends_the_draft_when_no_note_is_given(alice, alice_app, alice_mail):
    result = notes.send_note(alice, alice_app.pk, "thank-you", to="Miriam Castellanos", now=NOW)
    message = result.message
    assert not message.forced
    assert "Miriam" in message.body
    assert message.subject
    assert message.contact.name == "Miriam Castellanos"


def test_it_picks_the_hiring_contact_for_a_follow_up(alice, alice_app, alice_mail):
    result = notes.send_note(alice, alice_app.pk, "next-steps", now=NOW)
    assert result.message.contact.name == "Dana Whitfield"


def test_it_asks_whom_when_several_are_due(alice, alice_app, alice_mail):
    with pytest.raises(InvalidInput, match="several people .*Miriam Castellanos.*Theo Lindqvist.*--to"):
        notes.send_note(alice, alice_app.pk, "thank-you", now=NOW)


# -- cancel, confirm, outbox ---------------------------------------------------------------


def test_it_cancels_only_what_has_not_started_to_leave(alice, alice_app, alice_mail):
    message = schedule(alice, alice_app, "Miriam Castellanos")
    assert outbox.cancel_message(alice, message.pk).status == m.MessageStatus.CANCELLED
    assert outbox.cancel_message(alice, message.pk).status == m.MessageStatus.CANCELLED

    other = schedule(alice, alice_app, "Theo Lindqvist")
    # A worker sending it holds a lease (one without is settled like `unknown`: test_restore.py).
    m.Message.objects.filter(pk=other.pk).update(status=m.MessageStatus.SENDING, lease_until=NOW + timedelta(minutes=15))
    with pytest.raises(Refused, match="being sent right now"):
        outbox.cancel_message(alice, other.pk)
    with pytest.raises(NotFound, match="no message #999"):
        outbox.cancel_message(alice, 999)


def test_a_message_in_doubt_is_confirmed_by_the_candidate(alice, alice_app, alice_mail):
    one = schedule(alice, alice_app, "Miriam Castellanos")
    two = schedule(alice, alice_app, "Theo Lindqvist")
    m.Message.objects.filter(pk__in=[one.pk, two.pk]).update(status=m.MessageStatus.UNKNOWN)

    later = NOW + timedelta(hours=1)
    assert outbox.confirm_message(alice, one.pk, sent=True, now=later).status == m.MessageStatus.SENT
    touch = m.Touch.objects.get(kind=m.TouchKind.THANK_YOU_SENT)
    assert touch.contact.name == "Miriam Castellanos" and touch.at == later

    again = outbox.confirm_message(alice, two.pk, sent=False, now=later)
    assert (again.status, again.scheduled_at) == (m.MessageStatus.SCHEDULED, later)
    with pytest.raises(Refused, match="only a message in 'unknown'"):
        outbox.confirm_message(alice, two.pk, sent=True, now=later)


def test_the_outbox_lists_the_candidates_messages_by_time(alice, alice_app, alice_mail):
    later = schedule(alice, alice_app, "Theo Lindqvist", at=NOW + timedelta(hours=3))
    sooner = schedule(alice, alice_app, "Miriam Castellanos", at=NOW + timedelta(hours=1))
    assert [x.pk for x in outbox.outbox(alice)] == [sooner.pk, later.pk]


def test_sending_a_follow_up_marks_the_updates_it_carried(alice, alice_app, alice_mail):
    from afterview.records.services import add_update

    carried = add_update(alice, alice_app.pk, "Fall transcript: 3.9 GPA", at=NOW)
    message = schedule(alice, alice_app, "Dana Whitfield", "follow-up", now=NOW + timedelta(hours=1))
    newer = add_update(alice, alice_app.pk, "Moot court final", at=NOW + timedelta(hours=2))
    m.Message.objects.filter(pk=message.pk).update(status=m.MessageStatus.SENDING)
    assert outbox.record_sent(message, at=FOLLOW_UP_AT)
    assert not outbox.record_sent(message, at=FOLLOW_UP_AT)  # once only
    carried.refresh_from_db()
    newer.refresh_from_db()
    assert carried.sent_at == FOLLOW_UP_AT
    assert newer.sent_at is None
    assert m.Touch.objects.filter(kind=m.TouchKind.FOLLOW_UP_SENT).count() == 1


# -- holding messages against the plan -------------------------------------------------------


def test_a_reply_makes_a_planned_follow_up_unnecessary(alice, alice_app, alice_mail):
    follow_up = schedule(alice, alice_app, "Dana Whitfield", "follow-up")
    thanks = schedule(alice, alice_app, "Miriam Castellanos")
    replied_at = datetime(2026, 12, 10, 16, 0, tzinfo=UTC)
    add_touch(alice, alice_app.pk, "reply", at=replied_at, person="Dana Whitfield")

    cancelled = outbox.review_scheduled(alice_app.pk, now=replied_at + timedelta(minutes=5))

    assert [(msg.pk, "no longer due") for msg, _ in cancelled] == [(follow_up.pk, "no longer due")]
    follow_up.refresh_from_db()
    assert follow_up.status == m.MessageStatus.CANCELLED
    assert "the playbook now plans it for Thu 24 Dec" in follow_up.last_error
    thanks.refresh_from_db()
    assert thanks.status == m.MessageStatus.SCHEDULED


def test_a_decision_cancels_everything_planned(alice, alice_app, alice_mail):
    thanks = schedule(alice, alice_app, "Miriam Castellanos", at=NOW + timedelta(hours=2))
    add_touch(alice, alice_app.pk, "rejection", at=NOW + timedelta(hours=1))
    [(message, reason)] = outbox.review_scheduled(alice_app.pk, now=NOW + timedelta(hours=1))
    assert message.pk == thanks.pk
    assert reason.startswith("the application ended: rejection on Fri 4 Dec")


def test_a_note_logged_by_hand_cancels_the_scheduled_one(alice, alice_app, alice_mail):
    thanks = schedule(alice, alice_app, "Miriam Castellanos", at=NOW + timedelta(hours=2))
    add_touch(alice, alice_app.pk, "thank-you-sent", at=NOW + timedelta(hours=1), person="Miriam Castellanos")
    [(_, reason)] = outbox.review_scheduled(alice_app.pk, now=NOW + timedelta(hours=1))
    assert reason.startswith("a thank-you-sent to Miriam Castellanos was logged on Fri 4 Dec")
    thanks.refresh_from_db()
    assert thanks.status == m.MessageStatus.CANCELLED


# -- threading ----------------------------------------------------------------------------


def test_a_follow_up_threads_under_the_earlier_note_and_its_reply(alice, alice_app, alice_mail):
    ask = sent(alice, alice_app, "Dana Whitfield", "next-steps", NOW, "<ask@example.edu>")
    InboundMail.objects.create(
        owner=alice,
        account=alice_mail,
        message_id="<their-reply@cp.example>",
        uid=1,
        received_at=NOW + timedelta(days=1),
        from_address="dana@cp.example",
        application=alice_app,
        touch=m.Touch.objects.create(
            owner=alice, application=alice_app, kind="reply", at=NOW + timedelta(days=1), contact=ask.contact
        ),
        matched_by=MatchedBy.THREAD,
    )
    follow_up = schedule(alice, alice_app, "Dana Whitfield", "follow-up", now=NOW + timedelta(days=2))
    assert outbox.thread_headers(follow_up) == (
        "<their-reply@cp.example>",
        "<ask@example.edu> <their-reply@cp.example>",
    )
    # Notes to other people are other threads.
    thanks = schedule(alice, alice_app, "Miriam Castellanos")
    assert outbox.thread_headers(thanks) == ("", "")


# -- replies ------------------------------------------------------------------------------


def test_a_reply_to_our_note_is_logged_and_cancels_the_follow_up(alice, alice_app, alice_imap, dovecot, mailbox):
    sent(alice, alice_app, "Dana Whitfield", "next-steps", NOW, "<ask@example.edu>")
    follow_up = schedule(alice, alice_app, "Dana Whitfield", "follow-up")
    # The reply comes from an address we did not know: the thread still ties it to us.
    dovecot.deliver(*mailbox, reply("Recruiting <jobs@mail.cp-recruiting.example>", "<r1@cp.example>", in_reply_to="<ask@example.edu>"))

    report = inbox.sync_replies(alice_imap, now=datetime(2026, 12, 10, 17, 0, tzinfo=UTC))

    [inbound] = report.replies
    assert inbound.matched_by == MatchedBy.THREAD
    assert inbound.application_id == alice_app.pk
    touch = inbound.touch
    assert (touch.kind, touch.at, touch.contact) == ("reply", datetime(2026, 12, 10, 16, 0, tzinfo=UTC), None)
    assert touch.note == "e-mail: Re: Next steps"
    assert [msg.pk for msg, _ in report.cancelled] == [follow_up.pk]
    follow_up.refresh_from_db()
    assert follow_up.status == m.MessageStatus.CANCELLED


def test_replies_are_matched_by_address_then_by_domain(alice, alice_app, alice_imap, dovecot, mailbox):
    m.Organization.objects.filter(pk=alice_app.organization_id).update(domains=["cp.example"])
    dovecot.deliver(*mailbox, reply("Miriam Castellanos <MC@cp.example>", "<r1@cp.example>"))
    dovecot.deliver(*mailbox, reply("Someone New <new.person@cp.example>", "<r2@cp.example>"))
    dovecot.deliver(*mailbox, reply("A Newsletter <news@elsewhere.example>", "<r3@elsewhere.example>"))
    dovecot.deliver(*mailbox, reply("Alice Moreau <alice@example.edu>", "<r4@example.edu>"))

    report = inbox.sync_replies(alice_imap, now=datetime(2026, 12, 10, 17, 0, tzinfo=UTC))

    assert report.checked == 4
    assert [(r.message_id, r.matched_by, r.touch.contact and r.touch.contact.name) for r in report.replies] == [
        ("<r1@cp.example>", MatchedBy.ADDRESS, "Miriam Castellanos"),
        ("<r2@cp.example>", MatchedBy.DOMAIN, None),
    ]


def test_mail_from_before_the_interview_is_not_a_reply(alice, alice_app, alice_imap, dovecot, mailbox):
    dovecot.deliver(*mailbox, reply("Dana Whitfield <dana@cp.example>", "<r1@cp.example>", date="Thu, 3 Dec 2026 08:00:00 -0600"))
    report = inbox.sync_replies(alice_imap, now=datetime(2026, 12, 10, 17, 0, tzinfo=UTC))
    assert report.checked == 1
    assert report.replies == []


def test_each_reply_counts_once(alice, alice_app, alice_imap, dovecot, mailbox):
    when = datetime(2026, 12, 10, 17, 0, tzinfo=UTC)
    dovecot.deliver(*mailbox, reply("Dana Whitfield <dana@cp.example>", "<r1@cp.example>"))
    assert len(inbox.sync_replies(alice_imap, now=when).replies) == 1
    # The same message again (filed twice), and a second look at the inbox.
    dovecot.deliver(*mailbox, reply("Dana Whitfield <dana@cp.example>", "<r1@cp.example>"))
    alice_imap.refresh_from_db()
    assert inbox.sync_replies(alice_imap, now=when).replies == []
    alice_imap.refresh_from_db()
    assert inbox.sync_replies(alice_imap, now=when).checked == 0
    assert m.Touch.objects.filter(kind="reply").count() == 1


def test_a_second_reader_of_the_same_inbox_stands_back(alice, alice_app, alice_imap):
    MailAccount.objects.filter(pk=alice_imap.pk).update(sync_lease_until=NOW + timedelta(minutes=1))
    assert inbox.sync_replies(alice_imap, now=NOW).busy


def test_an_unreadable_inbox_is_reported_on_the_account(alice, alice_app, alice_imap, dovecot, account_input, smtp_sink):
    login, _ = dovecot.new_user()
    account = accounts.save_account(alice, account_input(smtp_sink, imap=(login, "wrong"), dovecot=dovecot), now=NOW)
    with pytest.raises(Exception, match="login: refused"):
        inbox.sync_replies(account, now=NOW)
    account.refresh_from_db()
    assert account.sync_error.startswith("login: refused")
    assert account.sync_lease_until is None


# -- the no-mailbox path ------------------------------------------------------------------------


def test_it_writes_an_eml_the_candidates_mail_program_opens(alice, alice_app, tmp_path):
    ask = notes.Note("Next steps for the Summer Associate role", "Dear Ms. Whitfield,\n\nCould you tell me what comes next?\n\nAlice Moreau\n")
    path = eml.write_eml(
        alice, alice_app.pk, "next-steps", person_key=str(alice_app.hiring_contact_id), note=ask, path=tmp_path / "ask.eml", now=NOW
    )
    mail = email.message_from_bytes(path.read_bytes(), policy=policy.default)
    assert mail["From"] == "Alice Moreau <alice@example.edu>"
    assert mail["To"] == "Dana Whitfield <dana@cp.example>"
    assert mail["Subject"] == "Next steps for the Summer Associate role"
    assert mail["X-Unsent"] == "1"
    assert mail["Message-ID"].endswith("@example.edu>")
    assert "what comes next" in mail.get_content()
    assert not m.Message.objects.exists()


def test_an_eml_needs_the_candidates_address(alice, alice_app, tmp_path):
    m.Profile.objects.filter(user=alice).update(email="")
    with pytest.raises(InvalidInput, match="afterview init --email"):
        eml.write_eml(
            alice, alice_app.pk, "next-steps", person_key=str(alice_app.hiring_contact_id),
            note=notes.Note("Hi", "Hello\n"), path=tmp_path / "a.eml", now=NOW,
        )


def test_bob_cannot_write_alices_contacts_into_an_eml(alice, bob, alice_app, tmp_path):
    m.Profile.objects.filter(user=bob).update(email="bob@example.org")
    with pytest.raises(NotFound):
        eml.write_eml(
            bob, alice_app.pk, "next-steps", person_key=str(alice_app.hiring_contact_id),
            note=notes.Note("Hi", "Hello\n"), path=tmp_path / "a.eml", now=NOW,
        )


@pytest.mark.parametrize(
    "person, name",
    [(None, "notes.eml"), ("Miriam Castellanos", "notes-miriam-castellanos.eml"), ("José Núñez-Ruiz", "notes-josé-núñez-ruiz.eml")],
)
def test_several_eml_files_are_named_after_their_recipients(tmp_path, person, name):
    assert eml.eml_path(tmp_path / "notes.eml", person) == tmp_path / name
