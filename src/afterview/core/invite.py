"""Reading a calendar invitation (.ics, or an e-mail that carries one) into what an
interview needs: when, in which zone, who interviews and who arranged it.

One reader for the web form and `afterview interview add --from-invite`. Plain
bytes in, plain values out; anything it cannot use is an `InvalidInput` whose
one line says what is wrong and what to do instead.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from afterview.core.errors import InvalidInput
from afterview.core.parse import FIRST_DAY, LAST_DAY

__all__ = [
    "MAX_BYTES",
    "MAX_INTERVIEWERS",
    "CancelledInvite",
    "Invite",
    "Invitee",
    "calendar_of_email",
    "read_invite",
]

MAX_BYTES = 1024 * 1024
#: An interview round has at most this many interviewers (the form shows as many rows).
MAX_INTERVIEWERS = 20
#: The dates afterview accepts anywhere (issue 9): outside them a plan cannot be made.

_UTC_NAMES = {"UTC", "Etc/UTC", "GMT", "Etc/GMT", "Z"}
_CONTROL = re.compile(r"[\x00-\x1f\x7f\u2028\u2029]")
#: Meeting rooms and equipment booked on an invite: Exchange room mailboxes
#: (room-4@, conf.rm.12@, boardroom@), Google resources, "Room 12" names.
_ROOM_ADDRESS = re.compile(
    r"(^|[._\-\d])(rooms?|confrm|conf|conference|rm|boardroom|meetingroom|resource|facilities)([._\-\d]|$)"
    r"|^room\d|confrm|conf[._\-]rm",
    re.IGNORECASE,
)
_ROOM_NAME = re.compile(r"\b(room|conference|confrm|boardroom|meeting space|huddle)\b", re.IGNORECASE)
_RESOURCE_DOMAINS = ("resource.calendar.google.com",)


@dataclass(frozen=True)
class Invitee:
    name: str
    #: a checked address, or "" when the invite's was not one
    email: str


@dataclass(frozen=True)
class Invite:
    starts_at: datetime  # aware, in `tz`
    ends_at: datetime
    tz: str
    summary: str
    organizer: Invitee | None
    #: the proposed interviewers: everyone invited but the candidate, rooms and the organizer
    #: (unless the organizer is the only other person, who then interviews)
    attendees: tuple[Invitee, ...]
    #: REQUEST, PUBLISH, CANCEL, … ("" when the file does not say)
    method: str = ""
    uid: str = ""

    @property
    def interviewers(self) -> tuple[Invitee, ...]:
        return self.attendees

    @property
    def hiring_contact(self) -> Invitee | None:
        """The organizer, unless they are an interviewer themselves."""
        if self.organizer is None:
            return None
        mine = self.organizer.email.casefold()
        if any(p.email.casefold() == mine for p in self.attendees if p.email):
            return None
        return self.organizer


class CancelledInvite(InvalidInput):
    """The file cancels a meeting (METHOD:CANCEL or STATUS:CANCELLED); `invite` says which."""

    def __init__(self, invite: Invite):
        self.invite = invite
        super().__init__(
            f"this invite cancels the meeting of {invite.starts_at:%a %Y-%m-%d %H:%M} ({invite.tz}); "
            "it logs no interview"
        )


def _clean(text: str) -> str:
    return " ".join(_CONTROL.sub(" ", text).split())


def _checked_email(text: str) -> str:
    from afterview.core.parse import parse_email

    try:
        return parse_email(text)
    except InvalidInput:
        return ""


def _is_room(value, email: str, name: str) -> bool:
    params = getattr(value, "params", {})
    if str(params.get("CUTYPE", "INDIVIDUAL")).upper() not in ("INDIVIDUAL", "UNKNOWN", ""):
        return True  # ROOM, RESOURCE, GROUP
    local, _, domain = email.rpartition("@")
    if domain.casefold().endswith(_RESOURCE_DOMAINS):
        return True
    return bool(_ROOM_ADDRESS.search(local) or _ROOM_NAME.search(name))


def _person(value) -> tuple[Invitee, bool] | None:
    """An attendee or organizer, and whether it is a room or resource."""
    text = str(value).strip()
    if text.lower().startswith("mailto:"):
        text = text[7:]
    params = getattr(value, "params", {})
    name = _clean(str(params.get("CN", "")).strip().strip('"'))
    if "@" in name:
        name = ""
    name = name[:200]
    raw_email = text if "@" in text else ""
    email = _checked_email(raw_email) if raw_email else ""
    if not name and not email:
        return None
    return Invitee(name=name, email=email), _is_room(value, raw_email, name)


def calendar_of_email(raw: bytes) -> bytes:
    """The first calendar part (text/calendar, application/ics or a .ics attachment)
    of an e-mail, looking inside forwarded messages too."""
    from email import policy
    from email.parser import BytesParser

    try:
        message = BytesParser(policy=policy.compat32).parsebytes(raw)
        for part in message.walk():
            kind = part.get_content_type()
            filename = (part.get_filename() or "").lower()
            if kind in ("text/calendar", "application/ics") or filename.endswith((".ics", ".ical", ".ifb")):
                payload = part.get_payload(decode=True)
                if payload and b"BEGIN:VCALENDAR" in payload.upper():
                    return payload
    except (ValueError, LookupError, TypeError, AssertionError) as e:
        raise InvalidInput("this e-mail could not be read; save the invitation itself (.ics) and try again") from e
    raise InvalidInput("this e-mail carries no calendar invite; forward the invitation itself, or save its .ics")


def _looks_like_email(raw: bytes) -> bool:
    head = raw[:4096].lstrip(b"\xef\xbb\xbf \r\n\t").lower()
    if head.startswith(b"begin:vcalendar"):
        return False
    return bool(re.match(rb"(from |[a-z0-9-]+:)", head)) and (
        b"\nfrom:" in b"\n" + head or b"\nmime-version:" in b"\n" + head or b"\ncontent-type:" in b"\n" + head
    )


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
        except (ZoneInfoNotFoundError, ValueError, OSError):
            continue
        return name
    return None


def _in_window(value: datetime | date, what: str) -> None:
    day = value.date() if isinstance(value, datetime) else value
    if not FIRST_DAY <= day <= LAST_DAY:
        raise InvalidInput(
            f"the invite's {what} is {day.isoformat()}; afterview takes dates from "
            f"{FIRST_DAY.isoformat()} through {LAST_DAY.isoformat()} — is it the right invite?"
        )


def _value(event, name: str, what: str):
    """The property's Python value, or an InvalidInput naming it when it is broken."""
    prop = event.get(name)
    if prop is None:
        return None, None
    try:
        return prop, prop.dt
    except (ValueError, TypeError, OverflowError, AttributeError, KeyError, IndexError) as e:
        raise InvalidInput(f"the invite's {what} ({name}) is not readable; save the invite again from your calendar") from e


def _fallback(tz: str) -> str:
    from afterview.core.parse import parse_zone

    return parse_zone(tz)


def _parse(raw: bytes):
    import icalendar

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return icalendar.Calendar.from_ical(raw)
    except (ValueError, IndexError, KeyError, TypeError, AttributeError, UnicodeError, RecursionError) as e:
        raise InvalidInput(
            "this is not a calendar invite (.ics); save the invite from your calendar and try again"
        ) from e


def read_invite(raw: bytes, *, fallback_tz: str, exclude: tuple[str, ...] = ()) -> Invite:
    """The one event of an invitation (.ics bytes, or an e-mail carrying one).

    Attendees leave out the addresses in `exclude` (the candidate's own), rooms and
    resources, and the organizer when others are invited. A time without a zone
    (or in UTC) is shown in `fallback_tz`. Raises `CancelledInvite` for a
    cancellation and `InvalidInput` for anything else it cannot use: no event,
    several, a repeating one, a whole-day one, broken or out-of-range times, more
    than MAX_INTERVIEWERS people.
    """
    if len(raw) > MAX_BYTES:
        raise InvalidInput("the invite is over 1 MB; a calendar invite is far smaller — is it the right file?")
    if _looks_like_email(raw):
        raw = calendar_of_email(raw)
        if len(raw) > MAX_BYTES:
            raise InvalidInput("the invite is over 1 MB; a calendar invite is far smaller — is it the right file?")
    calendar = _parse(raw)
    if not hasattr(calendar, "walk"):
        raise InvalidInput("this is not a calendar invite (.ics); save the invite from your calendar and try again")
    if str(getattr(calendar, "name", "")).upper() != "VCALENDAR":
        raise InvalidInput("this is not a calendar invite (.ics); save the invite from your calendar and try again")
    events = calendar.walk("VEVENT")
    if not events:
        raise InvalidInput("the invite has no event in it; save the interview's invite itself")
    uids = {str(event.get("UID", id(event))) for event in events}
    if len(uids) > 1:
        raise InvalidInput(
            f"the file holds {len(uids)} events; an interview is one — save the interview's invite on its own"
        )
    if len(events) > 1 or any(name in events[0] for name in ("RRULE", "RDATE", "RECURRENCE-ID")):
        raise InvalidInput(
            "the invite repeats (a recurring meeting); an interview happens once — save the one occurrence, "
            "or give --at and --until instead"
        )
    event = events[0]
    method = _clean(str(calendar.get("METHOD", ""))).upper()

    start, starts_at = _value(event, "DTSTART", "start time")
    if start is None:
        raise InvalidInput("the invite's event has no start time")
    if not isinstance(starts_at, datetime):
        if isinstance(starts_at, date):
            _in_window(starts_at, "date")
            raise InvalidInput("the invite is for a whole day; type the interview's start and end times")
        raise InvalidInput("the invite's start time (DTSTART) is not a date and time; save the invite again")
    _in_window(starts_at, "start date")
    if starts_at.tzinfo is None:
        tz = _fallback(fallback_tz)
        starts_at = starts_at.replace(tzinfo=ZoneInfo(tz))
    else:
        tz = _zone_name(starts_at, start.params.get("TZID"))
        if tz is None or tz in _UTC_NAMES:
            # An invite in UTC (or an unknown zone) is shown in the candidate's own zone.
            tz = _fallback(fallback_tz)
    try:
        starts_at = starts_at.astimezone(ZoneInfo(tz))
        _in_window(starts_at, "start date")
        end, end_value = _value(event, "DTEND", "end time")
        if end is not None and isinstance(end_value, datetime):
            ends_at = end_value if end_value.tzinfo else end_value.replace(tzinfo=starts_at.tzinfo)
        elif end is not None and isinstance(end_value, date):
            raise InvalidInput("the invite ends on a date without a time; type the end time")
        else:
            duration, length = _value(event, "DURATION", "length")
            if duration is None:
                length = timedelta(hours=1)
            elif not isinstance(length, timedelta):
                raise InvalidInput("the invite's length (DURATION) is not a duration; save the invite again")
            ends_at = starts_at + length
        _in_window(ends_at, "end date")
        ends_at = ends_at.astimezone(ZoneInfo(tz))
    except OverflowError as e:
        raise InvalidInput(
            f"the invite's times run past {LAST_DAY.isoformat()}; afterview takes dates from "
            f"{FIRST_DAY.isoformat()} through {LAST_DAY.isoformat()}"
        ) from e
    if ends_at <= starts_at:
        raise InvalidInput("the invite ends before it starts (check its end time or length); type the times instead")

    own = {address.casefold() for address in exclude if address}
    organizer = None
    if "ORGANIZER" in event:
        found = _person(event["ORGANIZER"])
        if found is not None and found[0].email.casefold() not in own:
            organizer = found[0]
    raw_attendees = event.get("ATTENDEE", [])
    if not isinstance(raw_attendees, list):
        raw_attendees = [raw_attendees]
    people: list[Invitee] = []
    seen: set[str] = set()
    for value in raw_attendees:
        if str(getattr(value, "params", {}).get("ROLE", "")).upper() == "NON-PARTICIPANT":
            continue
        found = _person(value)
        if found is None or found[1]:
            continue  # not a person, or a room or resource: not an interviewer
        person = found[0]
        key = (person.email or person.name).casefold()
        if key in own or key in seen:
            continue
        seen.add(key)
        people.append(person)
    if organizer is not None and organizer.email:
        others = [p for p in people if p.email.casefold() != organizer.email.casefold()]
        if others:
            # Whoever sent the invite arranged it (a recruiter); the others interview.
            people = others
    if len(people) > MAX_INTERVIEWERS:
        raise InvalidInput(
            f"the invite lists {len(people)} people besides you; an interview has at most "
            f"{MAX_INTERVIEWERS} interviewers — is it the interview's invite?"
        )
    invite = Invite(
        starts_at=starts_at,
        ends_at=ends_at,
        tz=tz,
        summary=_clean(str(event.get("SUMMARY", "")))[:300],
        organizer=organizer,
        attendees=tuple(people),
        method=method,
        uid=_clean(str(event.get("UID", "")))[:300],
    )
    if method == "CANCEL" or _clean(str(event.get("STATUS", ""))).upper() == "CANCELLED":
        raise CancelledInvite(invite)
    return invite
