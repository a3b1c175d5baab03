"""The office tests use the outreach fixtures (a real SMTP sink, a mailbox) and the
reminders' real HTTP server for Apprise; the dashboard's tests share an office seeded
by tests/office/dashboard_seed.py."""

import pytest

from afterview.office.models import Role
from tests.office import dashboard_seed as seed
from tests.outreach.conftest import account_input, make_world, postgres_template, smtp_sink, sqlite_template, world  # noqa: F401
from tests.reminders.conftest import json_sink  # noqa: F401


@pytest.fixture
def admin(db):
    """An office with its admin, seeded as the dashboard's tests seed it (a module that
    sets up its office another way defines its own `admin`)."""
    seed.office()
    return seed.person("Ada Admin", role=Role.ADMIN)


@pytest.fixture
def adviser(db):
    """An adviser in the dashboard tests' seeded office."""
    seed.office()
    return seed.person("Avery Adviser", role=Role.ADVISER)


@pytest.fixture
def law(admin):
    """The cohort "Law 2027" in `admin`'s office."""
    return seed.cohort("Law 2027")
