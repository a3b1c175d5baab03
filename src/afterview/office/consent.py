"""A student's consent: what their advisers may see (nothing, counts, details).

The student alone chooses it, on the Settings page or with `afterview office
consent LEVEL`; a change is immediate (the next adviser page reads it) and its
time is kept in `Member.consent_changed_at`."""

from __future__ import annotations

from datetime import datetime

from django.db import transaction

from afterview.core.errors import InvalidInput, NotFound
from afterview.office import snapshots
from afterview.office.models import Consent, Member, Role

#: what each level lets advisers see, in the student's words (the card and the CLI say it)
MEANING = {
    Consent.NOTHING: "your advisers see your name and cohort only",
    Consent.COUNTS: "your advisers see your figures and status, never an employer, a contact or a note",
    Consent.DETAILS: "your advisers may read your applications, steps and notes (never change them); each look is logged for you",
}


def parse_consent(text: str) -> Consent:
    """A level as typed ("counts", " Details "), or InvalidInput naming the three."""
    value = (text or "").strip().casefold()
    try:
        return Consent(value)
    except ValueError as e:
        raise InvalidInput(f"no consent level {text!r}; choose nothing, counts or details") from e


def student_member(user) -> Member:
    """The user's place as a student of the office; NotFound when they are not one."""
    member = Member.objects.filter(user_id=getattr(user, "pk", None)).first()
    if member is None or member.role != Role.STUDENT:
        raise NotFound("consent is for students of a career office; this account is not one")
    return member


def is_student(user) -> bool:
    try:
        student_member(user)
    except NotFound:
        return False
    return True


@transaction.atomic
def set_consent(user, level: str, *, now: datetime) -> Member:
    """Record the student's new level at once; the same level again changes nothing."""
    level = parse_consent(level)
    member = student_member(user)
    if member.consent != level:
        # Conditional on the row: two browsers choosing at once leave the last choice.
        Member.objects.filter(pk=member.pk).update(consent=level, consent_changed_at=now)
        member.consent, member.consent_changed_at = level, now
        # The dashboard's stored figures of the cohort go with the old level, at once.
        snapshots.forget(member.cohort_id)
    return member


def consent_line(member: Member) -> str:
    """One line: the level and what it means."""
    return f"consent: {member.consent} — {MEANING[Consent(member.consent)]}"
