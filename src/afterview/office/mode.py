"""Is this install an office, and who is this person in it. Every edge asks here."""

from __future__ import annotations

from afterview.office.models import Consent, Member, Office, Role


def office() -> Office | None:
    """The install's office, or None for the one-person tool."""
    return Office.objects.order_by("pk").first()


def is_office() -> bool:
    return Office.objects.exists()


def member_of(user) -> Member | None:
    if user is None or not getattr(user, "is_authenticated", False):
        return None
    try:
        return user.member
    except Member.DoesNotExist:
        return None


def role_of(user) -> str | None:
    member = member_of(user)
    return member.role if member is not None else None


def students_of(adviser):
    """The students an adviser may see at all: those of the cohorts assigned to them
    (an office admin sees every cohort), still active. A queryset of Member."""
    member = member_of(adviser)
    students = Member.objects.filter(role=Role.STUDENT, deactivated_at__isnull=True).select_related("user", "cohort")
    if member is None or member.role == Role.STUDENT:
        return students.none()
    if member.role == Role.ADMIN:
        return students
    return students.filter(cohort__advisers=adviser)


def consent_of(student) -> str:
    member = member_of(student)
    return member.consent if member is not None else Consent.NOTHING
