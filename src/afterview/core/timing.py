"""Business days, public holidays and business hours: when a contact may land.

A business day is a weekday that is not a public holiday of the organization's
country (the `holidays` package; ISO 3166 codes such as US, GB, DE). Business
hours are read on the recipient's wall clock, in their IANA time zone, so a
"09:00" follow-up is 09:00 for the person reading it, on either side of a DST
change. Everything that goes in or comes out as an instant is an aware UTC
datetime; days are plain dates.

Holiday sets are built once per (country, year) and kept for the life of the
process: building one costs milliseconds, looking a date up in it nanoseconds.
"""

from __future__ import annotations

import warnings
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from afterview.core.errors import InvalidInput

__all__ = [
    "BUSINESS_END",
    "BUSINESS_START",
    "add_business_days",
    "at_local",
    "holidays_of",
    "is_business_day",
    "known_holidays",
    "day_text",
    "iso",
    "time_text",
    "local_day",
    "next_business_day",
    "place_in_business_hours",
    "remember_holidays",
    "zone",
]

BUSINESS_START = time(9, 0)
BUSINESS_END = time(17, 0)

_ONE_DAY = timedelta(days=1)
_holiday_sets: dict[tuple[str, int], frozenset[date]] = {}
_zones: dict[str, ZoneInfo] = {}
_shifted: dict[tuple[date, int, str], date] = {}
_SHIFTED_MAX = 100_000


def holidays_of(country: str, year: int) -> frozenset[date]:
    """The public holidays (observed days included) of `country` in `year`.

    Raises InvalidInput for a country the `holidays` package does not know.
    """
    cached = _holiday_sets.get((country, year))
    if cached is not None:
        return cached
    code = country.strip().upper()
    # Imported here: building the package's tables is slow, and a command that
    # never counts business days (afterview check) should not pay for it.
    import holidays

    try:
        with warnings.catch_warnings():
            # Some countries' tables cover only some years (India: 2001-2035); outside
            # them the package warns and knows no holidays, and weekdays are what is left.
            warnings.filterwarnings("ignore", message="Requested Holidays are available only", category=UserWarning)
            table = holidays.country_holidays(code, years=year)
            days = frozenset(table)
    except NotImplementedError as e:
        raise InvalidInput(
            f"unknown country code {country!r}; use an ISO 3166 code such as US, GB or DE"
        ) from e
    _holiday_sets[(country, year)] = days
    return days


def known_holidays() -> dict[tuple[str, int], frozenset[date]]:
    """Every holiday set built so far, for an edge that keeps them between runs."""
    return dict(_holiday_sets)


def remember_holidays(sets: dict[tuple[str, int], frozenset[date]]) -> None:
    """Seed the holiday sets (from a cache an edge kept), so they are not rebuilt."""
    _holiday_sets.update(sets)


def zone(name: str) -> ZoneInfo:
    """The IANA time zone called `name`; InvalidInput if there is none."""
    found = _zones.get(name)
    if found is not None:
        return found
    try:
        found = ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, TypeError, OSError) as e:
        raise InvalidInput(
            f"unknown time zone {name!r}; use an IANA name such as America/New_York or Europe/Berlin"
        ) from e
    _zones[name] = found
    return found


def zone_or_utc(name: str | None) -> ZoneInfo:
    """The zone called `name`, or UTC when there is none by that name: for what is only
    shown (a calendar feed, a draft), where a wrong zone must not stop the page."""
    try:
        return zone(name or "UTC")
    except InvalidInput:
        return zone("UTC")


def is_business_day(day: date, country: str = "US") -> bool:
    """True on a weekday that is not one of `country`'s public holidays.

    >>> is_business_day(date(2026, 5, 25))  # Memorial Day, a Monday
    False
    >>> is_business_day(date(2026, 5, 26))
    True
    """
    return day.weekday() < 5 and day not in holidays_of(country, day.year)


def add_business_days(day: date, count: int, country: str = "US") -> date:
    """The `count`-th business day after `day` (`day` itself is not counted).

    `count` 0 returns `day` unchanged, business day or not.

    >>> add_business_days(date(2026, 5, 22), 1)  # a Friday before Memorial Day
    datetime.date(2026, 5, 26)
    """
    key = (day, count, country)
    found = _shifted.get(key)
    if found is not None:
        return found
    if count < 0:
        raise ValueError("count must not be negative")
    start = day
    while count:
        day += _ONE_DAY
        if day.weekday() < 5 and day not in holidays_of(country, day.year):
            count -= 1
    # The playbook asks the same few questions of the same few weeks again and
    # again (every application of a career office); remember the answers.
    if len(_shifted) >= _SHIFTED_MAX:
        _shifted.clear()
    _shifted[(start, key[1], country)] = day
    return day


def next_business_day(day: date, country: str = "US") -> date:
    """The first business day strictly after `day`."""
    return add_business_days(day, 1, country)


@lru_cache(maxsize=4096)
def day_text(day: date) -> str:
    """A day as the playbook's reasons name it: 'Fri 4 Dec'. Give it a date, never an
    aware datetime: the cache would take one instant in two zones for the same day."""
    return f"{day:%a} {day.day} {day:%b}"


def time_text(at: datetime, tz: str) -> str:
    """A time as the candidate reads it on their own clock: 'Fri 4 Dec, 09:00' in `tz`
    (the day as `day_text` writes it, so a page reads one way throughout)."""
    local = at.astimezone(zone(tz))
    return f"{day_text(local.date())}, {local:%H:%M}"  # a date: day_text's cache keys on it


def iso(value: datetime | date | None) -> str | None:
    """ISO 8601 text for JSON: an aware time in UTC, a date as YYYY-MM-DD, None stays None."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat()
    return value.isoformat()


def local_day(at: datetime, tz: str) -> date:
    """The calendar day `at` falls on for someone in `tz`."""
    return at.astimezone(_zones.get(tz) or zone(tz)).date()


@lru_cache(maxsize=65536)
def at_local(day: date, clock: time, tz: str) -> datetime:
    """The UTC instant at which clocks in `tz` show `clock` on `day`.

    Business hours never fall in a DST jump (those happen at night); for a
    clock time that does, zoneinfo's reading (fold=0) is taken.
    """
    return datetime.combine(day, clock, tzinfo=zone(tz)).astimezone(UTC)


def place_in_business_hours(
    at: datetime,
    tz: str,
    country: str = "US",
    start: time = BUSINESS_START,
    end: time = BUSINESS_END,
) -> datetime:
    """The first instant at or after `at` inside business hours in `tz`.

    `at` itself when it already falls between `start` and `end` on a business
    day there; otherwise `start` on the same day (when still ahead) or on the
    next business day.
    """
    local = at.astimezone(zone(tz))
    day = local.date()
    if is_business_day(day, country):
        clock = local.time()
        if clock < start:
            return at_local(day, start, tz)
        if clock < end:
            return at.astimezone(UTC)
    return at_local(next_business_day(day, country), start, tz)
