"""The records tests borrow the outreach tests' worlds: separate processes on one database."""

from tests.outreach.conftest import make_world, postgres_template, sqlite_template, world  # noqa: F401
