"""The stated-date reader: each phrase the issue names, read relative to the day it was written."""

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from afterview.core.stated_dates import day_first_hint, find_dates, stated_date

TUESDAY = date(2026, 12, 1)


@pytest.mark.parametrize(
    ("sentence", "written_on", "expected"),
    [
        ("We expect to decide by the end of next week.", TUESDAY, date(2026, 12, 11)),
        ("You'll hear from us by the 18th.", TUESDAY, date(2026, 12, 18)),
        ("By the 18th", date(2026, 12, 20), date(2027, 1, 18)),  # already past: next month's
        ("We'll have an answer by Friday.", TUESDAY, date(2026, 12, 4)),
        ("We'll have an answer by Friday.", date(2026, 12, 4), date(2026, 12, 11)),  # written on a Friday
        ("The team will get back to you within two weeks.", TUESDAY, date(2026, 12, 15)),
        ("Decisions take 7–10 business days.", TUESDAY, date(2026, 12, 15)),  # the latest of the span
        ("We aim to reply within 5 working days.", date(2026, 11, 24), date(2026, 12, 2)),  # skips Thanksgiving
        ("I'll be in touch early next week.", TUESDAY, date(2026, 12, 8)),
        ("We will let you know the first week of January.", date(2026, 12, 10), date(2027, 1, 8)),
        ("We will let you know the first week of December.", date(2026, 11, 10), date(2026, 12, 4)),
        ("The committee meets on the 21st and we'll reach out the day after.", date(2026, 12, 14), date(2026, 12, 22)),
        ("We hope to have news by December 18.", TUESDAY, date(2026, 12, 18)),
        ("No later than 15 January.", TUESDAY, date(2027, 1, 15)),
        ("by 2026-12-09", TUESDAY, date(2026, 12, 9)),
        ("I'll update you tomorrow.", TUESDAY, date(2026, 12, 2)),
        ("You should hear from us within 48 hours.", TUESDAY, date(2026, 12, 3)),
        ("We won't decide until mid-January.", TUESDAY, date(2027, 1, 15)),
        ("We decide by the end of the month.", TUESDAY, date(2026, 12, 31)),
        ("An answer by end of day Wednesday.", date(2027, 1, 11), date(2027, 1, 13)),
        ("the week after next", TUESDAY, date(2026, 12, 18)),
        ("tomorrow or Thursday at the latest", TUESDAY, date(2026, 12, 3)),
        ("in two to three weeks", TUESDAY, date(2026, 12, 22)),
        ("within a fortnight", TUESDAY, date(2026, 12, 15)),
        ("by the weekend", TUESDAY, date(2026, 12, 4)),
        ("w/c 14 December", TUESDAY, date(2026, 12, 18)),
        ("by March 2027", TUESDAY, date(2027, 2, 28)),  # "by March": before it starts
        ("between 4 and 8 January", TUESDAY, date(2027, 1, 8)),
        ("by close of business Thursday", TUESDAY, date(2026, 12, 3)),
    ],
)
def test_it_reads_the_latest_day_a_sentence_states(sentence, written_on, expected):
    assert stated_date(sentence, written_on) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "We'll be in touch soon.",
        "We will decide in the next few days.",
        "Sometime in the new year.",
        "Before the holidays, hopefully.",  # vague (the first blind set's writer), though the fifth's says 24 December
        "After the holidays, hopefully.",
        "We will decide some time in April.",  # a month with "sometime" names no day by which
        "An answer at some point in April.",
        "HR will clear you within 5 working days of receipt.",  # counted from a day nobody stated
        "We confirm within three days of receiving your signed form.",
        "The contract follows within a week of your acceptance.",
        "We are waiting on 3rd party references and will let you know.",  # an ordinal that is no day
        "Thanks for meeting the team on Monday's call",
        "It was about three hours of work.",
        "in the coming weeks",
    ],
)
def test_it_invents_no_date(sentence):
    assert stated_date(sentence, TUESDAY) is None


def test_a_past_day_is_not_a_promise():
    assert stated_date("by 2026-11-20", TUESDAY) is None


def test_business_days_skip_the_countrys_holidays():
    # 26 January is India's Republic Day; in the US it is an ordinary Tuesday.
    written = date(2027, 1, 21)
    assert stated_date("within 5 business days", written, "IN") == date(2027, 1, 29)
    assert stated_date("within 5 business days", written, "US") == date(2027, 1, 28)


def test_the_day_after_counts_from_the_day_before_it():
    [meets, after] = find_dates("the panel meets on the 21st and we'll write the day after", date(2026, 12, 14))
    assert (meets.on, after.on) == (date(2026, 12, 21), date(2026, 12, 22))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200), st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 12, 31)))
def test_any_text_gives_a_date_or_none(text, written_on):
    found = stated_date(text, written_on)
    assert found is None or found >= written_on


@pytest.mark.parametrize(
    ("sentence", "country", "expected"),
    [
        ("returning Monday 11/30", "", date(2026, 11, 30)),  # only one reading is a date
        ("returning Monday 11/30", "US", date(2026, 11, 30)),
        ("back on 30/11", "GB", date(2026, 11, 30)),
        ("back on 3/4", "", None),  # March 4 or 3 April: not guessed
        ("back on 3/4", "GB", date(2027, 4, 3)),
        ("please confirm until 15.02.2027", "US", date(2027, 2, 15)),  # dotted: always day first
    ],
)
def test_numeric_dates_follow_the_country_and_are_not_guessed(sentence, country, expected):
    assert stated_date(sentence, date(2026, 11, 25), country) == expected


MONDAY = date(2027, 2, 1)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("We will be in touch over the next fortnight.", date(2027, 2, 15)),
        ("An answer by Tuesday week.", date(2027, 2, 9)),  # a week after the coming Tuesday
        ("We decide a week on Friday.", date(2027, 2, 12)),
        ("By EOW at the latest.", date(2027, 2, 5)),
        ("We decide by end-February.", date(2027, 2, 28)),
        ("Offers go out by month-end.", date(2027, 2, 28)),
        ("News in the first half of March.", date(2027, 3, 15)),
        ("News in the second half of March.", date(2027, 3, 31)),
        ("We decide by the 10th of this month.", date(2027, 2, 10)),  # not the month's end
        ("We decide by the 3rd of next month.", date(2027, 3, 3)),
        ("We will decide by Friday 12th.", date(2027, 2, 12)),
        ("We will come back to you until 22-02-2027.", date(2027, 2, 22)),  # day-month-year with dashes
        ("A final decision within two weeks of the panel on 9 February.", date(2027, 2, 23)),
        ("The panel sits on 12 February and decides within two weeks of the panel.", date(2027, 2, 26)),
        ("We'll be in touch during the week commencing 8 February.", date(2027, 2, 12)),
        # The fourth blind set's classes.
        ("We will contact everyone before the Easter break.", date(2027, 3, 25)),  # Maundy Thursday
        ("A decision by Easter.", date(2027, 3, 25)),
        ("We will be in touch by month's end.", date(2027, 2, 28)),
        ("We'll reach out the day after the board meets on the 21st.", date(2027, 2, 22)),
        ("We'll call you the day after the panel on 9 February.", date(2027, 2, 10)),
        ("We expect to communicate the outcome within a month.", date(2027, 3, 1)),
        ("We will let you know no later than Thursday week.", date(2027, 2, 11)),
        ("You will hear in the coming 5 working days.", date(2027, 2, 8)),
    ],
)
def test_it_reads_more_phrasings(sentence, expected):
    assert stated_date(sentence, MONDAY, "") == expected


@pytest.mark.parametrize(
    ("sentence", "day_first", "expected"),
    [
        ("We hope to let you know by 5/3.", True, date(2027, 3, 5)),
        ("We hope to let you know by 5/3.", False, date(2027, 5, 3)),
        ("We hope to let you know by 5/3.", None, None),  # still not guessed: 5 March and 3 May are both near
        ("We should have a decision to you by 2/12.", None, date(2027, 2, 12)),  # 2 December is ten months off
        ("We will decide by Friday 2/12.", None, date(2027, 2, 12)),  # the weekday picks the reading
        ("We will decide by Friday 12/2.", None, date(2027, 2, 12)),
        ("We will decide by Friday 5/3, 2027.", False, date(2027, 3, 5)),  # the weekday wins over the order
    ],
)
def test_a_numeric_date_follows_the_senders_order_or_its_weekday(sentence, day_first, expected):
    assert stated_date_with(sentence, day_first) == expected


def stated_date_with(sentence, day_first):
    days = [d.on for d in find_dates(sentence, MONDAY, "", day_first) if d.on >= MONDAY]
    return max(days) if days else None


@pytest.mark.parametrize(
    ("address", "offset", "expected"),
    [
        ("head@school.sch.uk", -300, True),  # the domain's country first
        ("hr@state.edu", 60, False),
        ("hr@firm.example", 0, True),  # UK, Ireland, Portugal, West Africa
        ("hr@firm.example", 330, True),  # India
        ("hr@firm.example", 600, True),  # eastern Australia
        ("hr@firm.example", -480, False),  # the US and Canada's Pacific time
        ("hr@firm.example", -300, None),  # US Eastern or Colombia: not known
        ("hr@firm.example", -180, True),  # Brazil, Argentina (of North America only Atlantic Canada's summer)
        ("hr@firm.example", -150, None),  # Newfoundland's summer
        ("hr@firm.example", 480, None),  # the Philippines or Singapore
        ("hr@firm.example", None, None),
    ],
)
def test_the_numeric_order_a_sender_uses(address, offset, expected):
    assert day_first_hint(address, offset) is expected


def test_this_morning_is_not_a_day_promised():
    assert stated_date("I pinged the hiring manager this morning.", MONDAY, "") is None


def test_easter_is_the_next_one():
    from afterview.core.stated_dates import easter_sunday

    assert [easter_sunday(y) for y in (2026, 2027, 2028)] == [date(2026, 4, 5), date(2027, 3, 28), date(2028, 4, 16)]
    assert stated_date("before Easter", date(2027, 3, 26), "") == date(2028, 4, 13)


def test_the_week_commencing_a_day_ends_on_its_friday():
    assert stated_date("w/c 8 February", MONDAY, "") == date(2027, 2, 12)


WEDNESDAY_MARCH = date(2027, 3, 3)


@pytest.mark.parametrize(
    ("sentence", "written_on", "expected"),
    [
        # The fifth blind set's classes (in words of our own).
        ("We should be done by mid-month.", WEDNESDAY_MARCH, date(2027, 3, 15)),
        ("We should be done by mid-month.", date(2027, 3, 20), date(2027, 4, 15)),  # past the 15th: next month's
        ("Please give us a fortnight to decide.", WEDNESDAY_MARCH, date(2027, 3, 17)),
        ("Give us two more weeks.", WEDNESDAY_MARCH, date(2027, 3, 17)),
        ("An answer within the next 4–6 working days.", WEDNESDAY_MARCH, date(2027, 3, 11)),  # the latest of the span
        ("You'll hear by end of play Thursday.", WEDNESDAY_MARCH, date(2027, 3, 4)),
        ("We will write after the selection committee meets on 9 March.", WEDNESDAY_MARCH, date(2027, 3, 10)),  # the day after the meeting
        ("We will let you know after our panel meeting on the 12th.", WEDNESDAY_MARCH, date(2027, 3, 13)),
        ("A decision by Tuesday next week.", WEDNESDAY_MARCH, date(2027, 3, 9)),  # not next week's Friday
        ("We will ring you first thing next week.", WEDNESDAY_MARCH, date(2027, 3, 8)),  # its Monday
        ("Expect a reply within 72 hours.", WEDNESDAY_MARCH, date(2027, 3, 6)),
        ("We will decide within a week.", WEDNESDAY_MARCH, date(2027, 3, 10)),
        ("Results in 9 days.", WEDNESDAY_MARCH, date(2027, 3, 12)),
        ("Hiring closes by the end of the quarter.", WEDNESDAY_MARCH, date(2027, 3, 31)),
        ("Hiring closes by the end of the quarter.", date(2027, 5, 10), date(2027, 6, 30)),
        ("Results by quarter-end.", date(2027, 8, 2), date(2027, 9, 30)),
        ("We answer on 2027/03/19.", WEDNESDAY_MARCH, date(2027, 3, 19)),  # year first, as written in Japan
        ("Our process takes 7-10 business days from the final interview.", WEDNESDAY_MARCH, date(2027, 3, 17)),  # a round just held: from today
        # spans and limits written more loosely
        ("We will phone on the 15th or 16th.", WEDNESDAY_MARCH, date(2027, 3, 16)),  # the later day
        ("Calls go out between the 15th and 18th.", WEDNESDAY_MARCH, date(2027, 3, 18)),
        ("I hope to update you by 8th.", WEDNESDAY_MARCH, date(2027, 3, 8)),  # an ordinal with no "the"
        ("We'll be in touch within the week.", WEDNESDAY_MARCH, date(2027, 3, 5)),
        ("An answer by the end of the working week.", WEDNESDAY_MARCH, date(2027, 3, 5)),
        ("We decide by Thursday next.", WEDNESDAY_MARCH, date(2027, 3, 11)),  # British: next Thursday
        ("News by Weds 10th.", WEDNESDAY_MARCH, date(2027, 3, 10)),
        ("We write on 10th.", WEDNESDAY_MARCH, date(2027, 3, 10)),
        ("A decision by the end of Q2.", WEDNESDAY_MARCH, date(2027, 6, 30)),
        ("A decision by the end of Q1.", date(2027, 5, 3), date(2028, 3, 31)),  # over this year: next year's
    ],
)
def test_it_reads_the_fifth_blind_sets_phrasings(sentence, written_on, expected):
    assert stated_date(sentence, written_on, "") == expected
