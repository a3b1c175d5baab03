"""The "Replies to review" page: what sync read, with its sentence, confirmed or corrected in one click."""

from datetime import UTC, date, datetime

import pytest

from afterview.outreach.models import InboundMail, MailAccount, MatchedBy, Review
from afterview.records import models as m
from tests.conftest import NOW

RECEIVED = datetime(2026, 12, 4, 14, 0, tzinfo=UTC)


@pytest.fixture
def pending(alice, alice_app):
    account = MailAccount.objects.create(
        owner=alice, from_name="Alice Moreau", from_address="alice@example.edu", smtp_host="smtp.example.edu",
        smtp_port=587, smtp_security="starttls", created_at=NOW, updated_at=NOW,
    )
    dana = m.Contact.objects.get(owner=alice, name="Dana Whitfield")
    touch = m.Touch.objects.create(owner=alice, application=alice_app, kind="reply", at=RECEIVED, contact=dana)
    return InboundMail.objects.create(
        owner=alice, account=account, message_id="<r1@cp.example>", uid=1, received_at=RECEIVED,
        from_address="dana@cp.example", subject="Re: Next steps", application=alice_app, touch=touch,
        matched_by=MatchedBy.ADDRESS, contact=dana, kind="timeline", expect_on=date(2026, 12, 11),
        evidence="We expect to decide by the end of next week.", review=Review.PENDING,
    )


def test_it_lists_what_was_understood_with_its_sentence(as_alice, pending):
    page = as_alice.get("/replies/")
    assert page.status_code == 200
    html = page.content.decode()
    assert "timeline from dana@cp.example" in html
    assert "We expect to decide by the end of next week." in html
    assert "news expected by <strong>Fri 11 Dec</strong>" in html


def test_a_timeline_with_no_day_says_so(as_alice, pending):
    InboundMail.objects.filter(pk=pending.pk).update(expect_on=None, evidence="We'll be in touch in the coming weeks.")
    html = as_alice.get("/replies/").content.decode()
    assert "news will come, but no day was named" in html
    assert "news expected by" not in html
    assert as_alice.post(f"/replies/{pending.pk}/confirm").status_code == 302
    pending.touch.refresh_from_db()
    assert pending.touch.expect_on is None


def test_one_click_confirms(as_alice, pending):
    answer = as_alice.post(f"/replies/{pending.pk}/confirm")
    assert answer.status_code == 302
    pending.touch.refresh_from_db()
    assert pending.touch.expect_on == date(2026, 12, 11)
    assert "Nothing to review" in as_alice.get("/replies/").content.decode()


def test_a_correction_is_recorded_as_corrected(as_alice, pending):
    as_alice.post(f"/replies/{pending.pk}/confirm", {"kind": "timeline", "expect_on": "2026-12-18"})
    pending.touch.refresh_from_db()
    assert pending.touch.expect_on == date(2026, 12, 18)


def test_a_bad_correction_records_nothing(as_alice, pending):
    as_alice.post(f"/replies/{pending.pk}/confirm", {"kind": "maybe"})
    pending.refresh_from_db()
    assert pending.review == Review.PENDING


def test_dismissing_keeps_only_the_reply(as_alice, pending):
    as_alice.post(f"/replies/{pending.pk}/dismiss")
    pending.refresh_from_db()
    pending.touch.refresh_from_db()
    assert (pending.review, pending.touch.expect_on) == (Review.DISMISSED, None)


def test_bob_sees_none_of_alices_replies(as_bob, pending):
    assert "dana@cp.example" not in as_bob.get("/replies/").content.decode()
    assert as_bob.post(f"/replies/{pending.pk}/confirm").status_code == 404
