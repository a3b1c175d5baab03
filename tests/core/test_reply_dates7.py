"""The dates a reply states: the seventh blind set's classes, in words of our own."""

from datetime import date, datetime, timedelta, timezone

import pytest

from afterview.core.replies import ReplyKind
from afterview.core.stated_dates import region_hint, stated_date

# a reply written on Wednesday 3 March 2027, 10:00 in London
from tests.core.test_reply_dates import read

WEDNESDAY = date(2027, 3, 3)


@pytest.mark.parametrize(
    ("sentence", "country", "on"),
    [
        # "day after tomorrow" with or without its article
        ("The panel will write to you on day after tomorrow.", "", date(2027, 3, 5)),
        # a holiday on a fixed date: the day before it, whatever weekday it falls on
        ("You will hear from us ahead of Anzac Day.", "", date(2027, 4, 24)),
        ("We should decide before St. Patrick's Day.", "", date(2027, 3, 16)),
        ("We hope to confirm this side of Christmas.", "", date(2027, 12, 24)),
        # the first fortnight of a month ends on the 15th, the second with the month
        ("A decision is due before the end of the first fortnight of April.", "", date(2027, 4, 15)),
        ("A decision is due in the second fortnight of April.", "", date(2027, 4, 30)),
        # the last working day of a month: its last Monday-Friday (31 July 2027 is a Saturday)
        ("Offers go out by the last working day of July.", "", date(2027, 7, 30)),
        ("Offers go out by the last business day of the month.", "", date(2027, 3, 31)),
        # a week number: the Friday of that ISO week, the next such week
        ("We will let you know at the latest in week 12.", "", date(2027, 3, 26)),
        ("We will come back to you by KW 2.", "", date(2028, 1, 14)),
        # British counts from a day: "a week today", "Thursday fortnight", "a fortnight on Friday"; "mid-next-week"
        ("We will let you know a week today.", "", date(2027, 3, 10)),
        ("We will let you know a week tomorrow.", "", date(2027, 3, 11)),
        ("We will let you know Thursday fortnight.", "", date(2027, 3, 18)),
        ("We will let you know a fortnight on Friday.", "", date(2027, 3, 19)),
        ("Expect our answer mid-next-week.", "", date(2027, 3, 10)),
        # British "end of play": the end of that working day
        ("You will have our answer by end of play.", "", date(2027, 3, 3)),
        ("You will have our answer by end of play Thursday.", "", date(2027, 3, 4)),
        # the financial year's end, where it is one date for everyone
        ("We plan to appoint before EOFY.", "", date(2027, 6, 30)),
        ("The result will be shared before the end of this financial year.", "IN", date(2027, 3, 31)),
        ("The result will be shared before the end of this financial year.", "AU", date(2027, 6, 30)),
    ],
)
def test_the_seventh_sets_phrases_name_their_day(sentence, country, on):
    assert stated_date(sentence, WEDNESDAY, country) == on


@pytest.mark.parametrize(
    "sentence",
    [
        # a financial year whose end nobody knows (a company's own), and week numbers that are not the calendar's
        "The result will be shared before the end of this financial year.",
        "In week 2 of the placement you will shadow the charge nurse.",
        "You will hear from us before week 2, when the placement starts.",
        "The second interviews take place in week 12.",
        "We will contact everyone after the Easter long weekend.",
        # a limit denied names no day by which
        "We won't have a decision this side of Christmas, I'm afraid.",
        "The panel will not decide before Anzac Day.",
        "The last working day of the month is when payroll runs.",
    ],
)
def test_what_names_no_day_stays_dateless(sentence):
    assert stated_date(sentence, WEDNESDAY, "") is None


def test_back_after_the_easter_long_weekend_is_the_tuesday():
    reading = read("I'm out of the office and back after the Easter long weekend.", auto_submitted="auto-replied", subject="Out of office")
    assert (reading.kind, reading.returns_on) == (ReplyKind.AUTO_REPLY, date(2027, 3, 30))


@pytest.mark.parametrize(
    ("text", "expect_on"),
    [
        # a next message promised however it is said: "will issue", "you'll have", "travel booking details ... confirmed"
        ("We'd like to invite you to a final interview on 22 March. Joining instructions, with the room and the panel, will issue within three working days.", date(2027, 3, 8)),
        ("We'd like to invite you to a final interview on 22 March. You'll have the calendar invite from my colleague by Friday.", date(2027, 3, 5)),
        ("We'd like to invite you to a final interview on 22 March. Travel booking details will be confirmed by the end of next week.", date(2027, 3, 12)),
    ],
)
def test_a_promised_message_however_worded_gives_its_day(text, expect_on):
    reading = read(text)
    assert (reading.kind, reading.expect_on) == (ReplyKind.NEXT_ROUND, expect_on)


def test_an_offer_meeting_scheduled_for_a_week_is_not_the_news_date():
    text = "We will share the results by Friday. Successful candidates will have their offer meeting scheduled on the week of 15 March."
    assert read(text).expect_on == date(2027, 3, 5)


@pytest.mark.parametrize(
    ("address", "offset", "on"),
    [
        # the financial year's end where the sender's country has one for everyone
        ("hr@retail.example", timedelta(hours=5, minutes=30), date(2027, 3, 31)),
        ("hr@council.example.au", timedelta(0), date(2027, 6, 30)),
        ("hr@council.example", timedelta(hours=11), date(2027, 6, 30)),
        # a company's own year, where nothing says whose
        ("hr@retail.example", timedelta(hours=1), None),
    ],
)
def test_the_financial_years_end_is_read_where_the_sender_says_whose(address, offset, on):
    written_at = datetime(2027, 3, 3, 10, 0, tzinfo=timezone(offset))
    text = "Your profile is with the business heads. The final outcome will be shared before the end of this financial year."
    assert read(text, written_at=written_at, from_address=address).expect_on == on


def test_a_region_is_guessed_only_where_it_is_all_but_certain():
    assert (region_hint("a@x.example", 330), region_hint("a@x.example", 60), region_hint("a@x.example.nz", None)) == ("IN", "", "NZ")


def test_both_days_inclusive_means_back_the_day_after():
    reading = read("I am on leave from 8 March to 12 March (both days inclusive).", auto_submitted="auto-replied", subject="Out of office")
    assert (reading.kind, reading.returns_on) == (ReplyKind.AUTO_REPLY, date(2027, 3, 13))
