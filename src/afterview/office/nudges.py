"""Who needs a nudge, and the adviser's nudge: one reminder to a late student,
at most one per student every `NUDGE_EVERY`, through the reminders' channels.

Late is worked out against "now" in the query from rows that do not change as
time passes: a thank-you whose 24 hours are over with an interviewer still
unthanked (from the interview's end and the touches logged), and a follow-up or
call three or more business days past the due time the playbook gave it (the stored
step times' `nudge_at`, `records.steptimes.overdue_follow_ups`). Employers are named only for students who chose
*details*."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.db.models import DateTimeField, Exists, ExpressionWrapper, F, OuterRef, Q

from afterview import office_mail
from afterview.core import timing
from afterview.core.errors import NotFound, Refused
from afterview.core.facts import DECISIONS, TouchKind
from afterview.office import figures
from afterview.office.mode import students_of
from afterview.office.models import Consent, Member
from afterview.core.steptimes import NUDGE_AFTER_BUSINESS_DAYS
from afterview.records import kept_sql
from afterview.records import models as m
from afterview.records import steptimes

__all__ = ["NUDGE_EVERY", "Late", "NudgeSent", "nudge", "who_needs_a_nudge"]

#: an adviser's nudges to one student are at least this far apart (whoever sends them)
NUDGE_EVERY = timedelta(days=3)
#: a follow-up is listed once it is this many business days past its due time (stored as `nudge_at`)
OVERDUE_BUSINESS_DAYS = NUDGE_AFTER_BUSINESS_DAYS
#: thank-yous later than this are no longer worth a nudge (the moment has passed)
THANK_YOU_LOOKBACK = timedelta(days=14)


@dataclass
class Late:
    """One student who needs a nudge. `employers` stays empty unless they chose *details*."""

    member_id: int
    name: str
    cohort: str
    consent: str
    late_thank_yous: int = 0
    overdue_follow_ups: int = 0
    employers: list[str] = field(default_factory=list)
    nudged_at: datetime | None = None

    def next_nudge_at(self) -> datetime | None:
        return self.nudged_at + NUDGE_EVERY if self.nudged_at else None


def _late_thank_yous(owners, now: datetime, since: datetime):
    """(owner id, employer) of each interview ended after `since` whose thank-you window
    closed by `now` with an interviewer unthanked, on an application still waiting for
    a decision."""
    in_time = m.Touch.objects.filter(
        application_id=OuterRef(OuterRef("application_id")),
        contact_id=OuterRef("contact_id"),
        kind=TouchKind.THANK_YOU_SENT,
        at__gte=OuterRef(OuterRef("starts_at")),
        at__lte=OuterRef(OuterRef("deadline")),
    )
    unthanked = m.Interviewer.objects.filter(interview_id=OuterRef("pk")).annotate(ok=Exists(in_time)).filter(ok=False)
    decided = m.Touch.objects.filter(application_id=OuterRef("application_id"), kind__in=DECISIONS)
    return (
        m.Interview.objects.filter(owner__in=owners, ends_at__gte=since)
        .annotate(deadline=ExpressionWrapper(F("ends_at") + figures.THANK_YOU_WITHIN, output_field=DateTimeField()))
        .filter(deadline__lt=now)
        .filter(Exists(unthanked))
        .exclude(Exists(decided))
        .order_by()
        .annotate(_employer=F("application__organization__name"))
        .values("owner_id", "_employer")
    )


def _overdue_follow_ups(owners, now: datetime, since: datetime | None = None):
    """(owner id, employer) of each application whose next follow-up or call, as the
    stored step times have it, is `OVERDUE_BUSINESS_DAYS` past its due time at `now`
    (the stored `nudge_at`; a decided application has no open try)."""
    return (
        steptimes.overdue_follow_ups(owners, now)
        .order_by()
        .annotate(_employer=F("application__organization__name"))
        .values("owner_id", "_employer")
    )


def _late_rows(name: str, build, scope: figures.Scope) -> list[dict]:
    """One of the two queries for `scope`'s students: compiled once per process for a
    dashboard's scope (its cohorts), built for any other (one student's nudge). Every
    moment is a value of its own, never worked out inside the query's code, so the
    compiled text keeps none of them."""
    since = scope.now - THANK_YOU_LOOKBACK
    if scope.by_cohort:
        ids = [c for c in scope.cohort_ids if c is not None]
        no_cohort = None in scope.cohort_ids

        def built(ids, now, since):
            students = figures.cohort_students(ids, no_cohort).exclude(consent=Consent.NOTHING)
            return build(students.values("user_id"), now, since)

        return kept_sql.rows(("nudges", name, no_cohort), built, ids=ids, now=scope.now, since=since)
    return list(build(scope.students.exclude(consent=Consent.NOTHING).values("user_id"), scope.now, since))


def who_needs_a_nudge(scope: figures.Scope) -> list[Late]:
    """The students of `scope` (never those who chose *nothing*) with a late thank-you
    or an overdue follow-up, the most behind first. Three queries, whatever the cohort's size."""
    late: dict[int, list[str]] = defaultdict(list)
    overdue: dict[int, list[str]] = defaultdict(list)
    for row in _late_rows("late", _late_thank_yous, scope):
        late[row["owner_id"]].append(row["_employer"])
    for row in _late_rows("overdue", _overdue_follow_ups, scope):
        overdue[row["owner_id"]].append(row["_employer"])
    if not late and not overdue:
        return []
    found = []
    for member in _members(scope, set(late) | set(overdue)):
        uid = member["user_id"]
        if uid not in late and uid not in overdue:
            continue
        details = member["consent"] == Consent.DETAILS
        found.append(
            Late(
                member_id=member["id"],
                name=_name(member["display_name"], member["first_name"], member["last_name"], member["username"]),
                cohort=member["cohort_name"] or "no cohort",
                consent=member["consent"],
                late_thank_yous=len(late.get(uid, ())),
                overdue_follow_ups=len(overdue.get(uid, ())),
                employers=sorted(set(late.get(uid, ())) | set(overdue.get(uid, ()))) if details else [],
                nudged_at=member["nudged_at"],
            )
        )
    found.sort(key=lambda s: (-(s.late_thank_yous + s.overdue_follow_ups), s.name.casefold(), s.member_id))
    return found


def _member_rows(students):
    """What the list shows of each student: plain values, no model instances."""
    return students.exclude(consent=Consent.NOTHING).values(
        "id", "user_id", "consent", "nudged_at", cohort_name=F("cohort__name"),
        display_name=F("user__profile__display_name"), first_name=F("user__first_name"),
        last_name=F("user__last_name"), username=F("user__username"),
    )  # fmt: skip


def _members(scope: figures.Scope, user_ids: set[int]) -> list[dict]:
    """The rows of `user_ids` among the scope's students: for a dashboard's scope, every
    student of its cohorts from SQL compiled once (the caller picks the late ones), else
    those alone."""
    if scope.by_cohort:
        ids = [c for c in scope.cohort_ids if c is not None]
        no_cohort = None in scope.cohort_ids

        def built(ids):
            return _member_rows(figures.cohort_students(ids, no_cohort))

        return kept_sql.rows(("nudges", "members", no_cohort), built, times=("nudged_at",), ids=ids)
    return list(_member_rows(scope.students.filter(user_id__in=user_ids)))


def _name(display_name: str | None, first: str, last: str, username: str) -> str:
    return display_name or f"{first} {last}".strip() or username


def student_name(user) -> str:
    profile = getattr(user, "profile", None)
    return _name(profile.display_name if profile else "", user.first_name, user.last_name, user.get_username())


@dataclass(frozen=True)
class NudgeSent:
    student: str
    reached: int


def nudge_text(late: Late, adviser_name: str) -> tuple[str, str]:
    parts = []
    if late.late_thank_yous:
        n = late.late_thank_yous
        parts.append(f"{n} interview{'s' if n != 1 else ''} still waiting for a thank-you note")
    if late.overdue_follow_ups:
        n = late.overdue_follow_ups
        parts.append(f"{n} follow-up{'s' if n != 1 else ''} past due")
    title = "A nudge from your career office"
    body = (
        f"{adviser_name} noticed {' and '.join(parts)} in your afterview. "
        "A short note today still counts; open your agenda to see what is due.\n"
    )
    return title, body


def nudge(adviser, member_id, *, now: datetime, adviser_name: str = "Your adviser") -> NudgeSent:
    """Send one nudge to a late student of the adviser's cohorts.

    The claim is a conditional UPDATE of the student's `nudged_at`: of several advisers
    (or clicks, or processes) at once, one wins and the others are Refused, so the
    student hears once. Raises NotFound for a student the adviser may not see, Refused
    when they are on track, nudged within `NUDGE_EVERY`, or unreachable."""
    from afterview.reminders.models import Channel, ReminderKind
    from afterview.reminders.rounds import _claim, _settle, _to_channels

    try:
        member_id = int(member_id)
    except (TypeError, ValueError) as e:
        raise NotFound("no such student") from e
    visible = students_of(adviser).exclude(consent=Consent.NOTHING).filter(pk=member_id)
    member = visible.select_related("user__profile").first()
    if member is None:
        raise NotFound("no such student")
    name = student_name(member.user)
    found = who_needs_a_nudge(figures.Scope(students=visible, cohort_ids=(), period=figures.Period(), now=now))
    if not found:
        raise Refused(f"{name} is on track: there is nothing to nudge about")
    late = found[0]
    owner = member.user
    address = m.Profile.objects.filter(user=owner).values_list("email", flat=True).first() or ""
    by_mail = office_mail.configured() and bool(address)
    if not by_mail and not Channel.objects.for_owner(owner).exists():
        raise Refused(f"{name} has no reminder channel and the office sends no mail: a nudge cannot reach them")
    claimed = Member.objects.filter(Q(nudged_at__isnull=True) | Q(nudged_at__lte=now - NUDGE_EVERY), pk=member.pk).update(
        nudged_at=now
    )
    if not claimed:
        member.refresh_from_db(fields=["nudged_at"])
        again = member.nudged_at + NUDGE_EVERY
        raise Refused(
            f"{name} was nudged {timing.time_text(member.nudged_at, 'UTC')} UTC; "
            f"the next nudge can go from {timing.time_text(again, 'UTC')} UTC"
        )
    title, body = nudge_text(late, adviser_name)
    key = now.isoformat()
    reached = _to_channels(owner, ReminderKind.NUDGE, key, title, body, now)
    if by_mail:
        reminder = _claim(owner, ReminderKind.NUDGE, key, "mail", title, body, now)
        if reminder is not None:
            try:
                ok, detail = office_mail.send(to_name=name, to_address=address, subject=title, body=body)
            except Exception as e:  # recorded on the row, never retried
                ok, detail = False, f"{type(e).__name__}: {e}"
            _settle(reminder, ok, detail, now)
            reached += ok
    return NudgeSent(student=name, reached=reached)
