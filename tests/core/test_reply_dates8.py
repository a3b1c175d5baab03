"""The dates a reply states: the eighth blind set's classes, in words of our own."""

from datetime import date, datetime, timedelta, timezone

import pytest

from afterview.core.replies import ReplyKind
from afterview.core.stated_dates import find_dates, stated_date

# a reply written on Wednesday 3 March 2027, 10:00 in London
from tests.core.test_reply_dates import read

WEDNESDAY = date(2027, 3, 3)


def _at(offset_hours: float, day: date = WEDNESDAY) -> datetime:
    return datetime(day.year, day.month, day.day, 10, 0, tzinfo=timezone(timedelta(hours=offset_hours)))


@pytest.mark.parametrize(
    ("sentence", "country", "on"),
    [
        # holidays counted from Easter: the day before them, wherever they are kept (Easter 2027 is 28 March)
        ("We will tell all candidates before the Ascension Day holiday.", "", date(2027, 5, 5)),
        ("The board decides ahead of Whit Monday.", "", date(2027, 5, 16)),
        ("You will hear from us before Good Friday.", "", date(2027, 3, 25)),
        # a fixed holiday written as words
        ("We hope to decide before the Fourth of July.", "", date(2027, 7, 3)),
        # after a Monday holiday's long weekend: the Tuesday, where the name is one country's or the country is known
        ("You'll hear from me after the June bank holiday.", "", date(2027, 6, 8)),
        ("We will confirm after the Memorial Day weekend.", "", date(2027, 6, 1)),
        ("We will confirm after the King's Birthday long weekend.", "AU", date(2027, 6, 15)),
        ("We will confirm after the King's Birthday long weekend.", "NZ", date(2027, 6, 8)),
        ("We will update you after the National Day long weekend.", "SG", date(2027, 8, 10)),
        # fiscal quarters: of the financial year named, or of the country that counts its quarters by it
        ("The outcome will be shared before the close of Q4 of FY 2026-27.", "IN", date(2027, 3, 31)),
        ("The outcome will be shared before the end of Q4.", "IN", date(2027, 3, 31)),
        ("We will decide before fiscal Q3 ends.", "AU", date(2027, 3, 31)),
        ("We will decide by the end of fiscal Q1.", "IN", date(2027, 6, 30)),
    ],
)
def test_the_eighth_sets_phrases_name_their_day(sentence, country, on):
    assert stated_date(sentence, WEDNESDAY, country) == on


@pytest.mark.parametrize(
    ("sentence", "country"),
    [
        # a Monday holiday kept on different days by different countries, or a name many countries use
        ("We will confirm after the King's Birthday long weekend.", ""),
        ("We will update you after the National Day long weekend.", ""),
        ("We will write after the August bank holiday weekend.", ""),
        # after the day itself, not its long weekend: when the wait ends at the soonest
        ("We will confirm after Memorial Day.", ""),
        # a company's own fiscal year
        ("We will decide before fiscal Q3 ends.", ""),
        ("We will decide before fiscal Q3 ends.", "US"),
    ],
)
def test_holidays_and_fiscal_periods_nobody_can_date_stay_dateless(sentence, country):
    assert stated_date(sentence, WEDNESDAY, country) is None


def test_good_friday_is_not_the_coming_friday():
    assert [d.kind for d in find_dates("You will hear from us before Good Friday.", WEDNESDAY, "")] == ["holiday"]


def test_a_calendar_quarter_stays_the_calendars_where_no_fiscal_year_is_known():
    assert stated_date("We will decide by the end of Q4.", WEDNESDAY, "") == date(2027, 12, 31)


@pytest.mark.parametrize(
    ("text", "kind", "expect_on"),
    [
        # a contract sent "and" a hyphenated other thing: one clause, one limit
        ("We are delighted to offer you the post. HR will email your contract and the pre-employment forms by Friday.", ReplyKind.OFFER, date(2027, 3, 5)),
        # an offer letter "released" by a day
        ("We are happy to inform you that you have been selected for the position. Your offer letter will be released by the 18th.", ReplyKind.OFFER, date(2027, 3, 18)),
        # second-language "until Thursday" for "by Thursday", and the travel information sent with the invitation
        (
            "We would like to invite you to the second round. You will receive the official invitation with the agenda and the travel information from our assistant Mrs. Novak until Thursday.",
            ReplyKind.NEXT_ROUND,
            date(2027, 3, 4),
        ),
        # a time confirmed "by close of business Wednesday"
        ("The panel would like to invite you to a second interview. I will confirm the exact time by close of business Friday.", ReplyKind.NEXT_ROUND, date(2027, 3, 5)),
        # a calendar invitation "with" its details that "will follow within 24 hours"
        ("We'd like to invite you to the final round on 22 March. A calendar invitation with the access details will follow within 24 hours.", ReplyKind.NEXT_ROUND, date(2027, 3, 4)),
        # news with the slots to choose from: the slots are what comes, the day is when
        ("We would like to invite you to a technical interview. You'll hear from me by Friday with a few slots.", ReplyKind.NEXT_ROUND, date(2027, 3, 5)),
    ],
)
def test_a_promised_message_gives_its_day(text, kind, expect_on):
    reading = read(text)
    assert (reading.kind, reading.expect_on) == (kind, expect_on)


@pytest.mark.parametrize(
    ("text", "expect_on"),
    [
        # news said in the passive ("you shall be updated") or as coming back to everyone
        ("The appointment needs the board's approval. You shall be updated within a week of the board meeting scheduled for the 18th.", date(2027, 3, 25)),
        ("We're still seeing people. We're aiming to come back to everyone by the end of the month.", date(2027, 3, 31)),
    ],
)
def test_news_however_worded_gives_its_day(text, expect_on):
    assert read(text).expect_on == expect_on


def test_an_indian_employers_q4_is_the_fiscal_one():
    text = "Your candidature is under consideration. The final results will be shared before the end of Q4."
    assert read(text, written_at=_at(5.5, date(2027, 2, 10))).expect_on == date(2027, 3, 31)


def test_a_closing_date_for_applications_is_not_when_news_comes():
    text = (
        "Thanks for your note. Just so you know, applications for the 2027 scheme remain open until 28 March, "
        "so final decisions for all the assessment centre candidates will be made after that. We'll be in touch as soon as we can."
    )
    assert read(text).expect_on is None


@pytest.mark.parametrize(
    ("sentence", "on"),
    [
        # the week a holiday falls in, and "the end of that week": its Friday
        ("The panel can't meet until the week of St Patrick's Day, so you'll have an answer by the end of that week.", date(2027, 3, 19)),
        # "that week" of a Sunday ends that day
        ("The board meets on the 14th and will decide by the end of that week.", date(2027, 3, 14)),
    ],
)
def test_the_end_of_that_week_is_the_friday_of_the_week_named(sentence, on):
    assert stated_date(sentence, WEDNESDAY, "") == on


def test_the_following_day_counts_from_the_day_the_sentence_before_names():
    text = "Thank you for attending interview. The appointment must be ratified by the committee, which next meets on Thursday 18 March. We will write to all candidates the following day."
    assert read(text).expect_on == date(2027, 3, 19)


def test_interviews_scheduled_after_a_meeting_are_booked_the_day_after_it():
    text = "Thank you for a thoughtful first interview. You are moving forward to the second round. Second-round interviews will be scheduled after the search committee meets on March 16."
    reading = read(text)
    assert (reading.kind, reading.expect_on) == (ReplyKind.NEXT_ROUND, date(2027, 3, 17))


@pytest.mark.parametrize(
    ("address", "expect_on"),
    [
        # a team's mailbox, nobody away: its promised answer is the next message (three business days from a Saturday)
        ("talent@hospital.example", date(2027, 3, 10)),
        # a person's address: how fast their team answers, not news
        ("j.smith@hospital.example", None),
    ],
)
def test_a_team_mailboxs_promise_to_answer_is_when_news_comes(address, expect_on):
    text = "This is an automated response to confirm we received your message. We aim to respond to all inquiries within 3 business days."
    reading = read(text, written_at=_at(0, date(2027, 3, 6)), auto_submitted="auto-replied", subject="Automatic reply", from_address=address)
    assert (reading.kind, reading.expect_on) == (ReplyKind.AUTO_REPLY, expect_on)


@pytest.mark.parametrize(
    ("sentence", "country", "on"),
    [
        # the week after a holiday: the Friday of the week after it (Australia Day 2028 is a Wednesday)
        ("We will decide the week after Australia Day.", "", date(2028, 2, 4)),
        # a day or a week after the day that follows at once
        ("You will hear from us the day after the 20th.", "", date(2027, 3, 21)),
        ("We will decide the week after the 10th.", "", date(2027, 3, 19)),
        # "the week after" a day named before: the Friday of the week after it, not the day after it
        ("The board meets on the 10th and we will decide the week after.", "", date(2027, 3, 19)),
        # a quarter by its ordinal, calendar or fiscal
        ("We will decide by the end of the first quarter.", "", date(2027, 3, 31)),
        ("We will decide by the end of the first quarter.", "IN", date(2027, 6, 30)),
        ("We will decide by the end of the third fiscal quarter.", "AU", date(2027, 3, 31)),
    ],
)
def test_days_and_weeks_after_and_quarters_by_ordinal(sentence, country, on):
    assert stated_date(sentence, WEDNESDAY, country) == on


@pytest.mark.parametrize(
    "text",
    [
        # the candidate's deadline, however it is joined to the message sent
        "We are delighted to offer you the post. You will receive the contract and have until Friday to sign it.",
        "We are delighted to offer you the post. You will need to confirm acceptance of the offer letter by Friday.",
        "We are delighted to offer you the post. You will confirm the exact start time with HR by Friday.",
    ],
)
def test_a_deadline_for_the_candidate_is_not_a_promised_message(text):
    assert read(text).expect_on is None


def test_a_team_mailbox_that_cannot_answer_every_message_promises_no_day():
    text = "This is an automated response. Due to the volume of applications we are unable to respond to every enquiry within 10 working days."
    reading = read(text, written_at=_at(0, date(2027, 3, 6)), auto_submitted="auto-replied", subject="Automatic reply", from_address="careers@hospital.example")
    assert (reading.kind, reading.expect_on) == (ReplyKind.AUTO_REPLY, None)


@pytest.mark.parametrize(
    ("sentence", "country", "on"),
    [
        # a financial year named by the year it ends in, or as a range starting in its first year
        ("We will decide before the end of Q4 of FY2028.", "IN", date(2028, 3, 31)),
        ("We will decide before the end of Q4 of FY28.", "AU", date(2028, 6, 30)),
        ("We will decide by the end of Q1 of FY 2027-28.", "IN", date(2027, 6, 30)),
    ],
)
def test_a_named_financial_year(sentence, country, on):
    assert stated_date(sentence, WEDNESDAY, country) == on


@pytest.mark.parametrize(
    "text",
    [
        # a notice, not news of the application
        "Thank you for your application. Please be informed that our office is closed on 20 March.",
        "Thank you for your application. You will be informed that the office is closed on 20 March.",
    ],
)
def test_a_notice_is_not_news(text):
    assert read(text).expect_on is None
