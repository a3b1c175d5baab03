"""The dates a reply states: the ninth blind set's classes, in words of our own."""

from datetime import date

import pytest

from afterview.core.replies import ReplyKind

# a reply written on Wednesday 3 March 2027, 10:00 in London
from tests.core.test_reply_dates import read


@pytest.mark.parametrize(
    ("text", "expect_on"),
    [
        # a meeting on a named day, then news "after" it: the day after the meeting
        ("The selection board meets on 18 March; we will write to you after this meeting.", date(2027, 3, 19)),
        ("The panel sits on Friday 12 March, and we will contact every candidate after the panel meets.", date(2027, 3, 13)),
        ("Our directors meet on the 15th and we'll let you know after they have met.", None),  # "meet", not a meeting's day named so
        ("The board meets on Monday and we will be in touch by Tuesday.", date(2027, 3, 9)),  # a limit of its own, unchanged
    ],
)
def test_news_after_a_meeting_on_a_named_day(text, expect_on):
    got = read(text).expect_on
    if expect_on is None:
        assert got != date(2027, 3, 15)  # never the meeting's own day
    else:
        assert got == expect_on


@pytest.mark.parametrize(
    "text",
    [
        # what the writer wants to have from the candidate by a day is the candidate's deadline, not news
        "Could you send two references? Ideally I'd have them by Friday, and once they are back we will make a decision.",
        "Please send your certificates. We would like to receive them by the 10th, and after that we can decide.",
    ],
)
def test_a_day_the_writer_wants_the_candidates_papers_is_no_news_date(text):
    assert read(text).expect_on is None


@pytest.mark.parametrize(
    ("text", "kind", "expect_on"),
    [
        # a concrete next message other than the decision: a form to fill, times to choose from
        ("We are delighted to offer you the role. Our people team will send the screening consent form by Friday.", ReplyKind.OFFER, date(2027, 3, 5)),
        ("We'd love to move you forward to the final round. Our coordinator will send you times within 2 business days.", None, date(2027, 3, 5)),
    ],
)
def test_a_promised_form_or_times_is_the_next_message(text, kind, expect_on):
    reading = read(text)
    assert reading.expect_on == expect_on
    if kind is not None:
        assert reading.kind == kind
