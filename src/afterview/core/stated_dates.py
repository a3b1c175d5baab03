"""The date a sentence of a reply states, read relative to the day it was written.

`stated_date(sentence, written_on, country)` returns the latest day the
sentence names ("in 7-10 business days" is the tenth business day), or None
when it names none. It never guesses: "soon", "in a few days" and "after the
holidays" give None, because a wrong date moves a follow-up, which is worse
than no date.

Our own rules read what a date library does not: business-day spans (counted
with `core.timing`'s business days, so public holidays of the organization's
country are skipped), weeks ("by the end of next week" is that week's Friday,
"early next week" its Tuesday), parts of months ("the first week of January"
is the Friday of that week) and days after another ("the committee meets on
the 21st and we'll reach out the day after" is the 22nd). Absolute dates
("December 18", "18 Dec 2026", "2026-12-18") go to `dateparser`.

Where a phrase has two readings the later one is taken: a follow-up sent a
day late is polite, one sent a day early looks impatient.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime, timedelta
from functools import lru_cache

from afterview.core import timing

__all__ = ["DateMention", "add_business_days", "day_first_hint", "find_dates", "next_business_day", "region_hint", "stated_date"]


def add_business_days(day: date, count: int, country: str = "") -> date:
    """`core.timing`'s business days of `country`; with no country known, weekdays only.

    An organization whose country isn't on record is not given another country's
    holidays (a reply from Coimbatore is not read with Thanksgiving skipped).
    """
    if country:
        return timing.add_business_days(day, count, country)
    while count > 0:
        day += timedelta(days=1)
        if day.weekday() < 5:
            count -= 1
    return day


def next_business_day(day: date, country: str = "") -> date:
    return add_business_days(day, 1, country)


def easter_sunday(year: int) -> date:
    """Western Easter Sunday of `year` (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * l_) // 433
    month = (h + l_ - 7 * m + 90) // 25
    return date(year, month, (h + l_ - 7 * m + 33 * month + 19) % 32)

_WEEKDAYS = {
    "monday": 0, "mon": 0,
    "tuesday": 1, "tue": 1, "tues": 1,
    "wednesday": 2, "wed": 2, "weds": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3,
    "friday": 4, "fri": 4,
    "saturday": 5, "sat": 5,
    "sunday": 6, "sun": 6,
}
_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "fourteen": 14, "fifteen": 15, "twenty": 20, "thirty": 30, "a couple of": 2, "a couple": 2,
    "couple of": 2, "a day or": 2,
}
_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "last": -1, "final": -1}

_WD = r"(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|tue|weds|wed|thurs|thur|thu|fri)\b"
_MON = r"(?P<mon>january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\b\.?"
_NUM = r"(?P<n>\d{1,3}|a couple of|a couple|couple of|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|thirty)"
_NUM2 = r"(?:\s*(?:-|to|or|and)\s*(?P<m>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|thirty))?"
_UNIT = r"(?P<biz>business\s+|working\s+|work\s+|calendar\s+)?(?P<unit>days?|weeks?|hours?|months?|fortnights?)\b"

#: holidays on a fixed day of the year, by the name they are written with ("before Waitangi Day")
_FIXED_HOLIDAYS = {
    "waitangi day": (2, 6), "australia day": (1, 26), "anzac day": (4, 25), "canada day": (7, 1),
    "st patricks day": (3, 17), "saint patricks day": (3, 17), "bastille day": (7, 14),
    "new years day": (1, 1), "new year": (1, 1), "fourth of july": (7, 4), "republic day": (1, 26),
}
#: holidays a fixed number of days from Easter Sunday, the same wherever they are kept
_EASTER_HOLIDAYS = {"good friday": -2, "easter monday": 1, "ascension day": 39, "ascension": 39, "whit monday": 50, "pentecost monday": 50}
_HOLIDAY = (
    r"(?P<holiday>waitangi\s+day|australia\s+day|republic\s+day|anzac\s+day|canada\s+day|(?:st\.?|saint)\s*patrick'?s\s+day|bastille\s+day|new\s+year(?:'?s\s+day)?|fourth\s+of\s+july|"
    r"good\s+friday|ascension(?:\s+day)?|whit\s+monday|pentecost\s+monday)"
)

#: holidays kept on a Monday (see _MONDAY_HOLIDAYS)
_MONDAY_HOLIDAY = (
    r"(?P<mh>(?:early\s+)?may\s+bank\s+holiday|spring\s+bank\s+holiday|june\s+bank\s+holiday|october\s+bank\s+holiday|august\s+bank\s+holiday|"
    r"memorial\s+day|labor\s+day|labour\s+day|family\s+day|victoria\s+day|king'?s\s+birthday|queen'?s\s+birthday|national\s+day)"
)

#: (name, pattern); order matters only for overlaps: earlier, longer readings win.
_PATTERNS: list[tuple[str, re.Pattern]] = [
    # "the Friday after the June bank holiday", "the Wednesday after Memorial Day": the next such weekday after it
    ("wd_after_holiday", re.compile(r"\b(?:the\s+)?" + _WD + r"\s+(?:after|following)\s+(?:the\s+)?" + _MONDAY_HOLIDAY + r"(?:\s+(?:bank\s+holiday\s+)?(?:long\s+)?weekend|\s+(?:bank\s+)?holiday)?\b")),
    ("week_after_next", re.compile(r"\b(?:the\s+)?week\s+after\s+next\b")),
    # "by the last working day of the month": its last Monday-Friday.
    ("last_working_day", re.compile(r"\b(?:the\s+)?last\s+(?:working|business|work)\s+day\s+of\s+(?:(?P<rel>this|next|the)\s+month\b|" + _MON + r"(?:,?\s*(?P<y>\d{4}))?)")),
    # "by calendar week 7", "until KW 7", Dutch "at the latest in week 7": the Friday of that ISO week,
    # read only as a limit ("the interviews are in week 12" is when an event is).
    ("iso_week", re.compile(r"\b(?:by|until|till|before|no\s+later\s+than|latest(?:\s+(?:in|by))?)\s+(?:the\s+)?(?:calendar\s+week|kw|cw|week)\s*(?P<n>\d{1,2})\b(?!\s*(?:of|in|at|on|after)\b|\s*[-/.:]\s*\d)")),
    # "EOFY" (Australian), "the end of the financial year" where the sender's country is known.
    ("fy_end", re.compile(r"\b(?:eofy|(?:the\s+)?(?:end|close)\s+of\s+(?:the|this|our)\s+(?:current\s+)?financial\s+year)\b")),
    # "over the next fortnight", "within the coming fortnight": two weeks on.
    ("fortnight", re.compile(r"\b(?:within|in|over|during)\s+(?:the\s+)?(?:next|coming|following)\s+fortnight\b")),
    # British "Tuesday week", "a week on Friday": a week after that day.
    # "Thursday fortnight", "a fortnight on Friday": two weeks after it; "a week today", "a week tomorrow": seven days after.
    ("wd_week", re.compile(r"\b(?:(?:by|on|until|before)\s+)?(?:" + _WD + r"\s+(?P<span>week|fortnight)\b(?!\s*(?:'s|of|commencing|beginning|starting|ending|\d))|(?P<wd3>monday|tuesday|wednesday|thursday|friday)\s+after\s+next\b|a\s+(?P<span2>week|fortnight)\s+(?:on|from)\s+(?:this\s+)?(?P<wd2>monday|tuesday|wednesday|thursday|friday)\b)")),
    ("week_today", re.compile(r"\b(?:(?:by|on|until|before)\s+)?a\s+(?P<span>week|fortnight)\s+(?:from\s+)?(?P<day>today|tomorrow)\b")),
    # "by end of week", "EOW", "by end-February", "by month-end".
    ("eow", re.compile(r"\b(?:by|before|until|at)\s+(?:the\s+)?(?:end\s+of\s+(?:the\s+)?week|eow)\b")),
    ("month_end", re.compile(r"\b(?:by|before|until|at)\s+(?:the\s+)?month(?:'?s)?[- ]end\b")),
    ("end_month", re.compile(r"\bend-" + _MON + r"(?:,?\s*(?P<y>\d{4}))?")),
    # "the first half of February" (the 15th), "the second half of February" (its last day).
    ("month_half", re.compile(r"\b(?:the\s+)?(?P<half>first|second|latter|last)\s+(?:half|fortnight)\s+of\s+(?:(?P<rel>this|next|the)\s+month\b|" + _MON + r"(?:,?\s*(?P<y>\d{4}))?)")),
    # "the 10th of this month", "the 3rd of next month": that day, not the month's end.
    ("ordinal_rel_month", re.compile(r"\b(?:the\s+)?(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+of\s+(?P<which>this|next|the\s+(?:coming|following)|the)\s+month\b")),
    # "by the weekend": the end of the working week it ends.
    ("weekend", re.compile(r"\b(?:by|before|until|over|for)\s+(?:the|this)\s+weekend\b")),
    # "Wednesday next week", "the Wednesday of next week": that day of next week (before "next week" alone).
    ("wd_next_week", re.compile(_WD + r"\s+(?:of\s+)?next\s+week\b")),
    # "by mid-month": the 15th of this month (or of the next, once it is past).
    ("mid_month", re.compile(r"\b(?:by|before|until|around|at|for|in)\s+(?:the\s+)?mid-?\s*month\b")),
    # "by the end of the quarter", "by quarter-end": the last day of this calendar quarter.
    # "the end of Q4", "the close of Q4 of FY 2026-27", "before fiscal Q3 ends": that quarter's last day (of the
    # financial year where it says so, or where the sender's country counts its quarters by it).
    ("quarter_end", re.compile(
        r"\b(?:(?:the\s+)?end\s+of\s+(?:the|this)\s+(?:calendar\s+)?quarter|(?:the\s+)?quarter[- ]end|"
        r"(?:the\s+)?(?:end|close)\s+of\s+(?P<fisc>fiscal\s+|fy\s*)?q(?P<q>[1-4])"
        r"(?:\s+(?:of|in)\s+(?:the\s+)?(?P<fisc2>fy|fiscal(?:\s+year)?|financial\s+year)\s*'?(?P<fy>20\d\d(?:\s*[-/]\s*(?:20)?\d\d)?|\d\d)?)?"
        # the quarter's months written beside it ("Q2 (October to December)"): it ends with the last one
        r"(?:\s*\(\s*[a-z]{3,9}\.?\s*(?:to|-|through|until)\s*(?P<qlast>[a-z]{3,9})(?=\.?\s*\)))?|"
        r"(?P<fisc3>fiscal\s+|fy\s*)q(?P<q3>[1-4])\s+(?:ends|closes|is\s+over|is\s+out)|"
        r"(?:the\s+)?(?:end|close)\s+of\s+(?:the\s+)?(?P<qord>first|second|third|fourth|1st|2nd|3rd|4th)\s+(?P<fisc4>fiscal\s+|financial\s+)?quarter)\b"
    )),
    ("next_week_part", re.compile(
        r"\b(?P<part>first\s+thing|early|earlier\s+part\s+of|beginning\s+of|start\s+of|the\s+beginning\s+of|the\s+start\s+of|"
        r"mid|mid-|middle\s+of|the\s+middle\s+of|late|later|latter\s+part\s+of|end\s+of|the\s+end\s+of|close\s+of)?\s*"
        r"(?:the\s+)?(?P<which>next|this|the|coming|following)[\s-]+(?:working\s+|work\s+|business\s+)?week\b(?!\s*(?:'s|of\s))"
    )),
    # "by Friday 12th": that day of the month (the weekday only confirms it).
    ("wd_ordinal", re.compile(r"\b" + _WD + r",?\s+(?:the\s+)?(?P<d>\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b)")),
    # "the second Tuesday of June": that day
    ("nth_weekday", re.compile(r"\b(?:the\s+)?(?P<ord>first|1st|second|2nd|third|3rd|fourth|4th|last|final)\s+" + _WD + r"\s+(?:of|in)\s+" + _MON + r"(?:,?\s*(?P<y>\d{4}))?")),
    ("week_of_month", re.compile(
        r"\b(?:the\s+)?(?P<ord>first|1st|second|2nd|third|3rd|fourth|4th|last|final)\s+(?:full\s+)?week\s+(?:of|in)\s+" + _MON
        + r"(?:,?\s*(?P<y>\d{4}))?"
    )),
    ("month_part", re.compile(
        r"\b(?P<part>early|earlier\s+in|beginning\s+of|the\s+beginning\s+of|start\s+of|the\s+start\s+of|mid|mid-|middle\s+of|"
        r"the\s+middle\s+of|late|end\s+of|the\s+end\s+of|by|in|during|before|until|through)\s*-?\s*" + _MON
        + r"(?!\s*\d{1,2}(?!\d))(?:,?\s*(?P<y>\d{4}))?"
    )),
    ("rel_month", re.compile(
        r"\b(?P<part>early|beginning\s+of|the\s+beginning\s+of|start\s+of|the\s+start\s+of|mid|mid-|middle\s+of|the\s+middle\s+of|"
        r"late|end\s+of|the\s+end\s+of)?\s*(?:the\s+)?(?P<which>next|this|the)\s+month\b"
    )),
    ("span", re.compile(
        r"\b(?P<lead>within|in|over|after|up\s+to|take|takes|taking|about|around|approximately|roughly|another|next|the\s+next|"
        r"the\s+coming|coming|usually|typically|normally|generally|allow|expect|give\s+(?:us|me|them))\s+(?:the\s+)?(?:next\s+|coming\s+|following\s+)?"
        r"(?:about\s+|around\s+|approximately\s+|roughly\s+|up\s+to\s+|another\s+)?" + _NUM + _NUM2 + r"\s*(?:more\s+)?" + _UNIT
    )),
    ("span_bare", re.compile(r"\b(?P<n>\d{1,2})" + _NUM2 + r"\s+(?P<biz>business\s+|working\s+)(?P<unit>days?|weeks?)\b")),
    ("day_or_two", re.compile(r"\b(?:in\s+|within\s+)?(?:the\s+next\s+)?a\s+(?P<unit>day|week)\s+or\s+two\b")),
    # "2026-12-18", and the year first with slashes or dots as Japan and China write it ("2027/06/08").
    ("iso", re.compile(r"\b(?P<y>20\d\d)(?P<sep>[-/.])(?P<mo>\d{1,2})(?P=sep)(?P<d>\d{1,2})\b(?![/.-]\d)")),
    ("numeric", re.compile(r"\b(?:" + _WD + r"\.?,?\s+)?(?P<a>\d{1,2})/(?P<b>\d{1,2})(?:/(?P<y>\d{2,4}))?\b(?!/)")),
    # "22-01-2027": a day, a month and a year with dashes (read as the numeric ones are).
    ("dashed", re.compile(r"(?:\b" + _WD + r"\.?,?\s+)?(?<![\d-])(?P<a>\d{1,2})-(?P<b>\d{1,2})-(?P<y>\d{4})(?![\d-])")),
    ("dotted", re.compile(r"(?:\b" + _WD + r"\.?,?\s+)?(?<![\d.])(?P<a>\d{1,2})\.(?P<b>\d{1,2})\.(?P<y>\d{4}|\d{2})(?![\d.]*\d)")),
    ("month_range", re.compile(r"\b" + _MON + r"\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s*(?:-|to|until|through|thru)\s*(?P<d>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s*(?P<y>\d{4}))?")),
    ("month_day", re.compile(
        r"\b(?:" + _WD + r",?\s+)?(?:the\s+)?" + _MON + r"\s+(?:the\s+)?(?P<d>\d{1,2})(?:st|nd|rd|th)?\b(?!:|\s*(?:am|pm|a\.m|p\.m)\b)(?:,?\s*(?P<y>\d{4}))?"
    )),
    ("day_month", re.compile(
        r"\b(?:" + _WD + r",?\s+)?(?:the\s+)?(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MON + r"(?:,?\s*(?P<y>\d{4}))?"
    )),
    # "on the 15th or 16th", "between the 15th and 18th": the later day.
    ("ordinal_range", re.compile(
        r"\bthe\s+(?P<d0>\d{1,2})(?:st|nd|rd|th)\s*(?:or|and|to|-|until|through)\s*(?:the\s+)?(?P<d>\d{1,2})(?:st|nd|rd|th)\b"
        r"(?!\s+(?:of\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b)"
    )),
    ("ordinal", re.compile(
        # "by the 18th", and "by 18th" as many write it
        r"\b(?:" + _WD + r",?\s+)?(?:the\s+|(?<=\bby\s)|(?<=\bon\s)|(?<=\bbefore\s)|(?<=\buntil\s)|(?<=\bthan\s))(?P<d>\d{1,2})(?:st|nd|rd|th)\b"
        r"(?!\s+(?:round|interview|stage|floor|time|candidate|place|year|grade|percentile|century|step|anniversary|person|applicant|"
        r"party|parties|quarter|line|shift|week|day|attempt|option|choice|call|page|item|reminder|draft|edition|level|semester|term|hand|reference|referee|choice|tier|phase))"
    )),
    # British "Friday next": next Friday.
    ("wd_next", re.compile(r"\b" + _WD + r"\s+next\b(?!\s+(?:week|month|year|round|stage|step|time))")),
    ("weekday", re.compile(
        r"\b(?P<mod>next|this|this\s+coming|coming|on|by|until|till|before|latest|the)?\s*(?<!good\s)(?<!whit\s)(?<!pentecost\s)" + _WD
        + r"(?!'s|\s+(?:of\s+)?next\s+week)"
    )),
    ("tomorrow", re.compile(r"\b(?P<after>(?:the\s+)?day\s+after\s+)?tomorrow\b")),
    ("today", re.compile(
        r"\b(?:today|tonight|this\s+(?:afternoon|evening)|end\s+of\s+(?:the\s+)?(?:business\s+)?day|end\s+of\s+play|eod|eop|cob|"
        r"close\s+of\s+business)\b"
    )),
    ("year_end", re.compile(r"\b(?:the\s+)?(?:end\s+of\s+(?:the|this)\s+(?:calendar\s+)?year|year[- ]end|end\s+of\s+(?P<y>20\d\d))\b")),
    ("christmas", re.compile(r"\b(?:before|this\s+side\s+of)\s+(?:christmas|xmas)\b")),
    # "before Waitangi Day": the day before a holiday on a fixed date (its own date, not a Monday it is observed on).
    ("holiday", re.compile(r"\b(?:before|ahead\s+of|by|this\s+side\s+of)\s+(?:the\s+)?" + _HOLIDAY + r"\b(?!'?s\s+eve)")),
    # "the week of St Patrick's Day": the Friday of the week the holiday falls in, as "the week of the 14th";
    # "the week after Australia Day": the Friday of the week after it.
    ("holiday_week", re.compile(r"\bweek\s+(?:of|containing|(?P<after>after|following))\s+(?:the\s+)?" + _HOLIDAY + r"\b(?!'?s\s+eve)")),
    # "back after the Easter long weekend" (Good Friday to Easter Monday): the first day back, the Tuesday
    # after it ("we'll decide after Easter" names no day by which).
    ("after_easter", re.compile(r"\bafter\s+(?:the\s+)?(?:easter\s+(?:long\s+weekend|bank\s+holiday\s+weekend|monday)|long\s+easter\s+weekend)\b")),
    # "after the June bank holiday", "after the King's Birthday long weekend": the first working day after that
    # Monday holiday, the Tuesday (read only where its name is one country's or the country is known).
    # "after the Australia Day holiday": the day after a one-day holiday on a fixed date
    ("after_fixed_holiday", re.compile(r"\bafter\s+(?:the\s+)?" + _HOLIDAY + r"\s+(?:public\s+|bank\s+)?holiday\b")),
    ("after_monday_holiday", re.compile(
        r"\bafter\s+(?:the\s+)?" + _MONDAY_HOLIDAY + r"(?P<weekend>\s+(?:bank\s+holiday\s+)?(?:long\s+)?weekend|\s+(?:bank\s+)?holiday)?\b"
    )),
    # "before the Easter break", "by Easter": the last working day before it, Maundy Thursday.
    ("easter", re.compile(r"\b(?:before|by|ahead\s+of|until)\s+(?:the\s+)?easter\b(?:\s+(?:break|holidays?|weekend|recess|vacation|closure))?")),
]

_AFTER = re.compile(
    r"\b(?:the\s+(?:day|morning|afternoon)\s+after(?:wards?)?|the\s+(?:following|next)\s+day|a\s+day\s+later|"
    r"(?P<n>\d|one|two|three|four|five)\s+(?P<biz>business\s+|working\s+)?days?\s+(?:later|after(?:wards?)?)(?!\s+(?:we|you|i)\b)|"
    r"the\s+(?:following|next)\s+(?P<wk>week)|the\s+week\s+after(?!\s+next)|(?:the\s+)?end\s+of\s+(?P<that>that|the\s+same)\s+week)\b"
)

#: between "the day after" and the day it counts from: the event ("the board meets on")
_AFTER_EVENT = re.compile(r"\s+(?:the|our|your|their|its|a|an)\s+[a-z' -]{1,50}?\s*(?:,\s*)?(?:(?:on|is\s+on|of|,)\s*)?(?:the\s+)?")

_VAGUE_NUMBER = re.compile(r"\b(?:few|several|some|couple\s+more)\b")


def _num(text: str | None) -> int | None:
    if text is None:
        return None
    text = " ".join(text.split())
    if text.isdigit():
        return int(text)
    return _NUMBERS.get(text)


def _friday(day: date, weeks: int) -> date:
    """The Friday of the (Monday-started) week `weeks` after the one `day` falls in."""
    monday = day - timedelta(days=day.weekday())
    return monday + timedelta(days=4 + 7 * weeks)


def _named_month(g, written_on: date) -> tuple[int, int]:
    """The (year, month) a match names: "this/next month" by `rel`, else `mon` with its year `y`."""
    if g["rel"]:
        year, month = written_on.year, written_on.month + (1 if g["rel"] == "next" else 0)
        return (year + 1, 1) if month > 12 else (year, month)
    month = _MONTHS[g["mon"].rstrip(".")]
    return _month_year(month, written_on, int(g["y"]) if g["y"] else None), month


def _last_day(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


#: a day or month named without a year that falls further ahead than this is one just gone
_YEAR_ON = timedelta(days=300)


def _month_year(month: int, written_on: date, year: int | None) -> int:
    if year is not None:
        return year
    # A month already over this year means next year's ("in January", written in December).
    return written_on.year + (1 if month < written_on.month else 0)


def _next_weekday(day: date, weekday: int, *, today_counts: bool) -> date:
    ahead = (weekday - day.weekday()) % 7
    if ahead == 0 and not today_counts:
        ahead = 7
    return day + timedelta(days=ahead)


def _next_day_of_month(written_on: date, day_of_month: int) -> date | None:
    year, month = written_on.year, written_on.month
    for _ in range(3):
        if day_of_month <= calendar.monthrange(year, month)[1]:
            found = date(year, month, day_of_month)
            if found >= written_on:
                return found
        month += 1
        if month > 12:
            year, month = year + 1, 1
    return None


@lru_cache(maxsize=256)
def _absolute(text: str, written_on: date, country: str) -> date | None:
    """An absolute date ("december 18", "18 dec 2026") read by dateparser, in the future of `written_on`."""
    import dateparser

    order = "MDY" if country.upper() in ("US", "CA", "PH") else "DMY"
    base = datetime.combine(written_on, datetime.min.time())
    try:
        found = dateparser.parse(
            text,
            languages=["en"],
            settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "future", "DATE_ORDER": order, "STRICT_PARSING": False},
        )
    except (ValueError, OverflowError, TypeError):
        return None
    return found.date() if found is not None else None


_MONTH_FIRST = frozenset({"US", "CA", "PH"})
#: country-code domains of countries that write the day first ("5/3" is 5 March)
_DAY_FIRST_TLDS = frozenset(
    "uk ie au nz in za de fr es it nl be br pt at ch se no dk fi pl cz sk hu ro gr tr ru ua il ae sa qa eg ng ke gh "
    "sg my id th vn pk bd lk np hk mx ar cl pe uy ve ec bo py is lu ee lv lt si hr rs bg".split()
)
#: domains whose writers put the month first
_MONTH_FIRST_TLDS = frozenset({"us", "ph", "ca", "gov", "edu", "mil"})


def _tld(address: str) -> str:
    """The last label of an address's domain, lower-cased: "x@school.co.uk" -> "uk"."""
    return address.rpartition("@")[2].lower().rstrip(".").rpartition(".")[2]


def day_first_hint(address: str, utc_offset_minutes: int | None) -> bool | None:
    """Whether a sender whose country isn't on record writes "5/3" for 5 March.

    The address's country-code domain says so first ("x@school.co.uk": day first;
    ".edu", ".gov", ".us", ".ca", ".ph": month first). Otherwise the Date header's
    offset: from -03:00 to +07:00 and from +09:30 on (Brazil, Argentina, Europe,
    Africa, the Middle East, South and South-East Asia, Australia, New Zealand)
    the day first (of North America only Atlantic Canada's summer time is -03:00);
    from -10:00 to -07:00 (the US and Canada's Pacific, Mountain, Alaska and Hawaii
    times) the month first; -06:00 to -03:30 (the US and Canada side by side with
    Latin America) and +08:00/+09:00 (the Philippines, China, Japan, Korea write
    the month first, Singapore and Perth the day) say nothing. None: not known,
    and an ambiguous date is read only when one reading is near (see `_numeric`).
    """
    tld = _tld(address)
    if tld in _DAY_FIRST_TLDS:
        return True
    if tld in _MONTH_FIRST_TLDS:
        return False
    if utc_offset_minutes is None:
        return None
    if utc_offset_minutes == -180 or -120 <= utc_offset_minutes <= 420 or utc_offset_minutes >= 570:
        return True
    if -600 <= utc_offset_minutes <= -420:
        return False  # Pacific, Mountain, Alaska, Hawaii: the US and Canada
    return None


#: countries whose financial year ends on one day for everyone: India's and New Zealand's on 31 March, Australia's on 30 June
_REGION_TLDS = {"in": "IN", "au": "AU", "nz": "NZ"}


def region_hint(address: str, utc_offset_minutes: int | None) -> str:
    """The country a sender whose country isn't on record is most likely in, or "".

    Only where the address's country-code domain or the Date header's offset is
    all but one country's: ".in" or +05:30 (India; Sri Lanka's tax year ends on the
    same day), ".au" or +09:30, +10:00, +10:30, +11:00 (Australia's zones), ".nz"
    or +12:00, +13:00 (New Zealand). Used for what is one date for the whole country: the
    financial year's end and its quarters, and a Monday holiday whose day differs by country
    ("the King's Birthday long weekend"); never for the holidays business days skip.
    """
    tld = _tld(address)
    if tld in _REGION_TLDS:
        return _REGION_TLDS[tld]
    if utc_offset_minutes == 330:
        return "IN"
    if utc_offset_minutes in (570, 600, 630, 660):
        return "AU"
    if utc_offset_minutes in (720, 780):
        return "NZ"
    return ""


def _numeric(
    a: int, b: int, year: str | None, written_on: date, country: str, *, dotted: bool, day_first: bool | None = None, weekday: int | None = None
) -> date | None:
    """"11/30", "30/11/2026", "15.02.2027": month first in the US, Canada and the
    Philippines, day first elsewhere and always with dots; with no country known,
    the order `day_first` says (see `day_first_hint`), else the one reading that
    is a date, or when both are, the one within three months ("2/12" written on
    1 February is the 12th; "3/4" in January is not guessed). A weekday written
    with it ("Friday 2/12") picks the one reading that falls on that day."""
    if weekday is not None:
        fits = {on for on in (_numeric_as(m, d, year, written_on) for m, d in ((a, b), (b, a))) if on is not None and on.weekday() == weekday}
        if len(fits) == 1:
            return fits.pop()
    if dotted or country and country.upper() not in _MONTH_FIRST:
        readings = [(b, a)]
    elif country:
        readings = [(a, b)]
    elif day_first is not None:
        readings = [(b, a)] if day_first else [(a, b)]
    else:
        readings = [(m, d) for m, d in ((a, b), (b, a)) if 1 <= m <= 12]
        if len(readings) == 2 and a != b:
            # Both are dates ("2/12"): a promise names a day within the next three
            # months, so when only one reading does, it is that one; else none.
            near = [on for on in (_numeric_as(m, d, year, written_on) for m, d in readings) if on is not None and on <= written_on + _NEAR]
            return near[0] if len(near) == 1 else None
    month, day = readings[0] if readings else (0, 0)
    return _numeric_as(month, day, year, written_on)


#: how far ahead a stated day may be for an ambiguous numeric date to be read as it
_NEAR = timedelta(days=92)


def _numeric_as(month: int, day: int, year: str | None, written_on: date) -> date | None:
    """That month and day, in `year` or else the next on or after `written_on`."""
    if not 1 <= month <= 12 or not 1 <= day <= calendar.monthrange(2024, month)[1]:
        return None
    if year is not None:
        y = int(year) + (2000 if len(year) == 2 else 0)
        try:
            return date(y, month, day)
        except ValueError:
            return None
    for y in (written_on.year, written_on.year + 1):
        try:
            found = date(y, month, day)
        except ValueError:
            continue
        if found >= written_on:
            return found
    return None


class DateMention:
    """One date phrase found in a sentence: where it is and the day it names."""

    __slots__ = ("start", "end", "on", "kind")

    def __init__(self, start: int, end: int, on: date, kind: str):
        self.start, self.end, self.on, self.kind = start, end, on, kind

    def __repr__(self):
        return f"DateMention({self.kind!r}, {self.on})"


#: a limit denied in its own clause ("we won't have news this side of Christmas"): no day by which
_DENIED = re.compile(r"\b(?:not|never|no\s+(?:news|decision|update|answer|outcome)s?)\b|n't\b")
_DENIABLE = frozenset({"christmas", "holiday", "easter", "fy_end", "last_working_day", "iso_week"})


def _denied(text: str, start: int) -> bool:
    clause = re.split(r"[.;:!?,]|\b(?:but|and|so|then)\b", text[max(0, start - 80) : start])[-1]
    return bool(_DENIED.search(clause))


def _read(name: str, match: re.Match, text: str, written_on: date, country: str, day_first: bool | None = None, region: str = "") -> date | None:
    g = match.groupdict()
    if name in _DENIABLE and _denied(text, match.start()):
        return None
    if name == "week_after_next":
        return _friday(written_on, 2)
    if name == "mid_month":
        year, month = written_on.year, written_on.month
        if written_on.day > 15:
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return date(year, month, 15)
    if name == "quarter_end":
        if g.get("qord"):
            g["q"] = str(_ORDINALS[g["qord"]])
        last = _MONTHS.get((g.get("qlast") or "")[:3])
        if last is not None:
            end = _last_day(written_on.year, last)
            return end if end >= written_on else _last_day(written_on.year + 1, last)
        fiscal = bool(g.get("fisc") or g.get("fisc2") or g.get("fisc3") or g.get("fisc4"))
        code = (country or region).upper()
        if (g.get("q") or g.get("q3")) and (fiscal or code in _FY_APRIL):
            return _fiscal_quarter_end(int(g.get("q") or g["q3"]), g.get("fy"), written_on, code)
        if g.get("q"):
            # "the end of Q1": that quarter's last day, this year or, once it is over, next year
            end = _last_day(written_on.year, 3 * int(g["q"]))
            return end if end >= written_on else _last_day(written_on.year + 1, 3 * int(g["q"]))
        return _last_day(written_on.year, 3 * ((written_on.month - 1) // 3) + 3)
    if name == "fortnight":
        return written_on + timedelta(days=14)
    if name == "wd_week":
        weekday = _WEEKDAYS[g["wd"] or g["wd2"] or g["wd3"]]
        weeks = 2 if "fortnight" in (g["span"], g["span2"]) else 1
        return _next_weekday(written_on, weekday, today_counts=False) + timedelta(weeks=weeks)
    if name == "week_today":
        return written_on + timedelta(weeks=2 if g["span"] == "fortnight" else 1, days=1 if g["day"] == "tomorrow" else 0)
    if name == "eow":
        return _friday(written_on, 0 if written_on.weekday() < 5 else 1)
    if name == "month_end":
        return _last_day(written_on.year, written_on.month)
    if name == "end_month":
        month = _MONTHS[g["mon"].rstrip(".")]
        return _last_day(_month_year(month, written_on, int(g["y"]) if g["y"] else None), month)
    if name == "month_half":
        if g["rel"] == "the":
            return None
        year, month = _named_month(g, written_on)
        return date(year, month, 15) if g["half"] == "first" else _last_day(year, month)
    if name == "ordinal_rel_month":
        which = " ".join(g["which"].split())
        year, month = written_on.year, written_on.month
        if which != "this" and which != "the":
            month += 1
            if month > 12:
                year, month = year + 1, 1
        day = int(g["d"])
        if not 1 <= day <= calendar.monthrange(year, month)[1]:
            return None
        return date(year, month, day)
    if name == "weekend":
        return _friday(written_on, 0 if written_on.weekday() < 5 else 1)
    if name == "next_week_part":
        which = g["which"]
        if which == "the":
            # "the week" alone ("later in the week", "by the end of the week", "within the week") is this week.
            if not g["part"] and not re.search(r"\bwithin\s*$", text[: match.start()]):
                return None
            which = "this"
        if which in ("this",):
            weeks = 0 if written_on.weekday() < 5 else 1
        elif which in ("coming",):
            weeks = 1 if written_on.weekday() >= 4 else 0
        else:
            weeks = 1
        friday = _friday(written_on, weeks)
        part = " ".join((g["part"] or "").split())
        if part == "first thing":
            return friday - timedelta(days=4)  # its Monday
        if part in ("early", "beginning of", "start of", "the beginning of", "the start of", "earlier part of"):
            return friday - timedelta(days=3)  # Tuesday: the latest day "early" covers
        if part in ("mid", "mid-", "middle of", "the middle of"):
            return friday - timedelta(days=2)
        return friday
    if name == "wd_next_week":
        return _friday(written_on, 1) - timedelta(days=4 - _WEEKDAYS[g["wd"]])
    if name == "week_of_month":
        month = _MONTHS[g["mon"].rstrip(".")]
        year = _month_year(month, written_on, int(g["y"]) if g["y"] else None)
        ordinal = _ORDINALS[g["ord"]]
        if ordinal == -1:
            last = _last_day(year, month)
            return last - timedelta(days=(last.weekday() - 4) % 7)
        # The first week is the one whose Friday falls on the 4th or later: a
        # month starting on a Friday or a weekend has its first week after it.
        first = date(year, month, 4)
        first = first + timedelta(days=(4 - first.weekday()) % 7)
        return first + timedelta(days=7 * (ordinal - 1))
    if name == "month_part":
        month = _MONTHS[g["mon"].rstrip(".")]
        if g["part"] in ("by", "in", "during", "before", "until", "through") and (g["mon"] == "may" or len(g["mon"].rstrip(".")) <= 4 and g["mon"] not in ("june", "july")):
            # "by may" is a verb as often as a month; "in dec" too terse to trust.
            return None
        if re.search(r"\b(?:some\s*time|at\s+some\s+point|any\s*time)\s*$", text[: match.start()]):
            return None  # "sometime in June": no day by which
        year = _month_year(month, written_on, int(g["y"]) if g["y"] else None)
        if not g["y"] and date(year, month, 1) > written_on + _YEAR_ON:
            return None  # "by the end of February", written in March: a month just gone, not next year's
        part = " ".join(g["part"].split())
        if part in ("early", "beginning of", "the beginning of", "start of", "the start of", "earlier in"):
            return date(year, month, 10)
        if part in ("mid", "mid-", "middle of", "the middle of"):
            return date(year, month, 15)
        if part == "by":
            # "by January": before it starts.
            return date(year, month, 1) - timedelta(days=1) if date(year, month, 1) > written_on else None
        if part == "before":
            return date(year, month, 1) - timedelta(days=1) if date(year, month, 1) > written_on else None
        return _last_day(year, month)
    if name == "rel_month":
        which, part = g["which"], " ".join((g["part"] or "").split())
        if which == "the" and not part:
            return None
        year, month = written_on.year, written_on.month
        if which == "next":
            month += 1
            if month > 12:
                year, month = year + 1, 1
        if part in ("early", "beginning of", "the beginning of", "start of", "the start of"):
            return date(year, month, 10)
        if part in ("mid", "mid-", "middle of", "the middle of"):
            return date(year, month, 15)
        return _last_day(year, month)
    if name in ("span", "span_bare"):
        before = text[max(0, match.start() - 12) : match.start()]
        if _VAGUE_NUMBER.search(g.get("n") or "") or re.search(r"\bfew\s*$", before):
            return None
        if g.get("lead") == "after":
            return None  # "after two weeks" says when it starts, not by when
        count = max(filter(None, (_num(g.get("n")), _num(g.get("m")))), default=None)
        if count is None or count > 400:
            return None
        unit = g["unit"].rstrip("s")
        if unit == "fortnight":
            unit, count = "week", 2 * count
        biz = bool(g.get("biz")) and not g["biz"].startswith("calendar")
        if unit == "hour":
            if g.get("lead") not in ("within", "in", "next", "the next", "over"):
                return None  # "about three hours of work" is a length, not a wait
            return written_on + timedelta(days=max(1, -(-count // 24)))
        if unit == "day":
            return add_business_days(written_on, count, country) if biz else written_on + timedelta(days=count)
        if unit == "week":
            return add_business_days(written_on, 5 * count, country) if biz else written_on + timedelta(weeks=count)
        if unit == "month":
            year, month = written_on.year, written_on.month + count
            year += (month - 1) // 12
            month = (month - 1) % 12 + 1
            return date(year, month, min(written_on.day, calendar.monthrange(year, month)[1]))
    if name == "day_or_two":
        return written_on + (timedelta(days=2) if g["unit"] == "day" else timedelta(weeks=2))
    if name == "iso":
        try:
            return date(int(g["y"]), int(g["mo"]), int(g["d"]))
        except ValueError:
            return None
    if name in ("numeric", "dotted", "dashed"):
        weekday = _WEEKDAYS[g["wd"]] if g.get("wd") else None
        return _numeric(int(g["a"]), int(g["b"]), g["y"], written_on, country, dotted=name == "dotted", day_first=day_first, weekday=weekday)
    if name in ("month_day", "day_month", "month_range"):
        on = _absolute(f"{g['mon'].rstrip('.')} {g['d']} {g['y'] or ''}".strip(), written_on, country)
        if on is not None and not g["y"] and on > written_on + _YEAR_ON:
            return None  # "your email of 1 March", written on the 3rd: a day just gone, not next year's
        return on
    if name == "ordinal":
        return _next_day_of_month(written_on, int(g["d"]))
    if name == "ordinal_range":
        first = _next_day_of_month(written_on, int(g["d0"]))
        return _next_day_of_month(first, int(g["d"])) if first is not None and int(g["d"]) > int(g["d0"]) else None
    if name == "nth_weekday":
        month = _MONTHS[g["mon"].rstrip(".")]
        year = _month_year(month, written_on, int(g["y"]) if g["y"] else None)
        return _nth_weekday(year, month, _WEEKDAYS[g["wd"]], _ORDINALS[g["ord"]])
    if name == "wd_ordinal":
        # The next such day of the month that falls on that weekday (within three months), else the next such day.
        weekday, day_of_month = _WEEKDAYS[g["wd"]], int(g["d"])
        first = _next_day_of_month(written_on, day_of_month)
        on = first
        for _ in range(3):
            if on is None or on.weekday() == weekday:
                break
            on = _next_day_of_month(on + timedelta(days=1), day_of_month)
        return on if on is not None and on.weekday() == weekday else first
    if name == "wd_next":
        weekday = _WEEKDAYS[g["wd"]]
        return max(_next_weekday(written_on, weekday, today_counts=False), _friday(written_on, 1) - timedelta(days=4 - weekday))
    if name == "weekday":
        weekday = _WEEKDAYS[g["wd"]]
        mod = " ".join((g["mod"] or "").split())
        if g["wd"] in ("mon", "sun", "sat", "wed") and not mod:
            return None  # "mon" and "sat" are words too often
        if weekday >= 5 and mod not in ("by", "on", "until", "till", "before", "next", "this", "this coming", "coming"):
            return None
        if mod == "next":
            # "next Friday": the later reading, Friday of next week, unless
            # that is more than a week away from a weekend.
            coming = _next_weekday(written_on, weekday, today_counts=False)
            in_next_week = _friday(written_on, 1) - timedelta(days=4 - weekday)
            return max(coming, in_next_week)
        return _next_weekday(written_on, weekday, today_counts=mod in ("this",))
    if name == "tomorrow":
        return written_on + timedelta(days=2 if g["after"] else 1)
    if name == "today":
        return written_on
    if name == "year_end":
        return date(int(g["y"]) if g.get("y") else written_on.year, 12, 31)
    if name == "easter":
        for year in (written_on.year, written_on.year + 1):
            thursday = easter_sunday(year) - timedelta(days=3)
            if thursday >= written_on:
                return thursday
        return None
    if name == "christmas":
        return date(written_on.year if written_on <= date(written_on.year, 12, 24) else written_on.year + 1, 12, 24)
    if name == "holiday":
        key = re.sub(r"[.']", "", " ".join(g["holiday"].split())).replace("stpatricks", "st patricks")
        for year in (written_on.year, written_on.year + 1):
            before = _holiday_on(key, year) - timedelta(days=1)
            if before >= written_on:
                return before
        return None
    if name == "holiday_week":
        key = re.sub(r"[.']", "", " ".join(g["holiday"].split())).replace("stpatricks", "st patricks")
        for year in (written_on.year, written_on.year + 1):
            friday = _friday(_holiday_on(key, year), 1 if g["after"] else 0)
            if friday >= written_on:
                return friday
        return None
    if name == "after_easter":
        if not re.search(r"\b(?:back|return(?:s|ing)?|reopen(?:s|ing)?)\s+(?:(?:in|to)\s+(?:the\s+)?(?:office|studio|work)\s+)?$", text[: match.start()]):
            return None
        for year in (written_on.year, written_on.year + 1):
            tuesday = easter_sunday(year) + timedelta(days=2)
            if tuesday > written_on:
                return tuesday
        return None
    if name == "after_fixed_holiday":
        key = re.sub(r"[.']", "", " ".join(g["holiday"].split())).replace("stpatricks", "st patricks")
        if key not in _FIXED_HOLIDAYS:
            return None  # (a holiday counted from Easter is part of a long weekend)
        for year in (written_on.year, written_on.year + 1):
            after = _holiday_on(key, year) + timedelta(days=1)
            if after > written_on:
                return after
        return None
    if name == "wd_after_holiday":
        key = re.sub(r"\s+", " ", g["mh"].replace("'", "")).removeprefix("early ")
        for year in (written_on.year, written_on.year + 1):
            monday = _monday_holiday(key, year, (country or region).upper())
            if monday is None:
                return None
            day = _next_weekday(monday, _WEEKDAYS[g["wd"]], today_counts=False)
            if day > written_on:
                return day
        return None
    if name == "after_monday_holiday":
        key = re.sub(r"\s+", " ", g["mh"].replace("'", "")).removeprefix("early ")
        if not g["weekend"] and not key.endswith("bank holiday"):
            return None  # "after Memorial Day" says when the wait ends at the soonest, not a day by which
        for year in (written_on.year, written_on.year + 1):
            monday = _monday_holiday(key, year, (country or region).upper())
            if monday is None:
                return None
            if monday >= written_on:
                return monday + timedelta(days=1)
        return None
    if name == "last_working_day":
        if g["rel"] == "the" and not re.search(r"\b(?:by|before|until|till|latest|later\s+than)\s+$", text[: match.start()]):
            return None  # "the last working day of the month" as a day something recurs on
        year, month = _named_month(g, written_on)
        last = _last_day(year, month)
        return last - timedelta(days=max(0, last.weekday() - 4))
    if name == "iso_week":
        week = int(g["n"])
        for year in (written_on.year, written_on.year + 1):
            try:
                friday = date.fromisocalendar(year, week, 5)
            except ValueError:
                continue
            if friday >= written_on:
                # "calendar week 2" or "KW 2" may be next year's; a bare "week 2" far ahead is
                # a week of something else ("in week 2 of the placement"), not the calendar's
                bare = not re.search(r"(?:calendar\s+week|kw|cw)\s*\d", match.group(0))
                return None if bare and friday > written_on + _NEAR else friday
        return None
    if name == "fy_end":
        # The financial year ends on 30 June in Australia ("EOFY" is theirs) and on 31 March
        # in India, New Zealand and Japan; elsewhere it is each company's own.
        code = "AU" if match.group(0).startswith("eofy") else (country or region).upper()
        start = _FY_START.get(code)
        if start is None:
            return None
        end = _last_day(written_on.year, start - 1)
        return end if end >= written_on else _last_day(written_on.year + 1, start - 1)
    return None


def _holiday_on(key: str, year: int) -> date:
    """The day of a holiday of `_FIXED_HOLIDAYS` or `_EASTER_HOLIDAYS` in `year`."""
    if key in _EASTER_HOLIDAYS:
        return easter_sunday(year) + timedelta(days=_EASTER_HOLIDAYS[key])
    month, day = _FIXED_HOLIDAYS[key]
    return date(year, month, day)


#: holidays kept on a Monday: (month, n) for the nth Monday of the month (-1: the last), by country where
#: the name is kept on different days ("" is the reading when the name is one country's alone)
_MONDAY_HOLIDAYS: dict[str, dict[str, tuple[int, int]]] = {
    "may bank holiday": {"": (5, 1)},  # UK and Ireland alike
    "spring bank holiday": {"": (5, -1)},  # UK
    "june bank holiday": {"": (6, 1)},  # Ireland
    "october bank holiday": {"": (10, -1)},  # Ireland
    "august bank holiday": {"IE": (8, 1), "GB": (8, -1)},  # Scotland keeps Ireland's: the UK's is England's
    "memorial day": {"": (5, -1)},  # US
    "labor day": {"": (9, 1)},  # the US spelling: the US
    "labour day": {"CA": (9, 1), "NZ": (10, 4)},
    "family day": {"CA": (2, 3)},
    "kings birthday": {"AU": (6, 2), "NZ": (6, 1)},  # (Queensland and Western Australia keep it later in the year)
    "queens birthday": {"AU": (6, 2), "NZ": (6, 1)},
}


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The `n`th `weekday` of the month (-1: the last)."""
    if n < 0:
        last = _last_day(year, month)
        return last - timedelta(days=(last.weekday() - weekday) % 7)
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


def _monday_holiday(key: str, year: int, country: str) -> date | None:
    """The Monday of a Monday holiday in `year` for `country`, or None when it isn't known there."""
    if key == "national day":
        if country != "SG":
            return None  # many countries' National Day; Singapore's (9 August) is kept on the Monday after a Sunday
        day = date(year, 8, 9)
        return day + timedelta(days=1) if day.weekday() == 6 else day if day.weekday() == 0 else None
    if key == "victoria day":
        day = date(year, 5, 24)  # Canada: the last Monday before 25 May
        return day - timedelta(days=day.weekday())
    rules = _MONDAY_HOLIDAYS.get(key, {})
    rule = rules.get(country) or rules.get("")
    return _nth_weekday(year, rule[0], 0, rule[1]) if rule else None


#: the month a country's financial year starts in, where it is one for the whole country
_FY_START = {"IN": 4, "JP": 4, "NZ": 4, "AU": 7}
#: countries whose financial year starts in April, and whose quarters are counted by it ("Q4" is January-March)
_FY_APRIL = frozenset(code for code, month in _FY_START.items() if month == 4)


def _fiscal_quarter_end(quarter: int, fy: str | None, written_on: date, country: str) -> date | None:
    """The last day of fiscal quarter `quarter` of `country`'s financial year: of the year `fy` names,
    else the next one on or after `written_on`."""
    start = _FY_START.get(country)
    if start is None:
        return None  # a company's own financial year: no day known
    months = start - 1 + 3 * quarter  # the quarter's last month, counted from January of the year the FY starts
    if fy:
        # "2026-27" starts in 2026; a year alone ("FY 2027", "FY27") is the one the financial year ends in
        first = int(fy[:4]) if re.search(r"\d\s*[-/]", fy) else (int(fy) if len(fy) >= 4 else 2000 + int(fy)) - (1 if start > 1 else 0)
        return _last_day(first + (months - 1) // 12, (months - 1) % 12 + 1)
    for first in (written_on.year - 1, written_on.year, written_on.year + 1):
        end = _last_day(first + (months - 1) // 12, (months - 1) % 12 + 1)
        if end >= written_on:
            return end
    return None


def _normalize(text: str) -> str:
    text = text.lower()
    text = re.sub(r"[\u2010-\u2015\u2212]", "-", text)
    text = text.replace("\u2019", "'").replace("\u00a0", " ")
    return text


#: after a span: counted from what the candidate has yet to send or do ("within 5 working days of
#: receipt", "of your signed forms", "from your acceptance"), a day nobody knows. (A round just held,
#: "7-10 business days from the final interview", is counted from the day written.)
_FROM_SOMETHING = re.compile(
    r"\s+(?:of|from|after|following|upon|on)\s+(?:(?:the|your|our|us|we|their)\s+)?(?:(?:having\s+)?(?:receiv\w*|receipt)|submi\w+|sending|accept\w*|"
    r"(?:completed|signed|returned)\s+[a-z]+|return\s+of|arrival|clearance)\b"
)
#: just before a day: a meeting after which news comes ("after our board meets on 14 January": the 15th)
_AFTER_MEETING = re.compile(
    r"\bafter\s+(?:the|our|their|its|a|an|this|next)\s+(?:[a-z'-]+\s+){0,3}?(?:meets?|sits?|convenes?|reconvenes?|meeting|has\s+met)\s+(?:(?:on|this|next)\s+)?(?:the\s+)?$"
)
#: a day a meeting is held on, then news "after" it ("the board meets on 8 December; you will hear
#: from us after this meeting"): the day after the meeting, as "after our board meets on 8 December"
_MEETS_ON = re.compile(r"\b(?:meets?|meeting|convenes?|sits?|is\s+meeting|will\s+meet)\s+(?:on\s+)?(?:the\s+)?$")
_AFTER_IT_MEETS = re.compile(
    r"[^.]{0,80}?\bafter\s+(?:(?:this|that|the|its|their)\s+(?:[a-z'-]+\s+){0,2}?(?:meeting|session|meets|has\s+met|sits|convenes)|(?:it|they)\s+(?:meets?|has\s+met|have\s+met))\b"
)
#: just before a day: an event written between "before" and its day (not the end of a day or of business)
_BEFORE_EVENT_ON = re.compile(
    r"\b(?:before|ahead\s+of)\s+(?!(?:the\s+)?(?:end|close|start|beginning)\s+of\b|(?:cob|eod|eob|noon|midday)\b)"
    r"(?:the|our|its|their|we|it|they|she|he)\s+[a-z' -]{1,50}?(?:\s+on|,)?\s+(?:the\s+)?$"
)
_DAYS_NAMED = frozenset({"nth_weekday", "month_day", "day_month", "ordinal", "ordinal_range", "weekday", "wd_next", "iso", "numeric", "dotted", "dashed", "tomorrow"})
_OF_EVENT = re.compile(r"\s+(?:of|from|after)\s+(?:the|our|your|their|its|that|this)\s+[a-z' -]{1,40}?\s*(?:,\s*)?(?:(?:held|taking\s+place|which\s+is)\s+)?(?:on|,)?\s*(?:the\s+)?")


def find_dates(sentence: str, written_on: date, country: str = "US", day_first: bool | None = None, *, region: str = "") -> list[DateMention]:
    """Every date phrase of `sentence`, in order, with the day it names (relative days resolved).

    `day_first` orders a numeric date ("5/3") when `country` is not known
    (None: only a date with one reading is read). `region` is the country the
    sender is most likely in (see `region_hint`), read only for what is one date
    for a whole country: the financial year's end and quarters, a named Monday holiday;
    never for the holidays business days skip."""
    text = _normalize(sentence)
    taken: list[tuple[int, int]] = []
    found: list[DateMention] = []
    spans: dict[int, re.Match] = {}
    for name, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            start, end = match.span()
            # Skip leading spaces a pattern with optional prefixes may have matched.
            while start < end and text[start] == " ":
                start += 1
            if start == end or any(start < e and s < end for s, e in taken):
                continue
            on = _read(name, match, text, written_on, country, day_first, region)
            if on is None:
                continue
            taken.append((start, end))
            found.append(DateMention(start, end, on, name))
            if name in ("span", "span_bare"):
                spans[start] = match
    found.sort(key=lambda d: d.start)
    for i, here in enumerate(found):
        if here.start not in spans:
            continue
        # "within two weeks of the panel on 9 February": counted from the panel's day;
        # "the panel meets on 12 February and we decide within two weeks of the panel":
        # from the day named before it.
        there = found[i + 1] if i + 1 < len(found) else None
        base = None
        if there is not None and there.kind in _DAYS_NAMED and _OF_EVENT.fullmatch(text[here.end : there.start]):
            base = there.on
        elif there is None and _OF_EVENT.match(text, here.end):
            earlier = [d for d in found[:i] if d.kind in _DAYS_NAMED]
            base = earlier[-1].on if earlier else None
        if base is not None:
            on = _read(here.kind, spans[here.start], text, base, country, day_first, region)
            if on is not None:
                here.on = on
        elif _FROM_SOMETHING.match(text, here.end):
            # "within 5 working days of receipt": counted from a day not stated, so no day at all.
            here.kind = "undated"
    found = [d for d in found if d.kind != "undated"]
    for mention in found:
        # "we'll let you know after our board meets on 14 January": the day after the meeting.
        meeting = _AFTER_MEETING.search(text, max(0, mention.start - 80), mention.start) if mention.kind in _DAYS_NAMED else None
        if meeting is not None:
            mention.start, mention.on, mention.kind = meeting.start(), mention.on + timedelta(days=1), "after"
            continue
        # "before the office closes for Christmas on 23 December": the day before that event
        ahead = _BEFORE_EVENT_ON.search(text, max(0, mention.start - 70), mention.start) if mention.kind in _DAYS_NAMED else None
        if ahead is not None:
            mention.start, mention.on, mention.kind = ahead.start(), mention.on - timedelta(days=1), "before_event"
            continue
        held = _AFTER_IT_MEETS.match(text, mention.end) if mention.kind in _DAYS_NAMED and _MEETS_ON.search(text, max(0, mention.start - 30), mention.start) else None
        if held is not None:
            mention.end, mention.on, mention.kind = held.end(), mention.on + timedelta(days=1), "after"
            continue
        # "the week of the 14th": by the end of that week.
        if mention.kind in ("ordinal", "month_day", "day_month", "weekday") and re.search(r"(?:\bweek\s+(?:of|starting|beginning|commencing)|\bw/[cb])\s+(?:the\s+|monday,?\s+|mon,?\s+)?$", text[: mention.start]):
            mention.on = _friday(mention.on, 0)
    # "today" next to another date ("end of day Friday") is that date's time, not a day of its own.
    if len(found) > 1:
        found = [d for d in found if d.kind != "today"] or found
    for after in _AFTER.finditer(text):
        earlier = [d for d in found if d.end <= after.start()]
        # "the day after the board meets on the 21st": counted from the day named after it.
        later = [d for d in found if d.start >= after.end() and d.kind in _DAYS_NAMED]
        if after.group(0).endswith("after") and later and (_AFTER_EVENT.fullmatch(text[after.end() : later[0].start]) or not text[after.end() : later[0].start].strip()):
            base = later[0].on
        elif earlier:
            base = earlier[-1].on
        else:
            continue
        g = after.groupdict()
        if g.get("wk") or after.group(0).startswith("the week"):
            on = _friday(base, 1)
        elif g.get("that"):
            on = max(base, _friday(base, 0))  # (a Saturday's or Sunday's week ends that day)
        elif g.get("n"):
            count = _num(g["n"]) or 1
            on = add_business_days(base, count, country) if g.get("biz") else base + timedelta(days=count)
        else:
            on = base + timedelta(days=1)
        found.append(DateMention(after.start(), after.end(), on, "after"))
    found.sort(key=lambda d: d.start)
    return found


def stated_date(sentence: str, written_on: date, country: str = "US") -> date | None:
    """The latest day `sentence` states relative to `written_on`, or None when it states none.

    Days before `written_on` are dropped (a past day is not a promise).
    """
    days = [d.on for d in find_dates(sentence, written_on, country) if d.on >= written_on]
    return max(days) if days else None
