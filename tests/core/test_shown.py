from datetime import UTC, date, datetime

import pytest

from afterview.core.shown import day_text, format_phone, span_text, time_text, zone_label

START = datetime(2026, 12, 3, 19, 0, tzinfo=UTC)  # 14:00 in New York, 13:00 in Chicago
END = datetime(2026, 12, 3, 20, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    "tz, own, text",
    [
        ("America/New_York", "America/Chicago", "Thu 3 Dec, 14:00–15:00 New York time (13:00–14:00 yours)"),
        ("America/Chicago", "America/Chicago", "Thu 3 Dec, 13:00–14:00"),
        # Another name for the same clock needs no label.
        ("America/Detroit", "America/New_York", "Thu 3 Dec, 14:00–15:00"),
        # Across midnight the candidate's own day is named too.
        ("America/New_York", "Asia/Tokyo", "Thu 3 Dec, 14:00–15:00 New York time (Fri 4 Dec, 04:00–05:00 yours)"),
        ("UTC", "America/Chicago", "Thu 3 Dec, 19:00–20:00 UTC (13:00–14:00 yours)"),
    ],
)
def test_a_span_names_its_zone_only_when_it_is_not_the_candidates(tz, own, text):
    assert span_text(START, END, tz, own) == text


def test_a_time_names_its_zone_only_when_it_is_not_the_candidates():
    assert time_text(START, "America/New_York", "America/Chicago") == "Thu 3 Dec, 14:00 New York time (13:00 yours)"
    assert time_text(START, "America/Chicago", "America/Chicago") == "Thu 3 Dec, 13:00"


def test_dates_read_as_the_playbook_writes_them():
    assert day_text(date(2026, 12, 3)) == "Thu 3 Dec"
    assert day_text(datetime(2026, 12, 4, 3, tzinfo=UTC), "America/Chicago") == "Thu 3 Dec"
    assert zone_label("America/Argentina/Buenos_Aires") == "Buenos Aires time"


@pytest.mark.parametrize(
    "stored, shown",
    [
        ("+13125550100", "+1 312-555-0100"),
        ("+442079460958", "+44 20 7946 0958"),
        ("+1 212 555 0100", "+1 212-555-0100"),
        ("", ""),
        ("call the front desk", "call the front desk"),
    ],
)
def test_phone_numbers_are_shown_as_people_write_them(stored, shown):
    assert format_phone(stored) == shown


def test_a_time_at_the_calendars_very_end_is_shown_as_stored():
    end_of_time = datetime(9999, 12, 31, 23, 0, tzinfo=UTC)
    assert span_text(end_of_time, end_of_time, "Asia/Tokyo", "America/Chicago") == "Fri 31 Dec 9999, 23:00–23:00 UTC"
    assert time_text(end_of_time, "Asia/Tokyo", "America/Chicago") == "Fri 31 Dec 9999, 23:00 UTC"
