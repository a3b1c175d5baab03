"""The reply reader's kinds: the ninth blind set's classes, in words of our own."""

from datetime import date

import pytest

from afterview.core.replies import ReplyKind

# a reply written on Wednesday 3 March 2027, 10:00 in London
from tests.core.test_reply_dates import read


@pytest.mark.parametrize(
    ("text", "expect_on"),
    [
        # the candidate's questions taken away to be answered: answers promised, not news of the application
        ("Thanks for your email and the questions about the rota. I'll come back to you with answers within a week.", date(2027, 3, 10)),
        ("Got it, good questions. Let me check with the ward manager and get back to you by Friday.", date(2027, 3, 5)),
        ("Thank you for the thoughtful questions. I've passed them to our operations lead and will get back to you shortly.", None),
    ],
)
def test_questions_taken_away_to_be_answered_are_an_acknowledgement(text, expect_on):
    reading = read(text)
    assert reading.kind is ReplyKind.ACKNOWLEDGEMENT
    assert reading.expect_on == expect_on


@pytest.mark.parametrize(
    ("text", "expect_on"),
    [
        # a receipt followed by a dated decision stays a timeline: only a timeline moves the follow-up
        # (blind8 and blind9 label these acknowledgements; see docs/replies.md, round nine)
        ("We acknowledge receipt of your transcripts. You will be informed of the outcome within two weeks.", date(2027, 3, 17)),
        ("Well received, thanks for the writing sample. The editors will review it and revert by Friday.", date(2027, 3, 5)),
        # the questions answered, but the day is the decision's
        ("Thanks for the questions about the rota. We expect to make a decision by Friday.", date(2027, 3, 5)),
    ],
)
def test_a_receipt_then_a_dated_decision_is_a_timeline(text, expect_on):
    reading = read(text)
    assert reading.kind is ReplyKind.TIMELINE
    assert reading.expect_on == expect_on


@pytest.mark.parametrize(
    "text",
    [
        # thanks for what was sent is not receipt: the status update is the news
        "Thanks for sending the extra samples. We're still seeing two people and hope to get back to everyone in the coming weeks.",
        "Thank you for your email. We are still interviewing and will get back to you by Friday.",
    ],
)
def test_thanks_before_a_status_update_is_a_timeline(text):
    assert read(text).kind is ReplyKind.TIMELINE


@pytest.mark.parametrize(
    "text",
    [
        # a round of their own not held yet is news of a delay, not an invitation
        "A quick update: the director was away this week, so we could not hold the final interviews yet. We will let you know by Friday.",
        "Our panel chair fell ill, so we haven't yet run the second round. We'll be in touch by the end of next week.",
        # the decision to be confirmed is news ("confirm the appointment" in the sense of the hire)
        "The post depends on next year's budget. We are hoping to confirm the appointment early in the new year.",
        "We expect to confirm the offer in the coming weeks, all going well.",
        # an optional extra asked for beside a timeline is no request
        "The committee meets on Thursday and we will contact all finalists afterwards. If you have any updated references, please send them before then.",
    ],
)
def test_delays_confirmations_and_optional_extras_are_timelines(text):
    assert read(text).kind is ReplyKind.TIMELINE


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # an invitation to the round is still one, and a time booked is still no promise of news
        ("We could not hold it last week, so we would like to invite you to the final interview on Friday.", ReplyKind.NEXT_ROUND),
        ("We'd love to have you back for the final round. Could you send me your availability?", ReplyKind.NEXT_ROUND),
        ("Please send your two referees' details so we can take things further.", ReplyKind.REQUEST),
        ("Thanks for coming in. We'll be in touch to confirm the appointment time for your medical.", ReplyKind.ACKNOWLEDGEMENT),
    ],
)
def test_invitations_requests_and_bookings_stay_as_they_were(text, kind):
    assert read(text).kind is kind
