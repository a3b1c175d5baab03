"""The office deactivates a student: their share of every dashboard figure is kept as
anonymous `Aggregate` rows (a cohort, a day, counts; no user, no employer, no name),
and everything else of theirs goes: every row that points at their account, their
name and address on the account, and the password (so they can no longer sign in).
The `Member` row stays, with `deactivated_at`, so the office knows the seat was used.

A student who chose *nothing* was never in a figure, so nothing of theirs is kept."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.db import transaction

from afterview.core.errors import Refused
from afterview.office import figures, snapshots
from afterview.office.leaving import delete_invitations_of, delete_rows_of, find_student
from afterview.office.models import Aggregate, Consent, Member, Role

__all__ = ["Deactivated", "deactivate_student", "find_student"]  # find_student: office.leaving's


@dataclass(frozen=True)
class Deactivated:
    cohort: str
    kept: int
    deleted: int


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
        delete_invitations_of(user)
        deleted = delete_rows_of(user, keep=(Member,))
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
