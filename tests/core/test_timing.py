from datetime import UTC, date, datetime, time

import pytest

from afterview.core.errors import InvalidInput
from afterview.core.timing import (
    add_business_days,
    at_local,
    holidays_of,
    is_business_day,
    local_day,
    next_business_day,
    place_in_business_hours,
    zone,
)


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).astimezone(UTC)


@pytest.mark.parametrize(
    ("day", "country", "expected"),
    [
        (date(2026, 3, 3), "US", True),  # a Tuesday
        (date(2026, 3, 7), "US", False),  # Saturday
        (date(2026, 3, 8), "US", False),  # Sunday
        (date(2026, 5, 25), "US", False),  # Memorial Day
        (date(2026, 7, 3), "US", False),  # Independence Day, observed on the Friday
        (date(2026, 5, 25), "GB", False),  # Spring Bank Holiday
        (date(2026, 12, 28), "GB", False),  # Boxing Day observed on the Monday
        (date(2026, 12, 28), "US", True),
        (date(2026, 5, 1), "DE", False),  # Labour Day
        (date(2026, 5, 1), "US", True),
        (date(2026, 5, 25), "us", False),  # codes are case-insensitive
    ],
)
def test_it_knows_business_days(day, country, expected):
    assert is_business_day(day, country) is expected


@pytest.mark.parametrize(
    ("day", "count", "country", "expected"),
    [
        (date(2026, 3, 3), 0, "US", date(2026, 3, 3)),
        (date(2026, 3, 7), 0, "US", date(2026, 3, 7)),  # zero days leaves a weekend day alone
        (date(2026, 3, 6), 1, "US", date(2026, 3, 9)),  # Friday -> Monday
        (date(2026, 3, 7), 1, "US", date(2026, 3, 9)),  # Saturday -> Monday
        (date(2026, 3, 3), 5, "US", date(2026, 3, 10)),
        (date(2026, 3, 3), 10, "US", date(2026, 3, 17)),
        (date(2026, 5, 22), 1, "US", date(2026, 5, 26)),  # over Memorial Day
        (date(2026, 5, 18), 10, "US", date(2026, 6, 2)),
        (date(2026, 5, 18), 10, "DE", date(2026, 6, 2)),  # Pentecost Monday instead
        (date(2026, 5, 11), 5, "DE", date(2026, 5, 19)),  # Ascension Day on the Thursday
        (date(2026, 12, 31), 1, "US", date(2027, 1, 4)),  # New Year's Day 2027, then a weekend
        (date(2026, 12, 24), 1, "GB", date(2026, 12, 29)),
    ],
)
def test_it_adds_business_days(day, count, country, expected):
    assert add_business_days(day, count, country) == expected


def test_it_refuses_negative_counts():
    with pytest.raises(ValueError, match="negative"):
        add_business_days(date(2026, 3, 3), -1)


def test_next_business_day_skips_a_holiday_monday():
    assert next_business_day(date(2026, 5, 22), "US") == date(2026, 5, 26)
    assert next_business_day(date(2026, 5, 26), "US") == date(2026, 5, 27)


def test_it_builds_each_holiday_set_once():
    assert holidays_of("US", 2026) is holidays_of("US", 2026)
    assert date(2026, 11, 26) in holidays_of("US", 2026)


@pytest.mark.parametrize(
    ("day", "clock", "tz", "expected"),
    [
        (date(2026, 3, 6), time(9), "America/New_York", "2026-03-06T14:00:00+00:00"),  # EST
        (date(2026, 3, 9), time(9), "America/New_York", "2026-03-09T13:00:00+00:00"),  # EDT
        (date(2026, 10, 23), time(9), "Europe/Berlin", "2026-10-23T07:00:00+00:00"),  # CEST
        (date(2026, 10, 26), time(9), "Europe/Berlin", "2026-10-26T08:00:00+00:00"),  # CET
        (date(2026, 3, 9), time(9), "Asia/Kolkata", "2026-03-09T03:30:00+00:00"),
        (date(2026, 3, 9), time(17), "UTC", "2026-03-09T17:00:00+00:00"),
    ],
)
def test_it_reads_business_hours_on_the_local_clock(day, clock, tz, expected):
    got = at_local(day, clock, tz)
    assert got == utc(expected)
    assert got.tzinfo is UTC


def test_local_day_is_the_recipients_calendar_day():
    assert local_day(utc("2026-03-06T03:00:00+00:00"), "America/New_York") == date(2026, 3, 5)
    assert local_day(utc("2026-03-06T03:00:00+00:00"), "Asia/Tokyo") == date(2026, 3, 6)


@pytest.mark.parametrize(
    ("at", "tz", "country", "expected"),
    [
        # before opening: the same morning
        ("2026-03-03T07:15:00-05:00", "America/New_York", "US", "2026-03-03T09:00:00-05:00"),
        # inside business hours: unchanged
        ("2026-03-03T11:20:00-05:00", "America/New_York", "US", "2026-03-03T11:20:00-05:00"),
        # exactly at closing: the next business morning
        ("2026-03-03T17:00:00-05:00", "America/New_York", "US", "2026-03-04T09:00:00-05:00"),
        # Friday evening before the spring DST change: Monday 09:00 EDT
        ("2026-03-06T18:00:00-05:00", "America/New_York", "US", "2026-03-09T09:00:00-04:00"),
        # Friday evening before the autumn change in Berlin: Monday 09:00 CET
        ("2026-10-23T18:00:00+02:00", "Europe/Berlin", "DE", "2026-10-26T09:00:00+01:00"),
        # Saturday, then a holiday Monday: Tuesday
        ("2026-05-23T10:00:00-04:00", "America/New_York", "US", "2026-05-26T09:00:00-04:00"),
        # a UTC instant that is already the next morning in India
        ("2026-03-03T20:00:00+00:00", "Asia/Kolkata", "US", "2026-03-04T09:00:00+05:30"),
    ],
)
def test_it_places_a_time_inside_business_hours(at, tz, country, expected):
    got = place_in_business_hours(utc(at), tz, country)
    assert got == utc(expected)
    assert got.tzinfo is UTC


def test_business_hours_can_be_other_than_nine_to_five():
    got = place_in_business_hours(
        utc("2026-03-03T08:15:00-05:00"), "America/New_York", "US", time(8), time(16)
    )
    assert got == utc("2026-03-03T08:15:00-05:00")


@pytest.mark.parametrize("name", ["Mars/Olympus", "", "../etc/passwd", "america/new york"])
def test_an_unknown_zone_is_invalid_input_with_a_fix(name):
    with pytest.raises(InvalidInput) as caught:
        zone(name)
    message = str(caught.value)
    assert message == (
        f"unknown time zone {name!r}; use an IANA name such as America/New_York or Europe/Berlin"
    )
    assert "\n" not in message


def test_an_unknown_country_is_invalid_input_with_a_fix():
    with pytest.raises(InvalidInput) as caught:
        is_business_day(date(2026, 3, 3), "XX")
    assert str(caught.value) == "unknown country code 'XX'; use an ISO 3166 code such as US, GB or DE"


def test_a_zone_only_shown_falls_back_to_utc_and_one_to_compute_with_says_what_is_wrong():
    from afterview.core.errors import InvalidInput
    from afterview.core.timing import zone, zone_or_utc

    assert zone_or_utc("America/Chicago") is zone("America/Chicago")
    assert zone_or_utc("Mars/Olympus") is zone_or_utc(None) is zone("UTC")
    with pytest.raises(InvalidInput, match="unknown time zone 'Mars/Olympus'"):
        zone("Mars/Olympus")
