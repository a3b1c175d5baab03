"""The context `afterview check --app` gives a labelled note: its header put in the records.

Each note gets a candidate of its own in a throwaway SQLite home: the organization
(with its aliases), the application, an interview with the recipient and the
`interviewer`/`known-person` lines as interviewers (the recipient's highlight on the
recipient), the hiring contact, the `other-company` organizations with the
`other-person` contacts at the first of them, and the `other-note` copies as sent
messages. The context is then built exactly as `afterview check NOTE --app ID --to
NAME --kind KIND` builds it (`cli.check._context_from_app`, less the local candidate).
"""

from __future__ import annotations

import os
import re
import tempfile
from datetime import UTC, datetime

_EMAIL_RE = re.compile(r"[^a-z0-9]+")


def _email(name: str, domain: str) -> str:
    return _EMAIL_RE.sub(".", name.casefold()).strip(".")[:40] + "@" + domain


def contexts(notes) -> dict:
    """note name -> CheckContext through the records (sets up Django in a temp home)."""
    home = tempfile.mkdtemp(prefix="afterview-bench-")
    os.environ["AFTERVIEW_HOME"] = home
    os.environ.pop("DATABASE_URL", None)
    from afterview.cli._boot import setup_django

    setup_django()
    return contexts_in_db(notes)


def contexts_in_db(notes, prefix: str = "bench") -> dict:
    """The same in the database Django is set up with (the test suite's)."""
    from django.contrib.auth import get_user_model

    from afterview.core.steps import kind_for, person_named
    from afterview.outreach.notes import check_context
    from afterview.core.parse import NamedAddress
    from afterview.records import models as m
    from afterview.records import services

    now = datetime(2026, 12, 4, 15, 0, tzinfo=UTC)
    found = {}
    for index, note in enumerate(notes):
        fields = note.fields
        one = lambda key: fields.get(key, [None])[0]  # noqa: E731
        user = get_user_model().objects.create(username=f"{prefix}{index}")
        m.Profile.objects.create(user=user, display_name=one("from") or "", tz="UTC")
        to, hiring = one("to"), one("hiring-contact")
        people = [p for p in [to] + fields.get("interviewer", []) + fields.get("known-person", []) if p and p != hiring]
        people = list(dict.fromkeys(people))
        domain = "org.example"
        highlight = one("highlight")
        interview = services.InterviewInput(
            company=one("company"),
            role=one("role") or "Role",
            starts_at=datetime(2026, 12, 3, 16, 0, tzinfo=UTC),
            ends_at=datetime(2026, 12, 3, 17, 0, tzinfo=UTC),
            tz="UTC",
            interviewers=tuple(NamedAddress(p, _email(p, domain)) for p in people),
            hiring_contact=NamedAddress(hiring, _email(hiring, domain)) if hiring else None,
            highlights={to: highlight} if highlight and to in people else {},
        )
        app = services.add_interview(user, interview, now=now)
        aliases = fields.get("alias", [])
        if aliases:
            app.organization.aliases = aliases
            app.organization.save(update_fields=["aliases"])
        others = fields.get("other-company", [])
        other_orgs = [
            m.Organization.objects.create(owner=user, name=name, created_at=now) for name in others
        ] or [m.Organization.objects.create(owner=user, name="Zyxwv Example Org", created_at=now)]
        for person in fields.get("other-person", []):
            m.Contact.objects.create(owner=user, organization=other_orgs[0], name=person, email=_email(person, "other.example"))
        recipient = m.Contact.objects.filter(owner=user, organization=app.organization, name=to).first()
        for text in note.other_notes:
            m.Message.objects.create(
                owner=user,
                application=app,
                contact=recipient or m.Contact.objects.filter(owner=user, organization=app.organization).first(),
                kind="thank-you",
                subject="Thank you",
                body=text,
                status=m.MessageStatus.SENT,
                created_at=now,
            )
        facts = services.application_facts(user, app.pk)
        person_key = person_named(facts, to).key if to else None
        kind = one("kind") or kind_for(facts, person_key)
        found[note.name] = check_context(user, app.pk, person_key, kind, facts=facts)
    return found
