"""Reading a calendar invite (.ics) into what the interview form needs: when, in
which zone, and who was invited. Plain values in, plain values out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from afterview.core.errors import InvalidInput

__all__ = ["Invite", "Invitee", "read_invite"]

MAX_BYTES = 1024 * 1024
_UTC_NAMES = {"UTC", "Etc/UTC", "GMT", "Etc/GMT", "Z"}


@dataclass(frozen=True)
class Invitee:
    name: str
    email: str


@dataclass(frozen=True)
class Invite:
    starts_at: datetime  # aware, in `tz`
    ends_at: datetime
    tz: str
    summary: str
    organizer: Invitee | None
    attendees: tuple[Invitee, ...]


def _address(value) -> Invitee | None:
    text = str(value).strip()
    if text.lower().startswith("mailto:"):
        text = text[7:]
    if "@" not in text:
        return None
    name = str(value.params.get("CN", "")).strip().strip('"') if hasattr(value, "params") else ""
    if "@" in name:
        name = ""
    return Invitee(name=" ".join(name.split()), email=text)


def _zone_name(dt: datetime, tzid: str | None) -> str | None:
    key = getattr(dt.tzinfo, "key", None)
    if key:
        return key
    from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

    for name in (tzid, WINDOWS_TO_OLSON.get(tzid or "")):
        if not name:
            continue
        try:
            ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            continue
        return name
    return None


def read_invite(raw: bytes, *, fallback_tz: str, exclude: tuple[str, ...] = ()) -> Invite:
    """The first event of an .ics file. Attendees exclude the addresses in
    `exclude` (the candidate's own) and rooms; raises InvalidInput in one line."""
    import icalendar

    if len(raw) > MAX_BYTES:
        raise InvalidInput("the invite is over 1 MB; a calendar invite is far smaller — is it the right file?")
    try:
        calendar = icalendar.Calendar.from_ical(raw)
    except (ValueError, IndexError, KeyError) as e:
        raise InvalidInput("this is not a calendar invite (.ics); save the invite from your calendar and try again") from e
    events = calendar.walk("VEVENT") if hasattr(calendar, "walk") else []
    if not events:
        raise InvalidInput("the invite has no event in it; save the interview's invite itself")
    event = events[0]
    start = event.get("DTSTART")
    if start is None:
        raise InvalidInput("the invite's event has no start time")
    starts_at = start.dt
    if not isinstance(starts_at, datetime):
        raise InvalidInput("the invite is for a whole day; type the interview's start and end times")
    if starts_at.tzinfo is None:
        tz = fallback_tz
        starts_at = starts_at.replace(tzinfo=ZoneInfo(tz))
    else:
        tz = _zone_name(starts_at, start.params.get("TZID"))
        if tz is None or tz in _UTC_NAMES:
            # An invite in UTC (or an unknown zone) is shown in the candidate's own zone.
            tz = fallback_tz
        starts_at = starts_at.astimezone(ZoneInfo(tz))
    end = event.get("DTEND")
    if end is not None and isinstance(end.dt, datetime):
        ends_at = end.dt if end.dt.tzinfo else end.dt.replace(tzinfo=starts_at.tzinfo)
    elif event.get("DURATION") is not None:
        ends_at = starts_at + event.get("DURATION").dt
    elif end is not None and isinstance(end.dt, date):
        raise InvalidInput("the invite ends on a date without a time; type the end time")
    else:
        ends_at = starts_at + timedelta(hours=1)
    ends_at = ends_at.astimezone(ZoneInfo(tz))

    own = {address.casefold() for address in exclude if address}
    organizer = _address(event["ORGANIZER"]) if "ORGANIZER" in event else None
    if organizer and organizer.email.casefold() in own:
        organizer = None
    raw_attendees = event.get("ATTENDEE", [])
    if not isinstance(raw_attendees, list):
        raw_attendees = [raw_attendees]
    attendees, seen = [], set()
    for value in raw_attendees:
        if str(getattr(value, "params", {}).get("CUTYPE", "INDIVIDUAL")).upper() not in ("INDIVIDUAL", ""):
            continue  # rooms and resources are not interviewers
        person = _address(value)
        if person is None or person.email.casefold() in own or person.email.casefold() in seen:
            continue
        if organizer and person.email.casefold() == organizer.email.casefold():
            continue
        seen.add(person.email.casefold())
        attendees.append(person)
    return Invite(
        starts_at=starts_at,
        ends_at=ends_at,
        tz=tz,
        summary=" ".join(str(event.get("SUMMARY", "")).split()),
        organizer=organizer,
        attendees=tuple(attendees),
    )
