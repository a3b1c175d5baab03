"""The outreach tests' real SMTP server and worlds (separate processes on one database),
and the reminders tests' channel server."""

from tests.outreach.conftest import make_world, postgres_template, smtp_sink  # noqa: F401
from tests.reminders.conftest import json_sink  # noqa: F401
