"""The reply reader's kinds: the seventh blind set's classes, in words of our own."""

import pytest

from afterview.core.replies import ReplyKind

# a reply written on Wednesday 3 March 2027, 10:00 in London
from tests.core.test_reply_dates import read


@pytest.mark.parametrize(
    "text",
    [
        # a hope said in the progressive is still a promise of news
        "Thanks for the extra clips. We're hoping to get back to all candidates once the partners have met.",
        "Thank you for your patience. We are aiming to let everyone know after the board's review.",
        # the outcome with a word before it
        "Your file is with the regional heads. The final outcome will be communicated in due course.",
        # finalising the hire itself
        "Thanks for coming in. We expect to finalise the appointment after the references are back.",
    ],
)
def test_more_promises_of_news_with_no_day_are_timelines(text):
    reading = read(text)
    assert (reading.kind, reading.expect_on) == (ReplyKind.TIMELINE, None)


@pytest.mark.parametrize(
    "text",
    [
        # a round held, named bare, is no invitation
        "Quick update: we have completed second interviews and are checking references. We'll be in touch once that is done.",
        "Thanks for your patience. We have conducted second interviews and will be in touch soon.",
        "We are holding final interviews this week and will let you know how it went for you after that.",
        # a meeting among the panel, not with the candidate
        "The panel must still meet the director, who is travelling. We will come back to you after that.",
        "The selection committee will first meet the directors next week; we'll let you know after that.",
    ],
)
def test_their_own_rounds_and_meetings_invite_nobody(text):
    assert read(text).kind is ReplyKind.TIMELINE


@pytest.mark.parametrize(
    "text",
    [
        # shortlisted for an event of the process other than a "round"
        "Good news! You have been shortlisted for the HR discussion.",
        "You were selected for the culture session; I will send some times shortly.",
        # passed, and put forward to the next step ("endorsed", "cleared")
        "You did well in the first interview and you are endorsed for the next step.",
        "You have been cleared for the final stage of the process.",
        # passed on to an event of the process
        "You have progressed to the culture session with our leads.",
        "You are now cleared for the online exam.",
        "Thank you for the interview. You have qualified for the group discussion on Friday.",
        # the next step is an exam
        "You passed the screening, and the next step will be the written exam.",
    ],
)
def test_a_stage_passed_or_shortlisted_for_is_an_invitation(text):
    assert read(text).kind is ReplyKind.NEXT_ROUND


@pytest.mark.parametrize(
    "text",
    [
        "We would like you to come in and meet the director next week.",
        "The partners will want to meet you again before they decide.",
        # their rounds, and the candidate asked to one of them
        "We are holding second interviews next week and would like you to attend one.",
    ],
)
def test_an_invitation_beside_their_rounds_is_still_one(text):
    assert read(text).kind is ReplyKind.NEXT_ROUND


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a colleague's absence, in a person's own reply, is no out-of-office note
        ("Thanks, I have your certificates and have added them to your file. The practice owner is on holiday, so I can't say more yet.", ReplyKind.ACKNOWLEDGEMENT),
        ("Thank you for the documents. Our clinical lead is on annual leave this week; she will be back on Monday.", ReplyKind.ACKNOWLEDGEMENT),
        # the writer's own absence still is one
        ("Thank you for your message. I am on holiday and will read it when I return.", ReplyKind.AUTO_REPLY),
        ("Thanks for your e-mail. Our team is on holiday until 4 January.", ReplyKind.AUTO_REPLY),
        ("The recipient is out of the office until Monday 8 March and will reply then.", ReplyKind.AUTO_REPLY),
    ],
)
def test_a_colleague_away_is_not_an_auto_reply(text, kind):
    assert read(text).kind is kind


def test_a_colleague_away_under_auto_submitted_is_still_an_auto_reply():
    reading = read("The recruiting manager is on leave until 12 March.", auto_submitted="auto-replied")
    assert reading.kind is ReplyKind.AUTO_REPLY
