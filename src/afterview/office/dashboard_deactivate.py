"""The office deactivates a student: their share of every dashboard figure is kept as
anonymous `Aggregate` rows (a cohort, a day, counts; no user, no employer, no name),
and everything else of theirs goes: every row that points at their account, their
name and address on the account, and the password (so they can no longer sign in).
The `Member` row stays, with `deactivated_at`, so the office knows the seat was used.

A student who chose *nothing* was never in a figure, so nothing of theirs is kept."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.apps import apps
from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import ProtectedError, Q

from afterview.core.errors import InvalidInput, NotFound, Refused
from afterview.office import figures, snapshots
from afterview.office.models import Aggregate, Consent, Invitation, Member, Role

__all__ = ["Deactivated", "deactivate_student", "find_student"]


@dataclass(frozen=True)
class Deactivated:
    cohort: str
    kept: int
    deleted: int


def find_student(email: str) -> Member:
    """The active student with this e-mail (the account's or the profile's)."""
    email = (email or "").strip()
    if "@" not in email or len(email) > 320:
        raise InvalidInput(f"{email[:60]!r} is not an e-mail address; give the student's, as in ana@example.edu")
    found = list(
        Member.objects.filter(role=Role.STUDENT)
        .filter(Q(user__email__iexact=email) | Q(user__profile__email__iexact=email))
        .select_related("user", "cohort")
        .distinct()[:2]
    )
    if not found:
        raise NotFound(f"no student with the address {email}; `afterview office` lists the office's commands")
    if len(found) > 1:
        raise Refused(f"two accounts use {email}; deactivate them from the admin pages one by one")
    return found[0]


def _delete_everything_of(user) -> int:
    """Delete every row that points at `user` (but the Member row); returns how many."""
    User = get_user_model()
    pending = []
    for model in apps.get_models():
        if model in (Member, User):
            continue
        for f in model._meta.concrete_fields:
            if f.is_relation and f.related_model is User:
                pending.append((model, f.name))
        for f in model._meta.many_to_many:
            if f.related_model is User:
                f.remote_field.through.objects.filter(**{f.m2m_reverse_field_name(): user}).delete()
    user.groups.clear()
    user.user_permissions.clear()
    deleted = 0
    # Some rows protect others (an organization its applications): go round until none is left.
    for _ in range(len(pending) + 1):
        stuck = []
        for model, name in pending:
            try:
                with transaction.atomic():
                    deleted += model._base_manager.filter(**{name: user}).delete()[0]
            except ProtectedError:
                stuck.append((model, name))
        if not stuck:
            return deleted
        pending = stuck
    raise Refused("some of the student's rows could not be deleted; nothing was changed")


def deactivate_student(member: Member, *, now: datetime) -> Deactivated:
    """Keep the student's share of the figures anonymously, delete the rest, and
    close the account. One transaction: on any failure nothing changes."""
    if member.role != Role.STUDENT:
        raise Refused("only a student can be deactivated")
    with transaction.atomic():
        member = Member.objects.select_for_update(of=("self",)).select_related("user", "cohort").get(pk=member.pk)
        if member.deactivated_at is not None:
            raise Refused("this student is deactivated already")
        kept = 0
        if member.consent != Consent.NOTHING:
            scope = figures.Scope(
                students=Member.objects.filter(pk=member.pk), cohort_ids=(), period=figures.Period(), now=now
            )
            rows = [
                Aggregate(
                    cohort_id=member.cohort_id, figure=p.figure, on=p.on, key=p.key, hits=p.hits, total=p.total
                )
                for p in figures.live_parts(scope, by_day=True)
                if p.hits or p.total
            ]
            Aggregate.objects.bulk_create(rows)
            kept = len(rows)
        user = member.user
        old_email = user.email
        Invitation.objects.filter(Q(user=user) | Q(email__iexact=old_email) if old_email else Q(user=user)).delete()
        deleted = _delete_everything_of(user)
        user.username = f"deactivated-{user.pk}"
        for name in ("email", "first_name", "last_name"):
            if hasattr(user, name):
                setattr(user, name, "")
        user.is_active = False
        user.set_unusable_password()
        user.save()
        member.deactivated_at = now
        member.consent = Consent.NOTHING
        member.nudged_at = None
        member.save(update_fields=["deactivated_at", "consent", "nudged_at"])
        snapshots.forget(member.cohort_id)  # recounted from the anonymous rows, without them
    return Deactivated(cohort=member.cohort.name if member.cohort else "no cohort", kept=kept, deleted=deleted)
