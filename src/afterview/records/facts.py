"""Turning rows into the plain facts `afterview.core` reads."""

from __future__ import annotations

from django.db.models import Prefetch

from afterview.core import facts as f
from afterview.records import models as m


def applications_with_everything(owner):
    """A queryset that loads each application and all it owns in a fixed number of queries."""
    return (
        m.Application.objects.for_owner(owner)
        .select_related("organization", "hiring_contact")
        .prefetch_related(
            "organization__contacts",
            Prefetch("interviews", queryset=m.Interview.objects.order_by("starts_at", "id")),
            Prefetch("interviews__panel", queryset=m.Interviewer.objects.order_by("id")),
            Prefetch("touches", queryset=m.Touch.objects.order_by("at", "id")),
            Prefetch("updates", queryset=m.Update.objects.order_by("added_at", "id")),
            Prefetch("expectations", queryset=m.Expectation.objects.order_by("learned_at", "id")),
        )
    )


def person_from_contact(contact: m.Contact, organization: m.Organization) -> f.Person:
    return f.Person(
        key=str(contact.pk),
        name=contact.name,
        email=contact.email or None,
        phone=contact.phone or None,
        tz=contact.tz or organization.tz,
        title=contact.title,
    )


def facts_from_application(app: m.Application, candidate_name: str = "") -> f.ApplicationFacts:
    """Facts of one application loaded with `applications_with_everything`."""
    org = app.organization
    return f.ApplicationFacts(
        key=str(app.pk),
        company=org.name,
        role=app.role,
        people=tuple(person_from_contact(c, org) for c in org.contacts.all()),
        hiring_contact_key=str(app.hiring_contact_id) if app.hiring_contact_id else None,
        interviews=tuple(
            f.InterviewFacts(
                key=str(i.pk),
                starts_at=i.starts_at,
                ends_at=i.ends_at,
                interviewer_keys=tuple(str(p.contact_id) for p in i.panel.all()),
                highlights=tuple((str(p.contact_id), p.highlight) for p in i.panel.all() if p.highlight),
                expect_on=i.expect_on,
            )
            for i in app.interviews.all()
        ),
        touches=tuple(
            f.TouchFacts(
                kind=f.TouchKind(t.kind),
                at=t.at,
                person_key=str(t.contact_id) if t.contact_id else None,
                expect_on=t.expect_on,
                note=t.note,
            )
            for t in app.touches.all()
        ),
        updates=tuple(
            f.UpdateFacts(key=str(u.pk), text=u.text, added_at=u.added_at, sent_at=u.sent_at)
            for u in app.updates.all()
        ),
        expectations=tuple(f.Expectation(on=e.on, learned_at=e.learned_at) for e in app.expectations.all()),
        country=org.country,
        tz=org.tz,
        candidate=candidate_name,
        domains=tuple(org.domains),
    )
