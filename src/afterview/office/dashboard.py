"""The cohort dashboard: the filters, the figures by cohort (live rows plus the
anonymous rows of deactivated students), who needs a nudge, and each table as CSV.

Views and commands call `dashboard(viewer, filters, now)` and nothing else."""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from django.db import connection
from django.db.models import Count, Min
from django.db.models.functions import Lower

from afterview.core.errors import InvalidInput, NotFound
from afterview.office import figures, snapshots
from afterview.office.figures import OUTCOMES, Period, Row, Scope
from afterview.office.mode import member_of, students_of
from afterview.office.models import Cohort, Consent, Member, Role
from afterview.office.nudges import NUDGE_EVERY, Late, who_needs_a_nudge
from afterview.records import models as m
from afterview.records import kept_sql, prepared

__all__ = [
    "EMPLOYER_MIN_STUDENTS",
    "SEED_RATE",
    "TABLES",
    "Dashboard",
    "Filters",
    "Row",
    "csv_of",
    "dashboard",
    "employers_for",
    "page_key",
    "parse_filters",
]

#: the seed's study: the share of entry-level interviewees who send a thank-you
SEED_RATE = 0.26
#: an employer is offered as a filter once this many *details* students applied there
EMPLOYER_MIN_STUDENTS = 3
#: the CSV downloads, by name
TABLES = ("cohorts", "outcomes", "nudges")


@dataclass(frozen=True)
class Filters:
    cohort_id: int | None = None
    employer: str = ""
    since: date | None = None
    until: date | None = None


def _day(text: str, what: str) -> date | None:
    text = (text or "").strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError as e:
        raise InvalidInput(f"the {what} date {text[:40]!r} is not a date; write it as 2026-12-04") from e


def parse_filters(query) -> Filters:
    """The filters of a query string (a mapping of str to str); InvalidInput for a bad one."""
    cohort = (query.get("cohort") or "").strip()
    if cohort and not cohort.isdigit():
        raise InvalidInput(f"the cohort {cohort[:40]!r} is not one of the list; pick one from it")
    since, until = _day(query.get("from"), "from"), _day(query.get("to"), "to")
    if since and until and since > until:
        raise InvalidInput("the period ends before it starts; swap the dates")
    employer = " ".join((query.get("employer") or "").split())[:200]
    return Filters(cohort_id=int(cohort) if cohort else None, employer=employer, since=since, until=until)


@dataclass
class Dashboard:
    filters: Filters
    is_admin: bool
    cohorts: list[Cohort]
    employers: list[str]
    rows: list[Row]
    total: Row
    nudges: list[Late]
    now: datetime
    #: the thank-you figure by week: (the Monday, hits, total), oldest first
    weeks: list[tuple[date, int, int]] = field(default_factory=list)
    seed_rate: float = SEED_RATE
    outcome_kinds: tuple[str, ...] = OUTCOMES
    #: when the figures shown were counted (the oldest cohort's); who needs a nudge is live
    figures_as_of: datetime | None = None


def _visible_cohorts(viewer, is_admin: bool) -> list[Cohort]:
    cohorts = Cohort.objects.all() if is_admin else Cohort.objects.filter(advisers=viewer)
    return list(cohorts.order_by("name", "pk"))


def employers_for(students) -> list[str]:
    """The employers a filter may name: those at which at least `EMPLOYER_MIN_STUDENTS`
    students who chose *details* applied (so no *counts* student's employer is ever
    listed, and no single student's), in one query."""
    return sorted((row["name"] for row in _employer_rows(students)), key=str.casefold)


def _employer_rows(students):
    return (
        m.Organization.objects.filter(owner__in=students.filter(consent=Consent.DETAILS).values("user_id"))
        .annotate(key=Lower("name"))
        .order_by()
        .values("key")
        .annotate(n=Count("owner", distinct=True), name=Min("name"))
        .filter(n__gte=EMPLOYER_MIN_STUDENTS)
    )


def _employers_of(cohorts: list[Cohort], is_admin: bool) -> list[str]:
    """`employers_for` the students of `cohorts` (an admin's: and those with none), from
    SQL compiled once per process."""

    def built(ids):
        return _employer_rows(figures.cohort_students(ids, is_admin))

    rows = kept_sql.rows(("employers", is_admin), built, ids=[c.pk for c in cohorts])
    return sorted((row["name"] for row in rows), key=str.casefold)


def _viewer_is_admin(viewer) -> bool:
    """Whether `viewer`, an active adviser or admin of the office, is its admin; NotFound
    for anyone else (the dashboard's one access rule)."""
    member = member_of(viewer)
    if member is None or member.role not in (Role.ADVISER, Role.ADMIN) or member.deactivated_at is not None:
        raise NotFound("the dashboard is for the office's advisers")
    return member.role == Role.ADMIN


def scope_of(viewer, filters: Filters, now: datetime) -> tuple[Scope, list[Cohort], bool, list[str]]:
    """What `viewer` may count under `filters`. NotFound for a cohort they do not advise;
    InvalidInput for an employer not offered."""
    is_admin = _viewer_is_admin(viewer)
    cohorts = _visible_cohorts(viewer, is_admin)
    students = students_of(viewer)
    cohort_ids: tuple[int | None, ...] = tuple(c.pk for c in cohorts) + ((None,) if is_admin else ())
    if filters.cohort_id is not None:
        if filters.cohort_id not in {c.pk for c in cohorts}:
            raise NotFound("no such cohort among yours")
        students = students.filter(cohort_id=filters.cohort_id)
        cohort_ids = (filters.cohort_id,)
    employers = _employers_of(cohorts, is_admin)
    employer = ""
    if filters.employer:
        chosen = {name.casefold(): name for name in employers}.get(filters.employer.casefold())
        if chosen is None:
            raise InvalidInput(
                f"{filters.employer[:60]!r} is not in the employer list (an employer is listed once "
                f"{EMPLOYER_MIN_STUDENTS} students who share details applied there); pick one from it"
            )
        employer = chosen
    period = Period(filters.since, filters.until)
    scope = Scope(students=students, cohort_ids=cohort_ids, period=period, now=now, employer=employer, by_cohort=True)
    return scope, cohorts, is_admin, employers


def page_key(viewer, filters: Filters, now: datetime) -> tuple | None:
    """What the dashboard `viewer` sees under `filters` is made of, named in two small
    statements instead of being counted: their role and cohorts, the minute (who needs a
    nudge is asked against it), the stored figures' print (`snapshots.stored_print_sql`:
    the office's `figures_version`, which a consent change, a deactivation or a deletion
    moves, and when the cohorts' figures were counted), and a print of the students' rows
    the nudge list reads (who they are, their consent, who was nudged and who may be
    again). None when the page is not worth keeping (no stored figures). NotFound as
    `dashboard`."""
    is_admin = _viewer_is_admin(viewer)
    q = connection.ops.quote_name
    cohort_table, member_table = q(Cohort._meta.db_table), q(Member._meta.db_table)
    with prepared.cursor() as cursor:
        if is_admin:
            cursor.execute(f"SELECT id, name FROM {cohort_table} ORDER BY name, id")
        else:
            advisers = q(Cohort.advisers.through._meta.db_table)
            cursor.execute(
                f"SELECT c.id, c.name FROM {cohort_table} c INNER JOIN {advisers} a ON a.cohort_id = c.id "
                "WHERE a.user_id = %s ORDER BY c.name, c.id",
                [viewer.pk],
            )
        cohorts = tuple(cursor.fetchall())
        cohort_ids: tuple[int | None, ...] = tuple(c for c, _ in cohorts) + ((None,) if is_admin else ())
        if filters.cohort_id is not None:
            cohort_ids = (filters.cohort_id,)
        stored = snapshots.stored_print_sql(list(cohort_ids), filters.employer, Period(filters.since, filters.until), now)
        if stored is None:
            return None
        parts, params = stored
        ids = [c for c in cohort_ids if c is not None]
        which = [f"cohort_id IN ({', '.join(['%s'] * len(ids))})"] if ids else []
        if None in cohort_ids:
            which.append("cohort_id IS NULL")
        parts += [
            "COUNT(id)", "SUM(id)", "SUM(CASE WHEN consent = %s THEN id END)", "SUM(CASE WHEN consent = %s THEN id END)",
            "COUNT(nudged_at)", "MAX(nudged_at)", "SUM(CASE WHEN nudged_at > %s THEN id END)",
        ]  # fmt: skip
        params += [Consent.DETAILS, Consent.NOTHING, connection.ops.adapt_datetimefield_value(now - NUDGE_EVERY)]
        cursor.execute(
            f"SELECT {', '.join(parts)} FROM {member_table} WHERE role = %s AND deactivated_at IS NULL "
            f"AND ({' OR '.join(which) or '1 = 0'})",
            [*params, Role.STUDENT, *ids],
        )
        prints = tuple(cursor.fetchone())
    from afterview.records.kept import minute

    return (is_admin, cohorts, filters, minute(viewer.pk, now), prints)


def dashboard(viewer, filters: Filters, now: datetime) -> Dashboard:
    """The figures `viewer` may see: their cohorts (every cohort for an admin). The
    figures are the stored ones of each cohort (`office/snapshots.py`, at most two
    refreshes old, counted now when missing); who needs a nudge is asked live."""
    scope, cohorts, is_admin, employers = scope_of(viewer, filters, now)
    shown = [c for c in cohorts if filters.cohort_id in (None, c.pk)]
    rows = {c.pk: Row(name=c.name, cohort_id=c.pk) for c in shown}
    total = Row(name="All cohorts" if filters.cohort_id is None else shown[0].name)
    spare = defaultdict(lambda: Row(name="No cohort"))
    stored = snapshots.figures_of(list(scope.cohort_ids), scope.employer, scope.period, now)
    days: dict[date, list[int]] = defaultdict(lambda: [0, 0])
    for cohort_id in scope.cohort_ids:
        found = stored[cohort_id]
        if found.seen:
            target = rows.get(cohort_id)
            if target is None:
                target = spare[None]
            target.add_counts(found.counts)
            total.add_counts(found.counts)
        for day, (hits, n) in found.days.items():
            days[day][0] += hits
            days[day][1] += n
    listed = list(rows.values()) + list(spare.values())
    return Dashboard(
        filters=Filters(filters.cohort_id, scope.employer, filters.since, filters.until),
        is_admin=is_admin,
        cohorts=cohorts,
        employers=employers,
        rows=listed,
        total=total,
        nudges=who_needs_a_nudge(scope),
        now=now,
        weeks=_weeks(scope, now, days),
        figures_as_of=min((f.computed_at for f in stored.values()), default=now),
    )


#: without a period, the trend shows this many weeks up to now
TREND_WEEKS = 12


def _weeks(scope: Scope, now: datetime, by_day: dict[date, list[int]]) -> list[tuple[date, int, int]]:
    """The weeks of the period (the last `TREND_WEEKS` without one), each from its
    Monday, counting only the period's days."""
    until = scope.period.until or now.astimezone(UTC).date()
    since = scope.period.since or until - timedelta(weeks=TREND_WEEKS) + timedelta(days=1)
    since = max(since, until - timedelta(weeks=104))  # two years of weeks at most
    weeks = []
    monday = since - timedelta(days=since.weekday())
    while monday <= until:
        hits = total = 0
        for i in range(7):
            day = monday + timedelta(days=i)
            if since <= day <= until:
                h, t = by_day.get(day, (0, 0))
                hits, total = hits + h, total + t
        weeks.append((monday, hits, total))
        monday += timedelta(days=7)
    return weeks


def _pct(value: float | None) -> str:
    return "" if value is None else f"{value * 100:.1f}"


def table(board: Dashboard, name: str) -> tuple[list[str], list[list]]:
    """One of `TABLES` as a header and rows. Nudges name no employer (the CSV leaves
    the office); students are named, as on the page."""
    if name == "cohorts":
        header = [
            "cohort", "interviews", "thanked in 24 h", "thank-you rate %", "median hours to thank-you",
            "notes sent", "clean notes", "clean %", "follow-ups", "on time", "on time %",
            "stopped by the guard", "follow-ups answered", "reply rate %",
        ]  # fmt: skip
        rows = [
            [
                r.name, r.interviews, r.thanked, _pct(r.thank_you_rate), "" if r.median_hours is None else r.median_hours,
                r.sent, r.clean, _pct(r.clean_rate), r.follow_ups, r.on_time, _pct(r.on_time_rate),
                r.restraint, r.answered, _pct(r.reply_rate),
            ]
            for r in [*board.rows, board.total]
        ]  # fmt: skip
        return header, rows
    if name == "outcomes":
        header = ["cohort", *board.outcome_kinds]
        return header, [[r.name, *(r.outcomes.get(k, 0) for k in board.outcome_kinds)] for r in [*board.rows, board.total]]
    if name == "nudges":
        header = ["student", "cohort", "late thank-yous", "overdue follow-ups", "last nudged (UTC)"]
        return header, [
            [s.name, s.cohort, s.late_thank_yous, s.overdue_follow_ups, s.nudged_at.isoformat() if s.nudged_at else ""]
            for s in board.nudges
        ]
    raise NotFound(f"no table {name!r}; the tables are {', '.join(TABLES)}")


def csv_of(board: Dashboard, name: str) -> str:
    header, rows = table(board, name)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    for row in rows:
        # A cell a spreadsheet would run as a formula is written as text.
        writer.writerow([f"'{c}" if isinstance(c, str) and c[:1] in "=+-@\t\r" else c for c in row])
    return out.getvalue()
