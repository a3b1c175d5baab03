"""Seeds an office into a home for the real-process tests: `python -m tests.office.privacy_seed`
with AFTERVIEW_HOME set, after `afterview init` made the local candidate (alice)."""

from __future__ import annotations


def main() -> None:
    from afterview.cli._boot import setup_django

    setup_django()
    from django.contrib.auth import get_user_model

    from afterview.office.models import AuditEntry, Cohort, Member, Office, Role
    from afterview.records.models import Profile
    from afterview.records.services import local_candidate
    from tests.conftest import NOW

    alice = local_candidate()
    Office.objects.create(name="Career Office", created_at=NOW)
    law = Cohort.objects.create(name="Law 2027", created_at=NOW)
    carla = get_user_model().objects.create(username="carla", email="carla@office.example")
    Profile.objects.create(user=carla, display_name="Carla Adviser")
    Member.objects.create(user=carla, role=Role.ADVISER, joined_at=NOW)
    law.advisers.add(carla)
    Member.objects.create(user=alice, role=Role.STUDENT, cohort=law, joined_at=NOW)
    bob = get_user_model().objects.create(username="bob", email="bob@example.edu")
    Profile.objects.create(user=bob, display_name="Bob Tanaka", email="bob@example.edu")
    Member.objects.create(user=bob, role=Role.STUDENT, cohort=law, joined_at=NOW)
    AuditEntry.objects.create(student=alice, adviser=carla, adviser_name="Carla Adviser", at=NOW, what="your applications, steps and notes (adviser)")


if __name__ == "__main__":
    main()
