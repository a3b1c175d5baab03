"""Parsing and validating what people type: names with addresses, phone numbers,
time zones, dates and times. Each parser returns a plain value or raises
`InvalidInput` with one line that says how to fix it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime

from afterview.core import timing
from afterview.core.errors import InvalidInput

__all__ = [
    "FIRST_DAY",
    "LAST_DAY",
    "MAX_NOTE",
    "NamedAddress",
    "check_day",
    "in_planned_years",
    "parse_country",
    "parse_date",
    "parse_email",
    "parse_local_datetime",
    "parse_message_ids",
    "parse_name",
    "parse_named_address",
    "parse_phone",
    "parse_salutation",
    "parse_subject",
    "parse_zone",
    "without_controls",
    "parse_free_text",
    "zone_warning",
]

# C0 and C1 control characters (NUL, vertical tab, ESC, NEL...) and the Unicode
# line and paragraph separators: none belongs in a name or a header, and ESC
# or BEL reaching a terminal can retitle or reprogram it.
_SURROGATE = re.compile("[\ud800-\udfff]")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_CONTROL_BUT_LINES = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")
#: RFC 5322 msg-id, as afterview writes and accepts them for threading: no spaces, one "@".
MESSAGE_ID = re.compile(r"<[^<>@\s]+@[^<>@\s]+>")
MAX_NAME = 200
#: The longest note, in characters, that is checked or sent (a note that lands is far
#: shorter); the checker's time grows with the note, so longer ones are refused first.
MAX_NOTE = 20_000


#: The days afterview accepts and plans for. Anything outside is a typo (9999 for
#: 2026), and the playbook's date arithmetic near the calendar's ends overflows.
FIRST_DAY = date(2000, 1, 1)
LAST_DAY = date(2099, 12, 31)
_WINDOW = f"{FIRST_DAY.isoformat()} through {LAST_DAY.isoformat()}"


def in_planned_years(value: date | datetime) -> bool:
    """Whether a date (or an aware time, read in UTC with a day's slack for other
    zones) lies in the years afterview plans for."""
    if isinstance(value, datetime):
        day = value.astimezone(UTC).date() if value.tzinfo is not None else value.date()
        return FIRST_DAY.toordinal() - 1 <= day.toordinal() <= LAST_DAY.toordinal() + 1
    return FIRST_DAY <= value <= LAST_DAY


def check_day(day: date, what: str = "the date") -> date:
    """`day`, or InvalidInput when it lies outside FIRST_DAY..LAST_DAY."""
    if not FIRST_DAY <= day <= LAST_DAY:
        raise InvalidInput(f"{what} {day.isoformat()} is outside {_WINDOW}, the years afterview plans for; check the year")
    return day


@dataclass(frozen=True)
class NamedAddress:
    name: str
    email: str


def parse_name(value: str, what: str = "name") -> str:
    """A person's or organization's name: trimmed, non-empty, one line."""
    name = " ".join(value.split())
    if not name:
        raise InvalidInput(f"the {what} is empty; give it in quotes, e.g. \"Dana Whitfield\"")
    if _CONTROL.search(value.replace("\t", " ")):
        raise InvalidInput(f"the {what} {value!r} contains control characters; type it on one line")
    if len(name) > MAX_NAME:
        raise InvalidInput(f"the {what} is {len(name)} characters long; keep it under {MAX_NAME}")
    return name


def parse_subject(value: str) -> str:
    """An e-mail subject: trimmed, one line, no control characters."""
    if _CONTROL.search(value):
        raise InvalidInput(f"the subject {value!r} contains control characters; type it on one line")
    return value.strip()


def without_controls(text: str, *, keep_lines: bool = False) -> str:
    """`text` with every control character taken out, for text someone else wrote
    (a received subject) or that was stored before it was checked.

    On one line, each becomes a space and the spaces that makes collapse into
    one; with `keep_lines`, line breaks and tabs stay and the rest go. Never raises.
    """
    if keep_lines:
        return _CONTROL_BUT_LINES.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    if not _CONTROL.search(text):
        return text
    return " ".join(_CONTROL.sub(" ", text).split())


def parse_free_text(value: str, what: str = "the note") -> str:
    """Text a person typed (a touch's note, an update): kept as typed, but never a NUL
    or a lone surrogate, which no database can store (invalid UTF-8 on a command line
    arrives as one)."""
    if "\x00" in value or _SURROGATE.search(value):
        raise InvalidInput(f"{what} holds a character that isn't text (invalid UTF-8 or a NUL); retype it")
    return value


def parse_email(value: str) -> str:
    """A deliverable-looking address, normalized (no DNS look-up)."""
    import email_validator

    text = value.strip()
    try:
        result = email_validator.validate_email(text, check_deliverability=False)
    except email_validator.EmailNotValidError as e:
        raise InvalidInput(f"{text!r} is not a valid e-mail address: {e}") from e
    return result.normalized


def parse_named_address(value: str, *, require_email: bool = False) -> NamedAddress:
    """'Helen Oloroso <holoroso@example.com>' or a bare name (or a bare address)."""
    text = value.strip()
    if _CONTROL.search(text):
        raise InvalidInput(f"{value!r} contains a line break or control character; type it on one line")
    if "<" in text or ">" in text:
        if text.count("<") != 1 or not text.endswith(">"):
            raise InvalidInput(f"{value!r} is not of the form 'Name <address>'")
        name_part, _, rest = text.partition("<")
        name = parse_name(name_part.strip().strip('"'), "name")
        return NamedAddress(name, parse_email(rest[:-1]))
    if "@" in text:
        address = parse_email(text)
        raise InvalidInput(f"{value!r} has an address but no name; write it as 'Full Name <{address}>'")
    if require_email:
        raise InvalidInput(f"{value!r} has no e-mail address; write it as 'Full Name <name@example.com>'")
    return NamedAddress(parse_name(text), "")


def parse_phone(value: str, country: str = "US") -> str:
    """A phone number in E.164 form; national numbers are read in `country`."""
    import phonenumbers

    text = value.strip()
    try:
        number = phonenumbers.parse(text, country.upper())
    except phonenumbers.NumberParseException as e:
        raise InvalidInput(f"{text!r} is not a phone number; write it with its country code, e.g. +1 312 555 0100") from e
    if not phonenumbers.is_possible_number(number) or not phonenumbers.is_valid_number(number):
        raise InvalidInput(f"{text!r} is not a valid phone number; check the digits and the country code")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def parse_zone(value: str) -> str:
    """An IANA time zone name such as America/Chicago."""
    name = value.strip()
    if not name or name.startswith(("/", ".")) or ".." in name:
        raise InvalidInput(f"{value!r} is not a time zone; use an IANA name such as America/Chicago")
    try:
        timing.zone(name)
    except InvalidInput as e:
        if name.upper() in _MEANT:
            raise InvalidInput(f"unknown time zone {value!r}; {_meant(name)}") from e
        raise InvalidInput(f"unknown time zone {value!r}; use an IANA name such as America/Chicago or Europe/London") from e
    return name


#: Abbreviations people type for a zone whose clocks change, and the zone they mean.
#: tzdata knows EST, MST and HST only as fixed offsets (no daylight saving time) and
#: the others not at all; each points at the zone of the place people usually mean.
_MEANT = {
    "EST": ("New York", "America/New_York"),
    "EDT": ("New York", "America/New_York"),
    "CST": ("Chicago", "America/Chicago"),
    "CDT": ("Chicago", "America/Chicago"),
    "MST": ("Denver", "America/Denver"),
    "MDT": ("Denver", "America/Denver"),
    "PST": ("Los Angeles", "America/Los_Angeles"),
    "PDT": ("Los Angeles", "America/Los_Angeles"),
    "AKST": ("Anchorage", "America/Anchorage"),
    "BST": ("London", "Europe/London"),
}


def _meant(name: str) -> str:
    city, zone = _MEANT[name.upper()]
    return f"for {city} time use {zone}"


def zone_warning(zone: str) -> str | None:
    """A line to show when `zone` (a name parse_zone accepted) is a fixed offset
    without daylight saving time that people rarely mean; None when it is fine.

    >>> zone_warning("EST")
    'EST is a fixed offset from UTC with no daylight saving time; for New York time use America/New_York'
    >>> zone_warning("America/Chicago") is None
    True
    """
    name = zone.strip()
    if name.upper() in _MEANT:
        return f"{name} is a fixed offset from UTC with no daylight saving time; {_meant(name)}"
    if name.upper().startswith("ETC/GMT") and name.upper() not in ("ETC/GMT", "ETC/GMT0", "ETC/GMT+0", "ETC/GMT-0"):
        return f"{name} is a fixed offset from UTC with no daylight saving time; use the zone of the place, e.g. America/New_York"
    return None


def parse_country(value: str) -> str:
    """An ISO 3166 alpha-2 country code whose public holidays we know."""
    import holidays

    code = value.strip().upper()
    if code not in holidays.list_supported_countries():
        raise InvalidInput(f"unknown country {value!r}; use a two-letter ISO code such as US, GB or DE")
    return code


def parse_date(value: str) -> date:
    """A calendar date in ISO form, 2026-12-10, between FIRST_DAY and LAST_DAY."""
    text = value.strip()
    try:
        day = date.fromisoformat(text)
    except ValueError as e:
        raise InvalidInput(f"{value!r} is not a date; write it as YYYY-MM-DD, e.g. 2026-12-10") from e
    return check_day(day)


def parse_local_datetime(value: str, tz: str) -> datetime:
    """'2026-12-03 10:00' read in zone `tz` (or with its own offset), returned in UTC.

    A wall time that does not exist (skipped by a DST change) is refused rather
    than silently shifted.
    """
    text = value.strip()
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError as e:
        raise InvalidInput(f"{value!r} is not a date and time; write it as 'YYYY-MM-DD HH:MM', e.g. '2026-12-03 10:00'") from e
    check_day(parsed.date())
    if parsed.tzinfo is not None:
        return parsed.astimezone(UTC)
    zone = timing.zone(parse_zone(tz))
    local = parsed.replace(tzinfo=zone)
    round_trip = local.astimezone(UTC).astimezone(zone).replace(tzinfo=None)
    if round_trip != parsed:
        raise InvalidInput(f"{text} does not exist in {tz} (the clocks skip it for daylight saving time); pick another time")
    return local.astimezone(UTC)


_HONORIFIC = re.compile(r"^(ms|mr|mrs|mx|dr|prof)\.?\s+(?=\S)", re.IGNORECASE)


def parse_salutation(value: str) -> str:
    """How a note greets someone: an honorific with the surname ("Ms. Castellanos",
    "Dr. Okafor"; the dot is added), a first name ("Miriam"), or any short greeting
    name ("Judge Ortiz"). Never guessed: this is what the candidate typed."""
    text = parse_name(value, "salutation")
    if len(text) > 80:
        raise InvalidInput(f"the salutation is {len(text)} characters long; give just the name, e.g. 'Ms. Castellanos'")
    if text.startswith("Dear "):
        raise InvalidInput(f"give the salutation without 'Dear', e.g. {text[5:]!r}")
    match = _HONORIFIC.match(text)
    if match:
        honorific = match.group(1).capitalize() + "."
        text = honorific + " " + text[match.end():]
    return text


def parse_message_ids(value: str, *, many: bool = False) -> str:
    """A Message-ID such as <id@example.com> (with `many`, a References list of them)."""
    text = value.strip()
    parts = text.split() if many else [text]
    if not text or not all(MESSAGE_ID.fullmatch(part) for part in parts):
        raise InvalidInput(f"{value[:80]!r} is not a Message-ID such as <id@example.com>")
    return " ".join(parts)
