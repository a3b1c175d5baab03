"""What an adviser sees of their students: the list (figures and status, as each
student's consent allows) and a student's details (with *details* only), every
opening of which is written to the student's audit log.

An adviser sees the students of the cohorts assigned to them, an office admin every
student (`mode.students_of`). Another student, or one whose consent does not allow
the page, looks exactly like one that does not exist (NotFound: a 404)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.db import transaction

from afterview.core.errors import NotFound
from afterview.office.models import AuditEntry, Consent, Member, Role
from afterview.office.status import Status, statuses

__all__ = ["StudentRow", "audit_entries", "audit_row", "open_details", "person_name", "student_of", "student_rows"]


def person_name(user) -> str:
    """How the office names a person: their own display name, else their account's name or e-mail."""
    from django.core.exceptions import ObjectDoesNotExist

    try:
        shown = user.profile.display_name
    except ObjectDoesNotExist:  # no Profile row yet (a new account)
        shown = ""
    return shown or user.get_full_name() or user.email or user.get_username()


@dataclass(frozen=True)
class StudentRow:
    """One line of the adviser's list. `status` is None when the student shares nothing."""

    user_id: int
    name: str
    email: str
    cohort: str
    consent: Consent
    status: Status | None

    @property
    def shares_nothing(self) -> bool:
        return self.status is None

    @property
    def details(self) -> bool:
        return self.consent == Consent.DETAILS


def zone_of(user) -> str:
    """The zone a person reads times in: their own, else UTC (nothing is made for them)."""
    from afterview.records.models import Profile

    return Profile.objects.filter(user_id=user.pk).values_list("tz", flat=True).first() or "UTC"


def _students(adviser):
    from afterview.office.mode import students_of

    return students_of(adviser).select_related("user__profile", "cohort")


def student_rows(adviser, now: datetime) -> list[StudentRow]:
    """Every student the adviser may see, by cohort and name; figures only where consent allows."""
    members = list(_students(adviser))
    sharing = [mb for mb in members if mb.consent in (Consent.COUNTS, Consent.DETAILS)]
    found = statuses(sharing, now)
    rows = [
        StudentRow(
            mb.user_id,
            person_name(mb.user),
            mb.user.email,
            mb.cohort.name if mb.cohort else "",
            Consent(mb.consent),
            found.get(mb.user_id) if mb.consent != Consent.NOTHING else None,
        )
        for mb in members
    ]
    rows.sort(key=lambda r: (r.cohort.casefold(), r.name.casefold(), r.user_id))
    return rows


def student_of(adviser, student_id) -> Member:
    """The adviser's student with this user id; NotFound for anyone else."""
    try:
        pk = int(student_id)
    except (TypeError, ValueError) as e:
        raise NotFound("no such student") from e
    member = _students(adviser).filter(user_id=pk).first()
    if member is None:
        raise NotFound("no such student")
    return member


@dataclass(frozen=True)
class Details:
    """A student's records as their adviser may read them (consent *details*), read-only."""

    student: Member
    name: str
    summaries: list  # records.summary.ApplicationSummary, soonest step first


@transaction.atomic
def open_details(adviser, student_id, *, now: datetime, path: str = "") -> Details:
    """A student's applications, steps and notes, and an audit entry saying who looked.

    NotFound unless the student is the adviser's and chose *details*; the entry is
    written in the same transaction as the reading, before anything is shown."""
    from afterview.records.agenda import application_rows, plan_all
    from afterview.records.summary import application_summary

    member = student_of(adviser, student_id)
    # Read the consent again under the row lock: a student who just withdrew it is not shown.
    consent = Member.objects.select_for_update().filter(pk=member.pk).values_list("consent", flat=True).first()
    if consent != Consent.DETAILS:
        raise NotFound("no such student")
    student = member.user
    name = person_name(student)
    AuditEntry.objects.create(
        student=student,
        adviser=adviser,
        adviser_name=person_name(adviser),
        at=now,
        what=f"your applications, steps and notes ({_role_word(adviser)})",
        path=path[:500],
    )
    plans = application_rows(plan_all(student, now))
    summaries = [application_summary(student, plan.application_id, now, facts=plan.facts) for plan in plans]
    return Details(member, name, summaries)


def _role_word(user) -> str:
    from afterview.office.mode import role_of

    return "office admin" if role_of(user) == Role.ADMIN else "adviser"


def audit_entries(student, *, limit: int | None = None) -> list[AuditEntry]:
    """Who looked at the student's details, the latest first."""
    entries = AuditEntry.objects.filter(student=student).order_by("-at", "-pk")
    return list(entries[:limit] if limit else entries)


def audit_row(entry: AuditEntry) -> dict:
    """One audit entry as the JSON of `office audit --json` and of the export."""
    from afterview.core.timing import iso

    return {"at": iso(entry.at), "adviser": entry.adviser_name, "what": entry.what, "path": entry.path}
