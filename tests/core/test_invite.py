"""Reading calendar invites: the time in its own zone, the people, and clear refusals."""

from __future__ import annotations

from datetime import datetime

import pytest

from afterview.core.errors import InvalidInput
from afterview.core.invite import read_invite

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


# -- real files: the icalendar suite's Exchange and Google exports, and our Zoom and Teams invites --

from pathlib import Path  # noqa: E402

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from afterview.core.invite import MAX_INTERVIEWERS, CancelledInvite  # noqa: E402

INVITES = Path(__file__).parent.parent / "data" / "invites"
ALICE = ("alice@example.edu",)


def _read(name: str, fallback_tz: str = "America/Chicago"):
    return read_invite((INVITES / name).read_bytes(), fallback_tz=fallback_tz, exclude=ALICE)


def test_it_reads_an_exchange_request_in_a_windows_zone():
    invite = _read("icalendar/timezone_same_start.ics")
    assert invite.method == "REQUEST"
    assert invite.tz == "America/Los_Angeles"
    assert invite.starts_at.isoformat() == "2017-02-24T12:00:00-08:00"
    assert invite.ends_at.isoformat() == "2017-02-24T12:30:00-08:00"
    assert invite.attendees == ()  # the CLI asks for the interviewers


def test_it_reads_an_exchange_publish_with_an_unquoted_windows_zone():
    invite = _read("icalendar/issue_836_do_not_quote_tzid.ics")
    assert (invite.method, invite.tz) == ("PUBLISH", "America/New_York")
    assert invite.starts_at.isoformat() == "2024-10-28T17:00:00-04:00"


def test_a_google_export_in_utc_is_shown_in_the_candidates_zone():
    invite = _read("icalendar/alarm_google_future.ics", fallback_tz="Europe/London")
    assert invite.tz == "Europe/London"
    assert invite.starts_at.isoformat() == "2024-10-04T19:15:00+01:00"


def test_it_reads_a_zoom_meeting_sent_from_google_calendar():
    invite = _read("zoom-google.ics")
    assert (invite.tz, invite.starts_at.hour, invite.ends_at.hour) == ("America/Chicago", 10, 12)
    assert [p.name for p in invite.interviewers] == ["Miriam Castellanos", "Theo Lindqvist"]  # no Google room
    assert invite.hiring_contact.email == "dwhitfield@cp.example"


def test_it_reads_a_teams_meeting_from_outlook_and_leaves_the_room_out():
    invite = _read("teams-outlook.ics")
    assert invite.tz == "Europe/Berlin"
    assert invite.starts_at.isoformat() == "2026-12-10T14:30:00+01:00"
    assert [p.email for p in invite.interviewers] == ["samuel.achterberg@nb.example", "ines.duarte@nb.example"]
    assert invite.hiring_contact.name == "Priya Raghunathan"


def test_it_finds_the_invite_inside_a_forwarded_email():
    assert _read("forwarded-teams.eml") == _read("teams-outlook.ics")


def test_a_cancellation_says_which_meeting_it_cancels():
    with pytest.raises(CancelledInvite, match="cancels the meeting of Thu 2026-12-10 14:30") as caught:
        _read("teams-cancel.ics")
    assert caught.value.invite.starts_at.isoformat() == "2026-12-10T14:30:00+01:00"


def test_the_organizer_who_invites_only_the_candidate_is_the_interviewer(invite):
    raw = invite(attendees=(("Priya Raghunathan", "priya@nb.example"), ("Alice Moreau", "alice@example.edu")))
    read = read_invite(raw, fallback_tz="UTC", exclude=ALICE)
    assert [p.name for p in read.interviewers] == ["Priya Raghunathan"]
    assert read.hiring_contact is None


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("icalendar/issue_165_missing_event.ics", "repeats"),
        ("icalendar/issue_526_calendar_with_events.ics", "holds 2 events"),
        ("icalendar/property_params.ics", "for a whole day"),
    ],
)
def test_it_refuses_real_files_that_are_not_one_timed_interview(name, message):
    with pytest.raises(InvalidInput, match=message):
        _read(name)


def test_an_email_without_an_invite_says_so():
    raw = b"From: a@b.example\r\nSubject: hi\r\nMIME-Version: 1.0\r\nContent-Type: text/plain\r\n\r\nhello\r\n"
    with pytest.raises(InvalidInput, match="carries no calendar invite"):
        read_invite(raw, fallback_tz="UTC")


def test_thousands_of_attendees_are_refused_at_the_interviewer_limit(invite):
    people = tuple((f"Person {i}", f"p{i}@nb.example") for i in range(MAX_INTERVIEWERS + 1))
    with pytest.raises(InvalidInput, match=f"lists {MAX_INTERVIEWERS + 1} people"):
        read_invite(invite(attendees=people), fallback_tz="UTC")
    assert len(read_invite(invite(attendees=people[:-1]), fallback_tz="UTC").attendees) == MAX_INTERVIEWERS


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        (b"DTSTART:garbage", "start time"),
        (b"DTSTART:20261203T160000Z\r\nDURATION:PXYZ", "length"),
        (b"DTSTART:20261203T160000Z\r\nDURATION:-PT1H", "ends before it starts"),
        (b"DTSTART:00010101T010000Z", "2000-01-01"),
        (b"DTSTART:00010101T010000", "2000-01-01"),
        (b"DTSTART:99991231T230000Z\r\nDURATION:PT2H", "2099-12-31"),
        (b"DTSTART:20991231T230000Z\r\nDURATION:PT2H", "2099-12-31"),
        (b"DTSTART:20261203T100000\r\nRRULE:FREQ=WEEKLY", "repeats"),
    ],
)
def test_broken_or_far_off_times_are_one_line_errors(lines, message):
    raw = b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:1\r\n" + lines + b"\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    with pytest.raises(InvalidInput, match=message):
        read_invite(raw, fallback_tz="UTC")


def test_a_floating_time_with_an_unknown_fallback_zone_is_refused():
    raw = b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:20261203T100000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    with pytest.raises(InvalidInput, match="unknown time zone 'Mars/Olympus'"):
        read_invite(raw, fallback_tz="Mars/Olympus")


_LINES = st.lists(
    st.one_of(
        st.sampled_from(
            [
                "DTSTART:20261203T100000",
                "DTSTART;TZID=Central Standard Time:20261203T100000",
                "DTSTART;VALUE=DATE:20261203",
                "DTEND:20261203T090000Z",
                "DURATION:PT1H",
                "RRULE:FREQ=DAILY",
                "ATTENDEE;CN=Theo:mailto:t@cp.example",
                "ATTENDEE;CUTYPE=ROOM:mailto:room@cp.example",
                "ORGANIZER:mailto:x",
                "BEGIN:VEVENT",
                "END:VEVENT",
                "STATUS:CANCELLED",
            ]
        ),
        st.text(max_size=40).map(lambda t: t.replace("\r", "").replace("\n", "")),
        st.builds(lambda k, v: f"{k}:{v}", st.sampled_from(["DTSTART", "DTEND", "DURATION", "ATTENDEE", "ORGANIZER", "METHOD"]), st.text(max_size=30).map(lambda t: t.replace("\r", "").replace("\n", ""))),
    ),
    max_size=12,
)


@settings(max_examples=300, deadline=None)
@given(_LINES, st.sampled_from(["UTC", "America/Chicago", "Mars/Olympus", ""]))
def test_any_file_gives_an_invite_or_one_line_error(lines, fallback):
    raw = ("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n" + "\r\n".join(lines) + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n").encode("utf-8", "surrogatepass")
    try:
        invite = read_invite(raw, fallback_tz=fallback)
    except InvalidInput as e:
        assert "\n" not in str(e)
    else:
        assert invite.ends_at > invite.starts_at
        assert len(invite.attendees) <= MAX_INTERVIEWERS


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_any_bytes_give_an_invite_or_one_line_error(raw):
    try:
        read_invite(raw, fallback_tz="UTC")
    except InvalidInput:
        pass
