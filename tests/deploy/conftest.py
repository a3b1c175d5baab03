"""The outreach tests' real SMTP server and worlds (separate processes on one database)."""

from tests.outreach.conftest import make_world, postgres_template, smtp_sink  # noqa: F401
