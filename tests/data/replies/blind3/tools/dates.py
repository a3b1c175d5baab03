"""Small audited date helpers for the blind reply set 3.

All helpers take the LOCAL date of the Date: header (a datetime.date).
Weeks run Monday-Sunday. Business days skip Saturday and Sunday only.
"""
import calendar
import datetime as dt

WD = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}


def next_weekday(d, name):
    """Next such weekday strictly after d."""
    w = WD[name]
    delta = (w - d.weekday()) % 7
    return d + dt.timedelta(days=delta or 7)


def add_days(d, n):
    return d + dt.timedelta(days=n)


def add_business_days(d, n):
    cur = d
    while n > 0:
        cur += dt.timedelta(days=1)
        if cur.weekday() < 5:
            n -= 1
    return cur


def friday_this_week(d):
    return d + dt.timedelta(days=4 - d.weekday())


def friday_next_week(d):
    return friday_this_week(d) + dt.timedelta(days=7)


def tuesday_next_week(d):
    return d - dt.timedelta(days=d.weekday()) + dt.timedelta(days=8)


def end_of_month(d):
    return d.replace(day=calendar.monthrange(d.year, d.month)[1])


def next_day_of_month(d, day):
    """Next `day`-th on or after d."""
    y, m = d.year, d.month
    while True:
        if day <= calendar.monthrange(y, m)[1]:
            c = dt.date(y, m, day)
            if c >= d:
                return c
        m += 1
        if m == 13:
            y, m = y + 1, 1


def next_abs(d, month, day):
    """Absolute date without a year: the next such date after d."""
    c = dt.date(d.year, month, day)
    if c <= d:
        c = dt.date(d.year + 1, month, day)
    return c


def friday_of_week_commencing(monday):
    assert monday.weekday() == 0, monday
    return monday + dt.timedelta(days=4)


def _selftest():
    D = dt.date
    assert next_weekday(D(2027, 1, 15), "fri") == D(2027, 1, 22)  # Fri -> next Fri
    assert next_weekday(D(2027, 1, 14), "fri") == D(2027, 1, 15)
    assert add_business_days(D(2027, 1, 14), 5) == D(2027, 1, 21)
    assert add_business_days(D(2027, 1, 15), 10) == D(2027, 1, 29)
    assert add_business_days(D(2026, 12, 18), 5) == D(2026, 12, 25)  # holidays ignored
    assert friday_this_week(D(2027, 2, 3)) == D(2027, 2, 5)
    assert friday_next_week(D(2027, 2, 3)) == D(2027, 2, 12)
    assert tuesday_next_week(D(2027, 2, 7)) == D(2027, 2, 9)
    assert end_of_month(D(2027, 2, 1)) == D(2027, 2, 28)
    assert next_day_of_month(D(2027, 1, 20), 3) == D(2027, 2, 3)
    assert next_day_of_month(D(2027, 1, 3), 3) == D(2027, 1, 3)
    assert next_abs(D(2026, 12, 10), 1, 22) == D(2027, 1, 22)
    assert friday_of_week_commencing(D(2027, 2, 8)) == D(2027, 2, 12)


_selftest()
