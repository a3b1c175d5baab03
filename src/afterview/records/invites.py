"""What an invitation means for the records: which organization and application it
is about (from the addresses on it), and the interview a cancellation cancels.
The reading itself is `afterview.core.invite`'s."""

from __future__ import annotations

from datetime import datetime

from django.db import transaction

from afterview.core.errors import NotFound
from afterview.core.invite import Invite
from afterview.records import models as m
from afterview.records.steptimes import written

__all__ = ["known_organization", "interviews_at", "remove_interview"]


def _domains(invite: Invite) -> set[str]:
    people = [*invite.attendees, *([invite.organizer] if invite.organizer else [])]
    return {p.email.rpartition("@")[2].casefold() for p in people if p.email}


def known_organization(candidate, invite: Invite) -> tuple[str, str] | None:
    """(company, role) when the invite's addresses belong to exactly one organization
    the candidate already has, with exactly one application (so a second round
    needs neither typed); (company, "") when the role is ambiguous; else None."""
    domains = _domains(invite)
    if not domains:
        return None
    emails = {p.email.casefold() for p in [*invite.attendees, invite.organizer] if p and p.email}
    matches = set()
    for org in m.Organization.objects.for_owner(candidate):
        if domains & {d.casefold() for d in org.domains}:
            matches.add(org.pk)
    for org_id, email in m.Contact.objects.for_owner(candidate).exclude(email="").values_list("organization", "email"):
        if email.casefold() in emails:
            matches.add(org_id)
    if len(matches) != 1:
        return None
    org = m.Organization.objects.for_owner(candidate).get(pk=matches.pop())
    roles = list(m.Application.objects.for_owner(candidate).filter(organization=org).values_list("role", flat=True))
    return org.name, roles[0] if len(set(roles)) == 1 else ""


def interviews_at(candidate, starts_at: datetime) -> list[m.Interview]:
    """The candidate's logged interviews that start at that moment."""
    return list(
        m.Interview.objects.for_owner(candidate)
        .filter(starts_at=starts_at)
        .select_related("application__organization")
        .order_by("id")
    )


@transaction.atomic
def remove_interview(candidate, interview_id: int) -> m.Interview:
    """Delete one logged interview (its interviewers' rows go with it); the application stays."""
    try:
        interview = m.Interview.objects.for_owner(candidate).select_related("application__organization").get(pk=interview_id)
    except m.Interview.DoesNotExist as e:
        raise NotFound(f"no interview {interview_id}") from e
    interview.delete()
    written(candidate, [interview.application_id], None)
    return interview
