"""Fixtures for the reminder tests: a real HTTP server for Apprise's json://, and the
outreach fixtures (aiosmtpd, alice's mailbox, worlds of worker processes)."""

from __future__ import annotations

import pytest

from tests.outreach.conftest import (  # noqa: F401
    account_input,
    make_world,
    postgres_template,
    smtp_sink,
    sqlite_template,
    world,
)
from tests.cli.conftest import afterview_process  # noqa: F401
from tests.reminders.servers import JsonSink


@pytest.fixture
def json_sink():
    sink = JsonSink().start()
    yield sink
    sink.stop()


@pytest.fixture
def alice_phone(alice, json_sink):
    """Alice's one channel: the test's HTTP server."""
    from afterview.reminders.services import add_channel
    from tests.conftest import NOW

    return add_channel(alice, json_sink.url, now=NOW)


@pytest.fixture
def alice_mail(alice, smtp_sink, account_input):
    """Alice's mailbox, SMTP into the sink, with the default digest (every business morning)."""
    from afterview.outreach.account import save_account
    from tests.conftest import NOW

    return save_account(alice, account_input(smtp_sink), now=NOW)
