"""Reading calendar invites: the time in its own zone, the people, and clear refusals."""

from __future__ import annotations

from datetime import datetime

import pytest

from afterview.core.errors import InvalidInput
from afterview.web.ics import read_invite

OUTLOOK = b"""BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:Microsoft Exchange Server 2010\r
BEGIN:VTIMEZONE\r
TZID:Central Standard Time\r
BEGIN:STANDARD\r
DTSTART:16010101T020000\r
TZOFFSETFROM:-0500\r
TZOFFSETTO:-0600\r
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11\r
END:STANDARD\r
BEGIN:DAYLIGHT\r
DTSTART:16010101T020000\r
TZOFFSETFROM:-0600\r
TZOFFSETTO:-0500\r
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3\r
END:DAYLIGHT\r
END:VTIMEZONE\r
BEGIN:VEVENT\r
ORGANIZER;CN=Dana Whitfield:mailto:dwhitfield@cp.example\r
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Miriam Castellanos:mailto:mcastellanos@cp.example\r
ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Theo Lindqvist":mailto:TLindqvist@cp.example\r
ATTENDEE;CN=alice@example.edu:mailto:alice@example.edu\r
ATTENDEE;CUTYPE=ROOM;CN=Room 12:mailto:room12@cp.example\r
SUMMARY:Callback interview\r
DTSTART;TZID=Central Standard Time:20261203T100000\r
DTEND;TZID=Central Standard Time:20261203T120000\r
END:VEVENT\r
END:VCALENDAR\r
"""


def test_it_reads_an_outlook_invite_with_a_windows_zone():
    invite = read_invite(OUTLOOK, fallback_tz="Europe/London", exclude=("ALICE@example.edu",))
    assert invite.tz == "America/Chicago"
    assert (invite.starts_at.hour, invite.ends_at.hour) == (10, 12)
    assert invite.starts_at.date().isoformat() == "2026-12-03"
    assert invite.organizer.name == "Dana Whitfield"
    assert [(p.name, p.email) for p in invite.attendees] == [
        ("Miriam Castellanos", "mcastellanos@cp.example"),
        ("Theo Lindqvist", "TLindqvist@cp.example"),
    ]
    assert invite.summary == "Callback interview"


def test_an_invite_in_utc_is_shown_in_the_candidates_zone(invite):
    raw = invite(tz="UTC")
    read = read_invite(raw, fallback_tz="America/Chicago")
    assert read.tz == "America/Chicago"
    assert read.starts_at == datetime.fromisoformat("2026-12-03T14:00:00+00:00")


def test_a_floating_time_is_read_in_the_fallback_zone():
    raw = OUTLOOK.replace(b";TZID=Central Standard Time:20261203T100000", b":20261203T100000").replace(
        b";TZID=Central Standard Time:20261203T120000", b":20261203T120000"
    )
    read = read_invite(raw, fallback_tz="Europe/Berlin")
    assert read.tz == "Europe/Berlin"
    assert read.starts_at.isoformat() == "2026-12-03T10:00:00+01:00"


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"%PDF-1.7", "not a calendar invite"),
        (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n", "no event"),
        (
            b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20261203\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
            "for a whole day",
        ),
        (b"x" * (1024 * 1024 + 1), "over 1 MB"),
    ],
)
def test_it_refuses_what_is_not_an_interview_invite(raw, message):
    with pytest.raises(InvalidInput, match=message):
        read_invite(raw, fallback_tz="UTC")
