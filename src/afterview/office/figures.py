"""The dashboard's figures, as a few SQL aggregates over the students' rows.

Nothing here plans an application: each figure is one grouped query over the rows
that record what happened (interviews and their panels, touches, sent messages,
the guard's stops), so the number of queries is the same for 3 students or 3,000.

Inputs, all named in `Scope`: which students count (a queryset of Member the viewer
may see, already narrowed by cohort and consent), an employer, a period of UTC
days, and "now". Outputs are `Part`s: one figure's counts for one cohort (and, when
asked, one day), the form the anonymous `Aggregate` rows keep too.

The speed and follow-up figures read the stored step times
(`records/steptimes.py`): each thank-you's done time, and each follow-up's due time
and one business day after it, written when they were logged, compared in SQL.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from django.db.models import (
    Count,
    DateTimeField,
    Exists,
    ExpressionWrapper,
    F,
    FloatField,
    Func,
    IntegerField,
    OuterRef,
    Q,
    Subquery,
    Value,
)
from django.db.models.functions import Coalesce, Floor, TruncDate

from afterview.core import steptimes as steptimes_core
from afterview.core.facts import TouchKind
from afterview.core.playbook import FOLLOW_UPS
from afterview.core.rules import DEFAULT
from afterview.records import kept_sql
from afterview.office.models import Aggregate, Consent, Member, Role
from afterview.outreach.models import GuardStop
from afterview.records import models as m
from afterview.records import steptimes

__all__ = [
    "FIGURES",
    "OUTCOMES",
    "Part",
    "Period",
    "Row",
    "Scope",
    "anonymous_parts",
    "cohort_students",
    "live_parts",
    "owners_of",
]

#: the dashboard's figures, by the name the anonymous rows keep
FIGURES = ("thank-you", "speed", "clean", "on-time", "restraint", "replies", "outcome")

#: the outcomes counted, in the order shown; "close-out" is a withdrawal after the
#: playbook's last follow-up
OUTCOMES = tuple(
    kind.value
    for kind in (TouchKind.OFFER, TouchKind.ACCEPTED, TouchKind.DECLINED, TouchKind.REJECTION, TouchKind.WITHDRAWN)
) + ("close-out",)

#: a thank-you counts when it is logged within this long of the interview's end
THANK_YOU_WITHIN = timedelta(hours=24)
#: follow-ups (and calls) before a withdrawal that make it a close-out: the playbook's default
CLOSE_OUT_AFTER = DEFAULT.max_follow_ups
#: what counts as chasing, and as the organization answering a follow-up: the core's words
_CHASES = FOLLOW_UPS
ANSWERS = steptimes_core.ANSWERS


@dataclass(frozen=True)
class Period:
    """UTC days, both ends included; None: open."""

    since: date | None = None
    until: date | None = None

    def edges(self) -> tuple[datetime | None, datetime | None]:
        """The first moment of the period and the first after it (None: open)."""
        since = datetime.combine(self.since, time(), UTC) if self.since is not None else None
        until = datetime.combine(self.until + timedelta(days=1), time(), UTC) if self.until is not None else None
        return since, until

    def days(self, field: str = "on") -> Q:
        q = Q()
        if self.since is not None:
            q &= Q(**{f"{field}__gte": self.since})
        if self.until is not None:
            q &= Q(**{f"{field}__lte": self.until})
        return q


def _between(field: str, since: datetime | None, until: datetime | None) -> Q:
    q = Q()
    if since is not None:
        q &= Q(**{f"{field}__gte": since})
    if until is not None:
        q &= Q(**{f"{field}__lt": until})
    return q


@dataclass(frozen=True)
class Scope:
    """What a dashboard counts.

    `students`: Member rows the viewer may see (`mode.students_of`), any consent;
    `cohort_ids`: the cohorts whose anonymous rows count (None in the tuple: students
    with no cohort); `employer`: an organization's name, or "" for all. With
    `by_cohort`, `students` are exactly the active students of `cohort_ids` (the
    dashboard's scopes), and the figures' queries are the ones compiled once per
    process (`records/kept_sql.py`)."""

    students: object
    cohort_ids: tuple[int | None, ...]
    period: Period
    now: datetime
    employer: str = ""
    by_cohort: bool = False


@dataclass(frozen=True)
class Part:
    figure: str
    cohort_id: int | None
    on: date | None
    key: str
    hits: int
    total: int


@dataclass
class Row:
    """One cohort's figures (or, with `cohort_id` None and `name` "All cohorts", the total)."""

    name: str
    cohort_id: int | None = None
    thanked: int = 0
    interviews: int = 0
    speed: dict[int, int] = field(default_factory=dict)
    clean: int = 0
    sent: int = 0
    on_time: int = 0
    follow_ups: int = 0
    restraint: int = 0
    answered: int = 0
    chased: int = 0
    outcomes: dict[str, int] = field(default_factory=dict)

    def add(self, part: Part) -> None:
        if part.figure == "thank-you":
            self.thanked += part.hits
            self.interviews += part.total
        elif part.figure == "speed":
            minutes = int(part.key)
            self.speed[minutes] = self.speed.get(minutes, 0) + part.hits
        elif part.figure == "clean":
            self.clean += part.hits
            self.sent += part.total
        elif part.figure == "on-time":
            self.on_time += part.hits
            self.follow_ups += part.total
        elif part.figure == "restraint":
            self.restraint += part.hits
        elif part.figure == "replies":
            self.answered += part.hits
            self.chased += part.total
        elif part.figure == "outcome":
            self.outcomes[part.key] = self.outcomes.get(part.key, 0) + part.hits

    @staticmethod
    def _share(hits: int, total: int) -> float | None:
        return hits / total if total else None

    @property
    def thank_you_rate(self):
        return self._share(self.thanked, self.interviews)

    @property
    def clean_rate(self):
        return self._share(self.clean, self.sent)

    @property
    def on_time_rate(self):
        return self._share(self.on_time, self.follow_ups)

    @property
    def reply_rate(self):
        return self._share(self.answered, self.chased)

    @property
    def median_hours(self) -> float | None:
        """The median of the thank-yous' delays, to the minute, in hours."""
        n = sum(self.speed.values())
        if not n:
            return None
        ordered = sorted(self.speed.items())

        def nth(k):
            seen = 0
            for minutes, count in ordered:
                seen += count
                if seen > k:
                    return minutes
            return ordered[-1][0]

        middle = (nth((n - 1) // 2) + nth(n // 2)) / 2
        return round(middle / 60, 1)

    _COUNTS = ("thanked", "interviews", "clean", "sent", "on_time", "follow_ups", "restraint", "answered", "chased")

    def counts(self) -> dict:
        """The figures as JSON (the stored snapshots' form)."""
        found = {name: getattr(self, name) for name in self._COUNTS}
        found["speed"] = {str(k): v for k, v in self.speed.items()}
        found["outcomes"] = dict(self.outcomes)
        return found

    def add_counts(self, counts: dict) -> None:
        """Add figures stored by `counts()`."""
        for name in self._COUNTS:
            setattr(self, name, getattr(self, name) + counts[name])
        for minutes, n in counts["speed"].items():
            minutes = int(minutes)
            self.speed[minutes] = self.speed.get(minutes, 0) + n
        for kind, n in counts["outcomes"].items():
            self.outcomes[kind] = self.outcomes.get(kind, 0) + n

    def figures(self) -> tuple:
        """Every figure, comparable as a whole (the deactivation test's yardstick)."""
        return (
            self.thanked, self.interviews, tuple(sorted(self.speed.items())), self.clean, self.sent,
            self.on_time, self.follow_ups, self.restraint, self.answered, self.chased,
            tuple(sorted((k, v) for k, v in self.outcomes.items() if v)),
        )  # fmt: skip


def cohort_students(cohort_ids, with_no_cohort: bool):
    """The active students of `cohort_ids` (and, with `with_no_cohort`, those with none):
    the Member rows a `by_cohort` scope counts."""
    cohorts = Q(cohort_id__in=list(cohort_ids))
    if with_no_cohort:
        cohorts |= Q(cohort__isnull=True)
    return Member.objects.filter(cohorts, role=Role.STUDENT, deactivated_at__isnull=True)


def _owners(students, details_only: bool):
    students = students.exclude(consent=Consent.NOTHING)
    if details_only:
        students = students.filter(consent=Consent.DETAILS)
    return students.values("user_id")


def owners_of(scope: Scope):
    """The user ids whose rows count, as a subquery: never *nothing*; with an employer,
    only students who chose *details* (counts students' employers stay unsaid)."""
    return _owners(scope.students, bool(scope.employer))


class Hours(Func):
    """Hours from the second datetime to the first, as a float, on SQLite and PostgreSQL."""

    output_field = FloatField()
    arity = 2

    def as_sqlite(self, compiler, connection, **extra):
        return self.as_sql(
            compiler, connection, template="((julianday(%(expressions)s)) * 24.0)", arg_joiner=") - julianday(", **extra
        )

    def as_postgresql(self, compiler, connection, **extra):
        return self.as_sql(
            compiler, connection, template="(EXTRACT(EPOCH FROM (%(expressions)s)) / 3600.0)::float8", arg_joiner=" - ",
            **extra,
        )  # fmt: skip


def _count(queryset):
    """A subquery counting `queryset`'s rows (0 for none)."""
    return Coalesce(
        Subquery(queryset.order_by().annotate(_one=Value(1)).values("_one").annotate(n=Count("*")).values("n")[:1]),
        0,
        output_field=IntegerField(),
    )


def _grouped(queryset, day_field: str, by_day: bool, extra=(), **aggregates):
    queryset = queryset.annotate(_cohort=F("owner__member__cohort_id"))
    fields = ["_cohort", *extra]
    if by_day:
        queryset = queryset.annotate(_day=TruncDate(day_field, tzinfo=UTC))
        fields.append("_day")
    return queryset.order_by().values(*fields).annotate(**aggregates)


def _employer(employer: str, path: str) -> Q:
    return Q(**{f"{path}organization__name__iexact": employer}) if employer else Q()


def _parts(figure, rows, by_day, key=lambda row: "", hits="hits", total="total"):
    return [
        Part(figure, row["_cohort"], row.get("_day") if by_day else None, key(row), row[hits] or 0, row[total] or 0)
        for row in rows
    ]


# Each figure's query, from the owners (a subquery of user ids), the period's edges
# (datetimes or None), "now", the employer ("" for all) and whether to group by day.


def _thank_you_rows(owners, since, until, now, employer, by_day):
    """Interviews whose thank-you steps were planned (the stored step times: one row for
    each interviewer the round called a thank-you for), counted once their 24 hours
    are over or every one of those steps is done in time. One pass over the steps:
    `interviews` with any, `late` those with one not done within 24 hours of the end,
    `late_open` those of them whose 24 hours are not over yet. So the interviews with
    every thank-you in time are `interviews - late`, and those counted
    `interviews - late_open`."""
    deadline = ExpressionWrapper(F("interview__ends_at") + THANK_YOU_WITHIN, output_field=DateTimeField())
    late = Q(done_at__isnull=True) | Q(done_at__gt=deadline)
    steps = (
        steptimes.steps(owners)
        .filter(kind=m.StepKind.THANK_YOU, interview__isnull=False)
        .filter(_between("interview__ends_at", since, until), _employer(employer, "application__"))
        .annotate(_deadline=deadline)
    )
    return _grouped(
        steps, "interview__ends_at", by_day,
        interviews=Count("interview_id", distinct=True),
        late=Count("interview_id", distinct=True, filter=late),
        late_open=Count("interview_id", distinct=True, filter=late & Q(_deadline__gt=now)),
    )  # fmt: skip


def _speed_rows(owners, since, until, now, employer, by_day):
    notes = (
        steptimes.steps(owners)
        .filter(kind=m.StepKind.THANK_YOU, status=m.StepStatus.DONE, interview__isnull=False)
        .filter(_between("interview__ends_at", since, until), _employer(employer, "application__"))
        .annotate(_minutes=Floor(Hours(F("done_at"), F("interview__ends_at")) * 60.0))
    )
    return _grouped(notes, "interview__ends_at", by_day, extra=("_minutes",), hits=Count("pk"))


def _clean_rows(owners, since, until, now, employer, by_day):
    sent = m.Message.objects.filter(owner__in=owners, status=m.MessageStatus.SENT, sent_at__isnull=False).filter(
        _between("sent_at", since, until), _employer(employer, "application__")
    )
    return _grouped(sent, "sent_at", by_day, hits=Count("pk", filter=Q(forced=False)), total=Count("pk"))


def _restraint_rows(owners, since, until, now, employer, by_day):
    stops = GuardStop.objects.filter(owner__in=owners).filter(_between("at", since, until), _employer(employer, "application__"))
    return _grouped(stops, "at", by_day, hits=Count("pk"))


def _replies_rows(owners, since, until, now, employer, by_day):
    answered = m.Touch.objects.filter(application_id=OuterRef("application_id"), kind__in=ANSWERS, at__gt=OuterRef("at"))
    follow_ups = (
        m.Touch.objects.filter(owner__in=owners, kind=TouchKind.FOLLOW_UP_SENT)
        .filter(_between("at", since, until), _employer(employer, "application__"))
        .annotate(answered=Exists(answered))
    )
    return _grouped(follow_ups, "at", by_day, hits=Count("pk", filter=Q(answered=True)), total=Count("pk"))


def _outcome_rows(owners, since, until, now, employer, by_day):
    kinds = [kind for kind in OUTCOMES if kind != "close-out"]
    chases = m.Touch.objects.filter(application_id=OuterRef("application_id"), kind__in=_CHASES, at__lt=OuterRef("at"))
    decisions = (
        m.Touch.objects.filter(owner__in=owners, kind__in=kinds)
        .filter(_between("at", since, until), _employer(employer, "application__"))
        .annotate(chases=_count(chases))
        .annotate(
            _closed=ExpressionWrapper(
                Q(kind=TouchKind.WITHDRAWN, chases__gte=CLOSE_OUT_AFTER), output_field=m.models.BooleanField()
            )
        )
    )
    return _grouped(decisions, "at", by_day, extra=("kind", "_closed"), hits=Count("pk"))


def _on_time_rows(owners, since, until, now, employer, by_day):
    sent = (
        steptimes.follow_up_rows(owners)
        .filter(done_kind=TouchKind.FOLLOW_UP_SENT)
        .filter(_between("done_at", since, until), _employer(employer, "application__"))
    )
    on_time = Q(on_time_until__isnull=False, done_at__lte=F("on_time_until"))
    return _grouped(sent, "done_at", by_day, hits=Count("pk", filter=on_time), total=Count("pk"))


def _rows(name: str, build, scope: Scope, owners, by_day: bool) -> list[dict]:
    """The rows of one figure's query for `scope`: compiled once per process for a
    dashboard's scope without an employer, built for any other."""
    since, until = scope.period.edges()
    if scope.by_cohort and not scope.employer and owners is None:
        ids = [c for c in scope.cohort_ids if c is not None]
        no_cohort = None in scope.cohort_ids

        def built(ids, since, until, now):
            return build(_owners(cohort_students(ids, no_cohort), False), since, until, now, "", by_day)

        return kept_sql.rows((name, by_day, no_cohort), built, dates=("_day",), ids=ids, since=since, until=until, now=scope.now)
    owners = owners_of(scope) if owners is None else owners
    return list(build(owners, since, until, scope.now, scope.employer, by_day))


def thank_you_parts(scope: Scope, owners=None, by_day: bool = False) -> list[Part]:
    """Interviews whose 24 hours are over (or whose every interviewer was thanked):
    `hits` those with a thank-you to every interviewer in time. Read from the stored
    step times: the interviewers are the thank-yous the round called for."""
    rows = []
    for row in _rows("thank-you", _thank_you_rows, scope, owners, by_day):
        row["hits"], row["total"] = row["interviews"] - row["late"], row["interviews"] - row["late_open"]
        if row["total"]:  # a day whose every interview is still within its 24 hours counts none
            rows.append(row)
    return _parts("thank-you", rows, by_day)


def speed_parts(scope: Scope, owners=None, by_day: bool = False) -> list[Part]:
    """Each interviewer's thank-you (the stored thank-you step of their round, done by
    the first note to them), bucketed by whole minutes from the interview's end: `key`
    the minutes, `hits` how many. One grouped query over the stored step times."""
    return [
        Part("speed", row["_cohort"], row.get("_day") if by_day else None, str(int(row["_minutes"])), row["hits"], row["hits"])
        for row in _rows("speed", _speed_rows, scope, owners, by_day)
    ]


def clean_parts(scope: Scope, owners=None, by_day: bool = False) -> list[Part]:
    """Sent notes: `hits` those that went with no checker error (not `forced`)."""
    return _parts("clean", _rows("clean", _clean_rows, scope, owners, by_day), by_day)


def restraint_parts(scope: Scope, owners=None, by_day: bool = False) -> list[Part]:
    """The notes the guard held back (too soon after the last contact, or before their time)."""
    return _parts("restraint", _rows("restraint", _restraint_rows, scope, owners, by_day), by_day, total="hits")


def replies_parts(scope: Scope, owners=None, by_day: bool = False) -> list[Part]:
    """Follow-ups sent: `hits` those the organization answered afterwards (a reply, an
    offer or a rejection; a withdrawal is the student's own word)."""
    return _parts("replies", _rows("replies", _replies_rows, scope, owners, by_day), by_day)


def outcome_parts(scope: Scope, owners=None, by_day: bool = False) -> list[Part]:
    """Decisions by kind; a withdrawal after the playbook's last follow-up is a close-out."""
    rows = _rows("outcome", _outcome_rows, scope, owners, by_day)
    return _parts("outcome", rows, by_day, key=lambda row: "close-out" if row["_closed"] else row["kind"], total="hits")


def on_time_parts(scope: Scope, owners=None, by_day: bool = False) -> list[Part]:
    """Follow-ups sent (the stored tries done by a sent follow-up), by the day they
    went: `hits` those sent by `on_time_until`, one business day after the due time
    the playbook gave them (a follow-up the plan had no step for is never on time)."""
    return _parts("on-time", _rows("on-time", _on_time_rows, scope, owners, by_day), by_day)


_FIGURE_PARTS = (thank_you_parts, speed_parts, clean_parts, on_time_parts, restraint_parts, replies_parts, outcome_parts)


def live_parts(scope: Scope, *, by_day: bool = False, owners=None, without: tuple[str, ...] = ()) -> list[Part]:
    """Every figure's counts from the students' own rows, by cohort (and UTC day);
    `without` names figures the caller counts itself."""
    parts = []
    for name, figure_parts in zip(FIGURES, _FIGURE_PARTS, strict=True):
        if name not in without:
            parts.extend(figure_parts(scope, owners, by_day))
    return parts


def anonymous_parts(scope: Scope) -> list[Part]:
    """The deactivated students' kept counts of `scope.cohort_ids`, by cohort and UTC day.
    None with an employer: those rows never knew one."""
    if scope.employer:
        return []
    rows = (
        Aggregate.objects.filter(_cohorts(scope), scope.period.days("on"))
        .order_by()
        .values("figure", "cohort_id", "key", "on")
        .annotate(hits=m.models.Sum("hits"), total=m.models.Sum("total"))
    )
    return [Part(r["figure"], r["cohort_id"], r["on"], r["key"], r["hits"] or 0, r["total"] or 0) for r in rows]


def _cohorts(scope: Scope) -> Q:
    cohorts = Q(cohort_id__in=[c for c in scope.cohort_ids if c is not None])
    if None in scope.cohort_ids:
        cohorts |= Q(cohort__isnull=True)
    return cohorts
