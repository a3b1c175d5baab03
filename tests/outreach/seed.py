"""`python -m tests.outreach.seed --count N --smtp-port P`: N thank-you notes due now,
each to an interviewer at its own organization, for the worker tests and the bench.
Reads AFTERVIEW_HOME, DATABASE_URL and AFTERVIEW_NOW like the `afterview` program."""

from __future__ import annotations

import argparse
import json
from datetime import timedelta


def seed(count: int, smtp_port: int, imap: dict | None = None) -> None:
    from afterview.cli._boot import setup_django

    setup_django()
    from django.db import transaction

    from afterview.clock import now as clock_now
    from afterview.outreach.account import AccountInput, save_account
    from afterview.outreach.smtp import make_message_id
    from afterview.records import models as m
    from afterview.records.services import init_local_candidate

    now = clock_now()
    user, _ = init_local_candidate(name="Alice Moreau", email="alice@example.edu", tz="America/Chicago")
    imap_options = {}
    if imap:
        imap_options = dict(
            imap_host="127.0.0.1",
            imap_port=imap["port"],
            imap_security="none",
            imap_user=imap["login"],
            imap_password=imap["password"],
        )
    save_account(
        user,
        AccountInput(
            from_name="Alice Moreau",
            from_address="alice@example.edu",
            smtp_host="127.0.0.1",
            smtp_port=smtp_port,
            smtp_security="none",
            **imap_options,
        ),
        now=now,
    )
    from tests.outreach.conftest import quiet_mornings

    quiet_mornings(user)
    zone = "America/Chicago"
    with transaction.atomic():
        orgs = m.Organization.objects.bulk_create(
            m.Organization(owner=user, name=f"Firm {i:05d}", tz=zone, country="US", created_at=now) for i in range(count)
        )
        contacts = m.Contact.objects.bulk_create(
            m.Contact(owner=user, organization=org, name=f"Pat Example{i}", email=f"pat{i}@firm{i}.example")
            for i, org in enumerate(orgs)
        )
        apps = m.Application.objects.bulk_create(
            m.Application(owner=user, organization=org, role="Summer Associate", created_at=now) for org in orgs
        )
        interviews = m.Interview.objects.bulk_create(
            m.Interview(
                owner=user,
                application=app,
                starts_at=now - timedelta(hours=3),
                ends_at=now - timedelta(hours=2),
                tz=zone,
            )
            for app in apps
        )
        m.Interviewer.objects.bulk_create(
            m.Interviewer(owner=user, interview=interview, contact=contact)
            for interview, contact in zip(interviews, contacts, strict=True)
        )
        m.Message.objects.bulk_create(
            m.Message(
                owner=user,
                application=app,
                contact=contact,
                kind=m.MessageKind.THANK_YOU,
                subject=f"Thank you, {contact.name}",
                body=f"Dear {contact.name},\n\nThank you for your time today.\n\nAlice Moreau\n",
                status=m.MessageStatus.SCHEDULED,
                created_at=now,
                scheduled_at=now - timedelta(minutes=1),
                message_id=make_message_id("alice@example.edu"),
            )
            for app, contact in zip(apps, contacts, strict=True)
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, required=True)
    parser.add_argument("--smtp-port", type=int, required=True)
    parser.add_argument("--imap", help="JSON: {port, login, password}")
    args = parser.parse_args()
    seed(args.count, args.smtp_port, json.loads(args.imap) if args.imap else None)


if __name__ == "__main__":
    main()
