"""Small factories for the dashboard's tests: an office, cohorts, students with
interviews, thank-yous, follow-ups and decisions, written straight as rows (each
application's stored step times refreshed after, as a write service would)."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime, timedelta

from afterview.core.facts import TouchKind
from afterview.office.models import Cohort, Consent, Member, Office, Role

NOW = datetime(2026, 12, 4, 15, 0, tzinfo=UTC)  # a Friday
_n = itertools.count(1)


def office(now=NOW):
    return Office.objects.get_or_create(name="Career Services", defaults={"created_at": now})[0]


def cohort(name, *advisers, now=NOW):
    made = Cohort.objects.create(name=name, created_at=now)
    made.advisers.add(*advisers)
    return made


def person(name, role=Role.STUDENT, *, cohort=None, consent=Consent.COUNTS, now=NOW):
    from django.contrib.auth import get_user_model

    from afterview.records.models import Profile

    i = next(_n)
    slug = name.lower().replace(" ", ".")
    user = get_user_model().objects.create(username=f"{slug}.{i}", email=f"{slug}.{i}@example.edu", first_name=name)
    Profile.objects.create(user=user, display_name=name, email=user.email, tz="America/Chicago")
    Member.objects.create(user=user, role=role, cohort=cohort, consent=consent, joined_at=now)
    return user


def application(student, employer="Calloway & Pryce LLP", *, now=NOW):
    from afterview.records import models as m

    org, _ = m.Organization.objects.get_or_create(
        owner=student, name=employer, defaults={"created_at": now - timedelta(days=60), "tz": "America/Chicago"}
    )
    hiring = m.Contact.objects.create(owner=student, organization=org, name=f"Dana Whitfield {next(_n)}", email="dana@cp.example")
    return m.Application.objects.create(
        owner=student, organization=org, role="Summer Associate", hiring_contact=hiring, created_at=now - timedelta(days=60)
    )


def interview(app, ends_at, *, panel=2, thanked_after=(), expect_on: date | None = None):
    """An interview of `panel` interviewers ending at `ends_at`; `thanked_after[i]` is the
    delay of the thank-you to interviewer i (None or missing: none was sent)."""
    from afterview.records import models as m

    owner = app.owner
    made = m.Interview.objects.create(
        owner=owner, application=app, starts_at=ends_at - timedelta(hours=1), ends_at=ends_at, tz="America/Chicago",
        expect_on=expect_on,
    )  # fmt: skip
    for i in range(panel):
        contact = m.Contact.objects.create(owner=owner, organization=app.organization, name=f"Interviewer {next(_n)}")
        m.Interviewer.objects.create(owner=owner, interview=made, contact=contact)
        delay = thanked_after[i] if i < len(thanked_after) else None
        if delay is not None:
            touch(app, TouchKind.THANK_YOU_SENT, ends_at + delay, contact=contact)
            m.Message.objects.create(
                owner=owner, application=app, contact=contact, kind="thank-you", subject="Thank you", body="Thank you.\n",
                status="sent", created_at=ends_at, sent_at=ends_at + delay, forced=i % 2 == 1,
            )  # fmt: skip
    _refreshed(app)
    return made


def _refreshed(app) -> None:
    from afterview.records.steptimes import written

    written(app.owner, [app.pk], NOW)


def touch(app, kind, at, *, contact=None, expect_on=None):
    from afterview.records import models as m

    made = m.Touch.objects.create(owner=app.owner, application=app, kind=kind, at=at, contact=contact, expect_on=expect_on)
    _refreshed(app)
    return made


def busy_student(name, cohort_, *, consent=Consent.COUNTS, employer="Calloway & Pryce LLP", now=NOW):
    """A student with a bit of everything: a thanked interview, a half-thanked one, a
    follow-up answered, a late follow-up, an offer, a close-out and a guard stop."""
    from afterview.outreach.models import GuardStop

    student = person(name, cohort=cohort_, consent=consent)
    first = application(student, employer)
    interview(first, now - timedelta(days=20), thanked_after=(timedelta(hours=3), timedelta(hours=5)), expect_on=(now - timedelta(days=10)).date())
    touch(first, TouchKind.FOLLOW_UP_SENT, now - timedelta(days=8))
    touch(first, TouchKind.REPLY, now - timedelta(days=7))
    touch(first, TouchKind.OFFER, now - timedelta(days=2))
    second = application(student, "Northbridge Partners")
    interview(second, now - timedelta(days=4), thanked_after=(timedelta(hours=30),))
    GuardStop.objects.create(owner=student, application=second, kind="follow-up", at=now - timedelta(days=1), why="min-gap")
    third = application(student, "Harlow Group")
    interview(third, now - timedelta(days=40), thanked_after=(timedelta(hours=2), timedelta(hours=2)))
    for days in (30, 25, 20):
        touch(third, TouchKind.FOLLOW_UP_SENT, now - timedelta(days=days))
    touch(third, TouchKind.WITHDRAWN, now - timedelta(days=12))
    return student
