"""Replies understood end to end: pasted with `understand`/`record`, and found by `mail sync`."""

from datetime import UTC, date, datetime

from afterview.core.playbook import ActionKind, next_actions
from afterview.outreach import inbox, replies
from afterview.outreach.models import InboundMail, Review
from afterview.records import models as m
from afterview.records.services import application_facts
from tests.conftest import NOW
from tests.outreach.test_services import FOLLOW_UP_AT, contact, schedule, sent

SYNC_AT = datetime(2026, 12, 10, 17, 0, tzinfo=UTC)


def first_follow_up(candidate, app, at):
    actions = next_actions(application_facts(candidate, app.pk), at)
    return next(a for a in actions if a.kind is ActionKind.FOLLOW_UP)


def test_a_pasted_timeline_moves_the_follow_up_to_the_business_day_after_that_friday(alice, alice_app):
    assert first_follow_up(alice, alice_app, NOW).due_at == FOLLOW_UP_AT
    understood = replies.understand(alice, b"we expect to decide by the end of next week", now=NOW, app_id=alice_app.pk)
    out = understood.as_json()
    # Written Fri 4 Dec: the end of next week is Fri 11 Dec.
    assert (out["kind"], out["expect_by"], out["application"]) == ("timeline", "2026-12-11", alice_app.pk)
    assert out["evidence"] == "we expect to decide by the end of next week"
    assert [p["what"] for p in out["proposed"]] == ["reply", "expect"]
    assert not m.Touch.objects.filter(kind="reply").exists()  # understanding writes nothing

    replies.record(alice, understood, now=NOW)

    [touch] = m.Touch.objects.filter(kind="reply")
    assert touch.expect_on == date(2026, 12, 11)
    # Monday 14 December, 09:00 in Chicago.
    assert first_follow_up(alice, alice_app, NOW).due_at == datetime(2026, 12, 14, 15, 0, tzinfo=UTC)


def test_the_application_is_found_from_the_senders_address(alice, alice_app):
    raw = (
        b"From: Dana Whitfield <DANA@cp.example>\nSubject: Re: Thanks\nDate: Fri, 04 Dec 2026 08:00:00 -0600\n\n"
        b"Could you send us your transcript?\n"
    )
    understood = replies.understand(alice, raw, now=NOW)
    assert understood.application.pk == alice_app.pk
    assert understood.contact.name == "Dana Whitfield"
    assert understood.as_json()["proposed"][-1]["text"] == "add a step: send them the transcript"
    replies.record(alice, understood, now=NOW)
    [step] = [a for a in next_actions(application_facts(alice, alice_app.pk), NOW) if a.kind is ActionKind.SEND_REQUESTED]
    assert step.person == "Dana Whitfield"


def test_an_offer_is_recorded_only_when_confirmed(alice, alice_app):
    raw = b"From: dana@cp.example\nSubject: Offer\nDate: Fri, 04 Dec 2026 08:00:00 -0600\n\nI'm delighted to offer you the position.\n"
    understood = replies.understand(alice, raw, now=NOW)
    assert understood.reading.kind == "offer"
    assert not m.Touch.objects.filter(kind="offer").exists()
    replies.record(alice, understood, now=NOW)
    assert m.Touch.objects.filter(kind="offer").count() == 1
    assert next_actions(application_facts(alice, alice_app.pk), NOW) == []


def auto_reply(body, *, date="Fri, 04 Dec 2026 08:00:00 -0600"):
    return (
        f"From: Dana Whitfield <dana@cp.example>\r\nTo: alice@example.edu\r\nSubject: Out of Office: Thank you\r\n"
        f"Auto-Submitted: auto-replied\r\nMessage-ID: <ooo-1@cp.example>\r\nDate: {date}\r\n\r\n{body}\r\n"
    ).encode()


def test_an_out_of_office_reply_delays_the_follow_up_and_is_not_a_reply(alice, alice_app, alice_imap, dovecot, mailbox):
    dovecot.deliver(*mailbox, auto_reply("I am out of the office until Monday, December 21, with limited access to email."))

    report = inbox.sync_replies(alice_imap, now=SYNC_AT)

    assert report.replies == []
    [inbound] = report.automatic
    assert (inbound.kind, inbound.returns_on, inbound.review, inbound.touch_id) == ("auto-reply", date(2026, 12, 21), Review.APPLIED, None)
    assert not m.Touch.objects.filter(kind="reply").exists()
    assert contact(alice, alice_app, "Dana Whitfield").away_until == date(2026, 12, 21)
    follow_up = first_follow_up(alice, alice_app, SYNC_AT)
    assert follow_up.due_at == datetime(2026, 12, 22, 15, 0, tzinfo=UTC)  # was Thu 17 Dec
    assert "away until Mon 21 Dec" in follow_up.reason


def test_an_out_of_office_reply_cancels_a_follow_up_scheduled_too_soon(alice, alice_app, alice_imap, dovecot, mailbox):
    follow_up = schedule(alice, alice_app, "Dana Whitfield", "follow-up")
    dovecot.deliver(*mailbox, auto_reply("I'm on leave and will return on 4 January 2027."))
    report = inbox.sync_replies(alice_imap, now=SYNC_AT)
    assert [msg.pk for msg, _ in report.cancelled] == [follow_up.pk]


def bounce_of(message_id):
    return (
        "From: Mail Delivery System <MAILER-DAEMON@mx.example.org>\r\nTo: alice@example.edu\r\n"
        "Subject: Undelivered Mail Returned to Sender\r\nDate: Fri, 04 Dec 2026 16:00:00 +0000\r\n"
        "Message-ID: <dsn-1@mx.example.org>\r\nAuto-Submitted: auto-replied\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="B1"\r\n\r\n'
        "--B1\r\nContent-Type: text/plain\r\n\r\nYour message could not be delivered.\r\n\r\n"
        "--B1\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.example.org\r\n\r\n"
        "Final-Recipient: rfc822; dana@cp.example\r\nAction: failed\r\nStatus: 5.1.1\r\n"
        "Diagnostic-Code: smtp; 550 5.1.1 User unknown\r\n\r\n"
        f"--B1\r\nContent-Type: text/rfc822-headers\r\n\r\nMessage-ID: {message_id}\r\nSubject: Next steps\r\n\r\n--B1--\r\n"
    ).encode()


def test_a_bounce_flags_the_address_fails_the_note_and_plans_a_new_address(alice, alice_app, alice_imap, dovecot, mailbox):
    note = sent(alice, alice_app, "Dana Whitfield", "next-steps", NOW, "<ask@example.edu>")
    dovecot.deliver(*mailbox, bounce_of("<ask@example.edu>"))

    report = inbox.sync_replies(alice_imap, now=SYNC_AT)

    [inbound] = report.automatic
    assert (inbound.kind, inbound.failed_address, inbound.answers_id) == ("bounce", "dana@cp.example", note.pk)
    dana = contact(alice, alice_app, "Dana Whitfield")
    assert dana.is_bounced and dana.bounce_reason.startswith("the mailbox does not exist")
    note.refresh_from_db()
    assert note.status == m.MessageStatus.FAILED and note.last_error.startswith("bounced: the mailbox does not exist")
    [first, *_] = next_actions(application_facts(alice, alice_app.pk), SYNC_AT)
    assert (first.kind, first.person) == (ActionKind.FIND_ADDRESS, "Dana Whitfield")
    # Nothing more goes to the address that bounced.
    import pytest

    from afterview.core.errors import Refused

    with pytest.raises(Refused, match="mail to dana@cp.example bounced"):
        schedule(alice, alice_app, "Dana Whitfield", "follow-up", now=SYNC_AT)
    # A new address clears the flag.
    m.Contact.objects.filter(pk=dana.pk).update(email="d.whitfield@cp.example")
    assert all(a.kind is not ActionKind.FIND_ADDRESS for a in next_actions(application_facts(alice, alice_app.pk), SYNC_AT))


def timeline_reply():
    return (
        b"From: Dana Whitfield <dana@cp.example>\r\nTo: alice@example.edu\r\nSubject: Re: Next steps\r\n"
        b"Message-ID: <r9@cp.example>\r\nDate: Thu, 10 Dec 2026 10:00:00 -0600\r\n\r\n"
        b"Thanks Alice. The committee meets on the 21st and we'll reach out the day after.\r\n\r\n"
        b"On Wed, Dec 9, 2026 Alice wrote:\r\n> Will I hear by the 15th?\r\n"
    )


def test_a_synced_timeline_waits_for_confirmation(alice, alice_app, alice_imap, dovecot, mailbox):
    dovecot.deliver(*mailbox, timeline_reply())
    report = inbox.sync_replies(alice_imap, now=SYNC_AT)
    [inbound] = report.replies
    assert inbound.touch.kind == "reply" and inbound.touch.expect_on is None  # logged at once, date not yet
    assert [r.pk for r in replies.pending_reviews(alice)] == [inbound.pk]
    assert (inbound.kind, inbound.expect_on) == ("timeline", date(2026, 12, 22))
    assert inbound.evidence == "The committee meets on the 21st and we'll reach out the day after."

    replies.confirm_review(alice, inbound.pk, now=SYNC_AT)
    replies.confirm_review(alice, inbound.pk, now=SYNC_AT)  # a second click changes nothing

    inbound.touch.refresh_from_db()
    assert inbound.touch.expect_on == date(2026, 12, 22)
    assert replies.pending_reviews(alice) == []
    assert first_follow_up(alice, alice_app, SYNC_AT).due_at == datetime(2026, 12, 23, 15, 0, tzinfo=UTC)


def test_a_reading_can_be_corrected_or_dismissed(alice, alice_app, alice_imap, dovecot, mailbox):
    dovecot.deliver(*mailbox, timeline_reply())
    [inbound] = inbox.sync_replies(alice_imap, now=SYNC_AT).replies
    replies.confirm_review(alice, inbound.pk, now=SYNC_AT, kind="rejection")
    assert m.Touch.objects.filter(kind="rejection").count() == 1
    inbound.refresh_from_db()
    assert (inbound.kind, inbound.review) == ("rejection", Review.APPLIED)


def test_bob_cannot_review_alices_replies(alice, bob, alice_app, alice_imap, dovecot, mailbox):
    import pytest

    from afterview.core.errors import NotFound

    dovecot.deliver(*mailbox, timeline_reply())
    [inbound] = inbox.sync_replies(alice_imap, now=SYNC_AT).replies
    with pytest.raises(NotFound):
        replies.confirm_review(bob, inbound.pk, now=SYNC_AT)
    assert replies.pending_reviews(bob) == []
    assert InboundMail.objects.get(pk=inbound.pk).review == Review.PENDING


def test_a_promise_of_news_with_no_day_is_a_timeline_that_moves_nothing(alice, alice_app):
    understood = replies.understand(alice, b"Thanks, we'll be in touch in the coming weeks.", now=NOW, app_id=alice_app.pk)
    out = understood.as_json()
    assert (out["kind"], out["expect_by"]) == ("timeline", None)
    assert [p["what"] for p in out["proposed"]] == ["reply"]
    replies.record(alice, understood, now=NOW)
    [touch] = m.Touch.objects.filter(kind="reply")
    assert touch.expect_on is None
