"""The Replies page in a real browser: what sync read, confirmed in one click."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from tests.conftest import NOW
from tests.web.test_browser import browser, shots, sign_in_link  # noqa: F401 (fixtures)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def pending_reply(sign_in_link, interview_input):
    from afterview.outreach.models import InboundMail, MailAccount, MatchedBy, Review
    from afterview.records import models as m
    from afterview.records.services import add_interview

    alice = m.Profile.objects.get(display_name="Alice Moreau").user
    app = add_interview(alice, interview_input(), now=NOW)
    account = MailAccount.objects.create(
        owner=alice, from_name="Alice Moreau", from_address="alice@example.edu", smtp_host="smtp.example.edu",
        smtp_port=587, smtp_security="starttls", created_at=NOW, updated_at=NOW,
    )
    dana = m.Contact.objects.get(owner=alice, name="Dana Whitfield")
    at = datetime(2026, 12, 4, 14, 0, tzinfo=UTC)
    touch = m.Touch.objects.create(owner=alice, application=app, kind="reply", at=at, contact=dana)
    return InboundMail.objects.create(
        owner=alice, account=account, message_id="<r1@cp.example>", uid=1, received_at=at,
        from_address="dana@cp.example", subject="Re: Next steps", application=app, touch=touch,
        matched_by=MatchedBy.ADDRESS, contact=dana, kind="timeline", expect_on=date(2026, 12, 11),
        evidence="We expect to decide by the end of next week.", review=Review.PENDING,
    )


def test_a_candidate_confirms_what_a_reply_said(live_server, sign_in_link, pending_reply, browser, shots):  # noqa: F811
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    page.set_default_timeout(15_000)
    page.goto(sign_in_link)
    page.get_by_role("link", name="Replies").click()
    page.get_by_text("We expect to decide by the end of next week.").wait_for()
    shots(page, "replies")
    page.get_by_role("button", name="Confirm").click()
    page.get_by_text("Nothing to review").wait_for()
