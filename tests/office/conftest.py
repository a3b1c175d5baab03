"""The office tests use the outreach fixtures (a real SMTP sink, a mailbox) and the
reminders' real HTTP server for Apprise."""

from tests.outreach.conftest import account_input, make_world, postgres_template, smtp_sink, sqlite_template, world  # noqa: F401
from tests.reminders.conftest import json_sink  # noqa: F401
