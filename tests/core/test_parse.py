from datetime import UTC, date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from afterview.core.errors import InvalidInput
from afterview.core.parse import (
    NamedAddress,
    parse_country,
    parse_date,
    parse_email,
    parse_local_datetime,
    parse_name,
    parse_named_address,
    parse_phone,
    parse_zone,
)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Helen Oloroso <holoroso@example.com>", NamedAddress("Helen Oloroso", "holoroso@example.com")),
        ('"Ó Briain, Dara" <dara@example.ie>', NamedAddress("Ó Briain, Dara", "dara@example.ie")),
        ("  Nguyễn   Thị Mai  ", NamedAddress("Nguyễn Thị Mai", "")),
        ("Zoë <zoë@exämple.com>", NamedAddress("Zoë", "zoë@exämple.com")),
    ],
)
def test_it_reads_names_with_addresses(text, expected):
    assert parse_named_address(text) == expected


@pytest.mark.parametrize(
    "text, message",
    [
        ("Dana <not-an-address>", "is not a valid e-mail address"),
        ("dana@example.com", "has an address but no name"),
        ("Dana <dana@example.com", "is not of the form"),
        ("Dana\r\nBcc: x@evil.example <d@example.com>", "line break"),
        ("", "is empty"),
    ],
)
def test_it_refuses_bad_people_with_a_reason(text, message):
    with pytest.raises(InvalidInput, match=message):
        parse_named_address(text)


def test_it_requires_an_address_when_asked():
    with pytest.raises(InvalidInput, match="no e-mail address"):
        parse_named_address("Dana Whitfield", require_email=True)


def test_it_normalizes_phone_numbers_to_e164():
    assert parse_phone("(312) 555-0100", "US") == "+13125550100"
    assert parse_phone("+44 20 7946 0958", "US") == "+442079460958"


@pytest.mark.parametrize("text", ["12", "call me", "+1 000 000 0000"])
def test_it_refuses_bad_phone_numbers(text):
    with pytest.raises(InvalidInput, match="phone number"):
        parse_phone(text, "US")


def test_it_knows_time_zones():
    assert parse_zone("America/Chicago") == "America/Chicago"
    for bad in ("Mars/Olympus", "", "../etc/passwd", "America/"):
        with pytest.raises(InvalidInput):
            parse_zone(bad)


def test_it_reads_local_times_in_their_zone():
    assert parse_local_datetime("2026-12-03 10:00", "America/Chicago") == datetime(2026, 12, 3, 16, 0, tzinfo=UTC)
    assert parse_local_datetime("2026-07-03T10:00", "America/Chicago") == datetime(2026, 7, 3, 15, 0, tzinfo=UTC)
    assert parse_local_datetime("2026-12-03T10:00+01:00", "America/Chicago") == datetime(2026, 12, 3, 9, 0, tzinfo=UTC)


def test_it_refuses_a_time_the_clocks_skip():
    with pytest.raises(InvalidInput, match="does not exist"):
        parse_local_datetime("2026-03-08 02:30", "America/Chicago")


def test_it_refuses_dates_and_countries_it_cannot_read():
    assert parse_date("2026-12-10") == date(2026, 12, 10)
    assert parse_country("gb") == "GB"
    with pytest.raises(InvalidInput, match="YYYY-MM-DD"):
        parse_date("next Friday")
    with pytest.raises(InvalidInput, match="two-letter"):
        parse_country("XX")
    with pytest.raises(InvalidInput, match="not a date and time"):
        parse_local_datetime("tomorrow", "UTC")


def test_it_trims_names_and_refuses_control_characters():
    assert parse_name("  Calloway &  Pryce ") == "Calloway & Pryce"
    with pytest.raises(InvalidInput, match="control"):
        parse_name("Evil\x00Corp")
    with pytest.raises(InvalidInput, match="under 200"):
        parse_name("x" * 201)


def test_it_normalizes_addresses():
    assert parse_email(" Dana@Example.COM ") == "Dana@example.com"


@pytest.mark.parametrize("bad", ["Hi\x00there", "Hi\u2028there", "Hi\x0bthere", "Re: \x1b]0;x\x07", "Hi\rBcc: x"])
def test_a_subject_with_control_characters_is_refused(bad):
    from afterview.core.parse import parse_subject

    with pytest.raises(InvalidInput) as e:
        parse_subject(bad)
    assert "contains control characters" in str(e.value)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Re: \x1b]0;owned\x07 next", "Re: ]0;owned next"),
        ("a\u2028b\x00c", "a b c"),
        ("Acme [/bold] Corp", "Acme [/bold] Corp"),
    ],
)
def test_without_controls_takes_them_out(text, expected):
    from afterview.core.parse import without_controls

    assert without_controls(text) == expected


@given(st.text())
def test_a_subject_is_a_value_or_invalid_input(text):
    from afterview.core.parse import parse_subject, without_controls

    try:
        value = parse_subject(text)
    except InvalidInput:
        return
    assert without_controls(value) == value


@pytest.mark.parametrize(
    "zone, warning",
    [
        ("EST", "EST is a fixed offset from UTC with no daylight saving time; for New York time use America/New_York"),
        ("MST", "MST is a fixed offset from UTC with no daylight saving time; for Denver time use America/Denver"),
        ("est", "est is a fixed offset from UTC with no daylight saving time; for New York time use America/New_York"),
        (
            "Etc/GMT+5",
            "Etc/GMT+5 is a fixed offset from UTC with no daylight saving time; use the zone of the place, e.g. America/New_York",
        ),
        ("America/New_York", None),
        ("America/Phoenix", None),
        ("UTC", None),
        ("Etc/GMT", None),
        ("Europe/London", None),
    ],
)
def test_a_fixed_offset_zone_gets_a_warning_naming_the_zone_meant(zone, warning):
    from afterview.core.parse import zone_warning

    assert zone_warning(zone) == warning


@pytest.mark.parametrize(
    "zone, message",
    [
        ("PST", "unknown time zone 'PST'; for Los Angeles time use America/Los_Angeles"),
        ("CST", "unknown time zone 'CST'; for Chicago time use America/Chicago"),
        ("BST", "unknown time zone 'BST'; for London time use Europe/London"),
    ],
)
def test_an_abbreviation_tzdata_does_not_know_is_refused_with_the_zone_meant(zone, message):
    with pytest.raises(InvalidInput) as refused:
        parse_zone(zone)
    assert str(refused.value) == message


@given(st.text(max_size=40))
def test_zone_warning_gives_a_line_or_none(text):
    from afterview.core.parse import zone_warning

    assert zone_warning(text) is None or isinstance(zone_warning(text), str)
