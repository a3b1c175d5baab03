"""`afterview office init`: an install becomes its office's."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.db import connection, transaction

from afterview.core.errors import InvalidInput
from afterview.office.models import Office, Role

__all__ = ["AlreadyAnOffice", "Started", "start_office"]


class AlreadyAnOffice(InvalidInput):
    """The install is an office already."""


@dataclass(frozen=True)
class Started:
    office: Office
    admin: object
    link: str
    on_sqlite: bool


def start_office(*, name: str, admin_email: str, now: datetime, base: str, days: int = 14) -> Started:
    """Make the office, its admin's account and the one-time link the admin sets a password with."""
    from afterview.core.parse import parse_email, parse_name
    from afterview.office.cohorts import make_member
    from afterview.office.invites import claim, invite, join_link

    shown = parse_name(name, "office's name")
    address = parse_email(admin_email).lower()
    with transaction.atomic():
        if connection.vendor == "postgresql":
            # Two `init`s at once: the second waits here and then sees the first one's office.
            with connection.cursor() as cursor:
                cursor.execute(f"LOCK TABLE {Office._meta.db_table} IN SHARE ROW EXCLUSIVE MODE")
        found = Office.objects.order_by("pk").first()
        if found is not None:
            raise AlreadyAnOffice(f"this install is already the office {found.name}; nothing changed")
        office = Office.objects.create(name=shown, created_at=now)
        user = make_member(address, name=address.split("@")[0], role=Role.ADMIN, now=now)
        invitation = invite(address, name=address, cohort=None, role=Role.ADMIN, now=now, days=days, user=user)
        token = claim(invitation, now)
    return Started(office, user, join_link(base, token), connection.vendor == "sqlite")
