"""Small audited date helpers for the replies9a (r9, 761-810) blind set (copied from replies-a / r8, extended).

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
    # helpers added for replies-a (r7)
    assert a_week_on(D(2026, 12, 9), "Fri") == D(2026, 12, 18)
    assert a_week_on(D(2026, 12, 11), "Fri") == D(2026, 12, 25)
    assert a_week_today(D(2027, 1, 28)) == D(2027, 2, 4)
    assert mid_next_week(D(2026, 12, 16)) == D(2026, 12, 23)
    assert mid_next_week(D(2027, 2, 8)) == D(2027, 2, 17)
    assert mid_next_week(D(2027, 2, 14)) == D(2027, 2, 17)
    assert inst(D(2027, 1, 4), 15) == D(2027, 1, 15)
    try:
        inst(D(2027, 1, 20), 15)
        raise AssertionError("inst() accepted a past day")
    except ValueError:
        pass
    assert working_days_after(D(2027, 1, 20), 3) == D(2027, 1, 25)
    assert end_of_fy_india(D(2027, 2, 3)) == D(2027, 3, 31)
    assert end_of_fy_india(D(2027, 4, 2)) == D(2028, 3, 31)
    assert end_of_fy_india(D(2026, 12, 10)) == D(2027, 3, 31)
    assert following_week_friday(D(2027, 3, 12)) == D(2027, 3, 19)
    assert following_week_friday(D(2027, 3, 8)) == D(2027, 3, 19)
    assert fortnight(D(2027, 3, 11)) == D(2027, 3, 25)
    assert through(D(2027, 2, 22)) == D(2027, 2, 23)
    assert day_after_tomorrow(D(2027, 1, 26)) == D(2027, 1, 28)
    assert end_of_named_quarter(D(2027, 2, 22), 1) == D(2027, 3, 31)
    assert end_of_named_quarter(D(2027, 5, 3), 1) == D(2028, 3, 31)
    # helpers added for replies8a (r8)
    assert span_business_days(D(2027, 1, 5), 5, 7) == D(2027, 1, 14)
    assert span_business_days(D(2027, 1, 8), 3, 5) == D(2027, 1, 15)
    assert span_weeks(D(2027, 3, 1), 2, 3) == D(2027, 3, 22)
    assert within_hours(D(2027, 1, 22), 48) == D(2027, 1, 24)
    assert within_hours(D(2027, 3, 4), 24) == D(2027, 3, 5)
    assert within_hours(D(2027, 3, 4), 36) == D(2027, 3, 6)
    assert australia_day(D(2027, 1, 11)) == D(2027, 1, 26)
    assert australia_day(D(2027, 2, 1)) == D(2028, 1, 26)
    assert week_after_friday(australia_day(D(2027, 1, 11))) == D(2027, 2, 5)
    assert st_patricks_day(D(2027, 3, 10)) == D(2027, 3, 17)
    assert st_patricks_day(D(2027, 3, 18)) == D(2028, 3, 17)
    assert fri_of_week(st_patricks_day(D(2027, 3, 10))) == D(2027, 3, 19)
    assert end_of_fiscal_quarter(D(2027, 1, 21), 4, 4) == D(2027, 3, 31)   # India FY Apr-Mar, Q4 = Jan-Mar
    assert end_of_fiscal_quarter(D(2027, 2, 10), 7, 3) == D(2027, 3, 31)   # FY Jul-Jun, Q3 = Jan-Mar
    assert end_of_fiscal_quarter(D(2027, 2, 10), 10, 2) == D(2027, 3, 31)  # US federal FY Oct-Sep, Q2 = Jan-Mar
    assert end_of_fiscal_quarter(D(2027, 2, 10), 7, 4) == D(2027, 6, 30)
    assert end_of_fiscal_quarter(D(2027, 4, 2), 7, 3) == D(2028, 3, 31)
    assert end_of_fiscal_quarter(D(2027, 2, 10), 2, 1) == D(2027, 4, 30)   # FY Feb-Jan (retail), Q1 = Feb-Apr
    assert day_after(D(2027, 3, 4)) == D(2027, 3, 5)
    assert day_after(D(2027, 3, 5)) == D(2027, 3, 6)
    assert next_business_day(D(2027, 3, 5)) == D(2027, 3, 8)
    assert within_week_of(D(2027, 3, 18)) == D(2027, 3, 25)
    assert nth_weekday_of_month(2027, 2, "Mon", 3) == D(2027, 2, 15)        # Family Day (ON) / Presidents' Day
    assert nth_weekday_of_month(2027, 1, "Mon", 1) == D(2027, 1, 4)
    assert good_friday(D(2027, 3, 2)) == D(2027, 3, 26)
    assert easter_monday(D(2027, 3, 2)) == D(2027, 3, 29)
    assert before_easter_long_weekend(D(2027, 3, 3)) == D(2027, 3, 25)
    assert next_dom(D(2027, 1, 20), 29) == D(2027, 1, 29)
    assert next_dom(D(2027, 3, 8), 18) == D(2027, 3, 18)
    # helpers added for replies9a (r9)
    assert memorial_day(D(2027, 5, 10)) == D(2027, 5, 31)
    assert memorial_day(D(2027, 6, 2)) == D(2028, 5, 29)
    assert victoria_day(D(2027, 5, 3)) == D(2027, 5, 24)
    assert victoria_day(D(2028, 5, 1)) == D(2028, 5, 22)
    assert early_may_bank_holiday(D(2027, 4, 20)) == D(2027, 5, 3)
    assert spring_bank_holiday(D(2027, 5, 12)) == D(2027, 5, 31)
    assert june_bank_holiday_ie(D(2027, 5, 20)) == D(2027, 6, 7)
    assert kings_birthday_au(D(2027, 5, 28)) == D(2027, 6, 14)
    assert ascension_day(D(2027, 4, 21)) == D(2027, 5, 6)
    assert whit_monday(D(2027, 4, 21)) == D(2027, 5, 17)
    assert ascension_day(D(2027, 5, 7)) == D(2028, 5, 25)
    assert after_next(D(2027, 4, 14), "Mon") == D(2027, 4, 26)
    assert after_next(D(2027, 4, 19), "Mon") == D(2027, 5, 3)
    assert end_of_half(D(2027, 4, 9), 1, 1) == D(2027, 6, 30)     # calendar H1
    assert end_of_half(D(2027, 4, 9), 4, 1) == D(2027, 9, 30)     # Indian FY H1 = Apr-Sep
    assert end_of_half(D(2027, 5, 3), 7, 2) == D(2027, 6, 30)     # FY Jul-Jun, H2 = Jan-Jun
    assert first_week_friday(D(2027, 5, 12), 6) == D(2027, 6, 4)
    assert first_week_friday(D(2027, 4, 12), 5) == D(2027, 5, 7)  # 1 May is a Saturday -> week of Mon 3 May
    assert first_week_friday(D(2027, 6, 2), 7) == D(2027, 7, 2)
    assert within_days(D(2027, 4, 23), 10) == D(2027, 5, 3)
    assert within_weeks(D(2027, 5, 20), 3) == D(2027, 6, 10)
    assert last_business_day_of_month(D(2027, 4, 6)) == D(2027, 4, 30)
    assert last_business_day_of_month(D(2027, 7, 2)) == D(2027, 7, 30)
    assert business_days_before(D(2027, 6, 30), 2) == D(2027, 6, 28)
    assert business_days_before(D(2027, 5, 3), 1) == D(2027, 4, 30)
    assert week_commencing_friday(D(2027, 5, 17)) == D(2027, 5, 21)
    assert end_of_next_week(D(2027, 6, 6)) == D(2027, 6, 11)
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


def a_week_on(d, name):
    """'a week on <Weekday>' (UK) = '<Weekday> week': the weekday a week after the next such weekday."""
    return weekday_week(d, name)


def a_week_today(d):
    """'a week today' (UK) = the same weekday one week later, Date + 7."""
    return d + _dt.timedelta(days=7)


def mid_next_week(d):
    """'in the middle of next week' / 'mid-next-week' = Wednesday of the following Mon-Sun week."""
    return next_week_day(d, "Wed")


def inst(d, day):
    """'the Nth inst.' (Indian / old commercial English) = day N of the Date's own month; never in the past."""
    c = d.replace(day=day)
    if c < d:
        raise ValueError("'inst.' day already past")
    return c


def working_days_after(event, n):
    """'within N working days after <dated event on D>' = D + N business days."""
    return business_days(event, n)


def end_of_fy_india(d):
    """'end of this financial year' (Indian sender, FY April-March) = the next 31 March on or after d."""
    c = _dt.date(d.year, 3, 31)
    if c < d:
        c = _dt.date(d.year + 1, 3, 31)
    return c


def following_week_friday(event):
    """'<dated event on D> ... the following week' = Friday of the Mon-Sun week after D's week."""
    return fri_of_week(event) + _dt.timedelta(days=7)


def fortnight(d):
    """'within a fortnight' / 'within the fortnight' = Date + 14, as 'within two weeks'."""
    return d + _dt.timedelta(days=14)


def through(d):
    """auto-reply 'out (of the office) through D' (US) = away through D, first day back D + 1."""
    return d + _dt.timedelta(days=1)


def day_after_tomorrow(d):
    return d + _dt.timedelta(days=2)


def end_of_named_quarter(d, q):
    """'by the end of Q<n>' = last day of calendar quarter n, the next one on or after d."""
    c = end_of_month(_dt.date(d.year, 3 * q, 1))
    if c < d:
        c = end_of_month(_dt.date(d.year + 1, 3 * q, 1))
    return c


def span_business_days(d, lo, hi):
    """'in lo-hi (or lo to hi) business/working days' = the outer bound, d + hi business days."""
    assert lo <= hi
    return business_days(d, hi)


def span_weeks(d, lo, hi):
    """'within lo-hi weeks' / 'in lo to hi weeks' = the outer bound, d + 7*hi days."""
    assert lo <= hi
    return d + _dt.timedelta(days=7 * hi)


def within_hours(d, n):
    """'within N hours' / 'in the next N hours' = d + ceil(N/24) calendar days (24 h -> Date + 1, 48 h -> Date + 2)."""
    return d + _dt.timedelta(days=-(-n // 24))


def australia_day(d):
    """Australia Day, 26 January: the next one on or after d."""
    c = _dt.date(d.year, 1, 26)
    return c if c >= d else _dt.date(d.year + 1, 1, 26)


def st_patricks_day(d):
    """St Patrick's Day, 17 March: the next one on or after d."""
    c = _dt.date(d.year, 3, 17)
    return c if c >= d else _dt.date(d.year + 1, 3, 17)


def week_after_friday(event):
    """'the week after <event on D>' = Friday of the Mon-Sun week after D's week (as following_week_friday)."""
    return following_week_friday(event)


def end_of_fiscal_quarter(d, fy_start_month, q):
    """'by the end of (fiscal) Q<q>' for a fiscal year starting on the 1st of fy_start_month:
    last day of that fiscal quarter, the next one ending on or after d."""
    first = (fy_start_month - 1 + 3 * (q - 1)) % 12 + 1        # first month of the quarter
    last = (first - 1 + 2) % 12 + 1                             # its last month
    for y in (d.year - 1, d.year, d.year + 1, d.year + 2):
        c = end_of_month(_dt.date(y, last, 1))
        if c >= d:
            return c
    raise ValueError


def day_after(event):
    """'the following day' / 'the day after <event on D>' = D + 1 (calendar day)."""
    return event + _dt.timedelta(days=1)


def next_business_day(event):
    """'the next business day after D' = D + 1 business day."""
    return business_days(event, 1)


def within_week_of(event):
    """'within a week of <dated event on D>' = D + 7."""
    return event + _dt.timedelta(days=7)


def nth_weekday_of_month(year, month, name, n):
    """n-th such weekday of a month (e.g. Family Day / Presidents' Day = 3rd Monday of February)."""
    c = _dt.date(year, month, 1)
    c += _dt.timedelta(days=(WD[name] - c.weekday()) % 7)
    return c + _dt.timedelta(days=7 * (n - 1))


def good_friday(d):
    c = easter(d.year) - _dt.timedelta(days=2)
    return c if c >= d else easter(d.year + 1) - _dt.timedelta(days=2)


def easter_monday(d):
    c = easter(d.year) + _dt.timedelta(days=1)
    return c if c >= d else easter(d.year + 1) + _dt.timedelta(days=1)


def before_easter_long_weekend(d):
    """'before the Easter long weekend' (AU/NZ/CA) = Maundy Thursday, as 'before the Easter break'."""
    return before_easter_break(d)



# ---- helpers added for replies9a (r9) ----

def _next_on_or_after(d, f):
    c = f(d.year)
    return c if c >= d else f(d.year + 1)


def memorial_day(d):
    """US Memorial Day: last Monday of May, the next one on or after d."""
    return _next_on_or_after(d, lambda y: last_weekday_of_month(y, 5, "Mon"))


def victoria_day(d):
    """Canada Victoria Day: the Monday before 25 May (18-24 May), next on or after d."""
    def f(y):
        c = _dt.date(y, 5, 24)
        return c - _dt.timedelta(days=c.weekday())
    return _next_on_or_after(d, f)


def early_may_bank_holiday(d):
    """UK / Ireland May bank holiday: first Monday of May."""
    return _next_on_or_after(d, lambda y: nth_weekday_of_month(y, 5, "Mon", 1))


def spring_bank_holiday(d):
    """UK spring bank holiday: last Monday of May."""
    return _next_on_or_after(d, lambda y: last_weekday_of_month(y, 5, "Mon"))


def june_bank_holiday_ie(d):
    """Ireland June bank holiday: first Monday of June."""
    return _next_on_or_after(d, lambda y: nth_weekday_of_month(y, 6, "Mon", 1))


def kings_birthday_au(d):
    """King's Birthday holiday (NSW/VIC/etc.): second Monday of June."""
    return _next_on_or_after(d, lambda y: nth_weekday_of_month(y, 6, "Mon", 2))


def ascension_day(d):
    """Ascension Day (Christi Himmelfahrt) = Easter Sunday + 39."""
    return _next_on_or_after(d, lambda y: easter(y) + _dt.timedelta(days=39))


def whit_monday(d):
    """Whit Monday (Pfingstmontag) = Easter Sunday + 50."""
    return _next_on_or_after(d, lambda y: easter(y) + _dt.timedelta(days=50))


def after_next(d, name):
    """'<Weekday> after next' = the weekday a week after the next such weekday (as '<Weekday> week')."""
    return weekday_week(d, name)


def end_of_half(d, fy_start_month, h):
    """'by the end of H<h>' for a (fiscal) year starting on the 1st of fy_start_month:
    last day of that half-year, the next one ending on or after d."""
    last = (fy_start_month - 1 + 6 * h - 1) % 12 + 1
    for y in (d.year - 1, d.year, d.year + 1, d.year + 2):
        c = end_of_month(_dt.date(y, last, 1))
        if c >= d:
            return c
    raise ValueError


def first_week_friday(d, month):
    """'(in) the first week of <Month>' = Friday of the first Mon-Sun week whose Monday..Friday
    includes a weekday of that month (the week containing the month's first weekday)."""
    y = d.year if _dt.date(d.year, month, 1) >= d.replace(day=1) else d.year + 1
    c = _dt.date(y, month, 1)
    while c.weekday() > 4:
        c += _dt.timedelta(days=1)
    return fri_of_week(c)


def within_days(d, n):
    """'within N days' / 'in the next N days' = d + N calendar days."""
    return d + _dt.timedelta(days=n)


def within_weeks(d, n):
    """'within N weeks' = d + 7N."""
    return d + _dt.timedelta(days=7 * n)


def last_business_day_of_month(d):
    """'by the last working day of the month' = last Mon-Fri of the Date's month (no holidays)."""
    c = end_of_month(d)
    while c.weekday() > 4:
        c -= _dt.timedelta(days=1)
    return c


def business_days_before(event, n):
    """'N business days before <dated event on D>' = D - N business days."""
    cur = event
    while n > 0:
        cur -= _dt.timedelta(days=1)
        if cur.weekday() < 5:
            n -= 1
    return cur


def week_commencing_friday(monday):
    """'the week commencing / w/c <Monday D>' = Friday of that week."""
    return fri_of_week(monday)

if __name__ == "__main__":
    _selftest()
