"""An office for the privacy tests: two cohorts, an adviser each, an admin, and
students with records. alice is the local candidate (the CLI acts for her)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest

from tests.conftest import NOW

MARKER = "ZQX-MARKER-7731"


@dataclass
class World:
    office: object
    law: object
    business: object
    carla: object  # adviser of law
    dev: object  # adviser of business
    ada: object  # office admin
    alice: object  # law student, the local candidate
    bob: object  # law student
    erin: object  # business student
    checks: bool = False


def _user(username, name, email, tz="America/Chicago"):
    from django.contrib.auth import get_user_model

    from afterview.records.models import Profile

    user = get_user_model().objects.create(username=username, email=email)
    Profile.objects.create(user=user, display_name=name, email=email, tz=tz)
    return user


def make_world(alice) -> World:
    from afterview.office.models import Cohort, Member, Office, Role

    office = Office.objects.create(name="Career Office", created_at=NOW)
    law = Cohort.objects.create(name="Law 2027", created_at=NOW)
    business = Cohort.objects.create(name="Business 2027", created_at=NOW)
    carla = _user("carla", "Carla Adviser", "carla@office.example")
    dev = _user("dev", "Dev Adviser", "dev@office.example")
    ada = _user("ada", "Ada Admin", "ada@office.example")
    bob = _user("bob", "Bob Tanaka", "bob@example.edu", "Europe/London")
    erin = _user("erin", "Erin Walsh", "erin@example.edu")
    alice.email = "alice@example.edu"
    alice.save()
    law.advisers.add(carla)
    business.advisers.add(dev)
    for user, role in ((carla, Role.ADVISER), (dev, Role.ADVISER), (ada, Role.ADMIN)):
        Member.objects.create(user=user, role=role, joined_at=NOW)
    Member.objects.create(user=alice, role=Role.STUDENT, cohort=law, joined_at=NOW)
    Member.objects.create(user=bob, role=Role.STUDENT, cohort=law, joined_at=NOW)
    Member.objects.create(user=erin, role=Role.STUDENT, cohort=business, joined_at=NOW)
    return World(office, law, business, carla, dev, ada, alice, bob, erin)


def fill(student, interview_input, *, marker: str = MARKER, company: str | None = None):
    """Every kind of row a student has, with `marker` in every free text and name."""
    from afterview.api.tokens import create_token
    from afterview.core.parse import NamedAddress
    from afterview.outreach.models import InboundMail, MailAccount
    from afterview.records import models as m
    from afterview.records.services import add_interview, add_touch, add_update
    from afterview.reminders.models import Channel, Preferences, Reminder
    from afterview.web.models import SignInToken, Snooze

    company = company or f"{marker} Pryce LLP"
    app = add_interview(
        student,
        interview_input(
            company=company,
            interviewers=(NamedAddress(f"Miriam {marker}", "mc@cp.example"), NamedAddress("Theo Lindqvist", "tl@cp.example")),
            hiring_contact=NamedAddress(f"Dana {marker}", "dana@cp.example"),
            highlights={f"Miriam {marker}": f"her tenant work {marker}"},
        ),
        now=NOW,
    )
    app.notes = f"application notes {marker}"
    app.save()
    contact = m.Contact.objects.for_owner(student).get(name=f"Miriam {marker}")
    add_touch(student, app.pk, "thank-you-sent", at=NOW - timedelta(hours=20), person=f"Miriam {marker}", note=f"touch note {marker}")
    add_update(student, app.pk, f"new transcript {marker}", at=NOW)
    m.Request.objects.create(owner=student, application=app, contact=contact, text=f"send the writing sample {marker}", asked_at=NOW)
    m.Expectation.objects.create(owner=student, application=app, on=NOW.date() + timedelta(days=10), learned_at=NOW)
    message = m.Message.objects.create(
        owner=student, application=app, contact=contact, kind="thank-you", subject=f"Thank you {marker}",
        body=f"Dear Miriam, thank you {marker}.", created_at=NOW,
    )
    account = MailAccount.objects.create(
        owner=student, from_name=f"Student {marker}", from_address="s@example.edu", smtp_host="smtp.example.edu",
        smtp_port=587, smtp_security="starttls", created_at=NOW, updated_at=NOW,
    )
    InboundMail.objects.create(
        owner=student, account=account, message_id=f"<{student.pk}@x>", uid=1, received_at=NOW, from_address="dana@cp.example",
        subject=f"Re: {marker}", application=app, matched_by="address", text=f"reply text {marker}", answers=message,
    )
    m.SeenReply.objects.create(owner=student, message_id=f"<{student.pk}@x>")
    Channel.objects.create(owner=student, url_token="x", masked="json://***", created_at=NOW)
    Preferences.objects.create(owner=student)
    Reminder.objects.create(owner=student, kind="due", key=f"{app.pk}:thank-you:x", via="mail", title=f"Reminder {marker}", body=marker, claimed_at=NOW)
    Snooze.objects.create(owner=student, application=app, kind="follow-up", person_key="", until_at=NOW + timedelta(days=1), created_at=NOW)
    SignInToken.objects.create(user=student, digest=f"{student.pk:064d}", created_at=NOW, expires_at=NOW + timedelta(hours=1))
    m.Change.objects.create(owner=student, made_at=NOW, summary=f"edited {marker}")
    m.CalendarFeed.objects.create(owner=student, uid_domain=f"u{student.pk}", created_at=NOW)
    m.CalendarEntry.objects.create(owner=student, uid=f"x{student.pk}", fingerprint="f", changed_at=NOW, ical=marker)
    token = create_token(student, f"script {marker}", read_only=False, now=NOW)
    return app, token.secret


@pytest.fixture
def world(alice):
    return make_world(alice)


def signed_in(user):
    from django.test import Client

    client = Client()
    client.force_login(user)
    return client


def every_count() -> dict[str, int]:
    """Rows of every table (auto-created join tables too)."""
    from django.apps import apps

    return {m._meta.label: m._default_manager.count() for m in apps.get_models(include_auto_created=True)}


__all__ = ["MARKER", "NOW", "UTC", "World", "datetime", "every_count", "fill", "make_world", "signed_in", "world"]
