"""How times and phone numbers read to people, the same on the web and the command line.

A time is shown in the candidate's own zone without a label; a time given in
another zone (an interview from a New York invite, say) is shown in that zone
and says so, with the candidate's own time beside it. Dates read one way
everywhere, as the playbook's reasons write them: "Thu 3 Dec".
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from functools import lru_cache

from afterview.core import timing

__all__ = ["day_text", "format_phone", "span_text", "time_text", "zone_label"]


def zone_label(tz: str) -> str:
    """'New York time' for America/New_York; 'UTC' for UTC.

    >>> zone_label("America/Argentina/Buenos_Aires")
    'Buenos Aires time'
    """
    if "/" not in tz:
        return tz
    return f"{tz.rsplit('/', 1)[1].replace('_', ' ')} time"


def day_text(value: date | datetime, tz: str | None = None) -> str:
    """'Thu 3 Dec': a date, or the local date of an aware datetime in `tz`."""
    if isinstance(value, datetime):
        value = (value.astimezone(timing.zone(tz)) if tz else value).date()
    return timing.day_text(value)


def time_text(value: datetime, tz: str, own_tz: str) -> str:
    """'Thu 3 Dec, 14:00', with the zone named when `tz` is not the candidate's `own_tz`
    ('Thu 3 Dec, 14:00 New York time (13:00 yours)')."""
    try:
        local = value.astimezone(timing.zone(tz))
        text = f"{day_text(local)}, {local:%H:%M}"
        if not _differs(value, tz, own_tz):
            return text
        mine = value.astimezone(timing.zone(own_tz))
    except OverflowError:
        utc = value.astimezone(UTC)
        return f"{day_text(utc)} {utc.year}, {utc:%H:%M} UTC"
    same_day = mine.date() == local.date()
    return f"{text} {zone_label(tz)} ({mine:%H:%M}{'' if same_day else ' ' + day_text(mine)} yours)"


def span_text(starts_at: datetime, ends_at: datetime, tz: str, own_tz: str) -> str:
    """'Thu 3 Dec, 14:00–15:00' in zone `tz`, naming it when it is not `own_tz`:
    'Thu 3 Dec, 14:00–15:00 New York time (13:00–14:00 yours)'.

    >>> from datetime import UTC
    >>> start, end = datetime(2026, 12, 3, 19, tzinfo=UTC), datetime(2026, 12, 3, 20, tzinfo=UTC)
    >>> span_text(start, end, "America/New_York", "America/Chicago")
    'Thu 3 Dec, 14:00–15:00 New York time (13:00–14:00 yours)'
    >>> span_text(start, end, "America/Chicago", "America/Chicago")
    'Thu 3 Dec, 13:00–14:00'
    """
    try:
        start, end = starts_at.astimezone(timing.zone(tz)), ends_at.astimezone(timing.zone(tz))
        text = f"{day_text(start)}, {start:%H:%M}–{end:%H:%M}"
        if not _differs(starts_at, tz, own_tz):
            return text
        mine_start, mine_end = starts_at.astimezone(timing.zone(own_tz)), ends_at.astimezone(timing.zone(own_tz))
    except OverflowError:
        # A time at the calendar's very end (only an old record holds one): as stored, in UTC.
        start, end = starts_at.astimezone(UTC), ends_at.astimezone(UTC)
        return f"{day_text(start)} {start.year}, {start:%H:%M}–{end:%H:%M} UTC"
    other_day = "" if mine_start.date() == start.date() else f"{day_text(mine_start)}, "
    return f"{text} {zone_label(tz)} ({other_day}{mine_start:%H:%M}–{mine_end:%H:%M} yours)"


def _differs(at: datetime, tz: str, own_tz: str) -> bool:
    """Whether zone `tz` shows a different wall clock from `own_tz` at `at` (a different
    name for the same clock, e.g. US/Central, needs no label)."""
    if tz == own_tz:
        return False
    return at.astimezone(timing.zone(tz)).utcoffset() != at.astimezone(timing.zone(own_tz)).utcoffset()


@lru_cache(maxsize=4096)
def format_phone(number: str) -> str:
    """A stored (E.164) phone number as people write it: '+1 312-555-0100'; anything
    that does not parse is returned as it is.

    >>> format_phone("+13125550100")
    '+1 312-555-0100'
    """
    import phonenumbers

    if not number:
        return ""
    try:
        parsed = phonenumbers.parse(number, None)
    except phonenumbers.NumberParseException:
        return number
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
