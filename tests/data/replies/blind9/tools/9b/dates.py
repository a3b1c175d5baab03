"""Small audited date helpers for the replies7b blind set (copied from replies7b, extended for replies8b and replies9b).

All helpers take the LOCAL date of the Date: header (a datetime.date) and
return a datetime.date.  Run `python3 tools/dates.py` to execute self-tests.
"""
import calendar
import datetime as _dt
from email.utils import parsedate_to_datetime

WD = {"Mon": 0, "Tue": 1, "Wed": 2, "Thu": 3, "Fri": 4, "Sat": 5, "Sun": 6}
MON = {m: i for i, m in enumerate(
    ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], 1)}


def local_date(date_header):
    """Local calendar date of an RFC 5322 Date header (in its own offset)."""
    return parsedate_to_datetime(date_header).date()


def utc_date(date_header):
    return parsedate_to_datetime(date_header).astimezone(_dt.timezone.utc).date()


def plus_days(d, n):
    return d + _dt.timedelta(days=n)


def next_weekday(d, name):
    """Next such weekday strictly after d (same weekday -> following week)."""
    k = (WD[name] - d.weekday()) % 7
    return d + _dt.timedelta(days=k or 7)


def weekday_of_week(d, name):
    """The given weekday within d's Monday-Sunday week."""
    return d - _dt.timedelta(days=d.weekday()) + _dt.timedelta(days=WD[name])


def end_of_this_week(d):
    return weekday_of_week(d, "Fri")


def end_of_next_week(d):
    return weekday_of_week(d, "Fri") + _dt.timedelta(days=7)


def early_next_week(d):
    return weekday_of_week(d, "Tue") + _dt.timedelta(days=7)


def weekday_week(d, name):
    """'<Weekday> week' (UK idiom): the weekday a week after the next such weekday."""
    return next_weekday(d, name) + _dt.timedelta(days=7)


def business_days(d, n):
    """d + n business days (skip Sat/Sun, no holidays)."""
    cur = d
    left = n
    while left > 0:
        cur += _dt.timedelta(days=1)
        if cur.weekday() < 5:
            left -= 1
    return cur


def end_of_month(d):
    return d.replace(day=calendar.monthrange(d.year, d.month)[1])


def end_of_quarter(d):
    m = ((d.month - 1) // 3 + 1) * 3
    return end_of_month(_dt.date(d.year, m, 1))


def plus_month(d, n=1):
    """Same day number n calendar months later, clamped to month end."""
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    return _dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def next_dom(d, day):
    """The next day-of-month `day` on or after d (may fall in the next month)."""
    y, m = d.year, d.month
    while True:
        if day <= calendar.monthrange(y, m)[1]:
            c = _dt.date(y, m, day)
            if c >= d:
                return c
        m += 1
        if m == 13:
            y, m = y + 1, 1


def next_md(d, month, day):
    """Absolute date without year: the next such date after d."""
    c = _dt.date(d.year, month, day)
    if c <= d:
        c = _dt.date(d.year + 1, month, day)
    return c


def fri_of_week(d):
    """Friday of the week containing d ('the week commencing/of ...')."""
    return weekday_of_week(d, "Fri")


def mid_month(d, month):
    """'mid-<Month>' = the 15th of the next such month (current month if not yet past)."""
    c = _dt.date(d.year, month, 15)
    if c < d:
        c = _dt.date(d.year + 1, month, 15)
    return c


def end_of_named_month(d, month):
    c = end_of_month(_dt.date(d.year, month, 1))
    if c < d:
        c = end_of_month(_dt.date(d.year + 1, month, 1))
    return c


def easter(year):
    """Gregorian Easter Sunday (anonymous Gregorian algorithm)."""
    a = year % 19
    b, c = divmod(year, 100)
    dd, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - dd - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31
    day = (h + l - 7 * m + 114) % 31 + 1
    return _dt.date(year, month, day)


def before_easter_break(d):
    """'before the Easter break' = Maundy Thursday (Easter Sunday - 3)."""
    c = easter(d.year) - _dt.timedelta(days=3)
    if c < d:
        c = easter(d.year + 1) - _dt.timedelta(days=3)
    return c


def last_weekday_of_month(year, month, name):
    d = end_of_month(_dt.date(year, month, 1))
    while d.weekday() != WD[name]:
        d -= _dt.timedelta(days=1)
    return d


def _selftest():
    D = _dt.date
    # header parsing, local vs UTC
    h = "Thu, 03 Dec 2026 23:40:00 -0800"
    assert local_date(h) == D(2026, 12, 3) and utc_date(h) == D(2026, 12, 4)
    h = "Mon, 04 Jan 2027 07:10:00 +1300"
    assert local_date(h) == D(2027, 1, 4) and utc_date(h) == D(2027, 1, 3)
    # weekdays
    assert D(2026, 12, 2).weekday() == 2            # Wed
    assert next_weekday(D(2026, 12, 2), "Fri") == D(2026, 12, 4)
    assert next_weekday(D(2026, 12, 4), "Fri") == D(2026, 12, 11)
    assert next_weekday(D(2026, 12, 6), "Mon") == D(2026, 12, 7)
    assert end_of_this_week(D(2026, 12, 2)) == D(2026, 12, 4)
    assert end_of_next_week(D(2026, 12, 2)) == D(2026, 12, 11)
    assert early_next_week(D(2026, 12, 2)) == D(2026, 12, 8)
    assert weekday_week(D(2026, 12, 2), "Thu") == D(2026, 12, 10)
    assert weekday_week(D(2026, 12, 3), "Thu") == D(2026, 12, 17)
    # business days
    assert business_days(D(2026, 12, 4), 1) == D(2026, 12, 7)
    assert business_days(D(2026, 12, 2), 5) == D(2026, 12, 9)
    assert business_days(D(2026, 12, 5), 10) == D(2026, 12, 18)
    assert business_days(D(2026, 12, 2), 10) == D(2026, 12, 16)
    # months
    assert end_of_month(D(2027, 2, 3)) == D(2027, 2, 28)
    assert end_of_quarter(D(2027, 2, 3)) == D(2027, 3, 31)
    assert end_of_quarter(D(2026, 12, 3)) == D(2026, 12, 31)
    assert plus_month(D(2027, 1, 31)) == D(2027, 2, 28)
    assert plus_month(D(2026, 12, 15)) == D(2027, 1, 15)
    assert next_dom(D(2027, 1, 28), 3) == D(2027, 2, 3)
    assert next_dom(D(2027, 1, 3), 3) == D(2027, 1, 3)
    assert next_dom(D(2027, 1, 31), 30) == D(2027, 3, 30)
    assert next_md(D(2026, 12, 20), 1, 8) == D(2027, 1, 8)
    assert next_md(D(2027, 3, 1), 2, 12) == D(2028, 2, 12)
    assert fri_of_week(D(2027, 2, 8)) == D(2027, 2, 12)
    assert mid_month(D(2027, 1, 10), 2) == D(2027, 2, 15)
    assert end_of_named_month(D(2026, 12, 10), 1) == D(2027, 1, 31)
    # Easter
    assert easter(2027) == D(2027, 3, 28) and easter(2026) == D(2026, 4, 5)
    assert easter(2024) == D(2024, 3, 31) and easter(2019) == D(2019, 4, 21)
    assert before_easter_break(D(2027, 3, 2)) == D(2027, 3, 25)
    assert last_weekday_of_month(2027, 1, "Fri") == D(2027, 1, 29)
    assert plus_days(D(2026, 12, 31), 1) == D(2027, 1, 1)
    # helpers added for replies5
    assert next_week_day(D(2027, 1, 22), "Wed") == D(2027, 1, 27)
    assert next_week_day(D(2027, 3, 31), "Mon") == D(2027, 4, 5)
    assert before_holidays(D(2026, 12, 7)) == D(2026, 12, 24)
    assert before_holidays(D(2026, 12, 28)) == D(2027, 12, 24)
    assert end_of_next_month(D(2027, 1, 31)) == D(2027, 2, 28)
    assert business_days(D(2026, 12, 14), 7) == D(2026, 12, 23)
    assert end_of_quarter(D(2027, 6, 29)) == D(2027, 6, 30)
    # helpers added for replies6a
    assert iso_week_friday(2026, 51) == D(2026, 12, 18)
    assert iso_week_friday(2027, 3) == D(2027, 1, 22)
    assert before_new_year(D(2026, 12, 9)) == D(2026, 12, 31)
    assert up_to_and_including(D(2027, 1, 22)) == D(2027, 1, 23)
    assert plus_month(D(2027, 2, 8)) == D(2027, 3, 8)
    assert end_of_next_month(D(2027, 1, 5)) == D(2027, 2, 28)
    # helpers added for replies7b
    assert end_of_play(D(2027, 1, 12), "Thu") == D(2027, 1, 14)
    assert end_of_play(D(2027, 1, 14), "Thu") == D(2027, 1, 21)
    assert within_fortnight(D(2027, 2, 3)) == D(2027, 2, 17)
    assert weekday_fortnight(D(2027, 1, 14), "Tue") == D(2027, 2, 2)
    assert weekday_fortnight(D(2027, 1, 19), "Tue") == D(2027, 2, 9)
    assert financial_year_end(D(2027, 2, 22), "IN") == D(2027, 3, 31)
    assert financial_year_end(D(2027, 4, 2), "IN") == D(2028, 3, 31)
    assert financial_year_end(D(2027, 5, 19), "AU") == D(2027, 6, 30)
    assert day_before(D(2027, 2, 6)) == D(2027, 2, 5)
    assert within_the_month(D(2027, 3, 9)) == D(2027, 3, 31)
    assert this_side_of_christmas(D(2026, 12, 7)) == D(2026, 12, 24)
    assert first_fortnight(D(2027, 4, 20), 5) == D(2027, 5, 15)
    assert first_friday(D(2027, 5, 18), 6) == D(2027, 6, 4)
    assert first_friday(D(2027, 1, 10), 1) == D(2028, 1, 7)
    assert first_friday(D(2026, 12, 10), 1) == D(2027, 1, 1)
    assert last_working_day_of_month(D(2027, 1, 11)) == D(2027, 1, 29)
    assert last_working_day_of_month(D(2027, 4, 6)) == D(2027, 4, 30)
    assert numbered_week_friday(D(2027, 2, 2), 7) == D(2027, 2, 19)
    assert numbered_week_friday(D(2027, 11, 30), 2) == D(2028, 1, 14)
    assert after_easter_long_weekend(D(2027, 3, 25)) == D(2027, 3, 30)
    assert day_after_tomorrow(D(2027, 1, 25)) == D(2027, 1, 27)
    assert within_hours(D(2027, 2, 10), 24) == D(2027, 2, 11)
    assert calendar_days(D(2027, 5, 4), 10) == D(2027, 5, 14)
    print("dates.py self-tests: OK")



def next_week_day(d, name):
    """'<weekday> next week' / 'first thing next week' (Monday): that weekday of the following Mon-Sun week."""
    return weekday_of_week(d, name) + _dt.timedelta(days=7)


def before_holidays(d):
    """'before the (Christmas) holidays' = 24 December of the Date's year (next one if past)."""
    c = _dt.date(d.year, 12, 24)
    if c < d:
        c = _dt.date(d.year + 1, 12, 24)
    return c


def end_of_next_month(d):
    return end_of_month(plus_month(d.replace(day=1), 1))


def iso_week_friday(year, week):
    """'by calendar week N' / 'KW N' (German usage): Friday of ISO week N of the year."""
    return _dt.date.fromisocalendar(year, week, 5)


def before_new_year(d):
    """'before the New Year' (written in December) = 31 December of the Date's year."""
    return _dt.date(d.year, 12, 31)


def up_to_and_including(d):
    """'away up to and including D' -> first day back D + 1 (as 'from X to Y inclusive')."""
    return d + _dt.timedelta(days=1)


# ---- helpers added for replies7b -------------------------------------------

def end_of_play(d, name):
    """'by end of play / COB / close of business <Weekday>' = the next such weekday (as a bare weekday)."""
    return next_weekday(d, name)


def within_fortnight(d):
    """'within a fortnight' / 'in a fortnight' = Date + 14, as 'within two weeks'."""
    return d + _dt.timedelta(days=14)


def weekday_fortnight(d, name):
    """'<Weekday> fortnight' (UK idiom) = the next such weekday + 14 days (cf. 'Thursday week' = + 7)."""
    return next_weekday(d, name) + _dt.timedelta(days=14)


def financial_year_end(d, region):
    """'before the close of the financial year' / 'EOFY': India 31 March, Australia 30 June; next on/after d."""
    month, day = {"IN": (3, 31), "AU": (6, 30), "NZ": (3, 31)}[region]
    c = _dt.date(d.year, month, day)
    if c < d:
        c = _dt.date(d.year + 1, month, day)
    return c


def day_before(holiday):
    """'before <named public holiday on H>' = H - 1 (as 'before the Easter break' = Maundy Thursday)."""
    return holiday - _dt.timedelta(days=1)


def within_the_month(d):
    """'within the month' / 'this month' = last day of the Date's month."""
    return end_of_month(d)


def this_side_of_christmas(d):
    """'this side of Christmas' = 24 December, as 'before the Christmas holidays'."""
    return before_holidays(d)


def first_fortnight(d, month):
    """'by the end of the first fortnight / first half of <Month>' = the 15th, as 'mid-<Month>'."""
    return mid_month(d, month)


def first_friday(d, month):
    """'by the first week of <Month>' = the first Friday of that month (next such month whose first Friday is on/after d)."""
    y = d.year
    while True:
        c = _dt.date(y, month, 1)
        c += _dt.timedelta(days=(4 - c.weekday()) % 7)
        if c >= d:
            return c
        y += 1


def last_working_day_of_month(d):
    """'by the last working day of the month' = last Mon-Fri of the Date's month (no holidays)."""
    c = end_of_month(d)
    while c.weekday() > 4:
        c -= _dt.timedelta(days=1)
    return c


def numbered_week_friday(d, week):
    """'in / at the latest in week N' (Dutch, Scandinavian, German usage) = Friday of ISO week N,
    the next such week whose Friday is on or after d."""
    y = d.isocalendar()[0]
    while True:
        try:
            c = _dt.date.fromisocalendar(y, week, 5)
        except ValueError:
            y += 1
            continue
        if c >= d:
            return c
        y += 1


def after_easter_long_weekend(d):
    """'back after the Easter long weekend' (AU/NZ: Good Friday to Easter Monday) = Easter Tuesday."""
    c = easter(d.year) + _dt.timedelta(days=2)
    if c <= d:
        c = easter(d.year + 1) + _dt.timedelta(days=2)
    return c


def day_after_tomorrow(d):
    """'day after tomorrow' (Indian / Philippine English) = Date + 2."""
    return d + _dt.timedelta(days=2)


def within_hours(d, hours):
    """'within 24 / 48 / 72 hours' = Date + hours/24 days."""
    return d + _dt.timedelta(days=hours // 24)


def calendar_days(d, n):
    """'within ten days' (no 'working') = Date + n calendar days."""
    return d + _dt.timedelta(days=n)


# ---- helpers added for replies8b -------------------------------------------

def business_days_range(d, lo, hi):
    """'within 3-5 business days' / 'three to five working days': the later end, d + hi business days."""
    assert lo <= hi
    return business_days(d, hi)


def weeks(d, n):
    """'within three weeks' / 'in six weeks' time' = Date + 7n calendar days."""
    return d + _dt.timedelta(days=7 * n)


def after_event(event_date):
    """'after the committee meets on D' / 'after <dated event>' = D + 1."""
    return event_date + _dt.timedelta(days=1)


def nth_weekday_of_month(year, month, name, n):
    """n-th (1-based) such weekday of the month."""
    c = _dt.date(year, month, 1)
    c += _dt.timedelta(days=(WD[name] - c.weekday()) % 7)
    return c + _dt.timedelta(days=7 * (n - 1))


def victoria_day(year):
    """Canada: the Monday preceding 25 May."""
    c = _dt.date(year, 5, 24)
    while c.weekday() != 0:
        c -= _dt.timedelta(days=1)
    return c


def ascension_day(year):
    """Ascension Day (Christi Himmelfahrt) = Easter Sunday + 39."""
    return easter(year) + _dt.timedelta(days=39)


def after_long_weekend(monday_holiday):
    """'after the <Monday holiday> long weekend' = the Tuesday after the holiday Monday."""
    assert monday_holiday.weekday() == 0
    return monday_holiday + _dt.timedelta(days=1)


def fiscal_quarter_end(d, fy_start_month, q):
    """End of fiscal quarter q (1-4) of a fiscal year starting in fy_start_month; the next such end on/after d.
    US federal: start 10 (Q3 = Apr-Jun); India / UK-style April year: start 4 (Q2 = Jul-Sep)."""
    first = fy_start_month + 3 * (q - 1)          # first month of the quarter, may exceed 12
    last = first + 2
    for y in (d.year - 1, d.year, d.year + 1):
        yy, mm = y + (last - 1) // 12, (last - 1) % 12 + 1
        c = end_of_month(_dt.date(yy, mm, 1))
        if c >= d:
            return c
    raise ValueError


def end_of_half(d):
    """'by the end of H1 / the first half' = 30 June; 'H2' = 31 December, for the Date's half-year."""
    return _dt.date(d.year, 6, 30) if d.month <= 6 else _dt.date(d.year, 12, 31)


def _selftest8():
    D = _dt.date
    assert business_days_range(D(2027, 1, 7), 3, 5) == D(2027, 1, 14)
    assert business_days_range(D(2027, 3, 5), 7, 10) == D(2027, 3, 19)
    assert weeks(D(2027, 2, 24), 3) == D(2027, 3, 17)
    assert weeks(D(2027, 12, 20), 2) == D(2028, 1, 3)
    assert after_event(D(2027, 4, 14)) == D(2027, 4, 15)
    assert after_event(D(2027, 2, 28)) == D(2027, 3, 1)
    assert nth_weekday_of_month(2027, 6, "Mon", 1) == D(2027, 6, 7)      # Irish June bank holiday
    assert nth_weekday_of_month(2027, 6, "Mon", 2) == D(2027, 6, 14)     # AU King's Birthday
    assert nth_weekday_of_month(2027, 9, "Mon", 1) == D(2027, 9, 6)      # US / CA Labor Day
    assert last_weekday_of_month(2027, 5, "Mon") == D(2027, 5, 31)      # US Memorial Day
    assert last_weekday_of_month(2027, 8, "Mon") == D(2027, 8, 30)      # UK summer bank holiday
    assert victoria_day(2027) == D(2027, 5, 24) and victoria_day(2026) == D(2026, 5, 18)
    assert victoria_day(2025) == D(2025, 5, 19)
    assert ascension_day(2027) == D(2027, 5, 6) and ascension_day(2026) == D(2026, 5, 14)
    assert after_long_weekend(D(2027, 6, 7)) == D(2027, 6, 8)
    assert fiscal_quarter_end(D(2027, 5, 12), 10, 3) == D(2027, 6, 30)
    assert fiscal_quarter_end(D(2027, 8, 2), 4, 2) == D(2027, 9, 30)
    assert fiscal_quarter_end(D(2027, 1, 20), 7, 3) == D(2027, 3, 31)   # AU FY Q3 = Jan-Mar
    assert fiscal_quarter_end(D(2027, 1, 20), 4, 4) == D(2027, 3, 31)   # IN FY Q4 = Jan-Mar
    assert fiscal_quarter_end(D(2027, 4, 2), 4, 4) == D(2028, 3, 31)
    assert end_of_half(D(2027, 5, 3)) == D(2027, 6, 30) and end_of_half(D(2027, 7, 1)) == D(2027, 12, 31)
    print("dates.py replies8b self-tests: OK")


# ---- helpers added for replies9b -------------------------------------------

def labor_day(year):
    """US / Canada Labour Day = first Monday of September."""
    return nth_weekday_of_month(year, 9, "Mon", 1)


def thanksgiving_us(year):
    """US Thanksgiving = fourth Thursday of November."""
    return nth_weekday_of_month(year, 11, "Thu", 4)


def thanksgiving_ca(year):
    """Canadian Thanksgiving = second Monday of October."""
    return nth_weekday_of_month(year, 10, "Mon", 2)


def october_bank_holiday_ie(year):
    """Irish October bank holiday = last Monday of October."""
    return last_weekday_of_month(year, 10, "Mon")


def republic_day_in(year):
    """India Republic Day = 26 January."""
    return _dt.date(year, 1, 26)


def this_time_next_week(d):
    """'this time next week' = Date + 7."""
    return d + _dt.timedelta(days=7)


def end_of_week_after_next(d):
    """'by the end of the week after next' = Friday of the Date's week + 14."""
    return weekday_of_week(d, "Fri") + _dt.timedelta(days=14)


def business_weeks(d, n):
    """'within the next two business weeks' = d + 5n business days."""
    return business_days(d, 5 * n)


def months(d, n):
    """'within two months' = the same day number n months later (clamped), as 'within a month'."""
    return plus_month(d, n)


def later_of(*ds):
    """'Tuesday or Wednesday next week' / 'on the 9th or 10th': the later of the alternatives."""
    return max(ds)


def _selftest9():
    D = _dt.date
    assert labor_day(2027) == D(2027, 9, 6) and labor_day(2028) == D(2028, 9, 4)
    assert thanksgiving_us(2027) == D(2027, 11, 25) and thanksgiving_us(2028) == D(2028, 11, 23)
    assert day_before(thanksgiving_us(2027)) == D(2027, 11, 24)
    assert thanksgiving_ca(2027) == D(2027, 10, 11) and thanksgiving_ca(2026) == D(2026, 10, 12)
    assert after_long_weekend(thanksgiving_ca(2027)) == D(2027, 10, 12)
    assert october_bank_holiday_ie(2027) == D(2027, 10, 25) and october_bank_holiday_ie(2026) == D(2026, 10, 26)
    assert after_long_weekend(october_bank_holiday_ie(2027)) == D(2027, 10, 26)
    assert republic_day_in(2028).weekday() == 2 and after_event(republic_day_in(2028)) == D(2028, 1, 27)
    assert this_time_next_week(D(2027, 11, 10)) == D(2027, 11, 17)
    assert this_time_next_week(D(2027, 12, 29)) == D(2028, 1, 5)
    assert end_of_week_after_next(D(2027, 11, 23)) == D(2027, 12, 10)
    assert end_of_week_after_next(D(2027, 11, 28)) == D(2027, 12, 10)     # Sunday belongs to the Mon-Sun week
    assert business_weeks(D(2027, 9, 7), 2) == D(2027, 9, 21)
    assert business_weeks(D(2027, 9, 10), 1) == D(2027, 9, 17)
    assert months(D(2027, 11, 30), 2) == D(2028, 1, 30)
    assert months(D(2027, 12, 31), 2) == D(2028, 2, 29)                  # leap year clamp
    assert later_of(next_week_day(D(2027, 10, 1), "Tue"), next_week_day(D(2027, 10, 1), "Wed")) == D(2027, 10, 6)
    assert next_dom(D(2028, 1, 20), 18) == D(2028, 2, 18)
    assert next_dom(D(2027, 10, 7), 18) == D(2027, 10, 18)
    assert iso_week_friday(2027, 46) == D(2027, 11, 19)
    assert fiscal_quarter_end(D(2027, 10, 19), 7, 2) == D(2027, 12, 31)   # AU FY Q2 = Oct-Dec
    assert weekday_week(D(2027, 9, 29), "Fri") == D(2027, 10, 8)
    print("dates.py replies9b self-tests: OK")


if __name__ == "__main__":
    _selftest()
    _selftest8()
    _selftest9()
