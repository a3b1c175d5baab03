"""The reminder round against real servers: Apprise's json:// to a local HTTP server,
the digest through aiosmtpd. Alice's interview ended Thursday 12:00 in Chicago; her
thank-yous and the next-steps question are due then, by Friday 12:00."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

import pytest

from afterview.reminders import rounds
from afterview.reminders.models import DigestEvery, Preferences, Reminder, ReminderStatus

THU_1230 = datetime(2026, 12, 3, 18, 30, tzinfo=UTC)  # 12:30 in Chicago
FRI_0800 = datetime(2026, 12, 4, 14, 0, tzinfo=UTC)
FRI_0900 = datetime(2026, 12, 4, 15, 0, tzinfo=UTC)  # three hours before the thank-yous' deadline


@pytest.fixture
def alice_email(alice):
    from afterview.records.models import Profile

    Profile.objects.filter(user=alice).update(email="alice@example.edu")


def test_it_sends_one_reminder_per_step_and_channel_when_steps_fall_due(alice, alice_app, alice_phone, json_sink):
    assert rounds.run_round(THU_1230) == 3
    titles = sorted(json_sink.titles())
    assert titles == [
        "Ask Dana Whitfield about next steps and the timeline",
        "Send Miriam Castellanos a thank-you note",
        "Send Theo Lindqvist a thank-you note",
    ]
    miriam = next(item for item in json_sink.received if "Miriam" in item["title"])
    assert "Calloway & Pryce LLP" in miriam["message"]
    assert "Why:" in miriam["message"]
    assert "By: Fri 4 Dec, 12:00." in miriam["message"]
    assert f'afterview draft {alice_app.pk} --kind thank-you --to "Miriam Castellanos"' in miriam["message"]


def test_it_never_sends_the_same_reminder_twice(alice, alice_app, alice_phone, json_sink):
    rounds.run_round(THU_1230)
    assert rounds.run_round(THU_1230 + timedelta(minutes=5)) == 0
    assert rounds.run_round(THU_1230 + timedelta(hours=2)) == 0
    assert len(json_sink.received) == 3


@pytest.fixture
def no_digest(alice):
    from afterview.reminders.services import save_preferences

    save_preferences(alice, digest="off")


def test_an_unsent_thank_you_gets_one_last_call_three_hours_before_its_deadline(alice, alice_app, alice_phone, json_sink, no_digest):
    rounds.run_round(THU_1230)
    json_sink.received.clear()
    assert rounds.run_round(FRI_0900 - timedelta(minutes=1)) == 0
    assert rounds.run_round(FRI_0900) == 2
    assert sorted(json_sink.titles()) == [
        "Last call: send Miriam Castellanos a thank-you note",
        "Last call: send Theo Lindqvist a thank-you note",
    ]
    assert rounds.run_round(FRI_0900 + timedelta(hours=1)) == 0


def test_a_thank_you_sent_gets_no_last_call(alice, alice_app, alice_phone, json_sink, no_digest):
    from afterview.records.services import add_touch

    rounds.run_round(THU_1230)
    json_sink.received.clear()
    add_touch(alice, alice_app.pk, "thank-you-sent", at=THU_1230 + timedelta(hours=1), person="Miriam Castellanos")
    rounds.run_round(FRI_0900)
    assert json_sink.titles() == ["Last call: send Theo Lindqvist a thank-you note"]


def test_quiet_hours_hold_the_reminder_until_morning(alice, alice_app, alice_phone, json_sink):
    from afterview.reminders.services import save_preferences

    save_preferences(alice, quiet="12:00-13:00")
    assert rounds.run_round(THU_1230) == 0  # 12:30 in Chicago
    assert json_sink.received == []
    assert rounds.run_round(THU_1230 + timedelta(minutes=30)) == 3


def test_default_quiet_hours_are_21_to_8_in_the_candidates_zone(alice, alice_app, alice_phone, json_sink):
    late = datetime(2026, 12, 4, 3, 30, tzinfo=UTC)  # Thursday 21:30 in Chicago, 03:30 UTC Friday
    assert rounds.run_round(late) == 0
    assert rounds.run_round(datetime(2026, 12, 4, 13, 59, tzinfo=UTC)) == 0  # 07:59
    assert rounds.run_round(FRI_0800 - timedelta(hours=0)) >= 1


def test_snoozing_moves_the_reminder(alice, alice_app, alice_phone, json_sink):
    from afterview.web.services import snooze

    at = datetime(2026, 12, 3, 18, 5, tzinfo=UTC)
    snooze(alice, alice_app.pk, "thank-you", str(_contact(alice, "Miriam").pk), until_at=at + timedelta(hours=2), now=at)
    rounds.run_round(THU_1230)
    assert "Send Miriam Castellanos a thank-you note" not in json_sink.titles()
    rounds.run_round(datetime(2026, 12, 3, 20, 6, tzinfo=UTC))
    assert json_sink.titles().count("Send Miriam Castellanos a thank-you note") == 1


def test_nothing_is_sent_when_nothing_is_due(alice, alice_phone, alice_mail, alice_email, json_sink, smtp_sink):
    assert rounds.run_round(FRI_0800) == 0
    assert json_sink.received == []
    assert smtp_sink.count() == 0
    assert not Reminder.objects.exists()


def test_reminders_are_no_contact_with_the_organization(alice, alice_app, alice_phone, json_sink):
    from afterview.records import models as m
    from afterview.records.agenda import agenda

    before = [(e.action.kind, e.action.due_at, e.action.blocked_until) for e in agenda(alice, THU_1230)]
    rounds.run_round(THU_1230)
    assert not m.Touch.objects.filter(application=alice_app).exists()
    assert [(e.action.kind, e.action.due_at, e.action.blocked_until) for e in agenda(alice, THU_1230)] == before


def test_a_channel_that_fails_is_recorded_and_not_retried(alice, alice_app, alice_phone, json_sink):
    json_sink.status = 500
    assert rounds.run_round(THU_1230) == 0
    assert set(Reminder.objects.values_list("status", flat=True)) == {ReminderStatus.FAILED}
    json_sink.status = 200
    rounds.run_round(THU_1230 + timedelta(minutes=5))
    assert len(json_sink.received) == 3  # the three failed posts, nothing more


# -- the digest ---------------------------------------------------------------------------


def test_the_digest_goes_by_email_to_the_candidate_once_on_a_business_morning(
    alice, alice_app, alice_mail, alice_email, smtp_sink
):
    from afterview.outreach.notes import Note  # noqa: F401
    from afterview.outreach.outbox import schedule_message  # noqa: F401
    from afterview.records import models as m

    m.Message.objects.create(
        owner=alice,
        application=alice_app,
        contact=_contact(alice, "Theo"),
        kind=m.MessageKind.THANK_YOU,
        subject="Thank you, Theo",
        body="Dear Theo,\n",
        status=m.MessageStatus.DRAFT,
        created_at=THU_1230,
    )
    assert rounds.run_round(FRI_0800 - timedelta(minutes=1)) == 0
    assert rounds.run_round(FRI_0800) == 1
    assert rounds.run_round(FRI_0800 + timedelta(minutes=30)) == 0
    [received] = smtp_sink.received
    assert received.recipients == ("alice@example.edu",)
    mail = received.mail
    assert mail["Subject"] == "afterview: 3 steps for Friday 4 Dec"
    assert mail["Auto-Submitted"] == "auto-generated"
    text = received.text
    assert "Send Miriam Castellanos a thank-you note (Calloway & Pryce LLP, Summer Associate): due Thu 3 Dec, 12:00, by Fri 4 Dec, 12:00." in text
    assert "Why:" in text
    assert 'Drafts waiting for your approval (1):\n- thank-you to Theo Lindqvist (Calloway & Pryce LLP): "Thank you, Theo"' in text


def test_a_late_worker_does_not_send_yesterdays_digest_today(alice, alice_app, alice_mail, alice_email, smtp_sink):
    assert rounds.run_round(FRI_0800 + rounds.DIGEST_WINDOW) == 0  # Friday 12:00: too late for Friday's
    assert rounds.run_round(datetime(2026, 12, 5, 14, 0, tzinfo=UTC)) == 0  # Saturday: not a business morning
    assert rounds.run_round(datetime(2026, 12, 7, 14, 0, tzinfo=UTC)) == 1  # Monday's own, listing what is overdue
    assert "overdue" in smtp_sink.received[0].mail["Subject"]
    assert Reminder.objects.get().key == "2026-12-07"


def test_without_a_mailbox_the_digest_goes_to_the_channels(alice, alice_app, alice_phone, json_sink):
    rounds.run_round(THU_1230)
    json_sink.received.clear()
    Preferences.objects.create(owner=alice, quiet_from=time(0), quiet_until=time(0))
    rounds.run_round(FRI_0800 - timedelta(hours=4))  # 04:00: no digest yet, nothing new due
    assert json_sink.received == []
    rounds.run_round(FRI_0800)
    assert json_sink.titles() == ["afterview: 3 steps for Friday 4 Dec"]


def test_the_weekly_digest_goes_on_mondays_only(alice, alice_app, alice_mail, alice_email, smtp_sink):
    from afterview.reminders.services import save_preferences

    save_preferences(alice, digest="weekly")
    assert rounds.run_round(FRI_0800) == 0
    assert rounds.run_round(datetime(2026, 12, 7, 14, 0, tzinfo=UTC)) == 1


def test_an_off_digest_never_goes(alice, alice_app, alice_mail, alice_email, smtp_sink):
    from afterview.reminders.services import save_preferences

    save_preferences(alice, digest="off")
    assert rounds.run_round(FRI_0800) == 0
    assert smtp_sink.count() == 0


@pytest.mark.parametrize(
    "now, expected",
    [
        # Chicago leaves daylight time on Sunday Nov 1, 2026: 08:00 is 13:00 UTC before, 14:00 after.
        (datetime(2026, 10, 30, 12, 59, tzinfo=UTC), None),
        (datetime(2026, 10, 30, 13, 0, tzinfo=UTC), "2026-10-30"),
        (datetime(2026, 11, 2, 13, 0, tzinfo=UTC), None),
        (datetime(2026, 11, 2, 13, 59, tzinfo=UTC), None),
        (datetime(2026, 11, 2, 14, 0, tzinfo=UTC), "2026-11-02"),
        (datetime(2026, 11, 2, 17, 59, tzinfo=UTC), "2026-11-02"),
        (datetime(2026, 11, 2, 18, 0, tzinfo=UTC), None),
        # and enters it on Sunday Mar 8, 2026: 08:00 is 14:00 UTC before, 13:00 after.
        (datetime(2026, 3, 6, 14, 0, tzinfo=UTC), "2026-03-06"),
        (datetime(2026, 3, 9, 12, 59, tzinfo=UTC), None),
        (datetime(2026, 3, 9, 13, 0, tzinfo=UTC), "2026-03-09"),
        (datetime(2026, 11, 1, 14, 0, tzinfo=UTC), None),  # a Sunday
    ],
)
def test_the_digest_hour_is_local_across_a_dst_change(now, expected):
    day = rounds.digest_day(Preferences(digest=DigestEvery.DAY, digest_hour=8), now, "America/Chicago")
    assert (day.isoformat() if day else None) == expected


def test_the_digest_goes_at_8_local_on_the_monday_after_the_clocks_change(alice, alice_mail, alice_email, smtp_sink, interview_input):
    from afterview.records.services import add_interview

    add_interview(
        alice,
        interview_input(starts_at=datetime(2026, 10, 30, 15, 0, tzinfo=UTC), ends_at=datetime(2026, 10, 30, 16, 0, tzinfo=UTC)),
        now=datetime(2026, 10, 30, 16, 0, tzinfo=UTC),
    )
    assert rounds.run_round(datetime(2026, 11, 2, 13, 30, tzinfo=UTC)) == 0  # 07:30 CST (08:30 by the old clock)
    assert rounds.run_round(datetime(2026, 11, 2, 14, 0, tzinfo=UTC)) == 1
    assert smtp_sink.count() == 1


def _contact(candidate, first_name):
    from afterview.records import models as m

    return m.Contact.objects.for_owner(candidate).get(name__startswith=first_name)


def test_a_step_whose_note_is_already_scheduled_needs_no_reminder(alice, alice_app, alice_phone, json_sink, no_digest):
    from afterview.records import models as m

    m.Message.objects.create(
        owner=alice,
        application=alice_app,
        contact=_contact(alice, "Miriam"),
        kind=m.MessageKind.THANK_YOU,
        subject="Thank you",
        body="Dear Miriam,\n",
        status=m.MessageStatus.SCHEDULED,
        created_at=THU_1230,
        scheduled_at=THU_1230 + timedelta(hours=20),
        message_id="<x@example.edu>",
    )
    rounds.run_round(THU_1230)
    assert "Send Miriam Castellanos a thank-you note" not in json_sink.titles()
    assert len(json_sink.received) == 2
