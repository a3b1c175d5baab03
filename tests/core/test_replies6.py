"""The reply reader's kinds: the sixth blind set's classes, in words of our own."""

import pytest

from afterview.core.replies import ReplyKind

# the fifth round's reader of a reply written on Wednesday 3 March 2027, 10:00 in London
from tests.core.test_reply_dates import read


@pytest.mark.parametrize(
    "text",
    [
        # news promised with no day, in more words
        "Thanks for checking in. We'll reach back out once the board has signed off.",
        "Thanks for the nudge. Things have slowed down here, but I'll keep you posted.",
        "Thank you for your patience; we will keep you updated as the process moves on.",
    ],
)
def test_a_promise_of_news_with_no_day_is_a_timeline(text):
    reading = read(text)
    assert (reading.kind, reading.expect_on) == (ReplyKind.TIMELINE, None)


def test_a_thank_you_alone_is_still_an_acknowledgement():
    assert read("Thanks for checking in, and for the clips you sent.").kind is ReplyKind.ACKNOWLEDGEMENT


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a choice for someone else, as a second-language writer puts it
        ("After a long discussion the committee decided for another candidate with more touring experience.", ReplyKind.REJECTION),
        ("The jury has decided on a different applicant this time. We wish you all the best.", ReplyKind.REJECTION),
        ("In the end we voted for someone else.", ReplyKind.REJECTION),
        # a choice of something else is no rejection
        ("We decided on a different date for the final interviews and will let you know by Friday.", ReplyKind.TIMELINE),
    ],
)
def test_deciding_for_another_candidate_is_a_rejection(text, kind):
    assert read(text).kind is kind
