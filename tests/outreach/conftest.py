"""Fixtures for the outreach tests: real SMTP and IMAP servers, alice's mailbox, a clock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from tests.conftest import NOW
from tests.outreach.servers import Dovecot, SmtpSink

#: Thursday's interview ended at 12:00 in Chicago; Friday 09:00 there is NOW.
INTERVIEW_ENDED_AT = datetime(2026, 12, 3, 18, 0, tzinfo=UTC)


def on_postgres() -> bool:
    from django.db import connection

    return connection.vendor == "postgresql"


@pytest.fixture
def smtp_sink():
    sink = SmtpSink().start()
    yield sink
    sink.stop()


@pytest.fixture(scope="session")
def dovecot():
    if not Dovecot.available():
        pytest.skip("Dovecot is not installed (Debian: apt-get install dovecot-imapd; .ci/run does it)")
    server = Dovecot().start()
    yield server
    server.stop()


@pytest.fixture
def mailbox(dovecot):
    """A fresh IMAP user: (login, password)."""
    return dovecot.new_user()


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, at: datetime = NOW):
        self.at = at

    def __call__(self) -> datetime:
        return self.at

    def advance(self, **delta) -> datetime:
        self.at += timedelta(**delta)
        return self.at


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def account_input():
    """A factory of alice's mailbox settings pointing at the given servers."""
    from afterview.outreach.account import AccountInput

    def make(sink=None, imap=None, dovecot=None, **changes):
        values = dict(
            from_name="Alice Moreau",
            from_address="alice@example.edu",
            smtp_host="127.0.0.1",
            smtp_port=sink.port if sink else 1,
            smtp_security="none",
        )
        if imap is not None:
            login, password = imap
            values.update(
                imap_host="127.0.0.1",
                imap_port=dovecot.port,
                imap_security="none",
                imap_user=login,
                imap_password=password,
            )
        values.update(changes)
        return AccountInput(**values)

    return make


def quiet_mornings(candidate) -> None:
    """No morning digest: these tests count the notes that reach the server, and NOW
    (Friday 09:00 in Chicago) is a digest morning. tests/reminders tests the digest."""
    from afterview.reminders.services import save_preferences

    save_preferences(candidate, digest="off")


@pytest.fixture
def alice_mail(alice, smtp_sink, account_input):
    """Alice's mailbox: SMTP into the sink, no IMAP."""
    from afterview.outreach.account import save_account

    quiet_mornings(alice)
    return save_account(alice, account_input(smtp_sink), now=NOW)


@pytest.fixture
def alice_imap(alice, smtp_sink, dovecot, mailbox, account_input):
    """Alice's mailbox with IMAP on the test Dovecot."""
    from afterview.outreach.account import save_account

    quiet_mornings(alice)
    return save_account(alice, account_input(smtp_sink, imap=mailbox, dovecot=dovecot), now=NOW)


@pytest.fixture
def note():
    from afterview.outreach.notes import Note

    def make(subject="Thank you for Thursday", body=None):
        return Note(subject=subject, body=body or "Dear Miriam,\n\nThank you for your time on Thursday.\n\nAlice\n")

    return make


# -- separate processes ------------------------------------------------------------------


def _postgres_url() -> str | None:
    import os

    return os.environ.get("AFTERVIEW_TEST_DATABASE_URL", "").strip() or None


@pytest.fixture(scope="session")
def sqlite_template():
    from tests.outreach.world import Template

    template = Template(None)
    yield template
    template.close()


@pytest.fixture(scope="session")
def postgres_template():
    from tests.outreach.world import Template

    url = _postgres_url()
    if not url:
        pytest.skip("needs PostgreSQL: set AFTERVIEW_TEST_DATABASE_URL (CI does)")
    template = Template(url)
    yield template
    template.close()


@pytest.fixture
def make_world(tmp_path):
    """Worlds on a given template: separate processes sharing one database."""
    from tests.outreach.world import World

    made = []

    def make(template):
        world = World(template, tmp_path / f"home{len(made)}", NOW)
        made.append(world)
        return world

    yield make
    for world in made:
        world.close()


@pytest.fixture
def world(request, make_world):
    """A world on the suite's own database kind (PostgreSQL when the suite runs on it)."""
    name = "postgres_template" if _postgres_url() else "sqlite_template"
    return make_world(request.getfixturevalue(name))
