"""`python -m tests.reminders.seed --smtp-port P --channel URL`: alice with a mailbox, one
channel, and an interview that ended half an hour ago (two thank-yous and a
next-steps question due). Reads AFTERVIEW_HOME, DATABASE_URL and AFTERVIEW_NOW."""

from __future__ import annotations

import argparse
from datetime import timedelta


def seed(smtp_port: int, channel: str) -> None:
    from afterview.cli._boot import setup_django

    setup_django()
    from afterview.clock import now as clock_now
    from afterview.core.parse import NamedAddress
    from afterview.outreach.account import AccountInput, save_account
    from afterview.records.models import Profile
    from afterview.records.services import InterviewInput, add_interview, init_local_candidate
    from afterview.reminders.services import add_channel

    now = clock_now()
    user, _ = init_local_candidate(name="Alice Moreau", email="alice@example.edu", tz="America/Chicago")
    Profile.objects.filter(user=user).update(email="alice@example.edu")
    save_account(
        user,
        AccountInput(
            from_name="Alice Moreau", from_address="alice@example.edu", smtp_host="127.0.0.1",
            smtp_port=smtp_port, smtp_security="none",
        ),
        now=now,
    )
    add_channel(user, channel, now=now)
    add_interview(
        user,
        InterviewInput(
            company="Calloway & Pryce LLP",
            role="Summer Associate",
            starts_at=now - timedelta(hours=1, minutes=30),
            ends_at=now - timedelta(minutes=30),
            tz="America/Chicago",
            interviewers=(NamedAddress("Miriam Castellanos", "mc@cp.example"), NamedAddress("Theo Lindqvist", "tl@cp.example")),
            hiring_contact=NamedAddress("Dana Whitfield", "dana@cp.example"),
        ),
        now=now,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--smtp-port", type=int, required=True)
    parser.add_argument("--channel", required=True)
    args = parser.parse_args()
    seed(args.smtp_port, args.channel)


if __name__ == "__main__":
    main()
