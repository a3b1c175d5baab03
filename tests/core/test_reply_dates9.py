"""The dates a reply states: the ninth blind set's classes, in words of our own."""

from datetime import date, datetime, timezone

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


@pytest.mark.parametrize(
    ("text", "expect_on"),
    [
        # news about an event ("the results of the assessment") within a period: the period counts
        ("You will be informed of the outcome of the interview within two weeks.", date(2027, 3, 17)),
        ("The results of your assessment will be shared within 10 days.", date(2027, 3, 13)),
        # a quarter with its months written beside it ends with the last of them
        ("We hope to confirm the appointment before the end of Q3 (January to March).", date(2027, 3, 31)),
        ("We expect to make a decision by the end of Q2 (Oct-Dec).", date(2027, 12, 31)),
        # a weekday after a Monday holiday: the next such weekday after the holiday
        ("We'll be in touch by the Friday after the Spring Bank Holiday.", date(2027, 6, 4)),  # 31 May 2027
        ("Expect to hear from us the Wednesday after Memorial Day.", date(2027, 6, 2)),
        # "<weekday> after next": that weekday a week after the next one
        ("We hope to get back to everyone Monday after next.", date(2027, 3, 15)),
        ("We will let you know by Friday after next.", date(2027, 3, 12)),
        # after a one-day holiday on a fixed date, named as a holiday: the day after it
        ("We will update you after the Republic Day holiday.", date(2028, 1, 27)),
        ("We will update you after the St Patrick's Day holiday.", date(2027, 3, 18)),
    ],
)
def test_named_periods_and_holidays(text, expect_on):
    assert read(text).expect_on == expect_on


def test_republic_day_is_a_holiday_one_can_be_told_news_before():
    assert read("We will decide before Republic Day.", written_at=datetime(2028, 1, 10, 10, 0, tzinfo=timezone.utc)).expect_on == date(2028, 1, 25)


@pytest.mark.parametrize(
    ("text", "expect_on"),
    [
        # a meeting on the nth weekday of a month, then a period counted from it in the next sentence
        ("The board next meets on the third Thursday of March. Candidates hear within a week of that meeting.", date(2027, 3, 25)),
        ("Our panel sits on the last Friday of April. You will get our answer within 3 days of that sitting.", date(2027, 5, 3)),
        # the same period after a meeting with no day: no day at all
        ("Your file goes to the hiring board. Candidates hear within a week of that meeting.", None),
    ],
)
def test_a_period_counted_from_a_meeting_the_sentence_before_names(text, expect_on):
    assert read(text).expect_on == expect_on


@pytest.mark.parametrize(
    ("text", "expect_on"),
    [
        # news before an event written with its day: the day before the event
        ("You will hear from us before the office closes for Easter on 25 March.", date(2027, 3, 24)),
        ("You will hear from us before the board meets on Friday.", date(2027, 3, 4)),
        # the end of a day or of business is no event: that day itself
        ("We will decide before the end of the day on Friday.", date(2027, 3, 5)),
        ("We will decide before 12 March.", date(2027, 3, 12)),
    ],
)
def test_news_before_an_event_on_a_named_day(text, expect_on):
    assert read(text).expect_on == expect_on
