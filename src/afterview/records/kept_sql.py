"""Queries every page runs, compiled once per process: the dashboard's figures and
nudges (office/), the agenda's snoozes and notes (web/services.py). It lives below the
edges, beside `records.prepared`, so that both may use it.

Building a Django queryset with its subqueries and compiling it costs a page more than
PostgreSQL takes to run it. Each query here is built once per process with
stand-in values (negative ids, datetimes in 1901) for what changes from one request to
the next (the cohorts' ids, the period's bounds, "now"), compiled, and kept; a request
puts its own values in the stand-ins' places and runs the text straight from the
cursor. The shape of the values (which are None, how many ids) is part of the key, so
a query with another shape is compiled once too. Only ints, datetimes and lists of
ints are stood in for; a query whose stand-in is not found in the compiled parameters
(a value the ORM rewrote), or whose parameters hold a value made from one (now minus
14 days worked out in the query's code), is built each time instead of being kept wrong.
(`records.facts` does the same for a student's own rows.)
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

from django.core.exceptions import EmptyResultSet
from django.db import connection

__all__ = ["rows"]

_FIRST_INT = -9_100_000_000
_FIRST_AT = datetime(1901, 2, 3, 4, 5, 6, tzinfo=UTC)
_kept: dict[tuple, tuple[str, tuple] | str | None] = {}


def _adapted(at: datetime):
    return connection.ops.adapt_datetimefield_value(at)


def _shape(values: dict) -> tuple:
    return tuple(
        (name, len(v) if isinstance(v, (list, tuple)) else v is None) for name, v in sorted(values.items())
    )


def _compile(build: Callable, values: dict):
    stand, where, wanted = {}, {}, set()
    n = 0
    for name, value in values.items():
        if value is None:
            stand[name] = None
        elif isinstance(value, (list, tuple)):
            ids = []
            for i in range(len(value)):
                n += 1
                ids.append(_FIRST_INT - n)
                where[("int", _FIRST_INT - n)] = (name, i, False)
            stand[name] = ids
            wanted.add(name)
        elif isinstance(value, datetime):
            n += 1
            at = _FIRST_AT + timedelta(seconds=n)
            where[("at", at)] = (name, None, False)
            where[("at", _adapted(at))] = (name, None, True)
            stand[name] = at
            wanted.add(name)
        elif isinstance(value, int) and not isinstance(value, bool):
            n += 1
            where[("int", _FIRST_INT - n)] = (name, None, False)
            stand[name] = _FIRST_INT - n
            wanted.add(name)
        else:
            return None  # not a value that is stood in for: built each time
    query = build(**stand).query
    try:
        sql, params = query.sql_with_params()
    except EmptyResultSet:
        return "empty"  # e.g. no cohort at all: no rows, whatever the values
    slots, found = [], set()
    for param in params:
        kind = "at" if isinstance(param, (datetime, str)) else "int" if isinstance(param, int) else None
        slot = where.get((kind, param)) if kind else None
        if slot is None:
            slots.append(("value", param))
        else:
            slots.append(slot)
            found.add(slot[0])
    if found != wanted or any(_derived(slot[1]) for slot in slots if slot[0] == "value"):
        return None
    return sql, tuple(slots)


def _derived(param) -> bool:
    """A parameter made from a stand-in (now minus a day, an id plus one): compiled in, it
    would be wrong for every later request, so such a query is never kept."""
    if isinstance(param, datetime):
        return param.year == _FIRST_AT.year
    if isinstance(param, str):
        return param.startswith(f"{_FIRST_AT.year}-")
    if isinstance(param, int) and not isinstance(param, bool):
        return param < _FIRST_INT // 2
    return False


def _day(value):
    return date.fromisoformat(value[:10]) if isinstance(value, str) else value


def rows(key: tuple, build: Callable, *, dates: tuple[str, ...] = (), times: tuple[str, ...] = (), **values) -> list[dict]:
    """The rows of `build(**values)` (a `.values(...)` queryset) as dicts, from SQL compiled
    once per process and shape of `values`. Columns named in `dates` come back as dates,
    those in `times` as aware UTC datetimes (SQLite gives text)."""
    full = (connection.alias, connection.vendor, key, _shape(values))
    if full not in _kept:
        _kept[full] = _compile(build, values)
    found = _kept[full]
    if found is None:
        return [dict(row) for row in build(**values)]
    if found == "empty":
        return []
    sql, slots = found
    params = []
    for slot in slots:
        if slot[0] == "value":
            params.append(slot[1])
            continue
        name, index, adapt = slot
        value = values[name] if index is None else values[name][index]
        params.append(_adapted(value) if adapt else value)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        names = [d[0] for d in cursor.description]
        found = [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
    for row in found:
        for name in dates:
            row[name] = _day(row[name]) if name in row else None
        for name in times:
            row[name] = _time(row[name])
    return found


def _time(value):
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    if isinstance(value, datetime) and value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value
