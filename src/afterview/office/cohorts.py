"""Cohorts, and the advisers assigned to them."""

from __future__ import annotations

from datetime import datetime

from django.contrib.auth import get_user_model
from django.db import transaction

from afterview.core.errors import InvalidInput, NotFound
from afterview.office.models import Cohort, Member, Role

__all__ = ["add_cohort", "adviser_named", "assign", "cohorts", "invite_adviser", "make_member"]


def cohorts():
    """Every cohort with its advisers and its number of active students."""
    from django.db.models import Count, Q

    return Cohort.objects.annotate(
        student_count=Count("students", filter=Q(students__role=Role.STUDENT, students__deactivated_at__isnull=True))
    ).prefetch_related("advisers__profile").order_by("name")


def add_cohort(name: str, now: datetime) -> Cohort:
    from afterview.core.parse import parse_name

    shown = parse_name(name, "cohort's name")
    with transaction.atomic():
        if Cohort.objects.filter(name__iexact=shown).exists():
            raise InvalidInput(f'there is a cohort "{shown}" already; `afterview office cohort list` shows them')
        return Cohort.objects.create(name=shown, created_at=now)


def make_member(email: str, *, name: str, role: str, now: datetime):
    """The account of `email` in the office (username = the address, no usable password
    until the invitation is accepted), its Profile and Member; an existing one is kept."""
    from afterview.records.models import Profile

    User = get_user_model()
    user, created = User.objects.get_or_create(username=email, defaults={"email": email})
    if created:
        user.set_unusable_password()
        user.save()
    Profile.objects.get_or_create(user=user, defaults={"display_name": name, "email": email})
    member, made = Member.objects.get_or_create(user=user, defaults={"role": role, "joined_at": now})
    if not made and member.role != role:
        raise InvalidInput(f"{email} is in the office as {member.get_role_display()} already")
    return user


def adviser_named(email: str):
    member = Member.objects.filter(user__username__iexact=email.strip(), role__in=(Role.ADVISER, Role.ADMIN)).select_related("user").first()
    if member is None:
        raise NotFound(f"{email.strip()} is not an adviser here; invite them with `afterview office adviser invite`")
    return member.user


def _cohorts_named(names) -> list[Cohort]:
    from afterview.office.invites import cohort_named

    if not names:
        raise InvalidInput("give at least one --cohort NAME")
    return [cohort_named(name) for name in names]


@transaction.atomic
def invite_adviser(email: str, *, name: str, cohort_names, invited_by=None, now: datetime, days: int | None = None):
    """The adviser's account, their cohorts, and an unsent invitation to set a password."""
    from afterview.core.parse import parse_email, parse_name
    from afterview.office.invites import DEFAULT_DAYS, invite
    from afterview.office.models import Invitation

    address = parse_email(email).lower()
    shown = parse_name(name, "name")
    chosen = _cohorts_named(cohort_names)
    if Member.objects.filter(user__username=address).exists() or Invitation.objects.filter(
        email=address, accepted_at__isnull=True, revoked_at__isnull=True, expires_at__gt=now
    ).exists():
        raise InvalidInput(f"{address} is in the office or invited already; assign cohorts with `afterview office adviser assign`")
    user = make_member(address, name=shown, role=Role.ADVISER, now=now)
    for cohort in chosen:
        cohort.advisers.add(user)
    return invite(address, name=shown, cohort=None, role=Role.ADVISER, invited_by=invited_by, now=now, days=days or DEFAULT_DAYS, user=user)


@transaction.atomic
def assign(email: str, cohort_names) -> list[Cohort]:
    """Give an adviser (more) cohorts; the ones they had stay."""
    user = adviser_named(email)
    chosen = _cohorts_named(cohort_names)
    for cohort in chosen:
        cohort.advisers.add(user)
    return list(user.advised_cohorts.all())
